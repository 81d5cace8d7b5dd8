"""The Revenue pages' rows: money per currency, deductions shown as such, labels."""

from __future__ import annotations

from datetime import UTC, datetime

from udemy_clone.orders.ledger_models import (
    CurrencyBalance,
    PayoutPublic,
    ReconciliationLine,
    StatementLine,
)
from udemy_clone.web.pages.admin.revenue_rows import reconciliation_rows
from udemy_clone.web.pages.studio.revenue_rows import (
    balance_cards,
    month_label,
    payout_rows,
    share_texts,
    statement_rows,
)


def _line(**values):
    base = {
        "course_id": 1,
        "course_title": "Python",
        "currency": "USD",
        "sales_count": 2,
        "sales_cents": 4000,
        "refunds_count": 1,
        "refunds_cents": 2000,
        "fees_cents": 0,
        "platform_share_cents": 1260,
        "net_cents": 740,
    }
    base.update(values)
    return StatementLine(**base)


def test_balances_are_formatted_in_their_own_currency():
    [usd, eur] = balance_cards(
        [
            CurrencyBalance(
                currency="USD",
                pending_cents=3700,
                available_cents=0,
                in_payouts_cents=0,
                paid_out_cents=12_345,
            ),
            CurrencyBalance(
                currency="EUR",
                pending_cents=0,
                available_cents=990,
                in_payouts_cents=0,
                paid_out_cents=0,
            ),
        ]
    )
    assert (usd.pending, usd.paid_out) == ("$37.00", "$123.45")
    assert eur.available == "€9.90"


def test_statement_rows_show_deductions_and_a_total_per_currency():
    line = _line()
    total = _line(course_id=None, course_title="Total")
    rows = statement_rows([line], [total])
    assert [r.course for r in rows] == ["Python", "Total (USD)"]
    assert rows[0].sales == "2 · $40.00"
    assert rows[0].refunds == "1 · −$20.00"
    assert rows[0].fees == "—"
    assert rows[0].platform == "−$12.60"
    assert rows[0].net == "$7.40" and rows[1].is_total
    clawed_back = statement_rows([_line(sales_count=0, sales_cents=0, net_cents=-370)], [])[0]
    assert clawed_back.sales == "—" and clawed_back.negative and clawed_back.net == "−$3.70"


def test_payouts_shares_and_months():
    [row] = payout_rows(
        [
            PayoutPublic(
                id=3,
                instructor_id=1,
                instructor_name="Ada",
                currency="USD",
                amount_cents=5000,
                period="2026-11",
                status="paid",
                reference="T-1",
                created_at=datetime(2026, 11, 1, tzinfo=UTC),
                paid_at=datetime(2026, 11, 3, tzinfo=UTC),
            )
        ]
    )
    assert (row.amount, row.pending, row.reference) == ("$50.00", False, "T-1")
    assert [s.percent for s in share_texts({"marketplace": 37, "coupon": 97, "referral": 97})] == [
        "37 %",
        "97 %",
        "97 %",
    ]
    assert month_label("2026-11") == "November 2026"
    assert month_label("junk") == "junk"


def test_reconciliation_rows_name_what_is_missing():
    line = ReconciliationLine(
        month="2026-10",
        currency="USD",
        orders_sales_cents=100,
        ledger_sales_cents=0,
        orders_refunds_cents=0,
        ledger_refunds_cents=0,
        unbalanced_transactions=0,
        missing_transactions=[f"sale:order:{n}" for n in range(5)],
    )
    [row] = reconciliation_rows([line])
    assert not row.matches
    assert row.missing == "sale:order:0, sale:order:1, sale:order:2 and 2 more"
