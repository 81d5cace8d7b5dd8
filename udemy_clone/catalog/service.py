"""The catalog domain's API: courses, curriculum, the review workflow, browsing and figures.

Other domains call these functions (reviews: `apply_rating_change`; orders:
`record_sale`/`record_enrollment_change`; media: `set_lecture_video`; playback:
`get_lecture_context`/`get_curriculum`). Every function is keyword-only and never commits.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, BinaryIO

from sqlalchemy import and_, delete, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import thumbnails
from udemy_clone.catalog.events import (
    CourseChanged,
    CoursePublished,
    CourseRejected,
    CourseSubmitted,
)
from udemy_clone.catalog.models import (
    MAX_ID,
    CategoryCrumb,
    CategoryRef,
    Course,
    CourseBrief,
    CourseCreate,
    CourseEditorView,
    CourseListItem,
    CoursePublic,
    CourseSearch,
    CourseSearchPage,
    CourseSort,
    CourseStatus,
    CourseSummary,
    CourseTag,
    CourseUpdate,
    HomeRow,
    InstructorRef,
    Lecture,
    LectureContext,
    LectureCreate,
    LectureDetail,
    LecturePublic,
    LectureUpdate,
    RatingDetail,
    RatingSummary,
    Section,
    SectionCreate,
    SectionDetail,
    SectionPublic,
    SectionUpdate,
)
from udemy_clone.core import cache, db, outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from udemy_clone.core.log import get_logger
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.taxonomy.models import CategoryNode, Tag, TagPublic

log = get_logger(__name__)

COURSE_DETAIL_TTL_SECONDS = 300
THUMBNAIL_URL_PREFIX = "/api/v1/thumbnails"
_COURSE_NOT_FOUND = "This course does not exist or is not published."


def course_cache_key(course_id: int) -> str:
    """The cache key of a published course's page."""
    return f"catalog:course:{course_id}"


# ---- small rules -----------------------------------------------------------------------------


def _is_admin(roles: Iterable[str]) -> bool:
    return "admin" in roles


def _course_changed(session: Session, course: Course, *, was_published: bool = False) -> None:
    """Bookkeeping after any change: timestamps, cache, search index, category counts."""
    assert course.id is not None
    course_id = course.id
    course.updated_at = utcnow()
    session.add(course)
    db.after_commit(session, lambda: cache.invalidate(course_cache_key(course_id)))
    published = course.status == CourseStatus.published.value
    if published or was_published:
        outbox.emit(session, CourseChanged(course_id=course_id))
        taxonomy_service.invalidate_category_tree(session=session)


def slug_for_title(*, session: Session, title: str, exclude_course_id: int | None = None) -> str:
    """A unique slug from the title: `title-words`, then `-2`, `-3`... when taken."""
    base = taxonomy_service.slugify(title, max_length=80, fallback="course")
    if base.isascii() and base.isdigit():  # ids and slugs share GET /courses/{id or slug}
        base = f"course-{base}"
    statement = select(Course.slug).where(
        or_(col(Course.slug) == base, col(Course.slug).like(f"{base}-%"))
    )
    if exclude_course_id is not None:
        statement = statement.where(col(Course.id) != exclude_course_id)
    taken = set(session.exec(statement))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def thumbnail_url(key: str | None) -> str | None:
    """The public URL of a stored thumbnail key (`thumbnails/<course>/<name>.jpg`)."""
    if not key:
        return None
    return f"{THUMBNAIL_URL_PREFIX}/{key.removeprefix('thumbnails/')}"


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


def rating_average(course: Course) -> float:
    """The mean rating to one decimal (0.0 without ratings)."""
    if course.rating_count <= 0:
        return 0.0
    return round(course.rating_sum / course.rating_count, 1)


# ---- reading courses ---------------------------------------------------------------------------


def get_course(*, session: Session, course_id: int) -> Course:
    """The course row with this id, whatever its status (404 when there is none)."""
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound(_COURSE_NOT_FOUND, code="course_not_found")
    return course


def find_course(*, session: Session, id_or_slug: int | str) -> Course:
    """The course with this id or slug, whatever its status (404 when there is none)."""
    key = str(id_or_slug).strip()
    if key.isascii() and key.isdigit():
        if int(key) > MAX_ID:
            raise NotFound(_COURSE_NOT_FOUND, code="course_not_found")
        return get_course(session=session, course_id=int(key))
    course = session.exec(select(Course).where(col(Course.slug) == key.lower()[:100])).first()
    if course is None:
        raise NotFound(_COURSE_NOT_FOUND, code="course_not_found")
    return course


