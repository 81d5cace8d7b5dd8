"""The auth endpoints of API.md, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.support.factories import DEFAULT_PASSWORD, login, make_user, user_headers
from tests.support.http import assert_error

REGISTER = "/api/v1/auth/register"


def register(api, **overrides):
    body = {"email": "new@example.com", "password": "long-enough-1", "full_name": "New Person"}
    body.update(overrides)
    return api.post(REGISTER, json=body)


def test_register_returns_user_and_tokens(api):
    response = register(api, email="Mixed.Case@Example.com", role="instructor")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["user"]["email"] == "mixed.case@example.com"
    assert body["user"]["roles"] == ["instructor", "student"]
    me = api.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert set(me.json()) >= {"id", "email", "full_name", "roles", "created_at"}


def test_duplicate_email_is_409(api):
    assert register(api).status_code == 201
    assert_error(register(api, email="NEW@example.com"), 409, "email_taken")


@pytest.mark.parametrize(
    "overrides",
    [
        {"role": "admin"},
        {"password": "short1"},
        {"password": "password123"},
        {"password": "onlyletters"},
        {"email": "not-an-email"},
        {"full_name": ""},
        {"full_name": "x" * 101},
        {"email": "a" * 300 + "@example.com"},
        {"password": 12345678},
        {"role": "superuser"},
        {"unexpected": "field"},
    ],
)
def test_register_refuses_bad_input(api, overrides):
    error = assert_error(register(api, **overrides), 422, "validation_error")
    assert error["fields"]


def test_huge_password_is_refused_fast(api):
    import time

    started = time.perf_counter()
    response = register(api, password="p4" * 100_000)
    assert_error(response, 422)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[]", b'{"email": null}', b"\xff\xfe"],
)
def test_malformed_bodies_are_422_in_the_envelope(api, body):
    response = api.post(REGISTER, content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 422, "validation_error")


def test_login_and_wrong_credentials_same_message(api):
    user = make_user()
    ok = api.post("/api/v1/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD})
    assert ok.status_code == 200
    wrong_pw = assert_error(
        api.post("/api/v1/auth/login", json={"email": user.email, "password": "nope-nope-1"}), 401
    )
    unknown = assert_error(
        api.post("/api/v1/auth/login", json={"email": "ghost@x.io", "password": "nope-nope-1"}),
        401,
    )
    assert wrong_pw["message"] == unknown["message"]


def test_repeated_login_failures_are_rate_limited(api):
    user = make_user()
    for _ in range(5):
        api.post("/api/v1/auth/login", json={"email": user.email, "password": "bad-guess-1"})
    response = api.post(
        "/api/v1/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
    )
    assert_error(response, 429, "too_many_attempts")
    assert int(response.headers["Retry-After"]) > 0


def test_refresh_rotates_and_replay_revokes_family(api, monkeypatch):
    from udemy_clone.core.config import get_settings

    monkeypatch.setattr(get_settings(), "refresh_reuse_grace_seconds", 0)  # replay after grace
    user = make_user()
    first = api.post(
        "/api/v1/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
    ).json()
    second = api.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    new_refresh = second.json()["refresh_token"]
    assert new_refresh != first["refresh_token"]
    # replaying the used token fails and revokes the family, including the new token
    assert_error(
        api.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}), 401
    )
    assert_error(api.post("/api/v1/auth/refresh", json={"refresh_token": new_refresh}), 401)


def test_logout_revokes_refresh_token(api):
    user = make_user()
    tokens = api.post(
        "/api/v1/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
    ).json()
    assert api.post("/api/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]}) \
        .status_code == 204
    assert_error(
        api.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}), 401
    )


def test_unknown_refresh_token_is_401(api):
    assert_error(api.post("/api/v1/auth/refresh", json={"refresh_token": "made-up"}), 401)


def test_me_requires_a_token(api):
    assert_error(api.get("/api/v1/me"), 401)
    assert_error(api.get("/api/v1/me", headers={"Authorization": "Bearer garbage"}), 401)
    assert_error(api.get("/api/v1/me", headers={"Authorization": "Basic abc"}), 401)


def test_profile_update_and_password_change(api):
    user, headers = user_headers(api)
    response = api.patch("/api/v1/me", json={"full_name": "Renamed", "headline": "Teacher"},
                         headers=headers)
    assert response.status_code == 200 and response.json()["full_name"] == "Renamed"
    assert_error(api.patch("/api/v1/me", json={"full_name": ""}, headers=headers), 422)
    assert_error(
        api.post("/api/v1/me/password",
                 json={"current_password": "wrong-one-1", "new_password": "another-one-2"},
                 headers=headers),
        422,
    )
    ok = api.post("/api/v1/me/password",
                  json={"current_password": DEFAULT_PASSWORD, "new_password": "another-one-2"},
                  headers=headers)
    assert ok.status_code == 204
    login(api, user.email, "another-one-2")


def test_admin_sets_roles_and_others_cannot(api):
    _, admin_headers = user_headers(api, role="admin")
    student, student_headers = user_headers(api, role="student")
    path = f"/api/v1/admin/users/{student.id}/roles"
    assert_error(api.patch(path, json={"roles": ["instructor"]}, headers=student_headers), 403)
    assert_error(api.patch(path, json={"roles": ["instructor"]}), 401)
    assert_error(api.patch(path, json={"roles": ["wizard"]}, headers=admin_headers), 422)
    assert_error(api.patch("/api/v1/admin/users/999999/roles", json={"roles": ["student"]},
                           headers=admin_headers), 404)
    response = api.patch(path, json={"roles": ["instructor"]}, headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["roles"] == ["instructor", "student"]
    listing = api.get("/api/v1/admin/users?page_size=100", headers=admin_headers)
    assert listing.status_code == 200 and listing.json()["total"] >= 2
    assert_error(api.get("/api/v1/admin/users", headers=student_headers), 403)


def test_unknown_api_path_is_json_404(api):
    assert_error(api.get("/api/v1/does-not-exist"), 404, "not_found")


def test_openapi_is_served(api):
    response = api.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in ["/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
                 "/api/v1/auth/logout", "/api/v1/me", "/api/v1/admin/users/{user_id}/roles"]:
        assert path in paths
