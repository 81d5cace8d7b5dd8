"""Lecture resources: checking an uploaded file by its content, storing it, signed downloads.

The type of a file is decided by its bytes: PDF and ZIP by their signatures (a ZIP must open
and hold no absolute or `..` paths), images by their signature and Pillow's verify, text as
valid UTF-8 without NUL bytes. The name's extension must agree with what the bytes are, so a
"notes.pdf" that is really a ZIP or a web page is refused. Files are stored under a random key
before their row is written; the API deletes the file again if the row is not committed.

Downloads go through a signed, expiring URL (HMAC, like the playback tokens): the holder of
the URL gets the file as an attachment with its sanitised original name.

Keyword-only functions that never commit; `service.py` re-exports the use cases.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from PIL import Image
from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from udemy_clone.core.security import sign, verify_signature
from udemy_clone.core.storage import get_storage
from udemy_clone.media.resource_models import FILENAME_MAX, LectureResource, ResourceKind
from udemy_clone.orders import service as orders_service

RESOURCES_FOLDER = "resources"
TOKEN_PURPOSE = "lecture-resource-v1"
MAX_ZIP_ENTRIES = 10_000
_TEXT_EXTENSIONS = frozenset(
    "py js mjs ts tsx jsx java kt c h cpp hpp cc cs go rs rb php swift scala sh sql r m "
    "txt md rst csv tsv json yaml yml toml xml ini cfg html htm css scss ipynb tex log".split()
)
_IMAGE_EXTENSIONS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP", "gif": "GIF"}
_IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "GIF": "image/gif"}
ACCEPTED_EXTENSIONS = (
    ["pdf", "zip"] + sorted(_IMAGE_EXTENSIONS) + sorted(_TEXT_EXTENSIONS)
)  # what the file picker offers
_KIND_NAMES = {
    ResourceKind.pdf: "a PDF document",
    ResourceKind.zip: "a ZIP archive",
    ResourceKind.image: "an image",
    ResourceKind.text: "a text file",
}
_TOKEN_SHAPE = re.compile(r"^([0-9]{1,10})\.([0-9]{1,10})\.([0-9]{1,12})\.([0-9a-f]{64})$")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f\"\\/:*?<>|;]+")

MANAGE_REFUSED = "Only the course's instructor can change the resources of this lecture."
VIEW_REFUSED = "Enroll in this course to download the resources of its lectures."
NOT_FOUND_MESSAGE = "This resource does not exist (it may have been deleted)."
LINK_INVALID = "This download link is not valid. Open the lecture again to get a new one."
LINK_EXPIRED = "This download link has expired. Open the lecture again to get a new one."


@dataclass(frozen=True)
class CheckedFile:
    """What an uploaded file was found to be."""

    kind: ResourceKind
    content_type: str
    extension: str


def _readable_size(size: int) -> str:
    if size >= 1024**2:
        return f"{size / 1024**2:.0f} MB"
    return f"{max(1, size // 1024)} KB"


def sanitise_filename(raw: str) -> str:
    """A name safe to show and to send in Content-Disposition (no paths, no control chars)."""
    name = unicodedata.normalize("NFC", raw.replace("\\", "/").split("/")[-1])
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    if len(name) > FILENAME_MAX:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: FILENAME_MAX - len(ext) - 1] + "." + ext
        else:
            name = name[:FILENAME_MAX]
    return name


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the exact name (RFC 6266 / RFC 5987)."""
    fallback = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode()
    fallback = re.sub(r"[^A-Za-z0-9._ ()\[\]+-]", "_", fallback)
    fallback = re.sub(r" +", " ", fallback).strip() or "download"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _extension(filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower().lstrip(".")
    return suffix


def _claimed_kind(extension: str) -> ResourceKind:
    if extension == "pdf":
        return ResourceKind.pdf
    if extension == "zip":
        return ResourceKind.zip
    if extension in _IMAGE_EXTENSIONS:
        return ResourceKind.image
    if extension in _TEXT_EXTENSIONS:
        return ResourceKind.text
    raise InvalidInput(
        "This type of file cannot be attached. Upload a PDF, a ZIP archive, an image "
        "(PNG, JPEG, WebP, GIF) or a source/text file (.py, .js, .txt, .md, .csv …).",
        code="unsupported_file_type",
        field="file",
    )


def _sniff(head: bytes) -> ResourceKind | None:
    """The binary kind the first bytes announce (None: not a known binary signature)."""
    if head.startswith(b"%PDF-"):
        return ResourceKind.pdf
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ResourceKind.zip
    if (
        head.startswith(b"\x89PNG\r\n\x1a\n")
        or head.startswith(b"\xff\xd8\xff")
        or head.startswith((b"GIF87a", b"GIF89a"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
    ):
        return ResourceKind.image
    return None


def _mismatch(extension: str, actual: str) -> InvalidInput:
    return InvalidInput(
        f"The file is named .{extension} but its content is {actual}. "
        "Upload the file itself, with its real extension.",
        code="file_type_mismatch",
        field="file",
    )


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InvalidInput(
            "This ZIP archive is damaged and cannot be opened.", code="invalid_zip", field="file"
        ) from None
    if len(names) > MAX_ZIP_ENTRIES:
        raise InvalidInput(
            f"This ZIP archive holds more than {MAX_ZIP_ENTRIES} files.",
            code="invalid_zip",
            field="file",
        )
    for name in names:
        normal = name.replace("\\", "/")
        if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal) or ".." in normal.split("/"):
            raise InvalidInput(
                "This ZIP archive holds a file with an absolute or '..' path, which could be "
                "written outside the folder it is unpacked in. Re-create the archive.",
                code="unsafe_zip",
                field="file",
            )


def _check_image(path: Path, extension: str) -> str:
    try:
        with Image.open(path) as image:
            image_format = str(image.format or "")
            image.verify()
    except Exception:  # Pillow raises many types (and DecompressionBombError) for bad files
        raise InvalidInput(
            "This image is damaged or not a PNG, JPEG, WebP or GIF image.",
            code="invalid_image",
            field="file",
        ) from None
    if image_format not in _IMAGE_TYPES:
        raise InvalidInput(
            "Images must be PNG, JPEG, WebP or GIF.", code="invalid_image", field="file"
        )
    if _IMAGE_EXTENSIONS[extension] != image_format:
        raise _mismatch(extension, f"a {image_format} image")
    return _IMAGE_TYPES[image_format]


def _check_text(path: Path, extension: str) -> None:
    data = path.read_bytes()
    if b"\x00" in data:
        raise _mismatch(extension, "binary data")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"This .{extension} file is not UTF-8 text. Save it as UTF-8 and upload it again.",
            code="invalid_text",
            field="file",
        ) from None


def check_resource_file(*, path: Path, filename: str) -> CheckedFile:
    """Decide what an uploaded file is from its bytes; InvalidInput when refused."""
    settings = get_settings()
    size = path.stat().st_size
    if size == 0:
        raise InvalidInput(
            "The file is empty. Choose another file.", code="empty_file", field="file"
        )
    if size > settings.max_resource_bytes:
        raise InvalidInput(
            f"The file is larger than the {_readable_size(settings.max_resource_bytes)} limit.",
            code="file_too_large",
            field="file",
        )
    extension = _extension(filename)
    claimed = _claimed_kind(extension)
    with path.open("rb") as handle:
        head = handle.read(64)
    sniffed = _sniff(head)
    if claimed is ResourceKind.text:
        if sniffed is not None:
            raise _mismatch(extension, _KIND_NAMES[sniffed])
        _check_text(path, extension)
        return CheckedFile(ResourceKind.text, "text/plain; charset=utf-8", extension)
    if sniffed is not claimed:
        actual = _KIND_NAMES[sniffed] if sniffed is not None else _text_or_unknown(path)
        raise _mismatch(extension, actual)
    if claimed is ResourceKind.pdf:
        return CheckedFile(ResourceKind.pdf, "application/pdf", extension)
    if claimed is ResourceKind.zip:
        _check_zip(path)
        return CheckedFile(ResourceKind.zip, "application/zip", extension)
    return CheckedFile(ResourceKind.image, _check_image(path, extension), extension)


def _text_or_unknown(path: Path) -> str:
    head = path.read_bytes()[:4096]
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            return "of an unknown type"
        if re.search(rb"<\s*(html|!doctype|script|body)", head, re.IGNORECASE):
            return "a web page (HTML)"
        return "text"
    return "of an unknown type"


# ---- authorisation ---------------------------------------------------------------------------


def _is_admin(roles: Sequence[str]) -> bool:
    return "admin" in roles


def check_can_manage_resources(
    *, session: Session, lecture_id: int, actor_id: int, actor_roles: Sequence[str]
) -> catalog_service.LectureContext:
    """The lecture's context when the actor is its course's instructor or an admin (403/404)."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    if context.owner_id != actor_id and not _is_admin(actor_roles):
        raise PermissionDenied(MANAGE_REFUSED, code="forbidden")
    return context


def can_download_resources(
    *, session: Session, course_id: int, owner_id: int, user_id: int, roles: Sequence[str]
) -> bool:
    """Enrolled students, the course's instructor and admins may download its resources."""
    if not user_id:
        return False
    if owner_id == user_id or _is_admin(roles):
        return True
    return orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id)


