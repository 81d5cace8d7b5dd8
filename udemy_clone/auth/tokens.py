"""Access tokens (JWT, HS256 only) and opaque refresh tokens."""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from udemy_clone.core.config import get_settings
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import NotAuthenticated
from udemy_clone.core.security import ACCESS_TOKEN_PURPOSE, signing_key, verification_keys

ALGORITHM = "HS256"
# An explicit allow-list: "none", RS*/ES* (key confusion) and anything else is refused.
ALLOWED_ALGORITHMS = [ALGORITHM]
LEEWAY_SECONDS = 5


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    roles: tuple[str, ...]
    jti: str
    expires_at: datetime


def create_access_token(*, user_id: int, roles: list[str]) -> tuple[str, int]:
    """A signed access JWT for the user and its lifetime in seconds."""
    settings = get_settings()
    now = utcnow()
    ttl = settings.access_token_ttl_seconds
    claims = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": str(user_id),
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(seconds=ttl),
        "jti": uuid.uuid4().hex,
        "typ": "access",
        "roles": sorted(roles),
    }
    return jwt.encode(claims, signing_key(ACCESS_TOKEN_PURPOSE), algorithm=ALGORITHM), ttl


# Tokens whose signature was checked lately, with their claims: every request of a signed-in
# user carries the same token, and checking the signature again would give the same answer.
# Expiry is checked on every use; an entry is trusted for VERIFIED_TTL_SECONDS at most (a
# verification key taken out of rotation stops working within that time), and only under the
# settings it was checked with.
VERIFIED_TTL_SECONDS = 60.0
VERIFIED_MAX_ENTRIES = 10_000
_verified: dict[str, tuple[float, object, AccessClaims]] = {}


def decode_access_token(token: str) -> AccessClaims:
    """The claims of a valid access token; NotAuthenticated for anything else."""
    found = _verified.get(token)
    if found is not None and found[0] > time.monotonic() and found[1] is get_settings():
        claims = found[2]
        if claims.expires_at > utcnow() - timedelta(seconds=LEEWAY_SECONDS):
            return claims
    claims = _decode_access_token(token)
    if len(_verified) >= VERIFIED_MAX_ENTRIES:
        _verified.clear()
    _verified[token] = (time.monotonic() + VERIFIED_TTL_SECONDS, get_settings(), claims)
    return claims


def _decode_access_token(token: str) -> AccessClaims:
    if not token or len(token) > 4096:
        raise NotAuthenticated("Sign in to continue.", code="invalid_token")
    try:
        claims = _decode_with_any_key(token)
    except jwt.ExpiredSignatureError as exc:
        raise NotAuthenticated(
            "Your session has expired. Sign in again.", code="token_expired"
        ) from exc
    except jwt.PyJWTError as exc:
        raise NotAuthenticated("Sign in to continue.", code="invalid_token") from exc
    if claims.get("typ") != "access":
        raise NotAuthenticated("Sign in to continue.", code="invalid_token")
    try:
        user_id = int(claims["sub"])
    except (TypeError, ValueError) as exc:
        raise NotAuthenticated("Sign in to continue.", code="invalid_token") from exc
    roles = claims.get("roles") or []
    return AccessClaims(
        user_id=user_id,
        roles=tuple(str(r) for r in roles) if isinstance(roles, list) else (),
        jti=str(claims["jti"]),
        expires_at=datetime.fromtimestamp(int(claims["exp"]), tz=utcnow().tzinfo),
    )


def _decode_with_any_key(token: str) -> dict[str, Any]:
    """The verified claims, trying the current key and then each previous one (rotation)."""
    settings = get_settings()
    keys = verification_keys(ACCESS_TOKEN_PURPOSE)
    for index, key in enumerate(keys):
        try:
            return jwt.decode(
                token,
                key,
                algorithms=ALLOWED_ALGORITHMS,
                audience=settings.jwt_audience,
                issuer=settings.jwt_issuer,
                options={"require": ["exp", "iat", "nbf", "sub", "jti", "iss", "aud"]},
                leeway=LEEWAY_SECONDS,
            )
        except jwt.InvalidSignatureError:
            if index == len(keys) - 1:
                raise
    raise jwt.InvalidSignatureError("no verification key")


def new_refresh_token() -> str:
    """A new opaque refresh token (only its hash is stored)."""
    return secrets.token_urlsafe(48)
