"""`make build` reuses a build while its sources and baked URLs are unchanged."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from udemy_clone import frontend
from udemy_clone.core.config import get_settings


@pytest.fixture
def web_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "web"
    (directory / frontend.CLIENT_DIR).mkdir(parents=True)
    monkeypatch.setenv("REFLEX_WEB_WORKDIR", str(directory))
    monkeypatch.setenv("PUBLIC_URL", "http://localhost:3500")
    get_settings.cache_clear()
    yield directory
    get_settings.cache_clear()


def _fake_export(calls: list[list[str]], web_dir: Path):
    def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(command)
        assert kwargs["env"]["REFLEX_ENV_MODE"] == "prod"  # type: ignore[index]
        (web_dir / frontend.CLIENT_DIR / "index.html").write_text("<html></html>")
        return subprocess.CompletedProcess(command, 0)

    return run


def test_second_build_is_skipped_until_a_baked_url_changes(web_dir, monkeypatch):
    calls: list[list[str]] = []
    monkeypatch.setattr(frontend.subprocess, "run", _fake_export(calls, web_dir))
    assert frontend.build() is True
    assert "export" in calls[0]
    assert frontend.build() is False  # unchanged: nothing runs
    assert len(calls) == 1
    monkeypatch.setenv("PUBLIC_URL", "https://learn.example.com")  # baked into env.json
    get_settings.cache_clear()
    assert not frontend.build_is_current()
    assert frontend.build() is True
    assert len(calls) == 2


def test_a_changed_source_file_makes_the_build_stale(web_dir, tmp_path):
    root = tmp_path / "project"
    (root / "udemy_clone").mkdir(parents=True)
    page = root / "udemy_clone" / "page.py"
    page.write_text("TITLE = 'a'\n")
    before = frontend.source_hash(root)
    assert frontend.source_hash(root) == before
    page.write_text("TITLE = 'b'\n")
    assert frontend.source_hash(root) != before
    (root / "assets").mkdir()
    changed = frontend.source_hash(root)
    (root / "assets" / "logo.svg").write_text("<svg/>")
    assert frontend.source_hash(root) != changed


def test_serve_refuses_without_a_build(web_dir):
    (web_dir / frontend.CLIENT_DIR).rmdir()
    with pytest.raises(SystemExit, match="make build"):
        frontend.serve(host="127.0.0.1", port=3599)


def test_pages_are_prerendered_and_a_failed_prerender_falls_back_to_a_plain_build(
    web_dir, monkeypatch
):
    modes: list[str] = []

    def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        ssr = kwargs["env"]["REFLEX_SSR"]  # type: ignore[index]
        modes.append(ssr)
        if ssr == "true":
            raise subprocess.CalledProcessError(1, command)  # e.g. the prerender step died
        (web_dir / frontend.CLIENT_DIR / "index.html").write_text("<html></html>")
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(frontend.subprocess, "run", run)
    assert frontend.build() is True
    assert modes == ["true", "false"]  # prerendering asked for first, by default
    assert frontend.has_build(web_dir)
    # the fallback is not taken for the wanted build: the next start tries prerendering again
    assert not frontend.build_is_current()
    assert frontend.build_is_current(prerender=False)
