"""CloudFront-style signed URLs: a custom policy (one folder, until a time) signed with RSA.

CloudFront checks the `Policy`, `Signature` and `Key-Pair-Id` query parameters of a request
against the public key registered for the key pair; a custom policy may name a wildcard
resource, so one signature covers every segment of a rendition and the whole playlist is
signed once (RSA signing costs about a millisecond). The same policy can be sent as signed
cookies (`CloudFront-Policy`, `CloudFront-Signature`, `CloudFront-Key-Pair-Id`).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def _cloudfront_b64(data: bytes) -> str:
    """CloudFront's URL-safe base64 ('+' → '-', '=' → '_', '/' → '~')."""
    return (
        base64.b64encode(data).decode("ascii").replace("+", "-").replace("=", "_").replace("/", "~")
    )


def cloudfront_b64decode(text: str) -> bytes:
    """The bytes of CloudFront's URL-safe base64 (for checks and tests)."""
    return base64.b64decode(text.replace("-", "+").replace("_", "=").replace("~", "/"))


def policy_document(resource: str, expires_at: int) -> bytes:
    """The custom policy: `resource` (may end in `*`) may be fetched until `expires_at`."""
    statement = {
        "Resource": resource,
        "Condition": {"DateLessThan": {"AWS:EpochTime": int(expires_at)}},
    }
    return json.dumps({"Statement": [statement]}, separators=(",", ":")).encode()


@dataclass(frozen=True)
class SignedPolicy:
    """A signed custom policy, ready to append to any URL it covers."""

    policy: str
    signature: str
    key_pair_id: str

    @property
    def query(self) -> str:
        return f"Policy={self.policy}&Signature={self.signature}&Key-Pair-Id={self.key_pair_id}"

    def cookies(self) -> dict[str, str]:
        """The same grant as CloudFront signed cookies."""
        return {
            "CloudFront-Policy": self.policy,
            "CloudFront-Signature": self.signature,
            "CloudFront-Key-Pair-Id": self.key_pair_id,
        }


class CdnSigner:
    """Signs custom policies with one key pair (RSA, SHA-1, PKCS#1 v1.5, as CloudFront wants)."""

    def __init__(self, *, key_pair_id: str, private_key_pem: bytes) -> None:
        key = serialization.load_pem_private_key(private_key_pem, password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError("The CDN signing key must be an RSA private key.")
        self.key_pair_id = key_pair_id
        self._key = key

    def sign_policy(self, resource: str, expires_at: int) -> SignedPolicy:
        """A signed grant for `resource` until `expires_at` (epoch seconds)."""
        document = policy_document(resource, expires_at)
        signature = self._key.sign(document, padding.PKCS1v15(), hashes.SHA1())  # noqa: S303
        return SignedPolicy(_cloudfront_b64(document), _cloudfront_b64(signature), self.key_pair_id)


@lru_cache(maxsize=4)
def load_signer(key_pair_id: str, key_file: Path) -> CdnSigner:
    """The signer of a key file (read once per process)."""
    return CdnSigner(key_pair_id=key_pair_id, private_key_pem=Path(key_file).read_bytes())
