"""A course's curriculum: sections and lectures, their order, lecture videos."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete
from sqlmodel import Session, col, select

from udemy_clone.catalog.course_records import (
    get_course,
    mark_course_changed,
    owned_course,
    sections_with_lectures,
)
from udemy_clone.catalog.models import (
    Course,
    Lecture,
    LectureContext,
    LectureCreate,
    LectureDetail,
    LectureKind,
    LectureUpdate,
    Section,
    SectionCreate,
    SectionDetail,
    SectionUpdate,
)
from udemy_clone.core.errors import InvalidInput, NotFound

# Quizzes are for enrolled students: the course page's free previews are video lectures.
QUIZ_NOT_PREVIEW = "A quiz cannot be a free preview; only video lectures can."

# ---- curriculum --------------------------------------------------------------------------------


def _lecture_detail(lecture: Lecture) -> LectureDetail:
    return LectureDetail.model_validate(lecture, from_attributes=True)


def get_curriculum(*, session: Session, course_id: int) -> list[SectionDetail]:
    """Sections and lectures with video state, in order (course editor, player sidebar)."""
    get_course(session=session, course_id=course_id)
    return [
        SectionDetail(
            id=int(s.id or 0),
            title=s.title,
            position=s.position,
            lectures=[_lecture_detail(lecture) for lecture in lectures],
        )
        for s, lectures in sections_with_lectures(session, course_id)
    ]


def _renumber(items: Sequence[Section | Lecture], session: Session) -> None:
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index
            session.add(item)


def _sections_of(session: Session, course_id: int) -> list[Section]:
    return list(
        session.exec(
            select(Section)
            .where(col(Section.course_id) == course_id)
            .order_by(col(Section.position), col(Section.id))
        )
    )


def _lectures_of(session: Session, section_id: int) -> list[Lecture]:
    return list(
        session.exec(
            select(Lecture)
            .where(col(Lecture.section_id) == section_id)
            .order_by(col(Lecture.position), col(Lecture.id))
        )
    )


def _section_for_owner(
    session: Session, *, section_id: int, actor_id: int, actor_roles: Sequence[str]
) -> tuple[Section, Course]:
    section = session.get(Section, section_id)
    if section is None:
        raise NotFound("This section does not exist.", code="section_not_found")
    course = owned_course(
        session, course_id=section.course_id, actor_id=actor_id, actor_roles=actor_roles
    )
    return section, course


def _lecture_for_owner(
    session: Session, *, lecture_id: int, actor_id: int, actor_roles: Sequence[str]
) -> tuple[Lecture, Section, Course]:
    lecture = session.get(Lecture, lecture_id)
    if lecture is None:
        raise NotFound("This lecture does not exist.", code="lecture_not_found")
    section, course = _section_for_owner(
        session, section_id=lecture.section_id, actor_id=actor_id, actor_roles=actor_roles
    )
    return lecture, section, course


def add_section(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    course_id: int,
    data: SectionCreate,
) -> Section:
    """Owner or admin: add a section at `position` (0-based; default last)."""
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    sections = _sections_of(session, course_id)
    section = Section(course_id=course_id, title=data.title, position=len(sections))
    session.add(section)
    sections.insert(len(sections) if data.position is None else data.position, section)
    _renumber(sections, session)
    mark_course_changed(session, course)
    session.flush()
    return section


def update_section(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    section_id: int,
    data: SectionUpdate,
) -> Section:
    """Owner or admin: rename a section and/or move it to `position`."""
    section, course = _section_for_owner(
        session, section_id=section_id, actor_id=actor_id, actor_roles=actor_roles
    )
    if data.title is not None:
        section.title = data.title
        session.add(section)
    if data.position is not None:
        sections = [s for s in _sections_of(session, course.id or 0) if s.id != section_id]
        sections.insert(min(data.position, len(sections)), section)
        _renumber(sections, session)
    mark_course_changed(session, course)
    session.flush()
    return section


def delete_section(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], section_id: int
) -> None:
    """Owner or admin: delete a section and its lectures."""
    section, course = _section_for_owner(
        session, section_id=section_id, actor_id=actor_id, actor_roles=actor_roles
    )
    session.exec(delete(Lecture).where(col(Lecture.section_id) == section_id))
    session.delete(section)
    session.flush()
    _renumber(_sections_of(session, course.id or 0), session)
    mark_course_changed(session, course)
    session.flush()


def reorder_sections(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    course_id: int,
    section_ids: Sequence[int],
) -> list[Section]:
    """Owner or admin: put the course's sections in this order (every section, once)."""
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    sections = {int(s.id or 0): s for s in _sections_of(session, course_id)}
    if sorted(section_ids) != sorted(sections) or len(set(section_ids)) != len(section_ids):
        raise InvalidInput("List every section of this course exactly once.", field="section_ids")
    ordered = [sections[sid] for sid in section_ids]
    _renumber(ordered, session)
    mark_course_changed(session, course)
    session.flush()
    return ordered


def add_lecture(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    section_id: int,
    data: LectureCreate,
) -> Lecture:
    """Owner or admin: add a lecture to a section at `position` (0-based; default last)."""
    section, course = _section_for_owner(
        session, section_id=section_id, actor_id=actor_id, actor_roles=actor_roles
    )
    if data.kind == LectureKind.quiz and data.is_preview:
        raise InvalidInput(QUIZ_NOT_PREVIEW, field="is_preview")
    lectures = _lectures_of(session, section_id)
    lecture = Lecture(
        section_id=section_id,
        title=data.title,
        is_preview=data.is_preview,
        position=len(lectures),
        kind=data.kind.value,
    )
    session.add(lecture)
    lectures.insert(len(lectures) if data.position is None else data.position, lecture)
    _renumber(lectures, session)
    mark_course_changed(session, course)
    session.flush()
    return lecture


