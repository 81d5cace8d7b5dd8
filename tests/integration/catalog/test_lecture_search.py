"""Search inside lectures: GET /courses?q= finds what is said in a lecture's captions and says
where ("mentioned at 12:34 in Lecture 5"), with links that depend on who asks.

Runs on SQLite (Whoosh) and PostgreSQL (full-text search), like the rest of the search suite.
"""

from __future__ import annotations

import pytest

from tests.support.caption_factories import make_captions, remove_captions
from tests.support.factories import (
    enroll,
    login,
    make_category,
    make_published_course,
    make_user,
)
from tests.support.http import API
from tests.support.media_factories import first_lecture_ids
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.indexing import rebuild_index, sync_lecture_cues
from udemy_clone.catalog.lecture_matches import MAX_SNIPPET_CHARS, snippet_of, timestamp_label
from udemy_clone.catalog.search import get_search_index
from udemy_clone.core import db

PHRASE_CUE = "Now we configure the ingress controller so traffic reaches every pod."
LONG_CUE = (
    "Before anything else, remember that the cluster has three nodes and each of them runs "
    "its own kubelet, which talks to the control plane over a secure channel; this is why "
    "the quarantined namespace matters so much when we later look at how the scheduler "
    "places workloads, how it weighs affinities, taints and tolerations, and how it keeps "
    "every replica of a deployment away from the others on purpose."
)


@pytest.fixture
def spoken(api, drain_outbox):
    """Two published courses: `k8s` says "ingress controller" in its (paid) lecture 5 only;
    `ingress` has it in its title. Lecture 1 of each section is a free preview."""
    category = make_category(name="DevOps")
    owner = make_user(role="instructor")
    k8s = make_published_course(
        title="Kubernetes From Scratch",
        owner=owner,
        category_id=category.id,
        sections=2,
        lectures_per_section=3,
    )
    ingress = make_published_course(title="Ingress Controller Deep Dive", category_id=category.id)
    drain_outbox()
    lectures = first_lecture_ids(k8s.id)
    make_captions(
        course_id=k8s.id,
        lecture_id=lectures[4],  # Lecture 5: section 2, second lecture (paid)
        cues=[(1_000, 4_000, "Welcome back."), (754_000, 759_000, PHRASE_CUE)],
    )
    make_captions(
        course_id=k8s.id,
        lecture_id=lectures[1],
        cues=[(65_000, 70_000, LONG_CUE)],
    )
    drain_outbox()
    return {"k8s": k8s, "ingress": ingress, "lectures": lectures, "owner": owner}


