"""Notifications, preference kinds and the email log: service DTOs in, display rows out."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from udemy_clone.core.db import utcnow
from udemy_clone.notifications.models import (
    PREFERENCE_KINDS,
    EmailLog,
    NotificationKind,
    NotificationPublic,
)
from udemy_clone.web.kit import routes
from udemy_clone.web.pages.notifications.rows import (
    NotificationRow,
    email_rows,
    notification_row,
    notification_rows,
    preference_rows,
)


def note(**changes: Any) -> NotificationPublic:
    fields: dict[str, Any] = {
        "id": 5,
        "kind": "purchase",
        "title": "Receipt for order #000042",
        "body": "You bought Python basics.",
        "link": "/purchases/42",
        "created_at": utcnow() - timedelta(minutes=5),
        "read": False,
    }
    return NotificationPublic(**(fields | changes))


def email(**changes: Any) -> EmailLog:
    fields: dict[str, Any] = {
        "id": 9,
        "user_id": 4,
        "kind": "purchase",
        "template": "receipt",
        "dedupe_key": "receipt:42",
        "to_address": "ada@example.com",
        "subject": "Your receipt",
        "status": "sent",
        "attempts": 1,
        "created_at": utcnow() - timedelta(hours=2),
    }
    return EmailLog(**(fields | changes))


def test_an_unread_notification_keeps_its_link_and_says_when():
    row = notification_row(note())
    assert row == NotificationRow(
        id=5,
        title="Receipt for order #000042",
        body="You bought Python basics.",
        link="/purchases/42",
        kind="purchase",
        when="5 min ago",
        unread=True,
    )


def test_a_read_notification_without_a_link_points_to_the_notifications_page():
    row = notification_row(note(read=True, link=""))
    assert (row.unread, row.link) == (False, routes.NOTIFICATIONS)


def test_long_titles_are_kept_whole_and_the_order_is_the_services():
    title = "A very long title " * 20
    rows = notification_rows([note(id=1, title=title), note(id=2)])
    assert [r.id for r in rows] == [1, 2]
    assert rows[0].title == title
    assert notification_rows([]) == []


def test_preference_rows_follow_the_kinds_in_order():
    rows = preference_rows(PREFERENCE_KINDS)
    assert [r.kind for r in rows] == [k.value for k in PREFERENCE_KINDS]
    assert rows[0].label == PREFERENCE_KINDS[NotificationKind.purchase]
    assert preference_rows({}) == []


def test_email_rows_name_a_missing_address_by_user_and_cut_long_errors():
    sent, failed = email_rows(
        [email(), email(id=10, to_address="", status="failed", attempts=0, last_error="x" * 500)]
    )
    assert (sent.recipient, sent.attempts, sent.error, sent.when) == (
        "ada@example.com",
        1,
        "",
        "2 h ago",
    )
    assert (failed.recipient, failed.attempts, len(failed.error)) == ("user #4", 0, 160)
    assert email_rows([]) == []
