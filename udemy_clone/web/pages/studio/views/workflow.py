"""The course editor's workflow bar: submit for review, publish, unpublish, confirm dialog."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.pages.studio.editor_state import CourseEditorState
from udemy_clone.web.pages.studio.video_state import VideoStatusState

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_editor: Any = CourseEditorState


def _live_video_ready() -> rx.Var:
    """A video of this course finished processing since the page loaded."""
    statuses: Any = VideoStatusState.status_by_lecture
    keys: Any = CourseEditorState.lecture_keys
    return keys.map(lambda key: statuses[key]).contains("ready")


def _checklist_item(item: Any) -> rx.Component:
    return rx.hstack(
        rx.cond(
            item.done,
            rx.icon("circle-check", size=18, color="var(--green-10)", flex_shrink="0"),
            rx.icon("circle-dashed", size=18, color="var(--amber-10)", flex_shrink="0"),
        ),
        rx.vstack(
            rx.text(item.label, size="2", weight="medium"),
            rx.text(item.detail, size="1", color="var(--gray-11)"),
            spacing="0",
            align="start",
        ),
        spacing="2",
        align="start",
        width="100%",
        custom_attrs={"data-done": rx.cond(item.done, "yes", "no")},
        class_name="checklist-item",
    )


def publishing_checklist() -> rx.Component:
    """What the course needs before it can go to review (the service enforces the same)."""
    s: Any = CourseEditorState
    return rx.box(
        rx.hstack(
            rx.icon("list-checks", size=16),
            rx.text("Publishing checklist", weight="bold", size="2"),
            spacing="2",
            align="center",
            margin_bottom="0.5rem",
        ),
        rx.grid(
            rx.foreach(s.checklist, _checklist_item),
            columns=rx.breakpoints(initial="1", md="2"),
            gap="0.75rem",
            width="100%",
        ),
        padding="0.9rem 1rem",
        border="1px solid var(--gray-a5)",
        border_radius="10px",
        background="var(--gray-a2)",
        width="100%",
        id="publishing-checklist",
    )


def workflow_bar() -> rx.Component:
    s: Any = CourseEditorState
    ready_now = s.can_submit | (
        (s.status == "draft") & s.waits_only_for_video & _live_video_ready()
    )
    return rx.vstack(
        rx.match(
            s.status,
            (
                "in_review",
                rx.callout(
                    "In review: an admin is checking the course. You will see the result here.",
                    icon="hourglass",
                    color_scheme="amber",
                    width="100%",
                    id="in-review-notice",
                ),
            ),
            (
                "published",
                rx.callout(
                    "Published: the course is live. Changes you save appear on its page.",
                    icon="circle-check",
                    color_scheme="green",
                    width="100%",
                ),
            ),
            rx.cond(
                s.rejection_reason != "",
                rx.callout.root(
                    rx.callout.icon(rx.icon("message-square-warning")),
                    rx.callout.text(
                        rx.text.strong("Changes requested by the review team: "),
                        s.rejection_reason,
                        rx.el.br(),
                        "Make the changes, then submit the course again.",
                    ),
                    color_scheme="red",
                    width="100%",
                    id="rejection-reason",
                ),
            ),
        ),
        rx.cond(
            (s.status == "draft") & ~ready_now & (s.submit_blocker != ""),
            rx.hstack(
                rx.icon("info", size=16, color="var(--amber-10)"),
                rx.text(
                    "Complete the publishing checklist to submit the course for review.",
                    size="2",
                    color="var(--gray-11)",
                    id="submit-blocker",
                ),
                spacing="2",
                align="center",
            ),
        ),
        rx.cond(s.status == "draft", publishing_checklist()),
        error_callout(s.workflow_error, id="workflow-error", role="alert"),
        spacing="2",
        width="100%",
    )


def workflow_actions() -> rx.Component:
    s: Any = CourseEditorState
    ready_now = s.can_submit | (
        (s.status == "draft") & s.waits_only_for_video & _live_video_ready()
    )
    return rx.hstack(
        rx.cond(
            s.slug != "",
            rx.link(
                rx.button(rx.icon("eye", size=15), "Preview", variant="ghost"),
                href=routes.course_url(s.slug),
                is_external=True,
            ),
        ),
        rx.match(
            s.status,
            (
                "draft",
                rx.button(
                    rx.icon("send", size=15),
                    "Submit for review",
                    disabled=~ready_now,
                    loading=s.workflow_busy,
                    on_click=_editor.submit_for_review,
                    id="submit-review",
                ),
            ),
            (
                "published",
                rx.button(
                    rx.icon("eye-off", size=15),
                    "Unpublish",
                    variant="soft",
                    color_scheme="amber",
                    loading=s.workflow_busy,
                    on_click=_editor.ask_confirm("unpublish", s.editor_course_id, s.saved_title),
                    id="unpublish-course",
                ),
            ),
            rx.fragment(),
        ),
        rx.cond(
            s.status != "published",
            rx.menu.root(
                rx.menu.trigger(
                    rx.icon_button(
                        rx.icon("ellipsis", size=16),
                        variant="soft",
                        color_scheme="gray",
                        aria_label="More actions",
                    ),
                ),
                rx.menu.content(
                    rx.menu.item(
                        rx.icon("trash-2", size=14),
                        "Delete course",
                        color="red",
                        on_click=_editor.ask_confirm("course", s.editor_course_id, s.saved_title),
                        id="delete-course",
                    ),
                ),
            ),
        ),
        spacing="2",
        align="center",
    )


_CONFIRM_TEXT = {
    "section": (
        "Delete this section?",
        "The section and all its lectures are deleted. Uploaded videos go with them.",
        "Delete section",
    ),
    "lecture": ("Delete this lecture?", "The lecture and its video are deleted.", "Delete lecture"),
    "course": (
        "Delete this course?",
        "The course, its curriculum and its videos are deleted for good. This cannot be undone.",
        "Delete course",
    ),
    "unpublish": (
        "Unpublish this course?",
        "It disappears from search and its page goes "
        "offline; enrolled students keep access. You can submit it again later.",
        "Unpublish",
    ),
}


def confirm_dialog() -> rx.Component:
    s: Any = CourseEditorState

    def pick(index: int) -> Any:
        return rx.match(s.confirm_kind, *[(k, v[index]) for k, v in _CONFIRM_TEXT.items()], "")

    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(pick(0)),
            rx.alert_dialog.description(
                rx.text("“", s.confirm_label, "”", weight="bold"),
                rx.text(pick(1), margin_top="0.5rem"),
            ),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.button(
                    pick(2), color_scheme="red", on_click=_editor.confirm, id="confirm-action"
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
            max_width="440px",
        ),
        open=s.confirm_kind != "",
        on_open_change=_editor.close_confirm,
    )
