"""qa: questions on lectures, answers, upvotes and reports;
notifications: preferences for Q&A notifications

Revision ID: qa_0001
Revises: wish_0001
Create Date: 2026-12-07 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "qa_0001"
down_revision: str | Sequence[str] | None = "wish_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "qa_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position_seconds", sa.Integer(), nullable=True),
        sa.Column("upvote_count", sa.Integer(), nullable=False),
        sa.Column("answer_count", sa.Integer(), nullable=False),
        sa.Column("is_hidden", sa.Boolean(), nullable=False),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("open_report_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_qa_questions_author_id", "qa_questions", ["author_id"])
    op.create_index("ix_qa_questions_course_created", "qa_questions", ["course_id", "created_at"])
    op.create_index("ix_qa_questions_lecture", "qa_questions", ["lecture_id"])
    op.create_index("ix_qa_questions_open_reports", "qa_questions", ["open_report_count"])
    op.create_table(
        "qa_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("upvote_count", sa.Integer(), nullable=False),
        sa.Column("is_hidden", sa.Boolean(), nullable=False),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("open_report_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["qa_questions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_qa_answers_author_id", "qa_answers", ["author_id"])
    op.create_index("ix_qa_answers_question", "qa_answers", ["question_id", "created_at"])
    op.create_index("ix_qa_answers_open_reports", "qa_answers", ["open_report_count"])
    op.create_table(
        "qa_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_kind", sa.String(length=10), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("post_kind", "post_id", "user_id", name="uq_qa_votes_post_user"),
    )
    op.create_index("ix_qa_votes_user_id", "qa_votes", ["user_id"])
    op.create_table(
        "qa_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_kind", sa.String(length=10), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["reporter_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("post_kind", "post_id", "reporter_id", name="uq_qa_reports_post_user"),
    )
    op.create_index("ix_qa_reports_reporter_id", "qa_reports", ["reporter_id"])
    op.create_index("ix_qa_reports_post", "qa_reports", ["post_kind", "post_id"])
    with op.batch_alter_table("notification_preferences") as batch_op:
        batch_op.add_column(
            sa.Column("email_qa", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("inapp_qa", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("notification_preferences") as batch_op:
        batch_op.drop_column("inapp_qa")
        batch_op.drop_column("email_qa")
    op.drop_index("ix_qa_reports_post", table_name="qa_reports")
    op.drop_index("ix_qa_reports_reporter_id", table_name="qa_reports")
    op.drop_table("qa_reports")
    op.drop_index("ix_qa_votes_user_id", table_name="qa_votes")
    op.drop_table("qa_votes")
    op.drop_index("ix_qa_answers_open_reports", table_name="qa_answers")
    op.drop_index("ix_qa_answers_question", table_name="qa_answers")
    op.drop_index("ix_qa_answers_author_id", table_name="qa_answers")
    op.drop_table("qa_answers")
    op.drop_index("ix_qa_questions_open_reports", table_name="qa_questions")
    op.drop_index("ix_qa_questions_lecture", table_name="qa_questions")
    op.drop_index("ix_qa_questions_course_created", table_name="qa_questions")
    op.drop_index("ix_qa_questions_author_id", table_name="qa_questions")
    op.drop_table("qa_questions")
