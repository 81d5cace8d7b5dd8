"""Deep links from catalogue search into the player ("mentioned at 12:34 in Lecture 5").

The catalogue builds its search answer once for everybody (cached): a lecture match links to
the course page, or to the player for a free preview lecture. Viewers who may watch the whole
course (its enrolled students, its instructor, admins: the rule of `lecture_access`) get the
player at the cue's second instead. This runs per request, after the cache, on the server.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import CourseSearchPage
from udemy_clone.orders import service as orders_service


def lecture_links_for_viewer(
    *, session: Session, page: CourseSearchPage, user_id: int | None, roles: Sequence[str] = ()
) -> CourseSearchPage:
    """`page` with player links on the lecture matches of courses this viewer may watch
    (the same object when there is nothing to change)."""
    course_ids = [item.id for item in page.items if item.lecture_matches]
    if not course_ids or not user_id:
        return page
    if "admin" in roles:
        watchable = set(course_ids)
    else:
        enrolled = orders_service.enrolled_course_ids(session=session, user_id=user_id)
        watchable = {
            item.id
            for item in page.items
            if item.lecture_matches and (item.id in enrolled or item.instructor.id == user_id)
        }
    if not watchable:
        return page
    personal = page.model_copy(deep=True)
    for item in personal.items:
        if item.id not in watchable:
            continue
        for match in item.lecture_matches:
            match.url = catalog_service.lecture_player_link(
                item.slug, match.lecture_id, match.start_seconds
            )
            match.opens_player = True
    return personal
