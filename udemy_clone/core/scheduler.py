"""Periodic jobs on the clock: one scheduler active across every process, durable next-run times.

Each periodic job has a row in `job_schedules` with the next time it is due. Whichever process
holds the `scheduler` row of `leader_leases` (renewed every tick, taken over when it lapses)
enqueues the due jobs through `queue.enqueue` — RQ in Redis mode, the job table otherwise —
and moves `next_run_at` to the next slot of the clock. A run that is lost (its process
killed) therefore never stops the schedule: the next slot comes anyway.

A schedule entry names its function by path; a path that does not import (a job of a branch
not merged yet) is logged once and skipped.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from udemy_clone.core import db, queue
from udemy_clone.core.log import get_logger
from udemy_clone.core.models import JobSchedule, LeaderLease

log = get_logger(__name__)

LEADER_NAME = "scheduler"
LEADER_LEASE_SECONDS = 30
TICK_SECONDS = 5.0


@dataclass(frozen=True)
class Periodic:
    """A job run every `every_seconds` (aligned on the clock); `on_start` also runs it when
    a scheduler takes the lead (sweepers recover what a crash left)."""

    name: str
    func: str
    every_seconds: int
    queue: str = "low"
    timeout_seconds: int = 600
    on_start: bool = False


def next_slot(now: datetime, every_seconds: int) -> datetime:
    """The first multiple of `every_seconds` since the epoch that is later than `now`."""
    stamp = int(now.timestamp())
    return datetime.fromtimestamp((stamp // every_seconds + 1) * every_seconds, tz=now.tzinfo)


def acquire_leadership(holder: str, *, seconds: int = LEADER_LEASE_SECONDS) -> bool:
    """Take or renew the scheduler lease for `holder`; False while another process holds it."""
    now = db.utcnow()
    try:
        with db.transaction() as session:
            row = session.get(LeaderLease, LEADER_NAME, with_for_update=True)
            if row is None:
                session.add(
                    LeaderLease(
                        name=LEADER_NAME,
                        holder=holder,
                        lease_until=now + timedelta(seconds=seconds),
                    )
                )
                session.flush()
                return True
            if row.holder != holder and db.as_utc(row.lease_until) > now:
                return False
            row.holder = holder
            row.lease_until = now + timedelta(seconds=seconds)
            session.add(row)
            return True
    except IntegrityError:  # another process inserted the row first
        return False


def release_leadership(holder: str) -> None:
    """Give the lease up (a clean shutdown lets another process lead at once)."""
    with db.transaction() as session:
        row = session.get(LeaderLease, LEADER_NAME, with_for_update=True)
        if row is not None and row.holder == holder:
            session.delete(row)


class Scheduler:
    """Enqueues the due periodic jobs while this process leads."""

    def __init__(self, entries: list[Periodic]) -> None:
        self.entries = {entry.name: entry for entry in entries}
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.leading = False
        self._missing_logged: set[str] = set()

    def _available(self, entry: Periodic) -> bool:
        try:
            queue.resolve(entry.func)
        except (ImportError, AttributeError):
            if entry.func not in self._missing_logged:
                self._missing_logged.add(entry.func)
                log.warning("scheduled_job_missing", name=entry.name, func=entry.func)
            return False
        return True

    def tick(self) -> list[str]:
        """One pass: keep or take the lead, enqueue what is due; returns the names enqueued."""
        was_leading = self.leading
        self.leading = acquire_leadership(self.holder)
        if not self.leading:
            return []
        now = db.utcnow()
        enqueued: list[str] = []
        with db.transaction() as session:
            for entry in self.entries.values():
                row = session.get(JobSchedule, entry.name, with_for_update=True)
                if row is None:
                    row = JobSchedule(
                        name=entry.name,
                        func_name=entry.func,
                        interval_seconds=entry.every_seconds,
                        next_run_at=now,
                    )
                row.func_name, row.interval_seconds = entry.func, entry.every_seconds
                starting = entry.on_start and not was_leading
                if starting or db.as_utc(row.next_run_at) <= now:
                    # The next slot comes from the clock, whatever happens to this run.
                    row.next_run_at = next_slot(now, entry.every_seconds)
                    if self._available(entry):
                        queue.enqueue(
                            entry.func,
                            queue=entry.queue,
                            job_timeout=entry.timeout_seconds,
                            retry_intervals=(),
                            job_id=f"sched-{entry.name}-{int(now.timestamp())}",
                            session=session,
                        )
                        row.last_enqueued_at = now
                        enqueued.append(entry.name)
                session.add(row)
        return enqueued

    def run(self, stop: threading.Event) -> None:
        """The loop: a tick every few seconds until `stop` is set; the lease is given up then."""
        while not stop.is_set():
            try:
                self.tick()
            except Exception:
                log.exception("scheduler_tick_failed")
            stop.wait(TICK_SECONDS)
        if self.leading:
            try:
                release_leadership(self.holder)
            except Exception:
                log.exception("scheduler_release_failed")


_thread: threading.Thread | None = None
_stop = threading.Event()


def start_scheduler_thread(entries: list[Periodic]) -> None:
    """Run the scheduler loop in a daemon thread of this process (once)."""
    global _thread
    if _thread is not None and _thread.is_alive():
        return
    _stop.clear()
    _thread = threading.Thread(
        target=Scheduler(entries).run, args=(_stop,), name="job-scheduler", daemon=True
    )
    _thread.start()


def stop_scheduler_thread(timeout: float = 10.0) -> None:
    """Stop the loop started by start_scheduler_thread."""
    global _thread
    _stop.set()
    thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join(timeout)
    _thread = None
