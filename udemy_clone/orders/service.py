"""The orders domain's public API: enrollments, the cart, coupons, checkout, fulfilment, refunds.

Other domains and the web layer import this module only; the use cases live in the modules
beside it (cart, coupons, checkout, fulfilment, payment_events, enrollments, history, figures)
and are re-exported here. Functions taking `session=` never commit. The few use cases that call
the payment provider (`start_checkout`, `confirm_checkout_return`) own their transactions
instead, so that no database transaction stays open while the provider is being asked.
"""

from __future__ import annotations

from udemy_clone.orders.admin_search import (  # the admin's orders page and its CSV
    AdminOrder as AdminOrder,
)
from udemy_clone.orders.admin_search import (
    OrderSearch as OrderSearch,
)
from udemy_clone.orders.admin_search import (
    orders_csv as orders_csv,
)
from udemy_clone.orders.admin_search import (
    search_orders as search_orders,
)
from udemy_clone.orders.cart import (
    add_to_cart as add_to_cart,
)
from udemy_clone.orders.cart import (
    cart_count as cart_count,
)
from udemy_clone.orders.cart import (
    get_cart as get_cart,
)
from udemy_clone.orders.cart import (
    purchase_status as purchase_status,
)
from udemy_clone.orders.cart import (
    remove_from_cart as remove_from_cart,
)
from udemy_clone.orders.checkout import (
    attach_checkout as attach_checkout,
)
from udemy_clone.orders.checkout import (
    checkout_urls as checkout_urls,
)
from udemy_clone.orders.checkout import (
    confirm_checkout_return as confirm_checkout_return,
)
from udemy_clone.orders.checkout import (
    create_order as create_order,
)
from udemy_clone.orders.checkout import (
    start_checkout as start_checkout,
)
from udemy_clone.orders.coupons import (
    activate_coupon as activate_coupon,
)
from udemy_clone.orders.coupons import (
    coupon_discount as coupon_discount,
)
from udemy_clone.orders.coupons import (
    create_coupon as create_coupon,
)
from udemy_clone.orders.coupons import (
    deactivate_coupon as deactivate_coupon,
)
from udemy_clone.orders.coupons import (
    describe_coupon as describe_coupon,
)
from udemy_clone.orders.coupons import (
    find_usable_coupon as find_usable_coupon,
)
from udemy_clone.orders.coupons import (
    get_coupon as get_coupon,
)
from udemy_clone.orders.coupons import (
    list_coupons as list_coupons,
)
from udemy_clone.orders.coupons import (
    to_coupon_public as to_coupon_public,
)
from udemy_clone.orders.enrollments import (
    co_enrollment_counts as co_enrollment_counts,
)
from udemy_clone.orders.enrollments import (
    enroll_student as enroll_student,
)
from udemy_clone.orders.enrollments import (
    enrolled_course_ids as enrolled_course_ids,
)
from udemy_clone.orders.enrollments import (
    enrolled_user_ids as enrolled_user_ids,
)
from udemy_clone.orders.enrollments import (
    is_enrolled as is_enrolled,
)
from udemy_clone.orders.enrollments import (
    list_enrollments as list_enrollments,
)
from udemy_clone.orders.figures import (
    CourseSalesTotal as CourseSalesTotal,
)
from udemy_clone.orders.figures import (
    OrderTotals as OrderTotals,
)
from udemy_clone.orders.figures import (
    active_enrollment_counts as active_enrollment_counts,
)
from udemy_clone.orders.figures import (
    enrollments_between as enrollments_between,
)
from udemy_clone.orders.figures import (
    money_totals_by_currency as money_totals_by_currency,
)
from udemy_clone.orders.figures import (
    order_totals_between as order_totals_between,
)
from udemy_clone.orders.figures import (
    refunds_between as refunds_between,
)
from udemy_clone.orders.figures import (
    sales_between as sales_between,
)
from udemy_clone.orders.fulfilment import (
    ORDER_TRANSITIONS as ORDER_TRANSITIONS,
)
from udemy_clone.orders.fulfilment import (
    PaymentRejected as PaymentRejected,
)
from udemy_clone.orders.fulfilment import (
    can_transition as can_transition,
)
from udemy_clone.orders.fulfilment import (
    check_transition as check_transition,
)
from udemy_clone.orders.fulfilment import (
    expire_order as expire_order,
)
from udemy_clone.orders.fulfilment import (
    fulfil_order as fulfil_order,
)
from udemy_clone.orders.fulfilment import (
    refund_order as refund_order,
)
from udemy_clone.orders.gift_records import (
    get_gift as get_gift,
)
from udemy_clone.orders.gift_records import (
    gift_details as gift_details,
)
from udemy_clone.orders.gift_records import (
    gift_link_of as gift_link_of,
)
from udemy_clone.orders.gift_records import (
    list_gifts_sent as list_gifts_sent,
)
from udemy_clone.orders.gift_records import (
    redeem_gift as redeem_gift,
)
from udemy_clone.orders.gift_records import (
    to_gift_public as to_gift_public,
)
from udemy_clone.orders.gifts import (
    create_gift_order as create_gift_order,
)
from udemy_clone.orders.gifts import (
    start_gift_checkout as start_gift_checkout,
)
from udemy_clone.orders.history import (
    get_order as get_order,
)
from udemy_clone.orders.history import (
    list_orders as list_orders,
)
from udemy_clone.orders.history import (
    refund_deadline as refund_deadline,
)
from udemy_clone.orders.history import (
    to_order_public as to_order_public,
)
from udemy_clone.orders.payment_events import (
    apply_payment_event as apply_payment_event,
)
from udemy_clone.orders.payment_events import (
    cancel_sandbox_payment as cancel_sandbox_payment,
)
from udemy_clone.orders.payment_events import (
    complete_sandbox_payment as complete_sandbox_payment,
)
from udemy_clone.orders.payment_events import (
    handle_stripe_webhook as handle_stripe_webhook,
)

