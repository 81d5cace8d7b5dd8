"""Announcement tests reuse the notification fixtures: recorded jobs and a real SMTP server."""

from __future__ import annotations

from tests.integration.notifications.conftest import jobs, smtp_server  # noqa: F401
