"""The instructor's Revenue page state: balances, a month's statement, payouts, downloads."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.select_options import SelectOption
from udemy_clone.web.pages.studio.revenue_rows import (
    BalanceCard,
    PayoutRow,
    ShareText,
    StatementRow,
    balance_cards,
    month_label,
    payout_rows,
    share_texts,
    statement_rows,
)


class RevenueStudioState(rx.State):
    """Instructor studio: what you earned, what you will be paid, and statements."""

    loaded: bool = False
    balances: list[BalanceCard] = []
    months: list[SelectOption] = []
    month: str = ""
    month_title: str = ""
    lines: list[StatementRow] = []
    payouts: list[PayoutRow] = []
    shares: list[ShareText] = []
    referral_code: str = ""
    referral_example: str = ""
    error: str = ""

    def _load(self, user_id: int, roles: list[str]) -> None:
        with db.read_session() as session:
            balances = service.instructor_balances(
                session=session, actor_id=user_id, actor_roles=roles, instructor_id=user_id
            )
            months = service.statement_months(
                session=session, actor_id=user_id, actor_roles=roles, instructor_id=user_id
            )
            if self.month not in months:
                self.month = months[0]
            statement = service.monthly_statement(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                instructor_id=user_id,
                month=self.month,
            )
            payouts = service.list_payouts(
                session=session, actor_id=user_id, actor_roles=["instructor"]
            )
            shares = service.shares_in_force(session=session)
        link = service.referral_link(
            actor_id=user_id, actor_roles=roles, public_url=get_settings().public_url
        )
        self.balances = balance_cards(balances)
        self.months = [SelectOption(value=m, label=month_label(m)) for m in months]
        self.month_title = month_label(self.month)
        self.lines = statement_rows(statement.lines, statement.totals)
        self.payouts = payout_rows(payouts)
        self.shares = share_texts(shares)
        self.referral_code = link.code
        self.referral_example = link.example_url

    @rx.event
    async def load(self) -> None:
        """On load of /studio/revenue (the role check runs first)."""
        auth = await current_user(self)
        if not auth.is_instructor:
            return
        self.error = ""
        try:
            self._load(auth.user_id, list(auth.roles))
        except DomainError as exc:
            self.error = exc.message
        self.loaded = True

    @rx.event
    async def choose_month(self, value: str) -> None:
        """Show another month's statement."""
        auth = await current_user(self)
        if not auth.is_instructor:
            return
        self.month = value[:7]
        try:
            self._load(auth.user_id, list(auth.roles))
        except DomainError as exc:
            self.error = exc.message

    def _statement(self, user_id: int, roles: list[str]) -> Any:
        with db.read_session() as session:
            return service.monthly_statement(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                instructor_id=user_id,
                month=self.month,
            )

    @rx.event
    async def download_csv(self) -> Any:
        """The month's statement as a CSV file."""
        auth = await current_user(self)
        try:
            statement = self._statement(auth.user_id, list(auth.roles))
        except DomainError as exc:
            self.error = exc.message
            return None
        return rx.download(
            data=service.statement_csv(statement), filename=f"statement-{self.month}.csv"
        )

    @rx.event
    async def download_pdf(self) -> Any:
        """The month's statement as a PDF file."""
        auth = await current_user(self)
        try:
            statement = self._statement(auth.user_id, list(auth.roles))
        except DomainError as exc:
            self.error = exc.message
            return None
        return rx.download(
            data=service.statement_pdf(statement), filename=f"statement-{self.month}.pdf"
        )
