"""Lecture resources over REST: checked by content, stored under random keys, signed downloads."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import select

from tests.support.factories import (
    enroll,
    login,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from tests.support.media_factories import first_lecture_ids
from tests.support.media_fixtures import app_storage  # noqa: F401
from udemy_clone.core import db
from udemy_clone.media import resources
from udemy_clone.media.resource_models import LectureResource

pytestmark = pytest.mark.timeout(120)

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _png(fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


def _course():
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=2)
    return owner, course, first_lecture_ids(int(course.id))


def _upload(api, lecture_id: int, name: str, data: bytes, headers, content_type="application/pdf"):
    return api.post(
        f"{API}/lectures/{lecture_id}/resources",
        files={"file": (name, io.BytesIO(data), content_type)},
        headers=headers,
    )


def _stored(root: Path) -> list[str]:
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.relative_to(root).parts[0] == resources.RESOURCES_FOLDER
    )


def _rows() -> list[LectureResource]:
    with db.read_session() as session:
        return list(session.exec(select(LectureResource)))


def _download(api, resource_id: int, headers):
    grant = api.get(f"{API}/resources/{resource_id}/download", headers=headers)
    assert grant.status_code == 200, grant.text
    url = grant.json()["url"]
    assert "/api/v1/resources/" in url and "token=" in url
    return api.get(url[url.index("/api/v1/") :])  # no Authorization: the URL is the grant


def test_instructor_uploads_and_an_enrolled_student_downloads(api, app_storage):  # noqa: F811
    owner, course, (lecture, other_lecture) = _course()
    owner_headers = login(api, owner.email)
    created = _upload(api, lecture, "../../Week 1: slides.pdf", PDF, owner_headers, "text/html")
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["kind"] == "pdf" and body["content_type"] == "application/pdf"
    assert body["filename"] == "Week 1_ slides.pdf"  # no path, no ':'
    assert body["size_bytes"] == len(PDF)
    # the stored key is random, not the name
    (key,) = _stored(Path(app_storage.root))
    assert key.startswith(f"resources/{lecture}/") and "slides" not in key
    assert len(key.rsplit("/", 1)[1].split(".")[0]) == 32

    source = "def main():\n    print('héllo')\n"
    assert _upload(api, lecture, "main.py", source.encode(), owner_headers).status_code == 201
    assert (
        _upload(api, lecture, "code.zip", _zip({"src/a.py": b"x=1"}), owner_headers).status_code
        == 201
    )
    assert _upload(api, lecture, "diagram.png", _png(), owner_headers).status_code == 201
    assert _upload(api, lecture, "photo.jpg", _png("JPEG"), owner_headers).status_code == 201

    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    listed = api.get(f"{API}/lectures/{lecture}/resources", headers=headers)
    assert listed.status_code == 200
    assert [r["filename"] for r in listed.json()] == [
        "Week 1_ slides.pdf",
        "main.py",
        "code.zip",
        "diagram.png",
        "photo.jpg",
    ]
    assert api.get(f"{API}/lectures/{other_lecture}/resources", headers=headers).json() == []

    pdf = _download(api, body["id"], headers)
    assert pdf.status_code == 200
    assert pdf.content == PDF
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("attachment;")
    assert pdf.headers["content-disposition"] == (
        "attachment; filename=\"Week 1_ slides.pdf\"; filename*=UTF-8''Week%201_%20slides.pdf"
    )
    assert pdf.headers["x-content-type-options"] == "nosniff"
    code = _download(api, listed.json()[1]["id"], headers)
    assert code.content.decode() == source
    assert code.headers["content-type"].startswith("text/plain")


def test_content_decides_the_type_not_the_name(api, app_storage):  # noqa: F811
    owner, _, (lecture, _) = _course()
    headers = login(api, owner.email)
    zip_bytes = _zip({"a.txt": b"hello"})
    html = b"<!doctype html><html><script>alert(1)</script></html>"
    cases = [
        ("notes.pdf", zip_bytes, "file_type_mismatch", "ZIP archive"),
        ("notes.pdf", html, "file_type_mismatch", "web page"),
        ("slides.pdf", b"just some text", "file_type_mismatch", "text"),
        ("photo.png", PDF, "file_type_mismatch", "PDF"),
        ("photo.png", _png("JPEG"), "file_type_mismatch", "JPEG"),
        ("main.py", PDF, "file_type_mismatch", "PDF"),
        ("data.csv", b"a,b\x00c", "file_type_mismatch", "binary"),
        ("latin.txt", "café".encode("latin-1"), "invalid_text", "UTF-8"),
        ("tool.exe", b"MZ\x90\x00", "unsupported_file_type", "cannot be attached"),
        ("noext", b"hello", "unsupported_file_type", "cannot be attached"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"0" * 40, "invalid_image", "damaged"),
        ("evil.zip", _zip({"../../etc/passwd": b"x"}), "unsafe_zip", ".."),
        ("abs.zip", _zip({"/etc/cron.d/x": b"x"}), "unsafe_zip", "absolute"),
        ("bad.zip", b"PK\x03\x04garbage", "invalid_zip", "damaged"),
        ("empty.pdf", b"", "empty_file", "empty"),
    ]
    for name, data, code, words in cases:
        error = assert_error(_upload(api, lecture, name, data, headers), 422, code)
        assert words in error["message"], (name, error)
    assert _rows() == []
    assert _stored(Path(app_storage.root)) == []


def test_size_and_count_limits(api, app_storage, monkeypatch):  # noqa: F811
    owner, _, (lecture, _) = _course()
    headers = login(api, owner.email)
    monkeypatch.setenv("MAX_RESOURCE_BYTES", "1024")
    monkeypatch.setenv("MAX_RESOURCES_PER_LECTURE", "2")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    error = assert_error(
        _upload(api, lecture, "big.txt", b"a" * 5000, headers), 413, "file_too_large"
    )
    assert "1 KB limit" in error["message"]
    assert _upload(api, lecture, "a.txt", b"a", headers).status_code == 201
    assert _upload(api, lecture, "b.txt", b"b", headers).status_code == 201
    error = assert_error(_upload(api, lecture, "c.txt", b"c", headers), 409, "too_many_resources")
    assert "at most 2" in error["message"]
    assert len(_rows()) == 2 and len(_stored(Path(app_storage.root))) == 2


def test_a_row_that_cannot_be_written_leaves_no_file(api, app_storage, monkeypatch):  # noqa: F811
    """Two uploads race for the last place: the loser's stored file is deleted again."""
    owner, course, (lecture, _) = _course()
    headers = login(api, owner.email)
    monkeypatch.setenv("MAX_RESOURCES_PER_LECTURE", "1")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    real_store = resources.store_resource_file

    def store_while_another_upload_commits(**kwargs):
        key = real_store(**kwargs)
        with db.transaction() as session:  # the other upload's row lands meanwhile
            session.add(
                LectureResource(
                    lecture_id=lecture,
                    course_id=int(course.id),
                    uploaded_by=owner.id,
                    filename="other.txt",
                    kind="text",
                    content_type="text/plain; charset=utf-8",
                    size_bytes=1,
                    storage_key=f"resources/{lecture}/other.txt",
                )
            )
        return key

    monkeypatch.setattr(resources, "store_resource_file", store_while_another_upload_commits)
    assert_error(_upload(api, lecture, "late.pdf", PDF, headers), 409, "too_many_resources")
    assert [r.filename for r in _rows()] == ["other.txt"]
    assert _stored(Path(app_storage.root)) == []
    leftovers = get_settings().data_dir / "tmp" / "uploads"
    assert not leftovers.exists() or list(leftovers.iterdir()) == []


