"""How the pages print times, lengths, dates and money: one function per kind of value."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import reflex as rx

from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.money import format_money, format_price

__all__ = [
    "clock",
    "count_label",
    "count_text",
    "plural_word",
    "format_date",
    "format_money",
    "format_price",
    "length_label",
    "month_year",
    "time_ago",
]


def clock(seconds: float) -> str:
    """A video's length or position: 7:05, 12:40, 1:02:09."""
    total = max(0, int(round(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def length_label(seconds: float) -> str:
    """A course's, section's or watch time's length: 45s, 42min, 3h 5m, 12h."""
    total = max(0, int(seconds))
    if total < 60:
        return f"{total}s" if total else "0min"
    minutes = total // 60
    if minutes < 60:
        return f"{minutes}min"
    hours, rest = divmod(minutes, 60)
    return f"{hours}h {rest}m" if rest else f"{hours}h"


def count_label(n: int, singular: str, plural: str | None = None) -> str:
    """1 lecture, 12 lectures, 1,204 students."""
    return f"{n:,} {plural_word(n, singular, plural)}"


def plural_word(n: int, singular: str, plural: str | None = None) -> str:
    """The word alone, agreeing with n: plural_word(1, "course") == "course"."""
    return singular if n == 1 else (plural or singular + "s")


def count_text(count: Any, singular: str, plural: str | None = None) -> rx.Var:
    """count_label for a number known only in the browser (a state var): "1 follower"."""
    number = rx.Var.create(count)
    return number.to_string() + rx.cond(  # type: ignore[operator]
        number == 1, " " + singular, " " + (plural or singular + "s")
    )


def format_date(value: datetime | None) -> str:
    """A calendar day: Mar 5, 2024 ("" when there is none)."""
    return f"{value:%b} {value.day}, {value:%Y}" if value else ""


def month_year(value: datetime | None) -> str:
    """March 2024 ("" when there is none)."""
    return value.strftime("%B %Y") if value else ""


def time_ago(moment: datetime) -> str:
    """'just now', '5 min ago', '3 h ago', '2 d ago', or the date."""
    seconds = max(0, int((utcnow() - as_utc(moment)).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    if seconds < 7 * 86400:
        return f"{seconds // 86400} d ago"
    return format_date(as_utc(moment))


def rating_label(average: float, count: int) -> str:
    """ "4.6", or "New" for a course nobody has rated yet (never a bare "0.0")."""
    return f"{average:.1f}" if count > 0 else "New"
