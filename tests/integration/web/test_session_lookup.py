"""The sign-in check the UI runs on every page load: AuthState's lookup (in a worker thread) and
the cached check answered on the event loop from the principal cache."""

from __future__ import annotations

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import AuthResponse, Role
from udemy_clone.core import db
from udemy_clone.web.kit.state import _cached_session, _lookup_session

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


# ---- the cached check: a page load answered from the principal cache (no query, no thread) ----


def _set_active(user_id: int, active: bool) -> None:
    with db.transaction() as session:
        auth_service.set_active(
            session=session, actor_id=0, actor_roles=["admin"], user_id=user_id, active=active
        )


def _set_roles(user_id: int, roles: list[Role]) -> None:
    with db.transaction() as session:
        auth_service.set_roles(session=session, actor_roles=["admin"], user_id=user_id, roles=roles)


def test_the_cached_check_answers_once_the_account_was_looked_up(db):
    auth = _register("cached-check@example.com")
    assert _cached_session(auth.access_token) is None  # nothing cached yet: the thread looks up
    assert _lookup_session(auth.access_token, "") is not None
    assert _cached_session(auth.access_token) == (
        auth.user.id,
        "Ada Lovelace",
        "cached-check@example.com",
        ["student"],
    )
    assert _cached_session("not-a-jwt") is None
    assert _cached_session("") is None


def test_a_deactivated_account_is_dropped_from_the_cached_check_at_once(db):
    auth = _register("cached-deactivated@example.com")
    assert _lookup_session(auth.access_token, "") is not None
    assert _cached_session(auth.access_token) is not None

    _set_active(auth.user.id, False)

    assert _cached_session(auth.access_token) is None  # the very next page load looks it up
    assert _lookup_session(auth.access_token, auth.refresh_token) is None  # and finds nobody


def test_a_role_change_reaches_the_cached_check_at_once(db):
    auth = _register("cached-roles@example.com")
    assert _lookup_session(auth.access_token, "") is not None
    _set_roles(auth.user.id, [Role.student, Role.instructor])
    assert _cached_session(auth.access_token) is None
    found = _lookup_session(auth.access_token, "")
    assert found is not None and not isinstance(found, AuthResponse)
    assert sorted(found[3]) == ["instructor", "student"]
