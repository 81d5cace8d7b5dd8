"""The home page's first view (`/`): the hero, the "Explore" chips and the first row's images.

`/` is prerendered: its HTML paints the hero, but the rows of course cards only come with the
page's data over the WebSocket. On a phone the largest paint is the first card's image (the
hero is short there), which came at 0.9-1.0 s. Per request the server puts what the page shows
above the fold into that HTML (gateway.static_cache), with the same Radix classes and layout
values as page.py and hero.py draw them, so the page's own render replaces it in place
(web.kit.first_view): the hero, the category chips, and the first row's heading and images.

Rows are read through the same generation-keyed cache as HomeState.load (`home_rows_body`):
an edit or a newly published course shows on the next load. Only the public rows exist here:
a signed-in student's page starts with personal "Because you viewed ..." rows, which the
address does not tell; the view therefore shows the cards only to a visitor without a sign-in
token (a small inline script hides the row, leaving the hero and the chips, when the browser
holds one). The hero's "Join for free" is the anonymous button, as in the prerendered page.
An empty catalogue gets the hero alone (the page shows its own "courses are on their way").
"""

from __future__ import annotations

from threading import Lock

from pydantic import TypeAdapter

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import HomeRow
from udemy_clone.core import db
from udemy_clone.core.brand import BRAND
from udemy_clone.core.log import get_logger
from udemy_clone.gateway.static_cache import FirstView
from udemy_clone.taxonomy.models import CategoryNode
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.first_view import (
    card_media,
    escape,
    first_view_html,
    lucide_svg,
)
from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.home.rows import category_chips, see_all_url
from udemy_clone.web.pages.home.state import HOME_ROW_SIZE

log = get_logger(__name__)

HOME_PAGES = ("/",)
# Cards of the first row drawn: five fit on the widest screens (course_card.scroll_row).
_ROW_CARDS = 5
_ROWS: TypeAdapter[list[HomeRow]] = TypeAdapter(list[HomeRow])
_TREE: TypeAdapter[list[CategoryNode]] = TypeAdapter(list[CategoryNode])
_RENDERED: dict[tuple[str, str], FirstView] = {}
_LOCK = Lock()

_ICONS = {
    "search": '<path d="m21 21-4.34-4.34"></path><circle cx="11" cy="11" r="8"></circle>',
    "play": '<path d="M5 5a2 2 0 0 1 3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 '
    '0 1 5 19z"></path>',
    "arrow-right": '<path d="M5 12h14"></path><path d="m12 5 7 7-7 7"></path>',
    "chevron-left": '<path d="m15 18-6-6 6-6"></path>',
    "chevron-right": '<path d="m9 18 6-6-6-6"></path>',
}
# The values of layout.page_shell, hero.py, page.py and course_card.scroll_row.
_CSS = (
    "#first-view>.radix-themes{background:var(--color-background);min-height:100vh}"
    ".fv-main{max-width:1200px;margin:0 auto;padding:1.5rem 1.25rem}"
    ".fv-hero{position:relative;overflow:hidden;border-radius:20px;padding:1.5rem 1.25rem;"
    f"background:linear-gradient(120deg,var(--{ACCENT}-10),var(--indigo-11) 70%,"
    f"var(--{ACCENT}-11));box-shadow:0 18px 40px rgba(80,40,160,0.18)}}"
    ".fv-hero-col{max-width:640px}.fv-hero-h{line-height:1.15;color:white}"
    ".fv-hero-p{color:rgba(255,255,255,0.85)}"
    ".fv-hero-search{width:100%;max-width:520px;display:none}"
    ".fv-hero-search .rt-TextFieldRoot{background:white;box-shadow:none}"
    ".fv-w{width:100%}.fv-search-wrap{position:relative;width:100%}"
    f".fv-light{{background:white;color:var(--{ACCENT}-11);font-weight:600}}"
    ".fv-outline{color:white;box-shadow:inset 0 0 0 1px rgba(255,255,255,0.6)}"
    ".fv-play{display:none;align-items:center;justify-content:center;width:132px;height:132px;"
    "border-radius:50%;background:rgba(255,255,255,0.14);box-shadow:0 0 0 18px "
    "rgba(255,255,255,0.06),0 0 0 36px rgba(255,255,255,0.04);position:absolute;right:72px;"
    "top:50%;transform:translateY(-50%);color:white}"
    ".fv-chips{min-height:48px;width:100%}.fv-chip-row{padding-top:1.25rem;flex-wrap:nowrap;"
    "overflow-x:auto;scrollbar-width:none}.fv-chip-row>*{flex-shrink:0}"
    ".fv-explore{color:var(--gray-11)}.fv-chip{padding:6px 12px}"
    ".fv-rows{padding-top:2rem}.fv-spacer{flex:1 1 0%;place-self:stretch}"
    f".fv-see-all{{color:var(--{ACCENT}-11);white-space:nowrap}}"
    ".fv-scroll-buttons{display:none}"
    ".fv-row{display:grid;grid-auto-flow:column;grid-auto-columns:78%;gap:1.25rem;"
    "overflow-x:hidden;padding:6px 6px 14px;margin:-6px;align-self:stretch}"
    ".fv-row-card{min-width:0}"
    ".fv-row-card>a{display:block;width:100%;min-width:0;border-radius:12px;padding:6px;"
    "margin:-6px}"
    ".fv-thumb{aspect-ratio:16/9;width:100%;overflow:hidden;border-radius:10px;"
    "background:var(--gray-a3);border:1px solid var(--gray-a3)}"
    ".fv-thumb img{width:100%;height:100%;display:block;object-fit:cover}"
    ".fv-thumb-placeholder{display:flex;align-items:center;justify-content:center;width:100%;"
    f"height:100%;background:linear-gradient(135deg,var(--{ACCENT}-9),var(--indigo-10))}}"
    ".fv-signed-in .fv-rows{visibility:hidden}"
    "@media screen and (min-width:30em){.fv-hero{padding:2rem 2rem}"
    ".fv-hero-search{display:block}"
    ".fv-row{grid-auto-columns:calc((100% - 1.25rem) / 2.3)}}"
    "@media screen and (min-width:48em){.fv-hero{padding:2.25rem 3rem}.fv-play{display:flex}"
    ".fv-scroll-buttons{display:flex}"
    ".fv-row{grid-auto-columns:calc((100% - 2 * 1.25rem) / 3.2)}}"
    "@media screen and (min-width:62em){.fv-row{grid-auto-columns:calc((100% - 4 * 1.25rem) / 5)}}"
)
# A browser holding a sign-in token may be shown personal rows first: keep their place empty.
_SIGNED_IN_SCRIPT = (
    "<script>try{if(localStorage.getItem('uc_access_token')||"
    "localStorage.getItem('uc_refresh_token'))document.getElementById('first-view')"
    ".classList.add('fv-signed-in')}catch(e){}</script>"
)


