"""Reading a served page's first view (web.kit.first_view) in tests."""

from __future__ import annotations

from typing import Any

from tests.support.factories import login
from tests.support.http import API
from udemy_clone.auth import service as auth_service
from udemy_clone.core import db


def first_view(html: str) -> str:
    """What comes before React's root in <body> (where the first view goes)."""
    body = html.split("<body>", 1)[1]
    assert body.count('<div id="first-view">') <= 1
    return body.split('<div class="radix-themes" id="react-root">')[0]


def retitle_as_owner(api: Any, course: Any, title: str) -> None:
    """Rename `course` through the API, signed in as its instructor (an edit the first views
    must show on the next load)."""
    with db.read_session() as session:
        email = auth_service.get_user(session=session, user_id=course.owner_id).email
    edited = api.patch(
        f"{API}/courses/{course.id}", json={"title": title}, headers=login(api, email)
    )
    assert edited.status_code == 200, edited.text
