"""Object storage port: one interface, a local-directory adapter and an S3/MinIO adapter.

Keys are slash-separated relative names such as ``videos/12/hls/720p/seg_00001.ts``. Every
public method validates its key, so a key taken from a request can never escape the storage
root or the bucket. `get_storage()` returns the adapter chosen by the settings.
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
import shutil
import tempfile
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import urlsplit, urlunsplit

import certifi
import urllib3
from minio import Minio
from minio.deleteobjects import DeleteObject
from minio.error import S3Error

from udemy_clone.core.config import get_settings

DEFAULT_CONTENT_TYPE = "application/octet-stream"
CHUNK_SIZE = 256 * 1024
# S3 multipart: parts are read one at a time, so a stream of unknown length costs one part of
# memory (about twice the part size). 5 MiB, the S3 minimum, makes 820 parts of a 4 GiB
# upload, far below the 10 000-part limit.
S3_PART_SIZE = 5 * 1024 * 1024
MAX_KEY_LENGTH = 1024
S3_CONNECT_TIMEOUT = 5.0
S3_READ_TIMEOUT = 120.0
# Local writes land here first and are renamed into place, so readers never see half a file.
LOCAL_INCOMING_DIR = ".incoming"

_CONTENT_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".ts": "video/mp2t",
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".vtt": "text/vtt",
}


class StorageError(Exception):
    """Storage is unreachable or refused an operation."""


class ObjectNotFound(StorageError, FileNotFoundError):
    """No object is stored under the key."""

    def __init__(self, key: str) -> None:
        super().__init__(f"No stored object under key {key!r}.")
        self.key = key


class RangeNotSatisfiable(StorageError, ValueError):
    """The requested byte range lies outside the object (HTTP 416)."""

    def __init__(self, key: str, start: int, end: int | None, size: int) -> None:
        super().__init__(
            f"Byte range {start}-{'' if end is None else end} is outside {key!r} ({size} bytes)."
        )
        self.size = size


def validate_key(key: str) -> str:
    """Return `key` unchanged if it is a safe relative object key, else raise ValueError."""
    if not isinstance(key, str) or not key:
        raise ValueError("A storage key must be a non-empty string.")
    if len(key) > MAX_KEY_LENGTH:
        raise ValueError(f"A storage key must be at most {MAX_KEY_LENGTH} characters long.")
    if "\\" in key:
        raise ValueError(f"Storage key {key!r} must use '/' as separator, not backslashes.")
    if key.startswith("/") or (len(key) > 1 and key[0].isalpha() and key[1] == ":"):
        raise ValueError(f"Storage key {key!r} must be relative, not an absolute path.")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in key):
        raise ValueError(f"Storage key {key!r} must not contain control characters.")
    parts = key.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"Storage key {key!r} must not contain '..', '.' or empty path segments.")
    if parts[0] == LOCAL_INCOMING_DIR:
        raise ValueError(f"Storage key {key!r} uses the reserved prefix {LOCAL_INCOMING_DIR!r}.")
    return key


def _folder_prefix(prefix: str) -> str:
    """Validate a folder prefix and return it with exactly one trailing slash."""
    validate_key(prefix.rstrip("/"))
    return prefix.rstrip("/") + "/"


def guess_content_type(name: str) -> str:
    """The content type to store for a file name (HLS types included)."""
    suffix = Path(name).suffix.lower()
    return _CONTENT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or DEFAULT_CONTENT_TYPE


def _resolve_range(key: str, start: int, end: int | None, size: int) -> tuple[int, int]:
    """Clamp an inclusive HTTP-style byte range to the object, raising if it cannot be served."""
    if size == 0 and start == 0 and end is None:
        return 0, -1  # the whole of an empty object: nothing to read, but not an error
    if start < 0 or (end is not None and end < start) or start >= size:
        raise RangeNotSatisfiable(key, start, end, size)
    last = size - 1 if end is None else min(end, size - 1)
    return start, last


@dataclass
class RangeRead:
    """An open read of bytes `start`..`end` (inclusive) of an object of `total_size` bytes."""

    start: int
    end: int
    total_size: int
    _chunks: Iterator[bytes] = field(repr=False)

    @property
    def content_length(self) -> int:
        return self.end - self.start + 1

    @property
    def content_range(self) -> str:
        """The value of the HTTP `Content-Range` header for this read."""
        return f"bytes {self.start}-{self.end}/{self.total_size}"

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks

    def read_all(self) -> bytes:
        """Read the whole range into memory (for small objects only)."""
        return b"".join(self._chunks)

    def close(self) -> None:
        """Release the file handle or HTTP connection before the range is fully read."""
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> RangeRead:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Storage(ABC):
    """The storage port; adapters implement the abstract methods."""

    backend: str

    @abstractmethod
    def ensure_ready(self) -> None:
        """Create the directory or bucket if needed; raise StorageError if unreachable."""

    @abstractmethod
    def put_stream(
        self,
        key: str,
        stream: BinaryIO,
        *,
        length: int | None = None,
        content_type: str = DEFAULT_CONTENT_TYPE,
    ) -> int:
        """Store everything read from `stream` under `key` without buffering it all; bytes."""

    @abstractmethod
    def open_range(
        self, key: str, *, start: int = 0, end: int | None = None, chunk_size: int = CHUNK_SIZE
    ) -> RangeRead:
        """Open bytes `start`..`end` (inclusive, clamped) of an object for streaming."""

    @abstractmethod
    def size(self, key: str) -> int:
        """The size in bytes of the object under `key`."""

    @abstractmethod
    def exists(self, key: str) -> bool:
        """Whether an object is stored under `key`."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Delete the object under `key`; deleting a missing object is not an error."""

    @abstractmethod
    def list_keys(self, prefix: str) -> list[str]:
        """Every key under the folder `prefix/`, sorted."""

    @abstractmethod
    def delete_prefix(self, prefix: str) -> int:
        """Delete every object under the folder `prefix/`; returns how many were deleted."""

    @abstractmethod
    def download_to(self, key: str, path: Path) -> Path:
        """Copy the object under `key` to the local file `path` (written atomically)."""

    def put_file(self, key: str, path: Path, *, content_type: str | None = None) -> int:
        """Store the local file `path` under `key`; returns its size in bytes."""
        path = Path(path)
        length = path.stat().st_size
        with path.open("rb") as stream:
            return self.put_stream(
                key,
                stream,
                length=length,
                content_type=content_type or guess_content_type(path.name),
            )

    def put_bytes(self, key: str, data: bytes, *, content_type: str = DEFAULT_CONTENT_TYPE) -> int:
        """Store a small in-memory value under `key`."""
        return self.put_stream(key, io.BytesIO(data), length=len(data), content_type=content_type)

    def read_bytes(self, key: str) -> bytes:
        """Read a whole (small) object into memory."""
        with self.open_range(key) as read:
            return read.read_all()

    def put_tree(self, prefix: str, directory: Path) -> list[str]:
        """Upload every file below `directory` under the folder `prefix/`; returns the keys."""
        folder = _folder_prefix(prefix)
        directory = Path(directory)
        keys: list[str] = []
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            key = folder + path.relative_to(directory).as_posix()
            self.put_file(key, path)
            keys.append(key)
        return keys

    def local_path(self, key: str) -> Path | None:
        """The file holding the object, when the backend is a local directory; else None."""
        validate_key(key)
        return None

    def presigned_get_url(
        self,
        key: str,
        *,
        expires_seconds: int = 3600,
        signed_at: datetime | None = None,
        for_browser: bool = True,
    ) -> str | None:
        """A time-limited direct download URL, when the backend supports one; else None.

        `signed_at` (default now) starts the validity: URLs signed for the same instant are
        identical, so browsers and caches can reuse them. `for_browser` signs for the address
        browsers reach the store at (S3_PUBLIC_URL); False for the internal endpoint (a proxy
        next to the store, such as nginx's X-Accel-Redirect location).
        """
        validate_key(key)
        return None


