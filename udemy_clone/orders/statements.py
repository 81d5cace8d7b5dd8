"""Reading the ledger: instructor balances and monthly statements (CSV, PDF), platform figures.

Everything here is computed from `ledger_entries` (never from orders), per currency: amounts in
different currencies are never added together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from fpdf import FPDF
from sqlalchemy import case, func
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.core.brand import BRAND
from udemy_clone.core.csv_export import to_csv
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput, PermissionDenied
from udemy_clone.core.money import format_money, minor_unit_digits
from udemy_clone.orders.ledger_models import (
    Account,
    CurrencyBalance,
    InstructorBalance,
    LedgerEntry,
    LedgerTransaction,
    Payout,
    PayoutStatus,
    PlatformMonth,
    Statement,
    StatementLine,
    TransactionKind,
)

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def parse_month(month: str) -> tuple[datetime, datetime]:
    """The [start, end) of a YYYY-MM month in UTC, or a 422 naming the format."""
    match = _MONTH.fullmatch(month or "")
    if match is None or not 2000 <= int(match.group(1)) <= 2999:
        raise InvalidInput("Give the month as YYYY-MM, for example 2026-11.", field="month")
    year, number = int(match.group(1)), int(match.group(2))
    start = datetime(year, number, 1, tzinfo=UTC)
    end = datetime(year + (number == 12), number % 12 + 1, 1, tzinfo=UTC)
    return start, end


def month_of(moment: datetime) -> str:
    return as_utc(moment).strftime("%Y-%m")


def month_sql(session: Session, column: Any) -> Any:
    """SQL for the UTC "YYYY-MM" of a timestamp column (SQLite keeps UTC text)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM")
    return func.substr(column, 1, 7)


def ledger_sums_by_month(
    session: Session, kind: TransactionKind
) -> list[tuple[str, str, str, int]]:
    """(month, currency, account, sum) of the entries of one kind of transaction, in SQL."""
    month = month_sql(session, col(LedgerEntry.occurred_at))
    statement = (
        select(month, LedgerEntry.currency, LedgerEntry.account, func.sum(LedgerEntry.amount_cents))
        .join(LedgerTransaction, col(LedgerTransaction.id) == col(LedgerEntry.transaction_id))
        .where(col(LedgerTransaction.kind) == kind.value)
        .group_by(month, col(LedgerEntry.currency), col(LedgerEntry.account))
    )
    return [(str(m), str(c), str(a), int(total or 0)) for m, c, a, total in session.exec(statement)]


def require_admin(actor_roles: list[str]) -> None:
    """The platform's figures are for administrators only."""
    if "admin" not in actor_roles:
        raise PermissionDenied("Only administrators see the platform's revenue.")


def check_ledger_reader(*, actor_id: int, actor_roles: list[str], instructor_id: int) -> None:
    """An instructor reads only their own ledger; admins read everyone's."""
    if "admin" in actor_roles:
        return
    if actor_id != instructor_id or "instructor" not in actor_roles:
        raise PermissionDenied("You can only see your own earnings.")


def instructor_balances(
    *, session: Session, actor_id: int, actor_roles: list[str], instructor_id: int
) -> list[CurrencyBalance]:
    """Per currency: earnings still in their refund window, payable now, in payouts, paid out."""
    check_ledger_reader(actor_id=actor_id, actor_roles=actor_roles, instructor_id=instructor_id)
    return _balances(session, instructor_id)


