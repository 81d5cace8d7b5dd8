"""Shared input types for text fields.

Names, titles and anything else that can end up in an email header (a recipient name, a
subject) or a one-line display must be one line: CR/LF there would break (or forge) headers.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

# C0 controls, DEL, C1 controls and the Unicode line/paragraph separators.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CONTROL_CHARACTERS_MESSAGE = "Use a single line of text without control characters."


def has_control_characters(value: str) -> bool:
    """True when `value` holds a line break, tab or other control character."""
    return bool(_CONTROL_CHARACTERS.search(value))


def refuse_control_characters(value: str) -> str:
    """`value` unchanged, or ValueError (a 422 in the gateway) when it has control characters."""
    if has_control_characters(value):
        raise ValueError(CONTROL_CHARACTERS_MESSAGE)
    return value


# A one-line text field: use it for names, titles, subjects, codes.
SingleLineText = Annotated[str, AfterValidator(refuse_control_characters)]
