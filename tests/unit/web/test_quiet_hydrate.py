"""Issue #14: a tab's first hydrate must not save the states of pages it never opened.

`hydrate_and_load` sends `State.dict()`, which works out every cached computed var of the
whole tree; a state whose only change is such a value stays out of Redis (not touched)."""

from __future__ import annotations

from reflex.state import BaseState, State

from udemy_clone.web.pages.admin.orders_state import AdminOrdersState
from udemy_clone.web.pages.auth.state import RegisterState
from udemy_clone.web.pages.checkout.state import CheckoutSuccessState
from udemy_clone.web.pages.course.reviews.state import ReviewsState
from udemy_clone.web.pages.learning.state import MyCoursesState
from udemy_clone.web.pages.notifications.state import NotificationsPageState
from udemy_clone.web.pages.player.qa_state import QAState
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.player.transcript_state import TranscriptState
from udemy_clone.web.pages.studio.editor_state import CourseEditorState
from udemy_clone.web.pages.studio.quiz_editor_state import QuizEditorState

UNOPENED = [
    CourseEditorState,
    QuizEditorState,
    MyCoursesState,
    CheckoutSuccessState,
    AdminOrdersState,
    PlayerState,
    QAState,
    TranscriptState,
    ReviewsState,
    NotificationsPageState,
]


def _substate(root: State, cls: type[BaseState]) -> BaseState:
    return root.get_substate(cls.get_full_name().split(".")[1:])


def test_the_full_snapshot_leaves_unopened_pages_untouched():
    root = State(_reflex_internal_init=True)
    snapshot = root.dict()
    register = _substate(root, RegisterState)
    assert not register._was_touched  # no computed var reading the router any more
    for cls in UNOPENED:
        state = _substate(root, cls)
        # the snapshot carries the page's computed values ...
        assert cls.computed_vars
        assert all(
            f"{name}_rx_state_" in snapshot[cls.get_full_name()] for name in cls.computed_vars
        )
        # ... without marking the page as changed (so the state manager does not save it)
        assert not state._was_touched, cls.__name__


def test_a_page_changed_by_an_event_is_still_saved():
    root = State(_reflex_internal_init=True)
    editor = _substate(root, CourseEditorState)
    assert isinstance(editor, CourseEditorState)
    editor.title = "Rust for beginners"
    root.dict()
    assert editor._was_touched
    assert editor.is_new  # computed from the changed state as before
