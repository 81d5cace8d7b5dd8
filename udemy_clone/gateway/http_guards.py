"""HTTP guards around every response of the backend: body-size ceiling and security headers.

Both are pure ASGI middleware added to the gateway app. Reflex mounts its own backend (pages,
assets, `/_upload`, `/_event`) inside the gateway app, so they wrap the pages and assets of the
production server as well as `/api/v1`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from udemy_clone.catalog.thumbnails import MAX_THUMBNAIL_UPLOAD_BYTES
from udemy_clone.core.config import get_settings

TOO_LARGE_MESSAGE = "The request body is too large (at most {limit} bytes here). Send less data."
# Multipart framing around an image: boundaries, part headers, form fields.
MULTIPART_MARGIN = 256 * 1024
IMAGE_UPLOAD_LIMIT = MAX_THUMBNAIL_UPLOAD_BYTES + MULTIPART_MARGIN
# Routes that take files keep their own ceilings. None: the route streams to disk and enforces
# MAX_UPLOAD_BYTES itself (the lecture video upload).
_UPLOAD_ROUTES: list[tuple[re.Pattern[str], Callable[[], int | None]]] = [
    (re.compile(r"^/api/v1/lectures/[0-9]+/video$"), lambda: None),
    (re.compile(r"^/api/v1/lectures/[0-9]+/resources$"), lambda: None),  # MAX_RESOURCE_BYTES
    (re.compile(r"^/api/v1/courses/[^/]+/thumbnail$"), lambda: IMAGE_UPLOAD_LIMIT),
    (re.compile(r"^/api/v1/me/instructor$"), lambda: IMAGE_UPLOAD_LIMIT),  # profile photo
    (re.compile(r"^/_upload/?$"), lambda: IMAGE_UPLOAD_LIMIT),  # Reflex's rx.upload (images)
]


def body_limit_for(path: str) -> int | None:
    """The most bytes a request body to `path` may have (None: the route enforces its own)."""
    for pattern, limit in _UPLOAD_ROUTES:
        if pattern.match(path):
            return limit()
    return get_settings().max_body_bytes


class BodyTooLarge(HTTPException):
    """Raised from `receive` once a body passes its ceiling (an HTTPException so FastAPI's body
    parsing lets it through instead of turning it into a 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=TOO_LARGE_MESSAGE.format(limit=limit))
        self.limit = limit


def _too_large_body(limit: int) -> bytes:
    return json.dumps(
        {"error": {"code": "payload_too_large", "message": TOO_LARGE_MESSAGE.format(limit=limit)}}
    ).encode()


class BodySizeLimitMiddleware:
    """Refuse request bodies over the ceiling of their route with 413, reading no further.

    A declared Content-Length over the limit is refused before the app runs; a chunked body is
    counted as it streams in, and the app's `receive` raises as soon as the count passes.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit_for(scope.get("path", ""))
        if limit is None:
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers") or []:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > limit:
                    await self._refuse(send, limit, bad_length=declared < 0)
                    return
        received = 0
        overflowed = False
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received, overflowed
            if overflowed:
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    overflowed = True
                    raise BodyTooLarge(limit)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if overflowed and not response_started:
                # Whatever the app made of the exception, the answer is our 413.
                response_started = True
                await self._refuse(send, limit)
                return
            if overflowed:
                return
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except BodyTooLarge:
            if not response_started:
                response_started = True
                await self._refuse(send, limit)

    @staticmethod
    async def _refuse(send: Send, limit: int, *, bad_length: bool = False) -> None:
        if bad_length:
            status = 400
            body = json.dumps(
                {"error": {"code": "bad_request", "message": "The Content-Length is not valid."}}
            ).encode()
        else:
            status, body = 413, _too_large_body(limit)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body, "more_body": False})


def _object_store_origin() -> str | None:
    """The origin browsers fetch presigned segments from, when playlists list them."""
    settings = get_settings()
    if settings.storage_backend != "s3" or settings.hls_delivery != "direct":
        return None
    if settings.cdn_base_url and settings.cdn_key_pair_id:
        return None
    if settings.s3_public_url:
        parts = urlsplit(settings.s3_public_url)
        return f"{parts.scheme}://{parts.netloc}"
    return f"{'https' if settings.s3_secure else 'http'}://{settings.s3_endpoint}"


def content_security_policy(public_url: str) -> str:
    """The CSP under which the built Reflex app runs (same-origin WebSocket, hls.js blobs)."""
    settings = get_settings()
    parts = urlsplit(public_url)
    connect = "'self'"
    if parts.netloc:  # Reflex's event WebSocket goes to the public origin
        connect += f" {'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    if settings.env != "production":
        connect += " ws: wss:"  # `reflex run` in development: the backend sits on another port
    media = "'self' blob: data:"
    img = "'self' data: blob:"
    if settings.cdn_base_url:  # segments served from the CDN: hls.js fetches them (connect)
        cdn = settings.cdn_base_url.rstrip("/")
        media, img, connect = f"{media} {cdn}", f"{img} {cdn}", f"{connect} {cdn}"
    store = _object_store_origin()
    if store:  # presigned segment URLs: hls.js fetches them from the object store
        media, connect = f"{media} {store}", f"{connect} {store}"
    directives = [
        "default-src 'self'",
        # The prerendered pages carry small inline bootstrap scripts (React Router, colour mode),
        # and Reflex runs the scripts an event handler sends (rx.call_script, server toasts)
        # through eval: without 'unsafe-eval' those clicks and live toasts do nothing.
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",  # Radix and recharts set inline styles
        f"img-src {img}",
        f"media-src {media}",
        "font-src 'self' data:",
        f"connect-src {connect}",
        "worker-src 'self' blob:",  # hls.js may run its transmuxer in a blob: worker
        "frame-ancestors 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    return "; ".join(directives)


PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), "
    "fullscreen=(self), picture-in-picture=(self)"
)


def security_headers() -> list[tuple[bytes, bytes]]:
    """The headers every response carries (HSTS only when the public URL is https)."""
    settings = get_settings()
    headers = [
        (b"content-security-policy", content_security_policy(settings.public_url).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
        (b"permissions-policy", PERMISSIONS_POLICY.encode()),
        (b"x-frame-options", b"SAMEORIGIN"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]
    if settings.public_url.startswith("https://"):
        headers.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
    return headers


class SecurityHeadersMiddleware:
    """Add the security headers to every HTTP response (pages, assets, API, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._headers: list[tuple[bytes, bytes]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._headers is None:
            self._headers = security_headers()
        extra = self._headers

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers") or []}
                message["headers"] = list(message.get("headers") or []) + [
                    (name, value) for name, value in extra if name not in present
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)
