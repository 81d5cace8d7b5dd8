"""Background services of a process: outbox relay, job runner (embedded mode), scheduler.

The web process starts them from a Reflex lifespan task (`background_services`); the chaos
tests and `python -m udemy_clone run-jobs` start the very same services without the UI
(`start_background_services`). The RQ worker starts the relay and the scheduler itself.
"""

from __future__ import annotations

import asyncio

from udemy_clone.core import outbox, processes, queue, scheduler
from udemy_clone.core.log import get_logger
from udemy_clone.events import register_handlers
from udemy_clone.schedule import SCHEDULE

log = get_logger(__name__)


def start_background_services() -> None:
    """Sweep what dead processes left, then start the relay, the job runner and the scheduler."""
    register_handlers()
    processes.sweep_dead_scratch_dirs()
    outbox.start_relay_thread()
    if not queue.uses_rq():  # with RQ the workers run the jobs
        queue.local_queue.start()
    # One scheduler leads across every process (a lease row); the others stand by.
    scheduler.start_scheduler_thread(SCHEDULE)
    log.info("background_services_started", jobs="rq" if queue.uses_rq() else "inprocess")


def stop_background_services(timeout: float = 5.0) -> None:
    """Stop what start_background_services started (running jobs' leases lapse on their own)."""
    scheduler.stop_scheduler_thread(timeout)
    queue.local_queue.stop(timeout)
    outbox.stop_relay_thread(timeout)


async def background_services() -> None:
    """Lifespan task: run the background services while the web process runs."""
    start_background_services()
    try:
        while True:
            await asyncio.sleep(3600)
    except asyncio.CancelledError:
        stop_background_services(timeout=2)
        raise
