"""stats: "students also bought" affinities and recently viewed courses

Revision ID: recs_0001
Revises: 0009_stats
Create Date: 2026-12-06 18:40:00

Both tables are derived or disposable data of the stats domain (no foreign keys: courses and
users belong to other domains). `stats_course_affinity` is rebuilt by the hourly rollup job.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "recs_0001"
down_revision: str | Sequence[str] | None = "0009_stats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stats_course_affinity",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("related_course_id", sa.Integer(), nullable=False),
        sa.Column("shared_students", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("course_id", "related_course_id"),
    )
    op.create_table(
        "stats_course_views",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("viewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "course_id"),
    )
    op.create_index(
        "ix_stats_course_views_user_viewed", "stats_course_views", ["user_id", "viewed_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_stats_course_views_user_viewed", table_name="stats_course_views")
    op.drop_table("stats_course_views")
    op.drop_table("stats_course_affinity")
