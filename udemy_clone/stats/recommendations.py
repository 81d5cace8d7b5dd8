"""Recommendations: "Students also bought" and "Because you viewed ..." rows.

Affinities come from co-purchases: for each course, the other courses its active students also
have, counted by a rollup job (`rebuild_affinities`, hourly on the scheduler) into
`stats_course_affinity`, so reading them is one indexed query. When a course has too few
co-purchases (new courses, a young shop), the list is topped up with the best sellers of the same
category, then of its parent category. Views of course pages by signed-in people are kept
(`record_course_view`, the last MAX_VIEWS_PER_USER per person) to build the home page's
"Because you viewed" rows. Functions are keyword-only and never commit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, insert, update
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import CourseSummary
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import NotFound
from udemy_clone.orders import service as orders_service
from udemy_clone.stats.models import RecommendationRow, StatsCourseAffinity, StatsCourseView

# Related courses kept per course by the rollup; pages show fewer.
AFFINITIES_PER_COURSE = 24
ALSO_BOUGHT_LIMIT = 8
MAX_VIEWS_PER_USER = 20
VIEWED_ROWS = 2


def rebuild_affinities(*, session: Session) -> int:
    """Recount co-purchases from the enrollments and replace the table; returns rows written."""
    by_course: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for course_id, other_id, shared in orders_service.co_enrollment_counts(session=session):
        by_course[course_id].append((shared, other_id))
    now = utcnow()
    rows = [
        {
            "course_id": course_id,
            "related_course_id": other_id,
            "shared_students": shared,
            "computed_at": now,
        }
        for course_id, pairs in by_course.items()
        for shared, other_id in sorted(pairs, key=lambda p: (-p[0], p[1]))[:AFFINITIES_PER_COURSE]
    ]
    session.exec(delete(StatsCourseAffinity))  # type: ignore[call-overload]
    if rows:
        session.exec(insert(StatsCourseAffinity), params=rows)  # type: ignore[call-overload]
    return len(rows)


def also_bought_ids(
    *, session: Session, course_id: int, exclude_ids: Sequence[int] = (), limit: int = 8
) -> list[int]:
    """Ids of courses the course's students also have, topped up from the same category."""
    excluded = {course_id, *exclude_ids}
    statement = (
        select(StatsCourseAffinity.related_course_id)
        .where(col(StatsCourseAffinity.course_id) == course_id)
        .order_by(
            col(StatsCourseAffinity.shared_students).desc(),
            col(StatsCourseAffinity.related_course_id),
        )
    )
    ids = [int(cid) for cid in session.exec(statement) if cid not in excluded]
    if len(ids) < limit:
        ids += catalog_service.same_category_course_ids(
            session=session, course_id=course_id, exclude_ids=[*excluded, *ids], limit=limit
        )
    return list(dict.fromkeys(ids))


def _require_published(session: Session, course_id: int) -> None:
    brief = catalog_service.course_briefs(session=session, course_ids=[course_id]).get(course_id)
    if brief is None or brief.status != "published":
        raise NotFound("There is no published course with this id.", code="course_not_found")


def students_also_bought(
    *,
    session: Session,
    course_id: int,
    viewer_id: int | None = None,
    limit: int = ALSO_BOUGHT_LIMIT,
) -> list[CourseSummary]:
    """Published course cards for a course page; the viewer's own courses are left out."""
    _require_published(session, course_id)
    owned: set[int] = set()
    if viewer_id:
        owned = orders_service.enrolled_course_ids(session=session, user_id=viewer_id)
    ids = also_bought_ids(
        session=session, course_id=course_id, exclude_ids=sorted(owned), limit=limit * 2
    )
    return catalog_service.published_summaries(session=session, course_ids=ids)[:limit]


def record_course_view(*, session: Session, user_id: int, course_id: int) -> None:
    """Remember that this person opened this course's page now (keeps their last 20)."""
    now = utcnow()
    result = session.exec(
        update(StatsCourseView)  # type: ignore[call-overload]
        .where(col(StatsCourseView.user_id) == user_id, col(StatsCourseView.course_id) == course_id)
        .values(viewed_at=now)
    )
    if result.rowcount:
        return
    with session.begin_nested():
        session.add(StatsCourseView(user_id=user_id, course_id=course_id, viewed_at=now))
    stale = list(
        session.exec(
            select(StatsCourseView.course_id)
            .where(col(StatsCourseView.user_id) == user_id)
            .order_by(col(StatsCourseView.viewed_at).desc(), col(StatsCourseView.course_id))
            .offset(MAX_VIEWS_PER_USER)
        )
    )
    if stale:
        session.exec(
            delete(StatsCourseView).where(  # type: ignore[call-overload]
                col(StatsCourseView.user_id) == user_id, col(StatsCourseView.course_id).in_(stale)
            )
        )


def record_published_course_view(*, session: Session, user_id: int, course_id: int) -> None:
    """`record_course_view` for a course that must be published (404 otherwise)."""
    _require_published(session, course_id)
    record_course_view(session=session, user_id=user_id, course_id=course_id)


def recently_viewed_ids(
    *, session: Session, user_id: int, limit: int = MAX_VIEWS_PER_USER
) -> list[int]:
    """The courses this person opened, most recent first."""
    return [
        int(cid)
        for cid in session.exec(
            select(StatsCourseView.course_id)
            .where(col(StatsCourseView.user_id) == user_id)
            .order_by(col(StatsCourseView.viewed_at).desc(), col(StatsCourseView.course_id))
            .limit(limit)
        )
    ]


def because_you_viewed(
    *, session: Session, user_id: int, rows: int = VIEWED_ROWS, per_row: int = 10
) -> list[RecommendationRow]:
    """Rows for the home page: courses like the ones this person opened lately.

    A row is seeded by a recently viewed published course the person does not own; it lists
    courses its buyers also bought (then same category), leaving out what the person owns and
    what an earlier row already showed.
    """
    owned = orders_service.enrolled_course_ids(session=session, user_id=user_id)
    viewed = recently_viewed_ids(session=session, user_id=user_id)
    seeds = catalog_service.published_summaries(
        session=session, course_ids=[cid for cid in viewed if cid not in owned]
    )
    shown: set[int] = set()
    result: list[RecommendationRow] = []
    for seed in seeds:
        ids = also_bought_ids(
            session=session,
            course_id=seed.id,
            exclude_ids=sorted(owned | shown),
            limit=per_row,
        )
        courses = catalog_service.published_summaries(session=session, course_ids=ids)[:per_row]
        if not courses:
            continue
        shown.update(c.id for c in courses)
        result.append(
            RecommendationRow(
                key=f"viewed-{seed.id}",
                title=f"Because you viewed “{seed.title}”",
                seed_course_id=seed.id,
                seed_slug=seed.slug,
                courses=courses,
            )
        )
        if len(result) >= rows:
            break
    return result
