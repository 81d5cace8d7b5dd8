"""The sign-in check the UI runs on every page load (in a worker thread): AuthState's lookup."""

from __future__ import annotations

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import AuthResponse
from udemy_clone.core import db
from udemy_clone.web.kit.state import _lookup_session

PASSWORD = "Lookup-Passw0rd-2026"


def _register(email: str) -> AuthResponse:
    with db.transaction() as session:
        return auth_service.register_user(
            session=session, email=email, password=PASSWORD, full_name="Ada Lovelace"
        )


def test_a_valid_access_token_gives_the_user_and_roles(db):
    auth = _register("lookup-access@example.com")
    found = _lookup_session(auth.access_token, "")
    assert found == (auth.user.id, "Ada Lovelace", "lookup-access@example.com", ["student"])


def test_an_invalid_access_token_falls_back_to_rotating_the_refresh_token(db):
    auth = _register("lookup-refresh@example.com")
    found = _lookup_session("not-a-jwt", auth.refresh_token)
    assert isinstance(found, AuthResponse)
    assert found.user.id == auth.user.id
    assert found.refresh_token != auth.refresh_token


def test_no_valid_token_finds_nobody(db):
    assert _lookup_session("", "") is None
    assert _lookup_session("not-a-jwt", "not-a-refresh-token") is None
