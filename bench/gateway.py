"""Gateway overhead: GET /api/v1/me (JWT checked, user loaded) next to a bare Starlette endpoint.

Both routes are served by the same granian process (one worker), loaded in the same run by the
same client, so the ratio isolates what the gateway adds: middleware (request id, metrics,
rate limit), JWT verification, the database session and the user lookup.

    .venv/bin/python bench/gateway.py [--seconds 10] [--concurrency 16] [--rounds 3]
        [--baseline main]   # also serve the code of another git revision, measured alternately

With `--baseline REV` the same benchmark runs against a second server built from `git archive
REV` (its own data directory), and the loads alternate bare / baseline / this tree for
`--rounds` rounds, so before and after are measured side by side under the same machine load.
The figures printed are the medians over the rounds.

Load comes from wrk (Debian package) when installed, else from an httpx client.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


APP_MODULE = """
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from udemy_clone.gateway.app import create_gateway


async def bare(request):
    return JSONResponse({"id": 1, "email": "bench@example.com", "full_name": "Bench User"})


app = Starlette(routes=[Route("/bare", bare), Mount("/", app=create_gateway())])
"""


async def _load(url: str, headers: dict[str, str], total: int, concurrency: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)

    async with httpx.AsyncClient(headers=headers, timeout=30) as client:

        async def worker() -> None:
            nonlocal errors
            while True:
                try:
                    queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                started = time.perf_counter()
                response = await client.get(url)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors += 1

        for _ in range(50):  # warm-up
            await client.get(url)
        began = time.perf_counter()
        await asyncio.gather(*[worker() for _ in range(concurrency)])
        elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "rps": total / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "errors": errors,
    }


def _wrk(url: str, headers: dict[str, str], args: argparse.Namespace) -> dict:
    """Load `url` with wrk (one thread, as the server has the other core) and parse its line."""
    command = [
        "wrk",
        "-t1",
        f"-c{args.concurrency}",
        f"-d{args.seconds}s",
        "-s",
        str(ROOT / "bench/wrk_p95.lua"),
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    subprocess.run(command[:-2] + ["-d2s", url], check=True, capture_output=True)  # warm-up
    output = subprocess.run(command + [url], check=True, capture_output=True, text=True).stdout
    line = next(ln for ln in output.splitlines() if ln.startswith("WRK "))
    fields = dict(part.split("=") for part in line.split()[1:])
    return {
        "rps": float(fields["rps"]),
        "p50_ms": float(fields["p50_ms"]),
        "p95_ms": float(fields["p95_ms"]),
        "errors": int(fields["errors"]),
    }


def _start_profiler(
    pid: int, args: argparse.Namespace, label: str
) -> subprocess.Popen[bytes] | None:
    """py-spy on the server (and its worker) for the measured part of the next load."""
    if not args.py_spy:
        return None
    output = f"{args.py_spy}-{label.split()[0]}.txt"
    return subprocess.Popen(
        [
            "py-spy",
            "record",
            "--pid",
            str(pid),
            "--subprocesses",
            "--format",
            "raw",
            "--rate",
            "250",
            "--duration",
            str(args.seconds + 2),
            "--output",
            output,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _prepare_server(tree: Path, label: str) -> tuple[dict[str, str], Path, str]:
    """A migrated data directory with the bench user for the code in `tree`; (env, dir, token)."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"bench-gateway-{label}-"))
    env = dict(
        os.environ,
        DATA_DIR=str(data_dir),
        RATE_LIMIT_PER_MINUTE="100000000",
        LOG_LEVEL="WARNING",
        SEED_DEMO_DATA="false",
        PYTHONPATH=str(tree),
    )
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    (data_dir / "bench_app.py").write_text(APP_MODULE)
    subprocess.run(
        [sys.executable, "-m", "udemy_clone", "migrate"],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
    )
    setup = subprocess.run(
        [
            sys.executable,
            "-c",
            "from udemy_clone.core import db\n"
            "from udemy_clone.auth import service\n"
            "from udemy_clone.auth.models import Role\n"
            "with db.transaction() as s:\n"
            "    service.create_user(session=s, email='bench@example.com', "
            "password='bench-Pass-123', full_name='Bench User', roles=[Role.student])\n"
            "with db.transaction() as s:\n"
            "    print(service.login(session=s, email='bench@example.com', "
            "password='bench-Pass-123', client_ip=None).access_token)\n",
        ],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return env, data_dir, setup.stdout.strip().splitlines()[-1]


def _start_server(
    tree: Path, env: dict[str, str], data_dir: Path
) -> tuple[subprocess.Popen[bytes], str]:
    import httpx

    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "asgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
            "--log-level",
            "warning",
            "bench_app:app",
        ],
        env=dict(env, PYTHONPATH=f"{data_dir}:{tree}"),
        cwd=tree,
    )
    for _ in range(150):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return server, f"http://127.0.0.1:{port}"


