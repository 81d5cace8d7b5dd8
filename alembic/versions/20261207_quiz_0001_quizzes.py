"""catalog + playback: quizzes as curriculum items (lecture kind, questions, attempts)

Revision ID: quiz_0001
Revises: captions_0001
Create Date: 2026-12-06 21:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "quiz_0001"
down_revision: str | Sequence[str] | None = "captions_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("lectures", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=10), nullable=False, server_default="video")
        )
        batch_op.add_column(
            sa.Column("question_count", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_table(
        "quiz_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lecture_id"], ["lectures.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_quiz_questions_lecture_position", "quiz_questions", ["lecture_id", "position"]
    )
    op.create_table(
        "quiz_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_quiz_attempts_user_lecture", "quiz_attempts", ["user_id", "lecture_id", "id"]
    )
    op.create_index("ix_quiz_attempts_lecture_id", "quiz_attempts", ["lecture_id"])
    op.create_index("ix_quiz_attempts_course_id", "quiz_attempts", ["course_id"])


def downgrade() -> None:
    op.drop_index("ix_quiz_attempts_course_id", table_name="quiz_attempts")
    op.drop_index("ix_quiz_attempts_lecture_id", table_name="quiz_attempts")
    op.drop_index("ix_quiz_attempts_user_lecture", table_name="quiz_attempts")
    op.drop_table("quiz_attempts")
    op.drop_index("ix_quiz_questions_lecture_position", table_name="quiz_questions")
    op.drop_table("quiz_questions")
    with op.batch_alter_table("lectures", schema=None) as batch_op:
        batch_op.drop_column("question_count")
        batch_op.drop_column("kind")
