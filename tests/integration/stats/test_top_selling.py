"""Best-sellers: ordered by net sales, per period, per category; the public endpoint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.integration.stats.conftest import buy, refund
from tests.support.factories import make_category, make_published_course, make_user
from udemy_clone.core import db as core_db
from udemy_clone.stats import service

TODAY = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def _sell(clock, course, days_ago: int, count: int) -> list[tuple[object, int]]:
    clock.set(TODAY - timedelta(days=days_ago))
    sold = []
    for _ in range(count):
        user = make_user()
        sold.append((user, buy(user, course.id)))
    return sold


def test_top_selling_orders_by_net_sales_within_each_period(db, api, clock):
    design = make_category(name="Design")
    old_hit = make_published_course(title="Old Hit", price_cents=1000)
    weekly = make_published_course(title="Weekly Star", price_cents=3000)
    fresh = make_published_course(title="Fresh Today", price_cents=500, category_id=int(design.id))
    _sell(clock, old_hit, 20, 3)
    refunded = _sell(clock, weekly, 3, 3)
    clock.set(TODAY - timedelta(days=2))
    refund(*refunded[0])  # net 2 sales for the weekly star
    _sell(clock, fresh, 0, 1)  # today: not rolled up, topped up live
    clock.set(TODAY)
    with core_db.transaction() as session:
        for n in range(1, 31):
            service.rollup_day(session=session, day=TODAY.date() - timedelta(days=n))

    def titles(period: str, **params: str) -> list[tuple[str, int]]:
        response = api.get("/api/v1/stats/top-selling", params={"period": period, **params})
        assert response.status_code == 200, response.text
        return [(c["title"], c["sales"]) for c in response.json()]

    assert titles("7d") == [("Weekly Star", 2), ("Fresh Today", 1)]
    assert titles("30d") == [("Old Hit", 3), ("Weekly Star", 2), ("Fresh Today", 1)]
    assert titles("all") == titles("30d")
    assert titles("all", limit="1") == [("Old Hit", 3)]
    assert titles("all", category=design.slug) == [("Fresh Today", 1)]
    assert titles("all", category=str(design.id)) == [("Fresh Today", 1)]
    assert titles("all", category="no-such-category") == []
    first = api.get("/api/v1/stats/top-selling", params={"period": "30d"}).json()[1]
    assert first["revenue_by_currency"] == [{"currency": "USD", "amount_cents": 2 * 3000}]
    assert set(first) >= {"course_id", "title", "sales"}
    assert api.get("/api/v1/stats/top-selling", params={"period": "1y"}).status_code == 422


def test_unpublished_courses_are_not_listed(db, clock):
    from udemy_clone.catalog import service as catalog_service

    course = make_published_course(title="Withdrawn")
    _sell(clock, course, 0, 1)
    with core_db.transaction() as session:
        catalog_service.unpublish_course(
            session=session,
            actor_id=int(course.owner_id),
            actor_roles=["admin"],
            course_id=int(course.id),
        )
    with core_db.read_session() as session:
        assert service.top_selling(session=session, period="all") == []
