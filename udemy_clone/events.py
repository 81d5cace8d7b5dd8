"""Every domain event handler, registered in one place (cosmicpython's message bus).

Handlers subscribe by event class and run as jobs with `(event, event_id=...)`. They are
registered here, not in the domains, so reading this file tells what follows from each event.
"""

from __future__ import annotations

from udemy_clone.announcements.events import AnnouncementPosted
from udemy_clone.auth import tasks as auth_tasks
from udemy_clone.auth.events import SessionsEnded, UserRegistered
from udemy_clone.catalog import tasks as catalog_tasks
from udemy_clone.catalog.events import (
    CourseChanged,
    CoursePublished,
    CourseRejected,
    CourseSubmitted,
)
from udemy_clone.core import outbox
from udemy_clone.media import caption_tasks
from udemy_clone.media import tasks as media_tasks
from udemy_clone.media.events import CaptionsChanged, VideoFailed, VideoReady, VideoUploaded
from udemy_clone.notifications import tasks as notification_tasks
from udemy_clone.orders import ledger_tasks
from udemy_clone.orders import tasks as orders_tasks
from udemy_clone.orders.events import (
    CouponPublished,
    GiftPurchased,
    OrderPaid,
    OrderRefunded,
    WishlistPriceDropped,
)
from udemy_clone.playback import tasks as playback_tasks
from udemy_clone.qa.events import AnswerPosted, QuestionAsked
from udemy_clone.reviews.events import ReplyCreated, ReviewCreated, ReviewHidden
from udemy_clone.taxonomy.events import CategoryChanged, TagChanged

_registered = False


def register_handlers() -> None:
    """Subscribe every handler to its event (idempotent; called by the app and the worker)."""
    global _registered
    if _registered:
        return
    outbox.subscribe(UserRegistered, auth_tasks.log_registration, queue_name="low")
    # catalog: one index writer reads the course's current state (idempotent, order-proof);
    # on `high`: a one-course job people wait for (search), never queued behind bulk mail
    outbox.subscribe(CourseChanged, catalog_tasks.sync_course_index, queue_name="high")
    outbox.subscribe(CategoryChanged, catalog_tasks.reindex_category_courses)
    outbox.subscribe(TagChanged, catalog_tasks.reindex_tag_courses)
    outbox.subscribe(CaptionsChanged, catalog_tasks.sync_lecture_cue_index, queue_name="high")
    # media: an accepted upload queues its transcode
    outbox.subscribe(VideoUploaded, media_tasks.start_transcode)
    # media: a ready video without captions gets English auto captions (speech recognition)
    outbox.subscribe(VideoReady, caption_tasks.start_auto_captions, queue_name="low")
    # orders: the revenue ledger posts each sale and refund once (unique ledger keys)
    outbox.subscribe(OrderPaid, ledger_tasks.post_order_paid)
    outbox.subscribe(OrderRefunded, ledger_tasks.post_order_refunded)
    # notifications: notification rows and emails, written by idempotent jobs (dedupe keys)
    for event_type, handler in (
        (OrderPaid, notification_tasks.on_order_paid),
        (OrderRefunded, notification_tasks.on_order_refunded),
        (CourseSubmitted, notification_tasks.on_course_submitted),
        (CoursePublished, notification_tasks.on_course_published),
        (CourseRejected, notification_tasks.on_course_rejected),
        (VideoReady, notification_tasks.on_video_ready),
        (VideoFailed, notification_tasks.on_video_failed),
        (ReviewCreated, notification_tasks.on_review_created),
        (ReplyCreated, notification_tasks.on_reply_created),
        (ReviewHidden, notification_tasks.on_review_hidden),
        (UserRegistered, notification_tasks.on_user_registered),
        (WishlistPriceDropped, notification_tasks.on_wishlist_price_dropped),
        (SessionsEnded, notification_tasks.on_sessions_ended),
        (AnnouncementPosted, notification_tasks.on_announcement_posted),
        (QuestionAsked, notification_tasks.on_question_asked),
        (AnswerPosted, notification_tasks.on_answer_posted),
        (GiftPurchased, notification_tasks.on_gift_purchased),
        (CouponPublished, notification_tasks.on_coupon_published),
    ):
        outbox.subscribe(event_type, handler, queue_name="high")
    # orders: wishers hear about price drops; bought courses leave the wishlist
    outbox.subscribe(CourseChanged, orders_tasks.check_wishlist_prices)
    outbox.subscribe(OrderPaid, orders_tasks.forget_bought_wishes)
    # playback: a refund revokes the certificates of the courses it took back; buying a
    # completed course again gives its certificate back
    outbox.subscribe(OrderRefunded, playback_tasks.revoke_certificates_on_refund, queue_name="high")
    outbox.subscribe(OrderPaid, playback_tasks.reinstate_certificates_on_purchase)
    # stats: no event handlers; the daily rollups and the business figures of /metrics
    # (stats.business_metrics) read the database itself
    _registered = True
