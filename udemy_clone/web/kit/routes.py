"""Every address of the web layer, one function per URL: links, redirects and on-page hrefs.

Path parameters may be Reflex Vars (inside `rx.foreach`): those functions only interpolate.
`login_url` quotes its `next` target and is only called with plain strings.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, quote_plus

HOME = "/"
BROWSE = "/courses"
LOGIN = "/login"
REGISTER = "/register"
ACCOUNT = "/account"
CART = "/cart"
WISHLIST = "/wishlist"
MY_COURSES = "/my-courses"
ORDERS = "/orders"
NOTIFICATIONS = "/notifications"
STUDIO = "/studio"
TEACH = "/teach"
STUDIO_NEW_COURSE = "/studio/new"
STUDIO_COUPONS = "/studio/coupons"
STUDIO_ANALYTICS = "/studio/analytics"
STUDIO_REVENUE = "/studio/revenue"
STUDIO_QA = "/studio/qa"
ADMIN = "/admin"


def instructor_url(slug: Any) -> str:
    """An instructor's public profile."""
    return f"/user/{slug}"


def course_url(slug: Any) -> str:
    """A course's landing page."""
    return f"/course/{slug}"


def course_reviews_url(slug: Any) -> str:
    """All reviews of a course."""
    return f"/course/{slug}/reviews"


def learn_url(slug: Any, lecture_id: Any = None) -> str:
    """The player: the course's resume point, or one lecture."""
    return f"/learn/{slug}" if lecture_id is None else f"/learn/{slug}/{lecture_id}"


def certificate_url(certificate_id: Any) -> str:
    """The public verification page of a certificate."""
    return f"/certificate/{certificate_id}"


def browse_url(*, q: str = "", category: Any = None, sort: str = "") -> str:
    """The catalogue, optionally searched, filtered by a category slug, or sorted."""
    params = []
    if q:
        params.append(f"q={quote_plus(q)}")
    if category is not None:
        params.append(f"category={category}")
    if sort:
        params.append(f"sort={sort}")
    return BROWSE + ("?" + "&".join(params) if params else "")


def login_url(next: str | None = None) -> str:
    """The sign-in page; `next` (a same-site path) is where sign-in leads back to."""
    return f"{LOGIN}?next={quote(next, safe='')}" if next else LOGIN


def register_url(*, role: str = "") -> str:
    """The sign-up page (role="instructor" for the teach-on-Learnly link)."""
    return f"{REGISTER}?role={role}" if role else REGISTER


def cart_url(*, cancelled: bool = False) -> str:
    """The cart; `cancelled` after a payment was abandoned (the cart says so)."""
    return f"{CART}?cancelled=1" if cancelled else CART


def receipt_url(order_id: Any) -> str:
    """One order's receipt."""
    return f"/orders/{order_id}/receipt"


def checkout_success_url(order_id: Any) -> str:
    """The thank-you page after a paid or free checkout."""
    return f"/checkout/success?order_id={order_id}"


def studio_course_url(course_id: Any, *, tab: str = "") -> str:
    """The course editor, optionally on one tab."""
    return f"/studio/course/{course_id}" + (f"?tab={tab}" if tab else "")


def studio_quiz_url(lecture_id: Any) -> str:
    """The studio's question editor of a quiz lecture."""
    return f"/studio/quizzes/{lecture_id}"


def studio_analytics_url(course_id: Any = None) -> str:
    """Instructor analytics, for all courses or one."""
    return STUDIO_ANALYTICS if course_id is None else f"{STUDIO_ANALYTICS}/{course_id}"


def admin_url(section: str = "") -> str:
    """An admin page: "" (review queue), "categories", "tags", "users", "orders", ..."""
    return f"{ADMIN}/{section}" if section else ADMIN


def landing_after_sign_in(roles: list[str]) -> str:
    """Where a sign-in without a `next` lands: admins in the admin area, others at home."""
    return ADMIN if "admin" in roles else HOME
