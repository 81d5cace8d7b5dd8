"""Instructor payouts: the monthly run, the admin's "paid" mark, and the transfer port.

Earnings become payable when their refund window has passed (`available_at`). Once a month the
payout run turns each instructor's available balance, per currency, into a payout when it is at
least PAYOUT_MINIMUM_CENTS. Sending the money is out of scope: `PayoutGateway` is the port and
`ManualPayoutGateway` records a transfer an admin made by hand (bank, PayPal ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.core.config import get_settings
from udemy_clone.core.csv_export import to_csv
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import Conflict, NotFound, PermissionDenied
from udemy_clone.core.log import get_logger
from udemy_clone.core.money import minor_unit_digits
from udemy_clone.orders.ledger import Leg, post_transaction
from udemy_clone.orders.ledger_models import (
    Account,
    LedgerEntry,
    Payout,
    PayoutPublic,
    PayoutStatus,
    TransactionKind,
)

log = get_logger(__name__)


class PayoutGateway(Protocol):
    """What paying an instructor needs from a transfer provider."""

    @property
    def name(self) -> str:
        """The provider's name, stored on the payout."""
        ...

    def transfer(
        self,
        *,
        payout_id: int,
        instructor_id: int,
        currency: str,
        amount_cents: int,
        reference: str,
    ) -> str:
        """Send (or record) the transfer; returns the reference to keep on the payout."""
        ...


class ManualPayoutGateway:
    """The admin sent the money outside the app; the reference they typed is the record."""

    @property
    def name(self) -> str:
        """Always 'manual'."""
        return "manual"

    def transfer(
        self,
        *,
        payout_id: int,
        instructor_id: int,
        currency: str,
        amount_cents: int,
        reference: str,
    ) -> str:
        """Nothing to send: keep the admin's reference."""
        log.info("payout_marked_paid", payout_id=payout_id, amount_cents=amount_cents)
        return reference


def payout_period(moment: datetime) -> str:
    """The YYYY-MM a payout run belongs to."""
    return moment.strftime("%Y-%m")


def payout_key(instructor_id: int, currency: str, period: str) -> str:
    return f"payout:{instructor_id}:{currency}:{period}"


@dataclass(frozen=True)
class AvailableBalance:
    instructor_id: int
    currency: str
    amount_cents: int


def available_balances(session: Session, *, at: datetime) -> list[AvailableBalance]:
    """What each instructor may be paid now, per currency (refund windows over, not paid out)."""
    rows = session.exec(
        select(LedgerEntry.instructor_id, LedgerEntry.currency, func.sum(LedgerEntry.amount_cents))
        .where(
            col(LedgerEntry.account) == Account.instructor_payable.value,
            col(LedgerEntry.available_at) <= at,
        )
        .group_by(col(LedgerEntry.instructor_id), col(LedgerEntry.currency))
        .order_by(col(LedgerEntry.instructor_id), col(LedgerEntry.currency))
    )
    return [
        AvailableBalance(instructor_id=i, currency=c, amount_cents=-int(total or 0))
        for i, c, total in rows
        if i is not None
    ]


def create_monthly_payouts(*, session: Session, at: datetime | None = None) -> list[Payout]:
    """Create this month's payouts (one per instructor and currency at or above the minimum).

    Idempotent: a payout's ledger key names instructor, currency and month, so running the job
    again in the same month creates nothing.
    """
    now = at or utcnow()
    period = payout_period(now)
    minimum = get_settings().payout_minimum_cents
    created: list[Payout] = []
    for balance in available_balances(session, at=now):
        if balance.amount_cents < max(1, minimum):
            continue
        payout = Payout(
            instructor_id=balance.instructor_id,
            currency=balance.currency,
            amount_cents=balance.amount_cents,
            period=period,
            created_at=now,
        )
        session.add(payout)
        session.flush()
        posted = post_transaction(
            session,
            source_key=payout_key(balance.instructor_id, balance.currency, period),
            kind=TransactionKind.payout,
            currency=balance.currency,
            legs=[
                Leg(
                    Account.instructor_payable,
                    balance.amount_cents,
                    instructor_id=balance.instructor_id,
                    available_at=now,
                ),
                Leg(
                    Account.payouts_in_transit,
                    -balance.amount_cents,
                    instructor_id=balance.instructor_id,
                ),
            ],
            occurred_at=now,
            payout_id=payout.id,
        )
        if posted is None:  # this month's payout exists already
            session.delete(payout)
            session.flush()
            continue
        created.append(payout)
    if created:
        log.info("payouts_created", period=period, count=len(created))
    return created


