"""Studio and admin queue rows: catalog list items and editor views in, display rows out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.unit.web.catalog_dtos import detail, summary
from udemy_clone.catalog.models import (
    ChecklistItemPublic,
    CourseEditorView,
    CourseListItem,
    LectureDetail,
    RatingSummary,
    SectionDetail,
)
from udemy_clone.web.pages.admin.review_queue_state import queue_row, waiting_for
from udemy_clone.web.pages.studio.rows import (
    checklist_rows,
    course_row,
    curriculum_rows,
    waits_only_for_video,
)

NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)


def list_item(**changes: Any) -> CourseListItem:
    fields: dict[str, Any] = {
        **summary().model_dump(),
        "status": "draft",
        "category_id": 2,
        "lecture_count": 3,
        "updated_at": NOW,
        "submitted_at": NOW - timedelta(days=3),
    }
    return CourseListItem(**(fields | changes))


def lecture(id_: int, *, ready: bool = True, preview: bool = False) -> LectureDetail:
    return LectureDetail(
        id=id_, title=f"Lecture {id_}", position=id_, duration_seconds=90 if ready else 0,
        is_preview=preview, section_id=1, video_id=id_ if ready else None, video_ready=ready,
    )  # fmt: skip


def editor_view(sections: list[SectionDetail]) -> CourseEditorView:
    return CourseEditorView(course=detail(), category_id=2, curriculum=sections, can_submit=False)


def test_a_studio_row_labels_status_price_and_rating():
    row = course_row(list_item(status="in_review"))
    assert (row.status_label, row.price, row.rating) == ("In review", "$19.99", "4.6 (1234)")
    assert (row.duration, row.updated, row.lecture_count) == ("1h 30m", "May 10, 2026", 3)


def test_an_unrated_free_rejected_draft_without_thumbnail():
    row = course_row(
        list_item(
            rating=RatingSummary(), price_cents=0, thumbnail_url=None, rejection_reason="Too short"
        )
    )
    assert (row.rating, row.price, row.thumbnail_url) == ("", "Free", "")
    assert (row.status_label, row.rejection_reason) == ("Draft", "Too short")


def test_curriculum_rows_number_lectures_across_sections_and_allow_moves_over_borders():
    rows = curriculum_rows(
        editor_view(
            [
                SectionDetail(id=1, title="One", position=0, lectures=[lecture(1), lecture(2)]),
                SectionDetail(id=2, title="Two", position=1, lectures=[lecture(3, ready=False)]),
                SectionDetail(id=3, title="Empty", position=2, lectures=[]),
            ]
        )
    )
    assert [(s.number, s.can_up, s.can_down) for s in rows] == [
        (1, False, True),
        (2, True, True),
        (3, True, False),
    ]
    first, second = rows[0].lectures
    (third,) = rows[1].lectures
    assert [lec.number for lec in (first, second, third)] == [1, 2, 3]
    assert (first.can_up, first.can_down, second.can_down, third.can_up) == (
        False,
        True,
        True,
        True,
    )
    assert (first.duration, third.duration, third.has_video) == ("1:30", "", False)
    assert [s.summary for s in rows] == ["2 lectures · 3min", "1 lecture", "0 lectures"]
    assert curriculum_rows(editor_view([])) == []


def test_waiting_time_in_the_review_queue():
    assert waiting_for(None, NOW) == ""
    assert waiting_for(NOW - timedelta(minutes=5), NOW) == "just submitted"
    assert waiting_for(NOW - timedelta(hours=1), NOW) == "waiting 1 hour"
    assert waiting_for(NOW - timedelta(hours=5), NOW) == "waiting 5 hours"
    assert waiting_for(NOW - timedelta(days=1, hours=2), NOW) == "waiting 1 day"
    assert waiting_for(NOW + timedelta(hours=1), NOW) == "just submitted"  # clock skew


def test_a_queue_row_summarises_the_curriculum_and_video_readiness():
    curriculum = [
        SectionDetail(
            id=1, title="Start", position=0,
            lectures=[lecture(1, preview=True), lecture(2, ready=False)],
        )
    ]  # fmt: skip
    row = queue_row(list_item(), curriculum, "Python", NOW)
    assert row.summary == "1 section · 2 lectures · 1h 30m · 1 free preview"
    assert (row.videos, row.all_videos_ready) == ("1 of 2 videos ready", False)
    assert (row.waiting, row.category, row.section_titles) == (
        "waiting 3 days",
        "Python",
        ["Start"],
    )
    empty = queue_row(list_item(submitted_at=None), [], "Python", NOW)
    assert empty.summary == "0 sections · 0 lectures · 1h 30m · 0 free previews"
    assert (empty.videos, empty.all_videos_ready, empty.waiting) == (
        "0 of 0 videos ready",
        True,
        "",
    )


def _with_checklist(*done: tuple[str, bool]) -> CourseEditorView:
    view = editor_view([])
    view.checklist = [
        ChecklistItemPublic(key=key, label=key, done=ok, detail=f"{key} detail") for key, ok in done
    ]
    return view


def test_the_checklist_lists_missing_items_first():
    view = _with_checklist(("lecture_content", True), ("learning_goals", False))
    assert [(row.key, row.done) for row in checklist_rows(view)] == [
        ("learning_goals", False),
        ("lecture_content", True),
    ]


def test_a_finished_video_can_complete_the_list_only_when_video_is_all_that_is_missing():
    assert waits_only_for_video(
        _with_checklist(("lecture_content", False), ("video_minutes", False), ("thumbnail", True))
    )
    assert not waits_only_for_video(
        _with_checklist(("lecture_content", False), ("learning_goals", False))
    )
    assert not waits_only_for_video(_with_checklist(("lecture_content", True)))
