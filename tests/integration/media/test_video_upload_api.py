"""Uploading a lecture video: checked by content, streamed to storage, transcoded by a job."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlmodel import col, select

from tests.support.factories import login, make_course, make_user, user_headers
from tests.support.media_factories import first_lecture_ids, make_ready_video
from tests.support.media_fixtures import app_storage  # noqa: F401
from tests.unit.media.conftest import clips  # noqa: F401
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.models import OutboxEvent
from udemy_clone.media import tasks
from udemy_clone.media.models import Video
from udemy_clone.media.transcode import TranscodeFailed

pytestmark = pytest.mark.timeout(120)


def _instructor_lecture(client):
    owner = make_user(role="instructor")
    course = make_course(owner=owner, ready_videos=False)
    lecture_id = first_lecture_ids(int(course.id))[0]
    return owner, login(client, owner.email), lecture_id


def _upload(client, lecture_id: int, path: Path, headers, name: str | None = None):
    with path.open("rb") as handle:
        return client.post(
            f"/api/v1/lectures/{lecture_id}/video",
            files={"file": (name or path.name, handle, "video/mp4")},
            headers=headers,
        )


def _videos() -> list[Video]:
    with db.read_session() as session:
        return list(session.exec(select(Video).order_by(col(Video.id))))


def _events(topic: str) -> list[dict]:
    with db.read_session() as session:
        rows = session.exec(select(OutboxEvent).where(col(OutboxEvent.topic) == topic))
        return [{k: v for k, v in row.payload.items() if k != "schema_version"} for row in rows]


def _stored_files(storage_root: Path) -> list[str]:
    return sorted(
        p.relative_to(storage_root).as_posix()
        for p in storage_root.rglob("*")
        if p.is_file() and ".incoming" not in p.parts
    )


def _leftover_uploads() -> list[Path]:
    folder = get_settings().data_dir / "tmp" / "uploads"
    return list(folder.glob("*")) if folder.exists() else []


def _lecture_context(lecture_id: int):
    with db.read_session() as session:
        return catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)


def test_upload_is_transcoded_to_a_playable_ladder(api, app_storage, clips):  # noqa: F811
    owner, headers, lecture_id = _instructor_lecture(api)

    response = _upload(api, lecture_id, clips.clip_360p, headers)

    assert response.status_code == 202, response.text
    body = response.json()
    assert body["status"] == "processing"
    video_id = body["video_id"]
    assert _events("media.video_uploaded") == [
        {"video_id": video_id, "lecture_id": lecture_id, "owner_id": owner.id}
    ]
    assert _leftover_uploads() == []
    originals = [f for f in _stored_files(Path(app_storage.root)) if f.startswith("uploads/")]
    assert len(originals) == 1 and originals[0].endswith("/original.mp4")
    assert api.get(f"/api/v1/videos/{video_id}", headers=headers).json()["status"] == "processing"

    tasks.transcode_video(video_id)

    shown = api.get(f"/api/v1/videos/{video_id}", headers=headers).json()
    assert shown["status"] == "ready"
    assert shown["progress"] == 100
    assert shown["renditions"] == ["360p"]
    assert shown["duration_seconds"] == pytest.approx(3.0, abs=0.2)
    assert shown.get("error") is None
    context = _lecture_context(lecture_id)
    assert (context.video_id, context.video_ready) == (video_id, True)
    assert _events("media.video_ready") == [
        {"video_id": video_id, "lecture_id": lecture_id, "owner_id": owner.id}
    ]
    root = Path(app_storage.root)
    files = _stored_files(root)
    assert f"videos/{video_id}/hls/master.m3u8" in files
    assert f"videos/{video_id}/hls/poster.jpg" in files
    assert any(f.startswith(f"videos/{video_id}/hls/360p/seg_") for f in files)
    # ffprobe reads the stored ladder as a valid HLS stream with video and audio
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "stream=codec_type", "-of", "json"]
        + [str(root / f"videos/{video_id}/hls/master.m3u8")],
        capture_output=True,
        check=True,
        timeout=60,
    )
    kinds = {s["codec_type"] for s in json.loads(probe.stdout)["streams"]}
    assert kinds == {"video", "audio"}

    # running the job again (a retried or duplicated job) changes nothing
    tasks.transcode_video(video_id)
    assert len(_events("media.video_ready")) == 1


@pytest.mark.parametrize(
    "clip_name",
    ["zero_byte", "text_named_mp4", "png_named_mp4", "truncated_mp4", "audio_only_m4a"],
)
def test_a_file_that_is_not_a_usable_video_is_refused_and_nothing_is_kept(
    api,
    app_storage,  # noqa: F811
    clips,  # noqa: F811
    clip_name,
):
    _, headers, lecture_id = _instructor_lecture(api)

    response = _upload(api, lecture_id, getattr(clips, clip_name), headers, name="lecture.mp4")

    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_video"
    assert error["message"].endswith(".") and len(error["message"]) > 20
    assert _videos() == []
    assert _stored_files(Path(app_storage.root)) == []
    assert _leftover_uploads() == []
    assert _events("media.video_uploaded") == []


def test_a_file_over_the_size_limit_is_refused_while_streaming(
    api,
    app_storage,  # noqa: F811
    clips,  # noqa: F811
    monkeypatch,
):
    _, headers, lecture_id = _instructor_lecture(api)
    monkeypatch.setenv("MAX_UPLOAD_BYTES", "20000")
    get_settings.cache_clear()
    data = clips.clip_480p.read_bytes()
    assert len(data) > 200_000

    declared = _upload(api, lecture_id, clips.clip_480p, headers)
    boundary = "xBOUNDARYx"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n'
            "Content-Type: video/mp4\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )

    def chunked():  # no Content-Length: the limit must hold while streaming
        for i in range(0, len(body), 16384):
            yield body[i : i + 16384]

    streamed = api.post(
        f"/api/v1/lectures/{lecture_id}/video",
        content=chunked(),
        headers={**headers, "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )

    for response in (declared, streamed):
        assert response.status_code == 413, response.text
        assert "limit" in response.json()["error"]["message"]
    assert _videos() == []
    assert _stored_files(Path(app_storage.root)) == []
    assert _leftover_uploads() == []


def test_only_the_course_owner_can_upload(api, app_storage, clips):  # noqa: F811
    _, _, lecture_id = _instructor_lecture(api)
    _, other_instructor = user_headers(api, role="instructor")
    _, student = user_headers(api)

    refused = [
        _upload(api, lecture_id, clips.clip_360p, other_instructor),
        _upload(api, lecture_id, clips.clip_360p, student),
    ]
    anonymous = _upload(api, lecture_id, clips.clip_360p, {})
    unknown = _upload(api, 999_999, clips.clip_360p, other_instructor)

    assert [r.status_code for r in refused] == [403, 403]
    assert anonymous.status_code == 401
    assert unknown.status_code == 404
    assert _videos() == []
    assert _stored_files(Path(app_storage.root)) == []


def test_an_upload_must_be_a_multipart_file_field(api, app_storage, clips):  # noqa: F811
    _, headers, lecture_id = _instructor_lecture(api)
    url = f"/api/v1/lectures/{lecture_id}/video"

    raw = api.post(url, content=clips.clip_360p.read_bytes(), headers=headers)
    wrong_field = api.post(
        url, files={"video": ("a.mp4", clips.clip_360p.read_bytes(), "video/mp4")}, headers=headers
    )

    assert raw.status_code == 422
    assert wrong_field.status_code == 422
    assert "file" in wrong_field.json()["error"]["message"]
    assert _videos() == []


def test_only_the_owner_or_an_admin_sees_a_video(api, app_storage, clips):  # noqa: F811
    _, headers, lecture_id = _instructor_lecture(api)
    video_id = _upload(api, lecture_id, clips.clip_360p, headers).json()["video_id"]
    _, other = user_headers(api, role="instructor")
    _, admin = user_headers(api, role="admin")

    assert api.get(f"/api/v1/videos/{video_id}", headers=other).status_code == 403
    assert api.get(f"/api/v1/videos/{video_id}", headers=admin).status_code == 200
    assert api.get(f"/api/v1/lectures/{lecture_id}/video", headers=headers).json()["id"] == video_id
    assert api.get(f"/api/v1/lectures/{lecture_id}/video", headers=other).status_code == 403
    assert api.get("/api/v1/videos/999999", headers=headers).status_code == 404


def test_a_failed_replacement_keeps_the_current_video_playing(
    api,
    app_storage,  # noqa: F811
    clips,  # noqa: F811
    monkeypatch,
):
    owner, headers, lecture_id = _instructor_lecture(api)
    current = make_ready_video(lecture_id=lecture_id, owner_id=int(owner.id))
    video_id = _upload(api, lecture_id, clips.clip_360p, headers).json()["video_id"]

    def broken(*_args, **_kwargs):
        raise TranscodeFailed("We could not convert this video. Export it again.", detail="x")

    monkeypatch.setattr(tasks, "transcode_to_hls", broken)
    tasks.transcode_video(video_id)

    shown = api.get(f"/api/v1/videos/{video_id}", headers=headers).json()
    assert shown["status"] == "failed"
    assert shown["error"] == "We could not convert this video. Export it again."
    context = _lecture_context(lecture_id)
    assert (context.video_id, context.video_ready) == (current.id, True)
    assert _events("media.video_failed") == [
        {"video_id": video_id, "lecture_id": lecture_id, "owner_id": owner.id}
    ]
    assert not any("/hls/" in f for f in _stored_files(Path(app_storage.root)))


def test_a_crashed_run_is_retried_and_then_succeeds(
    api,
    app_storage,  # noqa: F811
    clips,  # noqa: F811
    monkeypatch,
):
    _, headers, lecture_id = _instructor_lecture(api)
    video_id = _upload(api, lecture_id, clips.clip_360p, headers).json()["video_id"]
    real_put_tree = app_storage.put_tree
    calls = {"n": 0}

    def flaky_put_tree(prefix, directory):
        calls["n"] += 1
        if calls["n"] == 1:
            real_put_tree(prefix, directory)  # half-stored, then the storage goes away
            raise OSError("storage unreachable")
        return real_put_tree(prefix, directory)

    monkeypatch.setattr(app_storage, "put_tree", flaky_put_tree)
    with pytest.raises(OSError):
        tasks.transcode_video(video_id)
    assert api.get(f"/api/v1/videos/{video_id}", headers=headers).json()["status"] == "processing"

    tasks.transcode_video(video_id)  # the retry

    assert api.get(f"/api/v1/videos/{video_id}", headers=headers).json()["status"] == "ready"
    assert _lecture_context(lecture_id).video_id == video_id


def test_an_upload_refused_after_it_was_stored_leaves_nothing_behind(
    api,
    app_storage,  # noqa: F811
    clips,  # noqa: F811
    monkeypatch,
):
    from udemy_clone.core.errors import PermissionDenied
    from udemy_clone.media import service as media_service

    _, headers, lecture_id = _instructor_lecture(api)
    real_check = media_service.check_can_upload
    calls = {"n": 0}

    def ownership_lost_meanwhile(**kwargs):
        calls["n"] += 1
        if calls["n"] > 1:  # the course changed hands while the file was uploading
            raise PermissionDenied("Only the owner can upload.", code="not_course_owner")
        return real_check(**kwargs)

    monkeypatch.setattr(media_service, "check_can_upload", ownership_lost_meanwhile)

    response = _upload(api, lecture_id, clips.clip_360p, headers)

    assert response.status_code == 403
    assert calls["n"] == 2
    assert _videos() == []
    assert _stored_files(Path(app_storage.root)) == []
    assert _leftover_uploads() == []
