"""My courses' state."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.playback import service as playback_service
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.pages.certificate.rows import CertificateRow, certificate_row
from udemy_clone.web.pages.learning.rows import EnrolledCourse, enrolled_courses


class MyCoursesState(rx.State):
    """The courses the student is enrolled in."""

    courses: list[EnrolledCourse] = []
    certificates: list[CertificateRow] = []
    loaded: bool = False

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load of /my-courses."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        with db.read_session() as session:
            rows = playback_service.my_courses(session=session, user_id=auth.user_id)
            certificates = playback_service.my_certificates(session=session, user_id=auth.user_id)
        self.courses = enrolled_courses(rows)
        self.certificates = [certificate_row(c) for c in certificates]
        self.loaded = True
        return None
