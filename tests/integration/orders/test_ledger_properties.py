"""Property-based: buy, refund, run payouts and pay them in any order, in two currencies; the
ledger always balances, never mixes currencies and matches the orders (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from tests.support.factories import make_coupon, make_published_course, make_user
from udemy_clone.core import db, outbox
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import clock_at
from udemy_clone.core.errors import DomainError
from udemy_clone.events import register_handlers
from udemy_clone.orders import ledger, service
from udemy_clone.orders.ledger_models import (
    Account,
    LedgerEntry,
    LedgerTransaction,
    Payout,
    PayoutStatus,
)
from udemy_clone.orders.models import Order

START = datetime(2026, 1, 3, 9, tzinfo=UTC)

operation = st.one_of(
    st.tuples(
        st.just("buy"),
        st.integers(0, 5),  # student
        st.integers(0, 2),  # course
        st.sampled_from(["marketplace", "coupon", "referral"]),
    ),
    st.tuples(st.just("refund"), st.integers(0, 30)),
    st.tuples(st.just("wait"), st.integers(1, 40)),  # days
    st.tuples(st.just("payouts")),
    st.tuples(st.just("pay"), st.integers(0, 10)),
)


def check_ledger_invariants() -> None:
    with db.read_session() as session:
        transactions = {t.id: t for t in session.exec(select(LedgerTransaction))}
        sums: dict[int, int] = {}
        for entry in session.exec(select(LedgerEntry)):
            assert entry.currency == transactions[entry.transaction_id].currency  # never mixed
            sums[entry.transaction_id] = sums.get(entry.transaction_id, 0) + entry.amount_cents
        assert all(total == 0 for total in sums.values()), sums
        balances = ledger.trial_balance(session)
        for currency in {c for c, _ in balances}:
            assert sum(v for (c, _), v in balances.items() if c == currency) == 0
            in_transit = -balances.get((currency, Account.payouts_in_transit.value), 0)
            pending_payouts = sum(
                p.amount_cents
                for p in session.exec(
                    select(Payout).where(
                        col(Payout.currency) == currency,
                        col(Payout.status) == PayoutStatus.pending.value,
                    )
                )
            )
            assert in_transit == pending_payouts
        report = service.reconcile_ledger(session=session, settling=timedelta(0))
        assert report.ok, report.differences
        # every paid or refunded order has exactly its sale (and refund) transaction
        keys = {t.source_key for t in transactions.values()}
        for order in session.exec(select(Order).where(col(Order.amount_cents) > 0)):
            assert order.id is not None
            assert (ledger.sale_key(order.id) in keys) == (order.status in ("paid", "refunded"))
            assert (ledger.refund_key(order.id) in keys) == (order.status == "refunded")


@pytest.mark.usefixtures("db")
def test_ledger_balances_and_matches_orders_whatever_happens(monkeypatch):
    register_handlers()
    monkeypatch.setenv("PAYOUT_MINIMUM_CENTS", "500")
    get_settings.cache_clear()
    admin = make_user(role="admin")
    teachers = [make_user(role="instructor"), make_user(role="instructor")]
    courses = [
        make_published_course(owner=teachers[0], price_cents=1_999),
        make_published_course(owner=teachers[1], price_cents=4_550),
        make_published_course(owner=teachers[0], price_cents=12_000, currency="EUR"),
    ]
    coupons = [
        make_coupon(
            creator=teachers[i % 2 if i < 2 else 0],
            percent_off=30,
            course_id=int(c.id),
            max_per_student=1000,
            **({"currency": "EUR"} if i == 2 else {}),
        )
        for i, c in enumerate(courses)
    ]
    students = [make_user() for _ in range(6)]

    @settings(
        max_examples=20,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.lists(operation, min_size=1, max_size=12))
    def run(operations: list[tuple]) -> None:
        now = START
        orders: list[int] = []
        for op in operations:
            with clock_at(now):
                if op[0] == "buy":
                    _, s, c, channel = op
                    course = courses[c]
                    try:
                        result = service.start_checkout(
                            user_id=int(students[s].id),
                            course_ids=[int(course.id)],
                            coupon_code=coupons[c].code if channel == "coupon" else None,
                            referral_code=(
                                service.referral_code(int(course.owner_id))
                                if channel == "referral"
                                else None
                            ),
                        )
                        with db.transaction() as session:
                            service.complete_sandbox_payment(
                                session=session,
                                actor_id=int(students[s].id),
                                actor_roles=["student"],
                                order_id=result.order_id,
                            )
                        orders.append(result.order_id)
                    except DomainError:
                        pass  # already owned: nothing happens
                elif op[0] == "refund" and orders:
                    try:
                        with db.transaction() as session:
                            service.refund_order(
                                session=session,
                                actor_id=int(admin.id),
                                actor_roles=["admin"],
                                order_id=orders[op[1] % len(orders)],
                            )
                    except DomainError:
                        pass  # refunded already
                elif op[0] == "wait":
                    now += timedelta(days=op[1])
                elif op[0] == "payouts":
                    with db.transaction() as session:
                        service.create_monthly_payouts(session=session)
                elif op[0] == "pay":
                    with db.read_session() as session:
                        pending = list(
                            session.exec(
                                select(Payout.id).where(
                                    col(Payout.status) == PayoutStatus.pending.value
                                )
                            )
                        )
                    if pending:
                        with db.transaction() as session:
                            service.mark_payout_paid(
                                session=session,
                                actor_id=int(admin.id),
                                actor_roles=["admin"],
                                payout_id=int(pending[op[1] % len(pending)]),
                                reference=f"T-{op[1]}",
                            )
                outbox.relay_pending()
        with clock_at(now):
            check_ledger_invariants()

    run()
