"""One use case from a state handler: one transaction, a refusal turned into its sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class UseCaseResult(Generic[T]):
    """What the service returned, or the sentence of the rule that said no."""

    value: T | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def run_use_case(action: Callable[..., T], /, **kwargs: Any) -> UseCaseResult[T]:
    """Call `action(session=..., **kwargs)` inside `db.transaction()`; DomainError → its message."""
    try:
        with db.transaction() as session:
            value = action(session=session, **kwargs)
    except DomainError as exc:
        return UseCaseResult(error=exc.message)
    return UseCaseResult(value=value)
