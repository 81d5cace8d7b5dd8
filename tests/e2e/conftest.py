"""Browser tests: the real app (production build) on a free port, driven by headless Chromium.

One app is started per test session with its own data directory and demo data, exactly as
`make run` would start it. Chromium comes from Debian (/usr/bin/chromium).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.live_app import wait_for_demo_videos
from tests.support.net import free_port

# On a loaded 2-core machine a page's load events can take longer than Playwright's 5 s default:
# assertions wait up to 20 s (they still return as soon as the page is right).
expect.set_options(timeout=20_000)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
ARTIFACTS = ROOT / "test-artifacts"


def _wait_for(url: str, timeout: float, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def _wait_for_idle_jobs(database: Path, timeout: float) -> None:
    """Until the app's job table and outbox have stayed empty for three seconds in a row."""
    import sqlite3

    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as conn:
                busy = conn.execute(
                    "SELECT (SELECT count(*) FROM jobs WHERE status IN ('queued', 'running')"
                    " AND run_at <= CURRENT_TIMESTAMP)"
                    " + (SELECT count(*) FROM outbox_events WHERE dispatched_at IS NULL)"
                ).fetchone()[0]
        except sqlite3.OperationalError:  # locked for a moment by a writer
            busy = 1
        quiet = quiet + 1 if busy == 0 else 0
        if quiet >= 3:
            return
        time.sleep(1)
    raise TimeoutError(f"the app's background jobs were still busy after {timeout} s")


@pytest.fixture(scope="session")
def live_app() -> Iterator[str]:
    """Base URL of the app started like `make run` (production mode, demo data, SQLite)."""
    port = free_port()
    data_dir = Path(tempfile.mkdtemp(prefix="udemy-clone-e2e-"))
    ARTIFACTS.mkdir(exist_ok=True)
    # the same environment `make run` has: bun on PATH, Reflex kept off the network
    sourced = subprocess.run(
        ["bash", "-c", "source scripts/env.sh && env -0"], cwd=ROOT, check=True,
        capture_output=True,
    ).stdout.decode()
    env = dict(item.split("=", 1) for item in sourced.split("\0") if "=" in item)
    for name in ("DATABASE_URL", "REDIS_URL", "ENV", "SEED_DEMO_DATA", "LOG_LEVEL"):
        env.pop(name, None)
    # A build directory of its own, so a running `make run` or another test run is not disturbed
    web_dir = os.environ.get("E2E_WEB_WORKDIR") or str(ROOT / ".web-e2e")
    env.update(
        REFLEX_WEB_WORKDIR=web_dir,
        REFLEX_STATES_WORKDIR=str(data_dir / "states"),
        DATA_DIR=str(data_dir),
        PUBLIC_URL=f"http://localhost:{port}",
        SEED_DEMO_DATA="true",
        RATE_LIMIT_PER_MINUTE="100000",
        SECRET_KEY="e2e-secret-key-that-is-long-enough-0123456789",
        # the studio test's course has two 2-second lectures (the demo courses pass 1 minute)
        PUBLISH_MIN_VIDEO_MINUTES="0.05",
    )
    env.update(os.environ.get("E2E_EXTRA_ENV") and dict(
        item.split("=", 1) for item in os.environ["E2E_EXTRA_ENV"].split(",")
    ) or {})
    subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "udemy_clone", "bootstrap"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    log_path = ARTIFACTS / "e2e-app.log"
    log = open(log_path, "w")  # noqa: SIM115 - kept open for the app's lifetime
    process = subprocess.Popen(
        [str(ROOT / ".venv/bin/reflex"), "run", "--env", "prod",
         "--frontend-port", str(port), "--backend-port", str(port), "--loglevel", "warning"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://localhost:{port}"
    os.environ["E2E_APP_DATA_DIR"] = str(data_dir)  # for tests that write rows the UI cannot
    try:
        _wait_for(f"{base}/healthz", 420, process)
        _wait_for(f"{base}/", 120, process)
        # the demo videos (and the dashboards' history after them) are made in the background
        wait_for_demo_videos(base, 900, alive=lambda: process.poll() is None)
        # ...and the hundreds of events the demo history raised (receipts, index syncs): a
        # test's own event must not queue behind them
        _wait_for_idle_jobs(data_dir / "app.db", 600)
        yield base
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_app, request) -> Iterator[object]:
    """A fresh browser context (no shared cookies or storage) with a 1280×900 viewport."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_app)
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test in this folder is a browser test: `-m "not browser"` leaves them all out (and
    so never starts the app). The hook sees the whole session's items: mark only ours. Runs
    before `-m` deselects (tryfirst)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            # the first browser test also waits for the build, the start and the demo videos
            # (a background job of a few minutes on a loaded machine): the session fixture's
            # setup counts against that test's timeout
            if not item.get_closest_marker("timeout"):
                item.add_marker(pytest.mark.timeout(1500))


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