def search(api, q, headers=None):
    response = api.get(f"{API}/courses", params={"q": q}, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


def item(body, course_id):
    return next(i for i in body["items"] if i["id"] == course_id)


def test_a_phrase_only_spoken_finds_the_course_and_says_where(api, spoken):
    body = search(api, "ingress controller")
    k8s = item(body, spoken["k8s"].id)
    assert len(k8s["lecture_matches"]) == 1
    match = k8s["lecture_matches"][0]
    assert match["lecture_id"] == spoken["lectures"][4]
    assert match["lecture_number"] == 5 and match["lecture_title"] == "Lecture 2.2"
    assert match["timestamp"] == "12:34" and match["start_seconds"] == 754
    assert match["snippet"] == PHRASE_CUE
    highlighted = [match["snippet"][a:b] for a, b in match["highlights"]]
    assert highlighted == ["ingress", "controller"]
    # Not enrolled: the course page, never the player of a paid lecture.
    assert match["url"] == f"/course/{spoken['k8s'].slug}" and match["opens_player"] is False
    assert match["is_preview"] is False


def test_a_caption_only_match_ranks_below_a_title_match(api, spoken):
    body = search(api, "ingress controller")
    assert [i["id"] for i in body["items"]] == [spoken["ingress"].id, spoken["k8s"].id]
    assert body["total"] == 2 and body["corrected_query"] is None
    # The title match has no captions: no lecture matches, and the field is still there.
    assert item(body, spoken["ingress"].id)["lecture_matches"] == []
    # Filters apply to caption matches like to the others.
    other = make_category(name="Cooking")
    body = api.get(f"{API}/courses", params={"q": "quarantined", "category": other.slug}).json()
    assert body["items"] == []


def test_words_are_stemmed_and_every_word_must_be_in_one_cue(api, spoken):
    body = search(api, "configuring ingresses")
    assert [i["id"] for i in body["items"]] == [spoken["ingress"].id, spoken["k8s"].id]
    assert item(body, spoken["k8s"].id)["lecture_matches"][0]["timestamp"] == "12:34"
    # "welcome" and "quarantined" are both said in the course, but never in one cue.
    assert [i["id"] for i in search(api, "welcome quarantined")["items"]] == []


def test_captions_changed_reindexes_the_lecture(api, spoken, drain_outbox):
    k8s, lecture = spoken["k8s"], spoken["lectures"][4]
    make_captions(
        course_id=k8s.id, lecture_id=lecture, cues=[(90_000, 95_000, "Helm charts package it.")]
    )
    # Before the job runs the index still has the old cues.
    assert item(search(api, "ingress controller"), k8s.id)["lecture_matches"]
    drain_outbox()
    assert [i["id"] for i in search(api, "ingress controller")["items"]] == [spoken["ingress"].id]
    match = item(search(api, "helm charts"), k8s.id)["lecture_matches"][0]
    assert match["timestamp"] == "1:30" and match["lecture_number"] == 5
    # Running the job again changes nothing (idempotent).
    before = get_search_index().cue_count(k8s.id)
    sync_lecture_cues(course_id=k8s.id, lecture_id=lecture)
    assert get_search_index().cue_count(k8s.id) == before == 2  # helm + the long cue
    remove_captions(course_id=k8s.id, lecture_id=lecture)
    drain_outbox()
    assert search(api, "helm charts")["items"] == []
    assert get_search_index().cue_count(k8s.id) == 1


def test_an_unpublished_course_is_not_found_by_its_captions(api, spoken, drain_outbox):
    k8s = spoken["k8s"]
    with db.transaction() as session:
        catalog_service.unpublish_course(
            session=session, actor_id=int(k8s.owner_id), actor_roles=[], course_id=k8s.id
        )
    drain_outbox()
    assert search(api, "quarantined namespace")["items"] == []
    assert get_search_index().cue_count(k8s.id) == 0
    # Captions changing while it is unpublished do not bring it back.
    make_captions(course_id=k8s.id, lecture_id=spoken["lectures"][0], cues=[(0, 1, "Zeppelins")])
    drain_outbox()
    assert search(api, "zeppelins")["items"] == []
    # Published again: every cue is indexed again, the new ones too.
    with db.transaction() as session:
        catalog_service.submit_course(session=session, actor_id=int(k8s.owner_id), course_id=k8s.id)
        catalog_service.publish_course(session=session, actor_roles=["admin"], course_id=k8s.id)
    drain_outbox()
    assert [i["id"] for i in search(api, "zeppelins")["items"]] == [k8s.id]
    assert [i["id"] for i in search(api, "quarantined namespace")["items"]] == [k8s.id]
    assert get_search_index().cue_count(k8s.id) == 4


def test_a_deleted_course_leaves_no_cues(api, drain_outbox):
    owner = make_user(role="instructor")
    course = make_published_course(title="Short Lived", owner=owner)
    drain_outbox()
    lecture = first_lecture_ids(course.id)[0]
    make_captions(course_id=course.id, lecture_id=lecture, cues=[(0, 1000, "Ephemeral words")])
    drain_outbox()
    assert get_search_index().cue_count(course.id) == 1
    headers = login(api, owner.email)
    assert api.post(f"{API}/courses/{course.id}/unpublish", headers=headers).status_code == 200
    assert api.delete(f"{API}/courses/{course.id}", headers=headers).status_code == 204
    drain_outbox()
    assert get_search_index().cue_count(course.id) == 0
    assert search(api, "ephemeral")["items"] == []


def test_links_depend_on_who_asks_and_are_never_shared(api, spoken):
    k8s = spoken["k8s"]
    lecture = spoken["lectures"][4]
    player = f"/learn/{k8s.slug}/{lecture}?t=754"
    course_page = f"/course/{k8s.slug}"
    student = make_user()
    enroll(user=student, course_id=k8s.id)
    stranger = make_user()
    admin = make_user(role="admin")

    def link(headers=None):
        body = search(api, "ingress controller", headers)
        match = item(body, k8s.id)["lecture_matches"][0]
        return match["url"], match["opens_player"]

    assert link() == (course_page, False)  # anonymous (and now cached)
    enrolled = api.get(
        f"{API}/courses", params={"q": "ingress controller"}, headers=login(api, student.email)
    )
    assert item(enrolled.json(), k8s.id)["lecture_matches"][0]["url"] == player
    assert "private" in enrolled.headers["cache-control"]
    assert link(login(api, stranger.email)) == (course_page, False)
    assert link() == (course_page, False)  # the enrolled answer was not cached for others
    assert link(login(api, spoken["owner"].email)) == (player, True)
    assert link(login(api, admin.email)) == (player, True)
    # A stale token is not an error for browsing: the public answer.
    assert link({"Authorization": "Bearer not-a-token"}) == (course_page, False)
    # The other course on the page (no matches) is untouched for the enrolled student too.
    assert item(enrolled.json(), spoken["ingress"].id)["lecture_matches"] == []


def test_links_are_not_shared_through_the_redis_cache(redis_url, api, spoken):
    k8s = spoken["k8s"]
    player = f"/learn/{k8s.slug}/{spoken['lectures'][4]}?t=754"
    student = make_user()
    enroll(user=student, course_id=k8s.id)
    headers = login(api, student.email)
    urls = []
    # anonymous (cached in Redis, then served by the gateway from the raw address), enrolled,
    # anonymous again
    for who in (None, None, headers, None, headers):
        body = search(api, "ingress controller", who)
        urls.append(item(body, k8s.id)["lecture_matches"][0]["url"])
    course_page = f"/course/{k8s.slug}"
    assert urls == [course_page, course_page, player, course_page, player]


def test_a_free_preview_lecture_links_to_the_player_for_anyone(api, spoken, drain_outbox):
    k8s = spoken["k8s"]
    preview = spoken["lectures"][3]  # Lecture 4: first of section 2, a free preview
    make_captions(course_id=k8s.id, lecture_id=preview, cues=[(125_500, 130_000, "Pod lifecycle")])
    drain_outbox()
    match = item(search(api, "pod lifecycle"), k8s.id)["lecture_matches"][0]
    assert match["lecture_number"] == 4 and match["is_preview"] is True
    assert match["url"] == f"/learn/{k8s.slug}/{preview}?t=125" and match["opens_player"]


def test_paid_lecture_text_is_cut_to_a_short_snippet_around_the_match(api, spoken):
    match = item(search(api, "quarantined"), spoken["k8s"].id)["lecture_matches"][0]
    assert match["lecture_number"] == 2 and match["timestamp"] == "1:05"
    assert len(match["snippet"]) <= MAX_SNIPPET_CHARS < len(LONG_CUE)
    assert match["snippet"].startswith("…") and match["snippet"].endswith("…")
    assert [match["snippet"][a:b] for a, b in match["highlights"]] == ["quarantined"]
    # The same for an enrolled student: search shows a snippet, the player shows the rest.
    student = make_user()
    enroll(user=student, course_id=spoken["k8s"].id)
    body = search(api, "quarantined", login(api, student.email))
    assert len(item(body, spoken["k8s"].id)["lecture_matches"][0]["snippet"]) <= 120


def test_at_most_three_lectures_per_course(api, spoken, drain_outbox):
    k8s = spoken["k8s"]
    for n, lecture in enumerate(spoken["lectures"]):
        make_captions(
            course_id=k8s.id, lecture_id=lecture, cues=[(n * 1000, n * 1000 + 500, "Etcd backups")]
        )
    drain_outbox()
    matches = item(search(api, "etcd backup"), k8s.id)["lecture_matches"]
    assert len(matches) == 3
    assert len({m["lecture_id"] for m in matches}) == 3


@pytest.mark.parametrize(
    "q",
    [
        '"ingress controller',
        "ingress & | ! controller:*",
        "'; DROP TABLE lecture_cue_search; --",
        "the and or",
        "x" * 10_240,
        "\x00\x1f ingress",
        "🐳 ingress",
        "<->",
    ],
)
def test_hostile_queries_never_fail(api, spoken, q):
    body = search(api, q)
    assert isinstance(body["items"], list) and body["total"] >= len(body["items"])
    for found in body["items"]:
        for match in found["lecture_matches"]:
            assert len(match["snippet"]) <= MAX_SNIPPET_CHARS


def test_a_full_rebuild_includes_the_cues(api, spoken):
    index = get_search_index()
    index.clear()
    assert index.cue_count() == 0 and search(api, "ingress controller")["items"] == []
    rebuild_index()
    assert index.cue_count() == 3
    assert [i["id"] for i in search(api, "ingress controller")["items"]] == [
        spoken["ingress"].id,
        spoken["k8s"].id,
    ]


def test_timestamps_and_snippets():
    assert timestamp_label(0) == "0:00"
    assert timestamp_label(754_999) == "12:34"
    assert timestamp_label(3_723_000) == "1:02:03"
    text, spans = snippet_of("Deploying apps, then deploy again.", "deploy")
    assert [text[a:b] for a, b in spans] == ["Deploying", "deploy"]
    cut, spans = snippet_of(LONG_CUE, "replica")
    assert len(cut) <= 120 and cut.endswith("…") is False and "replica" in cut


# --------------------------------------------------------------------------------------------
# The port's cue operations, on each backend directly (like test_search_contract)


@pytest.fixture(params=["whoosh", "postgres"])
def cue_index(request, tmp_path):
    from contextlib import contextmanager

    from tests.conftest import rolled_back_db
    from udemy_clone.catalog.search import CourseSearchIndex, PostgresSearchIndex

    if request.param == "whoosh":
        yield CourseSearchIndex(tmp_path / "cue-index")
        return
    with contextmanager(rolled_back_db)("postgresql"):
        yield PostgresSearchIndex()


def _cue(cue_id, course_id, lecture_id, start_ms, text):
    from udemy_clone.catalog.search import CueDocument

    return CueDocument(
        cue_id=cue_id,
        course_id=course_id,
        lecture_id=lecture_id,
        start_ms=start_ms,
        end_ms=start_ms + 2000,
        text=text,
    )


def test_cue_operations_agree_on_both_backends(cue_index):
    cue_index.rebuild_cues(
        [
            _cue(1, 10, 100, 5_000, "Docker images are layers."),
            _cue(2, 10, 100, 9_000, "Docker images, again: docker images everywhere."),
            _cue(3, 10, 101, 1_000, "Build docker images with a Dockerfile."),
            _cue(4, 11, 110, 2_000, "Images of cats."),
            _cue(5, 12, 120, 3_000, "Docker images for the third course."),
        ]
    )
    assert cue_index.cue_count() == 5 and cue_index.cue_count(10) == 3
    found = cue_index.lecture_matches("docker image", [10, 11], 3)
    assert set(found) == {10}  # course 12 was not asked for; 11 lacks "docker"
    assert sorted(h.lecture_id for h in found[10]) == [100, 101]  # one cue per lecture
    best_of_100 = next(h for h in found[10] if h.lecture_id == 100)
    assert best_of_100.start_ms == 9_000  # the cue saying it most often
    assert len(cue_index.lecture_matches("docker images", [10], 1)[10]) == 1
    # Replace one lecture's cues: the other lecture of the course keeps its own.
    cue_index.replace_cues(10, [100], [_cue(6, 10, 100, 60_000, "Volumes now.")])
    assert [h.lecture_id for h in cue_index.lecture_matches("docker", [10], 3)[10]] == [101]
    assert cue_index.lecture_matches("volumes", [10], 3)[10][0].start_ms == 60_000
    cue_index.delete_cues([10, 999])
    assert cue_index.cue_count(10) == 0 and cue_index.cue_count() == 2
    assert cue_index.lecture_matches("", [11], 3) == {}
    assert cue_index.lecture_matches("cats", [], 3) == {}
    cue_index.clear()
    assert cue_index.cue_count() == 0