def can_view(course: Course, *, viewer_id: int | None, viewer_roles: Sequence[str]) -> bool:
    """Published courses are public; drafts and courses in review only for owner and admins."""
    return (
        course.status == CourseStatus.published.value
        or (viewer_id is not None and viewer_id == course.owner_id)
        or _is_admin(viewer_roles)
    )


def _owned_course(
    session: Session, *, course_id: int, actor_id: int, actor_roles: Sequence[str]
) -> Course:
    course = get_course(session=session, course_id=course_id)
    if course.owner_id != actor_id and not _is_admin(actor_roles):
        raise PermissionDenied("Only the course's instructor can change it.", code="not_owner")
    return course


def tags_for_courses(*, session: Session, course_ids: Sequence[int]) -> dict[int, list[Tag]]:
    """Each course's tags, alphabetically."""
    if not course_ids:
        return {}
    links = list(session.exec(select(CourseTag).where(col(CourseTag.course_id).in_(course_ids))))
    tags = taxonomy_service.tags_by_ids(session=session, tag_ids={link.tag_id for link in links})
    found: dict[int, list[Tag]] = {cid: [] for cid in course_ids}
    for link in links:
        if link.tag_id in tags:
            found[link.course_id].append(tags[link.tag_id])
    for items in found.values():
        items.sort(key=lambda t: t.name.lower())
    return found


def tag_names(*, session: Session, course_id: int) -> list[str]:
    """The course's tag names, alphabetically."""
    return [
        t.name for t in tags_for_courses(session=session, course_ids=[course_id]).get(course_id, [])
    ]


def _durations(session: Session, course_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """course id -> (total lecture seconds, lecture count)."""
    if not course_ids:
        return {}
    rows = session.exec(
        select(
            Section.course_id,
            func.coalesce(func.sum(Lecture.duration_seconds), 0),
            func.count(col(Lecture.id)),
        )
        .join(Lecture, col(Lecture.section_id) == col(Section.id))
        .where(col(Section.course_id).in_(course_ids))
        .group_by(col(Section.course_id))
    )
    return {int(cid): (int(total), int(count)) for cid, total, count in rows}


def to_summaries(*, session: Session, courses: Sequence[Course]) -> list[CourseSummary]:
    """Course cards for rows, in the given order."""
    ids = [c.id for c in courses if c.id is not None]
    names = auth_service.display_names(session=session, user_ids=[c.owner_id for c in courses])
    durations = _durations(session, ids)
    return [
        CourseSummary(
            id=int(c.id or 0),
            slug=c.slug,
            title=c.title,
            subtitle=c.subtitle,
            instructor=InstructorRef(id=c.owner_id, full_name=names.get(c.owner_id, "")),
            price_cents=c.price_cents,
            currency=c.currency,
            rating=RatingSummary(average=rating_average(c), count=c.rating_count),
            enrollment_count=c.enrollment_count,
            thumbnail_url=thumbnail_url(c.thumbnail_key),
            level=c.level,
            language=c.language,
            duration_seconds=durations.get(int(c.id or 0), (0, 0))[0],
        )
        for c in courses
    ]


def _list_items(session: Session, courses: Sequence[Course]) -> list[CourseListItem]:
    summaries = to_summaries(session=session, courses=courses)
    durations = _durations(session, [int(c.id or 0) for c in courses])
    return [
        CourseListItem(
            **summary.model_dump(),
            status=c.status,
            rejection_reason=c.rejection_reason,
            category_id=c.category_id,
            lecture_count=durations.get(int(c.id or 0), (0, 0))[1],
            sales_count=c.sales_count,
            submitted_at=_utc(c.submitted_at),
            published_at=_utc(c.published_at),
            updated_at=as_utc(c.updated_at),
        )
        for summary, c in zip(summaries, courses, strict=True)
    ]


def _sections_with_lectures(
    session: Session, course_id: int
) -> list[tuple[Section, list[Lecture]]]:
    sections = list(
        session.exec(
            select(Section)
            .where(col(Section.course_id) == course_id)
            .order_by(col(Section.position), col(Section.id))
        )
    )
    section_ids = [s.id for s in sections]
    lectures: dict[int, list[Lecture]] = {int(s.id or 0): [] for s in sections}
    if section_ids:
        for lecture in session.exec(
            select(Lecture)
            .where(col(Lecture.section_id).in_(section_ids))
            .order_by(col(Lecture.position), col(Lecture.id))
        ):
            lectures[lecture.section_id].append(lecture)
    return [(s, lectures[int(s.id or 0)]) for s in sections]


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
        for s, lectures in _sections_with_lectures(session, course_id)
    ]


