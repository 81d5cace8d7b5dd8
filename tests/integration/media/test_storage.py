"""The storage port, run against a local directory and a real S3 server (moto on loopback)."""

from __future__ import annotations

import io
import socket
import time
import tracemalloc
import urllib.request
from pathlib import Path

import pytest

from udemy_clone.core.config import get_settings
from udemy_clone.core.storage import (
    LocalStorage,
    ObjectNotFound,
    RangeNotSatisfiable,
    S3Storage,
    Storage,
    StorageError,
    get_storage,
    reset_storage_cache,
)

pytestmark = pytest.mark.timeout(60)

MIB = 1024 * 1024
PATTERN = bytes(range(256)) * 4096  # 1 MiB, so byte n of a pattern stream is n % 256


class PatternStream(io.RawIOBase):
    """`total` bytes made up on demand, returned in short reads like a network stream."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.position = 0
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        remaining = self.total - self.position
        size = remaining if size is None or size < 0 else min(size, remaining)
        start = self.position % len(PATTERN)
        chunk = PATTERN[start : start + size]
        self.position += len(chunk)
        self.largest_read = max(self.largest_read, size)
        return chunk


class FailingStream(io.RawIOBase):
    """Yields some bytes, then fails like a dropped upload connection."""

    def __init__(self, good_bytes: int) -> None:
        self.left = good_bytes

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self.left <= 0:
            raise ConnectionResetError("client went away")
        size = self.left if size is None or size < 0 else min(size, self.left)
        self.left -= size
        return b"x" * size


def test_put_file_and_read_it_back(storage: Storage, tmp_path: Path) -> None:
    source = tmp_path / "notes.pdf"
    source.write_bytes(b"%PDF-1.4 lecture notes")
    assert storage.put_file("courses/7/notes.pdf", source) == 22
    assert storage.exists("courses/7/notes.pdf")
    assert storage.size("courses/7/notes.pdf") == 22
    assert storage.read_bytes("courses/7/notes.pdf") == b"%PDF-1.4 lecture notes"
    target = storage.download_to("courses/7/notes.pdf", tmp_path / "copy" / "notes.pdf")
    assert target.read_bytes() == b"%PDF-1.4 lecture notes"
    assert [p.name for p in target.parent.iterdir()] == ["notes.pdf"]


def test_empty_object(storage: Storage) -> None:
    storage.put_bytes("empty.txt", b"")
    assert storage.size("empty.txt") == 0
    assert storage.read_bytes("empty.txt") == b""
    with pytest.raises(RangeNotSatisfiable):
        storage.open_range("empty.txt", start=0, end=10)


def test_overwrite_replaces_the_object(storage: Storage) -> None:
    storage.put_bytes("a/b.txt", b"first version")
    storage.put_bytes("a/b.txt", b"second")
    assert storage.read_bytes("a/b.txt") == b"second"


def test_twenty_megabyte_stream_is_stored_without_holding_it_in_memory(
    storage: Storage,
) -> None:
    total = 20 * MIB
    stream = PatternStream(total)
    tracemalloc.start()
    try:
        written = storage.put_stream("videos/1/source.mp4", stream, content_type="video/mp4")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == total == stream.position
    assert storage.size("videos/1/source.mp4") == total
    # Local files are copied in small chunks; S3 holds about one 5 MiB multipart part at a time.
    assert peak < (2 * MIB if isinstance(storage, LocalStorage) else 0.85 * total)
    with storage.open_range("videos/1/source.mp4", start=total - 300, end=total - 1) as tail:
        assert tail.read_all() == PATTERN[-300:]
    middle = storage.open_range("videos/1/source.mp4", start=10 * MIB + 5, end=10 * MIB + 9)
    assert middle.read_all() == bytes([5, 6, 7, 8, 9])


def test_stream_of_known_length_is_checked(storage: Storage) -> None:
    with pytest.raises((StorageError, OSError, ValueError)):
        storage.put_stream("short.bin", io.BytesIO(b"12345"), length=10)
    assert not storage.exists("short.bin")


def test_failed_upload_leaves_the_previous_object_intact(storage: Storage) -> None:
    storage.put_bytes("videos/2/source.mp4", b"the good upload")
    with pytest.raises(ConnectionResetError):
        storage.put_stream("videos/2/source.mp4", FailingStream(7 * MIB))
    assert storage.read_bytes("videos/2/source.mp4") == b"the good upload"
    with pytest.raises(ConnectionResetError):
        storage.put_stream("videos/3/source.mp4", FailingStream(1000))
    assert not storage.exists("videos/3/source.mp4")
    if isinstance(storage, LocalStorage):
        assert list((storage.root / ".incoming").iterdir()) == []


def test_range_reads_follow_http_semantics(storage: Storage) -> None:
    data = bytes(range(256)) * 4  # 1024 bytes
    storage.put_bytes("v/seg.ts", data, content_type="video/mp2t")

    read = storage.open_range("v/seg.ts", start=10, end=19)
    assert (read.start, read.end, read.total_size, read.content_length) == (10, 19, 1024, 10)
    assert read.content_range == "bytes 10-19/1024"
    assert b"".join(read) == data[10:20]

    assert storage.open_range("v/seg.ts", start=1000).read_all() == data[1000:]
    clamped = storage.open_range("v/seg.ts", start=1020, end=5000)
    assert (clamped.end, clamped.read_all()) == (1023, data[1020:])
    assert storage.open_range("v/seg.ts", start=0, end=0).read_all() == data[:1]

    chunks = list(storage.open_range("v/seg.ts", chunk_size=100))
    assert b"".join(chunks) == data and max(len(c) for c in chunks) <= 100

    for start, end in ((1024, None), (2000, 3000), (10, 5), (-1, 3)):
        with pytest.raises(RangeNotSatisfiable) as caught:
            storage.open_range("v/seg.ts", start=start, end=end)
        assert caught.value.size == 1024


def test_missing_objects(storage: Storage, tmp_path: Path) -> None:
    assert not storage.exists("nope/missing.ts")
    with pytest.raises(ObjectNotFound):
        storage.size("nope/missing.ts")
    with pytest.raises(ObjectNotFound):
        storage.open_range("nope/missing.ts")
    with pytest.raises(ObjectNotFound):
        storage.download_to("nope/missing.ts", tmp_path / "out.ts")
    assert not (tmp_path / "out.ts").exists()
    storage.delete("nope/missing.ts")  # deleting twice is harmless


def test_delete(storage: Storage) -> None:
    storage.put_bytes("x/y.txt", b"bye")
    storage.delete("x/y.txt")
    assert not storage.exists("x/y.txt")


def test_delete_prefix_removes_only_that_folder(storage: Storage) -> None:
    for key in ("videos/1/master.m3u8", "videos/1/720p/seg_00001.ts", "videos/1/poster.jpg"):
        storage.put_bytes(key, b"x")
    storage.put_bytes("videos/10/master.m3u8", b"keep")
    storage.put_bytes("videos/1.txt", b"keep")

    assert storage.list_keys("videos/1") == [
        "videos/1/720p/seg_00001.ts",
        "videos/1/master.m3u8",
        "videos/1/poster.jpg",
    ]
    assert storage.delete_prefix("videos/1/") == 3
    assert storage.list_keys("videos/1") == []
    assert storage.exists("videos/10/master.m3u8") and storage.exists("videos/1.txt")
    assert storage.delete_prefix("videos/1") == 0


def test_put_tree_uploads_an_hls_folder(storage: Storage, tmp_path: Path) -> None:
    hls = tmp_path / "hls"
    (hls / "360p").mkdir(parents=True)
    (hls / "master.m3u8").write_text("#EXTM3U\n")
    (hls / "360p" / "index.m3u8").write_text("#EXTM3U\n")
    (hls / "360p" / "seg_00001.ts").write_bytes(b"\x47" * 188)
    keys = storage.put_tree("videos/5/hls", hls)
    assert keys == [
        "videos/5/hls/360p/index.m3u8",
        "videos/5/hls/360p/seg_00001.ts",
        "videos/5/hls/master.m3u8",
    ]
    assert storage.read_bytes("videos/5/hls/360p/seg_00001.ts") == b"\x47" * 188
    if isinstance(storage, S3Storage):
        stat = storage.client.stat_object(storage.bucket, "videos/5/hls/master.m3u8")
        assert stat.content_type == "application/vnd.apple.mpegurl"


BAD_KEYS = [
    "",
    "../etc/passwd",
    "videos/../../etc/passwd",
    "videos/./x",
    "/etc/passwd",
    "videos//x",
    "videos\\x",
    "C:/Windows/x",
    "videos/x\x00.ts",
    ".incoming/put-123",
    "k" * 1025,
]


@pytest.mark.parametrize("key", BAD_KEYS)
def test_bad_keys_are_refused_before_touching_storage(storage: Storage, key: str) -> None:
    operations = [
        lambda: storage.put_bytes(key, b"x"),
        lambda: storage.exists(key),
        lambda: storage.size(key),
        lambda: storage.open_range(key),
        lambda: storage.delete(key),
        lambda: storage.delete_prefix(key),
        lambda: storage.local_path(key),
        lambda: storage.presigned_get_url(key),
    ]
    for operation in operations:
        with pytest.raises(ValueError, match="[Ss]torage key"):
            operation()


def test_local_symlink_cannot_lead_outside_the_root(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    local = LocalStorage(tmp_path / "store")
    local.ensure_ready()
    (local.root / "videos").symlink_to(outside)
    with pytest.raises(ValueError, match="outside the storage directory"):
        local.read_bytes("videos/secret.txt")


def test_local_path_and_presigned_url(storage: Storage, tmp_path: Path) -> None:
    storage.put_bytes("videos/9/poster.jpg", b"\xff\xd8\xff jpeg", content_type="image/jpeg")
    url = storage.presigned_get_url("videos/9/poster.jpg", expires_seconds=600)
    if isinstance(storage, LocalStorage):
        assert url is None
        path = storage.local_path("videos/9/poster.jpg")
        assert path is not None and path.read_bytes() == b"\xff\xd8\xff jpeg"
        assert storage.local_path("videos/9/missing.jpg") is None
    else:
        assert storage.local_path("videos/9/poster.jpg") is None
        assert url is not None and "X-Amz-Expires=600" in url and "X-Amz-Signature=" in url
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.read() == b"\xff\xd8\xff jpeg"
            assert response.headers["Content-Type"] == "image/jpeg"
        with pytest.raises(ValueError):
            storage.presigned_get_url("videos/9/poster.jpg", expires_seconds=8 * 24 * 3600)


def test_ensure_ready_is_idempotent(storage: Storage) -> None:
    storage.ensure_ready()
    storage.ensure_ready()
    storage.put_bytes("ready.txt", b"ok")
    assert storage.exists("ready.txt")


def test_unreachable_s3_fails_readiness_quickly() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket is closed
    adapter = S3Storage(
        endpoint=f"127.0.0.1:{port}", access_key="k", secret_key="s", bucket="nowhere"
    )
    started = time.monotonic()
    with pytest.raises(StorageError, match="not reachable"):
        adapter.ensure_ready()
    assert time.monotonic() - started < 5


def test_get_storage_follows_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, s3_endpoint: str
) -> None:
    monkeypatch.setenv("STORAGE_BACKEND", "local")
    monkeypatch.setenv("STORAGE_DIR", str(tmp_path / "files"))
    get_settings.cache_clear()
    reset_storage_cache()
    try:
        local = get_storage()
        assert isinstance(local, LocalStorage) and local.root == (tmp_path / "files").resolve()
        assert get_storage() is local

        monkeypatch.setenv("STORAGE_BACKEND", "s3")
        monkeypatch.setenv("S3_ENDPOINT", s3_endpoint)
        monkeypatch.setenv("S3_BUCKET", "settings-bucket")
        get_settings.cache_clear()
        assert get_storage() is local  # cached until reset
        reset_storage_cache()
        remote = get_storage()
        assert isinstance(remote, S3Storage) and remote.bucket == "settings-bucket"
        remote.ensure_ready()
        remote.put_bytes("hello.txt", b"hi")
        assert remote.read_bytes("hello.txt") == b"hi"
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
        reset_storage_cache()
