"""Reading the catalogue: course cards, course pages, curriculum, listings, search, home rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import and_, func
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import page_query, read_cache, search
from udemy_clone.catalog.badges import course_badges
from udemy_clone.catalog.classification import category_tree
from udemy_clone.catalog.course_records import (
    COURSE_NOT_FOUND,
    can_view,
    find_course,
    is_admin,
    lecture_totals,
    may_view,
    public_outline,
    rating_average,
    tag_names,
    thumbnail_url,
    utc_or_none,
)
from udemy_clone.catalog.lecture_matches import find_lecture_hits, with_lecture_matches
from udemy_clone.catalog.models import (
    CURRENCIES,
    CategoryCrumb,
    CategoryRef,
    Course,
    CourseListItem,
    CoursePublic,
    CourseSearch,
    CourseSearchPage,
    CourseSort,
    CourseStatus,
    CourseSummary,
    HomeRow,
    InstructorRef,
    RatingDetail,
    RatingSummary,
)
from udemy_clone.core import cache
from udemy_clone.core.cache import CachedBody
from udemy_clone.core.db import as_utc
from udemy_clone.core.errors import InvalidInput, NotFound, PermissionDenied
from udemy_clone.core.log import get_logger
from udemy_clone.taxonomy import service as taxonomy_service

log = get_logger(__name__)
_COURSE_PAGE: TypeAdapter[CoursePublic] = TypeAdapter(CoursePublic)
_SEARCH_PAGE: TypeAdapter[CourseSearchPage] = TypeAdapter(CourseSearchPage)
_SUMMARIES: TypeAdapter[list[CourseSummary]] = TypeAdapter(list[CourseSummary])
_HOME_ROWS: TypeAdapter[list[HomeRow]] = TypeAdapter(list[HomeRow])


def to_summaries(*, session: Session, courses: Sequence[Course]) -> list[CourseSummary]:
    """Course cards for rows, in the given order."""
    ids = [c.id for c in courses if c.id is not None]
    names = auth_service.display_names(session=session, user_ids=[c.owner_id for c in courses])
    durations = lecture_totals(session, ids)
    badges = course_badges(session=session, course_ids=ids)
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
            badges=badges.get(int(c.id or 0), []),
        )
        for c in courses
    ]


def _list_items(session: Session, courses: Sequence[Course]) -> list[CourseListItem]:
    summaries = to_summaries(session=session, courses=courses)
    durations = lecture_totals(session, [int(c.id or 0) for c in courses])
    return [
        CourseListItem(
            **summary.model_dump(),
            status=c.status,
            rejection_reason=c.rejection_reason,
            category_id=c.category_id,
            lecture_count=durations.get(int(c.id or 0), (0, 0))[1],
            sales_count=c.sales_count,
            submitted_at=utc_or_none(c.submitted_at),
            published_at=utc_or_none(c.published_at),
            updated_at=as_utc(c.updated_at),
        )
        for summary, c in zip(summaries, courses, strict=True)
    ]


def build_course_page(*, session: Session, course: Course) -> CoursePublic:
    """The course page of a course row, built fresh (responses right after a change)."""
    assert course.id is not None
    sections = public_outline(session, course.id)
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
    lectures = [lecture for section in sections for lecture in section.lectures]
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
        sections=sections,
        badges=course_badges(session=session, course_ids=[course.id]).get(course.id, []),
        published_at=utc_or_none(course.published_at),
        created_at=as_utc(course.created_at),
        updated_at=as_utc(course.updated_at),
    )


def course_page_body(
    *,
    session: Session,
    id_or_slug: int | str,
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
) -> tuple[CachedBody, bool]:
    """The course page as the API serves it, and whether it is public (published: cached)."""
    key = read_cache.course_page_key(id_or_slug)
    found, generations = cache.lookup_body(key, read_cache.course_page_generations(id_or_slug))
    if found is not None:
        return found, True
    if page_query.is_supported(session):
        row = page_query.course_page_row(session=session, id_or_slug=id_or_slug)
        if row is None or not may_view(
            status=row.status, owner_id=row.owner_id, viewer_id=viewer_id, viewer_roles=viewer_roles
        ):
            raise NotFound(COURSE_NOT_FOUND, code="course_not_found")
        status = row.status
        body = CachedBody.of(row.body, last_modified=row.updated_at.timestamp())
    else:
        course = find_course(session=session, id_or_slug=id_or_slug)
        if not can_view(course, viewer_id=viewer_id, viewer_roles=viewer_roles):
            raise NotFound(COURSE_NOT_FOUND, code="course_not_found")
        status = course.status
        body = CachedBody.of(
            _COURSE_PAGE.dump_json(build_course_page(session=session, course=course)),
            last_modified=as_utc(course.updated_at).timestamp(),
        )
    if status != CourseStatus.published.value:
        return body, False
    cache.store_body(key, generations, body, ttl_seconds=read_cache.CACHE_TTL_SECONDS)
    return body, True


def get_course_detail(
    *,
    session: Session,
    id_or_slug: int | str,
    viewer_id: int | None = None,
    viewer_roles: Sequence[str] = (),
) -> CoursePublic:
    """The course page by id or slug; drafts exist only for their owner and admins (404)."""
    body, _public = course_page_body(
        session=session, id_or_slug=id_or_slug, viewer_id=viewer_id, viewer_roles=viewer_roles
    )
    return CoursePublic.model_validate_json(body.body)


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
    if not is_admin(actor_roles):
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


def search_key(query: CourseSearch) -> str:
    """The cache key of a catalogue query's answer."""
    return read_cache.list_key("browse", query)


