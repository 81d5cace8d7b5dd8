"""Two replicas of one build behind nginx behave as one site: the same assets everywhere, data
written through one replica visible through the other, a browser session that survives replicas
dying under it, live pushes across replicas, and a load run without errors."""

from __future__ import annotations

import asyncio
import re
import shutil
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from bench.cluster import run_load
from tests.cluster.conftest import Cluster, call
from udemy_clone.seed import DEMO_ACCOUNTS

# the first test also waits for the cluster to start and the demo videos to be made (a worker
# job of several minutes on a loaded machine): the module fixture counts against its timeout
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

COURSE_IN_REVIEW = "Async Python Deep Dive"  # the demo data's course waiting for review


def _get(url: str) -> tuple[int, bytes, dict[str, str]]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read(), dict(response.headers)


def _token(base: str, role: str) -> str:
    account = next(a for a in DEMO_ACCOUNTS if a.role == role)
    body = {"email": account.email, "password": account.password}
    return str(call(base, "POST", "/auth/login", body)["access_token"])


def _new_student(base: str) -> tuple[str, str, str]:
    email = f"cluster{time.time_ns()}@example.com"
    password = "cluster-Student-2026"
    body = {"email": email, "password": password, "full_name": "Cleo Cluster"}
    return email, password, str(call(base, "POST", "/auth/register", body)["access_token"])


def test_every_replica_serves_the_same_build(cluster: Cluster):
    pages = [_get(f"{base}/")[1].decode() for base in cluster.replica_urls]
    assert pages[0] == pages[1], "the replicas serve different builds"
    assets = sorted(set(re.findall(r'/assets/[^"\']+\.(?:js|css)', pages[0])))
    assert assets, "the page references no hashed assets"
    for asset in assets[:10]:
        bodies = {_get(f"{base}{asset}")[1] for base in cluster.replica_urls}
        assert len(bodies) == 1, f"{asset} differs between replicas"
    # through the balancer: cached for a year, compressed, and both replicas take turns
    status, _, headers = _get(f"{cluster.url}{assets[0]}")
    assert status == 200 and "immutable" in headers["Cache-Control"]
    request = urllib.request.Request(
        f"{cluster.url}{assets[0]}", headers={"Accept-Encoding": "gzip"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Content-Encoding"] == "gzip"
    upstreams = {_get(f"{cluster.url}/healthz")[2]["X-Upstream"] for _ in range(6)}
    assert upstreams == {base.removeprefix("http://") for base in cluster.replica_urls}


def _pinned_to(browser, cluster: Cluster, replica: int):
    """A browser context whose tabs open their WebSocket straight to one replica.

    Pages and assets still come through the balancer, but the build names the balancer as the
    WebSocket's address; rewriting that one module sends every event of the tab to `replica`
    (the CSP allows only the public origin, so this test device bypasses it).
    """
    balancer = cluster.url.removeprefix("http://")
    target = cluster.replica_urls[replica - 1].removeprefix("http://")
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=cluster.url, bypass_csp=True
    )
    context.set_default_timeout(30_000)

    def rewrite(route) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace(balancer, target))

    context.route(re.compile(r"/assets/reflex-env-[^/]*\.js$"), rewrite)
    return context


def _search_answers(base: str) -> list[Any]:
    """What a replica answers to a few catalogue queries (text, typo, browse with facets)."""
    queries = [
        f"/courses?q={urllib.parse.quote(COURSE_IN_REVIEW)}",
        "/courses?q=pythn%20async",
        "/courses?sort=newest&page_size=50",
        "/courses?level=beginner&sort=price_asc",
    ]
    return [call(base, "GET", query) for query in queries]


