"""The home page's rows of course cards, built from the catalog's home rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from udemy_clone.catalog.models import HomeRow
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.course_views import CourseCard, card_view

# "See all" of the fixed rows: the catalogue in the row's order
SEE_ALL = {
    "popular": routes.browse_url(sort="best_selling"),
    "top-rated": routes.browse_url(sort="rating"),
    "new": routes.browse_url(sort="newest"),
}


@dataclass
class CardRow:
    """One titled, scrolling row of course cards with its "See all" link."""

    key: str = ""
    title: str = ""
    see_all: str = ""
    courses: list[CourseCard] = field(default_factory=list)


def see_all_url(key: str) -> str:
    """Where a row's "See all" leads: a fixed row's order, or its category's best sellers."""
    return SEE_ALL.get(
        key, routes.browse_url(category=key.removeprefix("category-"), sort="best_selling")
    )


def card_rows(rows: list[HomeRow]) -> list[CardRow]:
    """The catalog's home rows as rows of cards."""
    return [
        CardRow(
            key=row.key,
            title=row.title,
            see_all=see_all_url(row.key),
            courses=[card_view(course) for course in row.courses],
        )
        for row in rows
    ]
