"""REST routes of the catalog: courses, curriculum, review workflow, search, thumbnails, and the
category and tag routes whose answers carry course figures."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Path, Query, Request, Response, UploadFile, status
from starlette.concurrency import run_in_threadpool

from udemy_clone.catalog import read_cache, service
from udemy_clone.catalog.models import (
    DEFAULT_CURRENCY,
    MAX_FILTER_VALUES,
    MAX_ID,
    RATING_FILTERS,
    ChecklistItemPublic,
    CourseCreate,
    CourseEditorView,
    CourseLevel,
    CourseListItem,
    CoursePublic,
    CourseReject,
    CourseSearch,
    CourseSearchPage,
    CourseSort,
    CourseStatus,
    CourseUpdate,
    DurationFilter,
    LectureCreate,
    LectureDetail,
    LectureOrder,
    LectureUpdate,
    PriceFilter,
    SectionCreate,
    SectionDetail,
    SectionOrder,
    SectionUpdate,
)
from udemy_clone.catalog.quiz_api import router as quiz_router
from udemy_clone.catalog.suggestions import (
    DEFAULT_SUGGESTIONS,
    MAX_SUGGEST_CHARS,
    MAX_SUGGESTIONS,
)
from udemy_clone.core import db
from udemy_clone.core.cache import CachedBody
from udemy_clone.core.errors import DomainError, InvalidInput
from udemy_clone.gateway.conditional import json_answer
from udemy_clone.gateway.deps import (
    CurrentUser,
    OptionalUser,
    Pagination,
    Principal,
    SessionDep,
    principal_from_request,
    require_role,
)
from udemy_clone.gateway.schemas import ERROR_RESPONSES, Page
from udemy_clone.playback import service as playback_service
from udemy_clone.taxonomy.service import CategoryNode, TagMerge, TagPublic, TagRename

router = APIRouter(tags=["catalog"], responses=ERROR_RESPONSES)
router.include_router(quiz_router)  # quiz authoring, served with the curriculum routes

Instructor = Annotated[Principal, Depends(require_role("instructor"))]
AdminUser = Annotated[Principal, Depends(require_role("admin"))]
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
THUMBNAIL_CACHE_CONTROL = "public, max-age=31536000, immutable"


def _page(session: SessionDep, course_id: int) -> CoursePublic:
    return service.build_course_page(
        session=session, course=service.get_course(session=session, course_id=course_id)
    )


# ---- browsing ----------------------------------------------------------------------------------


@router.get("/courses", response_model=CourseSearchPage)
async def search_courses(
    request: Request,
    pagination: Pagination,
    q: str = "",
    category: Annotated[str | None, Query(max_length=100)] = None,
    tag: Annotated[str | None, Query(max_length=100)] = None,
    level: Annotated[list[CourseLevel] | None, Query()] = None,
    language: Annotated[list[str] | None, Query()] = None,
    duration: Annotated[list[DurationFilter] | None, Query()] = None,
    price: Annotated[list[PriceFilter] | None, Query()] = None,
    min_price: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    max_price: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    currency: Annotated[str, Query(max_length=10)] = DEFAULT_CURRENCY,
    min_rating: Annotated[float | None, Query(ge=0, le=5)] = None,
    rating: Annotated[float | None, Query(ge=0, le=5)] = None,
    free: bool | None = None,
    sort: CourseSort = CourseSort.relevance,
) -> Response:
    """Published courses: full-text query, filters, sort, facets and pages.

    `level`, `language`, `duration` (`0-1`, `1-3`, `3-6`, `6-17`, `17-plus` hours) and
    `price` (`free`, `paid`) may be repeated: a course matches any of a filter's values, and
    every filter given. `rating` (4.5, 4.0, 3.5 or 3.0) keeps courses rated that or more
    (`min_rating` takes any value). Facets (category, level, language, rating, duration,
    price) count each value with every filter but the facet's own.
    `min_price`/`max_price` are amounts in minor units of `currency` (default USD): with a
    price bound, courses sold in other currencies are left out, and the facets follow.
    Answers carry an `ETag` and `Last-Modified`; a conditional request gets 304 when current.
    """
    if rating is not None and rating not in RATING_FILTERS:
        raise InvalidInput(
            "Choose a rating filter of 4.5, 4.0, 3.5 or 3.0 (or use min_rating).", field="rating"
        )
    languages = [code.strip().lower() for code in language or [] if code.strip()]
    if len(languages) > MAX_FILTER_VALUES or any(len(code) > 20 for code in languages):
        raise InvalidInput(
            f"Give at most {MAX_FILTER_VALUES} languages, each a code like 'en'.",
            field="language",
        )
    for name, values in (("level", level), ("duration", duration), ("price", price)):
        if values is not None and len(values) > MAX_FILTER_VALUES:
            raise InvalidInput(f"Give at most {MAX_FILTER_VALUES} values of {name}.", field=name)
    query = CourseSearch(
        q=q,
        category=category,
        tag=tag,
        levels=sorted(set(level or [])),
        languages=sorted(set(languages)),
        durations=sorted(set(duration or [])),
        prices=sorted(set(price or [])),
        min_price=min_price,
        max_price=max_price,
        currency=currency,
        min_rating=rating if rating is not None else min_rating,
        free=free,
        sort=sort,
        page=pagination.page,
        page_size=pagination.page_size,
    )
    # A cached answer is served on the event loop; only a miss goes to the database's threads.
    key = service.search_key(query)
    found = read_cache.lookup(key, read_cache.list_generations())
    if found is None:
        found = await run_in_threadpool(_search_body, query)
    elif "authorization" not in request.headers:
        # The gateway answers the next anonymous request with this query string from the cache.
        read_cache.remember_browse_alias(request.scope.get("query_string", b""), key)
    if "authorization" in request.headers and _LECTURE_MATCHES in found.body:
        # The cached answer links lecture matches for anyone; a signed-in viewer who may watch
        # a course gets player links, in an answer of their own (never cached, never shared).
        personal = await run_in_threadpool(_personal_search_body, request, found)
        if personal is not None:
            return json_answer(request.headers, personal, public=False)
    return json_answer(request.headers, found)


_LECTURE_MATCHES = b'"lecture_matches":[{'


def _search_body(query: CourseSearch) -> CachedBody:
    # The search index reads through a session of its own; this one reads the cards.
    with db.autocommit_read_session() as session:
        return service.search_body(session=session, query=query)


def _personal_search_body(request: Request, found: CachedBody) -> CachedBody | None:
    try:
        principal = principal_from_request(request)
    except DomainError:
        # Browsing never needed a valid token: a stale one gets the public answer.
        return None
    if principal is None:
        return None
    page = CourseSearchPage.model_validate_json(found.body)
    with db.read_session() as session:
        personal = playback_service.lecture_links_for_viewer(
            session=session, page=page, user_id=principal.id, roles=principal.roles
        )
    if personal is page:
        return None
    return CachedBody.of(personal.model_dump_json().encode(), last_modified=found.last_modified)


@router.get("/instructors/{slug}", response_model=service.InstructorProfile)
def get_instructor(
    session: SessionDep,
    slug: Annotated[
        str,
        Path(
            min_length=1,
            max_length=120,
            pattern=r"^[a-z0-9-]*\d$",
            description="`<name>-<id>` as in /user/<slug>, or the bare id",
        ),
    ],
) -> service.InstructorProfile:
    """An instructor's public profile: headline, bio, photo, figures and published courses."""
    return service.instructor_profile(session=session, slug=slug)


