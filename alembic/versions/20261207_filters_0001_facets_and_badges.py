"""catalog: course length in the PostgreSQL search rows (duration filter); course badges

Revision ID: filters_0001
Revises: searchperf_0001
Create Date: 2026-12-07 09:00:00

* `course_search.duration_seconds` (PostgreSQL only, like the table): the course's total
  lecture length, for the video-duration filter and its counts. Existing rows read 0 until
  the next reindex (`python -m udemy_clone reindex`, also run by the demo seeding).
* `course_badges`: the badges ("bestseller", "highest_rated") the badge rollup awarded.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "filters_0001"
down_revision: str | Sequence[str] | None = "searchperf_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add course_search.duration_seconds (PostgreSQL) and course_badges (both)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE course_search ADD COLUMN duration_seconds integer NOT NULL DEFAULT 0"
        )
    op.create_table(
        "course_badges",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["course_id"], ["courses.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("course_id", "kind"),
    )


def downgrade() -> None:
    """Drop course_badges and course_search.duration_seconds."""
    op.drop_table("course_badges")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE course_search DROP COLUMN duration_seconds")
