"""The header's counts (the bell, the cart badge) load when the tab's AuthState.counts_key moves
on, not on every page: at every sign-in and sign-out, and at most once a round of navigation."""

from __future__ import annotations

import pytest
from reflex.state import State

from udemy_clone.web.kit import state as kit_state
from udemy_clone.web.kit.state import COUNTS_REFRESH_SECONDS, AuthState


def _auth() -> AuthState:
    root = State(_reflex_internal_init=True)
    auth = root.get_substate(AuthState.get_full_name().split(".")[1:])
    assert isinstance(auth, AuthState)
    return auth


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [1_000_000.0]
    monkeypatch.setattr(kit_state.time, "time", lambda: now[0])
    return now


def test_the_key_moves_on_at_sign_in_and_sign_out_even_for_the_same_account(clock):
    auth = _auth()
    auth._set_user(5, "Ada", "ada@example.com", ["student"])
    signed_in = auth.counts_key
    assert signed_in.startswith("5:")

    auth._clear()
    signed_out = auth.counts_key
    assert signed_out.startswith("0:") and signed_out != signed_in

    auth._set_user(5, "Ada", "ada@example.com", ["student"])
    assert auth.counts_key not in (signed_in, signed_out)  # the cart may have changed meanwhile


def test_page_loads_of_the_same_account_keep_the_key_within_a_round(clock):
    auth = _auth()
    auth._set_user(5, "Ada", "ada@example.com", ["student"])
    key = auth.counts_key
    clock[0] += 1
    auth._set_user(5, "Ada", "ada@example.com", ["student"])  # what the next page's check does
    assert auth.counts_key == key  # the header does not ask for its counts again

    clock[0] += COUNTS_REFRESH_SECONDS
    auth._set_user(5, "Ada", "ada@example.com", ["student"])
    assert auth.counts_key != key  # ... but does once a round, for changes nothing pushed