def build_course_page(*, session: Session, course: Course) -> CoursePublic:
    """The course page of a course row, built fresh (responses right after a change)."""
    assert course.id is not None
    curriculum = _sections_with_lectures(session, course.id)
    names = auth_service.display_names(session=session, user_ids=[course.owner_id])
    path = taxonomy_service.category_paths(session=session, category_ids=[course.category_id])
    category_path = path.get(course.category_id)
    crumbs = []
    if category_path is not None:
        crumbs = [CategoryCrumb(id=a.id, name=a.name, slug=a.slug) for a in category_path.ancestors]
        crumbs.append(
            CategoryCrumb(id=course.category_id, name=category_path.name, slug=category_path.slug)
        )
    category = CategoryRef(
        id=course.category_id,
        name=category_path.name if category_path else "",
        slug=category_path.slug if category_path else "",
        path=crumbs,
    )
    lectures = [lecture for _, items in curriculum for lecture in items]
    return CoursePublic(
        id=course.id,
        slug=course.slug,
        title=course.title,
        subtitle=course.subtitle,
        description=course.description,
        instructor=InstructorRef(id=course.owner_id, full_name=names.get(course.owner_id, "")),
        category=category,
        tags=tag_names(session=session, course_id=course.id),
        price_cents=course.price_cents,
        currency=course.currency,
        level=course.level,
        language=course.language,
        thumbnail_url=thumbnail_url(course.thumbnail_key),
        status=course.status,
        rejection_reason=course.rejection_reason,
        enrollment_count=course.enrollment_count,
        duration_seconds=sum(lecture.duration_seconds for lecture in lectures),
        lecture_count=len(lectures),
        rating=RatingDetail(
            average=rating_average(course),
            count=course.rating_count,
            distribution={str(n): int(getattr(course, f"rating_{n}")) for n in range(1, 6)},
        ),
        sections=[
            SectionPublic(
                id=int(s.id or 0),
                title=s.title,
                position=s.position,
                lectures=[
                    LecturePublic.model_validate(lecture, from_attributes=True) for lecture in items
                ],
            )
            for s, items in curriculum
        ],
        published_at=_utc(course.published_at),
        created_at=as_utc(course.created_at),
        updated_at=as_utc(course.updated_at),
    )


def get_course_detail(
    *,
    session: Session,
    id_or_slug: int | str,
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
) -> CoursePublic:
    """The course page by id or slug; drafts exist only for their owner and admins (404)."""
    course = find_course(session=session, id_or_slug=id_or_slug)
    if not can_view(course, viewer_id=viewer_id, viewer_roles=viewer_roles):
        raise NotFound(_COURSE_NOT_FOUND, code="course_not_found")
    if course.status != CourseStatus.published.value:
        return build_course_page(session=session, course=course)
    assert course.id is not None
    cached = cache.cached_json(
        course_cache_key(course.id),
        COURSE_DETAIL_TTL_SECONDS,
        lambda: build_course_page(session=session, course=course).model_dump(mode="json"),
    )
    return CoursePublic.model_validate(cached)


def submit_blocker(*, session: Session, course_id: int) -> str | None:
    """Why the course cannot go to review yet, as a sentence; None when it can."""
    ready = session.exec(
        select(func.count(col(Lecture.id)))
        .join(Section, col(Section.id) == col(Lecture.section_id))
        .where(col(Section.course_id) == course_id, col(Lecture.video_ready).is_(True))
    ).one()
    if not ready:
        return (
            "Add at least one lecture with a processed video before submitting "
            "the course for review."
        )
    return None


def get_course_for_editor(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], course_id: int
) -> CourseEditorView:
    """The course editor's load: the page, the curriculum with video state, the workflow."""
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    blocker = submit_blocker(session=session, course_id=course_id)
    return CourseEditorView(
        course=build_course_page(session=session, course=course),
        category_id=course.category_id,
        curriculum=get_curriculum(session=session, course_id=course_id),
        can_submit=course.status == CourseStatus.draft.value and blocker is None,
        submit_blocker=blocker if course.status == CourseStatus.draft.value else None,
    )


def list_instructor_courses(
    *,
    session: Session,
    owner_id: int,
    status: CourseStatus | None = None,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[CourseListItem], int]:
    """The instructor's own courses in every status, most recently changed first."""
    condition = col(Course.owner_id) == owner_id
    if status is not None:
        condition = and_(condition, col(Course.status) == status.value)
    total = session.exec(select(func.count()).select_from(Course).where(condition)).one()
    courses = list(
        session.exec(
            select(Course)
            .where(condition)
            .order_by(col(Course.updated_at).desc(), col(Course.id).desc())
            .offset((page - 1) * page_size)
            .limit(page_size)
        )
    )
    return _list_items(session, courses), int(total)


