"""The publishing checklist (as on Udemy): what a course needs before review and publication.

1. every lecture has content (a processed video), and there is at least one lecture;
2. a thumbnail (one is drawn from the title when the instructor uploaded none);
3. enough minutes of video (`PUBLISH_MIN_VIDEO_MINUTES`, small by default);
4. learning goals: at least `MIN_LEARNING_GOALS` bullet points under a "What you will learn"
   heading of the description.

`submit_course` and `publish_course` enforce it: a course that misses anything gets a 409
`course_incomplete` whose message lists what is missing (and `missing`, the item keys).
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from udemy_clone.catalog.description import description_blocks
from udemy_clone.catalog.models import ChecklistItemPublic, Course, Lecture, LectureKind, Section
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import Conflict

MIN_LEARNING_GOALS = 3
# Headings that open the learning goals (English, Spanish, French, German, Portuguese).
GOAL_HEADING_WORDS = ("learn", "aprend", "apprend", "lern", "objective", "goal")
MAX_NAMED_LECTURES = 3


# One line of the checklist: done or not, and a sentence saying what to do.
ChecklistItem = ChecklistItemPublic


def learning_goals(description: str) -> list[str]:
    """The bullet points under the description's "What you will learn" heading."""
    goals: list[str] = []
    inside = False
    for block in description_blocks(description):
        text = "".join(span.text for span in block.spans).strip()
        if block.kind == "heading":
            inside = any(word in text.lower() for word in GOAL_HEADING_WORDS)
        elif block.kind == "bullet" and inside and text:
            goals.append(text)
    return goals


def min_video_seconds() -> int:
    """The minutes of processed video a course needs, in seconds."""
    return round(float(get_settings().publish_min_video_minutes) * 60)


def _duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second" + ("" if seconds == 1 else "s")
    minutes = round(seconds / 60, 1)
    return f"{minutes:g} minute" + ("" if minutes == 1 else "s")


def publishing_checklist(*, session: Session, course: Course) -> list[ChecklistItem]:
    """Every item of the checklist for this course, done or not."""
    lectures = session.exec(
        select(Lecture)
        .join(Section, col(Section.id) == col(Lecture.section_id))
        .where(col(Section.course_id) == course.id)
        .order_by(col(Section.position), col(Section.id), col(Lecture.position), col(Lecture.id))
    ).all()
    # A quiz has content once it has a question; it adds no minutes of video.
    quizzes = [x for x in lectures if x.kind == LectureKind.quiz]
    rows = [(x.title, x.video_ready, x.duration_seconds) for x in lectures if x not in quizzes]
    empty_quizzes = [x.title for x in quizzes if x.question_count < 1]
    content: ChecklistItem | None = None
    if empty_quizzes and all(ready for _t, ready, _s in rows):
        named = ", ".join(f'"{title}"' for title in empty_quizzes[:MAX_NAMED_LECTURES])
        content = ChecklistItem(
            key="lecture_content",
            label="Every lecture has a video",
            done=False,
            detail=f"{len(empty_quizzes)} quiz{'zes' if len(empty_quizzes) != 1 else ''} "
            f"without questions: {named}. Add at least one question (or delete the quiz).",
        )
    empty = [title for title, ready, _seconds in rows if not ready]
    if content is not None:
        pass
    elif not rows and not quizzes:
        content = ChecklistItem(
            key="lecture_content",
            label="Every lecture has a video",
            done=False,
            detail="Add a section and a lecture, then upload its video.",
        )
    elif empty:
        named = ", ".join(f'"{title}"' for title in empty[:MAX_NAMED_LECTURES])
        more = f" and {len(empty) - MAX_NAMED_LECTURES} more" if len(empty) > 3 else ""
        content = ChecklistItem(
            key="lecture_content",
            label="Every lecture has a video",
            done=False,
            detail=f"{len(empty)} of {len(rows)} lectures have no processed video yet: "
            f"{named}{more}. Upload their videos (or delete them).",
        )
    else:
        content = ChecklistItem(
            key="lecture_content",
            label="Every lecture has a video",
            done=True,
            detail=f"All {len(rows)} lectures have a processed video."
            + (
                f" {len(quizzes)} quiz{'zes' if len(quizzes) != 1 else ''} ready."
                if quizzes
                else ""
            ),
        )
    seconds = sum(int(s) for _t, ready, s in rows if ready)
    needed = min_video_seconds()
    minutes = ChecklistItem(
        key="video_minutes",
        label=f"At least {_duration(needed)} of video",
        done=seconds >= needed,
        detail=f"{_duration(seconds)} of processed video so far."
        if seconds
        else "No processed video yet.",
    )
    thumbnail = ChecklistItem(
        key="thumbnail",
        label="A course image",
        done=True,
        detail="Your uploaded image."
        if course.thumbnail_key
        else "None uploaded: one is drawn from the title when you submit.",
    )
    goals = learning_goals(course.description)
    goal_item = ChecklistItem(
        key="learning_goals",
        label=f"At least {MIN_LEARNING_GOALS} learning goals",
        done=len(goals) >= MIN_LEARNING_GOALS,
        detail=f"{len(goals)} learning goal{'' if len(goals) == 1 else 's'}. "
        + (
            ""
            if len(goals) >= MIN_LEARNING_GOALS
            else 'Add a "## What you will learn" heading to the description with a "- " '
            "bullet point per goal."
        ),
    )
    return [content, minutes, thumbnail, goal_item]


def missing_items(*, session: Session, course: Course) -> list[ChecklistItem]:
    """The checklist items the course does not meet yet."""
    return [item for item in publishing_checklist(session=session, course=course) if not item.done]


def refuse_unless_complete(*, session: Session, course: Course) -> None:
    """409 `course_incomplete` listing every missing item; nothing happens when all are met."""
    missing = missing_items(session=session, course=course)
    if missing:
        listed = "; ".join(f"{item.label.lower()} ({item.detail.rstrip('.')})" for item in missing)
        raise Conflict(
            f"The course is not ready yet. Missing: {listed}.",
            code="course_incomplete",
            missing=[item.key for item in missing],
        )
