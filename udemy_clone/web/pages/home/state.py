"""The home page's state: rows of course cards and the category chips."""

from __future__ import annotations

import reflex as rx

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.stats import service as stats_service
from udemy_clone.stats.models import RecommendationRow
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.course_views import sale_quotes
from udemy_clone.web.pages.home.rows import (
    CardRow,
    CategoryChip,
    card_rows,
    category_chips,
    viewed_rows,
)

HOME_ROW_SIZE = 10


class HomeState(rx.State):
    """The home page's rows of course cards."""

    rows: list[CardRow] = []
    categories: list[CategoryChip] = []
    loaded: bool = False
    error: str = ""

    @rx.event
    async def load(self) -> None:
        """On load: most popular, top rated, new, then one row per top category; signed-in
        students first get "Because you viewed ..." rows."""
        auth = await current_user(self)
        self.error = ""
        viewed: list[RecommendationRow] = []
        try:
            with db.read_session() as session:
                rows = catalog_service.home_rows(session=session, per_row=HOME_ROW_SIZE)
                if auth.user_id:
                    viewed = stats_service.because_you_viewed(
                        session=session, user_id=auth.user_id, per_row=HOME_ROW_SIZE
                    )
        except DomainError as exc:
            self.error = exc.message
            rows = []
        shown = [c for row in rows for c in row.courses] + [
            c for row in viewed for c in row.courses
        ]
        quotes = sale_quotes(list({c.id: c for c in shown}.values()))
        self.rows = viewed_rows(viewed, quotes) + card_rows(rows, quotes)
        self.loaded = True

    @rx.event
    def load_categories(self) -> None:
        """On load: the top-level categories for the "Explore" chips."""
        with db.read_session() as session:
            tree = catalog_service.category_tree(session=session)
        self.categories = category_chips(tree)
