"""Which notification kinds a person can receive, from their roles: the preferences they see."""

from __future__ import annotations

from collections.abc import Iterable

from udemy_clone.notifications.models import PREFERENCE_KINDS, NotificationKind

# Every account is a student; instructors and admins receive more kinds on top.
_KINDS_BY_ROLE: dict[str, frozenset[NotificationKind]] = {
    "student": frozenset(
        {NotificationKind.purchase, NotificationKind.new_course, NotificationKind.review}
    ),
    "instructor": frozenset(
        {
            NotificationKind.course_status,
            NotificationKind.video,
            NotificationKind.sale,
            NotificationKind.review,
        }
    ),
    # admins hear of courses submitted for review
    "admin": frozenset({NotificationKind.course_status}),
}


def preference_kinds_for_roles(roles: Iterable[str]) -> dict[NotificationKind, str]:
    """The switchable kinds (kind → label, in the usual order) that apply to these roles."""
    wanted: set[NotificationKind] = set(_KINDS_BY_ROLE["student"])
    for role in roles:
        wanted |= _KINDS_BY_ROLE.get(role, frozenset())
    return {kind: label for kind, label in PREFERENCE_KINDS.items() if kind in wanted}
