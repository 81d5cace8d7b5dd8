"""Reflex events under load: N simulated browser tabs over the real WebSocket protocol.

Each simulated tab is a python-socketio client speaking what Reflex 0.10's own client
(`.web/utils/state.js`) speaks on `/_event`: it connects with its session token in the query
string and the `hydrate_and_load` event (with the tab's localStorage sign-in tokens) in the
CONNECT packet, then emits `event` packets `{name, payload, router_data}` and reads the
`event` updates `{delta, events}` the backend sends back.

A signed-in student loops, with a think time between steps, over what a visitor does:

    course_page   navigation to /course/<slug>: update_vars_internal + on_load_internal
                  (the page's on_load events and the chains they return) and the header's
                  on_mount events (bell, cart badge); done when `is_hydrated` comes back true.
                  The header's events are sent when the app's frontend would send them: on every
                  navigation by an app without AuthState.counts_key (the sources before the
                  change), else only while the bell's `loaded_for` / the cart's `count_for`
                  differ from the tab's `counts_key` (as the header's rx.cond does), also
                  when the key moves on during the navigation
    reviews       the reviews section's on_mount (ReviewsState.load_course_reviews)
    add_to_cart   CartState.add_to_cart (a course not owned); done at the update it sends
    cart_remove   CartState.remove of the same course (the cart stays as it was)
    player_page   navigation to /learn/<slug>/<lecture> (its on_load: the lecture and panels)
    heartbeat     PlayerState.heartbeat: changes no frontend var, so the tab follows it with
                  OnLoadInternalState.set_is_hydrated(True) (events of a tab run in order) and
                  waits for that
    notifications navigation to /notifications (NotificationsPageState.load)
    mark_read     NotificationsPageState.mark_read of one of the student's notifications

Reflex's blank app (bench/blank_app: one state, one event) gets the same number of tabs doing
the same thing with what it has: a navigation to "/" (its on_load) and its one event.

Latency is measured from the emit to the update that completes the step. After the run the
pickled state each tab left in Redis is summed per tab (Redis state manager keys
`<token>_<state>`).

    # starts both apps itself (production mode, Redis state manager, a scratch PostgreSQL DB):
    .venv/bin/python bench/ui_events.py --sessions 50,200 --seconds 60
    # against an app already running (`python -m udemy_clone serve`, ENV=production, REDIS_URL):
    .venv/bin/python bench/ui_events.py --app-url http://127.0.0.1:3000 --no-blank
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import socketio
from ui_events_apps import (  # noqa: E402
    scratch_database,
    start_app,
    start_blank,
    stop,
)

ROOT = Path(__file__).resolve().parents[1]
BLANK_DIR = ROOT / "bench" / "blank_app"
PASSWORD = "Ui-events-Passw0rd-2026"
# Reflex's client connects to <backend>/_event: Socket.IO path and namespace are both /_event
NAMESPACE = "/_event"

ROOT_STATE = "reflex___state____state"
ON_LOAD_STATE = f"{ROOT_STATE}.reflex___state____on_load_internal_state"
UPDATE_VARS_STATE = f"{ROOT_STATE}.reflex___state____update_vars_internal_state"
WEB = f"{ROOT_STATE}.udemy_clone___web"
AUTH_STATE = f"{WEB}___kit___state____auth_state"
BELL_STATE = f"{WEB}___pages___notifications___state____notification_bell_state"
NOTES_PAGE_STATE = f"{WEB}___pages___notifications___state____notifications_page_state"
CART_STATE = f"{WEB}___pages___cart___state____cart_state"
COURSE_STATE = f"{WEB}___pages___course___state____course_page_state"
REVIEWS_STATE = f"{WEB}___pages___course___reviews___state____reviews_state"
PLAYER_STATE = f"{WEB}___pages___player___state____player_state"
BLANK_STATE = f"{ROOT_STATE}.blank_app___blank_app____state"
HYDRATED = "is_hydrated_rx_state_"
# the header loads its counts only while the key they were loaded for differs from AuthState's
COUNTS_KEY = "counts_key_rx_state_"
HEADER_EVENTS = (
    (BELL_STATE, "loaded_for_rx_state_", f"{BELL_STATE}.connect"),
    (CART_STATE, "count_for_rx_state_", f"{CART_STATE}.refresh_count"),
)

Update = dict[str, Any]
Predicate = Callable[[Update], bool]


def hydrated(update: Update) -> bool:
    return update.get("delta", {}).get(ROOT_STATE, {}).get(HYDRATED) is True


def touches(state: str) -> Predicate:
    return lambda update: state in update.get("delta", {})


def any_update(update: Update) -> bool:
    return bool(update.get("delta") or update.get("events"))


def router_data(path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"pathname": path, "asPath": path}
    if query:
        data["query"] = query
    return data


# ---- one simulated tab ---------------------------------------------------------------------


class Tab:
    """A browser tab: one Socket.IO connection, one session token, one page at a time."""

    def __init__(self, url: str, client_storage: dict[str, str]) -> None:
        self.url = url
        self.token = str(uuid.uuid4())
        self.client_storage = client_storage
        self.page: dict[str, Any] = router_data("/")
        self.sio = socketio.AsyncClient(reconnection=False)
        self._waiter: tuple[Predicate, asyncio.Future[None]] | None = None
        # the frontend's copy of the state vars the header's conditions read
        self.known: dict[str, dict[str, Any]] = defaultdict(dict)
        self.sio.on("event", self._on_update, namespace=NAMESPACE)

    async def _on_update(self, update: Any) -> None:
        if isinstance(update, str):
            update = json.loads(update)
        for state, values in (update.get("delta") or {}).items():
            if isinstance(values, dict):
                self.known[state].update(values)
        if self._waiter is None:
            return
        predicate, future = self._waiter
        if not future.done() and predicate(update):
            future.set_result(None)

    def _event(self, name: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        return {"name": name, "payload": payload or {}, "router_data": dict(self.page)}

    async def open(self, path: str, query: dict[str, str] | None = None) -> float:
        """Connect on `path` (the page's first load): hydrate_and_load in the CONNECT packet."""
        self.page = router_data(path, query)
        payload = {"vars": self.client_storage} if self.client_storage else {}
        boot = self._event(f"{ROOT_STATE}.hydrate_and_load", payload)
        future = self._expect(hydrated)
        started = time.perf_counter()
        await self.sio.connect(
            f"{self.url}?token={self.token}",
            socketio_path="/_event",
            namespaces=[NAMESPACE],
            transports=["websocket"],
            auth={"event": boot},
            headers={"Origin": self.url},
            wait_timeout=60,
        )
        await asyncio.wait_for(future, 60)
        return time.perf_counter() - started

    def _expect(self, predicate: Predicate) -> asyncio.Future[None]:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiter = (predicate, future)
        return future

    async def send(
        self, events: list[tuple[str, dict[str, Any]]], done: Predicate, timeout: float = 60
    ) -> float:
        """Emit events in order; seconds until the update that satisfies `done`."""
        future = self._expect(done)
        started = time.perf_counter()
        for name, payload in events:
            await self.sio.emit("event", self._event(name, payload), namespace=NAMESPACE)
        try:
            await asyncio.wait_for(future, timeout)
        finally:
            self._waiter = None
        return time.perf_counter() - started

    def header_events(self) -> list[tuple[str, dict[str, Any]]]:
        """The header's on_mount events the app's frontend sends on this page (see the top)."""
        key = self.known[AUTH_STATE].get(COUNTS_KEY)
        return [
            (event, {})
            for state, loaded_for, event in HEADER_EVENTS
            if key is None or self.known[state].get(loaded_for) != key
        ]

    async def navigate(
        self, path: str, query: dict[str, str] | None = None, header: bool = False
    ) -> float:
        """A client-side navigation: storage vars, on_load_internal, the new page's on_mounts."""
        self.page = router_data(path, query)
        events: list[tuple[str, dict[str, Any]]] = []
        if self.client_storage:
            events.append(
                (f"{UPDATE_VARS_STATE}.update_vars_internal", {"vars": self.client_storage})
            )
        events.append((f"{ON_LOAD_STATE}.on_load_internal", {}))
        if header:
            events.extend(self.header_events())
        seconds = await self.send(events, hydrated)
        # the key moved on during the navigation (sign-in, the next round): the header's
        # condition turns true and mounts the loader, as in the browser
        late = self.header_events() if header else []
        if late and self.known[AUTH_STATE].get(COUNTS_KEY) is not None:
            names = {name.rsplit(".", 1)[0] for name, _payload in late}
            seconds += await self.send(
                late, lambda update: bool(names & set(update.get("delta", {})))
            )
        return seconds

    async def close(self) -> None:
        await self.sio.disconnect()


# ---- the journeys ----------------------------------------------------------------------------


@dataclass
class Fixture:
    """What the simulated students work with (discovered and prepared through the REST API)."""

    slugs: list[str]
    course_ids: dict[str, int]
    owned_slug: str = ""
    lecture_id: int = 0
    cart_course_id: int = 0
    users: list[dict[str, Any]] = field(default_factory=list)


# the app processes this bench started (their workers are their descendants)
APP_PIDS: set[int] = set()


def cpu_by_group() -> dict[str, float]:
    """CPU seconds used so far, summed per group of processes (from /proc): this bench, the
    apps it started with their workers (any `udemy_clone` / granian process when it started
    none), PostgreSQL, Redis, everything else; and the machine's busy seconds over all cores."""
    tick = os.sysconf("SC_CLK_TCK")
    groups: dict[str, float] = defaultdict(float)
    me = os.getpid()
    rows: dict[int, tuple[int, str, str, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode(errors="replace")
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                cmdline = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        rows[int(entry)] = (int(fields[1]), comm, cmdline, seconds)

    def started_by_bench(pid: int) -> bool:
        while pid > 1 and pid in rows:
            if pid in APP_PIDS:
                return True
            pid = rows[pid][0]
        return False

    for pid, (_ppid, comm, cmdline, seconds) in rows.items():
        if pid == me:
            group = "bench"
        elif comm.startswith("postgres") or cmdline.startswith("postgres"):
            group = "postgres"
        elif comm.startswith("redis"):
            group = "redis"
        elif started_by_bench(pid) if APP_PIDS else "udemy_clone" in cmdline:
            group = "app"
        else:
            group = "other"
        groups[group] += seconds
    with open("/proc/stat", encoding="ascii") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    groups["machine"] = (sum(values) - values[3] - values[4]) / tick  # all but idle, iowait
    return dict(groups)


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    connect_seconds: list[float] = field(default_factory=list)
    state_bytes: list[int] = field(default_factory=list)
    state_keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    cpu: dict[str, float] = field(default_factory=dict)  # CPU cores used while measured

    def all(self) -> list[float]:
        return [v for values in self.latencies.values() for v in values]


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else 0.0
    return statistics.quantiles(values, n=20)[18] * 1000


def p50(values: list[float]) -> float:
    return statistics.median(values) * 1000 if values else 0.0


async def timed(results: Results, kind: str, measuring: bool, step: Any) -> None:
    try:
        seconds = await step
    except Exception as exc:  # a timeout or a dropped connection counts, and the tab goes on
        results.errors[f"{kind}: {type(exc).__name__}"] += 1
        return
    if measuring:
        results.latencies[kind].append(seconds)


async def student_loop(
    tab: Tab,
    fixture: Fixture,
    user: dict[str, Any],
    results: Results,
    clock: dict[str, float],
    think: float,
) -> None:
    rng = random.Random(tab.token)

    async def pause() -> None:
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))

    def measuring() -> bool:
        return time.monotonic() >= clock["measure_from"]

    while time.monotonic() < clock["stop_at"]:
        slug = rng.choice(fixture.slugs)
        await timed(
            results,
            "course_page",
            measuring(),
            tab.navigate(f"/course/{slug}", {"slug": slug}, header=True),
        )
        await timed(
            results,
            "reviews",
            measuring(),
            tab.send(
                [
                    (
                        f"{REVIEWS_STATE}.load_course_reviews",
                        {"course_id": fixture.course_ids[slug]},
                    )
                ],
                touches(REVIEWS_STATE),
            ),
        )
        await pause()
        course = {"course_id": fixture.cart_course_id}
        await timed(
            results,
            "add_to_cart",
            measuring(),
            tab.send([(f"{CART_STATE}.add_to_cart", course)], any_update),
        )
        await pause()
        await timed(
            results,
            "cart_remove",
            measuring(),
            tab.send([(f"{CART_STATE}.remove", course)], touches(CART_STATE)),
        )
        await pause()
        path = f"/learn/{fixture.owned_slug}/{fixture.lecture_id}"
        params = {"course_slug": fixture.owned_slug, "lecture_id": str(fixture.lecture_id)}
        await timed(results, "player_page", measuring(), tab.navigate(path, params, header=True))
        position = rng.uniform(0, 30)
        for _beat in range(3):
            await pause()
            position += 10
            beat = {"lecture_id": fixture.lecture_id, "position": position, "watched": 10.0}
            await timed(
                results,
                "heartbeat",
                measuring(),
                tab.send(
                    [
                        (f"{PLAYER_STATE}.heartbeat", beat),
                        (f"{ON_LOAD_STATE}.set_is_hydrated", {"value": True}),
                    ],
                    hydrated,
                ),
            )
        await pause()
        await timed(
            results, "notifications", measuring(), tab.navigate("/notifications", None, header=True)
        )
        await pause()
        note = {"notification_id": rng.choice(user["notification_ids"] or [0])}
        await timed(
            results,
            "mark_read",
            measuring(),
            tab.send([(f"{NOTES_PAGE_STATE}.mark_read", note)], touches(NOTES_PAGE_STATE)),
        )
        await pause()


async def blank_loop(tab: Tab, results: Results, clock: dict[str, float], think: float) -> None:
    rng = random.Random(tab.token)
    while time.monotonic() < clock["stop_at"]:
        measuring = time.monotonic() >= clock["measure_from"]
        await timed(results, "page_load", measuring, tab.navigate("/"))
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
        measuring = time.monotonic() >= clock["measure_from"]
        await timed(
            results,
            "event",
            measuring,
            tab.send([(f"{BLANK_STATE}.increment", {})], touches(BLANK_STATE)),
        )
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def state_sizes(redis_url: str, tabs: list[Tab], results: Results) -> None:
    """The pickled state each tab keeps in Redis: the sum of its `<token>_<state>` keys."""
    import redis.asyncio as aioredis

    client = aioredis.from_url(redis_url)
    try:
        for tab in tabs:
            total = 0
            async for key in client.scan_iter(match=f"{tab.token}_*", count=500):
                name = key.decode()
                if name.endswith("_lock") or "_lock_" in name:
                    continue
                size = int(await client.strlen(key))
                total += size
                results.state_keys[name.split("_", 1)[1]].append(size)
            results.state_bytes.append(total)
    finally:
        await client.aclose()


async def run_load(
    *,
    label: str,
    url: str,
    redis_url: str,
    sessions: int,
    seconds: float,
    warmup: float,
    think: float,
    fixture: Fixture | None,
    profile: tuple[int, str] | None = None,
) -> Results:
    """Open `sessions` tabs, run their loops for `seconds` (after `warmup`), close them."""
    results = Results()
    tabs: list[Tab] = []
    users = fixture.users if fixture else []
    for n in range(sessions):
        storage: dict[str, str] = {}
        if fixture:
            user = users[n % len(users)]
            storage = {
                f"{AUTH_STATE}.access_token_rx_state_": user["access_token"],
                f"{AUTH_STATE}.refresh_token_rx_state_": user["refresh_token"],
            }
        tabs.append(Tab(url, storage))
    # open the tabs a few at a time, as browsers arriving
    first_path = ("/course/" + fixture.slugs[0]) if fixture else "/"
    query = {"slug": fixture.slugs[0]} if fixture else None
    semaphore = asyncio.Semaphore(10)

    async def open_tab(tab: Tab) -> None:
        async with semaphore:
            try:
                results.connect_seconds.append(await tab.open(first_path, query))
            except Exception as exc:
                results.errors[f"connect: {type(exc).__name__}: {exc}"[:120]] += 1

    await asyncio.gather(*(open_tab(tab) for tab in tabs))
    now = time.monotonic()
    clock = {"measure_from": now + warmup, "stop_at": now + warmup + seconds}
    if profile:
        pid, out = profile
        # py-spy over the measured seconds: the app's server process and its workers
        command = ["py-spy", "record", "-p", str(pid), "--subprocesses", "-r", "100"]
        command += ["-d", str(int(seconds)), "-f", "raw", "-o", out, "--nonblocking"]
        command += ["--gil"] if os.environ.get("PY_SPY_GIL") else []
        asyncio.get_running_loop().call_later(
            warmup,
            lambda: subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        )
    cpu_marks: list[tuple[float, dict[str, float]]] = []
    loop = asyncio.get_running_loop()
    for delay in (warmup, warmup + seconds):
        loop.call_later(delay, lambda: cpu_marks.append((time.monotonic(), cpu_by_group())))
    loops = []
    for n, tab in enumerate(tabs):
        if not tab.sio.connected:
            continue
        if fixture:
            user = users[n % len(users)]
            loops.append(student_loop(tab, fixture, user, results, clock, think))
        else:
            loops.append(blank_loop(tab, results, clock, think))
    await asyncio.gather(*loops)
    if len(cpu_marks) == 2:
        (t0, start), (t1, end) = cpu_marks
        results.cpu = {k: (end.get(k, 0.0) - start.get(k, 0.0)) / (t1 - t0) for k in end}
    await state_sizes(redis_url, tabs, results)
    await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)
    print(summary_line(label, sessions, seconds, results), flush=True)
    return results


