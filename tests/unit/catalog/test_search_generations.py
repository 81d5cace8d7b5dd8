"""Whoosh index generations: a long-lived index, which carries caches and segment readers from
one generation to the next and checks common words in the forward terms, answers exactly like
an index opened afresh on the same directory, after every kind of change."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from udemy_clone.catalog.search import CourseDocument, CourseSearchIndex, SearchQuery, whoosh_index

WORDS = ["python", "data", "complete", "beginners", "guide", "react", "web", "design",
         "photography", "masterclass", "excel", "finance", "guitar", "docker", "cloud"]
QUERIES = ["python", "complete guide", "python data complete", "web design beginners",
           "photography masterclass", "cloud docker guide", "pythn", "excel finance complete",
           "guide"]


def _course(course_id: int, rng: random.Random) -> CourseDocument:
    def words(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    return CourseDocument(
        course_id=course_id,
        title=words(3),
        subtitle=words(5),
        description=words(20),
        tags=[rng.choice(WORDS).title()],
        category_slugs=["development"],
        category_names=["Development"],
        instructor_name=rng.choice(["Ada Lovelace", "Alan Turing", "Grace Hopper"]),
        level=rng.choice(["beginner", "intermediate", "advanced"]),
        language=rng.choice(["en", "es"]),
        price_cents=rng.choice([0, 1999, 4999]),
        rating_average=rng.choice([3.5, 4.0, 4.5]),
        rating_count=rng.randint(0, 50),
        enrollment_count=rng.randint(0, 500),
        sales_count=rng.randint(0, 100),
        published_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=course_id),
    )


def _answers(index: CourseSearchIndex) -> list[tuple[list[int], int, dict[str, dict[str, int]]]]:
    found = []
    for text in QUERIES:
        for sort in ("relevance", "newest"):
            result = index.search(SearchQuery(text=text, sort=sort, page_size=50))
            found.append((result.course_ids, result.total, result.facets))
    return found


def _fresh_answers(directory: Path) -> list[tuple[list[int], int, dict[str, dict[str, int]]]]:
    """Answers of an index opened afresh, reading every word's postings (default limits)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(whoosh_index, "_CHECK_MIN_DOCS", 10**9)
        return _answers(CourseSearchIndex(directory))


@pytest.mark.parametrize("checked", [True, False], ids=["forward-checks", "postings"])
def test_a_long_lived_index_answers_like_a_fresh_one_after_every_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checked: bool
) -> None:
    rng = random.Random(7)
    directory = tmp_path / "index"
    index = CourseSearchIndex(directory)
    index.rebuild(_course(i, rng) for i in range(1, 301))
    if checked:
        # Every later word of a query is checked in the forward terms, never read.
        monkeypatch.setattr(whoosh_index, "_CHECK_MIN_DOCS", 0)
        monkeypatch.setattr(whoosh_index, "_CHECK_RATIO", 0)
    assert _answers(index) == _fresh_answers(directory)
    next_id = 301
    for step in range(12):
        kind = step % 3
        if kind == 0:  # change existing courses (their old versions are deleted)
            index.upsert(_course(rng.randint(1, next_id - 1), rng) for _ in range(3))
        elif kind == 1:  # new courses
            index.upsert(_course(next_id + i, rng) for i in range(4))
            next_id += 4
        else:
            index.delete(rng.sample(range(1, next_id), 5))
        mine = _answers(index)
        fresh = _fresh_answers(directory)
        assert mine == fresh, f"step {step}: answers differ from a freshly opened index"
        assert index.count() == CourseSearchIndex(directory).count()