class LocalStorage(Storage):
    """Objects are files below `root`; writes go through a temp file and an atomic rename."""

    backend = "local"

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()

    def _path(self, key: str) -> Path:
        validate_key(key)
        path = self.root.joinpath(*key.split("/"))
        # A symlink planted inside the root must not lead outside of it.
        resolved = path.resolve()
        if resolved != self.root and self.root not in resolved.parents:
            raise ValueError(f"Storage key {key!r} resolves outside the storage directory.")
        return path

    def _incoming_dir(self) -> Path:
        incoming = self.root / LOCAL_INCOMING_DIR
        incoming.mkdir(parents=True, exist_ok=True)
        return incoming

    def ensure_ready(self) -> None:
        try:
            self._incoming_dir()
            probe = self._incoming_dir() / f"ready-{uuid.uuid4().hex}"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise StorageError(f"Storage directory {self.root} is not writable: {exc}") from exc

    def _write_atomically(
        self, key: str, target: Path, stream: BinaryIO, length: int | None
    ) -> int:
        fd, tmp_name = tempfile.mkstemp(prefix="put-", dir=self._incoming_dir())
        written = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK_SIZE):
                    out.write(chunk)
                    written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            if length is not None and length >= 0 and written != length:
                raise StorageError(
                    f"Expected {length} bytes for {key!r} but the stream had {written}."
                )
            os.chmod(tmp_name, 0o644)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_name, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
            raise
        return written

    def put_stream(
        self,
        key: str,
        stream: BinaryIO,
        *,
        length: int | None = None,
        content_type: str = DEFAULT_CONTENT_TYPE,
    ) -> int:
        return self._write_atomically(key, self._path(key), stream, length)

    def open_range(
        self, key: str, *, start: int = 0, end: int | None = None, chunk_size: int = CHUNK_SIZE
    ) -> RangeRead:
        path = self._path(key)
        try:
            handle = path.open("rb")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise ObjectNotFound(key) from None
        try:
            total = os.fstat(handle.fileno()).st_size
            first, last = _resolve_range(key, start, end, total)
        except BaseException:
            handle.close()
            raise

        def chunks() -> Iterator[bytes]:
            with handle:
                handle.seek(first)
                remaining = last - first + 1
                while remaining > 0:
                    chunk = handle.read(min(chunk_size, remaining))
                    if not chunk:
                        break
                    remaining -= len(chunk)
                    yield chunk

        return RangeRead(first, last, total, chunks())

    def size(self, key: str) -> int:
        path = self._path(key)
        if not path.is_file():
            raise ObjectNotFound(key)
        return path.stat().st_size

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        path = self._path(key)
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            path.unlink()

    def list_keys(self, prefix: str) -> list[str]:
        folder = _folder_prefix(prefix)
        base = self._path(folder.rstrip("/"))
        if not base.is_dir():
            return []
        return sorted(
            folder + p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()
        )

    def delete_prefix(self, prefix: str) -> int:
        folder = _folder_prefix(prefix)
        base = self._path(folder.rstrip("/"))
        if not base.is_dir():
            return 0
        count = sum(1 for p in base.rglob("*") if p.is_file())
        shutil.rmtree(base)
        return count

    def download_to(self, key: str, path: Path) -> Path:
        source = self._path(key)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
        try:
            shutil.copyfile(source, tmp)
            os.replace(tmp, path)
        except (FileNotFoundError, IsADirectoryError):
            raise ObjectNotFound(key) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return path

    def local_path(self, key: str) -> Path | None:
        path = self._path(key)
        return path if path.is_file() else None


