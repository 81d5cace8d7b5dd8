"""Helpers of the browser tests: the running app's REST API and signing in through the UI."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any


def call(base: str, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
    """One request to the app's REST API; the decoded JSON answer (an error status fails)."""
    request = urllib.request.Request(
        f"{base}/api/v1{path}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"}
        | ({"Authorization": f"Bearer {token}"} if token else {}),
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:
        raise AssertionError(f"{method} {path} -> {exc.code}: {exc.read()[:300]!r}") from exc
    return json.loads(raw) if raw else None


def sign_in(page: Any, email: str, password: str) -> None:
    """Sign in on /login and wait until the navigation bar shows the user."""
    from playwright.sync_api import expect

    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")
    expect(page.locator("#nav-user-name")).to_be_visible()


def wait_for_demo_videos(
    base: str, timeout: float, *, alive: Callable[[], bool] = lambda: True
) -> None:
    """Until the background job gave the demo lectures their videos and played the dashboards'
    history (udemy_clone/demo_videos.py): the top sellers are then known."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("the app exited while the demo videos were being made")
        try:
            with urllib.request.urlopen(f"{base}/api/v1/stats/top-selling", timeout=5) as answer:
                if json.loads(answer.read()):
                    return
        except OSError:
            pass
        time.sleep(2)
    raise TimeoutError(f"the demo videos were not ready within {timeout} s")