def _baseline_tree(revision: str) -> Path:
    """The files of `revision` (git archive), for a server of the code before a change."""
    tree = Path(tempfile.mkdtemp(prefix="bench-gateway-baseline-"))
    archive = subprocess.run(
        ["git", "archive", revision], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def _median(results: list[dict]) -> dict:
    return {
        key: statistics.median(r[key] for r in results)
        for key in ("rps", "p50_ms", "p95_ms", "errors")
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=10, help="duration per endpoint (wrk)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds (medians)")
    parser.add_argument("--baseline", metavar="REV", help="also measure this git revision")
    parser.add_argument("--python-client", action="store_true", help="load with httpx, not wrk")
    parser.add_argument(
        "--py-spy",
        metavar="PREFIX",
        help="sample each server with py-spy during its first /api/v1/me load "
        "(collapsed stacks in PREFIX-<baseline|this>.txt)",
    )
    args = parser.parse_args()

    trees = {"this tree": ROOT}
    if args.baseline:
        trees = {f"baseline {args.baseline}": _baseline_tree(args.baseline), "this tree": ROOT}
    servers: dict[str, tuple[subprocess.Popen[bytes], str, str]] = {}
    use_wrk = bool(shutil.which("wrk")) and not args.python_client
    results: dict[str, list[dict]] = {}
    try:
        for label, tree in trees.items():
            env, data_dir, token = _prepare_server(tree, label.split()[0])
            server, base = _start_server(tree, env, data_dir)
            servers[label] = (server, base, token)

        def measure(url: str, headers: dict[str, str]) -> dict:
            if use_wrk:
                return _wrk(url, headers, args)
            return asyncio.run(_load(url, headers, args.requests, args.concurrency))

        for _round in range(args.rounds):
            server, base, _token = servers["this tree"]
            results.setdefault("bare Starlette /bare", []).append(measure(f"{base}/bare", {}))
            for label, (server, base, token) in servers.items():
                profiler = _start_profiler(server.pid, args, label) if _round == 0 else None
                auth = {"Authorization": f"Bearer {token}"}
                results.setdefault(f"/api/v1/me ({label})", []).append(
                    measure(f"{base}/api/v1/me", auth)
                )
                if profiler is not None:
                    profiler.wait(60)
    finally:
        for server, _base, _token in servers.values():
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:  # a loaded machine: do not leave it running
                server.kill()
                server.wait(10)

    client = (
        f"wrk -t1 -c{args.concurrency} -d{args.seconds}s"
        if use_wrk
        else f"httpx asyncio client, {args.requests} requests"
    )
    print(
        f"gateway benchmark: {client}, concurrency {args.concurrency}, granian 1 worker, "
        f"SQLite, {os.cpu_count()} cores, {args.rounds} alternating round(s), medians; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    medians = {name: _median(runs) for name, runs in results.items()}
    bare = medians["bare Starlette /bare"]
    for name, result in medians.items():
        ratio = "" if result is bare else f"   {bare['rps'] / result['rps']:5.2f}x slower than bare"
        print(
            f"  {name:<32} {result['rps']:8.0f} req/s   p50 {result['p50_ms']:6.2f} ms   "
            f"p95 {result['p95_ms']:6.2f} ms   errors {result['errors']:.0f}{ratio}"
        )
    print("  goal: /api/v1/me at most 4x slower than bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
