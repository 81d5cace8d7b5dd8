"""The product shell: header (logo, search, account menu), content, footer."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from udemy_clone.core.brand import BRAND, TAGLINE
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.category_menu import category_menu_desktop, category_menu_phone
from udemy_clone.web.kit.search_box import search_box
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import ACCENT, MAX_WIDTH
from udemy_clone.web.pages.cart.buttons import cart_button
from udemy_clone.web.pages.notifications.components import notification_bell
from udemy_clone.web.pages.wishlist.buttons import header_wishlist_link


def logo() -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.box(
                rx.icon("graduation-cap", size=20, color="white"),
                background=f"var(--{ACCENT}-9)",
                border_radius="8px",
                padding="6px",
                display="flex",
            ),
            rx.text(BRAND, weight="bold", size="5", color="var(--gray-12)"),
            align="center",
            spacing="2",
        ),
        href=routes.HOME,
        underline="none",
        aria_label=f"{BRAND} home",
    )


def account_menu() -> rx.Component:
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.avatar(
                    fallback=AuthState.initials, size="2", radius="full", color_scheme=ACCENT
                ),
                rx.text(
                    AuthState.user_name,
                    display=["none", "none", "inline"],
                    weight="medium",
                    id="nav-user-name",
                ),
                rx.icon("chevron-down", size=14),
                variant="ghost",
                color_scheme="gray",
                aria_label="Account menu",
            ),
        ),
        rx.menu.content(
            rx.box(
                rx.text(AuthState.user_email, size="1", color="var(--gray-11)"), padding="4px 8px"
            ),
            rx.menu.separator(),
            rx.menu.item(rx.icon("user", size=14), "Account", on_click=rx.redirect(routes.ACCOUNT)),
            rx.menu.item(
                rx.icon("book-open", size=14), "My courses", on_click=rx.redirect(routes.MY_COURSES)
            ),
            rx.menu.item(
                rx.icon("receipt", size=14), "Purchase history", on_click=rx.redirect(routes.ORDERS)
            ),
            rx.cond(
                AuthState.is_instructor,
                rx.menu.item(
                    rx.icon("clapperboard", size=14),
                    "Instructor studio",
                    on_click=rx.redirect(routes.STUDIO),
                ),
            ),
            rx.cond(
                AuthState.is_instructor,
                rx.fragment(),
                rx.menu.item(
                    rx.icon("graduation-cap", size=14),
                    "Become an instructor",
                    on_click=rx.redirect(routes.TEACH),
                    id="menu-become-instructor",
                ),
            ),
            rx.cond(
                AuthState.is_admin,
                rx.menu.item(
                    rx.icon("shield", size=14), "Admin", on_click=rx.redirect(routes.ADMIN)
                ),
            ),
            rx.menu.separator(),
            rx.menu.item(
                rx.icon("log-out", size=14),
                "Sign out",
                on_click=AuthState.sign_out,
                color="red",
                id="sign-out",
            ),
        ),
    )


def _notification_bell() -> rx.Component:
    return notification_bell()


def navbar() -> rx.Component:
    signed_out = rx.hstack(
        rx.link(
            rx.button("Log in", variant="outline", size="2"), href=routes.LOGIN, id="nav-login"
        ),
        rx.link(rx.button("Sign up", size="2"), href=routes.REGISTER, id="nav-register"),
        spacing="2",
    )
    return rx.box(
        rx.hstack(
            rx.box(category_menu_phone(), display=["block", "none"]),
            logo(),
            rx.box(category_menu_desktop(), display=["none", "block"]),
            rx.box(search_box(), flex="1", max_width="560px", display=["none", "block"]),
            rx.spacer(),
            rx.cond(
                AuthState.is_instructor,
                rx.link(
                    "Studio",
                    href=routes.STUDIO,
                    color="var(--gray-11)",
                    weight="medium",
                    display=["none", "none", "block"],
                ),
                rx.link(
                    f"Teach on {BRAND}",
                    href=routes.TEACH,
                    color="var(--gray-11)",
                    weight="medium",
                    display=["none", "none", "block"],
                    id="nav-teach",
                ),
            ),
            header_wishlist_link(),
            cart_button(),
            rx.cond(AuthState.is_authenticated, _notification_bell()),
            rx.cond(AuthState.is_authenticated, account_menu(), signed_out),
            align="center",
            spacing="4",
            max_width=MAX_WIDTH,
            margin="0 auto",
            padding_x="1.25rem",
            height="64px",
        ),
        rx.box(
            search_box(box_id="header-search-phone"),
            display=["block", "none"],
            padding="0 1rem 0.75rem",
        ),
        position="sticky",
        top="0",
        z_index="50",
        background="var(--color-background)",
        border_bottom="1px solid var(--gray-a4)",
        backdrop_filter="blur(8px)",
        as_="header",
    )


def footer() -> rx.Component:
    column = lambda title, *links: rx.vstack(  # noqa: E731
        rx.text(title, weight="bold", size="2"),
        *[rx.link(label, href=href, size="2", color="var(--gray-11)") for label, href in links],
        spacing="2",
        align="start",
    )
    return rx.box(
        rx.flex(
            rx.vstack(logo(), rx.text(TAGLINE, size="2", color="var(--gray-11)"), align="start"),
            rx.spacer(),
            # signed-in people are offered their courses, not a second account
            rx.cond(
                AuthState.is_authenticated,
                column(
                    "Learn", ("Browse courses", routes.BROWSE), ("My learning", routes.MY_COURSES)
                ),
                column("Learn", ("Browse courses", routes.BROWSE), ("Sign up", routes.REGISTER)),
            ),
            column(
                "Teach",
                ("Instructor studio", routes.STUDIO),
                ("Become an instructor", routes.TEACH),
            ),
            column("Developers", ("REST API", "/api/v1/docs")),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="2rem",
            max_width=MAX_WIDTH,
            margin="0 auto",
            padding="2.5rem 1.25rem",
        ),
        rx.text(
            f"© 2026 {BRAND}. All prices in the currency shown.",
            size="1",
            color="var(--gray-10)",
            text_align="center",
            padding_bottom="1.5rem",
        ),
        border_top="1px solid var(--gray-a4)",
        background="var(--gray-2)",
        as_="footer",
        margin_top="4rem",
    )


def page_shell(*children: rx.Component, width: str = MAX_WIDTH) -> rx.Component:
    """Header + centred content + footer."""
    return rx.box(
        navbar(),
        rx.box(
            *children,
            max_width=width,
            margin="0 auto",
            padding="1.5rem 1.25rem",
            # the footer starts below the fold while a prerendered page waits for its data, so
            # the content arriving does not move it on screen (layout shift)
            min_height="calc(100vh - 64px)",
            as_="main",
        ),
        footer(),
        background="var(--color-background)",
    )


def loading_panel() -> rx.Component:
    return rx.center(rx.spinner(size="3"), padding="4rem")


def not_allowed_panel(role: str) -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.icon("shield-alert", size=40, color="var(--red-9)"),
            rx.heading("Not allowed", size="6", id="not-allowed"),
            rx.text(f"This page is for {role}s. You are signed in as ", AuthState.user_email, "."),
            *(
                [
                    rx.text(
                        "Want to teach? Becoming an instructor is free and needs no approval.",
                        color="var(--gray-11)",
                    ),
                    rx.link(
                        rx.button(rx.icon("graduation-cap", size=16), "Become an instructor"),
                        href=routes.TEACH,
                        id="not-allowed-become-instructor",
                    ),
                ]
                if role == "instructor"
                else []
            ),
            rx.link(rx.button("Back to the home page", variant="soft"), href=routes.HOME),
            align="center",
            spacing="3",
        ),
        padding="5rem 1rem",
    )


def guarded(role: str, content: Callable[[], rx.Component]) -> rx.Component:
    """Show `content` to holders of `role` (or admins); 'not allowed' to other signed-in users."""
    return rx.cond(
        AuthState.forbidden,
        not_allowed_panel(role),
        rx.cond(AuthState.is_authenticated, content(), loading_panel()),
    )
