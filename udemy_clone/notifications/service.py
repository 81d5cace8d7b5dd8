"""The notifications domain's API: notifications, preferences, follows, unsubscribe tokens.

Notifications are written by jobs fed from outbox events (see tasks.py); each one carries a
dedupe key unique per recipient, so a retried job tells nobody twice. An email is a row of
`email_log` written in the same transaction, sent afterwards by its own job.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput, NotFound, PermissionDenied
from udemy_clone.core.security import sign, verify_signature
from udemy_clone.notifications.models import (
    EMAIL_DEFAULTS,
    PREFERENCE_KINDS,
    EmailLog,
    EmailStatus,
    Follow,
    FollowKind,
    FollowPublic,
    FollowStatus,
    Notification,
    NotificationKind,
    NotificationPreference,
    NotificationPublic,
    PreferencesPublic,
    PreferencesUpdate,
    UnsubscribeResult,
)
from udemy_clone.notifications.role_kinds import (  # re-exported
    preference_kinds_for_roles as preference_kinds_for_roles,
)
from udemy_clone.taxonomy import service as taxonomy_service

UNSUBSCRIBE_PURPOSE = "email-unsubscribe"
FANOUT_BATCH_SIZE = 1000


@dataclass(frozen=True)
class EmailContent:
    """What an email says: a template (emails.py) and the values it is filled with."""

    template: str
    subject: str
    context: dict[str, Any]
    # Someone who may have no account (a gift's recipient): the email goes to this address,
    # whatever the user's email preferences, since it is not about them.
    to_address: str = ""


@dataclass(frozen=True)
class Message:
    """One notification for one person, in-app and (if they want it) by email."""

    user_id: int
    kind: NotificationKind
    dedupe_key: str
    title: str
    body: str = ""
    link: str = ""
    email: EmailContent | None = None


@dataclass
class Outcome:
    """What a use case produced: new notifications to push live, emails waiting to be sent."""

    notifications: list[NotificationPublic] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)  # user id of each notification
    email_ids: list[int] = field(default_factory=list)

    def extend(self, other: Outcome) -> None:
        self.notifications += other.notifications
        self.recipients += other.recipients
        self.email_ids += other.email_ids


# ---- preferences -------------------------------------------------------------------------------


def _default_values() -> dict[str, bool]:
    values = {f"email_{kind.value}": on for kind, on in EMAIL_DEFAULTS.items()}
    return values | {f"inapp_{kind.value}": True for kind in PREFERENCE_KINDS}


_DEFAULTS = PreferencesPublic.model_validate(_default_values())


def _default_preferences(user_id: int) -> NotificationPreference:
    return NotificationPreference.model_validate({"user_id": user_id, **_default_values()})


def _preference_rows(session: Session, user_ids: Iterable[int]) -> dict[int, PreferencesPublic]:
    """Each user's choices; users who never changed anything share the defaults."""
    ids = sorted(set(user_ids))
    found: dict[int, PreferencesPublic] = {}
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        rows = session.exec(
            select(NotificationPreference).where(col(NotificationPreference.user_id).in_(chunk))
        )
        found.update({row.user_id: _to_preferences_public(row) for row in rows})
    return {uid: found.get(uid, _DEFAULTS) for uid in ids}


def wants(prefs: PreferencesPublic, kind: NotificationKind, channel: str) -> bool:
    """Does this person want `kind` on `channel` ('inapp' or 'email')?"""
    if kind not in PREFERENCE_KINDS:
        return channel == "inapp"  # account messages: in-app only
    return bool(getattr(prefs, f"{channel}_{kind.value}"))


def _to_preferences_public(row: NotificationPreference) -> PreferencesPublic:
    return PreferencesPublic.model_validate(row, from_attributes=True)


def get_preferences(*, session: Session, user_id: int) -> PreferencesPublic:
    """The user's notification preferences (defaults until changed)."""
    return _preference_rows(session, [user_id])[user_id]


