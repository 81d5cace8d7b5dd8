"""REST routes of the revenue ledger: instructor earnings and statements, admin revenue,
share rules, payouts and reconciliation. Authorization is in the services; the role
dependencies only answer early."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from udemy_clone.core.config import get_settings
from udemy_clone.gateway.deps import IdPath, Principal, SessionDep, require_role
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.orders import service
from udemy_clone.orders.ledger_models import (
    CurrencyBalance,
    InstructorBalance,
    PayoutPaidRequest,
    PayoutPublic,
    PayoutStatus,
    PlatformMonth,
    ReconciliationReport,
    ReferralLink,
    ShareRuleCreate,
    ShareRulePublic,
    Statement,
)

router = APIRouter(tags=["revenue"], responses=ERROR_RESPONSES)

Instructor = Annotated[Principal, Depends(require_role("instructor"))]
Admin = Annotated[Principal, Depends(require_role("admin"))]
MonthPath = Annotated[str, Path(min_length=7, max_length=7, description="YYYY-MM (UTC)")]


def _statement(
    session: SessionDep, principal: Principal, instructor_id: int, month: str
) -> Statement:
    return service.monthly_statement(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        instructor_id=instructor_id,
        month=month,
    )


def _download(content: bytes | str, media_type: str, filename: str) -> Response:
    return Response(
        content=content,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# ---- instructor --------------------------------------------------------------------------------


@router.get("/instructor/revenue/balances", response_model=list[CurrencyBalance])
def my_balances(principal: Instructor, session: SessionDep) -> list[CurrencyBalance]:
    """Your earnings per currency: pending (refund window open), available, in payouts, paid."""
    return service.instructor_balances(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        instructor_id=principal.id,
    )


@router.get("/instructor/revenue/months", response_model=list[str])
def my_statement_months(principal: Instructor, session: SessionDep) -> list[str]:
    """The months you have a statement for, newest first."""
    return service.statement_months(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        instructor_id=principal.id,
    )


@router.get("/instructor/revenue/statements/{month}", response_model=Statement)
def my_statement(month: MonthPath, principal: Instructor, session: SessionDep) -> Statement:
    """Your statement of one month: per course sales, refunds, fees, platform share, net."""
    return _statement(session, principal, principal.id, month)


@router.get(
    "/instructor/revenue/statements/{month}/csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def my_statement_csv(month: MonthPath, principal: Instructor, session: SessionDep) -> Response:
    """Your statement of one month as CSV."""
    statement = _statement(session, principal, principal.id, month)
    return _download(
        service.statement_csv(statement), "text/csv; charset=utf-8", f"statement-{month}.csv"
    )


@router.get(
    "/instructor/revenue/statements/{month}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def my_statement_pdf(month: MonthPath, principal: Instructor, session: SessionDep) -> Response:
    """Your statement of one month as PDF."""
    statement = _statement(session, principal, principal.id, month)
    return _download(service.statement_pdf(statement), "application/pdf", f"statement-{month}.pdf")


@router.get("/instructor/payouts", response_model=list[PayoutPublic])
def my_payouts(principal: Instructor, session: SessionDep) -> list[PayoutPublic]:
    """Your payouts, newest first."""
    return service.list_payouts(session=session, actor_id=principal.id, actor_roles=["instructor"])


@router.get("/instructor/referral-link", response_model=ReferralLink)
def my_referral_link(principal: Instructor) -> ReferralLink:
    """Your referral code: add `?ref=<code>` to a course link; sales it brings pay you more."""
    return service.referral_link(
        actor_id=principal.id, actor_roles=principal.roles, public_url=get_settings().public_url
    )


# ---- admin -------------------------------------------------------------------------------------


@router.get("/admin/revenue/months", response_model=list[PlatformMonth])
def platform_months(principal: Admin, session: SessionDep) -> list[PlatformMonth]:
    """Admin: platform revenue per month and currency, from the ledger."""
    return service.platform_revenue_by_month(session=session, actor_roles=principal.roles)


@router.get(
    "/admin/revenue/months/csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def platform_months_csv(principal: Admin, session: SessionDep) -> Response:
    """Admin: platform revenue per month and currency as CSV."""
    months = service.platform_revenue_by_month(session=session, actor_roles=principal.roles)
    return _download(
        service.platform_revenue_csv(months), "text/csv; charset=utf-8", "platform-revenue.csv"
    )


@router.get("/admin/revenue/balances", response_model=list[InstructorBalance])
def instructor_balances(principal: Admin, session: SessionDep) -> list[InstructorBalance]:
    """Admin: every instructor's balances per currency."""
    return service.all_instructor_balances(session=session, actor_roles=principal.roles)