def summary_line(label: str, sessions: int, seconds: float, results: Results) -> str:
    every = results.all()
    state = results.state_bytes
    return (
        f"{label:<10} {sessions:>4} tabs  {len(every):>6} events ({len(every) / seconds:6.1f}/s)  "
        f"p50 {p50(every):7.1f} ms  p95 {p95(every):7.1f} ms  "
        f"state/tab median {statistics.median(state) / 1024 if state else 0:5.1f} KB "
        f"max {max(state) / 1024 if state else 0:5.1f} KB  errors {dict(results.errors)}"
    )


def detail(results: Results) -> str:
    lines = []
    if results.cpu:
        order = ("app", "bench", "postgres", "redis", "other", "machine")
        used = ", ".join(f"{k} {results.cpu.get(k, 0.0):.2f}" for k in order)
        lines.append(f"    CPU cores used while measured: {used} (of {os.cpu_count()})")
    lines.append("    kind            count   p50 ms   p95 ms")
    for kind, values in results.latencies.items():
        lines.append(f"    {kind:<14} {len(values):>6} {p50(values):8.1f} {p95(values):8.1f}")
    return "\n".join(lines)


def state_detail(results: Results, top: int = 8) -> str:
    biggest = sorted(results.state_keys.items(), key=lambda kv: -max(kv[1]))[:top]
    lines = ["    biggest substates (max bytes per tab):"]
    for name, sizes in biggest:
        lines.append(f"    {max(sizes):>8}  {name}")
    return "\n".join(lines)