def _balances(session: Session, instructor_id: int) -> list[CurrencyBalance]:
    now = utcnow()
    pending: dict[str, int] = {}
    available: dict[str, int] = {}
    for amount, currency, available_at in session.exec(
        select(LedgerEntry.amount_cents, LedgerEntry.currency, LedgerEntry.available_at).where(
            col(LedgerEntry.account) == Account.instructor_payable.value,
            col(LedgerEntry.instructor_id) == instructor_id,
        )
    ):
        bucket = available if available_at is None or as_utc(available_at) <= now else pending
        bucket[currency] = bucket.get(currency, 0) - amount
    in_payouts: dict[str, int] = {}
    paid_out: dict[str, int] = {}
    for payout in session.exec(select(Payout).where(col(Payout.instructor_id) == instructor_id)):
        bucket = paid_out if payout.status == PayoutStatus.paid.value else in_payouts
        bucket[payout.currency] = bucket.get(payout.currency, 0) + payout.amount_cents
    currencies = sorted(set(pending) | set(available) | set(in_payouts) | set(paid_out))
    return [
        CurrencyBalance(
            currency=c,
            pending_cents=pending.get(c, 0),
            available_cents=available.get(c, 0),
            in_payouts_cents=in_payouts.get(c, 0),
            paid_out_cents=paid_out.get(c, 0),
        )
        for c in currencies
    ]


@dataclass
class _LineTotals:
    course_id: int | None
    title: str
    currency: str
    sales_count: int = 0
    sales: int = 0
    refunds_count: int = 0
    refunds: int = 0
    fees: int = 0
    net: int = 0

    def add(self, other: _LineTotals) -> None:
        self.sales_count += other.sales_count
        self.sales += other.sales
        self.refunds_count += other.refunds_count
        self.refunds += other.refunds
        self.fees += other.fees
        self.net += other.net

    def public(self) -> StatementLine:
        return StatementLine(
            course_id=self.course_id,
            course_title=self.title,
            currency=self.currency,
            sales_count=self.sales_count,
            sales_cents=self.sales,
            refunds_count=self.refunds_count,
            refunds_cents=self.refunds,
            fees_cents=self.fees,
            platform_share_cents=self.sales - self.refunds - self.fees - self.net,
            net_cents=self.net,
        )


def monthly_statement(
    *,
    session: Session,
    actor_id: int,
    actor_roles: list[str],
    instructor_id: int,
    month: str,
) -> Statement:
    """An instructor's month per course and currency: sales, refunds, fees, shares, net."""
    check_ledger_reader(actor_id=actor_id, actor_roles=actor_roles, instructor_id=instructor_id)
    start, end = parse_month(month)
    rows = session.exec(
        select(LedgerEntry, LedgerTransaction.kind)
        .join(LedgerTransaction, col(LedgerTransaction.id) == col(LedgerEntry.transaction_id))
        .where(
            col(LedgerEntry.instructor_id) == instructor_id,
            col(LedgerEntry.occurred_at) >= start,
            col(LedgerEntry.occurred_at) < end,
            col(LedgerTransaction.kind).in_(
                [TransactionKind.sale.value, TransactionKind.refund.value]
            ),
        )
        .order_by(col(LedgerEntry.id))
    )
    lines: dict[tuple[str, int | None], _LineTotals] = {}
    for entry, kind in rows:
        key = (entry.currency, entry.course_id)
        line = lines.setdefault(
            key, _LineTotals(entry.course_id, entry.course_title or "", entry.currency)
        )
        if entry.account == Account.processor_balance.value:
            if kind == TransactionKind.sale.value:
                line.sales += entry.amount_cents
                line.sales_count += 1
            else:
                line.refunds -= entry.amount_cents
                line.refunds_count += 1
        elif entry.account == Account.processor_fees.value:
            line.sales += entry.amount_cents
            line.fees += entry.amount_cents
        elif entry.account == Account.instructor_payable.value:
            line.net -= entry.amount_cents
    ordered = sorted(lines.values(), key=lambda t: (t.currency, t.title.lower(), t.course_id or 0))
    totals: dict[str, _LineTotals] = {}
    for line in ordered:
        totals.setdefault(line.currency, _LineTotals(None, "Total", line.currency)).add(line)
    names = auth_service.display_names(session=session, user_ids=[instructor_id])
    return Statement(
        instructor_id=instructor_id,
        instructor_name=names.get(instructor_id, ""),
        month=month,
        lines=[line.public() for line in ordered],
        totals=[totals[c].public() for c in sorted(totals)],
    )


