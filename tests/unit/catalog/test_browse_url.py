"""The browse page's address: shared links reproduce the search, nonsense is ignored."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from udemy_clone.web.kit.course_views import split_learning_points
from udemy_clone.web.kit.format import clock, length_label
from udemy_clone.web.pages.browse.browse_url import (
    BrowseFilters,
    browse_href,
    parse_browse_query,
    to_course_search,
)


def _roundtrip(href: str) -> BrowseFilters:
    return parse_browse_query(dict(parse_qsl(urlsplit(href).query)))


def test_every_filter_survives_the_address():
    filters = BrowseFilters(
        q="python für alle & more",
        category="web-development",
        level="beginner",
        language="de",
        min_price=5,
        max_price=30,
        free=True,
        min_rating="4.5",
        sort="price_desc",
        page=3,
    )
    assert _roundtrip(browse_href(filters)) == filters


def test_defaults_make_a_bare_address():
    assert browse_href(BrowseFilters()) == "/courses"
    assert browse_href(BrowseFilters(q="go", page=1)) == "/courses?q=go"


def test_values_that_make_no_sense_are_dropped():
    filters = parse_browse_query(
        {
            "level": "expert",
            "language": "xx",
            "category": "../../etc",
            "sort": "cheapest",
            "page": "-4",
            "min_price": "abc",
            "max_price": "99999999999",
            "min_rating": "9",
            "free": "maybe",
        }
    )
    assert filters == BrowseFilters()


def test_prices_in_the_wrong_order_are_swapped_and_sent_in_cents():
    filters = parse_browse_query({"min_price": "40", "max_price": "10", "min_rating": "4.0"})
    assert (filters.min_price, filters.max_price, filters.min_rating) == (10, 40, "4")
    query = to_course_search(filters, page_size=12)
    assert (query.min_price, query.max_price, query.min_rating) == (1000, 4000, 4.0)


def test_changing_a_filter_goes_back_to_the_first_page():
    filters = BrowseFilters(q="sql", page=4)
    assert filters.with_changes(level="advanced").page == 1
    assert filters.with_changes(page=2).page == 2


def test_lengths_read_like_a_syllabus():
    assert clock(425) == "7:05"
    assert clock(3729) == "1:02:09"
    assert length_label(2520) == "42min"
    assert length_label(11100) == "3h 5m"
    assert length_label(7200) == "2h"


def test_learning_points_come_out_of_the_description():
    points, rest = split_learning_points(
        "Intro.\n\n## What you'll learn\n- One\n* Two\n\n## Who this course is for\nYou."
    )
    assert points == ["One", "Two"]
    assert rest == "Intro.\n\n## Who this course is for\nYou."
    assert split_learning_points("No list here.") == ([], "No list here.")


def test_repeated_filters_survive_the_address_and_reach_the_search():
    from urllib.parse import parse_qs

    href = (
        "/courses?level=intermediate&level=beginner&language=de&language=en&duration=1-3"
        "&duration=17-plus&price=free&rating=3.5&level=expert&duration=2-4"
    )
    filters = parse_browse_query(parse_qs(urlsplit(href).query))
    assert filters.level == ("beginner", "intermediate")  # sorted; "expert" dropped
    assert filters.language == ("de", "en") and filters.duration == ("1-3", "17-plus")
    assert (filters.free, filters.paid, filters.min_rating) == (True, False, "3.5")
    assert filters.active_count == 8
    assert browse_href(filters) == (
        "/courses?level=beginner&level=intermediate&language=de&language=en"
        "&duration=1-3&duration=17-plus&price=free&rating=3.5"
    )
    assert parse_browse_query(parse_qs(urlsplit(browse_href(filters)).query)) == filters
    toggled = filters.toggled("level", "beginner")
    assert toggled.level == ("intermediate",) and toggled.page == 1
    query = to_course_search(filters, page_size=12)
    assert [level.value for level in query.levels] == ["beginner", "intermediate"]
    assert (query.languages, query.durations, query.prices) == (
        ["de", "en"], ["1-3", "17-plus"], ["free"],
    )  # fmt: skip
    assert query.min_rating == 3.5


def test_older_links_still_open_their_search():
    filters = parse_browse_query({"free": "1", "min_rating": "4", "level": "advanced"})
    assert (filters.free, filters.min_rating, filters.level) == (True, "4", ("advanced",))
    assert browse_href(filters) == "/courses?level=advanced&price=free&rating=4"
    exact = parse_browse_query({"q": "javascrpt", "spell": "off"})
    assert exact.exact and browse_href(exact) == "/courses?q=javascrpt&spell=off"
    assert not exact.with_changes(q="javascript").exact
