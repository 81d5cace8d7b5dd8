"""Typed domain events: frozen dataclasses with a topic and a schema version.

A domain declares what it emits in its own `events.py`; `outbox.emit(session, OrderPaid(...))`
stores the event as an outbox row, and handlers subscribe by class in `udemy_clone/events.py`.
The stored payload carries `schema_version`, so a row written by older code is still read
(fields it lacks take their defaults) and a row from newer code is refused loudly.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Self

SCHEMA_VERSION_KEY = "schema_version"

_by_topic: dict[str, type[DomainEvent]] = {}


class EventSchemaError(ValueError):
    """A stored event cannot be read by this code (unknown topic or newer schema)."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class DomainEvent:
    """Base class of every event; subclasses set `topic` and bump `schema_version` on change."""

    topic: ClassVar[str] = ""
    schema_version: ClassVar[int] = 1

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.topic:
            return
        known = _by_topic.get(cls.topic)
        if known is not None and known.__qualname__ != cls.__qualname__:
            raise TypeError(f"Topic {cls.topic!r} is taken by {known.__qualname__}")
        _by_topic[cls.topic] = cls

    def to_payload(self) -> dict[str, Any]:
        """The JSON-ready payload stored in the outbox row."""
        payload: dict[str, Any] = {SCHEMA_VERSION_KEY: self.schema_version}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            payload[field.name] = list(value) if isinstance(value, tuple) else value
        return payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        """Rebuild the event from a stored payload (older versions fill in defaults)."""
        version = int(payload.get(SCHEMA_VERSION_KEY, 1))
        if version > cls.schema_version:
            raise EventSchemaError(
                f"{cls.topic} payload has schema version {version}; this code reads up to "
                f"{cls.schema_version}"
            )
        values: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            if field.name in payload:
                value = payload[field.name]
                values[field.name] = tuple(value) if isinstance(value, list) else value
        return cls(**values)


def event_class(topic: str) -> type[DomainEvent]:
    """The event class registered for `topic`."""
    try:
        return _by_topic[topic]
    except KeyError:
        raise EventSchemaError(f"No event class is registered for topic {topic!r}") from None
