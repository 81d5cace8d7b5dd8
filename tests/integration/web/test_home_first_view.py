"""The home page's HTML (`/`, prerendered) holds a first view: the hero, the "Explore" chips
and the first row's heading and card images, from the same cached rows as the page's state:
escaped, current right after an edit, the hero alone when the catalogue is empty. SQLite and
PostgreSQL (`db`, through `api`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.factories import make_category, make_published_course
from tests.support.first_views import first_view, retitle_as_owner
from udemy_clone.catalog.models import Course
from udemy_clone.core import cache
from udemy_clone.core import db as core_db


def _with_thumbnails(courses: list[Any]) -> None:
    with core_db.transaction() as session:
        for course in courses:
            row = session.get(Course, course.id)
            row.thumbnail_key = f"thumbnails/{course.id}/img{course.id}.jpg"
            session.add(row)


@pytest.fixture
def catalogue(api, drain_outbox) -> dict[str, Any]:
    development = make_category(name="Development")
    music = make_category(name="Music")
    courses = {
        "django": make_published_course(
            title="Django for Professionals", category_id=development.id
        ),
        "python": make_published_course(
            title="Python Programming Basics", category_id=development.id
        ),
        "guitar": make_published_course(title="Guitar Chords Made Simple", category_id=music.id),
    }
    _with_thumbnails(list(courses.values()))
    drain_outbox()
    cache.reset_memory()
    return courses


def test_home_is_served_with_its_hero_chips_and_first_row_of_images(
    api, first_view_site, catalogue
):
    page = first_view_site().get("/", headers={"Accept-Encoding": "gzip"})

    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-cache"
    assert page.headers["content-encoding"] == "gzip"
    view = first_view(page.text)
    assert '<div id="first-view">' in view  # before React's root, outside its tree
    assert "Learn the skills that move your work forward</h1>" in view
    assert ">Join for free</button>" in view  # the visitor's hero, as prerendered
    assert ">Development</span>" in view and ">Music</span>" in view  # the chips
    assert ">Most popular</h2>" in view
    assert 'href="/courses?sort=best_selling"' in view  # its "See all"
    shown = [c for c in catalogue.values() if f'href="/course/{c.slug}"' in view]
    assert len(shown) == 3 and view.count('class="rt-Box fv-row-card"') == 3
    # a browser holding a sign-in token may get personal rows first: the script hides the row
    assert "uc_access_token" in view and ".fv-signed-in .fv-rows{visibility:hidden}" in view
    # the prerendered page is kept whole after it
    assert '<h1 id="home-hero-heading">Learn</h1>' in page.text
    assert page.text.endswith("<script>hydrate()</script></body></html>")
    # the first card's image is asked for first, before the module scripts
    head = page.text.split("</head>")[0]
    assert head.index('rel="preload" as="image"') < head.index('rel="modulepreload"')
    first = min(shown, key=lambda c: view.index(f'href="/course/{c.slug}"'))
    assert f"/api/v1/thumbnails/{first.id}/img{first.id}-480.webp" in head
    assert head.count('rel="preload" as="image"') == 1
    # the page ignores a query string (a campaign's utm_*): so does its first view
    tagged = first_view(first_view_site().get("/?utm_source=%3Cscript%3E").text)
    assert ">Most popular</h2>" in tagged and "<script>alert" not in tagged


def test_an_empty_catalogue_gets_the_hero_alone(api, first_view_site):
    cache.reset_memory()

    page = first_view_site().get("/")

    assert page.status_code == 200
    view = first_view(page.text)
    assert "Learn the skills that move your work forward</h1>" in view
    assert "fv-rows" not in view.split("</style>", 1)[1]  # no row, and no script for it
    assert "<script>" not in view
    assert 'rel="preload" as="image"' not in page.text
    assert '<h1 id="home-hero-heading">Learn</h1>' in page.text


def test_markup_in_titles_and_categories_is_escaped(api, first_view_site, drain_outbox):
    category = make_category(name='Art <img src=x onerror=alert(1)> & "more"')
    course = make_published_course(
        title='Scripting <script>alert("t")</script> & <b>more</b>', category_id=category.id
    )
    _with_thumbnails([course])
    drain_outbox()
    cache.reset_memory()

    page = first_view_site().get("/")

    assert "<script>alert" not in page.text and "<b>more</b>" not in page.text
    assert "<img src=x" not in page.text
    view = first_view(page.text)
    assert (
        'aria-label="Scripting &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; '
        '&lt;b&gt;more&lt;/b&gt;"' in view
    )
    assert 'alt="Scripting &lt;script&gt;' in view
    assert ">Art &lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;</span>" in view


def test_an_edit_shows_on_the_next_load(api, first_view_site, catalogue):
    site = first_view_site()
    course = catalogue["python"]
    assert 'aria-label="Python Programming Basics"' in first_view(site.get("/").text)
    retitle_as_owner(api, course, "Python Programming, Revised")
    view = first_view(site.get("/").text)
    assert 'aria-label="Python Programming, Revised"' in view
    assert "Python Programming Basics" not in view
