"""The stats domain's API: daily rollups, best-sellers, the instructor and admin dashboards.

Rollups read the other domains through their services (orders: sales, refunds, enrollments;
playback: watch time; auth: sign-ups) and write one row per UTC day and course, plus one per
day for the platform. `rollup_day` deletes and rebuilds a day, so rerunning it changes nothing.
Dashboards read the rollups for past days and top up the current day from the sources (cached
for LIVE_CACHE_SECONDS), so figures are current without scanning history on every request.
Functions are keyword-only and never commit.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, func, insert
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import CourseBrief
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput, NotFound
from udemy_clone.core.log import get_logger
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import service as playback_service
from udemy_clone.stats.models import (
    AdminDashboard,
    CourseFigures,
    CurrencyAmount,
    DailyPoint,
    InstructorDashboard,
    InstructorRank,
    LectureDropOff,
    PlatformTotals,
    StatsCourseDaily,
    StatsCourseProgress,
    StatsLectureReach,
    StatsPlatformDaily,
    StatsRevenueDaily,
    TopSellingCourse,
)
from udemy_clone.stats.recommendations import (
    because_you_viewed as because_you_viewed,
)
from udemy_clone.stats.recommendations import (
    rebuild_affinities as rebuild_affinities,
)
from udemy_clone.stats.recommendations import (
    record_course_view as record_course_view,
)
from udemy_clone.stats.recommendations import (
    record_published_course_view as record_published_course_view,
)
from udemy_clone.stats.recommendations import (
    students_also_bought as students_also_bought,
)
from udemy_clone.taxonomy import service as taxonomy_service

log = get_logger(__name__)

PERIODS: dict[str, int | None] = {"7d": 7, "30d": 30, "all": None}
DASHBOARD_DAYS = (7, 30, 90)
MAX_DASHBOARD_DAYS = 366
# The current day is computed from the sources; it is kept this long between requests.
LIVE_CACHE_SECONDS = 15.0
COURSE_FIELDS = (
    "sales",
    "refunds",
    "enrollments",
    "watch_seconds",
    "unique_viewers",
)
PLATFORM_FIELDS = (
    "orders",
    "refunds",
    "signups",
    "enrollments",
    "watch_seconds",
    "active_learners",
)


# ---- days -------------------------------------------------------------------------------------


def today_utc() -> date:
    """The current UTC day (rollups and dashboards count in UTC days)."""
    return utcnow().date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a UTC day."""
    start = datetime.combine(day, day_time.min, tzinfo=UTC)
    return start, start + timedelta(days=1)


