"""The product's name and tagline, shared by pages, emails and receipts."""

from __future__ import annotations

BRAND = "Learnly"
TAGLINE = "Courses by people who do the work"
