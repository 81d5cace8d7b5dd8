"""The admin's revenue pages' state: platform revenue, balances and share rules; the payout
queue; the ledger reconciliation."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.orders.ledger_models import ShareRuleCreate
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.admin.revenue_rows import (
    InstructorBalanceRow,
    PlatformMonthRow,
    ReconciliationRow,
    ShareRuleRow,
    instructor_balance_rows,
    platform_month_rows,
    reconciliation_rows,
    share_rule_rows,
)
from udemy_clone.web.pages.studio.revenue_rows import PayoutRow, payout_rows


class AdminRevenueState(rx.State):
    """Admin: platform revenue per month and currency, instructor balances, share rules."""

    loaded: bool = False
    months: list[PlatformMonthRow] = []
    balances: list[InstructorBalanceRow] = []
    rules: list[ShareRuleRow] = []
    channel: str = "marketplace"
    error: str = ""
    message: str = ""

    def _load(self, roles: list[str]) -> None:
        with db.read_session() as session:
            months = service.platform_revenue_by_month(session=session, actor_roles=roles)
            balances = service.all_instructor_balances(session=session, actor_roles=roles)
            rules = service.share_rule_history(session=session)
        self.months = platform_month_rows(months)
        self.balances = instructor_balance_rows(balances)
        self.rules = share_rule_rows(rules, now_iso=utcnow().isoformat())

    @rx.event
    async def load(self) -> None:
        """On load of /admin/revenue (the role check runs first)."""
        auth = await current_user(self)
        if not auth.is_admin:
            return
        self._load(list(auth.roles))
        self.loaded = True

    @rx.event
    def set_channel(self, value: str) -> None:
        """The channel of the new share rule."""
        self.channel = value

    @rx.event
    async def add_rule(self, form: dict[str, Any]) -> None:
        """A new percentage for the chosen channel, from now on."""
        auth = await current_user(self)
        self.error = ""
        self.message = ""
        raw = str(form.get("percent", "")).strip()
        if not raw.isdigit() or not 0 <= int(raw) <= 100:
            self.error = "Give the instructor's share as a whole number from 0 to 100."
            return
        try:
            data = ShareRuleCreate.model_validate(
                {"channel": self.channel, "instructor_percent": int(raw)}
            )
        except ValueError:
            self.error = "Choose a channel: marketplace, coupon or referral."
            return
        result = run_use_case(
            service.set_share_rule, actor_id=auth.user_id, actor_roles=list(auth.roles), data=data
        )
        if not result.ok:
            self.error = result.error
            return
        self.message = f"From now on, {self.channel} sales pay instructors {int(raw)} %."
        self._load(list(auth.roles))

    @rx.event
    async def download_csv(self) -> Any:
        """Platform revenue per month and currency as CSV."""
        auth = await current_user(self)
        try:
            with db.read_session() as session:
                months = service.platform_revenue_by_month(
                    session=session, actor_roles=list(auth.roles)
                )
        except DomainError as exc:
            self.error = exc.message
            return None
        return rx.download(
            data=service.platform_revenue_csv(months), filename="platform-revenue.csv"
        )


class AdminPayoutsState(rx.State):
    """Admin: the payout queue; run the monthly payouts, mark payouts paid."""

    loaded: bool = False
    payouts: list[PayoutRow] = []
    status_filter: str = "pending"
    error: str = ""
    message: str = ""

    def _load(self, user_id: int, roles: list[str]) -> None:
        status = None if self.status_filter == "all" else self.status_filter
        with db.read_session() as session:
            payouts = service.list_payouts(
                session=session, actor_id=user_id, actor_roles=roles, status=status
            )
        self.payouts = payout_rows(payouts)

    @rx.event
    async def load(self) -> None:
        """On load of /admin/payouts (the role check runs first)."""
        auth = await current_user(self)
        if not auth.is_admin:
            return
        self._load(auth.user_id, list(auth.roles))
        self.loaded = True

    @rx.event
    async def filter_status(self, value: str) -> None:
        """Pending (the queue), paid, or all payouts."""
        auth = await current_user(self)
        if not auth.is_admin:
            return
        self.status_filter = value if value in ("pending", "paid") else "all"
        self._load(auth.user_id, list(auth.roles))

    @rx.event
    async def download_csv(self) -> Any:
        """The payouts shown, as CSV."""
        auth = await current_user(self)
        status = None if self.status_filter == "all" else self.status_filter
        try:
            with db.read_session() as session:
                payouts = service.list_payouts(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                    status=status,
                )
        except DomainError as exc:
            self.error = exc.message
            return None
        return rx.download(data=service.payouts_csv(payouts), filename="payouts.csv")

    @rx.event
    async def run_payouts(self) -> None:
        """Create this month's payouts now (once a month; the schedule does it too)."""
        auth = await current_user(self)
        self.error = ""
        self.message = ""
        if not auth.is_admin:
            return
        with db.transaction() as session:
            created = service.create_monthly_payouts(session=session)
        self.message = (
            f"{len(created)} payout(s) created for this month."
            if created
            else "No new payouts: this month's run is done, or no balance reaches the minimum."
        )
        self._load(auth.user_id, list(auth.roles))

    @rx.event
    async def mark_paid(self, form: dict[str, Any]) -> None:
        """Mark one payout paid with the transfer's reference."""
        auth = await current_user(self)
        self.error = ""
        self.message = ""
        payout_id = str(form.get("payout_id", ""))
        reference = str(form.get("reference", "")).strip()
        if not payout_id.isdigit():
            self.error = "Choose a payout."
            return
        if not reference:
            self.error = "Type the transfer's reference (bank or provider id) first."
            return
        result = run_use_case(
            service.mark_payout_paid,
            actor_id=auth.user_id,
            actor_roles=list(auth.roles),
            payout_id=int(payout_id),
            reference=reference[:200],
        )
        if not result.ok:
            self.error = result.error
            return
        self.message = f"Payout #{payout_id} marked paid ({reference[:200]})."
        self._load(auth.user_id, list(auth.roles))


class LedgerCheckState(rx.State):
    """Admin: does the ledger match orders and refunds, month by month?"""

    loaded: bool = False
    ok: bool = True
    rows: list[ReconciliationRow] = []
    differences: int = 0
    checked_at: str = ""

    @rx.event
    async def load(self) -> None:
        """On load of /admin/ledger, and the "Check again" button."""
        auth = await current_user(self)
        if not auth.is_admin:
            return
        with db.read_session() as session:
            report = service.reconciliation_report(session=session, actor_roles=list(auth.roles))
        self.ok = report.ok
        self.rows = reconciliation_rows(report.lines)
        self.differences = len(report.differences)
        self.checked_at = utcnow().strftime("%Y-%m-%d %H:%M UTC")
        self.loaded = True
