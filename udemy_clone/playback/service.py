"""The playback domain's API: who may watch a lecture, signed HLS URLs, and learner progress.

Other domains call `watch_seconds_by_course` / `daily_watch_seconds` (stats). Functions are
keyword-only and never commit.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import Course, LectureContext, LectureDetail
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import (
    Conflict,
    DomainError,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
)
from udemy_clone.media import service as media_service
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import certificates, delivery, hls
from udemy_clone.playback.certificates import (  # noqa: F401  (re-exported use cases)
    get_certificate,
    issue_certificate,
    my_certificates,
    revoke_refunded_certificates,
)
from udemy_clone.playback.learning_models import Certificate
from udemy_clone.playback.library import (  # My learning's use cases, re-exported
    add_to_list as add_to_list,
)
from udemy_clone.playback.library import (
    archive_course as archive_course,
)
from udemy_clone.playback.library import (
    create_list as create_list,
)
from udemy_clone.playback.library import (
    delete_list as delete_list,
)
from udemy_clone.playback.library import (
    forget_student as forget_student,
)
from udemy_clone.playback.library import (
    learning_courses as learning_courses,
)
from udemy_clone.playback.library import (
    my_learning as my_learning,
)
from udemy_clone.playback.library import (
    my_lists as my_lists,
)
from udemy_clone.playback.library import (
    remove_from_list as remove_from_list,
)
from udemy_clone.playback.library import (
    rename_list as rename_list,
)
from udemy_clone.playback.library import (
    unarchive_course as unarchive_course,
)
from udemy_clone.playback.models import (
    CourseProgress,
    DailyWatchTime,
    LectureProgress,
    MyCourse,
    PlaybackGrant,
    PlayerLecture,
    PlayerSection,
    PlayerView,
    ProgressResult,
)
from udemy_clone.playback.notes import (  # noqa: F401  (re-exported use cases)
    add_note,
    can_write_notes,
    delete_note,
    list_notes,
    notes_markdown,
    notes_of_user,
    update_note,
)
from udemy_clone.playback.search_links import (  # noqa: F401  (re-exported use case)
    lecture_links_for_viewer as lecture_links_for_viewer,
)
from udemy_clone.playback.watch_stats import (  # noqa: F401  (figures for the stats domain, re-exported)
    CourseWatchDay,
    LectureReach,
    active_learners_for_day,
    completed_lecture_counts,
    daily_watch_seconds,
    learners_who_completed,
    lecture_reach,
    watch_seconds_by_course,
    watch_seconds_for_day,
)

PUBLISHED = "published"
COMPLETION_RATIO = 0.9
# Heartbeats report positions from the player's clock; the stored duration is the ladder's.
POSITION_SLACK_SECONDS = 1.5
# Watching cannot outpace the wall clock by more than the fastest playback speed.
MAX_PLAYBACK_RATE = 2.0
WALL_CLOCK_SLACK_SECONDS = 3.0
ENROLL_MESSAGE = "Enroll in this course to watch this lecture."
SIGN_IN_MESSAGE = "Sign in to watch this lecture (enrolled students only)."
NO_VIDEO_MESSAGE = "This lecture has no video yet. Check back soon."


@dataclass(frozen=True)
class LectureAccess:
    """Whether a viewer may watch a lecture, and why."""

    context: LectureContext
    allowed: bool
    reason: str  # owner | admin | enrolled | preview | "" when refused


def lecture_access(
    *, session: Session, lecture_id: int, user_id: int | None, roles: Sequence[str] = ()
) -> LectureAccess:
    """Enrolled students, the course's instructor, admins; anyone for a published preview."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    if user_id and context.owner_id == user_id:
        return LectureAccess(context, True, "owner")
    if "admin" in roles and user_id:
        return LectureAccess(context, True, "admin")
    if user_id and orders_service.is_enrolled(
        session=session, user_id=user_id, course_id=context.course_id
    ):
        return LectureAccess(context, True, "enrolled")
    if context.is_preview and context.status == PUBLISHED:
        return LectureAccess(context, True, "preview")
    return LectureAccess(context, False, "")


def check_can_watch(
    *, session: Session, lecture_id: int, user_id: int | None, roles: Sequence[str] = ()
) -> LectureContext:
    """The lecture's context when the viewer may watch it; PermissionDenied otherwise."""
    access = lecture_access(session=session, lecture_id=lecture_id, user_id=user_id, roles=roles)
    if not access.allowed:
        raise PermissionDenied(ENROLL_MESSAGE, code="not_enrolled")
    return access.context


