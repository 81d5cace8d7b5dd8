"""The listing form's options, price parsing and error sentences."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from udemy_clone.catalog.models import (
    CURRENCIES,
    LANGUAGES,
    MAX_TAGS,
    CourseLevel,
    CourseStatus,
)
from udemy_clone.core.money import minor_unit_digits

CURRENCY_OPTIONS = sorted(CURRENCIES)

LANGUAGE_OPTIONS = [
    {"value": code, "label": name} for code, name in sorted(LANGUAGES.items(), key=lambda i: i[1])
]

LEVEL_OPTIONS = [
    {"value": CourseLevel.all.value, "label": "All levels"},
    {"value": CourseLevel.beginner.value, "label": "Beginner"},
    {"value": CourseLevel.intermediate.value, "label": "Intermediate"},
    {"value": CourseLevel.advanced.value, "label": "Advanced"},
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
