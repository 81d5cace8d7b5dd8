"""Tables and schemas of the instructor revenue ledger: double-entry transactions, share rules,
payouts.

Amounts are integer minor units, signed: a debit is positive, a credit negative, so the entries
of one transaction add up to zero. A transaction has one currency; nothing adds across them.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, computed_field, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Column, DateTime, Index
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow


def _tz_column(nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(DateTime(timezone=True), nullable=nullable)


class Account(StrEnum):
    """The ledger's accounts (`instructor_payable` is kept per instructor)."""

    processor_balance = "processor_balance"  # asset: money held by the payment provider for us
    platform_revenue = "platform_revenue"  # revenue: the platform's share of sales
    instructor_payable = "instructor_payable"  # liability: what we owe each instructor
    processor_fees = "processor_fees"  # expense: what the payment provider kept
    refunds = "refunds"  # contra revenue: the platform's share given back
    payouts_in_transit = "payouts_in_transit"  # liability: payouts decided, not yet sent


class TransactionKind(StrEnum):
    sale = "sale"
    refund = "refund"
    payout = "payout"
    payout_paid = "payout_paid"


class SaleChannel(StrEnum):
    """How a sale came about; each channel has its own revenue share rule."""

    marketplace = "marketplace"
    coupon = "coupon"  # the instructor's own coupon
    referral = "referral"  # the instructor's referral link


class PayoutStatus(StrEnum):
    pending = "pending"
    paid = "paid"


class LedgerTransaction(SQLModel, table=True):
    """One business event in the ledger; `source_key` makes posting it twice impossible."""

    __tablename__ = "ledger_transactions"

    id: int | None = Field(default=None, primary_key=True)
    source_key: str = Field(max_length=120, unique=True)
    kind: str = Field(max_length=20, index=True)
    currency: str = Field(max_length=3)
    order_id: int | None = Field(default=None, index=True)
    payout_id: int | None = Field(default=None, index=True)
    occurred_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


class LedgerEntry(SQLModel, table=True):
    """One leg of a transaction: a signed amount on one account (debit > 0, credit < 0)."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("amount_cents <> 0", name="ck_ledger_entries_not_zero"),
        Index("ix_ledger_entries_account_currency", "account", "currency"),
        Index("ix_ledger_entries_instructor_currency", "instructor_id", "currency"),
    )

    id: int | None = Field(default=None, primary_key=True)
    transaction_id: int = Field(
        foreign_key="ledger_transactions.id", index=True, ondelete="CASCADE"
    )
    account: str = Field(max_length=40)
    instructor_id: int | None = None
    course_id: int | None = None
    course_title: str | None = Field(default=None, max_length=200)
    channel: str | None = Field(default=None, max_length=20)
    currency: str = Field(max_length=3)
    amount_cents: int
    # instructor payable only: when these earnings may be paid out (end of the refund window)
    available_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    occurred_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


class RevenueShareRule(SQLModel, table=True):
    """The instructor's percentage for one channel from `effective_from` until the next rule."""

    __tablename__ = "revenue_share_rules"
    __table_args__ = (
        CheckConstraint(
            "instructor_percent >= 0 AND instructor_percent <= 100",
            name="ck_revenue_share_rules_percent",
        ),
        Index("ix_revenue_share_rules_channel_from", "channel", "effective_from"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20)
    instructor_percent: int
    effective_from: datetime = Field(sa_column=_tz_column(False))
    created_by: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


class Payout(SQLModel, table=True):
    """Money owed to one instructor in one currency, decided by the monthly payout run."""

    __tablename__ = "payouts"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="ck_payouts_amount_positive"),
        Index("ix_payouts_instructor_currency", "instructor_id", "currency"),
    )

    id: int | None = Field(default=None, primary_key=True)
    instructor_id: int = Field(foreign_key="users.id", ondelete="RESTRICT")
    currency: str = Field(max_length=3)
    amount_cents: int
    period: str = Field(max_length=7)  # YYYY-MM of the run
    status: str = Field(default=PayoutStatus.pending.value, max_length=20, index=True)
    reference: str | None = Field(default=None, max_length=200)
    gateway: str = Field(default="manual", max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))
    paid_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    paid_by: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")


# ---- request schemas ---------------------------------------------------------------------------

_REFERENCE = re.compile(r"^[\w .:/#-]{1,200}$")


class ShareRuleCreate(BaseModel):
    """A new percentage for a channel, from `effective_from` (default: now) on."""

    model_config = ConfigDict(extra="forbid")

    channel: SaleChannel
    instructor_percent: int = PydanticField(ge=0, le=100)
    effective_from: datetime | None = None


class PayoutPaidRequest(BaseModel):
    """The reference of the transfer that paid the payout (bank or provider id)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reference: str = PydanticField(min_length=1, max_length=200)

    @field_validator("reference")
    @classmethod
    def _reference(cls, value: str) -> str:
        if not _REFERENCE.fullmatch(value):
            raise ValueError("Use letters, digits, spaces and . : / # - _ for the reference.")
        return value


# ---- response schemas --------------------------------------------------------------------------


class CurrencyBalance(BaseModel):
    """An instructor's money in one currency: still in the refund window, payable, in payouts."""

    currency: str
    pending_cents: int
    available_cents: int
    in_payouts_cents: int
    paid_out_cents: int


class StatementLine(BaseModel):
    """One course's month: sales, refunds, fees, the platform's share and what the instructor
    keeps (`net_cents = sales - refunds - fees - platform_share`)."""

    course_id: int | None
    course_title: str
    currency: str
    sales_count: int
    sales_cents: int
    refunds_count: int
    refunds_cents: int
    fees_cents: int
    platform_share_cents: int
    net_cents: int


class Statement(BaseModel):
    instructor_id: int
    instructor_name: str
    month: str
    lines: list[StatementLine]
    totals: list[StatementLine]  # one per currency, course_title "Total"


class ShareRulePublic(BaseModel):
    id: int
    channel: str
    instructor_percent: int
    effective_from: datetime
    created_at: datetime
    in_force: bool


class PayoutPublic(BaseModel):
    id: int
    instructor_id: int
    instructor_name: str
    currency: str
    amount_cents: int
    period: str
    status: str
    reference: str | None
    created_at: datetime
    paid_at: datetime | None


class PlatformMonth(BaseModel):
    """The platform's month in one currency, from the ledger."""

    month: str
    currency: str
    sales_cents: int
    refunds_cents: int
    instructor_share_cents: int
    fees_cents: int
    platform_net_cents: int


class InstructorBalance(BaseModel):
    instructor_id: int
    instructor_name: str
    currency: str
    pending_cents: int
    available_cents: int
    in_payouts_cents: int


class ReconciliationLine(BaseModel):
    """Orders and ledger side by side for one month and currency."""

    month: str
    currency: str
    orders_sales_cents: int
    ledger_sales_cents: int
    orders_refunds_cents: int
    ledger_refunds_cents: int
    unbalanced_transactions: int
    missing_transactions: list[str]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def matches(self) -> bool:
        return (
            self.orders_sales_cents == self.ledger_sales_cents
            and self.orders_refunds_cents == self.ledger_refunds_cents
            and self.unbalanced_transactions == 0
            and not self.missing_transactions
        )


class ReconciliationReport(BaseModel):
    ok: bool
    lines: list[ReconciliationLine]
    differences: list[ReconciliationLine]


class ReferralLink(BaseModel):
    code: str
    example_url: str
