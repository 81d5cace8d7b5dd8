"""REST routes of the reviews domain (mounted by the gateway under /api/v1)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from udemy_clone.core.errors import NotFound
from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    OptionalUser,
    Pagination,
    Principal,
    SessionDep,
    require_role,
)
from udemy_clone.gateway.schemas import ERROR_RESPONSES, Page
from udemy_clone.reviews import service
from udemy_clone.reviews.models import (
    ModerationItem,
    ModerationStatus,
    RatingSummary,
    ReasonInput,
    ReplyCreate,
    ReviewCreate,
    ReviewPage,
    ReviewPublic,
    ReviewSort,
    ReviewUpdate,
)

router = APIRouter(tags=["reviews"], responses=ERROR_RESPONSES)

AdminUser = Annotated[Principal, Depends(require_role("admin"))]
StarFilter = Annotated[int | None, Query(ge=1, le=5, description="Only reviews with N stars")]


def _one(session: SessionDep, review_id: int, principal: Principal) -> ReviewPublic:
    return service.get_review(
        session=session, review_id=review_id, viewer_id=principal.id, viewer_roles=principal.roles
    )


@router.get("/courses/{course_id}/reviews", response_model=ReviewPage)
def list_reviews(
    course_id: IdPath,
    session: SessionDep,
    principal: OptionalUser,
    pagination: Pagination,
    sort: ReviewSort = ReviewSort.newest,
    rating: StarFilter = None,
    q: Annotated[
        str, Query(max_length=100, description="Only reviews whose comment has every word")
    ] = "",
) -> ReviewPage:
    """The course's reviews: newest, highest, lowest or most helpful first; one star level;
    a search in the comments."""
    return service.list_reviews(
        q=q,
        session=session,
        course_id=course_id,
        sort=sort,
        rating=rating,
        page=pagination.page,
        page_size=pagination.page_size,
        viewer_id=principal.id if principal else None,
        viewer_roles=principal.roles if principal else (),
    )


@router.get("/courses/{course_id}/rating-summary", response_model=RatingSummary)
def rating_summary(
    course_id: IdPath, session: SessionDep, principal: OptionalUser
) -> RatingSummary:
    """Average (one decimal), number of ratings and how many of each star level."""
    return service.rating_summary(
        session=session,
        course_id=course_id,
        viewer_id=principal.id if principal else None,
        viewer_roles=principal.roles if principal else (),
    )


@router.get("/courses/{course_id}/reviews/mine", response_model=ReviewPublic)
def my_review(course_id: IdPath, session: SessionDep, principal: CurrentUser) -> ReviewPublic:
    """Your review of the course (with the moderator's reason if it was hidden); 404 if none."""
    review = service.my_review(session=session, course_id=course_id, user_id=principal.id)
    if review is None:
        raise NotFound("You have not reviewed this course yet.", code="review_not_found")
    return review


@router.post(
    "/courses/{course_id}/reviews",
    status_code=status.HTTP_201_CREATED,
    response_model=ReviewPublic,
)
def create_review(
    course_id: IdPath, body: ReviewCreate, session: SessionDep, principal: CurrentUser
) -> ReviewPublic:
    """Enrolled students: rate the course 1-5 with a comment (once; edit it afterwards)."""
    review = service.create_review(
        session=session, course_id=course_id, author_id=principal.id, data=body
    )
    return _one(session, int(review.id or 0), principal)


@router.get("/reviews/{review_id}", response_model=ReviewPublic)
def get_review(review_id: IdPath, session: SessionDep, principal: OptionalUser) -> ReviewPublic:
    """One review (a hidden one only for its author and admins)."""
    return service.get_review(
        session=session,
        review_id=review_id,
        viewer_id=principal.id if principal else None,
        viewer_roles=principal.roles if principal else (),
    )


@router.patch("/reviews/{review_id}", response_model=ReviewPublic)
def update_review(
    review_id: IdPath, body: ReviewUpdate, session: SessionDep, principal: CurrentUser
) -> ReviewPublic:
    """The author: change the rating and/or the comment."""
    service.update_review(session=session, review_id=review_id, actor_id=principal.id, data=body)
    return _one(session, review_id, principal)


@router.delete("/reviews/{review_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_review(review_id: IdPath, session: SessionDep, principal: CurrentUser) -> Response:
    """The author or an admin: delete the review."""
    service.delete_review(
        session=session, review_id=review_id, actor_id=principal.id, actor_roles=principal.roles
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/reviews/{review_id}/reply",
    status_code=status.HTTP_201_CREATED,
    response_model=ReviewPublic,
    responses={200: {"model": ReviewPublic, "description": "The existing reply was replaced"}},
)
def reply_to_review(
    review_id: IdPath,
    body: ReplyCreate,
    session: SessionDep,
    principal: CurrentUser,
    response: Response,
) -> ReviewPublic:
    """The course's instructor: reply (201), or edit the reply by sending it again (200)."""
    _, created = service.reply_to_review(
        session=session, review_id=review_id, actor_id=principal.id, data=body
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return _one(session, review_id, principal)


@router.delete("/reviews/{review_id}/reply", status_code=status.HTTP_204_NO_CONTENT)
def delete_reply(review_id: IdPath, session: SessionDep, principal: CurrentUser) -> Response:
    """The course's instructor or an admin: remove the reply."""
    service.delete_reply(
        session=session, review_id=review_id, actor_id=principal.id, actor_roles=principal.roles
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/reviews/{review_id}/helpful", response_model=ReviewPublic)
def mark_helpful(review_id: IdPath, session: SessionDep, principal: CurrentUser) -> ReviewPublic:
    """Signed-in users other than the author: this review helped (once; 409 the second time)."""
    service.mark_helpful(session=session, review_id=review_id, user_id=principal.id)
    return _one(session, review_id, principal)


@router.delete("/reviews/{review_id}/helpful", response_model=ReviewPublic)
def unmark_helpful(review_id: IdPath, session: SessionDep, principal: CurrentUser) -> ReviewPublic:
    """Take back your helpful vote."""
    service.unmark_helpful(session=session, review_id=review_id, user_id=principal.id)
    return _one(session, review_id, principal)


@router.post("/reviews/{review_id}/report", status_code=status.HTTP_202_ACCEPTED)
def report_review(
    review_id: IdPath, body: ReasonInput, session: SessionDep, principal: CurrentUser
) -> dict[str, str]:
    """Signed-in users: report a review as abusive; a moderator will look at it."""
    service.report_review(session=session, review_id=review_id, reporter_id=principal.id, data=body)
    return {"status": "reported"}


@router.get("/admin/reviews/reported", response_model=Page[ModerationItem])
def moderation_queue(
    principal: AdminUser,
    session: SessionDep,
    pagination: Pagination,
    status_filter: Annotated[ModerationStatus, Query(alias="status")] = ModerationStatus.reported,
) -> Page[ModerationItem]:
    """Admin: reviews with open reports, most reported first (`status=hidden`: hidden ones)."""
    items, total = service.moderation_queue(
        session=session,
        actor_roles=principal.roles,
        status=status_filter,
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(items=items, total=total, page=pagination.page, page_size=pagination.page_size)


@router.post("/admin/reviews/{review_id}/hide", response_model=ReviewPublic)
def hide_review(
    review_id: IdPath, body: ReasonInput, session: SessionDep, principal: AdminUser
) -> ReviewPublic:
    """Admin: hide the review (it leaves the ratings); the author sees the reason."""
    service.hide_review(
        session=session, review_id=review_id, actor_roles=principal.roles, data=body
    )
    return _one(session, review_id, principal)


@router.post("/admin/reviews/{review_id}/restore", response_model=ReviewPublic)
def restore_review(review_id: IdPath, session: SessionDep, principal: AdminUser) -> ReviewPublic:
    """Admin: show a hidden review again, or dismiss the reports of a visible one."""
    service.restore_review(session=session, review_id=review_id, actor_roles=principal.roles)
    return _one(session, review_id, principal)
