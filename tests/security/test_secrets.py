"""Secrets: no key in the code, one generated per install, per-purpose keys, rotation."""

from __future__ import annotations

import logging
import os
import stat
import threading
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from pydantic import ValidationError

from udemy_clone.auth import tokens
from udemy_clone.core import security
from udemy_clone.core.config import SECRET_KEY_FILE, Settings, get_settings
from udemy_clone.core.errors import NotAuthenticated
from udemy_clone.playback import hls

OLD_KEY = "the-previous-master-key-used-before-rotation-0001"
NEW_KEY = "the-new-master-key-after-the-rotation-happened-0002"


@pytest.fixture
def fresh_install(tmp_path, monkeypatch):
    """Settings as on a first start: no SECRET_KEY, an empty DATA_DIR."""
    monkeypatch.delenv("SECRET_KEY")
    monkeypatch.setenv("ENV", "development")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    return tmp_path


def test_first_start_generates_a_private_key_and_reuses_it(fresh_install, caplog):
    with caplog.at_level(logging.WARNING, logger="udemy_clone.core.config"):
        first = Settings()
        second = Settings()
    key_file = fresh_install / SECRET_KEY_FILE
    assert first.secret_key == second.secret_key
    assert len(first.secret_key) >= 64
    assert key_file.read_text().strip() == first.secret_key
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    generated = [r for r in caplog.records if "generated a secret key" in r.getMessage()]
    assert len(generated) == 1  # logged once, by the start that created it


def test_processes_starting_at_once_agree_on_one_key(fresh_install):
    keys: list[str] = []
    barrier = threading.Barrier(8)

    def start() -> None:
        barrier.wait()
        keys.append(Settings().secret_key)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(keys) == 8 and len(set(keys)) == 1


def test_installs_get_different_keys(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY")
    monkeypatch.setenv("ENV", "development")
    keys = set()
    for name in ("one", "two"):
        monkeypatch.setenv("DATA_DIR", str(tmp_path / name))
        keys.add(Settings().secret_key)
    assert len(keys) == 2


def test_production_refuses_to_start_without_a_key(fresh_install, monkeypatch):
    monkeypatch.setenv("ENV", "production")
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings()
    assert not (fresh_install / SECRET_KEY_FILE).exists()


def test_short_keys_are_refused(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "short")
    with pytest.raises(ValidationError, match="at least 32"):
        Settings()
    monkeypatch.setenv("SECRET_KEY", NEW_KEY)
    monkeypatch.setenv("SECRET_KEY_PREVIOUS", "short")
    with pytest.raises(ValidationError, match="SECRET_KEY_PREVIOUS"):
        Settings()


def _claims() -> dict:
    settings = get_settings()
    now = datetime.now(UTC)
    return {
        "iss": settings.jwt_issuer, "aud": settings.jwt_audience, "sub": "1", "iat": now,
        "nbf": now, "exp": now + timedelta(minutes=5), "jti": "x", "typ": "access",
        "roles": ["admin"],
    }


def test_the_master_key_itself_signs_nothing():
    """Keys are derived per purpose: knowing one derived key does not give another."""
    forged = jwt.encode(_claims(), get_settings().secret_key, algorithm="HS256")
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(forged)
    playback_key = security.signing_key(hls.TOKEN_PURPOSE)
    forged = jwt.encode(_claims(), playback_key, algorithm="HS256")
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(forged)
    keys = {security.signing_key(p) for p in (security.ACCESS_TOKEN_PURPOSE, hls.TOKEN_PURPOSE,
                                              "unsubscribe")}
    assert len(keys) == 3
    signature = security.sign("1:2:3:4", purpose=hls.TOKEN_PURPOSE)
    assert security.verify_signature("1:2:3:4", signature, purpose=hls.TOKEN_PURPOSE)
    assert not security.verify_signature("1:2:3:4", signature, purpose="unsubscribe")


def _use_keys(monkeypatch, current: str, previous: str = "") -> None:
    monkeypatch.setenv("SECRET_KEY", current)
    monkeypatch.setenv("SECRET_KEY_PREVIOUS", previous)
    get_settings.cache_clear()


def test_rotation_keeps_old_tokens_valid_only_while_listed(monkeypatch):
    try:
        _use_keys(monkeypatch, OLD_KEY)
        old_access, _ = tokens.create_access_token(user_id=5, roles=["student"])
        old_playback = hls.make_token(user_id=5, lecture_id=1, video_id=2, expires_at=4_000_000_000)

        _use_keys(monkeypatch, NEW_KEY, f"{OLD_KEY}, another-old-key-that-is-long-enough-000")
        assert tokens.decode_access_token(old_access).user_id == 5
        assert hls.verify_token(old_playback, lecture_id=1, video_id=2).user_id == 5
        new_access, _ = tokens.create_access_token(user_id=6, roles=["student"])
        # new tokens are signed with the new key only
        _use_keys(monkeypatch, NEW_KEY)
        assert tokens.decode_access_token(new_access).user_id == 6
        with pytest.raises(NotAuthenticated):
            tokens.decode_access_token(old_access)
        with pytest.raises(Exception, match="not valid"):
            hls.verify_token(old_playback, lecture_id=1, video_id=2)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


def test_no_secret_key_value_in_code_or_docs():
    """The old hard-coded development key (or any SECRET_KEY default) is gone for good."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    config = (root / "udemy_clone/core/config.py").read_text()
    assert 'secret_key: str = ""' in config
    for path in [*root.glob("udemy_clone/**/*.py"), root / "README.md", *root.glob("docs/*.md")]:
        assert "dev-only-secret" not in path.read_text(), path
