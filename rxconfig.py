"""Reflex configuration, read from the one Settings object."""

import reflex as rx

from udemy_clone.core.config import get_settings

settings = get_settings()

config = rx.Config(
    app_name="udemy_clone",
    db_url=None,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    cors_allowed_origins=settings.allowed_origins,
    redis_url=settings.redis_url if settings.env == "production" and settings.redis_url else None,
    plugins=[
        rx.plugins.SitemapPlugin(),
        rx.plugins.TailwindV4Plugin(),
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="violet", gray_color="slate", radius="medium"),
        ),
    ],
)
