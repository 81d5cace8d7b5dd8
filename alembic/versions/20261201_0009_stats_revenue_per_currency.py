"""stats: revenue per currency (stats_revenue_daily); money columns that mixed currencies go

Revision ID: 0009_stats
Revises: 0007
Create Date: 2026-12-01 22:10:00

The money of the daily rollups is kept per course, day and currency in `stats_revenue_daily`;
`stats_course_daily` and `stats_platform_daily` lose their gross/refunded/revenue columns,
which added up amounts in different currencies. Rollups are derived data: the platform rows
are deleted, so the worker's catch-up rebuilds the last 35 days from the orders (older days:
`python -m udemy_clone rollup --days N`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_stats"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = ("gross_cents", "refunded_cents", "revenue_cents")


def _money(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.BigInteger(), server_default="0", nullable=False)


def upgrade() -> None:
    op.create_table(
        "stats_revenue_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        *[_money(name) for name in MONEY],
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", "course_id", "currency"),
    )
    op.create_index(
        "ix_stats_revenue_daily_course_day", "stats_revenue_daily", ["course_id", "day"]
    )
    for table in ("stats_course_daily", "stats_platform_daily"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in MONEY:
                batch_op.drop_column(name)
    op.execute("DELETE FROM stats_platform_daily")


def downgrade() -> None:
    for table in ("stats_course_daily", "stats_platform_daily"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in MONEY:
                batch_op.add_column(_money(name))
    op.execute("DELETE FROM stats_platform_daily")
    op.drop_index("ix_stats_revenue_daily_course_day", table_name="stats_revenue_daily")
    op.drop_table("stats_revenue_daily")