STATEMENT_CSV_HEADER = (
    "month",
    "course_id",
    "course",
    "currency",
    "sales",
    "sales_amount",
    "refunds",
    "refunds_amount",
    "fees",
    "platform_share",
    "net",
)


def _decimal(cents: int, currency: str) -> Decimal:
    """A plain decimal amount (no symbol, no separator) that spreadsheets read as a number."""
    return Decimal(cents).scaleb(-minor_unit_digits(currency))


def statement_csv(statement: Statement) -> str:
    """The statement as CSV (cells escaped against formula injection by `to_csv`)."""
    rows = [
        (
            statement.month,
            line.course_id if line.course_id is not None else "",
            line.course_title,
            line.currency,
            line.sales_count,
            _decimal(line.sales_cents, line.currency),
            line.refunds_count,
            _decimal(line.refunds_cents, line.currency),
            _decimal(line.fees_cents, line.currency),
            _decimal(line.platform_share_cents, line.currency),
            _decimal(line.net_cents, line.currency),
        )
        for line in [*statement.lines, *statement.totals]
    ]
    return to_csv(STATEMENT_CSV_HEADER, rows)


def _pdf_text(text: str) -> str:
    # the core PDF fonts speak Latin-1 only: anything else becomes '?'
    return text.encode("latin-1", "replace").decode("latin-1")


