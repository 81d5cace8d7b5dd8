"""What each domain event tells whom: builds the messages; service.deliver writes them.

Details come from the other domains' service functions (never their tables). Dedupe keys
name the fact, not the event, so two events about the same fact (say, a course_changed and a
course_published for one approval) still tell each person once.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import Course, CourseStatus
from udemy_clone.core.brand import BRAND
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import NotFound
from udemy_clone.core.money import format_money
from udemy_clone.media import service as media_service
from udemy_clone.notifications.models import NotificationKind
from udemy_clone.notifications.service import EmailContent, Message
from udemy_clone.orders import service as orders_service
from udemy_clone.reviews import service as reviews_service
from udemy_clone.taxonomy import service as taxonomy_service

# A course_changed for a course approved longer ago than this is an edit, not an approval.
APPROVAL_WINDOW = timedelta(days=30)
# Followers hear about courses published within this window (not about old ones edited later).
ANNOUNCE_WINDOW = timedelta(days=7)


def _first_name(full_name: str) -> str:
    return (full_name.split() or ["there"])[0]


def _notice(
    subject: str,
    *,
    name: str,
    heading: str,
    lines: list[str],
    cta_label: str,
    cta_url: str,
    quote: str = "",
) -> EmailContent:
    return EmailContent(
        template="notice",
        subject=subject,
        context={
            "name": name,
            "heading": heading,
            "lines": lines,
            "cta_label": cta_label,
            "cta_url": cta_url,
            "quote": quote,
        },
    )


def _course_or_none(session: Session, course_id: int) -> Course | None:
    try:
        return catalog_service.get_course(session=session, course_id=course_id)
    except NotFound:
        return None


def course_link(course: Course) -> str:
    return f"/courses/{course.slug}"


# ---- orders ------------------------------------------------------------------------------------


def order_paid(*, session: Session, order_id: int, user_id: int) -> list[Message]:
    """The student's receipt, and a "course bought" notice for each course's instructor."""

    order = orders_service.get_order(
        session=session, actor_id=user_id, actor_roles=[], order_id=order_id
    )
    student = auth_service.get_user(session=session, user_id=order.user_id)
    titles = [i.title for i in order.items]
    total = format_money(order.amount_cents, order.currency)
    paid_at = as_utc(order.paid_at or order.created_at)
    items = [
        {"title": i.title, "price": format_money(i.price_cents, order.currency)}
        for i in order.items
    ]
    gift = order.gift
    messages = [
        Message(
            user_id=order.user_id,
            kind=NotificationKind.purchase,
            dedupe_key=f"order_paid:{order_id}",
            title=f"Gift sent to {gift.recipient_name}"
            if gift
            else "Payment received: you are enrolled",
            body=f"Order #{order_id}: {', '.join(titles)}. Total {total}.",
            link="/my-courses",
            email=EmailContent(
                template="receipt",
                subject=f"Your {BRAND} receipt for order #{order_id}",
                context={
                    "name": _first_name(student.full_name),
                    "heading": "Thanks for your gift!" if gift else "Thanks for your purchase!",
                    "intro": (
                        f"Your payment was received and we emailed {gift.recipient_name} "
                        f"({gift.recipient_email}) a link to redeem the course. "
                        "Here is your receipt."
                    )
                    if gift
                    else "Your payment was received and you are enrolled. Here is your receipt.",
                    "order_id": order_id,
                    "order_date": paid_at.strftime("%d %B %Y"),
                    "items": items,
                    "discount": format_money(order.discount_cents, order.currency)
                    if order.discount_cents
                    else "",
                    "coupon_code": order.coupon_code or "",
                    "total_label": "Total paid",
                    "total": total,
                    "outro": "You can follow the gift on your purchase history."
                    if gift
                    else "You can start learning right away; your courses are waiting.",
                    "cta_label": "See your orders" if gift else "Start learning",
                    "cta_url": "/orders" if gift else "/my-courses",
                },
            ),
        )
    ]
    for item in order.items:
        course = _course_or_none(session, item.course_id)
        if course is None or course.owner_id == order.user_id:
            continue
        owner = auth_service.get_user(session=session, user_id=course.owner_id)
        price = format_money(item.price_cents, order.currency)
        messages.append(
            Message(
                user_id=course.owner_id,
                kind=NotificationKind.sale,
                dedupe_key=f"sale:{order_id}:{item.course_id}",
                title=f"New sale: {course.title}",
                body=f"A student bought “{course.title}” as a gift for {price}."
                if gift
                else f"A student enrolled in “{course.title}” for {price}.",
                link="/studio",
                email=_notice(
                    f"New sale: {course.title}",
                    name=_first_name(owner.full_name),
                    heading="You made a sale",
                    lines=[
                        f"A student just bought “{course.title}” as a gift for {price}."
                        if gift
                        else f"A student just enrolled in “{course.title}” for {price}."
                    ],
                    cta_label="Open your studio",
                    cta_url="/studio",
                ),
            )
        )
    return messages


def order_refunded(*, session: Session, order_id: int, user_id: int) -> list[Message]:
    """The student hears that the refund is done."""

    order = orders_service.get_order(
        session=session, actor_id=user_id, actor_roles=[], order_id=order_id
    )
    student = auth_service.get_user(session=session, user_id=order.user_id)
    total = format_money(order.amount_cents, order.currency)
    refunded_at = as_utc(order.refunded_at or utcnow())
    return [
        Message(
            user_id=order.user_id,
            kind=NotificationKind.purchase,
            dedupe_key=f"order_refunded:{order_id}",
            title=f"Refund done: {total}",
            body=f"Order #{order_id} was refunded; {total} goes back to your payment method.",
            link=f"/orders/{order_id}/receipt",
            email=EmailContent(
                template="receipt",
                subject=f"Your refund for {BRAND} order #{order_id}",
                context={
                    "name": _first_name(student.full_name),
                    "heading": "Your refund is done",
                    "intro": f"We refunded order #{order_id}. The money goes back to the payment "
                    "method you used; banks take a few days to show it.",
                    "order_id": order_id,
                    "order_date": refunded_at.strftime("%d %B %Y"),
                    "items": [
                        {"title": i.title, "price": format_money(i.price_cents, order.currency)}
                        for i in order.items
                    ],
                    "discount": "",
                    "coupon_code": "",
                    "total_label": "Total refunded",
                    "total": total,
                    "outro": "The refunded courses are no longer in your library.",
                    "cta_label": "See your orders",
                    "cta_url": "/orders",
                },
            ),
        )
    ]


# ---- catalog -----------------------------------------------------------------------------------


def course_approved(*, session: Session, course_id: int) -> tuple[list[Message], bool]:
    """The instructor hears the course is live; second value: announce it to followers."""
    course = _course_or_none(session, course_id)
    if course is None or course.status != CourseStatus.published.value:
        return [], False
    now = utcnow()
    messages: list[Message] = []
    submitted = as_utc(course.submitted_at) if course.submitted_at else None
    if submitted is not None and now - submitted <= APPROVAL_WINDOW:
        owner = auth_service.get_user(session=session, user_id=course.owner_id)
        messages.append(
            Message(
                user_id=course.owner_id,
                kind=NotificationKind.course_status,
                dedupe_key=f"course_approved:{course_id}:{submitted.isoformat()}",
                title=f"Approved: {course.title}",
                body="Your course passed review and is now published.",
                link=course_link(course),
                email=_notice(
                    f"Your course “{course.title}” is published",
                    name=_first_name(owner.full_name),
                    heading="Your course is live",
                    lines=[
                        f"Good news: “{course.title}” passed review and is now published.",
                        "Students can find it in search and buy it from now on.",
                    ],
                    cta_label="View your course",
                    cta_url=course_link(course),
                ),
            )
        )
    published = as_utc(course.published_at) if course.published_at else None
    announce = published is not None and now - published <= ANNOUNCE_WINDOW
    return messages, announce


def course_submitted(*, session: Session, course_id: int) -> list[Message]:
    """Every admin sees that a course waits in the review queue (in-app)."""
    course = _course_or_none(session, course_id)
    if course is None or course.status != CourseStatus.in_review.value:
        return []
    submitted = as_utc(course.submitted_at).isoformat() if course.submitted_at else "now"
    instructor = auth_service.display_names(session=session, user_ids=[course.owner_id]).get(
        course.owner_id, "An instructor"
    )
    return [
        Message(
            user_id=admin_id,
            kind=NotificationKind.course_status,
            dedupe_key=f"course_submitted:{course_id}:{submitted}",
            title=f"Waiting for review: {course.title}",
            body=f"{instructor} submitted “{course.title}” for review.",
            link="/admin",
        )
        for admin_id in auth_service.active_admin_ids(session=session)
        if admin_id != course.owner_id
    ]


def course_rejected(*, session: Session, course_id: int, reason: str | None) -> list[Message]:
    """The instructor hears the course was sent back, and why."""
    course = _course_or_none(session, course_id)
    if course is None:
        return []
    why = (reason or course.rejection_reason or "").strip() or "No reason was given."
    submitted = as_utc(course.submitted_at).isoformat() if course.submitted_at else "never"
    owner = auth_service.get_user(session=session, user_id=course.owner_id)
    return [
        Message(
            user_id=course.owner_id,
            kind=NotificationKind.course_status,
            dedupe_key=f"course_rejected:{course_id}:{submitted}",
            title=f"Changes needed: {course.title}",
            body=f"Your course was not approved: {why}",
            link="/studio",
            email=_notice(
                f"Changes needed before “{course.title}” can be published",
                name=_first_name(owner.full_name),
                heading="Your course needs changes",
                lines=[
                    f"Our review team looked at “{course.title}” and sent it back to draft. "
                    "Their reason:",
                ],
                quote=why,
                cta_label="Edit your course",
                cta_url="/studio",
            ),
        )
    ]


def new_course_announcement(
    *, session: Session, course: Course, user_ids: list[int]
) -> list[Message]:
    """Followers of the course's category (or a parent) or instructor hear about it."""
    assert course.id is not None
    instructor = auth_service.display_names(session=session, user_ids=[course.owner_id]).get(
        course.owner_id, "An instructor"
    )
    path = taxonomy_service.category_paths(session=session, category_ids=[course.category_id])
    category = path[course.category_id].name if course.category_id in path else "a category"
    link = course_link(course)
    names = auth_service.display_names(session=session, user_ids=user_ids)
    return [
        Message(
            user_id=uid,
            kind=NotificationKind.new_course,
            dedupe_key=f"new_course:{course.id}",
            title=f"New course: {course.title}",
            body=f"{instructor} published a new course in {category}.",
            link=link,
            email=_notice(
                f"New on {BRAND}: {course.title}",
                name=_first_name(names.get(uid, "")),
                heading=course.title,
                lines=[
                    f"{instructor} just published a new course in {category}, which you follow.",
                    course.subtitle,
                ]
                if course.subtitle
                else [f"{instructor} just published a new course in {category}, which you follow."],
                cta_label="See the course",
                cta_url=link,
            ),
        )
        for uid in user_ids
    ]


