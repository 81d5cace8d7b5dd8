"""Requests and answers of the account's data rights (no tables of its own)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField

EXPORT_FORMAT_VERSION = 1
CLOSE_CONFIRMATION = "CLOSE"


class AccountClose(BaseModel):
    """Closing needs the password again and the word CLOSE typed, so it is never an accident."""

    model_config = ConfigDict(extra="forbid")

    password: str = PydanticField(min_length=1, max_length=200)
    confirm: str = PydanticField(
        min_length=1, max_length=20, description=f'type "{CLOSE_CONFIRMATION}" to confirm'
    )
