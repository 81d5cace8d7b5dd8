"""Reflex's blank app, the baseline of bench/ui_events.py (Redis state manager when
REFLEX_REDIS_URL is set)."""

import reflex as rx

config = rx.Config(
    app_name="blank_app",
    telemetry_enabled=False,
    plugins=[],
    disable_plugins=["reflex_base.plugins.sitemap.SitemapPlugin"],
)
