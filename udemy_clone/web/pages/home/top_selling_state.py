"""The top-selling section's state."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core import db
from udemy_clone.stats import service
from udemy_clone.web.pages.home.rows import TopSellingRow, top_selling_rows

TOP_PERIODS = {"7d": "This week", "30d": "This month", "all": "All time"}


class TopSellingState(rx.State):
    """The best-sellers section (home page): period tabs, loaded when the section mounts."""

    period: str = "7d"
    category: str = ""
    rows: list[TopSellingRow] = []
    loaded: bool = False

    def _read(self) -> None:
        with db.read_session() as session:
            ranked = service.top_selling(
                session=session, period=self.period, category=self.category or None, limit=10
            )
        self.rows = top_selling_rows(ranked)
        self.loaded = True

    @rx.event
    def load(self) -> None:
        """When the section appears."""
        self._read()

    @rx.event
    def choose_period(self, value: str | list[str]) -> None:
        """This week, this month or all time."""
        value = value[0] if isinstance(value, list) and value else str(value)
        self.period = value if value in TOP_PERIODS else "7d"
        self._read()