def test_course_published_through_one_replica_is_found_through_the_other(cluster: Cluster, browser):
    replica_a, replica_b = cluster.replica_urls
    admin = _token(replica_a, "admin")
    in_review = call(replica_a, "GET", "/admin/courses?status=in_review&page_size=100", token=admin)
    course = next(c for c in in_review["items"] if c["title"] == COURSE_IN_REVIEW)
    query = urllib.parse.quote(COURSE_IN_REVIEW)

    def listed_in(page) -> bool:
        return any(i["id"] == course["id"] for i in page["items"])

    assert not listed_in(call(replica_b, "GET", f"/courses?q={query}"))

    # a visitor's tab on replica B has searched for it already: not there yet
    visitor_context = _pinned_to(browser, cluster, 2)
    admin_context = _pinned_to(browser, cluster, 1)
    sockets: dict[str, list[str]] = {"visitor": [], "admin": []}
    try:
        visitor = visitor_context.new_page()
        visitor.on("websocket", lambda ws: sockets["visitor"].append(ws.url))
        visitor.goto(f"/courses?q={query}")
        expect(visitor.locator("#result-heading")).to_contain_text(COURSE_IN_REVIEW)
        results = visitor.locator("#results")
        expect(results.get_by_role("link", name=COURSE_IN_REVIEW)).to_have_count(0)

        # an admin's tab on replica A approves it in the review queue
        admin_page = admin_context.new_page()
        admin_page.on("websocket", lambda ws: sockets["admin"].append(ws.url))
        account = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
        admin_page.goto("/login")
        admin_page.fill("#email", account.email)
        admin_page.fill("#password", account.password)
        admin_page.click("#login-submit")
        expect(admin_page.locator("#nav-user-name")).to_have_text(account.full_name)
        admin_page.goto("/admin")
        card = admin_page.locator(".queue-course", has_text=COURSE_IN_REVIEW)
        card.locator(".approve-course").click()
        admin_page.locator("#confirm-approve").click()  # approving asks first
        expect(admin_page.locator(".queue-course", has_text=COURSE_IN_REVIEW)).to_have_count(0)
        published = time.monotonic()

        # search through replica B finds it within 5 s: in the visitor's tab, and over REST
        while True:
            visitor.reload()  # the search runs again, on replica B
            expect(visitor.locator("#result-heading")).to_contain_text(COURSE_IN_REVIEW)
            found = results.get_by_role("link", name=COURSE_IN_REVIEW).count() > 0
            waited = time.monotonic() - published
            assert waited <= 5, f"search through replica B: course not shown after {waited:.1f} s"
            if found:
                break
        assert listed_in(call(replica_b, "GET", f"/courses?q={query}"))
        # the course page reads the database: replica B has it too
        assert call(replica_b, "GET", f"/courses/{course['slug']}")["title"] == COURSE_IN_REVIEW
    finally:
        visitor_context.close()
        admin_context.close()
    assert {url.split("/_event")[0] for url in sockets["visitor"]} == {
        replica_b.replace("http", "ws")
    }
    assert {url.split("/_event")[0] for url in sockets["admin"]} == {
        replica_a.replace("http", "ws")
    }

    # a replica started afresh on this database (nothing on its disk) answers exactly like the
    # other one at its very first request: the search index is the shared database
    cluster.kill_replica(1)
    shutil.rmtree(cluster.run_dir / "data" / "replica-1", ignore_errors=True)
    cluster.start_replica(1)
    first_answers = _search_answers(replica_a)
    assert listed_in(first_answers[0])
    assert first_answers == _search_answers(replica_b)


