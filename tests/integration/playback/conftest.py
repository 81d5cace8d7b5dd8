"""Playback tests reuse the media fixtures: generated clips, the S3 server, one HLS ladder."""

from __future__ import annotations

from tests.integration.media.conftest import s3_endpoint  # noqa: F401
from tests.support.media_fixtures import app_storage, hls_ladder  # noqa: F401
from tests.unit.media.conftest import clips  # noqa: F401
