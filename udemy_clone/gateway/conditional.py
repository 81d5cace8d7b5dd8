"""Answers from cached bodies with HTTP validators: ETag, Last-Modified and 304 Not Modified."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from starlette.datastructures import Headers
from starlette.responses import Response

from udemy_clone.core.cache import CachedBody

# Shared caches may keep public answers, but must ask again each time (an edit shows at once).
PUBLIC_CACHE_CONTROL = "public, no-cache"
PRIVATE_CACHE_CONTROL = "private, no-cache"


def not_modified(headers: Headers, entry: CachedBody) -> bool:
    """Whether the client's copy is current (If-None-Match first, else If-Modified-Since)."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or entry.etag in tags
    if_modified_since = headers.get("if-modified-since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return int(entry.last_modified) <= since
    return False


def json_answer(headers: Headers, entry: CachedBody, *, public: bool = True) -> Response:
    """200 with the body and its validators, or 304 when the client already has it."""
    response_headers = {
        "ETag": entry.etag,
        "Last-Modified": entry.last_modified_http,
        "Cache-Control": PUBLIC_CACHE_CONTROL if public else PRIVATE_CACHE_CONTROL,
        "Vary": "Authorization",
    }
    if not_modified(headers, entry):
        return Response(status_code=304, headers=response_headers)
    return Response(entry.body, media_type="application/json", headers=response_headers)
