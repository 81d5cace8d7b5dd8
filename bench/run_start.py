"""How long `make run` takes to answer when it starts again (the build is current).

Starts `scripts/run.sh` (what `make run` runs) on a port of its own, times it until `/healthz`
and `/` answer 200, adds up the CPU time of every process it started (reaped ones included),
stops it, and repeats. Run it once before to build the frontend for this PUBLIC_URL.

    .venv/bin/python bench/run_start.py [--port 4800] [--times 3] [--command scripts/run.sh]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _session_cpu_seconds(session_id: int) -> float:
    """utime + stime of every live process of the session, plus their reaped children's."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session_id:  # fields after the name: state, ppid, pgrp, session
            total += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
    return total / TICKS


def start_once(command: str, port: int) -> tuple[float, float, float]:
    """(seconds to /healthz, seconds to /, CPU seconds) of one start."""
    env = dict(os.environ, PORT=str(port), PUBLIC_URL=f"http://localhost:{port}")
    started = time.monotonic()
    process = subprocess.Popen(
        [command], cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while not _answers(f"http://127.0.0.1:{port}/healthz"):
            if process.poll() is not None:
                raise SystemExit(f"{command} exited with {process.returncode}")
            time.sleep(0.05)
        healthy = time.monotonic() - started
        cpu = _session_cpu_seconds(process.pid)
        while not _answers(f"http://127.0.0.1:{port}/"):
            time.sleep(0.05)
        return healthy, time.monotonic() - started, cpu
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=4800)
    parser.add_argument("--times", type=int, default=3)
    parser.add_argument("--command", default="scripts/run.sh")
    args = parser.parse_args()
    rows = []
    for _ in range(args.times):
        healthy, page, cpu = start_once(args.command, args.port)
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        rows.append((healthy, page, cpu))
        print(f"{args.command}: /healthz {healthy:5.1f} s, / {page:5.1f} s, "
              f"CPU {cpu:4.1f} s (load average {load})", flush=True)
        time.sleep(2)
    print(f"median: / after {statistics.median(r[1] for r in rows):.1f} s, "
          f"CPU {statistics.median(r[2] for r in rows):.1f} s")


if __name__ == "__main__":
    main()
