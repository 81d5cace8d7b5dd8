"""Reflex configuration, read from the one Settings object."""

import os

import reflex as rx

from udemy_clone.core.config import get_settings

settings = get_settings()
# A production build talks to the backend through the public address (the balancer), never to
# the replica that built it. The dev server keeps Reflex's own default (backend on :8000).
# REFLEX_API_URL, when set, still wins (Reflex reads REFLEX_<FIELD> over these arguments).
production_build = os.environ.get("REFLEX_ENV_MODE", "dev") != "dev"
api_url = {"api_url": settings.frontend_api_url} if production_build else {}

config = rx.Config(
    app_name="udemy_clone",
    db_url=None,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    cors_allowed_origins=settings.allowed_origins,
    redis_url=settings.redis_url if settings.env == "production" and settings.redis_url else None,
    # Every built asset is stored brotli- and gzip-compressed beside itself, and served in the
    # best encoding the browser accepts (Reflex's PrecompressedStaticFiles).
    frontend_compression_formats=["brotli", "gzip"],
    **api_url,
    plugins=[
        rx.plugins.SitemapPlugin(),
        rx.plugins.TailwindV4Plugin(),
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="violet", gray_color="slate", radius="medium"),
        ),
    ],
)
