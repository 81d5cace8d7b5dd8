"""Catalog service rules other domains and the UI rely on (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from tests.support.factories import login, make_category, make_course, make_published_course
from tests.support.http import API
from udemy_clone.catalog import indexing, tasks
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.events import CourseChanged
from udemy_clone.catalog.models import CourseSearch, CourseSort, CourseUpdate
from udemy_clone.catalog.search import SearchQuery, get_search_index
from udemy_clone.core import db as core_db
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied


def indexed_ids(**query) -> list[int]:
    return get_search_index().search(SearchQuery(**query)).course_ids


def test_ratings_enrollments_and_sales_add_up(db):
    course = make_published_course()
    with db_tx() as session:
        for rating in (5, 4, 4):
            catalog_service.apply_rating_change(
                session=session, course_id=course.id, old_rating=None, new_rating=rating
            )
        catalog_service.apply_rating_change(
            session=session, course_id=course.id, old_rating=4, new_rating=2
        )
        catalog_service.apply_rating_change(
            session=session, course_id=course.id, old_rating=5, new_rating=None
        )
        catalog_service.record_enrollment_change(session=session, course_id=course.id, delta=3)
        catalog_service.record_enrollment_change(session=session, course_id=course.id, delta=-1)
        catalog_service.record_sale(session=session, course_id=course.id, delta=2)
    with core_db.read_session() as session:
        page = catalog_service.get_course_detail(session=session, id_or_slug=course.id)
        row = catalog_service.get_course(session=session, course_id=course.id)
    assert page.rating.count == 2 and page.rating.average == 3.0
    assert page.rating.distribution == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 0}
    assert page.enrollment_count == 2 and row.sales_count == 2
    with db_tx() as session, pytest.raises(InvalidInput):
        catalog_service.apply_rating_change(
            session=session, course_id=course.id, old_rating=None, new_rating=6
        )
    with db_tx() as session, pytest.raises(NotFound):
        catalog_service.record_sale(session=session, course_id=999999, delta=1)


def db_tx():
    return core_db.transaction()


def test_lecture_video_and_context_for_media_and_playback(db):
    course = make_course(ready_videos=False)
    with db_tx() as session:
        lecture_id = (
            catalog_service.get_curriculum(session=session, course_id=course.id)[0].lectures[0].id
        )
        assert catalog_service.submit_blocker(session=session, course_id=course.id)
        catalog_service.set_lecture_video(
            session=session, lecture_id=lecture_id, video_id=77, duration_seconds=615, ready=True
        )
    with core_db.read_session() as session:
        context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
        assert catalog_service.submit_blocker(session=session, course_id=course.id) is None
        curriculum = catalog_service.get_curriculum(session=session, course_id=course.id)
        with pytest.raises(NotFound):
            catalog_service.get_lecture_context(session=session, lecture_id=999999)
    assert (context.course_id, context.owner_id, context.status) == (
        course.id,
        course.owner_id,
        "draft",
    )
    assert context.is_preview is True and context.video_id == 77 and context.video_ready
    assert curriculum[0].lectures[0].duration_seconds == 615


def test_transition_rules_in_the_service(db):
    course = make_course()
    with db_tx() as session:
        with pytest.raises(PermissionDenied):
            catalog_service.submit_course(session=session, actor_id=-1, course_id=course.id)
        with pytest.raises(PermissionDenied):
            catalog_service.publish_course(
                session=session, actor_roles=["instructor"], course_id=course.id
            )
        with pytest.raises(Conflict):
            catalog_service.unpublish_course(
                session=session, actor_id=course.owner_id, actor_roles=[], course_id=course.id
            )
        with pytest.raises(Conflict):
            catalog_service.reject_course(
                session=session, actor_roles=["admin"], course_id=course.id, reason="no"
            )
        with pytest.raises(PermissionDenied):
            catalog_service.update_course(
                session=session,
                actor_id=-1,
                actor_roles=["instructor"],
                course_id=course.id,
                data=CourseUpdate(title="Mine now"),
            )


def test_slugs_never_look_like_ids(db):
    course = make_course(title="2024")
    assert course.slug == "course-2024"
    emoji = make_course(title="🎸🎸🎸 ✨")
    assert emoji.slug == "course"
    accented = make_course(title="Programación en Python: Débutant")
    assert accented.slug == "programacion-en-python-debutant"


def test_index_writer_is_idempotent_and_follows_current_state(db):
    course = make_published_course(title="Idempotent Indexing")
    event = CourseChanged(course_id=course.id)
    tasks.sync_course_index(event, event_id=1)
    tasks.sync_course_index(event, event_id=1)
    assert indexed_ids(text="idempotent") == [course.id]
    with db_tx() as session:
        catalog_service.unpublish_course(
            session=session, actor_id=course.owner_id, actor_roles=[], course_id=course.id
        )
    # a late replay of the old "published" event does not bring it back
    tasks.sync_course_index(event, event_id=1)
    assert indexed_ids(text="idempotent") == []
    tasks.sync_course_index(CourseChanged(course_id=999999), event_id=2)


def test_reindex_command_rebuilds_from_the_database(db, capsys):
    from udemy_clone.cli import main

    courses = [make_published_course() for _ in range(3)]
    make_course()
    assert main(["reindex"]) == 0
    assert "published courses" in capsys.readouterr().out
    assert {c.id for c in courses} <= set(indexed_ids(sort="newest", page_size=100))


def test_category_rename_and_tag_merge_reach_the_index(db, drain_outbox):
    from udemy_clone.taxonomy import service as taxonomy_service
    from udemy_clone.taxonomy.models import CategoryUpdate

    parent = make_category(name="Programming")
    course = make_published_course(category_id=parent.id, tags=["JS", "JavaScript"])
    other = make_published_course(tags=["js"])
    drain_outbox()
    with db_tx() as session:
        taxonomy_service.update_category(
            session=session,
            actor_roles=["admin"],
            category_id=parent.id,
            data=CategoryUpdate(name="Software Engineering"),
        )
        tags = {t.slug: t for t in taxonomy_service.ensure_tags(session=session, names=["JS"])}
        target = taxonomy_service.ensure_tags(session=session, names=["JavaScript"])[0]
        merged = catalog_service.merge_tags(
            session=session,
            actor_roles=["admin"],
            source_tag_id=tags["js"].id,
            target_tag_id=target.id,
        )
    assert merged.course_count == 2
    drain_outbox()
    assert indexed_ids(category="software-engineering") == [course.id]
    assert sorted(indexed_ids(tag="javascript")) == sorted([course.id, other.id])
    with core_db.read_session() as session:
        assert catalog_service.tag_names(session=session, course_id=course.id) == ["JavaScript"]


def test_home_rows_and_database_lists(db):
    music = make_category(name="Music")
    cheap = make_published_course(category_id=music.id, price_cents=100)
    dear = make_published_course(category_id=music.id, price_cents=9000)
    with core_db.read_session() as session:
        rows = catalog_service.home_rows(session=session)
        by_price = catalog_service.list_published_courses(
            session=session, sort=CourseSort.price_desc, category_slug="music"
        )
        tree = catalog_service.category_tree(session=session)
        options = dict(taxonomy_options(session))
    assert [r.key for r in rows][:1] == ["popular"]
    assert "category-music" in [r.key for r in rows]
    assert [c.id for c in by_price] == [dear.id, cheap.id]
    assert next(n for n in tree if n.slug == "music").course_count == 2
    assert options[music.id] == "Music"


def taxonomy_options(session):
    from udemy_clone.taxonomy import service as taxonomy_service

    return taxonomy_service.category_options(session=session)


def test_search_service_skips_courses_the_index_still_holds(db):
    course = make_published_course(title="Lagging Index Course")
    indexing.sync_courses([course.id])
    with db_tx() as session:
        catalog_service.unpublish_course(
            session=session, actor_id=course.owner_id, actor_roles=[], course_id=course.id
        )
    with core_db.read_session() as session:
        page = catalog_service.search_courses(session=session, query=CourseSearch(q="lagging"))
    assert page.items == []


@pytest.mark.redis
def test_course_page_cache_shows_edits_at_once(api, redis_url):
    from udemy_clone.core.redis_client import get_redis

    course = make_published_course(title="Cached Course Page")
    owner_headers = login(api, _owner_email(course.owner_id))
    assert api.get(f"{API}/courses/{course.slug}").json()["title"] == "Cached Course Page"
    assert get_redis().exists(f"body:{catalog_service.course_cache_key(course.slug)}")
    api.patch(f"{API}/courses/{course.id}", json={"title": "Renamed Page"}, headers=owner_headers)
    assert api.get(f"{API}/courses/{course.slug}").json()["title"] == "Renamed Page"
    api.post(f"{API}/courses/{course.id}/unpublish", headers=owner_headers)
    assert api.get(f"{API}/courses/{course.slug}").status_code == 404


def _owner_email(user_id: int) -> str:
    from udemy_clone.auth import service as auth_service

    with core_db.read_session() as session:
        return auth_service.get_user(session=session, user_id=user_id).email
