"""The demo student's own history: a few purchases over the past weeks, some watching, a list.

Bought and watched through the orders and playback services with the clock set back
(`core.db.clock_at`), like the dashboards' history, so My learning, the purchase history and
the admin's orders show dates spread over the past weeks instead of all being today."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.media import service as media_service
from udemy_clone.orders import service as orders_service
from udemy_clone.playback.library import create_list
from udemy_clone.playback.service import record_heartbeat

log = get_logger(__name__)

DEMO_STUDENT_EMAIL = "student@example.com"
# (days ago, lectures watched: None = not started, -1 = every lecture with a video)
_PURCHASES = ((26, -1), (19, 2), (11, 1), (4, None))
DEMO_LIST_NAME = "Weekend projects"


def _moment(days_ago: int, hour: int) -> datetime:
    today = db.utcnow().date()
    return datetime.combine(today - timedelta(days=days_ago), time(hour), tzinfo=UTC)


def _playable(session: Session, course_id: int) -> list[tuple[int, float]]:
    """(lecture id, real video length) of the course's lectures that play."""
    result = []
    for section in catalog_service.get_curriculum(session=session, course_id=course_id):
        for lecture in section.lectures:
            video = media_service.playable_video(session=session, video_id=lecture.video_id)
            if lecture.video_ready and video is not None and video.duration_seconds:
                result.append((lecture.id, float(video.duration_seconds)))
    return result


def _watch(
    session: Session, *, user_id: int, lecture_id: int, seconds: float, start: datetime
) -> None:
    """Heartbeats as a player sends them, every 10 s of (simulated) playback."""
    position = 0.0
    while position < seconds:
        step = min(10.0, seconds - position)
        position += step
        with db.clock_at(start + timedelta(seconds=position)):
            record_heartbeat(
                session=session,
                user_id=user_id,
                lecture_id=lecture_id,
                position_seconds=position,
                watched_seconds=step,
            )


def seed_demo_student_learning() -> int:
    """Buy, watch and list a few courses as the demo student; returns the orders paid."""
    paid = 0
    with db.transaction() as session:
        student = auth_service.get_user_by_email(session=session, email=DEMO_STUDENT_EMAIL)
        if student is None or student.id is None:
            return 0
        owned = orders_service.enrolled_course_ids(session=session, user_id=student.id)
        candidates = [
            cid
            for cid in catalog_service.published_course_ids(session=session)
            if cid not in owned and _playable(session, cid)
        ]
        bought: list[int] = []
        for (days_ago, watched), course_id in zip(_PURCHASES, candidates, strict=False):
            with db.clock_at(_moment(days_ago, 9)):
                try:
                    order = orders_service.create_order(
                        session=session, user_id=student.id, course_ids=[course_id]
                    )
                    orders_service.fulfil_order(session=session, order_id=int(order.id or 0))
                except DomainError as exc:
                    log.warning("demo_student_order_skipped", reason=exc.message)
                    continue
            paid += 1
            bought.append(course_id)
            lectures = _playable(session, course_id)
            count = 0 if watched is None else (len(lectures) if watched < 0 else watched)
            for position, (lecture_id, duration) in enumerate(lectures[:count]):
                # a sitting a day after buying; the last lecture of a partial course half-way
                partial = watched != -1 and position == count - 1
                try:
                    _watch(
                        session,
                        user_id=student.id,
                        lecture_id=lecture_id,
                        seconds=duration / 2 if partial else duration,
                        start=_moment(max(0, days_ago - 1 - position), 20),
                    )
                except DomainError as exc:
                    log.warning("demo_student_watch_skipped", reason=exc.message)
                    break
        if len(bought) >= 2:
            create_list(
                session=session, user_id=student.id, name=DEMO_LIST_NAME, course_id=bought[-1]
            )
    return paid
