"""Cached catalogue reads: course pages, browse results, the category tree, home rows, listings.

Public answers are kept as the JSON bodies the API serves (with an ETag), in Redis when it is
configured and in memory otherwise (`core.cache.cached_body`). Every key depends on generation
numbers that changes bump once they have committed:

- `course:<id>` and `course:<slug>`: one course's page (edits, prices, publishing, reviews,
  enrollment counts all go through `course_records.mark_course_changed`);
- `catalog`: anything a list shows (browse, category counts, home rows, top sellers); bumped by
  a change to a published course, and again by the outbox handler once the search index has the
  change, so browse never keeps a result computed from an index that was still behind;
- `taxonomy`: category and tag names and places (bumped by the taxonomy domain).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pydantic import BaseModel, TypeAdapter
from sqlmodel import Session

from udemy_clone.core import cache, db
from udemy_clone.core.cache import CachedBody
from udemy_clone.taxonomy.service import TAXONOMY_GENERATION

CATALOG_GENERATION = "catalog"
CACHE_TTL_SECONDS = 300
_LIST_GENERATIONS = (CATALOG_GENERATION, TAXONOMY_GENERATION)


def course_ident(id_or_slug: int | str) -> str:
    """How a course page is addressed in the cache: its id as digits, or its slug."""
    key = str(id_or_slug).strip()
    return key if key.isascii() and key.isdigit() else key.lower()[:100]


def course_generation(ident: int | str) -> str:
    return f"course:{course_ident(ident)}"


def course_page_key(id_or_slug: int | str) -> str:
    return f"catalog:page:{course_ident(id_or_slug)}"


def course_page_generations(id_or_slug: int | str) -> tuple[str, ...]:
    return (course_generation(id_or_slug), TAXONOMY_GENERATION)


def list_key(kind: str, params: BaseModel | dict[str, Any]) -> str:
    """A key for a list answer: its kind and a digest of every parameter."""
    text = (
        params.model_dump_json()
        if isinstance(params, BaseModel)
        else TypeAdapter(dict[str, Any]).dump_json(dict(sorted(params.items()))).decode()
    )
    return f"catalog:{kind}:{hashlib.blake2b(text.encode(), digest_size=12).hexdigest()}"


def list_generations() -> tuple[str, ...]:
    return _LIST_GENERATIONS


# ---- invalidation ------------------------------------------------------------------------------


def bump_courses(course_idents: Iterable[int | str], *, lists: bool = True) -> None:
    """Make these courses' pages (and, with `lists`, every list) stale now."""
    names = [course_generation(ident) for ident in course_idents]
    if lists:
        names.append(CATALOG_GENERATION)
    cache.bump_generation(*names)


def course_changed(session: Session, *, course_id: int, slug: str, listed: bool) -> None:
    """After the caller's transaction commits: the course's page is stale, and every list too
    when the course is (or was) published."""
    db.after_commit(session, lambda: bump_courses([course_id, slug], lists=listed))


# ---- reading through the cache -----------------------------------------------------------------


def lookup(key: str, generations: Sequence[str]) -> CachedBody | None:
    """The cached body if it is current; never loads (safe on the event loop)."""
    return cache.lookup_body(key, generations)[0]


def read_through(
    key: str, generations: Sequence[str], load: Callable[[], Any], adapter: TypeAdapter[Any]
) -> CachedBody:
    """The cached body, or `load()` serialised with `adapter` and kept."""
    return cache.cached_body(
        key,
        generations=generations,
        ttl_seconds=CACHE_TTL_SECONDS,
        load=lambda: adapter.dump_json(load(), by_alias=True),
    )


# ---- answers by their raw address (the gateway's fast path for anonymous reads) ----------------


def browse_alias_key(query_string: bytes) -> str:
    """Where a browse answer is also kept under the request's raw query string.

    Only the validated route writes these (after serving a cached answer), so a raw address
    that was never valid is never answered from here.
    """
    digest = hashlib.blake2b(query_string, digest_size=12).hexdigest()
    return f"catalog:browse-raw:{digest}"


def remember_browse_alias(query_string: bytes, key: str) -> None:
    """Keep the current cached answer under `key` also under the raw query string."""
    found, generations = cache.lookup_body(key, _LIST_GENERATIONS)
    if found is not None:
        cache.store_body(
            browse_alias_key(query_string), generations, found, ttl_seconds=CACHE_TTL_SECONDS
        )


def cached_course_page(id_or_slug: str) -> CachedBody | None:
    """The cached public page of a course, if current (never loads)."""
    return lookup(course_page_key(id_or_slug), course_page_generations(id_or_slug))


def cached_browse_by_query_string(query_string: bytes) -> CachedBody | None:
    """The cached browse answer for this exact query string, if current (never loads)."""
    return lookup(browse_alias_key(query_string), _LIST_GENERATIONS)
