"""The wishlist's state: the hearts on course cards and the /wishlist page.

`WishlistState.ids` holds the wished-for course ids of the signed-in person (read once when the
header mounts); every heart reads it, so a card needs no per-card data or event.
"""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.orders import service
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.course_views import CourseCard, sale_cards
from udemy_clone.web.kit.use_case import run_use_case


class WishlistState(rx.State):
    """Wished-for course ids (hearts) and the wishlist page's cards."""

    ids: list[int] = []
    courses: list[CourseCard] = []
    loaded: bool = False

    @rx.event
    async def refresh(self) -> None:
        """The header mounted: which courses the signed-in person wishes for."""
        auth = await current_user(self)
        if not auth.user_id:
            self.ids = []
            return
        with db.read_session() as session:
            self.ids = service.wishlist_course_ids(session=session, user_id=auth.user_id)

    @rx.event
    async def load_page(self) -> EventSpec | None:
        """On load of /wishlist: the cards (sign-in first)."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self._read(auth.user_id)
        return None

    def _read(self, user_id: int) -> None:
        with db.read_session() as session:
            wishlist = service.list_wishlist(session=session, user_id=user_id)
            self.ids = service.wishlist_course_ids(session=session, user_id=user_id)
        self.courses = sale_cards(wishlist.items)
        self.loaded = True

    @rx.event
    async def toggle(self, course_id: int) -> EventSpec | None:
        """A heart was clicked: keep the course for later, or let it go."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        course_id = int(course_id)
        wished = course_id in self.ids
        use_case = service.remove_from_wishlist if wished else service.add_to_wishlist
        result = run_use_case(use_case, user_id=auth.user_id, course_id=course_id)
        if not result.ok:
            return rx.toast.error(result.error)
        if wished:
            self.ids = [i for i in self.ids if i != course_id]
            self.courses = [c for c in self.courses if c.id != course_id]
            return rx.toast("Removed from your wishlist.")
        self.ids = [course_id, *self.ids]
        return rx.toast.success(
            "Added to your wishlist. We'll tell you when its price drops.",
            action={"label": "See wishlist", "on_click": rx.redirect(routes.WISHLIST)},
        )
