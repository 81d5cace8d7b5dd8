"""The routers of every domain, in one place; the gateway mounts them under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from udemy_clone.account.api import router as account_router
from udemy_clone.announcements.api import router as announcements_router
from udemy_clone.catalog.api import router as catalog_router
from udemy_clone.media.api import router as media_router
from udemy_clone.media.captions_api import router as captions_router
from udemy_clone.notifications.api import router as notifications_router
from udemy_clone.orders.api import router as orders_router
from udemy_clone.orders.ledger_api import router as ledger_router
from udemy_clone.playback.api import router as playback_router
from udemy_clone.playback.captions_api import router as caption_viewer_router
from udemy_clone.playback.library_api import router as learning_router
from udemy_clone.qa.api import router as qa_router
from udemy_clone.reviews.api import router as reviews_router
from udemy_clone.stats.api import recommendations_router
from udemy_clone.stats.api import router as stats_router
from udemy_clone.taxonomy.api import router as taxonomy_router


def domain_routers() -> list[APIRouter]:
    """Each domain's REST router (auth is mounted first by the gateway itself)."""
    routers: list[APIRouter] = [
        taxonomy_router,
        catalog_router,
        orders_router,
        ledger_router,
        media_router,
        playback_router,
        reviews_router,
        notifications_router,
        stats_router,
        recommendations_router,
        learning_router,
        account_router,
        announcements_router,
        qa_router,
        captions_router,
        caption_viewer_router,
    ]
    return routers
