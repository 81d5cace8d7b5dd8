"""Start and stop the apps `bench/ui_events.py` measures (its app starters, moved here)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BLANK_DIR = ROOT / "bench" / "blank_app"
sys.path.insert(0, str(ROOT))

# the project's own helpers for the servers it starts (as bench/segments.py uses them)
from tests.support.live_servers import stop  # noqa: E402,F401 - re-exported to ui_events.py
from tests.support.net import free_port  # noqa: E402


def wait_for(url: str, process: subprocess.Popen[bytes], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: the server exited with code {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise SystemExit(f"{url} did not answer within {timeout} s")


def base_env() -> dict[str, str]:
    sourced = subprocess.run(
        ["bash", "-c", "source scripts/env.sh && env -0"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return dict(item.split("=", 1) for item in sourced.split("\0") if "=" in item)


def scratch_database(admin_url: str) -> tuple[str, Callable[[], None]]:
    """A fresh PostgreSQL database next to `admin_url`; its URL and how to drop it."""
    import sqlalchemy

    name = f"uievents_{uuid.uuid4().hex[:8]}"
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return url, drop


def start_app(
    redis_url: str, database_url: str, workers: int, root: Path = ROOT
) -> tuple[str, subprocess.Popen[bytes]]:
    """`python -m udemy_clone serve` of the sources in `root` (the build in ROOT/.web: the
    backend does not read it)."""
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="uievents-")
    env = base_env()
    env.update(
        ENV="production",
        SECRET_KEY="ui-events-bench-secret-key-that-is-long-enough-0123456789",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DATA_DIR=data_dir,
        PUBLIC_URL=f"http://127.0.0.1:{port}",
        WEB_WORKERS=str(workers),
        RATE_LIMIT_PER_MINUTE="10000000",
        ACCESS_TOKEN_TTL_SECONDS="86400",
        LOG_LEVEL="WARNING",
        SEED_DEMO_DATA="true",
        REFLEX_WEB_WORKDIR=str(ROOT / ".web"),
        PYTHONPATH=str(root),
    )
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run(
        [python, "-m", "udemy_clone", "bootstrap"],
        cwd=root,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log = open(Path(data_dir) / "app.log", "wb")  # noqa: SIM115 - kept open for the app's life
    process = subprocess.Popen(
        [python, "-m", "udemy_clone", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/healthz", process)
    print(f"app from {root} on {url} (log {data_dir}/app.log, pid {process.pid})", flush=True)
    return url, process


def start_blank(redis_url: str, workers: int) -> tuple[str, subprocess.Popen[bytes]]:
    port = free_port()
    env = base_env()
    env.update(REFLEX_REDIS_URL=redis_url, GRANIAN_WORKERS=str(workers))
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "python"), "serve.py", str(port)],
        cwd=BLANK_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/ping", process)
    print(f"blank app on {url} (pid {process.pid})", flush=True)
    return url, process
