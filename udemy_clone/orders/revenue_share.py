"""Revenue share rules: the instructor's percentage per sale channel, with their history.

A rule applies from its `effective_from` until the next rule of the same channel; a sale takes
the rule in force when it was paid. Without any rule the defaults below apply (Udemy's own
figures: 37 % of a marketplace sale, 97 % when the instructor brought the buyer).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput, PermissionDenied
from udemy_clone.orders.ledger_models import (
    RevenueShareRule,
    SaleChannel,
    ShareRuleCreate,
    ShareRulePublic,
)

DEFAULT_INSTRUCTOR_PERCENT: dict[SaleChannel, int] = {
    SaleChannel.marketplace: 37,
    SaleChannel.coupon: 97,
    SaleChannel.referral: 97,
}


def instructor_percent(*, session: Session, channel: str, at: datetime) -> int:
    """The instructor's percentage for a sale on `channel` paid at `at`."""
    rule = session.exec(
        select(RevenueShareRule)
        .where(
            col(RevenueShareRule.channel) == channel,
            col(RevenueShareRule.effective_from) <= at,
        )
        .order_by(col(RevenueShareRule.effective_from).desc(), col(RevenueShareRule.id).desc())
        .limit(1)
    ).first()
    if rule is not None:
        return rule.instructor_percent
    return DEFAULT_INSTRUCTOR_PERCENT[SaleChannel(channel)]


def set_share_rule(
    *, session: Session, actor_id: int, actor_roles: list[str], data: ShareRuleCreate
) -> RevenueShareRule:
    """Admin: a new percentage for a channel from `effective_from` (now, or a later date).

    Rules are never edited or back-dated, so every past sale keeps the share it was paid with.
    """
    if "admin" not in actor_roles:
        raise PermissionDenied("Only administrators set revenue shares.")
    now = utcnow()
    start = as_utc(data.effective_from) if data.effective_from else now
    if now - timedelta(minutes=1) <= start < now:
        start = now  # "now" as the client's clock saw it a moment ago
    if start < now:
        raise InvalidInput(
            "A share rule cannot start in the past; past sales keep the share they were paid with.",
            field="effective_from",
        )
    rule = RevenueShareRule(
        channel=data.channel.value,
        instructor_percent=data.instructor_percent,
        effective_from=start,
        created_by=actor_id,
    )
    session.add(rule)
    session.flush()
    return rule


def share_rule_history(*, session: Session) -> list[ShareRulePublic]:
    """Every rule, newest first, marking the one in force now per channel (defaults included)."""
    now = utcnow()
    rules = list(
        session.exec(
            select(RevenueShareRule).order_by(
                col(RevenueShareRule.effective_from).desc(), col(RevenueShareRule.id).desc()
            )
        )
    )
    seen: set[str] = set()
    out: list[ShareRulePublic] = []
    for rule in rules:
        assert rule.id is not None
        in_force = rule.channel not in seen and as_utc(rule.effective_from) <= now
        if as_utc(rule.effective_from) <= now:
            seen.add(rule.channel)
        out.append(
            ShareRulePublic(
                id=rule.id,
                channel=rule.channel,
                instructor_percent=rule.instructor_percent,
                effective_from=rule.effective_from,
                created_at=rule.created_at,
                in_force=in_force,
            )
        )
    return out


def shares_in_force(*, session: Session) -> dict[str, int]:
    """The percentage in force now for each channel."""
    now = utcnow()
    return {
        channel.value: instructor_percent(session=session, channel=channel.value, at=now)
        for channel in SaleChannel
    }
