"""The catalogue's first view (`/courses?...`): the results' head and the first row of images.

`/courses` is prerendered: its HTML paints the frame (a skeleton heading and grid), the results
only come with the page's data over the WebSocket (1.3 s on the 2-core machine). Per request,
the server puts what the page will show above the fold for the address's query string into
that HTML (gateway.static_cache): the heading, the "showing results for" lines of a corrected
query, the search form, the active filters and the sort, and the first row of result images,
with the same Radix classes and layout values as page.py draws them, so the page's own render
replaces it in place (web.kit.first_view). It covers the skeleton under it (an opaque
background): the two differ (the skeleton's heading is taller). The filter panel, the card
texts and the follow button come with the page's data. Nothing for an address without results
(the page shows its own "no courses" state).

The search is the one the page runs (`to_course_search`), through the same generation-keyed
cache the API serves, so a course edited or published shows on the next load.
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock
from urllib.parse import parse_qs

from pydantic import TypeAdapter

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CourseSearchPage
from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.gateway.static_cache import FirstView
from udemy_clone.taxonomy.models import CategoryNode
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.first_view import (
    CARD_ROW,
    CARD_ROW_CSS,
    card_image_row,
    escape,
    first_view_html,
    lucide_svg,
)
from udemy_clone.web.pages.browse.browse_url import (
    BrowseFilters,
    browse_href,
    parse_browse_query,
    to_course_search,
)
from udemy_clone.web.pages.browse.rows import (
    CategoryEntry,
    filter_chips,
    flatten_categories,
    results_heading,
)
from udemy_clone.web.pages.browse.state import BROWSE_PAGE_SIZE, SORT_LABELS

log = get_logger(__name__)

BROWSE_PAGES = (routes.BROWSE,)
# More fields than any address of the page has: a longer query string gets the bare page.
_MAX_FIELDS = 64
# Rendered views by address and by the answers' ETags (a catalogue change makes new ones).
_RENDERED: OrderedDict[tuple[str, str, str], FirstView] = OrderedDict()
_RENDERED_MAX = 256
_LOCK = Lock()
_TREE: TypeAdapter[list[CategoryNode]] = TypeAdapter(list[CategoryNode])

_ICONS = {
    "search": '<path d="m21 21-4.34-4.34"></path><circle cx="11" cy="11" r="8"></circle>',
    "sliders-horizontal": '<path d="M10 5H3"></path><path d="M12 19H3"></path><path d="M14 3v4">'
    '</path><path d="M16 17v4"></path><path d="M21 12h-9"></path><path d="M21 19h-5"></path>'
    '<path d="M21 5h-7"></path><path d="M8 10v4"></path><path d="M8 12H3"></path>',
    "x": '<path d="M18 6 6 18"></path><path d="m6 6 12 12"></path>',
    "plus": '<path d="M5 12h14"></path><path d="M12 5v14"></path>',
}
# Radix Select's own chevron (the sort menu's trigger).
_SELECT_ICON = (
    '<svg width="9" height="9" viewBox="0 0 9 9" fill="currentcolor" '
    'xmlns="http://www.w3.org/2000/svg" class="rt-SelectIcon" aria-hidden="true">'
    '<path d="M0.135232 3.15803C0.324102 2.95657 0.640521 2.94637 0.841971 3.13523L4.5 '
    "6.56464L8.158 3.13523C8.3595 2.94637 8.6759 2.95657 8.8648 3.15803C9.0536 3.35949 "
    "9.0434 3.67591 8.842 3.86477L4.84197 7.6148C4.64964 7.7951 4.35036 7.7951 4.15803 "
    '7.6148L0.158031 3.86477C-0.0434285 3.67591 -0.0536285 3.35949 0.135232 3.15803Z">'
    "</path></svg>"
)
# The values of page.py and layout.page_shell (Reflex writes them as generated classes).
_CSS = (
    "#first-view>.radix-themes{background:var(--color-background);min-height:100vh}"
    ".fv-browse{max-width:1200px;margin:0 auto;padding:1.5rem 1.25rem}"
    ".fv-w{width:100%}.fv-form{width:100%;max-width:640px}.fv-soft{color:var(--gray-11)}"
    ".fv-strong{color:var(--gray-12)}.fv-muted{color:var(--gray-10)}"
    ".fv-chip{padding:4px 10px}.fv-spacer{flex:1 1 0%;place-self:stretch}"
    ".fv-sort{min-width:190px}.fv-hidden{visibility:hidden}"
    ".fv-phone{display:block}.fv-sort-label{display:none}"
    ".fv-results{gap:2rem;width:100%;grid-template-columns:minmax(0,1fr)}.fv-aside{display:none}"
    "@media screen and (min-width:30em){.fv-sort-label{display:block}}"
    "@media screen and (min-width:48em){.fv-phone{display:none}.fv-aside{display:block}"
    ".fv-results{grid-template-columns:240px minmax(0,1fr)}}"
)


def _icon(name: str, size: int) -> str:
    return lucide_svg(name, _ICONS[name], size)


def _link(href: str, text: str, *, css: str = "", size: str = "", underline: str = "auto") -> str:
    classes = f"rt-Text rt-reset rt-Link{' rt-r-size-' + size if size else ''} "
    classes += f"rt-underline-{underline}{' ' + css if css else ''}"
    return f'<a class="{classes}" href="{escape(href)}">{text}</a>'


def _corrected(filters: BrowseFilters, corrected: str) -> str:
    """ "Showing results for “python” / Search instead for “pythn”"."""
    showing = _link(
        browse_href(filters.with_changes(q=corrected)),
        f'<strong class="rt-Strong">“{escape(corrected)}”</strong>',
    )
    instead = _link(browse_href(filters.with_changes(exact=True)), f"“{escape(filters.q)}”")
    return (
        '<div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-1 rx-Stack">'
        f'<p class="rt-Text rt-r-size-3 fv-strong">Showing results for {showing}</p>'
        f'<p class="rt-Text rt-r-size-2 fv-soft">Search instead for {instead}</p></div>'
    )


def _follow_row(category: str) -> str:
    """ "Get news about new courses in X", the follow button's place kept (it depends on who
    is signed in, and its count comes with the page)."""
    button = (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-gap-2 rx-Stack fv-hidden" '
        'aria-hidden="true"><button data-accent-color="violet" class="rt-reset rt-BaseButton '
        f'rt-r-size-1 rt-variant-solid rt-Button" tabindex="-1">{_icon("plus", 14)}Follow'
        '</button><p class="rt-Text rt-r-size-1 fv-muted">0 followers</p></div>'
    )
    return (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-fw-wrap rt-r-gap-3 rx-Stack">'
        f'<p class="rt-Text rt-r-size-2 fv-soft">Get news about new courses in {escape(category)}'
        f"</p>{button}</div>"
    )


def _search_form(q: str) -> str:
    """The page's search box: a plain form, so it works before the page's scripts run."""
    return (
        f'<form class="fv-w" action="{routes.BROWSE}" method="get"><div class="rt-Flex '
        'rt-r-fd-row rt-r-ai-start rt-r-gap-2 rx-Stack fv-form"><div class="rt-TextFieldRoot '
        'rt-r-size-3 rt-variant-surface fv-w"><input spellcheck="false" aria-label="Search '
        'courses" maxlength="200" placeholder="Search courses, instructors, topics" '
        f'class="rt-reset rt-TextFieldInput" name="q" value="{escape(q)}"><div '
        f'class="rt-TextFieldSlot">{_icon("search", 16)}</div></div><button type="submit" '
        'class="rt-reset rt-BaseButton rt-r-size-3 rt-variant-solid rt-Button">Search</button>'
        "</div></form>"
    )


def _filter_row(filters: BrowseFilters, categories: list[CategoryEntry]) -> str:
    """The phones' "Filter" button, the active filters (links that remove them), the sort."""
    count = (
        '<span data-accent-color="" data-radius="full" class="rt-reset rt-Badge rt-r-size-1 '
        f'rt-variant-solid">{filters.active_count}</span>'
        if filters.active_count
        else ""
    )
    phone = (
        '<div class="rt-Box fv-phone"><button type="button" class="rt-reset rt-BaseButton '
        f'rt-r-size-2 rt-variant-outline rt-Button">{_icon("sliders-horizontal", 16)}Filter'
        f"{count}</button></div>"
    )
    chips = ""
    if filters.has_filters:
        chips = "".join(
            f'<a aria-label="Remove filter {escape(chip.label)}" class="rt-Text rt-reset rt-Link '
            f'rt-underline-none" href="{escape(chip.href)}"><span data-accent-color="" '
            'data-radius="full" class="rt-reset rt-Badge rt-r-size-2 rt-variant-soft fv-chip">'
            f"{escape(chip.label)}{_icon('x', 12)}</span></a>"
            for chip in filter_chips(filters, categories)
        )
        clear = browse_href(BrowseFilters(q=filters.q, sort=filters.sort))
        chips = (
            '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-fw-wrap rt-r-gap-2 rx-Stack">'
            f"{chips}{_link(clear, 'Clear all', size='2')}</div>"
        )
    sort = (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-gap-2 rx-Stack"><p class="rt-Text '
        'rt-r-size-2 fv-soft fv-sort-label">Sort by</p><button class="rt-reset rt-SelectTrigger '
        'rt-r-size-2 rt-variant-surface fv-sort" type="button"><span class="rt-SelectTriggerInner">'
        f'<span style="pointer-events:none">{escape(SORT_LABELS[filters.sort])}</span></span>'
        f"{_SELECT_ICON}</button></div>"
    )
    return (
        '<div class="rt-Flex rt-r-fd-row rt-r-ai-center rt-r-fw-wrap rt-r-gap-3 rx-Stack fv-w">'
        f'{phone}{chips}<div class="rt-Flex fv-spacer"></div>{sort}</div>'
    )


