"""Course badges as the catalog keeps them: replaced by the badge rollup, read with cards.

Which course deserves which badge is the stats domain's rule (`stats/badges.py`: it needs
the last 30 days of sales); the catalog stores the outcome and shows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from udemy_clone.catalog import read_cache
from udemy_clone.catalog.badge_models import BadgeKind, CourseBadge
from udemy_clone.catalog.models import Course
from udemy_clone.core import db
from udemy_clone.core.db import utcnow

# The order badges are shown in (a card shows the first).
BADGE_ORDER: tuple[str, ...] = (BadgeKind.bestseller.value, BadgeKind.highest_rated.value)


def course_badges(*, session: Session, course_ids: Sequence[int]) -> dict[int, list[str]]:
    """The badges of these courses (bestseller first); courses without any are left out."""
    ids = sorted({int(i) for i in course_ids})
    if not ids:
        return {}
    found: dict[int, list[str]] = {}
    for course_id, kind in session.exec(
        select(CourseBadge.course_id, CourseBadge.kind).where(col(CourseBadge.course_id).in_(ids))
    ):
        found.setdefault(int(course_id), []).append(str(kind))
    return {cid: sorted(kinds, key=badge_position) for cid, kinds in found.items()}


def badge_position(kind: str) -> int:
    return BADGE_ORDER.index(kind) if kind in BADGE_ORDER else len(BADGE_ORDER)


def replace_course_badges(
    *, session: Session, awards: Mapping[int, Mapping[str, int]]
) -> list[int]:
    """Make `awards` (course id -> {badge kind: rank}) the only badges; returns the ids of
    courses whose badges changed. Their cached cards and pages go stale after the commit."""
    unknown = {kind for kinds in awards.values() for kind in kinds} - set(BADGE_ORDER)
    if unknown:
        raise ValueError(f"Unknown badge kinds: {', '.join(sorted(unknown))}")
    before: dict[int, set[str]] = {}
    for course_id, kind in session.exec(select(CourseBadge.course_id, CourseBadge.kind)):
        before.setdefault(int(course_id), set()).add(str(kind))
    after = {int(cid): set(kinds) for cid, kinds in awards.items() if kinds}
    changed = sorted(cid for cid in set(before) | set(after) if before.get(cid) != after.get(cid))
    now = utcnow()
    rows = [
        {"course_id": int(cid), "kind": kind, "rank": int(rank), "computed_at": now}
        for cid, kinds in sorted(awards.items())
        for kind, rank in sorted(kinds.items())
    ]
    session.exec(delete(CourseBadge))  # type: ignore[call-overload]
    if rows:
        session.exec(insert(CourseBadge), params=rows)  # type: ignore[call-overload]
    if changed:
        # Pages are cached under the id and under the slug.
        slugs = list(session.exec(select(Course.slug).where(col(Course.id).in_(changed))))
        idents: list[int | str] = [*changed, *slugs]
        db.after_commit(session, lambda: read_cache.bump_courses(idents, lists=True))
    return changed