def issue_playback_url(
    *,
    session: Session,
    lecture_id: int,
    user_id: int | None,
    roles: Sequence[str] = (),
    absolute: bool = True,
) -> PlaybackGrant:
    """A signed master playlist URL for this viewer and lecture, valid for the configured TTL."""
    access = lecture_access(session=session, lecture_id=lecture_id, user_id=user_id, roles=roles)
    if not access.allowed:
        if not user_id:  # a visitor: signing in may be all it takes (401 tells clients so)
            raise NotAuthenticated(SIGN_IN_MESSAGE, code="not_authenticated")
        raise PermissionDenied(ENROLL_MESSAGE, code="not_enrolled")
    context = access.context
    video = media_service.playable_video(session=session, video_id=context.video_id)
    if video is None or video.id is None:
        raise Conflict(NO_VIDEO_MESSAGE, code="video_not_ready")
    settings = get_settings()
    expires = int(time.time()) + int(settings.playback_url_ttl_seconds)
    token = hls.make_token(
        user_id=user_id or 0, lecture_id=lecture_id, video_id=video.id, expires_at=expires
    )
    path = f"{hls.video_path(lecture_id, video.id)}?{hls.TOKEN_QUERY}={token}"
    url = settings.public_url.rstrip("/") + path if absolute else path
    return PlaybackGrant(url=url, expires_at=datetime.fromtimestamp(expires, tz=UTC))


@dataclass(frozen=True)
class HlsFile:
    """A file of a video's HLS folder the viewer may fetch."""

    key: str
    is_playlist: bool
    token: str
    expires_at: int = 0  # the token's expiry (epoch seconds)


def authorise_hls_file(
    *, session: Session, lecture_id: int, video_id: int, file_path: str, token: str | None
) -> HlsFile:
    """Check a request for one HLS file against its token (403) and name (404).

    The master playlist also re-checks that the viewer may still watch (a refund or an
    unpublished preview ends playback at the next load); the rest rely on the token alone.
    """
    claim = hls.verify_token(token, lecture_id=lecture_id, video_id=video_id)
    hls.check_file_path(file_path)
    if file_path == hls.MASTER_PLAYLIST:
        roles: list[str] = []
        if claim.user_id:
            roles = ["admin"] if _is_admin(session, claim.user_id) else []
        check_can_watch(
            session=session,
            lecture_id=lecture_id,
            user_id=claim.user_id or None,
            roles=roles,
        )
    return HlsFile(
        key=f"{media_service.hls_prefix(video_id)}/{file_path}",
        is_playlist=file_path.endswith(".m3u8"),
        token=token or "",
        expires_at=claim.expires_at,
    )


def authorise_hls_segment(
    *, lecture_id: int, video_id: int, file_path: str, token: str | None
) -> HlsFile:
    """Check a request for a variant playlist or segment against its token alone (no database)."""
    claim = hls.verify_token(token, lecture_id=lecture_id, video_id=video_id)
    hls.check_file_path(file_path)
    return HlsFile(
        key=f"{media_service.hls_prefix(video_id)}/{file_path}",
        is_playlist=file_path.endswith(".m3u8"),
        token=token or "",
        expires_at=claim.expires_at,
    )


def _is_admin(session: Session, user_id: int) -> bool:
    return "admin" in auth_service.get_roles(session=session, user_id=user_id)


def signed_playlist(
    *,
    text: str,
    token: str,
    lecture_id: int,
    video_id: int,
    file_path: str,
    token_expires_at: int | None = None,
) -> str:
    """A stored playlist rewritten so each URI carries the token, or, for the segments of a
    media playlist, their direct presigned or CDN-signed URL (see `playback.delivery`)."""
    if file_path == hls.MASTER_PLAYLIST:
        return hls.rewrite_playlist(text, token)
    folder = file_path.rsplit("/", 1)[0]
    expires_at = token_expires_at
    if expires_at is None:
        expires_at = hls.verify_token(token, lecture_id=lecture_id, video_id=video_id).expires_at
    window = delivery.signing_window(
        now=delivery.now(), play_seconds=hls.playlist_seconds(text), token_expires_at=expires_at
    )
    segment_url = delivery.direct_segment_urls(video_id=video_id, folder=folder, window=window)
    if segment_url is not None:
        direct = segment_url
        return delivery.signed_once_per_window(
            f"{media_service.hls_prefix(video_id)}/{file_path}",
            window,
            lambda: hls.rewrite_playlist(text, token, segment_url=direct),
        )
    cdn = get_settings().cdn_base_url
    segment_base = None
    if cdn:  # a CDN pulling from the gateway: segments keep their token
        segment_base = cdn.rstrip("/") + hls.video_path(lecture_id, video_id, folder)
    return hls.rewrite_playlist(text, token, segment_base=segment_base)


