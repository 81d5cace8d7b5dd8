"""/teach: "Teach on Learnly" for visitors, the instructor onboarding form for students."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.auth.models import INSTRUCTOR_BIO_MIN
from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.auth.fields import error_callout, field
from udemy_clone.web.pages.teach.state import MAX_PHOTO_BYTES, TeachState

PHOTO_UPLOAD_ID = "instructor-photo-upload"
_teach: Any = TeachState

TERMS = (
    "You own the courses you publish and promise that you have the right to teach their content.",
    "Courses are reviewed by our team before they go live; a course needs a processed video in "
    "every lecture, a thumbnail, learning goals and enough minutes of video.",
    "Students may ask for a refund within the refund window; refunded sales are not paid out.",
    "Be respectful in reviews, replies and messages.",
)

PERKS = (
    ("video", "Teach your way", "Upload lectures; we turn them into adaptive HD video."),
    ("users", "Reach students", "Your course is searchable as soon as it is approved."),
    ("chart-line", "See what works", "Sales, watch time and ratings for every course."),
)


def _perks() -> rx.Component:
    return rx.grid(
        *[
            rx.vstack(
                rx.icon(icon, size=28, color="var(--accent-9)"),
                rx.text(title, weight="bold"),
                rx.text(text, size="2", color="var(--gray-11)"),
                spacing="2",
                align="start",
            )
            for icon, title, text in PERKS
        ],
        columns=rx.breakpoints(initial="1", sm="3"),
        gap="1.5rem",
        width="100%",
    )


def _pitch() -> rx.Component:
    return rx.vstack(
        rx.heading(f"Teach on {BRAND}", size="8", id="teach-heading"),
        rx.text(
            "Share what you know with students around the world. Becoming an instructor is "
            "free and takes two minutes.",
            size="4",
            color="var(--gray-11)",
        ),
        _perks(),
        rx.hstack(
            rx.link(
                rx.button("Create your instructor account", size="3", id="teach-register"),
                href=routes.register_url(role="instructor"),
            ),
            rx.link(
                rx.button("I already have an account", size="3", variant="outline"),
                href=routes.login_url(routes.TEACH),
            ),
            spacing="3",
            wrap="wrap",
        ),
        spacing="5",
        align="start",
        width="100%",
    )


def _already_instructor() -> rx.Component:
    return rx.vstack(
        rx.heading("You are an instructor", size="7", id="already-instructor"),
        rx.text("Create a course or carry on with one in the studio.", color="var(--gray-11)"),
        rx.link(rx.button("Open the studio", size="3"), href=routes.STUDIO),
        spacing="4",
        align="start",
    )


def _photo_field() -> rx.Component:
    s: Any = TeachState
    return field(
        "Photo (optional)",
        rx.vstack(
            rx.cond(
                s.photo_name != "",
                rx.hstack(
                    rx.icon("circle-check", color="var(--green-10)", size=18),
                    rx.text(s.photo_name, size="2", id="photo-name", trim="end"),
                    rx.button(
                        "Remove",
                        variant="ghost",
                        size="1",
                        type="button",
                        on_click=_teach.remove_photo,
                    ),
                    align="center",
                    spacing="2",
                ),
                rx.upload.root(
                    rx.hstack(
                        rx.cond(s.photo_busy, rx.spinner(size="2"), rx.icon("image-plus", size=18)),
                        rx.text("Drop a photo here or ", rx.text.strong("choose a file"), size="2"),
                        spacing="2",
                        align="center",
                        padding="0.9rem",
                        width="100%",
                        border="1px dashed var(--gray-a7)",
                        border_radius="8px",
                        cursor="pointer",
                    ),
                    id=PHOTO_UPLOAD_ID,
                    accept={
                        "image/jpeg": [".jpg", ".jpeg"],
                        "image/png": [".png"],
                        "image/webp": [".webp"],
                    },
                    max_files=1,
                    max_size=MAX_PHOTO_BYTES,
                    multiple=False,
                    on_drop=_teach.choose_photo,
                    on_drop_rejected=_teach.photo_rejected,
                    width="100%",
                ),
            ),
            rx.text(
                "A friendly, well-lit photo of your face; we crop it to a square.",
                size="1",
                color="var(--gray-10)",
            ),
            rx.cond(
                s.photo_error != "",
                rx.text(s.photo_error, color="var(--red-11)", size="1", id="photo-error"),
            ),
            width="100%",
            spacing="1",
        ),
    )


def _onboarding_form() -> rx.Component:
    s: Any = TeachState
    errors = s.field_errors
    return rx.vstack(
        rx.heading("Become an instructor", size="7", id="become-instructor-heading"),
        rx.text(
            "Tell students who you are. You can change this later in your account.",
            color="var(--gray-11)",
        ),
        error_callout(s.error),
        rx.form(
            rx.vstack(
                field(
                    "Headline",
                    rx.input(
                        name="headline",
                        id="instructor-headline",
                        placeholder="e.g. Data engineer and Python trainer",
                        max_length=120,
                        width="100%",
                        size="3",
                    ),
                    errors.get("headline", ""),
                ),
                field(
                    "Bio",
                    rx.text_area(
                        name="bio",
                        id="instructor-bio",
                        placeholder="Your experience, what you teach and how.",
                        max_length=4000,
                        rows="5",
                        width="100%",
                    ),
                    errors.get("bio", ""),
                ),
                rx.text(
                    f"At least {INSTRUCTOR_BIO_MIN} characters.", size="1", color="var(--gray-10)"
                ),
                _photo_field(),
                rx.box(
                    rx.text("Instructor terms", weight="bold", size="2"),
                    rx.unordered_list(
                        *[rx.list_item(rx.text(term, size="2")) for term in TERMS],
                        padding_left="1rem",
                    ),
                    padding="0.9rem",
                    background="var(--gray-a2)",
                    border_radius="8px",
                    width="100%",
                ),
                field(
                    "",
                    rx.hstack(
                        rx.checkbox(name="accept_terms", id="accept-terms"),
                        rx.text(
                            "I accept the instructor terms",
                            size="2",
                            as_="label",
                            html_for="accept-terms",
                        ),
                        spacing="2",
                        align="center",
                    ),
                    errors.get("accept_terms", ""),
                ),
                rx.button(
                    rx.cond(s.submitting, rx.spinner(size="2"), rx.icon("graduation-cap", size=18)),
                    "Start teaching",
                    type="submit",
                    size="3",
                    width="100%",
                    disabled=s.submitting | s.photo_busy,
                    id="become-instructor-submit",
                ),
                spacing="4",
                width="100%",
            ),
            on_submit=_teach.submit,
            width="100%",
        ),
        spacing="4",
        align="start",
        width="100%",
    )


def teach_page() -> rx.Component:
    return page_shell(
        rx.box(
            rx.cond(
                AuthState.session_checked,
                rx.cond(
                    AuthState.is_authenticated,
                    rx.cond(AuthState.is_instructor, _already_instructor(), _onboarding_form()),
                    _pitch(),
                ),
                loading_panel(),
            ),
            style=card_style,
            padding=["1.25rem", "2rem"],
            max_width="760px",
            margin="1rem auto",
        )
    )
