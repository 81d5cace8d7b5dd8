"""An instructor profile's first view: the profile's head and the first row of course images.

The same content the page draws (page.py, kit/instructor_views.py, kit/course_card.py), with the
same Radix classes and layout values, so the page's own render replaces it in place
(web.kit.first_view). The cards' texts (title, rating, price) come with the page's data: the
first view holds their images, where the page draws them. No ids or test hooks of the page's own
elements.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.gateway.static_cache import FirstView
from udemy_clone.web.kit.first_view import (
    CARD_ROW,
    CARD_ROW_CSS,
    card_image_row,
    escape,
    first_view_html,
    lucide_svg,
)
from udemy_clone.web.pages.course.rows import InstructorCard, instructor_card

PROFILE_ROUTES = ("user/:slug",)
_PROFILE_PATH = re.compile(r"^/user/([^/?#]+)/?$")
_ICONS = {
    "star": '<path d="M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l'
    "5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53"
    " 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881"
    "-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 "
    '2.122 0 0 0 1.597-1.16z"></path>',
    "award": '<path d="m15.477 12.89 1.515 8.526a.5.5 0 0 1-.81.47l-3.58-2.687a1 1 0 0 0-1.197 0'
    'l-3.586 2.686a.5.5 0 0 1-.81-.469l1.514-8.526"></path><circle cx="12" cy="8" r="6"></circle>',
    "users": '<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"></path><path d="M16 3.128a4 4 '
    '0 0 1 0 7.744"></path><path d="M22 21v-2a4 4 0 0 0-3-3.87"></path><circle cx="9" cy="7" '
    'r="4"></circle>',
    "circle-play": '<path d="M9 9.003a1 1 0 0 1 1.517-.859l4.997 2.997a1 1 0 0 1 0 1.718l-4.997 '
    '2.997A1 1 0 0 1 9 14.996z"></path><circle cx="12" cy="12" r="10"></circle>',
}
_CSS = (
    ".fv-page{max-width:1200px;margin:0 auto;padding:1.5rem 1.25rem}"
    ".fv-profile{width:100%;max-width:1000px}.fv-head{gap:1.5rem;width:100%}"
    ".fv-grow{flex:1 1 0%}.fv-label{color:var(--gray-10)}.fv-icon{color:var(--gray-11)}"
)


def _icon(name: str, size: int, css_class: str = "") -> str:
    return lucide_svg(name, _ICONS[name], size, css_class)


def _head(card: InstructorCard, course_count: int) -> str:
    figures = "".join(
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-gap-2 rx-Stack">'
        f'{_icon(icon, 14, "fv-icon")}<p class="rt-Text rt-r-size-2">{escape(text)}</p></div>'
        for icon, text in (
            ("star", card.rating),
            ("award", card.reviews),
            ("users", card.students),
            ("circle-play", card.courses),
        )
    )
    headline = (
        f'<p class="rt-Text rt-r-size-4 rt-r-weight-medium">{escape(card.headline)}</p>'
        if card.headline
        else ""
    )
    letters = "rt-one-letter" if len(card.initials) == 1 else "rt-two-letters"
    inner = (
        f'<img class="rt-AvatarImage" src="{escape(card.photo)}" alt="{escape(card.name)}">'
        if card.photo
        else f'<span class="rt-AvatarFallback {letters}">{escape(card.initials)}</span>'
    )
    photo = (
        '<span data-accent-color="violet" data-radius="full" class="rt-reset rt-AvatarRoot '
        f'rt-r-size-9 rt-variant-soft">{inner}</span>'
    )
    bio = (
        '<div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-2 rx-Stack fv-w">'
        '<h2 class="rt-Heading rt-r-size-5">About me</h2><p class="rt-Text rt-r-size-3" '
        f'style="white-space:pre-line">{escape(card.bio)}</p></div>'
        if card.bio
        else ""
    )
    return (
        '<div class="rt-Flex rt-r-fd-column-reverse sm:rt-r-fd-row rt-r-ai-start '
        'sm:rt-r-ai-center fv-head"><div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-2 '
        'rx-Stack fv-grow"><p class="rt-Text rt-r-size-1 rt-r-weight-bold fv-label">INSTRUCTOR</p>'
        f'<h1 class="rt-Heading rt-r-size-8">{escape(card.name)}</h1>{headline}'
        '<div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-1 rx-Stack">'
        f"{figures}</div></div>{photo}</div>{bio}"
        f'<h2 class="rt-Heading rt-r-size-5">My courses ({course_count})</h2>'
    )


def instructor_first_view(path: str) -> FirstView | None:
    """The first view of `/user/<slug>` (an instructor's public profile), or None."""
    match = _PROFILE_PATH.match(path)
    if match is None:
        return None
    slug = unquote(match.group(1))[:120]
    try:
        with db.read_session() as session:
            profile = catalog_service.instructor_profile(session=session, slug=slug)
    except DomainError:
        return None
    card = instructor_card(profile)
    cards, preload = card_image_row(
        [(c.slug, c.title, c.thumbnail_url or "") for c in profile.courses[:CARD_ROW]]
    )
    content = (
        '<div class="fv-page"><div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-5 '
        f'rx-Stack fv-profile">{_head(card, len(profile.courses))}'
        f"{cards}</div></div>"
    )
    return FirstView(
        head=preload, body=first_view_html(content, _CSS + CARD_ROW_CSS + ".fv-w{width:100%}")
    )
