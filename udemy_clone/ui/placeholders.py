"""Role-guarded entry pages of the instructor studio and the admin area."""

from __future__ import annotations

import reflex as rx

from udemy_clone.ui.layout import guarded, page_shell


def studio_page() -> rx.Component:
    return page_shell(
        guarded(
            "instructor",
            lambda: rx.vstack(
                rx.heading("Instructor studio", size="7", id="studio-heading"),
                rx.text("Your courses appear here.", color="var(--gray-11)"),
                align="start",
            ),
        )
    )


def admin_page() -> rx.Component:
    return page_shell(
        guarded(
            "admin",
            lambda: rx.vstack(
                rx.heading("Admin", size="7", id="admin-heading"),
                rx.text("Platform administration.", color="var(--gray-11)"),
                align="start",
            ),
        )
    )
