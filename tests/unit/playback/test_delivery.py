"""Signing windows of direct segment URLs and CloudFront-style signed policies."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from udemy_clone.core.config import get_settings
from udemy_clone.playback import delivery
from udemy_clone.playback.cdn_signing import CdnSigner, cloudfront_b64decode

STEP = delivery.SIGNING_STEP_SECONDS


def test_viewers_of_one_step_share_a_window_long_enough_to_play():
    ttl = get_settings().hls_segment_url_ttl_seconds
    start = 1_800_000_000 // STEP * STEP

    def window(now: int) -> delivery.SigningWindow:
        return delivery.signing_window(now=now, play_seconds=125.5, token_expires_at=2**31)

    first, later, next_step = window(start + 3), window(start + STEP - 1), window(start + STEP)

    assert first == later and first.signed_at == start
    assert next_step.signed_at == start + STEP
    # whoever gets the playlist last in the step can still play it through, plus the slack
    assert first.expires_at >= start + STEP - 1 + 125.5 + ttl


def test_a_window_never_outlives_its_token():
    window = delivery.signing_window(
        now=1_800_000_100, play_seconds=3600, token_expires_at=1_800_000_400
    )

    assert window.expires_at == 1_800_000_400
    assert window.signed_at == 1_800_000_100


def _signer() -> tuple[CdnSigner, rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return CdnSigner(key_pair_id="KEXAMPLE", private_key_pem=pem), key


def test_a_cdn_policy_covers_its_folder_until_its_time_and_is_signed_with_the_key():
    signer, key = _signer()

    grant = signer.sign_policy("https://cdn.example.com/videos/5/hls/720p/*", 1_800_000_000)

    policy = cloudfront_b64decode(grant.policy)
    assert json.loads(policy) == {
        "Statement": [
            {
                "Resource": "https://cdn.example.com/videos/5/hls/720p/*",
                "Condition": {"DateLessThan": {"AWS:EpochTime": 1_800_000_000}},
            }
        ]
    }
    assert not set("+=/") & set(grant.policy + grant.signature)  # CloudFront's URL alphabet
    key.public_key().verify(
        cloudfront_b64decode(grant.signature), policy, padding.PKCS1v15(), hashes.SHA1()
    )
    assert grant.query.endswith("&Key-Pair-Id=KEXAMPLE")
    assert grant.cookies()["CloudFront-Policy"] == grant.policy


def test_only_rsa_keys_sign_cdn_policies():
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match="RSA"):
        CdnSigner(key_pair_id="K", private_key_pem=pem)
