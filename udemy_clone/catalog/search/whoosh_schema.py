"""Course documents for the Whoosh backend: text analysis, the schema, the fields of a course."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Final

from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema
from whoosh.lang import stemmer_for_language
from whoosh.support.charset import accent_map

from udemy_clone.catalog.search.port import (
    MAX_QUERY_WORDS,
    CourseDocument,
    clean_query_text,
    clean_text,
    normalize_tag,
    timestamp,
    title_words,
)

# Bump when the schema or the doc-values layout changes: a new version opens a fresh, empty
# index beside the old one, which the caller then fills with `rebuild`.
# 2: folded accents, Snowball stems; 3: doc values carry currency; 4: one-pass analyzer,
# title words for typeahead, category names in the doc values; 5: course duration;
# 6: each course's stems per field in the doc values (`forward_terms`)
SCHEMA_VERSION: Final = 6
INDEX_NAME: Final = f"courses_v{SCHEMA_VERSION}"

# Relevance weight of a query word found in each text field (title highest).
FIELD_BOOSTS: Final[dict[str, float]] = {
    "title": 8.0,
    "subtitle": 4.0,
    "tags": 3.0,
    "category_names": 2.5,
    "instructor_name": 2.0,
    "description": 1.0,
}
# A typo-corrected word weighs this much of the exact word, so exact matches rank first.
FUZZY_BOOST: Final = 0.2
MAX_FUZZY_EXPANSIONS: Final = 6

_SPELL_FIELD: Final = "spell"
_TITLE_WORDS_FIELD: Final = "title_words"
_KEY_FIELD: Final = "course_key"
_VALUES_FIELD: Final = "doc_values"
# One capital letter per text field marks its stems in a course's forward terms (analysed
# words are lower case, so "Tpython" can only be "python" in the title).
FIELD_CODES: Final[dict[str, str]] = dict(zip(FIELD_BOOSTS, "TSGCID", strict=True))
_TERM_CACHE_SIZE: Final = 4096
_SEGMENT_POSTINGS_CACHE_SIZE: Final = 16_384
_FACET_CACHE_SIZE: Final = 512
_WRITER_TIMEOUT_SECONDS: Final = 30.0
# A full reindex of this many courses or more is spread over this many processes.
_PARALLEL_REBUILD_DOCS: Final = 20_000
_REBUILD_PROCS: Final = max(1, min(4, os.cpu_count() or 1))
_OPEN_ATTEMPTS: Final = 20
# Uncompressed, larger posting blocks: reading a common word's postings is the main cost of a
# query, and zlib plus a pickle per 128 postings made up half of it.
_CODEC: Final = W3Codec(blocklimit=512, compression=0)


_TOKEN_PATTERN: Final = re.compile(r"\w+(\.?\w+)*")
_ENGLISH_STEM: Final = stemmer_for_language("en")
_WORD_CACHE_SIZE: Final = 200_000
# raw token -> analysed text (None: a stop word), one cache per analyzer kind
_ANALYSED: Final[dict[bool, dict[str, str | None]]] = {True: {}, False: {}}


def _analyse_token(raw: str, stem: bool) -> str | None:
    cache = _ANALYSED[stem]
    found = cache.get(raw, "")
    if found != "":
        return found
    text: str | None = raw.lower().translate(accent_map)
    if text is not None and (len(text) < 2 or text in STOP_WORDS):
        text = None
    elif text is not None and stem:
        text = _ENGLISH_STEM(text)
    if len(cache) >= _WORD_CACHE_SIZE:
        cache.clear()
    cache[raw] = text
    return text


class CourseAnalyzer(Tokenizer):  # type: ignore[misc]
    """Whoosh's `RegexTokenizer | LowercaseFilter | CharsetFilter(accent_map) | StopFilter`
    (then `StemFilter(lang="en")` when `stem`), the same tokens in one pass.

    Accents are folded before stemming, so "numerique" and "numérique" are one word; the
    Snowball (Porter2) English stemmer, as PostgreSQL's `english`, makes "running" "run".
    Each distinct word is analysed once per process (a bounded cache): Whoosh's chain of
    five generators per token was a third of the indexing time.
    """

    def __init__(self, stem: bool = True) -> None:
        self.stem = stem

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CourseAnalyzer) and other.stem == self.stem

    def __hash__(self) -> int:
        return hash((CourseAnalyzer, self.stem))

    def __call__(  # noqa: PLR0913 - Whoosh's tokenizer signature
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        raws = (m.group(0) for m in _TOKEN_PATTERN.finditer(value)) if tokenize else [value]
        position = start_pos
        for raw in raws:
            text = _analyse_token(raw, self.stem)
            if text is None:
                continue
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = raw
            if positions:
                token.pos = position
            if chars:
                token.startchar = token.endchar = start_char
            position += 1
            yield token


def _stemming_analyzer() -> Any:
    return CourseAnalyzer(stem=True)


_STEM_ANALYZER = _stemming_analyzer()
# Unstemmed words: typo candidates are found among the words people wrote, then stemmed,
# so "developmnt" -> "development" -> "develop" matches like the exact word would.
_WORD_ANALYZER = CourseAnalyzer(stem=False)


# --------------------------------------------------------------------------------------------
# Text analysis


@lru_cache(maxsize=20_000)
def _stem(word: str) -> str | None:
    tokens = [t.text for t in _STEM_ANALYZER(word)]
    return tokens[0] if tokens else None


def _query_words(text: str) -> list[str]:
    """Lowercase, de-duplicated words of a user's query, capped in length and number."""
    cleaned = clean_query_text(text)
    words: list[str] = []
    for token in _WORD_ANALYZER(cleaned):
        word = token.text
        if word not in words:
            words.append(word)
            if len(words) == MAX_QUERY_WORDS:
                break
    return words


