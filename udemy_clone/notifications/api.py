"""REST routes of the notifications domain (mounted by the gateway under /api/v1)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    OptionalUser,
    Pagination,
    SessionDep,
    WriteSessionDep,
    require_role,
)
from udemy_clone.gateway.schemas import Page
from udemy_clone.notifications import service
from udemy_clone.notifications.models import (
    EmailLogPublic,
    FollowKind,
    FollowPublic,
    FollowStatus,
    NotificationPublic,
    PreferencesPublic,
    PreferencesUpdate,
    UnreadCount,
    UnsubscribeResult,
)

router = APIRouter(tags=["notifications"])


@router.get("/notifications", response_model=Page[NotificationPublic])
def list_notifications(
    principal: CurrentUser,
    session: SessionDep,
    pagination: Pagination,
    unread: bool = False,
) -> Page[NotificationPublic]:
    """Your notifications, newest first (`?unread=true` for the unread ones only)."""
    items, total = service.list_notifications(
        session=session,
        user_id=principal.id,
        unread_only=unread,
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(items=items, total=total, page=pagination.page, page_size=pagination.page_size)


@router.get("/notifications/unread-count", response_model=UnreadCount)
def unread_count(principal: CurrentUser, session: SessionDep) -> UnreadCount:
    """How many of your notifications are unread (the bell's number)."""
    return UnreadCount(unread=service.unread_count(session=session, user_id=principal.id))


@router.post("/notifications/read-all", response_model=UnreadCount)
def read_all(principal: CurrentUser, session: SessionDep) -> UnreadCount:
    """Mark all your notifications read."""
    service.mark_all_read(session=session, user_id=principal.id)
    return UnreadCount(unread=0)


@router.post("/notifications/{notification_id}/read", response_model=NotificationPublic)
def read_one(
    notification_id: IdPath, principal: CurrentUser, session: SessionDep
) -> NotificationPublic:
    """Mark one of your notifications read."""
    return service.mark_read(session=session, user_id=principal.id, notification_id=notification_id)


@router.get("/notifications/unsubscribe", response_model=UnsubscribeResult)
def unsubscribe(
    token: Annotated[str, Query(min_length=10, max_length=400)], session: WriteSessionDep
) -> UnsubscribeResult:
    """The link in every email: turns that kind of email off (no sign-in needed)."""
    return service.unsubscribe(session=session, token=token)


@router.post("/notifications/unsubscribe", response_model=UnsubscribeResult)
def unsubscribe_one_click(
    token: Annotated[str, Query(min_length=10, max_length=400)], session: SessionDep
) -> UnsubscribeResult:
    """RFC 8058 one-click unsubscribe (the List-Unsubscribe-Post header of every email)."""
    return service.unsubscribe(session=session, token=token)


@router.get("/me/notification-preferences", response_model=PreferencesPublic)
def get_preferences(principal: CurrentUser, session: SessionDep) -> PreferencesPublic:
    """Per kind of notification: in-app and/or email."""
    return service.get_preferences(session=session, user_id=principal.id)


@router.put("/me/notification-preferences", response_model=PreferencesPublic)
def put_preferences(
    body: PreferencesUpdate, principal: CurrentUser, session: SessionDep
) -> PreferencesPublic:
    """Change any of the flags (the ones not sent keep their value)."""
    return service.update_preferences(session=session, user_id=principal.id, data=body)


@router.get("/me/follows", response_model=list[FollowPublic])
def my_follows(principal: CurrentUser, session: SessionDep) -> list[FollowPublic]:
    """The categories and instructors you follow."""
    return service.list_follows(session=session, user_id=principal.id)


@router.get("/follows/{kind}/{target_id}", response_model=FollowStatus)
def follow_status(
    kind: FollowKind, target_id: IdPath, principal: OptionalUser, session: SessionDep
) -> FollowStatus:
    """Whether you follow this category or instructor, and how many people do."""
    return service.follow_status(
        session=session,
        user_id=principal.id if principal else None,
        kind=kind,
        target_id=target_id,
    )


@router.post(
    "/follows/{kind}/{target_id}", status_code=status.HTTP_201_CREATED, response_model=FollowStatus
)
def follow(
    kind: FollowKind, target_id: IdPath, principal: CurrentUser, session: SessionDep
) -> FollowStatus:
    """Follow a category or an instructor to hear about their new courses."""
    return service.follow(session=session, user_id=principal.id, kind=kind, target_id=target_id)


@router.delete("/follows/{kind}/{target_id}", status_code=status.HTTP_204_NO_CONTENT)
def unfollow(
    kind: FollowKind, target_id: IdPath, principal: CurrentUser, session: SessionDep
) -> Response:
    """Stop following."""
    service.unfollow(session=session, user_id=principal.id, kind=kind, target_id=target_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/admin/emails",
    response_model=Page[EmailLogPublic],
    dependencies=[Depends(require_role("admin"))],
)
def admin_emails(session: SessionDep, pagination: Pagination) -> Page[EmailLogPublic]:
    """Admin: the email log, newest first (status sent/failed, attempts, last error)."""
    rows, total = service.list_emails(
        session=session, page=pagination.page, page_size=pagination.page_size
    )
    return Page(
        items=[EmailLogPublic.model_validate(r, from_attributes=True) for r in rows],
        total=total,
        page=pagination.page,
        page_size=pagination.page_size,
    )
