"""Running calls from several threads at once, with every outcome brought back to the test."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def run_together(*calls: Callable[[], Any], timeout: float = 60) -> list[Any]:
    """Start every call at the same moment in its own thread; results or exceptions, in order.

    Fails (instead of handing back a silent None) when a call is still running after `timeout`.
    """
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except Exception as exc:  # collected for the assertions
            results[index] = exc

    threads = [
        threading.Thread(target=run, args=(i, c), daemon=True) for i, c in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    stuck = [i for i, thread in enumerate(threads) if thread.is_alive()]
    assert not stuck, f"calls {stuck} still running after {timeout} s"
    return results
