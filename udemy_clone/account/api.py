"""REST routes of the person's own account: profile photo, data archive, closing."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Path, Response, UploadFile, status

from udemy_clone.account import service
from udemy_clone.account.models import AccountClose
from udemy_clone.auth import service as auth_service
from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep

router = APIRouter(tags=["account"])

PHOTO_CACHE_CONTROL = "public, max-age=31536000, immutable"  # the name changes with the photo


@router.put("/me/photo", response_model=auth_service.UserPublic)
def upload_photo(
    principal: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="a JPEG, PNG or WebP photo, at most 5 MB")],
) -> auth_service.UserPublic:
    """Set the profile photo (checked by content, cropped square and resized to 400x400)."""
    user = auth_service.set_photo(session=session, user_id=principal.id, upload=file.file)
    return auth_service.to_public(session=session, user=user)


@router.delete("/me/photo", response_model=auth_service.UserPublic)
def delete_photo(principal: CurrentUser, session: SessionDep) -> auth_service.UserPublic:
    """Remove the profile photo (initials are shown instead)."""
    user = auth_service.remove_photo(session=session, user_id=principal.id)
    return auth_service.to_public(session=session, user=user)


@router.get(
    "/photos/{user_id}/{name}",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}},
)
def get_photo(user_id: IdPath, name: Annotated[str, Path(max_length=40)]) -> Response:
    """A profile photo (public, like the name beside it)."""
    data = auth_service.read_photo(user_id=user_id, name=name)
    return Response(
        content=data, media_type="image/jpeg", headers={"Cache-Control": PHOTO_CACHE_CONTROL}
    )


@router.get(
    "/me/export",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}}},
)
def export_my_data(principal: CurrentUser, session: SessionDep) -> Response:
    """Download everything the platform holds about you as one JSON archive."""
    body = service.export_json(session=session, user_id=principal.id)
    filename = service.export_filename(user_id=principal.id)
    return Response(
        content=body,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@router.post("/me/close", status_code=status.HTTP_204_NO_CONTENT)
def close_my_account(body: AccountClose, principal: CurrentUser, session: SessionDep) -> Response:
    """Close your account: orders are kept for accounting, personal data is anonymised, every
    session ends and the account can no longer sign in."""
    service.close_account(
        session=session, user_id=principal.id, password=body.password, confirm=body.confirm
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