def render_browse_first_view(
    filters: BrowseFilters, page: CourseSearchPage, categories: list[CategoryEntry]
) -> FirstView:
    """The first view of the catalogue for these filters and this answer (with results)."""
    chosen = next((c for c in categories if c.slug == filters.category), None)
    heading = results_heading(filters, page.total, chosen.name if chosen else filters.category)
    head = f'<h1 class="rt-Heading rt-r-size-6 md:rt-r-size-7">{escape(heading)}</h1>'
    if page.corrected_query:
        head += _corrected(filters, page.corrected_query)
    if chosen is not None:
        head += _follow_row(chosen.name)
    cards, preload = card_image_row(
        [(c.slug, c.title, c.thumbnail_url or "") for c in page.items[:CARD_ROW]]
    )
    content = (
        '<div class="fv-browse"><div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-5 '
        'rx-Stack fv-w"><div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-3 rx-Stack '
        f'fv-w">{head}{_search_form(filters.q)}</div>{_filter_row(filters, categories)}'
        '<div class="rt-Grid fv-results"><div class="rt-Box fv-aside"></div>'
        f"{cards}</div></div></div>"
    )
    return FirstView(head=preload, body=first_view_html(content, _CSS + CARD_ROW_CSS))


def browse_first_view(query_string: str) -> FirstView | None:
    """The first view of `/courses?<query_string>` for anyone, or None when it has no results
    (the same search as the page, from the same cache as the API)."""
    try:
        params = parse_qs(query_string, max_num_fields=_MAX_FIELDS)
    except ValueError:
        return None
    filters = parse_browse_query(params)
    try:
        with db.read_session() as session:
            found = catalog_service.search_body(
                session=session, query=to_course_search(filters, page_size=BROWSE_PAGE_SIZE)
            )
            tree = catalog_service.category_tree_body(session=session)
    except Exception:  # noqa: BLE001 - without a first view the page still works
        log.exception("browse_first_view_failed")
        return None
    key = (browse_href(filters), found.etag, tree.etag)
    with _LOCK:
        if (view := _RENDERED.get(key)) is not None:
            _RENDERED.move_to_end(key)
            return view
    page = CourseSearchPage.model_validate_json(found.body)
    if not page.items or (page.corrected_query and filters.exact):
        # no results ("search instead for" the words as typed finds none: that is why they
        # were corrected): the page's own empty state
        return None
    categories = flatten_categories(_TREE.validate_json(tree.body))
    view = render_browse_first_view(filters, page, categories)
    with _LOCK:
        _RENDERED[key] = view
        while len(_RENDERED) > _RENDERED_MAX:
            _RENDERED.popitem(last=False)
    return view
