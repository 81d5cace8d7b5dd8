"""Course announcements: instructors post, enrolled students read, comment and are told once."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from tests.support.factories import enroll, login, make_published_course, make_user, user_headers
from tests.support.http import API, assert_error, outbox_events
from udemy_clone.announcements.events import AnnouncementPosted
from udemy_clone.core import db
from udemy_clone.core.storage import get_storage
from udemy_clone.notifications import emails, tasks
from udemy_clone.notifications import service as notifications_service
from udemy_clone.notifications.models import EmailLog, Notification, PreferencesUpdate

pytestmark = pytest.mark.timeout(120)


def _post(api, course_id, headers, title="Office hours on Friday", body="Bring your questions."):
    return api.post(
        f"{API}/courses/{course_id}/announcements",
        json={"title": title, "body": body},
        headers=headers,
    )


def _setup(api):
    owner = make_user(role="instructor", full_name="Ivy Teacher")
    course = make_published_course(owner=owner, title="Rust for Pythonistas")
    return owner, course, login(api, owner.email)


def _notifications(user_id: int) -> list[Notification]:
    with db.read_session() as session:
        return list(
            session.exec(
                select(Notification)
                .where(col(Notification.user_id) == user_id)
                .where(col(Notification.kind) == "announcement")
            )
        )


def _emails(user_id: int) -> list[EmailLog]:
    with db.read_session() as session:
        return list(
            session.exec(
                select(EmailLog)
                .where(col(EmailLog.user_id) == user_id)
                .where(col(EmailLog.kind) == "announcement")
            )
        )


def test_instructor_posts_students_read_newest_first_and_comment(api):
    owner, course, owner_headers = _setup(api)
    cid = int(course.id)
    student, student_headers = user_headers(api)
    enroll(user=student, course_id=cid)

    first = _post(
        api, cid, owner_headers, "Welcome!", "  Glad you are here.\n\nStart with section 1.  "
    )
    assert first.status_code == 201, first.text
    assert first.json()["body"] == "Glad you are here.\n\nStart with section 1."
    second = _post(api, cid, owner_headers, "New lecture on lifetimes")
    assert second.status_code == 201
    events = outbox_events(AnnouncementPosted.topic)
    assert [e["announcement_id"] for e in events] == [first.json()["id"], second.json()["id"]]

    listed = api.get(f"{API}/courses/{cid}/announcements", headers=student_headers)
    assert listed.status_code == 200
    assert [a["title"] for a in listed.json()] == ["New lecture on lifetimes", "Welcome!"]
    assert listed.json()[0]["author_name"] == "Ivy Teacher"
    assert listed.json()[0]["can_comment"] is True

    aid = first.json()["id"]
    commented = api.post(
        f"{API}/announcements/{aid}/comments", json={"body": " Thanks! "}, headers=student_headers
    )
    assert commented.status_code == 201, commented.text
    reply = api.post(
        f"{API}/announcements/{aid}/comments",
        json={"body": "You're welcome"},
        headers=owner_headers,
    )
    comments = reply.json()["comments"]
    assert [(c["body"], c["is_instructor"]) for c in comments] == [
        ("Thanks!", False),
        ("You're welcome", True),
    ]

    # the instructor deletes a student's comment; the student may delete their own
    student_comment = comments[0]["id"]
    other_student, other_headers = user_headers(api)
    enroll(user=other_student, course_id=cid)
    assert_error(
        api.delete(f"{API}/announcement-comments/{student_comment}", headers=other_headers),
        403,
        "forbidden",
    )
    deleted = api.delete(f"{API}/announcement-comments/{student_comment}", headers=owner_headers)
    assert deleted.status_code == 204
    assert_error(
        api.delete(f"{API}/announcement-comments/{student_comment}", headers=owner_headers),
        404,
        "comment_not_found",
    )
    own = api.post(
        f"{API}/announcements/{aid}/comments", json={"body": "Mine"}, headers=other_headers
    ).json()["comments"][-1]
    assert (
        api.delete(f"{API}/announcement-comments/{own['id']}", headers=other_headers).status_code
        == 204
    )
    after = api.get(f"{API}/courses/{cid}/announcements", headers=student_headers).json()
    assert [c["body"] for c in after[1]["comments"]] == ["You're welcome"]


def test_who_may_post_read_and_comment(api):
    owner, course, owner_headers = _setup(api)
    cid = int(course.id)
    aid = _post(api, cid, owner_headers).json()["id"]
    _, stranger = user_headers(api)
    _, other_instructor = user_headers(api, role="instructor")
    student, student_headers = user_headers(api)
    enroll(user=student, course_id=cid)

    assert_error(_post(api, cid, other_instructor), 403, "forbidden")
    assert_error(_post(api, cid, student_headers), 403, "forbidden")
    assert_error(_post(api, 999_999, owner_headers), 404)
    assert_error(
        api.post(f"{API}/courses/{cid}/announcements", json={"title": "abc", "body": "x"}), 401
    )
    assert_error(
        api.get(f"{API}/courses/{cid}/announcements", headers=stranger), 403, "not_enrolled"
    )
    assert_error(
        api.post(f"{API}/announcements/{aid}/comments", json={"body": "hi"}, headers=stranger),
        403,
        "not_enrolled",
    )
    assert_error(
        api.post(
            f"{API}/announcements/999999/comments", json={"body": "hi"}, headers=student_headers
        ),
        404,
        "announcement_not_found",
    )
    # an admin may post to any course
    _, admin = user_headers(api, role="admin")
    assert _post(api, cid, admin, "Platform maintenance").status_code == 201


def test_invalid_announcements_and_comments_are_refused(api):
    _, course, headers = _setup(api)
    cid = int(course.id)
    cases = [
        ({"title": "", "body": "x"}, "validation_error"),
        ({"title": "   ", "body": "Body"}, "validation_error"),
        ({"title": "Hi", "body": "Body"}, "validation_error"),  # under 3 characters
        ({"title": "x" * 121, "body": "Body"}, "validation_error"),
        ({"title": "Title", "body": "x" * 5001}, "validation_error"),
        ({"title": "Title", "body": "bell \x07"}, "validation_error"),
        ({"title": "Title"}, "validation_error"),
        ({"title": "Title", "body": "x", "pinned": True}, "validation_error"),
    ]
    for payload, code in cases:
        response = api.post(f"{API}/courses/{cid}/announcements", json=payload, headers=headers)
        assert_error(response, 422, code)
    assert outbox_events(AnnouncementPosted.topic) == []
    aid = _post(api, cid, headers).json()["id"]
    for payload in ({"body": ""}, {"body": "  \n "}, {"body": "x" * 1001}, {"body": "\x00"}):
        response = api.post(f"{API}/announcements/{aid}/comments", json=payload, headers=headers)
        assert response.status_code == 422, (payload, response.text)


def _prefer(user_id: int, **flags: bool) -> None:
    with db.transaction() as session:
        notifications_service.update_preferences(
            session=session, user_id=user_id, data=PreferencesUpdate(**flags)
        )


def _posted(api, course_id: int, headers) -> AnnouncementPosted:
    aid = _post(api, course_id, headers, "Live Q&A tonight", "Join at 18:00 UTC.").json()["id"]
    return AnnouncementPosted(announcement_id=aid, course_id=course_id, author_id=0)


def test_fan_out_tells_each_student_once_as_they_prefer(api, jobs, monkeypatch):
    owner, course, headers = _setup(api)
    cid = int(course.id)
    everything, no_email, no_inapp = (make_user(full_name=n) for n in ("Ann A", "Ben B", "Cy C"))
    outsider = make_user()
    for student in (everything, no_email, no_inapp):
        enroll(user=student, course_id=cid)
    _prefer(int(no_email.id), email_announcement=False)
    _prefer(int(no_inapp.id), inapp_announcement=False)
    event = _posted(api, cid, headers)
    aid = event.announcement_id

    tasks.on_announcement_posted(event, event_id=1)
    assert jobs.args_of("fan_out_announcement") == [(aid, 0)]
    monkeypatch.setattr(notifications_service, "FANOUT_BATCH_SIZE", 2)
    assert tasks.fan_out_announcement(aid, 0) == 2
    # a full batch queues the next one, after the last student it covered
    first_two = sorted([int(everything.id), int(no_email.id), int(no_inapp.id)])[:2]
    assert jobs.args_of("fan_out_announcement")[-1] == (aid, first_two[-1])
    assert tasks.fan_out_announcement(aid, first_two[-1]) == 1
    # retried jobs (a batch run twice) write nothing new
    assert tasks.fan_out_announcement(aid, 0) == 2
    assert tasks.fan_out_announcement(aid, first_two[-1]) == 1

    [note] = _notifications(int(everything.id))
    assert note.title == "Rust for Pythonistas: Live Q&A tonight"
    assert note.body == "Join at 18:00 UTC." and note.link.startswith("/learn/")
    assert len(_emails(int(everything.id))) == 1
    assert len(_notifications(int(no_email.id))) == 1 and _emails(int(no_email.id)) == []
    assert _notifications(int(no_inapp.id)) == [] and len(_emails(int(no_inapp.id))) == 1
    assert _notifications(int(outsider.id)) == [] and _emails(int(outsider.id)) == []
    assert _notifications(int(owner.id)) == []  # the author is not told of their own post


def test_announcement_email_reaches_the_smtp_server(api, jobs, smtp_server):
    _, course, headers = _setup(api)
    student = make_user(full_name="Dana Doe")
    enroll(user=student, course_id=int(course.id))
    event = _posted(api, int(course.id), headers)
    tasks.fan_out_announcement(event.announcement_id, 0)
    [email] = _emails(int(student.id))

    assert emails.send_email_now(int(email.id)) == "sent"
    assert emails.send_email_now(int(email.id)) == "skipped"
    [message] = smtp_server.sink.messages
    assert smtp_server.sink.envelopes[0][1] == [student.email]
    assert message["Subject"] == "Live Q&A tonight · Rust for Pythonistas"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    for body in (text, html):
        assert "Join at 18:00 UTC." in body and "Ivy Teacher" in body and "Dana" in body
    assert message["List-Unsubscribe"].startswith("<http")


def test_announcement_email_is_written_by_the_file_backend(api, jobs):
    _, course, headers = _setup(api)
    student = make_user()
    enroll(user=student, course_id=int(course.id))
    event = _posted(api, int(course.id), headers)
    tasks.fan_out_announcement(event.announcement_id, 0)
    [email] = _emails(int(student.id))
    storage = get_storage()
    for stale in emails.stored_emails(limit=1000):  # ids repeat across rolled-back tests
        if stale.endswith(f"{int(email.id):08d}.eml"):
            storage.delete(stale)

    assert emails.send_email_now(int(email.id)) == "sent"
    [key] = [k for k in emails.stored_emails() if k.endswith(f"{int(email.id):08d}.eml")]
    stored = storage.read_bytes(key)
    assert b"Live Q&A tonight" in stored and student.email.encode() in stored
