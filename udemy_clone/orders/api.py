"""REST routes of the orders domain: cart, checkout, payments, orders, enrollments, coupons."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response, status

from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    OptionalUser,
    Pagination,
    Principal,
    SessionDep,
    require_role,
)
from udemy_clone.gateway.schemas import ERROR_RESPONSES, Page
from udemy_clone.orders import service
from udemy_clone.orders.models import (
    CartItemAdd,
    CartPublic,
    CheckoutRequest,
    CheckoutResult,
    CouponCreate,
    CouponPublic,
    GiftCheckoutRequest,
    GiftPublic,
    GiftSent,
    OrderPublic,
    OrderStatus,
    PriceQuotePublic,
)
from udemy_clone.playback import service as playback_service
from udemy_clone.playback.service import MyCourse

router = APIRouter(tags=["orders"], responses=ERROR_RESPONSES)

CouponQuery = Annotated[str | None, Query(max_length=40, description="Preview a coupon's discount")]


@router.get("/cart", response_model=CartPublic)
def get_cart(
    principal: CurrentUser, session: SessionDep, coupon_code: CouponQuery = None
) -> CartPublic:
    """Your cart, priced; `?coupon_code=` shows the discount a coupon would give."""
    return service.get_cart(session=session, user_id=principal.id, coupon_code=coupon_code)


@router.post("/cart/items", response_model=CartPublic, status_code=status.HTTP_201_CREATED)
def add_cart_item(body: CartItemAdd, principal: CurrentUser, session: SessionDep) -> CartPublic:
    """Put a course in your cart; a course you own or teach → 409."""
    service.add_to_cart(session=session, user_id=principal.id, course_id=body.course_id)
    return service.get_cart(session=session, user_id=principal.id)


@router.delete("/cart/items/{course_id}", response_model=CartPublic)
def remove_cart_item(course_id: IdPath, principal: CurrentUser, session: SessionDep) -> CartPublic:
    """Take a course out of your cart."""
    service.remove_from_cart(session=session, user_id=principal.id, course_id=course_id)
    return service.get_cart(session=session, user_id=principal.id)


@router.get("/wishlist", response_model=service.WishlistPublic)
def get_wishlist(principal: CurrentUser, session: SessionDep) -> service.WishlistPublic:
    """Courses you keep for later (still on sale), most recently added first."""
    return service.list_wishlist(session=session, user_id=principal.id)


@router.put("/wishlist/{course_id}", response_model=service.WishlistPublic)
def add_wishlist_item(
    course_id: IdPath, principal: CurrentUser, session: SessionDep
) -> service.WishlistPublic:
    """Keep a published course for later (idempotent); a course you own or teach → 409.

    You are told when its price drops below the price you saw."""
    service.add_to_wishlist(session=session, user_id=principal.id, course_id=course_id)
    return service.list_wishlist(session=session, user_id=principal.id)


@router.delete("/wishlist/{course_id}", response_model=service.WishlistPublic)
def remove_wishlist_item(
    course_id: IdPath, principal: CurrentUser, session: SessionDep
) -> service.WishlistPublic:
    """Take a course off your wishlist (404 when it is not on it)."""
    service.remove_from_wishlist(session=session, user_id=principal.id, course_id=course_id)
    return service.list_wishlist(session=session, user_id=principal.id)


@router.post("/checkout", response_model=CheckoutResult, status_code=status.HTTP_201_CREATED)
def checkout(body: CheckoutRequest, principal: CurrentUser, request: Request) -> CheckoutResult:
    """Order the cart (or `course_ids`); pay at `checkout_url`. A free total is paid at once.

    `referral_code` (or the 7-day referral cookie a `?ref=` course link set) credits the sale
    of that instructor's own courses to their referral channel."""
    return service.start_checkout(
        user_id=principal.id,
        course_ids=body.course_ids,
        coupon_code=body.coupon_code,
        referral_code=body.referral_code or request.cookies.get(service.REFERRAL_COOKIE),
    )