def update_preferences(
    *, session: Session, user_id: int, data: PreferencesUpdate
) -> PreferencesPublic:
    """Change any of the in-app/email flags; the others keep their value."""
    row = session.get(NotificationPreference, user_id)
    if row is None:
        auth_service.get_user(session=session, user_id=user_id)
        row = _default_preferences(user_id)
    for name, value in data.model_dump(exclude_none=True).items():
        setattr(row, name, bool(value))
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _to_preferences_public(row)


# ---- writing notifications ---------------------------------------------------------------------


def _insert_ignoring_duplicates(
    session: Session, model: Any, rows: list[dict[str, Any]], conflict: Sequence[str]
) -> list[Any]:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id, user_id: the rows that were new."""
    return db.insert_ignoring_duplicates(
        session, model, rows, conflict=conflict, returning=(model.id, model.user_id)
    )


def email_dedupe_key(user_id: int, dedupe_key: str) -> str:
    """The email log's key: one email per recipient and notification key."""
    return f"{user_id}:{dedupe_key}"


def deliver(*, session: Session, messages: Sequence[Message]) -> Outcome:
    """Write each message as a notification and/or an email, as its recipient prefers.

    Duplicates (same recipient and dedupe key) are ignored, so calling this twice for the
    same event has the effect of calling it once. Returns the notifications that are new and
    every email for these messages still waiting to be sent (also those of an earlier try).
    """
    outcome = Outcome()
    if not messages:
        return outcome
    prefs = _preference_rows(session, (m.user_id for m in messages))
    now = utcnow()
    notification_rows: list[dict[str, Any]] = []
    email_rows: list[dict[str, Any]] = []
    for message in messages:
        choice = prefs[message.user_id]
        if wants(choice, message.kind, "inapp"):
            notification_rows.append(
                {
                    "user_id": message.user_id,
                    "kind": message.kind.value,
                    "title": message.title[:200],
                    "body": message.body[:1000],
                    "link": message.link[:300],
                    "dedupe_key": message.dedupe_key[:200],
                    "created_at": now,
                }
            )
        directed = message.email is not None and bool(message.email.to_address)
        if message.email is not None and (directed or wants(choice, message.kind, "email")):
            email_rows.append(
                {
                    "to_address": message.email.to_address[:254],
                    "user_id": message.user_id,
                    "kind": message.kind.value,
                    "template": message.email.template,
                    "context": message.email.context,
                    "subject": message.email.subject[:200],
                    "dedupe_key": email_dedupe_key(message.user_id, message.dedupe_key[:200]),
                    "status": EmailStatus.pending.value,
                    "attempts": 0,
                    "created_at": now,
                }
            )
    inserted = _insert_ignoring_duplicates(
        session, Notification, notification_rows, ("user_id", "dedupe_key")
    )
    if inserted:
        by_id = {int(row[0]) for row in inserted}
        rows = session.exec(
            select(Notification)
            .where(col(Notification.id).in_(by_id))
            .order_by(col(Notification.id))
        )
        for row in rows:
            outcome.notifications.append(to_public(row))
            outcome.recipients.append(row.user_id)
    _insert_ignoring_duplicates(session, EmailLog, email_rows, ("dedupe_key",))
    if email_rows:
        keys = [r["dedupe_key"] for r in email_rows]
        outcome.email_ids = [
            int(i)
            for i in session.exec(
                select(EmailLog.id).where(
                    col(EmailLog.dedupe_key).in_(keys),
                    col(EmailLog.status) == EmailStatus.pending.value,
                )
            )
            if i is not None
        ]
    return outcome


# ---- reading and marking -----------------------------------------------------------------------


def to_public(row: Notification) -> NotificationPublic:
    """The API shape of a notification."""
    assert row.id is not None
    return NotificationPublic(
        id=row.id,
        kind=row.kind,
        title=row.title,
        body=row.body,
        link=row.link,
        created_at=as_utc(row.created_at),
        read=row.read_at is not None,
    )