@router.get("/admin/instructors/{instructor_id}/statements/{month}", response_model=Statement)
def instructor_statement(
    instructor_id: IdPath, month: MonthPath, principal: Admin, session: SessionDep
) -> Statement:
    """Admin: one instructor's statement of a month."""
    return _statement(session, principal, instructor_id, month)


@router.get("/admin/revenue/share-rules", response_model=list[ShareRulePublic])
def share_rules(principal: Admin, session: SessionDep) -> list[ShareRulePublic]:
    """Admin: every revenue share rule, newest first (`in_force` marks the current ones)."""
    return service.share_rule_history(session=session)


@router.post(
    "/admin/revenue/share-rules",
    response_model=ShareRulePublic,
    status_code=status.HTTP_201_CREATED,
)
def add_share_rule(body: ShareRuleCreate, principal: Admin, session: SessionDep) -> ShareRulePublic:
    """Admin: a new instructor percentage for a channel, from now or a later date."""
    rule = service.set_share_rule(
        session=session, actor_id=principal.id, actor_roles=principal.roles, data=body
    )
    return next(r for r in service.share_rule_history(session=session) if r.id == rule.id)


@router.get("/admin/payouts", response_model=list[PayoutPublic])
def payout_queue(
    principal: Admin,
    session: SessionDep,
    status_filter: Annotated[PayoutStatus | None, Query(alias="status")] = None,
) -> list[PayoutPublic]:
    """Admin: payouts, newest first (`?status=pending` is the queue)."""
    return service.list_payouts(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        status=status_filter.value if status_filter else None,
    )


@router.get(
    "/admin/payouts/csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def payout_queue_csv(
    principal: Admin,
    session: SessionDep,
    status_filter: Annotated[PayoutStatus | None, Query(alias="status")] = None,
) -> Response:
    """Admin: payouts as CSV (`?status=pending`: the queue, for a bank batch)."""
    payouts = service.list_payouts(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        status=status_filter.value if status_filter else None,
    )
    return _download(service.payouts_csv(payouts), "text/csv; charset=utf-8", "payouts.csv")


@router.post("/admin/payouts/run", response_model=list[PayoutPublic])
def run_payouts(principal: Admin, session: SessionDep) -> list[PayoutPublic]:
    """Admin: run this month's payouts now (the schedule does it too; runs once a month)."""
    service.require_admin(principal.roles)
    created = service.create_monthly_payouts(session=session)
    return [service.payout_public(session=session, payout=p) for p in created]


@router.post("/admin/payouts/{payout_id}/paid", response_model=PayoutPublic)
def mark_paid(
    payout_id: IdPath, body: PayoutPaidRequest, principal: Admin, session: SessionDep
) -> PayoutPublic:
    """Admin: the payout was sent; keep the transfer's reference. A paid payout → 409."""
    payout = service.mark_payout_paid(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        payout_id=payout_id,
        reference=body.reference,
    )
    return service.payout_public(session=session, payout=payout)


@router.get("/admin/ledger/reconciliation", response_model=ReconciliationReport)
def reconciliation(principal: Admin, session: SessionDep) -> ReconciliationReport:
    """Admin: does the ledger match orders and refunds per month and currency?"""
    return service.reconciliation_report(session=session, actor_roles=principal.roles)
