"""A course page's first view: the header band and the course image, as HTML in the shell.

The same content the page draws (views/band.py, the image of views/buy_box.py), with the same
Radix classes and layout values, so the page's own render replaces it in place
(web.kit.first_view). Only what every viewer sees: no price or buttons (they depend on who is
signed in, which the server does not know from the page's address). Drafts get none. No ids
or test hooks of the page's own elements (`#course-title`, `.course-badge`): those name one
element, the page's.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from threading import Lock
from urllib.parse import unquote

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CoursePublic
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.gateway.static_cache import FirstView
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.course_card import THUMB_WIDTHS, webp_url
from udemy_clone.web.kit.first_view import escape, first_view_html, image_preload, lucide_svg
from udemy_clone.web.pages.course.rows import CourseLanding, course_landing
from udemy_clone.web.pages.course.views.common import ASIDE_WIDTH, BUY_BOX_IMAGE_SIZES

COURSE_ROUTES = ("course/:slug", "courses/:slug")
_COURSE_PATH = re.compile(r"^/courses?/([^/?#]+)/?$")
# Rendered views by the cached page's ETag (an edit makes a new one); a few hundred courses
# are the first screens people land on.
_RENDERED: OrderedDict[str, FirstView] = OrderedDict()
_RENDERED_MAX = 256
_LOCK = Lock()

_ICONS = {
    "chevron-right": '<path d="m9 18 6-6-6-6"></path>',
    "calendar-clock": '<path d="M16 14v2.2l1.6 1"></path><path d="M16 2v4"></path><path d="M21 '
    '7.5V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h3.5"></path><path d="M3 10h5"></path>'
    '<path d="M8 2v4"></path><circle cx="16" cy="16" r="6"></circle>',
    "globe": '<circle cx="12" cy="12" r="10"></circle><path d="M12 2a14.5 14.5 0 0 0 0 20 14.5 '
    '14.5 0 0 0 0-20"></path><path d="M2 12h20"></path>',
    "signal": '<path d="M2 20h.01"></path><path d="M7 20v-4"></path><path d="M12 20v-8"></path>'
    '<path d="M17 20V8"></path><path d="M22 4v16"></path>',
    "play": '<path d="M5 5a2 2 0 0 1 3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 0 '
    '1 5 19z"></path>',
}
# The values of band.py, buy_box.py and page.py (Reflex writes them as generated classes).
_CSS = (
    ".fv-main{padding:1.5rem 1.25rem}"
    ".fv-band{background:linear-gradient(160deg,#221b35 0%,#17131f 100%);color:white;"
    "margin:-1.5rem -1.25rem 0;padding-inline:1.25rem}"
    ".fv-band-grid{gap:3rem;max-width:1200px;margin:0 auto;grid-template-columns:minmax(0,1fr);"
    "padding:1.75rem 0;min-height:0}"
    ".fv-w{width:100%}.fv-crumb{color:var(--violet-7)}.fv-chevron{color:rgba(255,255,255,.5)}"
    ".fv-title{line-height:1.15;color:white}.fv-soft{color:rgba(255,255,255,.85)}"
    ".fv-rating{color:var(--amber-8)}.fv-on-dark{color:var(--violet-6)}"
    ".fv-by{color:var(--violet-6);text-decoration:underline}"
    ".fv-stars{position:relative;display:inline-block;font-size:15px;line-height:1;"
    "letter-spacing:1px}.fv-stars-bg{color:var(--gray-a6)}.fv-stars-fg{color:var(--amber-9);"
    "position:absolute;left:0;top:0;overflow:hidden;white-space:nowrap}"
    ".fv-grid{max-width:1200px;margin:0 auto;padding-top:1.5rem;"
    "grid-template-columns:minmax(0,1fr);gap:1.5rem;padding-inline:0}"
    ".fv-aside{place-self:start center;width:100%;margin-top:0;order:-1;max-width:560px}"
    ".fv-box{border:1px solid var(--gray-a5);border-radius:12px;"
    "background:var(--color-panel-solid);box-shadow:rgba(20,10,40,.12) 0 10px 30px;"
    "overflow:hidden;width:100%}"
    ".fv-thumb{aspect-ratio:16/9;width:100%;overflow:hidden;border-radius:10px;"
    "background:var(--gray-a3);border:1px solid var(--gray-a3)}"
    ".fv-thumb img{width:100%;height:100%;display:block;object-fit:cover}"
    ".fv-placeholder{display:flex;align-items:center;justify-content:center;width:100%;"
    "height:100%;background:linear-gradient(135deg,var(--violet-9),var(--indigo-10))}"
    ".fv-preview{display:flex;align-items:center;justify-content:center;position:absolute;"
    "inset:0;background:linear-gradient(rgba(0,0,0,.05),rgba(0,0,0,.55));border-radius:10px}"
    ".fv-play{display:flex;align-items:center;justify-content:center;width:60px;height:60px;"
    "border-radius:50%;background:white;box-shadow:rgba(0,0,0,.25) 0 6px 18px;"
    "color:var(--violet-11)}"
    "@media screen and (min-width:30em){.fv-band-grid{padding:2.25rem 0}}"
    "@media screen and (min-width:48em){.fv-band-grid{grid-template-columns:minmax(0,1fr) "
    f"{ASIDE_WIDTH};padding:2.75rem 1.25rem;min-height:17rem}}"
    f".fv-grid{{grid-template-columns:minmax(0,1fr) {ASIDE_WIDTH};gap:3rem;"
    "padding-inline:1.25rem}.fv-aside{margin-top:-15rem;order:0;max-width:none}}"
)


def _icon(name: str, size: int, css_class: str = "") -> str:
    return lucide_svg(name, _ICONS[name], size, css_class)


def _row(items: str, gap: int, *, align: str = "center", wrap: bool = False, css: str = "") -> str:
    classes = f"rt-Flex rt-r-fd-row rt-r-ai-{align}{' rt-r-fw-wrap' if wrap else ''} "
    classes += f"rt-r-gap-{gap} rx-Stack{' ' + css if css else ''}"
    return f'<div class="{classes}">{items}</div>'


def _band(c: CourseLanding) -> str:
    crumbs = "".join(
        _row(
            (_icon("chevron-right", 14, "fv-chevron") if i else "")
            + '<a class="rt-Text rt-reset rt-Link rt-r-size-2 rt-r-weight-medium '
            f'rt-underline-auto fv-crumb" href="{escape(crumb.href)}">{escape(crumb.name)}</a>',
            1,
        )
        for i, crumb in enumerate(c.breadcrumb)
    )
    badges = "".join(
        f'<span data-accent-color="{"amber" if b.kind == "bestseller" else "orange"}" '
        'data-radius="small" class="rt-reset rt-Badge rt-r-size-2 rt-variant-solid">'
        f"{escape(b.label)}</span>"
        for b in c.badges
    )
    if c.has_rating:
        rating = _row(
            f'<p class="rt-Text rt-r-weight-bold fv-rating">{escape(c.rating)}</p>'
            '<div aria-hidden="true" class="rt-Box fv-stars"><span class="rt-Text fv-stars-bg">'
            f'★★★★★</span><span class="rt-Text fv-stars-fg" style="width:{escape(c.stars)}">'
            "★★★★★</span></div>"
            '<a class="rt-Text rt-reset rt-Link rt-r-size-2 rt-underline-auto fv-on-dark" '
            f'href="#reviews">({escape(c.rating_count)})</a>',
            1,
        )
    else:
        rating = (
            '<span data-accent-color="teal" class="rt-reset rt-Badge rt-r-size-1 '
            'rt-variant-solid">New</span>'
        )
    meta = "".join(
        _row(f'{_icon(icon, 15)}<p class="rt-Text rt-r-size-2">{escape(text)}</p>', 1)
        for icon, text in (
            ("calendar-clock", f"Last updated {c.updated}"),
            ("globe", c.language),
            ("signal", c.level),
        )
    )
    column = (
        _row(crumbs, 1, wrap=True) + '<h1 class="rt-Heading rt-r-size-7 md:rt-r-size-8 fv-title">'
        f"{escape(c.title)}</h1>"
        f'<p class="rt-Text rt-r-size-3 md:rt-r-size-4 fv-soft">{escape(c.subtitle)}</p>'
        + _row(
            f'{badges}{rating}<p class="rt-Text rt-r-size-2">{escape(c.students)}</p>', 3, wrap=True
        )
        + '<p class="rt-Text rt-r-size-2">Created by <a class="rt-Text rt-reset rt-Link '
        f'rt-underline-auto fv-by" href="#instructor">{escape(c.instructor)}</a></p>'
        + _row(meta, 4, align="start", wrap=True, css="fv-soft")
    )
    return (
        '<div class="rt-Box fv-band"><div class="rt-Grid fv-band-grid">'
        '<div class="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-3 rx-Stack fv-w">'
        f'{column}</div><div class="rt-Box"></div></div></div>'
    )


def _image(c: CourseLanding, preview_href: str) -> tuple[str, str]:
    """The buy box's image with its preview link over it, and the preload of that image."""
    if not c.thumbnail:
        return (
            '<div class="rt-Box fv-thumb"><div class="fv-placeholder">'
            + _icon("play", 36).replace('stroke="currentColor"', 'stroke="white"')
            + "</div></div>",
            "",
        )
    preview = ""
    if preview_href:
        preview = (
            f'<a class="rt-Text rt-reset rt-Link rt-underline-auto" href="{escape(preview_href)}">'
            f'<div class="rt-Flex fv-preview"><div class="rt-Flex rt-r-fd-column rt-r-ai-center '
            f'rt-r-gap-2 rx-Stack"><div class="rt-Flex fv-play">{_icon("play", 26)}</div>'
            '<p class="rt-Text rt-r-size-2 rt-r-weight-bold" style="color:white">'
            "Preview this course</p></div></div></a>"
        )
    src = str(webp_url(c.thumbnail, 480))
    srcset = ", ".join(f"{webp_url(c.thumbnail, w)} {w}w" for w in THUMB_WIDTHS)
    image = (
        f'<img alt="{escape(c.title)}" decoding="async" fetchpriority="high" height="422" '
        f'width="750" sizes="{escape(BUY_BOX_IMAGE_SIZES)}" srcset="{escape(srcset)}" '
        f'src="{escape(src)}">'
    )
    image = f'<div class="rt-Box fv-thumb">{image}</div>{preview}'
    return image, image_preload(src, srcset, BUY_BOX_IMAGE_SIZES)


