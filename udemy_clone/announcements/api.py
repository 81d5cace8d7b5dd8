"""REST routes of course announcements and their comments."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, status
from fastapi.responses import Response
from sqlmodel import Session

from udemy_clone.announcements import service
from udemy_clone.announcements.models import AnnouncementCreate, AnnouncementPublic, CommentCreate
from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep
from udemy_clone.gateway.schemas import ERROR_RESPONSES

router = APIRouter(tags=["announcements"], responses=ERROR_RESPONSES)


def _one(
    session: Session, announcement_id: int, user_id: int, roles: Sequence[str]
) -> AnnouncementPublic:
    announcement = service.get_announcement(session=session, announcement_id=announcement_id)
    for item in service.list_announcements(
        session=session, course_id=announcement.course_id, user_id=user_id, roles=roles
    ):
        if item.id == announcement_id:
            return item
    raise AssertionError("an announcement just read is listed")


@router.get("/courses/{course_id}/announcements", response_model=list[AnnouncementPublic])
def get_announcements(
    course_id: IdPath, session: SessionDep, principal: CurrentUser
) -> list[AnnouncementPublic]:
    """A course's announcements, newest first, with comments (enrolled, instructor, admin)."""
    return service.list_announcements(
        session=session, course_id=course_id, user_id=principal.id, roles=principal.roles
    )


@router.post(
    "/courses/{course_id}/announcements",
    status_code=status.HTTP_201_CREATED,
    response_model=AnnouncementPublic,
)
def post_announcement(
    course_id: IdPath, body: AnnouncementCreate, session: SessionDep, principal: CurrentUser
) -> AnnouncementPublic:
    """Post an announcement (the course's instructor): every enrolled student is notified
    in-app and by email, following their preferences, by background jobs."""
    announcement = service.post_announcement(
        session=session,
        course_id=course_id,
        actor_id=principal.id,
        actor_roles=principal.roles,
        data=body,
    )
    return _one(session, int(announcement.id or 0), principal.id, principal.roles)


@router.post(
    "/announcements/{announcement_id}/comments",
    status_code=status.HTTP_201_CREATED,
    response_model=AnnouncementPublic,
)
def post_comment(
    announcement_id: IdPath, body: CommentCreate, session: SessionDep, principal: CurrentUser
) -> AnnouncementPublic:
    """Comment under an announcement (enrolled students, the instructor); returns the
    announcement with its comments."""
    service.add_comment(
        session=session,
        announcement_id=announcement_id,
        actor_id=principal.id,
        actor_roles=principal.roles,
        data=body,
    )
    return _one(session, announcement_id, principal.id, principal.roles)


@router.delete("/announcement-comments/{comment_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_comment(comment_id: IdPath, session: SessionDep, principal: CurrentUser) -> Response:
    """Delete a comment (the course's instructor, an admin, or its author)."""
    service.delete_comment(
        session=session, comment_id=comment_id, actor_id=principal.id, actor_roles=principal.roles
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
