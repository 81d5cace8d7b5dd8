"""Jobs of the stats domain: daily rollups on a schedule, and business counters from events.

The rollup of the recent days reschedules itself (`enqueue_at`: RQ's scheduler when the worker
runs with_scheduler=True, a timer thread in the in-process mode). `start_rollups` starts the
chain: the RQ worker calls it at start-up, the web process calls it when jobs run in-process.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from udemy_clone.core import db, queue
from udemy_clone.core.db import utcnow
from udemy_clone.core.log import get_logger
from udemy_clone.stats import service

log = get_logger(__name__)

ROLLUP_INTERVAL_SECONDS = 15 * 60
# Days without a rollup row this far back are filled in (first start, a worker that was down).
CATCH_UP_DAYS = 35
ROLLUP_JOB_ID = "stats-rollup-recent"
ROLLUP_TIMEOUT_SECONDS = 30 * 60


def rollup_day(day_iso: str) -> dict[str, Any]:
    """Job: rebuild the rollup of one UTC day (YYYY-MM-DD); rerunning it changes nothing."""
    day = date.fromisoformat(day_iso)
    with db.transaction() as session:
        figures = service.rollup_day(session=session, day=day)
    summary = service.describe_rollup(figures)
    log.info("stats_rollup_done", **summary)
    return summary


def rollup_days(days: list[str]) -> None:
    """Rebuild several days, one transaction each (oldest first)."""
    for day_iso in sorted(days):
        rollup_day(day_iso)


def days_to_roll_up(today: date) -> list[str]:
    """Today, yesterday (it may have changed after the last run) and missing recent days."""
    since = today - timedelta(days=CATCH_UP_DAYS)
    with db.read_session() as session:
        done = service.rolled_up_days(session=session, since=since)
    wanted = {today, today - timedelta(days=1)}
    wanted.update(
        since + timedelta(days=n)
        for n in range(CATCH_UP_DAYS)
        if since + timedelta(days=n) not in done
    )
    return sorted(d.isoformat() for d in wanted)


def rollup_recent() -> None:
    """Job: roll up the recent days, then schedule the next run."""
    try:
        rollup_days(days_to_roll_up(service.today_utc()))
    finally:
        schedule_next_rollup()


def schedule_next_rollup(delay_seconds: int = ROLLUP_INTERVAL_SECONDS) -> str:
    """Queue `rollup_recent` to run in `delay_seconds` (one chain: a fixed job id under RQ)."""
    return queue.enqueue_at(
        utcnow() + timedelta(seconds=delay_seconds),
        rollup_recent,
        queue="low",
        job_timeout=ROLLUP_TIMEOUT_SECONDS,
        job_id=ROLLUP_JOB_ID if queue.uses_rq() else None,
    )


_started = False


def start_rollups(delay_seconds: int = 5) -> None:
    """Start the rollup schedule of this process (once); the first run comes soon after."""
    global _started
    if _started:
        return
    _started = True
    schedule_next_rollup(delay_seconds)
    log.info("stats_rollups_scheduled", first_run_in=delay_seconds)
