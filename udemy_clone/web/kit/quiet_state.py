"""Page states that a tab's first load leaves out of Redis until the page is opened.

Reflex's first hydrate of a tab (`hydrate_and_load` → `State.dict()`) loads the whole state
tree and works out every cached computed var to send the full snapshot. Computing a cached var
marks its state as touched, and the Redis state manager then saves that state with all its
defaults: every tab kept the course editor, the admin tables and other pages it never opened
(about 4 KB of the 20 KB budget of issue #14).

A cached value is derived from the state's own vars, so a state whose only change is a value
the snapshot computed needs no saving: loaded again it starts from the same defaults and works
the value out again. `QuietHydrate` undoes that touch, and only that one: a state changed by an
event, or already touched before the snapshot, is saved as before.
"""

from __future__ import annotations

from typing import Any


class QuietHydrate:
    """Mix into a page's `rx.State` (first base) whose cached vars alone should not save it."""

    __slots__ = ()

    def dict(
        self, include_computed: bool = True, initial: bool = False, **kwargs: Any
    ) -> dict[str, Any]:
        touched = getattr(self, "_was_touched", False)
        snapshot: dict[str, Any] = super().dict(  # type: ignore[misc]
            include_computed=include_computed, initial=initial, **kwargs
        )
        if not touched:
            object.__setattr__(self, "_was_touched", False)
        return snapshot

    # Reflex refuses a state member shadowing one of its own methods unless it carries this
    # mark (what its private `_override_base_method` decorator sets).
    dict.__override_base_method__ = True  # type: ignore[attr-defined]
