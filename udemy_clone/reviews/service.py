"""The reviews domain's API: verified reviews, instructor replies, helpful votes, moderation.

Every rating change reaches the course's aggregates through `catalog_service.apply_rating_change`
in the caller's transaction, so the figures move with the review or not at all. Hidden reviews
do not count. Writes lock the review row first (then votes/reports, then the course row), one
order everywhere, so concurrent changes neither lose updates nor deadlock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, update
from sqlmodel import Session, SQLModel, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import cache, db, outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import service as playback_service
from udemy_clone.reviews.events import ReplyCreated, ReviewCreated, ReviewHidden
from udemy_clone.reviews.models import (
    CourseRef,
    ModerationItem,
    ModerationStatus,
    PersonRef,
    RatingSummary,
    ReasonInput,
    ReplyCreate,
    ReplyPublic,
    ReportPublic,
    Review,
    ReviewCreate,
    ReviewHelpfulVote,
    ReviewPage,
    ReviewPublic,
    ReviewReport,
    ReviewSort,
    ReviewUpdate,
)
from udemy_clone.reviews.personal_data import (  # re-exported
    reviews_written_by as reviews_written_by,
)

log = get_logger(__name__)

CACHE_TTL_SECONDS = 300
_REVIEW_NOT_FOUND = "This review does not exist or was removed."
_EDIT_GRACE = timedelta(seconds=1)


# ---- cache generations and idempotent inserts ----------------------------------------------


def _generation_key(course_id: int) -> str:
    return f"reviews:gen:{course_id}"


def _cache_generation(course_id: int) -> int | None:
    """The course's cache generation, bumped after each committed change (None: no cache)."""
    redis = get_redis()
    if redis is None:
        return None
    try:
        raw: Any = redis.get(_generation_key(course_id))
    except Exception as exc:
        log.warning("reviews_cache_generation_failed", course_id=course_id, error=str(exc))
        return None
    return int(raw or 0)


def _bump_generation(course_id: int) -> None:
    redis = get_redis()
    if redis is not None:
        # A new generation, not a delete: a reader that loaded before the commit stores its
        # result under the old generation, where nobody looks any more.
        redis.incr(_generation_key(course_id))


def _changed(session: Session, course_id: int) -> None:
    db.after_commit(session, lambda: _bump_generation(course_id))