def followed_category_ids(*, session: Session, course: Course) -> list[int]:
    """The course's category and its ancestors (following a parent covers its children)."""
    paths = taxonomy_service.category_paths(session=session, category_ids=[course.category_id])
    path = paths.get(course.category_id)
    if path is None:
        return [course.category_id]
    return [a.id for a in path.ancestors] + [path.id]


# ---- media -------------------------------------------------------------------------------------


def _lecture_title(session: Session, course_id: int, lecture_id: int) -> str:
    for section in catalog_service.get_curriculum(session=session, course_id=course_id):
        for lecture in section.lectures:
            if lecture.id == lecture_id:
                return lecture.title
    return f"lecture {lecture_id}"


def video_finished(
    *, session: Session, video_id: int, lecture_id: int, owner_id: int, ready: bool
) -> list[Message]:
    """The instructor hears that a video is ready to watch, or why it failed."""
    owner = auth_service.get_user(session=session, user_id=owner_id)
    try:
        context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    except NotFound:
        return []
    course = _course_or_none(session, context.course_id)
    lecture = _lecture_title(session, context.course_id, lecture_id)
    course_title = course.title if course else "your course"
    if ready:
        return [
            Message(
                user_id=owner_id,
                kind=NotificationKind.video,
                dedupe_key=f"video_ready:{video_id}",
                title=f"Video ready: {lecture}",
                body=f"The video of “{lecture}” in “{course_title}” is processed and ready.",
                link="/studio",
                email=_notice(
                    f"Your video for “{lecture}” is ready",
                    name=_first_name(owner.full_name),
                    heading="Your video is ready",
                    lines=[f"The video of “{lecture}” in “{course_title}” is processed and ready."],
                    cta_label="Open your studio",
                    cta_url="/studio",
                ),
            )
        ]

    try:
        error = media_service.get_video(session=session, video_id=video_id).error or ""
    except NotFound:
        error = ""
    why = error or "The file could not be processed."
    return [
        Message(
            user_id=owner_id,
            kind=NotificationKind.video,
            dedupe_key=f"video_failed:{video_id}",
            title=f"Video failed: {lecture}",
            body=f"{why} Upload the video of “{lecture}” again.",
            link="/studio",
            email=_notice(
                f"Your video for “{lecture}” could not be processed",
                name=_first_name(owner.full_name),
                heading="A video could not be processed",
                lines=[f"The video you uploaded for “{lecture}” in “{course_title}” failed:"],
                quote=why,
                cta_label="Upload it again",
                cta_url="/studio",
            ),
        )
    ]


