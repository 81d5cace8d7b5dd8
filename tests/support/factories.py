"""Factories that build test data through the domains' own services."""

from __future__ import annotations

import itertools
from typing import Any

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role, User
from udemy_clone.core import db

_counter = itertools.count(1)
DEFAULT_PASSWORD = "correct-Horse-42"


def make_user(
    *, role: str = "student", email: str | None = None, password: str = DEFAULT_PASSWORD,
    full_name: str | None = None,
) -> User:
    """A committed (or, under the `db` fixture, savepointed) user with the given role."""
    n = next(_counter)
    roles = {
        "student": [Role.student],
        "instructor": [Role.student, Role.instructor],
        "admin": [Role.student, Role.instructor, Role.admin],
    }[role]
    with db.transaction() as session:
        return auth_service.create_user(
            session=session,
            email=email or f"user{n}@example.com",
            password=password,
            full_name=full_name or f"Test User {n}",
            roles=roles,
        )


def login(client: Any, email: str, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    """Authorization headers for a user signed in through the API."""
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def user_headers(client: Any, *, role: str = "student") -> tuple[User, dict[str, str]]:
    """A new user of `role` and the headers to call the API as them."""
    user = make_user(role=role)
    return user, login(client, user.email)