def display_zone() -> ZoneInfo:
    """settings.display_timezone (UTC when it names no known zone)."""
    try:
        return ZoneInfo(get_settings().display_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def to_display_time(value: datetime) -> datetime:
    """A timestamp in the display time zone."""
    return as_utc(value).astimezone(display_zone())


# ---- computing a day from the sources ---------------------------------------------------------


@dataclass
class DayFigures:
    """One UTC day computed from the source domains (what `rollup_day` stores)."""

    day: date
    platform: dict[str, int]
    courses: dict[int, dict[str, int]] = field(default_factory=dict)
    # (course id, currency) -> {"gross_cents", "refunded_cents"}: money is kept per currency
    revenue: dict[tuple[int, str], dict[str, int]] = field(default_factory=dict)


def _course_row(courses: dict[int, dict[str, int]], course_id: int) -> dict[str, int]:
    if course_id not in courses:
        courses[course_id] = dict.fromkeys(COURSE_FIELDS, 0)
    return courses[course_id]


def compute_day(*, session: Session, day: date) -> DayFigures:
    """Sales, refunds, enrollments, watch time and sign-ups of one UTC day, from the sources."""
    start, end = day_bounds(day)
    courses: dict[int, dict[str, int]] = {}
    revenue: dict[tuple[int, str], dict[str, int]] = {}

    def money(course_id: int, currency: str) -> dict[str, int]:
        return revenue.setdefault((course_id, currency), {"gross_cents": 0, "refunded_cents": 0})

    for sale in orders_service.sales_between(session=session, start=start, end=end):
        row = _course_row(courses, sale.course_id)
        row["sales"] += sale.count
        money(sale.course_id, sale.currency)["gross_cents"] += sale.amount_cents
    for refund in orders_service.refunds_between(session=session, start=start, end=end):
        row = _course_row(courses, refund.course_id)
        row["refunds"] += refund.count
        money(refund.course_id, refund.currency)["refunded_cents"] += refund.amount_cents
    for course_id, count in orders_service.enrollments_between(
        session=session, start=start, end=end
    ).items():
        _course_row(courses, course_id)["enrollments"] += count
    for watched in playback_service.watch_seconds_for_day(session=session, day=day):
        row = _course_row(courses, watched.course_id)
        row["watch_seconds"] += int(round(watched.seconds))
        row["unique_viewers"] += watched.viewers
    totals = orders_service.order_totals_between(session=session, start=start, end=end)
    platform = {
        "orders": totals.paid_orders,
        "refunds": totals.refunded_orders,
        "signups": auth_service.signups_between(session=session, start=start, end=end),
        "enrollments": sum(r["enrollments"] for r in courses.values()),
        "watch_seconds": sum(r["watch_seconds"] for r in courses.values()),
        "active_learners": playback_service.active_learners_for_day(session=session, day=day),
    }
    return DayFigures(day=day, platform=platform, courses=courses, revenue=revenue)


def rollup_day(*, session: Session, day: date) -> DayFigures:
    """Rebuild the rollup rows of one UTC day (idempotent: the day is deleted and rewritten)."""
    figures = compute_day(session=session, day=day)
    now = utcnow()
    session.exec(delete(StatsCourseDaily).where(col(StatsCourseDaily.day) == day))  # type: ignore[call-overload]
    session.exec(delete(StatsPlatformDaily).where(col(StatsPlatformDaily.day) == day))  # type: ignore[call-overload]
    session.exec(delete(StatsRevenueDaily).where(col(StatsRevenueDaily.day) == day))  # type: ignore[call-overload]
    if figures.revenue:
        session.execute(
            insert(StatsRevenueDaily),
            [
                {
                    "day": day,
                    "course_id": course_id,
                    "currency": currency,
                    "gross_cents": money["gross_cents"],
                    "refunded_cents": money["refunded_cents"],
                    "revenue_cents": money["gross_cents"] - money["refunded_cents"],
                    "computed_at": now,
                }
                for (course_id, currency), money in sorted(figures.revenue.items())
            ],
        )
    if figures.courses:
        session.execute(
            insert(StatsCourseDaily),
            [
                {"day": day, "course_id": course_id, "computed_at": now, **row}
                for course_id, row in sorted(figures.courses.items())
            ],
        )
    session.execute(
        insert(StatsPlatformDaily), [{"day": day, "computed_at": now, **figures.platform}]
    )
    refresh_course_progress(session=session, course_ids=sorted(figures.courses))
    _forget_live(day)
    return figures


def refresh_course_progress(*, session: Session, course_ids: Sequence[int]) -> None:
    """Rebuild lecture reach and completion of these courses from playback and orders."""
    if not course_ids:
        return
    ids = list(course_ids)
    now = utcnow()
    reach = playback_service.lecture_reach(session=session, course_ids=ids)
    session.exec(delete(StatsLectureReach).where(col(StatsLectureReach.course_id).in_(ids)))  # type: ignore[call-overload]
    if reach:
        session.execute(
            insert(StatsLectureReach),
            [
                {
                    "lecture_id": r.lecture_id,
                    "course_id": r.course_id,
                    "viewers": r.viewers,
                    "completions": r.completions,
                    "refreshed_at": now,
                }
                for r in reach
            ],
        )
    students = orders_service.active_enrollment_counts(session=session, course_ids=ids)
    briefs = catalog_service.course_briefs(session=session, course_ids=ids)
    # A student completed a course when they completed as many lectures as it has playable ones.
    completed_by_course = playback_service.learners_who_completed(
        session=session,
        lectures_needed={cid: briefs[cid].playable_lectures if cid in briefs else 0 for cid in ids},
    )
    rows = []
    for course_id in ids:
        completed = completed_by_course.get(course_id, 0)
        enrolled = students.get(course_id, 0)
        rows.append(
            {
                "course_id": course_id,
                "students": enrolled,
                "students_completed": min(completed, enrolled),
                "refreshed_at": now,
            }
        )
    session.exec(delete(StatsCourseProgress).where(col(StatsCourseProgress.course_id).in_(ids)))  # type: ignore[call-overload]
    session.execute(insert(StatsCourseProgress), rows)


def rolled_up_days(*, session: Session, since: date) -> set[date]:
    """The days since `since` that have a platform rollup row."""
    statement = select(col(StatsPlatformDaily.day)).where(col(StatsPlatformDaily.day) >= since)
    return set(session.exec(statement))


# ---- the current day, from the sources (cached briefly) ---------------------------------------

_live_cache: dict[date, tuple[float, DayFigures]] = {}
_live_lock = threading.Lock()


def _forget_live(day: date) -> None:
    with _live_lock:
        _live_cache.pop(day, None)


def clear_live_cache() -> None:
    """Forget the cached figures of the current day (tests)."""
    with _live_lock:
        _live_cache.clear()


def live_day(*, session: Session, day: date) -> DayFigures:
    """The current day's figures, recomputed at most every LIVE_CACHE_SECONDS."""
    now = time.monotonic()
    with _live_lock:
        hit = _live_cache.get(day)
        if hit is not None and now - hit[0] < LIVE_CACHE_SECONDS:
            return hit[1]
    figures = compute_day(session=session, day=day)
    if LIVE_CACHE_SECONDS > 0:
        with _live_lock:
            _live_cache.clear()  # only the current day is ever cached
            _live_cache[day] = (now, figures)
    return figures


# ---- reading the rollups ----------------------------------------------------------------------


def _period_start(days: int | None, today: date) -> date | None:
    return None if days is None else today - timedelta(days=days - 1)


def course_totals(
    *,
    session: Session,
    start: date | None,
    today: date,
    course_ids: Sequence[int] | None = None,
) -> dict[int, dict[str, int]]:
    """Per course: the rollup fields summed from `start` (None: ever) to today (live)."""
    columns = [func.sum(getattr(StatsCourseDaily, name)) for name in COURSE_FIELDS]
    statement = select(StatsCourseDaily.course_id, *columns).where(
        col(StatsCourseDaily.day) < today
    )
    if start is not None:
        statement = statement.where(col(StatsCourseDaily.day) >= start)
    if course_ids is not None:
        if not course_ids:
            return {}
        statement = statement.where(col(StatsCourseDaily.course_id).in_(list(course_ids)))
    totals: dict[int, dict[str, int]] = {}
    summed_rows: list[Any] = list(session.exec(statement.group_by(col(StatsCourseDaily.course_id))))
    for summed in summed_rows:
        totals[int(summed[0])] = {
            name: int(value or 0) for name, value in zip(COURSE_FIELDS, summed[1:], strict=True)
        }
    if start is None or start <= today:
        wanted = None if course_ids is None else set(course_ids)
        for course_id, row in live_day(session=session, day=today).courses.items():
            if wanted is not None and course_id not in wanted:
                continue
            target = totals.setdefault(course_id, dict.fromkeys(COURSE_FIELDS, 0))
            for name in COURSE_FIELDS:
                target[name] += row[name]
    return totals


MoneyByCurrency = dict[str, dict[str, int]]  # currency -> gross/refunded/revenue cents


def revenue_by(
    *,
    session: Session,
    start: date | None,
    today: date,
    key: str,
    course_ids: Sequence[int] | None = None,
) -> dict[Any, MoneyByCurrency]:
    """Money per currency from `start` (None: ever) to today (live), grouped by `key`:
    "course" (course id), "day", or "all" (one entry, key None). Never added across currencies.
    """
    if course_ids is not None and not course_ids:
        return {}
    key_column: Any = {
        "course": col(StatsRevenueDaily.course_id),
        "day": col(StatsRevenueDaily.day),
        "all": None,
    }[key]
    names = ("gross_cents", "refunded_cents", "revenue_cents")
    groups = [col(StatsRevenueDaily.currency)] + ([key_column] if key_column is not None else [])
    statement = select(*groups, *[func.sum(getattr(StatsRevenueDaily, n)) for n in names]).where(
        col(StatsRevenueDaily.day) < today
    )
    if start is not None:
        statement = statement.where(col(StatsRevenueDaily.day) >= start)
    if course_ids is not None:
        statement = statement.where(col(StatsRevenueDaily.course_id).in_(list(course_ids)))
    result: dict[Any, MoneyByCurrency] = {}

    def add(group: Any, currency: str, values: Sequence[int]) -> None:
        target = result.setdefault(group, {}).setdefault(currency, dict.fromkeys(names, 0))
        for name, value in zip(names, values, strict=True):
            target[name] += int(value or 0)

    for row in session.exec(statement.group_by(*groups)):
        currency, *rest = row
        group = rest.pop(0) if key_column is not None else None
        add(group, str(currency), rest)
    if start is None or start <= today:
        wanted = None if course_ids is None else set(course_ids)
        for (course_id, currency), money in live_day(session=session, day=today).revenue.items():
            if wanted is not None and course_id not in wanted:
                continue
            group = {"course": course_id, "day": today, "all": None}[key]
            gross, refunded = money["gross_cents"], money["refunded_cents"]
            add(group, currency, (gross, refunded, gross - refunded))
    return result


def amounts(money: MoneyByCurrency | None, name: str = "revenue_cents") -> list[CurrencyAmount]:
    """One amount per currency (sorted by code; zero amounts left out), for the dashboards."""
    return [
        CurrencyAmount(currency=currency, amount_cents=values[name])
        for currency, values in sorted((money or {}).items())
        if values[name]
    ]


def _merge(target: MoneyByCurrency, money: MoneyByCurrency) -> None:
    for currency, values in money.items():
        into = target.setdefault(currency, dict.fromkeys(values, 0))
        for name, value in values.items():
            into[name] = into.get(name, 0) + value


def _empty_series(start: date, today: date) -> dict[date, DailyPoint]:
    days = (today - start).days + 1
    return {
        start + timedelta(days=n): DailyPoint(day=start + timedelta(days=n)) for n in range(days)
    }


def _course_series(
    *, session: Session, start: date, today: date, course_ids: Sequence[int]
) -> list[DailyPoint]:
    series = _empty_series(start, today)
    ids = list(course_ids)
    if course_ids:
        names = ("sales", "refunds", "enrollments", "watch_seconds")
        statement = (
            select(
                col(StatsCourseDaily.day), *[func.sum(getattr(StatsCourseDaily, n)) for n in names]
            )  # type: ignore[call-overload]
            .where(
                col(StatsCourseDaily.course_id).in_(list(course_ids)),
                col(StatsCourseDaily.day) >= start,
                col(StatsCourseDaily.day) < today,
            )
            .group_by(col(StatsCourseDaily.day))
        )
        day_rows: list[Any] = list(session.exec(statement))
        for summed in day_rows:
            point = series[summed[0]]
            for name, value in zip(names, summed[1:], strict=True):
                setattr(point, name, int(value or 0))
        wanted = set(course_ids)
        point = series[today]
        for course_id, row in live_day(session=session, day=today).courses.items():
            if course_id in wanted:
                for name in names:
                    setattr(point, name, getattr(point, name) + row[name])
        money = revenue_by(session=session, start=start, today=today, key="day", course_ids=ids)
        for day, by_currency in money.items():
            _set_money(series[day], by_currency)
    return list(series.values())


def _set_money(point: DailyPoint, by_currency: MoneyByCurrency) -> None:
    point.revenue_by_currency = amounts(by_currency)
    point.gross_by_currency = amounts(by_currency, "gross_cents")
    point.refunded_by_currency = amounts(by_currency, "refunded_cents")


def _platform_series(*, session: Session, start: date, today: date) -> list[DailyPoint]:
    series = _empty_series(start, today)
    rows = session.exec(
        select(StatsPlatformDaily).where(
            col(StatsPlatformDaily.day) >= start, col(StatsPlatformDaily.day) < today
        )
    )

    def point(day: date, values: dict[str, int]) -> DailyPoint:
        return DailyPoint(
            day=day,
            sales=values["orders"],
            orders=values["orders"],
            refunds=values["refunds"],
            signups=values["signups"],
            enrollments=values["enrollments"],
            watch_seconds=values["watch_seconds"],
        )

    for row in rows:
        series[row.day] = point(row.day, {name: getattr(row, name) for name in PLATFORM_FIELDS})
    series[today] = point(today, live_day(session=session, day=today).platform)
    for day, by_currency in revenue_by(
        session=session, start=start, today=today, key="day"
    ).items():
        _set_money(series[day], by_currency)
    return list(series.values())


def _sum_points(points: Iterable[DailyPoint], day: date) -> DailyPoint:
    total = DailyPoint(day=day)
    revenue: dict[str, int] = defaultdict(int)
    for p in points:
        for amount in p.revenue_by_currency:
            revenue[amount.currency] += amount.amount_cents
        for name in (
            "sales",
            "refunds",
            "orders",
            "signups",
            "enrollments",
            "watch_seconds",
        ):
            setattr(total, name, getattr(total, name) + getattr(p, name))
    total.revenue_by_currency = [
        CurrencyAmount(currency=c, amount_cents=cents)
        for c, cents in sorted(revenue.items())
        if cents
    ]
    return total


def check_days(days: int) -> int:
    """A dashboard period in days (1..366)."""
    if not 1 <= days <= MAX_DASHBOARD_DAYS:
        raise InvalidInput(
            f"Choose a period of 1 to {MAX_DASHBOARD_DAYS} days (7, 30 or 90 are offered).",
            field="days",
        )
    return days


# ---- best-sellers -----------------------------------------------------------------------------


def _category_ids(session: Session, category: str) -> list[int]:
    text = category.strip()
    if text.isascii() and text.isdigit():
        try:
            return taxonomy_service.descendant_ids(session=session, category_id=int(text))
        except NotFound:
            return []
    return taxonomy_service.category_ids_for_slug(session=session, slug=text.lower())


def _ranked(
    totals: dict[int, dict[str, int]],
    briefs: dict[int, CourseBrief],
    limit: int,
    money: dict[Any, MoneyByCurrency],
) -> list[TopSellingCourse]:
    ranked = []
    for course_id, row in totals.items():
        brief = briefs.get(course_id)
        net_sales = row["sales"] - row["refunds"]
        if brief is None or net_sales <= 0:
            continue
        ranked.append(
            TopSellingCourse(
                course_id=course_id,
                title=brief.title,
                slug=brief.slug,
                sales=net_sales,
                revenue_by_currency=amounts(money.get(course_id)),
            )
        )
    # Revenue in different currencies cannot be compared: ties in sales go by course id.
    ranked.sort(key=lambda c: (-c.sales, c.course_id))
    return ranked[:limit]


def top_selling(
    *,
    session: Session,
    period: str = "7d",
    category: str | None = None,
    limit: int = 10,
    published_only: bool = True,
) -> list[TopSellingCourse]:
    """Courses by net sales (refunds deducted) over 7d, 30d or all time, maybe in a category."""
    if period not in PERIODS:
        raise InvalidInput("Choose the period 7d, 30d or all.", field="period")
    limit = max(1, min(int(limit), 50))
    today = today_utc()
    course_ids: list[int] | None = None
    if category:
        category_ids = _category_ids(session, category)
        if not category_ids:
            return []
        course_ids = list(catalog_service.course_briefs(session=session, category_ids=category_ids))
    start = _period_start(PERIODS[period], today)
    totals = course_totals(session=session, start=start, today=today, course_ids=course_ids)
    briefs = catalog_service.course_briefs(session=session, course_ids=list(totals))
    if published_only:
        briefs = {cid: b for cid, b in briefs.items() if b.status == "published"}
    money = revenue_by(
        session=session, start=start, today=today, key="course", course_ids=list(briefs)
    )
    return _ranked(totals, briefs, limit, money)


# ---- the instructor's dashboard ---------------------------------------------------------------


def _rate(part: int, whole: int) -> float:
    return 0.0 if whole <= 0 else round(min(100.0, 100.0 * part / whole), 1)


def instructor_dashboard(
    *, session: Session, owner_id: int, days: int = 30, course_id: int | None = None
) -> InstructorDashboard:
    """The instructor's own courses (or one of them) over the last `days` UTC days."""
    check_days(days)
    today = today_utc()
    start = today - timedelta(days=days - 1)
    briefs = catalog_service.course_briefs(session=session, owner_id=owner_id)
    if course_id is not None:
        if course_id not in briefs:
            # someone else's course looks like no course at all
            raise NotFound("There is no course of yours with this id.", code="course_not_found")
        briefs = {course_id: briefs[course_id]}
    ids = list(briefs)
    totals = course_totals(session=session, start=start, today=today, course_ids=ids)
    money = revenue_by(session=session, start=start, today=today, key="course", course_ids=ids)
    progress = {
        p.course_id: p
        for p in session.exec(
            select(StatsCourseProgress).where(col(StatsCourseProgress.course_id).in_(ids))
        )
    }
    courses = []
    for cid, brief in briefs.items():
        row = totals.get(cid, dict.fromkeys(COURSE_FIELDS, 0))
        done = progress.get(cid)
        courses.append(
            CourseFigures(
                course_id=cid,
                title=brief.title,
                status=brief.status,
                sales=row["sales"],
                refunds=row["refunds"],
                revenue_by_currency=amounts(money.get(cid)),
                enrollments=row["enrollments"],
                watch_seconds=row["watch_seconds"],
                students=done.students if done else 0,
                avg_rating=brief.avg_rating,
                rating_count=brief.rating_count,
                completion_rate=_rate(done.students_completed, done.students) if done else 0.0,
            )
        )
    courses.sort(key=lambda c: (-(c.sales - c.refunds), -c.enrollments, c.title))
    daily = _course_series(session=session, start=start, today=today, course_ids=ids)
    lectures: list[LectureDropOff] = []
    if course_id is not None:
        students = progress[course_id].students if course_id in progress else 0
        lectures = lecture_drop_off(session=session, course_id=course_id, students=students)
    return InstructorDashboard(
        days=days,
        start=start,
        end=today,
        timezone=str(display_zone()),
        generated_at=to_display_time(utcnow()),
        totals=_sum_points(daily, today),
        courses=courses,
        daily=daily,
        course_id=course_id,
        lectures=lectures,
    )


def lecture_drop_off(*, session: Session, course_id: int, students: int) -> list[LectureDropOff]:
    """Per lecture, in curriculum order: share of enrolled students who watched / completed it."""
    reach = {
        r.lecture_id: r
        for r in session.exec(
            select(StatsLectureReach).where(col(StatsLectureReach.course_id) == course_id)
        )
    }
    result = []
    for lecture_id, title in catalog_service.lecture_titles(session=session, course_id=course_id):
        r = reach.get(lecture_id)
        viewers = r.viewers if r else 0
        completions = r.completions if r else 0
        result.append(
            LectureDropOff(
                lecture_id=lecture_id,
                title=title,
                viewers=viewers,
                completions=completions,
                watched_percent=_rate(viewers, students),
                completed_percent=_rate(completions, students),
            )
        )
    return result


# ---- the admin dashboard ----------------------------------------------------------------------


def admin_dashboard(*, session: Session, days: int = 30, top: int = 5) -> AdminDashboard:
    """Platform totals, daily series, top courses and top instructors of the last `days` days."""
    check_days(days)
    today = today_utc()
    start = today - timedelta(days=days - 1)
    daily = _platform_series(session=session, start=start, today=today)
    totals = PlatformTotals()
    for name in ("orders", "refunds", "signups", "enrollments", "watch_seconds"):
        setattr(totals, name, sum(getattr(p, name) for p in daily))
    platform_money = revenue_by(session=session, start=start, today=today, key="all").get(None)
    totals.revenue_by_currency = amounts(platform_money)
    totals.gross_by_currency = amounts(platform_money, "gross_cents")
    totals.refunded_by_currency = amounts(platform_money, "refunded_cents")
    per_course = course_totals(session=session, start=start, today=today)
    briefs = catalog_service.course_briefs(session=session, course_ids=list(per_course))
    course_money = revenue_by(session=session, start=start, today=today, key="course")
    by_owner: defaultdict[int, dict[str, int]] = defaultdict(lambda: {"courses": 0, "sales": 0})
    owner_money: defaultdict[int, MoneyByCurrency] = defaultdict(dict)
    for cid, row in per_course.items():
        brief = briefs.get(cid)
        if brief is None or row["sales"] - row["refunds"] <= 0:
            continue
        owner = by_owner[brief.owner_id]
        owner["courses"] += 1
        owner["sales"] += row["sales"] - row["refunds"]
        _merge(owner_money[brief.owner_id], course_money.get(cid, {}))
    leaders = sorted(by_owner.items(), key=lambda kv: (-kv[1]["sales"], kv[0]))[:top]
    names = auth_service.display_names(session=session, user_ids=[uid for uid, _ in leaders])
    return AdminDashboard(
        days=days,
        start=start,
        end=today,
        timezone=str(display_zone()),
        generated_at=to_display_time(utcnow()),
        totals=totals,
        daily=daily,
        top_courses=_ranked(per_course, briefs, top, course_money),
        top_instructors=[
            InstructorRank(
                instructor_id=uid,
                name=names.get(uid, f"Instructor {uid}"),
                courses=row["courses"],
                sales=row["sales"],
                revenue_by_currency=amounts(owner_money[uid]),
            )
            for uid, row in leaders
        ],
    )


def describe_rollup(figures: DayFigures) -> dict[str, Any]:
    """A rollup's platform figures, for logs and the CLI."""
    return {"day": figures.day.isoformat(), "courses": len(figures.courses), **figures.platform}
