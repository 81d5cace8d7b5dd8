"""What people may write: whole stars 1-5, plain-text comments of 1-5000 characters."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from udemy_clone.reviews.models import (
    COMMENT_MAX,
    ReasonInput,
    ReplyCreate,
    ReviewCreate,
    ReviewUpdate,
    clean_text,
)


@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
def test_whole_stars_from_one_to_five(rating):
    assert ReviewCreate(rating=rating, comment="ok").rating == rating


@pytest.mark.parametrize("rating", [0, 6, -1, 3.5, 4.0, "4", "four", True, None, [4]])
def test_other_ratings_are_refused(rating):
    with pytest.raises(ValidationError):
        ReviewCreate.model_validate({"rating": rating, "comment": "ok"})


def test_comment_is_trimmed_and_limited():
    assert ReviewCreate(rating=3, comment="  fine  ").comment == "fine"
    assert len(ReviewCreate(rating=3, comment="a" * COMMENT_MAX).comment) == COMMENT_MAX
    for comment in ("", "   ", "\n\t", "a" * (COMMENT_MAX + 1), "a" * 20_480):
        with pytest.raises(ValidationError):
            ReviewCreate(rating=3, comment=comment)


def test_control_characters_go_and_markup_stays_text():
    assert clean_text("a\x00b\x07c\r\nd\te") == "abc\nd\te"
    assert clean_text(" <script>alert(1)</script> ") == "<script>alert(1)</script>"


def test_update_needs_a_rating_or_a_comment():
    with pytest.raises(ValidationError):
        ReviewUpdate()
    assert ReviewUpdate(rating=2).comment is None
    assert ReviewUpdate(comment=" new ").comment == "new"


def test_reply_and_reason_limits():
    assert ReplyCreate(body=" Thanks! ").body == "Thanks!"
    with pytest.raises(ValidationError):
        ReplyCreate(body=" ")
    with pytest.raises(ValidationError):
        ReasonInput(reason="no")
    with pytest.raises(ValidationError):
        ReviewCreate.model_validate({"rating": 3, "comment": "ok", "extra": 1})
