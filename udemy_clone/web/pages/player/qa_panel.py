"""The Q&A panel below the video: ask at the current moment, browse, answer, upvote, report."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined,arg-type"

from __future__ import annotations

import reflex as rx

from udemy_clone.qa.models import ANSWER_MAX, BODY_MAX, TITLE_MAX
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.course.reviews.dialogs import reason_dialog
from udemy_clone.web.pages.player.qa_rows import AnswerRow, QuestionRow
from udemy_clone.web.pages.player.qa_state import QAState

S = QAState
_SORTS = (("recent", "Most recent"), ("upvoted", "Most upvoted"), ("unanswered", "Unanswered"))


def upvote_button(
    count: rx.Var, upvoted: rx.Var, mine: rx.Var, on_click: object, class_name: str
) -> rx.Component:
    """An upvote toggle with its count (a plain count on one's own post)."""
    return rx.button(
        rx.icon("arrow-big-up", size=16),
        count.to_string(),
        size="1",
        variant=rx.cond(upvoted, "solid", "soft"),
        color_scheme=rx.cond(upvoted, "violet", "gray"),
        on_click=on_click,
        disabled=mine,
        class_name=class_name,
        title=rx.cond(mine, "Upvotes of your post", rx.cond(upvoted, "Take back", "Upvote")),
        aria_pressed=upvoted,
    )


def timestamp_button(row: QuestionRow) -> rx.Component:
    return rx.cond(
        row.has_position,
        rx.button(
            rx.icon("play", size=12),
            row.stamp,
            size="1",
            variant="soft",
            on_click=S.seek(row.id),
            class_name="qa-seek",
            title="Play the video from this moment",
        ),
    )


def _hidden_badge(hidden: rx.Var) -> rx.Component:
    return rx.cond(
        hidden,
        rx.badge(rx.icon("eye-off", size=12), "Hidden by moderator", color_scheme="orange"),
    )


def _question_item(row: QuestionRow) -> rx.Component:
    return rx.box(
        rx.hstack(
            upvote_button(
                row.upvotes, row.upvoted, row.mine, S.upvote_question(row.id), "qa-upvote-question"
            ),
            rx.vstack(
                rx.link(
                    row.title,
                    on_click=S.open_question(row.id),
                    weight="bold",
                    size="2",
                    cursor="pointer",
                    class_name="qa-question-title",
                    style={"overflow_wrap": "anywhere"},
                ),
                rx.cond(
                    row.body != "",
                    rx.text(
                        row.body,
                        size="2",
                        color="var(--gray-11)",
                        style={
                            "display": "-webkit-box",
                            "-webkit-line-clamp": "2",
                            "-webkit-box-orient": "vertical",
                            "overflow": "hidden",
                            "overflow_wrap": "anywhere",
                        },
                    ),
                ),
                rx.flex(
                    rx.text(row.author, " · ", row.age, size="1", color="var(--gray-10)"),
                    rx.cond(
                        S.scope == "course",
                        rx.text(row.lecture_title, size="1", color="var(--gray-10)"),
                    ),
                    timestamp_button(row),
                    rx.badge(
                        row.answers_label,
                        color_scheme=rx.cond(row.answer_count > 0, "green", "gray"),
                        variant="soft",
                        class_name="qa-answer-count",
                    ),
                    rx.cond(
                        row.instructor_answered,
                        rx.badge(rx.icon("graduation-cap", size=12), "Instructor answered"),
                    ),
                    _hidden_badge(row.hidden),
                    spacing="2",
                    align="center",
                    wrap="wrap",
                ),
                spacing="1",
                align="start",
                width="100%",
                min_width="0",
            ),
            spacing="3",
            align="start",
            width="100%",
        ),
        padding="0.75rem",
        border_bottom="1px solid var(--gray-a4)",
        width="100%",
        class_name="qa-question",
    )


def _composer() -> rx.Component:
    return rx.vstack(
        rx.heading("Ask a question", size="3"),
        rx.input(
            value=S.draft_title,
            on_change=S.set_draft_title,
            placeholder="Title: what is your question, in one sentence?",
            max_length=TITLE_MAX,
            width="100%",
            id="qa-title",
        ),
        rx.text_area(
            value=S.draft_body,
            on_change=S.set_draft_body,
            placeholder="Details (optional): what did you try, what happened?",
            max_length=BODY_MAX,
            rows="4",
            width="100%",
            id="qa-body",
        ),
        rx.text(
            rx.flex(
                rx.checkbox(
                    checked=S.attach_time, on_change=S.set_attach_time, id="qa-attach-time"
                ),
                "Ask about the moment ",
                rx.text.strong(S.draft_stamp, id="qa-draft-stamp"),
                " of the video",
                spacing="2",
                align="center",
            ),
            as_="label",
            size="2",
        ),
        rx.cond(
            S.ask_error != "",
            rx.callout(
                S.ask_error, icon="circle-alert", color_scheme="red", size="1", width="100%"
            ),
        ),
        rx.hstack(
            rx.button(
                "Post question", on_click=S.submit_question, loading=S.saving, id="qa-submit"
            ),
            rx.button("Cancel", variant="soft", color_scheme="gray", on_click=S.cancel_ask),
            spacing="2",
        ),
        spacing="2",
        width="100%",
        padding="0.75rem",
        background="var(--gray-a2)",
        border_radius="8px",
        id="qa-composer",
    )


def _moderation_buttons(kind: str, post_id: rx.Var, hidden: rx.Var) -> rx.Component:
    return rx.cond(
        S.can_moderate,
        rx.cond(
            hidden,
            rx.button(
                rx.icon("eye", size=14),
                "Unhide",
                size="1",
                variant="soft",
                on_click=S.unhide(kind, post_id),
                class_name=f"qa-unhide-{kind}",
            ),
            rx.button(
                rx.icon("eye-off", size=14),
                "Hide",
                size="1",
                variant="soft",
                color_scheme="red",
                on_click=S.hide(kind, post_id),
                class_name=f"qa-hide-{kind}",
            ),
        ),
    )


def _report_button(kind: str, post_id: rx.Var, mine: rx.Var, reported: rx.Var) -> rx.Component:
    return rx.cond(
        mine,
        rx.fragment(),
        rx.cond(
            reported,
            rx.text("Reported", size="1", color="var(--gray-10)"),
            rx.button(
                rx.icon("flag", size=14),
                "Report",
                size="1",
                variant="ghost",
                color_scheme="gray",
                on_click=S.open_report(kind, post_id),
                class_name=f"qa-report-{kind}",
            ),
        ),
    )


def _answer(answer: AnswerRow) -> rx.Component:
    return rx.box(
        rx.hstack(
            upvote_button(
                answer.upvotes,
                answer.upvoted,
                answer.mine,
                S.upvote_answer(answer.id),
                "qa-upvote-answer",
            ),
            rx.vstack(
                rx.flex(
                    rx.text(answer.author, weight="medium", size="2"),
                    rx.cond(
                        answer.instructor,
                        rx.badge(
                            rx.icon("graduation-cap", size=12),
                            "Instructor answer",
                            color_scheme="violet",
                            class_name="qa-badge-instructor",
                        ),
                    ),
                    rx.cond(
                        answer.top,
                        rx.badge(
                            rx.icon("trophy", size=12),
                            "Top answer",
                            color_scheme="amber",
                            class_name="qa-badge-top",
                        ),
                    ),
                    _hidden_badge(answer.hidden),
                    rx.text(answer.age, size="1", color="var(--gray-10)"),
                    spacing="2",
                    align="center",
                    wrap="wrap",
                ),
                rx.text(
                    answer.body,
                    size="2",
                    white_space="pre-wrap",
                    style={"overflow_wrap": "anywhere"},
                    class_name="qa-answer-body",
                ),
                rx.hstack(
                    _report_button("answer", answer.id, answer.mine, answer.reported),
                    _moderation_buttons("answer", answer.id, answer.hidden),
                    spacing="3",
                ),
                spacing="1",
                align="start",
                width="100%",
                min_width="0",
            ),
            spacing="3",
            align="start",
            width="100%",
        ),
        padding="0.75rem",
        border_left=rx.cond(
            answer.instructor, "3px solid var(--violet-9)", "3px solid var(--gray-a5)"
        ),
        background=rx.cond(answer.hidden, "var(--orange-a2)", "var(--gray-a2)"),
        border_radius="6px",
        width="100%",
        class_name="qa-answer",
    )


def _question_view() -> rx.Component:
    q = S.current
    return rx.vstack(
        rx.button(
            rx.icon("arrow-left", size=14),
            "All questions",
            size="1",
            variant="ghost",
            on_click=S.close_question,
            id="qa-back",
        ),
        rx.hstack(
            upvote_button(
                q.upvotes, q.upvoted, q.mine, S.upvote_question(q.id), "qa-upvote-open-question"
            ),
            rx.vstack(
                rx.heading(
                    q.title, size="4", id="qa-open-title", style={"overflow_wrap": "anywhere"}
                ),
                rx.flex(
                    rx.text(
                        q.author,
                        " · ",
                        q.age,
                        " · ",
                        q.lecture_title,
                        size="1",
                        color="var(--gray-10)",
                    ),
                    timestamp_button(q),
                    _hidden_badge(q.hidden),
                    spacing="2",
                    align="center",
                    wrap="wrap",
                ),
                spacing="1",
                align="start",
                min_width="0",
            ),
            spacing="3",
            align="start",
            width="100%",
        ),
        rx.cond(
            q.hidden & q.mine & ~S.can_moderate,
            rx.callout(
                "A moderator hid this question: other students no longer see it.",
                icon="eye-off",
                color_scheme="orange",
                size="1",
                width="100%",
            ),
        ),
        rx.cond(
            q.body != "",
            rx.text(q.body, size="2", white_space="pre-wrap", style={"overflow_wrap": "anywhere"}),
        ),
        rx.hstack(
            _report_button("question", q.id, q.mine, q.reported),
            _moderation_buttons("question", q.id, q.hidden),
            spacing="3",
        ),
        rx.heading(
            rx.cond(
                S.answers.length() == 1, "1 answer", S.answers.length().to_string() + " answers"
            ),
            size="3",
            margin_top="0.5rem",
        ),
        rx.cond(
            S.answers.length() > 0,
            rx.vstack(rx.foreach(S.answers, _answer), spacing="2", width="100%", id="qa-answers"),
            rx.text("No answers yet. Be the first to help.", size="2", color="var(--gray-10)"),
        ),
        rx.cond(
            ~q.hidden,
            rx.vstack(
                rx.text_area(
                    value=S.answer_draft,
                    on_change=S.set_answer_draft,
                    placeholder="Write your answer…",
                    max_length=ANSWER_MAX,
                    rows="3",
                    width="100%",
                    id="qa-answer-draft",
                ),
                rx.cond(
                    S.answer_error != "",
                    rx.callout(S.answer_error, icon="circle-alert", color_scheme="red", size="1"),
                ),
                rx.button(
                    "Post answer",
                    on_click=S.submit_answer,
                    disabled=S.answer_draft.strip() == "",
                    id="qa-answer-submit",
                ),
                spacing="2",
                width="100%",
                align="start",
            ),
        ),
        spacing="3",
        width="100%",
        align="start",
        id="qa-question-view",
    )


def _toolbar() -> rx.Component:
    return rx.flex(
        rx.segmented_control.root(
            rx.segmented_control.item("This lecture", value="lecture"),
            rx.segmented_control.item("Whole course", value="course"),
            value=S.scope,
            on_change=S.set_scope,
            size="1",
            id="qa-scope",
        ),
        rx.select.root(
            rx.select.trigger(id="qa-sort", aria_label="Sort questions"),
            rx.select.content(
                *[rx.select.item(label, value=value) for value, label in _SORTS],
            ),
            value=S.sort,
            on_change=S.set_sort,
            size="1",
        ),
        rx.input(
            rx.input.slot(rx.icon("search", size=14)),
            placeholder="Search questions",
            default_value=S.query,
            on_change=S.search.debounce(350),
            size="1",
            flex="1",
            min_width="160px",
            id="qa-search",
        ),
        spacing="2",
        align="center",
        wrap="wrap",
        width="100%",
    )


def _list() -> rx.Component:
    return rx.vstack(
        _toolbar(),
        rx.cond(
            S.list_error != "",
            rx.callout(S.list_error, icon="circle-alert", color_scheme="red", size="1"),
        ),
        rx.cond(
            S.questions.length() > 0,
            rx.vstack(
                rx.text(
                    S.total.to_string(),
                    rx.cond(S.total == 1, " question", " questions"),
                    size="1",
                    color="var(--gray-10)",
                    id="qa-total",
                ),
                rx.box(rx.foreach(S.questions, _question_item), width="100%", id="qa-list"),
                spacing="1",
                width="100%",
            ),
            rx.vstack(
                rx.icon("messages-square", size=28, color="var(--gray-8)"),
                rx.text(
                    rx.cond(
                        S.query != "",
                        "No question matches your search.",
                        rx.cond(
                            S.sort == "unanswered",
                            "Every question has an answer.",
                            rx.cond(
                                S.scope == "course",
                                "No questions in this course yet. Ask the first one!",
                                "No questions on this lecture yet. Ask the first one!",
                            ),
                        ),
                    ),
                    size="2",
                    color="var(--gray-10)",
                ),
                align="center",
                width="100%",
                padding="1.5rem 0",
                id="qa-empty",
            ),
        ),
        spacing="2",
        width="100%",
    )


def _report_dialog() -> rx.Component:
    return reason_dialog(
        title="Report this post",
        description="Tell the moderators what is wrong with it (spam, abuse, off-topic…).",
        reason_id="qa-report-reason",
        error=S.report_error,
        submit_label="Report",
        submit_id="qa-report-submit",
        on_submit=S.submit_report,
        open_=S.report_open,
        on_open_change=S.set_report_open,
    )


def qa_panel() -> rx.Component:
    """Q&A of the course, for its enrolled students, its instructor and admins."""
    return rx.cond(
        S.loaded,
        rx.cond(
            S.can_take_part,
            rx.vstack(
                rx.hstack(
                    rx.hstack(
                        rx.icon("messages-square", size=18),
                        rx.heading("Questions & answers", size="4"),
                        align="center",
                    ),
                    rx.spacer(),
                    rx.cond(
                        ~S.asking,
                        rx.button(
                            rx.icon("plus", size=14),
                            "Ask a question",
                            on_click=S.start_ask,
                            id="qa-ask",
                        ),
                    ),
                    width="100%",
                    align="center",
                    wrap="wrap",
                ),
                rx.cond(
                    S.notice != "",
                    rx.callout(S.notice, icon="info", size="1", width="100%", id="qa-notice"),
                ),
                rx.cond(S.asking, _composer()),
                rx.cond(S.open_id != 0, _question_view(), _list()),
                _report_dialog(),
                spacing="3",
                width="100%",
                padding="1rem",
                style=card_style,
                id="qa-panel",
            ),
            rx.callout(
                "Enroll in this course to read and ask questions about its lectures.",
                icon="lock",
                size="1",
                id="qa-locked",
            ),
        ),
        rx.center(rx.spinner(), padding="1rem", width="100%"),
    )
