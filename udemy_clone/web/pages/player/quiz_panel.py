"""The quiz in the player: questions to answer, then the score with right/wrong and why."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.layout import loading_panel
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.player.quiz_state import QuizState
from udemy_clone.web.pages.player.state import PlayerState

_quiz: Any = QuizState


def _option(question: Any, option: Any) -> rx.Component:
    chosen = _quiz.picked.contains(option.key)
    mark = rx.cond(
        question.multiple,
        rx.cond(chosen, rx.icon("square-check", size=18), rx.icon("square", size=18)),
        rx.cond(chosen, rx.icon("circle-dot", size=18), rx.icon("circle", size=18)),
    )
    return rx.hstack(
        rx.box(mark, color=rx.cond(chosen, "var(--accent-10)", "var(--gray-9)"), flex_shrink="0"),
        rx.text(option.text, size="2"),
        spacing="3",
        align="center",
        width="100%",
        padding="0.7rem 0.9rem",
        border=rx.cond(chosen, "2px solid var(--accent-9)", "1px solid var(--gray-a6)"),
        border_radius="8px",
        background=rx.cond(chosen, "var(--accent-a3)", "var(--color-panel-solid)"),
        cursor="pointer",
        _hover={"background": "var(--gray-a3)"},
        on_click=_quiz.pick(option.key),
        role=rx.cond(question.multiple, "checkbox", "radio"),
        aria_checked=rx.cond(chosen, "true", "false"),
        tab_index=0,
        class_name="quiz-option",
        data_selected=rx.cond(chosen, "true", "false"),
    )


def _question(question: Any) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text("Question ", question.number.to_string(), size="2", color="var(--gray-11)"),
            rx.badge(
                rx.cond(question.multiple, "Choose all that apply", "Choose one"),
                variant="soft",
                color_scheme="gray",
                size="1",
            ),
            spacing="2",
            align="center",
        ),
        rx.text(question.prompt, weight="medium", size="3", white_space="pre-wrap"),
        rx.vstack(
            rx.foreach(question.options, lambda option: _option(question, option)),
            spacing="2",
            width="100%",
        ),
        spacing="2",
        width="100%",
        class_name="quiz-question",
    )


def _taking() -> rx.Component:
    return rx.vstack(
        rx.foreach(_quiz.questions, _question),
        error_callout(_quiz.quiz_error, id="quiz-error", role="alert"),
        rx.flex(
            rx.text(
                _quiz.answered_count.to_string(),
                " of ",
                _quiz.questions.length().to_string(),
                " answered",
                size="2",
                color="var(--gray-11)",
                id="quiz-answered",
            ),
            rx.button(
                rx.cond(_quiz.submitting, rx.spinner(size="1"), rx.icon("send", size=15)),
                "Submit answers",
                on_click=QuizState.submit,
                disabled=~_quiz.all_answered | _quiz.submitting,
                size="3",
                id="quiz-submit",
            ),
            justify="between",
            align="center",
            gap="0.75rem",
            wrap="wrap",
            width="100%",
        ),
        spacing="5",
        width="100%",
    )


def _result_option(option: Any) -> rx.Component:
    tone = rx.cond(option.correct, "green", rx.cond(option.selected, "red", "gray"))
    icon = rx.cond(
        option.correct,
        rx.icon("circle-check", size=18, color="var(--green-10)"),
        rx.cond(
            option.selected,
            rx.icon("circle-x", size=18, color="var(--red-10)"),
            rx.icon("circle", size=18, color="var(--gray-8)"),
        ),
    )
    return rx.hstack(
        rx.box(icon, flex_shrink="0", padding_top="2px"),
        rx.vstack(
            rx.hstack(
                rx.text(option.text, size="2", weight=rx.cond(option.selected, "bold", "regular")),
                rx.cond(option.selected, rx.badge("Your answer", size="1", color_scheme=tone)),
                rx.cond(
                    option.correct,
                    rx.badge("Correct answer", size="1", color_scheme="green", variant="soft"),
                ),
                spacing="2",
                align="center",
                wrap="wrap",
            ),
            rx.cond(
                option.explanation != "",
                rx.text(
                    option.explanation, size="1", color="var(--gray-11)", class_name="explanation"
                ),
            ),
            spacing="1",
            align="start",
        ),
        spacing="3",
        align="start",
        width="100%",
        padding="0.6rem 0.8rem",
        border_radius="8px",
        border=rx.cond(
            option.correct,
            "1px solid var(--green-a7)",
            rx.cond(option.selected, "1px solid var(--red-a7)", "1px solid var(--gray-a5)"),
        ),
        background=rx.cond(
            option.correct, "var(--green-a2)", rx.cond(option.selected, "var(--red-a2)", "none")
        ),
        class_name=rx.cond(
            option.correct,
            "result-option correct",
            rx.cond(option.selected, "result-option wrong", "result-option"),
        ),
    )


def _result_question(question: Any) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.cond(
                question.is_correct,
                rx.badge(rx.icon("check", size=12), "Correct", color_scheme="green"),
                rx.badge(rx.icon("x", size=12), "Incorrect", color_scheme="red"),
            ),
            rx.text("Question ", question.number.to_string(), size="2", color="var(--gray-11)"),
            spacing="2",
            align="center",
        ),
        rx.text(question.prompt, weight="medium", size="3", white_space="pre-wrap"),
        rx.vstack(rx.foreach(question.options, _result_option), spacing="2", width="100%"),
        spacing="2",
        width="100%",
        class_name=rx.cond(question.is_correct, "result-question right", "result-question wrong"),
    )


def _result() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.hstack(
                rx.center(
                    rx.text(_quiz.percent.to_string() + "%", size="5", weight="bold"),
                    width="72px",
                    height="72px",
                    border_radius="50%",
                    background=rx.cond(_quiz.passed, "var(--green-a4)", "var(--amber-a4)"),
                    flex_shrink="0",
                ),
                rx.vstack(
                    rx.heading(
                        rx.cond(_quiz.passed, "Well done!", "Keep practising"),
                        size="5",
                    ),
                    rx.text(
                        "You got ",
                        _quiz.score.to_string(),
                        " of ",
                        _quiz.total.to_string(),
                        " questions right.",
                        id="quiz-score",
                    ),
                    spacing="1",
                ),
                spacing="4",
                align="center",
            ),
            rx.button(
                rx.icon("rotate-ccw", size=15),
                "Retake quiz",
                variant="soft",
                size="3",
                on_click=QuizState.retake,
                id="quiz-retake",
            ),
            justify="between",
            align="center",
            gap="1rem",
            wrap="wrap",
            width="100%",
        ),
        rx.divider(),
        rx.foreach(_quiz.results, _result_question),
        spacing="5",
        width="100%",
        id="quiz-result",
    )


def quiz_panel() -> rx.Component:
    """Shown instead of the video when the player's item is a quiz."""
    return rx.box(
        rx.vstack(
            rx.hstack(
                rx.icon("list-checks", size=20, color="var(--accent-10)"),
                rx.text("Quiz", weight="bold", color="var(--accent-11)"),
                rx.spacer(),
                rx.cond(
                    _quiz.attempt_count > 0,
                    rx.text(
                        "Attempts: ",
                        _quiz.attempt_count.to_string(),
                        size="1",
                        color="var(--gray-10)",
                    ),
                ),
                width="100%",
                align="center",
            ),
            rx.cond(
                _quiz.quiz_loaded,
                rx.cond(
                    _quiz.questions.length() == 0,
                    rx.vstack(
                        error_callout(_quiz.quiz_error, role="alert"),
                        rx.text("This quiz has no questions yet.", color="var(--gray-11)"),
                        width="100%",
                    ),
                    rx.cond(_quiz.showing_result, _result(), _taking()),
                ),
                loading_panel(),
            ),
            spacing="4",
            width="100%",
        ),
        padding=["1rem", "1.5rem"],
        style=card_style,
        width="100%",
        id="quiz-panel",
        data_lecture_id=PlayerState.lecture_id,
    )
