"""Catalog pieces other pages drop in: course cards, star ratings, card rows and grids.

from udemy_clone.web.kit.course_card import course_card, course_grid
rx.foreach(SomeState.cards, course_card)   # CourseCard rows built with course_views.card_view
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.components import price_display, star_rating
from udemy_clone.web.kit.course_views import CourseCard
from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.wishlist.buttons import card_heart

CLAMP_2 = {
    "display": "-webkit-box",
    "WebkitLineClamp": "2",
    "WebkitBoxOrient": "vertical",
    "overflow": "hidden",
}
CLAMP_1 = {"white_space": "nowrap", "overflow": "hidden", "text_overflow": "ellipsis"}


def course_badge(
    label: Any, kind: Any, size: str = "1", on_dark: bool = False, **props: Any
) -> rx.Component:
    """A "Bestseller" (amber) or "Highest rated" (orange) tag; `on_dark`: a solid one for
    dark backgrounds (the course page's header band)."""
    return rx.badge(
        label,
        color_scheme=rx.cond(kind == "bestseller", "amber", "orange"),
        variant="solid" if on_dark else "soft",
        high_contrast=not on_dark,
        radius="small",
        size=size,
        weight="bold",
        custom_attrs={"data-badge": kind},
        **props,
    )


def rating_line(course: Any, size: str = "2") -> rx.Component:
    """ "4.6 ★★★★½ (1,234)", or a "New" badge for a course nobody has rated yet."""
    return rx.cond(
        course.has_rating,
        rx.hstack(
            rx.text(course.rating, weight="bold", size=size, color="var(--amber-11)"),
            star_rating(course.stars),
            rx.text(course.rating_count, size="1", color="var(--gray-10)"),
            spacing="1",
            align="center",
        ),
        rx.badge("New", color_scheme="teal", variant="soft", class_name="rating-new"),
    )


# The WebP copies the catalog makes of every thumbnail (catalog.thumbnails.WEBP_WIDTHS).
THUMB_WIDTHS = (320, 480, 750)
# How wide a card's image is drawn: a 78 % scroll row or 42 % list on phones, two or three
# columns on tablets, about 210-330 px on desktops.
CARD_IMAGE_SIZES = "(max-width: 640px) 78vw, (max-width: 1024px) 45vw, 320px"
# Cards this far into a row or grid are in the first screenful: fetched at once.
EAGER_CARDS = 5


def webp_url(url: rx.Var | str, width: int) -> rx.Var | str:
    """`/api/v1/thumbnails/7/ab12.jpg` → its WebP copy `/api/v1/thumbnails/7/ab12-480.webp`."""
    suffix = f"-{width}.webp"
    if isinstance(url, str):
        return url.removesuffix(".jpg") + suffix
    return url.to(str).replace(".jpg", suffix)


def thumbnail(
    url: rx.Var | str,
    title: rx.Var | str,
    radius: str = "10px",
    *,
    eager: rx.Var | bool = False,
    sizes: str = CARD_IMAGE_SIZES,
) -> rx.Component:
    """A 16:9 course image (WebP at the width shown), or a branded placeholder without one.

    `eager`: the image is in the first screenful (fetched at once, with high priority for the
    largest paint); the others load lazily as they scroll into view. Width and height are set
    so nothing moves when the image arrives.
    """
    # An f-string of Vars compiles to a JS template string.
    src_set = ", ".join(f"{webp_url(url, width)} {width}w" for width in THUMB_WIDTHS)
    return rx.box(
        rx.cond(
            url != "",
            rx.image(
                src=webp_url(url, 480),
                src_set=src_set,
                sizes=sizes,
                alt=title,
                object_fit="cover",
                loading=rx.cond(eager, "eager", "lazy"),
                decoding="async",
                class_name="course-thumb-img",
                transition="transform 0.25s ease",
                custom_attrs={
                    "width": 750,
                    "height": 422,
                    "fetchPriority": rx.cond(eager, "high", "auto"),
                },
                style={"width": "100%", "height": "100%", "display": "block"},
            ),
            rx.center(
                rx.icon("play", size=36, color="white"),
                width="100%",
                height="100%",
                background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
            ),
        ),
        aspect_ratio="16 / 9",
        width="100%",
        overflow="hidden",
        border_radius=radius,
        background="var(--gray-a3)",
        border="1px solid var(--gray-a3)",
    )


def course_card(
    course: Any, list_on_phone: bool = False, index: rx.Var | int = EAGER_CARDS
) -> rx.Component:
    """A course card (a `CourseCard` row); the whole card links to the landing page.

    `list_on_phone`: on narrow screens the thumbnail sits left of the text (result lists).
    `index`: its place in its row or grid (the first ones load their image at once).
    """
    eager = index < EAGER_CARDS if isinstance(index, int) else index.to(int) < EAGER_CARDS
    details = rx.vstack(
        rx.text(
            course.title,
            weight="bold",
            size="3",
            line_height="1.3",
            color="var(--gray-12)",
            style=CLAMP_2,
            class_name="course-card-title",
            title=course.title,
        ),
        rx.text(course.instructor, size="1", color="var(--gray-11)", style=CLAMP_1),
        rating_line(course),
        rx.cond(
            course.badge != "",
            course_badge(course.badge, course.badge_kind, class_name="course-card-badge"),
        ),
        rx.hstack(
            rx.hstack(
                price_display(
                    course.price, size="3", color="var(--gray-12)", class_name="course-card-price"
                ),
                rx.cond(
                    course.discounted,
                    rx.text(
                        course.list_price,
                        size="2",
                        color="var(--gray-10)",
                        text_decoration="line-through",
                        class_name="course-card-list-price",
                    ),
                ),
                spacing="2",
                align="baseline",
            ),
            rx.spacer(),
            rx.badge(
                course.level,
                color_scheme=course.level_color,
                variant="soft",
                radius="full",
                size="1",
            ),
            width="100%",
            align="center",
            padding_top="2px",
        ),
        spacing="1",
        width="100%",
        min_width="0",
        padding_x="2px",
    )
    if list_on_phone:
        body = rx.flex(
            rx.box(
                thumbnail(course.thumbnail, course.title, radius="8px", eager=eager),
                width=rx.breakpoints(initial="42%", sm="100%"),
                flex_shrink="0",
            ),
            details,
            direction=rx.breakpoints(initial="row", sm="column"),
            gap=rx.breakpoints(initial="0.75rem", sm="0.5rem"),
            width="100%",
        )
    else:
        body = rx.vstack(
            thumbnail(course.thumbnail, course.title, eager=eager),
            details,
            spacing="2",
            width="100%",
        )
    card = rx.link(
        body,
        href=course.href,
        underline="none",
        class_name="course-card",
        display="block",
        width="100%",
        min_width="0",
        border_radius="12px",
        padding="6px",
        margin="-6px",
        transition="background 0.15s ease",
        _hover={"background": "var(--gray-a2)"},
        style={
            "&:hover .course-thumb-img": {"transform": "scale(1.04)"},
            "&:hover .course-card-title": {"color": f"var(--{ACCENT}-11)"},
            "&:focus-visible": {"outline": f"2px solid var(--{ACCENT}-8)"},
        },
        aria_label=course.title,
    )
    # the heart is a sibling of the link (no button inside a link), over the thumbnail
    heart = card_heart(course.id, list_on_phone)
    return rx.box(card, heart, position="relative", min_width="0", width="100%")


def course_card_skeleton() -> rx.Component:
    """The grey outline of a card while results load."""
    return rx.vstack(
        rx.skeleton(rx.box(aspect_ratio="16 / 9", width="100%"), loading=True, width="100%"),
        rx.skeleton(rx.text("Course title placeholder"), loading=True, width="90%"),
        rx.skeleton(rx.text("Instructor"), loading=True, width="50%"),
        rx.skeleton(rx.text("4.5 ★★★★★"), loading=True, width="40%"),
        spacing="2",
        width="100%",
        class_name="course-card-skeleton",
    )


GRID_COLUMNS = ["1fr", "repeat(2, minmax(0, 1fr))", "repeat(3, minmax(0, 1fr))"]


def course_grid(
    cards: rx.Var | list[CourseCard],
    columns: list[str] | None = None,
    list_on_phone: bool = True,
    **props: Any,
) -> rx.Component:
    """Cards in a responsive grid (a list on phones, 2 columns on tablets, 3 on desktops)."""
    return rx.grid(
        rx.foreach(
            cards,
            lambda course, index: course_card(course, list_on_phone=list_on_phone, index=index),
        ),
        grid_template_columns=columns or GRID_COLUMNS,
        gap=["1.5rem", "1.5rem 1.25rem"],
        width="100%",
        **props,
    )


def skeleton_grid(count: int = 6, columns: list[str] | None = None) -> rx.Component:
    return rx.grid(
        *[course_card_skeleton() for _ in range(count)],
        grid_template_columns=columns or GRID_COLUMNS,
        gap="1.5rem 1.25rem",
        width="100%",
        aria_busy="true",
    )


def scroll_row(cards: rx.Var | list[CourseCard], row_id: rx.Var | str) -> rx.Component:
    """Cards in one horizontally scrolling row (snap to cards; 1.2 cards on phones, 5 wide)."""
    return rx.box(
        rx.foreach(
            cards,
            lambda course, index: rx.box(
                course_card(course, index=index), scroll_snap_align="start", min_width="0"
            ),
        ),
        id=row_id,
        display="grid",
        grid_auto_flow="column",
        grid_auto_columns=[
            "78%",
            "calc((100% - 1.25rem) / 2.3)",
            "calc((100% - 2 * 1.25rem) / 3.2)",
            "calc((100% - 4 * 1.25rem) / 5)",
        ],
        gap="1.25rem",
        overflow_x="auto",
        overscroll_behavior_x="contain",
        scroll_snap_type="x mandatory",
        scroll_padding="6px",
        padding="6px 6px 14px",
        margin="-6px",
        # as wide as its column from the start: in a flex column (align start) the row was as
        # wide as its content, which grew as the images arrived (a layout shift)
        align_self="stretch",
        class_name="course-row",
        style={
            "scrollbarWidth": "thin",
            "scrollbarColor": "var(--gray-a6) transparent",
        },
    )
