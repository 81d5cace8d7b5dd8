"""The course editor (/studio/new, /studio/course/<id>): details and curriculum tabs."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.pages.studio.editor_state import CourseEditorState
from udemy_clone.web.pages.studio.views.announcements import announcements_tab
from udemy_clone.web.pages.studio.views.common import status_badge
from udemy_clone.web.pages.studio.views.curriculum import curriculum_tab
from udemy_clone.web.pages.studio.views.details import details_tab
from udemy_clone.web.pages.studio.views.workflow import (
    confirm_dialog,
    workflow_actions,
    workflow_bar,
)

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_editor: Any = CourseEditorState


def _editor_header() -> rx.Component:
    s: Any = CourseEditorState
    return rx.vstack(
        rx.link(
            rx.hstack(
                rx.icon("arrow-left", size=14),
                rx.text("All courses", size="2"),
                spacing="1",
                align="center",
            ),
            href=routes.STUDIO,
            color="var(--gray-11)",
        ),
        rx.flex(
            rx.hstack(
                rx.heading(
                    rx.cond(s.is_new, "New course", s.saved_title), size="6", id="editor-heading"
                ),
                rx.cond(~s.is_new, status_badge(s.status, s.rejection_reason)),
                spacing="3",
                align="center",
                wrap="wrap",
                id="course-status",
            ),
            rx.spacer(),
            rx.cond(~s.is_new, workflow_actions()),
            width="100%",
            align="center",
            gap="1rem",
            wrap="wrap",
        ),
        rx.cond(~s.is_new, workflow_bar()),
        spacing="3",
        width="100%",
    )


def _editor_content() -> rx.Component:
    s: Any = CourseEditorState
    return rx.cond(
        s.load_error != "",
        rx.center(
            rx.vstack(
                rx.icon("search-x", size=36, color="var(--gray-9)"),
                rx.heading("Course not found", size="5"),
                rx.text(s.load_error, color="var(--gray-11)"),
                rx.link(rx.button("Back to your courses", variant="soft"), href=routes.STUDIO),
                align="center",
                spacing="3",
            ),
            padding="4rem 1rem",
        ),
        rx.cond(
            s.loaded,
            rx.vstack(
                _editor_header(),
                rx.cond(
                    s.is_new,
                    details_tab(),
                    rx.tabs.root(
                        rx.tabs.list(
                            rx.tabs.trigger("Details", value="details", id="tab-details"),
                            rx.tabs.trigger(
                                rx.hstack(
                                    "Curriculum",
                                    rx.badge(s.lecture_count, variant="soft", radius="full"),
                                    spacing="2",
                                    align="center",
                                ),
                                value="curriculum",
                                id="tab-curriculum",
                            ),
                            rx.tabs.trigger(
                                "Announcements", value="announcements", id="tab-announcements"
                            ),
                            size="2",
                        ),
                        # stays mounted behind the curriculum: unsaved typing survives a tab switch
                        rx.tabs.content(
                            details_tab(),
                            value="details",
                            padding_top="1.25rem",
                            force_mount=True,
                            style={"&[data-state='inactive']": {"display": "none"}},
                        ),
                        rx.tabs.content(
                            curriculum_tab(), value="curriculum", padding_top="1.25rem"
                        ),
                        rx.tabs.content(
                            announcements_tab(), value="announcements", padding_top="1.25rem"
                        ),
                        value=s.tab,
                        on_change=_editor.set_tab,
                        width="100%",
                    ),
                ),
                confirm_dialog(),
                spacing="4",
                width="100%",
            ),
            loading_panel(),
        ),
    )


def new_course_page() -> rx.Component:
    return page_shell(guarded("instructor", _editor_content))


def course_editor_page() -> rx.Component:
    return page_shell(guarded("instructor", _editor_content))
