"""The "mentioned at" lines of search results: snippet pieces and labels."""

from __future__ import annotations

from udemy_clone.catalog.service import LectureMatch
from udemy_clone.web.pages.browse.lecture_mentions import mention_row, snippet_parts


def test_neighbouring_words_are_one_highlight_and_bad_offsets_are_ignored():
    text = "Then the flux capacitor needs it: flux"
    parts = snippet_parts(text, [[9, 13], [14, 23], [34, 38], [30, 99], [5, 2]])
    assert [(p.text, p.hit) for p in parts] == [
        ("Then the ", False),
        ("flux capacitor", True),
        (" needs it: ", False),
        ("flux", True),
    ]
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.hit) for p in snippet_parts("no match", [])] == [("no match", False)]


def test_a_row_says_where_and_what_the_link_does():
    match = LectureMatch(
        lecture_id=7,
        lecture_number=5,
        lecture_title="Ingress",
        start_seconds=754,
        timestamp="12:34",
        snippet="the ingress controller",
        highlights=[[4, 11]],
        url="/learn/k8s/7?t=754",
        opens_player=True,
    )
    row = mention_row(match)
    assert row.lecture == "Lecture 5" and row.href == "/learn/k8s/7?t=754"
    assert row.label == "Play Lecture 5, Ingress, at 12:34"
    closed = mention_row(match.model_copy(update={"opens_player": False, "url": "/course/k8s"}))
    assert closed.label.startswith("See the course for Lecture 5")
