"""The badge rules: bestsellers are the top sellers of their category over 30 days with enough
sales; "Highest rated" is the best rated course of its category with enough ratings."""

from __future__ import annotations

from udemy_clone.stats.badges import (
    BESTSELLER,
    BESTSELLER_MIN_SALES,
    HIGHEST_RATED,
    HIGHEST_RATED_MIN_AVERAGE,
    HIGHEST_RATED_MIN_RATINGS,
    BadgeFigures,
    award_badges,
    bestseller_slots,
)


def course(
    course_id: int,
    category_id: int = 1,
    sales: int = 0,
    average: float = 0.0,
    ratings: int = 0,
) -> BadgeFigures:
    return BadgeFigures(course_id, category_id, sales, average, ratings)


def test_bestseller_slots_are_a_tenth_of_the_category_at_least_one():
    assert [bestseller_slots(n) for n in (1, 9, 10, 19, 20, 35)] == [1, 1, 1, 1, 2, 3]


def test_the_top_seller_of_each_category_is_a_bestseller():
    awards = award_badges(
        [
            course(1, sales=12),
            course(2, sales=30),
            course(3, sales=BESTSELLER_MIN_SALES),
            course(4, category_id=2, sales=BESTSELLER_MIN_SALES),
        ]
    )
    assert awards == {2: {BESTSELLER: 1}, 4: {BESTSELLER: 1}}


def test_a_top_seller_with_too_few_sales_is_no_bestseller():
    awards = award_badges([course(1, sales=BESTSELLER_MIN_SALES - 1), course(2, sales=0)])
    assert awards == {}


def test_a_large_category_has_more_bestsellers_ranked_by_sales_then_age():
    members = [course(i, sales=100 - i) for i in range(1, 21)]  # 20 courses: 2 slots
    members.append(course(99, sales=99))  # ties with course 1 on sales: the older id wins
    awards = award_badges(members)
    assert awards == {1: {BESTSELLER: 1}, 99: {BESTSELLER: 2}}


def test_highest_rated_needs_the_average_the_ratings_and_the_first_place():
    good = HIGHEST_RATED_MIN_AVERAGE
    awards = award_badges(
        [
            course(1, average=4.9, ratings=HIGHEST_RATED_MIN_RATINGS - 1),  # too few ratings
            course(2, average=good, ratings=50),
            course(3, average=good, ratings=80),  # same average, more ratings: first
            course(4, average=4.4, ratings=900),  # below the average needed
            course(5, category_id=2, average=4.2, ratings=900),  # nobody good enough there
        ]
    )
    assert awards == {3: {HIGHEST_RATED: 1}}


def test_a_course_can_hold_both_badges():
    awards = award_badges([course(1, sales=40, average=4.8, ratings=20), course(2, sales=2)])
    assert awards == {1: {BESTSELLER: 1, HIGHEST_RATED: 1}}


def test_nothing_in_nothing_out():
    assert award_badges([]) == {}
