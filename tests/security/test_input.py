"""Input: one-line fields refuse control characters; visitors are asked to sign in."""

from __future__ import annotations

import pytest

from tests.support.factories import make_category, make_course, user_headers
from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.core.errors import InvalidInput

NASTY = ["Eve\r\nBcc: victim@example.com", "Eve\nX", "Eve\x00", "Eve\u2028X", "Eve\x1bX"]


@pytest.mark.parametrize("name", NASTY)
def test_names_with_control_characters_are_422(api, name):
    response = api.post("/api/v1/auth/register", json={
        "email": "cr@example.com", "password": "long-enough-1", "full_name": name,
    })
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
    _, headers = user_headers(api)
    assert api.patch("/api/v1/me", json={"full_name": name}, headers=headers).status_code == 422
    assert api.patch("/api/v1/me", json={"headline": name}, headers=headers).status_code == 422


def test_the_reflex_sign_up_path_refuses_them_too(sqlite_db):
    with pytest.raises(InvalidInput), db.transaction() as session:
        auth_service.register_user(
            session=session, email="cr2@example.com", password="long-enough-1",
            full_name="Eve\r\nBcc: x@example.com",
        )


def test_titles_and_names_that_reach_subjects_are_single_line(api):
    owner, headers = user_headers(api, role="instructor")
    category = make_category()
    course = make_course(owner=owner)
    bad = "Title\r\nBcc: x@example.com"
    create = api.post("/api/v1/courses", headers=headers, json={
        "title": bad, "description": "A long enough description for a course here.",
        "category_id": category.id, "price_cents": 0, "language": "en",
    })
    assert create.status_code == 422
    assert api.patch(f"/api/v1/courses/{course.id}", json={"title": bad},
                     headers=headers).status_code == 422
    assert api.patch(f"/api/v1/courses/{course.id}", json={"subtitle": bad},
                     headers=headers).status_code == 422
    assert api.post(f"/api/v1/courses/{course.id}/sections", json={"title": bad},
                    headers=headers).status_code == 422
    _, admin = user_headers(api, role="admin")
    assert api.post("/api/v1/categories", json={"name": bad}, headers=admin).status_code == 422
    # ordinary text is still fine
    assert api.patch(f"/api/v1/courses/{course.id}", json={"title": "Plain title — ünïcode"},
                     headers=headers).status_code == 200


def test_a_visitor_asking_for_a_paid_lecture_is_told_to_sign_in(api, app_storage, hls_ladder):
    from tests.integration.playback.test_playback_api import _course_with_video

    _, _, lecture_ids, _ = _course_with_video(api, hls_ladder)
    paid = lecture_ids[1]
    anonymous = api.get(f"/api/v1/lectures/{paid}/playback")
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"] == "not_authenticated"
    _, stranger = user_headers(api)
    signed_in = api.get(f"/api/v1/lectures/{paid}/playback", headers=stranger)
    assert signed_in.status_code == 403
    assert signed_in.json()["error"]["code"] == "not_enrolled"


def test_watching_a_video_never_runs_into_the_api_rate_limit(api, app_storage, hls_ladder,
                                                             monkeypatch):
    """300 segment requests in a minute with a per-minute API budget of 60: no 429."""
    from urllib.parse import urlsplit

    from tests.integration.playback.test_playback_api import _course_with_video
    from udemy_clone.core.config import get_settings

    _, _, lecture_ids, _ = _course_with_video(api, hls_ladder)
    grant = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()
    master = urlsplit(grant["url"])
    base = master.path.rsplit("/", 1)[0]
    playlist = api.get(f"{master.path}?{master.query}").text
    variant = next(line for line in playlist.splitlines() if line and not line.startswith("#"))
    variant_path = f"{base}/{variant}"
    segments_text = api.get(variant_path).text
    segment = next(line for line in segments_text.splitlines()
                   if line and not line.startswith("#"))
    segment_path = f"{base}/{variant.split('/')[0]}/{segment}"
    monkeypatch.setattr(get_settings(), "rate_limit_per_minute", 60)
    statuses = {api.get(segment_path).status_code for _ in range(300)}
    assert statuses == {200}
    # the API budget itself still applies to everything else
    api_statuses = [api.get("/api/v1/categories").status_code for _ in range(70)]
    assert 429 in api_statuses
    # and a forged token does not get the HLS budget
    forged = segment_path.split("token=")[0] + "token=1.2.3.4." + "0" * 64
    assert api.get(forged).status_code == 429
