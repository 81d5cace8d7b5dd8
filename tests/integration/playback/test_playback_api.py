"""Who may watch, the signed HLS URLs that protect every file, and learner progress."""

from __future__ import annotations

import time
import urllib.request
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from tests.integration.media.conftest import make_s3_storage
from tests.support.factories import (
    enroll,
    login,
    make_course,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.media_factories import first_lecture_ids, make_ready_video
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.storage import reset_storage_cache
from udemy_clone.playback import hls
from udemy_clone.playback import service as playback_service

pytestmark = pytest.mark.timeout(120)


def _course_with_video(api, ladder, *, published: bool = True, lectures: int = 2):
    """A course whose lectures all play `ladder` (the first one is a preview)."""
    owner = make_user(role="instructor")
    factory = make_published_course if published else make_course
    course = factory(owner=owner, lectures_per_section=lectures)
    lecture_ids = first_lecture_ids(int(course.id))
    videos = [
        make_ready_video(
            lecture_id=lecture_id,
            owner_id=int(owner.id),
            duration_seconds=ladder.duration_seconds,
            hls_dir=ladder.dir,
        )
        for lecture_id in lecture_ids
    ]
    return owner, course, lecture_ids, videos


def _path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def _uris(playlist: str) -> list[str]:
    return [line for line in playlist.splitlines() if line and not line.startswith("#")]


def _play_everything(api, master_url: str) -> list[str]:
    """Fetch the master, each variant and each segment the way a player does; the URLs."""
    master = api.get(_path(master_url))
    assert master.status_code == 200, master.text
    assert master.headers["content-type"].startswith("application/vnd.apple.mpegurl")
    fetched = [master_url]
    for variant_uri in _uris(master.text):
        variant_url = urljoin(master_url, variant_uri)
        variant = api.get(_path(variant_url))
        assert variant.status_code == 200, variant.text
        fetched.append(variant_url)
        for segment_uri in _uris(variant.text):
            segment_url = urljoin(variant_url, segment_uri)
            if segment_uri.startswith("http"):  # a presigned object-storage URL
                with urllib.request.urlopen(segment_url, timeout=30) as response:
                    assert response.read()[:1] == b"\x47"
                fetched.append(segment_url)
                continue
            segment = api.get(_path(segment_url))
            assert segment.status_code == 200, segment.text
            assert segment.content[:1] == b"\x47"  # MPEG-TS sync byte
            assert "immutable" in segment.headers["cache-control"]
            fetched.append(segment_url)
    return fetched


def test_an_enrolled_student_gets_a_signed_url_that_plays(api, app_storage, hls_ladder):
    _, course, lecture_ids, _ = _course_with_video(api, hls_ladder)
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))

    response = api.get(f"/api/v1/lectures/{lecture_ids[1]}/playback", headers=headers)

    assert response.status_code == 200, response.text
    grant = response.json()
    assert grant["url"].startswith(get_settings().public_url)
    assert "token=" in grant["url"]
    fetched = _play_everything(api, grant["url"])
    assert len(fetched) >= 3
    # every file is requested with the same token
    tokens = {parse_qs(urlsplit(url).query)["token"][0] for url in fetched}
    assert len(tokens) == 1


def test_who_may_watch(api, app_storage, hls_ladder):
    owner, course, lecture_ids, _ = _course_with_video(api, hls_ladder)
    preview, paid = lecture_ids
    _, stranger = user_headers(api)
    _, admin = user_headers(api, role="admin")
    owner_headers = login(api, owner.email)
    _, draft, draft_ids, _ = _course_with_video(api, hls_ladder, published=False)

    def status(lecture_id, headers):
        return api.get(f"/api/v1/lectures/{lecture_id}/playback", headers=headers).status_code

    assert status(preview, {}) == 200  # a preview of a published course: anyone
    assert status(preview, stranger) == 200
    assert status(paid, {}) == 401  # a visitor: sign in first
    assert status(paid, stranger) == 403
    assert status(paid, owner_headers) == 200
    assert status(paid, admin) == 200
    assert status(draft_ids[0], {}) == 401  # preview flag, but the course is not published
    assert status(999_999, stranger) == 404
    body = api.get(f"/api/v1/lectures/{paid}/playback", headers=stranger).json()
    assert "Enroll" in body["error"]["message"]


