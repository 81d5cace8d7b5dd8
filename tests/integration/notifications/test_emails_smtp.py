"""Emails go through a real SMTP server, read back: subject, recipient, both bodies, links.

A server that refuses or drops the connection makes the job retry; in the end the email is
either sent once or recorded as failed — nothing lost, nothing sent twice.
"""

from __future__ import annotations

import re
import time

import pytest
from sqlmodel import select

from tests.support.factories import make_published_course, make_user
from udemy_clone.core import db as core_db
from udemy_clone.core import queue
from udemy_clone.core.models import JobFailure
from udemy_clone.core.storage import get_storage
from udemy_clone.notifications import emails, service, tasks
from udemy_clone.notifications.models import EmailLog, EmailStatus


def _paid_order(student, course_ids):
    from udemy_clone.orders import service as orders_service

    with core_db.transaction() as session:
        order = orders_service.create_order(
            session=session, user_id=int(student.id), course_ids=course_ids
        )
        orders_service.fulfil_order(session=session, order_id=int(order.id))
        return int(order.id)


def _receipt_email_id(jobs_or_none=None) -> tuple[int, int, object]:
    course = make_published_course(title="Kotlin Coroutines", price_cents=2499)
    student = make_user(full_name="Mia Buyer")
    order_id = _paid_order(student, [int(course.id)])
    with core_db.transaction() as session:
        from udemy_clone.notifications import messages

        outcome = service.deliver(
            session=session,
            messages=messages.order_paid(
                session=session, order_id=order_id, user_id=int(student.id)
            ),
        )
    with core_db.read_session() as session:
        rows = session.exec(select(EmailLog).where(EmailLog.id.in_(outcome.email_ids)))
        [receipt] = [r for r in rows if r.user_id == student.id]
    return int(receipt.id), order_id, student


def test_receipt_arrives_with_both_bodies_and_a_working_unsubscribe_link(db, smtp_server, api):
    email_id, order_id, student = _receipt_email_id()

    assert emails.send_email_now(email_id) == "sent"
    assert emails.send_email_now(email_id) == "skipped"  # a second run sends nothing

    [message] = smtp_server.sink.messages
    assert smtp_server.sink.envelopes[0][1] == [student.email]
    assert message["Subject"] == f"Your Learnly receipt for order #{order_id}"
    assert student.email in message["To"] and "Learnly" in message["From"]
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    for body in (text, html):
        assert "Kotlin Coroutines" in body and "$24.99" in body and f"#{order_id}" in body
        assert "http://localhost:3000/my-courses" in body  # start learning
    assert "#6e56cf" in html  # the product's violet
    assert message["List-Unsubscribe"].startswith("<http")
    link = re.search(r"(http\S+/unsubscribe\?token=[\w.\-]+)", text).group(1)
    token = link.split("token=", 1)[1]

    response = api.get("/api/v1/notifications/unsubscribe", params={"token": token})
    assert response.status_code == 200, response.text
    assert response.json()["email_enabled"] is False
    with core_db.read_session() as session:
        assert (
            service.get_preferences(session=session, user_id=int(student.id)).email_purchase
            is False
        )
        row = session.get(EmailLog, email_id)
        assert row.status == EmailStatus.sent.value and row.attempts == 1
    tampered = token[:-2] + ("00" if not token.endswith("00") else "11")
    bad = api.get("/api/v1/notifications/unsubscribe", params={"token": tampered})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_token"


def test_unsubscribed_before_sending_is_cancelled(db, smtp_server):
    email_id, _order_id, student = _receipt_email_id()
    with core_db.transaction() as session:
        service.unsubscribe(
            session=session,
            token=service.unsubscribe_token(user_id=int(student.id), kind="purchase"),
        )
    assert emails.send_email_now(email_id) == "cancelled"
    assert smtp_server.sink.messages == []


