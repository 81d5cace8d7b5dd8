"""REST routes of lecture resources: upload/list/delete (instructor), list/download (learners)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import FileResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import NotAuthenticated, NotFound
from udemy_clone.core.storage import ObjectNotFound, get_storage
from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    Principal,
    SessionDep,
    principal_from_request,
)
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.media import resources, service
from udemy_clone.media.resource_models import ResourceDownload, ResourcePublic, resource_public
from udemy_clone.media.upload_receiver import receive_file_upload

router = APIRouter(tags=["media"], responses=ERROR_RESPONSES)

TokenQuery = Annotated[str | None, Query(max_length=200, description="The download token")]
MISSING_FILE = "This file is no longer available. Ask the instructor to upload it again."


def _upload_dir() -> Path:
    return get_settings().data_dir / "tmp" / "uploads"


def _authorise_upload(request: Request, lecture_id: int) -> Principal:
    principal = principal_from_request(request)
    if principal is None:
        raise NotAuthenticated("Sign in to continue.", code="not_authenticated")
    with db.read_session() as session:
        service.check_can_manage_resources(
            session=session,
            lecture_id=lecture_id,
            actor_id=principal.id,
            actor_roles=principal.roles,
        )
        resources.check_room_for_resource(session=session, lecture_id=lecture_id)
    return principal


def _accept_resource(
    *, lecture_id: int, principal: Principal, path: Path, filename: str
) -> ResourcePublic:
    checked = resources.check_resource_file(path=path, filename=filename)
    size = path.stat().st_size
    key = resources.store_resource_file(path=path, lecture_id=lecture_id, checked=checked)
    try:
        with db.transaction() as session:
            resource = service.create_resource(
                session=session,
                lecture_id=lecture_id,
                actor_id=principal.id,
                actor_roles=principal.roles,
                filename=filename,
                checked=checked,
                size_bytes=size,
                storage_key=key,
            )
            public = resource_public(resource)
    except BaseException:
        resources.discard_resource_file(storage_key=key)  # no orphan file without its row
        raise
    return public


@router.post(
    "/lectures/{lecture_id}/resources",
    status_code=status.HTTP_201_CREATED,
    response_model=ResourcePublic,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                }
            },
        }
    },
)
async def upload_lecture_resource(lecture_id: IdPath, request: Request) -> ResourcePublic:
    """Attach a file to a lecture (its instructor or an admin): PDF, ZIP, image or text/source,
    checked by its content; over the size limit 413, wrong or mismatched type 422."""
    principal = await run_in_threadpool(_authorise_upload, request, lecture_id)
    received = await receive_file_upload(
        request,
        directory=_upload_dir(),
        max_bytes=get_settings().max_resource_bytes,
        noun="file",
    )
    try:
        return await run_in_threadpool(
            _accept_resource,
            lecture_id=lecture_id,
            principal=principal,
            path=received.path,
            filename=received.filename,
        )
    finally:
        with contextlib.suppress(FileNotFoundError):
            received.path.unlink()


@router.get("/lectures/{lecture_id}/resources", response_model=list[ResourcePublic])
def get_lecture_resources(
    lecture_id: IdPath, session: SessionDep, principal: CurrentUser
) -> list[ResourcePublic]:
    """A lecture's resources (enrolled students, its instructor, admins)."""
    found = service.list_lecture_resources(
        session=session, lecture_id=lecture_id, user_id=principal.id, roles=principal.roles
    )
    return [resource_public(r) for r in found]


@router.delete("/resources/{resource_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_lecture_resource(resource_id: IdPath, principal: CurrentUser) -> Response:
    """Delete a resource and its file (the course's instructor or an admin)."""
    with db.transaction() as session:
        key = service.delete_resource(
            session=session,
            resource_id=resource_id,
            actor_id=principal.id,
            actor_roles=principal.roles,
        )
    resources.discard_resource_file(storage_key=key)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/resources/{resource_id}/download", response_model=ResourceDownload)
def get_resource_download_url(
    resource_id: IdPath, session: SessionDep, principal: CurrentUser
) -> ResourceDownload:
    """A signed URL downloading the resource, valid for a few minutes (enrolled, owner, admin)."""
    signed = service.issue_download_url(
        session=session, resource_id=resource_id, user_id=principal.id, roles=principal.roles
    )
    url = get_settings().frontend_api_url + signed.path
    return ResourceDownload(url=url, expires_at=signed.expires_at, filename=signed.filename)


@router.get(
    "/resources/{resource_id}/file",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_resource_file(
    resource_id: IdPath, session: SessionDep, token: TokenQuery = None
) -> Response:
    """The resource's bytes as an attachment, for the holder of a valid signed URL."""
    resource = service.resource_for_download(session=session, resource_id=resource_id, token=token)
    headers = {
        "Content-Disposition": resources.content_disposition(resource.filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
    }
    storage = get_storage()
    local = storage.local_path(resource.storage_key)
    if local is not None:
        return FileResponse(
            local,
            media_type=resource.content_type,
            stat_result=os.stat(local),
            headers=headers,
        )
    try:
        read = storage.open_range(resource.storage_key)
    except ObjectNotFound:
        raise NotFound(MISSING_FILE, code="resource_file_missing") from None
    return StreamingResponse(
        iter(read),
        media_type=resource.content_type,
        headers={**headers, "Content-Length": str(read.content_length)},
    )
