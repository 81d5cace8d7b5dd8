"""media: lecture caption tracks (uploaded or auto-generated) and their cues

Revision ID: captions_0001
Revises: learn1_0001
Create Date: 2026-12-06 21:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "captions_0001"
down_revision: str | Sequence[str] | None = "learn1_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lecture_captions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("storage_key", sa.String(length=300), nullable=False),
        sa.Column("cue_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lecture_id", "language", name="uq_lecture_captions_lecture_language"),
    )
    op.create_index("ix_lecture_captions_lecture_id", "lecture_captions", ["lecture_id"])
    op.create_index("ix_lecture_captions_course_id", "lecture_captions", ["course_id"])
    op.create_table(
        "caption_cues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("caption_id", sa.Integer(), nullable=False),
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("start_ms", sa.Integer(), nullable=False),
        sa.Column("end_ms", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["caption_id"], ["lecture_captions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_caption_cues_caption_start", "caption_cues", ["caption_id", "start_ms"])
    op.create_index("ix_caption_cues_lecture_id", "caption_cues", ["lecture_id"])
    op.create_index("ix_caption_cues_course_id", "caption_cues", ["course_id"])


def downgrade() -> None:
    op.drop_index("ix_caption_cues_course_id", table_name="caption_cues")
    op.drop_index("ix_caption_cues_lecture_id", table_name="caption_cues")
    op.drop_index("ix_caption_cues_caption_start", table_name="caption_cues")
    op.drop_table("caption_cues")
    op.drop_index("ix_lecture_captions_course_id", table_name="lecture_captions")
    op.drop_index("ix_lecture_captions_lecture_id", table_name="lecture_captions")
    op.drop_table("lecture_captions")
