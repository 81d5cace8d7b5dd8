"""Rules of the revenue ledger that need no database: fee split, shares, referral codes,
channels, statement months and the CSV of a statement."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from udemy_clone.core.errors import InvalidInput
from udemy_clone.orders.ledger import instructor_share, split_fee
from udemy_clone.orders.ledger_models import SaleChannel, Statement, StatementLine
from udemy_clone.orders.referrals import instructor_of_code, referral_code, sale_channel
from udemy_clone.orders.statements import parse_month, statement_csv


@given(st.integers(0, 10_000), st.lists(st.integers(1, 100_000), min_size=1, max_size=8))
def test_fee_parts_add_up_to_the_fee(fee, prices):
    parts = split_fee(fee, prices)
    assert sum(parts) == fee
    assert all(part >= 0 for part in parts)


def test_fee_split_is_proportional_and_shares_round_down():
    assert split_fee(100, [1000, 3000]) == [25, 75]
    assert split_fee(1, [500, 500]) == [1, 0]
    assert instructor_share(999, 37) == 369
    assert instructor_share(-5, 97) == 0


@pytest.mark.parametrize("instructor_id", [1, 35, 36, 12_345, 2_147_483_647])
def test_referral_codes_round_trip(instructor_id):
    code = referral_code(instructor_id)
    assert instructor_of_code(code) == instructor_id
    assert instructor_of_code(code.upper()) == instructor_id


@pytest.mark.parametrize("code", [None, "", "x", "zzzzzzzzzzzz", "1abcd", "0000000", "=1+1"])
def test_junk_and_mistyped_referral_codes_name_nobody(code):
    assert instructor_of_code(code) is None
    assert instructor_of_code(referral_code(42)[:-1] + "0") in (None, 42)


def test_channel_of_a_line():
    assert sale_channel(course_owner_id=5, coupon_created_by=5, referral_instructor_id=None) == (
        SaleChannel.coupon
    )
    assert sale_channel(course_owner_id=5, coupon_created_by=1, referral_instructor_id=5) == (
        SaleChannel.referral
    )
    assert sale_channel(course_owner_id=5, coupon_created_by=1, referral_instructor_id=6) == (
        SaleChannel.marketplace
    )


def test_months_parse_or_say_how():
    start, end = parse_month("2026-12")
    assert (start.year, start.month, end.year, end.month) == (2026, 12, 2027, 1)
    for bad in ("2026-00", "2026-1", "december", "1999-12"):
        with pytest.raises(InvalidInput):
            parse_month(bad)


def test_statement_csv_escapes_formulas_and_keeps_negative_numbers():
    line = StatementLine(
        course_id=1,
        course_title="@SUM(A1)",
        currency="USD",
        sales_count=1,
        sales_cents=1000,
        refunds_count=1,
        refunds_cents=1000,
        fees_cents=0,
        platform_share_cents=50,
        net_cents=-50,
    )
    text = statement_csv(
        Statement(instructor_id=1, instructor_name="A", month="2026-11", lines=[line], totals=[])
    )
    assert "'@SUM(A1)" in text
    assert ",-0.50" in text