# ---- reviews -----------------------------------------------------------------------------------


def review_created(
    *, session: Session, review_id: int, course_id: int, author_id: int
) -> list[Message]:
    """The course's instructor hears about a new review."""
    course = _course_or_none(session, course_id)
    if course is None or course.owner_id == author_id:
        return []
    owner = auth_service.get_user(session=session, user_id=course.owner_id)
    author = auth_service.display_names(session=session, user_ids=[author_id]).get(
        author_id, "A student"
    )
    link = f"{course_link(course)}#reviews"
    stars, comment = "", ""
    try:
        review = reviews_service.get_review(
            session=session, review_id=review_id, viewer_roles=["admin"]
        )
        stars = " " + "★" * review.rating + "☆" * (5 - review.rating)
        comment = review.comment.strip()
    except NotFound:
        pass
    return [
        Message(
            user_id=course.owner_id,
            kind=NotificationKind.review,
            dedupe_key=f"review:{review_id}",
            title=f"New review on {course.title}",
            body=f"{author} reviewed “{course.title}”{stars}.",
            link=link,
            email=_notice(
                f"New review on “{course.title}”",
                name=_first_name(owner.full_name),
                heading="A student reviewed your course",
                lines=[f"{author} left a review on “{course.title}”{stars}."],
                quote=comment[:600],
                cta_label="Read the review",
                cta_url=link,
            ),
        )
    ]