def statement_pdf(statement: Statement) -> bytes:
    """The statement as a one-table PDF (A4 landscape)."""
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_title(f"{BRAND} statement {statement.month}")
    pdf.set_creation_date(utcnow())
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _pdf_text(f"{BRAND} - instructor statement"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        7,
        _pdf_text(f"{statement.instructor_name} - {statement.month}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    headers = ("Course", "Cur.", "Sales", "Amount", "Refunds", "Fees", "Platform", "Net")
    widths = (92, 14, 16, 30, 30, 28, 30, 30)
    pdf.set_font("Helvetica", "B", 10)
    for header, width in zip(headers, widths, strict=True):
        pdf.cell(width, 8, header, border=1, align="C")
    pdf.ln()
    if not statement.lines:
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(sum(widths), 8, "No sales or refunds this month.", border=1)
        pdf.ln()
    for bold, line in [(False, x) for x in statement.lines] + [(True, x) for x in statement.totals]:
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        title = line.course_title if len(line.course_title) <= 48 else line.course_title[:47] + "."
        cells = (
            _pdf_text(title),
            line.currency,
            str(line.sales_count),
            format_money(line.sales_cents, line.currency),
            format_money(line.refunds_cents, line.currency),
            format_money(line.fees_cents, line.currency),
            format_money(line.platform_share_cents, line.currency),
            format_money(line.net_cents, line.currency),
        )
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pdf.cell(width, 8, _pdf_text(cell), border=1, align="L" if index == 0 else "R")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(
        0,
        5,
        "Net = sales - refunds - payment fees - platform share. Earnings become payable when "
        "the refund window of each sale has passed; payouts are made monthly.",
    )
    return bytes(pdf.output())


def platform_revenue_by_month(*, session: Session, actor_roles: list[str]) -> list[PlatformMonth]:
    """Admin: per month and currency, sales, refunds, instructor shares, fees, platform net."""
    require_admin(actor_roles)
    months: dict[tuple[str, str], dict[str, int]] = {}
    for kind in (TransactionKind.sale, TransactionKind.refund):
        for month, currency, account, amount in ledger_sums_by_month(session, kind):
            figures = months.setdefault(
                (month, currency), {"sales": 0, "refunds": 0, "share": 0, "fees": 0}
            )
            if account == Account.processor_balance.value:
                if kind == TransactionKind.sale:
                    figures["sales"] += amount
                else:
                    figures["refunds"] -= amount
            elif account == Account.processor_fees.value:
                figures["sales"] += amount
                figures["fees"] += amount
            elif account == Account.instructor_payable.value:
                figures["share"] -= amount
    return [
        PlatformMonth(
            month=month,
            currency=currency,
            sales_cents=f["sales"],
            refunds_cents=f["refunds"],
            instructor_share_cents=f["share"],
            fees_cents=f["fees"],
            platform_net_cents=f["sales"] - f["refunds"] - f["share"] - f["fees"],
        )
        for (month, currency), f in sorted(months.items(), reverse=True)
    ]


PLATFORM_CSV_HEADER = (
    "month",
    "currency",
    "sales",
    "refunds",
    "instructor_share",
    "fees",
    "platform_net",
)


def platform_revenue_csv(months: list[PlatformMonth]) -> str:
    """The admin's platform revenue table as CSV."""
    return to_csv(
        PLATFORM_CSV_HEADER,
        [
            (
                m.month,
                m.currency,
                _decimal(m.sales_cents, m.currency),
                _decimal(m.refunds_cents, m.currency),
                _decimal(m.instructor_share_cents, m.currency),
                _decimal(m.fees_cents, m.currency),
                _decimal(m.platform_net_cents, m.currency),
            )
            for m in months
        ],
    )


def all_instructor_balances(*, session: Session, actor_roles: list[str]) -> list[InstructorBalance]:
    """Admin: every instructor's balances per currency, largest available first."""
    require_admin(actor_roles)
    now = utcnow()
    ready = case((col(LedgerEntry.available_at) <= now, 1), else_=0)
    figures: dict[tuple[int, str], dict[str, int]] = {}
    for instructor_id, currency, is_ready, total in session.exec(
        select(
            LedgerEntry.instructor_id,
            LedgerEntry.currency,
            ready,
            func.sum(LedgerEntry.amount_cents),
        )
        .where(col(LedgerEntry.account) == Account.instructor_payable.value)
        .group_by(col(LedgerEntry.instructor_id), col(LedgerEntry.currency), ready)
    ):
        if instructor_id is None:
            continue
        row = figures.setdefault((instructor_id, currency), {"pending": 0, "available": 0, "in": 0})
        row["available" if is_ready else "pending"] -= int(total or 0)
    for instructor_id, currency, total in session.exec(
        select(Payout.instructor_id, Payout.currency, func.sum(Payout.amount_cents))
        .where(col(Payout.status) == PayoutStatus.pending.value)
        .group_by(col(Payout.instructor_id), col(Payout.currency))
    ):
        row = figures.setdefault((instructor_id, currency), {"pending": 0, "available": 0, "in": 0})
        row["in"] += int(total or 0)
    names = auth_service.display_names(session=session, user_ids=sorted({i for i, _ in figures}))
    out = [
        InstructorBalance(
            instructor_id=instructor_id,
            instructor_name=names.get(instructor_id, ""),
            currency=currency,
            pending_cents=f["pending"],
            available_cents=f["available"],
            in_payouts_cents=f["in"],
        )
        for (instructor_id, currency), f in figures.items()
    ]
    out.sort(key=lambda b: (-b.available_cents, b.instructor_name, b.currency))
    return out


def statement_months(
    *, session: Session, actor_id: int, actor_roles: list[str], instructor_id: int
) -> list[str]:
    """The months (newest first) in which an instructor has ledger entries, this month always."""
    check_ledger_reader(actor_id=actor_id, actor_roles=actor_roles, instructor_id=instructor_id)
    months = {month_of(utcnow())}
    for occurred_at in session.exec(
        select(LedgerEntry.occurred_at).where(col(LedgerEntry.instructor_id) == instructor_id)
    ):
        months.add(month_of(occurred_at))
    return sorted(months, reverse=True)
