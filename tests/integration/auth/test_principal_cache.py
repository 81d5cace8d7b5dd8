"""The signed-in check answers from a short-lived principal cache, yet a role change or a
deactivation takes effect on the very next request: in this process, and (with Redis) in another
web process that had the user cached."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine

from tests.support.factories import login, make_user
from tests.support.net import free_port
from udemy_clone.auth import principal_cache
from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role, UserRole
from udemy_clone.core import db as core_db

ROOT = Path(__file__).resolve().parents[3]


def _set_roles(user_id: int, roles: list[Role]) -> None:
    with core_db.transaction() as session:
        auth_service.set_roles(session=session, actor_roles=["admin"], user_id=user_id, roles=roles)


def _set_active(user_id: int, active: bool) -> None:
    with core_db.transaction() as session:
        auth_service.set_active(
            session=session, actor_id=0, actor_roles=["admin"], user_id=user_id, active=active
        )


def test_me_is_cached_and_role_changes_and_deactivation_apply_at_once(api):
    user = make_user(role="instructor")
    headers = login(api, user.email)
    me = api.get("/api/v1/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["roles"] == ["instructor", "student"]
    assert principal_cache.lookup(int(user.id)) is not None  # the next request needs no query
    assert api.get("/api/v1/instructor/courses", headers=headers).status_code == 200

    admin_headers = login(api, make_user(role="admin").email)
    changed = api.patch(
        f"/api/v1/admin/users/{user.id}/roles", json={"roles": ["student"]}, headers=admin_headers
    )
    assert changed.status_code == 200
    assert api.get("/api/v1/me", headers=headers).json()["roles"] == ["student"]
    assert api.get("/api/v1/instructor/courses", headers=headers).status_code == 403

    _set_active(int(user.id), False)
    refused = api.get("/api/v1/me", headers=headers)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "invalid_token"


def test_profile_edits_show_in_me_at_once(api):
    user = make_user()
    headers = login(api, user.email)
    assert api.get("/api/v1/me", headers=headers).json()["full_name"] == user.full_name
    assert (
        api.patch("/api/v1/me", json={"full_name": "New Name"}, headers=headers).status_code == 200
    )
    assert api.get("/api/v1/me", headers=headers).json()["full_name"] == "New Name"


def test_a_lookup_that_began_before_a_change_is_not_kept(db):
    user = make_user()
    started = principal_cache.epoch()
    loaded = auth_service.load_principal(int(user.id))  # stored: nothing changed meanwhile
    assert principal_cache.lookup(int(user.id)) == loaded
    principal_cache.forget(int(user.id))
    principal_cache.store(int(user.id), loaded, loaded_at_epoch=started)
    assert principal_cache.lookup(int(user.id)) is None


def test_bad_tokens_are_refused_with_or_without_a_cached_principal(api):
    user = make_user()
    headers = login(api, user.email)
    assert api.get("/api/v1/me", headers=headers).status_code == 200
    token = headers["Authorization"].removeprefix("Bearer ")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for value in (f"Bearer {forged}", "Bearer ", "Basic abc", f"Bearer {token}x"):
        response = api.get("/api/v1/me", headers={"Authorization": value})
        assert response.status_code == 401, value


# ---- across processes: a second web process with the user cached -----------------------------


@pytest.fixture
def other_process(committed_db: Engine, redis_url: str) -> Iterator[str]:
    """Another gateway process on the same database and Redis; its base URL."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": committed_db.url.render_as_string(hide_password=False),
        "REDIS_URL": redis_url,
        "DATA_DIR": tempfile.mkdtemp(prefix="uc-principal-"),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "asgi",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
            "--log-level",
            "warning",
            "udemy_clone.gateway.app:create_gateway",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                stderr = process.stderr.read() if process.stderr else b""
                raise RuntimeError(stderr.decode()) from None
            time.sleep(0.2)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_until_cached(client: httpx.Client, headers: dict[str, str]) -> None:
    """The other process caches principals only once its listener is subscribed."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert client.get("/api/v1/me", headers=headers).status_code == 200
        if principal_cache.CHANNEL and _listeners() >= 1:
            return
        time.sleep(0.1)
    raise AssertionError("the other process never subscribed to principal changes")


def _listeners() -> int:
    from udemy_clone.core.redis_client import get_redis

    redis = get_redis()
    assert redis is not None
    counts = redis.pubsub_numsub(principal_cache.CHANNEL)
    return int(counts[0][1]) if counts else 0


def test_role_change_and_deactivation_apply_at_once_in_another_process(other_process):
    user = make_user(role="instructor")
    with httpx.Client(base_url=other_process, timeout=30) as client:
        headers = login(client, user.email)
        _wait_until_cached(client, headers)
        assert client.get("/api/v1/me", headers=headers).json()["roles"] == [
            "instructor",
            "student",
        ]
        # The other process really answers from its cache: a change behind the services'
        # back (no invalidation) is not seen there...
        with core_db.transaction() as session:
            session.exec(  # type: ignore[call-overload]
                update(UserRole)
                .where(UserRole.user_id == user.id, UserRole.role == "instructor")
                .values(role="admin")
            )
        assert client.get("/api/v1/me", headers=headers).json()["roles"] == [
            "instructor",
            "student",
        ]
        # ...while a change made through the service, in this process, is seen at once there.
        _set_roles(int(user.id), [Role.student])
        assert client.get("/api/v1/me", headers=headers).json()["roles"] == ["student"]
        assert client.get("/api/v1/instructor/courses", headers=headers).status_code == 403

        _set_active(int(user.id), False)
        assert client.get("/api/v1/me", headers=headers).status_code == 401
        _set_active(int(user.id), True)
        assert client.get("/api/v1/me", headers=headers).status_code == 200
