"""A built frontend's route shells, served by the middleware with the pages' first views."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from starlette.staticfiles import StaticFiles
from starlette.testclient import TestClient

from tests.support.catalog_fixtures import drain_outbox, search_index_dir  # noqa: F401
from udemy_clone.frontend import write_route_shells
from udemy_clone.gateway.static_cache import FrontendCacheMiddleware
from udemy_clone.web.pages.browse.first_view import BROWSE_PAGES, browse_first_view
from udemy_clone.web.pages.course.first_view import COURSE_ROUTES, course_first_view
from udemy_clone.web.pages.home.first_view import HOME_PAGES, home_first_view
from udemy_clone.web.pages.instructor.first_view import PROFILE_ROUTES, instructor_first_view

SHELL = (
    '<html><head><meta charSet="utf-8"/><link rel="modulepreload" href="/assets/entry.js"/>'
    '</head><body><div class="radix-themes" id="react-root"></div><script>hydrate()</script>'
    "</body></html>"
)
# A prerendered page: its frame (a skeleton) inside React's root.
PRERENDERED = SHELL.replace(
    '<div class="radix-themes" id="react-root"></div>',
    '<div class="radix-themes" id="react-root"><main><h1>Loading courses</h1></main></div>',
)
# The prerendered home page (`index.html`): its hero.
PRERENDERED_HOME = SHELL.replace(
    '<div class="radix-themes" id="react-root"></div>',
    '<div class="radix-themes" id="react-root"><h1 id="home-hero-heading">Learn</h1></div>',
)
ROUTES = (("course", "course/:slug"), ("courses", "courses/:slug"), ("user", "user/:slug"))


@pytest.fixture
def first_view_site(tmp_path: Path) -> Callable[[], TestClient]:
    """A build with the shells of the course and profile routes (`frontend.write_route_shells`),
    the prerendered catalogue (`courses/index.html`) and home page (`index.html`), served as
    `serve` does, with the first views `udemy_clone.py` registers."""
    (tmp_path / "__spa-fallback.html").write_text(SHELL)
    (tmp_path / "index.html").write_text(PRERENDERED_HOME)
    (tmp_path / "courses").mkdir()
    (tmp_path / "courses" / "index.html").write_text(PRERENDERED)
    (tmp_path / "assets").mkdir()
    routes = {
        name: {"id": name, "path": path, "module": f"/assets/{name}.js", "imports": []}
        for name, path in ROUTES
    }
    (tmp_path / "assets" / "manifest-1.js").write_text(
        f"window.__reactRouterManifest={json.dumps({'routes': routes})};"
    )
    assert write_route_shells(tmp_path) == len(ROUTES)
    views = {
        **dict.fromkeys(COURSE_ROUTES, course_first_view),
        **dict.fromkeys(PROFILE_ROUTES, instructor_first_view),
    }

    def site() -> TestClient:
        files = StaticFiles(directory=tmp_path, html=True)
        return TestClient(
            FrontendCacheMiddleware(
                files,
                pages_dir=tmp_path,
                first_views=views,
                page_first_views={
                    **dict.fromkeys(BROWSE_PAGES, browse_first_view),
                    **dict.fromkeys(HOME_PAGES, home_first_view),
                },
            )
        )

    return site
