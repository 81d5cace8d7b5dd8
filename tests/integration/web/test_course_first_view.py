"""A course page's HTML holds its first view (the band and the image) for published courses,
from the same cached read as the API: escaped, absent for drafts, current right after an edit.

Every test runs on SQLite and PostgreSQL (`db`, through `api`).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.factories import login, make_course, make_published_course
from tests.support.first_views import first_view
from tests.support.http import API
from udemy_clone.auth import service as auth_service
from udemy_clone.catalog.models import Course
from udemy_clone.core import cache
from udemy_clone.core import db as core_db


@pytest.fixture(params=["memory", "redis"])
def cache_backend(request: pytest.FixtureRequest) -> str:
    if request.param == "redis":
        request.getfixturevalue("redis_url")
    cache.reset_memory()
    return str(request.param)


def test_a_published_course_page_is_served_with_its_band_and_image(api, first_view_site):
    course = make_published_course(title="First View Course", subtitle="Seen before any script")
    site = first_view_site()

    for address in (f"/course/{course.slug}", f"/courses/{course.slug}?ref=mail"):
        page = site.get(address)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert page.headers["cache-control"] == "no-cache"
        view = first_view(page.text)
        assert '<div id="first-view">' in view  # before React's root, outside its tree
        assert ">First View Course</h1>" in view
        assert "Seen before any script" in view
        assert "Created by" in view
        assert page.text.endswith("<script>hydrate()</script></body></html>")
        assert '<link rel="modulepreload" href="/assets/course' in page.text  # the route's


def test_the_course_image_is_in_the_first_view_and_preloaded(api, first_view_site):
    course = make_published_course()
    with core_db.transaction() as session:
        row = session.get(Course, course.id)
        row.thumbnail_key = f"thumbnails/{course.id}/abc123.jpg"
        session.add(row)
    cache.reset_memory()

    page = first_view_site().get(f"/course/{course.slug}", headers={"Accept-Encoding": "gzip"})

    head = page.text.split("</head>")[0]
    assert page.headers["content-encoding"] == "gzip"
    assert (
        f'<link rel="preload" as="image" href="/api/v1/thumbnails/{course.id}/abc123-480.webp"'
        in head
    )
    assert 'fetchpriority="high"' in head and "imagesrcset=" in head and "imagesizes=" in head
    # asked for before the module scripts, which would hold the connections
    assert head.index('as="image"') < head.index('rel="modulepreload"')
    assert f'srcset="/api/v1/thumbnails/{course.id}/abc123-320.webp 320w' in first_view(page.text)


def test_drafts_and_unknown_courses_get_the_bare_shell(api, first_view_site):
    draft = make_course(title="Secret Draft Course")
    site = first_view_site()

    for address in (f"/course/{draft.slug}", "/course/no-such-course"):
        page = site.get(address)
        assert page.status_code == 200
        assert "first-view" not in page.text
        assert "Secret Draft Course" not in page.text
        assert '<link rel="modulepreload" href="/assets/course.js"/>' in page.text


def test_the_title_and_subtitle_are_escaped(api, first_view_site):
    course = make_published_course(
        title='Hack <script>alert("x")</script> & co', subtitle="<img src=x onerror=alert(1)>"
    )

    page = first_view_site().get(f"/course/{course.slug}")

    view = first_view(page.text)
    assert "<script>alert" not in page.text
    assert "<img src=x" not in page.text
    assert "Hack &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</h1>" in view
    assert 'alt="Hack &lt;script&gt;' in view or "fv-placeholder" in view
    assert "&lt;img src=x onerror=alert(1)&gt;" in view


def test_an_edit_shows_in_the_next_page_and_unpublishing_removes_it(
    api, first_view_site, cache_backend
):
    course = make_published_course(title="Before The Edit")
    site = first_view_site()
    assert ">Before The Edit</h1>" in site.get(f"/course/{course.slug}").text
    owner = _owner_headers(api, course)

    edited = api.patch(
        f"{API}/courses/{course.id}", json={"title": "After The Edit"}, headers=owner
    )
    assert edited.status_code == 200
    assert ">After The Edit</h1>" in site.get(f"/course/{course.slug}").text

    unpublished = api.post(f"{API}/courses/{course.id}/unpublish", headers=owner)
    assert unpublished.status_code == 200, unpublished.text
    assert "first-view" not in site.get(f"/course/{course.slug}").text


def _owner_headers(api: Any, course: Any) -> dict[str, str]:
    with core_db.read_session() as session:
        email = auth_service.get_user(session=session, user_id=course.owner_id).email
    return login(api, email)
