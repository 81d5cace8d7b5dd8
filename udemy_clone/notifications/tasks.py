"""Jobs of the notifications domain: event handlers, the follower fan-out, sending emails.

Every handler is idempotent: notifications and emails carry dedupe keys unique per
recipient, so a retried or re-relayed event writes nothing new. After the commit a handler
enqueues the emails still waiting (also those of an earlier, interrupted try) and pushes the
new notifications to open tabs.
"""

from __future__ import annotations

from udemy_clone.announcements import service as announcements_service
from udemy_clone.announcements.events import AnnouncementPosted
from udemy_clone.auth.events import SessionsEnded, UserRegistered
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.events import (
    CoursePublished,
    CourseRejected,
    CourseSubmitted,
)
from udemy_clone.core import db, queue
from udemy_clone.core.errors import NotFound
from udemy_clone.core.log import get_logger
from udemy_clone.media.events import VideoEvent, VideoFailed, VideoReady
from udemy_clone.notifications import community_messages, messages, push, service
from udemy_clone.notifications.emails import (
    EMAIL_RETRY_INTERVALS,
    send_email_now,
    stale_email_ids,
)
from udemy_clone.notifications.service import Message, Outcome
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.events import (
    CouponPublished,
    GiftPurchased,
    OrderPaid,
    OrderRefunded,
    WishlistPriceDropped,
)
from udemy_clone.qa.events import AnswerPosted, QuestionAsked
from udemy_clone.reviews.events import ReplyCreated, ReviewCreated, ReviewHidden

log = get_logger(__name__)


def _deliver(built: list[Message]) -> Outcome:
    with db.transaction() as session:
        outcome = service.deliver(session=session, messages=built)
    after_commit(outcome)
    return outcome


def queue_email(email_id: int) -> None:
    """Queue the send job of one logged email (one job id per email)."""
    queue.enqueue(
        send_email,
        email_id,
        queue="default",
        job_timeout=120,
        retry_intervals=EMAIL_RETRY_INTERVALS,
        job_id=f"email-{email_id}",
    )


def after_commit(outcome: Outcome) -> None:
    """Queue the waiting emails and push the new notifications to open tabs."""
    for email_id in outcome.email_ids:
        queue_email(email_id)
    if outcome.notifications:
        push.publish_many(list(zip(outcome.recipients, outcome.notifications, strict=True)))


def send_email(email_id: int) -> str:
    """Job: send one email of the log (idempotent; retried by the queue when refused)."""
    return send_email_now(email_id)


def resend_stale_emails() -> int:
    """Sweeper job: queue again the emails a dead run left pending or sending; returns how many.

    Sending is guarded in `send_email_now` (a conditional claim, never after `sent`), so an
    email queued twice still goes out once.
    """
    requeued = 0
    for email_id in stale_email_ids():
        if queue.job_pending(f"email-{email_id}"):
            continue
        log.warning("email_requeued", email_id=email_id)
        queue_email(email_id)
        requeued += 1
    return requeued


# ---- event handlers (registered in udemy_clone/events.py) ------------------------------------


def on_order_paid(event: OrderPaid, *, event_id: int) -> None:
    """OrderPaid: receipt to the student, "course bought" to each instructor."""
    with db.read_session() as session:
        built = messages.order_paid(session=session, order_id=event.order_id, user_id=event.user_id)
    _deliver(built)


def on_order_refunded(event: OrderRefunded, *, event_id: int) -> None:
    """OrderRefunded: the student hears the refund is done."""
    with db.read_session() as session:
        built = messages.order_refunded(
            session=session, order_id=event.order_id, user_id=event.user_id
        )
    _deliver(built)


def on_course_submitted(event: CourseSubmitted, *, event_id: int) -> None:
    """CourseSubmitted: admins see a new course waiting in the review queue."""
    with db.read_session() as session:
        built = messages.course_submitted(session=session, course_id=event.course_id)
    _deliver(built)


