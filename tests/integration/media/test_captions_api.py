"""Lecture captions over REST: upload, replace, list, delete (instructors), signed tracks and the
transcript (viewers), auto captions that never replace an upload; SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlmodel import col, select

from tests.support.factories import enroll, login, make_published_course, make_user, user_headers
from tests.support.http import API, assert_error
from tests.support.media_factories import first_lecture_ids, make_ready_video
from tests.support.media_fixtures import app_storage  # noqa: F401
from udemy_clone.core import db
from udemy_clone.core.models import OutboxEvent
from udemy_clone.media import caption_flows, caption_tasks
from udemy_clone.media import service as media_service
from udemy_clone.media.caption_format import Cue
from udemy_clone.media.caption_models import CaptionCue, LectureCaption

pytestmark = pytest.mark.timeout(120)

VTT = b"""WEBVTT

00:00:01.000 --> 00:00:03.000
Welcome to the course.

00:00:03.500 --> 00:00:06.000
Today we learn <b>Python</b> functions.
"""

SRT = b"""1
00:00:00,500 --> 00:00:02,000
Hello again.

2
00:00:02,500 --> 00:00:04,000
Functions take arguments.

3
00:00:04,500 --> 00:00:05,500
And return values.
"""


def _course():
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=2, lecture_seconds=300)
    lectures = first_lecture_ids(int(course.id))
    return owner, course, lectures


def _upload(api, lecture_id, headers, data=VTT, language="en", name="captions.vtt"):
    return api.post(
        f"{API}/lectures/{lecture_id}/captions",
        files={"file": (name, data, "text/vtt")},
        data={"language": language},
        headers=headers,
    )


def _caption_files(storage_root: Path, lecture_id: int) -> list[str]:
    folder = storage_root / "captions" / str(lecture_id)
    return sorted(p.name for p in folder.glob("*.vtt")) if folder.exists() else []


def _events() -> list[dict]:
    with db.read_session() as session:
        rows = session.exec(
            select(OutboxEvent)
            .where(col(OutboxEvent.topic) == "media.captions_changed")
            .order_by(col(OutboxEvent.id))
        )
        return [{k: v for k, v in r.payload.items() if k != "schema_version"} for r in rows]


def _rows(lecture_id: int) -> tuple[int, int]:
    with db.read_session() as session:
        tracks = session.exec(
            select(LectureCaption).where(col(LectureCaption.lecture_id) == lecture_id)
        ).all()
        cues = session.exec(
            select(CaptionCue).where(col(CaptionCue.lecture_id) == lecture_id)
        ).all()
        return len(tracks), len(cues)


def test_an_instructor_uploads_replaces_and_deletes_captions(api, app_storage):  # noqa: F811
    owner, course, (lecture, _) = _course()
    headers = login(api, owner.email)
    root = Path(app_storage.root)

    created = _upload(api, lecture, headers)
    assert created.status_code == 201, created.text
    track = created.json()
    assert (track["language"], track["label"], track["source"], track["cue_count"]) == (
        "en",
        "English",
        "uploaded",
        2,
    )
    listed = api.get(f"{API}/lectures/{lecture}/captions", headers=headers).json()
    assert [t["language"] for t in listed] == ["en"]
    with db.read_session() as session:
        cues = media_service.caption_cues(session=session, lecture_id=lecture, language="en")
    assert [(c.start_ms, c.end_ms, c.text) for c in cues] == [
        (1000, 3000, "Welcome to the course."),
        (3500, 6000, "Today we learn Python functions."),
    ]
    (first_file,) = _caption_files(root, lecture)
    stored = (root / "captions" / str(lecture) / first_file).read_text()
    assert stored.startswith("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nWelcome")
    assert "<b>" not in stored

    replaced = _upload(api, lecture, headers, data=SRT, name="better.srt")
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["cue_count"] == 3
    files = _caption_files(root, lecture)
    assert len(files) == 1 and files != [first_file]  # the old version's file is gone
    assert _rows(lecture) == (1, 3)

    spanish = _upload(api, lecture, headers, language="es")
    assert spanish.status_code == 201
    assert len(_caption_files(root, lecture)) == 2

    deleted = api.delete(f"{API}/lectures/{lecture}/captions/en", headers=headers)
    assert deleted.status_code == 204, deleted.text
    assert _rows(lecture) == (1, 2)  # Spanish stays
    assert [f.startswith("es-") for f in _caption_files(root, lecture)] == [True]
    assert_error(
        api.delete(f"{API}/lectures/{lecture}/captions/en", headers=headers),
        404,
        "caption_not_found",
    )
    events = _events()
    course_id = int(course.id)
    assert events == [
        {"lecture_id": lecture, "course_id": course_id, "language": "en"},
        {"lecture_id": lecture, "course_id": course_id, "language": "en"},
        {"lecture_id": lecture, "course_id": course_id, "language": "es"},
        {"lecture_id": lecture, "course_id": course_id, "language": "en"},
    ]


def test_only_the_owner_or_an_admin_manages_captions(api, app_storage):  # noqa: F811
    owner, _, (lecture, _) = _course()
    _, stranger = user_headers(api, role="instructor")
    student, learner = user_headers(api)
    _, admin = user_headers(api, role="admin")
    assert_error(_upload(api, lecture, stranger), 403, "not_course_owner")
    assert_error(_upload(api, lecture, learner), 403, "not_course_owner")
    assert _upload(api, lecture, {}).status_code == 401
    assert_error(_upload(api, 987_654, login(api, owner.email)), 404)
    assert api.get(f"{API}/lectures/{lecture}/captions", headers=stranger).status_code == 403
    assert _upload(api, lecture, admin).status_code == 201  # admins may fix captions
    assert api.delete(f"{API}/lectures/{lecture}/captions/en", headers=stranger).status_code == 403
    assert _rows(lecture) == (1, 2)
    assert api.delete(f"{API}/lectures/{lecture}/captions/en", headers=admin).status_code == 204


@pytest.mark.parametrize(
    ("data", "language", "status", "code", "says"),
    [
        (VTT, "klingon", 422, "invalid_language", "not a language"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\ncaf\u00e9\n".encode("latin-1"),
            "en",
            422,
            "invalid_captions",
            "UTF-8",
        ),
        (b"\x00\x01\x02binary\xff" * 50, "en", 422, "invalid_captions", "UTF-8"),
        (
            b"WEBVTT\n\n00:00:01.000 --> 00:00:30.000\ntoo long for the video\n",
            "en",
            422,
            "invalid_captions",
            "after the end of the video",
        ),
        (
            b"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\na\n\n00:00:02.000 --> 00:00:06.000\nb\n",
            "en",
            422,
            "invalid_captions",
            "overlap",
        ),
        (b"this is not a caption file", "en", 422, "invalid_captions", "not a caption file"),
        (
            b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nx\n\n" + b"NOTE padding\n\n" * 71_500,
            "en",
            413,
            "file_too_large",
            "at most 1 MB",
        ),
        (b"WEBVTT\n\n" + b"x" * 2_000_000, "en", 413, None, "too large"),
    ],
)
def test_bad_uploads_are_refused_clearly_and_store_nothing(
    api,
    app_storage,  # noqa: F811
    data,
    language,
    status,
    code,
    says,
):
    owner, _, (lecture, _) = _course()
    make_ready_video(lecture_id=lecture, owner_id=int(owner.id), duration_seconds=10.0)
    response = _upload(api, lecture, login(api, owner.email), data=data, language=language)
    assert_error(response, status, code)
    assert says in response.json()["error"]["message"]
    assert _rows(lecture) == (0, 0)
    assert _caption_files(Path(app_storage.root), lecture) == []
    assert _events() == []


def test_a_missing_file_or_language_is_a_validation_error(api, app_storage):  # noqa: F811
    owner, _, (lecture, _) = _course()
    headers = login(api, owner.email)
    no_file = api.post(
        f"{API}/lectures/{lecture}/captions", data={"language": "en"}, headers=headers
    )
    assert_error(no_file, 422, "validation_error")
    no_language = api.post(
        f"{API}/lectures/{lecture}/captions",
        files={"file": ("c.vtt", VTT, "text/vtt")},
        headers=headers,
    )
    assert_error(no_language, 422, "validation_error")


def test_viewers_get_signed_text_vtt_tracks_and_the_transcript(api, app_storage):  # noqa: F811
    owner, course, (preview, paid) = _course()
    instructor = login(api, owner.email)
    assert _upload(api, preview, instructor).status_code == 201
    assert _upload(api, paid, instructor, data=SRT, language="pt-br").status_code == 201

    student, learner = user_headers(api)
    # not enrolled: no tracks for the paid lecture, and no transcript
    assert api.get(f"{API}/lectures/{paid}/caption-tracks", headers=learner).json() == []
    assert api.get(f"{API}/lectures/{paid}/captions/pt-BR/cues", headers=learner).status_code == 403
    # a visitor gets the preview lecture's captions
    (visitor_track,) = api.get(f"{API}/lectures/{preview}/caption-tracks").json()
    visitor_file = api.get(visitor_track["src"])
    assert visitor_file.status_code == 200
    assert visitor_file.headers["content-type"].startswith("text/vtt")
    assert visitor_file.text.startswith("WEBVTT")

    enroll(user=student, course_id=int(course.id))
    (track,) = api.get(f"{API}/lectures/{paid}/caption-tracks", headers=learner).json()
    assert (track["language"], track["label"], track["default"], track["auto_generated"]) == (
        "pt-BR",
        "Portuguese (Brazil)",
        True,
        False,
    )
    assert track["src"].startswith(f"/api/v1/captions/{paid}/pt-BR.vtt?v=")
    served = api.get(track["src"])
    assert served.status_code == 200, served.text
    assert "Functions take arguments." in served.text
    cues = api.get(f"{API}/lectures/{paid}/captions/pt-BR/cues", headers=learner).json()
    assert [c["text"] for c in cues] == [
        "Hello again.",
        "Functions take arguments.",
        "And return values.",
    ]

    url = urlsplit(track["src"])
    tampered = url.path + "?" + url.query.replace("token=", "token=9")
    assert api.get(tampered).status_code == 403
    other_language = track["src"].replace("pt-BR.vtt", "en.vtt")
    assert api.get(other_language).status_code == 403  # the token names one track
    assert api.get(url.path).status_code == 403  # no token
    # a replaced track gets a new address (browsers never keep the old text)
    assert _upload(api, paid, instructor, data=VTT, language="pt-BR").status_code == 200
    (again,) = api.get(f"{API}/lectures/{paid}/caption-tracks", headers=learner).json()
    assert again["src"] != track["src"]


def test_auto_captions_never_replace_an_upload_and_an_upload_replaces_them(
    api,
    app_storage,  # noqa: F811
):
    owner, _, (lecture, other) = _course()
    headers = login(api, owner.email)
    cues = [Cue(0, 1500, "recognised words")]
    auto = caption_flows.store_auto_captions(lecture_id=lecture, language="en", cues=cues)
    assert auto is not None and auto.label == "English (auto-generated)" and auto.is_auto
    # idempotent: a second run finds the track and leaves it
    assert caption_flows.store_auto_captions(lecture_id=lecture, language="en", cues=cues) is None
    assert _rows(lecture) == (1, 1)

    uploaded = _upload(api, lecture, headers)
    assert uploaded.status_code == 200 and uploaded.json()["source"] == "uploaded"
    assert caption_flows.store_auto_captions(lecture_id=lecture, language="en", cues=cues) is None
    with db.read_session() as session:
        (track,) = media_service.caption_tracks(session=session, lecture_id=lecture)
    assert (track.source, track.label, track.cue_count) == ("uploaded", "English", 2)
    assert len(_caption_files(Path(app_storage.root), lecture)) == 1  # no orphan auto file

    # the job leaves a lecture that has captions alone, and skips a video without sound
    video = make_ready_video(lecture_id=lecture, owner_id=int(owner.id), duration_seconds=5)
    with db.transaction() as session:
        row = media_service.get_video(session=session, video_id=int(video.id))
        row.source_key = "uploads/none/original.mp4"
        session.add(row)
    assert caption_tasks.generate_auto_captions(int(video.id)) == "skipped: lecture has captions"
    assert _rows(other) == (0, 0)
