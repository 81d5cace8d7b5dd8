"""The admin's revenue pages as typed rows: platform months, instructor balances, share rules,
reconciliation lines."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.money import format_money
from udemy_clone.orders.ledger_models import (
    InstructorBalance,
    PlatformMonth,
    ReconciliationLine,
    ShareRulePublic,
)
from udemy_clone.web.kit.format import format_date
from udemy_clone.web.pages.studio.revenue_rows import month_label

CHANNEL_LABELS = {
    "marketplace": "Marketplace",
    "coupon": "Instructor's coupon",
    "referral": "Referral link",
}


@dataclass
class PlatformMonthRow:
    month: str = ""
    currency: str = ""
    sales: str = ""
    refunds: str = ""
    instructor_share: str = ""
    fees: str = ""
    platform_net: str = ""


@dataclass
class InstructorBalanceRow:
    instructor: str = ""
    currency: str = ""
    pending: str = ""
    available: str = ""
    in_payouts: str = ""


@dataclass
class ShareRuleRow:
    channel: str = ""
    percent: str = ""
    effective_from: str = ""
    in_force: bool = False
    scheduled: bool = False


@dataclass
class ReconciliationRow:
    month: str = ""
    currency: str = ""
    orders_sales: str = ""
    ledger_sales: str = ""
    orders_refunds: str = ""
    ledger_refunds: str = ""
    unbalanced: str = ""
    missing: str = ""
    matches: bool = True


def platform_month_rows(months: list[PlatformMonth]) -> list[PlatformMonthRow]:
    """Newest month first, one row per month and currency."""
    return [
        PlatformMonthRow(
            month=month_label(m.month),
            currency=m.currency,
            sales=format_money(m.sales_cents, m.currency),
            refunds=format_money(m.refunds_cents, m.currency),
            instructor_share=format_money(m.instructor_share_cents, m.currency),
            fees=format_money(m.fees_cents, m.currency),
            platform_net=format_money(m.platform_net_cents, m.currency),
        )
        for m in months
    ]


def instructor_balance_rows(balances: list[InstructorBalance]) -> list[InstructorBalanceRow]:
    return [
        InstructorBalanceRow(
            instructor=b.instructor_name or f"User {b.instructor_id}",
            currency=b.currency,
            pending=format_money(b.pending_cents, b.currency),
            available=format_money(b.available_cents, b.currency),
            in_payouts=format_money(b.in_payouts_cents, b.currency),
        )
        for b in balances
    ]


def share_rule_rows(rules: list[ShareRulePublic], *, now_iso: str) -> list[ShareRuleRow]:
    """The history of share rules, newest first; a rule starting later is "scheduled"."""
    return [
        ShareRuleRow(
            channel=CHANNEL_LABELS.get(r.channel, r.channel),
            percent=f"{r.instructor_percent} %",
            effective_from=format_date(r.effective_from),
            in_force=r.in_force,
            scheduled=r.effective_from.isoformat() > now_iso,
        )
        for r in rules
    ]


def reconciliation_rows(lines: list[ReconciliationLine]) -> list[ReconciliationRow]:
    """Month by month, orders beside the ledger; `missing` names up to three ledger keys."""
    rows = []
    for line in lines:
        c = line.currency
        missing = ", ".join(line.missing_transactions[:3])
        if len(line.missing_transactions) > 3:
            missing += f" and {len(line.missing_transactions) - 3} more"
        rows.append(
            ReconciliationRow(
                month=month_label(line.month),
                currency=c,
                orders_sales=format_money(line.orders_sales_cents, c),
                ledger_sales=format_money(line.ledger_sales_cents, c),
                orders_refunds=format_money(line.orders_refunds_cents, c),
                ledger_refunds=format_money(line.ledger_refunds_cents, c),
                unbalanced=str(line.unbalanced_transactions),
                missing=missing,
                matches=line.matches,
            )
        )
    return rows