class S3Storage(Storage):
    """Objects live in one S3 bucket (MinIO in production), reached with the minio client."""

    backend = "s3"

    def __init__(
        self,
        *,
        endpoint: str,
        access_key: str,
        secret_key: str,
        bucket: str,
        secure: bool = False,
        region: str | None = None,
        part_size: int = S3_PART_SIZE,
        public_url: str | None = None,
    ) -> None:
        self.bucket = bucket
        self.region = region
        self.part_size = part_size
        self.endpoint = endpoint
        self.secure = secure
        self._credentials = (access_key, secret_key)
        self.public_url = (public_url or "").rstrip("/") or None
        self._public_client: Minio | None = None
        # minio's default pool waits 5 minutes to connect; a readiness check must fail fast.
        http_client = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=S3_CONNECT_TIMEOUT, read=S3_READ_TIMEOUT),
            maxsize=10,
            cert_reqs="CERT_REQUIRED",
            ca_certs=os.environ.get("SSL_CERT_FILE") or certifi.where(),
            retries=urllib3.Retry(
                total=3, backoff_factor=0.2, status_forcelist=[500, 502, 503, 504]
            ),
        )
        self.client = Minio(
            endpoint,
            access_key=access_key,
            secret_key=secret_key,
            secure=secure,
            region=region,
            http_client=http_client,
        )

    @staticmethod
    def _is_missing(exc: S3Error) -> bool:
        return exc.code in ("NoSuchKey", "NoSuchObject", "NotFound", "ResourceNotFound")

    def ensure_ready(self) -> None:
        try:
            if not self.client.bucket_exists(self.bucket):
                try:
                    self.client.make_bucket(self.bucket, location=self.region)
                except S3Error as exc:
                    # Another process may have created it between the two calls.
                    if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                        raise
        except (S3Error, OSError, ValueError) as exc:
            raise StorageError(f"Bucket {self.bucket!r} is not reachable: {exc}") from exc
        except Exception as exc:  # urllib3 errors (connection refused, timeouts)
            raise StorageError(f"Object storage is not reachable: {exc}") from exc

    def put_stream(
        self,
        key: str,
        stream: BinaryIO,
        *,
        length: int | None = None,
        content_type: str = DEFAULT_CONTENT_TYPE,
    ) -> int:
        validate_key(key)
        counted = _CountingReader(stream)
        # One upload thread: minio reads a part, sends it, then reads the next, so memory
        # stays at about one part whatever the size of the stream.
        self.client.put_object(
            self.bucket,
            key,
            cast(BinaryIO, counted),
            length=-1 if length is None else length,
            content_type=content_type,
            part_size=self.part_size,
            num_parallel_uploads=1,
        )
        return counted.count

    def _stat_size(self, key: str) -> int:
        validate_key(key)
        try:
            return int(self.client.stat_object(self.bucket, key).size or 0)
        except S3Error as exc:
            if self._is_missing(exc):
                raise ObjectNotFound(key) from None
            raise

    def open_range(
        self, key: str, *, start: int = 0, end: int | None = None, chunk_size: int = CHUNK_SIZE
    ) -> RangeRead:
        total = self._stat_size(key)
        first, last = _resolve_range(key, start, end, total)
        try:
            response = self.client.get_object(
                self.bucket, key, offset=first, length=last - first + 1
            )
        except S3Error as exc:
            if self._is_missing(exc):
                raise ObjectNotFound(key) from None
            raise

        def chunks() -> Iterator[bytes]:
            try:
                yield from response.stream(chunk_size)
            finally:
                response.close()
                response.release_conn()

        return RangeRead(first, last, total, chunks())

    def size(self, key: str) -> int:
        return self._stat_size(key)

    def exists(self, key: str) -> bool:
        try:
            self._stat_size(key)
        except ObjectNotFound:
            return False
        return True

    def delete(self, key: str) -> None:
        validate_key(key)
        self.client.remove_object(self.bucket, key)

    def list_keys(self, prefix: str) -> list[str]:
        folder = _folder_prefix(prefix)
        return sorted(
            str(obj.object_name)
            for obj in self.client.list_objects(self.bucket, prefix=folder, recursive=True)
            if obj.object_name is not None and not obj.is_dir
        )

    def delete_prefix(self, prefix: str) -> int:
        keys = self.list_keys(prefix)
        errors = list(self.client.remove_objects(self.bucket, (DeleteObject(key) for key in keys)))
        if errors:
            raise StorageError(
                f"Could not delete {len(errors)} objects under {prefix!r}: {errors[0]}"
            )
        return len(keys)

    def download_to(self, key: str, path: Path) -> Path:
        validate_key(key)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
        try:
            self.client.fget_object(self.bucket, key, str(path), tmp_file_path=str(tmp))
        except S3Error as exc:
            if self._is_missing(exc):
                raise ObjectNotFound(key) from None
            raise
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return path

    def _browser_client(self) -> tuple[Minio, str]:
        """The client that signs for S3_PUBLIC_URL's host, and that URL's path prefix.

        Signing needs no request (the region is known), so this client never connects. A path
        prefix (`https://example.com/media`) is for a proxy that strips it before the store:
        the signature covers `/bucket/key`, what the store receives.
        """
        if self.public_url is None:
            return self.client, ""
        if self._public_client is None:
            parts = urlsplit(self.public_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"S3_PUBLIC_URL {self.public_url!r} is not an http(s) URL.")
            access_key, secret_key = self._credentials
            self._public_client = Minio(
                parts.netloc,
                access_key=access_key,
                secret_key=secret_key,
                secure=parts.scheme == "https",
                region=self.region or "us-east-1",
            )
        return self._public_client, urlsplit(self.public_url).path.rstrip("/")

    def presigned_get_url(
        self,
        key: str,
        *,
        expires_seconds: int = 3600,
        signed_at: datetime | None = None,
        for_browser: bool = True,
    ) -> str | None:
        validate_key(key)
        if not 1 <= expires_seconds <= 7 * 24 * 3600:
            raise ValueError("A presigned URL must expire within 1 second and 7 days.")
        client, prefix = self._browser_client() if for_browser else (self.client, "")
        url = client.presigned_get_object(
            self.bucket, key, expires=timedelta(seconds=expires_seconds), request_date=signed_at
        )
        if not prefix:
            return url
        parts = urlsplit(url)
        return urlunsplit(parts._replace(path=prefix + parts.path))


class _CountingReader:
    """Hands the S3 client whole parts and counts the bytes read from the stream."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            data = self._stream.read()
            self.count += len(data)
            return data
        # Socket-like streams return short reads; filling the part here, in one buffer, spares
        # minio from growing it by repeated concatenation (a copy of the part per read).
        buffer = bytearray()
        while len(buffer) < size:
            chunk = self._stream.read(size - len(buffer))
            if not chunk:
                break
            buffer += chunk
        self.count += len(buffer)
        return bytes(buffer)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@lru_cache
def get_storage() -> Storage:
    """The storage adapter chosen by the settings (cached per process)."""
    settings = get_settings()
    if settings.storage_backend == "s3":
        return S3Storage(
            endpoint=settings.s3_endpoint,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            bucket=settings.s3_bucket,
            secure=settings.s3_secure,
            region=settings.s3_region,
            public_url=settings.s3_public_url,
        )
    assert settings.storage_dir is not None  # filled in by Settings
    return LocalStorage(settings.storage_dir)


def reset_storage_cache() -> None:
    """Forget the cached adapter (tests call this after changing the settings)."""
    get_storage.cache_clear()
