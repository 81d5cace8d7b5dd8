"""Moderation queue items as the admin page shows them."""

from __future__ import annotations

import dataclasses

from udemy_clone.reviews.models import (
    ModerationItem,
)
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.format import format_date


@dataclasses.dataclass
class ModerationRow:
    """A review in the admin queue."""

    review_id: int = 0
    course_title: str = ""
    course_href: str = ""
    author: str = ""
    rating: int = 0
    stars: str = "0%"
    comment: str = ""
    date: str = ""
    report_count: int = 0
    report_label: str = ""
    reports: list[str] = dataclasses.field(default_factory=list)
    hidden_reason: str = ""


def moderation_row(item: ModerationItem) -> ModerationRow:
    """The display shape of a review in the moderation queue."""
    return ModerationRow(
        review_id=item.review.id,
        course_title=item.course.title,
        course_href=routes.course_reviews_url(item.course.slug),
        author=item.review.author.full_name,
        rating=item.review.rating,
        stars=stars_percent(item.review.rating),
        comment=item.review.comment,
        date=format_date(item.review.created_at),
        report_count=item.open_report_count,
        report_label=f"{item.open_report_count} open report"
        + ("" if item.open_report_count == 1 else "s"),
        reports=[f"{r.reporter.full_name}: {r.reason}" for r in item.reports],
        hidden_reason=item.review.hidden_reason or "",
    )
