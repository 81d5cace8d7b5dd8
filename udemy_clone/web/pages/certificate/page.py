"""The public certificate verification page: facts, valid/revoked, QR code, PDF download."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.certificate.state import CertificateState

cert = CertificateState.certificate


def _status_badge() -> rx.Component:
    return rx.cond(
        cert.valid,
        rx.badge(
            rx.icon("badge-check", size=16),
            "Valid certificate",
            color_scheme="green",
            size="3",
            variant="soft",
            id="certificate-status",
        ),
        rx.badge(
            rx.icon("ban", size=16),
            "Revoked",
            color_scheme="red",
            size="3",
            variant="soft",
            id="certificate-status",
        ),
    )


def _fact(label: str, value: rx.Var | str, test_id: str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", color="var(--gray-10)", weight="medium"),
        rx.text(value, size="3", weight="bold", id=test_id),
        spacing="0",
        align="start",
    )


def _certificate() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(BRAND.upper(), weight="bold", color="var(--gray-11)", letter_spacing="0.08em"),
            rx.spacer(),
            _status_badge(),
            width="100%",
            align="center",
            wrap="wrap",
            spacing="2",
        ),
        rx.heading("Certificate of Completion", size="7"),
        rx.text("This is to certify that", color="var(--gray-11)"),
        rx.heading(cert.student_name, size="8", id="certificate-student"),
        rx.text("successfully completed the course", color="var(--gray-11)"),
        rx.heading(cert.course_title, size="5", id="certificate-course"),
        rx.cond(
            cert.valid,
            rx.fragment(),
            rx.callout(
                "This certificate was revoked on "
                + cert.revoked_on
                + " because the course was refunded. It no longer attests completion.",
                icon="triangle-alert",
                color_scheme="red",
                width="100%",
                id="certificate-revoked",
            ),
        ),
        rx.grid(
            rx.vstack(
                rx.grid(
                    _fact("Instructor", cert.instructor_name, "certificate-instructor"),
                    _fact("Date", cert.issued, "certificate-date"),
                    _fact("Length", cert.video_length, "certificate-length"),
                    _fact("Certificate no.", cert.id, "certificate-id"),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="4",
                    width="100%",
                ),
                rx.text("Verification URL", size="1", color="var(--gray-10)"),
                rx.link(cert.verify_url, href=cert.page_href, size="2", word_break="break-all"),
                rx.link(
                    rx.button(rx.icon("download", size=16), "Download PDF", size="3"),
                    href=cert.pdf_url,
                    is_external=True,
                    id="certificate-pdf",
                ),
                spacing="3",
                align="start",
                width="100%",
            ),
            rx.center(
                rx.image(
                    src=CertificateState.qr_code,
                    alt="QR code of this certificate's verification URL",
                    width="160px",
                    height="160px",
                    id="certificate-qr",
                ),
                padding="0.5rem",
                background="white",
                border_radius="8px",
            ),
            columns=rx.breakpoints(initial="1", sm="minmax(0, 1fr) auto"),
            spacing="5",
            width="100%",
            align="center",
        ),
        spacing="3",
        padding=["1.25rem", "2rem"],
        width="100%",
        style=card_style,
        border_top="6px solid var(--accent-9)",
    )


def _not_found() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.icon("file-question", size=40, color="var(--gray-9)"),
            rx.heading("No such certificate", size="6", id="certificate-not-found"),
            rx.text(
                "No certificate has this id. Check the link or QR code you were given.",
                text_align="center",
            ),
            rx.link(rx.button("Browse courses", variant="soft"), href=routes.BROWSE),
            align="center",
            spacing="3",
        ),
        padding="5rem 1rem",
    )


def certificate_page() -> rx.Component:
    """/certificate/[certificate_id]"""
    return page_shell(
        rx.cond(
            CertificateState.loaded,
            rx.cond(CertificateState.not_found, _not_found(), _certificate()),
            loading_panel(),
        ),
        width="860px",
    )
