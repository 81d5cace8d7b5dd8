"""nginx sends video bytes only for requests the app has checked (HLS_DELIVERY=x-accel).

The deployment's own nginx template in front of the gateway under granian, on local storage:
a valid token gets the segment (and byte ranges), anything else gets the app's refusal, and
nobody reaches the internal location directly, whatever the path.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.media.conftest import S3_ACCESS_KEY, S3_SECRET_KEY, make_s3_storage
from tests.support.live_servers import start_gateway, start_nginx, stop
from tests.support.net import free_port
from udemy_clone.core.security import derive_key
from udemy_clone.playback import hls

pytestmark = [pytest.mark.timeout(180), pytest.mark.slow]

SECRET = "video-delivery-test-secret-0123456789abcdef"
LECTURE, VIDEO, OTHER_VIDEO = 41, 73, 74


@dataclass(frozen=True)
class Site:
    url: str
    segment: Path


@pytest.fixture(scope="module")
def site(hls_ladder, tmp_path_factory) -> Iterator[Site]:
    work = tmp_path_factory.mktemp("x-accel")
    storage = work / "storage"
    for video in (VIDEO, OTHER_VIDEO):
        shutil.copytree(hls_ladder.dir, storage / "videos" / str(video) / "hls")
    app_port, nginx_port = free_port(), free_port()
    env = {
        "SECRET_KEY": SECRET,
        "STORAGE_DIR": str(storage),
        "DATA_DIR": str(work / "data"),
        "DATABASE_URL": f"sqlite:///{work / 'app.db'}",
        "HLS_DELIVERY": "x-accel",
        "TRUSTED_PROXIES": "127.0.0.1/32",
        "REDIS_URL": "",
    }
    app = start_gateway(port=app_port, env=env, log=work / "app.log")
    try:
        nginx = start_nginx(
            work / "nginx", port=nginx_port, upstream_ports=[app_port], media_root=storage
        )
    except Exception:
        stop(app)
        raise
    try:
        yield Site(
            f"http://127.0.0.1:{nginx_port}",
            storage / "videos" / str(VIDEO) / "hls" / "360p" / "seg_00001.ts",
        )
    finally:
        stop(nginx)
        stop(app)


def _token(*, video: int = VIDEO, lecture: int = LECTURE, expires_in: int = 600) -> str:
    """A token signed with the server's SECRET_KEY, as its playback endpoint signs them."""
    expires_at = int(time.time()) + expires_in
    message = f"0:{lecture}:{video}:{expires_at}"
    key = derive_key(SECRET, hls.TOKEN_PURPOSE)
    signature = hmac.new(key, message.encode(), hashlib.sha256).hexdigest()
    return f"0.{lecture}.{video}.{expires_at}.{signature}"


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


def test_a_valid_token_gets_the_bytes_from_nginx(site: Site):
    path = f"/api/v1/hls/{LECTURE}/{VIDEO}/360p/seg_00001.ts"
    token = _token()

    status, body, headers = _get(f"{site.url}{path}?token={token}")
    part_status, part, part_headers = _get(
        f"{site.url}{path}?token={token}", {"Range": "bytes=188-375"}
    )

    assert status == 200 and body == site.segment.read_bytes()
    assert headers["Content-Type"] == "video/mp2t"
    assert "immutable" in headers["cache-control"]
    assert "X-Accel-Redirect" not in headers and "x-accel-redirect" not in headers
    assert part_status == 206 and part == site.segment.read_bytes()[188:376]
    assert part_headers["Content-Range"] == f"bytes 188-375/{site.segment.stat().st_size}"
    missing_status, missing, _ = _get(f"{site.url}{path.replace('00001', '00999')}?token={token}")
    assert missing_status == 404 and json.loads(missing)["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?token=forged",
        "?token={expired}",
        "?token={other_video}",
        "?token={other_lecture}",
    ],
)
def test_anything_but_a_valid_token_gets_the_apps_refusal(site: Site, query: str):
    tokens = {
        "expired": _token(expires_in=-5),
        "other_video": _token(video=OTHER_VIDEO),
        "other_lecture": _token(lecture=LECTURE + 1),
    }
    url = f"{site.url}/api/v1/hls/{LECTURE}/{VIDEO}/360p/seg_00001.ts{query.format(**tokens)}"

    status, body, _ = _get(url)

    assert status == 403
    assert json.loads(body)["error"]["code"] in ("invalid_playback_token", "playback_token_expired")


