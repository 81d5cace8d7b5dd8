"""Who acts in the studio: the signed-in user's id and roles."""

from __future__ import annotations

from collections.abc import Sequence

import reflex as rx

from udemy_clone.web.kit.auth import current_user


async def actor(state: rx.State) -> tuple[int, list[str]]:
    auth = await current_user(state)
    return auth.user_id, list(auth.roles)


def is_instructor(roles: Sequence[str]) -> bool:
    return "instructor" in roles or "admin" in roles
