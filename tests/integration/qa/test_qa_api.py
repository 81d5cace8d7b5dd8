"""Lecture Q&A over REST: who may ask, answer, upvote, report and hide; sorting and search;
badges; notifications written once, following preferences. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from tests.support.factories import enroll, login, make_published_course, make_user, user_headers
from tests.support.http import API, assert_error, outbox_events
from tests.support.media_factories import first_lecture_ids
from udemy_clone.core import db as core_db
from udemy_clone.notifications.models import EmailLog, Notification
from udemy_clone.qa.models import Answer, QaReport, QaVote, Question

pytestmark = pytest.mark.timeout(120)


class Course:
    """A published course (2 lectures of 300 s), its instructor and signed-in headers."""

    def __init__(self, api, lectures: int = 2) -> None:
        self.owner = make_user(role="instructor")
        self.course = make_published_course(
            owner=self.owner, lectures_per_section=lectures, lecture_seconds=300
        )
        self.id = int(self.course.id)
        self.lectures = first_lecture_ids(self.id)
        self.owner_headers = login(api, self.owner.email)

    def student(self, api):
        user, headers = user_headers(api)
        enroll(user=user, course_id=self.id)
        return user, headers


def _ask(api, headers, lecture_id, title="How do lifetimes work?", body="", position=None):
    payload: dict = {"title": title, "body": body}
    if position is not None:
        payload["position_seconds"] = position
    return api.post(f"{API}/lectures/{lecture_id}/questions", json=payload, headers=headers)


def _answer(api, headers, question_id, body="Like this."):
    return api.post(f"{API}/questions/{question_id}/answers", json={"body": body}, headers=headers)


def _count(model) -> int:
    with core_db.read_session() as session:
        return len(list(session.exec(select(model))))


def _notes(user_id: int) -> list[Notification]:
    with core_db.read_session() as session:
        return list(
            session.exec(
                select(Notification)
                .where(col(Notification.user_id) == user_id, col(Notification.kind) == "qa")
                .order_by(col(Notification.id))
            )
        )


def _emails(user_id: int) -> list[EmailLog]:
    with core_db.read_session() as session:
        return list(
            session.exec(
                select(EmailLog).where(col(EmailLog.user_id) == user_id, col(EmailLog.kind) == "qa")
            )
        )


def test_ask_at_a_moment_answer_and_read_with_badges(db, api):
    c = Course(api)
    asker, asker_h = c.student(api)
    helper, helper_h = c.student(api)
    created = _ask(
        api, asker_h, c.lectures[1], "  Why   does the borrow fail? ", "Details\r\n", 201
    )
    assert created.status_code == 201, created.text
    q = created.json()
    assert q["title"] == "Why does the borrow fail?" and q["body"] == "Details"
    assert q["position_seconds"] == 201 and q["lecture_title"] == "1.2 Lecture 1.2"
    assert q["answer_count"] == 0 and q["is_mine"] is True

    by_instructor = _answer(api, c.owner_headers, q["id"], "Because the value moved.")
    assert by_instructor.status_code == 201, by_instructor.text
    assert by_instructor.json()["is_instructor"] is True
    by_student = _answer(api, helper_h, q["id"], "Try cloning it.")
    assert by_student.status_code == 201 and by_student.json()["is_instructor"] is False

    # no upvote yet: no top answer
    detail = api.get(f"{API}/questions/{q['id']}", headers=asker_h).json()
    assert [a["is_top"] for a in detail["answers"]] == [False, False]
    assert detail["answer_count"] == 2 and detail["has_instructor_answer"] is True

    vote = api.post(f"{API}/answers/{by_student.json()['id']}/upvote", headers=asker_h)
    assert vote.json() == {"upvoted": True, "upvotes": 1}
    detail = api.get(f"{API}/questions/{q['id']}", headers=asker_h).json()
    assert [(a["body"], a["is_instructor"], a["is_top"]) for a in detail["answers"]] == [
        ("Because the value moved.", True, False),
        ("Try cloning it.", False, True),
    ]
    assert detail["answers"][1]["upvoted_by_me"] is True and detail["can_moderate"] is False

    # toggle: a second click takes the upvote back
    again = api.post(f"{API}/answers/{by_student.json()['id']}/upvote", headers=asker_h)
    assert again.json() == {"upvoted": False, "upvotes": 0}
    assert _count(QaVote) == 0


def test_sort_filter_and_search(db, api):
    c = Course(api)
    a, a_h = c.student(api)
    b, b_h = c.student(api)
    first = _ask(api, a_h, c.lectures[0], "Install rustup on Windows", "PATH problems").json()
    second = _ask(api, a_h, c.lectures[1], "Borrow checker complains", "about 50% of cases").json()
    third = _ask(api, a_h, c.lectures[1], "What is a trait object?").json()
    api.post(f"{API}/questions/{first['id']}/upvote", headers=b_h)
    api.post(f"{API}/questions/{first['id']}/upvote", headers=c.owner_headers)
    api.post(f"{API}/questions/{third['id']}/upvote", headers=b_h)
    _answer(api, b_h, second["id"])

    def titles(**params) -> list[str]:
        r = api.get(f"{API}/courses/{c.id}/questions", params=params, headers=b_h)
        assert r.status_code == 200, r.text
        return [item["title"] for item in r.json()["items"]]

    assert titles() == [third["title"], second["title"], first["title"]]
    assert titles(sort="upvoted") == [first["title"], third["title"], second["title"]]
    assert titles(sort="unanswered") == [third["title"], first["title"]]
    assert titles(lecture_id=c.lectures[1]) == [third["title"], second["title"]]
    assert titles(q="rustup") == [first["title"]]
    assert titles(q="path") == [first["title"]]  # body, any case
    assert titles(q="50%") == [second["title"]]  # % is a character, not a wildcard
    assert titles(q="%") == [second["title"]]
    assert titles(q="trait object") == [third["title"]]
    assert titles(q="\x00rustup") == [first["title"]]  # control characters are dropped
    assert titles(q="nothing like this") == []
    page = api.get(
        f"{API}/courses/{c.id}/questions", params={"page_size": 2, "page": 2}, headers=b_h
    ).json()
    assert page["total"] == 3 and len(page["items"]) == 1


def test_who_may_take_part(db, api):
    c = Course(api)
    other = Course(api)
    _, student_h = c.student(api)
    _, stranger_h = user_headers(api)
    _, admin_h = user_headers(api, role="admin")
    q = _ask(api, student_h, c.lectures[0]).json()

    assert_error(_ask(api, stranger_h, c.lectures[0]), 403, "not_enrolled")
    assert_error(api.get(f"{API}/courses/{c.id}/questions", headers=stranger_h), 403)
    assert_error(api.get(f"{API}/questions/{q['id']}", headers=stranger_h), 403)
    assert_error(_answer(api, stranger_h, q["id"]), 403)
    assert_error(api.post(f"{API}/questions/{q['id']}/upvote", headers=stranger_h), 403)
    # the instructor of another course is a stranger here
    assert_error(_answer(api, other.owner_headers, q["id"]), 403, "not_enrolled")
    assert_error(api.post(f"{API}/questions/{q['id']}/hide", headers=other.owner_headers), 403)
    # a lecture of another course in this course's list: 404
    assert_error(
        api.get(
            f"{API}/courses/{c.id}/questions",
            params={"lecture_id": other.lectures[0]},
            headers=student_h,
        ),
        404,
        "lecture_not_found",
    )
    assert_error(_ask(api, student_h, 999_999), 404)
    assert_error(api.get(f"{API}/questions/999999", headers=student_h), 404, "question_not_found")
    assert_error(api.get(f"{API}/courses/{c.id}/questions"), 401)
    # the instructor and admins take part without enrolling
    assert (
        _ask(api, c.owner_headers, c.lectures[0], "A question from the teacher").status_code == 201
    )
    assert _answer(api, admin_h, q["id"]).status_code == 201
    # no upvote of one's own post
    assert_error(api.post(f"{API}/questions/{q['id']}/upvote", headers=student_h), 409, "own_post")


def test_bad_input_is_a_clear_4xx_and_nothing_is_stored(db, api):
    c = Course(api)
    _, h = c.student(api)
    lecture = c.lectures[0]
    cases = [
        ({"title": "   "}, 422),
        ({"title": "Why"}, 422),  # too short
        ({"title": "x" * 201}, 422),
        ({"title": "A fine title", "body": "y" * 5001}, 422),
        ({"title": "A fine title", "position_seconds": -1}, 422),
        ({"title": "A fine title", "position_seconds": 302}, 422),  # past the 300 s lecture
        ({"title": "A fine title", "position_seconds": 12.5}, 422),
        ({"title": "A fine title", "position_seconds": "12"}, 422),
        ({"title": "A fine title", "extra": 1}, 422),
        ({"body": "no title"}, 422),
    ]
    for payload, expected in cases:
        r = api.post(f"{API}/lectures/{lecture}/questions", json=payload, headers=h)
        assert r.status_code == expected, (payload, r.text)
        assert r.json()["error"]["message"]
    assert _count(Question) == 0
    late = api.post(
        f"{API}/lectures/{lecture}/questions",
        json={"title": "A fine title", "position_seconds": 302},
        headers=h,
    )
    assert "past the end" in late.json()["error"]["message"]

    q = _ask(api, h, lecture, position=300).json()
    for body in ["", "   ", "z" * 5001]:
        assert_error(_answer(api, h, q["id"], body), 422)
    assert_error(api.post(f"{API}/questions/{q['id']}/answers", json={}, headers=h), 422)
    assert_error(api.post(f"{API}/questions/0/answers", json={"body": "x"}, headers=h), 422)
    assert_error(
        api.post(
            f"{API}/questions/{q['id']}/report", json={"reason": "no"}, headers=c.owner_headers
        ),
        422,
    )
    assert_error(
        api.get(f"{API}/courses/{c.id}/questions", params={"sort": "best"}, headers=h), 422
    )
    assert _count(Answer) == 0 and _count(QaReport) == 0
    assert outbox_events("qa.answer_posted") == []


def test_reports_and_hiding(db, api):
    c = Course(api)
    author, author_h = c.student(api)
    _, reader_h = c.student(api)
    _, admin_h = user_headers(api, role="admin")
    q = _ask(api, author_h, c.lectures[0], "Spam spam spam spam").json()
    a = _answer(api, author_h, q["id"], "More spam").json()

    reported = api.post(
        f"{API}/questions/{q['id']}/report", json={"reason": "It is spam"}, headers=reader_h
    )
    assert reported.status_code == 202
    assert_error(
        api.post(f"{API}/questions/{q['id']}/report", json={"reason": "Again"}, headers=reader_h),
        409,
        "already_reported",
    )
    assert_error(
        api.post(f"{API}/questions/{q['id']}/report", json={"reason": "mine"}, headers=author_h),
        409,
        "own_post",
    )
    api.post(f"{API}/answers/{a['id']}/report", json={"reason": "Spam too"}, headers=reader_h)
    assert api.get(f"{API}/questions/{q['id']}", headers=reader_h).json()["reported_by_me"]

    # admins see both in the moderation queue; students may not look
    assert_error(api.get(f"{API}/admin/qa/reports", headers=reader_h), 403)
    queue = api.get(f"{API}/admin/qa/reports", headers=admin_h).json()
    assert {(i["kind"], i["post_id"]) for i in queue} == {
        ("question", q["id"]),
        ("answer", a["id"]),
    }
    assert queue[0]["reports"][0]["reason"] in {"It is spam", "Spam too"}

    # only moderators hide
    assert_error(api.post(f"{API}/answers/{a['id']}/hide", headers=reader_h), 403, "not_moderator")
    assert api.post(f"{API}/answers/{a['id']}/hide", headers=c.owner_headers).status_code == 200
    assert api.get(f"{API}/questions/{q['id']}", headers=reader_h).json()["answers"] == []
    assert api.get(f"{API}/questions/{q['id']}", headers=reader_h).json()["answer_count"] == 0
    mine = api.get(f"{API}/questions/{q['id']}", headers=author_h).json()["answers"]
    assert [x["is_hidden"] for x in mine] == [True]  # the author sees "hidden by moderator"
    assert_error(api.post(f"{API}/answers/{a['id']}/upvote", headers=reader_h), 404)

    assert api.post(f"{API}/questions/{q['id']}/hide", headers=admin_h).status_code == 200
    assert_error(api.get(f"{API}/questions/{q['id']}", headers=reader_h), 404)
    listed = api.get(f"{API}/courses/{c.id}/questions", headers=reader_h).json()
    assert listed["items"] == [] and listed["total"] == 0
    own = api.get(f"{API}/courses/{c.id}/questions", headers=author_h).json()["items"]
    assert [x["is_hidden"] for x in own] == [True]
    assert_error(_answer(api, author_h, q["id"]), 409, "question_hidden")
    assert api.get(f"{API}/admin/qa/reports", headers=admin_h).json() == []  # reports closed
    hidden = api.get(f"{API}/admin/qa/reports", params={"hidden": True}, headers=admin_h).json()
    assert len(hidden) == 2

    assert api.post(f"{API}/questions/{q['id']}/unhide", headers=c.owner_headers).status_code == 200
    assert api.post(f"{API}/answers/{a['id']}/unhide", headers=admin_h).status_code == 200
    shown = api.get(f"{API}/questions/{q['id']}", headers=reader_h).json()
    assert shown["answer_count"] == 1 and len(shown["answers"]) == 1


def test_instructor_inbox_lists_unanswered_questions_of_own_courses(db, api):
    c = Course(api)
    second = make_published_course(owner=c.owner, lecture_seconds=120)
    other = Course(api)
    _, h = c.student(api)
    _, other_h = other.student(api)
    enroll(user=make_user(), course_id=int(second.id))
    q1 = _ask(api, h, c.lectures[0], "First open question").json()
    q2 = _ask(api, h, c.lectures[1], "Answered question").json()
    _answer(api, h, q2["id"], "Found it myself")
    _ask(api, other_h, other.lectures[0], "Not for this instructor")
    inbox = api.get(f"{API}/instructor/questions", headers=c.owner_headers)
    assert inbox.status_code == 200
    assert [(i["question"]["id"], i["course_title"]) for i in inbox.json()] == [
        (q1["id"], c.course.title)
    ]
    assert api.get(f"{API}/instructor/questions", headers=h).json() == []


def test_notifications_follow_preferences_and_are_written_once(db, api, drain_outbox):
    from udemy_clone.core import outbox
    from udemy_clone.core.models import OutboxEvent

    c = Course(api)
    asker, asker_h = c.student(api)
    helper, helper_h = c.student(api)
    q = _ask(api, asker_h, c.lectures[0], "When is the exercise due?").json()
    drain_outbox()
    told = _notes(int(c.owner.id))
    assert [n.title for n in told] == [f"New question on {c.course.title}"]
    assert f"?question={q['id']}" in told[0].link
    assert len(_emails(int(c.owner.id))) == 1

    # running the event's handlers again writes nothing new
    with core_db.read_session() as session:
        event = session.exec(
            select(OutboxEvent).where(col(OutboxEvent.topic) == "qa.question_asked")
        ).one()
    for handler, _queue in outbox.handlers_for("qa.question_asked"):
        outbox.run_event_handler(int(event.id), handler)
    assert len(_notes(int(c.owner.id))) == 1 and len(_emails(int(c.owner.id))) == 1

    # the asker turns emails off: in-app only
    prefs = api.put(f"{API}/me/notification-preferences", json={"email_qa": False}, headers=asker_h)
    assert prefs.status_code == 200 and prefs.json()["email_qa"] is False
    _answer(api, c.owner_headers, q["id"], "Next Friday.")
    _answer(api, asker_h, q["id"], "Thanks!")  # one's own answer tells nobody
    drain_outbox()
    assert [n.body for n in _notes(int(asker.id))] == [
        f"The instructor answered your question on “{c.course.title}”."
    ]
    assert _emails(int(asker.id)) == []
    assert len(_notes(int(c.owner.id))) == 1  # the instructor is not told about answers

    # both channels off: nothing at all
    api.put(
        f"{API}/me/notification-preferences",
        json={"email_qa": False, "inapp_qa": False},
        headers=asker_h,
    )
    _answer(api, helper_h, q["id"], "Check the syllabus.")
    drain_outbox()
    assert len(_notes(int(asker.id))) == 1

    # the instructor asking on their own course tells nobody
    _ask(api, c.owner_headers, c.lectures[0], "Teacher's own question")
    drain_outbox()
    assert len(_notes(int(c.owner.id))) == 1
    assert helper.id
