"""Screenshots for the per-role guides in docs/ (docs/images/*.jpg), taken from a running demo.

    make run                                  # in one terminal: the app with demo data
    .venv/bin/python scripts/docs_screenshots.py --base http://localhost:3000

Signs in with the demo accounts (README) and photographs each page at 1366 px and, for the pages
a phone user opens most, at 390 px. Re-run it after a UI change and commit the images.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import urllib.request
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"
ACCOUNTS = {
    "student": ("student@example.com", "learn-Demo-2026"),
    "instructor": ("instructor@example.com", "teach-Demo-2026"),
    "admin": ("admin@example.com", "admin-Demo-2026"),
}


def _api(base: str, path: str, token: str | None = None) -> object:
    request = urllib.request.Request(f"{base}/api/v1{path}")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (our own URL)
        return json.loads(response.read())


def _token(base: str, role: str) -> str:
    email, password = ACCOUNTS[role]
    body = json.dumps({"email": email, "password": password}).encode()
    request = urllib.request.Request(
        f"{base}/api/v1/auth/login", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return str(json.loads(response.read())["access_token"])


def _settle(page: Page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1200)  # state deltas and images after the first paint


def _shoot(page: Page, name: str, *, full: bool = False) -> None:
    _settle(page)
    width = page.viewport_size["width"] if page.viewport_size else 0
    path = OUT / f"{name}-{width}.jpg"
    page.screenshot(path=str(path), type="jpeg", quality=70, full_page=full)
    print(f"  {path.relative_to(OUT.parent.parent)}")


def _page(browser: Browser, base: str, width: int, role: str | None) -> Page:
    height = 900 if width > 500 else 844
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=base)
    page = context.new_page()
    if role:
        email, password = ACCOUNTS[role]
        page.goto("/login")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("#login-submit")
        page.wait_for_url(re.compile(r"/(admin)?/?$"))
    return page


def take(base: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    courses = _api(base, "/courses?sort=best_selling&page_size=5")
    items = courses["items"] if isinstance(courses, dict) else courses
    slug = items[0]["slug"]
    student = _token(base, "student")
    mine = _api(base, "/me/courses", student)
    owned = mine["items"] if isinstance(mine, dict) else mine
    learn_slug = owned[0]["slug"] if owned else slug
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or None, args=["--no-sandbox"]
        )
        for width in (1366, 390):
            page = _page(browser, base, width, None)
            page.goto("/")
            _shoot(page, "visitor-home")
            page.goto("/courses?q=python")
            _shoot(page, "visitor-search")
            page.goto(f"/course/{slug}")
            _shoot(page, "visitor-course")
            page.context.close()

            page = _page(browser, base, width, "student")
            page.goto("/my-courses")
            _shoot(page, "student-my-learning")
            page.goto(f"/learn/{learn_slug}")
            page.wait_for_url(re.compile(r"/learn/[^/]+/\d+"))
            _shoot(page, "student-player")
            if width > 500:
                for path, name in (
                    ("/wishlist", "student-wishlist"),
                    ("/cart", "student-cart"),
                    ("/orders", "student-purchases"),
                    ("/notifications", "student-notifications"),
                    ("/account", "student-account"),
                ):
                    page.goto(path)
                    _shoot(page, name)
            page.context.close()

            page = _page(browser, base, width, "instructor")
            page.goto("/studio")
            _shoot(page, "instructor-studio")
            if width > 500:
                page.locator("a[href^='/studio/course/']").first.click()
                page.wait_for_url(re.compile(r"/studio/course/\d+"))
                _shoot(page, "instructor-course-editor")
                for path, name in (
                    ("/studio/analytics", "instructor-analytics"),
                    ("/studio/revenue", "instructor-revenue"),
                    ("/studio/coupons", "instructor-coupons"),
                ):
                    page.goto(path)
                    _shoot(page, name)
            page.context.close()

            page = _page(browser, base, width, "admin")
            _shoot(page, "admin-review-queue")
            if width > 500:
                for path, name in (
                    ("/admin/stats", "admin-stats"),
                    ("/admin/categories", "admin-categories"),
                    ("/admin/users", "admin-users"),
                    ("/admin/reviews", "admin-moderation"),
                    ("/admin/orders", "admin-orders"),
                    ("/admin/ledger", "admin-ledger"),
                ):
                    page.goto(path)
                    _shoot(page, name)
            page.context.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://localhost:3000")
    take(parser.parse_args().base.rstrip("/"))


if __name__ == "__main__":
    main()
