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


# The purposes keys are derived for; a key of one purpose verifies nothing of another.
ACCESS_TOKEN_PURPOSE = "access-token-v1"


def derive_key(master_key: str, purpose: str) -> bytes:
    """The 256-bit key for `purpose`: HMAC-SHA256(master key, purpose), never the master itself."""
    return hmac.new(master_key.encode(), f"learnly-key:{purpose}".encode(), hashlib.sha256).digest()


def signing_key(purpose: str) -> bytes:
    """The key that signs new tokens of `purpose` (derived from the current SECRET_KEY)."""
    return derive_key(get_settings().secret_key, purpose)


def verification_keys(purpose: str) -> list[bytes]:
    """Keys accepted when verifying `purpose`: the current one, then each SECRET_KEY_PREVIOUS."""
    settings = get_settings()
    masters = [settings.secret_key, *settings.previous_secret_keys]
    return [derive_key(master, purpose) for master in masters]


def _mac(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def sign(message: str, *, purpose: str) -> str:
    """An HMAC-SHA256 signature of `message` with the key of `purpose`."""
    return _mac(signing_key(purpose), message)


def verify_signature(message: str, signature: str, *, purpose: str) -> bool:
    """Constant-time check of a signature made by `sign` with the current or a previous key."""
    matched = False
    for key in verification_keys(purpose):
        matched |= hmac.compare_digest(_mac(key, message), signature or "")
    return matched