def _transpositions(word: str) -> Iterator[str]:
    for i in range(1, len(word) - 1):  # keep the first letter, like the fuzzy prefix
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


# --------------------------------------------------------------------------------------------
# Schema and documents


def _build_schema() -> Schema:
    text_fields = {
        name: TEXT(analyzer=_stemming_analyzer(), phrase=False, stored=False)
        for name in FIELD_BOOSTS
    }
    return Schema(
        **text_fields,
        **{
            _KEY_FIELD: ID(unique=True, stored=False),
            # Scorable only so Whoosh writes a length column: without one its writer checks
            # the disk for that column once per posting.
            _SPELL_FIELD: KEYWORD(lowercase=False, scorable=True),
            # The title's words as written (accents folded), for typeahead prefixes.
            _TITLE_WORDS_FIELD: KEYWORD(lowercase=False, scorable=True),
            _VALUES_FIELD: COLUMN(VarBytesColumn()),
        },
    )


def _document_fields(doc: CourseDocument) -> tuple[dict[str, Any], set[str]]:
    """The fields of one course, and its vocabulary words (for `_SPELL_FIELD`).

    The caller puts in `_SPELL_FIELD` only the words the index does not know yet: the typo
    vocabulary needs each word once, not once per course (that was a third of the postings
    written by a reindex).
    """
    texts = {
        "title": doc.title,
        "subtitle": doc.subtitle,
        "tags": " ; ".join(doc.tags),
        "category_names": " ; ".join(doc.category_names),
        "instructor_name": doc.instructor_name,
        "description": doc.description,
    }
    texts = {name: clean_text(value or "") for name, value in texts.items()}
    # Shorter words are never within one edit of a word long enough to be typo-corrected.
    spell_words = {t.text for t in _WORD_ANALYZER(" ".join(texts.values())) if len(t.text) >= 4}
    words_of_title = title_words(texts["title"])
    values = [
        int(doc.course_id),
        (doc.level or "").lower(),
        (doc.language or "").lower(),
        int(doc.price_cents),
        float(doc.rating_average),
        int(doc.rating_count),
        int(doc.enrollment_count),
        int(doc.sales_count),
        timestamp(doc.published_at),
        sorted({s.strip().lower() for s in doc.category_slugs if s.strip()}),
        sorted({normalize_tag(t) for t in doc.tags if t.strip()}),
        (doc.currency or "").upper(),
        _category_names(doc),
        max(0, int(doc.duration_seconds)),
        forward_terms(texts),
    ]
    fields = {
        **texts,
        _KEY_FIELD: str(int(doc.course_id)),
        _TITLE_WORDS_FIELD: " ".join(sorted(words_of_title)),
        _VALUES_FIELD: json.dumps(values, separators=(",", ":")).encode(),
    }
    return fields, spell_words


def forward_terms(texts: dict[str, str]) -> str:
    """A course's stems per text field as one string, " Tpython Sdata Dlearn ... ", so a query
    can check whether a course holds a word (`" Tpython " in terms`) without reading the
    word's postings: a common word's postings are tens of thousands of Python calls."""
    found: list[str] = []
    for name, code in FIELD_CODES.items():
        found.extend(sorted({code + t.text for t in _STEM_ANALYZER(texts[name])}))
    return " " + " ".join(found) + " "


def _category_names(doc: CourseDocument) -> dict[str, str]:
    """Slug -> name of the course's categories (its own and the ancestors)."""
    pairs = zip(doc.category_slugs, doc.category_names, strict=False)
    return {slug.strip().lower(): clean_text(name) for slug, name in pairs if slug.strip()}


# --------------------------------------------------------------------------------------------
# Doc values of one index generation
