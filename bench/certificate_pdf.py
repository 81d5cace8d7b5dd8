"""How long drawing one certificate takes: the PDF (fpdf2, DejaVu subset, QR PNG) and the
verification page's SVG QR code. Prints median and p95 over N runs of each, CPU and wall.

    .venv/bin/python bench/certificate_pdf.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime

from udemy_clone.playback.certificate_render import certificate_pdf, qr_svg_data_uri
from udemy_clone.playback.learning_models import CertificatePublic

URL = "https://learn.example.com/certificate/AbCdEfGhIjKlMnOpQrStUv"
CERTIFICATE = CertificatePublic(
    id="AbCdEfGhIjKlMnOpQrStUv",
    student_name="Zoë Müller",
    course_id=1,
    course_title="Python für Einsteiger: vom ersten Skript zur fertigen Anwendung",
    instructor_name="Ïgor Ñúñez",
    issued_at=datetime(2026, 12, 6, tzinfo=UTC),
    video_seconds=12600,
    length_hours=3.5,
    status="valid",
    revoked_at=None,
    verify_url=URL,
    pdf_url=URL + "/pdf",
)


def _measure(name: str, work: Callable[[], object], runs: int) -> None:
    walls, cpus = [], []
    size = 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        size = len(result) if isinstance(result, bytes | str) else 0
    walls.sort()
    p95 = walls[min(len(walls) - 1, int(0.95 * len(walls)))]
    print(
        f"{name}: wall median {statistics.median(walls):.1f} ms, p95 {p95:.1f} ms; "
        f"CPU median {statistics.median(cpus):.1f} ms; {size:,} bytes"
    )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print(f"{runs} runs each, load average {os.getloadavg()[0]:.1f} (1 min)")
    _measure("certificate PDF", lambda: certificate_pdf(CERTIFICATE), runs)
    _measure("QR code SVG data URI", lambda: qr_svg_data_uri(URL), runs)


if __name__ == "__main__":
    main()
