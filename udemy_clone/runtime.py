"""Background services of a web process: the outbox relay (and in-process jobs)."""

from __future__ import annotations

import asyncio

from udemy_clone.core import outbox, queue
from udemy_clone.core.log import get_logger
from udemy_clone.events import register_handlers
from udemy_clone.orders.tasks import expire_stale_orders

log = get_logger(__name__)


async def background_services() -> None:
    """Lifespan task: relay outbox events to jobs while the web process runs."""
    register_handlers()
    outbox.start_relay_thread()
    if not queue.uses_rq():  # with RQ the worker schedules the statistics rollups
        from udemy_clone.stats.tasks import start_rollups

        start_rollups()
    log.info("background_services_started")
    await asyncio.to_thread(_expire_stale_orders_once)
    try:
        while True:
            await asyncio.sleep(3600)
    except asyncio.CancelledError:
        outbox.stop_relay_thread(timeout=2)
        raise


def _expire_stale_orders_once() -> None:
    """Pending orders left over from before this start expire now (then every minute by the
    scheduler); a failure is logged and does not stop the web process."""
    try:
        expire_stale_orders()
    except Exception:
        log.exception("expire_stale_orders_failed")
