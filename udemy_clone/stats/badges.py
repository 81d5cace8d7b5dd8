"""Course badges from real figures: "Bestseller" and "Highest rated" (the rules, in one place).

* **Bestseller**: among the best sellers of its category over the last BESTSELLER_DAYS days
  (net sales: refunds deducted): the top BESTSELLER_TOP_SHARE of the category's published
  courses (at least BESTSELLER_MIN_SLOTS), and at least BESTSELLER_MIN_SALES net sales.
* **Highest rated**: an average of HIGHEST_RATED_MIN_AVERAGE or more from at least
  HIGHEST_RATED_MIN_RATINGS ratings, and the best so rated in its category (ties: more
  ratings, then the older course id).

"Its category" is the course's own category (the last crumb of its breadcrumb). The rollup
(`rollup_badges`, hourly and after the stats rollup) recomputes every badge from the
figures and replaces the catalog's copy, so rerunning it changes nothing. docs/discovery.md
explains the thresholds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from udemy_clone.catalog import service as catalog_service
from udemy_clone.stats import service

BESTSELLER_DAYS = 30
BESTSELLER_TOP_SHARE = 0.10
BESTSELLER_MIN_SLOTS = 1
BESTSELLER_MIN_SALES = 3
HIGHEST_RATED_MIN_AVERAGE = 4.5
HIGHEST_RATED_MIN_RATINGS = 5
HIGHEST_RATED_SLOTS = 1

BESTSELLER = catalog_service.BadgeKind.bestseller.value
HIGHEST_RATED = catalog_service.BadgeKind.highest_rated.value


@dataclass(frozen=True, slots=True)
class BadgeFigures:
    """What the badge rules look at for one published course."""

    course_id: int
    category_id: int
    net_sales: int  # over the last BESTSELLER_DAYS days, refunds deducted
    rating_average: float
    rating_count: int


def bestseller_slots(published_in_category: int) -> int:
    """How many courses of a category with this many published courses can be bestsellers."""
    return max(BESTSELLER_MIN_SLOTS, math.floor(published_in_category * BESTSELLER_TOP_SHARE))


def award_badges(courses: Iterable[BadgeFigures]) -> dict[int, dict[str, int]]:
    """Course id -> {badge kind: rank in its category} by the rules of this module."""
    by_category: dict[int, list[BadgeFigures]] = defaultdict(list)
    for figures in courses:
        by_category[figures.category_id].append(figures)
    awards: dict[int, dict[str, int]] = defaultdict(dict)
    for members in by_category.values():
        sellers = sorted(members, key=lambda f: (-f.net_sales, f.course_id))
        for rank, figures in enumerate(sellers[: bestseller_slots(len(members))], start=1):
            if figures.net_sales >= BESTSELLER_MIN_SALES:
                awards[figures.course_id][BESTSELLER] = rank
        rated = sorted(
            (
                f
                for f in members
                if f.rating_count >= HIGHEST_RATED_MIN_RATINGS
                and f.rating_average >= HIGHEST_RATED_MIN_AVERAGE
            ),
            key=lambda f: (-f.rating_average, -f.rating_count, f.course_id),
        )
        for rank, figures in enumerate(rated[:HIGHEST_RATED_SLOTS], start=1):
            awards[figures.course_id][HIGHEST_RATED] = rank
    return dict(awards)


def badge_figures(*, session: Session, today: date) -> list[BadgeFigures]:
    """The figures of every published course: 30-day net sales (rollups plus today) and
    ratings."""
    briefs = {
        cid: brief
        for cid, brief in catalog_service.course_briefs(session=session).items()
        if brief.status == "published"
    }
    start = today - timedelta(days=BESTSELLER_DAYS - 1)
    totals = service.course_totals(session=session, start=start, today=today)
    return [
        BadgeFigures(
            course_id=cid,
            category_id=brief.category_id,
            net_sales=totals.get(cid, {}).get("sales", 0) - totals.get(cid, {}).get("refunds", 0),
            rating_average=float(brief.avg_rating),
            rating_count=int(brief.rating_count),
        )
        for cid, brief in briefs.items()
    ]


def rollup_badges(*, session: Session, today: date | None = None) -> list[int]:
    """Recompute every badge and replace the catalog's; returns the courses whose changed."""
    figures = badge_figures(session=session, today=today or service.today_utc())
    return catalog_service.replace_course_badges(session=session, awards=award_badges(figures))
