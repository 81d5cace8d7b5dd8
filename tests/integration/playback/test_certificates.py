"""Certificates of completion: issued at 100 %, public verification, PDF, revoked on refund."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.support.factories import login, make_published_course, make_user, user_headers
from tests.support.http import API, assert_error
from tests.support.http import outbox_events as events
from tests.support.media_factories import first_lecture_ids, make_ready_video
from udemy_clone import events as app_events
from udemy_clone.core import db, outbox, queue
from udemy_clone.core.events import event_class
from udemy_clone.orders.events import OrderPaid, OrderRefunded
from udemy_clone.playback import service as playback_service
from udemy_clone.playback import tasks as playback_tasks

pytestmark = pytest.mark.timeout(120)

LECTURE_SECONDS = 20.0


def _course(*, lectures: int = 2, price_cents: int = 2500, title: str = "Rust für Anfänger"):
    owner = make_user(role="instructor", full_name="Ïgor Ñúñez")
    course = make_published_course(
        owner=owner, lectures_per_section=lectures, price_cents=price_cents, title=title
    )
    lecture_ids = first_lecture_ids(int(course.id))
    for lecture_id in lecture_ids:
        make_ready_video(
            lecture_id=lecture_id, owner_id=int(owner.id), duration_seconds=LECTURE_SECONDS
        )
    return owner, course, lecture_ids


def _watch(api, headers, lecture_id: int) -> None:
    response = api.post(
        f"{API}/lectures/{lecture_id}/progress",
        json={"position_seconds": LECTURE_SECONDS, "watched_seconds": LECTURE_SECONDS},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["completed"] is True


def _paid_order(api, headers, course_id: int) -> int:
    order_id = api.post(
        f"{API}/checkout", json={"course_ids": [course_id]}, headers=headers
    ).json()["order_id"]
    paid = api.post(f"{API}/payments/sandbox/{order_id}/complete", headers=headers)
    assert paid.status_code == 200, paid.text
    return order_id


def _student(api, name: str = "Zoë Müller"):
    student = make_user(full_name=name)
    return student, login(api, student.email)


def test_completing_every_lecture_issues_one_certificate(api):
    _, course, lecture_ids = _course()
    _, headers = _student(api)
    _paid_order(api, headers, int(course.id))

    _watch(api, headers, lecture_ids[0])
    assert api.get(f"{API}/me/certificates", headers=headers).json() == []  # 50 %: none yet
    _watch(api, headers, lecture_ids[1])

    mine = api.get(f"{API}/me/certificates", headers=headers).json()
    assert len(mine) == 1
    certificate = mine[0]
    assert certificate["student_name"] == "Zoë Müller"
    assert certificate["course_title"] == "Rust für Anfänger"
    assert certificate["instructor_name"] == "Ïgor Ñúñez"
    assert certificate["status"] == "valid"
    assert certificate["video_seconds"] == 2 * LECTURE_SECONDS
    assert certificate["verify_url"].endswith(f"/certificate/{certificate['id']}")
    assert len(certificate["id"]) >= 20  # 128 random bits, not a sequence number

    # watching again, or asking again, never makes a second one
    api.post(
        f"{API}/lectures/{lecture_ids[1]}/progress",
        json={"position_seconds": 5, "watched_seconds": 5},
        headers=headers,
    )
    with db.transaction() as session:
        again = playback_service.issue_certificate_if_complete(
            session=session, user_id=_me(api, headers), course_id=int(course.id)
        )
        assert again is not None and again.token == certificate["id"]
    assert len(api.get(f"{API}/me/certificates", headers=headers).json()) == 1


def _me(api, headers) -> int:
    return int(api.get(f"{API}/me", headers=headers).json()["id"])


def test_anyone_can_verify_a_certificate_and_download_its_pdf(api):
    _, course, lecture_ids = _course(lectures=1)
    _, headers = _student(api)
    _paid_order(api, headers, int(course.id))
    _watch(api, headers, lecture_ids[0])
    token = api.get(f"{API}/me/certificates", headers=headers).json()[0]["id"]

    public = api.get(f"{API}/certificates/{token}")  # no sign-in needed
    assert public.status_code == 200, public.text
    assert public.json()["student_name"] == "Zoë Müller"
    assert public.json()["status"] == "valid"

    pdf = api.get(f"{API}/certificates/{token}/pdf")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert b"DejaVu" in pdf.content  # the Unicode font is embedded, so "Zoë" renders


def test_bad_certificate_ids_get_a_clear_4xx(api):
    assert_error(api.get(f"{API}/certificates/short"), 422, "validation_error")
    assert_error(api.get(f"{API}/certificates/{'x' * 22}"), 404, "certificate_not_found")
    assert_error(api.get(f"{API}/certificates/{'x' * 22}/pdf"), 404, "certificate_not_found")
    assert_error(api.get(f"{API}/certificates/bad%20id%20with%20spaces!!"), 422)
    assert_error(api.get(f"{API}/me/certificates"), 401)


def test_the_instructor_watching_their_own_course_gets_no_certificate(api):
    owner, _, lecture_ids = _course(lectures=1)
    headers = login(api, owner.email)
    _watch(api, headers, lecture_ids[0])
    assert api.get(f"{API}/me/certificates", headers=headers).json() == []


def test_a_refund_revokes_the_certificate(api, monkeypatch):
    # the app's subscriptions, registered afresh (other suites swap the handler table)
    monkeypatch.setattr(outbox, "_handlers", defaultdict(list))
    monkeypatch.setattr(app_events, "_registered", False)
    app_events.register_handlers()
    _, course, lecture_ids = _course(lectures=1)
    _, headers = _student(api)
    order_id = _paid_order(api, headers, int(course.id))
    _watch(api, headers, lecture_ids[0])
    token = api.get(f"{API}/me/certificates", headers=headers).json()[0]["id"]

    refunded = api.post(f"{API}/orders/{order_id}/refund", headers=headers)
    assert refunded.status_code == 200, refunded.text
    handlers = [queue.resolve(path) for path, _ in outbox.handlers_for(OrderRefunded.topic)]
    assert playback_tasks.revoke_certificates_on_refund in handlers
    payload = next(e for e in events(OrderRefunded.topic) if e["order_id"] == order_id)
    event = event_class(OrderRefunded.topic).from_payload(payload)
    playback_tasks.revoke_certificates_on_refund(event, event_id=1)
    playback_tasks.revoke_certificates_on_refund(event, event_id=1)  # a retry is harmless

    public = api.get(f"{API}/certificates/{token}").json()
    assert public["status"] == "revoked"
    assert public["revoked_at"] is not None
    assert api.get(f"{API}/me/certificates", headers=headers).json()[0]["status"] == "revoked"

    # bought again: the course is still complete, so the same certificate is valid again
    again = _paid_order(api, headers, int(course.id))
    handlers = [queue.resolve(path) for path, _ in outbox.handlers_for(OrderPaid.topic)]
    assert playback_tasks.reinstate_certificates_on_purchase in handlers
    paid = next(e for e in events(OrderPaid.topic) if e["order_id"] == again)
    playback_tasks.reinstate_certificates_on_purchase(
        event_class(OrderPaid.topic).from_payload(paid), event_id=2
    )
    assert api.get(f"{API}/certificates/{token}").json()["status"] == "valid"
    assert len(api.get(f"{API}/me/certificates", headers=headers).json()) == 1


def test_a_refund_of_another_order_keeps_a_certificate_still_granted(api):
    _, course, lecture_ids = _course(lectures=1)
    student, headers = user_headers(api)
    _paid_order(api, headers, int(course.id))
    _watch(api, headers, lecture_ids[0])
    with db.transaction() as session:
        revoked = playback_service.revoke_refunded_certificates(
            session=session, user_id=int(student.id), course_ids=[int(course.id)]
        )
    assert revoked == 0  # still enrolled: the certificate stands
    assert api.get(f"{API}/me/certificates", headers=headers).json()[0]["status"] == "valid"