def test_a_lecture_without_a_ready_video_has_no_playback(api, app_storage):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner)  # the factory's lectures have no video rows
    lecture_id = first_lecture_ids(int(course.id))[0]

    response = api.get(f"/api/v1/lectures/{lecture_id}/playback", headers=login(api, owner.email))

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "video_not_ready"


def test_every_file_is_refused_without_a_valid_token(api, app_storage, hls_ladder):
    _, course, lecture_ids, videos = _course_with_video(api, hls_ladder)
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    url = api.get(f"/api/v1/lectures/{lecture_ids[1]}/playback", headers=headers).json()["url"]
    token = parse_qs(urlsplit(url).query)["token"][0]
    lecture, video = lecture_ids[1], int(videos[1].id)
    segment = f"/api/v1/hls/{lecture}/{video}/360p/seg_00001.ts"
    assert api.get(f"{segment}?token={token}").status_code == 200

    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    expired = hls.make_token(
        user_id=int(student.id), lecture_id=lecture, video_id=video, expires_at=int(time.time()) - 5
    )
    other_lecture = hls.make_token(
        user_id=int(student.id),
        lecture_id=lecture_ids[0],
        video_id=int(videos[0].id),
        expires_at=int(time.time()) + 600,
    )
    for file in ("master.m3u8", "360p/index.m3u8", "360p/seg_00001.ts", "poster.jpg"):
        base = f"/api/v1/hls/{lecture}/{video}/{file}"
        assert api.get(base).status_code == 403  # a copied URL without its token
        assert api.get(f"{base}?token={tampered}").status_code == 403
        assert api.get(f"{base}?token={expired}").status_code == 403
        assert api.get(f"{base}?token={other_lecture}").status_code == 403
    # the other lecture's token opens the other lecture only
    other_path = f"/api/v1/hls/{lecture_ids[0]}/{int(videos[0].id)}/master.m3u8"
    assert api.get(f"{other_path}?token={other_lecture}").status_code == 200
    expired_body = api.get(f"{segment}?token={expired}").json()
    assert expired_body["error"]["code"] == "playback_token_expired"
    # only ladder files are served, even with a valid token
    assert (
        api.get(f"/api/v1/hls/{lecture}/{video}/source/original.mp4?token={token}").status_code
        == 404
    )
    assert (
        api.get(f"/api/v1/hls/{lecture}/{video}/360p/seg_09999.ts?token={token}").status_code == 404
    )


def test_a_refund_stops_playback_at_the_next_master_playlist(api, app_storage, hls_ladder):
    from sqlmodel import select

    from udemy_clone.orders.models import Enrollment, EnrollmentStatus

    _, course, lecture_ids, videos = _course_with_video(api, hls_ladder)
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    url = api.get(f"/api/v1/lectures/{lecture_ids[1]}/playback", headers=headers).json()["url"]
    assert api.get(_path(url)).status_code == 200

    with db.transaction() as session:  # as a refund does
        enrollment = session.exec(select(Enrollment).where(Enrollment.user_id == student.id)).one()
        enrollment.status = EnrollmentStatus.revoked.value
        session.add(enrollment)

    assert api.get(_path(url)).status_code == 403


def test_segments_support_byte_ranges_and_cache_headers(api, app_storage, hls_ladder):
    _, course, lecture_ids, videos = _course_with_video(api, hls_ladder)
    owner_token = hls.make_token(
        user_id=1, lecture_id=lecture_ids[0], video_id=int(videos[0].id), expires_at=2**31
    )
    base = f"/api/v1/hls/{lecture_ids[0]}/{int(videos[0].id)}"
    whole = api.get(f"{base}/360p/seg_00001.ts?token={owner_token}")
    size = len(whole.content)

    part = api.get(
        f"{base}/360p/seg_00001.ts?token={owner_token}", headers={"Range": "bytes=0-187"}
    )
    tail = api.get(f"{base}/360p/seg_00001.ts?token={owner_token}", headers={"Range": "bytes=-188"})
    beyond = api.get(
        f"{base}/360p/seg_00001.ts?token={owner_token}", headers={"Range": f"bytes={size}-"}
    )
    playlist = api.get(f"{base}/360p/index.m3u8?token={owner_token}")

    assert whole.headers["accept-ranges"] == "bytes"
    assert part.status_code == 206
    assert part.content == whole.content[:188]
    assert part.headers["content-range"] == f"bytes 0-187/{size}"
    assert tail.status_code == 206 and tail.content == whole.content[-188:]
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{size}"
    assert "max-age=31536000" in whole.headers["cache-control"]
    assert playlist.headers["cache-control"] == "private, max-age=10"


