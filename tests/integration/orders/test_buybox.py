"""The course page's buy box over REST, on SQLite and PostgreSQL: sale prices that checkout
charges, the coupon preview's reasons, gift purchase end to end (email, redeem once, refund
revokes), ledger postings of gift orders, and wishlist sale alerts once per coupon."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlmodel import col, select

from tests.support.factories import (
    login,
    make_coupon,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.notifications.models import EmailLog, Notification
from udemy_clone.orders import ledger, service
from udemy_clone.orders.gift_records import gift_link
from udemy_clone.orders.ledger_models import LedgerEntry, LedgerTransaction
from udemy_clone.orders.models import Coupon, Gift

GIFT_TO = "ann.friend@example.com"


def _teacher_headers(api, teacher) -> dict[str, str]:
    return login(api, teacher.email)


def _sale(api, teacher, course, *, code: str, percent: int, days: int | None = 3) -> dict:
    body: dict = {"code": code, "percent_off": percent, "course_id": int(course.id), "public": True}
    if days is not None:
        body["expires_at"] = (utcnow() + timedelta(days=days, minutes=-5)).isoformat()
    answer = api.post(f"{API}/coupons", json=body, headers=_teacher_headers(api, teacher))
    assert answer.status_code == 201, answer.text
    return answer.json()


def _pay(api, headers, order_id: int) -> dict:
    answer = api.post(f"{API}/payments/sandbox/{order_id}/complete", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _enrolled(api, headers) -> list[int]:
    return [c["course_id"] for c in api.get(f"{API}/me/courses", headers=headers).json()]


def _gift_rows() -> list[Gift]:
    with db.read_session() as session:
        return list(session.exec(select(Gift).order_by(col(Gift.id))))


# ---- prices --------------------------------------------------------------------------------


def test_a_public_sale_shows_the_price_checkout_charges(api):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=5000)
    other = make_published_course(price_cents=2000)
    _sale(api, teacher, course, code="SPRING30", percent=30, days=3)

    quote = api.get(f"{API}/courses/{course.id}/price").json()  # anyone, signed out too
    assert quote["list_price_cents"] == 5000
    assert quote["price_cents"] == 3500
    assert quote["percent_off"] == 30
    assert quote["coupon_code"] == "SPRING30" and quote["coupon_is_public"] is True
    assert quote["days_left"] == 3
    untouched = api.get(f"{API}/courses/{other.id}/price").json()
    assert untouched["price_cents"] == 2000 and untouched["coupon_code"] is None

    with db.read_session() as session:
        cards = service.quote_courses(
            session=session,
            courses=[service.PriceBasis(int(course.id), int(teacher.id), 5000, "USD")],
        )
    assert cards[int(course.id)].price_cents == 3500  # the cards' figure is the same one

    _, headers = user_headers(api)
    api.post(f"{API}/cart/items", json={"course_id": int(course.id)}, headers=headers)
    api.post(f"{API}/cart/items", json={"course_id": int(other.id)}, headers=headers)
    cart = api.get(f"{API}/cart", headers=headers).json()
    assert [i["final_price_cents"] for i in cart["items"]] == [3500, 2000]
    order = api.post(f"{API}/checkout", json={}, headers=headers).json()
    assert order["amount_cents"] == 5500
    paid = _pay(api, headers, order["order_id"])
    assert {i["course_id"]: i["price_cents"] for i in paid["items"]} == {
        int(course.id): 3500,
        int(other.id): 2000,
    }
    with db.read_session() as session:
        sale = session.exec(select(Coupon).where(col(Coupon.code) == "SPRING30")).one()
        assert sale.redemptions == 1


def test_the_coupon_field_says_why_a_code_does_not_work(api):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=4000)
    elsewhere = make_published_course(price_cents=4000)
    _, headers = user_headers(api)
    make_coupon(creator=teacher, code="TEN4U", percent_off=10, course_id=int(course.id))
    make_coupon(creator=teacher, code="HALF", percent_off=50, course_id=int(course.id))
    make_coupon(code="OTHERONE", percent_off=10, course_id=int(elsewhere.id))
    make_coupon(creator=teacher, code="ONCE", percent_off=15, max_redemptions=1)
    make_coupon(creator=teacher, code="OLDIE", percent_off=15)
    with db.transaction() as session:
        session.exec(
            update(Coupon)
            .where(col(Coupon.code) == "OLDIE")
            .values(expires_at=utcnow() - timedelta(days=2))
        )
        session.exec(update(Coupon).where(col(Coupon.code) == "ONCE").values(redemptions=1))

    def preview(code: str):
        return api.get(f"{API}/courses/{course.id}/price?coupon_code={code}", headers=headers)

    unknown = assert_error(preview("NOPE42"), 422, "coupon_not_usable")
    assert "does not work for this course" in unknown["message"]
    # a code for another course answers like an unknown one (tells nothing of other courses)
    assert assert_error(preview("OTHERONE"), 422, "coupon_not_usable") == unknown
    assert "expired on" in assert_error(preview("OLDIE"), 422, "coupon_expired")["message"]
    assert_error(preview("ONCE"), 422, "coupon_exhausted")
    assert_error(api.get(f"{API}/courses/{course.id}/price?coupon_code={'X' * 41}"), 422)
    assert_error(api.get(f"{API}/courses/424242/price"), 404)

    good = preview("half")
    assert good.status_code == 200 and good.json()["price_cents"] == 2000
    assert good.json()["coupon_code"] == "HALF" and good.json()["coupon_is_public"] is False
    _sale(api, teacher, course, code="SALE25", percent=25, days=None)
    worse = assert_error(preview("TEN4U"), 422, "coupon_not_better")
    assert "sale price is already lower" in worse["message"]
    assert api.get(f"{API}/courses/{course.id}/price").json()["price_cents"] == 3000

    # the code carries into checkout and the charge is the previewed price
    order = api.post(
        f"{API}/checkout",
        json={"course_ids": [int(course.id)], "coupon_code": "half"},
        headers=headers,
    ).json()
    assert order["amount_cents"] == good.json()["price_cents"]
    assert _pay(api, headers, order["order_id"])["coupon_code"] == "HALF"
    # the student now owns it: the course page shows no price, and the code is used up for them
    used = preview("HALF")
    assert used.status_code == 422 and used.json()["error"]["code"] == "coupon_already_used"


# ---- gifts ---------------------------------------------------------------------------------


def _gift(api, headers, course, **fields):
    body = {
        "course_id": int(course.id),
        "recipient_email": GIFT_TO,
        "recipient_name": "Ann Friend",
        "message": "Happy birthday!",
    }
    body.update(fields)
    return api.post(f"{API}/gifts/checkout", json=body, headers=headers)


def test_gift_bad_input_is_refused_and_nothing_is_stored(api):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=3000)
    free = make_published_course(price_cents=0)
    buyer, headers = user_headers(api)
    assert_error(_gift(api, {}, course), 401)
    assert_error(
        _gift(api, headers, course, recipient_email=buyer.email.upper()), 422, "gift_to_self"
    )
    assert_error(_gift(api, headers, course, recipient_email="not-an-email"), 422)
    assert_error(_gift(api, headers, course, recipient_name="  "), 422)
    assert_error(_gift(api, headers, course, message="x" * 1001), 422)
    assert_error(_gift(api, headers, course, extra=1), 422)
    assert_error(_gift(api, headers, course, coupon_code="NOPE42"), 422, "coupon_not_usable")
    assert_error(_gift(api, headers, free), 409, "course_free")
    assert_error(_gift(api, _teacher_headers(api, teacher), course), 409, "own_course")
    assert_error(_gift(api, headers, course, course_id=424242), 404)
    assert _gift_rows() == []
    assert api.get(f"{API}/orders", headers=headers).json()["total"] == 0
    assert_error(api.get(f"{API}/gifts/1-deadbeef"), 404, "gift_not_found")
    assert_error(api.get(f"{API}/gifts/nonsense"), 404, "gift_not_found")


def test_gift_purchase_email_redeem_once(api, drain_outbox):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=3000, title="Watercolour basics")
    _sale(api, teacher, course, code="GIFTSALE", percent=20, days=5)
    buyer, headers = user_headers(api)
    started = _gift(api, headers, course)
    assert started.status_code == 201, started.text
    assert started.json()["amount_cents"] == 2400  # the sale applies to gifts too
    (gift,) = _gift_rows()
    link = gift_link(gift)
    token = link.rsplit("/", 1)[1]
    # not paid yet: the link does not work
    recipient = make_user(email="ann.other.address@example.com")
    recipient_headers = login(api, recipient.email)
    assert_error(
        api.post(f"{API}/gifts/{token}/redeem", headers=recipient_headers), 409, "gift_not_paid"
    )

    paid = _pay(api, headers, started.json()["order_id"])
    assert paid["gift"]["recipient_email"] == GIFT_TO and paid["gift"]["status"] == "sent"
    drain_outbox()
    assert int(course.id) not in _enrolled(api, headers)  # the buyer is not enrolled
    with db.read_session() as session:
        sale_note = session.exec(
            select(Notification.body).where(
                col(Notification.user_id) == int(teacher.id), col(Notification.kind) == "sale"
            )
        ).one()
        receipt = session.exec(
            select(Notification.title).where(
                col(Notification.user_id) == int(buyer.id), col(Notification.kind) == "purchase"
            )
        ).all()
    assert sale_note == "A student bought “Watercolour basics” as a gift for $24.00."
    assert set(receipt) == {"Gift sent to Ann Friend", "Your gift to Ann Friend is on its way"}
    with db.read_session() as session:
        emails = list(session.exec(select(EmailLog).where(col(EmailLog.to_address) == GIFT_TO)))
    assert len(emails) == 1
    email = emails[0]
    assert email.context["cta_url"] == link and email.context["quote"] == "Happy birthday!"
    assert "Watercolour basics" in email.subject
    sent = api.get(f"{API}/me/gifts", headers=headers).json()
    assert [(g["course_title"], g["status"], g["amount_cents"]) for g in sent] == [
        ("Watercolour basics", "sent", 2400)
    ]
    shown = api.get(f"{API}/gifts/{token}").json()
    assert shown["course_title"] == "Watercolour basics" and shown["sender_name"] == buyer.full_name
    assert "recipient_email" not in shown

    assert_error(api.post(f"{API}/gifts/{token}/redeem", headers=headers), 409, "own_gift")
    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    assert_error(api.post(f"{API}/gifts/{tampered}/redeem", headers=recipient_headers), 404)
    assert_error(api.post(f"{API}/gifts/{token}/redeem"), 401)
    redeemed = api.post(f"{API}/gifts/{token}/redeem", headers=recipient_headers)
    assert redeemed.status_code == 200 and redeemed.json()["status"] == "redeemed"
    assert int(course.id) in _enrolled(api, recipient_headers)
    # once: another account is refused, the redeemer asking again changes nothing
    _, third = user_headers(api)
    assert_error(
        api.post(f"{API}/gifts/{token}/redeem", headers=third), 409, "gift_already_redeemed"
    )
    assert api.post(f"{API}/gifts/{token}/redeem", headers=recipient_headers).status_code == 200
    assert api.get(f"{API}/me/gifts", headers=headers).json()[0]["status"] == "redeemed"


def test_refund_revokes_the_gift_link_or_the_redeemed_enrollment(api, drain_outbox):
    course = make_published_course(price_cents=3000)
    _, headers = user_headers(api)
    # unredeemed: the link stops working
    first = _gift(api, headers, course).json()
    _pay(api, headers, first["order_id"])
    token = gift_link(_gift_rows()[0]).rsplit("/", 1)[1]
    refunded = api.post(f"{API}/orders/{first['order_id']}/refund", headers=headers)
    assert refunded.status_code == 200 and refunded.json()["gift"]["status"] == "revoked"
    _, someone = user_headers(api)
    assert_error(api.post(f"{API}/gifts/{token}/redeem", headers=someone), 409, "gift_revoked")
    # redeemed: the recipient's access goes with the refund
    second = _gift(api, headers, course).json()
    _pay(api, headers, second["order_id"])
    token = gift_link(_gift_rows()[1]).rsplit("/", 1)[1]
    api.post(f"{API}/gifts/{token}/redeem", headers=someone)
    assert int(course.id) in _enrolled(api, someone)
    api.post(f"{API}/orders/{second['order_id']}/refund", headers=headers)
    assert int(course.id) not in _enrolled(api, someone)
    drain_outbox()


def test_a_gift_whose_payment_fails_leaves_no_usable_link(api):
    course = make_published_course(price_cents=3000)
    _, headers = user_headers(api)
    started = _gift(api, headers, course).json()
    api.post(f"{API}/payments/sandbox/{started['order_id']}/cancel", headers=headers)
    (gift,) = _gift_rows()
    assert gift.status == "cancelled"
    _, someone = user_headers(api)
    token = gift_link(gift).rsplit("/", 1)[1]
    assert_error(api.post(f"{API}/gifts/{token}/redeem", headers=someone), 409, "gift_not_paid")
    assert int(course.id) not in _enrolled(api, someone)


def test_gift_orders_post_balanced_ledger_entries(api, drain_outbox):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=10_000)
    _, headers = user_headers(api)
    order = _gift(api, headers, course).json()
    _pay(api, headers, order["order_id"])
    drain_outbox()
    api.post(f"{API}/orders/{order['order_id']}/refund", headers=headers)
    drain_outbox()
    with db.read_session() as session:
        legs = list(
            session.exec(
                select(LedgerEntry)
                .join(
                    LedgerTransaction, col(LedgerTransaction.id) == col(LedgerEntry.transaction_id)
                )
                .where(col(LedgerTransaction.order_id) == order["order_id"])
            )
        )
        report = service.reconcile_ledger(session=session, settling=timedelta(0))
    assert len(legs) >= 6 and sum(e.amount_cents for e in legs) == 0
    assert report.ok, report.differences
    assert ledger is not None


# ---- wishlist sale alerts -----------------------------------------------------------------


def _sale_alerts(user_id: int) -> list[str]:
    with db.read_session() as session:
        return [
            n.title
            for n in session.exec(
                select(Notification).where(
                    col(Notification.user_id) == user_id, col(Notification.kind) == "wishlist"
                )
            )
        ]


def _emails_of(user_id: int) -> int:
    with db.read_session() as session:
        return len(list(session.exec(select(EmailLog).where(col(EmailLog.user_id) == user_id))))


def test_a_public_coupon_tells_wishers_once_per_coupon(api, drain_outbox):
    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=5000, title="Sourdough")
    wisher, headers = user_headers(api)
    quiet, quiet_headers = user_headers(api)
    api.put(f"{API}/wishlist/{course.id}", headers=headers)
    api.put(f"{API}/wishlist/{course.id}", headers=quiet_headers)
    api.put(
        f"{API}/me/notification-preferences", headers=quiet_headers, json={"email_wishlist": False}
    )
    drain_outbox()
    make_coupon(creator=teacher, code="PRIVATE10", percent_off=10)  # not public: nobody hears
    drain_outbox()
    assert _sale_alerts(int(wisher.id)) == []

    sale = _sale(api, teacher, course, code="BREAD40", percent=40, days=2)
    drain_outbox()
    assert _sale_alerts(int(wisher.id)) == ["On sale: Sourdough"]
    assert _emails_of(int(wisher.id)) == 1
    assert _sale_alerts(int(quiet.id)) == ["On sale: Sourdough"] and _emails_of(int(quiet.id)) == 0
    with db.read_session() as session:
        body = session.exec(
            select(Notification.body).where(col(Notification.user_id) == int(wisher.id))
        ).one()
    assert (
        body == "“Sourdough” on your wishlist is 40% off: $30.00 instead of $50.00 for 2 more days."
    )

    teacher_headers = _teacher_headers(api, teacher)
    api.post(f"{API}/coupons/{sale['id']}/deactivate", headers=teacher_headers)
    again = api.post(f"{API}/coupons/{sale['id']}/activate", headers=teacher_headers)
    assert again.status_code == 200 and again.json()["active"] is True
    drain_outbox()
    assert len(_sale_alerts(int(wisher.id))) == 1  # once per coupon
    _sale(api, teacher, course, code="BREAD50", percent=50, days=None)
    drain_outbox()
    assert len(_sale_alerts(int(wisher.id))) == 2  # a new coupon tells again
    _, stranger = user_headers(api)
    assert_error(api.post(f"{API}/coupons/{sale['id']}/activate", headers=stranger), 403)
    assert_error(api.post(f"{API}/coupons/424242/activate", headers=teacher_headers), 404)


def test_odd_input_is_a_clear_4xx_never_a_server_error(api):
    course = make_published_course(price_cents=3000)
    _, headers = user_headers(api)
    for code in ("a\x00b", "ÄÖÜ", "%00", "x" * 40, " "):
        answer = api.get(f"{API}/courses/{course.id}/price", params={"coupon_code": code})
        assert answer.status_code in (200, 422), answer.text
    for token in ("١٢-ab", "99999999999-ab", "12-", "---", "0-00"):
        assert_error(api.get(f"{API}/gifts/{token}"), 404, "gift_not_found")
    for field, value in (
        ("recipient_name", "Ann\r\nBcc: x@example.com"),
        ("recipient_email", "ann\x00@example.com"),
        ("message", "hi\x00there"),
    ):
        assert_error(_gift(api, headers, course, **{field: value}), 422)
    assert _gift(api, headers, course, message="Line one\nLine two").status_code == 201
    assert len(_gift_rows()) == 1


def test_a_gift_paid_through_stripe_sends_its_link_and_a_stripe_refund_revokes_it(
    api, stripe_on, drain_outbox
):
    from tests.integration.orders.test_stripe_webhooks import deliver
    from tests.support.fake_stripe import charge_refunded_event, checkout_completed_event

    course = make_published_course(price_cents=2500)
    _, headers = user_headers(api)
    started = _gift(api, headers, course)
    assert started.status_code == 201, started.text
    body = started.json()
    assert body["checkout_url"].startswith("https://checkout.stripe.com/")
    session_id = next(iter(stripe_on.sessions))
    (gift,) = _gift_rows()
    assert gift.status == "awaiting_payment"
    intent = stripe_on.complete_session(session_id)["payment_intent"]
    completed = checkout_completed_event(
        order_id=body["order_id"], amount_total=2500, session_id=session_id, payment_intent=intent
    )
    assert deliver(api, completed).json()["status"] == "applied"
    assert deliver(api, completed).json()["status"] == "duplicate"
    drain_outbox()
    assert _gift_rows()[0].status == "sent"
    with db.read_session() as session:
        assert (
            len(list(session.exec(select(EmailLog).where(col(EmailLog.to_address) == GIFT_TO))))
            == 1
        )
    refund = charge_refunded_event(payment_intent=intent, amount_refunded=2500)
    assert deliver(api, refund).status_code == 200
    assert _gift_rows()[0].status == "revoked"
    token = gift_link(_gift_rows()[0]).rsplit("/", 1)[1]
    _, someone = user_headers(api)
    assert_error(api.post(f"{API}/gifts/{token}/redeem", headers=someone), 409, "gift_revoked")


def test_course_cards_show_the_sale_price_the_course_page_shows(api):
    from udemy_clone.catalog import service as catalog_service
    from udemy_clone.web.kit.course_views import sale_cards

    teacher = make_user(role="instructor")
    course = make_published_course(owner=teacher, price_cents=1999, title="Sale course")
    other = make_published_course(price_cents=1000, title="Full price course")
    _sale(api, teacher, course, code="CARDS25", percent=25, days=None)
    with db.read_session() as session:
        summaries = catalog_service.published_summaries(
            session=session, course_ids=[int(course.id), int(other.id)]
        )
    cards = {card.title: card for card in sale_cards(summaries)}
    quote = api.get(f"{API}/courses/{course.id}/price").json()
    assert quote["price_cents"] == 1499
    assert (cards["Sale course"].price, cards["Sale course"].list_price) == ("$14.99", "$19.99")
    assert cards["Sale course"].discounted is True
    assert (cards["Full price course"].price, cards["Full price course"].discounted) == (
        "$10.00",
        False,
    )
