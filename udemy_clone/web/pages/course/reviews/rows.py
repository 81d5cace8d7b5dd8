"""Reviews as the course page shows them: typed rows built from the service's DTOs."""

from __future__ import annotations

import dataclasses

from udemy_clone.reviews.models import (
    ReviewPublic,
)
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.format import format_date
from udemy_clone.web.pages.course.rows import initials


@dataclasses.dataclass
class ReviewRow:
    """A review as the section shows it."""

    id: int = 0
    author: str = ""
    initials: str = ""
    rating: int = 0
    stars: str = "0%"
    comment: str = ""
    date: str = ""
    progress_label: str = ""
    helpful_count: int = 0
    voted_helpful: bool = False
    is_mine: bool = False
    edited: bool = False
    has_reply: bool = False
    reply_author: str = ""
    reply_body: str = ""
    reply_date: str = ""
    hidden: bool = False
    hidden_reason: str = ""


@dataclasses.dataclass
class StarBar:
    """One line of the distribution: "5 stars ████░░ 62%"."""

    star: int = 0
    count: int = 0
    percent: str = "0%"


def share(part: int, whole: int) -> str:
    """A part of a whole as a rounded percentage ("62%"); "0%" of nothing."""
    return f"{round(part * 100 / whole) if whole else 0}%"


def review_row(review: ReviewPublic) -> ReviewRow:
    """The display shape of a review."""
    progress = review.progress_percent
    if progress >= 100:
        progress_label = "Finished the course"
    elif progress > 0:
        progress_label = f"{progress}% through the course"
    else:
        progress_label = "Just started"
    reply = review.reply
    return ReviewRow(
        id=review.id,
        author=review.author.full_name,
        initials=initials(review.author.full_name),
        rating=review.rating,
        stars=stars_percent(review.rating),
        comment=review.comment,
        date=format_date(review.created_at),
        progress_label=progress_label,
        helpful_count=review.helpful_count,
        voted_helpful=review.voted_helpful,
        is_mine=review.is_mine,
        edited=review.edited,
        has_reply=reply is not None,
        reply_author=reply.instructor.full_name if reply else "",
        reply_body=reply.body if reply else "",
        reply_date=format_date(reply.updated_at) if reply else "",
        hidden=review.is_hidden,
        hidden_reason=review.hidden_reason or "",
    )
