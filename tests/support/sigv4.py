"""An independent check of S3 presigned URLs (AWS Signature Version 4, query parameters).

moto, the S3 server of the tests, serves presigned URLs without checking their signature or
expiry; this verifier does what S3 and MinIO do with one, so the tests can prove a URL is
signed for its object only and stops working when it expires.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlsplit


class PresignRefused(Exception):
    """What S3 would answer 403 for."""


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def presigned_expiry(url: str) -> tuple[int, int]:
    """(signed at, expires at) of a presigned URL, in epoch seconds."""
    params = dict(parse_qsl(urlsplit(url).query))
    signed_at = datetime.strptime(params["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    start = int(signed_at.timestamp())
    return start, start + int(params["X-Amz-Expires"])


def verify_presigned_url(url: str, *, access_key: str, secret_key: str, now: float) -> None:
    """Raise PresignRefused unless `url` is a valid, unexpired GET presigned with this key."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    params = dict(pairs)
    if params.get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256":
        raise PresignRefused("not a SigV4 presigned URL")
    credential = params.get("X-Amz-Credential", "").split("/")
    if len(credential) != 5 or credential[0] != access_key or credential[4] != "aws4_request":
        raise PresignRefused("unknown credential")
    day, region, service = credential[1:4]
    start, end = presigned_expiry(url)
    if params["X-Amz-Date"][:8] != day:
        raise PresignRefused("credential scope of another day")
    if now > end:
        raise PresignRefused("Request has expired")
    if now < start - 15 * 60:
        raise PresignRefused("signed in the future")
    query = "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}"
        for k, v in sorted(pairs)
        if k != "X-Amz-Signature"
    )
    canonical = "\n".join(
        ["GET", parts.path, query, f"host:{parts.netloc}", "", "host", "UNSIGNED-PAYLOAD"]
    )
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            params["X-Amz-Date"],
            scope,
            hashlib.sha256(canonical.encode()).hexdigest(),
        ]
    )
    key = _hmac(f"AWS4{secret_key}".encode(), day)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, params.get("X-Amz-Signature", "")):
        raise PresignRefused("SignatureDoesNotMatch")
