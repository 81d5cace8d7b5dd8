"""Demo data for a first start: three accounts (and whatever the domains add)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role, User
from udemy_clone.catalog import demo as catalog_demo
from udemy_clone.catalog.events import CourseChanged
from udemy_clone.catalog.indexing import rebuild_index
from udemy_clone.core import db, outbox
from udemy_clone.demo_videos import queue_demo_videos
from udemy_clone.media.seed import seed_demo_captions
from udemy_clone.reviews.seed import seed_demo_reviews


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    password: str
    full_name: str


DEMO_ACCOUNTS = (
    DemoAccount("admin", "admin@example.com", "admin-Demo-2026", "Ada Admin"),
    DemoAccount("instructor", "instructor@example.com", "teach-Demo-2026", "Ivan Instructor"),
    DemoAccount("student", "student@example.com", "learn-Demo-2026", "Sofia Student"),
)


def database_is_empty(session: Session) -> bool:
    """True when no account exists yet."""
    return session.exec(select(User.id).limit(1)).first() is None


def seed_demo_data() -> bool:
    """Create the demo accounts and content when the database is empty; True if it seeded."""
    with db.transaction() as session:
        if not database_is_empty(session):
            return False
        users: dict[str, User] = {}
        for account in DEMO_ACCOUNTS:
            if account.role == "admin":
                users[account.role] = auth_service.create_admin(
                    session=session,
                    email=account.email,
                    password=account.password,
                    full_name=account.full_name,
                )
            else:
                roles = [Role.student] + ([Role.instructor] if account.role == "instructor" else [])
                users[account.role] = auth_service.create_user(
                    session=session,
                    email=account.email,
                    password=account.password,
                    full_name=account.full_name,
                    roles=roles,
                )
        _seed_catalog(session, demo_instructor=users["instructor"])
    # ---- reviews: written reviews (the only source of the demo ratings), some answered ----
    seed_demo_reviews()
    _build_search_index()
    # ---- media: real videos for every demo lecture, made by a background job (the first page
    # does not wait); once they play, the job plays 30 days of stats history (dashboards) ----
    seed_demo_captions()  # media: captions on the first demo lectures (before their videos)
    queue_demo_videos()
    return True


def _seed_catalog(session: Session, *, demo_instructor: User) -> None:
    """Demo instructors, categories and courses (catalog and taxonomy)."""
    others: list[int] = []
    for email, full_name, headline in catalog_demo.DEMO_INSTRUCTORS:
        user = auth_service.create_user(
            session=session,
            email=email,
            password=catalog_demo.DEMO_INSTRUCTOR_PASSWORD,
            full_name=full_name,
            roles=[Role.student, Role.instructor],
        )
        user.headline = headline
        session.add(user)
        others.append(int(user.id or 0))
    catalog_demo.seed_catalog(
        session=session,
        demo_instructor_id=int(demo_instructor.id or 0),
        other_instructor_ids=others,
    )


def _build_search_index() -> None:
    """Index the seeded courses at once, and drop the index jobs this rebuild makes redundant.

    Seeding announces ~150 course changes (creation, publication, every demo sale); relayed,
    each would be a job re-indexing one course the rebuild already indexed, and on a fresh
    cluster the first course someone publishes waited behind them for ~40 s before search
    found it.
    """
    covered = outbox.last_event_id()
    rebuild_index()
    outbox.mark_covered(topic=CourseChanged.topic, up_to_id=covered)
