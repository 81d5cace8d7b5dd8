"""Admin state of /admin/users: find people, change their roles, (de)activate accounts."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role
from udemy_clone.core import db
from udemy_clone.core.db import as_utc
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.format import format_date
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.use_case import run_use_case

USERS_PAGE_SIZE = 20


@dataclass
class UserRow:
    id: int
    full_name: str
    email: str
    initials: str
    is_instructor: bool
    is_admin: bool
    is_active: bool
    is_me: bool
    joined: str


class UsersAdminState(QuietHydrate, rx.State):
    """The user list with search and paging."""

    query: str = ""
    page: int = 1
    total: int = 0
    users: list[UserRow] = []
    loaded: bool = False
    error: str = ""
    deactivate_id: int = 0
    deactivate_name: str = ""

    @rx.var
    def page_count(self) -> int:
        return max(1, -(-self.total // USERS_PAGE_SIZE))

    async def _actor(self) -> tuple[int, list[str]]:
        """The signed-in admin; (0, []) for anyone else, so no handler acts for them."""
        auth = await current_user(self)
        if Role.admin.value not in auth.roles:
            return 0, []
        return auth.user_id, list(auth.roles)

    def _load(self, actor_id: int, actor_roles: list[str]) -> None:
        with db.read_session() as session:
            users, total = auth_service.list_users(
                session=session,
                actor_roles=actor_roles,
                query=self.query,
                page=self.page,
                page_size=USERS_PAGE_SIZE,
            )
            rows = []
            for user in users:
                assert user.id is not None
                roles = auth_service.get_roles(session=session, user_id=user.id)
                rows.append(
                    UserRow(
                        id=user.id,
                        full_name=user.full_name,
                        email=user.email,
                        initials="".join(p[0] for p in user.full_name.split()[:2]).upper(),
                        is_instructor=Role.instructor.value in roles,
                        is_admin=Role.admin.value in roles,
                        is_active=user.is_active,
                        is_me=user.id == actor_id,
                        joined=format_date(as_utc(user.created_at)),
                    )
                )
        self.users, self.total = rows, total

    @rx.event
    async def load(self) -> None:
        """On load of /admin/users (after the role check)."""
        actor_id, roles = await self._actor()
        if Role.admin.value not in roles:
            return
        self.error = ""
        self._load(actor_id, roles)
        self.loaded = True

    @rx.event
    async def set_query(self, value: str) -> None:
        """The search box: name or email contains the text."""
        self.query = value[:100]
        self.page = 1
        actor_id, roles = await self._actor()
        if actor_id:
            self._load(actor_id, roles)

    @rx.event
    async def go_to_page(self, page: int) -> None:
        """Previous / next page."""
        self.page = max(1, min(int(page), self.page_count))
        actor_id, roles = await self._actor()
        if actor_id:
            self._load(actor_id, roles)

    @rx.event
    async def set_role(
        self, user_id: int, role: str, granted: bool
    ) -> AsyncGenerator[EventSpec | None, None]:
        """A role switch of a row: grant or take away instructor or admin."""
        actor_id, roles = await self._actor()
        row = next((u for u in self.users if u.id == user_id), None)
        if row is None or role not in (Role.instructor.value, Role.admin.value):
            return
        wanted = {Role.student}
        if (row.is_instructor and role != Role.instructor.value) or (
            role == Role.instructor.value and granted
        ):
            wanted.add(Role.instructor)
        if (row.is_admin and role != Role.admin.value) or (role == Role.admin.value and granted):
            wanted.add(Role.admin)
        self.error = ""
        result = run_use_case(
            auth_service.set_roles, actor_roles=roles, user_id=user_id, roles=list(wanted)
        )
        if not result.ok:
            self.error = result.error
            return
        self._load(actor_id, roles)
        change = "now has" if granted else "no longer has"
        yield rx.toast.success(f"{row.full_name} {change} the {role} role.")

    @rx.event
    def ask_deactivate(self, user_id: int, name: str) -> None:
        """Deactivate on a row: confirm first."""
        self.deactivate_id, self.deactivate_name = int(user_id), name

    @rx.event
    def close_deactivate(self, open_: bool = False) -> None:
        """Cancel."""
        if not open_:
            self.deactivate_id = 0

    async def _set_active(self, user_id: int, active: bool) -> bool:
        actor_id, roles = await self._actor()
        if not actor_id:
            return False
        self.error = ""
        result = run_use_case(
            auth_service.set_active,
            actor_id=actor_id,
            actor_roles=roles,
            user_id=user_id,
            active=active,
        )
        if not result.ok:
            self.error = result.error
            return False
        self._load(actor_id, roles)
        return True

    @rx.event
    async def deactivate(self) -> AsyncGenerator[EventSpec | None, None]:
        """Deactivate the confirmed account; its sessions end."""
        user_id, name = self.deactivate_id, self.deactivate_name
        self.deactivate_id = 0
        if await self._set_active(user_id, False):
            yield rx.toast.success(f"{name} can no longer sign in.")

    @rx.event
    async def reactivate(self, user_id: int, name: str) -> AsyncGenerator[EventSpec | None, None]:
        """Let a deactivated account sign in again."""
        if await self._set_active(user_id, True):
            yield rx.toast.success(f"{name} can sign in again.")
