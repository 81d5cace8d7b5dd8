"""stats: daily rollups per course and for the platform, lecture reach, course completion

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-25 21:00:00

A branch of its own (label "stats"): the project upgrades to "heads". No foreign keys: courses
and lectures belong to the catalog and are referred to by id.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = ("stats",)
depends_on: str | Sequence[str] | None = None


def _money(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.BigInteger(), server_default="0", nullable=False)


def _computed_at(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    """Create the stats tables."""
    op.create_table(
        "stats_course_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("sales", sa.Integer(), nullable=False),
        sa.Column("refunds", sa.Integer(), nullable=False),
        _money("gross_cents"),
        _money("refunded_cents"),
        _money("revenue_cents"),
        sa.Column("enrollments", sa.Integer(), nullable=False),
        _money("watch_seconds"),
        sa.Column("unique_viewers", sa.Integer(), nullable=False),
        _computed_at("computed_at"),
        sa.PrimaryKeyConstraint("day", "course_id"),
    )
    op.create_index("ix_stats_course_daily_course_day", "stats_course_daily", ["course_id", "day"])
    op.create_table(
        "stats_platform_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("refunds", sa.Integer(), nullable=False),
        _money("gross_cents"),
        _money("refunded_cents"),
        _money("revenue_cents"),
        sa.Column("signups", sa.Integer(), nullable=False),
        sa.Column("enrollments", sa.Integer(), nullable=False),
        _money("watch_seconds"),
        sa.Column("active_learners", sa.Integer(), nullable=False),
        _computed_at("computed_at"),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "stats_lecture_reach",
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("viewers", sa.Integer(), nullable=False),
        sa.Column("completions", sa.Integer(), nullable=False),
        _computed_at("refreshed_at"),
        sa.PrimaryKeyConstraint("lecture_id"),
    )
    op.create_index("ix_stats_lecture_reach_course", "stats_lecture_reach", ["course_id"])
    op.create_table(
        "stats_course_progress",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("students", sa.Integer(), nullable=False),
        sa.Column("students_completed", sa.Integer(), nullable=False),
        _computed_at("refreshed_at"),
        sa.PrimaryKeyConstraint("course_id"),
    )


def downgrade() -> None:
    """Drop the stats tables."""
    op.drop_table("stats_course_progress")
    op.drop_index("ix_stats_lecture_reach_course", table_name="stats_lecture_reach")
    op.drop_table("stats_lecture_reach")
    op.drop_table("stats_platform_daily")
    op.drop_index("ix_stats_course_daily_course_day", table_name="stats_course_daily")
    op.drop_table("stats_course_daily")