# ---- progress ------------------------------------------------------------------------------


def _progress_row(session: Session, *, user_id: int, lecture_id: int, course_id: int):  # type: ignore[no-untyped-def]
    """The learner's row for the lecture, created if missing and locked for this update."""
    db.insert_ignoring_duplicates(
        session,
        LectureProgress,
        [
            {
                "user_id": user_id,
                "lecture_id": lecture_id,
                "course_id": course_id,
                "updated_at": utcnow(),
            }
        ],
        conflict=("user_id", "lecture_id"),
    )
    statement = select(LectureProgress).where(
        col(LectureProgress.user_id) == user_id, col(LectureProgress.lecture_id) == lecture_id
    )
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    return session.exec(statement.execution_options(populate_existing=True)).one()


def _add_daily_seconds(
    session: Session, *, user_id: int, lecture_id: int, course_id: int, day: date, seconds: float
) -> None:
    statement = db.dialect_insert(session, DailyWatchTime).values(
        user_id=user_id, lecture_id=lecture_id, day=day, course_id=course_id, seconds=seconds
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id", "lecture_id", "day"],
            set_={"seconds": DailyWatchTime.__table__.c.seconds + seconds},  # type: ignore[attr-defined]
        )
    )


def record_heartbeat(
    *,
    session: Session,
    user_id: int,
    roles: Sequence[str] = (),
    lecture_id: int,
    position_seconds: float,
    watched_seconds: float,
) -> ProgressResult:
    """Record a player heartbeat: the resume position, watch time, completion at 90 %."""
    for name, value in (
        ("position_seconds", position_seconds),
        ("watched_seconds", watched_seconds),
    ):
        if not math.isfinite(value) or value < 0:
            raise InvalidInput(f"{name} must be a number of seconds, 0 or more.", field=name)
    context = check_can_watch(session=session, lecture_id=lecture_id, user_id=user_id, roles=roles)
    video = media_service.playable_video(session=session, video_id=context.video_id)
    if video is None:
        raise Conflict(NO_VIDEO_MESSAGE, code="video_not_ready")
    duration = float(video.duration_seconds)
    if position_seconds > duration + POSITION_SLACK_SECONDS:
        raise InvalidInput(
            f"The position is past the end of this {duration:.0f}-second lecture.",
            field="position_seconds",
        )
    if watched_seconds > duration + POSITION_SLACK_SECONDS:
        raise InvalidInput(
            f"More seconds watched than this {duration:.0f}-second lecture lasts.",
            field="watched_seconds",
        )
    now = utcnow()
    row = _progress_row(
        session, user_id=user_id, lecture_id=lecture_id, course_id=context.course_id
    )
    credited = watched_seconds
    if row.last_beat_at is not None:
        # Beats sent faster than playback could run (a script, two tabs) earn no extra time.
        elapsed = max(0.0, (now - as_utc(row.last_beat_at)).total_seconds())
        credited = min(credited, elapsed * MAX_PLAYBACK_RATE + WALL_CLOCK_SLACK_SECONDS)
    row.course_id = context.course_id
    row.position_seconds = min(position_seconds, duration)
    row.watched_seconds = row.watched_seconds + credited
    row.last_beat_at = now
    row.updated_at = now
    newly_completed = (
        not row.completed
        and duration > 0
        and (min(row.watched_seconds, duration) >= COMPLETION_RATIO * duration)
    )
    if newly_completed:
        row.completed = True
        row.completed_at = now
    session.add(row)
    if credited > 0:
        _add_daily_seconds(
            session,
            user_id=user_id,
            lecture_id=lecture_id,
            course_id=context.course_id,
            day=now.date(),
            seconds=credited,
        )
    session.flush()
    if newly_completed:
        issue_certificate_if_complete(session=session, user_id=user_id, course_id=context.course_id)
    return ProgressResult(
        completed=row.completed,
        position_seconds=row.position_seconds,
        watched_seconds=round(row.watched_seconds, 3),
    )


def mark_lecture_complete(
    *, session: Session, user_id: int, lecture_id: int, course_id: int
) -> bool:
    """Record a lecture as completed (a submitted quiz); True when it was not before."""
    now = utcnow()
    row = _progress_row(session, user_id=user_id, lecture_id=lecture_id, course_id=course_id)
    newly_completed = not row.completed
    row.course_id = course_id
    row.updated_at = now
    if newly_completed:
        row.completed = True
        row.completed_at = now
    session.add(row)
    session.flush()
    if newly_completed:
        issue_certificate_if_complete(session=session, user_id=user_id, course_id=course_id)
    return newly_completed


