"""Thumbnail upload (checked by content) and the public, cacheable thumbnail URL."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.support.factories import login, make_course, make_user, user_headers
from tests.support.http import API, assert_error


def png_bytes(size=(1200, 800), color=(200, 30, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def upload(api, course_id, data, headers, name="cover.png"):
    return api.post(
        f"{API}/courses/{course_id}/thumbnail",
        files={"file": (name, data, "image/png")},
        headers=headers,
    )


def test_upload_resizes_and_serves_with_cache_headers(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner)
    response = upload(api, course.id, png_bytes(), headers)
    assert response.status_code == 200, response.text
    url = response.json()["thumbnail_url"]
    assert url.startswith("/api/v1/thumbnails/")
    served = api.get(url)
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/jpeg"
    assert "max-age" in served.headers["cache-control"]
    image = Image.open(io.BytesIO(served.content))
    assert image.format == "JPEG" and image.size == (750, 422)
    # a new upload gets a new address, so cached copies never go stale
    again = upload(api, course.id, png_bytes(color=(0, 0, 0)), headers).json()["thumbnail_url"]
    assert again != url


@pytest.mark.slow
def test_refuses_what_is_not_a_usable_image(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner)
    assert_error(upload(api, course.id, b"%PDF-1.4 not an image", headers), 422, "not_an_image")
    assert_error(upload(api, course.id, png_bytes()[:200], headers), 422)
    # a PNG whose header claims 30000x30000 pixels (a decompression bomb)
    bomb = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(bomb, format="PNG")
    assert_error(upload(api, course.id, bomb.getvalue(), headers), 422, "image_too_large")
    big = b"\x89PNG" + b"\0" * (5 * 1024 * 1024 + 10)
    assert_error(upload(api, course.id, big, headers), 413)
    assert_error(api.post(f"{API}/courses/{course.id}/thumbnail", headers=headers), 422)


def test_only_owner_uploads(api):
    course = make_course()
    assert_error(upload(api, course.id, png_bytes(), {}), 401)
    _, other = user_headers(api, role="instructor")
    assert_error(upload(api, course.id, png_bytes(), other), 403)
    assert_error(upload(api, 999999, png_bytes(), other), 404)


def test_unknown_or_malicious_thumbnail_names_are_404(api):
    for path in ("1/deadbeef.jpg", "1/..%2F..%2Fapp.db", "1/abc.png"):
        assert api.get(f"{API}/thumbnails/{path}").status_code == 404


def test_webp_copies_at_the_widths_pages_show(api):
    from udemy_clone.core.storage import get_storage

    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner)
    url = upload(api, course.id, png_bytes(), headers).json()["thumbnail_url"]
    jpeg = api.get(url).content

    for width in (320, 480, 750):
        served = api.get(url.replace(".jpg", f"-{width}.webp"))
        assert served.status_code == 200
        assert served.headers["content-type"] == "image/webp"
        assert "immutable" in served.headers["cache-control"]
        image = Image.open(io.BytesIO(served.content))
        assert image.format == "WEBP" and image.size == (width, round(width * 422 / 750))
        assert api.get(url.replace(".jpg", f"-{width}.webp")).content == served.content
    assert len(api.get(url.replace(".jpg", "-480.webp")).content) < len(jpeg)
    for wrong in ("-481.webp", "-480.png", "-480.jpg", "-.webp", "--480.webp"):
        assert api.get(url.replace(".jpg", wrong)).status_code == 404
    assert api.get(f"{API}/thumbnails/{course.id}/deadbeef-480.webp").status_code == 404

    # a new image replaces the old one's copies too
    stem = url.rsplit("/", 1)[1].removesuffix(".jpg")
    upload(api, course.id, png_bytes(color=(0, 0, 0)), headers)
    assert not get_storage().exists(f"thumbnails/{course.id}/{stem}-480.webp")
    assert not get_storage().exists(f"thumbnails/{course.id}/{stem}.jpg")
