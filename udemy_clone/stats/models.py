"""Daily rollups of sales, enrollments and watch time, and the dashboards' schemas.

Rows are per UTC day. A day's rows are rebuilt from the source domains by one job
(`stats.service.rollup_day`), so rerunning a day gives the same rows. Courses and lectures are
referred to by id without foreign keys: they belong to the catalog.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel
from sqlalchemy import BigInteger, Column, Date, DateTime, Index
from sqlmodel import Field, SQLModel

from udemy_clone.catalog.service import CourseSummary
from udemy_clone.core.db import utcnow


def _day_column() -> Column:  # type: ignore[type-arg]
    return Column(Date, primary_key=True, nullable=False)


def _computed_at_column() -> Column:  # type: ignore[type-arg]
    return Column(DateTime(timezone=True), nullable=False)


def _money_column() -> Column:  # type: ignore[type-arg]
    return Column(BigInteger, nullable=False, server_default="0")


class StatsCourseDaily(SQLModel, table=True):
    """One course on one UTC day: sales, refunds, money, new students and watch time."""

    __tablename__ = "stats_course_daily"
    __table_args__ = (Index("ix_stats_course_daily_course_day", "course_id", "day"),)

    day: date = Field(sa_column=_day_column())
    course_id: int = Field(primary_key=True)
    sales: int = 0
    refunds: int = 0
    enrollments: int = 0
    watch_seconds: int = Field(default=0, sa_column=_money_column())
    unique_viewers: int = 0
    computed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


class StatsPlatformDaily(SQLModel, table=True):
    """The whole platform on one UTC day."""

    __tablename__ = "stats_platform_daily"

    day: date = Field(sa_column=_day_column())
    orders: int = 0
    refunds: int = 0
    signups: int = 0
    enrollments: int = 0
    watch_seconds: int = Field(default=0, sa_column=_money_column())
    active_learners: int = 0
    computed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


class StatsRevenueDaily(SQLModel, table=True):
    """The money of one course on one UTC day in one currency (amounts are never added
    across currencies; the platform's figures are these rows summed per currency)."""

    __tablename__ = "stats_revenue_daily"
    __table_args__ = (Index("ix_stats_revenue_daily_course_day", "course_id", "day"),)

    day: date = Field(sa_column=_day_column())
    course_id: int = Field(primary_key=True)
    currency: str = Field(primary_key=True, max_length=3)
    gross_cents: int = Field(default=0, sa_column=_money_column())
    refunded_cents: int = Field(default=0, sa_column=_money_column())
    # gross minus refunded: what the course earned that day in this currency
    revenue_cents: int = Field(default=0, sa_column=_money_column())
    computed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


class StatsLectureReach(SQLModel, table=True):
    """How many learners ever watched (and completed) a lecture, as of `refreshed_at`."""

    __tablename__ = "stats_lecture_reach"
    __table_args__ = (Index("ix_stats_lecture_reach_course", "course_id"),)

    lecture_id: int = Field(primary_key=True)
    course_id: int
    viewers: int = 0
    completions: int = 0
    refreshed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


class StatsCourseProgress(SQLModel, table=True):
    """A course's students now: how many are enrolled and how many finished every lecture."""

    __tablename__ = "stats_course_progress"

    course_id: int = Field(primary_key=True)
    students: int = 0
    students_completed: int = 0
    refreshed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


class StatsCourseAffinity(SQLModel, table=True):
    """Courses bought by the same students ("Students also bought"), rebuilt by a rollup job."""

    __tablename__ = "stats_course_affinity"

    course_id: int = Field(primary_key=True)
    related_course_id: int = Field(primary_key=True)
    shared_students: int = 0
    computed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


class StatsCourseView(SQLModel, table=True):
    """The last time a signed-in person opened a course page ("Because you viewed ...")."""

    __tablename__ = "stats_course_views"
    __table_args__ = (Index("ix_stats_course_views_user_viewed", "user_id", "viewed_at"),)

    user_id: int = Field(primary_key=True)
    course_id: int = Field(primary_key=True)
    viewed_at: datetime = Field(default_factory=utcnow, sa_column=_computed_at_column())


# ---- schemas -------------------------------------------------------------------------------


class CurrencyAmount(BaseModel):
    """An amount in one currency, in minor units (figures list one per currency)."""

    currency: str
    amount_cents: int


class TopSellingCourse(BaseModel):
    """A course in the best-sellers list: net sales (refunds deducted) and revenue."""

    course_id: int
    title: str
    slug: str = ""
    sales: int
    revenue_by_currency: list[CurrencyAmount] = []


class DailyPoint(BaseModel):
    """One UTC day of a dashboard series."""

    day: date
    revenue_by_currency: list[CurrencyAmount] = []  # net: paid minus refunded (can be < 0)
    gross_by_currency: list[CurrencyAmount] = []  # paid that day
    refunded_by_currency: list[CurrencyAmount] = []  # refunded that day
    sales: int = 0
    refunds: int = 0
    orders: int = 0
    signups: int = 0
    enrollments: int = 0
    watch_seconds: int = 0


class CourseFigures(BaseModel):
    """A course's figures over the chosen period (rating, students and completion: now)."""

    course_id: int
    title: str
    status: str
    sales: int
    refunds: int
    revenue_by_currency: list[CurrencyAmount] = []
    enrollments: int
    watch_seconds: int
    students: int
    avg_rating: float
    rating_count: int
    completion_rate: float


class LectureDropOff(BaseModel):
    """A lecture and the share of enrolled students who watched (and completed) it."""

    lecture_id: int
    title: str
    viewers: int
    completions: int
    watched_percent: float
    completed_percent: float


class InstructorDashboard(BaseModel):
    """An instructor's own courses over the last `days` UTC days (today included)."""

    days: int
    start: date
    end: date
    timezone: str
    generated_at: datetime
    totals: DailyPoint
    courses: list[CourseFigures]
    daily: list[DailyPoint]
    course_id: int | None = None
    lectures: list[LectureDropOff] = []


class InstructorRank(BaseModel):
    instructor_id: int
    name: str
    courses: int
    sales: int
    revenue_by_currency: list[CurrencyAmount] = []


class PlatformTotals(BaseModel):
    revenue_by_currency: list[CurrencyAmount] = []
    gross_by_currency: list[CurrencyAmount] = []
    refunded_by_currency: list[CurrencyAmount] = []
    orders: int = 0
    refunds: int = 0
    signups: int = 0
    enrollments: int = 0
    watch_seconds: int = 0


class AdminDashboard(BaseModel):
    """The platform over the last `days` UTC days (today included)."""

    days: int
    start: date
    end: date
    timezone: str
    generated_at: datetime
    totals: PlatformTotals
    daily: list[DailyPoint]
    top_courses: list[TopSellingCourse]
    top_instructors: list[InstructorRank]


class RecommendationRow(BaseModel):
    """A titled row of recommended courses ("Because you viewed ...")."""

    key: str
    title: str
    seed_course_id: int
    seed_slug: str
    courses: list[CourseSummary]