def search_body(*, session: Session, query: CourseSearch) -> CachedBody:
    """The answer to a catalogue query as the API serves it (cached until the catalogue changes)."""
    currency = query.currency.strip().upper()
    if currency not in CURRENCIES:
        raise InvalidInput(
            f"Choose a currency for the price filter: one of {', '.join(sorted(CURRENCIES))}.",
            field="currency",
        )
    return read_cache.read_through(
        search_key(query),
        read_cache.list_generations(),
        lambda: _search(session, query, currency),
        _SEARCH_PAGE,
    )


def search_courses(*, session: Session, query: CourseSearch) -> CourseSearchPage:
    """Published courses matching a catalogue query, with facets (through the search index).

    Price bounds are amounts in `query.currency`: courses in other currencies are left out
    when a bound is given (amounts in different currencies do not compare).
    """
    return CourseSearchPage.model_validate_json(search_body(session=session, query=query).body)


def _search(session: Session, query: CourseSearch, currency: str) -> CourseSearchPage:
    search_query = search.SearchQuery(
        text=query.q[:1000],
        category=query.category.strip().lower() if query.category else None,
        tag=query.tag,
        level=query.level.value if query.level else None,
        language=query.language,
        min_price=query.min_price,
        max_price=query.max_price,
        currency=currency,
        free=query.free,
        min_rating=query.min_rating,
        sort=query.sort.value,
        page=query.page,
        page_size=query.page_size,
        levels=tuple(level.value for level in query.levels),
        languages=tuple(query.languages),
        durations=tuple(query.durations),
        prices=tuple(query.prices),
    )
    try:
        result = search.get_search_index().search(search_query)
    except Exception:
        # An index that cannot answer (missing, empty or damaged) must not take browsing
        # down: show nothing, and leave the traceback for `python -m udemy_clone reindex`.
        log.exception("course_search_failed")
        result = search.SearchResult(course_ids=[], total=0, facets={})
    # Before `session` takes a connection: one request never holds two (pool starvation).
    hits = find_lecture_hits(query_text=search_query.text, course_ids=result.course_ids)
    cards = published_summaries(session=session, course_ids=result.course_ids)
    return CourseSearchPage(
        items=with_lecture_matches(
            session=session, items=cards, query_text=search_query.text, hits=hits
        ),
        total=result.total,
        page=query.page,
        page_size=query.page_size,
        facets=search.complete_facets(result.facets),
        corrected_query=result.corrected_query,
        approximate=result.approximate,
    )


