"""Typeahead for the search box: courses by title prefix and categories by name prefix.

The search port's `suggest` finds them (both engines, typo-tolerant for whole words); this
module turns its ids and slugs into the small cards a dropdown shows, published only.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlmodel import Session, col, select

from udemy_clone.catalog import search
from udemy_clone.catalog.course_records import thumbnail_url
from udemy_clone.catalog.models import Course, CourseStatus
from udemy_clone.catalog.search.port import MAX_SUGGEST_CHARS, MAX_SUGGESTIONS
from udemy_clone.core.errors import InvalidInput
from udemy_clone.core.log import get_logger
from udemy_clone.taxonomy import service as taxonomy_service

log = get_logger(__name__)

DEFAULT_SUGGESTIONS = 8

__all__ = [
    "DEFAULT_SUGGESTIONS",
    "MAX_SUGGESTIONS",
    "MAX_SUGGEST_CHARS",
    "CategorySuggestion",
    "CourseSuggestion",
    "SearchSuggestions",
    "suggest",
]


class CourseSuggestion(BaseModel):
    """A course in the typeahead dropdown."""

    id: int
    slug: str
    title: str
    thumbnail_url: str | None


class CategorySuggestion(BaseModel):
    """A category in the typeahead dropdown."""

    id: int
    slug: str
    name: str


class SearchSuggestions(BaseModel):
    """What the search box suggests for what has been typed so far."""

    query: str
    courses: list[CourseSuggestion]
    categories: list[CategorySuggestion]


def suggest(*, session: Session, q: str, limit: int = DEFAULT_SUGGESTIONS) -> SearchSuggestions:
    """Published courses (best-selling first) and categories matching the typed prefix."""
    query = q.strip()
    if not query:
        raise InvalidInput("Type at least one letter to get suggestions.", field="q")
    if len(query) > MAX_SUGGEST_CHARS:
        raise InvalidInput(f"Suggestions look at most {MAX_SUGGEST_CHARS} characters.", field="q")
    if not 1 <= limit <= MAX_SUGGESTIONS:
        raise InvalidInput(f"Ask for 1 to {MAX_SUGGESTIONS} suggestions.", field="limit")
    try:
        found = search.get_search_index().suggest(query, limit)
    except Exception:
        # A missing or damaged index must not break the search box: suggest nothing.
        log.exception("course_suggest_failed")
        found = search.Suggestions(course_ids=[], category_slugs=[])
    courses: dict[int, Course] = {}
    if found.course_ids:
        courses = {
            int(c.id or 0): c
            for c in session.exec(
                select(Course).where(
                    col(Course.id).in_(found.course_ids),
                    col(Course.status) == CourseStatus.published.value,
                )
            )
        }
    categories = taxonomy_service.categories_by_slugs(session=session, slugs=found.category_slugs)
    return SearchSuggestions(
        query=query,
        courses=[
            CourseSuggestion(
                id=course_id,
                slug=courses[course_id].slug,
                title=courses[course_id].title,
                thumbnail_url=thumbnail_url(courses[course_id].thumbnail_key),
            )
            for course_id in found.course_ids
            if course_id in courses
        ],
        categories=[
            CategorySuggestion(id=int(c.id or 0), slug=c.slug, name=c.name)
            for slug in found.category_slugs
            if (c := categories.get(slug)) is not None
        ],
    )
