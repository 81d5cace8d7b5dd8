"""catalog search on PostgreSQL: course_search (tsvector, GIN), search_words (trigrams)

Revision ID: search_0001
Revises: 0002
Create Date: 2026-12-01 21:50:00

PostgreSQL only: on SQLite this migration does nothing (search runs on Whoosh there). The
tables are not in the SQLModel metadata; alembic/env.py leaves them out of comparisons.
The text search configuration `learnly_english` is `english` with `unaccent` before the
stemmer, so accents never matter in either direction.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "search_0001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = ("search",)
depends_on: str | Sequence[str] | None = None

_TSV = (
    "setweight(to_tsvector('learnly_english', title), 'A') || "
    "setweight(to_tsvector('learnly_english', subtitle || ' ' || tags), 'B') || "
    "setweight(to_tsvector('learnly_english', category_names || ' ' || instructor_name), 'C') || "
    "setweight(to_tsvector('learnly_english', description), 'D')"
)

_SORT_INDEXES = {
    "newest": "published_ts DESC, course_id DESC",
    "rating": "rating_average DESC, rating_count DESC, published_ts DESC, course_id DESC",
    "best_selling": "sales_count DESC, enrollment_count DESC, published_ts DESC, course_id DESC",
    "price_asc": "price_cents, published_ts DESC, course_id DESC",
    "price_desc": "price_cents DESC, published_ts DESC, course_id DESC",
}


def upgrade() -> None:
    """Create the full-text search objects (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'learnly_english') THEN "
        "CREATE TEXT SEARCH CONFIGURATION learnly_english (COPY = pg_catalog.english); "
        "ALTER TEXT SEARCH CONFIGURATION learnly_english "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem; "
        "END IF; END $$"
    )
    op.execute(
        f"""
        CREATE TABLE course_search (
            course_id integer PRIMARY KEY,
            title text NOT NULL DEFAULT '',
            subtitle text NOT NULL DEFAULT '',
            description text NOT NULL DEFAULT '',
            tags text NOT NULL DEFAULT '',
            category_names text NOT NULL DEFAULT '',
            instructor_name text NOT NULL DEFAULT '',
            category_slugs text[] NOT NULL DEFAULT '{{}}',
            tag_keys text[] NOT NULL DEFAULT '{{}}',
            level text NOT NULL DEFAULT '',
            language text NOT NULL DEFAULT '',
            price_cents integer NOT NULL DEFAULT 0,
            currency text NOT NULL DEFAULT '',
            rating_average double precision NOT NULL DEFAULT 0,
            rating_count integer NOT NULL DEFAULT 0,
            enrollment_count integer NOT NULL DEFAULT 0,
            sales_count integer NOT NULL DEFAULT 0,
            published_ts double precision NOT NULL DEFAULT 0,
            tsv tsvector GENERATED ALWAYS AS ({_TSV}) STORED
        )
        """
    )
    # fastupdate off: no pending list, so query times do not creep up between vacuums.
    op.execute(
        "CREATE INDEX ix_course_search_tsv ON course_search USING gin (tsv) WITH (fastupdate = off)"
    )
    op.execute(
        "CREATE INDEX ix_course_search_categories ON course_search USING gin (category_slugs)"
    )
    op.execute("CREATE INDEX ix_course_search_tags ON course_search USING gin (tag_keys)")
    # One per sort, for browsing without text: the first page is read off the index.
    for name, columns in _SORT_INDEXES.items():
        op.execute(f"CREATE INDEX ix_course_search_{name} ON course_search ({columns})")
    # Bumped by every write: replicas key their cached browse facets on it.
    op.execute("CREATE TABLE search_state (id integer PRIMARY KEY, generation bigint NOT NULL)")
    op.execute("INSERT INTO search_state (id, generation) VALUES (1, 0)")
    op.execute("CREATE TABLE search_words (word text PRIMARY KEY, ndoc integer NOT NULL DEFAULT 1)")
    op.execute("CREATE INDEX ix_search_words_trgm ON search_words USING gist (word gist_trgm_ops)")


def downgrade() -> None:
    """Drop the full-text search objects (the extensions stay: others may use them)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS search_state")
    op.execute("DROP TABLE IF EXISTS search_words")
    op.execute("DROP TABLE IF EXISTS course_search")
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS learnly_english")