def on_course_published(event: CoursePublished, *, event_id: int) -> None:
    """CoursePublished: tell the instructor, announce to followers."""
    course_id = event.course_id
    with db.read_session() as session:
        built, announce = messages.course_approved(session=session, course_id=course_id)
    _deliver(built)
    if announce:
        queue.enqueue(
            fan_out_new_course,
            course_id,
            0,
            queue="default",
            job_timeout=600,
            job_id=f"fanout-{course_id}-0",
        )


def on_course_rejected(event: CourseRejected, *, event_id: int) -> None:
    """CourseRejected: the instructor hears why."""
    with db.read_session() as session:
        built = messages.course_rejected(
            session=session, course_id=event.course_id, reason=event.reason
        )
    _deliver(built)


def on_video_ready(event: VideoReady, *, event_id: int) -> None:
    """VideoReady: the instructor hears the video can be watched."""
    _on_video(event, ready=True)


def on_video_failed(event: VideoFailed, *, event_id: int) -> None:
    """VideoFailed: the instructor hears the video failed, and why."""
    _on_video(event, ready=False)


def _on_video(event: VideoEvent, *, ready: bool) -> None:
    with db.read_session() as session:
        built = messages.video_finished(
            session=session,
            video_id=event.video_id,
            lecture_id=event.lecture_id,
            owner_id=event.owner_id,
            ready=ready,
        )
    _deliver(built)


def on_review_created(event: ReviewCreated, *, event_id: int) -> None:
    """ReviewCreated: the course's instructor hears about the review."""
    with db.read_session() as session:
        built = messages.review_created(
            session=session,
            review_id=event.review_id,
            course_id=event.course_id,
            author_id=event.author_id,
        )
    _deliver(built)


def on_reply_created(event: ReplyCreated, *, event_id: int) -> None:
    """ReplyCreated: the review's author hears the instructor replied."""
    with db.read_session() as session:
        built = messages.reply_created(
            session=session,
            review_id=event.review_id,
            author_id=event.author_id,
            instructor_id=event.instructor_id,
            course_id=event.course_id,
        )
    _deliver(built)


def on_review_hidden(event: ReviewHidden, *, event_id: int) -> None:
    """ReviewHidden: the review's author hears it was hidden, and why."""
    with db.read_session() as session:
        built = messages.review_hidden(
            session=session,
            review_id=event.review_id,
            course_id=event.course_id,
            author_id=event.author_id,
        )
    _deliver(built)


def on_user_registered(event: UserRegistered, *, event_id: int) -> None:
    """UserRegistered: a welcome in the notification centre."""
    with db.read_session() as session:
        built = messages.welcome(session=session, user_id=event.user_id, role=event.role)
    _deliver(built)


# ---- fan-out -----------------------------------------------------------------------------------


def fan_out_new_course(course_id: int, after_user_id: int = 0) -> int:
    """Job: tell the next batch of followers about a new course, then queue the next batch.

    One batch (FANOUT_BATCH_SIZE followers) is one transaction of bulk inserts; a retried
    batch inserts nothing twice. Returns how many followers this batch covered.
    """
    with db.transaction() as session:
        try:
            course = catalog_service.get_course(session=session, course_id=course_id)
        except NotFound:
            return 0
        if course.status != catalog_service.CourseStatus.published.value:
            return 0
        batch = service.follower_batch(
            session=session,
            category_ids=messages.followed_category_ids(session=session, course=course),
            instructor_id=course.owner_id,
            after_user_id=after_user_id,
        )
        if len(batch) >= service.FANOUT_BATCH_SIZE:
            # queued first: with several RQ workers the next batch runs alongside this one
            queue.enqueue(
                fan_out_new_course,
                course_id,
                batch[-1],
                queue="default",
                job_timeout=600,
                job_id=f"fanout-{course_id}-{batch[-1]}",
            )
        recipients = [uid for uid in batch if uid != course.owner_id]
        built = messages.new_course_announcement(
            session=session, course=course, user_ids=recipients
        )
        outcome = service.deliver(session=session, messages=built)
    after_commit(outcome)
    log.info("new_course_fan_out", course_id=course_id, after=after_user_id, batch=len(batch))
    return len(batch)


