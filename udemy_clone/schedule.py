"""Every periodic job, listed in one place (like the event handlers in events.py).

The scheduler (`core/scheduler.py`) enqueues each entry on the clock, in whichever process
leads; sweepers also run when a scheduler takes the lead, so a restart recovers at once what a
crash left: videos stuck processing, emails never sent, orders never expired.
"""

from __future__ import annotations

from udemy_clone.core.scheduler import Periodic

SCHEDULE: list[Periodic] = [
    Periodic(
        "stats-rollup",
        "udemy_clone.stats.tasks:rollup_recent",
        15 * 60,
        on_start=True,
        timeout_seconds=30 * 60,
    ),
    Periodic(
        "recommendations-rollup",
        "udemy_clone.stats.tasks:rollup_recommendations",
        60 * 60,
        on_start=True,
        timeout_seconds=15 * 60,
    ),
    Periodic(
        "sweep-stuck-videos",
        "udemy_clone.media.tasks:requeue_stuck_videos",
        60,
        queue="default",
        on_start=True,
    ),
    Periodic(
        "sweep-stale-emails",
        "udemy_clone.notifications.tasks:resend_stale_emails",
        60,
        queue="default",
        on_start=True,
    ),
    # Written on another branch; until it lands the scheduler logs once and skips it.
    Periodic(
        "expire-stale-orders",
        "udemy_clone.orders.tasks:expire_stale_orders",
        5 * 60,
        queue="default",
        on_start=True,
    ),
    # Monthly instructor payouts: checked hourly, creates each month's payouts once.
    Periodic(
        "instructor-payouts",
        "udemy_clone.orders.ledger_tasks:run_monthly_payouts",
        60 * 60,
        queue="low",
        on_start=True,
    ),
    Periodic("sweep-scratch-dirs", "udemy_clone.core.processes:sweep_dead_scratch_dirs", 10 * 60),
    Periodic("prune-finished-jobs", "udemy_clone.core.queue:prune_finished_jobs", 60 * 60),
]
