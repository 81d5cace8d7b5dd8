"""The studio's description formatting and price parsing."""

from __future__ import annotations

import pytest

from udemy_clone.catalog.description import TextSpan, description_blocks
from udemy_clone.web.pages.studio.listing_form import parse_price, price_text


def test_description_blocks_are_plain_text_with_simple_structure():
    blocks = description_blocks("## Learn\nWrite **tests**\nthat pass.\n\n- one\n* <b>two</b>")
    assert [b.kind for b in blocks] == ["heading", "paragraph", "bullet", "bullet"]
    assert blocks[1].spans == [
        TextSpan("Write "), TextSpan("tests", bold=True), TextSpan(" that pass.")
    ]  # fmt: skip
    assert blocks[3].spans == [TextSpan("<b>two</b>")]  # shown as typed, never as HTML


def test_an_unmatched_bold_marker_stays_as_typed():
    assert description_blocks("5 ** 2")[0].spans == [TextSpan("5 ** 2")]


def test_prices_follow_the_currency_minor_units():
    assert parse_price("12.50", "USD") == 1250
    assert parse_price("1,200", "JPY") == 1200
    assert price_text(1250, "USD") == "12.50"
    with pytest.raises(ValueError, match="no decimals"):
        parse_price("12.5", "JPY")
    with pytest.raises(ValueError, match="above zero"):
        parse_price("0", "USD")
    with pytest.raises(ValueError, match="number"):
        parse_price("twelve", "USD")
