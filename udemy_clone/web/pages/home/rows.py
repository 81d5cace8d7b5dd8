"""The home page's rows of course cards, category chips and best sellers as typed rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from udemy_clone.catalog.models import HomeRow
from udemy_clone.orders.models import PriceQuotePublic
from udemy_clone.stats.models import RecommendationRow, TopSellingCourse
from udemy_clone.taxonomy.models import CategoryNode
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.chart_rows import money_text
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


@dataclass
class CategoryChip:
    """A top-level category in the "Explore" chips, linking to its courses."""

    name: str = ""
    href: str = ""


@dataclass
class TopSellingRow:
    """A best seller: its rank, how many sold, revenue in every currency."""

    rank: int = 0
    title: str = ""
    href: str = ""
    sales: int = 0
    sales_text: str = ""
    revenue_text: str = ""


def see_all_url(key: str) -> str:
    """Where a row's "See all" leads: a fixed row's order, or its category's best sellers."""
    return SEE_ALL.get(
        key, routes.browse_url(category=key.removeprefix("category-"), sort="best_selling")
    )


def card_rows(
    rows: list[HomeRow], quotes: dict[int, PriceQuotePublic] | None = None
) -> list[CardRow]:
    """The catalog's home rows as rows of cards (with `quotes`: today's sale prices)."""
    quotes = quotes or {}
    return [
        CardRow(
            key=row.key,
            title=row.title,
            see_all=see_all_url(row.key),
            courses=[card_view(course, quotes.get(course.id)) for course in row.courses],
        )
        for row in rows
    ]


def viewed_rows(
    rows: list[RecommendationRow], quotes: dict[int, PriceQuotePublic] | None = None
) -> list[CardRow]:
    """ "Because you viewed ..." rows; "See all" leads back to the course that was viewed."""
    quotes = quotes or {}
    return [
        CardRow(
            key=row.key,
            title=row.title,
            see_all=routes.course_url(row.seed_slug),
            courses=[card_view(course, quotes.get(course.id)) for course in row.courses],
        )
        for row in rows
    ]


def category_chips(tree: list[CategoryNode]) -> list[CategoryChip]:
    """The top-level categories that have published courses, in the tree's order."""
    return [
        CategoryChip(name=node.name, href=routes.browse_url(category=node.slug))
        for node in tree
        if node.course_count
    ]


def top_selling_rows(ranked: list[TopSellingCourse]) -> list[TopSellingRow]:
    """Best sellers ranked from 1."""
    return [
        TopSellingRow(
            rank=n,
            title=c.title,
            href=routes.course_url(c.slug),
            sales=c.sales,
            sales_text=f"{c.sales} sold",
            revenue_text=money_text(c.revenue_by_currency),
        )
        for n, c in enumerate(ranked, 1)
    ]
