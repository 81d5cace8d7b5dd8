"""FastAPI dependencies: the database session of a request, the signed-in user, role checks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import User
from udemy_clone.core import db
from udemy_clone.core.errors import NotAuthenticated, PermissionDenied

# Every integer id in a path: positive and within a 32-bit column, so huge numbers are a 422.
MAX_ID = 2_147_483_647
IdPath = Annotated[int, Path(ge=1, le=MAX_ID, description="A positive integer id")]


async def get_session() -> AsyncIterator[Session]:
    """One transaction per request: committed when the route returns, rolled back on error.

    Async so that opening the session costs no thread hop; the queries themselves run in the
    sync dependencies and routes (FastAPI's thread pool).
    """
    with db.transaction() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


@dataclass
class Principal:
    """The signed-in caller."""

    user: User
    roles: list[str]

    @property
    def id(self) -> int:
        assert self.user.id is not None
        return self.user.id

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles


def _bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def get_optional_principal(request: Request) -> Principal | None:
    """The caller when a valid token is sent, None when none is sent (401 for a bad one).

    The lookup uses a short read session of its own, not the request's transaction: a route
    that runs its use case in its own `db.transaction()` then holds no lock while it does
    (on SQLite a second writing transaction in the same request would wait for the first).
    """
    token = _bearer_token(request)
    if token is None:
        return None
    with db.read_session() as session:
        user, roles = auth_service.user_from_access_token(session=session, token=token)
    request.state.user_id = user.id
    return Principal(user=user, roles=roles)


async def get_principal(
    principal: Annotated[Principal | None, Depends(get_optional_principal)],
) -> Principal:
    """The signed-in caller; 401 without a valid token."""
    if principal is None:
        raise NotAuthenticated("Sign in to continue.", code="not_authenticated")
    return principal


CurrentUser = Annotated[Principal, Depends(get_principal)]
OptionalUser = Annotated[Principal | None, Depends(get_optional_principal)]


def require_role(*roles: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that lets through callers holding any of `roles` (admins always pass)."""

    async def check(principal: CurrentUser) -> Principal:
        if principal.is_admin or any(principal.has(r) for r in roles):
            return principal
        raise PermissionDenied(f"This needs the {' or '.join(roles)} role.", code="forbidden")

    return check


@dataclass
class PageParams:
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def page_params(
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> PageParams:
    """?page=&page_size= (max 100)."""
    return PageParams(page=page, page_size=page_size)


Pagination = Annotated[PageParams, Depends(page_params)]
