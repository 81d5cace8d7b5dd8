"""IDOR: user B tries user A's ids on every route that takes an id: 403/404, never data."""

from __future__ import annotations

import json

import pytest

from tests.support.factories import (
    enroll,
    login,
    make_coupon,
    make_course,
    make_published_course,
    make_user,
)
from tests.support.media_factories import first_lecture_ids, make_ready_video

API = "/api/v1"
SECRET_MARK = "alice-private-marker"


@pytest.fixture
def alice_and_bob(api):
    """Alice owns a draft course (section, lecture, video), an order, a review, a coupon, a
    notification and progress; Bob is another instructor and student."""
    alice = make_user(role="instructor", full_name=f"Alice {SECRET_MARK}")
    bob = make_user(role="instructor")
    a = login(api, alice.email)
    b = login(api, bob.email)
    draft = make_course(owner=alice, title=f"Draft {SECRET_MARK}")
    lecture_id = first_lecture_ids(int(draft.id))[0]
    video = make_ready_video(lecture_id=lecture_id, owner_id=int(alice.id), duration_seconds=60,
                             hls_dir=None)
    editor = api.get(f"{API}/courses/{draft.id}/editor", headers=a).json()
    section_id = editor["curriculum"][0]["id"]
    bought = make_published_course(price_cents=2500)
    enroll(user=alice, course_id=int(bought.id))
    review = api.post(f"{API}/courses/{bought.id}/reviews",
                      json={"rating": 5, "comment": f"Review {SECRET_MARK}"}, headers=a)
    assert review.status_code == 201, review.text
    other = make_published_course(price_cents=3000)
    api.post(f"{API}/cart/items", json={"course_id": other.id}, headers=a)
    order = api.post(f"{API}/checkout", json={"course_ids": [other.id]}, headers=a)
    assert order.status_code == 201, order.text
    coupon = make_coupon(creator=alice, course_id=int(draft.id), code="ALICEONLY")
    notifications = api.get(f"{API}/notifications", headers=a).json()["items"]
    return {
        "a": a, "b": b, "alice": alice, "course": int(draft.id), "section": section_id,
        "lecture": lecture_id, "video": int(video.id), "order": order.json()["order_id"],
        "review": review.json()["id"], "coupon": int(coupon.id), "bought": int(bought.id),
        "notification": notifications[0]["id"] if notifications else None,
    }


def _routes(ids: dict) -> list[tuple[str, str, dict | None]]:
    c, s, lec, v = ids["course"], ids["section"], ids["lecture"], ids["video"]
    routes = [
        ("GET", f"/courses/{c}", None),
        ("GET", f"/courses/{c}/editor", None),
        ("GET", f"/courses/{c}/curriculum", None),
        ("PATCH", f"/courses/{c}", {"title": "Taken over"}),
        ("DELETE", f"/courses/{c}", None),
        ("POST", f"/courses/{c}/submit", None),
        ("POST", f"/courses/{c}/unpublish", None),
        ("POST", f"/courses/{c}/sections", {"title": "Intruder"}),
        ("PUT", f"/courses/{c}/sections/order", {"section_ids": [s]}),
        ("PATCH", f"/sections/{s}", {"title": "Intruder"}),
        ("DELETE", f"/sections/{s}", None),
        ("POST", f"/sections/{s}/lectures", {"title": "Intruder"}),
        ("PUT", f"/sections/{s}/lectures/order", {"lecture_ids": [lec]}),
        ("PATCH", f"/lectures/{lec}", {"title": "Intruder"}),
        ("DELETE", f"/lectures/{lec}", None),
        ("GET", f"/lectures/{lec}/video", None),
        ("GET", f"/videos/{v}", None),
        ("GET", f"/lectures/{lec}/playback", None),
        ("POST", f"/lectures/{lec}/progress", {"position_seconds": 1, "watched_seconds": 1}),
        ("GET", f"/orders/{ids['order']}", None),
        ("POST", f"/orders/{ids['order']}/refund", None),
        ("POST", f"/payments/sandbox/{ids['order']}/complete", None),
        ("POST", f"/payments/sandbox/{ids['order']}/cancel", None),
        ("PATCH", f"/reviews/{ids['review']}", {"rating": 1, "comment": "Intruder"}),
        ("DELETE", f"/reviews/{ids['review']}", None),
        ("POST", f"/reviews/{ids['review']}/reply", {"body": "Intruder"}),
        ("POST", f"/coupons/{ids['coupon']}/deactivate", None),
        ("GET", f"/stats/instructor?course_id={c}", None),
        ("GET", "/stats/admin", None),
    ]
    if ids["notification"]:
        routes.append(("POST", f"/notifications/{ids['notification']}/read", None))
    return routes


def test_another_user_gets_no_data_and_changes_nothing(api, alice_and_bob):
    ids = alice_and_bob
    leaks = []
    for method, path, body in _routes(ids):
        response = api.request(method, f"{API}{path}", headers=ids["b"], json=body)
        text = response.text
        if response.status_code not in (403, 404) or SECRET_MARK in text:
            if path.startswith("/stats/instructor") and response.status_code == 200:
                if SECRET_MARK not in text and str(ids["course"]) not in text:
                    continue  # Bob's own (empty) statistics
            leaks.append(f"{method} {path} -> {response.status_code} {text[:120]}")
    assert leaks == []
    # Alice's things are untouched
    a = ids["a"]
    editor = api.get(f"{API}/courses/{ids['course']}/editor", headers=a).json()
    assert SECRET_MARK in json.dumps(editor)
    assert api.get(f"{API}/orders/{ids['order']}", headers=a).json()["status"] == "pending"
    mine = api.get(f"{API}/courses/{ids['bought']}/reviews/mine", headers=a).json()
    assert SECRET_MARK in json.dumps(mine)


def test_per_user_collections_only_show_the_callers_own(api, alice_and_bob):
    ids = alice_and_bob
    b = ids["b"]
    for path in ("/cart", "/orders", "/notifications", "/me/courses", "/instructor/courses",
                 f"/me/courses/{ids['bought']}/progress", "/coupons"):
        response = api.get(f"{API}{path}", headers=b)
        assert SECRET_MARK not in response.text, path
        assert "ALICEONLY" not in response.text, path
        if response.status_code == 200 and path == "/orders":
            assert response.json()["items"] == []
