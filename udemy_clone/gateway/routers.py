"""The routers of every domain, in one place; the gateway mounts them under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter


def domain_routers() -> list[APIRouter]:
    """Each domain's REST router (auth is mounted first by the gateway itself)."""
    routers: list[APIRouter] = []
    return routers
