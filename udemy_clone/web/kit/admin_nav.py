"""The admin area's navigation: one tab per admin page, the current one highlighted.

Every admin page puts `admin_nav("<its path>")` above its content, or uses `admin_shell`.
"""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.theme import ACCENT

ADMIN_PAGES: tuple[tuple[str, str, str], ...] = (
    (routes.ADMIN, "Review queue", "clipboard-check"),
    (routes.admin_url("categories"), "Categories", "folder-tree"),
    (routes.admin_url("tags"), "Tags", "tags"),
    (routes.admin_url("users"), "Users", "users"),
    (routes.admin_url("orders"), "Orders", "receipt"),
    (routes.admin_url("revenue"), "Revenue", "wallet"),
    (routes.admin_url("payouts"), "Payouts", "banknote"),
    (routes.admin_url("ledger"), "Ledger", "scale"),
    (routes.admin_url("reviews"), "Reviews", "message-square-warning"),
    (routes.admin_url("qa"), "Q&A", "messages-square"),
    (routes.admin_url("emails"), "Emails", "mail"),
    (routes.admin_url("stats"), "Stats", "chart-line"),
)


def _tab(path: str, label: str, icon: str, active: bool) -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.icon(icon, size=15),
            rx.text(label, size="2", weight="medium", white_space="nowrap"),
            spacing="2",
            align="center",
        ),
        href=path,
        underline="none",
        color=f"var(--{ACCENT}-11)" if active else "var(--gray-11)",
        padding="0.6rem 0.75rem",
        border_bottom=f"2px solid var(--{ACCENT}-9)" if active else "2px solid transparent",
        aria_current="page" if active else None,
        _hover={"color": "var(--gray-12)", "background": "var(--gray-a3)"},
        border_radius="6px 6px 0 0",
        id=f"admin-nav-{path.rsplit('/', 1)[-1]}",
    )


def admin_nav(active: str) -> rx.Component:
    """The admin tabs; `active` is the current page's path (e.g. "/admin/categories")."""
    return rx.box(
        rx.hstack(
            *[_tab(path, label, icon, path == active) for path, label, icon in ADMIN_PAGES],
            spacing="1",
            width="max-content",
        ),
        overflow_x="auto",
        width="100%",
        border_bottom="1px solid var(--gray-a5)",
        margin_bottom="1.5rem",
        as_="nav",
        aria_label="Admin sections",
    )


def admin_header(
    title: str, subtitle: str, *actions: rx.Component, heading_id: str = ""
) -> rx.Component:
    """The "Admin" eyebrow, the page title and a sentence of what the page is for."""
    return rx.flex(
        rx.vstack(
            rx.text("Admin", size="1", weight="bold", color=f"var(--{ACCENT}-11)"),
            rx.heading(title, size="7", id=heading_id or None),
            rx.text(subtitle, size="2", color="var(--gray-11)"),
            spacing="1",
            align="start",
        ),
        rx.spacer(),
        *actions,
        width="100%",
        align="end",
        gap="1rem",
        wrap="wrap",
        margin_bottom="1.25rem",
    )
