"""The studio's quiz editor: a quiz's questions, answers, correct marks and explanations."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.catalog.quiz_models import EXPLANATION_MAX, OPTION_MAX, PROMPT_MAX
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.studio.quiz_editor_state import QuizEditorState

_s: Any = QuizEditorState


def _icon_button(icon: str, label: str, on_click: Any, **props: Any) -> rx.Component:
    return rx.tooltip(
        rx.icon_button(
            rx.icon(icon, size=15),
            size="1",
            variant="ghost",
            on_click=on_click,
            aria_label=label,
            type="button",
            **props,
        ),
        content=label,
    )


def _saved_option(option: Any) -> rx.Component:
    return rx.hstack(
        rx.cond(
            option.correct,
            rx.icon("circle-check", size=16, color="var(--green-10)", flex_shrink="0"),
            rx.icon("circle", size=16, color="var(--gray-8)", flex_shrink="0"),
        ),
        rx.vstack(
            rx.text(option.text, size="2", weight=rx.cond(option.correct, "medium", "regular")),
            rx.cond(
                option.explanation != "",
                rx.text(option.explanation, size="1", color="var(--gray-11)"),
            ),
            spacing="0",
            align="start",
        ),
        spacing="2",
        align="start",
        width="100%",
    )


def _question_card(question: Any) -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.hstack(
                rx.text("Question ", question.number.to_string(), weight="bold", size="2"),
                rx.badge(question.kind_label, variant="soft", size="1"),
                spacing="2",
                align="center",
            ),
            rx.hstack(
                _icon_button("pencil", "Edit question", _s.edit_question(question.id)),
                _icon_button(
                    "arrow-up", "Move up", _s.move(question.id, -1), disabled=~question.can_up
                ),
                _icon_button(
                    "arrow-down", "Move down", _s.move(question.id, 1), disabled=~question.can_down
                ),
                _icon_button(
                    "trash-2", "Delete question", _s.delete(question.id), color_scheme="red"
                ),
                spacing="3",
            ),
            justify="between",
            align="center",
            width="100%",
            gap="0.5rem",
        ),
        rx.text(question.prompt, size="3", weight="medium", white_space="pre-wrap"),
        rx.vstack(rx.foreach(question.options, _saved_option), spacing="2", width="100%"),
        spacing="2",
        width="100%",
        padding="1rem",
        border="1px solid var(--gray-a5)",
        border_radius="10px",
        background="var(--color-panel-solid)",
        class_name="quiz-question-card",
    )


def _draft_option(option: Any) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.tooltip(
                rx.icon_button(
                    rx.cond(
                        option.correct,
                        rx.icon("circle-check", size=18),
                        rx.icon("circle", size=18),
                    ),
                    variant=rx.cond(option.correct, "solid", "soft"),
                    color_scheme=rx.cond(option.correct, "green", "gray"),
                    on_click=_s.mark_correct(option.index),
                    type="button",
                    aria_label="Mark as correct",
                    aria_pressed=rx.cond(option.correct, "true", "false"),
                    class_name="mark-correct",
                ),
                content="Mark as correct",
            ),
            rx.input(
                value=option.text,
                on_change=lambda value: _s.set_option_text(option.index, value),
                placeholder="Answer " + (option.index + 1).to_string(),
                max_length=OPTION_MAX,
                width="100%",
                class_name="option-text",
            ),
            _icon_button(
                "x",
                "Remove answer",
                _s.remove_option(option.index),
                disabled=~_s.can_remove_option,
                color_scheme="gray",
            ),
            spacing="2",
            align="center",
            width="100%",
        ),
        rx.input(
            value=option.explanation,
            on_change=lambda value: _s.set_option_explanation(option.index, value),
            placeholder="Why this answer is right or wrong (shown after submitting)",
            max_length=EXPLANATION_MAX,
            width="100%",
            size="1",
            class_name="option-explanation",
        ),
        spacing="1",
        width="100%",
        padding_left=["0", "2.6rem"],
        class_name="draft-option",
    )


def _kind_choice(value: str, label: str) -> rx.Component:
    return rx.el.label(
        rx.radio_group.item(value=value, id=f"kind-{value}"),
        rx.text(label, size="2"),
        style={"display": "flex", "gap": "0.4rem", "align_items": "center", "cursor": "pointer"},
    )


def _question_form() -> rx.Component:
    return rx.vstack(
        rx.heading(rx.cond(_s.editing_id > 0, "Edit question", "New question"), size="4"),
        rx.text_area(
            value=_s.draft_prompt,
            on_change=_s.set_prompt,
            placeholder="The question, e.g. “Which keyword declares a constant?”",
            max_length=PROMPT_MAX,
            rows="3",
            width="100%",
            id="question-prompt",
        ),
        rx.radio_group.root(
            rx.flex(
                _kind_choice("single", "One correct answer"),
                _kind_choice("multiple", "Several correct answers"),
                gap="1.25rem",
                align="center",
                wrap="wrap",
            ),
            value=_s.draft_kind,
            on_change=_s.set_kind,
        ),
        rx.text(
            "Answers: mark the correct ",
            rx.cond(_s.draft_kind == "multiple", "ones", "one"),
            " with the circle; explanations are shown to students after they submit.",
            size="1",
            color="var(--gray-11)",
        ),
        rx.vstack(rx.foreach(_s.draft_options, _draft_option), spacing="3", width="100%"),
        rx.button(
            rx.icon("plus", size=14),
            "Add answer",
            variant="soft",
            color_scheme="gray",
            size="1",
            on_click=_s.add_option,
            disabled=~_s.can_add_option,
            type="button",
            id="add-option",
        ),
        error_callout(_s.form_error, id="question-error", role="alert"),
        rx.hstack(
            rx.button(
                rx.cond(_s.saving, rx.spinner(size="1"), rx.icon("check", size=15)),
                "Save question",
                on_click=_s.save,
                disabled=_s.saving,
                id="save-question",
            ),
            rx.button("Cancel", variant="soft", color_scheme="gray", on_click=_s.cancel),
            spacing="2",
        ),
        spacing="3",
        width="100%",
        padding="1.25rem",
        style=card_style,
        id="question-form",
    )


def _content() -> rx.Component:
    return rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=16), rx.text("Back to the curriculum")),
            href=_s.course_href,
            color="var(--gray-11)",
            underline="none",
            id="back-to-curriculum",
        ),
        rx.hstack(
            rx.icon("list-checks", size=24, color="var(--accent-10)"),
            rx.heading(_s.quiz_title, size="6", id="quiz-title"),
            spacing="2",
            align="center",
        ),
        rx.text(
            "Students take the quiz in the player and see the score with your explanations. "
            "Each question has 2 to 8 answers.",
            color="var(--gray-11)",
            size="2",
        ),
        error_callout(_s.load_error, id="quiz-load-error", role="alert"),
        rx.cond(
            (_s.questions.length() == 0) & (_s.load_error == ""),
            rx.center(
                rx.vstack(
                    rx.icon("circle-help", size=28, color="var(--gray-9)"),
                    rx.text("No questions yet: add the first one.", color="var(--gray-11)"),
                    align="center",
                ),
                padding="2rem",
                width="100%",
                border="1px dashed var(--gray-a6)",
                border_radius="12px",
            ),
            rx.vstack(
                rx.foreach(_s.questions, _question_card),
                spacing="3",
                width="100%",
                id="quiz-questions",
            ),
        ),
        rx.cond(
            _s.editing_id >= 0,
            _question_form(),
            rx.cond(
                _s.load_error == "",
                rx.button(
                    rx.icon("plus", size=14),
                    "Add question",
                    on_click=_s.new_question,
                    size="3",
                    id="add-question",
                ),
            ),
        ),
        spacing="4",
        width="100%",
        max_width="820px",
    )


def quiz_editor_page() -> rx.Component:
    """/studio/quizzes/[lecture_id]"""
    return page_shell(
        guarded(
            "instructor",
            lambda: rx.cond(_s.loaded, _content(), loading_panel()),
        )
    )
