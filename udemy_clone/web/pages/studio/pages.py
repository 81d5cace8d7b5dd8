"""Instructor studio pages: the course list, the course editor and its curriculum."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.catalog.description import FORMATTING_HINT
from udemy_clone.catalog.models import DESCRIPTION_MAX, SUBTITLE_MAX, TITLE_MAX
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.studio.state import (
    CURRENCY_OPTIONS,
    LANGUAGE_OPTIONS,
    LEVEL_OPTIONS,
    CourseEditorState,
    StudioListState,
)
from udemy_clone.web.pages.studio.video_state import VideoStatusState
from udemy_clone.web.pages.studio.video_upload import video_upload

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_editor: Any = CourseEditorState
_list: Any = StudioListState

THUMBNAIL_UPLOAD_ID = "course-thumbnail"
MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024


# ---- shared pieces ---------------------------------------------------------------------------


def status_badge(status: rx.Var | str, rejection_reason: rx.Var | str = "") -> rx.Component:
    """Draft / In review / Published, and Rejected for a draft sent back with a reason."""
    return rx.match(
        status,
        ("in_review", rx.badge("In review", color_scheme="amber", size="2", variant="soft")),
        ("published", rx.badge("Published", color_scheme="green", size="2", variant="soft")),
        rx.cond(
            rejection_reason != "",
            rx.badge("Rejected", color_scheme="red", size="2", variant="soft"),
            rx.badge("Draft", color_scheme="gray", size="2", variant="soft"),
        ),
    )


def thumbnail(url: rx.Var | str, width: str = "176px") -> rx.Component:
    """The course picture, or a neutral placeholder while there is none."""
    return rx.box(
        rx.cond(
            url != "",
            rx.image(src=url, width="100%", height="100%", object_fit="cover", alt=""),
            rx.center(
                rx.icon("image", size=28, color="var(--gray-9)"),
                width="100%",
                height="100%",
                background=f"linear-gradient(135deg, var(--gray-3), var(--{ACCENT}-3))",
            ),
        ),
        width=width,
        min_width=width,
        aspect_ratio="16 / 9",
        border_radius="8px",
        overflow="hidden",
        border="1px solid var(--gray-a4)",
    )


def _meta(icon: str, text: rx.Var | str) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=14, color="var(--gray-10)"),
        rx.text(text, size="2", color="var(--gray-11)"),
        spacing="1",
        align="center",
    )


def _error(message: rx.Var | str, id_: str = "") -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(
            message,
            icon="triangle-alert",
            color_scheme="red",
            width="100%",
            role="alert",
            **({"id": id_} if id_ else {}),
        ),
    )


# ---- /studio ---------------------------------------------------------------------------------


def _course_card(course: Any) -> rx.Component:
    return rx.box(
        rx.flex(
            rx.link(thumbnail(course.thumbnail_url), href=routes.studio_course_url(course.id)),
            rx.vstack(
                rx.hstack(
                    rx.link(
                        rx.heading(course.title, size="4", weight="bold"),
                        href=routes.studio_course_url(course.id),
                        color="var(--gray-12)",
                        underline="hover",
                    ),
                    status_badge(course.status, course.rejection_reason),
                    spacing="3",
                    align="center",
                    wrap="wrap",
                ),
                rx.cond(
                    course.subtitle != "",
                    rx.text(course.subtitle, size="2", color="var(--gray-11)", trim="both"),
                ),
                rx.flex(
                    _meta("tag", course.price),
                    _meta("list-video", f"{course.lecture_count} lectures"),
                    _meta("clock", course.duration),
                    _meta("users", f"{course.students} students"),
                    rx.cond(course.rating != "", _meta("star", course.rating)),
                    _meta("calendar", f"Updated {course.updated}"),
                    gap="1rem",
                    wrap="wrap",
                ),
                spacing="2",
                align="start",
                flex="1",
                min_width="0",
            ),
            rx.hstack(
                rx.cond(
                    course.status == "published",
                    rx.link(
                        rx.button(rx.icon("external-link", size=14), "View", variant="ghost"),
                        href=routes.course_url(course.slug),
                    ),
                ),
                rx.link(
                    rx.button(rx.icon("pencil", size=14), "Edit", variant="soft"),
                    href=routes.studio_course_url(course.id),
                ),
                spacing="2",
                align="center",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="1rem",
            align=rx.breakpoints(initial="start", sm="center"),
        ),
        rx.cond(
            course.rejection_reason != "",
            rx.callout.root(
                rx.callout.icon(rx.icon("message-square-warning")),
                rx.callout.text(
                    rx.text.strong("Changes requested by the review team: "),
                    course.rejection_reason,
                ),
                color_scheme="red",
                margin_top="1rem",
                size="1",
                class_name="rejection-reason",
            ),
        ),
        padding="1rem",
        width="100%",
        class_name="studio-course",
        style=card_style,
    )


def _filter_tabs() -> rx.Component:
    counts = StudioListState.status_counts
    return rx.segmented_control.root(
        *[
            rx.segmented_control.item(
                rx.hstack(label, rx.text(counts[key], color="var(--gray-10)"), spacing="1"),
                value=key,
            )
            for key, label in (
                ("all", "All"),
                ("draft", "Drafts"),
                ("in_review", "In review"),
                ("published", "Published"),
            )
        ],
        value=StudioListState.status_filter,
        on_change=_list.set_status_filter,
        size="2",
    )


def _empty_studio() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.box(
                rx.icon("clapperboard", size=32, color=f"var(--{ACCENT}-11)"),
                background=f"var(--{ACCENT}-3)",
                padding="1rem",
                border_radius="999px",
            ),
            rx.heading("No courses yet — create your first course", size="5"),
            rx.text(
                "Give it a title and a category, add sections and lectures, upload videos, "
                "then submit it for review.",
                color="var(--gray-11)",
                text_align="center",
                max_width="460px",
            ),
            rx.link(
                rx.button(rx.icon("plus", size=16), "New course", size="3"), href="/studio/new"
            ),
            align="center",
            spacing="3",
        ),
        padding="4rem 1rem",
        width="100%",
        border="1px dashed var(--gray-a6)",
        border_radius="12px",
        id="studio-empty",
    )


def _studio_content() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.vstack(
                rx.heading("Instructor studio", size="7", id="studio-heading"),
                rx.text(
                    "Create courses, build their curriculum and follow their review.",
                    color="var(--gray-11)",
                ),
                spacing="1",
                align="start",
            ),
            rx.spacer(),
            rx.hstack(
                rx.link(
                    rx.button(rx.icon("chart-line", size=16), "Analytics", variant="outline"),
                    href="/studio/analytics",
                ),
                rx.link(
                    rx.button(rx.icon("ticket-percent", size=16), "Coupons", variant="outline"),
                    href="/studio/coupons",
                ),
                rx.link(
                    rx.button(
                        rx.icon("plus", size=16),
                        "New course",
                        id="new-course",
                        white_space="nowrap",
                    ),
                    href="/studio/new",
                ),
                spacing="2",
                wrap="wrap",
            ),
            width="100%",
            align="end",
            gap="1rem",
            wrap="wrap",
        ),
        _error(StudioListState.error),
        rx.cond(
            StudioListState.loaded,
            rx.cond(
                _list.courses.length() == 0,
                _empty_studio(),
                rx.vstack(
                    rx.box(_filter_tabs(), overflow_x="auto", max_width="100%"),
                    rx.cond(
                        _list.visible_courses.length() == 0,
                        rx.text(
                            "No courses with this status.", color="var(--gray-11)", padding="2rem 0"
                        ),
                        rx.vstack(
                            rx.foreach(StudioListState.visible_courses, _course_card),
                            spacing="3",
                            width="100%",
                        ),
                    ),
                    spacing="4",
                    width="100%",
                ),
            ),
            loading_panel(),
        ),
        spacing="5",
        width="100%",
    )


def studio_page() -> rx.Component:
    return page_shell(guarded("instructor", _studio_content))


# ---- the course editor: details ---------------------------------------------------------------


def _field(
    label: str,
    control: rx.Component,
    *,
    error: str = "",
    hint: rx.Component | str | None = None,
    html_for: str = "",
) -> rx.Component:
    message = CourseEditorState.field_errors.get(error, "") if error else ""
    return rx.vstack(
        rx.text(label, size="2", weight="medium", as_="label", html_for=html_for or None),
        control,
        rx.cond(
            message != "",
            rx.text(
                message,
                size="1",
                color="var(--red-11)",
                class_name="field-error",
                id=f"error-{error}" if error else None,
            ),
        )
        if error
        else rx.fragment(),
        (rx.text(hint, size="1", color="var(--gray-10)") if isinstance(hint, str) else hint)
        if hint is not None
        else rx.fragment(),
        spacing="1",
        width="100%",
        align="start",
    )


def _card(title: str, *children: rx.Component, **props: Any) -> rx.Component:
    return rx.vstack(
        rx.heading(title, size="3"),
        *children,
        spacing="3",
        width="100%",
        padding="1.25rem",
        style=card_style,
        **props,
    )


def _options_select(
    options: Any, value: rx.Var | str, on_change: Any, id_: str, placeholder: str = ""
) -> rx.Component:
    return rx.select.root(
        rx.select.trigger(placeholder=placeholder, width="100%", id=id_),
        rx.select.content(
            rx.foreach(options, lambda o: rx.select.item(o["label"], value=o["value"]))
            if isinstance(options, rx.Var)
            else rx.fragment(*[rx.select.item(o["label"], value=o["value"]) for o in options]),
        ),
        value=value,
        on_change=on_change,
    )


def _description_preview() -> rx.Component:
    def span(item: Any) -> rx.Component:
        return rx.cond(item.bold, rx.text.strong(item.text), rx.text.span(item.text))

    def block(item: Any) -> rx.Component:
        spans = rx.foreach(item.spans, span)
        return rx.match(
            item.kind,
            ("heading", rx.heading(spans, size="4", margin_top="0.5rem")),
            (
                "bullet",
                rx.hstack(rx.text("•", color="var(--gray-10)"), rx.text(spans), spacing="2"),
            ),
            rx.text(spans, size="3", line_height="1.6"),
        )

    return rx.box(
        rx.cond(
            CourseEditorState.description_preview.length() > 0,
            rx.vstack(
                rx.foreach(CourseEditorState.description_preview, block),
                spacing="2",
                align="start",
            ),
            rx.text("Nothing to preview yet.", color="var(--gray-10)"),
        ),
        min_height="236px",
        width="100%",
        padding="0.75rem 1rem",
        border="1px solid var(--gray-a6)",
        border_radius="8px",
        background="var(--gray-1)",
        id="description-preview",
    )


def _listing_card() -> rx.Component:
    s: Any = CourseEditorState
    return _card(
        "Course landing page",
        _field(
            "Title",
            rx.input(
                value=s.title,
                on_change=_editor.set_title,
                placeholder="e.g. Practical Python for data analysis",
                max_length=TITLE_MAX,
                width="100%",
                size="3",
                id="course-title",
            ),
            error="title",
            hint=f"3 to {TITLE_MAX} characters. Say what students will be able to do.",
            html_for="course-title",
        ),
        _field(
            "Subtitle",
            rx.input(
                value=s.subtitle,
                on_change=_editor.set_subtitle,
                placeholder="One sentence that sells the course",
                max_length=SUBTITLE_MAX,
                width="100%",
                id="course-subtitle",
            ),
            error="subtitle",
            html_for="course-subtitle",
        ),
        _field(
            "Description",
            rx.vstack(
                rx.segmented_control.root(
                    rx.segmented_control.item("Write", value="write"),
                    rx.segmented_control.item("Preview", value="preview"),
                    value=rx.cond(s.show_preview, "preview", "write"),
                    on_change=_editor.set_show_preview,
                    size="1",
                ),
                rx.cond(
                    s.show_preview,
                    _description_preview(),
                    rx.text_area(
                        value=s.description,
                        on_change=_editor.set_description,
                        placeholder="What will students learn? Who is the course for?",
                        rows="10",
                        max_length=DESCRIPTION_MAX,
                        width="100%",
                        id="course-description",
                        resize="vertical",
                    ),
                ),
                spacing="2",
                width="100%",
            ),
            error="description",
            hint=rx.hstack(
                rx.text(FORMATTING_HINT, size="1", color="var(--gray-10)"),
                rx.spacer(),
                rx.text(
                    s.description_length,
                    f" / {DESCRIPTION_MAX:,}",
                    size="1",
                    color="var(--gray-10)",
                ),
                width="100%",
                wrap="wrap",
            ),
        ),
        flex="3",
        min_width="0",
    )


def _thumbnail_card() -> rx.Component:
    s: Any = CourseEditorState
    return _card(
        "Thumbnail",
        thumbnail(s.thumbnail_url, width="100%"),
        rx.cond(
            s.is_new,
            rx.text(
                "Save the course first, then add its picture.", size="2", color="var(--gray-11)"
            ),
            rx.upload.root(
                rx.vstack(
                    rx.cond(
                        s.thumbnail_busy,
                        rx.hstack(rx.spinner(size="2"), rx.text("Uploading…", size="2")),
                        rx.hstack(
                            rx.icon("upload", size=16),
                            rx.text(
                                "Drop an image here or ", rx.text.strong("choose a file"), size="2"
                            ),
                            spacing="2",
                            align="center",
                        ),
                    ),
                    rx.text(
                        "JPEG, PNG or WebP, up to 5 MB; 750×422 or larger looks best.",
                        size="1",
                        color="var(--gray-10)",
                    ),
                    align="center",
                    spacing="1",
                    padding="1rem",
                    width="100%",
                    border="1px dashed var(--gray-a7)",
                    border_radius="8px",
                    cursor="pointer",
                    _hover={"background": "var(--gray-a2)"},
                ),
                id=THUMBNAIL_UPLOAD_ID,
                accept={
                    "image/jpeg": [".jpg", ".jpeg"],
                    "image/png": [".png"],
                    "image/webp": [".webp"],
                    "image/gif": [".gif"],
                    "image/bmp": [".bmp"],
                },
                max_files=1,
                max_size=MAX_THUMBNAIL_BYTES,
                multiple=False,
                on_drop=_editor.upload_thumbnail,
                on_drop_rejected=_editor.thumbnail_rejected,
                width="100%",
            ),
        ),
        rx.cond(
            s.thumbnail_error != "",
            rx.text(
                s.thumbnail_error,
                size="2",
                color="var(--red-11)",
                role="alert",
                id="thumbnail-error",
            ),
        ),
    )


def _pricing_card() -> rx.Component:
    s: Any = CourseEditorState
    return _card(
        "Pricing",
        rx.hstack(
            rx.switch(checked=s.is_free, on_change=_editor.set_free, id="course-free"),
            rx.text("This course is free", size="2", as_="label", html_for="course-free"),
            spacing="2",
            align="center",
        ),
        rx.cond(
            ~s.is_free,
            _field(
                "Price",
                rx.hstack(
                    rx.input(
                        value=s.price,
                        on_change=_editor.set_price,
                        placeholder="19.99",
                        input_mode="decimal",
                        width="100%",
                        id="course-price",
                    ),
                    rx.select(
                        CURRENCY_OPTIONS,
                        value=s.currency,
                        on_change=_editor.set_currency,
                        id="course-currency",
                    ),
                    spacing="2",
                    width="100%",
                ),
                error="price_cents",
                html_for="course-price",
            ),
        ),
    )


def _classification_card() -> rx.Component:
    s: Any = CourseEditorState
    return _card(
        "Category and audience",
        _field(
            "Category",
            _options_select(
                s.category_options,
                s.category_id,
                _editor.set_category,
                "course-category",
                "Choose a category",
            ),
            error="category_id",
        ),
        rx.hstack(
            _field(
                "Level", _options_select(LEVEL_OPTIONS, s.level, _editor.set_level, "course-level")
            ),
            _field(
                "Language",
                _options_select(
                    LANGUAGE_OPTIONS, s.language, _editor.set_language, "course-language"
                ),
            ),
            spacing="3",
            width="100%",
        ),
    )


def _tags_card() -> rx.Component:
    s: Any = CourseEditorState
    return _card(
        "Tags",
        rx.cond(
            s.tags.length() > 0,
            rx.flex(
                rx.foreach(
                    s.tags,
                    lambda tag: rx.badge(
                        tag,
                        rx.icon_button(
                            rx.icon("x", size=12),
                            size="1",
                            variant="ghost",
                            color_scheme="gray",
                            on_click=_editor.remove_tag(tag),
                            aria_label="Remove tag " + tag,
                            type="button",
                        ),
                        size="2",
                        variant="soft",
                        radius="full",
                        class_name="tag-chip",
                    ),
                ),
                gap="0.4rem",
                wrap="wrap",
            ),
        ),
        rx.form(
            _field(
                "Add a tag",
                rx.input(
                    name="tag",
                    value=s.tag_query,
                    on_change=_editor.set_tag_query.debounce(150),
                    placeholder="Type a tag and press Enter",
                    width="100%",
                    max_length=40,
                    id="course-tag-input",
                    auto_complete="off",
                ),
                error="tags",
            ),
            on_submit=_editor.submit_tag,
            reset_on_submit=False,
            width="100%",
        ),
        rx.cond(
            s.tag_suggestions.length() > 0,
            rx.vstack(
                rx.text("Suggestions", size="1", color="var(--gray-10)"),
                rx.flex(
                    rx.foreach(
                        s.tag_suggestions,
                        lambda name: rx.button(
                            rx.icon("plus", size=12),
                            name,
                            size="1",
                            variant="outline",
                            radius="full",
                            type="button",
                            on_click=_editor.add_tag(name),
                            class_name="tag-suggestion",
                        ),
                    ),
                    gap="0.4rem",
                    wrap="wrap",
                ),
                spacing="1",
                align="start",
            ),
        ),
        rx.text("Up to 10 tags help students find the course.", size="1", color="var(--gray-10)"),
    )


def _save_bar() -> rx.Component:
    s: Any = CourseEditorState
    return rx.flex(
        rx.box(
            _error(s.form_error, "form-error"),
            rx.cond(
                s.saved_notice != "",
                rx.hstack(
                    rx.icon("circle-check", size=16, color="var(--green-10)"),
                    rx.text(s.saved_notice, size="2", color="var(--green-11)", id="saved-notice"),
                    align="center",
                    spacing="1",
                ),
                rx.cond(
                    s.form_error == "",
                    rx.text(
                        rx.cond(
                            s.is_new,
                            "You can add sections, lectures and a thumbnail once it is created.",
                            "Save your changes before leaving the page.",
                        ),
                        size="2",
                        color="var(--gray-10)",
                    ),
                ),
            ),
            flex="1",
        ),
        rx.button(
            rx.cond(s.is_new, "Create course", "Save changes"),
            size="3",
            loading=s.saving,
            on_click=_editor.save,
            id="save-course",
        ),
        gap="1rem",
        align="center",
        width="100%",
        padding="0.9rem 1.25rem",
        position="sticky",
        bottom="0.75rem",
        style=card_style,
        box_shadow="0 6px 24px rgba(0,0,0,0.08)",
        z_index="5",
    )


def _details_tab() -> rx.Component:
    return rx.vstack(
        rx.flex(
            _listing_card(),
            rx.vstack(
                rx.cond(CourseEditorState.is_new, rx.fragment(), _thumbnail_card()),
                _pricing_card(),
                _classification_card(),
                _tags_card(),
                spacing="4",
                flex="2",
                min_width="0",
                width="100%",
            ),
            direction=rx.breakpoints(initial="column", md="row"),
            gap="1rem",
            align="start",
            width="100%",
        ),
        _save_bar(),
        spacing="4",
        width="100%",
    )


# ---- the course editor: curriculum ----------------------------------------------------------


def _icon_action(
    icon: str, label: str, on_click: Any, *, disabled: Any = False, color: str = "gray"
) -> rx.Component:
    return rx.tooltip(
        rx.icon_button(
            rx.icon(icon, size=15),
            size="1",
            variant="ghost",
            color_scheme=color,
            on_click=on_click,
            disabled=disabled,
            aria_label=label,
            type="button",
        ),
        content=label,
    )


def _rename_form(key: rx.Var, value: rx.Var) -> rx.Component:
    return rx.form(
        rx.hstack(
            rx.input(
                name="title",
                default_value=value,
                max_length=TITLE_MAX,
                auto_focus=True,
                width="100%",
                size="2",
                class_name="rename-input",
                on_key_down=lambda k: rx.cond(k == "Escape", _editor.cancel_rename(), rx.noop()),
            ),
            rx.button("Save", size="2", type="submit", class_name="rename-save"),
            rx.button(
                "Cancel",
                size="2",
                variant="soft",
                color_scheme="gray",
                type="button",
                on_click=_editor.cancel_rename,
            ),
            spacing="2",
            width="100%",
        ),
        on_submit=_editor.save_rename,
        reset_on_submit=False,
        flex="1",
        key=key,
    )


@rx.memo
def lecture_video(lecture_id: rx.Var[int]) -> rx.Component:
    """The media domain's upload widget for one lecture.

    A memo component of its own: the widget's on-mount hook then runs per lecture instead of
    being hoisted out of the curriculum's foreach (where the lecture var does not exist).
    """
    return video_upload(lecture_id)


def _lecture_row(lecture: Any) -> rx.Component:
    key = "lecture-" + lecture.id.to_string()
    return rx.box(
        rx.flex(
            rx.hstack(
                rx.icon("circle-play", size=16, color="var(--gray-10)"),
                rx.text(
                    f"Lecture {lecture.number}:",
                    size="2",
                    color="var(--gray-11)",
                    white_space="nowrap",
                ),
                rx.cond(
                    CourseEditorState.editing_key == key,
                    _rename_form(key, lecture.title),
                    rx.hstack(
                        rx.text(
                            lecture.title, size="2", weight="medium", class_name="lecture-title"
                        ),
                        _icon_action("pencil", "Rename lecture", _editor.start_rename(key)),
                        spacing="1",
                        align="center",
                    ),
                ),
                spacing="2",
                align="center",
                flex="1",
                min_width="0",
            ),
            rx.hstack(
                rx.hstack(
                    rx.switch(
                        checked=lecture.is_preview,
                        on_change=lambda value: _editor.set_preview(lecture.id, value),
                        size="1",
                        class_name="preview-switch",
                        aria_label="Free preview",
                    ),
                    rx.text("Free preview", size="1", color="var(--gray-11)"),
                    spacing="1",
                    align="center",
                ),
                _icon_action(
                    "arrow-up",
                    "Move up",
                    _editor.move_lecture(lecture.id, -1),
                    disabled=~lecture.can_up,
                ),
                _icon_action(
                    "arrow-down",
                    "Move down",
                    _editor.move_lecture(lecture.id, 1),
                    disabled=~lecture.can_down,
                ),
                _icon_action(
                    "trash-2",
                    "Delete lecture",
                    _editor.ask_confirm("lecture", lecture.id, lecture.title),
                    color="red",
                ),
                spacing="3",
                align="center",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="0.5rem",
            align=rx.breakpoints(initial="start", sm="center"),
            width="100%",
        ),
        rx.box(
            lecture_video(lecture_id=lecture.id), padding_left=["0", "1.6rem"], margin_top="0.5rem"
        ),
        padding="0.75rem 1rem",
        border="1px solid var(--gray-a4)",
        border_radius="8px",
        background="var(--color-panel-solid)",
        width="100%",
        class_name="lecture-row",
    )


def _section_card(section: Any) -> rx.Component:
    key = "section-" + section.id.to_string()
    return rx.vstack(
        rx.flex(
            rx.hstack(
                rx.text(f"Section {section.number}:", weight="bold", white_space="nowrap"),
                rx.cond(
                    CourseEditorState.editing_key == key,
                    _rename_form(key, section.title),
                    rx.hstack(
                        rx.text(section.title, weight="bold", class_name="section-title"),
                        _icon_action("pencil", "Rename section", _editor.start_rename(key)),
                        spacing="1",
                        align="center",
                    ),
                ),
                spacing="2",
                align="center",
                flex="1",
                min_width="0",
            ),
            rx.hstack(
                rx.text(section.summary, size="1", color="var(--gray-10)"),
                _icon_action(
                    "arrow-up",
                    "Move section up",
                    _editor.move_section(section.id, -1),
                    disabled=~section.can_up,
                ),
                _icon_action(
                    "arrow-down",
                    "Move section down",
                    _editor.move_section(section.id, 1),
                    disabled=~section.can_down,
                ),
                _icon_action(
                    "trash-2",
                    "Delete section",
                    _editor.ask_confirm("section", section.id, section.title),
                    color="red",
                ),
                spacing="3",
                align="center",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="0.5rem",
            align=rx.breakpoints(initial="start", sm="center"),
            width="100%",
        ),
        rx.foreach(section.lectures, _lecture_row),
        rx.form(
            rx.hstack(
                rx.el.input(type="hidden", name="section_id", value=section.id),
                rx.input(
                    name="title",
                    placeholder="New lecture title",
                    max_length=TITLE_MAX,
                    width="100%",
                    required=True,
                    class_name="new-lecture-title",
                ),
                rx.button(
                    rx.icon("plus", size=14),
                    "Add lecture",
                    type="submit",
                    variant="soft",
                    class_name="add-lecture",
                ),
                spacing="2",
                width="100%",
            ),
            on_submit=_editor.add_lecture,
            reset_on_submit=True,
            width="100%",
        ),
        spacing="3",
        width="100%",
        padding="1rem",
        background="var(--gray-2)",
        border="1px solid var(--gray-a5)",
        border_radius="12px",
        class_name="curriculum-section",
    )


def _curriculum_tab() -> rx.Component:
    s: Any = CourseEditorState
    return rx.vstack(
        rx.text(
            "Organise the course in sections and lectures. Upload a video per lecture; "
            "mark a few lectures as free previews so visitors can try the course.",
            color="var(--gray-11)",
            size="2",
        ),
        _error(s.curriculum_error, "curriculum-error"),
        rx.cond(
            s.curriculum.length() == 0,
            rx.center(
                rx.vstack(
                    rx.icon("list-tree", size=28, color="var(--gray-9)"),
                    rx.text(
                        "No sections yet — start with one such as “Getting started”.",
                        color="var(--gray-11)",
                    ),
                    align="center",
                ),
                padding="2rem",
                width="100%",
                border="1px dashed var(--gray-a6)",
                border_radius="12px",
            ),
            rx.vstack(rx.foreach(s.curriculum, _section_card), spacing="4", width="100%"),
        ),
        rx.form(
            rx.hstack(
                rx.input(
                    name="title",
                    placeholder="New section title",
                    max_length=TITLE_MAX,
                    width="100%",
                    required=True,
                    id="new-section-title",
                ),
                rx.button(rx.icon("plus", size=14), "Add section", type="submit", id="add-section"),
                spacing="2",
                width="100%",
            ),
            on_submit=_editor.add_section,
            reset_on_submit=True,
            width="100%",
            padding="1rem",
            border="1px dashed var(--gray-a7)",
            border_radius="12px",
        ),
        spacing="4",
        width="100%",
    )


# ---- the course editor: header, workflow and confirmations ----------------------------------


def _live_video_ready() -> rx.Var:
    """A video of this course finished processing since the page loaded."""
    statuses: Any = VideoStatusState.status_by_lecture
    keys: Any = CourseEditorState.lecture_keys
    return keys.map(lambda key: statuses[key]).contains("ready")


def _workflow_bar() -> rx.Component:
    s: Any = CourseEditorState
    ready_now = s.can_submit | ((s.status == "draft") & _live_video_ready())
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
                rx.text(s.submit_blocker, size="2", color="var(--gray-11)", id="submit-blocker"),
                spacing="2",
                align="center",
            ),
        ),
        _error(s.workflow_error, "workflow-error"),
        spacing="2",
        width="100%",
    )


def _workflow_actions() -> rx.Component:
    s: Any = CourseEditorState
    ready_now = s.can_submit | ((s.status == "draft") & _live_video_ready())
    return rx.hstack(
        rx.cond(
            s.slug != "",
            rx.link(
                rx.button(rx.icon("eye", size=15), "Preview", variant="ghost"),
                href="/course/" + s.slug,
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


def _confirm_dialog() -> rx.Component:
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
            href="/studio",
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
            rx.cond(~s.is_new, _workflow_actions()),
            width="100%",
            align="center",
            gap="1rem",
            wrap="wrap",
        ),
        rx.cond(~s.is_new, _workflow_bar()),
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
                rx.link(rx.button("Back to your courses", variant="soft"), href="/studio"),
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
                    _details_tab(),
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
                            size="2",
                        ),
                        rx.tabs.content(_details_tab(), value="details", padding_top="1.25rem"),
                        rx.tabs.content(
                            _curriculum_tab(), value="curriculum", padding_top="1.25rem"
                        ),
                        value=s.tab,
                        on_change=_editor.set_tab,
                        width="100%",
                    ),
                ),
                _confirm_dialog(),
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
