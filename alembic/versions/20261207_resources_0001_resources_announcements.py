"""media: lecture resources; announcements and their comments; notifications: preferences for
announcements

Revision ID: resources_0001
Revises: captions_0001, wish_0001
Create Date: 2026-12-06 22:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "resources_0001"
down_revision: str | Sequence[str] | None = ("captions_0001", "wish_0001")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lecture_resources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("uploaded_by", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("storage_key", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["uploaded_by"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_lecture_resources_lecture_id", "lecture_resources", ["lecture_id"])
    op.create_index("ix_lecture_resources_course_id", "lecture_resources", ["course_id"])
    op.create_index("ix_lecture_resources_uploaded_by", "lecture_resources", ["uploaded_by"])
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_announcements_course_id_id", "announcements", ["course_id", "id"])
    op.create_index("ix_announcements_author_id", "announcements", ["author_id"])
    op.create_table(
        "announcement_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["announcement_id"], ["announcements.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_announcement_comments_announcement_id_id",
        "announcement_comments",
        ["announcement_id", "id"],
    )
    op.create_index("ix_announcement_comments_course_id", "announcement_comments", ["course_id"])
    op.create_index("ix_announcement_comments_author_id", "announcement_comments", ["author_id"])
    with op.batch_alter_table("notification_preferences") as batch_op:
        batch_op.add_column(
            sa.Column("email_announcement", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("inapp_announcement", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("notification_preferences") as batch_op:
        batch_op.drop_column("inapp_announcement")
        batch_op.drop_column("email_announcement")
    op.drop_index("ix_announcement_comments_author_id", table_name="announcement_comments")
    op.drop_index("ix_announcement_comments_course_id", table_name="announcement_comments")
    op.drop_index("ix_announcement_comments_announcement_id_id", table_name="announcement_comments")
    op.drop_table("announcement_comments")
    op.drop_index("ix_announcements_author_id", table_name="announcements")
    op.drop_index("ix_announcements_course_id_id", table_name="announcements")
    op.drop_table("announcements")
    op.drop_index("ix_lecture_resources_uploaded_by", table_name="lecture_resources")
    op.drop_index("ix_lecture_resources_course_id", table_name="lecture_resources")
    op.drop_index("ix_lecture_resources_lecture_id", table_name="lecture_resources")
    op.drop_table("lecture_resources")
