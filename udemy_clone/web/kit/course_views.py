"""Catalog data as the public pages print it: typed rows of display-ready strings.

`card_view(summary)` builds the `CourseCard` that `course_card.course_card` shows; every page
with course cards (home rows, browse results) builds its cards with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from udemy_clone.catalog.models import LANGUAGES, CourseSummary
from udemy_clone.catalog.service import BADGE_LABELS
from udemy_clone.core import db
from udemy_clone.core.money import format_price
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.models import PriceQuotePublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.format import count_label, length_label, rating_label

LEVEL_LABELS = {
    "beginner": "Beginner",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
    "all": "All levels",
}
LEVEL_COLORS = {"beginner": "green", "intermediate": "blue", "advanced": "orange", "all": "gray"}


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level.replace("_", " ").capitalize())


def language_label(code: str) -> str:
    return LANGUAGES.get(code, code.upper())


@dataclass
class CourseCard:
    """One course card: every string already formatted for display."""

    id: int = 0
    slug: str = ""
    href: str = ""
    title: str = ""
    subtitle: str = ""
    instructor: str = ""
    thumbnail: str = ""  # "" → the branded placeholder
    has_rating: bool = False
    rating: str = ""
    stars: str = "0%"
    rating_count: str = ""
    price: str = ""
    is_free: bool = False
    # a sale (public coupon): the list price struck through beside `price`
    list_price: str = ""
    discounted: bool = False
    level: str = ""
    level_color: str = "gray"
    video_length: str = ""  # "length" would shadow Var.length()
    students: str = ""
    # "Bestseller" or "Highest rated" ("" = none); a card shows one badge, bestseller first
    badge: str = ""
    badge_kind: str = ""


def badge_label(kind: str) -> str:
    """The words of a badge kind ("bestseller" -> "Bestseller")."""
    return BADGE_LABELS.get(kind, kind.replace("_", " ").capitalize())


def card_view(summary: CourseSummary, quote: PriceQuotePublic | None = None) -> CourseCard:
    """A course summary from the catalog as a card (see course_card.course_card); with a
    quote (orders pricing: the price checkout charges), its sale price."""
    rating = summary.rating
    discounted = quote is not None and quote.discount_cents > 0
    return CourseCard(
        id=summary.id,
        slug=summary.slug,
        href=routes.course_url(summary.slug),
        title=summary.title,
        subtitle=summary.subtitle,
        instructor=summary.instructor.full_name,
        thumbnail=summary.thumbnail_url or "",
        has_rating=rating.count > 0,
        rating=rating_label(rating.average, rating.count),
        stars=stars_percent(rating.average),
        rating_count=f"({rating.count:,})",
        price=format_price(quote.price_cents, quote.currency)
        if quote is not None and discounted
        else format_price(summary.price_cents, summary.currency),
        is_free=summary.price_cents == 0,
        list_price=format_price(summary.price_cents, summary.currency) if discounted else "",
        discounted=discounted,
        level=level_label(summary.level),
        level_color=LEVEL_COLORS.get(summary.level, "gray"),
        video_length=length_label(summary.duration_seconds),
        students=count_label(summary.enrollment_count, "student"),
        badge=badge_label(summary.badges[0]) if summary.badges else "",
        badge_kind=summary.badges[0] if summary.badges else "",
    )


_LEARN_HEADING = re.compile(r"^#{1,6}\s*what\s+you(?:'|’|\s+wi)ll\s+learn\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*+]\s+(.+?)\s*$")


def sale_quotes(summaries: Sequence[CourseSummary]) -> dict[int, PriceQuotePublic]:
    """Today's prices of these courses (the sales applied), by id: one pricing query."""
    bases = [
        orders_service.PriceBasis(s.id, s.instructor.id, s.price_cents, s.currency)
        for s in summaries
    ]
    if not bases:
        return {}
    with db.read_session() as session:
        return orders_service.quote_courses(session=session, courses=bases)


def sale_cards(summaries: Sequence[CourseSummary]) -> list[CourseCard]:
    """Cards with today's sale prices."""
    quotes = sale_quotes(summaries)
    return [card_view(s, quotes.get(s.id)) for s in summaries]


def split_learning_points(description: str) -> tuple[list[str], str]:
    """The bullets under a "What you'll learn" heading, and the description without them."""
    lines = description.splitlines()
    for start, line in enumerate(lines):
        if not _LEARN_HEADING.match(line.strip()):
            continue
        points: list[str] = []
        end = start + 1
        while end < len(lines):
            bullet = _BULLET.match(lines[end])
            if bullet:
                points.append(bullet.group(1))
            elif lines[end].strip():
                break
            end += 1
        if points:
            rest = "\n".join(lines[:start] + lines[end:]).strip()
            return points, rest
    return [], description.strip()
