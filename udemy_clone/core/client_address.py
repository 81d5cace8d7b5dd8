"""The client's address: the direct peer, or X-Forwarded-For when the peer is a trusted proxy.

One function used by sign-in throttling, the API rate limit, the logs and the Reflex sign-in,
so they all agree on who the client is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from ipaddress import IPv4Address, IPv6Address, ip_address
from typing import Any

from udemy_clone.core.config import get_settings

MAX_FORWARDED_HOPS = 32


def _parse(value: str) -> IPv4Address | IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        return ip_address(value)
    except ValueError:
        return None


def _is_trusted(address: IPv4Address | IPv6Address) -> bool:
    return any(address in network for network in get_settings().trusted_proxy_networks)


def resolve_client_address(peer: str | None, forwarded_for: Iterable[str] = ()) -> str | None:
    """The client's address for a request from `peer` with these X-Forwarded-For headers.

    The header is believed only when the peer is in TRUSTED_PROXIES. It is walked from the
    right (the hop nearest to us), skipping trusted proxies; the first untrusted address is the
    client. A malformed entry stops the walk there: what lies left of it is the client's word.
    """
    peer_address = _parse(peer or "")
    if peer_address is None:
        return peer or None
    if not _is_trusted(peer_address):
        return str(peer_address)
    hops = [hop for header in forwarded_for for hop in header.split(",")][-MAX_FORWARDED_HOPS:]
    client = peer_address
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break
        client = address
        if not _is_trusted(address):
            break
    return str(client)


# (peer, X-Forwarded-For values) -> (settings it was resolved under, client address): every
# request asks, and a connection's requests all come from the same peer.
_resolved: dict[tuple[str | None, tuple[str, ...]], tuple[object, str | None]] = {}
_RESOLVED_MAX = 4096


def client_address_from_scope(scope: Mapping[str, Any]) -> str | None:
    """The client's address of an ASGI HTTP/WebSocket scope."""
    client = scope.get("client")
    forwarded = tuple(
        value.decode("latin-1")
        for name, value in scope.get("headers") or []
        if name == b"x-forwarded-for"
    )
    key = (client[0] if client else None, forwarded)
    settings = get_settings()
    found = _resolved.get(key)
    if found is not None and found[0] is settings:
        return found[1]
    address = resolve_client_address(key[0], forwarded)
    if len(_resolved) >= _RESOLVED_MAX:
        _resolved.clear()
    _resolved[key] = (settings, address)
    return address


def client_address_from_headers(peer: str | None, headers: Mapping[str, str]) -> str | None:
    """The client's address for a Reflex event: `headers` are the WebSocket's request headers
    (Reflex records the direct peer as `asgi-scope-client`)."""
    forwarded = headers.get("x-forwarded-for")
    return resolve_client_address(
        headers.get("asgi-scope-client") or peer, [forwarded] if forwarded else []
    )
