"""Cache headers of the built frontend, served by every web process (`serve`).

Files under `/assets/` carry a hash of their content in their name: a new build gives them
new names, so browsers may keep them for a year without asking again. The HTML pages that
name them must be checked on every visit, or a browser would keep asking for the assets of
an old build.

A prerendered page with pages below it (`/courses` beside `/courses/<slug>`) is written as
`courses/index.html`; Starlette's static files answer `/courses` with a redirect to `/courses/`,
one more round trip before the first paint (and a changed address). Such a request is served
that page at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from udemy_clone.core.config import PROJECT_ROOT

ASSETS_PREFIX = "/assets/"
IMMUTABLE = b"public, max-age=31536000, immutable"
REVALIDATE = b"no-cache"


def built_pages_dir() -> Path:
    """Where the build's pages are (Reflex's web directory, `build/client`)."""
    web = os.environ.get("REFLEX_WEB_WORKDIR") or str(PROJECT_ROOT / ".web")
    return Path(web) / "build" / "client"


def prerendered_index(pages: Path, path: str) -> bool:
    """True when `path` (no trailing slash, no extension) is a prerendered `<path>/index.html`."""
    if path in ("", "/") or path.endswith("/") or "." in path.rsplit("/", 1)[-1]:
        return False
    relative = path.lstrip("/")
    if ".." in relative.split("/"):
        return False
    return (pages / relative / "index.html").is_file()


class FrontendCacheMiddleware:
    """Year-long caching for hashed assets, revalidation for pages, prerendered section
    pages without a redirect (pure ASGI)."""

    def __init__(self, app: ASGIApp, pages_dir: Path | None = None) -> None:
        self.app = app
        self.pages_dir = pages_dir

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "") if scope["type"] == "http" else ""
        if not path or path.startswith(("/api/", "/_event", "/_upload", "/healthz", "/readyz")):
            await self.app(scope, receive, send)
            return
        hashed = path.startswith(ASSETS_PREFIX)
        if not hashed and scope.get("method") in ("GET", "HEAD"):
            if prerendered_index(self.pages_dir or built_pages_dir(), path):
                scope = dict(scope, path=path + "/", raw_path=(path + "/").encode())

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
