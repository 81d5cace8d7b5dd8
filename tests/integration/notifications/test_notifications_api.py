"""REST contract of notifications, preferences and follows (both databases)."""

from __future__ import annotations

from tests.support.factories import make_category, user_headers
from udemy_clone.core import db as core_db
from udemy_clone.notifications import service
from udemy_clone.notifications.models import NotificationKind
from udemy_clone.notifications.service import Message


def _notify(user_id: int, n: int) -> None:
    with core_db.transaction() as session:
        service.deliver(
            session=session,
            messages=[
                Message(
                    user_id=user_id,
                    kind=NotificationKind.sale,
                    dedupe_key=f"t:{i}",
                    title=f"Note {i}",
                    link="/studio",
                )
                for i in range(n)
            ],
        )


def test_list_read_and_read_all(api):
    user, headers = user_headers(api)
    other, other_headers = user_headers(api)
    _notify(int(user.id), 3)
    _notify(int(other.id), 1)

    page = api.get("/api/v1/notifications?page_size=2", headers=headers).json()
    assert page["total"] == 3 and page["page_size"] == 2
    assert [n["title"] for n in page["items"]] == ["Note 2", "Note 1"]  # newest first
    first = page["items"][0]

    read = api.post(f"/api/v1/notifications/{first['id']}/read", headers=headers)
    assert read.status_code == 200 and read.json()["read"] is True
    unread = api.get("/api/v1/notifications?unread=true", headers=headers).json()
    assert unread["total"] == 2
    assert api.get("/api/v1/notifications/unread-count", headers=headers).json() == {"unread": 2}

    assert api.post("/api/v1/notifications/read-all", headers=headers).json() == {"unread": 0}
    assert api.get("/api/v1/notifications?unread=true", headers=headers).json()["total"] == 0
    # the other user's notification is untouched, and not theirs to mark
    other_id = api.get("/api/v1/notifications", headers=other_headers).json()["items"][0]["id"]
    assert api.post(f"/api/v1/notifications/{other_id}/read", headers=headers).status_code == 403
    assert api.get("/api/v1/notifications/unread-count", headers=other_headers).json() == {
        "unread": 1
    }


def test_errors(api):
    _user, headers = user_headers(api)
    assert api.get("/api/v1/notifications").status_code == 401
    assert api.post("/api/v1/notifications/read-all").status_code == 401
    assert api.get("/api/v1/me/notification-preferences").status_code == 401
    assert api.get("/api/v1/me/follows").status_code == 401
    bad = {"Authorization": "Bearer not-a-token"}
    assert api.get("/api/v1/notifications", headers=bad).status_code == 401
    missing = api.post("/api/v1/notifications/999999/read", headers=headers)
    assert (
        missing.status_code == 404 and missing.json()["error"]["code"] == "notification_not_found"
    )
    assert api.post("/api/v1/notifications/0/read", headers=headers).status_code == 422
    assert api.get("/api/v1/notifications?page_size=101", headers=headers).status_code == 422
    assert api.get("/api/v1/admin/emails", headers=headers).status_code == 403
    wrong = api.put(
        "/api/v1/me/notification-preferences", json={"email_lottery": True}, headers=headers
    )
    assert wrong.status_code == 422 and wrong.json()["error"]["code"] == "validation_error"
    assert api.get("/api/v1/notifications/unsubscribe?token=xxxxxxxxxxxx").status_code == 422


def test_preferences_round_trip(api):
    _user, headers = user_headers(api)
    prefs = api.get("/api/v1/me/notification-preferences", headers=headers).json()
    assert prefs["email_purchase"] is True and prefs["email_new_course"] is False
    assert prefs["inapp_new_course"] is True
    changed = api.put(
        "/api/v1/me/notification-preferences",
        json={"email_new_course": True, "inapp_sale": False},
        headers=headers,
    )
    assert changed.status_code == 200
    again = api.get("/api/v1/me/notification-preferences", headers=headers).json()
    assert again["email_new_course"] is True and again["inapp_sale"] is False
    assert again["email_purchase"] is True  # not sent: kept


def test_follow_and_unfollow(api):
    _student, headers = user_headers(api)
    instructor, instructor_headers = user_headers(api, role="instructor")
    category = make_category(name="Data Science")

    created = api.post(f"/api/v1/follows/category/{category.id}", headers=headers)
    assert created.status_code == 201 and created.json()["following"] is True
    assert api.post(f"/api/v1/follows/category/{category.id}", headers=headers).status_code == 201
    assert (
        api.post(f"/api/v1/follows/instructor/{instructor.id}", headers=headers).json()["followers"]
        == 1
    )
    follows = api.get("/api/v1/me/follows", headers=headers).json()
    assert {(f["kind"], f["name"]) for f in follows} == {
        ("category", "Data Science"),
        ("instructor", instructor.full_name),
    }
    status = api.get(f"/api/v1/follows/category/{category.id}").json()
    assert status == {
        "kind": "category",
        "target_id": category.id,
        "following": False,
        "followers": 1,
    }

    assert api.delete(f"/api/v1/follows/category/{category.id}", headers=headers).status_code == 204
    assert api.delete(f"/api/v1/follows/category/{category.id}", headers=headers).status_code == 204
    assert [f["kind"] for f in api.get("/api/v1/me/follows", headers=headers).json()] == [
        "instructor"
    ]

    assert api.post(f"/api/v1/follows/category/{category.id}").status_code == 401
    assert api.post("/api/v1/follows/category/999999", headers=headers).status_code == 404
    assert api.post("/api/v1/follows/planet/1", headers=headers).status_code == 422
    student_as_instructor = api.post(
        f"/api/v1/follows/instructor/{_student.id}", headers=instructor_headers
    )
    assert student_as_instructor.status_code == 404  # not an instructor
    assert (
        api.post(
            f"/api/v1/follows/instructor/{instructor.id}", headers=instructor_headers
        ).status_code
        == 422
    )  # yourself


def test_admin_sees_the_email_log(api):
    _admin, headers = user_headers(api, role="admin")
    response = api.get("/api/v1/admin/emails", headers=headers)
    assert response.status_code == 200 and "items" in response.json()
