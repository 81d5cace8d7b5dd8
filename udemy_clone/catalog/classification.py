"""Taxonomy use cases that need course figures (the category tree's counts, deleting a
category that still files courses, tag suggestions, renames and merges).

The dependency runs one way: the catalog depends on taxonomy, taxonomy knows nothing of courses.
Taxonomy's service takes the figures as callbacks; these use cases wire in the catalog's, and the
REST routes that answer with course figures (`GET /categories`, `DELETE /categories/{id}`,
`GET /tags`, `PATCH /tags/{id}`, `POST /tags/{id}/merge`) live in the catalog's router.
"""

from __future__ import annotations

from pydantic import TypeAdapter
from sqlmodel import Session

from udemy_clone.catalog import read_cache
from udemy_clone.catalog.figures import (
    count_courses_in_categories,
    course_count_by_category,
    course_count_by_tag,
    move_tag_links,
)
from udemy_clone.core.cache import CachedBody
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.taxonomy.service import CategoryNode, TagPublic

# ---- taxonomy use cases that need course figures (the routes and the UI call these) ------------


CATEGORY_TREE_KEY = "catalog:categories"
_TREE: TypeAdapter[list[CategoryNode]] = TypeAdapter(list[CategoryNode])


def category_tree_body(*, session: Session) -> CachedBody:
    """The category tree as the API serves it (cached until a course or category changes)."""
    return read_cache.read_through(
        CATEGORY_TREE_KEY,
        read_cache.list_generations(),
        lambda: taxonomy_service.category_tree(
            session=session, course_counts=lambda: course_count_by_category(session=session)
        ),
        _TREE,
    )


def cached_category_tree() -> CachedBody | None:
    """The cached category tree, if current (never loads)."""
    return read_cache.lookup(CATEGORY_TREE_KEY, read_cache.list_generations())


def category_tree(*, session: Session) -> list[CategoryNode]:
    """The category tree; each node counts published courses in it and its sub-categories."""
    return _TREE.validate_json(category_tree_body(session=session).body)


def delete_category(*, session: Session, actor_roles: list[str], category_id: int) -> None:
    """Admin: delete a category and its sub-categories (409 while any of them has courses)."""
    taxonomy_service.delete_category(
        session=session,
        actor_roles=actor_roles,
        category_id=category_id,
        count_courses=lambda ids: count_courses_in_categories(session=session, category_ids=ids),
    )


def suggest_tags(*, session: Session, prefix: str = "", limit: int = 20) -> list[TagPublic]:
    """Tags starting with `prefix`, most used by published courses first."""
    return taxonomy_service.search_tags(
        session=session,
        prefix=prefix,
        limit=limit,
        course_counts=lambda ids: course_count_by_tag(session=session, tag_ids=ids),
    )


def merge_tags(
    *, session: Session, actor_roles: list[str], source_tag_id: int, target_tag_id: int
) -> TagPublic:
    """Admin: merge a duplicate tag into another; its courses carry the other tag."""
    tag = taxonomy_service.merge_tags(
        session=session,
        actor_roles=actor_roles,
        source_tag_id=source_tag_id,
        target_tag_id=target_tag_id,
        move_course_links=lambda source, target: move_tag_links(
            session=session, source_tag_id=source, target_tag_id=target
        ),
    )
    assert tag.id is not None
    count = course_count_by_tag(session=session, tag_ids=[tag.id]).get(tag.id, 0)
    return TagPublic(id=tag.id, name=tag.name, slug=tag.slug, course_count=count)


def rename_tag(*, session: Session, actor_roles: list[str], tag_id: int, name: str) -> TagPublic:
    """Admin: rename a tag (409 if the name is taken: merge instead); with its course count."""
    tag = taxonomy_service.rename_tag(
        session=session, actor_roles=actor_roles, tag_id=tag_id, name=name
    )
    count = course_count_by_tag(session=session, tag_ids=[tag_id]).get(tag_id, 0)
    return TagPublic(id=tag_id, name=tag.name, slug=tag.slug, course_count=count)
