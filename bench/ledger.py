"""Benchmark of the revenue ledger: posting sales and refunds, then the reads on a large ledger.

    .venv/bin/python bench/ledger.py                  # scratch SQLite file, 20,000 orders
    .venv/bin/python bench/ledger.py --orders 5000
    .venv/bin/python bench/ledger.py --postgres URL   # a scratch PostgreSQL database (dropped)

Bulk-inserts users and paid orders (one course each, 5 % refunded two days later) over 180 days,
then posts every order through `orders.ledger.post_sale` / `post_refund` (the code the outbox
handlers run, one transaction per order), and times the reads: the reconciliation, the admin's
platform revenue per month, every instructor's balances, one instructor's monthly statement, its
CSV and PDF, and the monthly payout run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAYS = 180
BUYERS = 5_000
INSTRUCTORS = 50


def _configure(args: argparse.Namespace) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-ledger-"))
    os.environ.update(
        {
            "DATA_DIR": str(workdir),
            "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
            "LOG_LEVEL": "WARNING",
            "SEED_DEMO_DATA": "false",
        }
    )
    os.environ.pop("REDIS_URL", None)
    if args.postgres:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        url = make_url(args.postgres)
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{url.database}"'))
        admin.dispose()
        os.environ["DATABASE_URL"] = url.render_as_string(hide_password=False)
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.db'}"


def _fill(orders_count: int, now: datetime) -> list[int]:
    from sqlalchemy import insert

    from udemy_clone.auth.models import User, UserRole
    from udemy_clone.core import db
    from udemy_clone.orders.models import Order, OrderItem

    rng = random.Random(18)
    with db.transaction() as session:
        session.execute(
            insert(User),
            [
                {
                    "id": n,
                    "email": f"u{n}@bench.test",
                    "full_name": f"User {n}",
                    "password_hash": "x",
                    "is_active": True,
                    "headline": "",
                    "bio": "",
                    "created_at": now - timedelta(days=DAYS + 1),
                }
                for n in range(1, BUYERS + INSTRUCTORS + 1)
            ],
        )
        session.execute(
            insert(UserRole),
            [{"user_id": n, "role": "instructor"} for n in range(1, INSTRUCTORS + 1)],
        )
    orders, items = [], []
    for order_id in range(1, orders_count + 1):
        paid = now - timedelta(days=rng.uniform(0.5, DAYS))
        refunded = order_id % 20 == 0
        price = rng.choice((1999, 2999, 4999, 8999))
        course_id = rng.randint(1, 400)
        orders.append(
            {
                "id": order_id,
                "user_id": INSTRUCTORS + rng.randint(1, BUYERS),
                "status": "refunded" if refunded else "paid",
                "currency": "USD" if order_id % 10 else "EUR",
                "subtotal_cents": price,
                "discount_cents": 0,
                "amount_cents": price,
                "gateway": "sandbox",
                "created_at": paid,
                "paid_at": paid,
                "refunded_at": paid + timedelta(days=2) if refunded else None,
            }
        )
        items.append(
            {
                "order_id": order_id,
                "course_id": course_id,
                "title": f"Course {course_id}",
                "instructor_id": 1 + course_id % INSTRUCTORS,
                "list_price_cents": price,
                "discount_cents": 0,
                "price_cents": price,
                "channel": rng.choice(("marketplace", "marketplace", "coupon", "referral")),
            }
        )
    with db.transaction() as session:
        for table, rows in ((Order, orders), (OrderItem, items)):
            for start in range(0, len(rows), 10_000):
                session.execute(insert(table), rows[start : start + 10_000])
    return [o["id"] for o in orders if o["status"] == "refunded"]


def _timed(label: str, action, repeat: int = 3) -> object:  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    print(f"  {label:<44} {best * 1000:9.1f} ms (best of {repeat})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--postgres", default="")
    args = parser.parse_args()
    _configure(args)

    from udemy_clone.core import db
    from udemy_clone.migrations import upgrade_to_head
    from udemy_clone.orders import ledger, service

    upgrade_to_head()
    now = datetime.now(UTC)
    refunded = _fill(args.orders, now)
    print(
        f"{args.orders:,} orders ({len(refunded):,} refunded), {db.dialect_name()}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )

    started = time.perf_counter()
    for order_id in range(1, args.orders + 1):
        with db.transaction() as session:
            ledger.post_sale(session, order_id=order_id, fee_cents=0)
    sales_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for order_id in refunded:
        with db.transaction() as session:
            ledger.post_refund(session, order_id=order_id)
    refund_seconds = time.perf_counter() - started
    print(
        f"  posting a sale (one transaction each)        {sales_seconds / args.orders * 1000:9.2f}"
        f" ms/order ({args.orders / sales_seconds:,.0f} orders/s)"
    )
    print(
        f"  posting a refund                             "
        f"{refund_seconds / max(1, len(refunded)) * 1000:9.2f} ms/refund"
    )

    if db.dialect_name() == "postgresql":
        # as autovacuum would soon: without statistics the planner takes the freshly loaded
        # tables for empty and joins them in nested loops (the reconciliation took 20 s)
        from sqlalchemy import text

        with db.transaction() as session:
            session.exec(text("ANALYZE"))  # type: ignore[call-overload]
    month = now.strftime("%Y-%m")
    with db.read_session() as session:
        report = _timed(
            "reconcile_ledger (whole ledger)", lambda: service.reconcile_ledger(session=session)
        )
        assert report.ok, report.differences  # type: ignore[attr-defined]
        _timed(
            "platform_revenue_by_month",
            lambda: service.platform_revenue_by_month(session=session, actor_roles=["admin"]),
        )
        _timed(
            "all_instructor_balances",
            lambda: service.all_instructor_balances(session=session, actor_roles=["admin"]),
        )
        statement = _timed(
            "monthly_statement (one instructor, this month)",
            lambda: service.monthly_statement(
                session=session, actor_id=0, actor_roles=["admin"], instructor_id=2, month=month
            ),
        )
        _timed("statement_csv", lambda: service.statement_csv(statement))  # type: ignore[arg-type]
        _timed("statement_pdf", lambda: service.statement_pdf(statement))  # type: ignore[arg-type]
    with db.transaction() as session:
        _timed(
            "create_monthly_payouts (first run of month)",
            lambda: service.create_monthly_payouts(session=session),
            repeat=1,
        )


if __name__ == "__main__":
    main()
