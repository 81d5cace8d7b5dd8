"""Readiness checks: each dependency the app is configured to use must answer."""

from __future__ import annotations

from sqlalchemy import text

from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis
from udemy_clone.core.storage import get_storage

log = get_logger(__name__)


def check_dependencies() -> dict[str, str]:
    """Name → reason for every configured dependency that does not answer."""
    failures: dict[str, str] = {}
    try:
        with db.get_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        failures["database"] = type(exc).__name__
    redis = get_redis()
    if redis is not None:
        try:
            redis.ping()
        except Exception as exc:
            failures["redis"] = type(exc).__name__
    try:
        get_storage().ensure_ready()
    except ImportError:
        pass
    except Exception as exc:
        failures["storage"] = type(exc).__name__
    if failures:
        log.warning("not_ready", failed=failures)
    return failures