def _published_cards(session: Session, course_ids: Sequence[int]) -> list[CourseSummary]:
    """`page_query.published_cards` through the ORM (SQLite)."""
    courses: dict[int, Course] = {}
    if course_ids:
        courses = {
            int(c.id or 0): c
            for c in session.exec(
                select(Course)
                .options(defer(Course.description))  # type: ignore[arg-type]  # cards only
                .where(
                    col(Course.id).in_(course_ids),
                    col(Course.status) == CourseStatus.published.value,
                )
            )
        }
    # The index may briefly lag the database: skip what is no longer published.
    ordered = [courses[cid] for cid in course_ids if cid in courses]
    return to_summaries(session=session, courses=ordered)


def list_published_courses(
    *,
    session: Session,
    sort: CourseSort = CourseSort.newest,
    category_slug: str | None = None,
    owner_id: int | None = None,
    exclude_course_id: int | None = None,
    limit: int = 12,
) -> list[CourseSummary]:
    """Published course cards (home rows, top sellers, instructor pages), cached."""
    params: dict[str, Any] = {
        "sort": sort.value,
        "category": category_slug,
        "owner": owner_id,
        "exclude": exclude_course_id,
        "limit": limit,
    }
    body = read_cache.read_through(
        read_cache.list_key("cards", params),
        read_cache.list_generations(),
        lambda: _published_courses(
            session,
            sort=sort,
            category_slug=category_slug,
            owner_id=owner_id,
            exclude_course_id=exclude_course_id,
            limit=limit,
        ),
        _SUMMARIES,
    )
    return _SUMMARIES.validate_json(body.body)


def _published_courses(
    session: Session,
    *,
    sort: CourseSort,
    category_slug: str | None,
    owner_id: int | None,
    exclude_course_id: int | None,
    limit: int,
) -> list[CourseSummary]:
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


def home_rows_body(*, session: Session, per_row: int = 8) -> CachedBody:
    """The home page's rows as cached JSON (with its ETag; current after any catalogue change)."""
    return read_cache.read_through(
        read_cache.list_key("home", {"per_row": per_row}),
        read_cache.list_generations(),
        lambda: _home_rows(session, per_row),
        _HOME_ROWS,
    )


def home_rows(*, session: Session, per_row: int = 8) -> list[HomeRow]:
    """The home page's rows: most popular, top rated, newest, then one per top category."""
    return _HOME_ROWS.validate_json(home_rows_body(session=session, per_row=per_row).body)


def _home_rows(session: Session, per_row: int) -> list[HomeRow]:
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


def published_summaries(*, session: Session, course_ids: Sequence[int]) -> list[CourseSummary]:
    """Cards of the published courses among these ids, in the given order (others are left out)."""
    wanted = [int(cid) for cid in dict.fromkeys(course_ids)]
    if page_query.is_supported(session):
        return page_query.published_cards(session=session, course_ids=wanted)
    return _published_cards(session, wanted)


def same_category_course_ids(
    *, session: Session, course_id: int, exclude_ids: Sequence[int] = (), limit: int = 12
) -> list[int]:
    """Best-selling published courses of a course's category, then of its parent category."""
    course = session.get(Course, course_id)
    if course is None:
        return []
    excluded = {course_id, *exclude_ids}
    found: list[int] = []
    groups = [[course.category_id]]
    path = taxonomy_service.category_paths(session=session, category_ids=[course.category_id])
    ancestors = path[course.category_id].ancestors if course.category_id in path else []
    if ancestors:
        parent_id = ancestors[-1].id
        groups.append(taxonomy_service.descendant_ids(session=session, category_id=parent_id))
    for category_ids in groups:
        statement = (
            select(Course.id)
            .where(
                col(Course.status) == CourseStatus.published.value,
                col(Course.category_id).in_(category_ids),
            )
            .order_by(
                col(Course.sales_count).desc(),
                col(Course.enrollment_count).desc(),
                col(Course.id).desc(),
            )
            .limit(limit + len(excluded) + len(found))
        )
        for cid in session.exec(statement):
            if cid is not None and cid not in excluded and cid not in found:
                found.append(int(cid))
        if len(found) >= limit:
            break
    return found[:limit]