@pytest.mark.parametrize(
    "path",
    [
        f"/_protected_media/local/videos/{VIDEO}/hls/360p/seg_00001.ts",
        f"/_protected_media/local/videos/{VIDEO}/hls/master.m3u8",
        "/_protected_media/local/../../../etc/passwd",
        f"/_protected_media/local/%2e%2e/videos/{VIDEO}/hls/360p/seg_00001.ts",
        f"/_protected_media/s3/bucket/videos/{VIDEO}/hls/360p/seg_00001.ts",
        f"/_PROTECTED_MEDIA/local/videos/{VIDEO}/hls/360p/seg_00001.ts",
    ],
)
def test_the_internal_locations_cannot_be_requested(site: Site, path: str):
    status, body, _ = _get(f"{site.url}{path}")

    assert status in (400, 404)
    assert site.segment.read_bytes()[:4096] not in body


def test_a_client_cannot_ask_nginx_for_a_redirect_itself(site: Site):
    # X-Accel-Redirect only counts in the app's answer; sent by a client it is ignored.
    status, body, _ = _get(
        f"{site.url}/api/v1/hls/{LECTURE}/{VIDEO}/360p/seg_00001.ts",
        {"X-Accel-Redirect": f"/_protected_media/local/videos/{VIDEO}/hls/360p/seg_00001.ts"},
    )

    assert status == 403 and site.segment.read_bytes()[:4096] not in body


def test_on_s3_nginx_fetches_the_checked_segment_from_the_store(hls_ladder, s3_endpoint, tmp_path):
    bucket = make_s3_storage(s3_endpoint)
    bucket.ensure_ready()
    bucket.put_tree(f"videos/{VIDEO}/hls", hls_ladder.dir)
    segment = (hls_ladder.dir / "360p" / "seg_00001.ts").read_bytes()
    app_port, nginx_port = free_port(), free_port()
    env = {
        "SECRET_KEY": SECRET,
        "STORAGE_BACKEND": "s3",
        "S3_ENDPOINT": s3_endpoint,
        "S3_BUCKET": bucket.bucket,
        "S3_ACCESS_KEY": S3_ACCESS_KEY,
        "S3_SECRET_KEY": S3_SECRET_KEY,
        "DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
        "HLS_DELIVERY": "x-accel",
        "REDIS_URL": "",
    }
    app = start_gateway(port=app_port, env=env, log=tmp_path / "app.log")
    nginx = None
    try:
        nginx = start_nginx(
            tmp_path / "nginx",
            port=nginx_port,
            upstream_ports=[app_port],
            media_root=tmp_path,
            s3_origin=f"http://{s3_endpoint}",
        )
        base = f"http://127.0.0.1:{nginx_port}/api/v1/hls/{LECTURE}/{VIDEO}/360p"
        token = _token()

        whole = _get(f"{base}/seg_00001.ts?token={token}")
        part = _get(f"{base}/seg_00001.ts?token={token}", {"Range": "bytes=0-187"})
        missing = _get(f"{base}/seg_09999.ts?token={token}")
        refused = _get(f"{base}/seg_00001.ts?token={_token(expires_in=-5)}")

        assert whole[0] == 200 and whole[1] == segment
        assert whole[2]["Content-Type"] == "video/mp2t"
        assert part[0] == 206 and part[1] == segment[:188]
        assert missing[0] == 404 and json.loads(missing[1])["error"]["code"] == "not_found"
        assert refused[0] == 403 and segment[:4096] not in refused[1]
    finally:
        if nginx is not None:
            stop(nginx)
        stop(app)
