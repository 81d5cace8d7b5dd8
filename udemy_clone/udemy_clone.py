"""The Reflex app: pages of every domain, the REST gateway mounted on the backend."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.core.log import configure_logging
from udemy_clone.events import register_handlers
from udemy_clone.gateway.app import create_gateway
from udemy_clone.runtime import background_services
from udemy_clone.web.kit import routes, state_manager
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.account.page import account_page
from udemy_clone.web.pages.account.state import AccountState
from udemy_clone.web.pages.admin.dashboard import admin_stats_page
from udemy_clone.web.pages.admin.dashboard_state import AdminStatsState
from udemy_clone.web.pages.admin.moderation import admin_reviews_page
from udemy_clone.web.pages.admin.moderation_state import AdminReviewsState
from udemy_clone.web.pages.admin.orders import admin_orders_page
from udemy_clone.web.pages.admin.orders_state import AdminOrdersState
from udemy_clone.web.pages.admin.qa_moderation import admin_qa_page
from udemy_clone.web.pages.admin.qa_moderation_state import AdminQAState
from udemy_clone.web.pages.admin.revenue import (
    admin_ledger_page,
    admin_payouts_page,
    admin_revenue_page,
)
from udemy_clone.web.pages.admin.revenue_state import (
    AdminPayoutsState,
    AdminRevenueState,
    LedgerCheckState,
)
from udemy_clone.web.pages.admin.review_queue import review_queue_page
from udemy_clone.web.pages.admin.review_queue_state import ReviewQueueState
from udemy_clone.web.pages.admin.taxonomy import categories_page, tags_page
from udemy_clone.web.pages.admin.taxonomy_state import CategoriesAdminState, TagsAdminState
from udemy_clone.web.pages.admin.users import users_page
from udemy_clone.web.pages.admin.users_state import UsersAdminState
from udemy_clone.web.pages.auth.login import login_page
from udemy_clone.web.pages.auth.register import register_page
from udemy_clone.web.pages.auth.state import RegisterState
from udemy_clone.web.pages.browse.first_view import BROWSE_PAGES, browse_first_view
from udemy_clone.web.pages.browse.page import browse_page
from udemy_clone.web.pages.browse.state import BrowseState
from udemy_clone.web.pages.cart.page import cart_page
from udemy_clone.web.pages.cart.state import CartState
from udemy_clone.web.pages.certificate.page import certificate_page
from udemy_clone.web.pages.certificate.state import CertificateState
from udemy_clone.web.pages.checkout.page import checkout_success_page, sandbox_payment_page
from udemy_clone.web.pages.checkout.state import CheckoutSuccessState, SandboxPaymentState
from udemy_clone.web.pages.course.all_reviews import course_reviews_page
from udemy_clone.web.pages.course.all_reviews_state import CourseReviewsPageState
from udemy_clone.web.pages.course.first_view import COURSE_ROUTES, course_first_view
from udemy_clone.web.pages.course.page import course_page
from udemy_clone.web.pages.course.state import CoursePageState
from udemy_clone.web.pages.gift.page import gift_redeem_page
from udemy_clone.web.pages.gift.state import GiftRedeemState
from udemy_clone.web.pages.home.first_view import HOME_PAGES, home_first_view
from udemy_clone.web.pages.home.page import home_page
from udemy_clone.web.pages.home.state import HomeState
from udemy_clone.web.pages.instructor.first_view import PROFILE_ROUTES, instructor_first_view
from udemy_clone.web.pages.instructor.page import instructor_profile_page
from udemy_clone.web.pages.instructor.state import InstructorProfileState
from udemy_clone.web.pages.learning.page import my_courses_page
from udemy_clone.web.pages.learning.state import MyCoursesState
from udemy_clone.web.pages.notifications import pages as notifications_pages
from udemy_clone.web.pages.notifications.live import live_push_listener
from udemy_clone.web.pages.notifications.state import (
    AdminEmailsState,
    NotificationsPageState,
    UnsubscribeState,
)
from udemy_clone.web.pages.player.page_load import PlayerPageLoadState
from udemy_clone.web.pages.player.pages import continue_page, player_page
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.purchases.history import order_history_page
from udemy_clone.web.pages.purchases.receipt import receipt_page
from udemy_clone.web.pages.purchases.state import OrderHistoryState, ReceiptState
from udemy_clone.web.pages.studio.analytics import instructor_analytics_page
from udemy_clone.web.pages.studio.analytics_state import InstructorAnalyticsState
from udemy_clone.web.pages.studio.coupons import studio_coupons_page
from udemy_clone.web.pages.studio.coupons_state import CouponStudioState
from udemy_clone.web.pages.studio.course_list import studio_page
from udemy_clone.web.pages.studio.course_list_state import StudioListState
from udemy_clone.web.pages.studio.editor import course_editor_page, new_course_page
from udemy_clone.web.pages.studio.editor_state import CourseEditorState
from udemy_clone.web.pages.studio.lecture_video import LectureVideoPageState, lecture_video_page
from udemy_clone.web.pages.studio.qa_inbox import studio_qa_page
from udemy_clone.web.pages.studio.qa_inbox_state import StudioQAState
from udemy_clone.web.pages.studio.quiz_editor import quiz_editor_page
from udemy_clone.web.pages.studio.quiz_editor_state import QuizEditorState
from udemy_clone.web.pages.studio.revenue import studio_revenue_page
from udemy_clone.web.pages.studio.revenue_state import RevenueStudioState
from udemy_clone.web.pages.teach.page import teach_page
from udemy_clone.web.pages.teach.state import TeachState
from udemy_clone.web.pages.wishlist.page import wishlist_page
from udemy_clone.web.pages.wishlist.state import WishlistState

configure_logging()
register_handlers()

app = rx.App(
    api_transformer=create_gateway(
        first_views={
            **dict.fromkeys(COURSE_ROUTES, course_first_view),
            **dict.fromkeys(PROFILE_ROUTES, instructor_first_view),
        },
        page_first_views={
            **dict.fromkeys(BROWSE_PAGES, browse_first_view),
            **dict.fromkeys(HOME_PAGES, home_first_view),
        },
    ),
    stylesheets=[],
    head_components=[
        rx.el.meta(name="description", content=f"{BRAND}: online video courses"),
        rx.script(src="/typeahead.js", defer=True),  # the search boxes' arrow keys
    ],
)
app.register_lifespan_task(background_services)
# two Redis round trips per event instead of four, the sign-in read with the lock
state_manager.install(app, always=(AuthState,))

app.add_page(
    home_page,
    route="/",
    title=f"{BRAND} — online courses",
    on_load=[AuthState.restore_session, HomeState.load, HomeState.load_categories],
)
app.add_page(
    login_page, route="/login", title=f"Log in — {BRAND}", on_load=AuthState.restore_session
)
app.add_page(
    register_page, route="/register", title=f"Sign up — {BRAND}", on_load=RegisterState.load
)
app.add_page(teach_page, route="/teach", title=f"Teach on {BRAND}", on_load=TeachState.load)
app.add_page(account_page, route="/account", title=f"Account — {BRAND}", on_load=AccountState.load)

# ---- instructor studio and admin catalog pages ---------------------------------------------
app.add_page(
    studio_page,
    route="/studio",
    title=f"Studio — {BRAND}",
    on_load=[AuthState.require_instructor, StudioListState.load],
)
app.add_page(
    new_course_page,
    route="/studio/new",
    title=f"New course — {BRAND}",
    on_load=[AuthState.require_instructor, CourseEditorState.load_new],
)
app.add_page(
    course_editor_page,
    route="/studio/course/[course_id]",
    title=f"Edit course — {BRAND}",
    on_load=[AuthState.require_instructor, CourseEditorState.load_course],
)
app.add_page(
    review_queue_page,
    route="/admin",
    title=f"Review queue — {BRAND}",
    on_load=[AuthState.require_admin, ReviewQueueState.load],
)
app.add_page(
    categories_page,
    route="/admin/categories",
    title=f"Categories — {BRAND}",
    on_load=[AuthState.require_admin, CategoriesAdminState.load],
)
app.add_page(
    tags_page,
    route="/admin/tags",
    title=f"Tags — {BRAND}",
    on_load=[AuthState.require_admin, TagsAdminState.load],
)
app.add_page(
    users_page,
    route="/admin/users",
    title=f"Users — {BRAND}",
    on_load=[AuthState.require_admin, UsersAdminState.load],
)

# ---- orders: cart, checkout, my courses, purchase history, coupons, admin orders -------------
app.add_page(
    instructor_profile_page,
    route="/user/[slug]",
    title=f"Instructor — {BRAND}",
    on_load=InstructorProfileState.load,
)
app.add_page(cart_page, route="/cart", title=f"Cart — {BRAND}", on_load=CartState.load_cart)
app.add_page(
    wishlist_page,
    route="/wishlist",
    title=f"Wishlist — {BRAND}",
    on_load=WishlistState.load_page,
)
app.add_page(
    sandbox_payment_page,
    route="/checkout/sandbox/[order_id]",
    title=f"Sandbox payment — {BRAND}",
    on_load=SandboxPaymentState.load,
)
app.add_page(
    checkout_success_page,
    route="/checkout/success",
    title=f"Thank you — {BRAND}",
    on_load=CheckoutSuccessState.load,
)
app.add_page(
    my_courses_page,
    route="/my-courses",
    title=f"My courses — {BRAND}",
    on_load=MyCoursesState.load,
)
app.add_page(
    order_history_page,
    route="/orders",
    title=f"Purchase history — {BRAND}",
    on_load=OrderHistoryState.load,
)
app.add_page(
    receipt_page,
    route="/orders/[order_id]/receipt",
    title=f"Receipt — {BRAND}",
    on_load=ReceiptState.load,
)
app.add_page(
    studio_coupons_page,
    route="/studio/coupons",
    title=f"Coupons — {BRAND}",
    on_load=[AuthState.require_instructor, CouponStudioState.load],
)
app.add_page(
    studio_revenue_page,
    route="/studio/revenue",
    title=f"Revenue — {BRAND}",
    on_load=[AuthState.require_instructor, RevenueStudioState.load],
)
app.add_page(
    admin_orders_page,
    route="/admin/orders",
    title=f"Orders — {BRAND}",
    on_load=[AuthState.require_admin, AdminOrdersState.load],
)
for page, route, title, loader in (
    (admin_revenue_page, "/admin/revenue", "Revenue", AdminRevenueState.load),
    (admin_payouts_page, "/admin/payouts", "Payouts", AdminPayoutsState.load),
    (admin_ledger_page, "/admin/ledger", "Ledger check", LedgerCheckState.load),
):
    app.add_page(
        page, route=route, title=f"{title} — {BRAND}", on_load=[AuthState.require_admin, loader]
    )

# ---- media & playback: the lecture player, an instructor's lecture video page ----------------

app.add_page(
    player_page,
    route="/learn/[course_slug]/[lecture_id]",
    title=f"Learn — {BRAND}",
    on_load=PlayerPageLoadState.load,  # the sign-in check, the lecture and its panels
)
app.add_page(
    continue_page,
    route="/learn/[course_slug]",
    title=f"Learn — {BRAND}",
    on_load=[AuthState.restore_session, PlayerState.continue_course],
)
app.add_page(
    gift_redeem_page,
    route="/gift/[token]",
    title=f"Your gift — {BRAND}",
    on_load=[AuthState.restore_session, GiftRedeemState.load],
)
app.add_page(
    certificate_page,
    route="/certificate/[certificate_id]",
    title=f"Certificate of completion — {BRAND}",
    on_load=[AuthState.restore_session, CertificateState.load],
)
app.add_page(
    quiz_editor_page,
    route="/studio/quizzes/[lecture_id]",
    title=f"Quiz questions — {BRAND}",
    on_load=[AuthState.require_instructor, QuizEditorState.load],
)
app.add_page(
    lecture_video_page,
    route="/studio/lectures/[lecture_id]/video",
    title=f"Lecture video — {BRAND}",
    on_load=[AuthState.require_instructor, LectureVideoPageState.load],
)

# ---- catalog: browse/search and course landing pages (public) --------------------------------
app.add_page(
    browse_page,
    route="/courses",
    title=BrowseState.page_title,
    on_load=[AuthState.restore_session, BrowseState.load_categories, BrowseState.load],
)
for course_route in ("/course/[slug]", "/courses/[slug]"):  # /courses/<slug>: orders' links
    app.add_page(
        course_page,
        route=course_route,
        title=CoursePageState.page_title,
        on_load=CoursePageState.load,  # the sign-in check and ?ref= included: one event
    )

# ---- notifications: the notification centre, unsubscribe links, the email log; live push --------

app.register_lifespan_task(live_push_listener)
app.add_page(
    notifications_pages.notifications_page,
    route="/notifications",
    title=f"Notifications — {BRAND}",
    on_load=NotificationsPageState.load,
)
app.add_page(
    notifications_pages.unsubscribe_page,
    route="/unsubscribe",
    title=f"Email preferences — {BRAND}",
    on_load=[AuthState.restore_session, UnsubscribeState.load],
)
app.add_page(
    notifications_pages.admin_emails_page,
    route="/admin/emails",
    title=f"Emails — {BRAND}",
    on_load=AdminEmailsState.load,
)

# ---- reviews: a course's "all reviews" page, the moderation queue ----------------------------

app.add_page(
    course_reviews_page,
    route="/course/[slug]/reviews",
    title=f"Reviews — {BRAND}",
    on_load=[AuthState.restore_session, CourseReviewsPageState.load],
)
app.add_page(
    admin_reviews_page,
    route="/admin/reviews",
    title=f"Review moderation — {BRAND}",
    on_load=[AuthState.require_admin, AdminReviewsState.load],
)

# ---- stats: instructor analytics, the admin dashboard -------------------------------------------

for analytics_route in ("/studio/analytics", "/studio/analytics/[course_id]"):
    app.add_page(
        instructor_analytics_page,
        route=analytics_route,
        title=f"Analytics — {BRAND}",
        on_load=[AuthState.require_instructor, InstructorAnalyticsState.load],
    )
app.add_page(
    admin_stats_page,
    route="/admin/stats",
    title=f"Statistics — {BRAND}",
    on_load=[AuthState.require_admin, AdminStatsState.load],
)

# ---- lecture Q&A: the studio inbox, admin moderation (the player's tab is in player/tabs.py) ----

app.add_page(
    studio_qa_page,
    route=routes.STUDIO_QA,
    title=f"Q&A inbox — {BRAND}",
    on_load=[AuthState.require_instructor, StudioQAState.load],
)
app.add_page(
    admin_qa_page,
    route="/admin/qa",
    title=f"Q&A moderation — {BRAND}",
    on_load=[AuthState.require_admin, AdminQAState.load],
)