def test_segment_urls_point_at_the_cdn_when_configured(api, app_storage, hls_ladder, monkeypatch):
    _, course, lecture_ids, videos = _course_with_video(api, hls_ladder)
    monkeypatch.setenv("CDN_BASE_URL", "https://cdn.example.com")
    get_settings.cache_clear()
    grant = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()
    master = api.get(_path(grant["url"]))
    variant_url = urljoin(grant["url"], _uris(master.text)[0])

    variant = api.get(_path(variant_url))

    token = parse_qs(urlsplit(grant["url"]).query)["token"][0]
    segments = _uris(variant.text)
    assert segments and all(
        s.startswith(
            f"https://cdn.example.com/api/v1/hls/{lecture_ids[0]}/{int(videos[0].id)}/360p/seg_"
        )
        and s.endswith(f"?token={token}")
        for s in segments
    )
    assert not _uris(master.text)[0].startswith("https://")  # playlists stay on the gateway


def test_playback_is_served_from_s3_storage(api, hls_ladder, s3_endpoint, monkeypatch):
    bucket = make_s3_storage(s3_endpoint)
    bucket.ensure_ready()
    host, port = s3_endpoint.split(":")
    monkeypatch.setenv("STORAGE_BACKEND", "s3")
    monkeypatch.setenv("S3_ENDPOINT", s3_endpoint)
    monkeypatch.setenv("S3_BUCKET", bucket.bucket)
    monkeypatch.setenv("S3_ACCESS_KEY", "test-access-key")
    monkeypatch.setenv("S3_SECRET_KEY", "test-secret-key")
    get_settings.cache_clear()
    reset_storage_cache()
    try:
        _, course, lecture_ids, videos = _course_with_video(api, hls_ladder)
        grant = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()

        fetched = _play_everything(api, grant["url"])
        # segments come straight from the store, which answers byte ranges itself
        request = urllib.request.Request(fetched[-1], headers={"Range": "bytes=188-375"})
        with urllib.request.urlopen(request, timeout=30) as part:
            status, content = part.status, part.read()

        assert len(fetched) >= 3
        assert all(url.startswith(f"http://{s3_endpoint}/") for url in fetched[2:])
        assert status == 206 and len(content) == 188
        assert content[:1] == b"\x47"
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
        reset_storage_cache()


# ---- progress --------------------------------------------------------------------------------


def _enrolled_course(api, *, duration: float = 300.0, lectures: int = 2):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=lectures)
    lecture_ids = first_lecture_ids(int(course.id))
    for lecture_id in lecture_ids:
        make_ready_video(lecture_id=lecture_id, owner_id=int(owner.id), duration_seconds=duration)
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    return course, lecture_ids, student, headers


