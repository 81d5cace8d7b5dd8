"""The orders endpoints of API.md with the sandbox gateway, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.support.factories import (
    enroll,
    make_coupon,
    make_course,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from tests.support.http import outbox_events as events
from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.orders import service
from udemy_clone.orders.events import OrderPaid, OrderRefunded
from udemy_clone.orders.models import Order


def course_stats(course_id: int) -> tuple[int, int]:
    from udemy_clone.catalog import service as catalog_service

    with db.read_session() as session:
        course = catalog_service.get_course(session=session, course_id=course_id)
        return course.enrollment_count, course.sales_count


def pay_in_sandbox(api, headers, order_id: int):
    return api.post(f"{API}/payments/sandbox/{order_id}/complete", headers=headers)


# --- auth, roles, ids ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/cart"),
        ("post", "/cart/items"),
        ("delete", "/cart/items/1"),
        ("post", "/checkout"),
        ("get", "/orders"),
        ("get", "/orders/1"),
        ("post", "/orders/1/refund"),
        ("get", "/me/courses"),
        ("post", "/coupons"),
        ("post", "/payments/sandbox/1/complete"),
        ("get", "/admin/orders"),
    ],
)
def test_every_endpoint_needs_sign_in(api, method, path):
    assert_error(getattr(api, method)(f"{API}{path}"), 401)


def test_role_checks_and_bad_ids(api):
    _, student = user_headers(api)
    assert_error(api.get(f"{API}/admin/orders", headers=student), 403)
    assert_error(
        api.post(f"{API}/coupons", json={"code": "X123", "percent_off": 5}, headers=student), 403
    )
    assert_error(api.get(f"{API}/orders/0", headers=student), 422)
    assert_error(api.get(f"{API}/orders/99999999999", headers=student), 422)
    assert_error(api.get(f"{API}/orders/424242", headers=student), 404, "order_not_found")
    assert_error(api.post(f"{API}/cart/items", json={"course_id": "x"}, headers=student), 422)
    assert_error(api.post(f"{API}/cart/items", json={"course_id": 424242}, headers=student), 404)


# --- cart --------------------------------------------------------------------------------------


def test_cart_add_list_remove(api):
    user, headers = user_headers(api)
    a = make_published_course(price_cents=1999)
    b = make_published_course(price_cents=4550)
    for course in (a, b, a):  # adding twice keeps one line
        response = api.post(
            f"{API}/cart/items", json={"course_id": a.id if course is a else b.id}, headers=headers
        )
        assert response.status_code == 201, response.text
    cart = api.get(f"{API}/cart", headers=headers).json()
    assert [i["course_id"] for i in cart["items"]] == [a.id, b.id]
    assert (cart["count"], cart["subtotal_cents"], cart["total_cents"]) == (2, 6549, 6549)
    assert cart["items"][0]["title"] == a.title and cart["currency"] == "USD"

    cart = api.delete(f"{API}/cart/items/{a.id}", headers=headers).json()
    assert [i["course_id"] for i in cart["items"]] == [b.id]
    assert_error(api.delete(f"{API}/cart/items/{a.id}", headers=headers), 404, "not_in_cart")


def test_cart_refuses_own_owned_and_unpublished_courses(api):
    instructor, teacher = user_headers(api, role="instructor")
    own = make_published_course(owner=instructor)
    assert_error(
        api.post(f"{API}/cart/items", json={"course_id": own.id}, headers=teacher),
        409,
        "own_course",
    )
    student, headers = user_headers(api)
    owned = make_published_course()
    enroll(user=student, course_id=owned.id)
    assert_error(
        api.post(f"{API}/cart/items", json={"course_id": owned.id}, headers=headers),
        409,
        "already_enrolled",
    )
    draft = make_course()
    assert_error(api.post(f"{API}/cart/items", json={"course_id": draft.id}, headers=headers), 404)


def test_coupon_preview_in_cart(api):
    _, headers = user_headers(api)
    course = make_published_course(price_cents=2000)
    coupon = make_coupon(percent_off=25)
    api.post(f"{API}/cart/items", json={"course_id": course.id}, headers=headers)
    cart = api.get(f"{API}/cart", params={"coupon_code": coupon.code.lower()}, headers=headers)
    body = cart.json()
    assert (body["discount_cents"], body["total_cents"]) == (500, 1500)
    assert body["coupon"]["code"] == coupon.code and "25% off" in body["coupon"]["description"]
    assert_error(
        api.get(f"{API}/cart", params={"coupon_code": "NOPE-123"}, headers=headers),
        422,
        "coupon_not_usable",
    )


# --- checkout and the sandbox ------------------------------------------------------------------


def test_checkout_with_coupon_paid_in_sandbox_enrolls_once(api):
    user, headers = user_headers(api)
    a = make_published_course(price_cents=1999)
    b = make_published_course(price_cents=4000)
    coupon = make_coupon(percent_off=50, max_redemptions=5)
    for course in (a, b):
        api.post(f"{API}/cart/items", json={"course_id": course.id}, headers=headers)

    response = api.post(f"{API}/checkout", json={"coupon_code": coupon.code}, headers=headers)
    assert response.status_code == 201, response.text
    started = response.json()
    assert started["status"] == "pending" and started["currency"] == "USD"
    assert started["amount_cents"] == 999 + 2000  # the 999.5 discount rounds to 1000
    assert (
        started["checkout_url"] == f"http://shop.test:3000/checkout/sandbox/{started['order_id']}"
    )
    # a second click on "Checkout" reuses the same order and coupon redemption
    again = api.post(f"{API}/checkout", json={"coupon_code": coupon.code}, headers=headers).json()
    assert again["order_id"] == started["order_id"]

    order_id = started["order_id"]
    for _ in range(3):
        paid = pay_in_sandbox(api, headers, order_id)
        assert paid.status_code == 200, paid.text
        assert paid.json()["status"] == "paid"
    courses = api.get(f"{API}/me/courses", headers=headers).json()
    assert {c["course_id"] for c in courses} == {a.id, b.id}
    assert all(c["progress_percent"] == 0 for c in courses)
    assert api.get(f"{API}/cart", headers=headers).json()["count"] == 0
    assert len([e for e in events(OrderPaid.topic) if e["order_id"] == order_id]) == 1
    assert course_stats(a.id) == (1, 1)
    with db.read_session() as session:
        assert session.get(type(coupon), coupon.id).redemptions == 1

    orders = api.get(f"{API}/orders", headers=headers).json()
    assert orders["total"] == 1
    listed = orders["items"][0]
    assert listed["status"] == "paid" and listed["amount_cents"] == 2999
    assert {i["course_id"]: i["price_cents"] for i in listed["items"]} == {a.id: 999, b.id: 2000}
    assert listed["refundable"] is True
    # buying again is refused: the courses are owned now
    assert_error(
        api.post(f"{API}/checkout", json={"course_ids": [a.id]}, headers=headers),
        409,
        "already_enrolled",
    )


def test_free_course_is_enrolled_without_payment(api):
    _, headers = user_headers(api)
    free = make_published_course(price_cents=0)
    response = api.post(f"{API}/checkout", json={"course_ids": [free.id]}, headers=headers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["status"], body["amount_cents"], body["checkout_url"]) == ("paid", 0, None)
    assert [c["course_id"] for c in api.get(f"{API}/me/courses", headers=headers).json()] == [
        free.id
    ]
    assert_error(
        api.post(f"{API}/orders/{body['order_id']}/refund", headers=headers), 409, "free_order"
    )


def test_checkout_validation(api):
    _, headers = user_headers(api)
    assert_error(api.post(f"{API}/checkout", json={}, headers=headers), 422, "empty_cart")
    assert_error(api.post(f"{API}/checkout", json={"course_ids": [0]}, headers=headers), 422)
    assert_error(api.post(f"{API}/checkout", json={"surprise": 1}, headers=headers), 422)
    usd = make_published_course(price_cents=1000)
    eur = make_published_course(price_cents=1000, currency="EUR")
    assert_error(
        api.post(f"{API}/checkout", json={"course_ids": [usd.id, eur.id]}, headers=headers),
        409,
        "mixed_currencies",
    )


def test_sandbox_payment_of_someone_elses_order_is_403(api):
    _, buyer = user_headers(api)
    _, other = user_headers(api)
    course = make_published_course()
    order_id = api.post(f"{API}/checkout", json={"course_ids": [course.id]}, headers=buyer).json()[
        "order_id"
    ]
    assert_error(pay_in_sandbox(api, other, order_id), 403)
    assert_error(api.get(f"{API}/orders/{order_id}", headers=other), 403)
    assert_error(pay_in_sandbox(api, buyer, 424242), 404)


def test_sandbox_cancel_expires_the_order_and_gives_the_coupon_back(api):
    _, headers = user_headers(api)
    course = make_published_course()
    coupon = make_coupon(percent_off=10, max_redemptions=1)
    order_id = api.post(
        f"{API}/checkout",
        json={"course_ids": [course.id], "coupon_code": coupon.code},
        headers=headers,
    ).json()["order_id"]
    cancelled = api.post(f"{API}/payments/sandbox/{order_id}/cancel", headers=headers)
    assert cancelled.json()["status"] == "expired"
    assert_error(pay_in_sandbox(api, headers, order_id), 409, "invalid_order_status")
    # the single redemption is free again
    second = api.post(
        f"{API}/checkout",
        json={"course_ids": [course.id], "coupon_code": coupon.code},
        headers=headers,
    )
    assert second.status_code == 201, second.text


def test_coupon_limits_expiry_and_scope(api):
    _, headers = user_headers(api)
    course = make_published_course(price_cents=3000)
    used_up = make_coupon(percent_off=10, max_redemptions=1)
    first = api.post(
        f"{API}/checkout",
        json={"course_ids": [course.id], "coupon_code": used_up.code},
        headers=headers,
    )
    assert first.status_code == 201, first.text
    _, someone = user_headers(api)
    assert_error(
        api.post(
            f"{API}/checkout",
            json={"course_ids": [course.id], "coupon_code": used_up.code},
            headers=someone,
        ),
        422,
        "coupon_not_usable",
    )

    expiring = make_coupon(percent_off=10)
    with db.transaction() as session:
        row = session.get(type(expiring), expiring.id)
        row.expires_at = utcnow() - timedelta(minutes=1)
        session.add(row)
    api.post(f"{API}/cart/items", json={"course_id": course.id}, headers=someone)
    assert_error(
        api.get(f"{API}/cart", params={"coupon_code": expiring.code}, headers=someone),
        422,
        "coupon_not_usable",
    )

    # an instructor's coupon without a course applies to that instructor's courses only
    instructor = make_user(role="instructor")
    scoped = make_coupon(creator=instructor, amount_off_cents=500)
    assert_error(
        api.get(f"{API}/cart", params={"coupon_code": scoped.code}, headers=someone),
        422,
        "coupon_not_usable",
    )
    theirs = make_published_course(owner=instructor, price_cents=3000)
    api.post(f"{API}/cart/items", json={"course_id": theirs.id}, headers=someone)
    cart = api.get(f"{API}/cart", params={"coupon_code": scoped.code}, headers=someone).json()
    assert {i["course_id"]: i["discount_cents"] for i in cart["items"]} == {
        course.id: 0,
        theirs.id: 500,
    }
    assert cart["total_cents"] == 5500


# --- refunds -----------------------------------------------------------------------------------


def _paid_order(api, headers, course_id: int) -> int:
    order_id = api.post(
        f"{API}/checkout", json={"course_ids": [course_id]}, headers=headers
    ).json()["order_id"]
    assert pay_in_sandbox(api, headers, order_id).status_code == 200
    return order_id


def test_refund_within_window_revokes_access(api):
    user, headers = user_headers(api)
    course = make_published_course(price_cents=2500)
    order_id = _paid_order(api, headers, course.id)
    response = api.post(f"{API}/orders/{order_id}/refund", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "refunded"
    assert api.get(f"{API}/me/courses", headers=headers).json() == []
    with db.read_session() as session:
        assert not service.is_enrolled(session=session, user_id=user.id, course_id=course.id)
    assert course_stats(course.id) == (0, 0)
    assert len([e for e in events(OrderRefunded.topic) if e["order_id"] == order_id]) == 1
    assert_error(
        api.post(f"{API}/orders/{order_id}/refund", headers=headers), 409, "invalid_order_status"
    )
    # bought again after the refund: access comes back
    second = _paid_order(api, headers, course.id)
    assert second != order_id
    assert [c["course_id"] for c in api.get(f"{API}/me/courses", headers=headers).json()] == [
        course.id
    ]


def test_refund_window_and_admin_override(api):
    _, headers = user_headers(api)
    _, other = user_headers(api)
    _, admin = user_headers(api, role="admin")
    course = make_published_course()
    order_id = _paid_order(api, headers, course.id)
    assert_error(api.post(f"{API}/orders/{order_id}/refund", headers=other), 403)
    with db.transaction() as session:
        order = session.get(Order, order_id)
        order.paid_at = utcnow() - timedelta(days=31)
        session.add(order)
    assert_error(
        api.post(f"{API}/orders/{order_id}/refund", headers=headers), 409, "refund_window_closed"
    )
    assert api.get(f"{API}/orders/{order_id}", headers=headers).json()["refundable"] is False
    listed = api.get(f"{API}/admin/orders", params={"status": "paid"}, headers=admin).json()
    assert order_id in [o["id"] for o in listed["items"]]
    response = api.post(f"{API}/orders/{order_id}/refund", headers=admin)
    assert response.status_code == 200 and response.json()["status"] == "refunded"


def test_pending_order_cannot_be_refunded(api):
    _, headers = user_headers(api)
    course = make_published_course()
    order_id = api.post(
        f"{API}/checkout", json={"course_ids": [course.id]}, headers=headers
    ).json()["order_id"]
    assert_error(
        api.post(f"{API}/orders/{order_id}/refund", headers=headers), 409, "invalid_order_status"
    )


# --- coupons -----------------------------------------------------------------------------------


def test_instructor_coupons_for_own_courses_only(api):
    instructor, headers = user_headers(api, role="instructor")
    own = make_published_course(owner=instructor)
    foreign = make_published_course()
    body = {"code": "launch-50", "percent_off": 50, "course_id": own.id, "max_redemptions": 10}
    response = api.post(f"{API}/coupons", json=body, headers=headers)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["code"] == "LAUNCH-50" and created["redemptions"] == 0
    assert_error(api.post(f"{API}/coupons", json=body, headers=headers), 409, "coupon_code_taken")
    assert_error(
        api.post(
            f"{API}/coupons",
            json={**body, "code": "X-OTHER", "course_id": foreign.id},
            headers=headers,
        ),
        403,
    )
    assert_error(
        api.post(
            f"{API}/coupons",
            json={"code": "BOTH1", "percent_off": 5, "amount_off_cents": 100},
            headers=headers,
        ),
        422,
    )
    assert_error(
        api.post(
            f"{API}/coupons",
            json={"code": "PAST1", "percent_off": 5, "expires_at": "2020-01-01T00:00:00Z"},
            headers=headers,
        ),
        422,
    )
    assert_error(
        api.post(f"{API}/coupons", json={"code": "HUGE1", "percent_off": 101}, headers=headers), 422
    )
    assert [c["code"] for c in api.get(f"{API}/coupons", headers=headers).json()] == ["LAUNCH-50"]
