"""The cart's lines as the cart page shows them."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.money import format_price
from udemy_clone.orders.models import CartLine


@dataclass
class CartLineRow:
    """A course in the cart with its price, and the price after a coupon."""

    course_id: int = 0
    slug: str = ""
    title: str = ""
    instructor: str = ""
    thumbnail: str = ""  # "" → the branded placeholder
    price: str = ""
    final_price: str = ""
    discounted: bool = False


def cart_lines(lines: list[CartLine]) -> list[CartLineRow]:
    """The service's cart lines, prices formatted in each line's currency."""
    return [
        CartLineRow(
            course_id=line.course_id,
            slug=line.slug,
            title=line.title,
            instructor=line.instructor_name,
            thumbnail=line.thumbnail_url or "",
            price=format_price(line.price_cents, line.currency),
            final_price=format_price(line.final_price_cents, line.currency),
            discounted=line.discount_cents > 0,
        )
        for line in lines
    ]