def _icon(name: str, size: int) -> str:
    return lucide_svg(name, _ICONS[name], size)


def _hero() -> str:
    """hero.py for a visitor (the prerendered page's hero)."""
    search = (
        '<div class="rt-Box fv-hero-search"><div class="rt-Box fv-search-wrap">'
        f'<form class="fv-w" action="{routes.BROWSE}" method="get"><div data-radius="full" '
        'class="rt-TextFieldRoot rt-r-size-2 rt-variant-surface header-search-input fv-w">'
        '<input spellcheck="false" aria-label="Search courses" autocomplete="off" '
        'maxlength="200" placeholder="Search for anything" class="rt-reset rt-TextFieldInput" '
        f'name="q" value=""><div class="rt-TextFieldSlot">{_icon("search", 16)}</div></div>'
        "</form></div></div>"
    )
    buttons = (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-start rt-r-fw-wrap rt-r-gap-3 rx-Stack">'
        f'<a class="rt-Text rt-reset rt-Link rt-underline-auto" href="{routes.REGISTER}">'
        '<button class="rt-reset rt-BaseButton rt-r-size-3 rt-variant-solid rt-Button fv-light" '
        'tabindex="-1">Join for free</button></a>'
        f'<a class="rt-Text rt-reset rt-Link rt-underline-auto" href="{routes.TEACH}">'
        '<button data-accent-color="gray" class="rt-reset rt-BaseButton rt-r-size-3 '
        f'rt-variant-outline rt-Button fv-outline" tabindex="-1">Teach on {escape(BRAND)}'
        "</button></a></div>"
    )
    return (
        '<div class="rt-Box fv-hero"><div class="rt-Flex rt-r-fd-column rt-r-ai-start '
        'rt-r-gap-3 rx-Stack fv-hero-col"><h1 class="rt-Heading rt-r-size-6 sm:rt-r-size-7 '
        'md:rt-r-size-8 fv-hero-h">Learn the skills that move your work forward</h1>'
        '<p class="rt-Text rt-r-size-3 md:rt-r-size-4 fv-hero-p">Video courses from '
        "practitioners: programming, data, design, business and more. Learn at your own pace, "
        f"on any device.</p>{search}{buttons}</div>"
        f'<div class="rt-Box fv-play">{_icon("play", 56)}</div></div>'
    )


