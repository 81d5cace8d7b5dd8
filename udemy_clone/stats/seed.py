"""Demo history for the dashboards: 30 days of purchases, refunds and watching, rolled up.

Learners buy and watch through the orders and playback services, with those services' clocks
set back to the day being played (they read `utcnow` from their own module), so every figure
on the dashboards comes from the same code paths as real use. Seeded data is deterministic.
"""

from __future__ import annotations

import contextlib
import random
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.service import Role
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import service as playback_service
from udemy_clone.stats import badges, service

log = get_logger(__name__)


HISTORY_DAYS = 30
DEMO_LEARNER_PASSWORD = "learn-Demo-2026"
DEMO_LEARNERS = (
    ("amir.haddad@example.com", "Amir Haddad"),
    ("bea.santos@example.com", "Bea Santos"),
    ("chen.li@example.com", "Chen Li"),
    ("dara.okafor@example.com", "Dara Okafor"),
    ("elin.berg@example.com", "Elin Berg"),
    ("farid.nasser@example.com", "Farid Nasser"),
    ("greta.novak@example.com", "Greta Novak"),
    ("hugo.silva@example.com", "Hugo Silva"),
)
DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"


def _clock_at(moment: datetime) -> contextlib.AbstractContextManager[None]:
    """Every service sees `moment` as now (core.db.utcnow honours the override)."""
    return db.clock_at(moment)


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(8), tzinfo=UTC) + timedelta(minutes=rng.randint(0, 780))


def _catalogue(session: Session, instructor_id: int) -> tuple[list[int], list[int]]:
    """(the demo instructor's paid published courses, every other paid published course)."""
    published = catalog_service.course_briefs(
        session=session, course_ids=catalog_service.published_course_ids(session=session)
    )
    paid = [
        b.id
        for b in published.values()
        if catalog_service.get_course(session=session, course_id=b.id).price_cents > 0
    ]
    own = [cid for cid in paid if published[cid].owner_id == instructor_id]
    return own, [cid for cid in paid if cid not in own]


def _playable_lectures(session: Session, course_id: int) -> list[int]:
    return [
        lecture.id
        for section in catalog_service.get_curriculum(session=session, course_id=course_id)
        for lecture in section.lectures
        if lecture.video_ready
    ]


def seed_demo_history(days: int = HISTORY_DAYS) -> int:
    """Learners, their purchases, refunds and watching over `days` days; returns orders paid."""
    rng = random.Random(2026)
    today = service.today_utc()
    with db.transaction() as session:
        instructor = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        if instructor is None or instructor.id is None:
            return 0
        own, others = _catalogue(session, instructor.id)
        if not own:
            return 0
        learners = [
            int(
                auth_service.create_user(
                    session=session,
                    email=email,
                    password=DEMO_LEARNER_PASSWORD,
                    full_name=name,
                    roles=[Role.student],
                ).id
                or 0
            )
            for email, name in DEMO_LEARNERS
        ]
        lectures = {cid: _playable_lectures(session, cid) for cid in own}
    owned: dict[int, set[int]] = {uid: set() for uid in learners}
    paid_orders: list[tuple[int, int, date]] = []  # (order, buyer, day)
    with db.transaction() as session:
        for offset in range(days - 1, -1, -1):
            day = today - timedelta(days=offset)
            # more buyers as the month goes on, the demo instructor's courses most of all
            for _ in range(rng.randint(0, 2) + (1 if offset < 14 else 0)):
                buyer = rng.choice(learners)
                pool = own if rng.random() < 0.7 else others
                choices = [cid for cid in pool if cid not in owned[buyer]]
                if not choices:
                    continue
                course_id = rng.choice(choices)
                with _clock_at(_at(day, rng)):
                    try:
                        order = orders_service.create_order(
                            session=session, user_id=buyer, course_ids=[course_id]
                        )
                        orders_service.fulfil_order(session=session, order_id=int(order.id or 0))
                    except DomainError as exc:
                        log.warning("demo_order_skipped", reason=exc.message)
                        continue
                owned[buyer].add(course_id)
                paid_orders.append((int(order.id or 0), buyer, day))
            # learners watch their courses; fewer make it to the later lectures
            for buyer, courses in owned.items():
                for course_id in courses & set(own):
                    if rng.random() < 0.45:
                        continue
                    for position, lecture_id in enumerate(lectures.get(course_id, [])):
                        if rng.random() > 0.85 - 0.12 * position:
                            break
                        with _clock_at(_at(day, rng)):
                            try:
                                playback_service.record_heartbeat(
                                    session=session,
                                    user_id=buyer,
                                    lecture_id=lecture_id,
                                    position_seconds=float(rng.randint(5, 15)),
                                    watched_seconds=float(rng.randint(8, 16)),
                                )
                            except DomainError:
                                break
        # two buyers changed their minds a few days later
        for order_id, buyer, day in paid_orders[3:12:4]:
            refund_day = min(today, day + timedelta(days=2))
            with _clock_at(_at(refund_day, rng) + timedelta(hours=2)):
                try:
                    orders_service.refund_order(
                        session=session, actor_id=buyer, actor_roles=["admin"], order_id=order_id
                    )
                except DomainError as exc:
                    log.warning("demo_refund_skipped", reason=exc.message)
    with db.transaction() as session:
        for offset in range(days - 1, -1, -1):
            service.rollup_day(session=session, day=today - timedelta(days=offset))
        badges.rollup_badges(session=session, today=today)
    return len(paid_orders)
