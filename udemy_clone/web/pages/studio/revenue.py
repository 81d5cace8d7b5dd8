"""The instructor's Revenue page (/studio/revenue): balances, monthly statement, payouts."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.charts import panel
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.studio.revenue_state import RevenueStudioState

S: Any = RevenueStudioState


def _figure(label: str, value: Any, hint: str, test_id: str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", color="var(--gray-11)", weight="medium"),
        rx.text(value, size="5", weight="bold", class_name=test_id),
        rx.text(hint, size="1", color="var(--gray-10)"),
        spacing="0",
        align="start",
        min_width="0",
    )


def _balance_card(card: Any) -> rx.Component:
    return rx.box(
        rx.hstack(
            rx.badge(card.currency, variant="soft", size="2"),
            rx.text("balance", size="2", color="var(--gray-11)"),
            spacing="2",
            align="center",
            margin_bottom="0.75rem",
        ),
        rx.grid(
            _figure("Available", card.available, "refund window over", "balance-available"),
            _figure("Pending", card.pending, "still refundable", "balance-pending"),
            _figure("In payouts", card.in_payouts, "on its way to you", "balance-in-payouts"),
            _figure("Paid out", card.paid_out, "since you started", "balance-paid-out"),
            columns=rx.breakpoints(initial="2", md="4"),
            spacing="4",
            width="100%",
        ),
        padding="1rem 1.25rem",
        width="100%",
        class_name="balance-card",
        **card_style,
    )


def _balances() -> rx.Component:
    return rx.cond(
        S.balances.length() == 0,
        rx.box(
            rx.hstack(
                rx.icon("wallet", size=22, color="var(--gray-9)"),
                rx.text(
                    "No earnings yet. Your share of each sale shows here as soon as it is paid.",
                    size="2",
                    color="var(--gray-11)",
                ),
                spacing="3",
                align="center",
            ),
            padding="1rem 1.25rem",
            width="100%",
            id="no-earnings",
            **card_style,
        ),
        rx.vstack(rx.foreach(S.balances, _balance_card), spacing="3", width="100%"),
    )


def _statement_row(row: Any) -> rx.Component:
    weight = rx.cond(row.is_total, "bold", "regular")
    return rx.table.row(
        rx.table.cell(rx.text(row.course, weight=weight, size="2")),
        rx.table.cell(rx.text(row.sales, size="2", white_space="nowrap"), text_align="right"),
        rx.table.cell(rx.text(row.refunds, size="2", white_space="nowrap"), text_align="right"),
        rx.table.cell(rx.text(row.fees, size="2", white_space="nowrap"), text_align="right"),
        rx.table.cell(rx.text(row.platform, size="2", white_space="nowrap"), text_align="right"),
        rx.table.cell(
            rx.text(
                row.net,
                size="2",
                weight="bold",
                white_space="nowrap",
                color=rx.cond(row.negative, "var(--red-11)", "var(--green-11)"),
            ),
            text_align="right",
        ),
        background=rx.cond(row.is_total, "var(--gray-a2)", "transparent"),
    )


def _figure_line(label: str, value: Any) -> rx.Component:
    return rx.hstack(
        rx.text(label, size="2", color="var(--gray-11)"),
        rx.spacer(),
        rx.text(value, size="2", white_space="nowrap"),
        width="100%",
    )


def _statement_card(row: Any) -> rx.Component:
    """A course's month on a phone: the table's columns one under the other."""
    return rx.box(
        rx.hstack(
            rx.text(row.course, weight="bold", size="2"),
            rx.spacer(),
            rx.text(
                row.net,
                size="3",
                weight="bold",
                white_space="nowrap",
                color=rx.cond(row.negative, "var(--red-11)", "var(--green-11)"),
            ),
            width="100%",
            align="start",
            gap="0.5rem",
        ),
        _figure_line("Sales", row.sales),
        _figure_line("Refunds", row.refunds),
        _figure_line("Fees", row.fees),
        _figure_line("Platform share", row.platform),
        padding="0.6rem 0.75rem",
        border_radius="8px",
        background=rx.cond(row.is_total, "var(--gray-a3)", "var(--gray-a2)"),
        width="100%",
        class_name="statement-card",
    )


def _statement() -> rx.Component:
    header = ("Course", "Sales", "Refunds", "Fees", "Platform share", "Your net")
    return panel(
        "Monthly statement",
        "Net = sales − refunds − payment fees − the platform's share. Dates are UTC.",
        rx.flex(
            rx.el.select(
                rx.foreach(S.months, lambda m: rx.el.option(m.label, value=m.value)),
                value=S.month,
                on_change=S.choose_month,
                id="statement-month",
                aria_label="Statement month",
                style={
                    "padding": "6px 10px",
                    "border_radius": "6px",
                    "border": "1px solid var(--gray-a7)",
                    "background": "var(--color-panel-solid)",
                },
            ),
            rx.spacer(),
            rx.hstack(
                rx.button(
                    rx.icon("file-spreadsheet", size=16),
                    "CSV",
                    variant="outline",
                    on_click=S.download_csv,
                    id="download-csv",
                ),
                rx.button(
                    rx.icon("file-text", size=16),
                    "PDF statement",
                    variant="outline",
                    on_click=S.download_pdf,
                    id="download-pdf",
                ),
                spacing="2",
            ),
            width="100%",
            gap="0.75rem",
            wrap="wrap",
            align="center",
            margin_bottom="0.75rem",
        ),
        rx.cond(
            S.lines.length() == 0,
            rx.text(
                "No sales or refunds in ",
                S.month_title,
                ".",
                size="2",
                color="var(--gray-11)",
                padding="1rem 0",
                id="statement-empty",
            ),
            rx.fragment(
                rx.tablet_and_desktop(
                    rx.table.root(
                        rx.table.header(
                            rx.table.row(
                                *[
                                    rx.table.column_header_cell(
                                        h, text_align="left" if i == 0 else "right"
                                    )
                                    for i, h in enumerate(header)
                                ]
                            )
                        ),
                        rx.table.body(rx.foreach(S.lines, _statement_row)),
                        size="1",
                        width="100%",
                        id="statement-table",
                    ),
                    overflow_x="auto",
                    width="100%",
                ),
                rx.mobile_only(
                    rx.vstack(
                        rx.foreach(S.lines, _statement_card),
                        spacing="2",
                        width="100%",
                        id="statement-cards",
                    ),
                    width="100%",
                ),
            ),
        ),
    )


def _payouts() -> rx.Component:
    return panel(
        "Payouts",
        "Once a month, available balances of at least the payout minimum are paid out.",
        rx.cond(
            S.payouts.length() == 0,
            rx.text("No payouts yet.", size="2", color="var(--gray-11)", id="payouts-empty"),
            rx.box(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *[
                                rx.table.column_header_cell(h)
                                for h in ("Month", "Amount", "Status", "Reference", "Paid on")
                            ]
                        )
                    ),
                    rx.table.body(
                        rx.foreach(
                            S.payouts,
                            lambda p: rx.table.row(
                                rx.table.cell(p.period, white_space="nowrap"),
                                rx.table.cell(p.amount, white_space="nowrap"),
                                rx.table.cell(
                                    rx.badge(
                                        p.status,
                                        color_scheme=rx.cond(p.pending, "amber", "green"),
                                    )
                                ),
                                rx.table.cell(rx.text(p.reference, size="2", truncate=True)),
                                rx.table.cell(p.paid_on),
                            ),
                        )
                    ),
                    size="1",
                    width="100%",
                    id="payouts-table",
                ),
                overflow_x="auto",
                width="100%",
            ),
        ),
    )


def _shares_and_referral() -> rx.Component:
    return panel(
        "Your share",
        "What you keep of each sale, after payment fees, by how the buyer came.",
        rx.vstack(
            rx.foreach(
                S.shares,
                lambda s: rx.hstack(
                    rx.text(s.channel, size="2"),
                    rx.spacer(),
                    rx.text(s.percent, size="2", weight="bold"),
                    width="100%",
                ),
            ),
            rx.separator(size="4"),
            rx.text("Your referral code", size="2", weight="medium"),
            rx.hstack(
                rx.code(S.referral_code, size="3", id="referral-code"),
                rx.icon_button(
                    rx.icon("copy", size=14),
                    size="1",
                    variant="soft",
                    aria_label="Copy referral link",
                    on_click=rx.set_clipboard(S.referral_example),
                ),
                spacing="2",
                align="center",
            ),
            rx.text(
                "Add ?ref=",
                S.referral_code,
                " to any link to your courses. Buyers who arrive through it within 7 days "
                "earn you the referral share.",
                size="1",
                color="var(--gray-11)",
            ),
            spacing="2",
            width="100%",
        ),
    )


def studio_revenue_page() -> rx.Component:
    return page_shell(
        guarded(
            "instructor",
            lambda: rx.vstack(
                rx.flex(
                    rx.vstack(
                        rx.text("Studio", size="1", weight="bold", color=f"var(--{ACCENT}-11)"),
                        rx.heading("Revenue", size="7", id="revenue-heading"),
                        rx.text(
                            "Your earnings, statements and payouts, per currency.",
                            size="2",
                            color="var(--gray-11)",
                        ),
                        spacing="1",
                        align="start",
                    ),
                    rx.spacer(),
                    rx.link(
                        rx.button(rx.icon("chart-line", size=16), "Analytics", variant="outline"),
                        href=routes.STUDIO_ANALYTICS,
                    ),
                    width="100%",
                    align="end",
                    gap="1rem",
                    wrap="wrap",
                ),
                error_callout(S.error, role="alert"),
                rx.cond(
                    S.loaded,
                    rx.vstack(
                        _balances(),
                        rx.grid(
                            rx.box(_statement(), grid_column=rx.breakpoints(md="span 2")),
                            _shares_and_referral(),
                            columns=rx.breakpoints(initial="1", md="3"),
                            spacing="4",
                            width="100%",
                        ),
                        _payouts(),
                        spacing="4",
                        width="100%",
                    ),
                    loading_panel(),
                ),
                spacing="4",
                width="100%",
            ),
        )
    )