def issue_certificate_if_complete(
    *, session: Session, user_id: int, course_id: int
) -> Certificate | None:
    """The student's certificate once every lecture of the course is complete (idempotent)."""
    if course_progress(session=session, user_id=user_id, course_id=course_id).percent < 100:
        return None
    return certificates.issue_certificate(session=session, user_id=user_id, course_id=course_id)


def set_lecture_completed(
    *, session: Session, user_id: int, course_id: int, lecture_id: int, completed: bool
) -> CourseProgress:
    """An enrolled student ticks a lecture of the course complete, or unticks it.

    Ticking the last lecture issues the certificate as watching it would; unticking lowers the
    progress (a certificate already issued stays: it certifies a completion that happened).
    """
    try:
        context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    except NotFound:
        context = None
    if context is None or context.course_id != course_id:
        raise NotFound("This lecture is not part of this course.", code="lecture_not_found")
    if not orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id):
        raise PermissionDenied(
            "Only students enrolled in this course can track their progress.",
            code="not_enrolled",
        )
    if not context.video_ready:
        raise Conflict(NO_VIDEO_MESSAGE, code="video_not_ready")
    row = _progress_row(session, user_id=user_id, lecture_id=lecture_id, course_id=course_id)
    changed = row.completed != completed
    if changed:
        row.completed = completed
        row.completed_at = utcnow() if completed else None
        session.add(row)
        session.flush()
    if changed and completed:
        issue_certificate_if_complete(session=session, user_id=user_id, course_id=course_id)
    return course_progress(session=session, user_id=user_id, course_id=course_id)


def resume_position(*, session: Session, user_id: int, lecture_id: int) -> float:
    """Where the learner left the lecture (0 when never watched)."""
    row = session.get(LectureProgress, (user_id, lecture_id))
    if row is None:
        return 0.0
    return float(row.position_seconds)


def _playable_lectures(session: Session, course_id: int) -> list[LectureDetail]:
    return [
        lecture
        for section in catalog_service.get_curriculum(session=session, course_id=course_id)
        for lecture in section.lectures
        if lecture.has_content
    ]


def course_progress(*, session: Session, user_id: int, course_id: int) -> CourseProgress:
    """Completed lectures, percent done and where to resume in a course."""
    lectures = _playable_lectures(session, course_id)
    lecture_ids = {lecture.id for lecture in lectures}
    rows = list(
        session.exec(
            select(LectureProgress).where(
                col(LectureProgress.user_id) == user_id,
                col(LectureProgress.course_id) == course_id,
            )
        )
    )
    rows = [row for row in rows if row.lecture_id in lecture_ids]
    completed = sorted(row.lecture_id for row in rows if row.completed)
    last = max(rows, key=lambda row: as_utc(row.updated_at), default=None)
    return CourseProgress(
        completed_lectures=completed,
        percent=_percent(len(completed), len(lecture_ids)),
        last_lecture_id=last.lecture_id if last else None,
        last_position_seconds=float(last.position_seconds) if last else 0.0,
    )


