"""Instructor referral links: `/course/<slug>?ref=<code>` and the channel of each sale.

A referral code names an instructor and carries a short checksum, so a mistyped code is ignored
rather than credited to someone else. It is not a secret: a link only ever helps the instructor
it names, and only on that instructor's own courses.
"""

from __future__ import annotations

import hashlib
import re

from udemy_clone.core.errors import PermissionDenied
from udemy_clone.orders.ledger_models import ReferralLink, SaleChannel

REFERRAL_COOKIE = "learnly_ref"
REFERRAL_COOKIE_MAX_AGE = 7 * 24 * 3600  # seven days of attribution
_CODE = re.compile(r"^([0-9a-z]{1,8})([0-9a-f]{4})$")
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = _ALPHABET[rest] + digits
        if number == 0:
            return digits


def _checksum(instructor_id: int) -> str:
    return hashlib.sha256(f"learnly-referral:{instructor_id}".encode()).hexdigest()[:4]


def referral_code(instructor_id: int) -> str:
    """The instructor's referral code, e.g. `c1a2f`, stable for ever."""
    return f"{_base36(instructor_id)}{_checksum(instructor_id)}"


def instructor_of_code(code: str | None) -> int | None:
    """The instructor a referral code names, or None for anything else (typo, junk)."""
    match = _CODE.fullmatch((code or "").strip().lower()[:20])
    if match is None:
        return None
    instructor_id = int(match.group(1), 36)
    if instructor_id < 1 or instructor_id > 2_147_483_647:
        return None
    return instructor_id if _checksum(instructor_id) == match.group(2) else None


def sale_channel(
    *,
    course_owner_id: int,
    coupon_created_by: int | None,
    referral_instructor_id: int | None,
) -> SaleChannel:
    """The channel of one course of an order: the teacher's own coupon, their link, or neither."""
    if coupon_created_by is not None and coupon_created_by == course_owner_id:
        return SaleChannel.coupon
    if referral_instructor_id is not None and referral_instructor_id == course_owner_id:
        return SaleChannel.referral
    return SaleChannel.marketplace


def referral_link(*, actor_id: int, actor_roles: list[str], public_url: str) -> ReferralLink:
    """An instructor's own referral code and how a course link carries it."""
    if "instructor" not in actor_roles and "admin" not in actor_roles:
        raise PermissionDenied("Only instructors have referral links.")
    code = referral_code(actor_id)
    return ReferralLink(
        code=code, example_url=f"{public_url.rstrip('/')}/course/your-course-slug?ref={code}"
    )
