"""Events the taxonomy domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class CategoryChanged(DomainEvent):
    """A category was renamed, moved or deleted: courses filed under it show it differently."""

    topic = "taxonomy.category_changed"
    category_id: int


@dataclass(frozen=True, kw_only=True)
class TagChanged(DomainEvent):
    """A tag was renamed or merged into another."""

    topic = "taxonomy.tag_changed"
    tag_id: int
