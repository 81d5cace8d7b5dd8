"""reviews: ratings with comments, instructor replies, helpful votes and abuse reports

Revision ID: 0005
Revises: 0001
Depends on: 0002 (courses)
Create Date: 2026-11-25 19:00:00

A branch of its own (label "reviews"): the project upgrades to "heads".
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = ("reviews",)
depends_on: str | Sequence[str] | None = ("0002",)


def upgrade() -> None:
    """Create the reviews tables."""
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("progress_percent", sa.Integer(), nullable=False),
        sa.Column("helpful_count", sa.Integer(), nullable=False),
        sa.Column("open_report_count", sa.Integer(), nullable=False),
        sa.Column("is_hidden", sa.Boolean(), nullable=False),
        sa.Column("hidden_reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reply_body", sa.Text(), nullable=True),
        sa.Column("reply_author_id", sa.Integer(), nullable=True),
        sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reply_updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rating >= 1 AND rating <= 5", name="ck_reviews_rating_range"),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["course_id"], ["courses.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reply_author_id"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("course_id", "author_id", name="uq_reviews_course_author"),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_author_id"), ["author_id"], unique=False)
        batch_op.create_index(
            "ix_reviews_course_hidden_created",
            ["course_id", "is_hidden", "created_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_reviews_open_report_count", ["open_report_count"], unique=False
        )

    op.create_table(
        "review_helpful_votes",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("review_id", "user_id"),
    )
    with op.batch_alter_table("review_helpful_votes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_helpful_votes_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "review_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["reporter_id"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("review_id", "reporter_id", name="uq_review_reports_review_reporter"),
    )
    with op.batch_alter_table("review_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_reports_reporter_id"), ["reporter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_reports_review_id"), ["review_id"], unique=False
        )


def downgrade() -> None:
    """Drop the reviews tables."""
    with op.batch_alter_table("review_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_reports_review_id"))
        batch_op.drop_index(batch_op.f("ix_review_reports_reporter_id"))
    op.drop_table("review_reports")

    with op.batch_alter_table("review_helpful_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_helpful_votes_user_id"))
    op.drop_table("review_helpful_votes")

    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_reviews_open_report_count")
        batch_op.drop_index("ix_reviews_course_hidden_created")
        batch_op.drop_index(batch_op.f("ix_reviews_author_id"))
    op.drop_table("reviews")