@router.post("/webhooks/stripe", include_in_schema=True)
async def stripe_webhook(
    request: Request,
    session: SessionDep,
    stripe_signature: Annotated[str, Header(alias="Stripe-Signature")] = "",
) -> dict[str, str]:
    """Stripe events, verified against the raw body; duplicates and reordering are harmless."""
    payload = await request.body()
    outcome = service.handle_stripe_webhook(
        session=session, payload=payload, signature_header=stripe_signature
    )
    return {"status": outcome}


@router.post("/payments/sandbox/{order_id}/complete", response_model=OrderPublic)
def complete_sandbox_payment(
    order_id: IdPath, principal: CurrentUser, session: SessionDep
) -> OrderPublic:
    """Sandbox gateway only: pay the order (the same fulfilment as a Stripe webhook)."""
    order = service.complete_sandbox_payment(
        session=session, actor_id=principal.id, actor_roles=principal.roles, order_id=order_id
    )
    return service.to_order_public(session=session, order=order)


@router.post("/payments/sandbox/{order_id}/cancel", response_model=OrderPublic)
def cancel_sandbox_payment(
    order_id: IdPath, principal: CurrentUser, session: SessionDep
) -> OrderPublic:
    """Sandbox gateway only: abandon the payment (the order expires)."""
    order = service.cancel_sandbox_payment(
        session=session, actor_id=principal.id, actor_roles=principal.roles, order_id=order_id
    )
    return service.to_order_public(session=session, order=order)


@router.get("/orders", response_model=Page[OrderPublic])
def list_orders(
    principal: CurrentUser, session: SessionDep, pagination: Pagination
) -> Page[OrderPublic]:
    """Your orders, newest first."""
    items, total = service.list_orders(
        session=session,
        user_id=principal.id,
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(items=items, total=total, page=pagination.page, page_size=pagination.page_size)


@router.get("/orders/{order_id}", response_model=OrderPublic)
def get_order(order_id: IdPath, principal: CurrentUser, session: SessionDep) -> OrderPublic:
    """One of your orders (admins: any order)."""
    return service.get_order(
        session=session, actor_id=principal.id, actor_roles=principal.roles, order_id=order_id
    )


@router.post("/orders/{order_id}/refund", response_model=OrderPublic)
def refund_order(order_id: IdPath, principal: CurrentUser, session: SessionDep) -> OrderPublic:
    """Refund a paid order: the buyer within the refund window, or an admin at any time."""
    order = service.refund_order(
        session=session, actor_id=principal.id, actor_roles=principal.roles, order_id=order_id
    )
    return service.to_order_public(session=session, order=order)


AdminSearchQuery = Annotated[
    str, Query(max_length=254, description="buyer email (or part of it) or order number")
]


def _search(
    q: str, status_filter: OrderStatus | None, since: date | None, until: date | None
) -> service.OrderSearch:
    return service.OrderSearch(
        query=q, status=status_filter.value if status_filter else None, since=since, until=until
    )


@router.get("/admin/orders", response_model=Page[service.AdminOrder])
def admin_list_orders(
    session: SessionDep,
    pagination: Pagination,
    admin: Annotated[Principal, Depends(require_role("admin"))],
    status_filter: Annotated[OrderStatus | None, Query(alias="status")] = None,
    q: AdminSearchQuery = "",
    since: Annotated[date | None, Query(description="first day (UTC), inclusive")] = None,
    until: Annotated[date | None, Query(description="last day (UTC), inclusive")] = None,
) -> Page[service.AdminOrder]:
    """Admin: every order, newest first; by buyer email or order number, status and dates."""
    items, total = service.search_orders(
        session=session,
        actor_roles=admin.roles,
        search=_search(q, status_filter, since, until),
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(items=items, total=total, page=pagination.page, page_size=pagination.page_size)


@router.get(
    "/admin/orders/export.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def admin_export_orders(
    session: SessionDep,
    admin: Annotated[Principal, Depends(require_role("admin"))],
    status_filter: Annotated[OrderStatus | None, Query(alias="status")] = None,
    q: AdminSearchQuery = "",
    since: Annotated[date | None, Query(description="first day (UTC), inclusive")] = None,
    until: Annotated[date | None, Query(description="last day (UTC), inclusive")] = None,
) -> Response:
    """Admin: the orders the same filters select, as CSV (cells safe from formula injection)."""
    body = service.orders_csv(
        session=session, actor_roles=admin.roles, search=_search(q, status_filter, since, until)
    )
    return Response(
        content=body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="orders.csv"'},
    )


@router.get("/me/courses", response_model=list[MyCourse])
def my_courses(principal: CurrentUser, session: SessionDep) -> list[MyCourse]:
    """The courses you are enrolled in, with your progress."""
    return playback_service.my_courses(session=session, user_id=principal.id)


@router.post("/coupons", response_model=CouponPublic, status_code=status.HTTP_201_CREATED)
def create_coupon(
    body: CouponCreate,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require_role("instructor"))],
) -> CouponPublic:
    """Instructor: a coupon for own courses; admin: also site-wide."""
    coupon = service.create_coupon(
        session=session, actor_id=principal.id, actor_roles=principal.roles, data=body
    )
    return service.to_coupon_public(coupon)


