"""Reading a served page's first view (web.kit.first_view) in tests."""

from __future__ import annotations


def first_view(html: str) -> str:
    """What comes before React's root in <body> (where the first view goes)."""
    body = html.split("<body>", 1)[1]
    assert body.count('<div id="first-view">') <= 1
    return body.split('<div class="radix-themes" id="react-root">')[0]
