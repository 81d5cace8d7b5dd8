"""Segments never pass through Python: presigned S3 URLs, CDN-signed URLs, the server's own
file sending, and X-Accel-Redirect for nginx. Every way still needs a valid playback token."""

from __future__ import annotations

import asyncio
import json
import math
import time
import urllib.request
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.integration.media.conftest import S3_ACCESS_KEY, S3_SECRET_KEY, make_s3_storage
from tests.integration.playback.test_playback_api import _course_with_video, _path, _uris
from tests.support.sigv4 import PresignRefused, presigned_expiry, verify_presigned_url
from udemy_clone.core.config import get_settings
from udemy_clone.core.storage import reset_storage_cache
from udemy_clone.playback import delivery, hls
from udemy_clone.playback.cdn_signing import cloudfront_b64decode

pytestmark = pytest.mark.timeout(120)


def _reload() -> None:
    get_settings.cache_clear()
    reset_storage_cache()
    delivery.forget_playlists()


@pytest.fixture
def s3_app(hls_ladder, s3_endpoint, monkeypatch) -> Iterator[str]:
    """The app on a fresh bucket of the S3 server, browsers reaching it at its own address."""
    bucket = make_s3_storage(s3_endpoint)
    bucket.ensure_ready()
    monkeypatch.setenv("STORAGE_BACKEND", "s3")
    monkeypatch.setenv("S3_ENDPOINT", s3_endpoint)
    monkeypatch.setenv("S3_PUBLIC_URL", f"http://{s3_endpoint}")
    monkeypatch.setenv("S3_BUCKET", bucket.bucket)
    monkeypatch.setenv("S3_ACCESS_KEY", S3_ACCESS_KEY)
    monkeypatch.setenv("S3_SECRET_KEY", S3_SECRET_KEY)
    _reload()
    yield bucket.bucket
    monkeypatch.undo()
    _reload()


def _variant(api, grant_url: str) -> tuple[str, object, object]:
    master = api.get(_path(grant_url))
    assert master.status_code == 200, master.text
    variant_url = urljoin(grant_url, _uris(master.text)[0])
    variant = api.get(_path(variant_url))
    assert variant.status_code == 200, variant.text
    return variant_url, master, variant


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def test_on_s3_playlists_list_presigned_segment_urls_that_expire(api, hls_ladder, s3_app):
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    video = int(videos[0].id)
    grant = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()
    token_expiry = hls.verify_token(
        parse_qs(urlsplit(grant["url"]).query)["token"][0],
        lecture_id=lecture_ids[0],
        video_id=video,
    ).expires_at

    _, master, variant = _variant(api, grant["url"])
    segments = _uris(variant.text)
    now = time.time()

    settings = get_settings()
    folder = f"http://{settings.s3_endpoint}/{s3_app}/videos/{video}/hls/360p/seg_"
    assert segments and all(s.startswith(folder) for s in segments)
    assert not any("token=" in s for s in segments)  # the URL carries its own signature
    # the page may fetch from the store (Content-Security-Policy connect-src)
    csp = dict(
        d.strip().split(" ", 1) for d in master.headers["content-security-policy"].split(";")
    )
    assert f"http://{settings.s3_endpoint}" in csp["connect-src"].split()
    play = hls.playlist_seconds(variant.text)
    for url in segments:
        verify_presigned_url(url, access_key=S3_ACCESS_KEY, secret_key=S3_SECRET_KEY, now=now)
        signed_at, expires_at = presigned_expiry(url)
        # long enough to play the rendition once, short otherwise, never past the token
        assert signed_at <= now
        assert expires_at >= now + play + settings.hls_segment_url_ttl_seconds
        assert expires_at - signed_at <= (
            delivery.SIGNING_STEP_SECONDS + settings.hls_segment_url_ttl_seconds + math.ceil(play)
        )
        assert expires_at <= token_expiry
        with pytest.raises(PresignRefused, match="expired"):
            verify_presigned_url(
                url, access_key=S3_ACCESS_KEY, secret_key=S3_SECRET_KEY, now=expires_at + 1
            )
    # a signature opens its own segment only
    first_query = urlsplit(segments[0]).query
    other = segments[0].split("?")[0].replace("seg_00001", "seg_00002") + "?" + first_query
    with pytest.raises(PresignRefused, match="SignatureDoesNotMatch"):
        verify_presigned_url(other, access_key=S3_ACCESS_KEY, secret_key=S3_SECRET_KEY, now=now)

    # the bytes come from the object store; the app sent the two small playlists only
    from_store = [_fetch(url) for url in segments]
    local = sorted((hls_ladder.dir / "360p").glob("seg_*.ts"))
    assert from_store == [path.read_bytes() for path in local]
    app_bytes = len(master.content) + len(variant.content)
    assert app_bytes < 4096 < sum(len(b) for b in from_store) // 10

    # everybody watching in the same window gets the same URLs (browser and proxy caches)
    again = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()
    assert _uris(_variant(api, again["url"])[2].text) == segments


