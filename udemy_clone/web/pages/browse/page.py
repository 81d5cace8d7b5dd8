"""The catalogue: search results with filters, sorting and pages."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import empty_state, star_rating
from udemy_clone.web.kit.course_card import (
    skeleton_grid,
)
from udemy_clone.web.kit.first_view import first_view_guard, first_view_handoff
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.browse.lecture_mentions import results_grid
from udemy_clone.web.pages.browse.state import SORT_LABELS, BrowseState
from udemy_clone.web.pages.notifications.components import follow_button


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


def _check_square(selected: rx.Var) -> rx.Component:
    return rx.box(
        rx.cond(selected, rx.icon("check", size=12, color="white", stroke_width=3)),
        width="16px",
        height="16px",
        flex_shrink="0",
        border_radius="4px",
        border=rx.cond(selected, f"1.5px solid var(--{ACCENT}-9)", "1.5px solid var(--gray-a8)"),
        background=rx.cond(selected, f"var(--{ACCENT}-9)", "transparent"),
        display="flex",
        align_items="center",
        justify_content="center",
    )


def _filter_option(
    option: Any, label: rx.Component, count: Any = None, multi: bool = False
) -> rx.Component:
    """One choice: a link to the address with it toggled (a radio dot, or a check box for
    facets that take several values)."""
    return rx.link(
        rx.hstack(
            _check_square(option.selected) if multi else _radio_dot(option.selected),
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
        href=option.href,
        underline="none",
        color="var(--gray-12)",
        display="block",
        width="100%",
        padding="5px 8px",
        border_radius="6px",
        opacity=rx.cond(option.muted & ~option.selected, "0.5", "1") if count is not None else "1",
        background=rx.cond(option.selected, f"var(--{ACCENT}-a3)", "transparent"),
        _hover={"background": "var(--gray-a3)"},
        aria_current=rx.cond(option.selected, "true", "false"),
        class_name="filter-option",
        custom_attrs={"data-value": option.value},
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
                            opt.label,
                            size="2",
                            weight=rx.cond(opt.selected, "bold", "regular"),
                        ),
                        opt.count,
                    ),
                    padding_left=opt.indent,
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
                        star_rating(opt.stars, size="13px"),
                        rx.text(opt.label, size="2"),
                        spacing="2",
                        align="center",
                    ),
                    opt.count,
                ),
            ),
            id="filter-rating",
        ),
        _filter_group(
            "Video duration",
            rx.foreach(
                BrowseState.duration_options,
                lambda opt: _filter_option(opt, rx.text(opt.label, size="2"), opt.count, True),
            ),
            id="filter-duration",
        ),
        _filter_group(
            "Level",
            rx.foreach(
                BrowseState.level_options,
                lambda opt: _filter_option(opt, rx.text(opt.label, size="2"), opt.count, True),
            ),
            id="filter-level",
        ),
        rx.cond(
            BrowseState.language_options.length() > 0,  # type: ignore[attr-defined]
            _filter_group(
                "Language",
                rx.foreach(
                    BrowseState.language_options,
                    lambda opt: _filter_option(opt, rx.text(opt.label, size="2"), opt.count, True),
                ),
                id="filter-language",
            ),
        ),
        _filter_group(
            "Price",
            rx.foreach(
                BrowseState.price_options,
                lambda opt: _filter_option(opt, rx.text(opt.label, size="2"), opt.count, True),
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
            id="filter-price",
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
                        chip.label,
                        rx.icon("x", size=12),
                        size="2",
                        radius="full",
                        variant="soft",
                        padding="4px 10px",
                    ),
                    href=chip.href,
                    underline="none",
                    aria_label="Remove filter " + chip.label,
                ),
            ),
            rx.link("Clear all", href=BrowseState.clear_href, size="2", id="clear-filters"),
            spacing="2",
            wrap="wrap",
            align="center",
        ),
    )


def _mobile_filters() -> rx.Component:
    """Phones: a "Filter" button (with how many values are chosen) opening a bottom sheet."""
    return rx.dialog.root(
        rx.dialog.trigger(
            rx.button(
                rx.icon("sliders-horizontal", size=16),
                "Filter",
                rx.cond(
                    BrowseState.active_count > 0,
                    rx.badge(
                        BrowseState.active_count,
                        variant="solid",
                        radius="full",
                        size="1",
                        id="filter-count",
                    ),
                ),
                variant="outline",
                id="filter-button",
            ),
        ),
        rx.dialog.content(
            rx.vstack(
                rx.hstack(
                    rx.dialog.title("Filter", margin="0"),
                    rx.spacer(),
                    rx.dialog.close(
                        rx.icon_button(rx.icon("x", size=18), variant="ghost", aria_label="Close")
                    ),
                    width="100%",
                    align="center",
                    padding="1rem 1rem 0.5rem",
                ),
                rx.box(
                    filter_panel(),
                    overflow_y="auto",
                    flex="1",
                    min_height="0",
                    width="100%",
                    padding_x="1rem",
                ),
                rx.hstack(
                    rx.cond(
                        BrowseState.has_filters,
                        rx.link(
                            rx.button("Clear all", variant="soft", color_scheme="gray", size="3"),
                            href=BrowseState.clear_href,
                        ),
                    ),
                    rx.dialog.close(
                        rx.button(
                            rx.cond(
                                BrowseState.searching,
                                "Updating…",
                                BrowseState.show_results_label,
                            ),
                            size="3",
                            flex="1",
                            id="filter-show-results",
                        ),
                    ),
                    width="100%",
                    spacing="2",
                    padding="0.75rem 1rem",
                    border_top="1px solid var(--gray-a4)",
                ),
                spacing="0",
                height="100%",
                width="100%",
            ),
            id="filter-sheet",
            padding="0",
            style={
                "position": "fixed",
                "left": "0",
                "right": "0",
                "bottom": "0",
                "top": "auto",
                "width": "100%",
                "maxWidth": "100vw",
                "height": "85vh",
                "maxHeight": "85vh",
                "margin": "0",
                "borderRadius": "16px 16px 0 0",
                "overflow": "hidden",
            },
        ),
        open=BrowseState.show_filters,
        on_open_change=BrowseState.set_show_filters,
    )


def _pagination() -> rx.Component:
    def page_link(p: Any) -> rx.Component:
        return rx.cond(
            p.gap,
            rx.text("…", color="var(--gray-10)", padding_x="4px"),
            rx.link(
                rx.button(
                    p.label,
                    variant=rx.cond(p.current, "solid", "soft"),
                    color_scheme=rx.cond(p.current, ACCENT, "gray"),
                    size="2",
                    min_width="36px",
                ),
                href=p.href,
                aria_current=rx.cond(p.current, "page", "false"),
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
    return empty_state(
        "search-x",
        "No courses match your search",
        rx.text(
            "Check the spelling, try fewer or more general words",
            rx.cond(BrowseState.has_filters, ", or remove a filter", ""),
            ".",
            color="var(--gray-11)",
            text_align="center",
        ),
        rx.cond(
            BrowseState.has_filters,
            rx.link(rx.button("Clear filters", variant="soft"), href=BrowseState.clear_href),
        ),
        rx.link(rx.button("Browse all courses"), href=routes.BROWSE),
        heading_id="empty-state",
    )


def _results() -> rx.Component:
    return rx.cond(
        BrowseState.loaded,
        rx.cond(
            BrowseState.total > 0,
            rx.vstack(
                results_grid(
                    BrowseState.results,
                    BrowseState.result_mentions,
                    id="results",
                    opacity=rx.cond(BrowseState.searching, "0.45", "1"),
                    transition="opacity 0.15s ease",
                ),
                _pagination(),
                # (the first view shows the first row's images: gone once these are drawn)
                first_view_handoff("#results > div:nth-child(-n+3) img"),
                width="100%",
                spacing="0",
            ),
            rx.fragment(first_view_handoff(), _empty_results()),
        ),
        skeleton_grid(6),
    )


def browse_page() -> rx.Component:
    # A first visit's HTML holds the results' head and first row of images for its address
    # (browse/first_view.py) until the page draws them with its data.
    return page_shell(
        first_view_guard(),
        rx.vstack(
            rx.vstack(
                rx.cond(
                    BrowseState.loaded,
                    rx.heading(
                        BrowseState.heading,
                        size=rx.breakpoints(initial="6", md="7"),
                        id="result-heading",
                    ),
                    # as tall as the heading it stands for (a phone's is smaller): no shift
                    rx.skeleton(
                        rx.heading("Loading courses", size=rx.breakpoints(initial="6", md="7")),
                        loading=True,
                    ),
                ),
                rx.cond(
                    BrowseState.corrected_query != "",
                    rx.vstack(
                        rx.text(
                            "Showing results for ",
                            rx.link(
                                rx.text.strong("“", BrowseState.corrected_query, "”"),
                                href=BrowseState.corrected_href,
                                id="corrected-link",
                            ),
                            size="3",
                            color="var(--gray-12)",
                        ),
                        rx.text(
                            "Search instead for ",
                            rx.link(
                                "“",
                                BrowseState.q,
                                "”",
                                href=BrowseState.exact_href,
                                id="search-instead",
                            ),
                            size="2",
                            color="var(--gray-11)",
                        ),
                        spacing="1",
                        id="corrected-query",
                    ),
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
                # drawn once the facets are in: the prerendered page's empty groups would grow
                # and shift each other (the first search's layout shift was 0.14)
                rx.box(
                    rx.cond(BrowseState.loaded, filter_panel()),
                    display=["none", "none", "block"],
                    as_="aside",
                ),
                _results(),
                grid_template_columns=["minmax(0, 1fr)", "minmax(0, 1fr)", "240px minmax(0, 1fr)"],
                gap="2rem",
                width="100%",
            ),
            spacing="5",
            width="100%",
        ),
    )
