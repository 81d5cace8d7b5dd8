"""Run the alembic migrations from code (CLI, make run, tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from udemy_clone.core.config import PROJECT_ROOT


def alembic_config(database_url: str | None = None) -> Config:
    """The project's alembic configuration, optionally for another database URL."""
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    config.attributes["configure_logger"] = False
    if database_url:
        config.attributes["database_url"] = database_url
    return config


def upgrade_to_head(database_url: str | None = None) -> None:
    """Apply every migration not yet applied (domains may add independent branches: all heads)."""
    command.upgrade(alembic_config(database_url), "heads")


def downgrade_to_base(database_url: str | None = None) -> None:
    """Undo every migration (tests)."""
    command.downgrade(alembic_config(database_url), "base")
