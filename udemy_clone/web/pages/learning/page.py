"""My learning (/my-courses): continue where you left off, filters, sort, archive, lists."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.playback.library_models import LIST_NAME_MAX
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.learning.state import ALL_LISTS, MyCoursesState

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_learning: Any = MyCoursesState

FILTER_LABELS = (
    ("all", "All courses"),
    ("in_progress", "In progress"),
    ("not_started", "Not started"),
    ("completed", "Completed"),
    ("archived", "Archived"),
)
SORT_LABELS = (
    ("recent", "Recently accessed"),
    ("title", "Title: A to Z"),
    ("progress", "Progress"),
)


def _placeholder(height: str) -> rx.Component:
    return rx.center(
        rx.icon("play", size=40, color="white"),
        width="100%",
        height=height,
        background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
    )


def _resume_banner() -> rx.Component:
    s: Any = MyCoursesState
    resume = s.resume
    return rx.cond(
        s.has_resume,
        rx.flex(
            rx.box(
                rx.cond(
                    resume.thumbnail != "",
                    rx.image(src=resume.thumbnail, width="100%", height="100%", object_fit="cover"),
                    _placeholder("100%"),
                ),
                width=["100%", "100%", "240px"],
                height=["160px", "160px", "135px"],
                flex_shrink="0",
                overflow="hidden",
                border_radius="10px",
            ),
            rx.vstack(
                rx.text(
                    "Continue where you left off",
                    size="1",
                    weight="bold",
                    color=f"var(--{ACCENT}-11)",
                ),
                rx.heading(resume.course_title, size="5", id="resume-course"),
                rx.hstack(
                    rx.icon("circle-play", size=16, color="var(--gray-11)"),
                    rx.text(
                        resume.lecture_title,
                        size="2",
                        color="var(--gray-12)",
                        id="resume-lecture",
                    ),
                    rx.text("· stopped at ", resume.position, size="2", color="var(--gray-10)"),
                    spacing="1",
                    align="center",
                    wrap="wrap",
                ),
                rx.hstack(
                    rx.progress(value=resume.progress, max=100, width="160px"),
                    rx.text(resume.progress, "% complete", size="1", color="var(--gray-10)"),
                    align="center",
                    spacing="2",
                ),
                rx.link(
                    rx.button(rx.icon("play", size=14), "Continue", size="3"),
                    href=routes.learn_url(resume.slug, resume.lecture_id),
                    id="resume-continue",
                ),
                spacing="2",
                align="start",
                min_width="0",
            ),
            direction=rx.breakpoints(initial="column", md="row"),
            gap="1.25rem",
            padding="1.25rem",
            width="100%",
            style=card_style,
            id="resume-banner",
        ),
    )


def _filter_tabs() -> rx.Component:
    s: Any = MyCoursesState
    return rx.flex(
        *[
            rx.button(
                label,
                rx.cond(
                    value == "archived",
                    rx.cond(
                        s.archived_count > 0,
                        rx.badge(s.archived_count, variant="soft", radius="full"),
                    ),
                    rx.fragment(),
                )
                if value == "archived"
                else rx.fragment(),
                variant=rx.cond(s.which == value, "solid", "soft"),
                color_scheme=rx.cond(s.which == value, ACCENT, "gray"),
                size="2",
                radius="full",
                on_click=_learning.choose_filter(value),
                id=f"filter-{value}",
            )
            for value, label in FILTER_LABELS
        ],
        gap="0.5rem",
        wrap="wrap",
        role="tablist",
        aria_label="Show courses",
    )


def _toolbar() -> rx.Component:
    s: Any = MyCoursesState
    return rx.flex(
        rx.input(
            rx.input.slot(rx.icon("search", size=16)),
            default_value=s.query,
            on_change=_learning.search.debounce(250),
            placeholder="Search my courses",
            width=["100%", "100%", "260px"],
            id="learning-search",
        ),
        rx.hstack(
            rx.text("Sort", size="2", color="var(--gray-11)"),
            rx.select.root(
                rx.select.trigger(id="learning-sort", min_width="170px"),
                rx.select.content(
                    *[rx.select.item(label, value=value) for value, label in SORT_LABELS]
                ),
                value=s.sort,
                on_change=_learning.choose_sort,
            ),
            align="center",
            spacing="2",
        ),
        rx.hstack(
            rx.text("List", size="2", color="var(--gray-11)"),
            rx.select.root(
                rx.select.trigger(id="learning-list", min_width="170px"),
                rx.select.content(
                    rx.select.item("All my courses", value=ALL_LISTS),
                    rx.foreach(s.lists, lambda row: rx.select.item(row.label, value=row.value)),
                ),
                value=s.list_choice,
                on_change=_learning.choose_list,
            ),
            align="center",
            spacing="2",
        ),
        rx.button(
            rx.icon("list-plus", size=15),
            "New list",
            variant="soft",
            on_click=_learning.open_create_list(0),
            id="new-list",
        ),
        gap="0.75rem",
        wrap="wrap",
        align="center",
        width="100%",
    )


def _list_actions() -> rx.Component:
    s: Any = MyCoursesState
    return rx.cond(
        s.list_choice != ALL_LISTS,
        rx.flex(
            rx.icon("list", size=18, color=f"var(--{ACCENT}-11)"),
            rx.heading(s.chosen_list_name, size="4", id="list-heading"),
            rx.spacer(),
            rx.cond(
                s.confirm_delete_list,
                rx.hstack(
                    rx.text("Delete this list? Its courses stay yours.", size="2"),
                    rx.button(
                        "Delete list",
                        color_scheme="red",
                        size="1",
                        on_click=_learning.delete_list,
                        id="confirm-delete-list",
                    ),
                    rx.button(
                        "Keep",
                        variant="soft",
                        color_scheme="gray",
                        size="1",
                        on_click=_learning.ask_delete_list(False),
                    ),
                    align="center",
                    spacing="2",
                    wrap="wrap",
                ),
                rx.hstack(
                    rx.button(
                        rx.icon("pencil", size=14),
                        "Rename",
                        variant="soft",
                        size="1",
                        on_click=_learning.open_rename_list,
                        id="rename-list",
                    ),
                    rx.button(
                        rx.icon("trash-2", size=14),
                        "Delete",
                        variant="soft",
                        color_scheme="red",
                        size="1",
                        on_click=_learning.ask_delete_list(True),
                        id="delete-list",
                    ),
                    spacing="2",
                ),
            ),
            gap="0.75rem",
            align="center",
            wrap="wrap",
            width="100%",
            padding="0.75rem 1rem",
            border_radius="10px",
            background="var(--gray-a2)",
        ),
    )


def _card_menu(course: Any) -> rx.Component:
    s: Any = MyCoursesState
    return rx.dropdown_menu.root(
        rx.dropdown_menu.trigger(
            rx.icon_button(
                rx.icon("ellipsis-vertical", size=16),
                variant="soft",
                color_scheme="gray",
                size="2",
                aria_label="Course options",
                class_name="course-menu",
            )
        ),
        rx.dropdown_menu.content(
            rx.text("Lists", size="1", color="var(--gray-10)", padding="0.25rem 0.75rem"),
            rx.foreach(
                s.lists,
                lambda row: rx.dropdown_menu.item(
                    rx.hstack(
                        rx.cond(
                            row.course_ids.contains(course.course_id),
                            rx.icon("square-check", size=15),
                            rx.icon("square", size=15),
                        ),
                        rx.text(row.name),
                        spacing="2",
                        align="center",
                    ),
                    on_select=_learning.toggle_in_list(row.id, course.course_id),
                    class_name="menu-list-item",
                ),
            ),
            rx.dropdown_menu.item(
                rx.hstack(rx.icon("plus", size=15), rx.text("New list…"), spacing="2"),
                on_select=_learning.open_create_list(course.course_id),
                class_name="menu-new-list",
            ),
            rx.dropdown_menu.separator(),
            rx.cond(
                course.archived,
                rx.dropdown_menu.item(
                    rx.hstack(rx.icon("archive-restore", size=15), rx.text("Unarchive")),
                    on_select=_learning.unarchive(course.course_id),
                    class_name="menu-unarchive",
                ),
                rx.dropdown_menu.item(
                    rx.hstack(rx.icon("archive", size=15), rx.text("Archive")),
                    on_select=_learning.archive(course.course_id),
                    class_name="menu-archive",
                ),
            ),
        ),
    )


def _my_course_card(course: Any) -> rx.Component:
    return rx.vstack(
        rx.link(
            rx.cond(
                course.thumbnail != "",
                rx.image(src=course.thumbnail, width="100%", height="150px", object_fit="cover"),
                _placeholder("150px"),
            ),
            href=routes.learn_url(course.slug),
            width="100%",
        ),
        rx.vstack(
            rx.hstack(
                rx.link(
                    rx.text(course.title, weight="bold", class_name="my-course-title"),
                    href=routes.learn_url(course.slug),
                    underline="none",
                    color="inherit",
                    flex="1",
                    min_width="0",
                ),
                _card_menu(course),
                width="100%",
                align="start",
            ),
            rx.text(course.instructor, size="2", color="var(--gray-11)"),
            rx.box(rx.progress(value=course.progress, max=100, width="100%"), width="100%"),
            rx.hstack(
                rx.text(course.progress, "% complete", size="1", color="var(--gray-10)"),
                rx.cond(
                    course.progress >= 100,
                    rx.badge(
                        rx.icon("award", size=12), "Completed", color_scheme="green", size="1"
                    ),
                ),
                rx.spacer(),
                rx.cond(
                    course.last_accessed != "",
                    rx.text(course.last_accessed, size="1", color="var(--gray-10)"),
                ),
                width="100%",
            ),
            rx.cond(
                course.last_lecture != "",
                rx.text(
                    "Last watched: ",
                    course.last_lecture,
                    size="1",
                    color="var(--gray-11)",
                    truncate=True,
                    width="100%",
                    class_name="my-course-last-lecture",
                ),
            ),
            rx.spacer(),  # the button sits at the bottom of every card of a row
            rx.link(
                rx.button(
                    rx.icon("play", size=14),
                    rx.cond(course.started, "Continue", "Start course"),
                    size="2",
                    width="100%",
                    class_name="my-course-continue",
                ),
                href=routes.learn_url(course.slug),
                width="100%",
            ),
            padding="0.75rem 1rem 1rem",
            spacing="2",
            width="100%",
            align="start",
            flex="1",
        ),
        spacing="0",
        overflow="hidden",
        style=card_style,
        height="100%",
        class_name="my-course",
    )


def _certificate_card(certificate: Any) -> rx.Component:
    return rx.hstack(
        rx.center(
            rx.icon("award", size=28, color="white"),
            min_width="52px",
            height="52px",
            border_radius="10px",
            background=rx.cond(
                certificate.valid,
                f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
                "var(--gray-8)",
            ),
        ),
        rx.vstack(
            rx.text(certificate.course_title, weight="bold", class_name="certificate-course"),
            rx.text(
                certificate.instructor_name,
                " · ",
                certificate.issued,
                " · ",
                certificate.video_length,
                size="1",
                color="var(--gray-11)",
            ),
            rx.hstack(
                rx.cond(
                    certificate.valid,
                    rx.badge("Valid", color_scheme="green", size="1"),
                    rx.badge("Revoked", color_scheme="red", size="1"),
                ),
                rx.link(
                    "View", href=certificate.page_href, size="2", class_name="certificate-view"
                ),
                rx.link("PDF", href=certificate.pdf_url, is_external=True, size="2"),
                spacing="3",
                align="center",
            ),
            spacing="1",
            align="start",
            min_width="0",
        ),
        spacing="3",
        align="center",
        padding="0.9rem 1rem",
        style=card_style,
        width="100%",
        class_name="certificate-card",
    )


def _certificates_section() -> rx.Component:
    return rx.cond(
        MyCoursesState.certificates.length() > 0,  # type: ignore[attr-defined]
        rx.vstack(
            rx.heading("Certificates", size="6", id="my-certificates"),
            rx.grid(
                rx.foreach(MyCoursesState.certificates, _certificate_card),
                columns=rx.breakpoints(initial="1", md="2", lg="3"),
                spacing="3",
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
    )


def _list_dialog() -> rx.Component:
    s: Any = MyCoursesState
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(rx.cond(s.list_dialog == "rename", "Rename list", "New list")),
            rx.form(
                rx.vstack(
                    rx.input(
                        value=s.list_name,
                        on_change=_learning.set_list_name,
                        placeholder="e.g. Weekend projects",
                        max_length=LIST_NAME_MAX,
                        width="100%",
                        auto_focus=True,
                        name="name",
                        id="list-name",
                    ),
                    rx.cond(
                        s.list_error != "",
                        rx.text(
                            s.list_error,
                            size="2",
                            color="var(--red-11)",
                            role="alert",
                            id="list-error",
                        ),
                    ),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                        rx.button("Save", type="submit", id="save-list"),
                        justify="end",
                        spacing="3",
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=_learning.save_list,
                reset_on_submit=False,
            ),
            max_width="420px",
        ),
        open=s.list_dialog != "",
        on_open_change=_learning.close_list_dialog,
    )


def _empty_state() -> rx.Component:
    s: Any = MyCoursesState
    return rx.center(
        rx.cond(
            s.total_enrolled == 0,
            rx.vstack(
                rx.icon("book-open", size=44, color="var(--gray-9)"),
                rx.heading("No courses yet", size="5"),
                rx.text("Courses you buy or enroll in appear here.", color="var(--gray-11)"),
                rx.link(rx.button("Browse courses"), href=routes.BROWSE),
                align="center",
                spacing="3",
            ),
            rx.vstack(
                rx.icon("search-x", size=40, color="var(--gray-9)"),
                rx.heading("Nothing here", size="5"),
                rx.text(
                    "No course matches this filter, list or search.",
                    color="var(--gray-11)",
                    text_align="center",
                ),
                align="center",
                spacing="2",
                id="learning-empty",
            ),
        ),
        padding="3rem 1rem",
        width="100%",
        style=card_style,
    )


def my_courses_page() -> rx.Component:
    s: Any = MyCoursesState
    return page_shell(
        rx.vstack(
            rx.flex(
                rx.heading("My learning", size="8"),
                rx.spacer(),
                rx.cond(
                    s.loaded,
                    rx.text(
                        count_text(s.total_enrolled, "course"),
                        size="2",
                        color="var(--gray-11)",
                        id="learning-count",
                    ),
                ),
                align="end",
                width="100%",
                gap="1rem",
            ),
            rx.cond(
                ~s.loaded,
                loading_panel(),
                rx.vstack(
                    _resume_banner(),
                    _filter_tabs(),
                    _toolbar(),
                    error_callout(s.error),
                    _list_actions(),
                    rx.cond(
                        s.courses.length() > 0,
                        rx.grid(
                            rx.foreach(s.courses, _my_course_card),
                            columns=rx.breakpoints(initial="1", sm="2", md="3", lg="4"),
                            spacing="4",
                            width="100%",
                        ),
                        _empty_state(),
                    ),
                    spacing="4",
                    width="100%",
                ),
            ),
            rx.cond(MyCoursesState.loaded, _certificates_section()),
            _list_dialog(),
            spacing="5",
            width="100%",
        )
    )
