"""Gateway overhead: GET /api/v1/me (JWT checked, user loaded) next to a bare Starlette endpoint.

Both routes are served by the same granian process (one worker), loaded in the same run by the
same async client, so the ratio isolates what the gateway adds: middleware (request id, metrics,
rate limit), JWT verification, the database session and the user lookup.

    .venv/bin/python bench/gateway.py [--seconds 10] [--concurrency 16]

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=10, help="duration per endpoint (wrk)")
    parser.add_argument("--python-client", action="store_true", help="load with httpx, not wrk")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="bench-gateway-"))
    env = dict(
        os.environ,
        DATA_DIR=str(data_dir),
        RATE_LIMIT_PER_MINUTE="100000000",
        LOG_LEVEL="WARNING",
        SEED_DEMO_DATA="false",
        PYTHONPATH=str(ROOT),
    )
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    (data_dir / "bench_app.py").write_text(APP_MODULE)
    subprocess.run(
        [sys.executable, "-m", "udemy_clone", "migrate"],
        env=env,
        cwd=ROOT,
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
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    token = setup.stdout.strip().splitlines()[-1]
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
        env=dict(env, PYTHONPATH=f"{data_dir}:{ROOT}"),
        cwd=ROOT,
    )
    try:
        import httpx

        for _ in range(100):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        auth = {"Authorization": f"Bearer {token}"}
        base = f"http://127.0.0.1:{port}"
        if shutil.which("wrk") and not args.python_client:
            client = f"wrk -t1 -c{args.concurrency} -d{args.seconds}s"
            bare = _wrk(f"{base}/bare", {}, args)
            me = _wrk(f"{base}/api/v1/me", auth, args)
        else:
            client = f"httpx asyncio client, {args.requests} requests"
            bare = asyncio.run(_load(f"{base}/bare", {}, args.requests, args.concurrency))
            me = asyncio.run(_load(f"{base}/api/v1/me", auth, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.wait(10)

    print(
        f"gateway benchmark: {client}, concurrency {args.concurrency}, "
        f"granian 1 worker, SQLite, {os.cpu_count()} cores"
    )
    for name, result in (("bare Starlette /bare", bare), ("gateway /api/v1/me", me)):
        print(
            f"  {name:<22} {result['rps']:8.0f} req/s   p50 {result['p50_ms']:6.2f} ms   "
            f"p95 {result['p95_ms']:6.2f} ms   errors {result['errors']}"
        )
    print(
        f"  ratio (me / bare): throughput {bare['rps'] / me['rps']:.2f}x lower, "
        f"p95 {me['p95_ms'] / bare['p95_ms']:.2f}x higher   (goal: at most 2x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
