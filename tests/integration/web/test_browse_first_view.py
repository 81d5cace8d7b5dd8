"""The catalogue's HTML (`/courses?...`, prerendered) holds a first view for its address: the
results' heading, the search form, the active filters and sort, and the first row of result
images, from the same cached search as the API: escaped, current right after an edit, absent
when nothing matches. SQLite and PostgreSQL (`db`, through `api`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.factories import make_category, make_published_course
from tests.support.first_views import first_view, retitle_as_owner
from udemy_clone.catalog.models import Course
from udemy_clone.core import cache
from udemy_clone.core import db as core_db


@pytest.fixture
def catalogue(api, drain_outbox) -> dict[str, Any]:
    development = make_category(name="Development")
    music = make_category(name="Music")
    courses = {
        "django": make_published_course(
            title="Django for Professionals", category_id=development.id, level="intermediate"
        ),
        "python": make_published_course(
            title="Python Programming Basics", category_id=development.id, level="beginner"
        ),
        "guitar": make_published_course(
            title="Guitar Chords Made Simple", category_id=music.id, level="beginner"
        ),
        "piano": make_published_course(
            title="Piano for Adults", category_id=music.id, level="beginner"
        ),
    }
    with core_db.transaction() as session:
        for course in courses.values():
            row = session.get(Course, course.id)
            row.thumbnail_key = f"thumbnails/{course.id}/img{course.id}.jpg"
            session.add(row)
    drain_outbox()
    cache.reset_memory()
    return courses


def _cards(view: str, catalogue: dict[str, Any]) -> set[str]:
    return {name for name, c in catalogue.items() if f'href="/course/{c.slug}"' in view}


def test_the_catalogue_is_served_with_its_heading_and_first_row_of_images(
    api, first_view_site, catalogue
):
    page = first_view_site().get("/courses", headers={"Accept-Encoding": "gzip"})

    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-cache"
    assert page.headers["content-encoding"] == "gzip"
    view = first_view(page.text)
    assert '<div id="first-view">' in view  # before React's root, outside its tree
    assert ">4 courses</h1>" in view
    assert view.count('class="rt-Box fv-card"') == 3  # one row: three cards on desktops
    assert len(_cards(view, catalogue)) == 3
    assert 'name="q" value=""' in view
    assert ">Most relevant</span>" in view
    # the prerendered page is kept whole after it
    assert "<main><h1>Loading courses</h1></main>" in page.text
    assert page.text.endswith("<script>hydrate()</script></body></html>")
    # the first card's image is asked for first, before the module scripts
    head = page.text.split("</head>")[0]
    assert head.index('rel="preload" as="image"') < head.index('rel="modulepreload"')
    shown = [c for c in catalogue.values() if f'href="/course/{c.slug}"' in view]
    first = min(shown, key=lambda c: view.index(f'href="/course/{c.slug}"'))
    assert f"/api/v1/thumbnails/{first.id}/img{first.id}-480.webp" in head


def test_filters_in_the_address_shape_the_first_view(api, first_view_site, catalogue):
    address = "/courses?category=music&level=beginner&sort=newest"

    view = first_view(first_view_site().get(address).text)

    assert ">2 courses in Music</h1>" in view
    assert _cards(view, catalogue) == {"guitar", "piano"}
    assert "Get news about new courses in Music" in view
    # active filters as links that remove them, and their count on the phones' Filter button
    assert 'aria-label="Remove filter Music"' in view
    assert 'href="/courses?level=beginner&amp;sort=newest"' in view
    assert 'aria-label="Remove filter Beginner"' in view
    assert 'rt-variant-solid">2</span>' in view
    assert ">Newest</span>" in view


def test_a_search_shows_its_words_and_its_results(api, first_view_site, catalogue):
    view = first_view(first_view_site().get("/courses?q=python").text)

    assert ">1 result for “python”</h1>" in view
    assert _cards(view, catalogue) == {"python"}
    assert 'name="q" value="python"' in view


def test_no_results_and_pages_past_the_end_get_the_bare_page(api, first_view_site, catalogue):
    site = first_view_site()
    for address in ("/courses?q=zzyzx+qwxv", "/courses?page=7", "/courses?category=nothing-here"):
        page = site.get(address)
        assert page.status_code == 200
        assert "first-view" not in page.text
        assert "<main><h1>Loading courses</h1></main>" in page.text


def test_markup_in_the_address_and_in_titles_is_escaped(api, first_view_site, drain_outbox):
    course = make_published_course(title='Scripting <script>alert("t")</script> & <b>more</b>')
    drain_outbox()
    cache.reset_memory()
    site = first_view_site()

    found = site.get("/courses?q=scripting%20%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    listed = site.get("/courses")

    assert "<img src=x" not in found.text
    assert "<script>alert" not in listed.text and "<b>more</b>" not in listed.text
    view = first_view(listed.text)
    assert (
        'aria-label="Scripting &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; ' in (view)
        and f'href="/course/{course.slug}"' in view
    )
    # the course matches the search: its words are shown, escaped, in the heading and the box
    searched = first_view(found.text)
    assert "for “scripting &quot;&gt;&lt;img src=x onerror=alert(1)&gt;”</h1>" in searched
    assert 'value="scripting &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in searched


@pytest.mark.parametrize(
    "query",
    [
        "page=-3&sort=<x>&level=<script>&min_price=abc&rating=9&price=gratis",
        "category=..%2F..%2Fetc&language=xx&duration=forever&spell=maybe",
        "utm_source=%3Cscript%3Ealert(1)%3C%2Fscript%3E&q=",
        "q=%ff%fe&page=99999999999999999999",
        "&".join(f"level=x{n}" for n in range(100)),
    ],
)
def test_unknown_or_invalid_parameters_never_fail(api, first_view_site, catalogue, query):
    page = first_view_site().get(f"/courses?{query}")

    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<x>" not in page.text
    assert "<main><h1>Loading courses</h1></main>" in page.text


def test_an_edit_shows_on_the_next_load(api, first_view_site, catalogue):
    site = first_view_site()
    course = catalogue["python"]
    assert 'aria-label="Python Programming Basics"' in first_view(
        site.get("/courses?q=python").text
    )
    retitle_as_owner(api, course, "Python Programming, Revised")
    view = first_view(site.get("/courses?q=python").text)
    assert 'aria-label="Python Programming, Revised"' in view
    assert "Python Programming Basics" not in view
