"""Drawing a certificate: the PDF (fpdf2, DejaVu Sans for any name) and its QR code (qrcode).

An adapter: it knows nothing of the database, only the facts of `CertificatePublic`.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

import qrcode
import qrcode.image.svg
from fpdf import FPDF

from udemy_clone.core.brand import BRAND
from udemy_clone.playback.learning_models import CertificatePublic

# Shipped with the app (assets/fonts, DejaVu's licence beside them); Debian's copy otherwise.
FONT_DIRS = (
    Path(__file__).resolve().parents[2] / "assets" / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
)
REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"


def _font_dir() -> Path:
    for folder in FONT_DIRS:
        if (folder / REGULAR).is_file() and (folder / BOLD).is_file():
            return folder
    raise RuntimeError("DejaVu Sans is missing: expected it in assets/fonts.")


def qr_png(url: str) -> bytes:
    """A QR code of `url` as PNG bytes."""
    image = qrcode.make(url, box_size=10, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()


def qr_svg_data_uri(url: str) -> str:
    """A QR code of `url` as an SVG data URI (for an <img> on the verification page)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    svg = image.to_string(encoding="unicode")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def length_text(video_seconds: int) -> str:
    """ "3.5 total hours" / "45 minutes" — the course length on the certificate."""
    if video_seconds >= 3600:
        return f"{video_seconds / 3600:.1f} total hours"
    minutes = max(1, round(video_seconds / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''} of video"


def certificate_pdf(certificate: CertificatePublic) -> bytes:
    """The certificate as a one-page landscape A4 PDF."""
    fonts = _font_dir()
    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.set_title(f"Certificate of completion - {certificate.course_title}")
    pdf.set_author(BRAND)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(fonts / REGULAR))
    pdf.add_font("DejaVu", "B", str(fonts / BOLD))
    pdf.add_page()
    width = pdf.w
    # frame
    pdf.set_draw_color(164, 53, 240)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, width - 20, pdf.h - 20)
    pdf.set_line_width(0.3)
    pdf.rect(14, 14, width - 28, pdf.h - 28)

    pdf.set_text_color(90, 90, 100)
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_xy(24, 26)
    pdf.cell(0, 8, BRAND.upper())
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(24, 26)
    pdf.cell(width - 48, 8, f"Certificate no: {certificate.id}", align="R")

    pdf.set_text_color(20, 20, 30)
    pdf.set_font("DejaVu", "B", 30)
    pdf.set_xy(24, 50)
    pdf.cell(width - 48, 14, "Certificate of Completion", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.set_xy(24, 70)
    pdf.cell(width - 48, 8, "This is to certify that", align="C")
    pdf.set_font("DejaVu", "B", 26)
    pdf.set_xy(24, 82)
    pdf.cell(width - 48, 14, certificate.student_name, align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.set_xy(24, 100)
    pdf.cell(width - 48, 8, "successfully completed the course", align="C")
    pdf.set_font("DejaVu", "B", 18)
    pdf.set_xy(34, 112)
    pdf.multi_cell(width - 68, 9, certificate.course_title, align="C")

    pdf.set_font("DejaVu", "", 12)
    pdf.set_text_color(60, 60, 70)
    facts = [
        f"Instructor: {certificate.instructor_name}",
        f"Date: {certificate.issued_at.strftime('%d %B %Y')}",
        f"Length: {length_text(certificate.video_seconds)}",
    ]
    y = 148.0
    for line in facts:
        pdf.set_xy(24, y)
        pdf.cell(0, 7, line)
        y += 8
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(24, y + 4)
    pdf.cell(0, 6, "Verify this certificate at:")
    pdf.set_xy(24, y + 10)
    pdf.set_text_color(110, 40, 200)
    pdf.cell(0, 6, certificate.verify_url, link=certificate.verify_url)
    # QR code of the verification URL, bottom right
    size = 42
    pdf.image(io.BytesIO(qr_png(certificate.verify_url)), x=width - 24 - size, y=138, w=size)
    return bytes(pdf.output())