def test_a_gateway_segment_url_on_s3_redirects_to_the_store_without_a_byte(api, hls_ladder, s3_app):
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    token = hls.make_token(
        user_id=0, lecture_id=lecture_ids[0], video_id=int(videos[0].id), expires_at=2**31
    )
    base = f"/api/v1/hls/{lecture_ids[0]}/{int(videos[0].id)}"

    response = api.get(f"{base}/360p/seg_00001.ts?token={token}", follow_redirects=False)
    refused = api.get(f"{base}/360p/seg_00001.ts", follow_redirects=False)

    assert response.status_code == 307 and response.content == b""
    location = response.headers["location"]
    verify_presigned_url(
        location, access_key=S3_ACCESS_KEY, secret_key=S3_SECRET_KEY, now=time.time()
    )
    assert _fetch(location) == (hls_ladder.dir / "360p" / "seg_00001.ts").read_bytes()
    assert refused.status_code == 403 and "location" not in refused.headers


def test_presigned_urls_never_outlive_the_token(api, hls_ladder, s3_app):
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    expires = int(time.time()) + 90
    token = hls.make_token(
        user_id=0, lecture_id=lecture_ids[0], video_id=int(videos[0].id), expires_at=expires
    )

    playlist = api.get(
        f"/api/v1/hls/{lecture_ids[0]}/{int(videos[0].id)}/360p/index.m3u8?token={token}"
    )

    assert playlist.status_code == 200
    for url in _uris(playlist.text):
        assert presigned_expiry(url)[1] <= expires


@pytest.fixture
def cdn_key(tmp_path, monkeypatch) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "cdn-key.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    monkeypatch.setenv("CDN_BASE_URL", "https://cdn.example.com")
    monkeypatch.setenv("CDN_KEY_PAIR_ID", "K2JCJMDEHXQW5F")
    monkeypatch.setenv("CDN_PRIVATE_KEY_FILE", str(path))
    _reload()
    return key


def test_with_a_cdn_key_segments_get_cloudfront_signed_urls(api, app_storage, hls_ladder, cdn_key):
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    video = int(videos[0].id)
    grant = api.get(f"/api/v1/lectures/{lecture_ids[0]}/playback").json()
    token_expiry = int(parse_qs(urlsplit(grant["url"]).query)["token"][0].split(".")[3])

    _, master, variant = _variant(api, grant["url"])

    folder = f"https://cdn.example.com/videos/{video}/hls/360p"
    segments = _uris(variant.text)
    assert segments and all(s.startswith(f"{folder}/seg_") for s in segments)
    assert not _uris(master.text)[0].startswith("https://")  # playlists stay on the gateway
    query = parse_qs(urlsplit(segments[0]).query)
    assert query["Key-Pair-Id"] == ["K2JCJMDEHXQW5F"]
    policy = cloudfront_b64decode(query["Policy"][0])
    statement = json.loads(policy)["Statement"][0]
    assert statement["Resource"] == f"{folder}/*"
    expires = statement["Condition"]["DateLessThan"]["AWS:EpochTime"]
    assert time.time() < expires <= token_expiry
    signature = cloudfront_b64decode(query["Signature"][0])
    cdn_key.public_key().verify(signature, policy, padding.PKCS1v15(), hashes.SHA1())
    forged = policy.replace(b"/360p/*", b"/*")  # widening the grant breaks the signature
    with pytest.raises(InvalidSignature):
        cdn_key.public_key().verify(signature, forged, padding.PKCS1v15(), hashes.SHA1())


def _asgi_get(app, path: str, query: str) -> list[dict]:
    """One GET through the ASGI app on a server offering `http.response.pathsend` (as
    granian does); the messages the app sent back."""
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "extensions": {"http.response.pathsend": {}},
        "state": {},
    }
    asyncio.run(app(scope, receive, send))
    return sent