# ---- preparing students through the REST API ------------------------------------------------


async def prepare(url: str, students: int) -> Fixture:
    """Published courses, students who own one course (to watch) and have notifications."""
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        listing = (await client.get("/api/v1/courses", params={"page_size": 24})).json()
        items = [c for c in listing["items"] if c["price_cents"] > 0]
        if len(items) < 3:
            raise SystemExit("Need at least 3 published paid courses (demo data has them).")
        slugs = [c["slug"] for c in items]
        fixture = Fixture(slugs=slugs, course_ids={c["slug"]: c["id"] for c in items})
        owned = items[0]
        detail_ = (await client.get(f"/api/v1/courses/{owned['id']}")).json()
        fixture.owned_slug = owned["slug"]
        fixture.lecture_id = detail_["sections"][0]["lectures"][0]["id"]
        fixture.cart_course_id = items[1]["id"]
        run = uuid.uuid4().hex[:8]
        semaphore = asyncio.Semaphore(4)

        async def student(n: int) -> dict[str, Any]:
            async with semaphore:
                reg = await client.post(
                    "/api/v1/auth/register",
                    json={
                        "email": f"ui-{run}-{n}@example.com",
                        "password": PASSWORD,
                        "full_name": f"Ui Student {n}",
                    },
                )
                reg.raise_for_status()
                auth = reg.json()
                headers = {"Authorization": f"Bearer {auth['access_token']}"}
                order = await client.post(
                    "/api/v1/checkout", json={"course_ids": [owned["id"]]}, headers=headers
                )
                order.raise_for_status()
                order_id = order.json()["order_id"]
                if order.json()["status"] != "paid":
                    done = await client.post(
                        f"/api/v1/payments/sandbox/{order_id}/complete", headers=headers
                    )
                    done.raise_for_status()
                return {**auth, "headers": headers, "notification_ids": []}

        fixture.users = list(await asyncio.gather(*(student(n) for n in range(students))))
        # the purchase notifications arrive through the outbox relay
        deadline = time.monotonic() + 30
        for user in fixture.users:
            while True:
                notes = await client.get("/api/v1/notifications", headers=user["headers"])
                items_ = notes.json().get("items", []) if notes.status_code == 200 else []
                user["notification_ids"] = [n["id"] for n in items_]
                if items_ or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.5)
        return fixture


