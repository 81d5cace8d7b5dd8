"""Small helpers shared by the catalog API tests."""

from __future__ import annotations

from typing import Any


def course_body(category_id: int, **overrides: Any) -> dict[str, Any]:
    """A valid POST /courses body."""
    body: dict[str, Any] = {
        "title": "Practical Python Testing",
        "subtitle": "pytest from the ground up",
        "description": "Write tests you trust.\n\n- fixtures\n- parametrize",
        "category_id": category_id,
        "tags": ["Python", "Testing"],
        "price_cents": 1999,
        "currency": "USD",
        "level": "beginner",
        "language": "en",
    }
    body.update(overrides)
    return body
