"""Looking people up by email for other domains' admin pages (orders search, exports)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from udemy_clone.auth.models import User

MAX_MATCHES = 500


def user_ids_matching_email(*, session: Session, fragment: str) -> list[int]:
    """Ids of accounts whose email contains `fragment` (case aside), at most 500."""
    clean = fragment.strip().lower()
    if not clean:
        return []
    escaped = clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = session.exec(
        select(User.id)
        .where(col(User.email).like(f"%{escaped}%", escape="\\"))
        .order_by(col(User.id))
        .limit(MAX_MATCHES)
    )
    return [int(uid) for uid in rows if uid is not None]


def contact_details(*, session: Session, user_ids: list[int]) -> dict[int, tuple[str, str]]:
    """(full name, email) per user id, for admin lists and exports."""
    if not user_ids:
        return {}
    rows = session.exec(
        select(User.id, User.full_name, User.email).where(col(User.id).in_(set(user_ids)))
    )
    return {int(uid or 0): (name, email) for uid, name, email in rows}