# ---- starting the apps -------------------------------------------------------------------------


async def measure(
    args: argparse.Namespace, app_url: str, blank_url: str | None, before_url: str | None
) -> None:
    counts = [int(n) for n in args.sessions.split(",")]
    students = max(counts) if args.students == 0 else args.students
    before_fixture = await prepare(before_url, students) if before_url else None
    fixture = await prepare(app_url, students)
    print(
        f"{len(fixture.users)} students, courses {fixture.slugs[:3]}..., "
        f"lecture {fixture.lecture_id}; think time {args.think} s ±50 %, "
        f"{args.warmup:.0f} s warm-up then {args.seconds:.0f} s measured",
        flush=True,
    )
    for sessions in counts:
        if before_url and before_fixture:
            print(f"load average {os.getloadavg()}", flush=True)
            before = await run_load(
                label="before",
                url=before_url,
                redis_url=args.redis_url,
                sessions=sessions,
                seconds=args.seconds,
                warmup=args.warmup,
                think=args.think,
                fixture=before_fixture,
            )
            print(detail(before))
            print(state_detail(before), flush=True)
        print(f"load average {os.getloadavg()}", flush=True)
        results = await run_load(
            label="app",
            url=app_url,
            redis_url=args.redis_url,
            sessions=sessions,
            seconds=args.seconds,
            warmup=args.warmup,
            think=args.think,
            fixture=fixture,
            profile=(args.py_spy_pid, f"{args.py_spy}-{sessions}.txt") if args.py_spy else None,
        )
        print(detail(results))
        print(state_detail(results), flush=True)
        if blank_url:
            print(f"load average {os.getloadavg()}", flush=True)
            blank = await run_load(
                label="blank",
                url=blank_url,
                redis_url=args.redis_url,
                sessions=sessions,
                seconds=args.seconds,
                warmup=args.warmup,
                think=args.think,
                fixture=None,
            )
            print(detail(blank), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", default="50,200", help="tab counts, comma-separated")
    parser.add_argument("--seconds", type=float, default=60, help="measured seconds per run")
    parser.add_argument("--warmup", type=float, default=10)
    parser.add_argument("--think", type=float, default=2.0, help="mean pause between steps (s)")
    parser.add_argument("--students", type=int, default=0, help="accounts (default: one per tab)")
    parser.add_argument(
        "--workers",
        type=int,
        default=2,
        help="granian workers per app (default 2: what `serve` runs with Redis configured, "
        "core.config.Settings.effective_web_workers)",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6"),
    )
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
        ),
        help="where the scratch database is created (when the bench starts the app)",
    )
    parser.add_argument("--app-url", help="a running app (ENV=production, REDIS_URL set)")
    parser.add_argument("--blank-url", help="a running blank app (bench/blank_app/serve.py)")
    parser.add_argument("--no-blank", action="store_true", help="skip Reflex's blank app")
    parser.add_argument(
        "--before-root",
        type=Path,
        help="also start the app from these sources (e.g. `git archive main`) and measure it "
        "first, in the same run",
    )
    parser.add_argument("--py-spy", help="profile the app while measured: raw py-spy output prefix")
    parser.add_argument("--py-spy-pid", type=int, default=0, help="the app's serve process")
    parser.add_argument(
        "--serve-only",
        action="store_true",
        help="start the apps, print their URLs and keep them up until Ctrl+C (for py-spy)",
    )
    args = parser.parse_args()

    started: list[subprocess.Popen[bytes]] = []
    cleanup: list[Callable[[], None]] = []
    try:
        app_url = args.app_url
        if not app_url:
            database_url, drop = scratch_database(args.postgres_url)
            cleanup.append(drop)
            app_url, process = start_app(args.redis_url, database_url, args.workers)
            args.py_spy_pid = args.py_spy_pid or process.pid
            started.append(process)
        before_url = None
        if args.before_root:
            database_url, drop = scratch_database(args.postgres_url)
            cleanup.append(drop)
            before_url, process = start_app(
                args.redis_url, database_url, args.workers, root=args.before_root.resolve()
            )
            started.append(process)
        blank_url = None if args.no_blank else args.blank_url
        if not args.no_blank and not blank_url:
            blank_url, process = start_blank(args.redis_url, args.workers)
            started.append(process)
        if args.serve_only:
            print(f"--app-url {app_url} --blank-url {blank_url}  (Ctrl+C stops)", flush=True)
            # Ctrl+C, or `kill PID` (a background job ignores SIGINT)
            signal.signal(signal.SIGTERM, signal.default_int_handler)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
        else:
            APP_PIDS.update(process.pid for process in started)
            asyncio.run(measure(args, app_url, blank_url, before_url))
    finally:
        for process in started:
            stop(process)
        for step in cleanup:
            step()


if __name__ == "__main__":
    sys.exit(main())
