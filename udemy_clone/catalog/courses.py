"""Writing courses: create and edit, the review workflow (submit, publish, reject), thumbnails."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import BinaryIO

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from udemy_clone.catalog import publishing, read_cache, thumbnails
from udemy_clone.catalog.browse import build_course_page
from udemy_clone.catalog.course_records import (
    get_course,
    is_admin,
    keeps_its_address,
    mark_course_changed,
    owned_course,
    slug_for_title,
)
from udemy_clone.catalog.curriculum import get_curriculum
from udemy_clone.catalog.events import (
    CourseChanged,
    CoursePublished,
    CourseRejected,
    CourseSubmitted,
)
from udemy_clone.catalog.models import (
    Course,
    CourseCreate,
    CourseEditorView,
    CourseStatus,
    CourseTag,
    CourseUpdate,
    Lecture,
    Section,
)
from udemy_clone.core import db, outbox, storage
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from udemy_clone.taxonomy import service as taxonomy_service


def submit_blocker(*, session: Session, course_id: int) -> str | None:
    """Why the course cannot go to review yet, as a sentence; None when it can."""
    course = get_course(session=session, course_id=course_id)
    missing = publishing.missing_items(session=session, course=course)
    return f"{missing[0].label}: {missing[0].detail}" if missing else None


def ensure_thumbnail(*, session: Session, course: Course) -> None:
    """A course without an uploaded image gets one drawn from its title."""
    if not course.thumbnail_key:
        store_thumbnail(
            session=session, course=course, jpeg=thumbnails.render_placeholder(course.title)
        )


def get_course_for_editor(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], course_id: int
) -> CourseEditorView:
    """The course editor's load: the page, the curriculum with video state, the workflow."""
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    blocker = submit_blocker(session=session, course_id=course_id)
    return CourseEditorView(
        course=build_course_page(session=session, course=course),
        category_id=course.category_id,
        curriculum=get_curriculum(session=session, course_id=course_id),
        can_submit=course.status == CourseStatus.draft.value and blocker is None,
        submit_blocker=blocker if course.status == CourseStatus.draft.value else None,
        checklist=publishing.publishing_checklist(session=session, course=course),
        slug_locked=keeps_its_address(course),
    )


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
    if "instructor" not in owner_roles and not is_admin(owner_roles):
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
    """Owner or admin: change the listing; a published course stays published (reindexed).

    `regenerate_slug` makes the slug follow the title only while the course was never
    published (409 `slug_locked` after that); a title change alone never moves the slug.
    """
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    if data.regenerate_slug and keeps_its_address(course):
        raise Conflict(
            "This course has been published, so its address stays the same and links to it "
            "keep working; change the title without asking for a new address.",
            code="slug_locked",
        )
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
    mark_course_changed(session, course)
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
    publishing.refuse_unless_complete(session=session, course=course)
    ensure_thumbnail(session=session, course=course)
    course.status = CourseStatus.in_review.value
    course.submitted_at = utcnow()
    course.rejection_reason = None
    mark_course_changed(session, course)
    outbox.emit(session, CourseSubmitted(course_id=course_id))
    return course


def publish_course(*, session: Session, actor_roles: Sequence[str], course_id: int) -> Course:
    """Admin: approve a course in review; it becomes public and searchable."""
    if not is_admin(actor_roles):
        raise PermissionDenied("Only admins can publish courses.")
    course = get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.in_review.value:
        raise Conflict(
            "Only a course in review can be published; ask the instructor to submit it first.",
            code="invalid_status",
        )
    publishing.refuse_unless_complete(session=session, course=course)
    ensure_thumbnail(session=session, course=course)
    course.status = CourseStatus.published.value
    course.rejection_reason = None
    if course.published_at is None:
        course.published_at = utcnow()
    mark_course_changed(session, course)
    outbox.emit(session, CoursePublished(course_id=course_id))
    return course


def reject_course(
    *, session: Session, actor_roles: Sequence[str], course_id: int, reason: str
) -> Course:
    """Admin: send a course in review back to draft with a reason its instructor sees."""
    if not is_admin(actor_roles):
        raise PermissionDenied("Only admins can reject courses.")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("Say why the course is rejected.", field="reason")
    course = get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.in_review.value:
        raise Conflict("Only a course in review can be rejected.", code="invalid_status")
    course.status = CourseStatus.draft.value
    course.rejection_reason = reason
    mark_course_changed(session, course)
    outbox.emit(session, CourseRejected(course_id=course_id, reason=reason))
    return course


