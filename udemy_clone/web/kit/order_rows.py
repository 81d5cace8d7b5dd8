"""Orders as the shop pages show them: typed rows of display-ready strings."""

from __future__ import annotations

from dataclasses import dataclass, field

from udemy_clone.core.money import format_money, format_price
from udemy_clone.orders.models import OrderPublic
from udemy_clone.web.kit.format import format_date

STATUS_COLORS = {"paid": "green", "pending": "amber", "refunded": "gray", "expired": "red"}


@dataclass
class OrderLine:
    """One course of an order with the price paid (and the list price when discounted)."""

    course_id: int = 0
    title: str = ""
    list_price: str = ""
    price: str = ""
    discounted: bool = False


@dataclass
class OrderRow:
    """An order: number, status, dates, totals in its currency, its lines."""

    id: int = 0
    number: str = ""
    status: str = ""
    status_color: str = "gray"
    date: str = ""
    paid_date: str = ""
    refunded_date: str = ""
    subtotal: str = ""
    discount: str = ""
    has_discount: bool = False
    total: str = ""
    coupon_code: str = ""
    gateway: str = ""
    refundable: bool = False
    admin_refundable: bool = False
    refund_deadline: str = ""
    lines: list[OrderLine] = field(default_factory=list)  # "items" would shadow Var.items()
    summary: str = ""
    buyer: str = ""  # filled in on the admin's list only
    buyer_email: str = ""  # admin's list only
    # a gift order: "Gift to Ann Friend (ann@example.com) · redeemed", else ""
    gift_label: str = ""


GIFT_STATUS_LABELS = {
    "awaiting_payment": "waiting for payment",
    "sent": "link sent, not redeemed yet",
    "redeemed": "redeemed",
    "cancelled": "cancelled (not paid)",
    "revoked": "cancelled by the refund",
}


def _gift_label(order: OrderPublic) -> str:
    gift = order.gift
    if gift is None:
        return ""
    state = GIFT_STATUS_LABELS.get(gift.status, gift.status)
    return f"Gift to {gift.recipient_name} ({gift.recipient_email}) · {state}"


def order_row(order: OrderPublic, *, buyer: str = "", buyer_email: str = "") -> OrderRow:
    """An order as the pages show it: strings ready to print."""
    return OrderRow(
        id=order.id,
        number=f"#{order.id:06d}",
        status=order.status,
        status_color=STATUS_COLORS.get(order.status, "gray"),
        date=format_date(order.created_at),
        paid_date=format_date(order.paid_at),
        refunded_date=format_date(order.refunded_at),
        subtotal=format_money(order.subtotal_cents, order.currency),
        discount=format_money(-order.discount_cents, order.currency),
        has_discount=order.discount_cents > 0,
        total=format_money(order.amount_cents, order.currency),
        coupon_code=order.coupon_code or "",
        gateway=order.gateway,
        refundable=order.refundable,
        admin_refundable=order.status == "paid" and order.amount_cents > 0,
        refund_deadline=format_date(order.refund_deadline),
        lines=[
            OrderLine(
                course_id=item.course_id,
                title=item.title,
                list_price=format_price(item.list_price_cents, order.currency),
                price=format_price(item.price_cents, order.currency),
                discounted=item.discount_cents > 0,
            )
            for item in order.items
        ],
        summary=", ".join(item.title for item in order.items),
        buyer=buyer,
        buyer_email=buyer_email,
        gift_label=_gift_label(order),
    )
