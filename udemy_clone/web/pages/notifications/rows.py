"""Notifications, preference kinds and the email log as the notification pages show them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from udemy_clone.notifications.models import EmailLog, NotificationKind, NotificationPublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import time_ago

ERROR_CHARS = 160


@dataclass
class NotificationRow:
    """A notification in the bell's dropdown or on the notifications page."""

    id: int = 0
    title: str = ""
    body: str = ""
    link: str = ""
    kind: str = ""
    when: str = ""
    unread: bool = False


@dataclass
class PreferenceRow:
    """One kind of notification on the preferences card ("inapp_<kind>", "email_<kind>")."""

    kind: str = ""
    label: str = ""


@dataclass
class EmailRow:
    """One email of the admin's email log."""

    id: int = 0
    recipient: str = ""  # "to" would shadow Var.to()
    subject: str = ""
    kind: str = ""
    status: str = ""
    attempts: int = 0
    when: str = ""
    error: str = ""


def notification_row(note: NotificationPublic) -> NotificationRow:
    """A notification as the UI lists it; no link → the notifications page."""
    return NotificationRow(
        id=note.id,
        title=note.title,
        body=note.body,
        link=note.link or routes.NOTIFICATIONS,
        kind=note.kind,
        when=time_ago(note.created_at),
        unread=not note.read,
    )


def notification_rows(notes: list[NotificationPublic]) -> list[NotificationRow]:
    """Notifications in the service's order (newest first)."""
    return [notification_row(note) for note in notes]


def preference_rows(kinds: Mapping[NotificationKind, str]) -> list[PreferenceRow]:
    """The preference kinds (value → label) in their order."""
    return [PreferenceRow(kind=kind.value, label=label) for kind, label in kinds.items()]


def email_rows(logged: list[EmailLog]) -> list[EmailRow]:
    """The email log, an address missing → the user's id, errors cut short."""
    return [
        EmailRow(
            id=email.id or 0,
            recipient=email.to_address or f"user #{email.user_id}",
            subject=email.subject,
            kind=email.kind,
            status=email.status,
            attempts=email.attempts,
            when=time_ago(email.created_at),
            error=(email.last_error or "")[:ERROR_CHARS],
        )
        for email in logged
    ]
