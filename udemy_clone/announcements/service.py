"""The announcements domain's API: instructors post to their course's students, who comment.

Posting writes an `AnnouncementPosted` event in the same transaction; the notifications
domain fans it out to the enrolled students in batches, in jobs (never in the request).
Keyword-only functions that never commit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlmodel import Session, col, select

from udemy_clone.announcements.events import AnnouncementPosted
from udemy_clone.announcements.models import (
    BODY_MAX,
    COMMENT_MAX,
    TITLE_MAX,
    TITLE_MIN,
    Announcement,
    AnnouncementComment,
    AnnouncementCreate,
    AnnouncementPublic,
    CommentCreate,
    CommentPublic,
)
from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import outbox
from udemy_clone.core.errors import InvalidInput, NotFound, PermissionDenied
from udemy_clone.orders import service as orders_service

__all__ = [
    "Announcement",
    "AnnouncementComment",
    "AnnouncementCreate",
    "AnnouncementPublic",
    "CommentCreate",
    "CommentPublic",
]

POST_REFUSED = "Only the course's instructor can post announcements to its students."
READ_REFUSED = "Enroll in this course to read its announcements."
COMMENT_REFUSED = "Only students enrolled in this course (and its instructor) can comment."
DELETE_REFUSED = "Only the course's instructor (or the comment's author) can delete it."
ANNOUNCEMENT_NOT_FOUND = "This announcement does not exist."
COMMENT_NOT_FOUND = "This comment does not exist (it may have been deleted)."
# Newlines and tabs are welcome; other control characters are not.
_BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str, *, field: str, what: str, max_length: int, min_length: int = 1) -> str:
    cleaned = text.replace("\r\n", "\n").strip()
    if len(cleaned) < min_length:
        if not cleaned:
            raise InvalidInput(f"Write the {what} first.", field=field)
        raise InvalidInput(f"The {what} must be at least {min_length} characters.", field=field)
    if len(cleaned) > max_length:
        raise InvalidInput(f"The {what} must be at most {max_length} characters.", field=field)
    if _BAD_CHARACTERS.search(cleaned):
        raise InvalidInput(f"The {what} holds characters that cannot be shown.", field=field)
    return cleaned


def _is_admin(roles: Sequence[str]) -> bool:
    return "admin" in roles


def _course_owner(session: Session, course_id: int) -> int:
    return catalog_service.get_course(session=session, course_id=course_id).owner_id


def can_read(*, session: Session, course_id: int, user_id: int, roles: Sequence[str] = ()) -> bool:
    """Enrolled students, the course's instructor and admins read its announcements."""
    if not user_id:
        return False
    if _is_admin(roles) or _course_owner(session, course_id) == user_id:
        return True
    return orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id)


def can_comment(
    *, session: Session, course_id: int, user_id: int, roles: Sequence[str] = ()
) -> bool:
    """Enrolled students and the course's instructor comment (admins moderate, not chat)."""
    if not user_id:
        return False
    if _course_owner(session, course_id) == user_id:
        return True
    return orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id)


def can_post(*, session: Session, course_id: int, user_id: int, roles: Sequence[str] = ()) -> bool:
    """The course's instructor (or an admin) posts announcements."""
    return bool(user_id) and (_is_admin(roles) or _course_owner(session, course_id) == user_id)


def post_announcement(
    *,
    session: Session,
    course_id: int,
    actor_id: int,
    actor_roles: Sequence[str],
    data: AnnouncementCreate,
) -> Announcement:
    """Post an announcement to everyone enrolled in the course (they are told by a job)."""
    if not can_post(session=session, course_id=course_id, user_id=actor_id, roles=actor_roles):
        raise PermissionDenied(POST_REFUSED, code="forbidden")
    title = _clean(
        data.title, field="title", what="title", max_length=TITLE_MAX, min_length=TITLE_MIN
    )
    body = _clean(data.body, field="body", what="announcement", max_length=BODY_MAX)
    announcement = Announcement(course_id=course_id, author_id=actor_id, title=title, body=body)
    session.add(announcement)
    session.flush()
    assert announcement.id is not None
    outbox.emit(
        session,
        AnnouncementPosted(
            announcement_id=announcement.id, course_id=course_id, author_id=actor_id
        ),
    )
    return announcement


def get_announcement(*, session: Session, announcement_id: int) -> Announcement:
    """An announcement by id (NotFound)."""
    announcement = session.get(Announcement, announcement_id)
    if announcement is None:
        raise NotFound(ANNOUNCEMENT_NOT_FOUND, code="announcement_not_found")
    return announcement