def reply_created(
    *, session: Session, review_id: int, author_id: int, instructor_id: int, course_id: int | None
) -> list[Message]:
    """The review's author hears that the instructor replied."""
    if author_id == instructor_id:
        return []
    author = auth_service.get_user(session=session, user_id=author_id)
    instructor = auth_service.display_names(session=session, user_ids=[instructor_id]).get(
        instructor_id, "The instructor"
    )
    course = _course_or_none(session, course_id) if course_id else None
    link = f"{course_link(course)}#reviews" if course else "/my-courses"
    about = f" on “{course.title}”" if course else ""
    return [
        Message(
            user_id=author_id,
            kind=NotificationKind.review,
            dedupe_key=f"review_reply:{review_id}",
            title=f"{instructor} replied to your review",
            body=f"{instructor} replied to your review{about}.",
            link=link,
            email=_notice(
                f"{instructor} replied to your review",
                name=_first_name(author.full_name),
                heading="The instructor replied",
                lines=[f"{instructor} replied to your review{about}."],
                cta_label="Read the reply",
                cta_url=link,
            ),
        )
    ]


def review_hidden(
    *, session: Session, review_id: int, course_id: int, author_id: int
) -> list[Message]:
    """The review's author hears that a moderator hid it, and why (in-app and email)."""
    try:
        review = reviews_service.get_review(
            session=session, review_id=review_id, viewer_roles=["admin"]
        )
    except NotFound:
        return []
    if not review.hidden_reason:
        return []  # restored since: nothing to tell
    course = _course_or_none(session, course_id)
    author = auth_service.get_user(session=session, user_id=author_id)
    about = f" on “{course.title}”" if course else ""
    link = f"{course_link(course)}#reviews" if course else "/my-courses"
    return [
        Message(
            user_id=author_id,
            kind=NotificationKind.review,
            dedupe_key=f"review_hidden:{review_id}:{review.hidden_reason[:40]}",
            title="Your review was hidden",
            body=f"A moderator hid your review{about}: {review.hidden_reason}",
            link=link,
            email=_notice(
                "Your review was hidden",
                name=_first_name(author.full_name),
                heading="A moderator hid your review",
                lines=[f"Your review{about} is no longer shown to other students. The reason:"],
                quote=review.hidden_reason,
                cta_label="See your review",
                cta_url=link,
            ),
        )
    ]


# ---- auth --------------------------------------------------------------------------------------


def welcome(*, session: Session, user_id: int, role: str) -> list[Message]:
    """A welcome in the notification centre (no email)."""
    user = auth_service.get_user(session=session, user_id=user_id)
    teaching = role == "instructor"
    return [
        Message(
            user_id=user_id,
            kind=NotificationKind.account,
            dedupe_key="welcome",
            title=f"Welcome to {BRAND}, {_first_name(user.full_name)}!",
            body="Create your first course in the studio."
            if teaching
            else "Follow categories and instructors to hear about new courses.",
            link="/studio" if teaching else "/courses",
        )
    ]


