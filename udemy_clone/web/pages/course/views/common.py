"""What every part of the course landing page shares: the course var, widths, a meta line."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.pages.course.state import CoursePageState

BAND_BG = "linear-gradient(160deg, #221b35 0%, #17131f 100%)"
ASIDE_WIDTH = "340px"
# How wide the buy box's course image is drawn (the page's largest image)
BUY_BOX_IMAGE_SIZES = "(max-width: 1024px) 92vw, 380px"
LANDING_COLUMNS = ["minmax(0, 1fr)", "minmax(0, 1fr)", f"minmax(0, 1fr) {ASIDE_WIDTH}"]
# the course row; its fields are Vars at runtime, plain types to mypy
C: Any = CoursePageState.course


def meta(icon: str, *text: Any) -> rx.Component:
    return rx.hstack(rx.icon(icon, size=15), rx.text(*text, size="2"), spacing="1", align="center")
