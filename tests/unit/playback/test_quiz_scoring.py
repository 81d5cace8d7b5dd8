"""Scoring quiz submissions and the rules a question follows (no database)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from udemy_clone.catalog.quiz_models import QuizKeyQuestion, QuizOptionAuthor, QuizQuestionIn
from udemy_clone.core.errors import InvalidInput
from udemy_clone.playback.quizzes import check_answers, score_answers


def _question(qid: int, kind: str, correct: set[int], n: int = 4) -> QuizKeyQuestion:
    return QuizKeyQuestion(
        id=qid,
        position=qid - 1,
        prompt=f"Q{qid}",
        kind=kind,
        options=tuple(
            QuizOptionAuthor(text=f"o{i}", correct=i in correct, explanation="") for i in range(n)
        ),
    )


KEY = [_question(1, "single", {2}), _question(2, "multiple", {0, 3}), _question(3, "single", {0})]


def test_every_question_right_scores_full_marks():
    score = score_answers(KEY, {1: [2], 2: [3, 0], 3: [0]})
    assert (score.score, score.total, score.percent, score.passed) == (3, 3, 100, True)


def test_multiple_choice_is_all_or_nothing():
    assert score_answers(KEY, {1: [2], 2: [0], 3: [0]}).correct_by_question[2] is False
    assert score_answers(KEY, {1: [2], 2: [0, 1, 3], 3: [0]}).correct_by_question[2] is False


def test_the_pass_mark_is_half_the_questions_rounded_down_percent():
    one_of_three = score_answers(KEY, {1: [2], 2: [1], 3: [1]})
    assert (one_of_three.score, one_of_three.percent, one_of_three.passed) == (1, 33, False)
    two = score_answers(KEY[:2], {1: [2], 2: [1]})
    assert (two.percent, two.passed) == (50, True)
    assert score_answers([], {}).passed is False


def test_check_answers_wants_every_question_answered_validly():
    assert check_answers(KEY, {1: [2, 2], 2: [3, 0], 3: [0]}) == {1: [2], 2: [0, 3], 3: [0]}
    for answers, needle in [
        ({1: [2], 2: [0]}, "Answer every question"),
        ({1: [2], 2: [], 3: [0]}, "Answer every question"),
        ({1: [1, 2], 2: [0], 3: [0]}, "exactly one"),
        ({1: [4], 2: [0], 3: [0]}, "no such answer"),
        ({1: [-1], 2: [0], 3: [0]}, "no such answer"),
        ({1: [2], 2: [0], 3: [0], 9: [0]}, "does not have"),
    ]:
        with pytest.raises(InvalidInput, match=needle):
            check_answers(KEY, answers)


def _body(kind: str, correct: list[bool]) -> dict:
    return {
        "prompt": "Pick",
        "kind": kind,
        "options": [{"text": f"o{i}", "correct": c} for i, c in enumerate(correct)],
    }


@pytest.mark.parametrize(
    ("kind", "correct", "ok"),
    [
        ("single", [True, False], True),
        ("single", [True, True], False),
        ("single", [False, False], False),
        ("multiple", [True, True, False], True),
        ("multiple", [False, False], False),
        ("multiple", [True] * 8, True),
        ("multiple", [True] * 9, False),
        ("single", [True], False),
    ],
)
def test_question_rules(kind, correct, ok):
    if ok:
        assert QuizQuestionIn.model_validate(_body(kind, correct)).kind == kind
    else:
        with pytest.raises(ValidationError):
            QuizQuestionIn.model_validate(_body(kind, correct))
