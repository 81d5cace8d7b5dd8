"""The instructor's Revenue page as typed rows: balances, statement lines, payouts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from udemy_clone.core.money import format_money
from udemy_clone.orders.ledger_models import (
    CurrencyBalance,
    PayoutPublic,
    SaleChannel,
    StatementLine,
)
from udemy_clone.web.kit.format import format_date

CHANNEL_LABELS = {
    SaleChannel.marketplace.value: "Marketplace sales",
    SaleChannel.coupon.value: "Your coupons",
    SaleChannel.referral.value: "Your referral link",
}


@dataclass
class BalanceCard:
    """One currency's money: in the refund window, payable, in payouts, paid out."""

    currency: str = ""
    pending: str = ""
    available: str = ""
    in_payouts: str = ""
    paid_out: str = ""


@dataclass
class StatementRow:
    """One course's month (or the total of a currency)."""

    course: str = ""
    currency: str = ""
    sales: str = ""
    refunds: str = ""
    fees: str = ""
    platform: str = ""
    net: str = ""
    is_total: bool = False
    negative: bool = False


@dataclass
class PayoutRow:
    id: int = 0
    period: str = ""
    instructor: str = ""
    amount: str = ""
    status: str = ""
    reference: str = ""
    created: str = ""
    paid_on: str = ""
    pending: bool = False


@dataclass
class ShareText:
    channel: str = ""
    percent: str = ""


def balance_cards(balances: list[CurrencyBalance]) -> list[BalanceCard]:
    """A card per currency, amounts formatted in that currency."""
    return [
        BalanceCard(
            currency=b.currency,
            pending=format_money(b.pending_cents, b.currency),
            available=format_money(b.available_cents, b.currency),
            in_payouts=format_money(b.in_payouts_cents, b.currency),
            paid_out=format_money(b.paid_out_cents, b.currency),
        )
        for b in balances
    ]


def _counted(count: int, cents: int, currency: str) -> str:
    return f"{count} · {format_money(cents, currency)}" if count else "—"


def statement_rows(lines: list[StatementLine], totals: list[StatementLine]) -> list[StatementRow]:
    """Course lines then one total per currency; refunds, fees and shares shown as deductions."""
    rows: list[StatementRow] = []
    for line, is_total in [(x, False) for x in lines] + [(x, True) for x in totals]:
        c = line.currency
        rows.append(
            StatementRow(
                course=line.course_title if not is_total else f"Total ({c})",
                currency=c,
                sales=_counted(line.sales_count, line.sales_cents, c),
                refunds=(
                    f"{line.refunds_count} · −{format_money(line.refunds_cents, c)}"
                    if line.refunds_count
                    else "—"
                ),
                fees=f"−{format_money(line.fees_cents, c)}" if line.fees_cents else "—",
                platform=format_money(-line.platform_share_cents, c).replace("-", "−"),
                net=format_money(line.net_cents, c).replace("-", "−"),
                is_total=is_total,
                negative=line.net_cents < 0,
            )
        )
    return rows


def payout_rows(payouts: list[PayoutPublic]) -> list[PayoutRow]:
    """Payouts, newest first, with their status and reference."""
    return [
        PayoutRow(
            id=p.id,
            period=p.period,
            instructor=p.instructor_name,
            amount=format_money(p.amount_cents, p.currency),
            status=p.status,
            reference=p.reference or "",
            created=format_date(p.created_at),
            paid_on=format_date(p.paid_at) if p.paid_at else "",
            pending=p.status == "pending",
        )
        for p in payouts
    ]


def share_texts(shares: dict[str, int]) -> list[ShareText]:
    """The shares in force, in channel order."""
    return [
        ShareText(channel=CHANNEL_LABELS[channel.value], percent=f"{shares[channel.value]} %")
        for channel in SaleChannel
        if channel.value in shares
    ]


def month_label(month: str) -> str:
    """ "2026-11" → "November 2026"."""
    try:
        return datetime.strptime(month, "%Y-%m").strftime("%B %Y")
    except ValueError:
        return month
