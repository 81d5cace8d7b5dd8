"""Demo reviews: written reviews by demo students, the only source of the demo ratings.

A dozen demo students join most published demo courses (a free grant through the orders
service) and write a review through the reviews service, so each course's rating count is
exactly its number of written reviews; a few courses get none and show "New". Instructors
answer some reviews through the same service. Deterministic (same reviews every time).
"""

from __future__ import annotations

import random
from datetime import timedelta

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.service import Role
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.orders import service as orders_service
from udemy_clone.reviews import service
from udemy_clone.reviews.models import ReplyCreate, ReviewCreate

log = get_logger(__name__)

DEMO_REVIEWER_PASSWORD = "learn-Demo-2026"
DEMO_REVIEWERS = (
    ("nora.kim@example.com", "Nora Kim"),
    ("omar.farouk@example.com", "Omar Farouk"),
    ("paula.reyes@example.com", "Paula Reyes"),
    ("quentin.dubois@example.com", "Quentin Dubois"),
    ("rhea.kapoor@example.com", "Rhea Kapoor"),
    ("sven.larsen@example.com", "Sven Larsen"),
    ("tomoko.ito@example.com", "Tomoko Ito"),
    ("uma.nair@example.com", "Uma Nair"),
    ("victor.mensah@example.com", "Victor Mensah"),
    ("wen.zhao@example.com", "Wen Zhao"),
    ("ximena.lopez@example.com", "Ximena López"),
    ("yusuf.demir@example.com", "Yusuf Demir"),
)
# Every few courses gets no review at all, so the catalogue also shows "New" courses.
UNREVIEWED_EVERY = 7

COMMENTS: dict[int, tuple[str, ...]] = {
    5: (
        "Clear, well paced and practical. The exercises after each section made it stick.",
        "Exactly what I needed. The instructor explains the why, not just the how.",
        "Best course I have taken on the subject. The final project ties everything together.",
        "Short lectures, no filler, and every example works. Highly recommended.",
        "I finally understand the fundamentals. Great balance of theory and practice.",
    ),
    4: (
        "Very good overall. A few lectures could go deeper, but the structure is excellent.",
        "Solid course with useful examples. I would love a section on advanced topics.",
        "Good explanations and a nice project. Audio is a little quiet in places.",
        "Helpful and well organised; I used two techniques at work the next day.",
    ),
    3: (
        "Decent introduction, but it moves slowly in the first section.",
        "Useful content, though some examples felt a bit dated.",
    ),
    2: ("Too basic for me; the title promised more depth than the course delivers.",),
}
RATING_WEIGHTS = ((5, 0.55), (4, 0.3), (3, 0.1), (2, 0.05))
REPLIES = (
    "Thank you for the kind words! Enjoy the rest of your learning journey.",
    "Thanks for the feedback. I am recording a deeper section on this and will add it soon.",
    "Glad it helped at work already, that is the whole point. Thanks for writing this!",
    "Thank you for the honest review. I have added notes to the first section to speed it up.",
)


def _rating(rng: random.Random) -> int:
    roll, total = rng.random(), 0.0
    for stars, weight in RATING_WEIGHTS:
        total += weight
        if roll <= total:
            return stars
    return 5


def seed_demo_reviews() -> int:
    """Demo students review most published demo courses; returns how many reviews were written."""
    rng = random.Random(2027)
    written = 0
    with db.transaction() as session:
        reviewers = [
            int(
                auth_service.create_user(
                    session=session,
                    email=email,
                    password=DEMO_REVIEWER_PASSWORD,
                    full_name=name,
                    roles=[Role.student],
                ).id
                or 0
            )
            for email, name in DEMO_REVIEWERS
        ]
        course_ids = sorted(catalog_service.published_course_ids(session=session))
        now = db.utcnow()
        for position, course_id in enumerate(course_ids):
            if position % UNREVIEWED_EVERY == UNREVIEWED_EVERY - 1:
                continue
            owner_id = catalog_service.get_course(session=session, course_id=course_id).owner_id
            for author_id in rng.sample(reviewers, rng.randint(3, 9)):
                stars = _rating(rng)
                moment = now - timedelta(days=rng.randint(1, 90), minutes=rng.randint(0, 900))
                try:
                    with db.clock_at(moment):
                        orders_service.enroll_student(
                            session=session, user_id=author_id, course_id=course_id
                        )
                        review = service.create_review(
                            session=session,
                            course_id=course_id,
                            author_id=author_id,
                            data=ReviewCreate(rating=stars, comment=rng.choice(COMMENTS[stars])),
                        )
                    written += 1
                    if rng.random() < 0.35:
                        with db.clock_at(moment + timedelta(days=1)):
                            service.reply_to_review(
                                session=session,
                                review_id=int(review.id or 0),
                                actor_id=owner_id,
                                data=ReplyCreate(body=rng.choice(REPLIES)),
                            )
                except DomainError as exc:
                    log.warning("demo_review_skipped", reason=exc.message)
    return written
