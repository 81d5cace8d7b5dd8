"""Benchmark of the statistics: a day's rollup and the dashboard endpoints on a large history.

    .venv/bin/python bench/stats.py                 # scratch SQLite file
    .venv/bin/python bench/stats.py --postgres URL  # a scratch PostgreSQL database (dropped first)

Builds a scratch database with 1,000,000 watch-time rows (per learner, lecture and UTC day, the
rows playback's heartbeats write) and 100,000 orders (5 % refunded) over 30 days, bulk-inserted
directly for speed, then times `stats.service.rollup_day` for the busiest day and every day, and
the p95 of GET /api/v1/stats/{top-selling,instructor,admin} through the real gateway. Goals: a
day's rollup under 10 s; dashboard p95 under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAYS = 30
USERS = 20_000
INSTRUCTORS = 50
COURSES = 400
LECTURES_PER_COURSE = 8
WATCH_ROWS = 1_000_000
ORDERS = 100_000
REQUESTS = 60


def _configure(args: argparse.Namespace) -> str:
    workdir = Path(tempfile.mkdtemp(prefix="bench-stats-"))
    os.environ.update(
        {
            "DATA_DIR": str(workdir),
            "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
            "RATE_LIMIT_PER_MINUTE": "10000000",
            "LOG_LEVEL": "WARNING",
            "SEED_DEMO_DATA": "false",
        }
    )
    os.environ.pop("REDIS_URL", None)
    if args.postgres:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        url = make_url(args.postgres)
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{url.database}"'))
        admin.dispose()
        os.environ["DATABASE_URL"] = url.render_as_string(hide_password=False)
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.db'}"
    return os.environ["DATABASE_URL"]


def _fill(today: date) -> dict[str, object]:
    from sqlalchemy import insert

    from udemy_clone.auth.models import User, UserRole
    from udemy_clone.catalog.models import Course, Lecture, Section
    from udemy_clone.core import db
    from udemy_clone.core.security import hash_password
    from udemy_clone.orders.models import Enrollment, Order, OrderItem
    from udemy_clone.playback.models import DailyWatchTime, LectureProgress
    from udemy_clone.taxonomy.models import Category

    rng = random.Random(42)
    first_day = today - timedelta(days=DAYS - 1)
    now = datetime.now(UTC)
    password = hash_password("bench-Password-2026")
    with db.transaction() as session:
        session.execute(
            insert(User),
            [
                {
                    "id": n,
                    "email": f"u{n}@bench.test",
                    "full_name": f"User {n}",
                    "password_hash": password,
                    "is_active": True,
                    "headline": "",
                    "bio": "",
                    "created_at": datetime.combine(
                        first_day + timedelta(days=n % DAYS), datetime.min.time(), tzinfo=UTC
                    ),
                }
                for n in range(1, USERS + 1)
            ],
        )
        roles = [{"user_id": n, "role": "student"} for n in range(1, USERS + 1)]
        roles += [{"user_id": n, "role": "instructor"} for n in range(1, INSTRUCTORS + 1)]
        roles += [{"user_id": USERS, "role": "admin"}]
        session.execute(insert(UserRole), roles)
        session.execute(
            insert(Category),
            [
                {"id": n, "name": f"Cat {n}", "slug": f"cat-{n}", "position": n, "created_at": now}
                for n in range(1, 11)
            ],
        )
        session.execute(
            insert(Course),
            [
                Course(
                    id=n,
                    slug=f"course-{n}",
                    title=f"Course {n}",
                    owner_id=1 + n % INSTRUCTORS,
                    category_id=1 + n % 10,
                    price_cents=1000 + 100 * (n % 50),
                    status="published",
                    published_at=now,
                ).model_dump()
                for n in range(1, COURSES + 1)
            ],
        )
        session.execute(
            insert(Section),
            [
                {"id": n, "course_id": n, "title": "Section", "position": 1}
                for n in range(1, COURSES + 1)
            ],
        )
        session.execute(
            insert(Lecture),
            [
                {
                    "id": (c - 1) * LECTURES_PER_COURSE + p,
                    "section_id": c,
                    "title": f"L{p}",
                    "position": p,
                    "is_preview": p == 1,
                    "video_id": None,
                    "video_ready": True,
                    "duration_seconds": 600,
                }
                for c in range(1, COURSES + 1)
                for p in range(1, LECTURES_PER_COURSE + 1)
            ],
        )
    # orders: 100k, one course each, distinct (buyer, course); 5 % refunded two days later
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < ORDERS:
        pairs.add((rng.randint(1, USERS), rng.randint(1, COURSES)))
    orders, items, enrollments = [], [], []
    for order_id, (user_id, course_id) in enumerate(sorted(pairs, key=lambda _: rng.random()), 1):
        paid = datetime.combine(
            first_day + timedelta(days=order_id % DAYS), datetime.min.time(), tzinfo=UTC
        ) + timedelta(seconds=rng.randint(0, 86_399))
        refunded = order_id % 20 == 0 and paid.date() + timedelta(days=2) <= today
        price = 1000 + 100 * (course_id % 50)
        orders.append(
            {
                "id": order_id,
                "user_id": user_id,
                "status": "refunded" if refunded else "paid",
                "currency": "USD",
                "subtotal_cents": price,
                "discount_cents": 0,
                "amount_cents": price,
                "gateway": "sandbox",
                "created_at": paid,
                "paid_at": paid,
                "refunded_at": paid + timedelta(days=2) if refunded else None,
            }
        )
        items.append(
            {
                "order_id": order_id,
                "course_id": course_id,
                "title": f"Course {course_id}",
                "instructor_id": 1 + course_id % INSTRUCTORS,
                "list_price_cents": price,
                "discount_cents": 0,
                "price_cents": price,
            }
        )
        enrollments.append(
            {
                "user_id": user_id,
                "course_id": course_id,
                "order_id": order_id,
                "status": "revoked" if refunded else "active",
                "created_at": paid,
                "revoked_at": paid + timedelta(days=2) if refunded else None,
            }
        )
    with db.transaction() as session:
        for table, rows in ((Order, orders), (OrderItem, items), (Enrollment, enrollments)):
            for start in range(0, len(rows), 20_000):
                session.execute(insert(table), rows[start : start + 20_000])
    # watching: 1M (learner, lecture, day) rows from enrolled learners, more on later days
    enrolled = list(pairs)
    watch: dict[tuple[int, int, date], float] = {}
    while len(watch) < WATCH_ROWS:
        user_id, course_id = rng.choice(enrolled)
        lecture = (course_id - 1) * LECTURES_PER_COURSE + min(
            LECTURES_PER_COURSE, 1 + int(rng.expovariate(0.45))
        )
        day = first_day + timedelta(days=min(DAYS - 1, int(rng.triangular(0, DAYS, DAYS))))
        watch[(user_id, lecture, day)] = float(rng.randint(10, 600))
    progress: dict[tuple[int, int], tuple[int, float]] = {}
    for (user_id, lecture, _day), seconds in watch.items():
        course_id = (lecture - 1) // LECTURES_PER_COURSE + 1
        prev = progress.get((user_id, lecture), (course_id, 0.0))
        progress[(user_id, lecture)] = (course_id, prev[1] + seconds)
    watch_rows = [
        {
            "user_id": u,
            "lecture_id": lec,
            "day": d,
            "course_id": (lec - 1) // LECTURES_PER_COURSE + 1,
            "seconds": s,
        }
        for (u, lec, d), s in watch.items()
    ]
    progress_rows = [
        {
            "user_id": u,
            "lecture_id": lec,
            "course_id": c,
            "position_seconds": min(s, 600.0),
            "watched_seconds": s,
            "completed": s >= 540,
            "completed_at": now if s >= 540 else None,
            "last_beat_at": now,
            "updated_at": now,
        }
        for (u, lec), (c, s) in progress.items()
    ]
    with db.transaction() as session:
        for table, rows in ((DailyWatchTime, watch_rows), (LectureProgress, progress_rows)):
            for start in range(0, len(rows), 50_000):
                session.execute(insert(table), rows[start : start + 50_000])
    return {"watch_rows": len(watch_rows), "progress_rows": len(progress_rows), "orders": ORDERS}


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--postgres", help="URL of a scratch PostgreSQL database (dropped first)")
    args = parser.parse_args()
    url = _configure(args)
    from fastapi.testclient import TestClient
    from sqlalchemy import text

    from udemy_clone.core import db
    from udemy_clone.gateway.app import create_gateway
    from udemy_clone.migrations import upgrade_to_head
    from udemy_clone.stats import service

    print(f"database: {url.split('@')[-1]}")
    upgrade_to_head()
    today = service.today_utc()
    started = time.perf_counter()
    sizes = _fill(today)
    if url.startswith("postgresql"):
        with db.get_engine().connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    print(f"filled {sizes} in {time.perf_counter() - started:.1f}s")

    busiest = today - timedelta(days=1)
    timings = []
    for day in [busiest] + [today - timedelta(days=n) for n in range(DAYS - 1, -1, -1)]:
        t0 = time.perf_counter()
        with db.transaction() as session:
            service.rollup_day(session=session, day=day)
        timings.append(time.perf_counter() - t0)
    print(
        f"rollup of the busiest day ({busiest}): {timings[0]:.2f}s; rerun of all {DAYS} days: "
        f"{sum(timings[1:]):.1f}s (max {max(timings[1:]):.2f}s per day)"
    )
    service.clear_live_cache()
    t0 = time.perf_counter()
    with db.read_session() as session:
        service.live_day(session=session, day=today)
    print(
        f"today's live top-up (uncached, every {service.LIVE_CACHE_SECONDS:.0f}s): "
        f"{(time.perf_counter() - t0) * 1000:.0f} ms"
    )

    client = TestClient(create_gateway())

    def token(email: str) -> dict[str, str]:
        response = client.post(
            "/api/v1/auth/login", json={"email": email, "password": "bench-Password-2026"}
        )
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    instructor, admin = token("u2@bench.test"), token(f"u{USERS}@bench.test")
    endpoints = [
        ("top-selling 7d", "/api/v1/stats/top-selling?period=7d", {}),
        ("top-selling all", "/api/v1/stats/top-selling?period=all", {}),
        ("top-selling category", "/api/v1/stats/top-selling?period=30d&category=cat-3", {}),
        ("instructor 30d", "/api/v1/stats/instructor?days=30", instructor),
        ("instructor course 90d", "/api/v1/stats/instructor?days=90&course_id=1", instructor),
        ("admin 30d", "/api/v1/stats/admin?days=30", admin),
        ("admin 90d", "/api/v1/stats/admin?days=90", admin),
    ]
    for name, path, headers in endpoints:
        assert client.get(path, headers=headers).status_code == 200, path
        samples = []
        for _ in range(REQUESTS):
            t0 = time.perf_counter()
            response = client.get(path, headers=headers)
            samples.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200
        print(
            f"GET {name:<22} p50 {statistics.median(samples):6.1f} ms   p95 {_p95(samples):6.1f} ms"
        )
    print(
        f"({REQUESTS} sequential requests each through the FastAPI gateway in-process, "
        f"after one warm-up; the current day's figures cached for up to "
        f"{service.LIVE_CACHE_SECONDS:.0f}s as in production)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
