"""Refresh tokens in two tabs, reuse detection, and what ends a session."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlmodel import col, update

from tests.support.factories import DEFAULT_PASSWORD, make_user, user_headers
from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import RefreshToken
from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import NotAuthenticated
from udemy_clone.core.security import hash_token

REFRESH = "/api/v1/auth/refresh"


def _sign_in(api, email: str) -> dict:
    response = api.post("/api/v1/auth/login", json={"email": email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 200
    return response.json()


def _age_use(token: str, seconds: int) -> None:
    with db.transaction() as session:
        session.exec(
            update(RefreshToken)
            .where(col(RefreshToken.token_hash) == hash_token(token))
            .values(used_at=utcnow() - timedelta(seconds=seconds))
        )


def test_two_tabs_refreshing_with_one_token_both_stay_signed_in(api):
    user = make_user()
    first = _sign_in(api, user.email)
    tab_a = api.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    tab_b = api.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert tab_a.status_code == 200 and tab_b.status_code == 200, tab_b.text
    # each tab's successor keeps working: the family was not revoked
    for successor in (tab_a.json(), tab_b.json()):
        assert successor["refresh_token"] != first["refresh_token"]
        again = api.post(REFRESH, json={"refresh_token": successor["refresh_token"]})
        assert again.status_code == 200


def test_a_replay_after_the_grace_period_revokes_the_family(api):
    user = make_user()
    first = _sign_in(api, user.email)
    second = api.post(REFRESH, json={"refresh_token": first["refresh_token"]}).json()
    _age_use(first["refresh_token"], 31)
    replay = api.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "token_reused"
    assert api.post(REFRESH, json={"refresh_token": second["refresh_token"]}).status_code == 401


def test_a_logged_out_token_gets_no_grace(api):
    user = make_user()
    first = _sign_in(api, user.email)
    api.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    api.post("/api/v1/auth/logout", json={"refresh_token": first["refresh_token"]})
    assert api.post(REFRESH, json={"refresh_token": first["refresh_token"]}).status_code == 401


def _concurrent_refreshes(token: str, count: int) -> list[str]:
    results: list[str] = []
    barrier = threading.Barrier(count)

    def refresh() -> None:
        barrier.wait()
        try:
            with db.transaction() as session:
                pair = auth_service.rotate_refresh_token(session=session, refresh_token=token)
            results.append(pair.refresh_token)
        except NotAuthenticated as exc:
            results.append(exc.code)

    threads = [threading.Thread(target=refresh) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("db_kind", ["postgresql"])
def test_truly_concurrent_refreshes_all_succeed_on_postgresql(committed_db):
    user = make_user(email="two-tabs@example.com")
    with db.transaction() as session:
        signed_in = auth_service.login(
            session=session, email=user.email, password=DEFAULT_PASSWORD, client_ip="192.0.2.1"
        )
    results = _concurrent_refreshes(signed_in.refresh_token, 4)
    assert "token_reused" not in results and len(set(results)) == 4
    for successor in results:
        with db.transaction() as session:
            auth_service.rotate_refresh_token(session=session, refresh_token=successor)


@pytest.mark.parametrize("db_kind", ["postgresql"])
def test_concurrent_replays_after_the_grace_period_all_fail(committed_db):
    user = make_user(email="replay@example.com")
    with db.transaction() as session:
        signed_in = auth_service.login(
            session=session, email=user.email, password=DEFAULT_PASSWORD, client_ip="192.0.2.1"
        )
        auth_service.rotate_refresh_token(session=session, refresh_token=signed_in.refresh_token)
    _age_use(signed_in.refresh_token, 60)
    assert set(_concurrent_refreshes(signed_in.refresh_token, 4)) == {"token_reused"}


def test_deactivation_ends_refresh_and_access(api):
    user, headers = user_headers(api)
    tokens = _sign_in(api, user.email)
    admin = make_user(role="admin")
    with db.transaction() as session:  # what the admin users page does
        auth_service.set_active(
            session=session, actor_id=int(admin.id), actor_roles=["admin"],
            user_id=int(user.id), active=False,
        )
    # the refresh token is revoked and the still-unexpired access token is refused at once
    # (the user is loaded on every request), well within one access-token lifetime
    assert api.post(REFRESH, json={"refresh_token": tokens["refresh_token"]}).status_code == 401
    assert api.get("/api/v1/me", headers=headers).status_code == 401
    login = api.post("/api/v1/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD})
    assert login.status_code == 401


def test_a_password_change_revokes_the_old_refresh_tokens(api):
    user = make_user()
    other_device = _sign_in(api, user.email)
    this_device = _sign_in(api, user.email)
    headers = {"Authorization": f"Bearer {this_device['access_token']}"}
    changed = api.post(
        "/api/v1/me/password",
        json={"current_password": DEFAULT_PASSWORD, "new_password": "brand-new-pass-7"},
        headers=headers,
    )
    assert changed.status_code == 204
    for old in (other_device, this_device):
        assert api.post(REFRESH, json={"refresh_token": old["refresh_token"]}).status_code == 401