def list_courses_for_admin(
    *,
    session: Session,
    actor_roles: Sequence[str],
    status: CourseStatus | None = CourseStatus.in_review,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[CourseListItem], int]:
    """Admin: the review queue (oldest submission first), or all courses of a status."""
    if not _is_admin(actor_roles):
        raise PermissionDenied("Only admins can see the review queue.")
    statement = select(Course)
    count = select(func.count()).select_from(Course)
    if status is not None:
        statement = statement.where(col(Course.status) == status.value)
        count = count.where(col(Course.status) == status.value)
    if status == CourseStatus.in_review:
        statement = statement.order_by(col(Course.submitted_at), col(Course.id))
    else:
        statement = statement.order_by(col(Course.updated_at).desc(), col(Course.id).desc())
    total = session.exec(count).one()
    courses = list(session.exec(statement.offset((page - 1) * page_size).limit(page_size)))
    return _list_items(session, courses), int(total)


def search_courses(*, session: Session, query: CourseSearch) -> CourseSearchPage:
    """Published courses matching a catalogue query, with facets (through the search index)."""
    from udemy_clone.catalog.search import SearchQuery, SearchResult, get_search_index

    search_query = SearchQuery(
        text=query.q[:1000],
        category=query.category.strip().lower() if query.category else None,
        tag=query.tag,
        level=query.level.value if query.level else None,
        language=query.language,
        min_price=query.min_price,
        max_price=query.max_price,
        free=query.free,
        min_rating=query.min_rating,
        sort=query.sort.value,
        page=query.page,
        page_size=query.page_size,
    )
    try:
        result = get_search_index().search(search_query)
    except Exception:
        # An index that cannot answer (missing, empty or damaged) must not take browsing
        # down: show nothing, and leave the traceback for `python -m udemy_clone reindex`.
        log.exception("course_search_failed")
        result = SearchResult(course_ids=[], total=0, facets={})
    courses: dict[int, Course] = {}
    if result.course_ids:
        courses = {
            int(c.id or 0): c
            for c in session.exec(
                select(Course).where(
                    col(Course.id).in_(result.course_ids),
                    col(Course.status) == CourseStatus.published.value,
                )
            )
        }
    # The index may briefly lag the database: skip what is no longer published.
    ordered = [courses[cid] for cid in result.course_ids if cid in courses]
    return CourseSearchPage(
        items=to_summaries(session=session, courses=ordered),
        total=result.total,
        page=query.page,
        page_size=query.page_size,
        facets={
            "category": {},
            "level": {},
            "language": {},
            **{name: dict(counts) for name, counts in result.facets.items()},
        },
        corrected_query=result.corrected_query,
    )


def list_published_courses(
    *,
    session: Session,
    sort: CourseSort = CourseSort.newest,
    category_slug: str | None = None,
    owner_id: int | None = None,
    exclude_course_id: int | None = None,
    limit: int = 12,
) -> list[CourseSummary]:
    """Published course cards straight from the database (home rows, instructor pages)."""
    statement = select(Course).where(col(Course.status) == CourseStatus.published.value)
    if category_slug:
        ids = taxonomy_service.category_ids_for_slug(session=session, slug=category_slug)
        if not ids:
            return []
        statement = statement.where(col(Course.category_id).in_(ids))
    if owner_id is not None:
        statement = statement.where(col(Course.owner_id) == owner_id)
    if exclude_course_id is not None:
        statement = statement.where(col(Course.id) != exclude_course_id)
    orders: dict[CourseSort, list[Any]] = {
        CourseSort.rating: [
            (col(Course.rating_sum) * 1.0 / func.nullif(col(Course.rating_count), 0)).desc(),
            col(Course.rating_count).desc(),
        ],
        CourseSort.best_selling: [
            col(Course.sales_count).desc(),
            col(Course.enrollment_count).desc(),
        ],
        CourseSort.price_asc: [col(Course.price_cents)],
        CourseSort.price_desc: [col(Course.price_cents).desc()],
    }
    order = orders.get(sort, [])
    if sort == CourseSort.rating:
        statement = statement.where(col(Course.rating_count) > 0)
    statement = statement.order_by(
        *order, col(Course.published_at).desc(), col(Course.id).desc()
    ).limit(max(1, min(limit, 100)))
    return to_summaries(session=session, courses=list(session.exec(statement)))


