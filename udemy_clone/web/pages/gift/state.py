"""State of a gift's redemption page (/gift/[token]): the gift, then sign in and redeem."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.models import GiftPublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect


def _read_gift(token: str) -> GiftPublic:
    with db.read_session() as session:
        return orders_service.get_gift(session=session, token=token)


def _redeem(token: str, user_id: int) -> GiftPublic:
    with db.transaction() as session:
        gift = orders_service.redeem_gift(session=session, token=token, user_id=user_id)
        return orders_service.to_gift_public(session=session, gift=gift)


class GiftRedeemState(rx.State):
    """The gift a link names, whether the viewer is signed in, and the redemption."""

    loaded: bool = False
    not_found: bool = False
    course_title: str = ""
    course_href: str = ""
    learn_href: str = ""
    sender: str = ""
    recipient: str = ""
    message: str = ""
    status: str = ""
    signed_in: bool = False
    viewer: str = ""
    error: str = ""
    busy: bool = False
    redeemed_now: bool = False
    login_href: str = routes.LOGIN
    register_href: str = routes.REGISTER

    def _token(self) -> str:
        return str(self.router.page.params.get("token", ""))[:100]

    def _show(self, gift: GiftPublic) -> None:
        self.course_title = gift.course_title
        self.course_href = routes.course_url(gift.course_slug)
        self.learn_href = routes.learn_url(gift.course_slug)
        self.sender = gift.sender_name
        self.recipient = gift.recipient_name
        self.message = gift.message
        self.status = gift.status

    @rx.event
    async def load(self) -> None:
        """On load: the gift (anyone holding the link may see what it is)."""
        auth = await current_user(self)
        self.loaded = False
        self.error = ""
        self.redeemed_now = False
        here = current_path(self)
        self.login_href = routes.login_url(here)
        self.register_href = f"{routes.REGISTER}?next={quote(here, safe='')}"
        self.signed_in = bool(auth.user_id)
        self.viewer = auth.user_name if auth.user_id else ""
        try:
            gift = await asyncio.to_thread(_read_gift, self._token())
        except DomainError as exc:
            self.not_found = True
            self.error = exc.message
            self.loaded = True
            return
        self.not_found = False
        self._show(gift)
        self.loaded = True

    @rx.event
    async def redeem(self) -> EventSpec | None:
        """Enroll the signed-in account in the gift's course (the link works once)."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        if self.busy:
            return None
        self.busy = True
        self.error = ""
        try:
            gift = await asyncio.to_thread(_redeem, self._token(), auth.user_id)
        except DomainError as exc:
            self.error = exc.message
            self.busy = False
            return None
        self._show(gift)
        self.redeemed_now = True
        self.busy = False
        return None
