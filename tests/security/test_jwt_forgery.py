"""Forged access tokens are refused by /api/v1/me, whatever they are signed with."""

from __future__ import annotations

import ast
import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.support.factories import make_user
from udemy_clone.auth import tokens
from udemy_clone.core.config import get_settings

ROOT = Path(__file__).resolve().parents[2]


def _claims(user_id: int, **overrides) -> dict:
    settings = get_settings()
    now = datetime.now(UTC)
    claims = {
        "iss": settings.jwt_issuer, "aud": settings.jwt_audience, "sub": str(user_id),
        "iat": now, "nbf": now, "exp": now + timedelta(minutes=5), "jti": "forged",
        "typ": "access", "roles": ["admin", "instructor", "student"],
    }
    claims.update(overrides)
    return claims


def _b64(data: dict) -> str:
    raw = json.dumps(data, default=lambda v: int(v.timestamp())).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _me(api, token: str) -> int:
    response = api.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    if response.status_code != 200:
        assert set(response.json()) == {"error"}
    return response.status_code


def test_a_genuine_token_works(api):
    user = make_user()
    token, _ = tokens.create_access_token(user_id=int(user.id), roles=["student"])
    assert _me(api, token) == 200


def test_alg_none_is_refused(api):
    user = make_user(role="admin")
    token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(_claims(int(user.id)))}."
    assert _me(api, token) == 401


def test_rs256_and_hs_with_public_key_are_refused(api):
    user = make_user(role="admin")
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert _me(api, jwt.encode(_claims(int(user.id)), private, algorithm="RS256")) == 401
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # algorithm confusion: the public key used as an HMAC secret
    header = _b64({"alg": "HS256", "typ": "JWT"})
    body = _b64(_claims(int(user.id)))
    import hashlib
    import hmac

    signature = hmac.new(public_pem, f"{header}.{body}".encode(), hashlib.sha256).digest()
    token = f"{header}.{body}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"
    assert _me(api, token) == 401
    assert _me(api, jwt.encode(_claims(int(user.id)), "k" * 64, algorithm="HS512")) == 401


@pytest.mark.parametrize(
    "overrides",
    [
        {"exp": datetime.now(UTC) - timedelta(minutes=1)},
        {"aud": "someone-else"},
        {"iss": "someone-else"},
        {"typ": "refresh"},
        {"nbf": datetime.now(UTC) + timedelta(hours=1)},
    ],
    ids=["expired", "audience", "issuer", "type", "not-yet-valid"],
)
def test_tokens_with_wrong_claims_are_refused(api, overrides):
    from udemy_clone.core.security import ACCESS_TOKEN_PURPOSE, signing_key

    user = make_user()
    token = jwt.encode(
        _claims(int(user.id), **overrides), signing_key(ACCESS_TOKEN_PURPOSE), algorithm="HS256"
    )
    assert _me(api, token) == 401


def test_a_wrong_key_is_refused(api):
    user = make_user()
    token = jwt.encode(_claims(int(user.id)), "x" * 64, algorithm="HS256")
    assert _me(api, token) == 401


def _string_literals() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "udemy_clone").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                found.add(node.value)
    for name in ("rxconfig.py",):
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                found.add(node.value)
    return found


@pytest.fixture
def install_without_secret_key(tmp_path, monkeypatch):
    """The app as `make run` starts it when nobody set SECRET_KEY."""
    monkeypatch.delenv("SECRET_KEY")
    monkeypatch.setenv("ENV", "development")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def test_no_string_literal_of_the_source_tree_signs_a_valid_token(
    api, install_without_secret_key
):
    """Whatever constant sits in the code, it is no signing key (even with no SECRET_KEY)."""
    user = make_user(role="admin")
    claims = _claims(int(user.id))
    literals = _string_literals()
    assert len(literals) > 1000
    accepted = []
    for literal in literals:
        token = jwt.encode(claims, literal.encode(), algorithm="HS256")
        try:
            tokens.decode_access_token(token)
        except Exception:
            continue
        accepted.append(literal)
    assert accepted == []
    # and end to end, a sample through the API
    for literal in sorted(literals)[:: max(1, len(literals) // 50)]:
        assert _me(api, jwt.encode(claims, literal.encode(), algorithm="HS256")) == 401
