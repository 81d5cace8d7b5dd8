"""Chaos tests: the app's background services and RQ workers as real processes, killed with -9.

The "app" is `python -m udemy_clone run-jobs`: the web process's background services (outbox
relay, in-process job runner, scheduler) started by the same `runtime` code the Reflex
lifespan task runs, without the UI. The test process plays the users: it writes through the
domain services to the same database, as the web process's request handlers would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import reload_settings

ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition: Callable[[], object], timeout: float, step: float = 0.1) -> bool:
    """Poll `condition` until it is true or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return b""


def processes_of(data_dir: Path) -> list[tuple[int, str]]:
    """(pid, command line) of every process but this one started for `data_dir`: its
    environment names it (app, worker, work horse) or its command line does (FFmpeg)."""
    marker = str(data_dir).encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        stat = _read(f"/proc/{entry}/stat")
        if not stat or stat.rsplit(b")", 1)[-1].split()[0] == b"Z":
            continue
        cmdline = _read(f"/proc/{entry}/cmdline")
        if marker in cmdline or b"DATA_DIR=" + marker in _read(f"/proc/{entry}/environ"):
            found.append((int(entry), cmdline.replace(b"\0", b" ").decode(errors="replace")))
    return found


def ffmpeg_of(data_dir: Path) -> list[tuple[int, str]]:
    """FFmpeg processes working on files of `data_dir`."""
    return [(pid, cmd) for pid, cmd in processes_of(data_dir) if "ffmpeg" in cmd.split(" ")[0]]


@dataclass
class Cluster:
    """The processes of one chaos test, all killed at the end whatever happened."""

    data_dir: Path
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, *args: str, ready_text: str, name: str) -> subprocess.Popen[bytes]:
        log = self.data_dir / f"{name}-{len(self.procs)}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, *args],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.procs.append(proc)
        if not wait_for(lambda: ready_text in log.read_text(errors="replace"), 60, 0.2):
            pytest.fail(f"{name} did not start: {log.read_text(errors='replace')[-3000:]}")
        return proc

    def start_app(self) -> subprocess.Popen[bytes]:
        return self.start(
            "-m", "udemy_clone", "run-jobs", ready_text="Background services running", name="app"
        )

    def start_worker(self) -> subprocess.Popen[bytes]:
        return self.start("-m", "worker", ready_text="worker_starting", name="worker")

    def kill_group(self, proc: subprocess.Popen[bytes]) -> None:
        """kill -9 the process and everything in its process group."""
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()

    def shutdown(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill_group(proc)
        for pid, _cmd in processes_of(self.data_dir):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@pytest.fixture
def cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cluster]:
    """A data directory and SQLite database of the test's own, shared with its processes."""
    from udemy_clone.migrations import upgrade_to_head

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / 'app.db'}"
    upgrade_to_head(url)
    monkeypatch.setenv("DATA_DIR", str(data_dir))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LOG_LEVEL", "INFO")
    reload_settings()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    running = Cluster(data_dir=data_dir, env=env)
    try:
        yield running
    finally:
        running.shutdown()
        monkeypatch.undo()
        reload_settings()
