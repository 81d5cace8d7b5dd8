"""The attack suite reuses the playback fixtures (generated clips, one HLS ladder, storage)."""

from __future__ import annotations

from tests.integration.media.conftest import s3_endpoint  # noqa: F401
from tests.support.media_fixtures import app_storage, hls_ladder  # noqa: F401
from tests.unit.media.conftest import clips  # noqa: F401