def home_rows(*, session: Session, per_row: int = 8) -> list[HomeRow]:
    """The home page's rows: most popular, top rated, newest, then one per top category."""
    rows = [
        HomeRow(
            key="popular",
            title="Most popular",
            courses=list_published_courses(
                session=session, sort=CourseSort.best_selling, limit=per_row
            ),
        ),
        HomeRow(
            key="top-rated",
            title="Top rated",
            courses=list_published_courses(session=session, sort=CourseSort.rating, limit=per_row),
        ),
        HomeRow(
            key="new",
            title="New and noteworthy",
            courses=list_published_courses(session=session, sort=CourseSort.newest, limit=per_row),
        ),
    ]
    for node in category_tree(session=session):
        if node.course_count:
            rows.append(
                HomeRow(
                    key=f"category-{node.slug}",
                    title=f"Top courses in {node.name}",
                    courses=list_published_courses(
                        session=session,
                        sort=CourseSort.best_selling,
                        category_slug=node.slug,
                        limit=per_row,
                    ),
                )
            )
    return [row for row in rows if row.courses]


# ---- writing courses --------------------------------------------------------------------------


def _category_or_refuse(session: Session, category_id: int) -> None:
    try:
        taxonomy_service.get_category(session=session, category_id=category_id)
    except NotFound:
        raise InvalidInput(
            "Choose an existing category for the course.", field="category_id"
        ) from None


def _set_tags(session: Session, course_id: int, names: Sequence[str]) -> None:
    tags = taxonomy_service.ensure_tags(session=session, names=names)
    session.exec(delete(CourseTag).where(col(CourseTag.course_id) == course_id))
    for tag in tags:
        assert tag.id is not None
        session.add(CourseTag(course_id=course_id, tag_id=tag.id))
    session.flush()


def create_course(
    *, session: Session, owner_id: int, owner_roles: Sequence[str], data: CourseCreate
) -> Course:
    """Instructor: start a course as a draft with a unique slug from its title."""
    if "instructor" not in owner_roles and not _is_admin(owner_roles):
        raise PermissionDenied("Only instructors can create courses.", code="forbidden")
    _category_or_refuse(session, data.category_id)
    course = Course(
        slug=slug_for_title(session=session, title=data.title),
        title=data.title,
        subtitle=data.subtitle,
        description=data.description,
        owner_id=owner_id,
        category_id=data.category_id,
        price_cents=data.price_cents,
        currency=data.currency,
        level=data.level.value,
        language=data.language,
        status=CourseStatus.draft.value,
    )
    session.add(course)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(
            "Another course took this title's address at the same moment; try again.",
            code="slug_taken",
        ) from None
    assert course.id is not None
    _set_tags(session, course.id, data.tags)
    return course


def update_course(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    course_id: int,
    data: CourseUpdate,
) -> Course:
    """Owner or admin: change the listing; a published course stays published (reindexed)."""
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    changes = data.model_dump(exclude_unset=True, exclude={"regenerate_slug", "tags"})
    if changes.get("category_id") is not None:
        _category_or_refuse(session, changes["category_id"])
    for field, value in changes.items():
        if value is None:
            continue  # null means "leave as is" for these required fields
        setattr(course, field, value.value if hasattr(value, "value") else value)
    if data.regenerate_slug:
        course.slug = slug_for_title(
            session=session, title=course.title, exclude_course_id=course_id
        )
    if data.tags is not None:
        _set_tags(session, course_id, data.tags)
    _course_changed(session, course)
    session.flush()
    return course


def submit_course(*, session: Session, actor_id: int, course_id: int) -> Course:
    """Owner: send a draft to review (needs at least one lecture with a ready video)."""
    course = get_course(session=session, course_id=course_id)
    if course.owner_id != actor_id:
        raise PermissionDenied(
            "Only the course's instructor can submit it for review.", code="not_owner"
        )
    if course.status != CourseStatus.draft.value:
        raise Conflict(
            "Only a draft can be submitted for review; this course is "
            f"{course.status.replace('_', ' ')}.",
            code="invalid_status",
        )
    blocker = submit_blocker(session=session, course_id=course_id)
    if blocker:
        raise Conflict(blocker, code="no_ready_video")
    course.status = CourseStatus.in_review.value
    course.submitted_at = utcnow()
    course.rejection_reason = None
    _course_changed(session, course)
    outbox.emit(session, CourseSubmitted(course_id=course_id))
    return course


def publish_course(*, session: Session, actor_roles: Sequence[str], course_id: int) -> Course:
    """Admin: approve a course in review; it becomes public and searchable."""
    if not _is_admin(actor_roles):
        raise PermissionDenied("Only admins can publish courses.")
    course = get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.in_review.value:
        raise Conflict(
            "Only a course in review can be published; ask the instructor to submit it first.",
            code="invalid_status",
        )
    course.status = CourseStatus.published.value
    course.rejection_reason = None
    if course.published_at is None:
        course.published_at = utcnow()
    _course_changed(session, course)
    outbox.emit(session, CoursePublished(course_id=course_id))
    return course