def on_wishlist_price_dropped(event: WishlistPriceDropped, *, event_id: int) -> None:
    """WishlistPriceDropped: the student hears the course got cheaper."""
    with db.read_session() as session:
        built = messages.wishlist_price_dropped(
            session=session,
            user_id=event.user_id,
            course_id=event.course_id,
            old_price_cents=event.old_price_cents,
            new_price_cents=event.new_price_cents,
            currency=event.currency,
        )
    _deliver(built)


def on_sessions_ended(event: SessionsEnded, *, event_id: int) -> None:
    """An account was closed or deactivated: its open tabs sign out (nothing stored)."""
    push.publish_sign_out(user_id=event.user_id, reason=event.reason)


# ---- announcements -----------------------------------------------------------------------------


def on_announcement_posted(event: AnnouncementPosted, *, event_id: int) -> None:
    """AnnouncementPosted: start telling the course's students, a batch per job."""
    queue.enqueue(
        fan_out_announcement,
        event.announcement_id,
        0,
        queue="default",
        job_timeout=600,
        job_id=f"announce-{event.announcement_id}-0",
    )


def fan_out_announcement(announcement_id: int, after_user_id: int = 0) -> int:
    """Job: tell the next batch of enrolled students about an announcement, then queue the
    next batch. Dedupe keys (announcement, student) make a retried batch write nothing twice.
    Returns how many students this batch covered."""
    with db.transaction() as session:
        try:
            batch = announcements_service.recipient_batch(
                session=session,
                announcement_id=announcement_id,
                after_user_id=after_user_id,
                limit=service.FANOUT_BATCH_SIZE,
            )
        except NotFound:
            return 0
        if len(batch) >= service.FANOUT_BATCH_SIZE:
            queue.enqueue(
                fan_out_announcement,
                announcement_id,
                batch[-1],
                queue="default",
                job_timeout=600,
                job_id=f"announce-{announcement_id}-{batch[-1]}",
            )
        built = community_messages.course_announcement(
            session=session, announcement_id=announcement_id, user_ids=batch
        )
        outcome = service.deliver(session=session, messages=built)
    after_commit(outcome)
    log.info("announcement_fan_out", announcement_id=announcement_id, batch=len(batch))
    return len(batch)


def on_question_asked(event: QuestionAsked, *, event_id: int) -> None:
    """QuestionAsked: the course's instructor hears about the question."""
    with db.read_session() as session:
        built = community_messages.question_asked(session=session, question_id=event.question_id)
    _deliver(built)


def on_answer_posted(event: AnswerPosted, *, event_id: int) -> None:
    """AnswerPosted: the asker hears about the answer (not about their own)."""
    with db.read_session() as session:
        built = community_messages.answer_posted(
            session=session,
            answer_id=event.answer_id,
            question_id=event.question_id,
            author_id=event.author_id,
            asker_id=event.asker_id,
        )
    _deliver(built)


def on_gift_purchased(event: GiftPurchased, *, event_id: int) -> None:
    """GiftPurchased: the recipient is emailed the redemption link; the buyer sees it left."""
    with db.read_session() as session:
        built = messages.gift_for_recipient(session=session, gift_id=event.gift_id)
    _deliver(built)


def on_coupon_published(event: CouponPublished, *, event_id: int) -> None:
    """CouponPublished: every student who wished for a course on sale hears once."""
    with db.read_session() as session:
        built = []
        for user_id, course_id in orders_service.coupon_wishers(
            session=session, coupon_id=event.coupon_id
        ):
            built += messages.wishlist_coupon(
                session=session, user_id=user_id, course_id=course_id, coupon_id=event.coupon_id
            )
    _deliver(built)
