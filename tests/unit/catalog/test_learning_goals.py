"""Learning goals are the bullet points under the description's "What you will learn"."""

from __future__ import annotations

from udemy_clone.catalog import demo
from udemy_clone.catalog.publishing import MIN_LEARNING_GOALS, learning_goals


def test_bullets_under_the_learning_heading_are_goals():
    text = "Intro.\n\n## What you will learn\n- Alpha\n- **Beta** things\n\n## Who\n- Not a goal"
    assert learning_goals(text) == ["Alpha", "Beta things"]


def test_other_languages_and_no_heading():
    assert learning_goals("## Lo que aprenderás\n- Uno\n- Dos") == ["Uno", "Dos"]
    assert learning_goals("## Ce que vous allez apprendre\n- Un") == ["Un"]
    assert learning_goals("- a bullet without a heading") == []
    assert learning_goals("") == []


def test_demo_descriptions_have_enough_goals():
    text = demo.DESCRIPTION.format(subtitle="S", topic="Python")
    assert len(learning_goals(text)) >= MIN_LEARNING_GOALS