# the revenue ledger: shares, referrals, balances, statements, payouts, reconciliation
from udemy_clone.orders.payouts import (  # noqa: E402
    ManualPayoutGateway as ManualPayoutGateway,
)
from udemy_clone.orders.payouts import (  # noqa: E402
    PayoutGateway as PayoutGateway,
)
from udemy_clone.orders.payouts import (  # noqa: E402
    create_monthly_payouts as create_monthly_payouts,
)
from udemy_clone.orders.payouts import (  # noqa: E402
    list_payouts as list_payouts,
)
from udemy_clone.orders.payouts import (  # noqa: E402
    mark_payout_paid as mark_payout_paid,
)
from udemy_clone.orders.payouts import (  # noqa: E402
    payout_public as payout_public,
)
from udemy_clone.orders.payouts import (  # noqa: E402
    payouts_csv as payouts_csv,
)
from udemy_clone.orders.pricing import (
    PriceBasis as PriceBasis,
)
from udemy_clone.orders.pricing import (
    quote_course as quote_course,
)
from udemy_clone.orders.pricing import (
    quote_courses as quote_courses,
)
from udemy_clone.orders.reconcile import (  # noqa: E402
    reconcile_ledger as reconcile_ledger,
)
from udemy_clone.orders.reconcile import (  # noqa: E402
    reconciliation_report as reconciliation_report,
)
from udemy_clone.orders.referrals import (  # noqa: E402
    REFERRAL_COOKIE as REFERRAL_COOKIE,
)
from udemy_clone.orders.referrals import (  # noqa: E402
    REFERRAL_COOKIE_MAX_AGE as REFERRAL_COOKIE_MAX_AGE,
)
from udemy_clone.orders.referrals import (  # noqa: E402
    instructor_of_code as instructor_of_code,
)
from udemy_clone.orders.referrals import (  # noqa: E402
    referral_code as referral_code,
)
from udemy_clone.orders.referrals import (  # noqa: E402
    referral_link as referral_link,
)
from udemy_clone.orders.revenue_share import (  # noqa: E402
    set_share_rule as set_share_rule,
)
from udemy_clone.orders.revenue_share import (  # noqa: E402
    share_rule_history as share_rule_history,
)
from udemy_clone.orders.revenue_share import (  # noqa: E402
    shares_in_force as shares_in_force,
)
from udemy_clone.orders.statements import (  # noqa: E402
    all_instructor_balances as all_instructor_balances,
)
from udemy_clone.orders.statements import (  # noqa: E402
    check_ledger_reader as check_ledger_reader,
)
from udemy_clone.orders.statements import (  # noqa: E402
    instructor_balances as instructor_balances,
)
from udemy_clone.orders.statements import (  # noqa: E402
    monthly_statement as monthly_statement,
)
from udemy_clone.orders.statements import (  # noqa: E402
    platform_revenue_by_month as platform_revenue_by_month,
)
from udemy_clone.orders.statements import (  # noqa: E402
    platform_revenue_csv as platform_revenue_csv,
)
from udemy_clone.orders.statements import (  # noqa: E402
    require_admin as require_admin,
)
from udemy_clone.orders.statements import (  # noqa: E402
    statement_csv as statement_csv,
)
from udemy_clone.orders.statements import (  # noqa: E402
    statement_months as statement_months,
)
from udemy_clone.orders.statements import (  # noqa: E402
    statement_pdf as statement_pdf,
)
from udemy_clone.orders.wishlist import (
    WishlistPublic as WishlistPublic,
)
from udemy_clone.orders.wishlist import (
    add_to_wishlist as add_to_wishlist,
)
from udemy_clone.orders.wishlist import (
    coupon_wishers as coupon_wishers,
)
from udemy_clone.orders.wishlist import (
    list_wishlist as list_wishlist,
)
from udemy_clone.orders.wishlist import (
    remove_from_wishlist as remove_from_wishlist,
)
from udemy_clone.orders.wishlist import (
    wishlist_course_ids as wishlist_course_ids,
)
