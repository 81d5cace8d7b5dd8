"""Cache headers of the built frontend, served by every web process (`serve`).

Files under `/assets/` carry a hash of their content in their name: a new build gives them
new names, so browsers may keep them for a year without asking again. The HTML pages that
name them must be checked on every visit, or a browser would keep asking for the assets of
an old build.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ASSETS_PREFIX = "/assets/"
IMMUTABLE = b"public, max-age=31536000, immutable"
REVALIDATE = b"no-cache"


class FrontendCacheMiddleware:
    """Year-long caching for hashed assets, revalidation for pages (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "") if scope["type"] == "http" else ""
        if not path or path.startswith(("/api/", "/_event", "/_upload", "/healthz", "/readyz")):
            await self.app(scope, receive, send)
            return
        hashed = path.startswith(ASSETS_PREFIX)

        async def send_with_cache(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in (200, 304):
                headers = list(message.get("headers") or [])
                if not any(name.lower() == b"cache-control" for name, _ in headers):
                    content_type = next(
                        (v for n, v in headers if n.lower() == b"content-type"), b""
                    )
                    if hashed:
                        headers.append((b"cache-control", IMMUTABLE))
                    elif content_type.startswith(b"text/html"):
                        headers.append((b"cache-control", REVALIDATE))
                    message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cache)
