"""An instructor profile's HTML holds its first view (the profile's head and the first row of
course images): escaped, for instructors only. SQLite and PostgreSQL (`db`, through `api`)."""

from __future__ import annotations

from tests.support.factories import make_published_course, make_user
from tests.support.first_views import first_view
from udemy_clone.catalog import service as catalog_service


def test_a_profile_is_served_with_its_head_and_course_images(api, first_view_site):
    teacher = make_user(role="instructor", full_name="Grace <b>Bold</b> & Co")
    courses = [make_published_course(owner=teacher, title=f"Course {n}") for n in range(4)]
    slug = catalog_service.profile_slug(user_id=int(teacher.id), full_name=teacher.full_name)

    page = first_view_site().get(f"/user/{slug}")

    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-cache"
    view = first_view(page.text)
    assert '<div id="first-view">' in view
    assert "<b>Bold</b>" not in page.text
    assert ">Grace &lt;b&gt;Bold&lt;/b&gt; &amp; Co</h1>" in view
    assert "My courses (4)</h2>" in view
    # the first row of the grid (three cards on desktops), linking where the cards link
    assert view.count('class="rt-Box fv-card"') == 3
    assert sum(f'href="/course/{c.slug}"' in view for c in courses) == 3
    assert page.text.endswith("<script>hydrate()</script></body></html>")


def test_students_and_unknown_addresses_get_the_bare_shell(api, first_view_site):
    student = make_user(role="student", full_name="Just A Student")
    slug = catalog_service.profile_slug(user_id=int(student.id), full_name=student.full_name)
    site = first_view_site()

    for address in (f"/user/{slug}", "/user/nobody-at-all"):
        page = site.get(address)
        assert page.status_code == 200
        assert "first-view" not in page.text
        assert "Just A Student" not in page.text
        assert '<link rel="modulepreload" href="/assets/user.js"/>' in page.text