def test_who_may_upload_list_download_and_delete(api, app_storage):  # noqa: F811
    owner, course, (lecture, _) = _course()
    owner_headers = login(api, owner.email)
    resource = _upload(api, lecture, "notes.md", b"# Notes\n", owner_headers).json()
    rid = resource["id"]

    _, stranger = user_headers(api)
    _, other_instructor = user_headers(api, role="instructor")
    assert_error(_upload(api, lecture, "x.txt", b"x", stranger), 403, "forbidden")
    assert_error(_upload(api, lecture, "x.txt", b"x", other_instructor), 403, "forbidden")
    assert_error(_upload(api, 999_999, "x.txt", b"x", owner_headers), 404)
    assert_error(
        api.post(f"{API}/lectures/{lecture}/resources", files={"file": ("x.txt", b"x")}), 401
    )
    assert_error(
        api.get(f"{API}/lectures/{lecture}/resources", headers=stranger), 403, "not_enrolled"
    )
    assert_error(api.get(f"{API}/resources/{rid}/download", headers=stranger), 403, "not_enrolled")
    assert_error(api.get(f"{API}/resources/999999/download", headers=owner_headers), 404)
    assert_error(api.delete(f"{API}/resources/{rid}", headers=other_instructor), 403, "forbidden")

    # the owner downloads too; a tampered or foreign token is refused
    grant = api.get(f"{API}/resources/{rid}/download", headers=owner_headers).json()
    path = grant["url"][grant["url"].index("/api/v1/") :]
    assert api.get(path).status_code == 200
    tampered = path[:-1] + ("0" if path[-1] != "0" else "1")
    assert_error(api.get(tampered), 403, "invalid_download_token")
    assert_error(api.get(f"{API}/resources/{rid}/file"), 403, "invalid_download_token")
    other = _upload(api, lecture, "other.txt", b"o", owner_headers).json()
    token = path.split("token=")[1]
    assert_error(api.get(f"{API}/resources/{other['id']}/file?token={token}"), 403)

    # an expired token
    expired = resources.make_download_token(
        user_id=owner.id, resource_id=rid, expires_at=int(time.time()) - 1
    )
    assert_error(
        api.get(f"{API}/resources/{rid}/file?token={expired}"), 403, "download_token_expired"
    )

    # a student whose enrollment is gone cannot use a link issued before
    student, student_headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    student_link = api.get(f"{API}/resources/{rid}/download", headers=student_headers).json()["url"]
    from udemy_clone.orders.models import Enrollment, EnrollmentStatus

    with db.transaction() as session:  # as a refund leaves it
        for row in session.exec(select(Enrollment).where(Enrollment.user_id == student.id)):
            row.status = EnrollmentStatus.revoked.value
            session.add(row)
    assert_error(api.get(student_link[student_link.index("/api/v1/") :]), 403, "not_enrolled")

    # deleting removes the row and the file; its old link answers 404
    assert api.delete(f"{API}/resources/{rid}", headers=owner_headers).status_code == 204
    assert [r.id for r in _rows()] == [other["id"]]
    assert all("notes" not in f for f in _stored(Path(app_storage.root)))
    assert len(_stored(Path(app_storage.root))) == 1
    assert_error(api.get(path), 404, "resource_not_found")
    assert_error(api.delete(f"{API}/resources/{rid}", headers=owner_headers), 404)


