"""Path traversal on every storage-backed route: thumbnails, HLS files, uploads."""

from __future__ import annotations

import pytest

from tests.support.factories import make_course, user_headers
from udemy_clone.core.config import get_settings

TRAVERSALS = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "%2e%2e%2f%2e%2e%2fsecret_key",
    "..\\..\\secret_key",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "....//....//secret_key",
    "360p/../../../secret_key",
    "360p/%2e%2e/%2e%2e/secret_key",
]


def _assert_refused(response) -> None:
    assert response.status_code in (400, 403, 404, 422), (response.status_code, response.text)
    assert "root:" not in response.text
    assert get_settings().secret_key not in response.text


@pytest.mark.parametrize("attack", TRAVERSALS)
def test_thumbnail_names_cannot_leave_the_thumbnail_folder(api, app_storage, attack):
    course = make_course()
    _assert_refused(api.get(f"/api/v1/thumbnails/{course.id}/{attack}"))


def test_hls_paths_cannot_leave_the_video_folder(api, app_storage, hls_ladder):
    from tests.integration.playback.test_playback_api import _course_with_video

    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    grant = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()
    token = grant["url"].split("token=")[1]
    base = f"/api/v1/hls/{lecture_ids[0]}/{videos[0].id}"
    assert api.get(f"{base}/master.m3u8?token={token}").status_code == 200
    for attack in TRAVERSALS:
        _assert_refused(api.get(f"{base}/{attack}?token={token}"))
    # another video's folder with this video's token
    other = f"/api/v1/hls/{lecture_ids[1]}/{videos[1].id}/master.m3u8?token={token}"
    _assert_refused(api.get(other))


@pytest.mark.parametrize(
    "filename", ["../../evil.mp4", "/etc/cron.d/evil.mp4", "..\\..\\evil.mp4", "%2e%2e/evil.mp4"]
)
def test_upload_file_names_cannot_choose_where_files_go(api, app_storage, tmp_path, filename):
    owner, headers = user_headers(api, role="instructor")
    course = make_course(owner=owner, ready_videos=False)
    from tests.support.media_factories import first_lecture_ids

    lecture_id = first_lecture_ids(int(course.id))[0]
    before = set(tmp_path.parent.rglob("evil.mp4"))
    response = api.post(
        f"/api/v1/lectures/{lecture_id}/video",
        files={"file": (filename, b"not a video at all" * 100, "video/mp4")},
        headers=headers,
    )
    assert response.status_code in (202, 413, 415, 422), response.text
    after = set(tmp_path.parent.rglob("evil.mp4"))
    assert after == before
    assert not any(p.name == "evil.mp4" for p in get_settings().data_dir.rglob("evil.mp4"))
    thumb = api.post(
        f"/api/v1/courses/{course.id}/thumbnail",
        files={"file": (filename, b"\x89PNG\r\n\x1a\n" + b"0" * 100, "image/png")},
        headers=headers,
    )
    assert thumb.status_code in (200, 413, 415, 422), thumb.text
    assert not any(p.name == "evil.mp4" for p in get_settings().data_dir.rglob("evil.mp4"))
