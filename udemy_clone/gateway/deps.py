"""FastAPI dependencies: the database session of a request, the signed-in user, role checks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from udemy_clone.auth import principal_cache
from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import User
from udemy_clone.core import db
from udemy_clone.core.errors import NotAuthenticated, PermissionDenied

# Every integer id in a path: positive and within a 32-bit column, so huge numbers are a 422.
MAX_ID = 2_147_483_647
IdPath = Annotated[int, Path(ge=1, le=MAX_ID, description="A positive integer id")]


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One transaction per request: committed when the route returns, rolled back on error.

    Async so that opening the session costs no thread hop; the queries themselves run in the
    sync dependencies and routes (FastAPI's thread pool). On SQLite a GET does not take the
    write lock: reads never queue behind a long write (WAL), so a busy writer cannot turn a
    page's GET into a wait and then a "database is locked" error.
    """
    with db.transaction(take_write_lock=request.method not in READ_METHODS) as session:
        yield session


async def get_write_session() -> AsyncIterator[Session]:
    """A request transaction that takes the write lock whatever the method (a GET that
    changes something, like the unsubscribe link of an email)."""
    with db.transaction() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
WriteSessionDep = Annotated[Session, Depends(get_write_session)]


@dataclass
class Principal:
    """The signed-in caller."""

    user: User
    roles: list[str]
    public_json: bytes = b""  # the user as GET /me shows them, when known

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


async def get_optional_principal(request: Request) -> Principal | None:
    """The caller when a valid token is sent, None when none is sent (401 for a bad one).

    Async: the token check is pure CPU and the account usually comes from the principal cache
    (auth.principal_cache), so most requests never leave the event loop. On a miss the lookup
    runs in a worker thread with a short read session of its own, not the request's transaction.
    """
    token = _bearer_token(request)
    if token is None:
        return None
    user_id = auth_service.access_token_user_id(token)
    found = principal_cache.lookup(user_id)
    if found is None:
        found = await run_in_threadpool(auth_service.load_principal, user_id)
    request.state.user_id = user_id
    return Principal(user=found.user, roles=list(found.roles), public_json=found.public_json)


def principal_from_request(request: Request) -> Principal | None:
    """`get_optional_principal` for code already running in a worker thread (may query)."""
    token = _bearer_token(request)
    if token is None:
        return None
    found = auth_service.load_principal(auth_service.access_token_user_id(token))
    request.state.user_id = found.user.id
    return Principal(user=found.user, roles=list(found.roles), public_json=found.public_json)


async def get_principal(request: Request) -> Principal:
    """The signed-in caller; 401 without a valid token.

    Calls `get_optional_principal` itself rather than depending on it: one level less of
    FastAPI's dependency solving on every signed-in request (a third of /me's cost was there).
    """
    principal = await get_optional_principal(request)
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


async def page_params(
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> PageParams:
    """?page=&page_size= (max 100)."""
    return PageParams(page=page, page_size=page_size)


Pagination = Annotated[PageParams, Depends(page_params)]
