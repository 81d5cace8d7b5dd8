"""Anonymous catalogue reads answered from the cache before FastAPI's routing and dependencies.

A cache hit needs none of them: the answers were built, validated and stored by the routes
themselves (`catalog.api`), keyed so that only a valid request finds one. Everything else, and
every request carrying credentials, goes on to the routes unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core.cache import CachedBody
from udemy_clone.gateway.conditional import json_answer

PREFIX = "/api/v1"
_COURSE_PREFIX = f"{PREFIX}/courses/"


@dataclass(frozen=True)
class _RouteLabel:
    """What the metrics middleware reads from scope["route"]."""

    path: str


_COURSE_ROUTE = _RouteLabel(f"{PREFIX}/courses/{{id_or_slug}}")
_BROWSE_ROUTE = _RouteLabel(f"{PREFIX}/courses")
_CATEGORIES_ROUTE = _RouteLabel(f"{PREFIX}/categories")


def _cached_answer(scope: Scope) -> tuple[CachedBody, _RouteLabel] | None:
    path: str = scope["path"]
    if path.startswith(_COURSE_PREFIX):
        ident = path[len(_COURSE_PREFIX) :]
        if not ident or "/" in ident or len(ident) > 200 or scope.get("query_string"):
            return None
        found = catalog_service.cached_course_page(ident)
        return (found, _COURSE_ROUTE) if found is not None else None
    if path == f"{PREFIX}/courses":
        found = catalog_service.cached_browse_by_query_string(scope.get("query_string", b""))
        return (found, _BROWSE_ROUTE) if found is not None else None
    if path == f"{PREFIX}/categories" and not scope.get("query_string"):
        found = catalog_service.cached_category_tree()
        return (found, _CATEGORIES_ROUTE) if found is not None else None
    return None


class CachedReadsMiddleware:
    """Serve cache hits of anonymous GET catalogue reads (with ETag and 304) directly."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            headers = Headers(scope=scope)
            if "authorization" not in headers:
                hit = _cached_answer(scope)
                if hit is not None:
                    scope["route"] = hit[1]
                    await json_answer(headers, hit[0])(scope, receive, send)
                    return
        await self.app(scope, receive, send)
