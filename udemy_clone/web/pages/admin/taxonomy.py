"""Admin pages of the taxonomy: the category tree and the tags."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.taxonomy.models import CATEGORY_NAME_MAX, TAG_NAME_MAX
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.admin.taxonomy_state import CategoriesAdminState, TagsAdminState

_cats: Any = CategoriesAdminState
_tags: Any = TagsAdminState


def _error(message: rx.Var | str, id_: str) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(
            message, icon="triangle-alert", color_scheme="red", width="100%", id=id_, role="alert"
        ),
    )


def _icon_action(icon: str, label: str, on_click: Any, color: str = "gray") -> rx.Component:
    return rx.tooltip(
        rx.icon_button(
            rx.icon(icon, size=15),
            size="1",
            variant="ghost",
            color_scheme=color,
            on_click=on_click,
            aria_label=label,
            type="button",
        ),
        content=label,
    )


def _inline_rename(
    on_submit: Any, on_cancel: Any, value: rx.Var, max_length: int, key: rx.Var
) -> rx.Component:
    return rx.form(
        rx.hstack(
            rx.input(
                name="name",
                default_value=value,
                max_length=max_length,
                auto_focus=True,
                size="2",
                width="100%",
                class_name="rename-input",
            ),
            rx.button("Save", size="2", type="submit", class_name="rename-save"),
            rx.button(
                "Cancel",
                size="2",
                variant="soft",
                color_scheme="gray",
                type="button",
                on_click=on_cancel,
            ),
            spacing="2",
            width="100%",
            max_width="420px",
        ),
        on_submit=on_submit,
        reset_on_submit=False,
        flex="1",
        key=key,
    )


def _picker(options: Any, value: rx.Var | str, on_change: Any, id_: str) -> rx.Component:
    return rx.select.root(
        rx.select.trigger(width="100%", id=id_),
        rx.select.content(rx.foreach(options, lambda o: rx.select.item(o.label, value=o.value))),
        value=value,
        on_change=on_change,
    )


# ---- categories -------------------------------------------------------------------------------


def _category_row(row: Any) -> rx.Component:
    s: Any = CategoriesAdminState
    return rx.flex(
        rx.hstack(
            rx.cond(
                row.depth > 0,
                rx.icon("corner-down-right", size=14, color="var(--gray-9)"),
                rx.icon("folder", size=16, color="var(--gray-10)"),
            ),
            rx.cond(
                s.editing_id == row.id,
                _inline_rename(
                    _cats.rename, _cats.cancel_rename, row.name, CATEGORY_NAME_MAX, row.id
                ),
                rx.hstack(
                    rx.text(
                        row.name,
                        weight=rx.cond(row.depth == 0, "bold", "medium"),
                        class_name="category-name",
                    ),
                    rx.text(row.slug, size="1", color="var(--gray-10)", display=["none", "inline"]),
                    spacing="2",
                    align="baseline",
                ),
            ),
            spacing="2",
            align="center",
            padding_left=row.indent,
            flex="1",
            min_width="0",
        ),
        rx.hstack(
            rx.badge(
                row.course_count.to_string()
                + rx.cond(row.course_count == 1, " course", " courses"),
                color_scheme=rx.cond(row.course_count > 0, "violet", "gray"),
                variant="soft",
            ),
            _icon_action("plus", "Add sub-category", _cats.add_under(row.id)),
            _icon_action("pencil", "Rename", _cats.start_rename(row.id)),
            _icon_action("move", "Move", _cats.open_move(row.id, row.name, row.parent_id)),
            _icon_action("trash-2", "Delete", _cats.open_delete(row.id, row.name), "red"),
            spacing="3",
            align="center",
        ),
        gap="0.5rem",
        align="center",
        padding="0.6rem 1rem",
        border_bottom="1px solid var(--gray-a4)",
        width="100%",
        wrap="wrap",
        _hover={"background": "var(--gray-a2)"},
        class_name="category-row",
    )


def _add_category_form() -> rx.Component:
    s: Any = CategoriesAdminState
    return rx.form(
        rx.flex(
            rx.vstack(
                rx.text("New category", size="2", weight="medium"),
                rx.input(
                    name="name",
                    placeholder="e.g. Machine learning",
                    required=True,
                    max_length=CATEGORY_NAME_MAX,
                    width="100%",
                    id="category-name",
                ),
                spacing="1",
                flex="2",
                width="100%",
            ),
            rx.vstack(
                rx.text("Parent", size="2", weight="medium"),
                _picker(s.parent_options, s.add_parent, _cats.set_add_parent, "category-parent"),
                spacing="1",
                flex="2",
                width="100%",
            ),
            rx.button(
                rx.icon("plus", size=15),
                "Add category",
                type="submit",
                loading=s.adding,
                id="add-category",
            ),
            gap="0.75rem",
            align="end",
            direction=rx.breakpoints(initial="column", sm="row"),
            width="100%",
        ),
        _error(s.add_error, "add-category-error"),
        on_submit=_cats.add,
        reset_on_submit=True,
        width="100%",
        padding="1rem",
        style=card_style,
    )


def _move_dialog() -> rx.Component:
    s: Any = CategoriesAdminState
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Move “", s.move_name, "”"),
            rx.dialog.description(
                "Choose its new parent. Its sub-categories move with it.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.box(
                _picker(s.parent_options, s.move_parent, _cats.set_move_parent, "move-parent"),
                margin_top="1rem",
            ),
            rx.cond(
                s.move_error != "",
                rx.text(
                    s.move_error,
                    color="var(--red-11)",
                    size="2",
                    role="alert",
                    id="move-error",
                    margin_top="0.5rem",
                ),
            ),
            rx.hstack(
                rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.button("Move", on_click=_cats.move, id="confirm-move"),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
            max_width="480px",
        ),
        open=s.move_id != 0,
        on_open_change=_cats.close_move,
    )


def _delete_dialog() -> rx.Component:
    s: Any = CategoriesAdminState
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete “", s.delete_name, "”?"),
            rx.alert_dialog.description(
                "The category and all its sub-categories are deleted. This is refused while "
                "any of them still files a course.",
                size="2",
            ),
            rx.cond(
                s.delete_error != "",
                rx.callout(
                    s.delete_error,
                    icon="triangle-alert",
                    color_scheme="red",
                    margin_top="1rem",
                    id="delete-category-error",
                ),
            ),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.button(
                    "Delete",
                    color_scheme="red",
                    on_click=_cats.delete,
                    id="confirm-delete-category",
                ),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
            max_width="480px",
        ),
        open=s.delete_id != 0,
        on_open_change=_cats.close_delete,
    )


def _categories_content() -> rx.Component:
    s: Any = CategoriesAdminState
    return rx.vstack(
        admin_nav(routes.admin_url("categories")),
        admin_header(
            "Categories",
            "The tree students browse. Counts are published courses, sub-categories included.",
        ),
        _add_category_form(),
        _error(s.error, "category-error"),
        rx.cond(
            s.loaded,
            rx.cond(
                s.rows.length() == 0,
                rx.text("No categories yet — add the first one above.", color="var(--gray-11)"),
                rx.box(
                    rx.foreach(s.rows, _category_row),
                    width="100%",
                    overflow="hidden",
                    style=card_style,
                    id="category-tree",
                ),
            ),
            loading_panel(),
        ),
        _move_dialog(),
        _delete_dialog(),
        spacing="4",
        width="100%",
    )


def categories_page() -> rx.Component:
    return page_shell(guarded("admin", _categories_content))


# ---- tags ------------------------------------------------------------------------------------


def _tag_row(tag: Any) -> rx.Component:
    s: Any = TagsAdminState
    return rx.table.row(
        rx.table.cell(
            rx.cond(
                s.editing_id == tag.id,
                _inline_rename(_tags.rename, _tags.cancel_rename, tag.name, TAG_NAME_MAX, tag.id),
                rx.text(tag.name, weight="medium", class_name="tag-name"),
            ),
        ),
        rx.table.cell(rx.code(tag.slug, variant="ghost"), display=["none", "table-cell"]),
        rx.table.cell(tag.course_count, text_align="right"),
        rx.table.cell(
            rx.hstack(
                _icon_action("pencil", "Rename", _tags.start_rename(tag.id)),
                rx.button(
                    rx.icon("merge", size=14),
                    "Merge",
                    size="1",
                    variant="soft",
                    on_click=_tags.open_merge(tag.id, tag.name),
                    class_name="merge-tag",
                ),
                spacing="3",
                justify="end",
                align="center",
            ),
        ),
        align="center",
    )


def _merge_dialog() -> rx.Component:
    s: Any = TagsAdminState
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Merge “", s.merge_name, "” into…"),
            rx.dialog.description(
                "Courses tagged “",
                s.merge_name,
                "” get the tag you choose; “",
                s.merge_name,
                "” is then deleted.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.input(
                rx.input.slot(rx.icon("search", size=14)),
                value=s.merge_query,
                on_change=_tags.set_merge_query.debounce(150),
                placeholder="Search the tag to keep",
                margin_top="1rem",
                id="merge-search",
            ),
            rx.vstack(
                rx.foreach(
                    s.merge_candidates,
                    lambda tag: rx.button(
                        rx.cond(
                            s.merge_target_id == tag.id,
                            rx.icon("circle-check", size=14),
                            rx.icon("circle", size=14),
                        ),
                        tag.name,
                        rx.spacer(),
                        rx.text(
                            count_text(tag.course_count, "course"), size="1", color="var(--gray-10)"
                        ),
                        variant=rx.cond(s.merge_target_id == tag.id, "soft", "ghost"),
                        color_scheme=rx.cond(s.merge_target_id == tag.id, "violet", "gray"),
                        on_click=_tags.pick_target(tag.id, tag.name),
                        width="100%",
                        justify="start",
                        class_name="merge-candidate",
                    ),
                ),
                spacing="1",
                width="100%",
                max_height="260px",
                overflow_y="auto",
                margin_top="0.5rem",
            ),
            rx.cond(
                s.merge_error != "",
                rx.text(s.merge_error, color="var(--red-11)", size="2", role="alert"),
            ),
            rx.hstack(
                rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.button(
                    rx.cond(
                        s.merge_target_name != "",
                        "Merge into “" + s.merge_target_name + "”",
                        "Merge",
                    ),
                    on_click=_tags.merge,
                    disabled=s.merge_target_id == 0,
                    id="confirm-merge",
                ),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
            max_width="480px",
        ),
        open=s.merge_id != 0,
        on_open_change=_tags.close_merge,
    )


def _tags_content() -> rx.Component:
    s: Any = TagsAdminState
    return rx.vstack(
        admin_nav(routes.admin_url("tags")),
        admin_header(
            "Tags",
            "Free-form labels instructors add to courses. Rename them, or merge "
            "duplicates such as “JS” and “JavaScript”.",
        ),
        rx.input(
            rx.input.slot(rx.icon("search", size=16)),
            value=s.query,
            on_change=_tags.set_query.debounce(200),
            placeholder="Search tags",
            width="100%",
            max_width="360px",
            id="tag-search",
        ),
        _error(s.error, "tag-error"),
        rx.cond(
            s.loaded,
            rx.cond(
                s.tags.length() == 0,
                rx.text("No tags match.", color="var(--gray-11)", padding="1.5rem 0"),
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            rx.table.column_header_cell("Tag"),
                            rx.table.column_header_cell("Slug", display=["none", "table-cell"]),
                            rx.table.column_header_cell("Published courses", text_align="right"),
                            rx.table.column_header_cell(""),
                        )
                    ),
                    rx.table.body(rx.foreach(s.tags, _tag_row)),
                    width="100%",
                    variant="surface",
                ),
            ),
            loading_panel(),
        ),
        rx.cond(
            s.capped,
            rx.text(
                "Showing the 50 most used matches — type to narrow the list.",
                size="1",
                color="var(--gray-10)",
            ),
        ),
        _merge_dialog(),
        spacing="4",
        width="100%",
    )


def tags_page() -> rx.Component:
    return page_shell(guarded("admin", _tags_content))
