"""The course page's one-round-trip PostgreSQL read (`catalog.page_query`) answers exactly what
the ORM path (`build_course_page`, kept for SQLite) answers, byte for byte, on every course shape
the page shows, and it hides drafts as the ORM path does."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import TypeAdapter
from sqlalchemy import event, text, update
from sqlalchemy.engine import Engine
from sqlmodel import col

from tests.conftest import reload_settings
from tests.support.factories import make_category, make_course, make_published_course, make_user
from udemy_clone.catalog import api as catalog_api
from udemy_clone.catalog import browse, indexing, page_query, service
from udemy_clone.catalog.models import (
    MAX_ID,
    Course,
    CoursePublic,
    CourseSearch,
    CourseUpdate,
    Lecture,
    SectionCreate,
)
from udemy_clone.core import db as core_db
from udemy_clone.core.errors import NotFound

pytestmark = pytest.mark.parametrize("db_kind", ["postgresql"], indirect=True)

_PAGE: TypeAdapter[CoursePublic] = TypeAdapter(CoursePublic)


def _orm_body(course_id: int) -> bytes:
    with core_db.read_session() as session:
        course = service.get_course(session=session, course_id=course_id)
        return _PAGE.dump_json(service.build_course_page(session=session, course=course))


def _fast_body(id_or_slug: int | str) -> bytes:
    with core_db.read_session() as session:
        assert page_query.is_supported(session)
        row = page_query.course_page_row(session=session, id_or_slug=id_or_slug)
        assert row is not None
        return row.body


def _change(course_id: int, **values: Any) -> None:
    with core_db.transaction() as session:
        session.exec(update(Course).where(col(Course.id) == course_id).values(**values))  # type: ignore[call-overload]


def _assert_same_page(course_id: int) -> dict[str, Any]:
    orm = _orm_body(course_id)
    assert _fast_body(course_id) == orm
    page = CoursePublic.model_validate_json(orm)
    assert _fast_body(page.slug) == orm
    return page.model_dump()


def _edit(course: Any, **fields: Any) -> None:
    with core_db.transaction() as session:
        service.update_course(
            session=session,
            actor_id=int(course.owner_id),
            actor_roles=["instructor"],
            course_id=int(course.id),
            data=CourseUpdate(**fields),
        )


def test_a_bare_course_without_sections_tags_ratings_or_badges(db: object) -> None:
    course = make_course(sections=0)
    # The publishing checklist wants a curriculum; a course published before it had one shows so.
    _change(int(course.id), status="published", published_at=datetime.now(UTC))
    page = _assert_same_page(int(course.id))
    assert page["sections"] == [] and page["tags"] == [] and page["badges"] == []
    assert page["lecture_count"] == 0 and page["rating"]["average"] == 0.0


def test_a_full_course_in_a_nested_category(db: object) -> None:
    root = make_category(name="Development")
    middle = make_category(name="Web «Dev»", parent_id=int(root.id))
    leaf = make_category(name="Front end", parent_id=int(middle.id))
    owner = make_user(role="instructor", full_name='Zoë "the teacher" Ödegaard')
    course = make_course(
        owner=owner, category_id=int(leaf.id), sections=3, lectures_per_section=3,
        lecture_seconds=421, price_cents=4999,
    )  # fmt: skip
    _edit(course, tags=["zeta", "Alpha", "émile", "Beta"], subtitle='Quotes " and \\ slashes')
    with core_db.transaction() as session:
        # An empty section between full ones, and a quiz lecture with questions.
        service.add_section(
            session=session, actor_id=int(owner.id), actor_roles=[], course_id=int(course.id),
            data=SectionCreate(title="Coming soon"),
        )  # fmt: skip
        first = session.exec(
            Lecture.__table__.select().order_by(col(Lecture.id)).limit(1)  # type: ignore[attr-defined]
        ).first()
        session.exec(
            update(Lecture)  # type: ignore[call-overload]
            .where(col(Lecture.id) == first.id)
            .values(kind="quiz", question_count=3, duration_seconds=0)
        )
    # Ratings whose mean rounds differently in Python and in SQL (17 / 4 = 4.25 -> 4.2), a
    # thumbnail, control and line-separator characters, a timestamp without microseconds.
    _change(
        int(course.id),
        status="published", rating_count=4, rating_sum=17, rating_4=3, rating_5=1,
        enrollment_count=12,
        thumbnail_key=f"thumbnails/{course.id}/abc.jpg",
        description="Line one\nline\ttwo \x01 \u2028 \U0001f600 <b>&</b>",
        published_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )  # fmt: skip
    with core_db.transaction() as session:
        service.replace_course_badges(
            session=session, awards={int(course.id): {"highest_rated": 1, "bestseller": 2}}
        )
    page = _assert_same_page(int(course.id))
    assert [c["name"] for c in page["category"]["path"]] == [
        "Development",
        "Web «Dev»",
        "Front end",
    ]
    assert page["tags"] == ["Alpha", "Beta", "zeta", "émile"]
    assert [len(s["lectures"]) for s in page["sections"]] == [3, 3, 3, 0]
    assert page["sections"][0]["lectures"][0]["kind"] == "quiz"
    assert [lecture["is_preview"] for lecture in page["sections"][1]["lectures"]] == [
        True, False, False,
    ]  # fmt: skip
    assert page["badges"] == ["bestseller", "highest_rated"]
    assert page["rating"] == {
        "average": 4.2, "count": 4, "distribution": {"1": 0, "2": 0, "3": 0, "4": 3, "5": 1},
    }  # fmt: skip
    assert page["thumbnail_url"] is not None and page["lecture_count"] == 9


def test_drafts_and_rejected_courses_are_hidden_as_before(db: object) -> None:
    draft = make_course(sections=2, lectures_per_section=0)
    rejected = make_course()
    with core_db.transaction() as session:
        service.submit_course(
            session=session, actor_id=int(rejected.owner_id), course_id=int(rejected.id)
        )
        service.reject_course(
            session=session, actor_roles=["admin"], course_id=int(rejected.id),
            reason="Add a \"why\" to the intro.",
        )  # fmt: skip
    for course in (draft, rejected):
        orm = _assert_same_page(int(course.id))
        assert orm["published_at"] is None
        with core_db.read_session() as session:
            with pytest.raises(NotFound):
                service.course_page_body(session=session, id_or_slug=str(course.id))
            with pytest.raises(NotFound):
                service.course_page_body(
                    session=session, id_or_slug=str(course.id), viewer_id=int(course.owner_id) + 1
                )
            body, public = service.course_page_body(
                session=session, id_or_slug=course.slug, viewer_id=int(course.owner_id)
            )
            assert (body.body, public) == (_orm_body(int(course.id)), False)
            body, public = service.course_page_body(
                session=session, id_or_slug=str(course.id), viewer_roles=["admin"]
            )
            assert (body.body, public) == (_orm_body(int(course.id)), False)
    assert _assert_same_page(int(rejected.id))["rejection_reason"] == 'Add a "why" to the intro.'


def test_the_route_serves_the_fast_body_and_unknown_courses_are_404(db: object) -> None:
    course = make_published_course(sections=2, lectures_per_section=2)
    with core_db.read_session() as session:
        body, public = service.course_page_body(session=session, id_or_slug=str(course.id))
        assert public and body.body == _orm_body(int(course.id))
        for missing in ("999999", str(MAX_ID + 1), "no-such-course", " "):
            assert page_query.course_page_row(session=session, id_or_slug=missing) is None
            with pytest.raises(NotFound):
                service.course_page_body(session=session, id_or_slug=missing)


def test_browse_cards_in_one_query_equal_the_orm_cards(db: object) -> None:
    plain = make_published_course(sections=2, lectures_per_section=3, lecture_seconds=77)
    rated = make_published_course(owner=make_user(role="instructor", full_name="Ève Ŀ"))
    empty = make_course(sections=0)
    _change(int(empty.id), status="published", published_at=datetime.now(UTC))
    draft = make_course()
    _change(
        int(rated.id), rating_count=4, rating_sum=17, enrollment_count=3,
        thumbnail_key=f"thumbnails/{rated.id}/t.jpg",
    )  # fmt: skip
    with core_db.transaction() as session:
        service.replace_course_badges(
            session=session,
            awards={
                int(rated.id): {"highest_rated": 1, "bestseller": 1},
                int(plain.id): {"highest_rated": 2},
            },
        )
    ids = [int(c.id) for c in (rated, draft, empty, plain)] + [999_999]
    with core_db.read_session() as session:
        fast = page_query.published_cards(session=session, course_ids=ids)
        orm = browse._published_cards(session, ids)
        assert [card.model_dump_json() for card in fast] == [card.model_dump_json() for card in orm]
        assert [card.id for card in fast] == [int(rated.id), int(empty.id), int(plain.id)]
        assert fast[0].badges == ["bestseller", "highest_rated"] and fast[0].rating.average == 4.2
        assert fast[1].duration_seconds == 0 and fast[2].duration_seconds == 6 * 77
        assert service.published_summaries(session=session, course_ids=ids) == orm
        assert page_query.published_cards(session=session, course_ids=[]) == []


def test_a_browse_miss_holds_one_pool_connection_at_a_time(committed_db: Engine) -> None:
    # The lecture matches' query takes a session of its own; asked while browse's session held
    # its connection, 16 requests in flight on a pool of 10 waited on each other (timeouts).
    course = make_published_course(title="Python for careful testers")
    indexing.rebuild_index()
    engine = core_db.get_engine()
    held = most = 0

    def checked_out(*_args: object) -> None:
        nonlocal held, most
        held += 1
        most = max(most, held)

    def checked_in(*_args: object) -> None:
        nonlocal held
        held -= 1

    event.listen(engine, "checkout", checked_out)
    event.listen(engine, "checkin", checked_in)
    try:
        with core_db.read_session() as session:
            page = service.search_courses(session=session, query=CourseSearch(q="python"))
    finally:
        event.remove(engine, "checkout", checked_out)
        event.remove(engine, "checkin", checked_in)
    assert [item.id for item in page.items] == [course.id]
    assert most == 1


def test_uncached_course_pages_need_no_transaction_and_keep_their_statement_prepared(
    committed_db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One pool connection, so every read below goes through the same one.
    monkeypatch.setenv("DB_POOL_SIZE", "1")
    monkeypatch.setenv("DB_MAX_OVERFLOW", "0")
    reload_settings()
    core_db.reset_engine()
    courses = [make_published_course(title=f"Prepared Course {n}") for n in range(7)]
    bodies = [catalog_api._course_page_body(str(c.id), None)[0].body for c in courses]
    _edit(courses[0], title="Edited And Read At Once")
    edited, public = catalog_api._course_page_body(courses[0].slug, None)
    assert public and json.loads(edited.body)["title"] == "Edited And Read At Once"
    # Without a transaction there is no ROLLBACK, which makes psycopg forget every statement
    # it prepared on the connection: the course page's was prepared after its first uses.
    with core_db.autocommit_read_session() as session:
        prepared = session.execute(text("SELECT statement FROM pg_prepared_statements"))
        statements = list(prepared.scalars())
    assert any("FROM courses c WHERE c.id = $1" in s for s in statements), statements
    # And the answers are the ORM path's, byte for byte (asked last: its ROLLBACK forgets them).
    assert bodies[1:] == [_orm_body(int(c.id)) for c in courses[1:]]
    assert edited.body == _orm_body(int(courses[0].id))
