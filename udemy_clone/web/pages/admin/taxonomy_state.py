"""Admin state for the category tree (/admin/categories) and tags (/admin/tags).

Course figures come through the catalog's service (tree counts, delete checks, tag merges),
exactly as the REST routes wire them.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from typing import Any

import reflex as rx
from pydantic import ValidationError
from reflex.event import EventSpec
from sqlmodel import Session

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.taxonomy.models import CategoryCreate, CategoryUpdate
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.select_options import SelectOption
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.admin.taxonomy_rows import (
    TOP_LEVEL,
    CategoryRow,
    TagRow,
    category_rows,
    parent_options,
    tag_rows,
)

TAGS_SHOWN = 50


def _validation_sentence(exc: ValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "Check the name."
    first = errors[0]
    if first.get("type") in ("string_too_short", "missing"):
        return "Give the category a name."
    if first.get("type") == "string_too_long":
        return "Keep the name under 80 characters."
    return str(first.get("msg", "Check the name.")).removeprefix("Value error, ")


async def _admin_roles(state: rx.State) -> list[str]:
    auth = await state.get_state(AuthState)
    return list(auth.roles)


class CategoriesAdminState(rx.State):
    """The category tree: add, rename, move and delete."""

    rows: list[CategoryRow] = []
    parent_options: list[SelectOption] = []
    loaded: bool = False
    error: str = ""
    add_parent: str = TOP_LEVEL
    add_error: str = ""
    adding: bool = False
    editing_id: int = 0
    move_id: int = 0
    move_name: str = ""
    move_parent: str = TOP_LEVEL
    move_error: str = ""
    delete_id: int = 0
    delete_name: str = ""
    delete_error: str = ""

    def _load(self) -> None:
        with db.read_session() as session:
            tree = catalog_service.category_tree(session=session)
            options = taxonomy_service.category_options(session=session)
        self.rows = category_rows(tree)
        self.parent_options = parent_options(options)

    async def _change(self, action: Callable[[Session, list[str]], Any]) -> str:
        """Run one taxonomy change in a transaction; the refusal's sentence, or ""."""
        roles = await _admin_roles(self)
        try:
            with db.transaction() as session:
                action(session, roles)
        except DomainError as exc:
            return exc.message
        except ValidationError as exc:
            return _validation_sentence(exc)
        self._load()
        return ""

    @rx.event
    async def load(self) -> None:
        """On load of /admin/categories (after the role check)."""
        if "admin" not in await _admin_roles(self):
            return
        self.editing_id = self.move_id = self.delete_id = 0
        self.error = self.add_error = ""
        self._load()
        self.loaded = True

    @rx.event
    def set_add_parent(self, value: str) -> None:
        """The parent picker of the add form."""
        self.add_parent = value

    @rx.event
    def add_under(self, category_id: int) -> None:
        """ "Add sub-category" on a row: preselect it as the parent of the add form."""
        self.add_parent = str(category_id)
        self.add_error = ""

    @rx.event
    async def add(self, form: dict[str, Any]) -> AsyncGenerator[EventSpec | None, None]:
        """The add form: a new category at the top or under the chosen parent."""
        name = str(form.get("name", "")).strip()
        parent = self.add_parent
        self.adding = True
        yield None
        self.add_error = await self._change(
            lambda session, roles: taxonomy_service.create_category(
                session=session,
                actor_roles=roles,
                data=CategoryCreate(name=name, parent_id=int(parent) if parent.isdigit() else None),
            )
        )
        self.adding = False
        if not self.add_error:
            yield rx.toast.success(f"Category “{' '.join(name.split())}” added.")

    @rx.event
    def start_rename(self, category_id: int) -> None:
        """The pencil of a row: rename in place."""
        self.editing_id = int(category_id)
        self.error = ""

    @rx.event
    def cancel_rename(self) -> None:
        """Keep the name."""
        self.editing_id = 0

    @rx.event
    async def rename(self, form: dict[str, Any]) -> None:
        """Save the edited name."""
        name = str(form.get("name", "")).strip()
        category_id = self.editing_id
        self.error = await self._change(
            lambda session, roles: taxonomy_service.update_category(
                session=session,
                actor_roles=roles,
                category_id=category_id,
                data=CategoryUpdate(name=name),
            )
        )
        if not self.error:
            self.editing_id = 0

    @rx.event
    def open_move(self, category_id: int, name: str, parent_id: str) -> None:
        """ "Move" on a row: pick the new parent."""
        self.move_id, self.move_name, self.move_parent = int(category_id), name, parent_id
        self.move_error = ""

    @rx.event
    def set_move_parent(self, value: str) -> None:
        """The parent picker of the move dialog."""
        self.move_parent = value
        self.move_error = ""

    @rx.event
    def close_move(self, open_: bool = False) -> None:
        """Cancel the move."""
        if not open_:
            self.move_id = 0

    @rx.event
    async def move(self) -> None:
        """Move the category under the chosen parent (the service refuses cycles)."""
        category_id, parent = self.move_id, self.move_parent
        self.move_error = await self._change(
            lambda session, roles: taxonomy_service.update_category(
                session=session,
                actor_roles=roles,
                category_id=category_id,
                data=CategoryUpdate(parent_id=int(parent) if parent.isdigit() else None),
            )
        )
        if not self.move_error:
            self.move_id = 0

    @rx.event
    def open_delete(self, category_id: int, name: str) -> None:
        """The bin of a row: confirm first."""
        self.delete_id, self.delete_name, self.delete_error = int(category_id), name, ""

    @rx.event
    def close_delete(self, open_: bool = False) -> None:
        """Cancel the deletion."""
        if not open_:
            self.delete_id = 0

    @rx.event
    async def delete(self) -> AsyncGenerator[EventSpec | None, None]:
        """Delete the category (refused while it or its sub-categories file courses)."""
        category_id, name = self.delete_id, self.delete_name
        self.delete_error = await self._change(
            lambda session, roles: catalog_service.delete_category(
                session=session, actor_roles=roles, category_id=category_id
            )
        )
        if not self.delete_error:
            self.delete_id = 0
            yield rx.toast.success(f"Category “{name}” deleted.")