def list_notifications(
    *, session: Session, user_id: int, unread_only: bool = False, page: int = 1, page_size: int = 20
) -> tuple[list[NotificationPublic], int]:
    """The user's notifications, newest first."""
    condition = col(Notification.user_id) == user_id
    if unread_only:
        condition = condition & col(Notification.read_at).is_(None)
    total = session.exec(select(func.count()).select_from(Notification).where(condition)).one()
    rows = session.exec(
        select(Notification)
        .where(condition)
        .order_by(col(Notification.id).desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return [to_public(r) for r in rows], int(total)


def unread_count(*, session: Session, user_id: int) -> int:
    """How many of the user's notifications are unread."""
    statement = (
        select(func.count())
        .select_from(Notification)
        .where(col(Notification.user_id) == user_id, col(Notification.read_at).is_(None))
    )
    return int(session.exec(statement).one())


def mark_read(*, session: Session, user_id: int, notification_id: int) -> NotificationPublic:
    """Mark one of the user's notifications read (404 unknown, 403 someone else's)."""
    row = session.get(Notification, notification_id)
    if row is None:
        raise NotFound("This notification does not exist.", code="notification_not_found")
    if row.user_id != user_id:
        raise PermissionDenied("This notification belongs to someone else.", code="not_owner")
    if row.read_at is None:
        row.read_at = utcnow()
        session.add(row)
        session.flush()
    return to_public(row)


def mark_all_read(*, session: Session, user_id: int) -> int:
    """Mark every unread notification of the user read; returns how many changed."""
    result = session.exec(
        update(Notification)
        .where(col(Notification.user_id) == user_id, col(Notification.read_at).is_(None))
        .values(read_at=utcnow())
    )
    return int(result.rowcount or 0)


# ---- follows -----------------------------------------------------------------------------------


def _check_follow_target(
    session: Session, *, user_id: int, kind: FollowKind, target_id: int
) -> str:
    """The followed thing's name; 404 when it does not exist."""
    if kind == FollowKind.category:
        return taxonomy_service.get_category(session=session, category_id=target_id).name
    if target_id == user_id:
        raise InvalidInput("You cannot follow yourself.", field="target_id")
    try:
        user = auth_service.get_user(session=session, user_id=target_id)
    except NotFound as exc:
        raise NotFound("This instructor does not exist.", code="instructor_not_found") from exc
    roles = auth_service.get_roles(session=session, user_id=target_id)
    if "instructor" not in roles or not user.is_active:
        raise NotFound("This instructor does not exist.", code="instructor_not_found")
    return user.full_name


def follow(*, session: Session, user_id: int, kind: FollowKind, target_id: int) -> FollowStatus:
    """Follow a category or an instructor (following twice is the same as once)."""
    _check_follow_target(session, user_id=user_id, kind=kind, target_id=target_id)
    _insert_ignoring_duplicates(
        session,
        Follow,
        [{"user_id": user_id, "kind": kind.value, "target_id": target_id, "created_at": utcnow()}],
        ("user_id", "kind", "target_id"),
    )
    return follow_status(session=session, user_id=user_id, kind=kind, target_id=target_id)


def unfollow(*, session: Session, user_id: int, kind: FollowKind, target_id: int) -> None:
    """Stop following (unknown follows are ignored)."""
    for row in session.exec(
        select(Follow).where(
            col(Follow.user_id) == user_id,
            col(Follow.kind) == kind.value,
            col(Follow.target_id) == target_id,
        )
    ):
        session.delete(row)
    session.flush()


def follow_status(
    *, session: Session, user_id: int | None, kind: FollowKind, target_id: int
) -> FollowStatus:
    """Whether the user follows this target, and how many people do."""
    base = (col(Follow.kind) == kind.value) & (col(Follow.target_id) == target_id)
    followers = int(session.exec(select(func.count()).select_from(Follow).where(base)).one())
    following = bool(
        user_id
        and session.exec(select(Follow.id).where(base, col(Follow.user_id) == user_id)).first()
    )
    return FollowStatus(kind=kind, target_id=target_id, following=following, followers=followers)


def list_follows(*, session: Session, user_id: int) -> list[FollowPublic]:
    """What the user follows, newest first, with names."""
    rows = list(
        session.exec(
            select(Follow).where(col(Follow.user_id) == user_id).order_by(col(Follow.id).desc())
        )
    )
    category_ids = [r.target_id for r in rows if r.kind == FollowKind.category.value]
    names: dict[tuple[str, int], str] = {}
    for cid, path in taxonomy_service.category_paths(
        session=session, category_ids=category_ids
    ).items():
        names[(FollowKind.category.value, cid)] = " › ".join(path.names)
    people = auth_service.display_names(
        session=session,
        user_ids=[r.target_id for r in rows if r.kind == FollowKind.instructor.value],
    )
    for uid, name in people.items():
        names[(FollowKind.instructor.value, uid)] = name
    return [
        FollowPublic(
            kind=FollowKind(r.kind),
            target_id=r.target_id,
            name=names.get((r.kind, r.target_id), "(removed)"),
            created_at=as_utc(r.created_at),
        )
        for r in rows
    ]


def follower_batch(
    *,
    session: Session,
    category_ids: Sequence[int],
    instructor_id: int | None,
    after_user_id: int,
    limit: int = FANOUT_BATCH_SIZE,
) -> list[int]:
    """The next `limit` distinct followers (by user id) of these categories or instructor."""
    condition = (col(Follow.kind) == FollowKind.category.value) & col(Follow.target_id).in_(
        list(category_ids) or [-1]
    )
    if instructor_id is not None:
        condition = condition | (
            (col(Follow.kind) == FollowKind.instructor.value)
            & (col(Follow.target_id) == instructor_id)
        )
    statement = (
        select(Follow.user_id)
        .where(condition, col(Follow.user_id) > after_user_id)
        .distinct()
        .order_by(col(Follow.user_id))
        .limit(limit)
    )
    return [int(uid) for uid in session.exec(statement)]


# ---- unsubscribe -------------------------------------------------------------------------------


def unsubscribe_token(*, user_id: int, kind: str) -> str:
    """A signed token that turns off `kind` emails for this user (works without signing in)."""
    message = f"{user_id}:{kind}"
    encoded = base64.urlsafe_b64encode(message.encode()).decode().rstrip("=")
    return f"{encoded}.{sign(message, purpose=UNSUBSCRIBE_PURPOSE)}"


def unsubscribe_url(*, user_id: int, kind: str) -> str:
    """The link put in every email (the /unsubscribe page of the app)."""
    base = get_settings().public_url.rstrip("/")
    return f"{base}/unsubscribe?token={unsubscribe_token(user_id=user_id, kind=kind)}"


def _read_unsubscribe_token(token: str) -> tuple[int, NotificationKind]:
    invalid = InvalidInput(
        "This unsubscribe link is not valid. Open the newest email again, or change your "
        "email settings on your account page.",
        code="invalid_token",
        field="token",
    )
    encoded, _, signature = (token or "").strip().partition(".")
    try:
        message = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        user_text, _, kind_text = message.partition(":")
        user_id, kind = int(user_text), NotificationKind(kind_text)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid from None
    if kind not in PREFERENCE_KINDS or not verify_signature(
        message, signature, purpose=UNSUBSCRIBE_PURPOSE
    ):
        raise invalid
    return user_id, kind


def unsubscribe(*, session: Session, token: str) -> UnsubscribeResult:
    """Turn off the emails of the kind named by a signed token (idempotent)."""
    user_id, kind = _read_unsubscribe_token(token)
    try:
        update_preferences(
            session=session,
            user_id=user_id,
            data=PreferencesUpdate.model_validate({f"email_{kind.value}": False}),
        )
    except NotFound:
        raise InvalidInput(
            "This unsubscribe link belongs to an account that no longer exists.",
            code="invalid_token",
        ) from None
    label = PREFERENCE_KINDS[kind]
    return UnsubscribeResult(
        kind=kind.value,
        label=label,
        email_enabled=False,
        message=f"You will no longer get emails about “{label.lower()}”. "
        "You can turn them on again on your account page.",
    )


# ---- the email log (admin) ---------------------------------------------------------------------


def list_emails(
    *, session: Session, page: int = 1, page_size: int = 50
) -> tuple[list[EmailLog], int]:
    """Admin: emails newest first, with their status."""
    total = session.exec(select(func.count()).select_from(EmailLog)).one()
    rows = session.exec(
        select(EmailLog)
        .order_by(col(EmailLog.id).desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return list(rows), int(total)
