"""Password hashing (argon2id, OWASP parameters) and signing helpers."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from passlib.context import CryptContext

from udemy_clone.core.config import get_settings

# OWASP password storage cheat sheet: argon2id, m=19 MiB, t=2, p=1.
_password_context = CryptContext(
    schemes=["argon2"],
    argon2__type="ID",
    argon2__memory_cost=19456,
    argon2__time_cost=2,
    argon2__parallelism=1,
)
# A real hash to verify against when the account does not exist, so timing does not reveal it.
_DUMMY_HASH = _password_context.hash(secrets.token_urlsafe(16))

MAX_PASSWORD_LENGTH = 128


def hash_password(password: str) -> str:
    """The argon2id hash of `password`."""
    return _password_context.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """True when `password` matches; spends the same time when there is no hash."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    if not password_hash:
        _password_context.verify(password, _DUMMY_HASH)
        return False
    try:
        return _password_context.verify(password, password_hash)
    except (ValueError, TypeError):
        return False


def hash_token(token: str) -> str:
    """SHA-256 of an opaque token; only hashes of bearer secrets are stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def sign(message: str, *, purpose: str) -> str:
    """An HMAC-SHA256 signature of `message`, scoped to a purpose so signatures don't cross."""
    key = hashlib.sha256(f"{purpose}:{get_settings().secret_key}".encode()).digest()
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def verify_signature(message: str, signature: str, *, purpose: str) -> bool:
    """Constant-time check of a signature made by `sign`."""
    return hmac.compare_digest(sign(message, purpose=purpose), signature or "")
