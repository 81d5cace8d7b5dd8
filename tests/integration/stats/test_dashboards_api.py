"""Dashboard endpoints: who may see what; instructors see only their own courses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.integration.stats.conftest import buy, course_with_videos, watch
from tests.support.factories import login, make_user, user_headers
from udemy_clone.core import db as core_db
from udemy_clone.stats import service


def test_anonymous_401_students_403_instructors_only_their_own(api, clock):
    clock.set(datetime(2026, 11, 24, 10, tzinfo=UTC))
    mine_owner, mine_headers = user_headers(api, role="instructor")
    theirs_owner = make_user(role="instructor")
    mine, my_lectures = course_with_videos(mine_owner, price_cents=2000)
    theirs, _ = course_with_videos(theirs_owner, price_cents=9000)
    buyer = make_user()
    buy(buyer, mine.id)
    buy(buyer, theirs.id)
    watch(buyer, my_lectures[0], 30)
    clock.advance(days=1)
    with core_db.transaction() as session:
        service.rollup_day(session=session, day=(clock.now - timedelta(days=1)).date())

    for path in ("/api/v1/stats/instructor", "/api/v1/stats/admin", "/api/v1/stats/jobs"):
        assert api.get(path).status_code == 401
    _, student = user_headers(api, role="student")
    assert api.get("/api/v1/stats/instructor", headers=student).status_code == 403
    assert api.get("/api/v1/stats/admin", headers=student).status_code == 403
    assert api.get("/api/v1/stats/admin", headers=mine_headers).status_code == 403

    board = api.get("/api/v1/stats/instructor?days=7", headers=mine_headers)
    assert board.status_code == 200, board.text
    body = board.json()
    assert [c["course_id"] for c in body["courses"]] == [mine.id]
    course = body["courses"][0]
    usd = lambda cents: [{"currency": "USD", "amount_cents": cents}]  # noqa: E731
    assert course["revenue_by_currency"] == usd(2000) and course["enrollments"] == 1
    assert course["watch_seconds"] == 30 and course["students"] == 1
    assert set(course) >= {"avg_rating", "completion_rate"}
    assert len(body["daily"]) == 7
    assert [p["revenue_by_currency"] for p in body["daily"] if p["revenue_by_currency"]] == [
        usd(2000)
    ]
    # someone else's course is not found, not shown
    other = api.get(f"/api/v1/stats/instructor?course_id={theirs.id}", headers=mine_headers)
    assert other.status_code == 404
    one = api.get(f"/api/v1/stats/instructor?course_id={mine.id}", headers=mine_headers).json()
    assert [lec["viewers"] for lec in one["lectures"]] == [1, 0]
    assert one["lectures"][0]["watched_percent"] == 100.0
    assert api.get("/api/v1/stats/instructor?days=0", headers=mine_headers).status_code == 422

    admin = make_user(role="admin")
    admin_headers = login(api, admin.email)
    platform = api.get("/api/v1/stats/admin?days=30", headers=admin_headers)
    assert platform.status_code == 200, platform.text
    totals = platform.json()["totals"]
    assert totals["orders"] == 2 and totals["revenue_by_currency"] == usd(11000)
    ranks = {
        i["instructor_id"]: i["revenue_by_currency"] for i in platform.json()["top_instructors"]
    }
    assert ranks == {theirs_owner.id: usd(9000), mine.owner_id: usd(2000)}


def test_failed_jobs_are_listed_and_retried(api):
    from udemy_clone.core import queue

    admin = make_user(role="admin")
    headers = login(api, admin.email)
    queue.record_failure(
        job_id="job-1",
        func_name="udemy_clone.core.queue:func_path",  # harmless when run again
        args=["udemy_clone.stats.tasks:rollup_day"],
        queue="low",
        error="Traceback (most recent call last):\nValueError: the database went away",
    )
    panel = api.get("/api/v1/stats/jobs", headers=headers).json()
    assert panel["backend"] == "inprocess"
    failure = panel["failures"][0]
    assert failure["error_summary"] == "ValueError: the database went away"
    assert {q["queue"]: q["failed"] for q in panel["queues"]}["low"] >= 1
    retried = api.post(f"/api/v1/stats/jobs/failures/{failure['id']}/retry", headers=headers)
    assert retried.status_code == 200, retried.text
    after = api.get("/api/v1/stats/jobs", headers=headers).json()
    assert failure["id"] not in [f["id"] for f in after["failures"]]
    again = api.post(f"/api/v1/stats/jobs/failures/{failure['id']}/retry", headers=headers)
    assert again.status_code == 409


def test_a_failed_keyword_argument_job_is_retried_with_its_kwargs(api):
    """The failure keeps the job's kwargs: the retry calls the job as it was first called."""
    from udemy_clone.core import queue

    admin = make_user(role="admin")
    headers = login(api, admin.email)
    queue.record_failure(
        job_id="job-kw",
        func_name="udemy_clone.stats.tasks:rollup_day",
        args=[],
        kwargs={"day_iso": "2026-11-25"},
        queue="low",
        error="RuntimeError: database restarting",
    )
    failure = api.get("/api/v1/stats/jobs", headers=headers).json()["failures"][0]
    retried = api.post(f"/api/v1/stats/jobs/failures/{failure['id']}/retry", headers=headers)
    assert retried.status_code == 200, retried.text
    # the retry ran (inline in tests) and succeeded: no new failure (a call without the
    # kwargs would fail with a TypeError and be recorded again)
    assert api.get("/api/v1/stats/jobs", headers=headers).json()["failures"] == []