@router.get("/search/suggest", response_model=service.SearchSuggestions)
def suggest_search(
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_SUGGEST_CHARS)],
    limit: Annotated[int, Query(ge=1, le=MAX_SUGGESTIONS)] = DEFAULT_SUGGESTIONS,
) -> service.SearchSuggestions:
    """Typeahead: published courses whose title has words starting with each typed word
    (best-selling first), and categories whose name does. Public; rate limited like search.
    """
    return service.suggest_search(session=session, q=q, limit=limit)


@router.get("/courses/{id_or_slug}", response_model=CoursePublic)
async def get_course(
    id_or_slug: Annotated[str, Path(max_length=200)], request: Request, principal: OptionalUser
) -> Response:
    """The course page by id or slug (a draft only for its owner and admins).

    Answers carry an `ETag` and `Last-Modified`; a conditional request gets 304 when current.
    """
    found = read_cache.lookup(
        read_cache.course_page_key(id_or_slug), read_cache.course_page_generations(id_or_slug)
    )
    if found is not None:
        return json_answer(request.headers, found)
    built, public = await run_in_threadpool(_course_page_body, id_or_slug, principal)
    return json_answer(request.headers, built, public=public)


def _course_page_body(id_or_slug: str, principal: Principal | None) -> tuple[CachedBody, bool]:
    # One statement on PostgreSQL (catalog.page_query): no transaction needed, and it stays
    # prepared on the connection.
    with db.autocommit_read_session() as session:
        return service.course_page_body(
            session=session,
            id_or_slug=id_or_slug,
            viewer_id=principal.id if principal else None,
            viewer_roles=principal.roles if principal else (),
        )


