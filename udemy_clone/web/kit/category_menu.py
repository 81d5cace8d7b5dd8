"""The header's category menu: every category with courses, on desktop and on phones.

Categories are added at run time, so the tree is read when the menu opens (the catalog caches
it), never baked into the build. Desktop shows top-level categories with their sub-categories in
fly-out menus; phones get one list with the sub-categories indented under their parent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import reflex as rx

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.taxonomy.models import CategoryNode
from udemy_clone.web.kit import routes


@dataclass
class MenuCategory:
    """A category in the menu, linking to its courses."""

    name: str = ""
    href: str = ""
    count: str = ""
    children: list[MenuCategory] = field(default_factory=list)


def menu_categories(tree: list[CategoryNode]) -> list[MenuCategory]:
    """Top-level categories that have published courses, each with its sub-categories that have
    some (two levels: deeper categories are reached from their parent's course list)."""
    return [
        MenuCategory(
            name=node.name,
            href=routes.browse_url(category=node.slug),
            count=f"{node.course_count:,}",
            children=[
                MenuCategory(
                    name=child.name,
                    href=routes.browse_url(category=child.slug),
                    count=f"{child.course_count:,}",
                )
                for child in node.children
                if child.course_count
            ],
        )
        for node in tree
        if node.course_count
    ]


class CategoryMenuState(rx.State):
    """The categories the header menu lists, read when the menu opens."""

    categories: list[MenuCategory] = []
    loaded: bool = False

    @rx.event
    def open_changed(self, is_open: bool) -> None:
        """Opening the menu (re)reads the tree: a category added a minute ago shows up."""
        if not is_open:
            return
        with db.read_session() as session:
            tree = catalog_service.category_tree(session=session)
        self.categories = menu_categories(list(tree))
        self.loaded = True


def _item(category: Any, indent: bool = False) -> rx.Component:
    return rx.menu.item(
        rx.link(
            rx.hstack(
                rx.text(category.name),
                rx.spacer(),
                rx.text(category.count, size="1", color="var(--gray-10)"),
                width="100%",
                spacing="4",
            ),
            href=category.href,
            underline="none",
            color="inherit",
            width="100%",
        ),
        padding_left="1.75rem" if indent else None,
        class_name="category-menu-item",
    )


def _loading() -> rx.Component:
    return rx.cond(
        CategoryMenuState.loaded,
        rx.fragment(),
        rx.center(rx.spinner(size="2"), padding="1rem", width="12rem"),
    )


def _desktop_entry(category: Any) -> rx.Component:
    return rx.cond(
        category.children.length() > 0,
        rx.menu.sub(
            rx.menu.sub_trigger(category.name, class_name="category-menu-item"),
            rx.menu.sub_content(
                _item(category),
                rx.menu.separator(),
                rx.foreach(category.children, lambda child: _item(child)),
            ),
        ),
        _item(category),
    )


def category_menu_desktop() -> rx.Component:
    """ "Categories" in the header (tablets and desktops)."""
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                "Categories",
                rx.icon("chevron-down", size=14),
                variant="ghost",
                color_scheme="gray",
                id="nav-categories",
            ),
        ),
        rx.menu.content(
            _loading(),
            rx.foreach(CategoryMenuState.categories, _desktop_entry),
            rx.menu.separator(),
            rx.menu.item(rx.link("All courses", href=routes.BROWSE, underline="none")),
            id="category-menu",
            min_width="14rem",
        ),
        on_open_change=CategoryMenuState.open_changed,
    )


def _phone_entry(category: Any) -> rx.Component:
    return rx.fragment(
        _item(category),
        rx.foreach(category.children, lambda child: _item(child, indent=True)),
    )


def category_menu_phone() -> rx.Component:
    """A menu button at the left of the header on phones, with every category in one list."""
    return rx.menu.root(
        rx.menu.trigger(
            rx.icon_button(
                rx.icon("menu", size=20),
                variant="ghost",
                color_scheme="gray",
                aria_label="Categories",
                id="nav-categories-phone",
            ),
        ),
        rx.menu.content(
            _loading(),
            rx.menu.item(rx.link("All courses", href=routes.BROWSE, underline="none")),
            rx.menu.separator(),
            rx.foreach(CategoryMenuState.categories, _phone_entry),
            id="category-menu-phone",
            max_height="70vh",
            overflow_y="auto",
            min_width="16rem",
        ),
        on_open_change=CategoryMenuState.open_changed,
    )
