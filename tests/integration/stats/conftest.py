"""Fixtures of the stats tests: a movable clock for orders and playback, fresh live figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.support.factories import make_published_course, make_user
from tests.support.media_factories import first_lecture_ids, make_ready_video


class Clock:
    """The time the orders, playback and stats services see."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when

    def advance(self, **delta: float) -> None:
        self.now = self.now + timedelta(**delta)


@pytest.fixture(autouse=True)
def _fresh_live_figures(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from udemy_clone.stats import service

    monkeypatch.setattr(service, "LIVE_CACHE_SECONDS", 0.0)
    monkeypatch.setenv("STRIPE_SECRET_KEY", "")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    service.clear_live_cache()
    yield
    service.clear_live_cache()
    get_settings.cache_clear()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    from udemy_clone.orders import cart, checkout, coupons, enrollments, fulfilment, history, tasks
    from udemy_clone.orders import payment_events as orders_payment_events
    from udemy_clone.playback import service as playback_service
    from udemy_clone.stats import service as stats_service

    fake = Clock(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    # the orders use cases read the clock in their own modules (service.py re-exports them)
    orders_modules = (cart, checkout, coupons, enrollments, fulfilment, history, tasks)
    for module in (*orders_modules, orders_payment_events, playback_service, stats_service):
        monkeypatch.setattr(module, "utcnow", fake)
    return fake


def buy(user: Any, course_id: int) -> int:
    """A paid sandbox order of one course; returns the order id."""
    from udemy_clone.core import db
    from udemy_clone.orders import service as orders_service

    with db.transaction() as session:
        order = orders_service.create_order(
            session=session, user_id=int(user.id), course_ids=[course_id]
        )
        orders_service.fulfil_order(session=session, order_id=int(order.id))
        return int(order.id)


def refund(user: Any, order_id: int) -> None:
    from udemy_clone.core import db
    from udemy_clone.orders import service as orders_service

    with db.transaction() as session:
        orders_service.refund_order(
            session=session, actor_id=int(user.id), actor_roles=["student"], order_id=order_id
        )


def watch(user: Any, lecture_id: int, seconds: float) -> None:
    from udemy_clone.core import db
    from udemy_clone.playback import service as playback_service

    with db.transaction() as session:
        playback_service.record_heartbeat(
            session=session,
            user_id=int(user.id),
            lecture_id=lecture_id,
            position_seconds=seconds,
            watched_seconds=seconds,
        )


def course_with_videos(
    owner: Any = None, *, lectures: int = 2, **fields: Any
) -> tuple[Any, list[int]]:
    """A published course whose lectures have ready (60 s) videos, and its lecture ids."""
    owner = owner or make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=lectures, **fields)
    lecture_ids = first_lecture_ids(int(course.id))
    for lecture_id in lecture_ids:
        make_ready_video(lecture_id=lecture_id, owner_id=int(owner.id), duration_seconds=60)
    return course, lecture_ids
