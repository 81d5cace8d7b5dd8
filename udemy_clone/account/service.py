"""Data rights: a JSON archive of everything the platform holds about a person, and closing
their account (orders kept for accounting, personal data anonymised, sessions revoked)."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from udemy_clone.account.models import CLOSE_CONFIRMATION, EXPORT_FORMAT_VERSION
from udemy_clone.auth import service as auth_service
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput
from udemy_clone.notifications import service as notifications_service
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import service as playback_service
from udemy_clone.reviews import service as reviews_service

_ALL = 10_000  # "every row": one person never has this many of anything here


def export_personal_data(*, session: Session, user_id: int) -> dict[str, Any]:
    """Everything held about the person, as JSON-ready values (profile, orders, enrollments,
    learning progress and lists, reviews, notifications, preferences, follows)."""
    user = auth_service.get_active_user(session=session, user_id=user_id)
    profile = auth_service.to_public(session=session, user=user)
    orders, _ = orders_service.list_orders(session=session, user_id=user_id, page_size=_ALL)
    notifications, _ = notifications_service.list_notifications(
        session=session, user_id=user_id, page_size=_ALL
    )
    learning = playback_service.learning_courses(session=session, user_id=user_id)
    document = {
        "format": "learnly-personal-data",
        "version": EXPORT_FORMAT_VERSION,
        "generated_at": utcnow().isoformat(),
        "profile": profile.model_dump(mode="json"),
        "orders": [o.model_dump(mode="json") for o in orders],
        "enrollments": [
            {
                "course_id": e.course_id,
                "order_id": e.order_id,
                "status": e.status,
                "enrolled_at": as_utc(e.created_at).isoformat(),
            }
            for e in orders_service.list_enrollments(session=session, user_id=user_id)
        ],
        "progress": [
            {
                "course_id": c.course_id,
                "title": c.title,
                "percent": c.progress_percent,
                "last_lecture_id": c.last_lecture_id,
                "last_lecture_title": c.last_lecture_title,
                "last_accessed_at": c.last_accessed_at.isoformat() if c.last_accessed_at else None,
                "archived": c.archived,
            }
            for c in learning
        ],
        "lists": [
            lst.model_dump(mode="json")
            for lst in playback_service.my_lists(session=session, user_id=user_id)
        ],
        "reviews": reviews_service.reviews_written_by(session=session, user_id=user_id),
        "notifications": [n.model_dump(mode="json") for n in notifications],
        "notification_preferences": notifications_service.get_preferences(
            session=session, user_id=user_id
        ).model_dump(mode="json"),
        "follows": [
            f.model_dump(mode="json")
            for f in notifications_service.list_follows(session=session, user_id=user_id)
        ],
        "notes": [
            n.model_dump(mode="json")
            for n in playback_service.notes_of_user(session=session, user_id=user_id)
        ],
        "certificates": [
            c.model_dump(mode="json")
            for c in playback_service.my_certificates(session=session, user_id=user_id)
        ],
    }
    return document


def export_json(*, session: Session, user_id: int) -> str:
    """The archive as a pretty-printed JSON document."""
    return json.dumps(
        export_personal_data(session=session, user_id=user_id), indent=2, ensure_ascii=False
    )


def export_filename(*, user_id: int) -> str:
    """The archive's download name: learnly-data-<id>-<yyyy-mm-dd>.json."""
    return f"learnly-data-{user_id}-{utcnow():%Y-%m-%d}.json"


def close_account(*, session: Session, user_id: int, password: str, confirm: str) -> None:
    """Close the person's own account: anonymised, signed out everywhere, never to sign in.

    Orders and their lines stay for accounting (they name no one once the account is
    anonymised); reviews stay under "Closed account"; lists and archive marks are deleted.
    """
    if confirm.strip().upper() != CLOSE_CONFIRMATION:
        raise InvalidInput(
            f"Type {CLOSE_CONFIRMATION} to confirm that you want to close your account.",
            field="confirm",
        )
    auth_service.close_account(session=session, user_id=user_id, password=password)
    playback_service.forget_student(session=session, user_id=user_id)
