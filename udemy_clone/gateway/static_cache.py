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

Such a shell holds no content: the page paints once its JavaScript has run, opened the
WebSocket and received its data (1.2-1.7 s on the 2-core machine). A route may register a
first view (`FirstViewRenderer`): per request, the server puts that route's above-the-fold
content into the shell as plain HTML (and preloads its image), so the browser paints it with
the HTML and the stylesheet. The page's own render replaces it once its data are on screen
(`web.kit.first_view`).

A prerendered page whose content depends on its query string (the catalogue, `/courses?q=...`)
paints its frame with the HTML but its content only with its data. Such a page may register a
first view of its own (`PageFirstViewRenderer`, by path): per request, its above-the-fold
content for that query string goes into the prerendered HTML in the same way. The home page
(`/`, the root `index.html`) may register one too: its rows of cards come with its data.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from udemy_clone.core.config import PROJECT_ROOT

ASSETS_PREFIX = "/assets/"
IMMUTABLE = b"public, max-age=31536000, immutable"
REVALIDATE = b"no-cache"
ROUTE_SHELLS_DIR = "__route-shells"
ROUTE_SHELLS_INDEX = "routes.json"
_PARAM = re.compile(r"^:[A-Za-z0-9_]+$")
# The shell's React root ends here; a first view goes right after it, outside React's tree
# (React keeps unknown nodes at the end of <body> when it hydrates).
_BODY_OPEN = re.compile(r"<body[^>]*>")
# A first view's preloads go first in <head> (after the charset): the browser asks for them
# before the thirty-odd module scripts the shell names, which would otherwise hold the six
# connections of HTTP/1.1 while the page's largest image waits.
_HEAD_START = re.compile(r"<head[^>]*>(<meta charSet=[^>]*>)?", re.IGNORECASE)


@dataclass(frozen=True)
class FirstView:
    """What a route's shell gets for one request: `head` (e.g. an image preload) at the start
    of `<head>`, `body` (the content as first seen) at the start of `<body>`."""

    head: str
    body: str


# Given the request's path (and its `route` pattern, e.g. "course/:slug"): the first view, or
# None (nothing to show, e.g. an unknown or unpublished course). Runs in a worker thread.
FirstViewRenderer = Callable[[str], FirstView | None]
# Given the request's query string (undecoded): the first view of a prerendered page, or None
# (keep the page as built). Runs in a worker thread.
PageFirstViewRenderer = Callable[[str], FirstView | None]


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


def load_route_shells(pages: Path) -> list[tuple[re.Pattern[str], str, str]]:
    """The dynamic routes' address patterns, route patterns and the shell each is served."""
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
        shells.append(
            (
                re.compile(f"^/{regex}/?$"),
                entry["pattern"].strip("/"),
                f"/{ROUTE_SHELLS_DIR}/{entry['file']}",
            )
        )
    return shells


def with_first_view(shell: str, view: FirstView) -> str:
    """The shell with `view` put in: its head part first in `<head>`, its body part first in
    `<body>` (before React's root, which it does not enter)."""
    head = _HEAD_START.search(shell)
    html = shell if head is None else shell[: head.end()] + view.head + shell[head.end() :]
    opening = _BODY_OPEN.search(html)
    if opening is None:
        return html
    return html[: opening.end()] + view.body + html[opening.end() :]


class FrontendCacheMiddleware:
    """Year-long caching for hashed assets, revalidation for pages, prerendered section
    pages without a redirect (pure ASGI)."""

    def __init__(
        self,
        app: ASGIApp,
        pages_dir: Path | None = None,
        first_views: Mapping[str, FirstViewRenderer] | None = None,
        page_first_views: Mapping[str, PageFirstViewRenderer] | None = None,
    ) -> None:
        self.app = app
        self.pages_dir = pages_dir
        self.first_views = dict(first_views or {})
        self.page_first_views = dict(page_first_views or {})
        self._shells: list[tuple[re.Pattern[str], str, str]] | None = None
        self._shell_text: dict[str, str] = {}

    def route_shell(self, pages: Path, path: str) -> tuple[str, str] | None:
        """The route pattern and shell of the dynamic route `path` belongs to, if built."""
        if self._shells is None:  # read once: a running server never rebuilds
            self._shells = load_route_shells(pages)
        return next(
            ((route, shell) for regex, route, shell in self._shells if regex.match(path)), None
        )

    def _shell_html(self, pages: Path, shell: str) -> str | None:
        if shell not in self._shell_text:
            try:
                self._shell_text[shell] = (pages / shell.lstrip("/")).read_text()
            except OSError:
                return None
        return self._shell_text[shell]

    async def _first_view_page(
        self, scope: Scope, send: Send, pages: Path, route: str, shell: str
    ) -> bool:
        """Answer with the route's shell and its first view; False when there is none."""
        renderer = self.first_views.get(route)
        html = self._shell_html(pages, shell) if renderer else None
        if renderer is None or html is None:
            return False
        view = await run_in_threadpool(renderer, scope["path"])
        if view is None:
            return False
        await _send_page(scope, send, with_first_view(html, view))
        return True

    async def _prerendered_first_view(self, scope: Scope, send: Send, pages: Path) -> bool:
        """Answer with the prerendered page and its first view for this query string; False
        when the page has none (or nothing to show for it)."""
        path: str = scope["path"]
        renderer = self.page_first_views.get(path)
        html = self._shell_html(pages, f"{path.rstrip('/')}/index.html") if renderer else None
        if renderer is None or html is None:
            return False
        query = scope.get("query_string", b"").decode("latin-1")
        view = await run_in_threadpool(renderer, query)
        if view is None:
            return False
        await _send_page(scope, send, with_first_view(html, view))
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "") if scope["type"] == "http" else ""
        if not path or path.startswith(("/api/", "/_event", "/_upload", "/healthz", "/readyz")):
            await self.app(scope, receive, send)
            return
        hashed = path.startswith(ASSETS_PREFIX)
        if not hashed and scope.get("method") in ("GET", "HEAD"):
            pages = self.pages_dir or built_pages_dir()
            if path == "/" and await self._prerendered_first_view(scope, send, pages):
                return
            if prerendered_index(pages, path):
                if await self._prerendered_first_view(scope, send, pages):
                    return
                scope = dict(scope, path=path + "/", raw_path=(path + "/").encode())
            elif "." not in path.rsplit("/", 1)[-1] and (found := self.route_shell(pages, path)):
                route, shell = found
                if await self._first_view_page(scope, send, pages, route, shell):
                    return
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


async def _send_page(scope: Scope, send: Send, html: str) -> None:
    """A page made for this request: never cached without asking, gzipped when accepted."""
    body = html.encode()
    headers = [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"cache-control", REVALIDATE),
        (b"vary", b"Accept-Encoding"),
    ]
    if "gzip" in Headers(scope=scope).get("accept-encoding", ""):
        body = gzip.compress(body, compresslevel=5)
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
