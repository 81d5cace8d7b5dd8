"""Pure catalog and taxonomy rules: slugs, input validation, thumbnails."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pydantic import ValidationError

from udemy_clone.catalog import thumbnails
from udemy_clone.catalog.models import CourseCreate, CourseUpdate
from udemy_clone.core.errors import InvalidInput, PayloadTooLarge
from udemy_clone.taxonomy.service import slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Web Development", "web-development"),
        ("  C++ & C#: The Basics!  ", "c-c-the-basics"),
        ("Programación en Español", "programacion-en-espanol"),
        ("日本語", "item"),
        ("a" * 200, "a" * 80),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_course_input_is_normalised():
    course = CourseCreate(
        title="  Learn   Go  ",
        category_id=1,
        price_cents=0,
        currency="eur",
        language="DE",
        tags=[" go ", "Go", "", "Concurrency"],
    )
    assert course.title == "Learn Go"
    assert (course.currency, course.language) == ("EUR", "de")
    assert course.tags == ["go", "Concurrency"]
    assert CourseUpdate(title=None).model_dump(exclude_unset=True) == {"title": None}


@pytest.mark.parametrize(
    "bad",
    [{"price_cents": -1}, {"currency": "BTC"}, {"language": "xx"}, {"level": "guru"}],
)
def test_course_input_refuses(bad):
    body = {"title": "Learn Go", "category_id": 1, "price_cents": 100, **bad}
    with pytest.raises(ValidationError):
        CourseCreate(**body)


def test_thumbnail_is_cover_cropped_jpeg():
    out = io.BytesIO()
    Image.new("RGBA", (300, 1000), (10, 200, 10, 128)).save(out, format="PNG")
    jpeg = thumbnails.render_thumbnail(out.getvalue())
    image = Image.open(io.BytesIO(jpeg))
    assert (image.format, image.size) == ("JPEG", thumbnails.THUMBNAIL_SIZE)


def test_thumbnail_refusals():
    with pytest.raises(InvalidInput):
        thumbnails.render_thumbnail(b"GIF89a but not really")
    with pytest.raises(PayloadTooLarge):
        thumbnails.read_upload(io.BytesIO(b"x" * 11), max_bytes=10)
    with pytest.raises(InvalidInput):
        thumbnails.read_upload(io.BytesIO(b""))


def test_placeholder_is_a_valid_thumbnail():
    image = Image.open(io.BytesIO(thumbnails.render_placeholder("Guitar for Beginners")))
    assert image.size == thumbnails.THUMBNAIL_SIZE
