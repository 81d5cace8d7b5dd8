"""Course cards, home rows and the course landing page: catalog DTOs in, display rows out."""

from __future__ import annotations

import pytest

from tests.unit.web.catalog_dtos import detail, summary
from udemy_clone.catalog.models import (
    HomeRow,
    RatingDetail,
    RatingSummary,
)
from udemy_clone.web.kit.course_views import card_view
from udemy_clone.web.pages.course.rows import (
    course_landing,
    curriculum_sections,
    initials,
    share_links,
)
from udemy_clone.web.pages.home.rows import card_rows


def test_a_card_shows_price_rating_and_links_to_the_course():
    card = card_view(summary())
    assert card.href == "/course/python-basics"
    assert (card.price, card.is_free) == ("$19.99", False)
    assert (card.has_rating, card.rating, card.stars, card.rating_count) == (
        True,
        "4.6",
        "91%",
        "(1,234)",
    )
    assert (card.level, card.level_color) == ("Beginner", "green")
    assert (card.students, card.video_length) == ("1 student", "1h 30m")
    assert card.instructor == "Ada Lovelace"


def test_a_free_unrated_course_without_thumbnail_gets_the_placeholder_and_no_stars():
    card = card_view(
        summary(price_cents=0, rating=RatingSummary(), thumbnail_url=None, level="odd_level")
    )
    assert (card.price, card.is_free) == ("Free", True)
    assert (card.has_rating, card.stars, card.rating) == (False, "0%", "New")
    assert card.thumbnail == ""  # the card draws its branded placeholder
    assert (card.level, card.level_color) == ("Odd level", "gray")


@pytest.mark.parametrize(
    ("cents", "currency", "shown"), [(1999, "EUR", "€19.99"), (1200, "JPY", "¥1,200")]
)
def test_cards_show_each_currency_in_its_own_format(cents: int, currency: str, shown: str):
    assert card_view(summary(price_cents=cents, currency=currency)).price == shown


def test_a_long_title_is_kept_whole_for_the_card_to_clamp():
    title = "A very long course title " * 8
    assert card_view(summary(title=title)).title == title


def test_home_rows_link_see_all_to_the_matching_catalogue_order():
    rows = card_rows(
        [
            HomeRow(key="popular", title="Most popular", courses=[summary()]),
            HomeRow(key="category-music", title="Music", courses=[]),
        ]
    )
    assert [r.see_all for r in rows] == [
        "/courses?sort=best_selling",
        "/courses?category=music&sort=best_selling",
    ]
    assert [c.slug for c in rows[0].courses] == ["python-basics"]
    assert rows[1].courses == []
    assert card_rows([]) == []


def test_the_landing_row_splits_learning_points_and_builds_the_breadcrumb():
    landing = course_landing(detail())
    assert landing.learn_points == ["Variables", "Loops"]
    assert landing.about_html == "<p>A gentle start.</p>\n"
    assert [(c.name, c.href) for c in landing.breadcrumb] == [
        ("Development", "/courses?category=development"),
        ("Python", "/courses?category=python"),
    ]
    assert (landing.instructor_initials, landing.price, landing.is_published) == (
        "AL",
        "$19.99",
        True,
    )
    assert (landing.lectures_label, landing.sections_label) == ("2 lectures", "2 sections")
    assert (landing.learn_href, landing.studio_href) == ("/learn/python-basics", "/studio/course/7")
    assert landing.rating_count == "1,234 ratings"


def test_an_unrated_free_draft_says_so():
    landing = course_landing(
        detail(price_cents=0, rating=RatingDetail(), status="in_review", thumbnail_url=None)
    )
    assert (landing.price, landing.is_free) == ("Free", True)
    assert (landing.has_rating, landing.stars, landing.rating) == (False, "0%", "New")
    assert (landing.is_published, landing.status_label) == (False, "in review")
    assert landing.thumbnail == ""


def test_the_curriculum_opens_its_first_section_and_links_previews_to_the_player():
    sections = curriculum_sections(detail())
    assert [(s.title, s.open) for s in sections] == [("Start", True), ("Later", False)]
    first = sections[0]
    assert first.summary == "2 lectures • 11min"
    assert [(lec.title, lec.duration, lec.is_preview) for lec in first.lectures] == [
        ("Hello", "1:15", True),
        ("Loops", "10:00", False),
    ]
    assert first.lectures[0].href == "/learn/python-basics/11"
    assert first.lectures[1].href == ""  # not a preview: no link, nothing kept in the state
    assert sections[1].summary == "0 lectures • 0min"
    assert curriculum_sections(detail(sections=[])) == []


def test_initials_of_names_of_any_length():
    assert initials("Ada Lovelace King") == "AL"
    assert initials("plato") == "P"
    assert initials("   ") == "?"


def test_share_links_carry_the_encoded_address_and_title() -> None:
    links = {link.label: link.href for link in share_links("https://x.test/course/a b", "C & D")}
    body = "https%3A%2F%2Fx.test%2Fcourse%2Fa%20b"
    assert links["Email"] == f"mailto:?subject=C%20%26%20D&body={body}"
    assert links["X"].startswith("https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.test")
    assert set(links) == {"Email", "X", "LinkedIn", "Facebook"}


def test_every_share_icon_is_one_lucide_draws():
    # Lucide has no brand logos: "twitter", "linkedin" or "facebook" would draw nothing
    icons = {link.icon for link in share_links("https://x.test/course/a", "A")}
    assert icons == {"mail", "message-circle", "briefcase-business", "users"}
