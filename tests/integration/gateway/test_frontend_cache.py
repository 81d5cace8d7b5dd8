"""The built frontend's cache headers: hashed assets for a year, pages revalidated."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from udemy_clone.gateway.static_cache import FrontendCacheMiddleware


def _app() -> FrontendCacheMiddleware:
    def asset(_request):
        return PlainTextResponse("console.log(1)", media_type="text/javascript")

    def page(_request):
        return HTMLResponse("<html></html>")

    def api(_request):
        return JSONResponse({"ok": True})

    def own_header(_request):
        return Response("x", headers={"Cache-Control": "private, max-age=5"})

    def missing(_request):
        return PlainTextResponse("no", status_code=404)

    routes = [
        Route("/assets/entry.client-C6W-s5_T.js", asset),
        Route("/assets/gone.js", missing),
        Route("/courses", page),
        Route("/api/v1/courses", api),
        Route("/assets/own.js", own_header),
    ]
    return FrontendCacheMiddleware(Starlette(routes=routes))


def test_hashed_assets_are_immutable_for_a_year_and_pages_are_revalidated():
    client = TestClient(_app())

    asset = client.get("/assets/entry.client-C6W-s5_T.js")
    page = client.get("/courses")

    assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert page.headers["cache-control"] == "no-cache"


def test_api_answers_errors_and_explicit_headers_are_left_alone():
    client = TestClient(_app())

    assert "cache-control" not in client.get("/api/v1/courses").headers
    assert "cache-control" not in client.get("/assets/gone.js").headers  # a 404 is not kept
    assert client.get("/assets/own.js").headers["cache-control"] == "private, max-age=5"
