"""Demo ledger history: three more months of sales (marketplace, the demo instructor's coupon
and referral link), a refund, the monthly payouts of those months, the older ones paid.

Purchases go through the orders service with the clock set back (`core.db.clock_at`), and
every paid or refunded order is posted to the ledger, so the Revenue pages, the admin views and
`reconcile-ledger` all read the same books as in real use. Deterministic (seeded random).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.db import clock_at, utcnow
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.orders.checkout import create_order
from udemy_clone.orders.coupons import create_coupon
from udemy_clone.orders.fulfilment import fulfil_order, refund_order
from udemy_clone.orders.ledger import post_refund, post_sale
from udemy_clone.orders.ledger_models import Payout, PayoutStatus
from udemy_clone.orders.models import Coupon, CouponCreate, Order, OrderStatus
from udemy_clone.orders.payouts import create_monthly_payouts, mark_payout_paid
from udemy_clone.orders.referrals import referral_code

log = get_logger(__name__)

DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
DEMO_ADMIN_EMAIL = "admin@example.com"
DEMO_COUPON = "IVAN-FRIENDS"
LEARNER_EMAILS = (
    "amir.haddad@example.com",
    "bea.santos@example.com",
    "chen.li@example.com",
    "dara.okafor@example.com",
    "elin.berg@example.com",
    "farid.nasser@example.com",
    "greta.novak@example.com",
    "hugo.silva@example.com",
    "student@example.com",
)
FIRST_DAY_AGO = 125  # the oldest demo sale
LAST_DAY_AGO = 32  # the stats history covers the last 30 days


def _first_of_months(start: datetime, end: datetime) -> list[datetime]:
    """02:00 UTC on the first day of each month after `start`, up to `end`."""
    moments: list[datetime] = []
    year, month = start.year, start.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        moment = datetime(year, month, 1, 2, tzinfo=UTC)
        if moment > end:
            return moments
        moments.append(moment)


def seed_demo_ledger() -> int:
    """Older sales, a refund, payouts (older ones paid) and the ledger of every order."""
    rng = random.Random(18)
    now = utcnow()
    with db.transaction() as session:
        instructor = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        admin = auth_service.get_user_by_email(session=session, email=DEMO_ADMIN_EMAIL)
        if instructor is None or instructor.id is None or admin is None or admin.id is None:
            return 0
        instructor_id, admin_id = instructor.id, admin.id
        if session.exec(select(Coupon).where(col(Coupon.code) == DEMO_COUPON)).first():
            return 0  # played already (the demo job may run again after a crash)
        learners = [
            int(user.id)
            for email in LEARNER_EMAILS
            if (user := auth_service.get_user_by_email(session=session, email=email)) is not None
            and user.id is not None
        ]
        briefs = catalog_service.course_briefs(
            session=session, course_ids=catalog_service.published_course_ids(session=session)
        )
        paid = [
            b.id
            for b in briefs.values()
            if catalog_service.get_course(session=session, course_id=b.id).price_cents > 0
        ]
        own = [cid for cid in paid if briefs[cid].owner_id == instructor_id]
        others = [cid for cid in paid if cid not in own]
        if not own or not learners:
            return 0
        with clock_at(now - timedelta(days=FIRST_DAY_AGO + 5)):
            create_coupon(
                session=session,
                actor_id=instructor_id,
                actor_roles=["student", "instructor"],
                data=CouponCreate(code=DEMO_COUPON, percent_off=30, max_per_student=5),
            )
    sold: list[int] = []
    with db.transaction() as session:
        for days_ago in range(FIRST_DAY_AGO, LAST_DAY_AGO - 1, -1):
            if rng.random() > 0.45:
                continue
            buyer = rng.choice(learners)
            course_id = rng.choice(own if rng.random() < 0.7 else others or own)
            channel = rng.random()
            moment = datetime.combine(
                (now - timedelta(days=days_ago)).date(), time(9), tzinfo=UTC
            ) + timedelta(minutes=rng.randint(0, 600))
            with clock_at(moment):
                try:
                    order = create_order(
                        session=session,
                        user_id=buyer,
                        course_ids=[course_id],
                        coupon_code=DEMO_COUPON if channel < 0.15 and course_id in own else None,
                        referral_code=(
                            referral_code(instructor_id) if 0.15 <= channel < 0.3 else None
                        ),
                    )
                    assert order.id is not None
                    fulfil_order(session=session, order_id=order.id)
                except DomainError as exc:
                    log.info("demo_ledger_order_skipped", reason=exc.message)
                    continue
            sold.append(order.id)
        # one buyer asked for the money back a few days after buying
        if len(sold) > 4:
            refunded = session.get(Order, sold[4])
            if refunded is not None and refunded.paid_at is not None:
                with clock_at(db.as_utc(refunded.paid_at) + timedelta(days=3)):
                    refund_order(
                        session=session,
                        actor_id=admin_id,
                        actor_roles=["admin"],
                        order_id=sold[4],
                    )
        _post_every_order(session)
    return _seed_payouts(now, admin_id) + len(sold)


def _post_every_order(session: Session) -> None:
    """Post each paid or refunded order (the outbox handler does the same, once, later)."""
    orders = session.exec(
        select(Order).where(
            col(Order.status).in_([OrderStatus.paid.value, OrderStatus.refunded.value])
        )
    )
    for order in orders:
        assert order.id is not None
        post_sale(session, order_id=order.id, fee_cents=0)
        if order.status == OrderStatus.refunded.value:
            post_refund(session, order_id=order.id)


def _seed_payouts(now: datetime, admin_id: int) -> int:
    """The monthly payout runs of the demo months; all but the latest paid 3 days later."""
    runs = _first_of_months(now - timedelta(days=FIRST_DAY_AGO), now)
    created = 0
    for run_at in runs:
        with db.transaction() as session, clock_at(run_at):
            created += len(create_monthly_payouts(session=session))
    with db.transaction() as session:
        pending = list(
            session.exec(
                select(Payout)
                .where(col(Payout.status) == PayoutStatus.pending.value)
                .order_by(col(Payout.created_at))
            )
        )
        latest = max((p.period for p in pending), default="")
        for payout in pending:
            if payout.period == latest:
                continue
            assert payout.id is not None
            with clock_at(db.as_utc(payout.created_at) + timedelta(days=3)):
                mark_payout_paid(
                    session=session,
                    actor_id=admin_id,
                    actor_roles=["admin"],
                    payout_id=payout.id,
                    reference=f"DEMO-SEPA-{payout.period}-{payout.id:04d}",
                )
    return created
