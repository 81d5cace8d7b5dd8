"""Fixtures of the media and playback tests (imported by their conftest/test modules)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from udemy_clone.core.storage import Storage, get_storage, reset_storage_cache


@pytest.fixture
def app_storage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Storage]:
    """The app's storage on an empty local directory of this test (ids repeat across tests)."""
    monkeypatch.setenv("STORAGE_DIR", str(tmp_path / "storage"))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    _reload()
    storage = get_storage()
    storage.ensure_ready()
    yield storage
    monkeypatch.undo()
    _reload()


def _reload() -> None:
    # Settings only: the database engine stays bound to the test's connection.
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    reset_storage_cache()


@dataclass(frozen=True)
class Ladder:
    """An HLS ladder transcoded once from a real clip."""

    dir: Path
    duration_seconds: float
    renditions: tuple[str, ...]


@pytest.fixture(scope="session")
def hls_ladder(clips, tmp_path_factory: pytest.TempPathFactory) -> Ladder:  # noqa: ANN001
    """clip_360p (3 s, 640x360, with sound) as HLS, made once per test session."""
    from udemy_clone.media.transcode import probe_video, transcode_to_hls

    out = tmp_path_factory.mktemp("ladder") / "hls"
    probe = probe_video(clips.clip_360p)
    result = transcode_to_hls(clips.clip_360p, out, probe=probe, preset="ultrafast")
    return Ladder(out, result.duration_seconds, tuple(result.renditions))


def copy_ladder(ladder: Ladder, target: Path) -> Path:
    """A private copy of a ladder's files."""
    shutil.copytree(ladder.dir, target)
    return target


__all__ = ["Ladder", "app_storage", "copy_ladder", "hls_ladder"]
