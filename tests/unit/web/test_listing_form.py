"""The course editor's whole-form submit: submitted fields in, service input or errors out."""

from __future__ import annotations

from typing import Any

from tests.unit.web.catalog_dtos import detail
from udemy_clone.catalog.models import CourseEditorView
from udemy_clone.web.pages.studio.listing_form import saved_listing, submitted_listing

FORM: dict[str, Any] = {
    "title": "Python basics",
    "subtitle": "From zero to scripts",
    "description": "A gentle start.",
    "category_id": "2",
    "price": "12.50",
    "currency": "USD",
    "level": "beginner",
    "language": "en",
    "course-title": "Python basics",  # the form also sends its fields' ids; they are ignored
}


def test_a_complete_form_becomes_the_service_input():
    listing, errors = submitted_listing(FORM, tags=["python"])
    assert errors == {}
    assert listing == {
        "title": "Python basics",
        "subtitle": "From zero to scripts",
        "description": "A gentle start.",
        "category_id": 2,
        "tags": ["python"],
        "price_cents": 1250,
        "currency": "USD",
        "level": "beginner",
        "language": "en",
    }


def test_a_free_course_ignores_whatever_the_hidden_price_field_holds():
    listing, errors = submitted_listing(FORM | {"is_free": "on", "price": "oops"}, tags=[])
    assert errors == {}
    assert listing is not None and listing["price_cents"] == 0


def test_every_wrong_field_gets_its_own_sentence():
    listing, errors = submitted_listing(
        {"title": " a ", "category_id": "", "price": "12.5", "currency": "JPY"}, tags=[]
    )
    assert listing is None
    assert errors == {
        "title": "Give the course a title of 3 to 120 characters.",
        "category_id": "Choose a category.",
        "price_cents": "JPY prices have no decimals.",
    }


def test_missing_choices_fall_back_to_the_defaults():
    listing, _ = submitted_listing({"title": "Python", "category_id": "2", "price": "5"}, tags=[])
    assert listing is not None
    assert (listing["currency"], listing["level"], listing["language"]) == ("USD", "all", "en")


def test_an_unchanged_submit_equals_the_saved_listing_and_a_change_does_not():
    course = detail(price_cents=1250, tags=["python"], description="A gentle start.")
    view = CourseEditorView(course=course, category_id=2, curriculum=[], can_submit=False)
    saved = saved_listing(view)
    listing, _ = submitted_listing(FORM, tags=["python"])
    assert listing == saved
    changed, _ = submitted_listing(FORM | {"subtitle": "New subtitle"}, tags=["python"])
    assert changed != saved
    retagged, _ = submitted_listing(FORM, tags=["python", "scripting"])
    assert retagged != saved
