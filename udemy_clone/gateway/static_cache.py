"""Cache headers of the built frontend, served by every web process (`serve`).

Files under `/assets/` carry a hash of their content in their name: a new build gives them
new names, so browsers may keep them for a year without asking again. The HTML pages that
name them must be checked on every visit, or a browser would keep asking for the assets of
an old build.

A prerendered page with pages below it (`/courses` beside `/courses/<slug>`) is written as
`courses/index.html`; Starlette's static files answer `/courses` with a redirect to `/courses/`,
one more round trip before the first paint (and a changed address). Such a request is served
that page at once.

A page with a parameter in its address (`/course/<slug>`) is not prerendered; the build writes
one SPA shell per such route that names the route's modules for preloading
(`frontend.write_route_shells`), and the request is served its route's shell.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from udemy_clone.core.config import PROJECT_ROOT

ASSETS_PREFIX = "/assets/"
IMMUTABLE = b"public, max-age=31536000, immutable"
REVALIDATE = b"no-cache"
ROUTE_SHELLS_DIR = "__route-shells"
ROUTE_SHELLS_INDEX = "routes.json"
_PARAM = re.compile(r"^:[A-Za-z0-9_]+$")


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


def load_route_shells(pages: Path) -> list[tuple[re.Pattern[str], str]]:
    """The dynamic routes' address patterns and the shell each is served (none without)."""
    try:
        entries = json.loads((pages / ROUTE_SHELLS_DIR / ROUTE_SHELLS_INDEX).read_text())
    except (OSError, ValueError):
        return []
    shells = []
    for entry in entries:
        segments = entry["pattern"].strip("/").split("/")
        if not all(_PARAM.match(s) or re.fullmatch(r"[A-Za-z0-9_.~-]+", s) for s in segments):
            continue  # optional segments and splats are left to the shared shell
        regex = "/".join("[^/]+" if s.startswith(":") else re.escape(s) for s in segments)
        shells.append((re.compile(f"^/{regex}/?$"), f"/{ROUTE_SHELLS_DIR}/{entry['file']}"))
    return shells


class FrontendCacheMiddleware:
    """Year-long caching for hashed assets, revalidation for pages, prerendered section
    pages without a redirect (pure ASGI)."""

    def __init__(self, app: ASGIApp, pages_dir: Path | None = None) -> None:
        self.app = app
        self.pages_dir = pages_dir
        self._shells: list[tuple[re.Pattern[str], str]] | None = None

    def route_shell(self, pages: Path, path: str) -> str | None:
        """The shell of the dynamic route `path` belongs to, if the build wrote one."""
        if self._shells is None:  # read once: a running server never rebuilds
            self._shells = load_route_shells(pages)
        return next((shell for pattern, shell in self._shells if pattern.match(path)), None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "") if scope["type"] == "http" else ""
        if not path or path.startswith(("/api/", "/_event", "/_upload", "/healthz", "/readyz")):
            await self.app(scope, receive, send)
            return
        hashed = path.startswith(ASSETS_PREFIX)
        if not hashed and scope.get("method") in ("GET", "HEAD"):
            pages = self.pages_dir or built_pages_dir()
            if prerendered_index(pages, path):
                scope = dict(scope, path=path + "/", raw_path=(path + "/").encode())
            elif "." not in path.rsplit("/", 1)[-1] and (shell := self.route_shell(pages, path)):
                scope = dict(scope, path=shell, raw_path=shell.encode())

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
