"""Every domain event handler, registered in one place (cosmicpython's message bus).

Handlers are 'module:function' paths run as jobs with (event_id=..., payload=...). They are
registered here, not in the domains, so reading this file tells what follows from each event.
"""

from __future__ import annotations

from udemy_clone.core import outbox

_registered = False


def register_handlers() -> None:
    """Subscribe every handler to its topic (idempotent; called by the app and the worker)."""
    global _registered
    if _registered:
        return
    outbox.subscribe("user.registered", "udemy_clone.auth.tasks:log_registration", queue_name="low")
    _registered = True
