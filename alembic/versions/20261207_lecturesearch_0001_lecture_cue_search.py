"""catalog search on PostgreSQL: lecture_cue_search (caption cues of published courses, GIN)

Revision ID: lecturesearch_0001
Revises: captions_0001
Create Date: 2026-12-07 21:55:00

PostgreSQL only, like `course_search` (search_0001): on SQLite the cues are in the Whoosh
index. The catalog's indexing job copies the cues of published courses' lectures here (from
the media domain's `caption_cues`), so a caption search needs no join across domains and an
unpublished course's lectures are never found.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "lecturesearch_0001"
down_revision: str | Sequence[str] | None = "captions_0001"
branch_labels: str | Sequence[str] | None = None
# the text search configuration `learnly_english` comes from the search branch
depends_on: str | Sequence[str] | None = "search_0001"


def upgrade() -> None:
    """Create the cue search table and its indexes (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE TABLE lecture_cue_search (
            cue_id integer PRIMARY KEY,
            course_id integer NOT NULL,
            lecture_id integer NOT NULL,
            start_ms integer NOT NULL,
            end_ms integer NOT NULL,
            text text NOT NULL DEFAULT '',
            tsv tsvector GENERATED ALWAYS AS (to_tsvector('learnly_english', text)) STORED
        )
        """
    )
    op.execute(
        "CREATE INDEX ix_lecture_cue_search_tsv ON lecture_cue_search "
        "USING gin (tsv) WITH (fastupdate = off)"
    )
    op.execute("CREATE INDEX ix_lecture_cue_search_course ON lecture_cue_search (course_id)")
    op.execute("CREATE INDEX ix_lecture_cue_search_lecture ON lecture_cue_search (lecture_id)")


def downgrade() -> None:
    """Drop the cue search table (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS lecture_cue_search")
