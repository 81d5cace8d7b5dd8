"""GET /search/suggest: typeahead over published course titles and category names."""

from __future__ import annotations

import pytest

from tests.support.factories import make_category, make_course, make_published_course
from tests.support.http import API, assert_error

SUGGEST = f"{API}/search/suggest"


@pytest.fixture
def catalogue(api, drain_outbox):
    development = make_category(name="Development")
    web = make_category(name="Web Development", parent_id=development.id)
    music = make_category(name="Music")
    courses = {
        "django": make_published_course(title="Django for Professionals", category_id=web.id),
        "python": make_published_course(title="Python Programming Basics",
                                        category_id=development.id),
        "guitar": make_published_course(title="Guitar Chords Made Simple", category_id=music.id),
    }
    make_course(title="Secret Draft About Python", category_id=web.id)
    drain_outbox()
    return {"courses": courses, "development": development, "web": web, "music": music}


def test_suggests_published_courses_and_categories(api, catalogue):
    response = api.get(SUGGEST, params={"q": "pyth"})
    assert response.status_code == 200, response.text
    body = response.json()
    python = catalogue["courses"]["python"]
    # submitting drew a course image from the title (the publishing checklist wants one)
    thumbnail = body["courses"][0]["thumbnail_url"]
    assert thumbnail.startswith(f"/api/v1/thumbnails/{python.id}/")
    assert body == {
        "query": "pyth",
        "courses": [{"id": python.id, "slug": python.slug, "title": python.title,
                     "thumbnail_url": thumbnail}],
        "categories": [],
    }


def test_categories_by_name_prefix(api, catalogue):
    body = api.get(SUGGEST, params={"q": "dev"}).json()
    development, web = catalogue["development"], catalogue["web"]
    assert body["categories"] == [
        {"id": development.id, "slug": development.slug, "name": "Development"},
        {"id": web.id, "slug": web.slug, "name": "Web Development"},
    ]
    assert body["courses"] == []
    assert [c["name"] for c in api.get(SUGGEST, params={"q": "mus"}).json()["categories"]] == [
        "Music"
    ]


def test_several_words_and_typos(api, catalogue):
    guitar = catalogue["courses"]["guitar"]
    assert [c["id"] for c in api.get(SUGGEST, params={"q": "guitar cho"}).json()["courses"]] == [
        guitar.id
    ]
    assert [c["id"] for c in api.get(SUGGEST, params={"q": "guitra"}).json()["courses"]] == [
        guitar.id
    ]


def test_limit(api, catalogue):
    body = api.get(SUGGEST, params={"q": "d", "limit": 1}).json()
    assert len(body["courses"]) == 1 and len(body["categories"]) == 1


def test_a_draft_is_never_suggested(api, catalogue):
    assert api.get(SUGGEST, params={"q": "secret"}).json()["courses"] == []


def test_is_public_and_in_the_openapi_document(api):
    schema = api.get(f"{API}/openapi.json").json()
    operation = schema["paths"]["/api/v1/search/suggest"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"q", "limit"}
    assert "security" not in operation or operation["security"] == []


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "x" * 101},
        {"q": "python", "limit": 0},
        {"q": "python", "limit": 21},
        {"q": "python", "limit": "many"},
    ],
)
def test_bad_input_is_a_4xx(api, catalogue, params):
    response = api.get(SUGGEST, params=params)
    assert 400 <= response.status_code < 500
    assert_error(response, response.status_code)


def test_blank_text_is_refused(api, catalogue):
    error = assert_error(api.get(SUGGEST, params={"q": "   "}), 422)
    assert "letter" in error["message"]


@pytest.mark.parametrize("q", ["'; DROP TABLE courses; --", "pyth*", "(", "🐍", "a:*", "!!!",
                               "\u202epython", "a & b | !c"])
def test_hostile_text_is_answered(api, catalogue, q):
    response = api.get(SUGGEST, params={"q": q})
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"query", "courses", "categories"}


def test_rate_limited_like_search(api, catalogue, monkeypatch):
    monkeypatch.setenv("RATE_LIMIT_PER_MINUTE", "3")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    try:
        statuses = [api.get(SUGGEST, params={"q": "py"}).status_code for _ in range(5)]
        assert statuses[:3] == [200] * 3
        assert statuses[3:] == [429, 429]
    finally:
        monkeypatch.setenv("RATE_LIMIT_PER_MINUTE", "100000")
        get_settings.cache_clear()
