"""Money integrity: one open order per course, refunds that respect other grants, expiry of
pending orders, coupon limits per student, and a coupon preview that tells nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select

from tests.integration.orders.test_orders_api import API, assert_error, pay_in_sandbox
from tests.integration.orders.test_payment_races import run_together
from tests.support.factories import (
    make_coupon,
    make_published_course,
    make_user,
    user_headers,
)
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CourseUpdate
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.orders.models import Coupon, OpenOrderLine, Order
from udemy_clone.orders.tasks import expire_stale_orders


def checkout(api, headers, course_ids, coupon_code=None):
    body: dict = {"course_ids": course_ids}
    if coupon_code:
        body["coupon_code"] = coupon_code
    return api.post(f"{API}/checkout", json=body, headers=headers)


def pending_orders(user_id: int) -> list[Order]:
    with db.read_session() as session:
        return list(
            session.exec(
                select(Order).where(col(Order.user_id) == user_id, col(Order.status) == "pending")
            )
        )


def is_enrolled(user_id: int, course_id: int) -> bool:
    with db.read_session() as session:
        return service.is_enrolled(session=session, user_id=user_id, course_id=course_id)


def refund(order_id: int, user_id: int) -> None:
    with db.transaction() as session:
        service.refund_order(
            session=session, actor_id=user_id, actor_roles=["student"], order_id=order_id
        )


# --- 1. a course is in at most one open order; refunds respect the other grants -------------


def test_course_in_a_pending_order_cannot_go_into_another(api):
    user, headers = user_headers(api)
    a = make_published_course(price_cents=2000)
    b = make_published_course(price_cents=3000)
    first = checkout(api, headers, [a.id])
    assert first.status_code == 201, first.text
    # the same courses again: the open order is reused (a second click, a second tab)
    again = checkout(api, headers, [a.id])
    assert again.status_code == 201 and again.json()["order_id"] == first.json()["order_id"]
    # the course with another one, or with a coupon: refused, nothing stored
    error = assert_error(checkout(api, headers, [a.id, b.id]), 409, "course_already_pending")
    assert "already in a checkout" in error["message"]
    coupon = make_coupon(percent_off=10)
    assert_error(checkout(api, headers, [a.id], coupon.code), 409, "course_already_pending")
    assert [o.id for o in pending_orders(user.id)] == [first.json()["order_id"]]
    with db.read_session() as session:
        assert session.get(Coupon, coupon.id).redemptions == 0
    # another course alone is fine
    assert checkout(api, headers, [b.id]).status_code == 201
    # paid: the course is owned now
    assert pay_in_sandbox(api, headers, first.json()["order_id"]).status_code == 200
    assert_error(checkout(api, headers, [a.id]), 409, "already_enrolled")


def test_free_grant_keeps_access_after_the_paid_order_is_refunded(api):
    user, headers = user_headers(api)
    course = make_published_course(price_cents=2500)
    order_id = checkout(api, headers, [course.id]).json()["order_id"]
    assert pay_in_sandbox(api, headers, order_id).status_code == 200
    with db.transaction() as session:  # an admin also grants the course for free
        service.enroll_student(session=session, user_id=user.id, course_id=course.id)
    refund(order_id, user.id)
    assert is_enrolled(user.id, course.id)
    assert [c["course_id"] for c in api.get(f"{API}/me/courses", headers=headers).json()] == [
        course.id
    ]


def test_refunding_one_of_two_paid_orders_keeps_access_in_two_currencies(api):
    """Two paid orders for one course (as left by the old code: USD, then EUR after a price
    change): refunding one keeps access, refunding both takes it back."""
    user, headers = user_headers(api)
    course = make_published_course(price_cents=2000, currency="USD")
    usd_order = checkout(api, headers, [course.id]).json()["order_id"]
    with db.transaction() as session:  # the data the old code could leave: no open lines
        for line in session.exec(select(OpenOrderLine)).all():
            session.delete(line)
        catalog_service.update_course(
            session=session,
            actor_id=int(course.owner_id),
            actor_roles=["instructor"],
            course_id=course.id,
            data=CourseUpdate(price_cents=1800, currency="EUR"),
        )
    eur = checkout(api, headers, [course.id]).json()
    assert eur["currency"] == "EUR" and eur["order_id"] != usd_order
    for order_id in (usd_order, eur["order_id"]):
        assert pay_in_sandbox(api, headers, order_id).json()["status"] == "paid"

    refund(usd_order, user.id)
    assert is_enrolled(user.id, course.id)
    refund(eur["order_id"], user.id)
    assert not is_enrolled(user.id, course.id)
    with db.read_session() as session:
        assert (
            catalog_service.get_course(session=session, course_id=course.id).enrollment_count == 0
        )


@pytest.fixture
def committed(committed_db):
    return committed_db


def test_concurrent_checkouts_make_one_pending_order(committed):
    student = make_user()
    a = make_published_course(price_cents=2000)
    b = make_published_course(price_cents=3000)
    calls = [
        lambda: service.start_checkout(user_id=student.id, course_ids=[a.id]),
        lambda: service.start_checkout(user_id=student.id, course_ids=[a.id, b.id]),
        lambda: service.start_checkout(user_id=student.id, course_ids=[b.id, a.id]),
        lambda: service.start_checkout(user_id=student.id, course_ids=[a.id]),
    ]
    results = run_together(*calls)
    refused = [r for r in results if isinstance(r, Exception)]
    assert all(
        isinstance(r, DomainError) and r.code == "course_already_pending" for r in refused
    ), refused
    pending = pending_orders(student.id)
    assert len(pending) == 1
    assert {r.order_id for r in results if not isinstance(r, Exception)} == {pending[0].id}


# --- 2. pending orders expire; coupons have a limit per student -----------------------------


def test_pending_orders_expire_after_the_ttl_and_give_back_course_and_coupon(api, monkeypatch):
    monkeypatch.setenv("ORDER_PENDING_TTL_MINUTES", "45")
    get_settings.cache_clear()
    user, headers = user_headers(api)
    course = make_published_course(price_cents=4000)
    coupon = make_coupon(percent_off=50, max_redemptions=1)
    started = checkout(api, headers, [course.id], coupon.code).json()
    with db.read_session() as session:
        order = session.get(Order, started["order_id"])
        left = as_utc(order.expires_at) - utcnow()
        assert timedelta(minutes=44) < left <= timedelta(minutes=45)
    assert expire_stale_orders() == 0  # not yet

    with db.transaction() as session:
        order = session.get(Order, started["order_id"])
        order.expires_at = utcnow() - timedelta(seconds=1)
        session.add(order)
    assert expire_stale_orders() == 1
    assert expire_stale_orders() == 0  # idempotent
    with db.read_session() as session:
        assert session.get(Order, started["order_id"]).status == "expired"
        assert session.get(Coupon, coupon.id).redemptions == 0
    assert_error(pay_in_sandbox(api, headers, started["order_id"]), 409, "invalid_order_status")
    # course and coupon may go into a new order
    again = checkout(api, headers, [course.id], coupon.code)
    assert again.status_code == 201 and again.json()["amount_cents"] == 2000


def test_ttl_is_clamped_to_stripes_minimum(api, monkeypatch):
    monkeypatch.setenv("ORDER_PENDING_TTL_MINUTES", "5")
    get_settings.cache_clear()
    _, headers = user_headers(api)
    course = make_published_course()
    order_id = checkout(api, headers, [course.id]).json()["order_id"]
    with db.read_session() as session:
        left = as_utc(session.get(Order, order_id).expires_at) - utcnow()
    assert timedelta(minutes=29) < left <= timedelta(minutes=32)


def test_a_stale_pending_order_does_not_block_a_new_checkout(api):
    user, headers = user_headers(api)
    course = make_published_course()
    old = checkout(api, headers, [course.id]).json()["order_id"]
    with db.transaction() as session:
        order = session.get(Order, old)
        order.expires_at = utcnow() - timedelta(minutes=1)
        session.add(order)
    new = checkout(api, headers, [course.id])
    assert new.status_code == 201 and new.json()["order_id"] != old
    with db.read_session() as session:
        assert session.get(Order, old).status == "expired"


def test_a_coupon_is_used_once_per_student_by_default(api):
    _, headers = user_headers(api)
    _, other = user_headers(api)
    a = make_published_course(price_cents=2000)
    b = make_published_course(price_cents=2000)
    coupon = make_coupon(percent_off=10)
    assert coupon.max_per_student == 1
    first = checkout(api, headers, [a.id], coupon.code)
    assert first.status_code == 201
    error = assert_error(checkout(api, headers, [b.id], coupon.code), 409, "coupon_already_used")
    assert "already used this coupon" in error["message"]
    assert checkout(api, other, [b.id], coupon.code).status_code == 201  # another student
    # the first order expires: the student may use the coupon again
    assert (
        api.post(
            f"{API}/payments/sandbox/{first.json()['order_id']}/cancel", headers=headers
        ).json()["status"]
        == "expired"
    )
    assert checkout(api, headers, [b.id], coupon.code).status_code == 201
    with db.read_session() as session:
        assert session.get(Coupon, coupon.id).redemptions == 2


def test_max_per_student_is_set_on_creation(api):
    _, admin = user_headers(api, role="admin")
    created = api.post(
        f"{API}/coupons",
        json={"code": "TWICE-10", "percent_off": 10, "max_per_student": 2},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    assert created.json()["max_per_student"] == 2
    _, headers = user_headers(api)
    courses = [make_published_course(price_cents=1000) for _ in range(3)]
    assert checkout(api, headers, [courses[0].id], "TWICE-10").status_code == 201
    assert checkout(api, headers, [courses[1].id], "TWICE-10").status_code == 201
    assert_error(checkout(api, headers, [courses[2].id], "TWICE-10"), 409, "coupon_already_used")
    assert_error(
        api.post(
            f"{API}/coupons",
            json={"code": "ZERO-10", "percent_off": 10, "max_per_student": 0},
            headers=admin,
        ),
        422,
    )


def test_one_student_racing_the_same_coupon_on_two_courses_uses_it_once(committed):
    student = make_user()
    courses = [make_published_course(price_cents=2000) for _ in range(2)]
    coupon = make_coupon(percent_off=50)
    results = run_together(
        *[
            (
                lambda c=c: service.start_checkout(
                    user_id=student.id, course_ids=[c.id], coupon_code=coupon.code
                )
            )
            for c in courses
        ]
    )
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1, losers
    assert all(isinstance(r, DomainError) and r.code == "coupon_already_used" for r in losers)
    with db.read_session() as session:
        assert session.get(Coupon, coupon.id).redemptions == 1


# --- 3. the coupon preview does not tell which codes exist ----------------------------------


def test_unknown_and_inapplicable_codes_get_the_same_answer(api):
    _, headers = user_headers(api)
    instructor = make_user(role="instructor")
    elsewhere = make_coupon(creator=instructor, percent_off=30)  # for the instructor's courses
    expired = make_coupon(percent_off=10)
    with db.transaction() as session:
        row = session.get(Coupon, expired.id)
        row.expires_at = utcnow() - timedelta(minutes=1)
        session.add(row)
    valid = make_coupon(percent_off=10)

    def answer(code: str):
        response = api.get(f"{API}/cart", params={"coupon_code": code}, headers=headers)
        return response.status_code, response.json()

    # an empty cart: a code that exists is not told apart from one that does not
    unknown = answer("NO-SUCH-CODE")
    assert unknown[0] == 422 and unknown[1]["error"]["code"] == "coupon_not_usable"
    assert answer(valid.code) == unknown
    course = make_published_course(price_cents=2000)
    api.post(f"{API}/cart/items", json={"course_id": course.id}, headers=headers)
    assert answer("NO-SUCH-CODE") == unknown
    assert answer(elsewhere.code) == unknown
    assert answer(expired.code) == unknown
    assert answer(valid.code)[0] == 200
