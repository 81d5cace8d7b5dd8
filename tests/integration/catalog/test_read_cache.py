"""Cached catalogue reads: answers come from the cache (memory, or Redis when configured), an
edit is visible in the very next read, and conditional requests get 304 while nothing changed.

Every test runs on SQLite and PostgreSQL (`db`) and with both cache backends (`cache_backend`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import col

from tests.support.factories import login, make_published_course, make_user
from tests.support.http import API
from tests.support.live_servers import start_gateway, stop
from tests.support.net import free_port
from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import read_cache
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import Course, CourseSort
from udemy_clone.core import cache
from udemy_clone.core import db as core_db
from udemy_clone.core.redis_client import get_redis


@pytest.fixture(params=["memory", "redis"])
def cache_backend(request: pytest.FixtureRequest) -> str:
    if request.param == "redis":
        request.getfixturevalue("redis_url")
    cache.reset_memory()
    return str(request.param)


def _is_cached(key: str) -> bool:
    redis = get_redis()
    if redis is None:
        return key in cache._memory_bodies
    return bool(redis.exists(f"body:{key}"))


def _owner_headers(api: Any, course: Any) -> dict[str, str]:
    with core_db.read_session() as session:
        email = auth_service.get_user(session=session, user_id=course.owner_id).email
    return login(api, email)


def test_course_page_is_served_from_the_cache_and_edits_show_at_once(
    api, cache_backend, drain_outbox: Callable[[], list[str]]
):
    course = make_published_course(title="Cache Me Course", price_cents=1999)
    owner = _owner_headers(api, course)
    first = api.get(f"{API}/courses/{course.id}")
    assert first.status_code == 200
    assert first.json()["title"] == "Cache Me Course"
    assert _is_cached(read_cache.course_page_key(course.id))
    assert api.get(f"{API}/courses/{course.id}").headers["etag"] == first.headers["etag"]

    edited = api.patch(
        f"{API}/courses/{course.id}",
        json={"title": "Edited Title", "price_cents": 4999},
        headers=owner,
    )
    assert edited.status_code == 200
    # The very next anonymous read, by id and by slug, shows the edit (before any event ran).
    for address in (course.id, course.slug):
        page = api.get(f"{API}/courses/{address}")
        assert page.json()["title"] == "Edited Title"
        assert page.json()["price_cents"] == 4999
    assert page.headers["etag"] != first.headers["etag"]
    drain_outbox()
    assert api.get(f"{API}/courses/{course.id}").json()["title"] == "Edited Title"


def test_unpublishing_removes_the_cached_page_at_once(api, cache_backend):
    course = make_published_course()
    owner = _owner_headers(api, course)
    assert api.get(f"{API}/courses/{course.slug}").status_code == 200
    assert api.post(f"{API}/courses/{course.id}/unpublish", headers=owner).status_code == 200
    assert api.get(f"{API}/courses/{course.slug}").status_code == 404
    assert api.get(f"{API}/courses/{course.id}").status_code == 404
    # The owner still sees the draft, fresh and marked private.
    draft = api.get(f"{API}/courses/{course.id}", headers=owner)
    assert draft.status_code == 200
    assert draft.headers["cache-control"].startswith("private")


def test_ratings_and_enrollments_show_on_the_course_page_at_once(api, cache_backend):
    course = make_published_course()
    before = api.get(f"{API}/courses/{course.id}").json()
    assert before["rating"]["count"] == 0
    assert before["enrollment_count"] == 0
    with core_db.transaction() as session:  # what the reviews and orders domains call
        catalog_service.apply_rating_change(
            session=session, course_id=course.id, old_rating=None, new_rating=4
        )
        catalog_service.record_enrollment_change(session=session, course_id=course.id, delta=1)
    after = api.get(f"{API}/courses/{course.id}").json()
    assert after["rating"]["count"] == 1
    assert after["rating"]["average"] == 4.0
    assert after["enrollment_count"] == 1


def test_browse_is_cached_and_follows_the_outbox_events(
    api, cache_backend, drain_outbox: Callable[[], list[str]]
):
    course = make_published_course(title="Zymurgy Basics", price_cents=1500)
    owner = _owner_headers(api, course)
    drain_outbox()  # CourseChanged: the search index gets the course
    browse = api.get(f"{API}/courses", params={"q": "zymurgy"})
    assert [c["id"] for c in browse.json()["items"]] == [course.id]
    assert browse.headers["etag"]
    query_key = [k for k in _body_keys() if k.startswith("catalog:browse:")]
    assert query_key, "the browse answer was not cached"

    api.patch(f"{API}/courses/{course.id}", json={"price_cents": 2500}, headers=owner)
    assert (
        api.get(f"{API}/courses", params={"q": "zymurgy"}).json()["items"][0]["price_cents"] == 2500
    )
    api.patch(f"{API}/courses/{course.id}", json={"title": "Brewing Basics"}, headers=owner)
    drain_outbox()  # the index now has the new title
    assert api.get(f"{API}/courses", params={"q": "zymurgy"}).json()["items"] == []
    renamed = api.get(f"{API}/courses", params={"q": "brewing"}).json()["items"]
    assert [c["title"] for c in renamed] == ["Brewing Basics"]


def _body_keys() -> list[str]:
    redis = get_redis()
    if redis is None:
        return list(cache._memory_bodies)
    return [k.decode().removeprefix("body:") for k in redis.scan_iter(match="body:*")]


def test_category_counts_home_rows_and_top_sellers_follow_changes(api, cache_backend):
    first = make_published_course(title="First Seller")
    counts = {c["id"]: c["course_count"] for c in api.get(f"{API}/categories").json()}
    assert counts[first.category_id] == 1
    assert _is_cached(catalog_service.CATEGORY_TREE_KEY)
    second = make_published_course(title="Second Seller", category_id=first.category_id)
    counts = {c["id"]: c["course_count"] for c in api.get(f"{API}/categories").json()}
    assert counts[first.category_id] == 2

    def top_sellers() -> list[int]:
        with core_db.read_session() as session:
            cards = catalog_service.list_published_courses(
                session=session, sort=CourseSort.best_selling, limit=2
            )
        return [c.id for c in cards]

    with core_db.transaction() as session:
        catalog_service.record_sale(session=session, course_id=first.id, delta=1)
    assert top_sellers() == [first.id, second.id]
    with core_db.transaction() as session:
        catalog_service.record_sale(session=session, course_id=second.id, delta=5)
    assert top_sellers() == [second.id, first.id]
    with core_db.read_session() as session:
        rows = catalog_service.home_rows(session=session)
    popular = next(r for r in rows if r.key == "popular")
    assert [c.id for c in popular.courses][:2] == [second.id, first.id]


def test_category_rename_shows_on_cached_course_pages(api, cache_backend, drain_outbox):
    course = make_published_course()
    assert api.get(f"{API}/courses/{course.slug}").json()["category"]["name"]
    admin = login(api, make_user(role="admin").email)
    renamed = api.patch(
        f"{API}/categories/{course.category_id}", json={"name": "Renamed Shelf"}, headers=admin
    )
    assert renamed.status_code == 200, renamed.text
    assert api.get(f"{API}/courses/{course.slug}").json()["category"]["name"] == "Renamed Shelf"
    counts = {c["id"]: c["name"] for c in api.get(f"{API}/categories").json()}
    assert counts[course.category_id] == "Renamed Shelf"


@pytest.mark.parametrize(
    "path", ["/courses/{id}", "/courses/{slug}", "/courses?q=conditional", "/categories"]
)
def test_conditional_requests_get_304_until_the_data_changes(
    api, cache_backend, drain_outbox, path
):
    course = make_published_course(title="Conditional Course")
    owner = _owner_headers(api, course)
    drain_outbox()
    url = API + path.format(id=course.id, slug=course.slug)
    first = api.get(url)
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert first.headers["cache-control"] == "public, no-cache"
    assert api.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert api.get(url, headers={"If-None-Match": f'W/{etag}, "other"'}).status_code == 304
    assert api.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert api.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200
    assert api.get(url, headers={"If-Modified-Since": "not a date"}).status_code == 200
    long_ago = formatdate(0, usegmt=True)
    assert api.get(url, headers={"If-Modified-Since": long_ago}).status_code == 200
    not_modified = api.get(url, headers={"If-None-Match": etag})
    assert not_modified.content == b""
    assert not_modified.headers["etag"] == etag

    with core_db.transaction() as session:  # a new student: counts and pages change
        catalog_service.record_enrollment_change(session=session, course_id=course.id, delta=1)
    api.patch(f"{API}/courses/{course.id}", json={"subtitle": "Now changed"}, headers=owner)
    drain_outbox()
    changed = api.get(url, headers={"If-None-Match": etag})
    if path == "/categories":  # the tree shows counts, not enrollments or subtitles
        assert changed.status_code in (200, 304)
    else:
        assert changed.status_code == 200
        assert changed.headers["etag"] != etag


def test_bad_course_addresses_are_not_cached(api, cache_backend):
    assert api.get(f"{API}/courses/no-such-course").status_code == 404
    assert api.get(f"{API}/courses/99999999999").status_code == 404
    assert not [k for k in _body_keys() if k.startswith("catalog:page:")]
    assert api.get(f"{API}/courses", params={"currency": "XXX"}).status_code == 422
    assert api.get(f"{API}/courses", params={"page_size": 1000}).status_code == 422


# ---- across processes: with Redis, each web process keeps a copy of the bodies it served -------


@pytest.fixture
def other_process(committed_db: Engine, redis_url: str, tmp_path: Path) -> Iterator[str]:
    """Another gateway process on the same database and Redis, its listener subscribed to the
    generation bumps; its base URL."""
    port = free_port()
    before = _bump_listeners()
    process = start_gateway(
        port=port,
        env={
            "DATABASE_URL": committed_db.url.render_as_string(hide_password=False),
            "REDIS_URL": redis_url,
            "DATA_DIR": str(tmp_path / "data"),
        },
        log=tmp_path / "gateway.log",
    )
    try:
        base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        # Its first cached read starts the listener; copies are kept once it is subscribed.
        while _bump_listeners() <= before:
            assert time.monotonic() < deadline, "the other process never subscribed"
            httpx.get(f"{base_url}{API}/courses/0", timeout=10)
            time.sleep(0.1)
        yield base_url
    finally:
        stop(process)


def _bump_listeners() -> int:
    redis = get_redis()
    assert redis is not None
    return int(redis.pubsub_numsub(cache.CHANNEL)[0][1])


def test_an_edit_saved_in_one_process_shows_at_once_in_another_that_had_it_cached(
    other_process: str, drain_outbox: Callable[[], list[str]]
):
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    course = make_published_course(title="Two Process Course", price_cents=1999)
    drain_outbox()  # the search index has the course
    page_url = f"{API}/courses/{course.id}"
    browse_url = f"{API}/courses?q=two+process"
    with (
        httpx.Client(base_url=other_process, timeout=30) as other,
        TestClient(create_gateway(), raise_server_exceptions=False) as this,
    ):
        assert other.get(page_url).json()["title"] == "Two Process Course"
        assert other.get(f"{API}/courses/{course.slug}").status_code == 200
        assert [c["title"] for c in other.get(browse_url).json()["items"]] == ["Two Process Course"]
        # The other process answers from its own copy: with Redis's entries gone and the row
        # changed behind the services' back (no bump), it still serves what it had.
        with core_db.transaction() as session:
            session.exec(  # type: ignore[call-overload]
                update(Course).where(col(Course.id) == course.id).values(title="Behind The Back")
            )
        redis = get_redis()
        assert redis is not None
        redis.delete(*[f"body:{key}" for key in _body_keys()])
        assert other.get(page_url).json()["title"] == "Two Process Course"

        owner = _owner_headers(this, course)
        edited = this.patch(
            page_url, json={"title": "Saved Elsewhere", "price_cents": 4999}, headers=owner
        )
        assert edited.status_code == 200, edited.text
        # The very next read in the other process, by id, by slug, and browse, shows the edit.
        for address in (course.id, course.slug):
            page = other.get(f"{API}/courses/{address}").json()
            assert (page["title"], page["price_cents"]) == ("Saved Elsewhere", 4999)
        assert [c["price_cents"] for c in other.get(browse_url).json()["items"]] == [4999]