def list_announcements(
    *, session: Session, course_id: int, user_id: int, roles: Sequence[str] = ()
) -> list[AnnouncementPublic]:
    """A course's announcements, newest first, each with its comments (oldest first)."""
    if not can_read(session=session, course_id=course_id, user_id=user_id, roles=roles):
        raise PermissionDenied(READ_REFUSED, code="not_enrolled")
    owner_id = _course_owner(session, course_id)
    announcements = list(
        session.exec(
            select(Announcement)
            .where(Announcement.course_id == course_id)
            .order_by(col(Announcement.created_at).desc(), col(Announcement.id).desc())
        ).all()
    )
    ids = [a.id for a in announcements if a.id is not None]
    comments: list[AnnouncementComment] = []
    if ids:
        comments = list(
            session.exec(
                select(AnnouncementComment)
                .where(col(AnnouncementComment.announcement_id).in_(ids))
                .order_by(col(AnnouncementComment.created_at), col(AnnouncementComment.id))
            ).all()
        )
    names = auth_service.display_names(
        session=session,
        user_ids=sorted({a.author_id for a in announcements} | {c.author_id for c in comments}),
    )
    commenter = can_comment(session=session, course_id=course_id, user_id=user_id, roles=roles)
    moderator = owner_id == user_id or _is_admin(roles)
    by_announcement: dict[int, list[CommentPublic]] = {}
    for comment in comments:
        by_announcement.setdefault(comment.announcement_id, []).append(
            CommentPublic(
                id=int(comment.id or 0),
                announcement_id=comment.announcement_id,
                author_id=comment.author_id,
                author_name=names.get(comment.author_id, "A student"),
                is_instructor=comment.author_id == owner_id,
                body=comment.body,
                created_at=comment.created_at,
                can_delete=moderator or comment.author_id == user_id,
            )
        )
    return [
        AnnouncementPublic(
            id=int(a.id or 0),
            course_id=a.course_id,
            author_id=a.author_id,
            author_name=names.get(a.author_id, "The instructor"),
            title=a.title,
            body=a.body,
            created_at=a.created_at,
            comments=by_announcement.get(int(a.id or 0), []),
            can_comment=commenter,
        )
        for a in announcements
    ]


def add_comment(
    *,
    session: Session,
    announcement_id: int,
    actor_id: int,
    actor_roles: Sequence[str],
    data: CommentCreate,
) -> AnnouncementComment:
    """Comment under an announcement (students enrolled in its course, its instructor)."""
    announcement = get_announcement(session=session, announcement_id=announcement_id)
    if not can_comment(
        session=session, course_id=announcement.course_id, user_id=actor_id, roles=actor_roles
    ):
        raise PermissionDenied(COMMENT_REFUSED, code="not_enrolled")
    body = _clean(data.body, field="body", what="comment", max_length=COMMENT_MAX)
    comment = AnnouncementComment(
        announcement_id=announcement_id,
        course_id=announcement.course_id,
        author_id=actor_id,
        body=body,
    )
    session.add(comment)
    session.flush()
    return comment


def delete_comment(
    *, session: Session, comment_id: int, actor_id: int, actor_roles: Sequence[str]
) -> None:
    """Delete a comment (the course's instructor, an admin, or the comment's author)."""
    comment = session.get(AnnouncementComment, comment_id)
    if comment is None:
        raise NotFound(COMMENT_NOT_FOUND, code="comment_not_found")
    allowed = (
        comment.author_id == actor_id
        or _is_admin(actor_roles)
        or _course_owner(session, comment.course_id) == actor_id
    )
    if not allowed:
        raise PermissionDenied(DELETE_REFUSED, code="forbidden")
    session.delete(comment)
    session.flush()


def audience_size(*, session: Session, course_id: int) -> int:
    """How many students an announcement of the course reaches (enrolled, not the owner)."""
    owner_id = _course_owner(session, course_id)
    enrolled = orders_service.enrolled_user_ids(session=session, course_id=course_id)
    return len(set(enrolled) - {owner_id})


def recipient_batch(
    *, session: Session, announcement_id: int, after_user_id: int, limit: int
) -> list[int]:
    """The next `limit` students (by user id, after `after_user_id`) to tell about an
    announcement: those enrolled in its course, never its author."""
    announcement = get_announcement(session=session, announcement_id=announcement_id)
    enrolled = orders_service.enrolled_user_ids(session=session, course_id=announcement.course_id)
    ids = sorted(uid for uid in set(enrolled) if uid > after_user_id)
    return [uid for uid in ids if uid != announcement.author_id][:limit]
