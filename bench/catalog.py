"""Catalogue reads on PostgreSQL with 10,000 courses: browse and course page, cached and not.

    .venv/bin/python bench/catalog.py [--courses 10000] [--seconds 8] [--concurrency 16]
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
        [--redis-url redis://127.0.0.1:6379/4] [--baseline main] [--only uncached]

A scratch database is created next to `--postgres-url`, migrated, filled with published courses
(3 sections of 4 lectures, 2 tags each, 50 instructors, 12 categories), indexed with the
PostgreSQL search backend and analyzed; it is dropped at the end. Servers are granian with one
worker:

- `this tree, memory`: the catalogue cache in process memory (no REDIS_URL);
- `this tree, redis`: the cache in Redis (when `--redis-url` is given; the database is flushed);
- `baseline REV`: the code of a git revision (`git archive`), for the figures before the change;
- `/bare`: a bare Starlette endpoint in the first server, what a user would pick instead.

Loads come from wrk (one thread, concurrency 16). "cached" repeats one URL; "uncached" asks a
new course id or a new browse query (`max_price=N`, N >= 10,000: every course still matches)
with every request (a Lua counter), so each one misses.
Every load runs once per server, alternating, in one run: the ratios compare like with like.
`--only TEXT` (repeatable) keeps the loads whose name contains TEXT, e.g. `--only uncached
--concurrency 1` for what one request costs without queueing, or `--only "course page"` so
that a server starved by an earlier load does not spoil the next.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]

APP_MODULE = """
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from udemy_clone.gateway.app import create_gateway


async def bare(request):
    return JSONResponse({"id": 1, "title": "A course", "price_cents": 1999})


app = Starlette(routes=[Route("/bare", bare), Mount("/", app=create_gateway())])
"""

# A wrk script: "%d" in the path pattern becomes a new number on every request.
COUNTER_LUA = """
counter = 0
init = function(args) pattern = args[1]; start = tonumber(args[2]); modulo = tonumber(args[3]) end
request = function()
  counter = counter + 1
  return wrk.format("GET", string.format(pattern, (start + counter) % modulo + 1))
end
"""

SEED_SCRIPT = r"""
import random, sys
from datetime import UTC, datetime, timedelta
from sqlalchemy import insert
from udemy_clone.core import db
from udemy_clone.auth.models import User, UserRole
from udemy_clone.catalog.models import Course, CourseTag, Lecture, Section
from udemy_clone.taxonomy.models import Category, Tag
from udemy_clone.catalog import indexing

count = int(sys.argv[1])
rng = random.Random(20261206)
words = ("python docker react sql machine learning design guitar photography excel finance "
         "marketing writing spanish drawing kubernetes rust go testing security cloud").split()
now = datetime.now(UTC)
with db.transaction() as s:
    users = [{"email": f"teacher{i}@bench.example", "full_name": f"Teacher {i}",
              "password_hash": "x", "is_active": True, "headline": "", "bio": "",
              "created_at": now} for i in range(50)]
    s.execute(insert(User), users)
    ids = [u.id for u in s.query(User).order_by(User.id)]
    s.execute(insert(UserRole), [{"user_id": i, "role": r} for i in ids
                                 for r in ("student", "instructor")])
    s.execute(insert(Category), [{"name": f"Category {i}", "slug": f"category-{i}",
                                  "position": i, "created_at": now} for i in range(12)])
    categories = [c.id for c in s.query(Category)]
    s.execute(insert(Tag), [{"name": w.title(), "slug": w, "created_at": now} for w in words])
    tags = [t.id for t in s.query(Tag)]
    courses = []
    for n in range(count):
        title = " ".join(rng.sample(words, 3)).title() + f" {n}"
        ratings = [rng.randint(0, 20) for _ in range(5)]
        courses.append({
            "slug": f"bench-course-{n}", "title": title, "subtitle": "A benchmark course",
            "description": "Learn things. " * 40, "owner_id": rng.choice(ids),
            "category_id": rng.choice(categories), "price_cents": rng.choice([0, 1999, 4999, 9999]),
            "currency": "USD", "level": "beginner", "language": "en", "status": "published",
            "published_at": now - timedelta(minutes=n), "created_at": now, "updated_at": now,
            "submitted_at": now, "rating_count": sum(ratings),
            "rating_sum": sum((i + 1) * r for i, r in enumerate(ratings)),
            **{f"rating_{i + 1}": r for i, r in enumerate(ratings)},
            "enrollment_count": rng.randint(0, 5000), "sales_count": rng.randint(0, 5000),
        })
    s.execute(insert(Course), courses)
    course_ids = [c for (c,) in s.query(Course.id)]
    s.execute(insert(CourseTag), [{"course_id": c, "tag_id": t} for c in course_ids
                                  for t in rng.sample(tags, 2)])
    s.execute(insert(Section), [{"course_id": c, "title": f"Part {p + 1}", "position": p}
                                for c in course_ids for p in range(3)])
    sections = [i for (i,) in s.query(Section.id)]
    s.execute(insert(Lecture), [{"section_id": sec, "title": f"Lecture {p + 1}", "position": p,
                                 "is_preview": p == 0, "video_ready": True,
                                 "duration_seconds": 300} for sec in sections for p in range(4)])