def _percent(done: int, total: int) -> int:
    # Rounded down, so 100 means every lecture is complete.
    return 0 if total == 0 else min(100, done * 100 // total)


def completed_lecture_ids(*, session: Session, user_id: int, course_id: int) -> list[int]:
    """The lectures of a course the learner has completed (player sidebar)."""
    return course_progress(session=session, user_id=user_id, course_id=course_id).completed_lectures


def course_progress_percent(*, session: Session, user_id: int, course_id: int) -> int:
    """How much of a course the learner completed, 0-100 (lectures with a video count)."""
    return course_progress(session=session, user_id=user_id, course_id=course_id).percent


def course_progress_percents(
    *, session: Session, user_id: int, course_ids: Sequence[int]
) -> dict[int, int]:
    """`course_progress_percent` for several courses ("My courses")."""
    return {
        course_id: course_progress_percent(session=session, user_id=user_id, course_id=course_id)
        for course_id in course_ids
    }


def my_courses(*, session: Session, user_id: int) -> list[MyCourse]:
    """The user's courses for "My courses": card, enrollment date and progress."""
    enrollments = orders_service.list_enrollments(session=session, user_id=user_id)
    courses: list[Course] = []
    enrolled_at: dict[int, datetime] = {}
    for enrollment in enrollments:
        try:
            courses.append(
                catalog_service.get_course(session=session, course_id=enrollment.course_id)
            )
        except NotFound:
            continue
        enrolled_at[enrollment.course_id] = as_utc(enrollment.created_at)
    summaries = catalog_service.to_summaries(session=session, courses=courses)
    return [
        MyCourse(
            course_id=s.id,
            slug=s.slug,
            title=s.title,
            instructor_name=s.instructor.full_name,
            thumbnail_url=s.thumbnail_url,
            enrolled_at=enrolled_at[s.id],
            progress_percent=_progress_or_zero(session, user_id=user_id, course_id=s.id),
        )
        for s in summaries
    ]


def _progress_or_zero(session: Session, *, user_id: int, course_id: int) -> int:
    try:
        value = course_progress_percent(session=session, user_id=user_id, course_id=course_id)
    except DomainError:
        return 0
    return max(0, min(100, round(float(value or 0))))


# ---- the player page ---------------------------------------------------------------------------

# A resume point this close to the end starts the lecture over.
RESTART_NEAR_END_SECONDS = 5.0


def player_view(
    *,
    session: Session,
    course_slug: str,
    lecture_id: int,
    user_id: int | None,
    roles: Sequence[str] = (),
) -> PlayerView:
    """The player page of one lecture: curriculum, access, signed URL, resume point."""
    course = catalog_service.find_course(session=session, id_or_slug=course_slug)
    if not catalog_service.can_view(course, viewer_id=user_id, viewer_roles=roles):
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    assert course.id is not None
    curriculum = catalog_service.get_curriculum(session=session, course_id=course.id)
    ordered = [lecture for section in curriculum for lecture in section.lectures]
    current = next((lecture for lecture in ordered if lecture.id == lecture_id), None)
    if current is None:
        raise NotFound("This lecture is not part of this course.", code="lecture_not_found")
    index = ordered.index(current)
    blocked, url, start = "", None, 0.0
    if current.kind == "quiz":  # quizzes: enrolled students, the instructor, admins; no preview
        access = lecture_access(
            session=session, lecture_id=lecture_id, user_id=user_id, roles=roles
        )
        if not user_id or not access.allowed or access.reason == "preview":
            blocked = "enroll"
    else:
        try:
            grant = issue_playback_url(
                session=session, lecture_id=lecture_id, user_id=user_id, roles=roles, absolute=False
            )
            url = grant.url
        except (NotAuthenticated, PermissionDenied):  # a visitor, or signed in but not enrolled
            blocked = "enroll"
        except Conflict:
            blocked = "no_video"
    completed: list[int] = []
    percent = 0
    enrolled = bool(user_id) and orders_service.is_enrolled(
        session=session, user_id=user_id or 0, course_id=course.id
    )
    if user_id:
        progress = course_progress(session=session, user_id=user_id, course_id=course.id)
        completed, percent = progress.completed_lectures, progress.percent
        start = resume_position(session=session, user_id=user_id, lecture_id=lecture_id)
        if start >= current.duration_seconds - RESTART_NEAR_END_SECONDS:
            start = 0.0
    return PlayerView(
        course_id=course.id,
        course_slug=course.slug,
        course_title=course.title,
        lecture_id=lecture_id,
        lecture_title=current.title,
        sections=[
            PlayerSection(
                id=section.id,
                title=section.title,
                lectures=[
                    PlayerLecture(
                        id=lecture.id,
                        title=lecture.title,
                        duration_seconds=lecture.duration_seconds,
                        is_preview=lecture.is_preview,
                        playable=lecture.has_content,
                        kind=lecture.kind,
                        question_count=lecture.question_count,
                    )
                    for lecture in section.lectures
                ],
            )
            for section in curriculum
        ],
        blocked=blocked,
        playback_url=url,
        start_position=start,
        completed_lecture_ids=completed,
        percent=percent,
        previous_lecture_id=ordered[index - 1].id if index > 0 else None,
        next_lecture_id=ordered[index + 1].id if index + 1 < len(ordered) else None,
        enrolled=enrolled,
        lecture_kind=current.kind,
    )


def lecture_to_resume(*, session: Session, course_slug: str, user_id: int | None) -> int | None:
    """The lecture a learner continues with: the last one watched, else the first with video."""
    try:
        course = catalog_service.find_course(session=session, id_or_slug=course_slug)
    except DomainError:
        return None
    assert course.id is not None
    if user_id:
        last = course_progress(session=session, user_id=user_id, course_id=course.id)
        if last.last_lecture_id is not None:
            return last.last_lecture_id
    lectures = _playable_lectures(session, course.id)
    return lectures[0].id if lectures else None
