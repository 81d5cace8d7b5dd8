"""CSV exports that spreadsheets open safely.

Every CSV the app hands out (admin orders, sales, instructor statements) goes through `to_csv`, so
a cell a user typed ("=HYPERLINK(...)", "+1+1", "@SUM(...)") is never run as a formula when the
file is opened in Excel, LibreOffice or Google Sheets (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

# A cell starting with one of these is taken for a formula by at least one spreadsheet program.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: object) -> str:
    """The text of one cell, prefixed with a quote when a spreadsheet would run it as a formula.

    Numbers stay numbers: a negative amount (-12.50) is data, not a formula, so only text that
    would be read as one is escaped.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    text = str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A whole CSV document (RFC 4180 quoting, CRLF line ends) with every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()
