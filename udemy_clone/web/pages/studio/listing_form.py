"""The listing form: its options, price parsing, error sentences, submitted vs saved values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from udemy_clone.catalog.models import (
    CURRENCIES,
    LANGUAGES,
    MAX_TAGS,
    CourseEditorView,
    CourseLevel,
    CourseStatus,
)
from udemy_clone.core.money import minor_unit_digits
from udemy_clone.web.kit.select_options import SelectOption

CURRENCY_OPTIONS = sorted(CURRENCIES)

LANGUAGE_OPTIONS = [
    SelectOption(value=code, label=name)
    for code, name in sorted(LANGUAGES.items(), key=lambda i: i[1])
]

LEVEL_OPTIONS = [
    SelectOption(value=CourseLevel.all.value, label="All levels"),
    SelectOption(value=CourseLevel.beginner.value, label="Beginner"),
    SelectOption(value=CourseLevel.intermediate.value, label="Intermediate"),
    SelectOption(value=CourseLevel.advanced.value, label="Advanced"),
]

STATUS_LABELS = {
    CourseStatus.draft.value: "Draft",
    CourseStatus.in_review.value: "In review",
    CourseStatus.published.value: "Published",
}

# Friendlier sentences than pydantic's for the fields of the course form.
FIELD_MESSAGES = {
    "title": "Give the course a title of 3 to 120 characters.",
    "subtitle": "Keep the subtitle under 200 characters.",
    "description": "Keep the description under 20,000 characters.",
    "category_id": "Choose a category.",
    "price_cents": "Enter a price between 0 and 10,000.",
    "tags": f"Use at most {MAX_TAGS} tags of up to 40 characters each.",
}


def price_text(cents: int, currency: str) -> str:
    """Minor units as the text of the price field ("19.99", "1200" for JPY)."""
    digits = minor_unit_digits(currency)
    return f"{Decimal(cents) / (10**digits):.{digits}f}"


def parse_price(text: str, currency: str) -> int:
    """The typed price in minor units; ValueError with a sentence when it is not a price."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError("Enter the price as a number, such as 19.99.") from None
    digits = minor_unit_digits(currency)
    if value <= 0:
        raise ValueError("Enter a price above zero, or make the course free.")
    if value != value.quantize(Decimal(1).scaleb(-digits)):
        places = "no decimals" if digits == 0 else f"at most {digits} decimals"
        raise ValueError(f"{currency} prices have {places}.")
    return int(value * (10**digits))


def field_errors(exc: ValidationError) -> dict[str, str]:
    """The first error of each field of a rejected form, as sentences."""
    found: dict[str, str] = {}
    for error in exc.errors():
        name = str(error["loc"][0]) if error["loc"] else "form"
        if name in found:
            continue
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        if error.get("type") != "value_error" and name in FIELD_MESSAGES:
            message = FIELD_MESSAGES[name]
        found[name] = message
    return found


def _text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def submitted_listing(
    form: Mapping[str, Any], *, tags: Sequence[str]
) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """A submitted listing form as the service's input, or None and the errors per field.

    The switch sends "on" when the course is free; a free course's price is zero whatever the
    (hidden) price field still holds. The service's pydantic model checks the rest.
    """
    errors: dict[str, str] = {}
    currency = _text(form, "currency") or "USD"
    is_free = form.get("is_free") in ("on", "true", True)
    price_cents = 0
    if not is_free:
        try:
            price_cents = parse_price(_text(form, "price"), currency)
        except ValueError as exc:
            errors["price_cents"] = str(exc)
    category_id = _text(form, "category_id")
    if not (category_id.isascii() and category_id.isdigit()):
        errors["category_id"] = FIELD_MESSAGES["category_id"]
    title = _text(form, "title")
    if len(title.strip()) < 3:
        errors["title"] = FIELD_MESSAGES["title"]
    if errors:
        return None, errors
    return {
        "title": title,
        "subtitle": _text(form, "subtitle"),
        "description": _text(form, "description"),
        "category_id": int(category_id),
        "tags": list(tags),
        "price_cents": price_cents,
        "currency": currency,
        "level": _text(form, "level") or CourseLevel.all.value,
        "language": _text(form, "language") or "en",
    }, {}


def saved_listing(view: CourseEditorView) -> dict[str, Any]:
    """The listing as last saved, in the shape `submitted_listing` returns (to spot changes)."""
    course = view.course
    return {
        "title": course.title,
        "subtitle": course.subtitle,
        "description": course.description,
        "category_id": view.category_id,
        "tags": list(course.tags),
        "price_cents": course.price_cents,
        "currency": course.currency,
        "level": course.level,
        "language": course.language,
    }
