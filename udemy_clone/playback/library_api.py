"""REST routes of My learning: the overview, archive, and the lists students make."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep
from udemy_clone.playback import service
from udemy_clone.playback.library_models import (
    LearningFilter,
    LearningListPublic,
    LearningSort,
    ListCourseAdd,
    ListCreate,
    ListRename,
    MyLearning,
)

router = APIRouter(tags=["my learning"])


@router.get("/me/learning", response_model=MyLearning)
def my_learning(
    principal: CurrentUser,
    session: SessionDep,
    filter: LearningFilter = LearningFilter.all,  # noqa: A002 - the query parameter's name
    sort: LearningSort = LearningSort.recent,
    list_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    q: Annotated[str, Query(max_length=100)] = "",
) -> MyLearning:
    """Your courses with progress, the course to continue, your lists and archived count."""
    return service.my_learning(
        session=session, user_id=principal.id, which=filter, sort=sort, list_id=list_id, query=q
    )


@router.post("/me/learning/{course_id}/archive", status_code=status.HTTP_204_NO_CONTENT)
def archive_course(course_id: IdPath, principal: CurrentUser, session: SessionDep) -> Response:
    """Archive one of your courses (hidden from My learning until unarchived)."""
    service.archive_course(session=session, user_id=principal.id, course_id=course_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete("/me/learning/{course_id}/archive", status_code=status.HTTP_204_NO_CONTENT)
def unarchive_course(course_id: IdPath, principal: CurrentUser, session: SessionDep) -> Response:
    """Bring an archived course back to My learning."""
    service.unarchive_course(session=session, user_id=principal.id, course_id=course_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me/lists", response_model=list[LearningListPublic])
def my_lists(principal: CurrentUser, session: SessionDep) -> list[LearningListPublic]:
    """Your lists, by name, with their courses."""
    return service.my_lists(session=session, user_id=principal.id)


@router.post("/me/lists", response_model=LearningListPublic, status_code=status.HTTP_201_CREATED)
def create_list(
    body: ListCreate, principal: CurrentUser, session: SessionDep
) -> LearningListPublic:
    """Make a new list (names are unique among yours: 409 when taken)."""
    return service.create_list(session=session, user_id=principal.id, name=body.name)


@router.patch("/me/lists/{list_id}", response_model=LearningListPublic)
def rename_list(
    list_id: IdPath, body: ListRename, principal: CurrentUser, session: SessionDep
) -> LearningListPublic:
    """Rename one of your lists."""
    return service.rename_list(
        session=session, user_id=principal.id, list_id=list_id, name=body.name
    )


@router.delete("/me/lists/{list_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_list(list_id: IdPath, principal: CurrentUser, session: SessionDep) -> Response:
    """Delete one of your lists (the courses stay yours)."""
    service.delete_list(session=session, user_id=principal.id, list_id=list_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/me/lists/{list_id}/courses", response_model=LearningListPublic)
def add_to_list(
    list_id: IdPath, body: ListCourseAdd, principal: CurrentUser, session: SessionDep
) -> LearningListPublic:
    """Put one of your courses in a list (404 for a course you are not enrolled in)."""
    return service.add_to_list(
        session=session, user_id=principal.id, list_id=list_id, course_id=body.course_id
    )


@router.delete("/me/lists/{list_id}/courses/{course_id}", response_model=LearningListPublic)
def remove_from_list(
    list_id: IdPath, course_id: IdPath, principal: CurrentUser, session: SessionDep
) -> LearningListPublic:
    """Take a course out of a list."""
    return service.remove_from_list(
        session=session, user_id=principal.id, list_id=list_id, course_id=course_id
    )
