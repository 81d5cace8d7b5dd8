"""Emails: Jinja2 templates rendered to HTML + plain text, sent through SMTP or kept as files.

With SMTP_HOST set, mail goes through smtplib (STARTTLS or SSL, optional login: a SendGrid
relay is just these settings). Without it, each email is written to storage (mail-outbox/) as an
.eml file and logged, so a local run needs no mail server (`python -m udemy_clone show-mail`).
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate, parseaddr
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.core import db, processes
from udemy_clone.core.brand import BRAND, TAGLINE
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.storage import get_storage
from udemy_clone.notifications import service
from udemy_clone.notifications.models import (
    PREFERENCE_KINDS,
    EmailLog,
    EmailStatus,
    NotificationKind,
)

log = get_logger(__name__)

TEMPLATES_DIR = Path(__file__).parent / "templates"
# One send and three retries (the job's retry intervals), then the email is marked failed.
EMAIL_RETRY_INTERVALS = (5, 30, 120)
MAX_EMAIL_ATTEMPTS = len(EMAIL_RETRY_INTERVALS) + 1
# A send claimed this long ago by a job that died is taken over by the next try (longer than
# the send job's timeout, so a slow send still running is never doubled).
STALE_CLAIM = timedelta(minutes=3)
# An email still pending this long after it was written lost its job: the sweeper queues it.
STALE_PENDING = timedelta(minutes=1)
SMTP_TIMEOUT_SECONDS = 20
MAIL_OUTBOX_PREFIX = "mail-outbox"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES_DIR)),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=False,
)


class EmailNotSent(Exception):
    """The mail server did not accept the email (after the last try: the email is failed)."""


def absolute_url(path: str) -> str:
    """A link of the app as a full URL (emails are read outside the app)."""
    if path.startswith(("http://", "https://")):
        return path
    return get_settings().public_url.rstrip("/") + "/" + path.lstrip("/")


def render(
    *,
    template: str,
    subject: str,
    context: dict[str, Any],
    to_address: str,
    user_id: int,
    kind: str,
) -> tuple[str, str]:
    """The plain-text and HTML bodies of an email."""
    settings = get_settings()
    values: dict[str, Any] = {
        "brand": BRAND,
        "tagline": TAGLINE,
        "public_url": settings.public_url.rstrip("/"),
        "subject": subject,
        "to_address": to_address,
        "year": db.utcnow().year,
        "kind_label": PREFERENCE_KINDS.get(NotificationKind(kind), "these"),
        "unsubscribe_url": service.unsubscribe_url(user_id=user_id, kind=kind),
        "cta_url": "",
        "cta_label": "",
        "quote": "",
        "lines": [],
        "name": "there",
        "footer_note": "",
        "heading": subject,
    }
    values |= context
    if values["cta_url"]:
        values["cta_url"] = absolute_url(values["cta_url"])
    text = _env.get_template(f"{template}.txt").render(values)
    html = _env.get_template(f"{template}.html").render(values)
    return text, html


def _mail_domain() -> str:
    address = parseaddr(get_settings().mail_from)[1]
    return address.rpartition("@")[2] or "localhost"


def build_message(
    row: EmailLog, *, to_address: str, to_name: str, directed: bool = False
) -> EmailMessage:
    """The MIME message of an email log row: plain text + HTML alternative, unsubscribe headers."""
    assert row.id is not None
    settings = get_settings()
    text, html = render(
        template=row.template,
        subject=row.subject,
        context=dict(row.context),
        to_address=to_address,
        user_id=row.user_id,
        kind=row.kind,
    )
    message = EmailMessage()
    message["Subject"] = row.subject
    message["From"] = settings.mail_from
    message["To"] = formataddr((to_name, to_address))
    message["Date"] = formatdate(localtime=False)
    # Stable per email: a server that sees the same Message-ID twice may drop the copy.
    digest = hashlib.sha1(row.dedupe_key.encode()).hexdigest()[:16]
    message["Message-ID"] = f"<learnly-{row.id}-{digest}@{_mail_domain()}>"
    if not directed:  # the unsubscribe link is the user's, not the directed recipient's
        unsubscribe = service.unsubscribe_token(user_id=row.user_id, kind=row.kind)
        api_url = absolute_url(f"/api/v1/notifications/unsubscribe?token={unsubscribe}")
        message["List-Unsubscribe"] = f"<{api_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["X-Learnly-Kind"] = row.kind
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def preview(*, session: Session, email_id: int) -> tuple[str, str] | None:
    """The subject and plain-text body of a logged email as it was sent (None: no such email)."""
    row = session.get(EmailLog, email_id)
    if row is None:
        return None
    user = auth_service.get_user(session=session, user_id=row.user_id)
    directed = bool(row.to_address) and row.to_address != user.email
    body = build_message(
        row,
        to_address=row.to_address if directed else user.email,
        to_name=user.full_name,
        directed=directed,
    ).get_body(preferencelist=("plain",))
    return row.subject, body.get_content() if body is not None else ""


# ---- backends --------------------------------------------------------------------------------


def _send_smtp(message: EmailMessage) -> None:
    settings = get_settings()
    assert settings.smtp_host
    client: smtplib.SMTP
    if settings.smtp_ssl:
        client = smtplib.SMTP_SSL(
            settings.smtp_host,
            settings.smtp_port,
            timeout=SMTP_TIMEOUT_SECONDS,
            context=ssl.create_default_context(),
        )
    else:
        client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_SECONDS)
    with client:
        client.ehlo()
        if settings.smtp_starttls and not settings.smtp_ssl:
            client.starttls(context=ssl.create_default_context())
            client.ehlo()
        if settings.smtp_username:
            client.login(settings.smtp_username, settings.smtp_password or "")
        client.send_message(message)


def _write_file(message: EmailMessage, row: EmailLog) -> str:
    # Through the storage port (the bucket in production), not the worker's own disk, so the
    # file is there whichever worker wrote it and whichever replica reads it. The key depends
    # only on the email, so a try re-run after a crash between writing and recording "sent"
    # overwrites its own file instead of delivering the email twice.
    stamp = row.created_at.strftime("%Y%m%d-%H%M%S")
    key = f"{MAIL_OUTBOX_PREFIX}/{stamp}-{int(row.id or 0):08d}.eml"
    get_storage().put_bytes(key, bytes(message), content_type="message/rfc822")
    log.info("email_written", key=key, to=message["To"], subject=message["Subject"])
    return key


def uses_smtp() -> bool:
    """True when emails go to an SMTP server rather than to files."""
    return bool(get_settings().smtp_host)


# ---- the send job's steps --------------------------------------------------------------------


def _claim(email_id: int) -> EmailLog | None:
    """Take the email for this try (one try at a time, never after it was sent).

    A claim left by a dead run is taken over after STALE_CLAIM, or at once by the same send
    job: the queue runs one job id at a time, so when the job runs again its earlier run is gone.
    """
    now = db.utcnow()
    owner = processes.current_job_id()
    stale = col(EmailLog.claimed_at) < now - STALE_CLAIM
    if owner is not None:
        stale = or_(stale, col(EmailLog.claimed_by) == owner)
    with db.transaction() as session:
        result = session.exec(  # type: ignore[call-overload]
            update(EmailLog)
            .where(
                col(EmailLog.id) == email_id,
                or_(
                    col(EmailLog.status) == EmailStatus.pending.value,
                    (col(EmailLog.status) == EmailStatus.sending.value) & stale,
                ),
            )
            .values(
                status=EmailStatus.sending.value,
                claimed_at=now,
                claimed_by=owner,
                attempts=EmailLog.attempts + 1,  # type: ignore[operator]
            )
        )
        if result.rowcount != 1:
            return None
        return session.get(EmailLog, email_id)


def _finish(email_id: int, **values: Any) -> None:
    with db.transaction() as session:
        session.exec(  # type: ignore[call-overload]
            update(EmailLog).where(col(EmailLog.id) == email_id).values(**values)
        )


def send_email_now(email_id: int) -> str:
    """Send one email of the log (idempotent); returns its status afterwards.

    Raises EmailNotSent when the server refused it, so that the job is retried; after the
    last try the email is marked failed (and the job's failure recorded).
    """
    row = _claim(email_id)
    if row is None:
        return "skipped"
    with db.read_session() as session:
        user = auth_service.get_user(session=session, user_id=row.user_id)
        prefs = service.get_preferences(session=session, user_id=row.user_id)
    # a directed email (a gift's recipient) goes to its own address, not to the user's
    directed = bool(row.to_address) and row.to_address != user.email
    if not directed and (not getattr(prefs, f"email_{row.kind}", True) or not user.is_active):
        _finish(
            email_id, status=EmailStatus.cancelled.value, last_error="Unsubscribed before sending."
        )
        return EmailStatus.cancelled.value
    to_address = row.to_address if directed else user.email
    to_name = str(row.context.get("to_name", "")) if directed else user.full_name
    message = build_message(row, to_address=to_address, to_name=to_name, directed=directed)
    stored_path: str | None = None
    try:
        if uses_smtp():
            _send_smtp(message)
        else:
            stored_path = _write_file(message, row)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:2000]
        final = row.attempts >= MAX_EMAIL_ATTEMPTS
        _finish(
            email_id,
            status=(EmailStatus.failed if final else EmailStatus.pending).value,
            last_error=error,
            claimed_at=None,
            claimed_by=None,
        )
        log.warning(
            "email_not_sent", email_id=email_id, attempt=row.attempts, final=final, error=error
        )
        raise EmailNotSent(
            f"Email {email_id} was not sent (attempt {row.attempts}): {error}"
        ) from exc
    _finish(
        email_id,
        status=EmailStatus.sent.value,
        sent_at=db.utcnow(),
        to_address=to_address,
        message_id=str(message["Message-ID"]),
        stored_path=stored_path,
        last_error=None,
    )
    log.info("email_sent", email_id=email_id, kind=row.kind, attempt=row.attempts)
    return EmailStatus.sent.value


def stale_email_ids(limit: int = 500) -> list[int]:
    """Emails whose send never happened: pending for a while, or claimed by a dead run."""
    now = db.utcnow()
    with db.read_session() as session:
        rows = session.exec(
            select(EmailLog.id)
            .where(
                or_(
                    (col(EmailLog.status) == EmailStatus.pending.value)
                    & (col(EmailLog.created_at) < now - STALE_PENDING),
                    (col(EmailLog.status) == EmailStatus.sending.value)
                    & (col(EmailLog.claimed_at) < now - STALE_CLAIM),
                )
            )
            .order_by(col(EmailLog.id))
            .limit(limit)
        )
        return [int(email_id) for email_id in rows if email_id is not None]


def stored_emails(limit: int = 20) -> list[str]:
    """The storage keys of the newest .eml files of the file backend, newest first."""
    keys = [k for k in get_storage().list_keys(MAIL_OUTBOX_PREFIX) if k.endswith(".eml")]
    return sorted(keys, reverse=True)[:limit]