def reject_course(
    *, session: Session, actor_roles: Sequence[str], course_id: int, reason: str
) -> Course:
    """Admin: send a course in review back to draft with a reason its instructor sees."""
    if not _is_admin(actor_roles):
        raise PermissionDenied("Only admins can reject courses.")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("Say why the course is rejected.", field="reason")
    course = get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.in_review.value:
        raise Conflict("Only a course in review can be rejected.", code="invalid_status")
    course.status = CourseStatus.draft.value
    course.rejection_reason = reason
    _course_changed(session, course)
    outbox.emit(session, CourseRejected(course_id=course_id, reason=reason))
    return course


def unpublish_course(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], course_id: int
) -> Course:
    """Owner or admin: take a published course back to draft (it leaves the search index)."""
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    if course.status != CourseStatus.published.value:
        raise Conflict("Only a published course can be unpublished.", code="invalid_status")
    course.status = CourseStatus.draft.value
    _course_changed(session, course, was_published=True)
    return course


def delete_course(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], course_id: int
) -> None:
    """Owner or admin: delete a course that is not published and has no students."""
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    if course.status == CourseStatus.published.value:
        raise Conflict("Unpublish the course before deleting it.", code="invalid_status")
    if course.enrollment_count > 0 or course.sales_count > 0:
        raise Conflict(
            "Students are enrolled in this course, so it cannot be deleted; keep it unpublished.",
            code="course_has_students",
        )
    old_key = course.thumbnail_key
    section_ids = list(session.exec(select(Section.id).where(col(Section.course_id) == course_id)))
    if section_ids:
        session.exec(delete(Lecture).where(col(Lecture.section_id).in_(section_ids)))
    session.exec(delete(Section).where(col(Section.course_id) == course_id))
    session.exec(delete(CourseTag).where(col(CourseTag.course_id) == course_id))
    session.delete(course)
    session.flush()
    outbox.emit(session, CourseChanged(course_id=course_id))
    db.after_commit(session, lambda: cache.invalidate(course_cache_key(course_id)))
    if old_key:
        db.after_commit(session, lambda: _delete_stored(old_key))


# ---- thumbnails --------------------------------------------------------------------------------


def _delete_stored(key: str) -> None:
    from udemy_clone.core.storage import ObjectNotFound, get_storage

    try:
        get_storage().delete(key)
    except (ObjectNotFound, FileNotFoundError):
        pass


def store_thumbnail(*, session: Session, course: Course, jpeg: bytes) -> str:
    """Store a rendered JPEG as the course's thumbnail (old one removed after commit)."""
    from udemy_clone.core.storage import get_storage

    assert course.id is not None
    key = f"thumbnails/{course.id}/{secrets.token_hex(8)}.jpg"
    get_storage().put_bytes(key, jpeg, content_type="image/jpeg")
    old_key = course.thumbnail_key
    course.thumbnail_key = key
    _course_changed(session, course)
    if old_key and old_key != key:
        db.after_commit(session, lambda: _delete_stored(old_key))
    return key


def set_course_thumbnail(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    course_id: int,
    upload: BinaryIO,
) -> Course:
    """Owner or admin: replace the thumbnail with an uploaded image (checked by content)."""
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    jpeg = thumbnails.render_thumbnail(thumbnails.read_upload(upload))
    store_thumbnail(session=session, course=course, jpeg=jpeg)
    return course


def read_thumbnail(*, course_id: int, name: str) -> bytes:
    """The JPEG bytes of a stored thumbnail (404 when there is none)."""
    from udemy_clone.core.storage import get_storage

    if not name.endswith(".jpg") or not name[:-4].isalnum() or len(name) > 60:
        raise NotFound("There is no such thumbnail.", code="thumbnail_not_found")
    try:
        return get_storage().read_bytes(f"thumbnails/{course_id}/{name}")
    except (FileNotFoundError, ValueError):
        raise NotFound("There is no such thumbnail.", code="thumbnail_not_found") from None


