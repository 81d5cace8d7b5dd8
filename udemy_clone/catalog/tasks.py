"""Background jobs of the catalog: keeping the search index and cached pages current."""

from __future__ import annotations

from udemy_clone.catalog import indexing, read_cache
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.events import CourseChanged
from udemy_clone.core import db
from udemy_clone.core.errors import NotFound
from udemy_clone.core.log import get_logger
from udemy_clone.media.events import CaptionsChanged
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.taxonomy.events import CategoryChanged, TagChanged

log = get_logger(__name__)


def sync_course_index(event: CourseChanged, *, event_id: int) -> None:
    """CourseChanged: index the course as it is now (or drop it from the index)."""
    upserted, removed = indexing.sync_courses([event.course_id])
    log.info("course_index_synced", event_id=event_id, upserted=upserted, removed=removed)


def sync_lecture_cue_index(event: CaptionsChanged, *, event_id: int) -> None:
    """CaptionsChanged: index the lecture's cues as they are now (published courses only)."""
    cues = indexing.sync_lecture_cues(course_id=event.course_id, lecture_id=event.lecture_id)
    log.info("lecture_cues_indexed", event_id=event_id, lecture_id=event.lecture_id, cues=cues)


def _refresh(course_ids: list[int]) -> None:
    # Their pages show the category path and tag names; sync_courses bumps the lists.
    read_cache.bump_courses(course_ids, lists=False)
    indexing.sync_courses(course_ids)


def reindex_category_courses(event: CategoryChanged, *, event_id: int) -> None:
    """CategoryChanged: courses below a renamed or moved category get new paths."""
    with db.read_session() as session:
        try:
            category_ids = taxonomy_service.descendant_ids(
                session=session, category_id=event.category_id
            )
        except NotFound:
            return
        course_ids = catalog_service.published_course_ids(
            session=session, category_ids=category_ids
        )
    _refresh(course_ids)
    log.info("category_courses_reindexed", event_id=event_id, courses=len(course_ids))


def reindex_tag_courses(event: TagChanged, *, event_id: int) -> None:
    """TagChanged: courses carrying a renamed or merged tag get its new name."""
    with db.read_session() as session:
        course_ids = catalog_service.published_course_ids(session=session, tag_id=event.tag_id)
    _refresh(course_ids)
    log.info("tag_courses_reindexed", event_id=event_id, courses=len(course_ids))
