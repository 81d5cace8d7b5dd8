"""My learning: archived courses and the lists students make

Revision ID: storefront_0002
Revises: 0008
Create Date: 2026-12-06 18:46:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "storefront_0002"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create learning_archived_courses, learning_lists and learning_list_courses."""
    op.create_table(
        "learning_archived_courses",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "course_id"),
    )
    op.create_table(
        "learning_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "name", name="uq_learning_lists_user_name"),
    )
    with op.batch_alter_table("learning_lists") as batch:
        batch.create_index("ix_learning_lists_user_id", ["user_id"], unique=False)
    op.create_table(
        "learning_list_courses",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["list_id"], ["learning_lists.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("list_id", "course_id"),
    )


def downgrade() -> None:
    """Drop the My learning tables."""
    op.drop_table("learning_list_courses")
    with op.batch_alter_table("learning_lists") as batch:
        batch.drop_index("ix_learning_lists_user_id")
    op.drop_table("learning_lists")
    op.drop_table("learning_archived_courses")
