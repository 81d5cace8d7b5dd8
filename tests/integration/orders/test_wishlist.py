"""The wishlist: keeping courses for later over REST, and price-drop alerts told once per drop,
in-app and by email, following the student's preferences."""

from __future__ import annotations

from sqlmodel import col, select

from tests.support.factories import enroll, login, make_published_course, user_headers
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CourseUpdate
from udemy_clone.core import db as core_db
from udemy_clone.notifications.models import EmailLog, Notification
from udemy_clone.orders import service as orders_service


def _reprice(course, cents: int) -> None:
    with core_db.transaction() as session:
        catalog_service.update_course(
            session=session,
            actor_id=int(course.owner_id),
            actor_roles=["instructor"],
            course_id=int(course.id),
            data=CourseUpdate(price_cents=cents),
        )


def _alerts(user_id: int) -> list[str]:
    with core_db.read_session() as session:
        rows = session.exec(
            select(Notification)
            .where(col(Notification.user_id) == user_id, col(Notification.kind) == "wishlist")
            .order_by(col(Notification.id))
        )
        return [row.body for row in rows]


def _emails(user_id: int) -> int:
    with core_db.read_session() as session:
        return len(list(session.exec(select(EmailLog).where(col(EmailLog.user_id) == user_id))))


def test_keep_list_and_remove_courses(db, api):
    first = make_published_course(title="Rust for Pythonistas")
    second = make_published_course(title="Go in practice")
    _, headers = user_headers(api)
    assert api.get("/api/v1/wishlist", headers=headers).json() == {"items": [], "count": 0}
    assert api.put(f"/api/v1/wishlist/{first.id}", headers=headers).status_code == 200
    answer = api.put(f"/api/v1/wishlist/{second.id}", headers=headers)
    assert [c["title"] for c in answer.json()["items"]] == [
        "Go in practice",
        "Rust for Pythonistas",
    ]
    again = api.put(f"/api/v1/wishlist/{second.id}", headers=headers)  # idempotent
    assert again.status_code == 200 and again.json()["count"] == 2
    gone = api.delete(f"/api/v1/wishlist/{first.id}", headers=headers)
    assert [c["title"] for c in gone.json()["items"]] == ["Go in practice"]


def test_bad_input_is_refused_and_nothing_is_stored(db, api):
    course = make_published_course()
    student, headers = user_headers(api)
    assert api.get("/api/v1/wishlist").status_code == 401
    assert api.put(f"/api/v1/wishlist/{course.id}").status_code == 401
    assert api.put("/api/v1/wishlist/0", headers=headers).status_code == 422
    assert api.put("/api/v1/wishlist/abc", headers=headers).status_code == 422
    missing = api.put("/api/v1/wishlist/999999", headers=headers)
    assert missing.status_code == 404
    assert api.delete(f"/api/v1/wishlist/{course.id}", headers=headers).status_code == 404
    enroll(user=student, course_id=int(course.id))
    owned = api.put(f"/api/v1/wishlist/{course.id}", headers=headers)
    assert owned.status_code == 409 and owned.json()["error"]["code"] == "already_enrolled"
    own_headers = login(api, _email_of(int(course.owner_id)))
    answer = api.put(f"/api/v1/wishlist/{course.id}", headers=own_headers)
    assert answer.status_code == 409 and answer.json()["error"]["code"] == "own_course"
    assert api.get("/api/v1/wishlist", headers=headers).json()["count"] == 0
    assert api.get("/api/v1/wishlist", headers=own_headers).json()["count"] == 0


def _email_of(user_id: int) -> str:
    from udemy_clone.auth import service as auth_service

    with core_db.read_session() as session:
        return auth_service.get_user(session=session, user_id=user_id).email


def test_a_price_drop_is_told_once_and_again_after_a_rise(db, api, drain_outbox):
    course = make_published_course(title="Rust for Pythonistas", price_cents=4999)
    student, headers = user_headers(api)
    bystander, _ = user_headers(api)  # has no wish: hears nothing
    api.put(f"/api/v1/wishlist/{course.id}", headers=headers)
    drain_outbox()

    _reprice(course, 1999)
    drain_outbox()
    assert _alerts(int(student.id)) == [
        "“Rust for Pythonistas” on your wishlist is now $19.99 (was $49.99)."
    ]
    assert _emails(int(student.id)) == 1
    assert _alerts(int(bystander.id)) == []

    _reprice(course, 1999)  # an edit that keeps the price tells nothing new
    drain_outbox()
    assert len(_alerts(int(student.id))) == 1

    _reprice(course, 2999)  # a rise is remembered silently ...
    drain_outbox()
    _reprice(course, 2499)  # ... so the next drop is told again
    drain_outbox()
    assert _alerts(int(student.id))[-1].endswith("is now $24.99 (was $29.99).")
    assert len(_alerts(int(student.id))) == 2


def test_preferences_decide_the_channels_and_buying_clears_the_wish(db, api, drain_outbox):
    course = make_published_course(title="Go in practice", price_cents=3000)
    student, headers = user_headers(api)
    api.put(f"/api/v1/wishlist/{course.id}", headers=headers)
    answer = api.put(
        "/api/v1/me/notification-preferences", headers=headers, json={"email_wishlist": False}
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["email_wishlist"] is False
    _reprice(course, 1000)
    drain_outbox()
    assert len(_alerts(int(student.id))) == 1
    assert _emails(int(student.id)) == 0

    with core_db.transaction() as session:
        order = orders_service.create_order(
            session=session, user_id=int(student.id), course_ids=[int(course.id)]
        )
        orders_service.fulfil_order(session=session, order_id=int(order.id))
    drain_outbox()
    assert api.get("/api/v1/wishlist", headers=headers).json()["count"] == 0
