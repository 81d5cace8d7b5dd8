"""Public catalog pages: the home page's rows, browse/search (/courses), a course's landing page."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.components import star_rating
from udemy_clone.web.kit.course_card import (
    course_card_skeleton,
    course_grid,
    scroll_row,
    skeleton_grid,
    thumbnail,
)
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.kit.theme import ACCENT, MAX_WIDTH, card_style
from udemy_clone.web.pages.browse.state import SORT_LABELS, BrowseState, CoursePageState, HomeState
from udemy_clone.web.pages.home.hero import hero
from udemy_clone.web.pages.notifications.components import follow_button
from udemy_clone.web.pages.orders.components import buy_now_button, enroll_free_button
from udemy_clone.web.pages.orders.state import CartState
from udemy_clone.web.pages.reviews.components import course_reviews_section
from udemy_clone.web.pages.stats.components import top_selling_section

# ---- home -------------------------------------------------------------------------------------


def _category_chips() -> rx.Component:
    return rx.cond(
        HomeState.categories.length() > 0,  # type: ignore[attr-defined]
        rx.hstack(
            rx.text("Explore", weight="bold", size="2", color="var(--gray-11)"),
            rx.foreach(
                HomeState.categories,
                lambda c: rx.link(
                    rx.badge(
                        c["name"],
                        size="2",
                        radius="full",
                        variant="surface",
                        color_scheme="gray",
                        padding="6px 12px",
                        _hover={"background": f"var(--{ACCENT}-3)"},
                    ),
                    href=c["href"],
                    underline="none",
                ),
            ),
            spacing="2",
            wrap="wrap",
            align="center",
            padding_top="1.25rem",
        ),
    )


def _scroll_button(row_id: rx.Var, direction: int) -> rx.Component:
    script = (
        "(() => { const r = document.getElementById("
        + row_id.to_string()  # type: ignore[attr-defined]
        + f"); if (r) r.scrollBy({{left: {direction} * r.clientWidth * 0.8,"
        " behavior: 'smooth'}); })()"
    )
    return rx.icon_button(
        rx.icon("chevron-left" if direction < 0 else "chevron-right", size=18),
        on_click=rx.call_script(script),
        variant="soft",
        color_scheme="gray",
        radius="full",
        size="2",
        aria_label="Scroll left" if direction < 0 else "Scroll right",
    )


def _home_row(row: Any) -> rx.Component:
    row_id = "row-" + row["key"].to(str)
    return rx.vstack(
        rx.hstack(
            rx.heading(row["title"], size=rx.breakpoints(initial="5", md="6"), as_="h2"),
            rx.spacer(),
            rx.link(
                rx.hstack(rx.text("See all"), rx.icon("arrow-right", size=16), spacing="1"),
                href=row["see_all"],
                weight="medium",
                size="2",
                color=f"var(--{ACCENT}-11)",
                class_name="see-all",
                white_space="nowrap",
            ),
            rx.hstack(
                _scroll_button(row_id, -1),
                _scroll_button(row_id, 1),
                spacing="2",
                display=["none", "none", "flex"],
            ),
            width="100%",
            align="center",
            spacing="3",
        ),
        scroll_row(row["courses"].to(list[dict[str, Any]]), row_id),
        spacing="3",
        width="100%",
        class_name="home-row",
    )


def _home_rows_skeleton() -> rx.Component:
    return rx.vstack(
        rx.skeleton(rx.heading("Most popular", size="6"), loading=True),
        rx.grid(
            *[course_card_skeleton() for _ in range(5)],
            grid_template_columns=["78%", "repeat(2, 1fr)", "repeat(3, 1fr)", "repeat(5, 1fr)"],
            gap="1.25rem",
            width="100%",
            overflow="hidden",
        ),
        spacing="3",
        width="100%",
    )


def home_page() -> rx.Component:
    return page_shell(
        hero(),
        _category_chips(),
        rx.cond(
            HomeState.loaded,
            rx.cond(
                HomeState.rows.length() > 0,  # type: ignore[attr-defined]
                rx.vstack(
                    rx.foreach(HomeState.rows, _home_row),
                    spacing="8",
                    width="100%",
                    padding_top="2rem",
                ),
                rx.center(
                    rx.vstack(
                        rx.icon("library", size=40, color="var(--gray-9)"),
                        rx.heading("Courses are on their way", size="5"),
                        rx.text(
                            "No course is published yet. Check back soon.", color="var(--gray-11)"
                        ),
                        align="center",
                    ),
                    padding="4rem 1rem",
                ),
            ),
            rx.box(_home_rows_skeleton(), padding_top="2rem"),
        ),
        top_selling_section(),  # the stats domain's best-sellers (loads itself on mount)
    )


# ---- browse / search ----------------------------------------------------------------------------


def _radio_dot(selected: rx.Var) -> rx.Component:
    return rx.box(
        rx.cond(
            selected,
            rx.box(width="8px", height="8px", border_radius="50%", background=f"var(--{ACCENT}-9)"),
        ),
        width="16px",
        height="16px",
        flex_shrink="0",
        border_radius="50%",
        border=rx.cond(selected, f"1.5px solid var(--{ACCENT}-9)", "1.5px solid var(--gray-a8)"),
        display="flex",
        align_items="center",
        justify_content="center",
    )


def _filter_option(option: Any, label: rx.Component, count: Any = None) -> rx.Component:
    return rx.link(
        rx.hstack(
            _radio_dot(option["selected"]),
            label,
            rx.spacer(),
            rx.cond(
                count is not None,
                rx.text(count, size="1", color="var(--gray-10)"),
            )
            if count is not None
            else rx.fragment(),
            align="center",
            spacing="2",
            width="100%",
        ),
        href=option["href"],
        underline="none",
        color="var(--gray-12)",
        display="block",
        width="100%",
        padding="5px 8px",
        border_radius="6px",
        opacity=rx.cond(option["muted"] & ~option["selected"], "0.5", "1")
        if count is not None
        else "1",
        background=rx.cond(option["selected"], f"var(--{ACCENT}-a3)", "transparent"),
        _hover={"background": "var(--gray-a3)"},
        aria_current=rx.cond(option["selected"], "true", "false"),
        class_name="filter-option",
    )


def _filter_group(title: str, *children: rx.Component, **props: Any) -> rx.Component:
    return rx.vstack(
        rx.text(title, weight="bold", size="2"),
        *children,
        **props,
        spacing="1",
        width="100%",
        padding_bottom="1rem",
        border_bottom="1px solid var(--gray-a4)",
    )


def filter_panel() -> rx.Component:
    return rx.vstack(
        _filter_group(
            "Category",
            rx.foreach(
                BrowseState.category_options,
                lambda opt: rx.box(
                    _filter_option(
                        opt,
                        rx.text(
                            opt["name"],
                            size="2",
                            weight=rx.cond(opt["selected"], "bold", "regular"),
                        ),
                        opt["count"],
                    ),
                    padding_left=opt["indent"],
                    width="100%",
                ),
            ),
            id="filter-category",
        ),
        _filter_group(
            "Ratings",
            rx.foreach(
                BrowseState.rating_options,
                lambda opt: _filter_option(
                    opt,
                    rx.hstack(
                        star_rating(opt["stars"], size="13px"),
                        rx.text(opt["label"], size="2"),
                        spacing="2",
                        align="center",
                    ),
                ),
            ),
            id="filter-rating",
        ),
        _filter_group(
            "Level",
            rx.foreach(
                BrowseState.level_options,
                lambda opt: _filter_option(opt, rx.text(opt["label"], size="2"), opt["count"]),
            ),
            id="filter-level",
        ),
        rx.cond(
            BrowseState.language_options.length() > 0,  # type: ignore[attr-defined]
            _filter_group(
                "Language",
                rx.foreach(
                    BrowseState.language_options,
                    lambda opt: _filter_option(opt, rx.text(opt["label"], size="2"), opt["count"]),
                ),
                id="filter-language",
            ),
        ),
        _filter_group(
            "Price",
            rx.hstack(
                rx.switch(
                    checked=BrowseState.free,
                    on_change=BrowseState.toggle_free,
                    id="filter-free",
                    aria_label="Free courses only",
                ),
                rx.text("Free courses only", size="2", as_="label", html_for="filter-free"),
                spacing="2",
                align="center",
                padding="4px 8px",
            ),
            rx.form(
                rx.hstack(
                    rx.input(
                        name="min_price",
                        placeholder="Min",
                        type="number",
                        min="0",
                        default_value=BrowseState.min_price,
                        key=BrowseState.min_price,
                        size="2",
                        width="100%",
                        aria_label="Minimum price",
                        id="filter-min-price",
                    ),
                    rx.text("–", color="var(--gray-10)"),
                    rx.input(
                        name="max_price",
                        placeholder="Max",
                        type="number",
                        min="0",
                        default_value=BrowseState.max_price,
                        key=BrowseState.max_price,
                        size="2",
                        width="100%",
                        aria_label="Maximum price",
                        id="filter-max-price",
                    ),
                    rx.button(
                        "Go", type="submit", variant="soft", size="2", id="filter-price-apply"
                    ),
                    spacing="2",
                    align="center",
                    width="100%",
                ),
                on_submit=BrowseState.apply_price,
                width="100%",
                padding_x="8px",
                padding_top="4px",
            ),
        ),
        spacing="4",
        width="100%",
        align="start",
    )


def _sort_select() -> rx.Component:
    return rx.select.root(
        rx.select.trigger(placeholder="Sort by", id="sort-select", min_width="190px"),
        rx.select.content(
            *[rx.select.item(label, value=value) for value, label in SORT_LABELS.items()]
        ),
        value=BrowseState.sort,
        on_change=BrowseState.choose_sort,
        size="2",
    )


def _active_filters() -> rx.Component:
    return rx.cond(
        BrowseState.has_filters,
        rx.hstack(
            rx.foreach(
                BrowseState.active_filters,
                lambda chip: rx.link(
                    rx.badge(
                        chip["label"],
                        rx.icon("x", size=12),
                        size="2",
                        radius="full",
                        variant="soft",
                        padding="4px 10px",
                    ),
                    href=chip["href"],
                    underline="none",
                    aria_label="Remove filter " + chip["label"].to(str),
                ),
            ),
            rx.link("Clear all", href=BrowseState.clear_href, size="2", id="clear-filters"),
            spacing="2",
            wrap="wrap",
            align="center",
        ),
    )


def _mobile_filters() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(
            rx.button(rx.icon("sliders-horizontal", size=16), "Filters", variant="outline"),
        ),
        rx.dialog.content(
            rx.hstack(
                rx.dialog.title("Filters", margin="0"),
                rx.spacer(),
                rx.dialog.close(
                    rx.icon_button(rx.icon("x", size=18), variant="ghost", aria_label="Close")
                ),
                width="100%",
                align="center",
                padding_bottom="0.75rem",
            ),
            filter_panel(),
            max_height="85vh",
            overflow_y="auto",
        ),
        open=BrowseState.show_filters,
        on_open_change=BrowseState.set_show_filters,
    )


def _pagination() -> rx.Component:
    def page_link(p: Any) -> rx.Component:
        return rx.cond(
            p["gap"],
            rx.text("…", color="var(--gray-10)", padding_x="4px"),
            rx.link(
                rx.button(
                    p["label"],
                    variant=rx.cond(p["current"], "solid", "soft"),
                    color_scheme=rx.cond(p["current"], ACCENT, "gray"),
                    size="2",
                    min_width="36px",
                ),
                href=p["href"],
                aria_current=rx.cond(p["current"], "page", "false"),
                class_name="page-link",
            ),
        )

    def arrow(href: rx.Var | str, icon: str, label: str) -> rx.Component:
        return rx.cond(
            href != "",
            rx.link(
                rx.icon_button(rx.icon(icon, size=16), variant="soft", color_scheme="gray"),
                href=href,
                aria_label=label,
            ),
            rx.icon_button(
                rx.icon(icon, size=16), variant="soft", color_scheme="gray", disabled=True
            ),
        )

    return rx.cond(
        BrowseState.pages.length() > 0,  # type: ignore[attr-defined]
        rx.hstack(
            arrow(BrowseState.prev_href, "chevron-left", "Previous page"),
            rx.foreach(BrowseState.pages, page_link),
            arrow(BrowseState.next_href, "chevron-right", "Next page"),
            spacing="2",
            justify="center",
            align="center",
            width="100%",
            padding_top="2rem",
            wrap="wrap",
            id="pagination",
        ),
    )


def _empty_results() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.center(
                rx.icon("search-x", size=32, color=f"var(--{ACCENT}-11)"),
                width="72px",
                height="72px",
                border_radius="50%",
                background=f"var(--{ACCENT}-3)",
            ),
            rx.heading("No courses match your search", size="5", id="empty-state"),
            rx.text(
                "Check the spelling, try fewer or more general words",
                rx.cond(BrowseState.has_filters, ", or remove a filter", ""),
                ".",
                color="var(--gray-11)",
                text_align="center",
            ),
            rx.hstack(
                rx.cond(
                    BrowseState.has_filters,
                    rx.link(
                        rx.button("Clear filters", variant="soft"), href=BrowseState.clear_href
                    ),
                ),
                rx.link(rx.button("Browse all courses"), href="/courses"),
                spacing="3",
                wrap="wrap",
                justify="center",
            ),
            align="center",
            spacing="3",
            max_width="420px",
        ),
        padding="3.5rem 1rem",
        width="100%",
        border="1px dashed var(--gray-a6)",
        border_radius="16px",
    )


def _results() -> rx.Component:
    return rx.cond(
        BrowseState.loaded,
        rx.cond(
            BrowseState.total > 0,
            rx.vstack(
                course_grid(
                    BrowseState.results,
                    id="results",
                    opacity=rx.cond(BrowseState.searching, "0.45", "1"),
                    transition="opacity 0.15s ease",
                ),
                _pagination(),
                width="100%",
                spacing="0",
            ),
            _empty_results(),
        ),
        skeleton_grid(6),
    )


def browse_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.vstack(
                rx.cond(
                    BrowseState.loaded,
                    rx.heading(
                        BrowseState.heading,
                        size=rx.breakpoints(initial="6", md="7"),
                        id="result-heading",
                    ),
                    rx.skeleton(rx.heading("Loading courses", size="7"), loading=True),
                ),
                rx.cond(
                    BrowseState.category_id > 0,
                    rx.hstack(
                        rx.text(
                            "Get news about new courses in ",
                            BrowseState.category_name,
                            size="2",
                            color="var(--gray-11)",
                        ),
                        follow_button("category", BrowseState.category_id, size="1"),
                        spacing="3",
                        align="center",
                        wrap="wrap",
                        id="follow-category",
                    ),
                ),
                rx.form(
                    rx.hstack(
                        rx.input(
                            rx.input.slot(rx.icon("search", size=16)),
                            name="q",
                            default_value=BrowseState.q,
                            key=BrowseState.q,
                            placeholder="Search courses, instructors, topics",
                            max_length=200,
                            size="3",
                            width="100%",
                            id="browse-q",
                            aria_label="Search courses",
                        ),
                        rx.button("Search", size="3", type="submit", id="browse-search"),
                        width="100%",
                        max_width="640px",
                        spacing="2",
                    ),
                    on_submit=BrowseState.submit_query,
                    reset_on_submit=False,
                    width="100%",
                ),
                spacing="3",
                width="100%",
            ),
            rx.hstack(
                rx.box(_mobile_filters(), display=["block", "block", "none"]),
                _active_filters(),
                rx.spacer(),
                rx.hstack(
                    rx.text("Sort by", size="2", color="var(--gray-11)", display=["none", "block"]),
                    _sort_select(),
                    align="center",
                    spacing="2",
                ),
                width="100%",
                align="center",
                spacing="3",
                wrap="wrap",
            ),
            rx.grid(
                rx.box(filter_panel(), display=["none", "none", "block"], as_="aside"),
                _results(),
                grid_template_columns=["minmax(0, 1fr)", "minmax(0, 1fr)", "240px minmax(0, 1fr)"],
                gap="2rem",
                width="100%",
            ),
            spacing="5",
            width="100%",
        )
    )


# ---- course landing page ------------------------------------------------------------------------

BAND_BG = "linear-gradient(160deg, #221b35 0%, #17131f 100%)"
ASIDE_WIDTH = "340px"
LANDING_COLUMNS = ["minmax(0, 1fr)", "minmax(0, 1fr)", f"minmax(0, 1fr) {ASIDE_WIDTH}"]
C = CoursePageState.course


def _meta(icon: str, *text: Any) -> rx.Component:
    return rx.hstack(rx.icon(icon, size=15), rx.text(*text, size="2"), spacing="1", align="center")


def _breadcrumb() -> rx.Component:
    return rx.hstack(
        rx.foreach(
            C["breadcrumb"].to(list[dict[str, str]]),
            lambda crumb, i: rx.hstack(
                rx.cond(i > 0, rx.icon("chevron-right", size=14, color="rgba(255,255,255,0.5)")),
                rx.link(
                    crumb["name"],
                    href=crumb["href"],
                    size="2",
                    weight="medium",
                    color=f"var(--{ACCENT}-7)",
                ),
                spacing="1",
                align="center",
            ),
        ),
        spacing="1",
        wrap="wrap",
        align="center",
        id="breadcrumb",
    )


def _status_banner() -> rx.Component:
    return rx.cond(
        ~C["is_published"].to(bool),
        rx.callout(
            rx.text(
                "This course is ",
                rx.text(C["status_label"], as_="span", weight="bold"),
                ". Only its instructor and admins can see this page.",
            ),
            icon="eye-off",
            color_scheme="amber",
            variant="surface",
            width="100%",
            id="draft-banner",
        ),
    )


def _band() -> rx.Component:
    return rx.box(
        rx.grid(
            rx.vstack(
                _status_banner(),
                _breadcrumb(),
                rx.heading(
                    C["title"],
                    size=rx.breakpoints(initial="7", md="8"),
                    line_height="1.15",
                    color="white",
                    id="course-title",
                    as_="h1",
                ),
                rx.text(
                    C["subtitle"],
                    size=rx.breakpoints(initial="3", md="4"),
                    color="rgba(255,255,255,0.85)",
                ),
                rx.hstack(
                    rx.cond(
                        C["has_rating"].to(bool),
                        rx.hstack(
                            rx.text(C["rating"], weight="bold", color="var(--amber-8)"),
                            star_rating(C["stars"].to(str), size="15px"),
                            rx.link(
                                "(",
                                C["rating_count"],
                                ")",
                                href="#reviews",
                                size="2",
                                color=f"var(--{ACCENT}-6)",
                            ),
                            spacing="1",
                            align="center",
                        ),
                        rx.text("No ratings yet", size="2"),
                    ),
                    rx.text(C["students"], size="2", id="course-students"),
                    spacing="3",
                    align="center",
                    wrap="wrap",
                ),
                rx.text(
                    "Created by ",
                    rx.link(
                        C["instructor"],
                        href="#instructor",
                        color=f"var(--{ACCENT}-6)",
                        text_decoration="underline",
                    ),
                    size="2",
                ),
                rx.hstack(
                    _meta("calendar-clock", "Last updated ", C["updated"]),
                    _meta("globe", C["language"]),
                    _meta("signal", C["level"]),
                    spacing="4",
                    wrap="wrap",
                    color="rgba(255,255,255,0.85)",
                ),
                spacing="3",
                align="start",
                width="100%",
            ),
            rx.box(),
            grid_template_columns=LANDING_COLUMNS,
            gap="3rem",
            max_width=MAX_WIDTH,
            margin="0 auto",
            padding_y=["1.75rem", "2.25rem", "2.75rem"],
            padding_x=["0", "0", "1.25rem"],  # line up with the header on desktops
            min_height=["0", "0", "17rem"],
        ),
        background=BAND_BG,
        color="white",
        margin="-1.5rem -1.25rem 0",
        padding_x="1.25rem",
    )


def _primary_action() -> rx.Component:
    full = {"width": "100%", "size": "3"}
    return rx.match(
        CoursePageState.offer,
        (
            "enrolled",
            rx.link(
                rx.button(
                    rx.icon("circle-play", size=18), "Go to course", id="buy-primary", **full
                ),
                href=C["learn_href"],
                width="100%",
            ),
        ),
        (
            "in_cart",
            rx.link(
                rx.button(
                    rx.icon("shopping-cart", size=18), "Go to cart", id="buy-primary", **full
                ),
                href="/cart",
                width="100%",
            ),
        ),
        (
            "owner",
            rx.vstack(
                rx.callout("You teach this course.", icon="info", width="100%", size="1"),
                rx.link(
                    rx.button("Edit this course", variant="soft", id="buy-primary", **full),
                    href=C["studio_href"],
                    width="100%",
                ),
                width="100%",
                spacing="2",
            ),
        ),
        (
            "free",
            enroll_free_button(CoursePageState.course_id, width="100%", id="buy-primary"),
        ),
        rx.vstack(
            rx.button(
                rx.icon("shopping-cart", size=18),
                "Add to cart",
                on_click=[
                    CartState.add_to_cart(CoursePageState.course_id),  # type: ignore[operator]
                    CoursePageState.load_offer,
                ],
                id="buy-primary",
                **full,
            ),
            buy_now_button(CoursePageState.course_id, width="100%", id="buy-now"),
            width="100%",
            spacing="2",
        ),
    )


def _includes_line(icon: str, *text: Any) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=16, color="var(--gray-11)"),
        rx.text(*text, size="2"),
        spacing="2",
        align="center",
    )


def _buy_box() -> rx.Component:
    preview = rx.cond(
        CoursePageState.first_preview_href != "",
        rx.link(
            rx.center(
                rx.vstack(
                    rx.center(
                        rx.icon("play", size=26, color=f"var(--{ACCENT}-11)"),
                        width="60px",
                        height="60px",
                        border_radius="50%",
                        background="white",
                        box_shadow="0 6px 18px rgba(0,0,0,0.25)",
                    ),
                    rx.text("Preview this course", weight="bold", color="white", size="2"),
                    align="center",
                    spacing="2",
                ),
                position="absolute",
                inset="0",
                background="linear-gradient(180deg, rgba(0,0,0,0.05), rgba(0,0,0,0.55))",
                border_radius="10px",
            ),
            href=CoursePageState.first_preview_href,
            id="preview-course",
        ),
    )
    return rx.box(
        rx.box(thumbnail(C["thumbnail"].to(str), C["title"].to(str)), preview, position="relative"),
        rx.vstack(
            rx.text(C["price"], size="8", weight="bold", id="course-price"),
            _primary_action(),
            rx.vstack(
                rx.text("This course includes:", weight="bold", size="2"),
                _includes_line("monitor-play", C["length"], " of on-demand video"),
                _includes_line("list-video", C["lectures"], " in ", C["sections"]),
                _includes_line("smartphone", "Watch on phone, tablet and desktop"),
                _includes_line("infinity", "Full lifetime access"),
                spacing="2",
                width="100%",
                padding_top="0.5rem",
            ),
            spacing="3",
            width="100%",
            padding="1.25rem",
        ),
        **{**card_style, "box_shadow": "0 10px 30px rgba(20, 10, 40, 0.12)"},
        overflow="hidden",
        padding="0",
        width="100%",
        id="buy-box",
    )


def _section_card(section: Any) -> rx.Component:
    return rx.el.details(
        rx.el.summary(
            rx.hstack(
                rx.icon("chevron-down", size=18, class_name="section-chevron"),
                rx.text(section["title"], weight="bold", size="3", flex="1"),
                rx.text(
                    section["summary"],
                    size="2",
                    color="var(--gray-11)",
                    white_space="nowrap",
                    display=["none", "block"],
                ),
                align="center",
                spacing="2",
                width="100%",
            ),
            rx.text(
                section["summary"],
                size="1",
                color="var(--gray-11)",
                display=["block", "none"],
                padding_left="26px",
            ),
            padding="0.85rem 1rem",
            background="var(--gray-2)",
            cursor="pointer",
            list_style="none",
            style={"&::-webkit-details-marker": {"display": "none"}},
        ),
        rx.vstack(
            rx.foreach(
                section["lectures"].to(list[dict[str, Any]]),
                lambda lecture: rx.hstack(
                    rx.icon(
                        rx.cond(lecture["is_preview"], "circle-play", "file-video"),
                        size=16,
                        color=rx.cond(
                            lecture["is_preview"], f"var(--{ACCENT}-11)", "var(--gray-10)"
                        ),
                        flex_shrink="0",
                    ),
                    rx.cond(
                        lecture["is_preview"],
                        rx.link(
                            lecture["title"], href=lecture["href"], size="2", underline="always"
                        ),
                        rx.text(lecture["title"], size="2"),
                    ),
                    rx.spacer(),
                    rx.cond(
                        lecture["is_preview"],
                        rx.link(
                            "Preview",
                            href=lecture["href"],
                            size="2",
                            weight="medium",
                            class_name="preview-link",
                        ),
                    ),
                    rx.text(
                        lecture["duration"],
                        size="2",
                        color="var(--gray-11)",
                        class_name="lecture-duration",
                        min_width="3.2em",
                        text_align="right",
                        font_variant_numeric="tabular-nums",
                    ),
                    width="100%",
                    align="center",
                    spacing="3",
                    class_name="lecture-row",
                ),
            ),
            spacing="3",
            padding="0.9rem 1rem 1rem 1rem",
            width="100%",
        ),
        open=section["open"].to(bool),
        border_bottom="1px solid var(--gray-a5)",
        class_name="curriculum-section",
        style={
            "&[open] .section-chevron": {"transform": "rotate(180deg)"},
            "& .section-chevron": {"transition": "transform 0.15s ease"},
            "&:last-child": {"border_bottom": "none"},
        },
    )


EXPAND_ALL = (
    "(() => { const all = document.querySelectorAll('#curriculum details');"
    " const open = Array.from(all).some(d => !d.open); all.forEach(d => { d.open = open; }); })()"
)


def _curriculum() -> rx.Component:
    return rx.vstack(
        rx.heading("Course content", size="6", as_="h2"),
        rx.hstack(
            rx.text(
                C["sections"],
                " • ",
                C["lectures"],
                " • ",
                C["length"],
                " total length",
                size="2",
                color="var(--gray-11)",
            ),
            rx.spacer(),
            rx.button(
                "Expand or collapse all",
                variant="ghost",
                size="2",
                on_click=rx.call_script(EXPAND_ALL),
            ),
            width="100%",
            align="center",
            wrap="wrap",
        ),
        rx.cond(
            CoursePageState.sections.length() > 0,  # type: ignore[attr-defined]
            rx.box(
                rx.foreach(CoursePageState.sections, _section_card),
                border="1px solid var(--gray-a5)",
                border_radius="12px",
                overflow="hidden",
                width="100%",
                id="curriculum",
            ),
            rx.text("The curriculum is being prepared.", color="var(--gray-11)"),
        ),
        spacing="3",
        width="100%",
    )


def _learn_box() -> rx.Component:
    points = C["learn_points"].to(list[str])
    return rx.cond(
        points.length() > 0,  # type: ignore[attr-defined]
        rx.box(
            rx.heading("What you'll learn", size="5", as_="h2", margin_bottom="0.75rem"),
            rx.grid(
                rx.foreach(
                    points,
                    lambda point: rx.hstack(
                        rx.icon(
                            "check",
                            size=16,
                            color=f"var(--{ACCENT}-11)",
                            flex_shrink="0",
                            margin_top="3px",
                        ),
                        rx.text(point, size="2"),
                        spacing="2",
                        align="start",
                    ),
                ),
                grid_template_columns=["1fr", "1fr 1fr"],
                gap="0.75rem 1.5rem",
            ),
            **card_style,
            padding="1.25rem 1.5rem",
            width="100%",
            id="learn-box",
        ),
    )


def _description() -> rx.Component:
    return rx.cond(
        C["about"].to(str) != "",
        rx.vstack(
            rx.heading("Description", size="6", as_="h2"),
            rx.box(
                # Instructors' text: react-markdown without the raw-HTML plugin escapes HTML.
                rx.markdown(
                    C["about"].to(str),
                    use_raw=False,
                    use_math=False,
                    use_katex=False,
                    component_map={
                        "h1": lambda text: rx.heading(text, size="4", margin_y="0.5em"),
                        "h2": lambda text: rx.heading(text, size="4", margin_y="0.5em"),
                        "h3": lambda text: rx.heading(text, size="3", margin_y="0.5em"),
                        "img": lambda text: rx.fragment(),
                    },
                ),
                width="100%",
                color="var(--gray-12)",
                id="course-description",
            ),
            rx.cond(
                C["tags"].to(list[str]).length() > 0,  # type: ignore[attr-defined]
                rx.hstack(
                    rx.foreach(
                        C["tags"].to(list[str]),
                        lambda tag: rx.badge(
                            tag, variant="outline", color_scheme="gray", radius="full"
                        ),
                    ),
                    spacing="2",
                    wrap="wrap",
                ),
            ),
            spacing="3",
            width="100%",
            align="start",
        ),
    )


def _instructor() -> rx.Component:
    return rx.vstack(
        rx.heading("Instructor", size="6", as_="h2"),
        rx.hstack(
            rx.avatar(
                fallback=C["instructor_initials"].to(str),
                size="6",
                radius="full",
                color_scheme=ACCENT,
            ),
            rx.vstack(
                rx.text(C["instructor"], weight="bold", size="4", color=f"var(--{ACCENT}-11)"),
                rx.text(C["students"], " on this course", size="2", color="var(--gray-11)"),
                rx.link(
                    "More courses by ",
                    C["instructor"],
                    href="/courses?q=" + C["instructor"].to(str),
                    size="2",
                ),
                spacing="1",
                align="start",
            ),
            spacing="4",
            align="center",
        ),
        rx.cond(
            CoursePageState.instructor_id > 0,
            follow_button("instructor", CoursePageState.instructor_id),
        ),
        spacing="3",
        width="100%",
        id="instructor",
    )


def _reviews() -> rx.Component:
    # the reviews domain's section: summary, distribution, the viewer's review, the list
    return rx.box(course_reviews_section(CoursePageState.course_id), width="100%", id="reviews")


def _landing() -> rx.Component:
    return rx.box(
        _band(),
        rx.grid(
            rx.vstack(
                _learn_box(),
                _curriculum(),
                _description(),
                _instructor(),
                _reviews(),
                spacing="7",
                width="100%",
                padding_top=["0", "0", "2rem"],
            ),
            rx.box(
                _buy_box(),
                position=["static", "static", "sticky"],
                top="88px",
                align_self="start",
                margin_top=["0", "0", "-15rem"],
                order=["-1", "-1", "0"],
                max_width=["560px", "560px", "none"],
                width="100%",
                justify_self="center",
            ),
            grid_template_columns=LANDING_COLUMNS,
            gap=["1.5rem", "1.5rem", "3rem"],
            max_width=MAX_WIDTH,
            margin="0 auto",
            padding_top="1.5rem",
            padding_x=["0", "0", "1.25rem"],
        ),
    )


def _not_found() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.center(
                rx.icon("book-x", size=34, color=f"var(--{ACCENT}-11)"),
                width="76px",
                height="76px",
                border_radius="50%",
                background=f"var(--{ACCENT}-3)",
            ),
            rx.heading("This course isn't available", size="6", id="course-not-found"),
            rx.text(
                "It may have been unpublished by its instructor, or the link is mistyped. "
                "Plenty of other courses are waiting for you.",
                color="var(--gray-11)",
                text_align="center",
            ),
            rx.hstack(
                rx.link(rx.button("Browse courses", size="3"), href="/courses"),
                rx.link(rx.button("Home", size="3", variant="soft"), href="/"),
                spacing="3",
            ),
            align="center",
            spacing="3",
            max_width="460px",
        ),
        padding="5rem 1rem",
    )


def _landing_skeleton() -> rx.Component:
    return rx.box(
        rx.box(
            rx.vstack(
                rx.skeleton(rx.text("Category"), loading=True, width="200px"),
                rx.skeleton(rx.heading("Course title placeholder text", size="8"), loading=True),
                rx.skeleton(rx.text("A subtitle placeholder for loading"), loading=True),
                spacing="3",
                max_width=MAX_WIDTH,
                margin="0 auto",
                padding="2.75rem 1.25rem",
            ),
            background=BAND_BG,
            margin="-1.5rem -1.25rem 0",
            min_height="17rem",
        ),
        rx.center(rx.spinner(size="3"), padding="3rem"),
    )


def course_page() -> rx.Component:
    return page_shell(
        rx.cond(
            CoursePageState.loaded,
            rx.cond(CoursePageState.found, _landing(), _not_found()),
            _landing_skeleton(),
        ),
        width="100%",
    )
