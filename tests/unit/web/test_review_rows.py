"""Reviews on the course page and in moderation: reviews DTOs in, display rows out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from udemy_clone.reviews.models import (
    CourseRef,
    ModerationItem,
    PersonRef,
    ReplyPublic,
    ReportPublic,
    ReviewPublic,
)
from udemy_clone.web.pages.admin.moderation_rows import moderation_row
from udemy_clone.web.pages.course.reviews.rows import review_row, share

WHEN = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)


def review(**changes: Any) -> ReviewPublic:
    fields: dict[str, Any] = {
        "id": 5, "course_id": 7, "author": PersonRef(id=2, full_name="Grace Brewster Hopper"),
        "rating": 4, "comment": "Clear and practical.", "progress_percent": 40,
        "helpful_count": 3, "created_at": WHEN, "updated_at": WHEN, "edited": False,
    }  # fmt: skip
    return ReviewPublic(**(fields | changes))


def test_a_review_row_shows_author_stars_progress_and_no_reply():
    row = review_row(review())
    assert (row.author, row.initials, row.stars) == ("Grace Brewster Hopper", "GB", "80%")
    assert (row.progress_label, row.date) == ("40% through the course", "Apr 2, 2026")
    assert (row.has_reply, row.reply_author, row.reply_body, row.reply_date) == (False, "", "", "")
    assert (row.hidden, row.hidden_reason) == (False, "")


def test_progress_labels_at_the_start_and_the_end():
    assert review_row(review(progress_percent=0)).progress_label == "Just started"
    assert review_row(review(progress_percent=100)).progress_label == "Finished the course"


def test_a_reply_and_a_hidden_review():
    reply = ReplyPublic(
        instructor=PersonRef(id=3, full_name="Ada"), body="Thanks!", created_at=WHEN,
        updated_at=WHEN,
    )  # fmt: skip
    row = review_row(review(reply=reply, is_hidden=True, hidden_reason="Spam", comment=""))
    assert (row.has_reply, row.reply_author, row.reply_body) == (True, "Ada", "Thanks!")
    assert (row.hidden, row.hidden_reason, row.comment) == (True, "Spam", "")


def test_distribution_shares_round_and_survive_no_reviews():
    assert share(5, 8) == "62%"
    assert share(0, 0) == "0%"
    assert share(3, 3) == "100%"


def test_a_moderation_row_links_to_the_course_reviews_and_lists_the_reports():
    item = ModerationItem(
        review=review(rating=1),
        course=CourseRef(id=7, slug="python-basics", title="Python basics"),
        open_report_count=1,
        reports=[
            ReportPublic(reporter=PersonRef(id=9, full_name="Alan"), reason="Rude", created_at=WHEN)
        ],
    )
    row = moderation_row(item)
    assert row.course_href == "/course/python-basics/reviews"
    assert (row.report_label, row.reports, row.stars) == ("1 open report", ["Alan: Rude"], "20%")
    several = moderation_row(item.model_copy(update={"open_report_count": 2}))
    assert several.report_label == "2 open reports"