@router.get("/coupons", response_model=list[CouponPublic])
def list_coupons(
    session: SessionDep,
    principal: Annotated[Principal, Depends(require_role("instructor"))],
) -> list[CouponPublic]:
    """Instructor: the coupons you created; admin: every coupon."""
    coupons = service.list_coupons(
        session=session, actor_id=principal.id, actor_roles=principal.roles
    )
    return [service.to_coupon_public(c) for c in coupons]


@router.post("/coupons/{coupon_id}/deactivate", response_model=CouponPublic)
def deactivate_coupon(
    coupon_id: IdPath,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require_role("instructor"))],
) -> CouponPublic:
    """Stop a coupon from being used."""
    coupon = service.deactivate_coupon(
        session=session, actor_id=principal.id, actor_roles=principal.roles, coupon_id=coupon_id
    )
    return service.to_coupon_public(coupon)


@router.post("/coupons/{coupon_id}/activate", response_model=CouponPublic)
def activate_coupon(
    coupon_id: IdPath,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require_role("instructor"))],
) -> CouponPublic:
    """Let a deactivated coupon be used again; a public one tells wishers (once per coupon)."""
    coupon = service.activate_coupon(
        session=session, actor_id=principal.id, actor_roles=principal.roles, coupon_id=coupon_id
    )
    return service.to_coupon_public(coupon)


@router.get("/courses/{course_id}/price", response_model=PriceQuotePublic)
def course_price(
    course_id: IdPath,
    session: SessionDep,
    principal: OptionalUser,
    coupon_code: CouponQuery = None,
) -> PriceQuotePublic:
    """What the course costs now (the price checkout charges): public sales applied, and
    `?coupon_code=` previewed; a code that cannot be used here → 422 saying why."""
    return service.quote_course(
        session=session,
        course_id=course_id,
        coupon_code=coupon_code,
        user_id=principal.id if principal else None,
    )


@router.post("/gifts/checkout", response_model=CheckoutResult, status_code=status.HTTP_201_CREATED)
def gift_checkout(body: GiftCheckoutRequest, principal: CurrentUser) -> CheckoutResult:
    """Buy one course for someone else; pay at `checkout_url`. After payment the recipient
    is emailed a link that enrolls the first account to redeem it."""
    return service.start_gift_checkout(
        buyer_id=principal.id, data=body, coupon_code=body.coupon_code
    )


@router.get("/me/gifts", response_model=list[GiftSent])
def my_gifts(principal: CurrentUser, session: SessionDep) -> list[GiftSent]:
    """The gifts you bought, newest first, with where each stands."""
    return service.list_gifts_sent(session=session, user_id=principal.id)


GiftToken = Annotated[str, Path(min_length=3, max_length=100, description="from the gift email")]


@router.get("/gifts/{token}", response_model=GiftPublic)
def get_gift(token: GiftToken, session: SessionDep) -> GiftPublic:
    """The gift a redemption link names (404 for a link not made here)."""
    return service.get_gift(session=session, token=token)


@router.post("/gifts/{token}/redeem", response_model=GiftPublic)
def redeem_gift(token: GiftToken, principal: CurrentUser, session: SessionDep) -> GiftPublic:
    """Enroll your account in the gift's course; a link works once (409 afterwards)."""
    gift = service.redeem_gift(session=session, token=token, user_id=principal.id)
    return service.to_gift_public(session=session, gift=gift)
