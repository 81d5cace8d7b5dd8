"""The course editor's details tab: thumbnail, pricing, category, tags, the save bar."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import EventHandler, no_args_event_spec
from reflex_components_radix.primitives.form import FormRoot

from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.studio.editor_state import CourseEditorState
from udemy_clone.web.pages.studio.listing_form import (
    CURRENCY_OPTIONS,
    LANGUAGE_OPTIONS,
    LEVEL_OPTIONS,
)
from udemy_clone.web.pages.studio.views.common import (
    MAX_THUMBNAIL_BYTES,
    THUMBNAIL_UPLOAD_ID,
    thumbnail,
)
from udemy_clone.web.pages.studio.views.listing import card, field, listing_card, options_select

LISTING_FORM_ID = "course-listing-form"
TAG_FORM_ID = "course-tag-form"


class _ListingFormRoot(FormRoot):
    """The radix form with React's onChange, which bubbles up from every field inside it."""

    on_change: EventHandler[no_args_event_spec]  # type: ignore[type-arg,valid-type]


# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_editor: Any = CourseEditorState


def _thumbnail_card() -> rx.Component:
    s: Any = CourseEditorState
    return card(
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
    return card(
        "Pricing",
        rx.hstack(
            rx.switch(
                name="is_free", checked=s.is_free, on_change=_editor.toggle_free, id="course-free"
            ),
            rx.text("This course is free", size="2", as_="label", html_for="course-free"),
            spacing="2",
            align="center",
        ),
        # hidden, not removed, for a free course: its currency is still submitted
        rx.box(
            field(
                "Price",
                rx.hstack(
                    rx.input(
                        name="price",
                        default_value=s.price,
                        placeholder="19.99",
                        input_mode="decimal",
                        width="100%",
                        id="course-price",
                    ),
                    rx.select(
                        CURRENCY_OPTIONS,
                        name="currency",
                        default_value=s.currency,
                        on_change=_editor.mark_listing_changed,
                        id="course-currency",
                    ),
                    spacing="2",
                    width="100%",
                ),
                error="price_cents",
                html_for="course-price",
            ),
            display=rx.cond(s.is_free, "none", "block"),
            width="100%",
        ),
    )


def _classification_card() -> rx.Component:
    s: Any = CourseEditorState
    return card(
        "Category and audience",
        field(
            "Category",
            options_select(
                s.category_options,
                "category_id",
                s.category_id,
                "course-category",
                "Choose a category",
            ),
            error="category_id",
        ),
        rx.hstack(
            field("Level", options_select(LEVEL_OPTIONS, "level", s.level, "course-level")),
            field(
                "Language",
                options_select(LANGUAGE_OPTIONS, "language", s.language, "course-language"),
            ),
            spacing="3",
            width="100%",
        ),
    )


def _tags_card() -> rx.Component:
    s: Any = CourseEditorState
    return card(
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
        field(
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
                # Enter adds the tag: the field belongs to the tag form, not the listing form
                custom_attrs={"form": TAG_FORM_ID},
            ),
            error="tags",
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
    """Sticky while there is something to save; nothing at all for an untouched listing."""
    s: Any = CourseEditorState
    return rx.cond(
        s.is_new | s.listing_dirty | (s.form_error != "") | (s.saved_notice != ""),
        _save_bar_content(),
    )


def _save_bar_content() -> rx.Component:
    s: Any = CourseEditorState
    return rx.flex(
        rx.box(
            error_callout(s.form_error, id="form-error", role="alert"),
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
                            "You have unsaved changes: save them before leaving the page.",
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
            type="submit",
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


def _tag_form() -> rx.Component:
    # Empty on purpose: the tag field sits inside the listing form on screen but is owned by
    # this form (HTML `form` attribute), so Enter in it adds a tag instead of saving the course.
    return rx.form(
        id=TAG_FORM_ID, on_submit=_editor.submit_tag, reset_on_submit=False, display="none"
    )


def details_tab() -> rx.Component:
    """The listing form, submitted whole by "Save changes" / "Create course"."""
    listing_form = rx.vstack(
        rx.flex(
            listing_card(),
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
    return rx.fragment(
        _ListingFormRoot.create(
            listing_form,
            id=LISTING_FORM_ID,
            # one event a second at most while typing: enough to show the save bar
            on_change=_editor.mark_listing_changed.throttle(1000),
            on_submit=_editor.save,
            reset_on_submit=False,
            width="100%",
        ),
        _tag_form(),
    )
