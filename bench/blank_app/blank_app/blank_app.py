"""The smallest Reflex app with one state and one event: what the UI benchmark compares with."""

import reflex as rx


class State(rx.State):
    """One counter."""

    count: int = 0

    @rx.event
    def increment(self) -> None:
        """The one event."""
        self.count += 1


def index() -> rx.Component:
    return rx.vstack(rx.heading(State.count), rx.button("+1", on_click=State.increment))


app = rx.App()
app.add_page(index, on_load=State.increment)
