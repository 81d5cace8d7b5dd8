"""Access tokens: only our own HS256 tokens with the right claims are accepted."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from udemy_clone.auth import tokens
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import NotAuthenticated
from udemy_clone.core.security import hash_password, verify_password


def _claims(**overrides):
    settings = get_settings()
    now = datetime.now(UTC)
    claims = {
        "iss": settings.jwt_issuer, "aud": settings.jwt_audience, "sub": "7", "iat": now,
        "nbf": now, "exp": now + timedelta(minutes=5), "jti": "abc", "typ": "access",
        "roles": ["student"],
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, default=str).encode()).rstrip(b"=").decode()


def test_round_trip():
    token, ttl = tokens.create_access_token(user_id=42, roles=["student", "instructor"])
    claims = tokens.decode_access_token(token)
    assert claims.user_id == 42
    assert claims.roles == ("instructor", "student")
    assert ttl == get_settings().access_token_ttl_seconds


def test_alg_none_is_refused():
    payload = _claims()
    payload = {k: int(v.timestamp()) if isinstance(v, datetime) else v for k, v in payload.items()}
    token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(payload)}."
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(token)


def test_forged_signature_is_refused():
    token = jwt.encode(_claims(), "another-secret-another-secret-another-secret", algorithm="HS256")
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(token)


def test_tampered_payload_is_refused():
    token, _ = tokens.create_access_token(user_id=1, roles=["student"])
    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=="))
    data["roles"] = ["admin"]
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(f"{header}.{_b64(data)}.{signature}")


def test_rs_hs_key_confusion_is_refused():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rs_token = jwt.encode(_claims(), key, algorithm="RS256")
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(rs_token)
    # HS256 signed with the public key bytes (the classic confusion attack)
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    import hashlib
    import hmac

    header = _b64({"alg": "HS256", "typ": "JWT"})
    payload = _b64({k: int(v.timestamp()) if isinstance(v, datetime) else v
                    for k, v in _claims().items()})
    sig = hmac.new(public_pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    forged = f"{header}.{payload}.{base64.urlsafe_b64encode(sig).rstrip(b'=').decode()}"
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(forged)


# Times are offsets from the moment the test runs (not from collection, which may be long before).
@pytest.mark.parametrize(
    "overrides",
    [
        {"exp": timedelta(minutes=-1)},
        {"nbf": timedelta(minutes=10)},
        {"aud": "someone-else"},
        {"iss": "someone-else"},
        {"typ": "refresh"},
        {"sub": "not-a-number"},
        {"jti": None},
        {"exp": None},
    ],
    ids=["expired", "not-yet-valid", "wrong-audience", "wrong-issuer", "wrong-type",
         "bad-subject", "no-jti", "no-exp"],
)
def test_invalid_claims_are_refused(overrides):
    now = datetime.now(UTC)
    overrides = {k: now + v if isinstance(v, timedelta) else v for k, v in overrides.items()}
    token = jwt.encode(_claims(**overrides), get_settings().secret_key, algorithm="HS256")
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(token)


@pytest.mark.parametrize("token", ["", "a.b", "a.b.c", "x" * 5000, "💥.💥.💥"])
def test_garbage_is_refused(token):
    with pytest.raises(NotAuthenticated):
        tokens.decode_access_token(token)


def test_password_hash_is_argon2id_with_owasp_parameters():
    hashed = hash_password("correct-Horse-42")
    assert hashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password("correct-Horse-42", hashed)
    assert not verify_password("wrong-Horse-42", hashed)
    assert not verify_password("x" * 200_000, hashed)
    assert not verify_password("anything", None)
