"""Quizzes in the course page's curriculum: "Quiz · N questions" instead of a length."""

from __future__ import annotations

from tests.unit.web.catalog_dtos import detail
from udemy_clone.catalog.models import LecturePublic, SectionPublic
from udemy_clone.web.pages.course.rows import curriculum_sections


def test_a_quiz_shows_its_questions_and_adds_no_length():
    lectures = [
        LecturePublic(id=11, title="Hello", position=0, duration_seconds=75, is_preview=True),
        LecturePublic(
            id=13,
            title="Check yourself",
            position=1,
            duration_seconds=0,
            is_preview=False,
            kind="quiz",
            question_count=5,
        ),
        LecturePublic(
            id=14,
            title="One more",
            position=2,
            duration_seconds=0,
            is_preview=False,
            kind="quiz",
            question_count=1,
        ),
    ]
    course = detail(sections=[SectionPublic(id=5, title="Start", position=0, lectures=lectures)])
    (section,) = curriculum_sections(course)
    assert section.summary == "1 lecture • 2 quizzes • 1min"
    assert [lec.duration for lec in section.lectures] == [
        "1:15",
        "Quiz · 5 questions",
        "Quiz · 1 question",
    ]
