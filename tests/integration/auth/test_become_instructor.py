"""A signed-in student becomes an instructor by themselves (POST /me/instructor), on SQLite and
PostgreSQL: terms, short profile, photo checked by content; the new token carries the role."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlmodel import select

from tests.support.factories import make_user, user_headers
from tests.support.http import API, assert_error
from udemy_clone.auth import service as auth_service
from udemy_clone.auth import tokens
from udemy_clone.auth.models import InstructorApplication, InstructorProfile, UserRole
from udemy_clone.core import db
from udemy_clone.core.errors import Conflict, InvalidInput
from udemy_clone.core.storage import get_storage

BECOME = f"{API}/me/instructor"
BIO = "I have taught data analysis to hundreds of colleagues over ten years."


def png(size: tuple[int, int] = (800, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 90)).save(out, format="PNG")
    return out.getvalue()


def form(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {"accept_terms": "true", "headline": "Data engineer", "bio": BIO}
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def roles_of(user_id: int) -> list[str]:
    with db.read_session() as session:
        return sorted(session.exec(select(UserRole.role).where(UserRole.user_id == user_id)))


def test_student_becomes_instructor_with_photo(api):
    user, headers = user_headers(api)
    response = api.post(
        BECOME, data=form(), files={"photo": ("me.png", png(), "image/png")}, headers=headers
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["user"]["roles"] == ["instructor", "student"]
    assert body["user"]["headline"] == "Data engineer"
    # the new access token carries the role at once
    assert "instructor" in tokens.decode_access_token(body["access_token"]).roles
    new_headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert api.get(f"{API}/instructor/courses", headers=new_headers).status_code == 200
    with db.read_session() as session:
        profile = session.get(InstructorProfile, user.id)
        assert profile is not None and profile.terms_accepted_at
        # one photo per person: the sign-up's photo is the account's photo
        assert auth_service.get_user(session=session, user_id=int(user.id)).photo_key
        url = auth_service.instructor_photo_url(session=session, user_id=int(user.id))
    photo = api.get(url)
    assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(photo.content)).size == (400, 400)


def test_photo_is_optional(api):
    user, headers = user_headers(api)
    response = api.post(BECOME, data=form(), headers=headers)
    assert response.status_code == 200, response.text
    assert roles_of(int(user.id)) == ["instructor", "student"]


def test_needs_a_signed_in_user(api):
    assert_error(api.post(BECOME, data=form()), 401)


def test_an_instructor_cannot_apply_twice(api):
    _user, headers = user_headers(api, role="instructor")
    assert_error(api.post(BECOME, data=form(), headers=headers), 409, "already_instructor")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"accept_terms": "false"}, "accept_terms"),
        ({"headline": ""}, "headline"),
        ({"headline": "ab"}, "headline"),
        ({"bio": "too short"}, "bio"),
        ({"bio": None}, None),
        ({"accept_terms": None}, None),
    ],
)
def test_bad_profiles_are_refused_and_nothing_changes(api, overrides, field):
    user, headers = user_headers(api)
    error = assert_error(api.post(BECOME, data=form(**overrides), headers=headers), 422)
    if field:
        assert error["fields"] == {field: error["fields"][field]} or field in str(error)
    assert roles_of(int(user.id)) == ["student"]


def test_a_file_that_is_not_an_image_is_refused(api):
    user, headers = user_headers(api)
    stored_before = get_storage().list_keys(f"photos/{user.id}")
    fake = b"GIF89a" + b"\x00" * 200  # an image name and magic, not an image
    response = api.post(
        BECOME, data=form(), files={"photo": ("me.gif", fake, "image/gif")}, headers=headers
    )
    assert_error(response, 422, "not_an_image")
    assert roles_of(int(user.id)) == ["student"]
    assert get_storage().list_keys(f"photos/{user.id}") == stored_before


def test_a_photo_over_5_mb_is_refused(api):
    user, headers = user_headers(api)
    big = b"\x89PNG\r\n\x1a\n" + b"\x00" * (5 * 1024 * 1024 + 10)
    response = api.post(
        BECOME, data=form(), files={"photo": ("me.png", big, "image/png")}, headers=headers
    )
    assert_error(response, 413, "image_too_large")
    assert roles_of(int(user.id)) == ["student"]


def test_unknown_photo_is_404(api):
    assert_error(api.get(f"{API}/users/1/photo/abc.jpg"), 404)
    assert_error(api.get(f"{API}/users/1/photo/..%2Fsecret.jpg"), 404)


def test_service_rules(db):
    user = make_user()
    data = InstructorApplication(accept_terms=True, headline="Chef", bio=BIO)
    with db_transaction() as session:
        response = auth_service.become_instructor(session=session, user_id=int(user.id), data=data)
    assert response.user.roles == ["instructor", "student"]
    with pytest.raises(Conflict), db_transaction() as session:
        auth_service.become_instructor(session=session, user_id=int(user.id), data=data)
    with pytest.raises(InvalidInput), db_transaction() as session:
        auth_service.become_instructor(
            session=session, user_id=int(make_user().id), data=data, photo=b"not an image"
        )


def test_endpoint_is_in_the_openapi_document(api):
    paths = api.get(f"{API}/openapi.json").json()["paths"]
    assert "post" in paths["/api/v1/me/instructor"] or "post" in paths["/me/instructor"]


db_transaction = db.transaction


def test_the_account_photo_is_the_instructor_photo(api):
    """One photo per person: changing it in Account changes it on the instructor card."""
    user, headers = user_headers(api)
    response = api.post(
        BECOME, data=form(), files={"photo": ("me.png", png(), "image/png")}, headers=headers
    )
    assert response.status_code == 200, response.text
    headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
    with db.read_session() as session:
        first = auth_service.instructor_photo_url(session=session, user_id=int(user.id))
    assert api.get(f"{API}/me", headers=headers).json()["photo_url"] == first
    changed = api.put(
        f"{API}/me/photo",
        files={"file": ("new.png", png((500, 500)), "image/png")},
        headers=headers,
    )
    assert changed.status_code == 200, changed.text
    with db.read_session() as session:
        now = auth_service.instructor_photo_url(session=session, user_id=int(user.id))
    assert now == changed.json()["photo_url"] != first
    assert api.get(now).status_code == 200
