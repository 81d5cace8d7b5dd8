"""Jobs of the stats domain: daily rollups on a schedule, and business counters from events.

`rollup_recent` is a periodic job of `udemy_clone/schedule.py`: the scheduler enqueues it on the
clock, so a lost run never stops the schedule (it used to re-enqueue itself).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.stats import badges, recommendations, service

log = get_logger(__name__)

ROLLUP_INTERVAL_SECONDS = 15 * 60
# Days without a rollup row this far back are filled in (first start, a worker that was down).
CATCH_UP_DAYS = 35


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
    """Job (every 15 minutes, `udemy_clone/schedule.py`): roll up the recent days, then
    recompute the course badges from them."""
    rollup_days(days_to_roll_up(service.today_utc()))
    rollup_course_badges()


def rollup_course_badges() -> None:
    """Job: award "Bestseller" and "Highest rated" again from the figures (`stats/badges.py`)."""
    with db.transaction() as session:
        changed = badges.rollup_badges(session=session)
    log.info("course_badges_rolled_up", changed=len(changed))


def rollup_recommendations() -> None:
    """Job (hourly, `udemy_clone/schedule.py`): recount "students also bought" from enrollments."""
    with db.transaction() as session:
        written = recommendations.rebuild_affinities(session=session)
    log.info("recommendations_rebuilt", pairs=written)
