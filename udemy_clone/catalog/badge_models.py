"""Course badges ("Bestseller", "Highest rated") as the badge rollup last awarded them.

The rules live in `stats/badges.py` (they need 30 days of sales); this table is the
catalog's copy of the outcome, read with every course card. Rows are replaced as a whole
by each rollup, so rerunning it changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, DateTime, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow


class BadgeKind(StrEnum):
    bestseller = "bestseller"
    highest_rated = "highest_rated"


BADGE_LABELS: dict[str, str] = {
    BadgeKind.bestseller.value: "Bestseller",
    BadgeKind.highest_rated.value: "Highest rated",
}


class CourseBadge(SQLModel, table=True):
    """One badge a course holds (a course may hold both kinds)."""

    __tablename__ = "course_badges"

    course_id: int = Field(
        sa_column=Column(Integer, ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True)
    )
    kind: str = Field(primary_key=True, max_length=20)
    # The course's place among its category's courses by the badge's measure (1 = first).
    rank: int = 1
    computed_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