# ---- curriculum --------------------------------------------------------------------------------


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
    course = _owned_course(
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
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    sections = _sections_of(session, course_id)
    section = Section(course_id=course_id, title=data.title, position=len(sections))
    session.add(section)
    sections.insert(len(sections) if data.position is None else data.position, section)
    _renumber(sections, session)
    _course_changed(session, course)
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
    _course_changed(session, course)
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
    _course_changed(session, course)
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
    course = _owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    sections = {int(s.id or 0): s for s in _sections_of(session, course_id)}
    if sorted(section_ids) != sorted(sections) or len(set(section_ids)) != len(section_ids):
        raise InvalidInput("List every section of this course exactly once.", field="section_ids")
    ordered = [sections[sid] for sid in section_ids]
    _renumber(ordered, session)
    _course_changed(session, course)
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
    lectures = _lectures_of(session, section_id)
    lecture = Lecture(
        section_id=section_id, title=data.title, is_preview=data.is_preview, position=len(lectures)
    )
    session.add(lecture)
    lectures.insert(len(lectures) if data.position is None else data.position, lecture)
    _renumber(lectures, session)
    _course_changed(session, course)
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
    _course_changed(session, course)
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
    _course_changed(session, course)
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
    _course_changed(session, course)
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
    _course_changed(session, get_course(session=session, course_id=section.course_id))
    session.flush()
    return lecture


# ---- figures other domains maintain ------------------------------------------------------------


def _bump(session: Session, course_id: int, deltas: Mapping[str, int]) -> Course:
    course = get_course(session=session, course_id=course_id)
    deltas = {name: delta for name, delta in deltas.items() if delta}
    if deltas:
        # One UPDATE with column arithmetic: concurrent changes add up instead of overwriting.
        session.exec(
            update(Course)
            .where(col(Course.id) == course_id)
            .values({name: getattr(Course, name) + delta for name, delta in deltas.items()})
            .execution_options(synchronize_session=False)
        )
        session.refresh(course)
        _course_changed(session, course)
    return course


def apply_rating_change(
    *, session: Session, course_id: int, old_rating: int | None, new_rating: int | None
) -> None:
    """Reviews: a rating was added (old None), edited, or removed (new None)."""
    for value in (old_rating, new_rating):
        if value is not None and not 1 <= value <= 5:
            raise InvalidInput("A rating is a whole number from 1 to 5.", field="rating")
    deltas: dict[str, int] = {"rating_count": 0, "rating_sum": 0}
    if old_rating is not None:
        deltas["rating_count"] -= 1
        deltas["rating_sum"] -= old_rating
        deltas[f"rating_{old_rating}"] = deltas.get(f"rating_{old_rating}", 0) - 1
    if new_rating is not None:
        deltas["rating_count"] += 1
        deltas["rating_sum"] += new_rating
        deltas[f"rating_{new_rating}"] = deltas.get(f"rating_{new_rating}", 0) + 1
    _bump(session, course_id, deltas)


def record_enrollment_change(*, session: Session, course_id: int, delta: int) -> None:
    """Orders: students joined (delta > 0) or left (refunds, delta < 0) the course."""
    _bump(session, course_id, {"enrollment_count": delta})


def record_sale(*, session: Session, course_id: int, delta: int) -> None:
    """Orders: paid sales of the course (delta < 0 for a refund)."""
    _bump(session, course_id, {"sales_count": delta})


# ---- what taxonomy needs to know about courses -------------------------------------------------


def course_count_by_category(*, session: Session) -> dict[int, int]:
    """Published courses per category (each course counted in its own category only)."""
    rows = session.exec(
        select(Course.category_id, func.count(col(Course.id)))
        .where(col(Course.status) == CourseStatus.published.value)
        .group_by(col(Course.category_id))
    )
    return {int(cid): int(n) for cid, n in rows}


def count_courses_in_categories(*, session: Session, category_ids: Sequence[int]) -> int:
    """Courses of any status filed in these categories."""
    if not category_ids:
        return 0
    return int(
        session.exec(
            select(func.count(col(Course.id))).where(col(Course.category_id).in_(category_ids))
        ).one()
    )


def course_count_by_tag(*, session: Session, tag_ids: Sequence[int]) -> dict[int, int]:
    """Published courses per tag."""
    if not tag_ids:
        return {}
    rows = session.exec(
        select(CourseTag.tag_id, func.count(col(CourseTag.course_id)))
        .join(Course, col(Course.id) == col(CourseTag.course_id))
        .where(
            col(CourseTag.tag_id).in_(list(tag_ids)),
            col(Course.status) == CourseStatus.published.value,
        )
        .group_by(col(CourseTag.tag_id))
    )
    return {int(tid): int(n) for tid, n in rows}


def move_tag_links(*, session: Session, source_tag_id: int, target_tag_id: int) -> None:
    """Give every course tagged `source` the tag `target` instead (tag merge)."""
    already = select(CourseTag.course_id).where(col(CourseTag.tag_id) == target_tag_id)
    session.exec(
        delete(CourseTag).where(
            col(CourseTag.tag_id) == source_tag_id, col(CourseTag.course_id).in_(already)
        )
    )
    session.exec(
        update(CourseTag)
        .where(col(CourseTag.tag_id) == source_tag_id)
        .values(tag_id=target_tag_id)
        .execution_options(synchronize_session=False)
    )
    session.flush()


def published_course_ids(
    *,
    session: Session,
    category_ids: Sequence[int] | None = None,
    tag_id: int | None = None,
) -> list[int]:
    """Ids of published courses, optionally in these categories or with this tag."""
    statement = select(Course.id).where(col(Course.status) == CourseStatus.published.value)
    if category_ids is not None:
        statement = statement.where(col(Course.category_id).in_(list(category_ids)))
    if tag_id is not None:
        statement = statement.join(CourseTag, col(CourseTag.course_id) == col(Course.id)).where(
            col(CourseTag.tag_id) == tag_id
        )
    return [int(cid) for cid in session.exec(statement.order_by(col(Course.id))) if cid]


# ---- taxonomy use cases that need course figures (the routes and the UI call these) ------------


def category_tree(*, session: Session) -> list[CategoryNode]:
    """The category tree; each node counts published courses in it and its sub-categories."""
    return taxonomy_service.category_tree(
        session=session, course_counts=lambda: course_count_by_category(session=session)
    )


def delete_category(*, session: Session, actor_roles: list[str], category_id: int) -> None:
    """Admin: delete a category and its sub-categories (409 while any of them has courses)."""
    taxonomy_service.delete_category(
        session=session,
        actor_roles=actor_roles,
        category_id=category_id,
        count_courses=lambda ids: count_courses_in_categories(session=session, category_ids=ids),
    )


def suggest_tags(*, session: Session, prefix: str = "", limit: int = 20) -> list[TagPublic]:
    """Tags starting with `prefix`, most used by published courses first."""
    return taxonomy_service.search_tags(
        session=session,
        prefix=prefix,
        limit=limit,
        course_counts=lambda ids: course_count_by_tag(session=session, tag_ids=ids),
    )


def merge_tags(
    *, session: Session, actor_roles: list[str], source_tag_id: int, target_tag_id: int
) -> TagPublic:
    """Admin: merge a duplicate tag into another; its courses carry the other tag."""
    tag = taxonomy_service.merge_tags(
        session=session,
        actor_roles=actor_roles,
        source_tag_id=source_tag_id,
        target_tag_id=target_tag_id,
        move_course_links=lambda source, target: move_tag_links(
            session=session, source_tag_id=source, target_tag_id=target
        ),
    )
    assert tag.id is not None
    count = course_count_by_tag(session=session, tag_ids=[tag.id]).get(tag.id, 0)
    return TagPublic(id=tag.id, name=tag.name, slug=tag.slug, course_count=count)


# ---- course facts for the stats domain's dashboards (read only) --------------------------------


def course_briefs(
    *,
    session: Session,
    course_ids: Sequence[int] | None = None,
    owner_id: int | None = None,
    category_ids: Sequence[int] | None = None,
) -> dict[int, CourseBrief]:
    """Title, owner, category, rating and lecture count of courses (stats dashboards)."""
    statement = select(Course)
    if course_ids is not None:
        if not course_ids:
            return {}
        statement = statement.where(col(Course.id).in_(list(course_ids)))
    if owner_id is not None:
        statement = statement.where(col(Course.owner_id) == owner_id)
    if category_ids is not None:
        statement = statement.where(col(Course.category_id).in_(list(category_ids)))
    courses = list(session.exec(statement.order_by(col(Course.id))))
    ids = [int(c.id or 0) for c in courses]
    playable: dict[int, int] = {}
    if ids:
        playable = {
            int(cid): int(n)
            for cid, n in session.exec(
                select(Section.course_id, func.count(col(Lecture.id)))
                .join(Lecture, col(Lecture.section_id) == col(Section.id))
                .where(col(Section.course_id).in_(ids), col(Lecture.video_ready))
                .group_by(col(Section.course_id))
            )
        }
    return {
        int(c.id or 0): CourseBrief(
            id=int(c.id or 0),
            slug=c.slug,
            title=c.title,
            status=c.status,
            owner_id=c.owner_id,
            category_id=c.category_id,
            avg_rating=rating_average(c),
            rating_count=c.rating_count,
            playable_lectures=playable.get(int(c.id or 0), 0),
        )
        for c in courses
    }


def lecture_titles(*, session: Session, course_id: int) -> list[tuple[int, str]]:
    """(lecture id, "1.2 Title") of a course's lectures in curriculum order (stats drop-off)."""
    titled: list[tuple[int, str]] = []
    for s_index, section in enumerate(get_curriculum(session=session, course_id=course_id), 1):
        for l_index, lecture in enumerate(section.lectures, 1):
            titled.append((lecture.id, f"{s_index}.{l_index} {lecture.title}"))
    return titled
