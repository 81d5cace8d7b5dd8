"""The admin's orders: search by email or number, status and date filters, paging, CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.support.factories import make_published_course, make_user, user_headers
from tests.support.http import assert_error
from udemy_clone.core import db as core_db
from udemy_clone.orders import service as orders_service

API = "/api/v1"


def _paid(user_id: int, course_id: int, *, days_ago: int = 0) -> int:
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    with core_db.clock_at(moment), core_db.transaction() as session:
        order = orders_service.create_order(
            session=session, user_id=user_id, course_ids=[course_id]
        )
        orders_service.fulfil_order(session=session, order_id=int(order.id or 0))
        return int(order.id or 0)


@pytest.fixture
def shop(api):
    """Three buyers, orders on three days, one refunded."""
    _, admin = user_headers(api, role="admin")
    ana = make_user(email="ana.buyer@example.com", full_name="Ana Buyer")
    ben = make_user(email="ben.other@example.org", full_name="Ben Other")
    course_a = make_published_course(price_cents=1999)
    course_b = make_published_course(price_cents=2999)
    orders = {
        "ana_old": _paid(int(ana.id), int(course_a.id), days_ago=20),
        "ana_new": _paid(int(ana.id), int(course_b.id), days_ago=1),
        "ben": _paid(int(ben.id), int(course_a.id), days_ago=5),
    }
    with core_db.transaction() as session:
        orders_service.refund_order(
            session=session, actor_id=int(ben.id), actor_roles=["admin"], order_id=orders["ben"]
        )
    return admin, orders


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.text
    return [o["id"] for o in response.json()["items"]]


def test_search_by_email_or_order_number(api, db, shop) -> None:
    admin, orders = shop
    url = f"{API}/admin/orders"
    assert _ids(api.get(url, params={"q": "ana.buyer"}, headers=admin)) == [
        orders["ana_new"],
        orders["ana_old"],
    ]
    assert _ids(api.get(url, params={"q": "EXAMPLE.ORG"}, headers=admin)) == [orders["ben"]]
    assert _ids(api.get(url, params={"q": f"#{orders['ben']:06d}"}, headers=admin)) == [
        orders["ben"]
    ]
    assert _ids(api.get(url, params={"q": "nobody@nowhere"}, headers=admin)) == []
    # "%" and "_" are searched for, not wildcards
    assert _ids(api.get(url, params={"q": "%"}, headers=admin)) == []
    first = api.get(url, params={"q": "ana.buyer"}, headers=admin).json()["items"][0]
    assert first["buyer_email"] == "ana.buyer@example.com" and first["buyer_name"] == "Ana Buyer"


def test_status_and_date_filters_and_paging(api, db, shop) -> None:
    admin, orders = shop
    url = f"{API}/admin/orders"
    assert _ids(api.get(url, params={"status": "refunded"}, headers=admin)) == [orders["ben"]]
    week_ago = (date.today() - timedelta(days=7)).isoformat()
    recent = _ids(api.get(url, params={"since": week_ago}, headers=admin))
    assert set(recent) == {orders["ana_new"], orders["ben"]}
    older = _ids(api.get(url, params={"until": week_ago}, headers=admin))
    assert older == [orders["ana_old"]]
    page1 = api.get(url, params={"page_size": 2, "page": 1}, headers=admin).json()
    page2 = api.get(url, params={"page_size": 2, "page": 2}, headers=admin).json()
    assert page1["total"] == page2["total"] == 3
    assert len(page1["items"]) == 2 and len(page2["items"]) == 1
    assert not {o["id"] for o in page1["items"]} & {o["id"] for o in page2["items"]}


def test_bad_filters_get_clear_errors(api, db, shop) -> None:
    admin, _ = shop
    url = f"{API}/admin/orders"
    for params in (
        {"status": "lost"},
        {"since": "yesterday"},
        {"until": "2026-13-40"},
        {"page": 0},
        {"page_size": 1000},
        {"q": "x" * 300},
    ):
        assert_error(api.get(url, params=params, headers=admin), 422)
        if "page" not in params and "page_size" not in params:  # the export has no pages
            assert_error(api.get(f"{url}/export.csv", params=params, headers=admin), 422)
    reversed_dates = {"since": "2026-12-05", "until": "2026-12-01"}
    assert_error(api.get(url, params=reversed_dates, headers=admin), 422)
    _, student = user_headers(api)
    assert_error(api.get(f"{url}/export.csv", headers=student), 403)
    assert_error(api.get(f"{url}/export.csv"), 401)


def test_csv_export_follows_the_filters(api, db, shop) -> None:
    admin, orders = shop
    response = api.get(f"{API}/admin/orders/export.csv", params={"q": "ana"}, headers=admin)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [int(r["order"]) for r in rows] == [orders["ana_new"], orders["ana_old"]]
    assert {r["buyer_email"] for r in rows} == {"ana.buyer@example.com"}
    assert {r["amount"] for r in rows} == {"19.99", "29.99"}


def test_csv_export_escapes_hostile_names_and_emails(api, db) -> None:
    """A buyer or course named like a formula is written as text, never as a formula."""
    _, admin = user_headers(api, role="admin")
    hostile_name = '=HYPERLINK("http://evil.test","Click")'
    hostile_email = "-2+3@example.com"
    buyer = make_user(email=hostile_email, full_name=hostile_name)
    course = make_published_course(title="@SUM(1+1) course", price_cents=999)
    order_id = _paid(int(buyer.id), int(course.id))
    response = api.get(f"{API}/admin/orders/export.csv", params={"q": str(order_id)}, headers=admin)
    assert response.status_code == 200
    (row,) = list(csv.DictReader(io.StringIO(response.text)))
    assert row["buyer_name"] == "'" + hostile_name
    assert row["buyer_email"] == "'" + hostile_email
    assert row["courses"] == "'@SUM(1+1) course"
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@")), cell
    assert row["amount"] == "9.99"  # numbers stay numbers
