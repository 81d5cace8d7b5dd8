"""The cluster of `make cluster`, started once per test session: PgBouncer, an S3 server,
2 web replicas of one frontend build, 1 RQ worker and nginx in front, on this machine.

Needs nginx, pgbouncer and moto_server (scripts/setup.sh --dev installs them), PostgreSQL
(TEST_DATABASE_URL: its server and user) and Redis (TEST_REDIS_URL; the cluster uses database
TEST_CLUSTER_REDIS_DB, 7 by default). The frontend build in .web is reused while the sources
and PUBLIC_URL are unchanged (CLUSTER_TEST_PORT, 3500 by default).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.support.live_app import wait_for_demo_videos

ROOT = Path(__file__).resolve().parents[2]
PORT = int(os.environ.get("CLUSTER_TEST_PORT", "3500"))
SCRIPT = ROOT / "scripts" / "cluster.sh"


@dataclass
class Cluster:
    """A running cluster: the balancer's URL, each replica's URL, and control over replicas."""

    url: str
    replica_urls: list[str]
    run_dir: Path
    env: dict[str, str]

    def replica_pid(self, n: int) -> int:
        return int((self.run_dir / "pids" / f"replica-{n}.pid").read_text())

    def kill_replica(self, n: int) -> None:
        """kill -9 every process of replica n (its granian supervisor and workers)."""
        os.killpg(self.replica_pid(n), signal.SIGKILL)
        (self.run_dir / "pids" / f"replica-{n}.pid").unlink()

    def start_replica(self, n: int) -> None:
        subprocess.run([str(SCRIPT), "start-replica", str(n)], env=self.env, check=True,
                       capture_output=True, timeout=600)


def call(base: str, method: str, path: str, body: Any = None, token: str = "") -> Any:
    """One REST call to /api/v1 of `base`; the decoded JSON answer."""
    request = urllib.request.Request(
        f"{base}/api/v1{path}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"}
        | ({"Authorization": f"Bearer {token}"} if token else {}),
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def _missing() -> list[str]:
    path = os.environ.get("PATH", "") + ":/usr/sbin:/sbin"
    missing = [tool for tool in ("nginx", "pgbouncer", "psql") if not shutil.which(tool, path=path)]
    if not (ROOT / ".venv/bin/moto_server").exists():
        missing.append("moto_server")
    for name in ("TEST_DATABASE_URL", "TEST_REDIS_URL"):
        if not os.environ.get(name):
            missing.append(name)
    return missing


def _wait_for_empty_queues(redis_url: str, timeout: float) -> None:
    """Until the RQ queues stay empty for three seconds in a row."""
    from redis import Redis

    client = Redis.from_url(redis_url)
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        waiting = sum(int(client.llen(f"rq:queue:{name}")) for name in ("high", "default", "low"))
        quiet = quiet + 1 if waiting == 0 else 0
        if quiet >= 3:
            return
        time.sleep(1)
    raise TimeoutError(f"the cluster's job queues were not empty within {timeout} s")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    if missing := _missing():
        pytest.skip(f"the cluster tests need {', '.join(missing)} (make test provides them)")
    database = make_url(os.environ["TEST_DATABASE_URL"])
    redis = make_url(os.environ["TEST_REDIS_URL"])
    redis_db = os.environ.get("TEST_CLUSTER_REDIS_DB", "7")
    run_dir = Path(tempfile.mkdtemp(prefix="learnly-cluster-"))
    env = dict(os.environ)
    # not the test suite's own settings (tests/conftest.py): the cluster is a production setup
    for name in ("DATABASE_URL", "REDIS_URL", "ENV", "DATA_DIR", "STORAGE_BACKEND", "SECRET_KEY",
                 "RATE_LIMIT_PER_MINUTE", "LOG_LEVEL"):
        env.pop(name, None)
    env.update(
        CLUSTER_DIR=str(run_dir),
        CLUSTER_PORT=str(PORT),
        REPLICAS="2",
        WORKERS="1",
        CLUSTER_DB=f"uc_cluster_{os.getpid()}",
        PG_HOST=database.host or "127.0.0.1",
        PG_PORT=str(database.port or 5432),
        PG_USER=database.username or "postgres",
        CLUSTER_REDIS_URL=f"redis://{redis.host or '127.0.0.1'}:{redis.port or 6379}/{redis_db}",
        PUBLIC_URL=f"http://localhost:{PORT}",
        SEED_DEMO_DATA="true",
    )
    started = subprocess.run([str(SCRIPT), "up"], env=env, cwd=ROOT, capture_output=True,
                             text=True, timeout=3600)
    try:
        output = f"{started.stdout}\n{started.stderr}"
        assert started.returncode == 0, f"the cluster did not start:\n{output}"
        wait_for_demo_videos(f"http://localhost:{PORT}", 900)  # made by a worker, in background
        # then the rest of the demo (the student's purchases, the ledger months, certificates)
        # and the hundreds of notification jobs its events start: the tests measure a quiet
        # cluster, not the one-time demo backlog
        _wait_for_empty_queues(env["CLUSTER_REDIS_URL"], 900)
        yield Cluster(
            url=f"http://localhost:{PORT}",
            replica_urls=[f"http://127.0.0.1:{PORT + n}" for n in (1, 2)],
            run_dir=run_dir,
            env=env,
        )
    finally:
        subprocess.run([str(SCRIPT), "down"], env=env, cwd=ROOT, capture_output=True, timeout=120)
        subprocess.run(
            ["psql", "-h", env["PG_HOST"], "-p", env["PG_PORT"], "-U", env["PG_USER"], "-d",
             "postgres", "-qc", f"DROP DATABASE IF EXISTS {env['CLUSTER_DB']} WITH (FORCE)"],
            capture_output=True, timeout=60,
        )
        artifacts = ROOT / "test-artifacts" / "cluster-logs"
        shutil.rmtree(artifacts, ignore_errors=True)
        shutil.copytree(run_dir / "logs", artifacts, dirs_exist_ok=True)
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def browser(cluster: Cluster) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip("the browser tests need Chromium (Debian package chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def wait_until(check: Any, timeout: float, message: str) -> Any:
    """Poll `check` until it returns something truthy (or raise after `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            if value := check():
                return value
        except (OSError, urllib.error.URLError, KeyError) as exc:
            last_error = exc
        time.sleep(0.2)
    raise AssertionError(f"{message} (within {timeout} s; last error: {last_error})")
