"""`python -m udemy_clone show-mail`: the email log, and any email as it was sent."""

from __future__ import annotations

from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.notifications import emails, service
from udemy_clone.notifications.models import EmailLog


def show_mail(*, limit: int = 20, email_id: int | None = None) -> int:
    """Print the newest emails (status, tries, recipient, subject) or one in full."""
    with db.read_session() as session:
        if email_id is not None:
            row = session.get(EmailLog, email_id)
            if row is None:
                print(f"No email #{email_id}.")
                return 1
            user = auth_service.get_user(session=session, user_id=row.user_id)
            message = emails.build_message(row, to_address=user.email, to_name=user.full_name)
            for header in ("From", "To", "Subject", "Date", "List-Unsubscribe"):
                print(f"{header}: {message[header]}")
            body = message.get_body(preferencelist=("plain",))
            print()
            print(body.get_content() if body is not None else "")
            if row.stored_path:
                print(f"(stored as {row.stored_path})")
            return 0
        rows, total = service.list_emails(session=session, page_size=max(1, limit))
    backend = (
        "SMTP" if emails.uses_smtp() else f"files in storage under {emails.MAIL_OUTBOX_PREFIX}/"
    )
    print(f"{total} emails ({backend}); newest first:")
    for r in rows:
        when = r.created_at.strftime("%Y-%m-%d %H:%M")
        print(
            f"  #{r.id:<5} {when}  {r.status:<9} tries={r.attempts}  "
            f"{r.to_address or 'user ' + str(r.user_id):<28} {r.subject}"
        )
        if r.last_error:
            print(f"         last error: {r.last_error[:150]}")
    print("Print one with: python -m udemy_clone show-mail --id N")
    return 0
