"""What the reviews domain holds about one person, for their data archive."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from udemy_clone.core.db import as_utc
from udemy_clone.reviews.models import Review


def reviews_written_by(*, session: Session, user_id: int) -> list[dict[str, Any]]:
    """Every review the person wrote (hidden ones too), oldest first, as plain JSON values."""
    rows = session.exec(
        select(Review).where(col(Review.author_id) == user_id).order_by(col(Review.id))
    )
    return [
        {
            "id": r.id,
            "course_id": r.course_id,
            "rating": r.rating,
            "comment": r.comment,
            "helpful_count": r.helpful_count,
            "hidden": r.is_hidden,
            "created_at": as_utc(r.created_at).isoformat(),
            "updated_at": as_utc(r.updated_at).isoformat(),
        }
        for r in rows
    ]