# ---- wishlist ----------------------------------------------------------------------------------


def wishlist_price_dropped(
    *,
    session: Session,
    user_id: int,
    course_id: int,
    old_price_cents: int,
    new_price_cents: int,
    currency: str,
) -> list[Message]:
    """A student hears that a course on their wishlist got cheaper (once per price)."""
    course = _course_or_none(session, course_id)
    if course is None or course.status != CourseStatus.published.value:
        return []
    student = auth_service.get_user(session=session, user_id=user_id)
    old, new = format_money(old_price_cents, currency), format_money(new_price_cents, currency)
    link = course_link(course)
    return [
        Message(
            user_id=user_id,
            kind=NotificationKind.wishlist,
            dedupe_key=f"wishlist_drop:{course_id}:{currency}:{new_price_cents}:{old_price_cents}",
            title=f"Price drop: {course.title}",
            body=f"“{course.title}” on your wishlist is now {new} (was {old}).",
            link=link,
            email=_notice(
                f"“{course.title}” is now {new}",
                name=_first_name(student.full_name),
                heading="A course on your wishlist got cheaper",
                lines=[f"“{course.title}” now costs {new} instead of {old}."],
                cta_label="See the course",
                cta_url=link,
            ),
        )
    ]


def gift_for_recipient(*, session: Session, gift_id: int) -> list[Message]:
    """A paid gift: its recipient is emailed the redemption link (they may have no account;
    the email is directed to their address), and the buyer sees it went out (in-app)."""
    gift = orders_service.gift_details(session=session, gift_id=gift_id)
    course = _course_or_none(session, gift.course_id)
    if course is None:
        return []
    buyer = auth_service.get_user(session=session, user_id=gift.buyer_id)
    link = orders_service.gift_link_of(session=session, gift_id=gift_id)
    lines = [
        f"{buyer.full_name} bought you the course “{course.title}” on {BRAND}.",
        "Open the link to redeem it: sign in, or create a free account, and the course is "
        "yours for life. The link works once.",
    ]
    return [
        Message(
            user_id=gift.buyer_id,
            kind=NotificationKind.purchase,
            dedupe_key=f"gift:{gift_id}",
            title=f"Your gift to {gift.recipient_name} is on its way",
            body=f"We emailed {gift.recipient_email} a link to redeem “{course.title}”.",
            link="/orders",
            email=EmailContent(
                template="notice",
                subject=f"{buyer.full_name} sent you a course: {course.title}",
                context={
                    "name": _first_name(gift.recipient_name),
                    "to_name": gift.recipient_name,
                    "heading": "You have received a course as a gift",
                    "lines": lines,
                    "quote": gift.message,
                    "cta_label": "Redeem your gift",
                    "cta_url": link,
                    "footer_note": f"You get this email because {buyer.full_name} "
                    f"bought you a gift on {BRAND}.",
                },
                to_address=gift.recipient_email,
            ),
        )
    ]


def wishlist_coupon(
    *, session: Session, user_id: int, course_id: int, coupon_id: int
) -> list[Message]:
    """A student hears that a sale (public coupon) takes something off a wished-for course,
    once per coupon (the dedupe key names the coupon, not the course)."""
    course = _course_or_none(session, course_id)
    if course is None or course.status != CourseStatus.published.value:
        return []
    quote = orders_service.quote_courses(session=session, courses=[course])[course_id]
    if quote.discount_cents <= 0:
        return []
    student = auth_service.get_user(session=session, user_id=user_id)
    new = format_money(quote.price_cents, quote.currency)
    old = format_money(quote.list_price_cents, quote.currency)
    until = (
        f" for {quote.days_left} more day{'s' if quote.days_left != 1 else ''}"
        if quote.days_left
        else ""
    )
    link = course_link(course)
    return [
        Message(
            user_id=user_id,
            kind=NotificationKind.wishlist,
            dedupe_key=f"wishlist_coupon:{coupon_id}",
            title=f"On sale: {course.title}",
            body=f"“{course.title}” on your wishlist is {quote.percent_off}% off: {new} "
            f"instead of {old}{until}.",
            link=link,
            email=_notice(
                f"“{course.title}” is {quote.percent_off}% off",
                name=_first_name(student.full_name),
                heading="A course on your wishlist is on sale",
                lines=[
                    f"“{course.title}” costs {new} instead of {old}{until}. "
                    "The discount applies by itself at checkout."
                ],
                cta_label="See the course",
                cta_url=link,
            ),
        )
    ]
