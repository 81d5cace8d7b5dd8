"""Orders, cart lines and My courses: orders DTOs in, display rows out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from udemy_clone.orders.models import CartLine, OrderItemPublic, OrderPublic
from udemy_clone.playback.models import MyCourse
from udemy_clone.web.kit.order_rows import order_row
from udemy_clone.web.pages.cart.rows import cart_lines
from udemy_clone.web.pages.learning.rows import enrolled_courses

PAID = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)


def order(**changes: Any) -> OrderPublic:
    fields: dict[str, Any] = {
        "id": 42,
        "user_id": 9,
        "status": "paid",
        "items": [
            OrderItemPublic(
                course_id=1, title="Python", list_price_cents=2000, discount_cents=500,
                price_cents=1500,
            ),
            OrderItemPublic(
                course_id=2, title="SQL", list_price_cents=1000, discount_cents=0, price_cents=1000
            ),
        ],
        "currency": "USD",
        "subtotal_cents": 3000,
        "discount_cents": 500,
        "amount_cents": 2500,
        "coupon_code": "SPRING",
        "gateway": "sandbox",
        "created_at": PAID,
        "paid_at": PAID,
        "refunded_at": None,
        "refundable": True,
        "refund_deadline": datetime(2026, 6, 3, tzinfo=UTC),
    }  # fmt: skip
    return OrderPublic(**(fields | changes))


def test_an_order_row_prints_number_totals_and_lines():
    row = order_row(order())
    assert (row.number, row.status_color) == ("#000042", "green")
    assert (row.subtotal, row.discount, row.total) == ("$30.00", "-$5.00", "$25.00")
    assert (row.has_discount, row.coupon_code) == (True, "SPRING")
    assert [(line.title, line.list_price, line.price, line.discounted) for line in row.lines] == [
        ("Python", "$20.00", "$15.00", True),
        ("SQL", "$10.00", "$10.00", False),
    ]
    assert row.summary == "Python, SQL"
    assert (row.refundable, row.admin_refundable) == (True, True)
    assert (row.paid_date, row.refunded_date) == ("May 4, 2026", "")
    assert row.buyer == ""


def test_a_free_order_cannot_be_refunded_by_an_admin_and_has_no_coupon():
    row = order_row(
        order(
            subtotal_cents=0, discount_cents=0, amount_cents=0, coupon_code=None, refundable=False
        ),
        buyer="Grace Hopper",
    )
    assert (row.has_discount, row.coupon_code, row.admin_refundable) == (False, "", False)
    assert row.buyer == "Grace Hopper"


def test_orders_in_other_currencies_and_unknown_statuses():
    row = order_row(order(currency="JPY", amount_cents=1200, status="disputed"))
    assert row.total == "¥1,200"
    assert row.status_color == "gray"
    assert order_row(order(status="expired", items=[])).lines == []


def test_cart_lines_show_the_price_after_a_coupon_in_each_currency():
    lines = cart_lines(
        [
            CartLine(
                course_id=1, slug="python", title="Python", instructor_name="Ada",
                thumbnail_url=None, currency="EUR", price_cents=2000, discount_cents=500,
                final_price_cents=1500,
            ),
            CartLine(
                course_id=2, slug="free", title="Free course", instructor_name="Alan",
                thumbnail_url="/t.jpg", currency="USD", price_cents=0, discount_cents=0,
                final_price_cents=0,
            ),
        ]
    )  # fmt: skip
    assert [(line.price, line.final_price, line.discounted) for line in lines] == [
        ("€20.00", "€15.00", True),
        ("Free", "Free", False),
    ]
    assert [line.thumbnail for line in lines] == ["", "/t.jpg"]
    assert cart_lines([]) == []


def test_my_courses_carry_progress_and_the_enrolment_date():
    (course,) = enrolled_courses(
        [
            MyCourse(
                course_id=3, slug="sql", title="SQL", instructor_name="Edgar Codd",
                thumbnail_url=None, enrolled_at=PAID, progress_percent=0,
            )
        ]
    )  # fmt: skip
    assert (course.slug, course.instructor, course.thumbnail, course.progress) == (
        "sql",
        "Edgar Codd",
        "",
        0,
    )
    assert course.enrolled == "May 4, 2026"
    assert enrolled_courses([]) == []
