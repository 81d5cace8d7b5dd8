"""The studio's Q&A inbox (/studio/qa): unanswered questions, answered inline or in the player."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

import reflex as rx

from udemy_clone.qa.models import ANSWER_MAX
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.player.qa_rows import QuestionRow
from udemy_clone.web.pages.studio.qa_inbox_state import StudioQAState

S = StudioQAState


def _answer_box(row: QuestionRow) -> rx.Component:
    return rx.vstack(
        rx.text_area(
            value=S.draft,
            on_change=S.set_draft,
            placeholder="Write your answer…",
            max_length=ANSWER_MAX,
            rows="4",
            width="100%",
            id="inbox-answer-draft",
        ),
        rx.cond(
            S.error != "",
            rx.callout(S.error, icon="circle-alert", color_scheme="red", size="1", width="100%"),
        ),
        rx.hstack(
            rx.button("Post answer", on_click=S.submit, id="inbox-answer-submit"),
            rx.button("Cancel", variant="soft", color_scheme="gray", on_click=S.cancel),
            spacing="2",
        ),
        spacing="2",
        width="100%",
        margin_top="0.5rem",
    )


def _item(row: QuestionRow) -> rx.Component:
    return rx.box(
        rx.flex(
            rx.badge(
                row.course_title, variant="soft", max_width="100%", style={"overflow": "hidden"}
            ),
            rx.text(row.lecture_title, size="1", color="var(--gray-11)"),
            rx.cond(
                row.has_position, rx.badge(rx.icon("play", size=11), row.stamp, color_scheme="gray")
            ),
            rx.spacer(),
            rx.text(row.author, " · ", row.age, size="1", color="var(--gray-10)"),
            spacing="2",
            align="center",
            wrap="wrap",
            width="100%",
        ),
        rx.heading(row.title, size="3", margin_top="0.5rem", style={"overflow_wrap": "anywhere"}),
        rx.cond(
            row.body != "",
            rx.text(
                row.body,
                size="2",
                color="var(--gray-11)",
                white_space="pre-wrap",
                margin_top="0.25rem",
                style={"overflow_wrap": "anywhere"},
            ),
        ),
        rx.cond(
            S.answering_id == row.id,
            _answer_box(row),
            rx.hstack(
                rx.button(
                    rx.icon("reply", size=14),
                    "Answer",
                    size="2",
                    on_click=S.start_answer(row.id),
                    class_name="inbox-answer",
                ),
                rx.link(
                    rx.button(
                        rx.icon("circle-play", size=14), "Open in player", size="2", variant="soft"
                    ),
                    href=row.player_href,
                    class_name="inbox-open",
                ),
                spacing="2",
                margin_top="0.75rem",
                wrap="wrap",
            ),
        ),
        padding="1rem",
        width="100%",
        class_name="inbox-item",
        **card_style,
    )


def _content() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.vstack(
                rx.link("← Studio", href=routes.STUDIO, size="2"),
                rx.heading("Q&A inbox", size="7", id="inbox-heading"),
                rx.text(
                    "Questions on your lectures that nobody has answered yet, newest first.",
                    color="var(--gray-11)",
                ),
                spacing="1",
                align="start",
            ),
            width="100%",
        ),
        rx.cond(
            S.notice != "",
            rx.callout(
                S.notice, icon="check", color_scheme="green", width="100%", id="inbox-notice"
            ),
        ),
        rx.cond(
            S.loaded,
            rx.cond(
                S.items.length() > 0,
                rx.vstack(rx.foreach(S.items, _item), spacing="3", width="100%", id="inbox-list"),
                rx.vstack(
                    rx.icon("inbox", size=32, color="var(--gray-8)"),
                    rx.text("All caught up: every question has an answer.", color="var(--gray-11)"),
                    align="center",
                    padding="2rem",
                    width="100%",
                    id="inbox-empty",
                    **card_style,
                ),
            ),
            loading_panel(),
        ),
        spacing="4",
        width="100%",
        align="start",
    )


def studio_qa_page() -> rx.Component:
    """/studio/qa: the instructor's unanswered questions."""
    return page_shell(guarded("instructor", _content))
