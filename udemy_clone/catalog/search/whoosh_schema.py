"""Course documents for the Whoosh backend: text analysis, the schema, the fields of a course."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Final, cast

from whoosh.analysis import (
    STOP_WORDS,
    IDTokenizer,
    SpaceSeparatedTokenizer,
    Token,
    Tokenizer,
)
from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, FieldType, Schema
from whoosh.formats import Existence
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
# 6: each course's stems per field in the doc values (`forward_terms`); 7: word-set fields
# (which courses hold a word: no frequencies, no field lengths), segments written in docnum
# order by a reindex
SCHEMA_VERSION: Final = 7
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
# A full reindex of this many courses or more is written in this many parts side by side (one
# process and one segment each); the typo vocabulary then holds a word once per part.
_PARALLEL_REBUILD_DOCS: Final = 20_000
_REBUILD_PROCS: Final = max(1, min(4, os.cpu_count() or 1))
_OPEN_ATTEMPTS: Final = 20


class CourseCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's codec without field-length statistics in posting blocks.

    No field is scorable (relevance is set-based: field boost x idf), so there are no length
    columns, and Whoosh's writer would otherwise look for one on disk once per posting when
    it commits or merges segments (`doc_field_length` finds nothing and caches nothing).
    """

    length_stats = False


# Uncompressed, larger posting blocks: reading a common word's postings is the main cost of a
# query, and zlib plus a pickle per 128 postings made up half of it.
_CODEC: Final = CourseCodec(blocklimit=512, compression=0)


_TOKEN_PATTERN: Final = re.compile(r"\w+(\.?\w+)*")
# The same tokens as `_TOKEN_PATTERN`, as one list (no match objects).
_FIND_TOKENS: Final = re.compile(r"\w+(?:\.?\w+)*").findall
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


class _WordStems(dict[str, tuple[str, str] | None]):
    """raw token -> (word, stem) as `CourseAnalyzer(stem=False)` and `CourseAnalyzer(stem=True)`
    give it (None: a stop word); filled on a miss, so a hit is one C-level lookup."""

    def __missing__(self, raw: str) -> tuple[str, str] | None:
        word = _analyse_token(raw, stem=False)
        pair = None if word is None else (word, _ENGLISH_STEM(word))
        if len(self) >= _WORD_CACHE_SIZE:
            self.clear()
        self[raw] = pair
        return pair


_WORD_STEMS: Final = _WordStems()


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


class WordSetField(FieldType):  # type: ignore[misc]
    """A field that records which documents hold each word, and nothing else (Whoosh's
    `Existence` format: no frequencies, positions or field lengths; relevance here is set-based).

    Its value is the document's words already analysed (any iterable of str), so a course's
    texts are analysed once, by `_document_fields`, and not again inside Whoosh's writer; a
    plain string is still analysed with the field's analyzer.
    """

    def __init__(self, analyzer: Any, unique: bool = False) -> None:
        super().__init__(
            format=Existence(), analyzer=analyzer, scorable=False, stored=False, unique=unique
        )

    def index(self, value: Any, **kwargs: Any) -> list[tuple[bytes, int, float, bytes]]:
        """(word bytes, frequency, weight, value bytes) of each distinct word, as Whoosh's
        writer takes them."""
        words: set[str] | frozenset[str]
        if isinstance(value, str):
            words = {token.text for token in self.analyzer(value)}
        else:
            words = value if isinstance(value, set | frozenset) else set(value)
        return [(word.encode("utf-8"), 1, 1.0, b"") for word in words]


def _build_schema() -> Schema:
    text_fields = {name: WordSetField(_stemming_analyzer()) for name in FIELD_BOOSTS}
    return Schema(
        **text_fields,
        **{
            # The course id, one term (what `ID(unique=True)` indexes, without its overhead).
            _KEY_FIELD: WordSetField(IDTokenizer(), unique=True),
            # Unstemmed words of 4+ letters, each in one course only (typo vocabulary).
            _SPELL_FIELD: WordSetField(CourseAnalyzer(stem=False)),
            # The title's words as written (accents folded), for typeahead prefixes.
            _TITLE_WORDS_FIELD: WordSetField(SpaceSeparatedTokenizer()),
            _VALUES_FIELD: COLUMN(VarBytesColumn()),
        },
    )


def _document_fields(doc: CourseDocument) -> tuple[dict[str, Any], set[str]]:
    """The fields of one course (text fields as their sets of stems), and its vocabulary
    words (for `_SPELL_FIELD`), from one pass of analysis over its texts.

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
    fields: dict[str, Any] = {}
    spell_words: set[str] = set()
    for name, value in texts.items():
        text = clean_text(value or "")
        if name == "title":
            fields[_TITLE_WORDS_FIELD] = title_words(text)
        found = set(map(_WORD_STEMS.__getitem__, set(_FIND_TOKENS(text))))
        found.discard(None)
        pairs = cast(set[tuple[str, str]], found)
        fields[name] = {stem for _, stem in pairs}
        # Shorter words are never within one edit of a word long enough to be typo-corrected.
        spell_words.update(word for word, _ in pairs if len(word) >= 4)
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
        # the stems computed above, not a second analysis
        forward_terms(fields),
    ]
    fields[_KEY_FIELD] = str(int(doc.course_id))
    fields[_VALUES_FIELD] = json.dumps(values, separators=(",", ":")).encode()
    return fields, spell_words


def forward_terms(stems: dict[str, set[str]]) -> str:
    """A course's stems per text field as one string, " Tpython Sdata Dlearn ... ", so a query
    can check whether a course holds a word (`" Tpython " in terms`) without reading the
    word's postings: a common word's postings are tens of thousands of Python calls."""
    found: list[str] = []
    for name, code in FIELD_CODES.items():
        found.extend(sorted(code + stem for stem in stems[name]))
    return " " + " ".join(found) + " "


def _rebuilt_fields(docs: Iterable[CourseDocument]) -> Iterator[dict[str, Any]]:
    """The fields of each course of a full reindex; each vocabulary word goes in the typo
    field of the first course using it only."""
    seen: set[str] = set()
    for doc in docs:
        fields_, words = _document_fields(doc)
        fields_[_SPELL_FIELD] = words - seen
        seen |= words
        yield fields_


def _category_names(doc: CourseDocument) -> dict[str, str]:
    """Slug -> name of the course's categories (its own and the ancestors)."""
    pairs = zip(doc.category_slugs, doc.category_names, strict=False)
    return {slug.strip().lower(): clean_text(name) for slug, name in pairs if slug.strip()}


# --------------------------------------------------------------------------------------------
# Doc values of one index generation