def render_course_first_view(course: CoursePublic) -> FirstView:
    """The first view of a published course's page."""
    c = course_landing(course)
    previews = [lec for sec in course.sections for lec in sec.lectures if lec.is_preview]
    preview_href = routes.learn_url(course.slug, previews[0].id) if previews else ""
    image, preload = _image(c, preview_href)
    aside = (
        '<div class="rt-Box fv-aside"><div class="rt-Box fv-box"><div class="rt-Box" '
        f'style="position:relative">{image}</div></div></div>'
    )
    content = (
        f'<div class="fv-main">{_band(c)}<div class="rt-Grid fv-grid">'
        f'<div class="rt-Box"></div>{aside}</div></div>'
    )
    return FirstView(head=preload, body=first_view_html(content, _CSS))


def course_first_view(path: str) -> FirstView | None:
    """The first view of `/course/<slug>` for anyone: published courses only, from the same
    cached read as the API (an edit shows at once)."""
    match = _COURSE_PATH.match(path)
    if match is None:
        return None
    slug = unquote(match.group(1))[:100]
    try:
        with db.read_session() as session:
            body, public = catalog_service.course_page_body(session=session, id_or_slug=slug)
    except DomainError:
        return None
    if not public:
        return None
    with _LOCK:
        if (view := _RENDERED.get(body.etag)) is not None:
            _RENDERED.move_to_end(body.etag)
            return view
    view = render_course_first_view(CoursePublic.model_validate_json(body.body))
    with _LOCK:
        _RENDERED[body.etag] = view
        while len(_RENDERED) > _RENDERED_MAX:
            _RENDERED.popitem(last=False)
    return view
