"""GET /courses with multi-value filters: repeated parameters, facet counts, the older
single-value parameters, and clear 422s for values it does not know."""

from __future__ import annotations

import pytest

from tests.support.factories import make_category, make_published_course
from tests.support.http import API, assert_error


@pytest.fixture
def catalogue(api, drain_outbox):
    development = make_category(name="Development")
    courses = {
        name: make_published_course(
            title=title, category_id=development.id, level=level, language=language,
            price_cents=price,
        )
        for name, title, level, language, price in [
            ("py", "Python Basics", "beginner", "en", 0),
            ("dj", "Django Deep Dive", "intermediate", "en", 2999),
            ("ml", "Machine Learning", "advanced", "en", 4999),
            ("es", "Programación en Python", "beginner", "es", 1999),
            ("de", "Python für alle", "intermediate", "de", 0),
        ]
    }  # fmt: skip
    drain_outbox()
    return courses


def ids(response) -> set[int]:
    assert response.status_code == 200, response.text
    return {c["id"] for c in response.json()["items"]}


def test_repeated_values_widen_and_different_filters_narrow(api, catalogue):
    c = catalogue
    one = api.get(f"{API}/courses?level=beginner")
    assert ids(one) == {c["py"].id, c["es"].id}
    two = api.get(f"{API}/courses?level=beginner&level=intermediate")
    assert ids(two) == {c["py"].id, c["es"].id, c["dj"].id, c["de"].id}
    narrowed = api.get(f"{API}/courses?level=beginner&level=intermediate&language=en")
    assert ids(narrowed) == {c["py"].id, c["dj"].id}
    languages = api.get(f"{API}/courses?language=es&language=de")
    assert ids(languages) == {c["es"].id, c["de"].id}
    assert ids(api.get(f"{API}/courses?price=free")) == {c["py"].id, c["de"].id}
    assert ids(api.get(f"{API}/courses?price=free&price=paid")) == {x.id for x in c.values()}
    assert ids(api.get(f"{API}/courses?price=paid&level=beginner")) == {c["es"].id}


def test_each_facet_counts_without_its_own_filter(api, catalogue):
    body = api.get(f"{API}/courses?level=beginner&language=en").json()
    assert body["total"] == 1
    facets = body["facets"]
    assert set(facets) == {"category", "level", "language", "rating", "duration", "price"}
    # levels of the English courses (the level filter is left out of its own counts)
    assert facets["level"] == {"beginner": 1, "intermediate": 1, "advanced": 1}
    # languages of the beginner courses
    assert facets["language"] == {"en": 1, "es": 1}
    assert facets["price"] == {"free": 1}
    assert facets["duration"] == {"0-1": 1}  # the factory's lectures last five minutes
    assert facets["rating"] == {}  # nobody rated these yet


def test_duration_and_rating_filters(api, catalogue):
    assert len(ids(api.get(f"{API}/courses?duration=0-1"))) == 5
    assert ids(api.get(f"{API}/courses?duration=1-3&duration=17-plus")) == set()
    assert ids(api.get(f"{API}/courses?rating=4.5")) == set()
    assert len(ids(api.get(f"{API}/courses?rating=3.0&min_rating=0"))) == 0
    assert len(ids(api.get(f"{API}/courses?min_rating=0"))) == 5


def test_the_single_value_parameters_still_work(api, catalogue):
    c = catalogue
    assert ids(api.get(f"{API}/courses?level=advanced")) == {c["ml"].id}
    assert ids(api.get(f"{API}/courses?language=de")) == {c["de"].id}
    assert ids(api.get(f"{API}/courses?free=true")) == {c["py"].id, c["de"].id}
    assert ids(api.get(f"{API}/courses?free=false&level=beginner")) == {c["es"].id}
    # free=true and price=paid cannot both hold
    assert ids(api.get(f"{API}/courses?free=true&price=paid")) == set()


@pytest.mark.parametrize(
    "query",
    [
        "level=beginner&level=expert",
        "duration=2-4",
        "duration=17%2B",
        "price=cheap",
        "rating=4.2",
        "rating=6",
        "language=" + "x" * 21,
        "&".join(f"level=beginner&language=l{n}" for n in range(21)),
    ],
)
def test_unknown_filter_values_are_422_with_a_sentence(api, query):
    response = api.get(f"{API}/courses?{query}")
    assert_error(response, 422, "validation_error")
    assert response.json()["error"]["message"].strip()


def test_the_openapi_schema_lists_the_repeatable_filters(api):
    schema = api.get(f"{API}/openapi.json").json()
    params = {p["name"]: p for p in schema["paths"]["/api/v1/courses"]["get"]["parameters"]}
    for name in ("level", "language", "duration", "price"):
        assert params[name]["schema"]["anyOf"][0]["type"] == "array", name
    assert "rating" in params