def update_lecture(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    lecture_id: int,
    data: LectureUpdate,
) -> Lecture:
    """Owner or admin: rename, toggle preview, or move a lecture within the course."""
    lecture, section, course = _lecture_for_owner(
        session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    if data.title is not None:
        lecture.title = data.title
    if data.is_preview is not None:
        if data.is_preview and lecture.kind == LectureKind.quiz:
            raise InvalidInput(QUIZ_NOT_PREVIEW, field="is_preview")
        lecture.is_preview = data.is_preview
    session.add(lecture)
    target_id = data.section_id if data.section_id is not None else section.id
    if target_id != section.id or data.position is not None:
        target = session.get(Section, target_id)
        if target is None or target.course_id != course.id:
            raise InvalidInput(
                "Move lectures only between sections of the same course.", field="section_id"
            )
        assert target.id is not None and section.id is not None
        if target.id != section.id:
            _renumber([x for x in _lectures_of(session, section.id) if x.id != lecture_id], session)
        siblings = [x for x in _lectures_of(session, target.id) if x.id != lecture_id]
        position = len(siblings) if data.position is None else min(data.position, len(siblings))
        lecture.section_id = target.id
        siblings.insert(position, lecture)
        _renumber(siblings, session)
    mark_course_changed(session, course)
    session.flush()
    return lecture


def delete_lecture(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], lecture_id: int
) -> None:
    """Owner or admin: delete a lecture (its video is the media domain's to clean up)."""
    lecture, section, course = _lecture_for_owner(
        session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    session.delete(lecture)
    session.flush()
    _renumber(_lectures_of(session, section.id or 0), session)
    mark_course_changed(session, course)
    session.flush()


def reorder_lectures(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    section_id: int,
    lecture_ids: Sequence[int],
) -> list[Lecture]:
    """Owner or admin: put a section's lectures in this order (every lecture, once)."""
    section, course = _section_for_owner(
        session, section_id=section_id, actor_id=actor_id, actor_roles=actor_roles
    )
    lectures = {int(x.id or 0): x for x in _lectures_of(session, section_id)}
    if sorted(lecture_ids) != sorted(lectures) or len(set(lecture_ids)) != len(lecture_ids):
        raise InvalidInput("List every lecture of this section exactly once.", field="lecture_ids")
    ordered = [lectures[lid] for lid in lecture_ids]
    _renumber(ordered, session)
    mark_course_changed(session, course)
    session.flush()
    return ordered


def get_lecture_context(*, session: Session, lecture_id: int) -> LectureContext:
    """Course id, owner, status and preview flag of a lecture (playback/media authorisation)."""
    row = session.exec(
        select(Lecture, Section.course_id, Course.owner_id, Course.status)
        .join(Section, col(Section.id) == col(Lecture.section_id))
        .join(Course, col(Course.id) == col(Section.course_id))
        .where(col(Lecture.id) == lecture_id)
    ).first()
    if row is None:
        raise NotFound("This lecture does not exist.", code="lecture_not_found")
    lecture, course_id, owner_id, status = row
    return LectureContext(
        lecture_id=lecture_id,
        section_id=lecture.section_id,
        course_id=int(course_id),
        owner_id=int(owner_id),
        status=str(status),
        is_preview=lecture.is_preview,
        video_id=lecture.video_id,
        video_ready=lecture.video_ready,
        kind=lecture.kind,
    )


def set_lecture_video(
    *, session: Session, lecture_id: int, video_id: int | None, duration_seconds: int, ready: bool
) -> Lecture:
    """Media: attach a video to a lecture and record whether it is ready and how long it is."""
    lecture = session.get(Lecture, lecture_id)
    if lecture is None:
        raise NotFound("This lecture does not exist.", code="lecture_not_found")
    lecture.video_id = video_id
    lecture.video_ready = bool(ready) and video_id is not None
    lecture.duration_seconds = max(0, int(duration_seconds))
    session.add(lecture)
    section = session.get(Section, lecture.section_id)
    assert section is not None
    mark_course_changed(session, get_course(session=session, course_id=section.course_id))
    session.flush()
    return lecture


def set_lecture_videos(*, session: Session, assignments: dict[int, tuple[int, int]]) -> int:
    """Media: attach ready videos to many lectures at once ({lecture: (video, seconds)}).

    One change (cache drop, search reindex) per course instead of one per lecture; used when
    one processed video is shared by many lectures (the demo catalogue). Returns how many.
    """
    if not assignments:
        return 0
    lectures = session.exec(select(Lecture).where(col(Lecture.id).in_(list(assignments)))).all()
    section_ids = {lecture.section_id for lecture in lectures}
    for lecture in lectures:
        video_id, seconds = assignments[int(lecture.id or 0)]
        lecture.video_id = video_id
        lecture.video_ready = True
        lecture.duration_seconds = max(0, int(seconds))
        session.add(lecture)
    course_ids = {
        section.course_id
        for section in session.exec(select(Section).where(col(Section.id).in_(section_ids)))
    }
    for course_id in sorted(course_ids):
        mark_course_changed(session, get_course(session=session, course_id=course_id))
    session.flush()
    return len(lectures)
