"""REST routes of the auth domain (mounted by the gateway under /api/v1)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path, Request, Response, UploadFile, status

from udemy_clone.auth import service
from udemy_clone.auth.models import (
    AuthResponse,
    PasswordChange,
    RefreshRequest,
    RolesUpdate,
    UserLogin,
    UserProfileUpdate,
    UserPublic,
    UserRegister,
    parse_instructor_application,
)
from udemy_clone.core import images
from udemy_clone.core.client_address import client_address_from_scope
from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    Pagination,
    SessionDep,
    get_principal,
    require_role,
)
from udemy_clone.gateway.schemas import Page

router = APIRouter(tags=["auth"])


def client_ip(request: Request) -> str | None:
    """The caller's address, as the gateway resolved it (X-Forwarded-For from trusted proxies)."""
    resolved = getattr(request.state, "client_address", None)
    if resolved is not None:
        return str(resolved)
    return client_address_from_scope(request.scope)


# First of the router's routes: the signed-in check is the most frequent call of all (every
# page of the app asks it), and FastAPI tries the routes in order.
@router.get("/me", response_model=UserPublic)
async def me(request: Request) -> Response:
    """The signed-in user."""
    # The principal is asked for directly rather than through `CurrentUser`: FastAPI's solving
    # of a dependency costs a quarter of this route (the same check, the same 401).
    principal = await get_principal(request)
    # Serialised once per cached principal (auth.principal_cache), not on every request.
    body = principal.public_json or (
        service.public_view(user=principal.user, roles=principal.roles).model_dump_json().encode()
    )
    return Response(body, media_type="application/json")


@router.post("/auth/register", status_code=status.HTTP_201_CREATED, response_model=AuthResponse)
def register(body: UserRegister, session: SessionDep) -> AuthResponse:
    """Create a student or instructor account and sign it in."""
    return service.register_user(
        session=session,
        email=str(body.email),
        password=body.password,
        full_name=body.full_name,
        role=body.role,
    )


@router.post("/auth/login", response_model=AuthResponse)
def login(body: UserLogin, request: Request, session: SessionDep) -> AuthResponse:
    """Sign in with email and password."""
    return service.login(
        session=session, email=body.email, password=body.password, client_ip=client_ip(request)
    )


@router.post("/auth/refresh", response_model=AuthResponse)
def refresh(body: RefreshRequest, session: SessionDep) -> AuthResponse:
    """Trade a refresh token for a new pair (each refresh token works once)."""
    return service.rotate_refresh_token(session=session, refresh_token=body.refresh_token)


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(body: RefreshRequest, session: SessionDep) -> Response:
    """End the session of this refresh token."""
    service.logout(session=session, refresh_token=body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.patch("/me", response_model=UserPublic)
def update_me(body: UserProfileUpdate, principal: CurrentUser, session: SessionDep) -> UserPublic:
    """Change your name, headline or bio."""
    user = service.update_profile(session=session, user_id=principal.id, data=body)
    return service.to_public(session=session, user=user)


@router.post(
    "/me/instructor",
    response_model=AuthResponse,
    responses={
        409: {"description": "already an instructor"},
        413: {"description": "photo over 5 MB"},
        422: {"description": "terms not accepted, headline or bio missing, photo not an image"},
    },
)
def become_instructor(
    principal: CurrentUser,
    session: SessionDep,
    accept_terms: Annotated[bool, Form(description="must be true: the instructor terms")],
    headline: Annotated[str, Form(max_length=200)],
    bio: Annotated[str, Form(max_length=5000)],
    photo: Annotated[
        UploadFile | None, File(description="optional JPEG, PNG or WebP, at most 5 MB")
    ] = None,
) -> AuthResponse:
    """Become an instructor yourself: accept the terms, give a headline, bio and photo.

    Answers with a new token pair whose access token already carries the instructor role.
    """
    application = parse_instructor_application(
        accept_terms=accept_terms, headline=headline, bio=bio
    )
    data = images.read_upload(photo.file) if photo is not None and photo.filename else None
    return service.become_instructor(
        session=session, user_id=principal.id, data=application, photo=data
    )


@router.get(
    "/users/{user_id}/photo/{name}",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}},
)
def get_instructor_photo(user_id: IdPath, name: Annotated[str, Path(max_length=60)]) -> Response:
    """An instructor's photo (public; its address changes whenever the photo does)."""
    data = service.read_instructor_photo(user_id=user_id, name=name)
    return Response(
        content=data,
        media_type="image/jpeg",
        headers={"Cache-Control": "public, max-age=31536000, immutable"},
    )


@router.post("/me/password", status_code=status.HTTP_204_NO_CONTENT)
def change_password(body: PasswordChange, principal: CurrentUser, session: SessionDep) -> Response:
    """Change your password (signs out your other sessions)."""
    service.change_password(
        session=session,
        user_id=principal.id,
        current_password=body.current_password,
        new_password=body.new_password,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/admin/users",
    response_model=Page[UserPublic],
    dependencies=[Depends(require_role("admin"))],
)
def list_users(
    session: SessionDep, principal: CurrentUser, pagination: Pagination, q: str = ""
) -> Page[UserPublic]:
    """Admin: users, newest first, optionally filtered by name or email."""
    users, total = service.list_users(
        session=session,
        actor_roles=principal.roles,
        query=q[:100],
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(
        items=[service.to_public(session=session, user=u) for u in users],
        total=total,
        page=pagination.page,
        page_size=pagination.page_size,
    )


@router.patch("/admin/users/{user_id}/roles", response_model=UserPublic)
def set_roles(
    user_id: IdPath,
    body: RolesUpdate,
    session: SessionDep,
    principal: CurrentUser,
) -> UserPublic:
    """Admin: replace a user's roles."""
    user = service.set_roles(
        session=session, actor_roles=principal.roles, user_id=user_id, roles=body.roles
    )
    return service.to_public(session=session, user=user)
