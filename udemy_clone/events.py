"""Every domain event handler, registered in one place (cosmicpython's message bus).

Handlers are 'module:function' paths run as jobs with (event_id=..., payload=...). They are
registered here, not in the domains, so reading this file tells what follows from each event.
"""

from __future__ import annotations

from udemy_clone.core import outbox

_registered = False


def register_handlers() -> None:
    """Subscribe every handler to its topic (idempotent; called by the app and the worker)."""
    global _registered
    if _registered:
        return
    outbox.subscribe("user.registered", "udemy_clone.auth.tasks:log_registration", queue_name="low")
    # catalog: one index writer reads the course's current state (idempotent, order-proof)
    outbox.subscribe("catalog.course_changed", "udemy_clone.catalog.tasks:sync_course_index")
    outbox.subscribe(
        "taxonomy.category_changed", "udemy_clone.catalog.tasks:reindex_category_courses"
    )
    outbox.subscribe("taxonomy.tag_changed", "udemy_clone.catalog.tasks:reindex_tag_courses")
    # media: an accepted upload queues its transcode (media.video_ready / media.video_failed
    # follow, with {video_id, lecture_id, owner_id}, for whoever subscribes)
    outbox.subscribe("media.video_uploaded", "udemy_clone.media.tasks:start_transcode")
    # reviews: no handler of its own; for notifications and stats to subscribe to:
    # reviews.review_created {review_id, course_id, author_id},
    # reviews.reply_created {review_id, author_id, instructor_id, course_id},
    # reviews.review_hidden {review_id, course_id, author_id} (the author may be told why)
    # notifications: notification rows and emails, written by idempotent jobs (dedupe keys)
    notify = "udemy_clone.notifications.tasks"
    for topic, handler in (
        ("orders.order_paid", "on_order_paid"),
        ("orders.order_refunded", "on_order_refunded"),
        ("catalog.course_published", "on_course_published"),  # {course_id}
        ("catalog.course_rejected", "on_course_rejected"),  # {course_id, reason}
        ("media.video_ready", "on_video_ready"),
        ("media.video_failed", "on_video_failed"),
        ("reviews.review_created", "on_review_created"),
        ("reviews.reply_created", "on_reply_created"),
        ("user.registered", "on_user_registered"),
    ):
        outbox.subscribe(topic, f"{notify}:{handler}", queue_name="high")
    # stats: business counters for /metrics (the daily rollups read the sources themselves)
    outbox.subscribe(
        "orders.order_paid", "udemy_clone.stats.tasks:count_order_paid", queue_name="low"
    )
    outbox.subscribe(
        "orders.order_refunded", "udemy_clone.stats.tasks:count_order_refunded", queue_name="low"
    )
    outbox.subscribe(
        "orders.enrollment_created", "udemy_clone.stats.tasks:count_enrollment", queue_name="low"
    )
    _registered = True