def test_admin_manages_any_lecture(api, app_storage):  # noqa: F811
    _, _, (lecture, _) = _course()
    _, admin_headers = user_headers(api, role="admin")
    created = _upload(api, lecture, "fix.txt", b"fixed", admin_headers)
    assert created.status_code == 201, created.text
    assert (
        api.get(f"{API}/lectures/{lecture}/resources", headers=admin_headers).json()[0]["filename"]
        == "fix.txt"
    )


@pytest.fixture
def s3_resources(s3_endpoint, monkeypatch):
    """The app's storage on a fresh bucket of the real S3 server (moto) on loopback."""
    from tests.integration.media.conftest import S3_ACCESS_KEY, S3_SECRET_KEY, make_s3_storage
    from udemy_clone.core.config import get_settings
    from udemy_clone.core.storage import reset_storage_cache

    bucket = make_s3_storage(s3_endpoint)
    bucket.ensure_ready()
    for name, value in {
        "STORAGE_BACKEND": "s3",
        "S3_ENDPOINT": s3_endpoint,
        "S3_BUCKET": bucket.bucket,
        "S3_ACCESS_KEY": S3_ACCESS_KEY,
        "S3_SECRET_KEY": S3_SECRET_KEY,
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    reset_storage_cache()
    yield bucket
    monkeypatch.undo()
    get_settings.cache_clear()
    reset_storage_cache()


def test_on_s3_the_file_is_stored_in_the_bucket_and_deleted_with_its_row(api, s3_resources):
    owner, course, (lecture, _) = _course()
    headers = login(api, owner.email)
    data = _zip({"exercise/solution.py": b"print(42)\n"})
    created = _upload(api, lecture, "Übung 1.zip", data, headers)
    assert created.status_code == 201, created.text
    [key] = s3_resources.list_keys(f"resources/{lecture}")
    assert s3_resources.read_bytes(key) == data

    student, student_headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    fetched = _download(api, created.json()["id"], student_headers)
    assert fetched.status_code == 200
    assert fetched.content == data
    assert fetched.headers["content-type"] == "application/zip"
    assert fetched.headers["content-disposition"] == (
        "attachment; filename=\"Ubung 1.zip\"; filename*=UTF-8''%C3%9Cbung%201.zip"
    )

    assert api.delete(f"{API}/resources/{created.json()['id']}", headers=headers).status_code == 204
    assert s3_resources.list_keys(f"resources/{lecture}") == []
