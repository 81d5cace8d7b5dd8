"""Q&A moderation (/admin/qa): reported questions and answers across all courses."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.layout import guarded, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.admin.qa_moderation_state import AdminQAState, QaModerationRow

S = AdminQAState


def _card(row: QaModerationRow) -> rx.Component:
    hidden_view = S.status == "hidden"
    return rx.box(
        rx.flex(
            rx.badge(row.kind_label, variant="soft"),
            rx.link(row.course_title, href=row.player_href, weight="bold", size="2"),
            rx.spacer(),
            rx.cond(
                hidden_view,
                rx.badge("Hidden", color_scheme="orange"),
                rx.badge(row.report_label, color_scheme="red"),
            ),
            spacing="2",
            align="center",
            wrap="wrap",
            width="100%",
        ),
        rx.text(
            "On “", row.question_title, "”", size="1", color="var(--gray-11)", margin_top="0.4rem"
        ),
        rx.text(row.author, " · ", row.age, weight="medium", size="2", margin_top="0.25rem"),
        rx.text(
            row.body,
            size="2",
            white_space="pre-wrap",
            margin_top="0.4rem",
            style={"overflow_wrap": "anywhere"},
        ),
        rx.cond(
            ~hidden_view,
            rx.vstack(
                rx.foreach(
                    row.reports, lambda line: rx.text(line, size="1", color="var(--gray-11)")
                ),
                spacing="1",
                margin_top="0.5rem",
                padding="0.5rem 0.75rem",
                background="var(--red-a2)",
                border_radius="6px",
                width="100%",
            ),
        ),
        rx.hstack(
            rx.cond(
                hidden_view,
                rx.button(
                    rx.icon("eye", size=14),
                    "Show again",
                    size="1",
                    variant="soft",
                    on_click=S.keep(row.kind, row.post_id),
                    class_name="qa-mod-unhide",
                ),
                rx.hstack(
                    rx.button(
                        rx.icon("eye-off", size=14),
                        "Hide",
                        size="1",
                        color_scheme="red",
                        on_click=S.hide(row.kind, row.post_id),
                        class_name="qa-mod-hide",
                    ),
                    rx.button(
                        rx.icon("check", size=14),
                        "Keep (dismiss reports)",
                        size="1",
                        variant="soft",
                        on_click=S.keep(row.kind, row.post_id),
                        class_name="qa-mod-keep",
                    ),
                    spacing="2",
                ),
            ),
            justify="end",
            width="100%",
            margin_top="0.75rem",
        ),
        padding="1rem",
        width="100%",
        id=f"qa-mod-{row.key}",
        class_name="qa-moderation-item",
        **card_style,
    )


def _content() -> rx.Component:
    return rx.vstack(
        admin_nav(routes.admin_url("qa")),
        admin_header(
            "Q&A moderation",
            "Questions and answers people reported. Hide them from students or keep them.",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item("Reported", value="reported"),
            rx.segmented_control.item("Hidden", value="hidden"),
            value=S.status,
            on_change=S.show,
            id="qa-mod-status",
        ),
        rx.cond(
            S.notice != "", rx.callout(S.notice, icon="check", color_scheme="green", width="100%")
        ),
        rx.cond(
            S.error != "",
            rx.callout(S.error, icon="triangle-alert", color_scheme="red", width="100%"),
        ),
        rx.cond(
            S.items.length() > 0,
            rx.vstack(rx.foreach(S.items, _card), spacing="3", width="100%"),
            rx.text(
                rx.cond(
                    S.status == "hidden",
                    "No hidden questions or answers.",
                    "Nothing to moderate: no open reports.",
                ),
                color="var(--gray-11)",
                id="qa-mod-empty",
            ),
        ),
        spacing="4",
        width="100%",
        align="start",
    )


def admin_qa_page() -> rx.Component:
    """/admin/qa: the Q&A moderation queue."""
    return page_shell(guarded("admin", _content))
