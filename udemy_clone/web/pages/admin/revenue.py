"""The admin's revenue pages: /admin/revenue (platform revenue, instructor balances, share
rules), /admin/payouts (the payout queue) and /admin/ledger (reconciliation)."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.charts import panel
from udemy_clone.web.kit.components import error_callout, success_callout
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.pages.admin.revenue_state import (
    AdminPayoutsState,
    AdminRevenueState,
    LedgerCheckState,
)

R: Any = AdminRevenueState
P: Any = AdminPayoutsState
L: Any = LedgerCheckState

_SELECT_STYLE = {
    "padding": "6px 10px",
    "border_radius": "6px",
    "border": "1px solid var(--gray-a7)",
    "background": "var(--color-panel-solid)",
}


def _table(headers: tuple[str, ...], rows: Any, render: Any, table_id: str) -> rx.Component:
    return rx.box(
        rx.table.root(
            rx.table.header(
                rx.table.row(
                    *[rx.table.column_header_cell(h, white_space="nowrap") for h in headers]
                )
            ),
            rx.table.body(rx.foreach(rows, render)),
            size="1",
            width="100%",
            id=table_id,
        ),
        overflow_x="auto",
        width="100%",
    )


def _cell(value: Any, **props: Any) -> rx.Component:
    return rx.table.cell(rx.text(value, size="2", white_space="nowrap"), **props)


# ---- /admin/revenue ----------------------------------------------------------------------------


def _month_card(m: Any) -> rx.Component:
    """A month of platform revenue on a phone."""

    def line(label: str, value: Any) -> rx.Component:
        return rx.hstack(
            rx.text(label, size="2", color="var(--gray-11)"),
            rx.spacer(),
            rx.text(value, size="2", white_space="nowrap"),
            width="100%",
        )

    return rx.vstack(
        rx.hstack(
            rx.text(m.month, " · ", m.currency, weight="bold", size="2"),
            rx.spacer(),
            rx.text(m.platform_net, weight="bold", size="3", white_space="nowrap"),
            width="100%",
        ),
        line("Sales", m.sales),
        line("Refunds", m.refunds),
        line("Instructors", m.instructor_share),
        line("Fees", m.fees),
        spacing="1",
        padding="0.6rem 0.75rem",
        border_radius="8px",
        background="var(--gray-a2)",
        width="100%",
    )


def _months_panel() -> rx.Component:
    return panel(
        "Platform revenue",
        "From the ledger, per month (UTC) and currency; currencies are never added together.",
        rx.flex(
            rx.spacer(),
            rx.button(
                rx.icon("file-spreadsheet", size=16),
                "Download CSV",
                variant="outline",
                on_click=R.download_csv,
                id="platform-csv",
            ),
            width="100%",
            margin_bottom="0.5rem",
        ),
        rx.cond(
            R.months.length() == 0,
            rx.text("No sales yet.", size="2", color="var(--gray-11)"),
            rx.box(
                rx.tablet_and_desktop(
                    _table(
                        (
                            "Month",
                            "Currency",
                            "Sales",
                            "Refunds",
                            "Instructors",
                            "Fees",
                            "Platform net",
                        ),
                        R.months,
                        lambda m: rx.table.row(
                            _cell(m.month),
                            _cell(m.currency),
                            _cell(m.sales),
                            _cell(m.refunds),
                            _cell(m.instructor_share),
                            _cell(m.fees),
                            rx.table.cell(rx.text(m.platform_net, size="2", weight="bold")),
                        ),
                        "platform-months",
                    ),
                    width="100%",
                ),
                rx.mobile_only(
                    rx.vstack(rx.foreach(R.months, _month_card), spacing="2", width="100%"),
                    width="100%",
                ),
                width="100%",
            ),
        ),
    )


def _balances_panel() -> rx.Component:
    return panel(
        "Instructor balances",
        "Pending earnings are still in their refund window; available ones go in the next payout.",
        rx.cond(
            R.balances.length() == 0,
            rx.text("No instructor has earnings yet.", size="2", color="var(--gray-11)"),
            _table(
                ("Instructor", "Currency", "Pending", "Available", "In payouts"),
                R.balances,
                lambda b: rx.table.row(
                    _cell(b.instructor),
                    _cell(b.currency),
                    _cell(b.pending),
                    _cell(b.available),
                    _cell(b.in_payouts),
                ),
                "instructor-balances",
            ),
        ),
    )


def _rules_panel() -> rx.Component:
    return panel(
        "Revenue share rules",
        "The instructor's percentage per channel. A new rule applies to sales from now on; "
        "past sales keep the share they were paid with.",
        rx.form(
            rx.flex(
                rx.el.select(
                    rx.el.option("Marketplace", value="marketplace"),
                    rx.el.option("Instructor's coupon", value="coupon"),
                    rx.el.option("Referral link", value="referral"),
                    value=R.channel,
                    on_change=R.set_channel,
                    aria_label="Channel",
                    id="rule-channel",
                    style=_SELECT_STYLE,
                ),
                rx.input(
                    name="percent",
                    type="number",
                    min="0",
                    max="100",
                    placeholder="% to the instructor",
                    required=True,
                    id="rule-percent",
                    width="11rem",
                ),
                rx.button("Apply from now", type="submit", id="rule-save"),
                gap="0.5rem",
                wrap="wrap",
                align="center",
            ),
            on_submit=R.add_rule,
            reset_on_submit=True,
            width="100%",
            margin_bottom="0.75rem",
        ),
        error_callout(R.error),
        success_callout(R.message),
        rx.cond(
            R.rules.length() == 0,
            rx.text(
                "No rules set: the defaults apply (marketplace 37 %, coupon and referral 97 %).",
                size="2",
                color="var(--gray-11)",
            ),
            _table(
                ("Channel", "Instructor share", "From", ""),
                R.rules,
                lambda r: rx.table.row(
                    _cell(r.channel),
                    _cell(r.percent),
                    _cell(r.effective_from),
                    rx.table.cell(
                        rx.cond(
                            r.in_force,
                            rx.badge("in force", color_scheme="green"),
                            rx.cond(
                                r.scheduled,
                                rx.badge("scheduled", color_scheme="amber"),
                                rx.badge("past", color_scheme="gray"),
                            ),
                        )
                    ),
                ),
                "share-rules",
            ),
        ),
    )


def admin_revenue_page() -> rx.Component:
    return page_shell(
        guarded(
            "admin",
            lambda: rx.vstack(
                admin_nav(routes.admin_url("revenue")),
                admin_header(
                    "Revenue",
                    "What the platform kept, what it owes instructors, and the share rules.",
                    heading_id="admin-revenue-heading",
                ),
                rx.cond(
                    R.loaded,
                    rx.vstack(
                        _months_panel(),
                        rx.grid(
                            _balances_panel(),
                            _rules_panel(),
                            columns=rx.breakpoints(initial="1", lg="2"),
                            spacing="4",
                            width="100%",
                        ),
                        spacing="4",
                        width="100%",
                    ),
                    loading_panel(),
                ),
                spacing="2",
                width="100%",
            ),
        )
    )


# ---- /admin/payouts ----------------------------------------------------------------------------


def _payout_action(p: Any) -> rx.Component:
    """Pending: the reference field and "Mark paid"; paid: the reference and the date."""
    return rx.cond(
        p.pending,
        rx.form(
            rx.hstack(
                rx.el.input(type="hidden", name="payout_id", value=p.id.to_string()),
                rx.input(
                    name="reference",
                    placeholder="Transfer reference",
                    required=True,
                    size="1",
                    width="12rem",
                    class_name="payout-reference",
                ),
                rx.button("Mark paid", size="1", type="submit", class_name="payout-pay"),
                spacing="2",
                align="center",
            ),
            on_submit=P.mark_paid,
        ),
        rx.text(p.reference, " · ", p.paid_on, size="2", color="var(--gray-11)"),
    )


def _payout_badge(p: Any) -> rx.Component:
    return rx.badge(p.status, color_scheme=rx.cond(p.pending, "amber", "green"))


def _payout_row(p: Any) -> rx.Component:
    return rx.table.row(
        _cell(p.id),
        _cell(p.instructor),
        _cell(p.period),
        rx.table.cell(rx.text(p.amount, size="2", weight="bold", white_space="nowrap")),
        rx.table.cell(_payout_badge(p)),
        rx.table.cell(_payout_action(p)),
    )


def _payout_card(p: Any) -> rx.Component:
    """A payout on a phone: who, which month, how much, and the action."""
    return rx.vstack(
        rx.hstack(
            rx.text(p.instructor, weight="bold", size="2"),
            rx.spacer(),
            rx.text(p.amount, weight="bold", size="3", white_space="nowrap"),
            width="100%",
        ),
        rx.hstack(
            rx.text("#", p.id, " · ", p.period, size="1", color="var(--gray-11)"),
            _payout_badge(p),
            spacing="2",
            align="center",
        ),
        _payout_action(p),
        spacing="2",
        padding="0.75rem",
        border_radius="8px",
        background="var(--gray-a2)",
        width="100%",
        class_name="payout-card",
    )


def admin_payouts_page() -> rx.Component:
    return page_shell(
        guarded(
            "admin",
            lambda: rx.vstack(
                admin_nav(routes.admin_url("payouts")),
                admin_header(
                    "Payouts",
                    "Monthly payouts to instructors. Send the money, then mark the payout paid "
                    "with the transfer's reference.",
                    rx.hstack(
                        rx.el.select(
                            rx.el.option("Queue (pending)", value="pending"),
                            rx.el.option("Paid", value="paid"),
                            rx.el.option("All", value="all"),
                            value=P.status_filter,
                            on_change=P.filter_status,
                            aria_label="Payout status",
                            id="payout-filter",
                            style=_SELECT_STYLE,
                        ),
                        rx.button(
                            rx.icon("file-spreadsheet", size=16),
                            "CSV",
                            variant="outline",
                            on_click=P.download_csv,
                            id="payouts-csv",
                        ),
                        rx.button(
                            rx.icon("calendar-clock", size=16),
                            "Run this month's payouts",
                            variant="outline",
                            on_click=P.run_payouts,
                            id="run-payouts",
                        ),
                        spacing="2",
                        wrap="wrap",
                    ),
                    heading_id="admin-payouts-heading",
                ),
                success_callout(P.message),
                error_callout(P.error),
                rx.cond(
                    P.loaded,
                    rx.cond(
                        P.payouts.length() == 0,
                        rx.text(
                            "Nothing here: no payout with this status.",
                            size="2",
                            color="var(--gray-11)",
                            padding="2rem 0",
                            id="payouts-none",
                        ),
                        rx.box(
                            rx.tablet_and_desktop(
                                _table(
                                    ("#", "Instructor", "Month", "Amount", "Status", "Reference"),
                                    P.payouts,
                                    _payout_row,
                                    "payout-queue",
                                ),
                                width="100%",
                            ),
                            rx.mobile_only(
                                rx.vstack(
                                    rx.foreach(P.payouts, _payout_card),
                                    spacing="2",
                                    width="100%",
                                ),
                                width="100%",
                            ),
                            width="100%",
                        ),
                    ),
                    loading_panel(),
                ),
                spacing="2",
                width="100%",
            ),
        )
    )


# ---- /admin/ledger -----------------------------------------------------------------------------


def _reconciliation_row(r: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.cond(
                r.matches,
                rx.icon("circle-check", size=16, color="var(--green-10)"),
                rx.icon("circle-alert", size=16, color="var(--red-10)"),
            )
        ),
        _cell(r.month),
        _cell(r.currency),
        _cell(r.orders_sales),
        _cell(r.ledger_sales),
        _cell(r.orders_refunds),
        _cell(r.ledger_refunds),
        _cell(r.unbalanced),
        rx.table.cell(rx.text(r.missing, size="1", color="var(--red-11)")),
        background=rx.cond(r.matches, "transparent", "var(--red-a2)"),
    )


def admin_ledger_page() -> rx.Component:
    return page_shell(
        guarded(
            "admin",
            lambda: rx.vstack(
                admin_nav(routes.admin_url("ledger")),
                admin_header(
                    "Ledger check",
                    "The revenue ledger against orders and refunds, per month and currency.",
                    rx.button(
                        rx.icon("refresh-cw", size=16),
                        "Check again",
                        variant="outline",
                        on_click=L.load,
                        id="ledger-recheck",
                    ),
                    heading_id="admin-ledger-heading",
                ),
                rx.cond(
                    L.loaded,
                    rx.vstack(
                        rx.cond(
                            L.ok,
                            rx.callout(
                                "The ledger matches every order and refund, and every "
                                "transaction balances.",
                                icon="circle-check",
                                color_scheme="green",
                                id="ledger-ok",
                                width="100%",
                            ),
                            rx.callout(
                                rx.text(
                                    L.differences,
                                    " month(s) differ: see the red lines below.",
                                ),
                                icon="triangle-alert",
                                color_scheme="red",
                                id="ledger-differs",
                                width="100%",
                            ),
                        ),
                        rx.text("Checked ", L.checked_at, size="1", color="var(--gray-10)"),
                        _table(
                            (
                                "",
                                "Month",
                                "Currency",
                                "Orders: sales",
                                "Ledger: sales",
                                "Orders: refunds",
                                "Ledger: refunds",
                                "Unbalanced",
                                "Missing",
                            ),
                            L.rows,
                            _reconciliation_row,
                            "reconciliation",
                        ),
                        spacing="3",
                        width="100%",
                    ),
                    loading_panel(),
                ),
                spacing="2",
                width="100%",
            ),
        )
    )
