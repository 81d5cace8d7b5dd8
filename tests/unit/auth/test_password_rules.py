"""Password strength rules."""

from __future__ import annotations

import pytest

from udemy_clone.auth.service import check_password_strength, normalize_email
from udemy_clone.core.errors import InvalidInput


@pytest.mark.parametrize("password", ["short1!", "password123", "onlyletters", "12345678901",
                                      "x" * 129, "me@example.com"])
def test_weak_passwords_refused(password):
    with pytest.raises(InvalidInput):
        check_password_strength(password, email="me@example.com")


@pytest.mark.parametrize("password", ["correct-Horse-42", "tr0ub4dor&3", "längeres-passwort-9"])
def test_good_passwords_accepted(password):
    check_password_strength(password, email="me@example.com")


def test_email_normalisation():
    assert normalize_email("  Me@Example.COM ") == "me@example.com"
