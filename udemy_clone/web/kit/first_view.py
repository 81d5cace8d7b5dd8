"""A page's first view: its above-the-fold content as plain HTML in the page's shell.

A page with a parameter in its address (`/course/<slug>`) is served a shell without content
(gateway.static_cache): it painted only after its JavaScript, the WebSocket and its data
(1.2-1.7 s). The server now puts the content the viewer sees first into that shell, per
request, as static HTML outside React's tree (`<div id="first-view">`, absolutely placed where
the page draws the same content, styled with the same Radix classes and values). The page
removes it when its own render with data is on screen (`first_view_handoff`), or when it is
left before that (`first_view_guard`); a client-side navigation never gets one.

    page_shell(first_view_guard(), rx.cond(State.loaded, rx.fragment(
        content(), first_view_handoff("#buy-box img")), skeleton()))
"""

from __future__ import annotations

import html
from typing import Any

import reflex as rx

from udemy_clone.web.kit.course_card import CARD_IMAGE_SIZES, THUMB_WIDTHS, webp_url
from udemy_clone.web.kit.theme import ACCENT

FIRST_VIEW_ID = "first-view"
# Where the page's content starts: below the sticky header (layout.navbar: 64 px and its 1 px
# border; below 30em its second row, the phones' search box, makes it 109 px), under its
# z-index (50) and above the page's skeleton. As tall as the screen at least, so that a
# classic scrollbar is there from the first paint (the page is always taller), and only the
# content takes clicks.
_FRAME_CSS = (
    f"#{FIRST_VIEW_ID}{{position:absolute;top:109px;left:0;right:0;z-index:10;"
    "min-height:100vh;pointer-events:none}"
    f"#{FIRST_VIEW_ID}>div>*{{pointer-events:auto}}"
    f"@media screen and (min-width:30em){{#{FIRST_VIEW_ID}{{top:65px}}}}"
)


class FirstViewHandoff(rx.Component):
    """Removes the first view once the page's own content (and its images) are drawn."""

    library = rx.asset("first_view.jsx").importable_path
    tag = "FirstViewHandoff"

    wait_for: rx.Var[str]


class FirstViewGuard(rx.Component):
    """Removes the first view when the page is left before its content came."""

    library = rx.asset("first_view.jsx").importable_path
    tag = "FirstViewGuard"


def first_view_handoff(wait_for: str = "") -> rx.Component:
    """Put where the page's data are drawn; `wait_for`: its images the first view also shows."""
    return FirstViewHandoff.create(wait_for=wait_for)


def first_view_guard() -> rx.Component:
    """Put in the page from its first render."""
    return FirstViewGuard.create()


def escape(value: Any) -> str:
    """Text or an attribute value, HTML-escaped (quotes included)."""
    return html.escape(str(value), quote=True)


def lucide_svg(name: str, paths: str, size: int, css_class: str = "") -> str:
    """A Lucide icon as the page's `rx.icon` draws it (`paths`: the icon's inner SVG)."""
    extra = f" {css_class}" if css_class else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        'viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" '
        f'stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-{name}{extra}" '
        f'aria-hidden="true">{paths}</svg>'
    )


def first_view_html(content: str, css: str) -> str:
    """The first view's element: `content` inside a Radix Themes scope of the app's colours."""
    return (
        f"<style>{_FRAME_CSS}{css}</style>"
        f'<div id="{FIRST_VIEW_ID}"><div class="radix-themes" data-accent-color="{ACCENT}" '
        'data-gray-color="slate" data-has-background="false" data-panel-background="translucent" '
        f'data-radius="medium" data-scaling="100%">{content}</div></div>'
    )


def image_preload(src: str, srcset: str, sizes: str) -> str:
    """A high-priority preload of the first view's largest image (same choice as the <img>)."""
    return (
        f'<link rel="preload" as="image" href="{escape(src)}" imagesrcset="{escape(srcset)}" '
        f'imagesizes="{escape(sizes)}" fetchpriority="high"/>'
    )


# One row of a card grid (course_card.GRID_COLUMNS): 1 card on phones, 2 from 30em, 3 from 48em.
CARD_ROW = 3
# The grid's and the cards' values (course_card.course_grid, course_card, thumbnail); the cards
# beyond the first row's width are hidden.
CARD_ROW_CSS = (
    ".fv-cards{width:100%;grid-template-columns:1fr;gap:1.5rem}"
    ".fv-card{position:relative;min-width:0;width:100%}"
    ".fv-card>a{display:block;width:100%;min-width:0;border-radius:12px;padding:6px;margin:-6px}"
    ".fv-card-media{flex-shrink:0;width:42%}"
    ".fv-card-thumb{aspect-ratio:16/9;width:100%;overflow:hidden;border-radius:8px;"
    "background:var(--gray-a3);border:1px solid var(--gray-a3)}"
    ".fv-card-thumb img{width:100%;height:100%;display:block;object-fit:cover}"
    ".fv-card-placeholder{display:flex;align-items:center;justify-content:center;width:100%;"
    "height:100%;background:linear-gradient(135deg,var(--violet-9),var(--indigo-10))}"
    ".fv-card:nth-child(n+2){display:none}"
    "@media screen and (min-width:30em){.fv-cards{grid-template-columns:repeat(2,minmax(0,1fr));"
    "gap:1.5rem 1.25rem}.fv-card:nth-child(2){display:block}}"
    "@media screen and (min-width:48em){.fv-cards{grid-template-columns:repeat(3,minmax(0,1fr))}"
    ".fv-card-media{width:100%}.fv-card:nth-child(3){display:block}}"
)


def card_media(title: str, thumbnail: str, placeholder: str) -> tuple[str, str]:
    """A course card's image (WebP at the card's sizes, high priority) and its preload; an
    empty block of class `placeholder` and no preload for a course without an image."""
    if not thumbnail:
        return f'<div class="{placeholder}"></div>', ""
    src = str(webp_url(thumbnail, 480))
    srcset = ", ".join(f"{webp_url(thumbnail, w)} {w}w" for w in THUMB_WIDTHS)
    media = (
        f'<img alt="{escape(title)}" decoding="async" fetchpriority="high" height="422" '
        f'width="750" sizes="{escape(CARD_IMAGE_SIZES)}" srcset="{escape(srcset)}" '
        f'src="{escape(src)}">'
    )
    return media, image_preload(src, srcset, CARD_IMAGE_SIZES)


def _card_image(slug: str, title: str, thumbnail: str) -> tuple[str, str]:
    """A card's image where the card draws it (a list row on phones), and its preload."""
    media, preload = card_media(title, thumbnail, "fv-card-placeholder")
    return (
        f'<div class="rt-Box fv-card"><a class="rt-Text rt-reset rt-Link rt-underline-none" '
        f'aria-label="{escape(title)}" href="/course/{escape(slug)}"><div class="rt-Flex '
        'rt-r-fd-row sm:rt-r-fd-column"><div class="rt-Box fv-card-media"><div class="rt-Box '
        f'fv-card-thumb">{media}</div></div></div></a></div>',
        preload,
    )


def card_image_row(cards: list[tuple[str, str, str]]) -> tuple[str, str]:
    """The first row of a card grid as its images (`cards`: slug, title, thumbnail URL, at most
    CARD_ROW), and the preload of the first image (the largest paint on every width)."""
    drawn = [_card_image(slug, title, thumbnail) for slug, title, thumbnail in cards[:CARD_ROW]]
    grid = f'<div class="rt-Grid fv-cards">{"".join(html for html, _ in drawn)}</div>'
    return grid, drawn[0][1] if drawn else ""