@router.get("/courses/{course_id}/curriculum", response_model=list[SectionDetail])
def get_curriculum(
    course_id: Id, session: SessionDep, principal: OptionalUser
) -> list[SectionDetail]:
    """Sections and lectures with their video state (player sidebar)."""
    service.get_course_detail(
        session=session,
        id_or_slug=course_id,
        viewer_id=principal.id if principal else None,
        viewer_roles=principal.roles if principal else (),
    )
    return service.get_curriculum(session=session, course_id=course_id)


@router.get("/instructor/courses", response_model=Page[CourseListItem])
def list_own_courses(
    principal: Instructor,
    session: SessionDep,
    pagination: Pagination,
    status_filter: Annotated[CourseStatus | None, Query(alias="status")] = None,
) -> Page[CourseListItem]:
    """Instructor: your courses in every status, most recently changed first."""
    items, total = service.list_instructor_courses(
        session=session,
        owner_id=principal.id,
        status=status_filter,
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(items=items, total=total, page=pagination.page, page_size=pagination.page_size)


@router.get("/admin/courses", response_model=Page[CourseListItem])
def list_courses_for_admin(
    principal: AdminUser,
    session: SessionDep,
    pagination: Pagination,
    status_filter: Annotated[
        Literal["draft", "in_review", "published", "all"], Query(alias="status")
    ] = "in_review",
) -> Page[CourseListItem]:
    """Admin: the review queue (default), or courses of another status, or all."""
    items, total = service.list_courses_for_admin(
        session=session,
        actor_roles=principal.roles,
        status=None if status_filter == "all" else CourseStatus(status_filter),
        page=pagination.page,
        page_size=pagination.page_size,
    )
    return Page(items=items, total=total, page=pagination.page, page_size=pagination.page_size)


# ---- courses -----------------------------------------------------------------------------------


@router.post("/courses", status_code=status.HTTP_201_CREATED, response_model=CoursePublic)
def create_course(body: CourseCreate, principal: Instructor, session: SessionDep) -> CoursePublic:
    """Instructor: start a course (status draft)."""
    course = service.create_course(
        session=session, owner_id=principal.id, owner_roles=principal.roles, data=body
    )
    return service.build_course_page(session=session, course=course)


@router.get("/courses/{course_id}/editor", response_model=CourseEditorView)
def get_course_editor(
    course_id: Id, principal: CurrentUser, session: SessionDep
) -> CourseEditorView:
    """Owner or admin: the course with its full curriculum and whether it can be submitted."""
    return service.get_course_for_editor(
        session=session, actor_id=principal.id, actor_roles=principal.roles, course_id=course_id
    )


@router.patch("/courses/{course_id}", response_model=CoursePublic)
def update_course(
    course_id: Id, body: CourseUpdate, principal: CurrentUser, session: SessionDep
) -> CoursePublic:
    """Owner or admin: change the listing (a published course stays published)."""
    service.update_course(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        course_id=course_id,
        data=body,
    )
    return _page(session, course_id)


@router.delete("/courses/{course_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_course(course_id: Id, principal: CurrentUser, session: SessionDep) -> Response:
    """Owner or admin: delete an unpublished course without students."""
    service.delete_course(
        session=session, actor_id=principal.id, actor_roles=principal.roles, course_id=course_id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/courses/{course_id}/checklist", response_model=list[ChecklistItemPublic])
def publishing_checklist(
    course_id: Id, principal: CurrentUser, session: SessionDep
) -> list[ChecklistItemPublic]:
    """Owner or admin: the publishing checklist (what the course still needs before review)."""
    view = service.get_course_for_editor(
        session=session, actor_id=principal.id, actor_roles=principal.roles, course_id=course_id
    )
    return view.checklist


@router.post(
    "/courses/{course_id}/submit",
    response_model=CoursePublic,
    responses={409: {"description": "course_incomplete: the message lists what is missing"}},
)
def submit_course(course_id: Id, principal: CurrentUser, session: SessionDep) -> CoursePublic:
    """Owner: send the draft to review; every item of the publishing checklist must be met."""
    service.submit_course(session=session, actor_id=principal.id, course_id=course_id)
    return _page(session, course_id)


@router.post("/courses/{course_id}/publish", response_model=CoursePublic)
def publish_course(course_id: Id, principal: AdminUser, session: SessionDep) -> CoursePublic:
    """Admin: publish a course in review."""
    service.publish_course(session=session, actor_roles=principal.roles, course_id=course_id)
    return _page(session, course_id)


@router.post("/courses/{course_id}/reject", response_model=CoursePublic)
def reject_course(
    course_id: Id, body: CourseReject, principal: AdminUser, session: SessionDep
) -> CoursePublic:
    """Admin: send a course in review back to draft with a reason."""
    service.reject_course(
        session=session, actor_roles=principal.roles, course_id=course_id, reason=body.reason
    )
    return _page(session, course_id)


@router.post("/courses/{course_id}/unpublish", response_model=CoursePublic)
def unpublish_course(course_id: Id, principal: CurrentUser, session: SessionDep) -> CoursePublic:
    """Owner or admin: take a published course back to draft."""
    service.unpublish_course(
        session=session, actor_id=principal.id, actor_roles=principal.roles, course_id=course_id
    )
    return _page(session, course_id)


@router.post("/courses/{course_id}/thumbnail", response_model=CoursePublic)
def upload_thumbnail(
    course_id: Id,
    principal: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="a JPEG, PNG or WebP image, at most 5 MB")],
) -> CoursePublic:
    """Owner or admin: set the course image (resized to 750x422 JPEG)."""
    service.set_course_thumbnail(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        course_id=course_id,
        upload=file.file,
    )
    return _page(session, course_id)


@router.get(
    "/thumbnails/{course_id}/{name}",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/webp": {}}}},
)
def get_thumbnail(course_id: Id, name: Annotated[str, Path(max_length=60)]) -> Response:
    """A course thumbnail (public; its address changes whenever the image does).

    `<id>.jpg` is the stored image; `<id>-320.webp`, `-480.webp`, `-750.webp` are WebP copies
    at the widths pages show."""
    data, media_type = service.read_thumbnail(course_id=course_id, name=name)
    return Response(
        content=data,
        media_type=media_type,
        headers={"Cache-Control": THUMBNAIL_CACHE_CONTROL},
    )


# ---- curriculum --------------------------------------------------------------------------------


@router.post(
    "/courses/{course_id}/sections",
    status_code=status.HTTP_201_CREATED,
    response_model=SectionDetail,
)
def add_section(
    course_id: Id, body: SectionCreate, principal: CurrentUser, session: SessionDep
) -> SectionDetail:
    """Owner or admin: add a section (`position` 0-based, default last)."""
    section = service.add_section(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        course_id=course_id,
        data=body,
    )
    return SectionDetail(id=int(section.id or 0), title=section.title, position=section.position)


@router.put("/courses/{course_id}/sections/order", response_model=list[SectionDetail])
def reorder_sections(
    course_id: Id, body: SectionOrder, principal: CurrentUser, session: SessionDep
) -> list[SectionDetail]:
    """Owner or admin: put every section of the course in the given order."""
    service.reorder_sections(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        course_id=course_id,
        section_ids=body.section_ids,
    )
    return service.get_curriculum(session=session, course_id=course_id)


@router.patch("/sections/{section_id}", response_model=SectionDetail)
def update_section(
    section_id: Id, body: SectionUpdate, principal: CurrentUser, session: SessionDep
) -> SectionDetail:
    """Owner or admin: rename or move a section."""
    section = service.update_section(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        section_id=section_id,
        data=body,
    )
    curriculum = service.get_curriculum(session=session, course_id=section.course_id)
    return next(s for s in curriculum if s.id == section_id)


@router.delete("/sections/{section_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_section(section_id: Id, principal: CurrentUser, session: SessionDep) -> Response:
    """Owner or admin: delete a section with its lectures."""
    service.delete_section(
        session=session, actor_id=principal.id, actor_roles=principal.roles, section_id=section_id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/sections/{section_id}/lectures",
    status_code=status.HTTP_201_CREATED,
    response_model=LectureDetail,
)
def add_lecture(
    section_id: Id, body: LectureCreate, principal: CurrentUser, session: SessionDep
) -> LectureDetail:
    """Owner or admin: add a lecture to a section (`position` 0-based, default last)."""
    lecture = service.add_lecture(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        section_id=section_id,
        data=body,
    )
    return LectureDetail.model_validate(lecture, from_attributes=True)


@router.put("/sections/{section_id}/lectures/order", response_model=list[LectureDetail])
def reorder_lectures(
    section_id: Id, body: LectureOrder, principal: CurrentUser, session: SessionDep
) -> list[LectureDetail]:
    """Owner or admin: put every lecture of the section in the given order."""
    lectures = service.reorder_lectures(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        section_id=section_id,
        lecture_ids=body.lecture_ids,
    )
    return [LectureDetail.model_validate(x, from_attributes=True) for x in lectures]


@router.patch("/lectures/{lecture_id}", response_model=LectureDetail)
def update_lecture(
    lecture_id: Id, body: LectureUpdate, principal: CurrentUser, session: SessionDep
) -> LectureDetail:
    """Owner or admin: rename, toggle preview, or move a lecture within the course."""
    lecture = service.update_lecture(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        lecture_id=lecture_id,
        data=body,
    )
    return LectureDetail.model_validate(lecture, from_attributes=True)


@router.delete("/lectures/{lecture_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_lecture(lecture_id: Id, principal: CurrentUser, session: SessionDep) -> Response:
    """Owner or admin: delete a lecture."""
    service.delete_lecture(
        session=session, actor_id=principal.id, actor_roles=principal.roles, lecture_id=lecture_id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# ---- categories and tags with course figures (taxonomy itself knows nothing of courses) -------


@router.get("/categories", response_model=list[CategoryNode], tags=["taxonomy"])
async def list_categories(request: Request) -> Response:
    """The category tree; course_count counts published courses including sub-categories.

    Answers carry an `ETag` and `Last-Modified`; a conditional request gets 304 when current.
    """
    found = read_cache.lookup(service.CATEGORY_TREE_KEY, read_cache.list_generations())
    if found is None:
        found = await run_in_threadpool(_category_tree_body)
    return json_answer(request.headers, found)


def _category_tree_body() -> CachedBody:
    with db.read_session() as session:
        return service.category_tree_body(session=session)


@router.delete(
    "/categories/{category_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["taxonomy"]
)
def delete_category(category_id: Id, principal: AdminUser, session: SessionDep) -> Response:
    """Admin: delete a category and its sub-categories; 409 while any of them has courses."""
    service.delete_category(session=session, actor_roles=principal.roles, category_id=category_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/tags", response_model=list[TagPublic], tags=["taxonomy"])
def list_tags(
    session: SessionDep,
    q: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> list[TagPublic]:
    """Tags starting with `q`, most used first, with their published course counts."""
    return service.suggest_tags(session=session, prefix=q, limit=limit)


@router.patch("/tags/{tag_id}", response_model=TagPublic, tags=["taxonomy"])
def rename_tag(tag_id: Id, body: TagRename, principal: AdminUser, session: SessionDep) -> TagPublic:
    """Admin: rename a tag (409 if the name is taken: merge instead)."""
    return service.rename_tag(
        session=session, actor_roles=principal.roles, tag_id=tag_id, name=body.name
    )


@router.post("/tags/{tag_id}/merge", response_model=TagPublic, tags=["taxonomy"])
def merge_tag(tag_id: Id, body: TagMerge, principal: AdminUser, session: SessionDep) -> TagPublic:
    """Admin: merge this tag into `into_tag_id`; returns the tag that remains."""
    return service.merge_tags(
        session=session,
        actor_roles=principal.roles,
        source_tag_id=tag_id,
        target_tag_id=body.into_tag_id,
    )
