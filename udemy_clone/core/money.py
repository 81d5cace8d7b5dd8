"""Prices for people: integer minor units and an ISO 4217 code → "$19.99", "¥1,200", "CHF 12.50"."""

from __future__ import annotations

# Currencies without minor units (Stripe's list, restricted to those the catalog sells in).
ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW"})
_SYMBOLS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CN¥",
    "KRW": "₩",
    "INR": "₹",
    "CAD": "CA$",
    "AUD": "A$",
    "NZD": "NZ$",
    "BRL": "R$",
    "MXN": "MX$",
    "HKD": "HK$",
    "SGD": "S$",
    "ILS": "₪",
    "TRY": "₺",
    "PLN": "zł ",
}


def minor_unit_digits(currency: str) -> int:
    """How many decimals the currency has (2 for most, 0 for JPY and KRW)."""
    return 0 if currency.upper() in ZERO_DECIMAL_CURRENCIES else 2


def format_money(amount_cents: int, currency: str = "USD") -> str:
    """`1999, "USD"` → "$19.99"; unknown symbols fall back to the code ("SEK 19.99")."""
    code = (currency or "USD").upper()
    digits = minor_unit_digits(code)
    sign = "-" if amount_cents < 0 else ""
    value = abs(int(amount_cents)) / (10**digits)
    number = f"{value:,.{digits}f}"
    symbol = _SYMBOLS.get(code)
    if symbol is None:
        return f"{sign}{code} {number}"
    return f"{sign}{symbol}{number}"


def format_price(amount_cents: int, currency: str = "USD") -> str:
    """Like format_money, but a zero price reads "Free"."""
    return "Free" if amount_cents == 0 else format_money(amount_cents, currency)