print(indexing.rebuild_index())
# Planner statistics, as autovacuum would gather them soon after a bulk load. Without them (and
# the benchmark's PostgreSQL may run with autovacuum off) the lecture totals of a browse page
# were planned as a sequential scan of every lecture: 38 ms instead of 1.6 ms per query.
from sqlalchemy import text
with db.get_engine().connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
    conn.execute(text("ANALYZE"))
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _scratch_database(admin_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"bench_catalog_{os.getpid()}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop_database(admin_url: str, url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    engine.dispose()


def _baseline_tree(revision: str) -> Path:
    tree = Path(tempfile.mkdtemp(prefix="bench-catalog-baseline-"))
    archive = subprocess.run(
        ["git", "archive", revision], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def _start(tree: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    data_dir = Path(env["DATA_DIR"])
    (data_dir / "bench_app.py").write_text(APP_MODULE)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "granian", "--interface", "asgi", "--host", "127.0.0.1",
         "--port", str(port), "--workers", "1", "--log-level", "warning", "bench_app:app"],
        env=dict(env, PYTHONPATH=f"{data_dir}:{tree}"),
        cwd=tree,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/healthz").status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not start")


def _wrk(
    url: str, args: argparse.Namespace, *, counter: tuple[str, int, int] | None = None
) -> dict:
    """One wrk load; with `counter` (pattern, start, modulo) every request has a new path."""
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(COUNTER_LUA + (ROOT / "bench/wrk_p95.lua").read_text())
    command = ["wrk", "-t1", f"-c{args.concurrency}", f"-d{args.seconds}s", "-s", str(script), url]
    pattern, start, modulo = counter or (
        urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else ""),
        0,
        1,
    )
    command += ["--", pattern, str(start), str(modulo)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(ln for ln in output.splitlines() if ln.startswith("WRK "))
    fields = dict(part.split("=") for part in line.split()[1:])
    return {k: float(v) for k, v in fields.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--redis-url", help="also serve with the cache in this Redis database")
    parser.add_argument("--baseline", metavar="REV", help="also serve this git revision")
    parser.add_argument(
        "--only", action="append", metavar="TEXT", help="run only loads whose name has TEXT"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench/catalog.py needs wrk (apt-get install wrk)")

    database_url = _scratch_database(args.postgres_url)
    base_env = dict(
        os.environ,
        DATABASE_URL=database_url,
        SEARCH_BACKEND="postgres",
        RATE_LIMIT_PER_MINUTE="100000000",
        LOG_LEVEL="WARNING",
        SEED_DEMO_DATA="false",
        ENV="development",
    )
    base_env.pop("REDIS_URL", None)
    servers: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
    try:
        seed_env = dict(base_env, DATA_DIR=tempfile.mkdtemp(prefix="bench-catalog-"))
        seed_env["PYTHONPATH"] = str(ROOT)
        subprocess.run(
            [sys.executable, "-m", "udemy_clone", "migrate"], env=seed_env, cwd=ROOT, check=True,
            capture_output=True,
        )  # fmt: skip
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", SEED_SCRIPT, str(args.courses)], env=seed_env, cwd=ROOT,
            check=True,
        )  # fmt: skip
        seeded = time.perf_counter() - started
        variants: list[tuple[str, Path, dict[str, str]]] = []
        if args.baseline:
            variants.append((f"baseline {args.baseline}", _baseline_tree(args.baseline), {}))
        variants.append(("this tree, memory", ROOT, {}))
        if args.redis_url:
            from redis import Redis

            Redis.from_url(args.redis_url).flushdb()
            variants.append(("this tree, redis", ROOT, {"REDIS_URL": args.redis_url}))
        for label, tree, extra in variants:
            env = dict(base_env, DATA_DIR=tempfile.mkdtemp(prefix="bench-catalog-"), **extra)
            servers[label] = _start(tree, env)

        rng = random.Random(7)
        sample_id = rng.randint(1, args.courses)
        loads = {
            "browse, cached": ("/api/v1/courses?q=python&page_size=20", None),
            "course page, cached": (f"/api/v1/courses/{sample_id}", None),
            "browse, uncached": (None, "/api/v1/courses?q=python&max_price=%d"),
            "course page, uncached": (None, "/api/v1/courses/%d"),
        }
        if args.only:
            loads = {k: v for k, v in loads.items() if any(text in k for text in args.only)}
        results: dict[tuple[str, str], dict] = {}
        first_base = servers["this tree, memory"][1]
        bare = _wrk(f"{first_base}/bare", args)
        for name, spec in loads.items():
            for index, (label, (_server, base)) in enumerate(servers.items()):
                if spec[0] is not None:
                    httpx.get(base + spec[0])  # the first request fills the cache
                    results[(name, label)] = _wrk(base + spec[0], args)
                    continue
                # A new path with every request; each server walks its own stretch of numbers.
                pattern = str(spec[1])
                if "courses/%d" in pattern:
                    stretch = args.courses // len(servers)
                    counter = (pattern, index * stretch, args.courses)
                else:
                    # Bounds of 10,000 and more keep every course (prices are below 10,000):
                    # each query is new, and each answer is a full page of 20 cards. (With
                    # `min_price=N` the servers after the first asked for N >= 1,000,001 and
                    # got empty pages, while the first got full ones.)
                    counter = (pattern, 10_000 + index * 1_000_000, 10_000_000)
                results[(name, label)] = _wrk(
                    base + pattern.replace("%d", "1"), args, counter=counter
                )
    finally:
        for server, _base in servers.values():
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:  # a loaded machine: do not leave it running
                server.kill()
                server.wait(10)
        _drop_database(args.postgres_url, database_url)

    print(
        f"catalog benchmark: PostgreSQL, {args.courses} published courses (seeded and indexed "
        f"in {seeded:.0f} s), granian 1 worker, wrk -t1 -c{args.concurrency} "
        f"-d{args.seconds}s, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}"
    )
    print(f"  {'bare Starlette /bare':<24} {bare['rps']:8.0f} req/s   p95 {bare['p95_ms']:7.2f} ms")
    for name in loads:
        for label in servers:
            r = results[(name, label)]
            print(
                f"  {name:<24} {label:<20} {r['rps']:8.0f} req/s   p50 {r['p50_ms']:7.2f} ms   "
                f"p95 {r['p95_ms']:7.2f} ms   errors {r['errors']:.0f}"
            )
    uncached = [r["p95_ms"] for (n, lb), r in results.items() if "uncached" in n and "this" in lb]
    print(
        "  targets: cached >= 2000 req/s with p95 <= 20 ms; uncached p95 <= 30 ms "
        f"(worst uncached p95 of this tree: {max(uncached, default=0):.2f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