def test_refusals_are_retried_then_sent_once(committed_db, smtp_server, monkeypatch):
    monkeypatch.setattr(queue.local_queue, "retry_scale", 0.01)
    smtp_server.sink.refuse_next = 2
    email_id, _order_id, student = _receipt_email_id()
    tasks.after_commit(service.Outcome(email_ids=[email_id]))
    tasks.after_commit(service.Outcome(email_ids=[email_id]))  # queued twice: still one email
    assert queue.local_queue.wait_idle(30)
    assert len(smtp_server.sink.messages) == 1
    with core_db.read_session() as session:
        row = session.get(EmailLog, email_id)
        assert row.status == "sent" and row.attempts == 3 and row.last_error is None


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["refuse", "drop"])
def test_a_server_that_never_accepts_ends_in_a_recorded_failure(
    committed_db, monkeypatch, request, kind
):
    monkeypatch.setattr(queue.local_queue, "retry_scale", 0.01)
    if kind == "refuse":
        server = request.getfixturevalue("smtp_server")
        server.sink.refuse_next = 100
    else:
        server = request.getfixturevalue("dropping_smtp")
    email_id, _order_id, _student = _receipt_email_id()
    tasks.after_commit(service.Outcome(email_ids=[email_id]))
    assert queue.local_queue.wait_idle(30)  # the failure is recorded before the job counts as done
    with core_db.read_session() as session:
        row = session.get(EmailLog, email_id)
        assert row.status == EmailStatus.failed.value
        assert row.attempts == emails.MAX_EMAIL_ATTEMPTS
        assert row.last_error
        failures = list(
            session.exec(select(JobFailure).where(JobFailure.job_id == f"email-{email_id}"))
        )
        assert len(failures) == 1
    if kind == "refuse":
        assert server.sink.messages == []
    else:
        assert server.connections == emails.MAX_EMAIL_ATTEMPTS


def test_file_backend_writes_eml_files_to_shared_storage(db):
    email_id, order_id, _student = _receipt_email_id()
    storage = get_storage()
    # ids repeat across rolled-back tests on SQLite: forget files an earlier test left behind
    for stale in emails.stored_emails(limit=1000):
        if stale.endswith(f"{email_id:08d}.eml"):
            storage.delete(stale)
    assert emails.send_email_now(email_id) == "sent"
    [key] = [k for k in emails.stored_emails() if k.endswith(f"{email_id:08d}.eml")]
    assert key.startswith("mail-outbox/")
    assert f"order #{order_id}".encode() in storage.read_bytes(key)


def _claimed_by(email_id: int, owner: str) -> None:
    """The email as a run that died mid-send left it: `sending`, claimed a moment ago."""
    with core_db.transaction() as session:
        row = session.get(EmailLog, email_id)
        row.status = EmailStatus.sending.value
        row.claimed_at = core_db.utcnow()
        row.claimed_by = owner
        session.add(row)


def test_the_send_job_takes_over_its_own_dead_run_at_once(db):
    from udemy_clone.core import processes

    email_id, _order_id, _student = _receipt_email_id()
    _claimed_by(email_id, f"email-{email_id}")
    # another job (or a call outside any job) leaves a fresh claim alone...
    with processes.running_job("some-other-job"):
        assert emails.send_email_now(email_id) == "skipped"
    assert emails.send_email_now(email_id) == "skipped"
    # ...but the same send job running again means its earlier run is gone: it sends now
    with processes.running_job(f"email-{email_id}"):
        assert emails.send_email_now(email_id) == "sent"
    with core_db.read_session() as session:
        assert session.get(EmailLog, email_id).status == EmailStatus.sent.value


def test_a_file_written_by_a_run_killed_before_recording_it_is_not_sent_twice(db):
    """kill -9 between writing the .eml and marking the email sent: the re-run overwrites it."""
    from udemy_clone.core import processes

    email_id, _order_id, _student = _receipt_email_id()
    storage = get_storage()
    for stale in emails.stored_emails(limit=1000):
        if stale.endswith(f"{email_id:08d}.eml"):
            storage.delete(stale)
    with processes.running_job(f"email-{email_id}"):
        assert emails.send_email_now(email_id) == "sent"
    first = [k for k in emails.stored_emails(limit=1000) if k.endswith(f"{email_id:08d}.eml")]
    # as the dead run left it: the file is there, the row still says "sending"
    _claimed_by(email_id, f"email-{email_id}")
    time.sleep(1.1)  # the re-run comes later: a file named after the clock would be a new one
    with processes.running_job(f"email-{email_id}"):
        assert emails.send_email_now(email_id) == "sent"
    again = [k for k in emails.stored_emails(limit=1000) if k.endswith(f"{email_id:08d}.eml")]
    assert len(first) == 1 and again == first
