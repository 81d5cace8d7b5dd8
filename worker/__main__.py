"""RQ worker: listens on high, default and low with the app preloaded; runs the outbox relay.

Start one or more with `make worker` (REDIS_URL must be set). Without Redis the web process
runs jobs in-process and this worker is not needed.
"""

from __future__ import annotations

import argparse
import sys

from udemy_clone.core import outbox
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import configure_logging, get_logger
from udemy_clone.core.queue import QUEUES
from udemy_clone.core.redis_client import get_redis
from udemy_clone.events import register_handlers


def main(argv: list[str] | None = None) -> int:
    """Run an RQ worker (and, unless --no-relay, the outbox relay thread) until stopped."""
    parser = argparse.ArgumentParser(prog="python -m worker")
    parser.add_argument("--queues", default=",".join(QUEUES))
    parser.add_argument("--no-relay", action="store_true", help="do not run the outbox relay")
    parser.add_argument("--burst", action="store_true", help="exit when the queues are empty")
    args = parser.parse_args(argv)

    configure_logging()
    log = get_logger("worker")
    redis = get_redis()
    if redis is None:
        print(
            "REDIS_URL is not set: jobs run inside the web process; no worker needed.",
            file=sys.stderr,
        )
        return 2
    register_handlers()
    # Preload the app's job modules so each job does not pay the import.
    import udemy_clone.models_registry  # noqa: F401

    if not args.no_relay:
        outbox.start_relay_thread()
    from rq import Worker

    queues = [q.strip() for q in args.queues.split(",") if q.strip()]
    log.info("worker_starting", queues=queues, redis=get_settings().redis_url)
    from udemy_clone.stats.tasks import start_rollups

    start_rollups()  # the daily statistics reschedule themselves through RQ's scheduler
    worker = Worker(queues, connection=redis)
    worker.work(burst=args.burst, with_scheduler=True)
    outbox.stop_relay_thread()
    return 0


if __name__ == "__main__":
    sys.exit(main())
