"""The referral cookie: `/course/<slug>?ref=<instructor code>` remembers the instructor who
brought the visitor for seven days; checkout hands the code to the orders service, which
credits the referral share on that instructor's own courses only."""

from __future__ import annotations

import reflex as rx

from udemy_clone.orders import service as orders_service


class ReferralState(rx.State):
    """Holds the attribution cookie (one per browser, shared by every tab)."""

    referral_code: str = rx.Cookie(
        "",
        name=orders_service.REFERRAL_COOKIE,
        max_age=orders_service.REFERRAL_COOKIE_MAX_AGE,
        path="/",
        same_site="lax",
    )

    @rx.event
    def remember_referral(self) -> None:
        """On a course page load: keep a valid `?ref=` code (a new link replaces an old one)."""
        self._remember(referral_in_url(self))

    def _remember(self, code: str) -> None:
        if code and orders_service.instructor_of_code(code) is not None:
            self.referral_code = code


def referral_in_url(state: rx.State) -> str:
    """The `?ref=` code of the page a tab is on ("" without one)."""
    return (state.router.url.query_parameters.get("ref") or "").strip().lower()[:20]
