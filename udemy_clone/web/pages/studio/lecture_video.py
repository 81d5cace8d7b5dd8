"""A minimal instructor page with one lecture's upload widget (/studio/lectures/[id]/video).

The curriculum editor embeds the same widget per lecture (see media/components.py); this page
is a direct link to one lecture's video and what the upload browser test drives.
"""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.layout import guarded, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.studio.video_upload import video_upload


class LectureVideoPageState(rx.State):
    """The lecture named in the route."""

    lecture_id: int = 0

    @rx.event
    def load(self) -> None:
        """On load: read the lecture id from the route."""
        raw = str(self.router.page.params.get("lecture_id", ""))
        self.lecture_id = int(raw) if raw.isdigit() and len(raw) <= 10 else 0


def _content() -> rx.Component:
    return rx.vstack(
        rx.heading("Lecture video", size="6"),
        rx.text(
            "Upload the lecture's video (MP4, MOV, MKV, WebM or AVI). Students keep seeing the "
            "current video until the new one is ready.",
            color="var(--gray-11)",
        ),
        rx.cond(
            LectureVideoPageState.lecture_id > 0,
            rx.box(
                video_upload(LectureVideoPageState.lecture_id, id="lecture-video-upload"),
                padding="1.25rem",
                style=card_style,
                width="100%",
            ),
        ),
        spacing="4",
        max_width="640px",
        width="100%",
    )


def lecture_video_page() -> rx.Component:
    return page_shell(guarded("instructor", _content))