class TagsAdminState(QuietHydrate, rx.State):
    """Tags: search, rename and merge duplicates."""

    query: str = ""
    tags: list[TagRow] = []
    loaded: bool = False
    error: str = ""
    editing_id: int = 0
    merge_id: int = 0
    merge_name: str = ""
    merge_query: str = ""
    merge_candidates: list[TagRow] = []
    merge_target_id: int = 0
    merge_target_name: str = ""
    merge_error: str = ""

    @rx.var
    def capped(self) -> bool:
        return len(self.tags) >= TAGS_SHOWN

    def _search(self, prefix: str, limit: int = TAGS_SHOWN) -> list[TagRow]:
        with db.read_session() as session:
            found = catalog_service.suggest_tags(session=session, prefix=prefix, limit=limit)
        return tag_rows(found)

    @rx.event
    async def load(self) -> None:
        """On load of /admin/tags (after the role check)."""
        if "admin" not in await _admin_roles(self):
            return
        self.editing_id = self.merge_id = 0
        self.error = ""
        self.tags = self._search(self.query)
        self.loaded = True

    @rx.event
    def set_query(self, value: str) -> None:
        """The search box: tags starting with the typed text, most used first."""
        self.query = value[:40]
        self.tags = self._search(self.query)

    @rx.event
    def start_rename(self, tag_id: int) -> None:
        """The pencil of a row."""
        self.editing_id = int(tag_id)
        self.error = ""

    @rx.event
    def cancel_rename(self) -> None:
        """Keep the name."""
        self.editing_id = 0

    @rx.event
    async def rename(self, form: dict[str, Any]) -> None:
        """Save the edited tag name (refused when another tag has it: merge instead)."""
        roles = await _admin_roles(self)
        name = str(form.get("name", "")).strip()
        result = run_use_case(
            taxonomy_service.rename_tag, actor_roles=roles, tag_id=self.editing_id, name=name
        )
        if not result.ok:
            self.error = result.error
            return
        self.editing_id = 0
        self.tags = self._search(self.query)

    @rx.event
    def open_merge(self, tag_id: int, name: str) -> None:
        """ "Merge" on a row: pick the tag to keep."""
        self.merge_id, self.merge_name = int(tag_id), name
        self.merge_query, self.merge_error = "", ""
        self.merge_target_id, self.merge_target_name = 0, ""
        self.merge_candidates = [t for t in self._search("", 12) if t.id != self.merge_id]

    @rx.event
    def close_merge(self, open_: bool = False) -> None:
        """Cancel the merge."""
        if not open_:
            self.merge_id = 0

    @rx.event
    def set_merge_query(self, value: str) -> None:
        """Search the tag to merge into."""
        self.merge_query = value[:40]
        self.merge_candidates = [
            t for t in self._search(self.merge_query, 12) if t.id != self.merge_id
        ]

    @rx.event
    def pick_target(self, tag_id: int, name: str) -> None:
        """Choose the tag that stays."""
        self.merge_target_id, self.merge_target_name = int(tag_id), name
        self.merge_error = ""

    @rx.event
    async def merge(self) -> AsyncGenerator[EventSpec | None, None]:
        """Merge the duplicate into the chosen tag; its courses carry the chosen tag."""
        if not self.merge_target_id:
            self.merge_error = "Choose the tag to keep."
            return
        roles = await _admin_roles(self)
        result = run_use_case(
            catalog_service.merge_tags,
            actor_roles=roles,
            source_tag_id=self.merge_id,
            target_tag_id=self.merge_target_id,
        )
        kept = result.value
        if kept is None:
            self.merge_error = result.error
            return
        merged = self.merge_name
        self.merge_id = 0
        self.tags = self._search(self.query)
        yield rx.toast.success(f"“{merged}” was merged into “{kept.name}”.")