def _cached(course_id: int, name: str, load: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    generation = _cache_generation(course_id)
    if generation is None:
        return load()
    return cache.cached_json(f"reviews:{course_id}:{generation}:{name}", CACHE_TTL_SECONDS, load)


def _insert_once(session: Session, model: type[SQLModel], values: dict[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; False when the unique key already had a row."""
    table: Any = model.__table__  # type: ignore[attr-defined]
    first_key = next(iter(table.primary_key.columns))
    return bool(db.insert_ignoring_duplicates(session, model, [values], returning=[first_key]))


# ---- reading -----------------------------------------------------------------------------------


def _is_admin(roles: Sequence[str]) -> bool:
    return "admin" in roles


def _visible_course(
    session: Session, course_id: int, viewer_id: int | None, viewer_roles: Sequence[str]
) -> Any:
    course = catalog_service.get_course(session=session, course_id=course_id)
    if not catalog_service.can_view(course, viewer_id=viewer_id, viewer_roles=viewer_roles):
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    return course


def _can_see(review: Review, viewer_id: int | None, viewer_roles: Sequence[str]) -> bool:
    return not review.is_hidden or review.author_id == viewer_id or _is_admin(viewer_roles)


def _review_for(
    session: Session,
    review_id: int,
    *,
    viewer_id: int | None,
    viewer_roles: Sequence[str] = (),
    lock: bool = False,
) -> Review:
    statement = select(Review).where(col(Review.id) == review_id)
    if lock:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    review = session.exec(statement).first()
    if review is None or not _can_see(review, viewer_id, viewer_roles):
        raise NotFound(_REVIEW_NOT_FOUND, code="review_not_found")
    return review


def to_public(
    *,
    session: Session,
    reviews: Sequence[Review],
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
) -> list[ReviewPublic]:
    """Reviews as people see them: names, reply, and what the viewer did with each."""
    if not reviews:
        return []
    user_ids = {r.author_id for r in reviews} | {
        r.reply_author_id for r in reviews if r.reply_author_id is not None
    }
    names = auth_service.display_names(session=session, user_ids=sorted(user_ids))
    voted: set[int] = set()
    if viewer_id is not None:
        voted = set(
            session.exec(
                select(ReviewHelpfulVote.review_id).where(
                    col(ReviewHelpfulVote.user_id) == viewer_id,
                    col(ReviewHelpfulVote.review_id).in_([r.id for r in reviews]),
                )
            )
        )
    items: list[ReviewPublic] = []
    for review in reviews:
        assert review.id is not None
        created, updated = as_utc(review.created_at), as_utc(review.updated_at)
        reply = None
        if review.reply_body is not None and review.replied_at is not None:
            instructor_id = review.reply_author_id or 0
            reply = ReplyPublic(
                instructor=PersonRef(id=instructor_id, full_name=names.get(instructor_id, "")),
                body=review.reply_body,
                created_at=as_utc(review.replied_at),
                updated_at=as_utc(review.reply_updated_at or review.replied_at),
            )
        privileged = review.author_id == viewer_id or _is_admin(viewer_roles)
        items.append(
            ReviewPublic(
                id=review.id,
                course_id=review.course_id,
                author=PersonRef(
                    id=review.author_id, full_name=names.get(review.author_id, "A student")
                ),
                rating=review.rating,
                comment=review.comment,
                progress_percent=review.progress_percent,
                helpful_count=review.helpful_count,
                created_at=created,
                updated_at=updated,
                edited=updated - created > _EDIT_GRACE,
                reply=reply,
                is_hidden=review.is_hidden,
                hidden_reason=review.hidden_reason if privileged else None,
                voted_helpful=review.id in voted,
                is_mine=review.author_id == viewer_id,
            )
        )
    return items


def _viewer_overlay(
    session: Session, items: list[ReviewPublic], viewer_id: int | None
) -> list[ReviewPublic]:
    """Mark the viewer's own reviews and votes on a (possibly cached) public page."""
    if viewer_id is None or not items:
        return items
    voted = set(
        session.exec(
            select(ReviewHelpfulVote.review_id).where(
                col(ReviewHelpfulVote.user_id) == viewer_id,
                col(ReviewHelpfulVote.review_id).in_([i.id for i in items]),
            )
        )
    )
    return [
        item.model_copy(
            update={"voted_helpful": item.id in voted, "is_mine": item.author.id == viewer_id}
        )
        for item in items
    ]


def rating_summary(
    *,
    session: Session,
    course_id: int,
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
) -> RatingSummary:
    """Average (one decimal), count and per-star counts of the course's visible reviews."""
    course = _visible_course(session, course_id, viewer_id, viewer_roles)

    def load() -> dict[str, Any]:
        return RatingSummary(
            course_id=course_id,
            average=catalog_service.rating_average(course),
            count=int(course.rating_count),
            distribution={str(n): int(getattr(course, f"rating_{n}")) for n in range(1, 6)},
        ).model_dump(mode="json")

    return RatingSummary.model_validate(_cached(course_id, "summary", load))


_ORDERINGS: dict[ReviewSort, tuple[Any, ...]] = {
    ReviewSort.newest: (col(Review.created_at).desc(), col(Review.id).desc()),
    ReviewSort.highest: (
        col(Review.rating).desc(),
        col(Review.created_at).desc(),
        col(Review.id).desc(),
    ),
    ReviewSort.lowest: (
        col(Review.rating).asc(),
        col(Review.created_at).desc(),
        col(Review.id).desc(),
    ),
    ReviewSort.helpful: (
        col(Review.helpful_count).desc(),
        col(Review.created_at).desc(),
        col(Review.id).desc(),
    ),
}


REVIEW_QUERY_MAX = 100


def review_query_words(q: str) -> list[str]:
    """The lower-cased words of a search in reviews (InvalidInput when it is too long)."""
    text = " ".join(str(q or "").split())
    if len(text) > REVIEW_QUERY_MAX:
        raise InvalidInput(f"Search reviews with at most {REVIEW_QUERY_MAX} characters.", field="q")
    return list(dict.fromkeys(text.lower().split()))[:8]


def _contains(word: str) -> str:
    """A LIKE pattern for text containing `word` (its %, _ and \\ taken literally)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_reviews(
    *,
    session: Session,
    course_id: int,
    sort: ReviewSort = ReviewSort.newest,
    rating: int | None = None,
    page: int = 1,
    page_size: int = 20,
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
    q: str = "",
) -> ReviewPage:
    """A page of the course's visible reviews, sorted, optionally of one star level and
    containing every word of `q` (case-insensitive; at most REVIEW_QUERY_MAX characters)."""
    _visible_course(session, course_id, viewer_id, viewer_roles)
    page, page_size = max(1, page), max(1, min(100, page_size))
    words = review_query_words(q)

    def load() -> dict[str, Any]:
        conditions = [col(Review.course_id) == course_id, col(Review.is_hidden).is_(False)]
        if rating is not None:
            conditions.append(col(Review.rating) == rating)
        for word in words:
            conditions.append(func.lower(col(Review.comment)).like(_contains(word), escape="\\"))
        total = session.exec(select(func.count(col(Review.id))).where(*conditions)).one()
        rows = session.exec(
            select(Review)
            .where(*conditions)
            .order_by(*_ORDERINGS[sort])
            .offset((page - 1) * page_size)
            .limit(page_size)
        ).all()
        items = to_public(session=session, reviews=rows)
        return ReviewPage(items=items, total=int(total), page=page, page_size=page_size).model_dump(
            mode="json"
        )

    result = ReviewPage.model_validate(
        _cached(
            course_id,
            f"list:{sort.value}:{rating or 0}:{page}:{page_size}:{' '.join(words)}",
            load,
        )
    )
    result.items = _viewer_overlay(session, result.items, viewer_id)
    return result


def get_review(
    *,
    session: Session,
    review_id: int,
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
) -> ReviewPublic:
    """One review (hidden ones only for their author and admins)."""
    review = _review_for(session, review_id, viewer_id=viewer_id, viewer_roles=viewer_roles)
    return to_public(
        session=session, reviews=[review], viewer_id=viewer_id, viewer_roles=viewer_roles
    )[0]


def find_own_review(*, session: Session, course_id: int, user_id: int) -> Review | None:
    """The user's review of the course, hidden or not."""
    return session.exec(
        select(Review).where(col(Review.course_id) == course_id, col(Review.author_id) == user_id)
    ).first()


def my_review(*, session: Session, course_id: int, user_id: int) -> ReviewPublic | None:
    """The user's review of the course as they see it (with the reason if it was hidden)."""
    review = find_own_review(session=session, course_id=course_id, user_id=user_id)
    if review is None:
        return None
    return to_public(session=session, reviews=[review], viewer_id=user_id)[0]


def review_refusal(*, session: Session, course_id: int, user_id: int) -> str | None:
    """Why the user may not write a review of the course now, as a sentence; None if they may."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    if course.owner_id == user_id:
        return "You cannot review your own course."
    if not orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id):
        return "Only students enrolled in this course can rate it."
    return None


def _progress(session: Session, user_id: int, course_id: int) -> int:
    try:
        value = playback_service.course_progress_percent(
            session=session, user_id=user_id, course_id=course_id
        )
    except DomainError:
        return 0
    return max(0, min(100, int(value or 0)))


# ---- writing -----------------------------------------------------------------------------------


def create_review(
    *, session: Session, course_id: int, author_id: int, data: ReviewCreate
) -> Review:
    """An enrolled student rates the course (one review per student and course)."""
    refusal = review_refusal(session=session, course_id=course_id, user_id=author_id)
    if refusal is not None:
        raise PermissionDenied(refusal, code="not_enrolled")
    now = utcnow()
    created = _insert_once(
        session,
        Review,
        {
            "course_id": course_id,
            "author_id": author_id,
            "rating": data.rating,
            "comment": data.comment,
            "progress_percent": _progress(session, author_id, course_id),
            "helpful_count": 0,
            "open_report_count": 0,
            "is_hidden": False,
            "created_at": now,
            "updated_at": now,
        },
    )
    if not created:
        raise Conflict(
            "You already reviewed this course. Edit your review instead.", code="already_reviewed"
        )
    review = find_own_review(session=session, course_id=course_id, user_id=author_id)
    assert review is not None and review.id is not None
    catalog_service.apply_rating_change(
        session=session, course_id=course_id, old_rating=None, new_rating=data.rating
    )
    outbox.emit(
        session, ReviewCreated(review_id=review.id, course_id=course_id, author_id=author_id)
    )
    _changed(session, course_id)
    return review


def update_review(*, session: Session, review_id: int, actor_id: int, data: ReviewUpdate) -> Review:
    """The author changes the rating or the comment (while still enrolled)."""
    review = _review_for(session, review_id, viewer_id=actor_id, lock=True)
    if review.author_id != actor_id:
        raise PermissionDenied("Only the author can edit a review.", code="not_author")
    if not orders_service.is_enrolled(
        session=session, user_id=actor_id, course_id=review.course_id
    ):
        raise PermissionDenied(
            "Only students enrolled in this course can edit their review.", code="not_enrolled"
        )
    old_rating = review.rating
    if data.rating is not None:
        review.rating = data.rating
    if data.comment is not None:
        review.comment = data.comment
    review.progress_percent = _progress(session, actor_id, review.course_id)
    review.updated_at = utcnow()
    session.add(review)
    session.flush()
    if review.rating != old_rating and not review.is_hidden:
        catalog_service.apply_rating_change(
            session=session,
            course_id=review.course_id,
            old_rating=old_rating,
            new_rating=review.rating,
        )
    _changed(session, review.course_id)
    return review


def delete_review(
    *, session: Session, review_id: int, actor_id: int, actor_roles: Sequence[str]
) -> None:
    """The author (or an admin) removes a review, with its votes and reports."""
    review = _review_for(
        session, review_id, viewer_id=actor_id, viewer_roles=actor_roles, lock=True
    )
    if review.author_id != actor_id and not _is_admin(actor_roles):
        raise PermissionDenied("Only the author or an admin can delete a review.")
    course_id, rating, counted = review.course_id, review.rating, not review.is_hidden
    session.exec(delete(ReviewHelpfulVote).where(col(ReviewHelpfulVote.review_id) == review_id))
    session.exec(delete(ReviewReport).where(col(ReviewReport.review_id) == review_id))
    session.delete(review)
    session.flush()
    if counted:
        catalog_service.apply_rating_change(
            session=session, course_id=course_id, old_rating=rating, new_rating=None
        )
    _changed(session, course_id)


def reply_to_review(
    *, session: Session, review_id: int, actor_id: int, data: ReplyCreate
) -> tuple[Review, bool]:
    """The course's instructor answers a review (one reply; sending again replaces it).

    Returns the review and whether the reply is new.
    """
    review = _review_for(session, review_id, viewer_id=actor_id, lock=True)
    course = catalog_service.get_course(session=session, course_id=review.course_id)
    if course.owner_id != actor_id:
        raise PermissionDenied(
            "Only the course's instructor can reply to its reviews.", code="not_instructor"
        )
    now = utcnow()
    created = review.reply_body is None
    review.reply_body = data.body
    review.reply_author_id = actor_id
    if created:
        review.replied_at = now
    review.reply_updated_at = now
    session.add(review)
    session.flush()
    if created:
        assert review.id is not None
        outbox.emit(
            session,
            ReplyCreated(
                review_id=review.id,
                author_id=review.author_id,
                instructor_id=actor_id,
                course_id=review.course_id,
            ),
        )
    _changed(session, review.course_id)
    return review, created


def delete_reply(
    *, session: Session, review_id: int, actor_id: int, actor_roles: Sequence[str]
) -> Review:
    """The course's instructor (or an admin) removes the reply."""
    review = _review_for(
        session, review_id, viewer_id=actor_id, viewer_roles=actor_roles, lock=True
    )
    course = catalog_service.get_course(session=session, course_id=review.course_id)
    if course.owner_id != actor_id and not _is_admin(actor_roles):
        raise PermissionDenied(
            "Only the course's instructor can remove the reply.", code="not_instructor"
        )
    if review.reply_body is None:
        raise NotFound("This review has no reply.", code="reply_not_found")
    review.reply_body = None
    review.reply_author_id = None
    review.replied_at = None
    review.reply_updated_at = None
    session.add(review)
    session.flush()
    _changed(session, review.course_id)
    return review


def mark_helpful(*, session: Session, review_id: int, user_id: int) -> Review:
    """A signed-in user other than the author found the review helpful (once)."""
    review = _review_for(session, review_id, viewer_id=None, lock=True)
    if review.author_id == user_id:
        raise Conflict("You cannot mark your own review as helpful.", code="own_review")
    if not _insert_once(
        session,
        ReviewHelpfulVote,
        {"review_id": review_id, "user_id": user_id, "created_at": utcnow()},
    ):
        raise Conflict("You already marked this review as helpful.", code="already_voted")
    _add_to(session, review, helpful_count=1)
    _changed(session, review.course_id)
    return review


def unmark_helpful(*, session: Session, review_id: int, user_id: int) -> Review:
    """Take back a helpful vote (nothing happens if there was none)."""
    review = _review_for(session, review_id, viewer_id=None, lock=True)
    result: Any = session.exec(
        delete(ReviewHelpfulVote).where(
            col(ReviewHelpfulVote.review_id) == review_id, col(ReviewHelpfulVote.user_id) == user_id
        )
    )
    if result.rowcount:
        _add_to(session, review, helpful_count=-1)
        _changed(session, review.course_id)
    return review


def _add_to(session: Session, review: Review, **deltas: int) -> None:
    session.exec(
        update(Review)
        .where(col(Review.id) == review.id)
        .values({name: getattr(Review, name) + delta for name, delta in deltas.items()})
        .execution_options(synchronize_session=False)
    )
    session.refresh(review)


def report_review(
    *, session: Session, review_id: int, reporter_id: int, data: ReasonInput
) -> Review:
    """A signed-in user reports a review as abusive; it joins the moderation queue."""
    review = _review_for(session, review_id, viewer_id=None, lock=True)
    if review.author_id == reporter_id:
        raise Conflict("You cannot report your own review.", code="own_review")
    if not _insert_once(
        session,
        ReviewReport,
        {
            "review_id": review_id,
            "reporter_id": reporter_id,
            "reason": data.reason,
            "created_at": utcnow(),
        },
    ):
        raise Conflict("You already reported this review.", code="already_reported")
    _add_to(session, review, open_report_count=1)
    return review


def _require_admin(actor_roles: Sequence[str]) -> None:
    if not _is_admin(actor_roles):
        raise PermissionDenied("Only admins moderate reviews.")


def _resolve_reports(session: Session, review: Review) -> None:
    session.exec(
        update(ReviewReport)
        .where(col(ReviewReport.review_id) == review.id, col(ReviewReport.resolved_at).is_(None))
        .values(resolved_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    review.open_report_count = 0


def hide_review(
    *, session: Session, review_id: int, actor_roles: Sequence[str], data: ReasonInput
) -> Review:
    """Admin: take a review off the course page (and out of the ratings), telling the author why."""
    _require_admin(actor_roles)
    review = _review_for(session, review_id, viewer_id=None, viewer_roles=actor_roles, lock=True)
    was_hidden = review.is_hidden
    review.is_hidden = True
    review.hidden_reason = data.reason
    review.hidden_at = review.hidden_at if was_hidden else utcnow()
    _resolve_reports(session, review)
    session.add(review)
    session.flush()
    if not was_hidden:
        catalog_service.apply_rating_change(
            session=session, course_id=review.course_id, old_rating=review.rating, new_rating=None
        )
        assert review.id is not None
        outbox.emit(
            session,
            ReviewHidden(
                review_id=review.id, course_id=review.course_id, author_id=review.author_id
            ),
        )
    _changed(session, review.course_id)
    return review


def restore_review(*, session: Session, review_id: int, actor_roles: Sequence[str]) -> Review:
    """Admin: show a hidden review again, or keep a reported one and dismiss its reports."""
    _require_admin(actor_roles)
    review = _review_for(session, review_id, viewer_id=None, viewer_roles=actor_roles, lock=True)
    was_hidden = review.is_hidden
    review.is_hidden = False
    review.hidden_reason = None
    review.hidden_at = None
    _resolve_reports(session, review)
    session.add(review)
    session.flush()
    if was_hidden:
        catalog_service.apply_rating_change(
            session=session, course_id=review.course_id, old_rating=None, new_rating=review.rating
        )
    _changed(session, review.course_id)
    return review


def moderation_queue(
    *,
    session: Session,
    actor_roles: Sequence[str],
    status: ModerationStatus = ModerationStatus.reported,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[ModerationItem], int]:
    """Admin: reviews with open reports (most reported first), or the hidden ones."""
    _require_admin(actor_roles)
    if status == ModerationStatus.reported:
        condition = col(Review.open_report_count) > 0
        order: tuple[Any, ...] = (col(Review.open_report_count).desc(), col(Review.id).asc())
    else:
        condition = col(Review.is_hidden).is_(True)
        order = (col(Review.hidden_at).desc(), col(Review.id).desc())
    total = session.exec(select(func.count(col(Review.id))).where(condition)).one()
    rows = list(
        session.exec(
            select(Review)
            .where(condition)
            .order_by(*order)
            .offset((max(1, page) - 1) * page_size)
            .limit(page_size)
        )
    )
    if not rows:
        return [], int(total)
    reports = list(
        session.exec(
            select(ReviewReport)
            .where(
                col(ReviewReport.review_id).in_([r.id for r in rows]),
                col(ReviewReport.resolved_at).is_(None),
            )
            .order_by(col(ReviewReport.created_at).asc(), col(ReviewReport.id).asc())
        )
    )
    names = auth_service.display_names(
        session=session, user_ids=sorted({r.reporter_id for r in reports})
    )
    publics = to_public(session=session, reviews=rows, viewer_roles=actor_roles)
    items: list[ModerationItem] = []
    for review, public in zip(rows, publics, strict=True):
        course = catalog_service.get_course(session=session, course_id=review.course_id)
        items.append(
            ModerationItem(
                review=public,
                course=CourseRef(id=int(course.id or 0), slug=course.slug, title=course.title),
                open_report_count=review.open_report_count,
                reports=[
                    ReportPublic(
                        reporter=PersonRef(
                            id=report.reporter_id, full_name=names.get(report.reporter_id, "")
                        ),
                        reason=report.reason,
                        created_at=as_utc(report.created_at),
                    )
                    for report in reports
                    if report.review_id == review.id
                ],
                hidden_at=as_utc(review.hidden_at) if review.hidden_at else None,
            )
        )
    return items, int(total)
