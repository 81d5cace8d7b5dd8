"""Choices of a select (category pickers, level, language) as typed rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SelectOption:
    """One choice: the value submitted and the label shown."""

    value: str = ""
    label: str = ""


def id_options(
    pairs: list[tuple[int, str]], *, first: SelectOption | None = None
) -> list[SelectOption]:
    """(id, label) pairs in their order as choices whose value is the id as text; `first` leads."""
    options = [SelectOption(value=str(pid), label=label) for pid, label in pairs]
    return [first, *options] if first is not None else options
