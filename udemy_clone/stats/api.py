"""REST routes of the stats domain: best-sellers, dashboards and job queues."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from udemy_clone.catalog.service import CourseSummary
from udemy_clone.core import jobs_admin
from udemy_clone.core.jobs_admin import JobQueuesPanel, RetryResult
from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    OptionalUser,
    Principal,
    SessionDep,
    require_role,
)
from udemy_clone.stats import sales_export, service
from udemy_clone.stats.models import (
    AdminDashboard,
    InstructorDashboard,
    RecommendationRow,
    TopSellingCourse,
)

router = APIRouter(prefix="/stats", tags=["stats"])
# recommendations sit beside the resources they are about (/courses/..., /me/...)
recommendations_router = APIRouter(tags=["recommendations"])

Instructor = Annotated[Principal, Depends(require_role("instructor"))]
Admin = Annotated[Principal, Depends(require_role("admin"))]
Days = Annotated[int, Query(ge=1, le=service.MAX_DASHBOARD_DAYS, description="7, 30 or 90")]


@router.get("/top-selling", response_model=list[TopSellingCourse])
def top_selling(
    session: SessionDep,
    period: Annotated[Literal["7d", "30d", "all"], Query()] = "7d",
    category: Annotated[str | None, Query(max_length=100, description="slug or id")] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[TopSellingCourse]:
    """Published courses by net sales (refunds deducted) this week, this month or ever."""
    return service.top_selling(session=session, period=period, category=category, limit=limit)


@router.get("/instructor", response_model=InstructorDashboard)
def instructor_stats(
    session: SessionDep,
    principal: Instructor,
    days: Days = 30,
    course_id: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None,
) -> InstructorDashboard:
    """The caller's own courses: figures per course and daily series (one course if given)."""
    return service.instructor_dashboard(
        session=session, owner_id=principal.id, days=days, course_id=course_id
    )


@router.get("/admin", response_model=AdminDashboard)
def admin_stats(session: SessionDep, _admin: Admin, days: Days = 30) -> AdminDashboard:
    """Platform totals and daily series, top courses and top instructors."""
    return service.admin_dashboard(session=session, days=days)


@router.get("/jobs", response_model=JobQueuesPanel)
def job_queues(session: SessionDep, _admin: Admin) -> JobQueuesPanel:
    """Waiting, running and failed jobs per queue, with the errors of unresolved failures."""
    return jobs_admin.job_queues(session=session)


@router.post("/jobs/failures/{failure_id}/retry", response_model=RetryResult)
def retry_failed_job(session: SessionDep, _admin: Admin, failure_id: IdPath) -> RetryResult:
    """Enqueue a failed job again and mark the failure resolved."""
    return jobs_admin.retry_failed_job(session=session, failure_id=failure_id)


@recommendations_router.get("/courses/{course_id}/also-bought", response_model=list[CourseSummary])
def also_bought(
    session: SessionDep,
    course_id: IdPath,
    viewer: OptionalUser,
    limit: Annotated[int, Query(ge=1, le=24)] = 8,
) -> list[CourseSummary]:
    """ "Students also bought": courses this course's students also have, then same category.

    A signed-in caller's own courses are left out. 404 for a course that is not published.
    """
    return service.students_also_bought(
        session=session, course_id=course_id, viewer_id=viewer.id if viewer else None, limit=limit
    )


@recommendations_router.get("/me/recommendations", response_model=list[RecommendationRow])
def my_recommendations(session: SessionDep, principal: CurrentUser) -> list[RecommendationRow]:
    """ "Because you viewed ..." rows built from the caller's recently opened course pages."""
    return service.because_you_viewed(session=session, user_id=principal.id)


@recommendations_router.post("/me/course-views/{course_id}", status_code=204)
def record_view(session: SessionDep, principal: CurrentUser, course_id: IdPath) -> None:
    """Remember that the caller opened this published course's page (feeds the rows above)."""
    service.record_published_course_view(session=session, user_id=principal.id, course_id=course_id)


def _csv(body: str, filename: str) -> Response:
    return Response(
        content=body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/admin/sales.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}}
)
def admin_sales_csv(session: SessionDep, _admin: Admin, days: Days = 30) -> Response:
    """Admin: net sales and revenue per course and currency over the last `days` days, CSV."""
    return _csv(sales_export.admin_sales_csv(session=session, days=days), "sales.csv")


@router.get(
    "/instructor/sales.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def instructor_sales_csv(session: SessionDep, principal: Instructor, days: Days = 30) -> Response:
    """Instructor: own courses' sales, refunds, new students and revenue per currency, CSV."""
    return _csv(
        sales_export.instructor_sales_csv(session=session, owner_id=principal.id, days=days),
        "my-sales.csv",
    )
