"""Imports every domain's tables so SQLModel.metadata is complete (alembic, tests, create_all)."""

from __future__ import annotations

from sqlmodel import SQLModel

from udemy_clone.auth import models as auth_models  # noqa: F401
from udemy_clone.core import models as core_models  # noqa: F401

metadata = SQLModel.metadata
