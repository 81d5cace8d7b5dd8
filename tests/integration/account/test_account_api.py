"""The person's own account over REST: profile photo, data archive, closing the account."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from tests.support.factories import (
    DEFAULT_PASSWORD,
    enroll,
    login,
    make_published_course,
    make_user,
)
from udemy_clone.auth import service as auth_service
from udemy_clone.core import db as core_db
from udemy_clone.core.storage import get_storage
from udemy_clone.orders import service as orders_service

pytestmark = pytest.mark.timeout(120)


def _png(width: int = 400, height: int = 300, color: str = "teal") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, format="PNG")
    return out.getvalue()


def _photo_key(user_id: int) -> str | None:
    with core_db.read_session() as session:
        return auth_service.get_user(session=session, user_id=user_id).photo_key


# ---- photo ---------------------------------------------------------------------------------


def test_photo_is_checked_by_content_resized_and_served(api, db) -> None:
    user = make_user()
    headers = login(api, user.email)
    response = api.put(
        "/api/v1/me/photo", files={"file": ("me.png", _png(), "image/png")}, headers=headers
    )
    assert response.status_code == 200, response.text
    url = response.json()["photo_url"]
    assert url.startswith("/api/v1/photos/")
    served = api.get(url)
    assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
    image = Image.open(io.BytesIO(served.content))
    assert image.format == "JPEG" and image.size == (400, 400)
    assert api.get("/api/v1/me", headers=headers).json()["photo_url"] == url

    # replacing removes the old file after commit; removing forgets it
    old_key = _photo_key(int(user.id))
    again = api.put(
        "/api/v1/me/photo",
        files={"file": ("me.png", _png(color="red"), "image/png")},
        headers=headers,
    )
    assert again.status_code == 200 and again.json()["photo_url"] != url
    assert old_key and not get_storage().exists(old_key)
    removed = api.delete("/api/v1/me/photo", headers=headers)
    assert removed.status_code == 200 and removed.json()["photo_url"] is None


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("fake.png", b"<?php echo 'not an image'; ?>", 422, "not_an_image"),
        ("empty.png", b"", 422, "not_an_image"),
        ("tiny.png", None, 422, "image_too_small"),
        # refused by the gateway's body limit or by the photo's own, never stored
        ("huge.png", b"\x89PNG" + b"0" * (5 * 1024 * 1024 + 10), 413, "too_large"),
    ],
)
def test_bad_photos_are_refused_and_nothing_is_stored(api, db, name, data, status, code) -> None:
    user = make_user()
    headers = login(api, user.email)
    # ids repeat across rolled-back tests: files of an earlier test's user may be there
    stored_before = get_storage().list_keys(f"photos/{user.id}/")
    payload = _png(8, 8) if data is None else data
    response = api.put(
        "/api/v1/me/photo", files={"file": (name, payload, "image/png")}, headers=headers
    )
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"].endswith(code)
    assert _photo_key(int(user.id)) is None
    assert get_storage().list_keys(f"photos/{user.id}/") == stored_before


def test_photo_needs_a_file_and_a_signed_in_user(api, db) -> None:
    user = make_user()
    headers = login(api, user.email)
    assert api.put("/api/v1/me/photo", headers=headers).status_code == 422
    assert (
        api.put("/api/v1/me/photo", files={"file": ("a.png", _png(), "image/png")}).status_code
        == 401
    )
    assert api.get(f"/api/v1/photos/{user.id}/nothing.jpg").status_code == 404
    assert api.get(f"/api/v1/photos/{user.id}/..%2Fsecret.jpg").status_code == 404


# ---- data archive ----------------------------------------------------------------------------


def test_export_holds_everything_about_me_and_nothing_about_others(api, db) -> None:
    me = make_user(full_name="Exporting Person")
    other = make_user(full_name="Someone Else")
    course = make_published_course(title="Exported Course")
    enroll(user=me, course_id=int(course.id))
    enroll(user=other, course_id=int(course.id))
    headers = login(api, me.email)
    api.post("/api/v1/me/lists", json={"name": "Keep"}, headers=headers)
    curriculum = api.get(f"/api/v1/courses/{course.id}", headers=headers).json()
    lecture_id = curriculum["sections"][0]["lectures"][0]["id"]
    note = api.post(
        f"/api/v1/courses/{course.id}/notes",
        json={"lecture_id": lecture_id, "position_seconds": 12, "body": "Remember the fixture"},
        headers=headers,
    )
    assert note.status_code == 201, note.text
    response = api.get("/api/v1/me/export", headers=headers)
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    archive = json.loads(response.content)
    assert archive["profile"]["email"] == me.email
    assert [e["course_id"] for e in archive["enrollments"]] == [course.id]
    assert [p["title"] for p in archive["progress"]] == ["Exported Course"]
    assert [lst["name"] for lst in archive["lists"]] == ["Keep"]
    assert [n["body"] for n in archive["notes"]] == ["Remember the fixture"]
    assert archive["certificates"] == []
    for key in ("orders", "reviews", "notifications", "notification_preferences", "notes"):
        assert key in archive
    assert other.email not in response.text and "Someone Else" not in response.text
    assert api.get("/api/v1/me/export").status_code == 401


# ---- closing ---------------------------------------------------------------------------------


def _paid_order(user_id: int, course_id: int) -> int:
    with core_db.transaction() as session:
        order = orders_service.create_order(
            session=session, user_id=user_id, course_ids=[course_id]
        )
        orders_service.fulfil_order(session=session, order_id=int(order.id or 0))
        return int(order.id or 0)


def test_closing_keeps_orders_anonymises_and_ends_every_session(api, db) -> None:
    me = make_user(full_name="Closing Person")
    course = make_published_course(title="Bought Before Closing", price_cents=1999)
    order_id = _paid_order(int(me.id), int(course.id))
    session_a = api.post(
        "/api/v1/auth/login", json={"email": me.email, "password": DEFAULT_PASSWORD}
    ).json()
    headers = {"Authorization": f"Bearer {session_a['access_token']}"}
    api.put("/api/v1/me/photo", files={"file": ("me.png", _png(), "image/png")}, headers=headers)
    photo_key = _photo_key(int(me.id))

    response = api.post(
        "/api/v1/me/close", json={"password": DEFAULT_PASSWORD, "confirm": "CLOSE"}, headers=headers
    )
    assert response.status_code == 204, response.text

    # every session ends: the access token, and the refresh token cannot renew it
    assert api.get("/api/v1/me", headers=headers).status_code == 401
    refresh = api.post("/api/v1/auth/refresh", json={"refresh_token": session_a["refresh_token"]})
    assert refresh.status_code == 401
    # the person can no longer sign in
    again = api.post("/api/v1/auth/login", json={"email": me.email, "password": DEFAULT_PASSWORD})
    assert again.status_code == 401
    with core_db.read_session() as session:
        user = auth_service.get_user(session=session, user_id=int(me.id))
        assert user.email != me.email and "Closing Person" not in user.full_name
        assert user.photo_key is None and not user.is_active
        # the order stays for accounting, paid, with its amount
        orders, _ = orders_service.list_orders(session=session, user_id=int(me.id))
        assert [(o.id, o.status, o.amount_cents) for o in orders] == [(order_id, "paid", 1999)]
    assert photo_key and not get_storage().exists(photo_key)
    # the email is free for a new account
    assert (
        api.post(
            "/api/v1/auth/register",
            json={"email": me.email, "password": "another-Strong-pass-9", "full_name": "New"},
        ).status_code
        == 201
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),
        ({"password": DEFAULT_PASSWORD}, 422),
        ({"password": DEFAULT_PASSWORD, "confirm": "yes"}, 422),
        ({"password": "wrong-password", "confirm": "CLOSE"}, 422),
        ({"password": DEFAULT_PASSWORD, "confirm": "CLOSE", "extra": 1}, 422),
    ],
)
def test_closing_refuses_bad_input_and_changes_nothing(api, db, body, status) -> None:
    me = make_user()
    headers = login(api, me.email)
    response = api.post("/api/v1/me/close", json=body, headers=headers)
    assert response.status_code == status, response.text
    assert "error" in response.json()
    assert api.get("/api/v1/me", headers=headers).json()["email"] == me.email
    assert api.post("/api/v1/me/close", json=body).status_code == 401
