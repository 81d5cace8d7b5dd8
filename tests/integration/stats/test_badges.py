"""The badge rollup: real sales and ratings in, badges on the cards and the course page out;
rerunning it changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from tests.integration.stats.conftest import buy, refund
from tests.support.catalog_fixtures import drain_outbox, search_index_dir  # noqa: F401
from tests.support.factories import make_category, make_published_course, make_user
from udemy_clone.catalog.badge_models import CourseBadge
from udemy_clone.catalog.models import Course
from udemy_clone.core import db as core_db
from udemy_clone.stats import badges, service

TODAY = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def _sell(clock, course, days_ago: int, count: int) -> list[tuple[object, int]]:
    clock.set(TODAY - timedelta(days=days_ago))
    return [(user, buy(user, course.id)) for user in (make_user() for _ in range(count))]


def _rate(course, average: float, count: int) -> None:
    with core_db.transaction() as session:
        row = session.get(Course, course.id)
        assert row is not None
        row.rating_count = count
        row.rating_sum = round(average * count)
        for star in range(1, 6):
            setattr(row, f"rating_{star}", count if star == round(average) else 0)
        session.add(row)


def _rollup() -> list[int]:
    with core_db.transaction() as session:
        for n in range(1, 32):
            service.rollup_day(session=session, day=TODAY.date() - timedelta(days=n))
        return badges.rollup_badges(session=session, today=TODAY.date())


def test_rollup_awards_badges_from_sales_and_ratings(db, api, clock, drain_outbox):  # noqa: F811
    music = make_category(name="Music")
    design = make_category(name="Design")
    hit = make_published_course(title="Guitar Hit", price_cents=1000, category_id=music.id)
    steady = make_published_course(title="Piano Steady", price_cents=1000, category_id=music.id)
    old = make_published_course(title="Drums of Old", price_cents=1000, category_id=music.id)
    loved = make_published_course(title="Loved Logos", price_cents=1000, category_id=design.id)
    _sell(clock, hit, 3, 4)  # 4 sales, one refunded: net 3, the most in music
    refunded = _sell(clock, hit, 2, 1)
    _sell(clock, steady, 5, 2)  # 2 sales: fewer than the minimum
    _sell(clock, old, 45, 9)  # 9 sales, but more than 30 days ago
    clock.set(TODAY - timedelta(days=1))
    refund(*refunded[0])
    _rate(loved, 5.0, 12)  # 5.0 from 12 ratings
    _rate(steady, 4.0, 40)  # too low for the badge
    clock.set(TODAY)

    changed = _rollup()
    assert sorted(changed) == sorted([hit.id, loved.id])
    with core_db.read_session() as session:
        rows = {(b.course_id, b.kind) for b in session.exec(select(CourseBadge))}
    assert rows == {(hit.id, "bestseller"), (loved.id, "highest_rated")}
    assert _rollup() == []  # idempotent: nothing changes on a rerun

    drain_outbox()
    cards = {c["id"]: c["badges"] for c in api.get("/api/v1/courses").json()["items"]}
    assert cards[hit.id] == ["bestseller"] and cards[loved.id] == ["highest_rated"]
    assert cards[steady.id] == [] and cards[old.id] == []
    page = api.get(f"/api/v1/courses/{loved.slug}").json()
    assert page["badges"] == ["highest_rated"]

    # the refund-free rival overtakes: the badge moves, and the cached pages follow
    _sell(clock, steady, 0, 3)
    clock.set(TODAY + timedelta(days=1))
    with core_db.transaction() as session:
        service.rollup_day(session=session, day=TODAY.date())
        moved = badges.rollup_badges(session=session, today=TODAY.date() + timedelta(days=1))
    assert sorted(moved) == sorted([hit.id, steady.id])
    assert api.get(f"/api/v1/courses/{steady.slug}").json()["badges"] == ["bestseller"]
    assert api.get(f"/api/v1/courses/{hit.slug}").json()["badges"] == []