def _check_can_download(
    session: Session, *, course_id: int, owner_id: int, user_id: int, roles: Sequence[str]
) -> None:
    if not can_download_resources(
        session=session, course_id=course_id, owner_id=owner_id, user_id=user_id, roles=roles
    ):
        raise PermissionDenied(VIEW_REFUSED, code="not_enrolled")


# ---- use cases -------------------------------------------------------------------------------


def new_resource_key(*, lecture_id: int, extension: str) -> str:
    """A fresh, unguessable storage key for a resource of a lecture."""
    return f"{RESOURCES_FOLDER}/{lecture_id}/{secrets.token_hex(16)}.{extension or 'bin'}"


def store_resource_file(*, path: Path, lecture_id: int, checked: CheckedFile) -> str:
    """Store a checked upload under a new key (before the row is written); returns the key."""
    key = new_resource_key(lecture_id=lecture_id, extension=checked.extension)
    get_storage().put_file(key, path, content_type=checked.content_type)
    return key


def discard_resource_file(*, storage_key: str) -> None:
    """Delete a stored resource file (its row was not committed, or was deleted)."""
    get_storage().delete(storage_key)


def resource_count(*, session: Session, lecture_id: int) -> int:
    """How many resources a lecture has."""
    statement = (
        select(func.count())
        .select_from(LectureResource)
        .where(LectureResource.lecture_id == lecture_id)
    )
    return int(session.exec(statement).one())


