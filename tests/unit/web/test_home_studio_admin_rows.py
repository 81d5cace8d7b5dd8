"""Home chips and best sellers, studio coupons, the taxonomy admin and select options."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.unit.web.catalog_dtos import summary
from udemy_clone.catalog.models import CourseListItem
from udemy_clone.orders.models import Coupon
from udemy_clone.stats.models import CurrencyAmount, TopSellingCourse
from udemy_clone.taxonomy.models import CategoryNode, TagPublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.select_options import SelectOption, id_options
from udemy_clone.web.pages.admin.taxonomy_rows import (
    TOP_LEVEL,
    category_rows,
    parent_options,
    tag_rows,
)
from udemy_clone.web.pages.home.rows import CategoryChip, category_chips, top_selling_rows
from udemy_clone.web.pages.studio.coupon_rows import coupon_rows, course_choices

LONG = "Complete Python Bootcamp: from zero to hero in Python, with projects " * 3


def category(id_: int, slug: str, count: int, *children: CategoryNode) -> CategoryNode:
    return CategoryNode(
        id=id_, name=slug.title(), slug=slug, parent_id=None if id_ < 10 else 1, position=0,
        course_count=count, children=list(children),
    )  # fmt: skip


def listed(id_: int, title: str) -> CourseListItem:
    return CourseListItem(
        **summary(id=id_, title=title).model_dump(),
        status="published", category_id=1, updated_at=datetime(2026, 5, 1, tzinfo=UTC),
    )  # fmt: skip


def coupon(**changes: Any) -> Coupon:
    fields: dict[str, Any] = {
        "id": 3, "code": "SPRING", "created_by": 9, "instructor_id": 9, "percent_off": 20,
        "redemptions": 2, "max_redemptions": 10, "active": True,
    }  # fmt: skip
    return Coupon(**(fields | changes))


def test_category_chips_skip_empty_categories():
    chips = category_chips([category(1, "dev", 3), category(2, "music", 0)])
    assert chips == [CategoryChip(name="Dev", href=routes.browse_url(category="dev"))]
    assert category_chips([]) == []


def test_top_selling_rows_rank_from_one_in_every_currency():
    amounts = [
        CurrencyAmount(currency="USD", amount_cents=1999),
        CurrencyAmount(currency="JPY", amount_cents=1500),
    ]
    first, second = top_selling_rows(
        [
            TopSellingCourse(
                course_id=1, title=LONG, slug="py", sales=12, revenue_by_currency=amounts
            ),
            TopSellingCourse(course_id=2, title="SQL", slug="sql", sales=0),
        ]
    )
    assert (first.rank, first.title, first.href, first.sales_text) == (
        1, LONG, routes.course_url("py"), "12 sold",
    )  # fmt: skip
    assert first.revenue_text.startswith("$19.99 · ") and "1,500" in first.revenue_text
    assert (second.rank, second.sales_text, second.revenue_text) == (2, "0 sold", "$0.00")
    assert top_selling_rows([]) == []


def test_coupon_rows_describe_scope_use_and_expiry():
    own = [listed(7, "Python basics")]
    one_course, all_mine, site_wide, other = coupon_rows(
        [
            coupon(course_id=7, expires_at=datetime(2026, 6, 1, tzinfo=UTC)),
            coupon(id=4, code="ALL", max_redemptions=None),
            coupon(id=5, code="SITE", instructor_id=None, percent_off=None, amount_off_cents=500,
                   currency="EUR", active=False),
            coupon(id=6, code="GONE", course_id=99),
        ],
        own,
    )  # fmt: skip
    assert one_course.discount.startswith("20%")
    assert one_course.course == "Python basics" and one_course.used == "2 / 10"
    assert one_course.expires != "Never"
    assert (all_mine.course, all_mine.used, all_mine.expires) == (
        "All your courses", "2 / unlimited", "Never",
    )  # fmt: skip
    assert (site_wide.course, site_wide.active) == ("Every course", False)
    assert "5" in site_wide.discount
    assert other.course == "Course 99"
    assert coupon_rows([], own) == []


def test_course_choices_are_ids_as_text():
    assert course_choices([listed(7, LONG)]) == [SelectOption(value="7", label=LONG)]
    assert course_choices([]) == []


def test_select_options_from_id_pairs():
    assert id_options([(3, "Dev › Web")]) == [SelectOption("3", "Dev › Web")]
    assert id_options([], first=SelectOption("top", "Top")) == [SelectOption("top", "Top")]


def test_taxonomy_rows():
    rows = category_rows([category(1, "dev", 4, category(11, "web", 4))])
    assert [(r.slug, r.depth, r.indent, r.child_count, r.parent_id) for r in rows] == [
        ("dev", 0, "0.0rem", 1, TOP_LEVEL),
        ("web", 1, "1.75rem", 0, "1"),
    ]
    assert category_rows([]) == []
    (tag,) = tag_rows([TagPublic(id=2, name="python", slug="python", course_count=0)])
    assert (tag.name, tag.course_count) == ("python", 0)
    options = parent_options([(1, "Dev"), (11, "Dev › Web")])
    assert [o.value for o in options] == [TOP_LEVEL, "1", "11"]
    assert options[0].label == "Top level (no parent)"


def test_because_you_viewed_rows_lead_back_to_the_viewed_course() -> None:
    from udemy_clone.stats.models import RecommendationRow
    from udemy_clone.web.pages.home.rows import viewed_rows

    row = RecommendationRow(
        key="viewed-7",
        title="Because you viewed “Python”",
        seed_course_id=7,
        seed_slug="python",
        courses=[summary(id=8, title="Django")],
    )
    [card_row] = viewed_rows([row])
    assert card_row.key == "viewed-7"
    assert card_row.see_all == routes.course_url("python")
    assert [c.title for c in card_row.courses] == ["Django"]
    assert viewed_rows([]) == []
