"""Closing an account: personal data anonymised, every session ended, sign-in impossible.

Orders stay (accounting needs them) and keep pointing at the same user id, whose email, name,
headline, bio, photo and password no longer say anything about the person.
"""

from __future__ import annotations

import secrets

from sqlalchemy import update
from sqlmodel import Session, col

from udemy_clone.auth import principal_cache
from udemy_clone.auth.avatar import remove_photo
from udemy_clone.auth.events import SessionsEnded
from udemy_clone.auth.models import RefreshToken, User
from udemy_clone.core import outbox
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import InvalidInput, NotFound
from udemy_clone.core.security import hash_password, verify_password

CLOSED_ACCOUNT_NAME = "Closed account"
CLOSED_EMAIL_DOMAIN = "closed.invalid"  # RFC 2606: can never receive mail


def closed_email(user_id: int) -> str:
    """The address a closed account keeps: unique, and no one's."""
    return f"closed-{user_id}@{CLOSED_EMAIL_DOMAIN}"


def is_closed(user: User) -> bool:
    """True for an account its owner closed."""
    return user.email.endswith("@" + CLOSED_EMAIL_DOMAIN)


def revoke_all_sessions(*, session: Session, user_id: int) -> None:
    """Revoke every refresh token of the user (access tokens die with the account check)."""
    session.exec(
        update(RefreshToken)  # type: ignore[call-overload]
        .where(col(RefreshToken.user_id) == user_id)
        .where(col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def close_account(*, session: Session, user_id: int, password: str) -> User:
    """The owner closes their account after typing their password again."""
    user = session.get(User, user_id)
    if user is None or not user.is_active or is_closed(user):
        raise NotFound("There is no such account.")
    if not verify_password(password, user.password_hash):
        raise InvalidInput("That is not your password.", field="password", code="wrong_password")
    remove_photo(session=session, user_id=user_id)
    user.email = closed_email(user_id)
    user.full_name = CLOSED_ACCOUNT_NAME
    user.headline = ""
    user.bio = ""
    # a random password nobody knows, hashed: the account can never sign in again
    user.password_hash = hash_password(secrets.token_urlsafe(32))
    user.is_active = False
    session.add(user)
    revoke_all_sessions(session=session, user_id=user_id)
    session.flush()
    principal_cache.forget_after_commit(session, user_id)  # no process serves the old account
    outbox.emit(session, SessionsEnded(user_id=user_id, reason="closed"))  # open tabs sign out
    return user