class Clock:
    """The playback service's clock, moved by the test (heartbeats are checked against it)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(playback_service, "utcnow", fake)
    return fake


def _beat(api, lecture_id, headers, position, watched):
    return api.post(
        f"/api/v1/lectures/{lecture_id}/progress",
        json={"position_seconds": position, "watched_seconds": watched},
        headers=headers,
    )


@pytest.mark.parametrize(
    "position, watched, field",
    [
        (-1, 5, "position_seconds"),
        (10, -1, "watched_seconds"),
        (10, 26, "watched_seconds"),  # more than two heartbeat windows and slack
        (10, 10_000, "watched_seconds"),
        (302, 5, "position_seconds"),  # past the end of a 300 s lecture
        (1e12, 5, "position_seconds"),
        ("NaN", 5, "position_seconds"),
    ],
)
def test_absurd_progress_is_refused(api, app_storage, position, watched, field):
    course, lecture_ids, student, headers = _enrolled_course(api)

    response = _beat(api, lecture_ids[0], headers, position, watched)

    assert response.status_code == 422, response.text
    assert field in response.json()["error"]["fields"]
    assert (
        api.get(f"/api/v1/me/courses/{course.id}/progress", headers=headers).json()[
            "last_lecture_id"
        ]
        is None
    )


def test_watched_seconds_cannot_exceed_a_short_lecture(api, app_storage):
    _, lecture_ids, _, headers = _enrolled_course(api, duration=8.0)
    assert _beat(api, lecture_ids[0], headers, 5, 12).status_code == 422


def test_progress_needs_access_to_the_lecture(api, app_storage):
    _, lecture_ids, _, _ = _enrolled_course(api)
    _, stranger = user_headers(api)

    assert _beat(api, lecture_ids[1], stranger, 5, 5).status_code == 403
    assert _beat(api, lecture_ids[1], {}, 5, 5).status_code == 401


def test_a_lecture_is_complete_at_ninety_percent_watched(api, app_storage, clock):
    course, lecture_ids, student, headers = _enrolled_course(api, duration=20.0)
    first = lecture_ids[0]

    assert _beat(api, first, headers, 10, 10).json()["completed"] is False
    clock.advance(10)
    assert _beat(api, first, headers, 16, 6).json()["completed"] is False  # 16 s < 18 s
    clock.advance(10)
    assert _beat(api, first, headers, 19, 3).json()["completed"] is True

    progress = api.get(f"/api/v1/me/courses/{course.id}/progress", headers=headers).json()
    assert progress == {
        "completed_lectures": [first],
        "percent": 50,
        "last_lecture_id": first,
        "last_position_seconds": 19.0,
    }
    with db.read_session() as session:
        assert (
            playback_service.course_progress_percent(
                session=session, user_id=int(student.id), course_id=int(course.id)
            )
            == 50
        )


def test_resume_position_is_kept_per_lecture(api, app_storage):
    course, lecture_ids, student, headers = _enrolled_course(api)
    _beat(api, lecture_ids[0], headers, 42.5, 10)
    _beat(api, lecture_ids[1], headers, 7, 7)
    _beat(api, lecture_ids[0], headers, 44.0, 1.5)

    with db.read_session() as session:
        positions = [
            playback_service.resume_position(
                session=session, user_id=int(student.id), lecture_id=lecture_id
            )
            for lecture_id in lecture_ids
        ]
    progress = api.get(f"/api/v1/me/courses/{course.id}/progress", headers=headers).json()

    assert positions == [44.0, 7.0]
    assert (progress["last_lecture_id"], progress["last_position_seconds"]) == (lecture_ids[0], 44)
    assert progress["completed_lectures"] == [] and progress["percent"] == 0


def test_watch_time_is_aggregated_per_day_and_beats_cannot_outrun_the_clock(
    api, app_storage, clock
):
    course, lecture_ids, student, headers = _enrolled_course(api)
    # beats 10 s apart count in full
    for position in (10, 20, 30):
        clock.advance(10)
        assert _beat(api, lecture_ids[0], headers, position, 10).status_code == 200
    # beats sent back to back earn at most the wall clock (x2 speed) plus a little slack
    clock.advance(1)
    for position in (40, 50, 60):
        assert _beat(api, lecture_ids[0], headers, position, 10).status_code == 200

    with db.read_session() as session:
        per_course = playback_service.watch_seconds_by_course(
            session=session, course_ids=[int(course.id)]
        )
        daily = playback_service.daily_watch_seconds(session=session, course_ids=[int(course.id)])
    # 3 x 10 s, then 1 s x2 + 3 s slack, then twice the 3 s slack
    assert per_course[int(course.id)] == 30 + 5 + 3 + 3
    assert len(daily) == 1 and daily[0].seconds == per_course[int(course.id)]
    assert daily[0].day.isoformat() == time.strftime("%Y-%m-%d", time.gmtime())
