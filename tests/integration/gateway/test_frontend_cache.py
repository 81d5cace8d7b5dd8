"""The built frontend's cache headers: hashed assets for a year, pages revalidated."""

from __future__ import annotations

import json
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.staticfiles import StaticFiles
from starlette.testclient import TestClient

from udemy_clone.gateway.static_cache import FrontendCacheMiddleware, prerendered_index


def _app(pages: Path) -> FrontendCacheMiddleware:
    """`pages`: an empty build folder (not the checkout's .web build, which another test may
    have made: its prerendered /courses would turn this app's /courses into a redirect loop)."""
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
    return FrontendCacheMiddleware(Starlette(routes=routes), pages_dir=pages)


def test_hashed_assets_are_immutable_for_a_year_and_pages_are_revalidated(tmp_path):
    client = TestClient(_app(tmp_path))

    asset = client.get("/assets/entry.client-C6W-s5_T.js")
    page = client.get("/courses")

    assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert page.headers["cache-control"] == "no-cache"


def test_api_answers_errors_and_explicit_headers_are_left_alone(tmp_path):
    client = TestClient(_app(tmp_path))

    assert "cache-control" not in client.get("/api/v1/courses").headers
    assert "cache-control" not in client.get("/assets/gone.js").headers  # a 404 is not kept
    assert client.get("/assets/own.js").headers["cache-control"] == "private, max-age=5"


def test_a_prerendered_section_page_is_served_without_a_redirect(tmp_path):
    # the build writes /courses as courses/index.html (pages live below it: /courses/<slug>)
    (tmp_path / "courses").mkdir()
    (tmp_path / "courses" / "index.html").write_text("<h1>Browse</h1>")
    (tmp_path / "index.html").write_text("<h1>Home</h1>")
    files = StaticFiles(directory=tmp_path, html=True)
    plain = TestClient(files, follow_redirects=False)
    client = TestClient(FrontendCacheMiddleware(files, pages_dir=tmp_path), follow_redirects=False)

    assert plain.get("/courses").status_code == 307  # what the browser paid before
    for address in ("/courses", "/courses?q=python", "/courses/"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert response.text == "<h1>Browse</h1>"
        assert response.headers["cache-control"] == "no-cache"
    assert client.get("/").text == "<h1>Home</h1>"
    assert not prerendered_index(tmp_path, "/course")  # nothing prerendered there
    assert not prerendered_index(tmp_path, "/courses/../courses")
    assert not prerendered_index(tmp_path, "/index.html")


def test_a_dynamic_route_is_served_its_shell_that_preloads_the_route_modules(tmp_path):
    from udemy_clone.frontend import write_route_shells

    shell = (
        '<html><head><link rel="modulepreload" href="/assets/entry.js"/></head><body></body></html>'
    )
    (tmp_path / "__spa-fallback.html").write_text(shell)
    (tmp_path / "assets").mkdir()
    manifest = {
        "entry": {"module": "/assets/entry.js", "imports": []},
        "routes": {
            "root": {"id": "root", "path": "", "module": "/assets/root.js", "imports": []},
            "course": {
                "id": "course",
                "path": "course/:slug",
                "module": "/assets/course-page.js",
                "imports": ["/assets/entry.js", "/assets/star-icon.js"],
            },
            "404": {"id": "404", "path": "*", "module": "/assets/404.js", "imports": []},
        },
    }
    (tmp_path / "assets" / "manifest-1.js").write_text(
        f"window.__reactRouterManifest={json.dumps(manifest)};"
    )
    assert write_route_shells(tmp_path) == 1  # the only route with a parameter
    files = StaticFiles(directory=tmp_path, html=True)
    client = TestClient(FrontendCacheMiddleware(files, pages_dir=tmp_path))

    page = client.get("/course/modern-javascript?ref=mail")

    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-cache"
    head = page.text.split("</head>")[0]
    assert '<link rel="modulepreload" href="/assets/course-page.js"/>' in head
    assert '<link rel="modulepreload" href="/assets/star-icon.js"/>' in head
    assert head.count("/assets/entry.js") == 1  # already named by the shell
    assert page.text.endswith("<body></body></html>")
    # other addresses keep their files
    assert client.get("/__spa-fallback.html").text == shell