def unpublish_course(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], course_id: int
) -> Course:
    """Owner or admin: take a published course back to draft (it leaves the search index)."""
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    if course.status != CourseStatus.published.value:
        raise Conflict("Only a published course can be unpublished.", code="invalid_status")
    course.status = CourseStatus.draft.value
    mark_course_changed(session, course, was_published=True)
    return course


def delete_course(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], course_id: int
) -> None:
    """Owner or admin: delete a course that is not published and has no students."""
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    if course.status == CourseStatus.published.value:
        raise Conflict("Unpublish the course before deleting it.", code="invalid_status")
    if course.enrollment_count > 0 or course.sales_count > 0:
        raise Conflict(
            "Students are enrolled in this course, so it cannot be deleted; keep it unpublished.",
            code="course_has_students",
        )
    old_key, slug = course.thumbnail_key, course.slug
    section_ids = list(session.exec(select(Section.id).where(col(Section.course_id) == course_id)))
    if section_ids:
        session.exec(delete(Lecture).where(col(Lecture.section_id).in_(section_ids)))
    session.exec(delete(Section).where(col(Section.course_id) == course_id))
    session.exec(delete(CourseTag).where(col(CourseTag.course_id) == course_id))
    session.delete(course)
    session.flush()
    outbox.emit(session, CourseChanged(course_id=course_id))
    read_cache.course_changed(session, course_id=course_id, slug=slug, listed=True)
    if old_key:
        db.after_commit(session, lambda: _delete_stored(old_key))


# ---- thumbnails --------------------------------------------------------------------------------


def _delete_stored(key: str) -> None:
    keys = [key]
    if key.endswith(".jpg"):  # its WebP copies go with it
        keys += [f"{key.removesuffix('.jpg')}-{width}.webp" for width in thumbnails.WEBP_WIDTHS]
    for stored in keys:
        try:
            storage.get_storage().delete(stored)
        except (storage.ObjectNotFound, FileNotFoundError):
            pass


def store_thumbnail(*, session: Session, course: Course, jpeg: bytes) -> str:
    """Store a rendered JPEG as the course's thumbnail (old one removed after commit)."""
    assert course.id is not None
    key = f"thumbnails/{course.id}/{secrets.token_hex(8)}.jpg"
    storage.get_storage().put_bytes(key, jpeg, content_type="image/jpeg")
    old_key = course.thumbnail_key
    course.thumbnail_key = key
    mark_course_changed(session, course)
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
    course = owned_course(session, course_id=course_id, actor_id=actor_id, actor_roles=actor_roles)
    jpeg = thumbnails.render_thumbnail(thumbnails.read_upload(upload))
    store_thumbnail(session=session, course=course, jpeg=jpeg)
    return course


def read_thumbnail(*, course_id: int, name: str) -> tuple[bytes, str]:
    """The bytes and media type of a stored thumbnail (404 when there is none).

    `<id>.jpg` is the stored JPEG; `<id>-<width>.webp` is a WebP copy at one of
    `WEBP_WIDTHS`, made from the JPEG on first request and stored beside it.
    """
    stem, dot, suffix = name.rpartition(".")
    width = 0
    if suffix == "webp" and "-" in stem:
        stem, _, wanted = stem.rpartition("-")
        width = int(wanted) if wanted.isdigit() else -1
    valid = (suffix == "jpg" and not width) or (
        suffix == "webp" and width in thumbnails.WEBP_WIDTHS
    )
    if not dot or not valid or not stem.isalnum() or len(name) > 60:
        raise NotFound("There is no such thumbnail.", code="thumbnail_not_found")
    store = storage.get_storage()
    jpeg_key = f"thumbnails/{course_id}/{stem}.jpg"
    try:
        if not width:
            return store.read_bytes(jpeg_key), "image/jpeg"
        webp_key = f"thumbnails/{course_id}/{stem}-{width}.webp"
        try:
            return store.read_bytes(webp_key), "image/webp"
        except (FileNotFoundError, storage.ObjectNotFound):
            webp = thumbnails.render_webp(store.read_bytes(jpeg_key), width)
            store.put_bytes(webp_key, webp, content_type="image/webp")
            return webp, "image/webp"
    except (FileNotFoundError, ValueError):
        raise NotFound("There is no such thumbnail.", code="thumbnail_not_found") from None
