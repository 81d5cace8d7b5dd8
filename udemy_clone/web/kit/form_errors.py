"""The sentence to show for a refused or invalid form."""

from __future__ import annotations


def first_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        for error in errors():
            return str(error.get("msg", "Check what you wrote.")).removeprefix("Value error, ")
    return "Check what you wrote."
