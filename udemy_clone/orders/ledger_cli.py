"""`python -m udemy_clone reconcile-ledger`: the ledger against orders, printed as a table."""

from __future__ import annotations

from udemy_clone.core import db
from udemy_clone.core.money import format_money
from udemy_clone.orders.reconcile import reconcile_ledger


def reconcile_command(*, show_all: bool = False) -> int:
    """Print the reconciliation per month and currency; exit status 1 when anything differs."""
    with db.read_session() as session:
        report = reconcile_ledger(session=session)
    lines = report.lines if show_all else report.differences
    if lines:
        print(
            f"{'month':<8} {'cur':<4} {'orders sales':>14} {'ledger sales':>14} "
            f"{'orders refunds':>15} {'ledger refunds':>15} {'unbalanced':>10}  missing"
        )
    for line in lines:
        missing = ", ".join(line.missing_transactions[:5])
        if len(line.missing_transactions) > 5:
            missing += f" (+{len(line.missing_transactions) - 5} more)"
        print(
            f"{line.month:<8} {line.currency:<4} "
            f"{format_money(line.orders_sales_cents, line.currency):>14} "
            f"{format_money(line.ledger_sales_cents, line.currency):>14} "
            f"{format_money(line.orders_refunds_cents, line.currency):>15} "
            f"{format_money(line.ledger_refunds_cents, line.currency):>15} "
            f"{line.unbalanced_transactions:>10}  {missing}"
        )
    if report.ok:
        print(f"Ledger reconciled: {len(report.lines)} month(s) and currencies match the orders.")
        return 0
    print(f"Ledger differs from the orders in {len(report.differences)} month(s) and currencies.")
    return 1