def mark_payout_paid(
    *,
    session: Session,
    actor_id: int,
    actor_roles: list[str],
    payout_id: int,
    reference: str,
    gateway: PayoutGateway | None = None,
) -> Payout:
    """Admin: the payout was sent; keep its reference and post the money leaving."""
    if "admin" not in actor_roles:
        raise PermissionDenied("Only administrators mark payouts as paid.")
    payout = session.get(Payout, payout_id)
    if payout is None:
        raise NotFound("No such payout.", code="payout_not_found")
    if payout.status != PayoutStatus.pending.value:
        raise Conflict("This payout is already paid.", code="payout_already_paid")
    gateway = gateway or ManualPayoutGateway()
    now = utcnow()
    result = session.exec(
        update(Payout)
        .where(col(Payout.id) == payout_id, col(Payout.status) == PayoutStatus.pending.value)
        .values(status=PayoutStatus.paid.value, paid_at=now, paid_by=actor_id)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        raise Conflict("This payout is already paid.", code="payout_already_paid")
    session.refresh(payout)
    payout.reference = gateway.transfer(
        payout_id=payout_id,
        instructor_id=payout.instructor_id,
        currency=payout.currency,
        amount_cents=payout.amount_cents,
        reference=reference,
    )
    payout.gateway = gateway.name
    session.add(payout)
    post_transaction(
        session,
        source_key=f"payout_paid:{payout_id}",
        kind=TransactionKind.payout_paid,
        currency=payout.currency,
        legs=[
            Leg(
                Account.payouts_in_transit, payout.amount_cents, instructor_id=payout.instructor_id
            ),
            Leg(
                Account.processor_balance,
                -payout.amount_cents,
                instructor_id=payout.instructor_id,
            ),
        ],
        occurred_at=now,
        payout_id=payout_id,
    )
    return payout


def list_payouts(
    *,
    session: Session,
    actor_id: int,
    actor_roles: list[str],
    instructor_id: int | None = None,
    status: str | None = None,
) -> list[PayoutPublic]:
    """Payouts, newest first: an admin sees everyone's, an instructor only their own."""
    if "admin" not in actor_roles:
        if instructor_id is not None and instructor_id != actor_id:
            raise PermissionDenied("You can only see your own payouts.")
        instructor_id = actor_id
    statement = select(Payout).order_by(col(Payout.created_at).desc(), col(Payout.id).desc())
    if instructor_id is not None:
        statement = statement.where(col(Payout.instructor_id) == instructor_id)
    if status is not None:
        statement = statement.where(col(Payout.status) == status)
    payouts = list(session.exec(statement.limit(500)))
    names = auth_service.display_names(
        session=session, user_ids=sorted({p.instructor_id for p in payouts})
    )
    return [to_payout_public(p, names.get(p.instructor_id, "")) for p in payouts]


def to_payout_public(payout: Payout, instructor_name: str) -> PayoutPublic:
    """The API shape of a payout."""
    assert payout.id is not None
    return PayoutPublic(
        id=payout.id,
        instructor_id=payout.instructor_id,
        instructor_name=instructor_name,
        currency=payout.currency,
        amount_cents=payout.amount_cents,
        period=payout.period,
        status=payout.status,
        reference=payout.reference,
        created_at=payout.created_at,
        paid_at=payout.paid_at,
    )


def payout_public(*, session: Session, payout: Payout) -> PayoutPublic:
    """The API shape of one payout, with its instructor's name."""
    names = auth_service.display_names(session=session, user_ids=[payout.instructor_id])
    return to_payout_public(payout, names.get(payout.instructor_id, ""))


PAYOUTS_CSV_HEADER = (
    "payout_id",
    "instructor_id",
    "instructor",
    "period",
    "currency",
    "amount",
    "status",
    "reference",
    "created_at",
    "paid_at",
)


def payouts_csv(payouts: list[PayoutPublic]) -> str:
    """Payouts as CSV (a bank batch or the accountant's sheet); amounts as decimals."""
    return to_csv(
        PAYOUTS_CSV_HEADER,
        [
            (
                p.id,
                p.instructor_id,
                p.instructor_name,
                p.period,
                p.currency,
                Decimal(p.amount_cents).scaleb(-minor_unit_digits(p.currency)),
                p.status,
                p.reference or "",
                p.created_at.isoformat(),
                p.paid_at.isoformat() if p.paid_at else "",
            )
            for p in payouts
        ],
    )
