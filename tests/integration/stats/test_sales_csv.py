"""Sales as CSV for admins and instructors: the period's figures, formula-safe."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from tests.integration.stats.conftest import buy, course_with_videos
from tests.support.factories import login, make_user, user_headers
from tests.support.http import assert_error
from udemy_clone.core import db as core_db
from udemy_clone.stats import service


def _rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(response.text)))


def test_sales_csv_for_instructor_and_admin(api, clock) -> None:
    clock.set(datetime(2026, 11, 24, 10, tzinfo=UTC))
    owner, owner_headers = user_headers(api, role="instructor")
    other_owner = make_user(role="instructor")
    mine, _ = course_with_videos(owner, price_cents=2000)
    theirs, _ = course_with_videos(other_owner, price_cents=9000)
    # an instructor-typed title that a spreadsheet would run
    rename = api.patch(
        f"/api/v1/courses/{mine.id}",
        json={"title": "=cmd|' /C calc'!A0 course"},
        headers=owner_headers,
    )
    assert rename.status_code == 200, rename.text
    buyer = make_user()
    buy(buyer, mine.id)
    buy(buyer, theirs.id)
    clock.advance(days=1)
    with core_db.transaction() as session:
        service.rollup_day(session=session, day=(clock.now - timedelta(days=1)).date())

    mine_rows = _rows(api.get("/api/v1/stats/instructor/sales.csv?days=7", headers=owner_headers))
    assert [int(r["course_id"]) for r in mine_rows] == [mine.id]  # only the instructor's own
    (row,) = mine_rows
    assert row["title"] == "'=cmd|' /C calc'!A0 course"
    assert (row["sales"], row["currency"], row["revenue"]) == ("1", "USD", "20.00")

    admin_headers = login(api, make_user(role="admin").email)
    platform = _rows(api.get("/api/v1/stats/admin/sales.csv?days=30", headers=admin_headers))
    assert {int(r["course_id"]): r["revenue"] for r in platform} == {
        mine.id: "20.00",
        theirs.id: "90.00",
    }
    assert all(not r["title"].startswith("=") for r in platform)


def test_sales_csv_refuses_bad_input_and_other_roles(api, db) -> None:
    _, student = user_headers(api)
    _, instructor = user_headers(api, role="instructor")
    assert_error(api.get("/api/v1/stats/admin/sales.csv"), 401)
    assert_error(api.get("/api/v1/stats/admin/sales.csv", headers=instructor), 403)
    assert_error(api.get("/api/v1/stats/instructor/sales.csv", headers=student), 403)
    for days in ("0", "1000", "week"):
        assert_error(
            api.get(f"/api/v1/stats/instructor/sales.csv?days={days}", headers=instructor), 422
        )
