"""Daily rollups: UTC day boundaries, refunds on the day they happen, reruns change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import select

from tests.integration.stats.conftest import buy, course_with_videos, refund, watch
from tests.support.factories import make_user
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db as core_db
from udemy_clone.stats import service
from udemy_clone.stats.models import (
    CurrencyAmount,
    StatsCourseDaily,
    StatsLectureReach,
    StatsPlatformDaily,
    StatsRevenueDaily,
)

NOV = lambda d, h=12, m=0, s=0: datetime(2026, 11, d, h, m, s, tzinfo=UTC)  # noqa: E731


def _rollup(*days: date) -> None:
    with core_db.transaction() as session:
        for day in days:
            service.rollup_day(session=session, day=day)


def _course_rows() -> dict[tuple[date, int], dict[str, int]]:
    with core_db.read_session() as session:
        return {
            (r.day, r.course_id): r.model_dump(exclude={"day", "course_id", "computed_at"})
            for r in session.exec(select(StatsCourseDaily))
        }


def _platform_rows() -> dict[date, dict[str, int]]:
    with core_db.read_session() as session:
        return {
            r.day: r.model_dump(exclude={"day", "computed_at"})
            for r in session.exec(select(StatsPlatformDaily))
        }


def _revenue_rows() -> dict[tuple[date, int, str], tuple[int, int, int]]:
    with core_db.read_session() as session:
        return {
            (r.day, r.course_id, r.currency): (r.gross_cents, r.refunded_cents, r.revenue_cents)
            for r in session.exec(select(StatsRevenueDaily))
        }


def test_sales_enrollments_watching_and_refunds_land_on_their_utc_day(db, clock):
    owner = make_user(role="instructor")
    course_a, lectures_a = course_with_videos(owner, price_cents=1999)
    course_b, _ = course_with_videos(owner, price_cents=4999)
    alice, bob, carol = (make_user() for _ in range(3))

    clock.set(NOV(20, 23, 59, 30))  # half a minute before midnight UTC
    buy(alice, course_a.id)
    clock.set(NOV(21, 0, 0, 30))  # half a minute after
    bob_order = buy(bob, course_a.id)
    buy(carol, course_b.id)
    clock.set(NOV(21, 10))
    watch(alice, lectures_a[0], 50)
    watch(bob, lectures_a[0], 30)
    clock.set(NOV(22, 9))
    refund(bob, bob_order)
    _rollup(date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22))

    rows = _course_rows()
    a, b = int(course_a.id), int(course_b.id)
    day20, day21, day22 = (date(2026, 11, d) for d in (20, 21, 22))
    money = _revenue_rows()
    assert rows[(day20, a)]["sales"] == 1 and money[(day20, a, "USD")] == (1999, 0, 1999)
    assert rows[(day20, a)]["enrollments"] == 1
    assert rows[(day21, a)] | {} == {
        "sales": 1,
        "refunds": 0,
        "enrollments": 1,
        "watch_seconds": 80,
        "unique_viewers": 2,
    }
    assert rows[(day21, b)]["sales"] == 1 and money[(day21, b, "USD")] == (4999, 0, 4999)
    # the refund counts on the day it happened; the sale stays on its own day
    assert rows[(day22, a)]["refunds"] == 1
    assert money[(day22, a, "USD")] == (0, 1999, -1999)
    platform = _platform_rows()
    assert platform[day20]["orders"] == 1 and platform[day21]["orders"] == 2
    assert platform[day21]["watch_seconds"] == 80 and platform[day21]["active_learners"] == 2
    assert platform[day22]["refunds"] == 1
    # catalog's best-selling counter follows sales and refunds (kept by catalog.record_sale)
    with core_db.read_session() as session:
        assert catalog_service.get_course(session=session, course_id=a).sales_count == 1
        reach = {r.lecture_id: r for r in session.exec(select(StatsLectureReach))}
    assert reach[lectures_a[0]].viewers == 2


def test_rerunning_a_day_changes_nothing(db, clock):
    owner = make_user(role="instructor")
    course, lectures = course_with_videos(owner, price_cents=2500)
    buyers = [make_user() for _ in range(3)]
    clock.set(NOV(18, 9))
    orders = [buy(u, course.id) for u in buyers]
    watch(buyers[0], lectures[0], 40)
    clock.set(NOV(19, 9))
    refund(buyers[1], orders[1])
    days = (date(2026, 11, 18), date(2026, 11, 19))
    _rollup(*days)
    first = (_course_rows(), _platform_rows(), _revenue_rows())
    _rollup(*days)
    _rollup(days[0])
    assert (_course_rows(), _platform_rows(), _revenue_rows()) == first
    assert first[0][(days[0], int(course.id))]["sales"] == 3


def test_dashboards_top_up_today_from_the_sources(db, clock):
    owner = make_user(role="instructor")
    course, lectures = course_with_videos(owner, price_cents=1000)
    buyer = make_user()
    clock.set(NOV(25, 8))
    buy(buyer, course.id)
    watch(buyer, lectures[0], 45)
    # nothing rolled up today: the figures come from orders and playback directly
    with core_db.read_session() as session:
        board = service.instructor_dashboard(session=session, owner_id=int(owner.id), days=7)
        admin = service.admin_dashboard(session=session, days=7)
    assert board.daily[-1].day == date(2026, 11, 25)
    usd = [CurrencyAmount(currency="USD", amount_cents=1000)]
    assert board.daily[-1].revenue_by_currency == usd and board.daily[-1].watch_seconds == 45
    assert len(board.daily) == 7
    assert admin.totals.orders == 1 and admin.totals.revenue_by_currency == usd
    # rolling today up does not count it twice
    _rollup(date(2026, 11, 25))
    with core_db.read_session() as session:
        again = service.admin_dashboard(session=session, days=7)
    assert again.totals.orders == 1


def test_revenue_in_two_currencies_is_never_added_up(db, clock):
    owner = make_user(role="instructor")
    dollars, _ = course_with_videos(owner, price_cents=2000, currency="USD")
    euros, _ = course_with_videos(owner, price_cents=1500, currency="EUR")
    alice, bob, carol = (make_user() for _ in range(3))
    clock.set(NOV(23, 9))
    buy(alice, dollars.id)
    buy(bob, euros.id)
    refunded = buy(carol, euros.id)
    clock.set(NOV(24, 9))
    refund(carol, refunded)
    _rollup(date(2026, 11, 23), date(2026, 11, 24))
    clock.set(NOV(25, 9))
    buy(carol, dollars.id)  # today: from the sources

    with core_db.read_session() as session:
        admin = service.admin_dashboard(session=session, days=7)
        board = service.instructor_dashboard(session=session, owner_id=int(owner.id), days=7)
        top = service.top_selling(session=session, period="7d")

    def money(*pairs: tuple[str, int]) -> list[CurrencyAmount]:
        return [CurrencyAmount(currency=c, amount_cents=n) for c, n in pairs]

    assert admin.totals.gross_by_currency == money(("EUR", 3000), ("USD", 4000))
    assert admin.totals.refunded_by_currency == money(("EUR", 1500))
    assert admin.totals.revenue_by_currency == money(("EUR", 1500), ("USD", 4000))
    by_day = {p.day: p.revenue_by_currency for p in admin.daily}
    assert by_day[date(2026, 11, 23)] == money(("EUR", 3000), ("USD", 2000))
    assert by_day[date(2026, 11, 24)] == money(("EUR", -1500))
    assert by_day[date(2026, 11, 25)] == money(("USD", 2000))
    assert board.totals.revenue_by_currency == money(("EUR", 1500), ("USD", 4000))
    figures = {c.course_id: c.revenue_by_currency for c in board.courses}
    assert figures == {dollars.id: money(("USD", 4000)), euros.id: money(("EUR", 1500))}
    assert admin.top_instructors[0].revenue_by_currency == money(("EUR", 1500), ("USD", 4000))
    assert {c.course_id: c.revenue_by_currency for c in top} == figures
