"""Load through the balancer of `make cluster`: requests per second and p95, 2 replicas vs 1.

Simulated users (httpx/asyncio) each sign in once, then loop with a short think time over what
a visitor does: the home page, the catalog listing, a course page, their account (/api/v1/me),
a search, and a segment of an HLS lecture. Every user sends its own X-Forwarded-For, as real
clients behind nginx would appear to the app.

    scripts/cluster.sh up
    .venv/bin/python bench/cluster.py [--users 50] [--seconds 60] [--url http://localhost:3500]

The same run measures with every replica up, then with replica 2 stopped (nginx skips it), and
restarts it; the figures are printed side by side for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import httpx

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Load-test-Passw0rd-2026"


@dataclass
class LoadResult:
    users: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    upstreams: Counter[str] = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def p95_ms(self) -> float:
        if len(self.latencies) < 2:
            return 0.0
        return statistics.quantiles(self.latencies, n=20)[18] * 1000

    @property
    def server_errors(self) -> int:
        return sum(n for code, n in self.statuses.items() if code >= 500)

    def line(self, label: str) -> str:
        return (
            f"{label:<12} {self.requests:>6} requests in {self.seconds:.0f}s  "
            f"{self.per_second:7.1f} req/s  p95 {self.p95_ms:7.1f} ms  "
            f"statuses {dict(sorted(self.statuses.items()))}  errors {dict(self.errors)}"
        )


@dataclass
class Targets:
    slugs: list[str]
    segment_urls: list[str]


async def discover(client: httpx.AsyncClient, token: str) -> Targets:
    """Published courses, and the HLS segments of one lecture a signed-in student may play."""
    listing = (await client.get("/api/v1/courses", params={"page_size": 24})).json()
    slugs = [c["slug"] for c in listing["items"]]
    headers = {"Authorization": f"Bearer {token}"}
    segments: list[str] = []
    for course in listing["items"]:
        curriculum = await client.get(f"/api/v1/courses/{course['id']}/curriculum")
        lectures = [
            lecture
            for section in curriculum.json()
            for lecture in section["lectures"]
            if lecture.get("video_ready") and lecture.get("is_preview")
        ]
        for lecture in lectures:
            grant = await client.get(f"/api/v1/lectures/{lecture['id']}/playback", headers=headers)
            if grant.status_code != 200:
                continue
            master_url = grant.json()["url"]
            master = await client.get(master_url)
            variant = next(
                line for line in master.text.splitlines() if line and not line.startswith("#")
            )
            variant_url = urljoin(str(master.url), variant)
            playlist = await client.get(variant_url)
            segments = [
                urljoin(str(playlist.url), line)
                for line in playlist.text.splitlines()
                if line and not line.startswith("#")
            ]
            if segments:
                return Targets(slugs=slugs, segment_urls=segments)
    return Targets(slugs=slugs, segment_urls=segments)


async def register_users(client: httpx.AsyncClient, count: int) -> list[str]:
    """Accounts for the simulated users (one sign-up each); their access tokens."""
    tokens: list[str] = []
    run = uuid.uuid4().hex[:8]
    for n in range(count):
        response = await client.post(
            "/api/v1/auth/register",
            json={
                "email": f"load-{run}-{n}@example.com",
                "password": PASSWORD,
                "full_name": f"Load user {n}",
            },
            headers={"X-Forwarded-For": f"10.77.{n // 250}.{n % 250 + 1}"},
        )
        response.raise_for_status()
        tokens.append(response.json()["access_token"])
    return tokens


async def run_load(
    base_url: str, *, users: int, seconds: float, tokens: list[str] | None = None
) -> LoadResult:
    """`users` simulated visitors for `seconds` through `base_url`; what they saw."""
    limits = httpx.Limits(max_connections=users * 2, max_keepalive_connections=users * 2)
    timeout = httpx.Timeout(30.0)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=timeout) as client:
        tokens = tokens or await register_users(client, users)
        targets = await discover(client, tokens[0])
        result = LoadResult(users=users, seconds=seconds)
        started = time.monotonic()
        deadline = started + seconds

        async def visitor(n: int) -> None:
            rng = random.Random(n)
            headers = {
                "Authorization": f"Bearer {tokens[n % len(tokens)]}",
                "X-Forwarded-For": f"10.77.{n // 250}.{n % 250 + 1}",
            }
            await asyncio.sleep(rng.uniform(0, 1))  # users arrive over the first second
            while time.monotonic() < deadline:
                slug = rng.choice(targets.slugs) if targets.slugs else ""
                steps = [
                    ("GET", "/"),
                    ("GET", "/api/v1/courses?page_size=12"),
                    ("GET", f"/api/v1/courses/{slug}"),
                    ("GET", "/api/v1/me"),
                    ("GET", "/api/v1/courses?q=python"),
                ]
                if targets.segment_urls:
                    steps.append(("GET", rng.choice(targets.segment_urls)))
                for method, url in steps:
                    if time.monotonic() >= deadline:
                        return
                    t0 = time.perf_counter()
                    try:
                        response = await client.request(method, url, headers=headers)
                        await response.aread()
                    except httpx.HTTPError as exc:
                        result.errors[type(exc).__name__] += 1
                        continue
                    result.latencies.append(time.perf_counter() - t0)
                    result.statuses[response.status_code] += 1
                    if upstream := response.headers.get("x-upstream"):
                        result.upstreams[upstream] += 1
                    await asyncio.sleep(rng.uniform(0.1, 0.3))  # think time

        await asyncio.gather(*(visitor(n) for n in range(users)))
        result.seconds = time.monotonic() - started
        return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("PUBLIC_URL", "http://localhost:3500"))
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--replica", type=int, default=2, help="the replica stopped for '1'")
    args = parser.parse_args()

    loads: list[tuple[float, float, float]] = []

    async def both() -> tuple[LoadResult, LoadResult]:
        async with httpx.AsyncClient(base_url=args.url, timeout=30) as client:
            tokens = await register_users(client, args.users)
        loads.append(os.getloadavg())
        two = await run_load(args.url, users=args.users, seconds=args.seconds, tokens=tokens)
        loads.append(os.getloadavg())
        subprocess.run([str(ROOT / "scripts/cluster.sh"), "stop-replica", str(args.replica)])
        try:
            await asyncio.sleep(2)
            loads.append(os.getloadavg())
            one = await run_load(args.url, users=args.users, seconds=args.seconds, tokens=tokens)
            loads.append(os.getloadavg())
        finally:
            subprocess.run(
                [str(ROOT / "scripts/cluster.sh"), "start-replica", str(args.replica)], check=True
            )
        return two, one

    two, one = asyncio.run(both())
    print(f"{args.users} simulated users for {args.seconds:.0f}s each, through {args.url}")
    print(two.line("2 replicas"))
    print(one.line("1 replica"))
    print(f"2 replicas spread: {dict(two.upstreams)}")
    print(f"cpu cores: {os.cpu_count()}; load average (1 min) before/after each phase: "
          f"2 replicas {loads[0][0]:.1f} -> {loads[1][0]:.1f}, "
          f"1 replica {loads[2][0]:.1f} -> {loads[3][0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
