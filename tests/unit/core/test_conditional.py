"""Validators of cached answers: which conditional requests may get 304 Not Modified."""

from __future__ import annotations

from email.utils import formatdate

from starlette.datastructures import Headers

from udemy_clone.core.cache import CachedBody
from udemy_clone.gateway.conditional import json_answer, not_modified

ENTRY = CachedBody.of(b'{"id": 1}', last_modified=1_700_000_000.5)


def test_etag_is_a_quoted_digest_of_the_body():
    assert ENTRY.etag.startswith('"') and ENTRY.etag.endswith('"')
    assert CachedBody.of(b'{"id": 1}').etag == ENTRY.etag
    assert CachedBody.of(b'{"id": 2}').etag != ENTRY.etag


def test_if_none_match_decides_and_wins_over_if_modified_since():
    later = formatdate(1_800_000_000, usegmt=True)
    assert not_modified(Headers({"if-none-match": ENTRY.etag}), ENTRY)
    assert not_modified(Headers({"if-none-match": f'"x", W/{ENTRY.etag}'}), ENTRY)
    assert not_modified(Headers({"if-none-match": "*"}), ENTRY)
    assert not not_modified(Headers({"if-none-match": '"x"', "if-modified-since": later}), ENTRY)


def test_if_modified_since_compares_whole_seconds_and_ignores_bad_dates():
    assert not_modified(Headers({"if-modified-since": ENTRY.last_modified_http}), ENTRY)
    earlier = formatdate(1_699_999_999, usegmt=True)
    assert not not_modified(Headers({"if-modified-since": earlier}), ENTRY)
    for bad in ("yesterday", "", "Mon, 99 Foo 2020 99:99:99 GMT"):
        assert not not_modified(Headers({"if-modified-since": bad}), ENTRY)
    assert not not_modified(Headers({}), ENTRY)


def test_answers_carry_the_validators_and_304s_have_no_body():
    full = json_answer(Headers({}), ENTRY)
    assert full.status_code == 200 and full.body == ENTRY.body
    assert full.headers["etag"] == ENTRY.etag
    assert full.headers["last-modified"] == ENTRY.last_modified_http
    assert full.headers["cache-control"] == "public, no-cache"
    assert full.headers["vary"] == "Authorization"
    empty = json_answer(Headers({"if-none-match": ENTRY.etag}), ENTRY, public=False)
    assert empty.status_code == 304 and empty.body == b""
    assert empty.headers["cache-control"] == "private, no-cache"