def _chips(tree: list[CategoryNode]) -> str:
    """The "Explore" chips (page._category_chips)."""
    chips = category_chips(tree)
    if not chips:
        return '<div class="rt-Box fv-chips"></div>'
    links = "".join(
        f'<a class="rt-Text rt-reset rt-Link rt-underline-none" href="{escape(chip.href)}">'
        '<span data-accent-color="gray" data-radius="full" class="rt-reset rt-Badge '
        f'rt-r-size-2 rt-variant-surface fv-chip">{escape(chip.name)}</span></a>'
        for chip in chips
    )
    return (
        '<div class="rt-Box fv-chips"><div class="rt-Flex rt-r-fd-row rt-r-ai-center '
        'rt-r-gap-2 rx-Stack fv-chip-row"><p class="rt-Text rt-r-size-2 '
        f'rt-r-weight-bold fv-explore">Explore</p>{links}</div></div>'
    )


def _card(slug: str, title: str, thumbnail: str) -> tuple[str, str]:
    """A row card's image where course_card draws it, and its preload."""
    media, preload = card_media(title, thumbnail, "fv-thumb-placeholder")
    return (
        f'<div class="rt-Box fv-row-card"><a class="rt-Text rt-reset rt-Link rt-underline-none" '
        f'aria-label="{escape(title)}" href="{escape(routes.course_url(slug))}">'
        f'<div class="rt-Box fv-thumb">{media}</div></a></div>',
        preload,
    )


def _first_row(row: HomeRow) -> tuple[str, str]:
    """The first row's heading and card images (page._home_row), and the first preload."""
    button = (
        '<button data-accent-color="gray" data-radius="full" aria-label="{label}" '
        'class="rt-reset rt-BaseButton rt-r-size-2 rt-variant-soft rt-IconButton" '
        'tabindex="-1">{icon}</button>'
    )
    buttons = (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-start rt-r-gap-2 rx-Stack fv-scroll-buttons">'
        + button.format(label="Scroll left", icon=_icon("chevron-left", 18))
        + button.format(label="Scroll right", icon=_icon("chevron-right", 18))
        + "</div>"
    )
    head = (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-gap-3 rx-Stack fv-w">'
        f'<h2 class="rt-Heading rt-r-size-5 md:rt-r-size-6">{escape(row.title)}</h2>'
        '<div class="rt-Flex fv-spacer"></div>'
        '<a class="rt-Text rt-reset rt-Link rt-r-size-2 rt-r-weight-medium rt-underline-auto '
        f'fv-see-all" href="{escape(see_all_url(row.key))}"><div class="rt-Flex '
        'rt-r-fd-row rt-r-ai-start rt-r-gap-1 rx-Stack"><p class="rt-Text">See all</p>'
        f"{_icon('arrow-right', 16)}</div></a>{buttons}</div>"
    )
    cards = [_card(c.slug, c.title, c.thumbnail_url or "") for c in row.courses[:_ROW_CARDS]]
    html = (
        '<div class="rt-Box fv-rows"><div class="rt-Flex rt-r-fd-column rt-r-ai-start '
        f'rt-r-gap-3 rx-Stack fv-w">{head}<div class="rt-Box fv-row">'
        f"{''.join(card for card, _ in cards)}</div></div></div>"
    )
    return html, cards[0][1] if cards else ""


def render_home_first_view(rows: list[HomeRow], tree: list[CategoryNode]) -> FirstView:
    """The first view of the home page for these public rows and this category tree."""
    row, preload = _first_row(rows[0]) if rows else ("", "")
    content = f'<div class="fv-main">{_hero()}{_chips(tree)}{row}</div>'
    return FirstView(
        head=preload, body=first_view_html(content, _CSS) + (_SIGNED_IN_SCRIPT if row else "")
    )


def home_first_view(query_string: str) -> FirstView | None:
    """The first view of `/` (any query string: the page ignores it), from the same cached
    rows as the page's state; None when they cannot be read."""
    del query_string
    try:
        with db.read_session() as session:
            rows = catalog_service.home_rows_body(session=session, per_row=HOME_ROW_SIZE)
            tree = catalog_service.category_tree_body(session=session)
    except Exception:  # noqa: BLE001 - without a first view the page still works
        log.exception("home_first_view_failed")
        return None
    key = (rows.etag, tree.etag)
    with _LOCK:
        if (view := _RENDERED.get(key)) is not None:
            return view
    view = render_home_first_view(_ROWS.validate_json(rows.body), _TREE.validate_json(tree.body))
    with _LOCK:
        _RENDERED.clear()  # only the current catalogue's view is kept
        _RENDERED[key] = view
    return view