def check_room_for_resource(*, session: Session, lecture_id: int) -> None:
    """Refuse (409) a new resource on a lecture that has the most it may have."""
    limit = get_settings().max_resources_per_lecture
    if resource_count(session=session, lecture_id=lecture_id) >= limit:
        raise Conflict(
            f"A lecture can have at most {limit} resources. Delete one before adding another.",
            code="too_many_resources",
        )


def create_resource(
    *,
    session: Session,
    lecture_id: int,
    actor_id: int,
    actor_roles: Sequence[str],
    filename: str,
    checked: CheckedFile,
    size_bytes: int,
    storage_key: str,
) -> LectureResource:
    """Record a stored, checked file as a resource of the lecture (instructor or admin)."""
    context = check_can_manage_resources(
        session=session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    check_room_for_resource(session=session, lecture_id=lecture_id)
    name = sanitise_filename(filename) or f"resource.{checked.extension}"
    resource = LectureResource(
        lecture_id=lecture_id,
        course_id=context.course_id,
        uploaded_by=actor_id,
        filename=name,
        kind=checked.kind.value,
        content_type=checked.content_type,
        size_bytes=size_bytes,
        storage_key=storage_key,
    )
    session.add(resource)
    session.flush()
    return resource


def _resources_of(session: Session, lecture_id: int) -> list[LectureResource]:
    statement = (
        select(LectureResource)
        .where(LectureResource.lecture_id == lecture_id)
        .order_by(col(LectureResource.created_at), col(LectureResource.id))
    )
    return list(session.exec(statement).all())


def list_lecture_resources(
    *, session: Session, lecture_id: int, user_id: int, roles: Sequence[str] = ()
) -> list[LectureResource]:
    """A lecture's resources, oldest first (enrolled students, its instructor, admins)."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    _check_can_download(
        session,
        course_id=context.course_id,
        owner_id=context.owner_id,
        user_id=user_id,
        roles=roles,
    )
    return _resources_of(session, lecture_id)


def _get_resource(session: Session, resource_id: int) -> LectureResource:
    resource = session.get(LectureResource, resource_id)
    if resource is None:
        raise NotFound(NOT_FOUND_MESSAGE, code="resource_not_found")
    return resource


def delete_resource(
    *, session: Session, resource_id: int, actor_id: int, actor_roles: Sequence[str]
) -> str:
    """Delete a resource's row (instructor or admin); returns its storage key, which the
    caller deletes once the transaction committed."""
    resource = _get_resource(session, resource_id)
    check_can_manage_resources(
        session=session,
        lecture_id=resource.lecture_id,
        actor_id=actor_id,
        actor_roles=actor_roles,
    )
    key = resource.storage_key
    session.delete(resource)
    session.flush()
    return key


@dataclass(frozen=True)
class SignedDownload:
    """A download path with its token, and until when it works."""

    path: str
    expires_at: datetime
    filename: str


def _message(user_id: int, resource_id: int, expires_at: int) -> str:
    return f"{user_id}:{resource_id}:{expires_at}"


def make_download_token(*, user_id: int, resource_id: int, expires_at: int) -> str:
    """A token letting `user_id` fetch one resource until `expires_at` (epoch seconds)."""
    signature = sign(_message(user_id, resource_id, expires_at), purpose=TOKEN_PURPOSE)
    return f"{user_id}.{resource_id}.{expires_at}.{signature}"


def issue_download_url(
    *, session: Session, resource_id: int, user_id: int, roles: Sequence[str] = ()
) -> SignedDownload:
    """A signed, expiring download path of a resource for this user (enrolled, owner, admin)."""
    resource = _get_resource(session, resource_id)
    context = catalog_service.get_lecture_context(session=session, lecture_id=resource.lecture_id)
    _check_can_download(
        session,
        course_id=resource.course_id,
        owner_id=context.owner_id,
        user_id=user_id,
        roles=roles,
    )
    expires = int(time.time()) + int(get_settings().resource_url_ttl_seconds)
    token = make_download_token(user_id=user_id, resource_id=resource_id, expires_at=expires)
    return SignedDownload(
        path=f"/api/v1/resources/{resource_id}/file?token={token}",
        expires_at=datetime.fromtimestamp(expires, tz=UTC),
        filename=resource.filename,
    )


def resource_for_download(
    *, session: Session, resource_id: int, token: str | None, now: float | None = None
) -> LectureResource:
    """The resource a signed download URL names, when its token is valid (403) and the holder
    may still download it (a refund ends access at once); 404 once deleted."""
    match = _TOKEN_SHAPE.match(token or "")
    if match is None:
        raise PermissionDenied(LINK_INVALID, code="invalid_download_token")
    user_id, token_resource, expires_at = (int(g) for g in match.groups()[:3])
    if token_resource != resource_id or not verify_signature(
        _message(user_id, token_resource, expires_at), match.group(4), purpose=TOKEN_PURPOSE
    ):
        raise PermissionDenied(LINK_INVALID, code="invalid_download_token")
    if expires_at <= (time.time() if now is None else now):
        raise PermissionDenied(LINK_EXPIRED, code="download_token_expired")
    resource = _get_resource(session, resource_id)
    context = catalog_service.get_lecture_context(session=session, lecture_id=resource.lecture_id)
    from_roles: list[str] = []
    if user_id != context.owner_id and not orders_service.is_enrolled(
        session=session, user_id=user_id, course_id=resource.course_id
    ):
        # admins are re-checked from the token holder's own roles
        from_roles = _roles_of(session, user_id)
    _check_can_download(
        session,
        course_id=resource.course_id,
        owner_id=context.owner_id,
        user_id=user_id,
        roles=from_roles,
    )
    return resource


def _roles_of(session: Session, user_id: int) -> list[str]:
    return list(auth_service.get_roles(session=session, user_id=user_id))