def test_a_session_survives_replicas_dying_and_gets_pushes_from_the_other(
    cluster: Cluster, browser
):
    replica_a, replica_b = cluster.replica_urls
    listed = call(cluster.url, "GET", "/courses?min_price=1&sort=price_desc&page_size=2")["items"]
    assert len(listed) == 2, "the demo data needs two paid published courses"
    email, password, token = _new_student(replica_a)

    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=cluster.url)
    context.set_default_timeout(30_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        # sign in, browse and fill the cart through the balancer (pages and events land on
        # both replicas in turn)
        page.goto("/login")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("#login-submit")
        expect(page.locator("#nav-user-name")).to_be_visible()
        # the catalogue's first view (heading, search form, first row of images) comes in its
        # HTML, and the page's own results take over from it: one heading left, the block gone
        browse = page.goto("/courses")
        assert browse is not None and 'id="first-view"' in browse.text()
        expect(page.locator("#results img").first).to_be_visible()
        expect(page.locator("#first-view")).to_have_count(0)
        expect(page.locator("h1")).to_have_count(1)
        # the course page's first view (header band and image) comes in the HTML, and the
        # page's own render takes over from it: one heading left, the injected block gone
        course_page = page.goto(f"/course/{listed[0]['slug']}")
        assert course_page is not None and 'id="first-view"' in course_page.text()
        expect(page.locator("#buy-primary")).to_be_visible()
        expect(page.locator("#first-view")).to_have_count(0)
        expect(page.locator("h1")).to_have_count(1)
        page.locator("#buy-primary").click()
        expect(page.locator("#cart-count")).to_have_text("1")

        # kill -9 one replica, bring it back, kill the other: whichever replica held the tab's
        # WebSocket died, so the tab reconnected (through nginx) to replica 1
        cluster.kill_replica(1)
        cluster.start_replica(1)
        cluster.kill_replica(2)
        # a click that lands while the socket is still reconnecting may be lost: a person
        # clicks again, and so does the test (at most three times)
        for _ in range(3):
            page.locator("#nav-cart").click()
            try:
                page.wait_for_url(re.compile(r"/cart$"), timeout=10_000)
                break
            except PlaywrightTimeoutError:
                continue
        expect(page).to_have_url(re.compile(r"/cart$"))
        expect(page.locator(".cart-line")).to_have_count(1)
        expect(page.locator("#nav-user-name")).to_be_visible()
        cluster.start_replica(2)

        # a live notification: the order is paid through replica 2 (REST), the worker sends
        # the notification, and the tab, connected to replica 1, shows it at once
        bell_before = page.locator("#notification-count")
        before = int(bell_before.inner_text()) if bell_before.count() else 0
        order = call(replica_b, "POST", "/checkout", {"course_ids": [listed[1]["id"]]}, token)
        if order["status"] != "paid":
            call(replica_b, "POST", f"/payments/sandbox/{order['order_id']}/complete", {}, token)
        expect(page.locator("#notification-count")).to_have_text(str(before + 1), timeout=15_000)

        # pay for the cart in the browser, then the player plays HLS
        page.goto("/cart")
        page.click("#checkout")
        page.wait_for_url(re.compile(r"/checkout/sandbox/\d+$"))
        page.click("#sandbox-pay")
        page.wait_for_url(re.compile(r"/checkout/success\?order_id=\d+"))
        page.click("#go-my-courses")
        page.wait_for_url(re.compile(r"/my-courses$"))
        page.locator(".my-course", has_text=listed[0]["title"]).get_by_text("Start course").click()
        page.wait_for_url(re.compile(r"/learn/"))
        expect(page.locator("#lecture-video")).to_be_visible()
        page.evaluate(
            "() => { const v = document.querySelector('#lecture-video'); "
            "v.muted = true; v.play(); }"
        )
        page.wait_for_function(
            "() => document.querySelector('#lecture-video').currentTime > 2", timeout=30_000
        )
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


# first view's element -> the page's own copy of it (the first views copy the pages' layout
# values: a change on one side that is not mirrored makes the page jump at hand-over)
FIRST_VIEW_PAIRS: dict[str, dict[str, tuple[str, str]]] = {
    "/": {
        "heading": ("#first-view .fv-hero-h", "#home-hero-heading"),
        "search": ("#first-view .fv-hero-search input", "#hero-search input"),
        "row heading": ("#first-view .fv-rows h2", ".home-row >> nth=0 >> h2"),
        "first image": (
            "#first-view .fv-row img >> nth=0",
            ".home-row >> nth=0 >> .course-row img >> nth=0",
        ),
    },
    "/courses?q=python": {
        "heading": ("#first-view h1", "#result-heading"),
        "search": ("#first-view input[name=q]", "#browse-q"),
        "first image": ("#first-view .fv-card img >> nth=0", "#results img >> nth=0"),
    },
    "/course/{slug}": {
        "title": ("#first-view h1", "h1"),
        "image": ("#first-view .fv-thumb img", "#buy-box img"),
    },
}


def _box(page: Any, selector: str) -> tuple[float, ...] | None:
    found = page.locator(selector)
    if found.count() == 0:
        return None
    box = found.first.bounding_box()
    return None if box is None else (box["x"], box["y"], box["width"], box["height"])


def test_first_views_sit_exactly_where_the_pages_draw_the_same_things(cluster: Cluster, browser):
    """At a desktop and a phone width, each first view alone (scripts off) puts its heading,
    search box and first image where the page puts its own after the hand-over (within 1 px),
    so nothing moves when the page takes over."""
    slug = call(cluster.url, "GET", "/courses?page_size=1")["items"][0]["slug"]
    moved: list[str] = []
    for width, height in ((1366, 900), (390, 844)):
        for address, pairs in FIRST_VIEW_PAIRS.items():
            url = cluster.url + address.format(slug=slug)
            alone = browser.new_context(
                viewport={"width": width, "height": height}, java_script_enabled=False
            )
            page = alone.new_page()
            page.goto(url, wait_until="load")
            first = {name: _box(page, selector) for name, (selector, _) in pairs.items()}
            alone.close()
            live = browser.new_context(viewport={"width": width, "height": height})
            page = live.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_function("!document.getElementById('first-view')", timeout=30_000)
            page.wait_for_timeout(500)  # images decoded, layout settled
            drawn = {name: _box(page, selector) for name, (_, selector) in pairs.items()}
            live.close()
            for name in pairs:
                before, after = first[name], drawn[name]
                if before is None and after is None:
                    continue  # not shown at this width (the hero's search box on phones)
                if (
                    before is None
                    or after is None
                    or any(abs(a - b) > 1.0 for a, b in zip(before, after, strict=True))
                ):
                    moved.append(f"{address} {width}px {name}: {before} -> {after}")
    compared = sum(len(pairs) for pairs in FIRST_VIEW_PAIRS.values())
    assert not moved, f"first views and pages disagree ({len(moved)} of {2 * compared}):\n" + (
        "\n".join(moved)
    )


def test_fifty_users_for_a_minute_see_no_errors(cluster: Cluster):
    # in a thread of its own: the session's Playwright (sync API) keeps an event loop here
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(asyncio.run, run_load(cluster.url, users=50, seconds=60)).result()
    assert result.requests > 200, result.line("2 replicas")  # every user kept going
    assert not result.errors, result.line("2 replicas")
    assert result.server_errors == 0, result.line("2 replicas")
    assert result.statuses[429] == 0, result.line("2 replicas")
    assert set(result.statuses) <= {200, 206}, result.line("2 replicas")
    assert len(result.upstreams) == 2, f"one replica took everything: {result.upstreams}"
