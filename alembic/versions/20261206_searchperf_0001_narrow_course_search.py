"""catalog search on PostgreSQL: a narrow course_search, typeahead titles and categories

Revision ID: searchperf_0001
Revises: search_0001
Create Date: 2026-12-06 18:30:00

PostgreSQL only (nothing on SQLite). Searches read every matching row of `course_search`;
its rows carried the course texts (subtitle, description, ...) only to feed the generated
`tsv` column, which made them ~1.5 kB wide. Now the application computes `tsv` on insert
and the texts are not stored: `tsv` keeps its values, only the generation expression and
the text columns go. New:

* `title_tsv`: the title under `learnly_simple` (`simple` plus `unaccent`, no stemming), GIN
  indexed, for prefix matching of typeahead suggestions;
* `search_categories`: each category slug with its name and how many courses it has, for
  typeahead suggestions of categories.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "searchperf_0001"
down_revision: str | Sequence[str] | None = "search_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = ("subtitle", "description", "tags", "category_names", "instructor_name")


def upgrade() -> None:
    """Narrow course_search, add title_tsv and search_categories (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'learnly_simple') THEN "
        "CREATE TEXT SEARCH CONFIGURATION learnly_simple (COPY = pg_catalog.simple); "
        "ALTER TEXT SEARCH CONFIGURATION learnly_simple "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple; "
        "END IF; END $$"
    )
    op.execute("ALTER TABLE course_search ALTER COLUMN tsv DROP EXPRESSION")
    op.execute("ALTER TABLE course_search ALTER COLUMN tsv SET DEFAULT ''::tsvector")
    op.execute("UPDATE course_search SET tsv = '' WHERE tsv IS NULL")
    op.execute("ALTER TABLE course_search ALTER COLUMN tsv SET NOT NULL")
    for column in _TEXT_COLUMNS:
        op.execute(f"ALTER TABLE course_search DROP COLUMN {column}")
    op.execute("ALTER TABLE course_search ADD COLUMN category_names text[] NOT NULL DEFAULT '{}'")
    op.execute(
        "ALTER TABLE course_search ADD COLUMN title_tsv tsvector NOT NULL DEFAULT ''::tsvector"
    )
    op.execute("UPDATE course_search SET title_tsv = to_tsvector('learnly_simple', title)")
    op.execute(
        "CREATE INDEX ix_course_search_title_tsv ON course_search USING gin (title_tsv) "
        "WITH (fastupdate = off)"
    )
    op.execute(
        "CREATE TABLE search_categories (slug text PRIMARY KEY, name text NOT NULL, "
        "folded text NOT NULL, courses integer NOT NULL DEFAULT 0)"
    )
    # Existing rows lost their texts: the next `python -m udemy_clone reindex` (or any upsert
    # of a course) fills category names back in; until then searches answer as before.


def downgrade() -> None:
    """Put the text columns and the generated tsv back (empty until the next reindex)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS search_categories")
    op.execute("DROP INDEX IF EXISTS ix_course_search_title_tsv")
    op.execute("ALTER TABLE course_search DROP COLUMN title_tsv")
    op.execute("ALTER TABLE course_search DROP COLUMN category_names")
    op.execute("ALTER TABLE course_search DROP COLUMN tsv")
    for column in _TEXT_COLUMNS:
        op.execute(f"ALTER TABLE course_search ADD COLUMN {column} text NOT NULL DEFAULT ''")
    op.execute(
        "ALTER TABLE course_search ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('learnly_english', title), 'A') || "
        "setweight(to_tsvector('learnly_english', subtitle || ' ' || tags), 'B') || "
        "setweight(to_tsvector('learnly_english', category_names || ' ' || instructor_name), "
        "'C') || setweight(to_tsvector('learnly_english', description), 'D')) STORED"
    )
    op.execute(
        "CREATE INDEX ix_course_search_tsv ON course_search USING gin (tsv) WITH (fastupdate = off)"
    )
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS learnly_simple")
