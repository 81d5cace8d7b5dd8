"""New-course fan-out: a course is published in a category followed by N students.

Measures, from the commit of the admin's approval:
  1. the time until all N "new course" notification rows exist (outbox relay -> handler job ->
     fan-out jobs of 1000 followers, bulk inserts, in the in-process job runner);
  2. the time until an open tab's listener gets its push: a *simulated* listener (the real
     PushListener of the web workers, in-process transport, with the tab's delivery callback
     recording the time instead of calling app.modify_state) for the first and the last
     follower by user id.

    .venv/bin/python bench/notify.py [--followers 10000] [--database-url postgresql+psycopg://...]

Users and follows are bulk-inserted directly (hashing 10,000 passwords through the auth
service would take minutes); everything measured runs through the app's own code.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--followers", type=int, default=10_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="bench-notify-"))
    os.environ.update(
        DATA_DIR=str(data_dir),
        ENV="test",
        SEED_DEMO_DATA="false",
        LOG_LEVEL="WARNING",
        SECRET_KEY="bench-secret-key-that-is-long-enough-0123456789",
    )
    os.environ.pop("REDIS_URL", None)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)

    from sqlalchemy import func, insert, select, text

    from tests.support.factories import make_category, make_course, make_user
    from udemy_clone.auth.models import User, UserRole
    from udemy_clone.catalog import service as catalog_service
    from udemy_clone.core import db, outbox
    from udemy_clone.core.config import get_settings
    from udemy_clone.core.log import configure_logging
    from udemy_clone.core.security import hash_password
    from udemy_clone.events import register_handlers
    from udemy_clone.migrations import upgrade_to_head
    from udemy_clone.notifications import push
    from udemy_clone.notifications.models import Follow, Notification

    settings = get_settings()
    if settings.database_url.startswith("postgresql"):
        engine = db.get_engine()
        with engine.begin() as conn:  # a clean slate for repeatable figures
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        db.reset_engine()
    configure_logging()
    upgrade_to_head()
    register_handlers()

    # ---- setup (not timed) ----
    category = make_category(name="Bench Category")
    instructor = make_user(role="instructor", full_name="Bench Instructor")
    course = make_course(owner=instructor, category_id=int(category.id), title="Bench Course")
    password_hash = hash_password("bench-Password-1")
    started = time.perf_counter()
    with db.transaction() as session:
        users = [
            {
                "email": f"follower{n}@bench.test",
                "full_name": f"Follower {n}",
                "password_hash": password_hash,
                "is_active": True,
                "headline": "",
                "bio": "",
                "created_at": db.utcnow(),
            }
            for n in range(args.followers)
        ]
        for start in range(0, len(users), 2000):
            session.execute(insert(User), users[start : start + 2000])
        ids = [
            int(i)
            for i in session.execute(
                select(User.id).where(User.email.like("follower%@bench.test")).order_by(User.id)
            ).scalars()
        ]
        session.execute(insert(UserRole), [{"user_id": i, "role": "student"} for i in ids])
        session.execute(
            insert(Follow),
            [
                {
                    "user_id": i,
                    "kind": "category",
                    "target_id": int(category.id),
                    "created_at": db.utcnow(),
                }
                for i in ids
            ],
        )
    print(
        f"setup: {len(ids)} students following one category ({time.perf_counter() - started:.1f} s)"
    )
    with db.transaction() as session:
        catalog_service.submit_course(
            session=session, actor_id=int(instructor.id), course_id=int(course.id)
        )
    outbox.relay_pending()

    # ---- the simulated open tabs ----
    first_user, last_user = ids[0], ids[-1]
    seen: dict[str, float] = {}
    loop = asyncio.new_event_loop()

    async def deliver(token: str, message: push.PushMessage) -> bool:
        seen.setdefault(token, time.perf_counter())
        return True

    listener = push.PushListener(deliver)
    ready = threading.Event()

    def run_loop() -> None:
        asyncio.set_event_loop(loop)
        task = loop.create_task(listener.run())
        loop.call_soon(ready.set)
        try:
            loop.run_until_complete(task)
        except BaseException:
            pass

    threading.Thread(target=run_loop, daemon=True).start()
    ready.wait(5)
    time.sleep(0.2)
    push.register_tab(user_id=first_user, client_token="tab-first-follower")
    push.register_tab(user_id=last_user, client_token="tab-last-follower")
    outbox.start_relay_thread()

    # ---- timed: approve, then wait for every row ----
    key = f"new_course:{course.id}"
    t0 = time.perf_counter()
    with db.transaction() as session:
        catalog_service.publish_course(
            session=session, actor_roles=["admin"], course_id=int(course.id)
        )
    count = 0
    while time.perf_counter() - t0 < 600:
        with db.read_session() as session:
            count = int(
                session.execute(
                    select(func.count())
                    .select_from(Notification)
                    .where(Notification.dedupe_key == key)
                ).scalar_one()
            )
        if count >= len(ids):
            break
        time.sleep(0.05)
    t_rows = time.perf_counter() - t0
    deadline = time.perf_counter() + 10
    while len(seen) < 2 and time.perf_counter() < deadline:
        time.sleep(0.01)
    outbox.stop_relay_thread()

    dialect = "PostgreSQL" if settings.database_url.startswith("postgresql") else "SQLite"
    print(f"database: {dialect}; job runner: in-process; push transport: in-process")
    print(f"followers: {len(ids)}; rows written: {count}")
    print(
        f"all notification rows exist after: {t_rows * 1000:.0f} ms ({count / t_rows:.0f} rows/s)"
    )
    for token in ("tab-first-follower", "tab-last-follower"):
        if token in seen:
            print(f"{token}: push received after {(seen[token] - t0) * 1000:.0f} ms")
        else:
            print(f"{token}: no push received")
    return 0


if __name__ == "__main__":
    sys.exit(main())
