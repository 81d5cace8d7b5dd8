"""Plurals, landing pages after sign-in and which notification kinds a person sees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from udemy_clone.notifications.models import NotificationKind
from udemy_clone.notifications.service import preference_kinds_for_roles
from udemy_clone.playback.library_models import LearningCourse, LearningListPublic, ResumePoint
from udemy_clone.web.kit.format import count_label, plural_word
from udemy_clone.web.kit.routes import landing_after_sign_in
from udemy_clone.web.pages.learning.rows import learning_cards, list_rows, resume_row


def test_plurals_agree_with_the_number() -> None:
    assert count_label(1, "follower") == "1 follower"
    assert count_label(0, "follower") == "0 followers"
    assert count_label(2, "course") + " in cart" == "2 courses in cart"
    assert count_label(1_204, "student") == "1,204 students"
    assert count_label(3, "category", "categories") == "3 categories"
    assert plural_word(1, "course") == "course" and plural_word(5, "course") == "courses"


def test_admins_land_in_the_admin_area_others_at_home() -> None:
    assert landing_after_sign_in(["student", "instructor", "admin"]) == "/admin"
    assert landing_after_sign_in(["student", "instructor"]) == "/"
    assert landing_after_sign_in(["student"]) == "/"


def test_students_see_only_the_notification_kinds_they_can_receive() -> None:
    student = set(preference_kinds_for_roles(["student"]))
    assert student == {
        NotificationKind.purchase,
        NotificationKind.new_course,
        NotificationKind.review,
    }
    instructor = set(preference_kinds_for_roles(["student", "instructor"]))
    assert {
        NotificationKind.sale,
        NotificationKind.video,
        NotificationKind.course_status,
    } <= instructor
    admin_only = set(preference_kinds_for_roles(["student", "admin"]))
    assert NotificationKind.course_status in admin_only and NotificationKind.sale not in admin_only
    # the usual order is kept
    assert list(preference_kinds_for_roles(["student"]))[0] == NotificationKind.purchase


def _course(**fields) -> LearningCourse:
    base = {
        "course_id": 7,
        "slug": "rust",
        "title": "Rust",
        "instructor_name": "Ivan",
        "thumbnail_url": None,
        "enrolled_at": datetime(2026, 11, 1, tzinfo=UTC),
        "last_accessed_at": None,
        "progress_percent": 0,
        "started": False,
        "last_lecture_id": None,
        "last_lecture_title": None,
        "archived": False,
        "list_ids": [],
    }
    return LearningCourse(**{**base, **fields})


def test_learning_rows() -> None:
    fresh, begun = learning_cards(
        [
            _course(),
            _course(
                course_id=8,
                started=True,
                progress_percent=40,
                last_lecture_title="Ownership",
                last_accessed_at=datetime.now(UTC) - timedelta(days=2),
                list_ids=[3],
            ),
        ]
    )
    assert (fresh.started, fresh.last_lecture, fresh.last_accessed) == (False, "", "")
    assert (begun.started, begun.last_lecture, begun.last_accessed) == (
        True,
        "Ownership",
        "2 d ago",
    )
    assert begun.list_ids == [3]
    (row,) = list_rows(
        [LearningListPublic(id=3, name="Later", course_ids=[8], created_at=datetime.now(UTC))]
    )
    assert (row.value, row.label) == ("3", "Later (1 course)")
    assert resume_row(None) is None
    resume = resume_row(
        ResumePoint(
            course_id=8,
            slug="rust",
            course_title="Rust",
            lecture_id=12,
            lecture_title="Ownership",
            position_seconds=245.0,
            progress_percent=40,
            thumbnail_url=None,
        )
    )
    assert resume is not None and (resume.lecture_title, resume.position) == ("Ownership", "4:05")


def test_revenue_chart_rows_are_never_negative() -> None:
    from datetime import date

    from udemy_clone.stats.models import CurrencyAmount, DailyPoint
    from udemy_clone.web.kit.chart_rows import chart_rows

    refund_day = DailyPoint(
        day=date(2026, 11, 3),
        revenue_by_currency=[CurrencyAmount(currency="USD", amount_cents=-2899)],
        refunded_by_currency=[CurrencyAmount(currency="USD", amount_cents=2899)],
    )
    sale_day = DailyPoint(
        day=date(2026, 11, 4),
        revenue_by_currency=[CurrencyAmount(currency="USD", amount_cents=1999)],
        gross_by_currency=[CurrencyAmount(currency="USD", amount_cents=1999)],
    )
    rows = chart_rows([refund_day, sale_day])
    assert [(r["gross"], r["refunded"]) for r in rows] == [(0.0, 28.99), (19.99, 0.0)]
    assert rows[0]["revenue"] == -28.99  # the net figure stays for the totals
