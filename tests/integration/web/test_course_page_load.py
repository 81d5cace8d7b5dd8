"""Issue #14 (UI events under load): the course page loads in one event, the "Students also
bought" row included (it was a second event chained after the page's load: one more Redis
lock, load and save of the tab's state, queued before the tab's next event). The event sends
the course first and the row after it."""

from __future__ import annotations

from tests.support.factories import enroll, make_category, make_published_course, make_user
from udemy_clone.core import db as core_db
from udemy_clone.stats import recommendations, tasks
from udemy_clone.web.pages.course.also_bought_state import also_bought
from udemy_clone.web.pages.course.state import _course_detail


def test_the_course_comes_with_its_also_bought_row_and_the_view_is_remembered(db):
    category = int(make_category(name="Code").id)
    basics = make_published_course(title="Python basics", category_id=category)
    data = make_published_course(title="Data analysis", category_id=category)
    for _ in range(2):
        student = make_user()
        enroll(user=student, course_id=int(basics.id))
        enroll(user=student, course_id=int(data.id))
    tasks.rollup_recommendations()
    viewer = make_user()

    course, _card, quote, status = _course_detail(basics.slug, int(viewer.id), ["student"])
    cards = also_bought(int(course.id), int(viewer.id))

    assert course.title == "Python basics"
    assert quote is not None and status == "none"
    assert [card.title for card in cards] == ["Data analysis"]
    with core_db.read_session() as session:
        viewed = recommendations.recently_viewed_ids(session=session, user_id=int(viewer.id))
    assert viewed == [int(basics.id)]
