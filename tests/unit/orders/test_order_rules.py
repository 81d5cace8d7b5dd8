"""Rules without a database: the order state machine, coupon arithmetic, money formatting."""

from __future__ import annotations

import pytest

from udemy_clone.catalog.models import Course
from udemy_clone.core.errors import Conflict
from udemy_clone.core.money import format_money, format_price
from udemy_clone.orders.models import Coupon, CouponCreate, OrderStatus
from udemy_clone.orders.service import (
    can_transition,
    check_transition,
    coupon_discount,
    describe_coupon,
)

ALLOWED = {("pending", "paid"), ("pending", "expired"), ("paid", "refunded")}


@pytest.mark.parametrize("current", [s.value for s in OrderStatus])
@pytest.mark.parametrize("target", [s.value for s in OrderStatus])
def test_only_the_documented_transitions_are_allowed(current, target):
    allowed = (current, target) in ALLOWED
    assert can_transition(current, target) is allowed
    if allowed:
        check_transition(current, target)
    else:
        with pytest.raises(Conflict) as refused:
            check_transition(current, target)
        assert refused.value.code == "invalid_order_status"
        assert refused.value.message.endswith(".")


def test_unknown_states_never_transition():
    assert not can_transition("shipped", "paid")
    assert not can_transition("pending", "cancelled")


def course(price: int, *, course_id: int = 1, owner_id: int = 7, currency: str = "USD") -> Course:
    return Course(
        id=course_id,
        slug=f"c{course_id}",
        title="C",
        owner_id=owner_id,
        category_id=1,
        price_cents=price,
        currency=currency,
    )


def test_percent_coupon_rounds_to_the_nearest_minor_unit():
    coupon = Coupon(code="P", created_by=1, percent_off=15)
    assert coupon_discount(coupon, course(1999)) == 300  # 299.85
    assert coupon_discount(coupon, course(1)) == 0
    assert coupon_discount(Coupon(code="F", created_by=1, percent_off=100), course(1999)) == 1999


def test_fixed_coupon_needs_the_same_currency_and_never_goes_below_zero():
    coupon = Coupon(code="A", created_by=1, amount_off_cents=500, currency="USD")
    assert coupon_discount(coupon, course(1999)) == 500
    assert coupon_discount(coupon, course(300)) == 300
    assert coupon_discount(coupon, course(1999, currency="EUR")) == 0


def test_coupon_scope_course_instructor_site():
    for_course = Coupon(code="C", created_by=1, percent_off=10, course_id=2)
    for_instructor = Coupon(code="I", created_by=7, percent_off=10, instructor_id=7)
    assert coupon_discount(for_course, course(1000, course_id=2)) == 100
    assert coupon_discount(for_course, course(1000, course_id=3)) == 0
    assert coupon_discount(for_instructor, course(1000, owner_id=7)) == 100
    assert coupon_discount(for_instructor, course(1000, owner_id=8)) == 0
    assert describe_coupon(for_course) == "10% off this course"
    site = Coupon(code="S", created_by=1, amount_off_cents=250, currency="USD")
    assert describe_coupon(site) == "$2.50 off every course"


@pytest.mark.parametrize(
    "body",
    [
        {"code": "AB", "percent_off": 10},
        {"code": "has space", "percent_off": 10},
        {"code": "NONE1"},
        {"code": "BOTH1", "percent_off": 10, "amount_off_cents": 100},
        {"code": "ZERO1", "percent_off": 0},
    ],
)
def test_coupon_input_is_checked(body):
    with pytest.raises(ValueError):
        CouponCreate(**body)


def test_coupon_codes_are_upper_case():
    assert CouponCreate(code=" spring-24 ", percent_off=5).code == "SPRING-24"


@pytest.mark.parametrize(
    ("cents", "currency", "text"),
    [
        (1999, "USD", "$19.99"),
        (0, "USD", "$0.00"),
        (123456, "EUR", "€1,234.56"),
        (1200, "JPY", "¥1,200"),
        (1999, "SEK", "SEK 19.99"),
        (-500, "GBP", "-£5.00"),
        (1999, "usd", "$19.99"),
    ],
)
def test_money_is_formatted_for_people(cents, currency, text):
    assert format_money(cents, currency) == text


def test_zero_price_reads_free():
    assert format_price(0, "USD") == "Free"
    assert format_price(500, "USD") == "$5.00"
