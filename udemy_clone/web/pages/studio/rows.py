"""Studio courses and curricula as the pages show them: typed rows built from service views."""

from __future__ import annotations

from dataclasses import dataclass, field

from udemy_clone.catalog.models import (
    CourseEditorView,
    CourseListItem,
)
from udemy_clone.core.money import format_price
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import clock, count_label, format_date, length_label
from udemy_clone.web.pages.studio.listing_form import STATUS_LABELS


@dataclass
class StudioCourseRow:
    id: int
    slug: str
    title: str
    subtitle: str
    status: str
    status_label: str
    rejection_reason: str
    thumbnail_url: str
    price: str
    lecture_count: int
    students: int
    rating: str
    duration: str
    updated: str


@dataclass
class ChecklistRow:
    key: str
    label: str
    done: bool
    detail: str


def checklist_rows(view: CourseEditorView) -> list[ChecklistRow]:
    """The publishing checklist as the studio shows it (done items last)."""
    items = [ChecklistRow(i.key, i.label, i.done, i.detail) for i in view.checklist]
    return sorted(items, key=lambda row: row.done)


def waits_only_for_video(view: CourseEditorView) -> bool:
    """Everything but processed video is in place (a video finishing may complete the list)."""
    missing = {i.key for i in view.checklist if not i.done}
    return bool(missing) and missing <= {"lecture_content", "video_minutes"}


@dataclass
class LectureRow:
    id: int
    title: str
    number: int
    is_preview: bool
    video_ready: bool
    has_video: bool
    duration: str
    can_up: bool
    can_down: bool
    is_quiz: bool = False
    questions_label: str = ""
    quiz_href: str = ""


@dataclass
class SectionRow:
    id: int
    title: str
    number: int
    can_up: bool
    can_down: bool
    summary: str
    lectures: list[LectureRow] = field(default_factory=list)


def course_row(item: CourseListItem) -> StudioCourseRow:
    """One of the instructor's courses as the studio list shows it."""
    rating = f"{item.rating.average:.1f} ({item.rating.count})" if item.rating.count else ""
    return StudioCourseRow(
        id=item.id,
        slug=item.slug,
        title=item.title,
        subtitle=item.subtitle,
        status=item.status,
        status_label=STATUS_LABELS.get(item.status, item.status),
        rejection_reason=item.rejection_reason or "",
        thumbnail_url=item.thumbnail_url or "",
        price=format_price(item.price_cents, item.currency),
        lecture_count=item.lecture_count,
        students=item.enrollment_count,
        rating=rating,
        duration=length_label(item.duration_seconds),
        updated=format_date(item.updated_at),
    )


def curriculum_rows(view: CourseEditorView) -> list[SectionRow]:
    """The editor's curriculum with numbering and which moves are possible."""
    sections = view.curriculum
    rows: list[SectionRow] = []
    number = 0
    for s_index, section in enumerate(sections):
        lectures: list[LectureRow] = []
        for l_index, lecture in enumerate(section.lectures):
            number += 1
            lectures.append(
                LectureRow(
                    id=lecture.id,
                    title=lecture.title,
                    number=number,
                    is_preview=lecture.is_preview,
                    video_ready=lecture.video_ready,
                    has_video=lecture.video_id is not None,
                    duration=clock(lecture.duration_seconds) if lecture.video_ready else "",
                    is_quiz=lecture.kind == "quiz",
                    questions_label=count_label(lecture.question_count, "question"),
                    quiz_href=routes.studio_quiz_url(lecture.id),
                    # lectures move across section borders too
                    can_up=l_index > 0 or s_index > 0,
                    can_down=l_index < len(section.lectures) - 1 or s_index < len(sections) - 1,
                )
            )
        total = sum(x.duration_seconds for x in section.lectures)
        quizzes = sum(1 for x in section.lectures if x.kind == "quiz")
        count = len(section.lectures) - quizzes
        summary = f"{count} lecture{'s' if count != 1 else ''}"
        if quizzes:
            summary += f" · {count_label(quizzes, 'quiz', 'quizzes')}"
        if total:
            summary += f" · {length_label(total)}"
        rows.append(
            SectionRow(
                id=section.id,
                title=section.title,
                number=s_index + 1,
                can_up=s_index > 0,
                can_down=s_index < len(sections) - 1,
                summary=summary,
                lectures=lectures,
            )
        )
    return rows
