"""A course landing page's state: the course, the viewer's offer."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Literal

import reflex as rx
from sqlmodel import Session

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CoursePublic
from udemy_clone.catalog.service import CourseStatus
from udemy_clone.core import db
from udemy_clone.core.brand import BRAND
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.models import PriceQuotePublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.referral import ReferralState, referral_in_url
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.state_prefetch import prefetch_states
from udemy_clone.web.pages.course.also_bought_state import AlsoBoughtState, also_bought
from udemy_clone.web.pages.course.buy_box_state import BuyBoxState
from udemy_clone.web.pages.course.rows import (
    CourseLanding,
    CurriculumSection,
    InstructorCard,
    course_landing,
    curriculum_sections,
    instructor_card,
    share_parts,
)

_COURSE_PATH = re.compile(r"^/courses?/([^/?#]+)")


def _instructor_card(session: Session, user_id: int) -> InstructorCard:
    try:
        profile = catalog_service.instructor_profile_by_id(
            session=session, user_id=user_id, with_courses=False
        )
    except DomainError:  # no longer an instructor: the card keeps the course's name only
        return InstructorCard()
    return instructor_card(profile)


PurchaseStatus = Literal["enrolled", "in_cart", "none"]


def _course_detail(
    slug: str, viewer_id: int | None, roles: list[str]
) -> tuple[CoursePublic, InstructorCard, PriceQuotePublic | None, PurchaseStatus]:
    """The course as this viewer may see it, its instructor's card, its price now (a sale
    applied; None for drafts) and whether the viewer has it or has it in the cart (run in a
    worker thread, see AuthState._restore)."""
    with db.read_session() as session:
        course = catalog_service.get_course_detail(
            session=session, id_or_slug=slug, viewer_id=viewer_id, viewer_roles=roles
        )
        quote = None
        if course.status == CourseStatus.published.value:
            quote = orders_service.quote_course(session=session, course_id=course.id)
        status: PurchaseStatus = "none"
        if viewer_id and viewer_id != course.instructor.id:
            status = orders_service.purchase_status(
                session=session, user_id=viewer_id, course_id=course.id
            )
        return course, _instructor_card(session, course.instructor.id), quote, status


def _purchase_status(user_id: int, course_id: int) -> PurchaseStatus:
    with db.read_session() as session:
        return orders_service.purchase_status(session=session, user_id=user_id, course_id=course_id)


class CoursePageState(rx.State):
    """A course's landing page: listing, curriculum, ratings and the buy box."""

    course: CourseLanding = CourseLanding()
    sections: list[CurriculumSection] = []
    found: bool = False
    loaded: bool = False
    # what the buy box offers this viewer: buy | free | in_cart | enrolled | owner
    offer: str = "buy"
    first_preview_href: str = ""
    course_id: int = 0
    instructor_id: int = 0
    page_title: str = f"Course — {BRAND}"
    # the buy box's money-back line (REFUND_WINDOW_DAYS) and the address the share links carry
    refund_days: int = 30
    share_url: str = ""
    # the address and the title URL-encoded, for the share menu's links (SHARE_TARGETS): two
    # strings rather than four whole addresses in the tab's state (issue #14)
    share_link: str = ""
    share_subject: str = ""
    instructor_card: InstructorCard = InstructorCard()

    def _slug(self) -> str:
        match = _COURSE_PATH.match(self.router.url.path or "")
        return match.group(1)[:100] if match else ""

    @rx.event
    async def load(self) -> AsyncIterator[None]:
        """On load: who is signed in, the course (drafts only for their owner and admins) with
        this viewer's offer, else a 404 panel; a `?ref=` code remembered.

        One event does the page's whole load (the sign-in check, the offer and the referral
        were events of their own, each a lock, load and save of the tab's state in Redis; so
        was the "Students also bought" row, chained after it). The states it changes come from
        Redis in one read. The course is sent as soon as it is read (`yield`); the row follows
        in the same event, so the page never waits for it."""
        await prefetch_states(self, AuthState, BuyBoxState, AlsoBoughtState)
        auth = await self.get_state(AuthState)
        auth.forbidden = False
        await auth._restore()
        if referral := referral_in_url(self):
            (await self.get_state(ReferralState))._remember(referral)
        self.loaded = False
        slug = self._slug()
        also = await self.get_state(AlsoBoughtState)
        also._clear()
        try:
            course, self.instructor_card, quote, status = await asyncio.to_thread(
                _course_detail, slug, auth.user_id or None, list(auth.roles)
            )
        except DomainError:
            self.found = False
            self.course = CourseLanding()
            self.sections = []
            self.course_id = 0
            self.instructor_id = 0
            self.loaded = True
            self.page_title = f"Course not found — {BRAND}"
            return
        settings = get_settings()
        self.refund_days = settings.refund_window_days
        self.share_url = settings.public_url.rstrip("/") + routes.course_url(course.slug)
        self.share_link, self.share_subject = share_parts(self.share_url, course.title)
        self.course = course_landing(course)
        self.sections = curriculum_sections(course)
        self.course_id = course.id
        self.instructor_id = course.instructor.id
        (await self.get_state(BuyBoxState)).show(course.id, quote)
        previews = [lec for sec in course.sections for lec in sec.lectures if lec.is_preview]
        self.first_preview_href = routes.learn_url(course.slug, previews[0].id) if previews else ""
        self.found = True
        self.offer = "free" if course.price_cents == 0 else "buy"
        if auth.user_id and auth.user_id == course.instructor.id:
            self.offer = "owner"
        else:
            self._apply_status(status)
        self.loaded = True
        self.page_title = f"{course.title} — {BRAND}"
        yield  # the course on screen now; the row below the fold follows
        also._show(await asyncio.to_thread(also_bought, course.id, auth.user_id or None))

    def _apply_status(self, status: PurchaseStatus) -> None:
        if status == "enrolled":
            self.offer = "enrolled"
        elif status == "in_cart":
            self.offer = "in_cart"
        elif self.offer == "in_cart":
            self.offer = "buy"

    @rx.event
    async def load_offer(self) -> None:
        """What the buy box offers a signed-in viewer: go to course, go to cart, or buy."""
        auth = await current_user(self)
        if not self.found or not auth.user_id or self.offer == "owner":
            return
        self._apply_status(await asyncio.to_thread(_purchase_status, auth.user_id, self.course_id))
