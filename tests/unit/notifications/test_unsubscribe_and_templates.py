"""Unsubscribe tokens and email templates: rules that need no database."""

from __future__ import annotations

import pytest

from udemy_clone.core.errors import InvalidInput
from udemy_clone.notifications import emails, service


def test_token_round_trip_and_refusals():
    token = service.unsubscribe_token(user_id=12, kind="sale")
    assert service._read_unsubscribe_token(token) == (12, service.NotificationKind.sale)
    other_user = service.unsubscribe_token(user_id=13, kind="sale")
    forged = other_user.split(".")[0] + "." + token.split(".")[1]  # someone else's signature
    for bad in (forged, token + "0", "garbage", "", token.replace(".", "")):
        with pytest.raises(InvalidInput):
            service._read_unsubscribe_token(bad)
    # the welcome message has no preference, so no token can name it
    with pytest.raises(InvalidInput):
        service._read_unsubscribe_token(service.unsubscribe_token(user_id=12, kind="account"))


def test_notice_renders_text_and_escaped_html():
    text, html = emails.render(
        template="notice",
        subject="Changes needed",
        context={
            "name": "Ivy",
            "heading": "Your course needs changes",
            "lines": ["Reason below:"],
            "quote": "<script>alert(1)</script> audio missing",
            "cta_label": "Edit your course",
            "cta_url": "/studio",
        },
        to_address="ivy@example.com",
        user_id=3,
        kind="course_status",
    )
    assert "Hi Ivy," in text and "<script>alert(1)</script> audio missing" in text
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "http://localhost:3000/studio" in html and "/unsubscribe?token=" in html
    assert "course reviews: submitted, approved or rejected" in text.lower()