def test_local_segments_are_sent_by_the_server_not_read_by_python(api, app_storage, hls_ladder):
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    video = int(videos[0].id)
    token = hls.make_token(user_id=0, lecture_id=lecture_ids[0], video_id=video, expires_at=2**31)
    path = f"/api/v1/hls/{lecture_ids[0]}/{video}/360p/seg_00001.ts"

    messages = _asgi_get(api.app, path, f"token={token}")
    refused = _asgi_get(api.app, path, "token=forged")

    start = messages[0]
    assert start["type"] == "http.response.start" and start["status"] == 200
    headers = dict(start["headers"])
    stored = app_storage.local_path(f"videos/{video}/hls/360p/seg_00001.ts")
    assert headers[b"content-length"] == str(stored.stat().st_size).encode()
    assert headers[b"content-type"] == b"video/mp2t"
    # the file is handed to the server by name: no byte of it went through the app
    assert messages[1:] == [{"type": "http.response.pathsend", "path": str(stored)}]
    assert refused[0]["status"] == 403
    assert not any(m["type"] == "http.response.pathsend" for m in refused)


def test_x_accel_hands_checked_requests_to_nginx(api, app_storage, hls_ladder, monkeypatch):
    monkeypatch.setenv("HLS_DELIVERY", "x-accel")
    _reload()
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    video = int(videos[0].id)
    token = hls.make_token(user_id=0, lecture_id=lecture_ids[0], video_id=video, expires_at=2**31)
    expired = hls.make_token(
        user_id=0, lecture_id=lecture_ids[0], video_id=video, expires_at=int(time.time()) - 1
    )
    base = f"/api/v1/hls/{lecture_ids[0]}/{video}"

    segment = api.get(f"{base}/360p/seg_00001.ts?token={token}")
    poster = api.get(f"{base}/poster.jpg?token={token}")
    playlist = api.get(f"{base}/360p/index.m3u8?token={token}")

    assert segment.status_code == 200 and segment.content == b""
    assert segment.headers["x-accel-redirect"] == (
        f"/_protected_media/local/videos/{video}/hls/360p/seg_00001.ts"
    )
    assert segment.headers["content-type"] == "video/mp2t"
    assert "immutable" in segment.headers["cache-control"]
    assert poster.headers["x-accel-redirect"].endswith(f"/videos/{video}/hls/poster.jpg")
    assert poster.headers["content-type"] == "image/jpeg"
    # playlists keep gateway URLs: every segment request is checked by the app
    assert all(s.startswith("seg_") and f"token={token}" in s for s in _uris(playlist.text))
    for bad in ("", f"?token={expired}", "?token=1.2.3.4.abc"):
        refused = api.get(f"{base}/360p/seg_00001.ts{bad}")
        assert refused.status_code == 403
        assert "x-accel-redirect" not in refused.headers


def test_x_accel_on_s3_sends_nginx_to_the_store_with_a_short_signature(
    api, hls_ladder, s3_app, monkeypatch
):
    monkeypatch.setenv("HLS_DELIVERY", "x-accel")
    _reload()
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    video = int(videos[0].id)
    token = hls.make_token(user_id=0, lecture_id=lecture_ids[0], video_id=video, expires_at=2**31)

    response = api.get(f"/api/v1/hls/{lecture_ids[0]}/{video}/360p/seg_00001.ts?token={token}")

    accel = response.headers["x-accel-redirect"]
    prefix = f"/_protected_media/s3/{s3_app}/videos/{video}/hls/360p/seg_00001.ts?"
    assert response.content == b"" and accel.startswith(prefix)
    # what nginx sends on to the store: signed for the store's own address, for a minute
    internal = f"http://{get_settings().s3_endpoint}{accel.removeprefix('/_protected_media/s3')}"
    verify_presigned_url(
        internal, access_key=S3_ACCESS_KEY, secret_key=S3_SECRET_KEY, now=time.time()
    )
    signed_at, expires_at = presigned_expiry(internal)
    assert expires_at - signed_at == delivery.ACCEL_S3_URL_SECONDS
    assert _fetch(internal) == (hls_ladder.dir / "360p" / "seg_00001.ts").read_bytes()


def test_the_segment_fast_path_keeps_the_gateways_guards(api, app_storage, hls_ladder, monkeypatch):
    monkeypatch.setenv("HLS_RATE_LIMIT_PER_MINUTE", "3")
    _reload()
    _, _, lecture_ids, videos = _course_with_video(api, hls_ladder)
    video = int(videos[0].id)
    token = hls.make_token(user_id=0, lecture_id=lecture_ids[0], video_id=video, expires_at=2**31)
    url = f"/api/v1/hls/{lecture_ids[0]}/{video}/360p/seg_00001.ts?token={token}"
    stored = (hls_ladder.dir / "360p" / "seg_00001.ts").read_bytes()

    answers = [api.get(url, headers={"X-Forwarded-For": "203.0.113.9"}) for _ in range(4)]

    first = answers[0]
    assert first.status_code == 200 and first.content == stored
    assert first.headers["x-request-id"] and "content-security-policy" in first.headers
    assert "immutable" in first.headers["cache-control"]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]  # the HLS budget still counts
