"""State of the public certificate verification page (/certificate/[certificate_id])."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.playback import service
from udemy_clone.playback.certificate_render import qr_svg_data_uri
from udemy_clone.web.pages.certificate.rows import CertificateRow, certificate_row


class CertificateState(rx.State):
    """One certificate's facts, status and QR code, for anyone holding the link."""

    loaded: bool = False
    not_found: bool = False
    certificate: CertificateRow = CertificateRow()
    qr_code: str = ""  # an SVG data URI of the verification URL

    @rx.event
    def load(self) -> None:
        """On load: look the certificate up by the id in the URL."""
        self.loaded = False
        certificate_id = str(self.router.page.params.get("certificate_id", ""))[:64]
        try:
            with db.read_session() as session:
                found = service.get_certificate(session=session, certificate_id=certificate_id)
        except DomainError:
            self.not_found = True
            self.certificate = CertificateRow()
            self.qr_code = ""
            self.loaded = True
            return
        self.not_found = False
        self.certificate = certificate_row(found)
        self.qr_code = qr_svg_data_uri(found.verify_url)
        self.loaded = True
