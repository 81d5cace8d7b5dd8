"""The revenue ledger on SQLite and PostgreSQL: postings per event, idempotency, shares by
channel, holding period, payouts, statements, reconciliation and the REST endpoints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete
from sqlmodel import col, select

from tests.integration.orders.test_orders_api import pay_in_sandbox
from tests.support.factories import (
    make_coupon,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from udemy_clone import cli
from udemy_clone.core import db, outbox
from udemy_clone.core.db import clock_at
from udemy_clone.events import register_handlers
from udemy_clone.orders import ledger, service
from udemy_clone.orders.events import OrderPaid
from udemy_clone.orders.ledger_models import (
    Account,
    LedgerEntry,
    LedgerTransaction,
    Payout,
    ShareRuleCreate,
)
from udemy_clone.orders.ledger_tasks import post_order_paid
from udemy_clone.orders.models import Order

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(autouse=True)
def _handlers() -> None:
    register_handlers()


def buy(user, course_ids, *, coupon_code=None, referral_code=None) -> int:
    """Checkout in the sandbox and pay; the ledger jobs run (inline) through the outbox."""
    result = service.start_checkout(
        user_id=int(user.id),
        course_ids=course_ids,
        coupon_code=coupon_code,
        referral_code=referral_code,
    )
    with db.transaction() as session:
        service.complete_sandbox_payment(
            session=session,
            actor_id=int(user.id),
            actor_roles=["student"],
            order_id=result.order_id,
        )
    outbox.relay_pending()
    return result.order_id


def refund(order_id: int) -> None:
    with db.transaction() as session:
        service.refund_order(session=session, actor_id=0, actor_roles=["admin"], order_id=order_id)
    outbox.relay_pending()


def entries(order_id: int) -> list[LedgerEntry]:
    with db.read_session() as session:
        return list(
            session.exec(
                select(LedgerEntry)
                .join(
                    LedgerTransaction, col(LedgerTransaction.id) == col(LedgerEntry.transaction_id)
                )
                .where(col(LedgerTransaction.order_id) == order_id)
            )
        )


def payable(order_id: int, instructor_id: int) -> int:
    return -sum(
        e.amount_cents
        for e in entries(order_id)
        if e.account == Account.instructor_payable.value and e.instructor_id == instructor_id
    )


def test_sale_posts_balanced_entries_with_marketplace_share():
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    order_id = buy(make_user(), [int(course.id)])
    legs = entries(order_id)
    assert sum(e.amount_cents for e in legs) == 0
    assert {e.currency for e in legs} == {"USD"}
    assert payable(order_id, int(teacher.id)) == 3_700  # 37 % of a marketplace sale
    by_account = {e.account: e.amount_cents for e in legs}
    assert by_account[Account.processor_balance.value] == 10_000  # sandbox fees are zero
    assert by_account[Account.platform_revenue.value] == -6_300
    assert Account.processor_fees.value not in by_account


def test_an_event_delivered_twice_posts_once():
    course = make_published_course(price_cents=2_000)
    buyer = make_user()
    order_id = buy(buyer, [int(course.id)])
    event = OrderPaid(
        order_id=order_id,
        user_id=int(buyer.id),
        course_ids=(int(course.id),),
        amount_cents=2_000,
        currency="USD",
    )
    post_order_paid(event, event_id=1)
    post_order_paid(event, event_id=1)
    with db.transaction() as session:
        assert ledger.post_sale(session, order_id=order_id, fee_cents=0) is None
    with db.read_session() as session:
        count = len(
            list(
                session.exec(
                    select(LedgerTransaction).where(col(LedgerTransaction.order_id) == order_id)
                )
            )
        )
    assert count == 1


def test_own_coupon_and_referral_pay_the_instructor_97_percent():
    teacher = make_user(role="instructor")
    other = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    second = make_published_course(owner=other, price_cents=10_000)
    coupon = make_coupon(creator=teacher, percent_off=50, course_id=int(course.id))
    coupon_order = buy(make_user(), [int(course.id)], coupon_code=coupon.code)
    assert payable(coupon_order, int(teacher.id)) == 4_850  # 97 % of 5,000

    code = service.referral_code(int(teacher.id))
    both = buy(make_user(), [int(course.id), int(second.id)], referral_code=code)
    # the link counts for the referring instructor's own course only
    assert payable(both, int(teacher.id)) == 9_700
    assert payable(both, int(other.id)) == 3_700
    with db.read_session() as session:
        assert session.get(Order, both).referral_instructor_id == teacher.id

    # a mistyped code is ignored: marketplace share
    typo = buy(make_user(), [int(course.id)], referral_code=code[:-1] + "x")
    assert payable(typo, int(teacher.id)) == 3_700


def test_share_rules_have_a_history_and_sales_keep_theirs():
    admin = make_user(role="admin")
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    before = buy(make_user(), [int(course.id)])
    with db.transaction() as session:
        service.set_share_rule(
            session=session,
            actor_id=int(admin.id),
            actor_roles=["admin"],
            data=ShareRuleCreate(channel="marketplace", instructor_percent=50),
        )
    after = buy(make_user(), [int(course.id)])
    assert payable(before, int(teacher.id)) == 3_700
    assert payable(after, int(teacher.id)) == 5_000
    with db.read_session() as session:
        history = service.share_rule_history(session=session)
        assert service.shares_in_force(session=session)["marketplace"] == 50
    assert [r.instructor_percent for r in history if r.in_force] == [50]


def test_refund_claws_back_the_share_and_the_ledger_reconciles():
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=4_000)
    order_id = buy(make_user(), [int(course.id)])
    refund(order_id)
    assert payable(order_id, int(teacher.id)) == 0
    legs = entries(order_id)
    assert sum(e.amount_cents for e in legs) == 0
    refunds = sum(e.amount_cents for e in legs if e.account == Account.refunds.value)
    assert refunds == 4_000 - 1_480
    with db.read_session() as session:
        report = service.reconcile_ledger(session=session, settling=timedelta(0))
    assert report.ok, report.differences


def test_reconciliation_lists_a_missing_sale():
    course = make_published_course(price_cents=3_000)
    order_id = buy(make_user(), [int(course.id)])
    with db.transaction() as session:
        transaction = session.exec(
            select(LedgerTransaction).where(col(LedgerTransaction.order_id) == order_id)
        ).one()
        session.delete(transaction)
    with db.read_session() as session:
        report = service.reconcile_ledger(session=session, settling=timedelta(0))
    assert not report.ok
    assert report.differences[0].missing_transactions == [ledger.sale_key(order_id)]
    assert report.differences[0].orders_sales_cents == 3_000
    assert report.differences[0].ledger_sales_cents == 0


def test_holding_period_then_monthly_payout_then_paid(monkeypatch):
    monkeypatch.setenv("PAYOUT_MINIMUM_CENTS", "1000")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    admin = make_user(role="admin")
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    sold_at = datetime(2026, 9, 10, 12, tzinfo=UTC)
    with clock_at(sold_at):
        buy(make_user(), [int(course.id)])
    with db.read_session() as session, clock_at(sold_at + timedelta(days=1)):
        [balance] = service.instructor_balances(
            session=session,
            actor_id=int(teacher.id),
            actor_roles=["instructor"],
            instructor_id=int(teacher.id),
        )
    assert (balance.pending_cents, balance.available_cents) == (3_700, 0)
    with db.transaction() as session, clock_at(datetime(2026, 10, 1, 1, tzinfo=UTC)):
        assert service.create_monthly_payouts(session=session) == []  # still in refund window
    with db.transaction() as session, clock_at(datetime(2026, 11, 1, 1, tzinfo=UTC)):
        [payout] = service.create_monthly_payouts(session=session)
        assert service.create_monthly_payouts(session=session) == []  # once a month
        payout_id = int(payout.id)
    assert (payout.amount_cents, payout.period) == (3_700, "2026-11")
    with db.transaction() as session:
        service.mark_payout_paid(
            session=session,
            actor_id=int(admin.id),
            actor_roles=["admin"],
            payout_id=payout_id,
            reference="BANK-2026-11-001",
        )
    with db.read_session() as session:
        [balance] = service.instructor_balances(
            session=session,
            actor_id=int(teacher.id),
            actor_roles=["instructor"],
            instructor_id=int(teacher.id),
        )
        paid = session.get(Payout, payout_id)
        assert paid is not None and paid.reference == "BANK-2026-11-001"
        totals = ledger.trial_balance(session)
    assert (balance.available_cents, balance.paid_out_cents) == (0, 3_700)
    assert sum(totals.values()) == 0
    assert totals[("USD", Account.payouts_in_transit.value)] == 0


def test_statement_per_course_and_downloads():
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000, title="=Danger course")
    sold_at = datetime(2026, 10, 5, tzinfo=UTC)
    with clock_at(sold_at):
        buy(make_user(), [int(course.id)])
        refunded = buy(make_user(), [int(course.id)])
        refund(refunded)
    with db.read_session() as session:
        statement = service.monthly_statement(
            session=session,
            actor_id=int(teacher.id),
            actor_roles=["instructor"],
            instructor_id=int(teacher.id),
            month="2026-10",
        )
    [line] = statement.lines
    assert (line.sales_count, line.sales_cents, line.refunds_count, line.refunds_cents) == (
        2,
        20_000,
        1,
        10_000,
    )
    assert line.net_cents == 3_700
    assert line.platform_share_cents == 20_000 - 10_000 - 0 - 3_700
    csv_text = service.statement_csv(statement)
    assert "'=Danger course" in csv_text and "37.00" in csv_text
    pdf = service.statement_pdf(statement)
    assert pdf.startswith(b"%PDF")


def test_stripe_fee_comes_from_the_balance_transaction(stripe_on):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    buyer = make_user()
    result = service.start_checkout(user_id=int(buyer.id), course_ids=[int(course.id)])
    with db.read_session() as session:
        session_id = session.get(Order, result.order_id).checkout_session_id
    paid = stripe_on.complete_session(session_id)
    with db.transaction() as session:
        service.fulfil_order(
            session=session, order_id=result.order_id, payment_intent_id=paid["payment_intent"]
        )
    outbox.relay_pending()
    legs = entries(result.order_id)
    fee = sum(e.amount_cents for e in legs if e.account == Account.processor_fees.value)
    assert fee == 320  # 2.9 % + 30
    assert payable(result.order_id, int(teacher.id)) == (10_000 - 320) * 37 // 100
    assert sum(e.amount_cents for e in legs) == 0


# ---- REST --------------------------------------------------------------------------------------


def test_rest_instructor_sees_only_own_ledger_and_admin_endpoints_are_admin_only(api):
    teacher, teacher_headers = user_headers(api, role="instructor")
    _, other_headers = user_headers(api, role="instructor")
    _, student_headers = user_headers(api)
    admin, admin_headers = user_headers(api, role="admin")
    course = make_published_course(owner=teacher, price_cents=10_000)
    buyer, buyer_headers = user_headers(api)
    checkout = api.post(
        f"{API}/checkout",
        json={
            "course_ids": [int(course.id)],
            "referral_code": service.referral_code(int(teacher.id)),
        },
        headers=buyer_headers,
    )
    assert checkout.status_code == 201, checkout.text
    assert pay_in_sandbox(api, buyer_headers, checkout.json()["order_id"]).status_code == 200
    outbox.relay_pending()
    month = datetime.now(UTC).strftime("%Y-%m")

    balances = api.get(f"{API}/instructor/revenue/balances", headers=teacher_headers).json()
    assert balances[0]["pending_cents"] == 9_700
    assert api.get(f"{API}/instructor/revenue/balances", headers=other_headers).json() == []
    statement = api.get(f"{API}/instructor/revenue/statements/{month}", headers=teacher_headers)
    assert statement.json()["lines"][0]["net_cents"] == 9_700
    csv_response = api.get(
        f"{API}/instructor/revenue/statements/{month}/csv", headers=teacher_headers
    )
    assert csv_response.headers["content-type"].startswith("text/csv")
    pdf_response = api.get(
        f"{API}/instructor/revenue/statements/{month}/pdf", headers=teacher_headers
    )
    assert pdf_response.content.startswith(b"%PDF")
    link = api.get(f"{API}/instructor/referral-link", headers=teacher_headers).json()
    assert link["code"] == service.referral_code(int(teacher.id))

    # a student is not an instructor; an instructor reads no one else's statement
    assert_error(api.get(f"{API}/instructor/revenue/balances", headers=student_headers), 403)
    assert_error(
        api.get(f"{API}/admin/instructors/{teacher.id}/statements/{month}", headers=other_headers),
        403,
    )
    for path in (
        "/admin/payouts/csv",
        "/admin/revenue/months",
        "/admin/revenue/balances",
        "/admin/payouts",
        "/admin/ledger/reconciliation",
        "/admin/revenue/share-rules",
        "/admin/revenue/months/csv",
    ):
        assert_error(api.get(f"{API}{path}", headers=teacher_headers), 403)
        assert api.get(f"{API}{path}", headers=admin_headers).status_code == 200
    assert api.get(f"{API}/instructor/payouts").status_code == 401

    months = api.get(f"{API}/admin/revenue/months", headers=admin_headers).json()
    assert months[0]["sales_cents"] == 10_000 and months[0]["platform_net_cents"] == 300
    admin_view = api.get(
        f"{API}/admin/instructors/{teacher.id}/statements/{month}", headers=admin_headers
    )
    assert admin_view.status_code == 200
    assert api.get(f"{API}/admin/ledger/reconciliation", headers=admin_headers).json()["ok"] is True


def test_rest_bad_input_is_refused(api):
    _, teacher_headers = user_headers(api, role="instructor")
    _, admin_headers = user_headers(api, role="admin")
    for month in ("2026-13", "26-10-1", "abcdefg", "1999-01"):
        assert_error(
            api.get(f"{API}/instructor/revenue/statements/{month}", headers=teacher_headers), 422
        )
    bad_rules = [
        {"channel": "marketplace", "instructor_percent": 101},
        {"channel": "friends", "instructor_percent": 50},
        {"channel": "coupon", "instructor_percent": 50, "effective_from": "2000-01-01T00:00:00Z"},
        {"channel": "coupon", "instructor_percent": 50, "extra": 1},
    ]
    for body in bad_rules:
        assert_error(
            api.post(f"{API}/admin/revenue/share-rules", json=body, headers=admin_headers), 422
        )
    rule = api.post(
        f"{API}/admin/revenue/share-rules",
        json={"channel": "coupon", "instructor_percent": 90},
        headers=admin_headers,
    )
    assert rule.status_code == 201 and rule.json()["in_force"] is True
    assert_error(
        api.post(
            f"{API}/admin/revenue/share-rules",
            json={"channel": "coupon", "instructor_percent": 90},
            headers=teacher_headers,
        ),
        403,
    )
    assert_error(
        api.post(
            f"{API}/admin/payouts/999999/paid", json={"reference": "X1"}, headers=admin_headers
        ),
        404,
    )
    assert_error(
        api.post(f"{API}/admin/payouts/1/paid", json={"reference": ""}, headers=admin_headers), 422
    )
    assert_error(
        api.post(
            f"{API}/admin/payouts/1/paid", json={"reference": "=cmd|x"}, headers=admin_headers
        ),
        422,
    )
    assert_error(api.get(f"{API}/admin/payouts?status=lost", headers=admin_headers), 422)


def test_rest_paying_a_payout_twice_is_409(api):
    _, admin_headers = user_headers(api, role="admin")
    teacher = make_user(role="instructor")
    with db.transaction() as session:
        payout = Payout(
            instructor_id=int(teacher.id), currency="USD", amount_cents=6_000, period="2026-11"
        )
        session.add(payout)
        session.flush()
        payout_id = payout.id
    first = api.post(
        f"{API}/admin/payouts/{payout_id}/paid", json={"reference": "T-1"}, headers=admin_headers
    )
    assert first.status_code == 200 and first.json()["status"] == "paid"
    assert_error(
        api.post(
            f"{API}/admin/payouts/{payout_id}/paid",
            json={"reference": "T-2"},
            headers=admin_headers,
        ),
        409,
    )


def test_reconcile_ledger_command_reports_and_fails_on_a_difference(capsys):
    course = make_published_course(price_cents=3_000)
    with clock_at(datetime.now(UTC) - timedelta(hours=1)):
        order_id = buy(make_user(), [int(course.id)])
    assert cli.main(["reconcile-ledger", "--all"]) == 0
    assert "Ledger reconciled" in capsys.readouterr().out
    with db.transaction() as session:
        session.exec(delete(LedgerTransaction).where(col(LedgerTransaction.order_id) == order_id))
    assert cli.main(["reconcile-ledger"]) == 1
    out = capsys.readouterr().out
    assert ledger.sale_key(order_id) in out and "$30.00" in out


def test_rest_checkout_honours_the_referral_cookie(api):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    _, buyer_headers = user_headers(api)
    api.cookies.set(service.REFERRAL_COOKIE, service.referral_code(int(teacher.id)))
    try:
        checkout = api.post(
            f"{API}/checkout", json={"course_ids": [int(course.id)]}, headers=buyer_headers
        )
    finally:
        api.cookies.clear()
    assert checkout.status_code == 201, checkout.text
    assert pay_in_sandbox(api, buyer_headers, checkout.json()["order_id"]).status_code == 200
    outbox.relay_pending()
    assert payable(checkout.json()["order_id"], int(teacher.id)) == 9_700


def test_a_sale_whose_job_has_not_run_yet_is_not_a_difference():
    course = make_published_course(price_cents=3_000)
    order_id = buy(make_user(), [int(course.id)])
    with db.transaction() as session:
        session.exec(delete(LedgerTransaction).where(col(LedgerTransaction.order_id) == order_id))
    with db.read_session() as session:
        assert service.reconcile_ledger(session=session).ok  # paid a moment ago: settling


def test_rest_payouts_csv_lists_the_queue(api):
    _, admin_headers = user_headers(api, role="admin")
    teacher = make_user(role="instructor", full_name="=Evil Name")
    with db.transaction() as session:
        session.add(
            Payout(
                instructor_id=int(teacher.id), currency="USD", amount_cents=6_050, period="2026-11"
            )
        )
    response = api.get(f"{API}/admin/payouts/csv?status=pending", headers=admin_headers)
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="payouts.csv"'
    lines = response.text.splitlines()
    assert lines[0].startswith("payout_id,instructor_id,instructor,period,currency,amount")
    assert "'=Evil Name" in lines[1] and ",60.50," in lines[1]


def test_the_schedule_runs_the_monthly_payout_job(monkeypatch):
    from udemy_clone.core import queue
    from udemy_clone.schedule import SCHEDULE

    entry = next(e for e in SCHEDULE if e.name == "instructor-payouts")
    job = queue.resolve(entry.func)
    monkeypatch.setenv("PAYOUT_MINIMUM_CENTS", "100")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=1_000)
    with clock_at(datetime(2026, 7, 2, tzinfo=UTC)):
        buy(make_user(), [int(course.id)])
    with clock_at(datetime(2026, 9, 1, 3, tzinfo=UTC)):
        assert job() == 1
        assert job() == 0  # once a month
