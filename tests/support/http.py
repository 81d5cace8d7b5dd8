"""Helpers for tests that call the REST gateway: the error envelope of API.md, outbox events."""

from __future__ import annotations

from typing import Any

API = "/api/v1"


def assert_error(response: Any, status: int, code: str | None = None) -> dict:
    """The response is an error of `status` (and `code`) in the envelope of API.md."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert body["error"]["message"] and isinstance(body["error"]["message"], str), body
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def outbox_events(topic: str) -> list[dict]:
    """The payloads of every outbox event of `topic` written so far (dispatched or not)."""
    from sqlmodel import col, select

    from udemy_clone.core import db
    from udemy_clone.core.models import OutboxEvent

    with db.read_session() as session:
        rows = session.exec(select(OutboxEvent).where(col(OutboxEvent.topic) == topic))
        return [{k: v for k, v in r.payload.items() if k != "schema_version"} for r in rows]
