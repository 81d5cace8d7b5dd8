"""Catalog data as the public pages print it: plain dicts of display-ready strings.

`card_view(summary)` is the shape `components.course_card` expects; other domains that show
course cards (e.g. "more courses by this instructor") build their rows with it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from udemy_clone.catalog.models import LANGUAGES, CoursePublic, CourseSummary
from udemy_clone.core.money import format_price

LEVEL_LABELS = {
    "beginner": "Beginner",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
    "all": "All levels",
}
LEVEL_COLORS = {"beginner": "green", "intermediate": "blue", "advanced": "orange", "all": "gray"}


def course_href(slug: str) -> str:
    """The landing page of a course."""
    return f"/course/{slug}"


def player_href(slug: str, lecture_id: int | None = None) -> str:
    """The player (playback domain): the course's resume point, or one lecture."""
    return f"/learn/{slug}" if lecture_id is None else f"/learn/{slug}/{lecture_id}"


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level.replace("_", " ").capitalize())


def language_label(code: str) -> str:
    return LANGUAGES.get(code, code.upper())


def clock(seconds: int) -> str:
    """A lecture's length: 7:05, 12:40, 1:02:09."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def length_label(seconds: int) -> str:
    """A section's or course's length: 42min, 3h 5m, 12h."""
    minutes = max(0, int(seconds)) // 60
    if minutes < 60:
        return f"{max(minutes, 1) if seconds else 0}min"
    hours, rest = divmod(minutes, 60)
    return f"{hours}h {rest}m" if rest else f"{hours}h"


def count_label(n: int, singular: str, plural: str | None = None) -> str:
    """1 lecture, 12 lectures, 1,204 students."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def _stars_percent(average: float) -> str:
    return f"{max(0.0, min(5.0, average)) / 5 * 100:.0f}%"


def card_view(summary: CourseSummary) -> dict[str, Any]:
    """A course card's strings (see components.course_card)."""
    rating = summary.rating
    return {
        "id": summary.id,
        "slug": summary.slug,
        "href": course_href(summary.slug),
        "title": summary.title,
        "subtitle": summary.subtitle,
        "instructor": summary.instructor.full_name,
        "thumbnail": summary.thumbnail_url or "",
        "has_rating": rating.count > 0,
        "rating": f"{rating.average:.1f}",
        "stars": _stars_percent(rating.average),
        "rating_count": f"({rating.count:,})",
        "price": format_price(summary.price_cents, summary.currency),
        "is_free": summary.price_cents == 0,
        "level": level_label(summary.level),
        "level_color": LEVEL_COLORS.get(summary.level, "gray"),
        "length": length_label(summary.duration_seconds),
        "students": count_label(summary.enrollment_count, "student"),
    }


def _month(moment: datetime | None) -> str:
    return moment.strftime("%B %Y") if moment else ""


def landing_view(course: CoursePublic) -> dict[str, Any]:
    """The landing page's strings, without the curriculum (see sections_view)."""
    rating = course.rating
    points, about = split_learning_points(course.description)
    return {
        "id": course.id,
        "slug": course.slug,
        "title": course.title,
        "subtitle": course.subtitle,
        "learn_points": points,
        "about": about,
        "instructor_id": course.instructor.id,
        "instructor": course.instructor.full_name,
        "instructor_initials": "".join(
            p[0] for p in course.instructor.full_name.split()[:2]
        ).upper()
        or "?",
        "breadcrumb": [
            {"name": crumb.name, "href": f"/courses?category={crumb.slug}"}
            for crumb in course.category.path
        ],
        "tags": list(course.tags),
        "thumbnail": course.thumbnail_url or "",
        "learn_href": player_href(course.slug),
        "studio_href": f"/studio/course/{course.id}",
        "price": format_price(course.price_cents, course.currency),
        "is_free": course.price_cents == 0,
        "level": level_label(course.level),
        "language": language_label(course.language),
        "status": course.status,
        "is_published": course.status == "published",
        "status_label": course.status.replace("_", " "),
        "has_rating": rating.count > 0,
        "rating": f"{rating.average:.1f}",
        "stars": _stars_percent(rating.average),
        "rating_count": count_label(rating.count, "rating"),
        "students": count_label(course.enrollment_count, "student"),
        "updated": _month(course.updated_at),
        "length": length_label(course.duration_seconds),
        "lectures": count_label(course.lecture_count, "lecture"),
        "sections": count_label(len(course.sections), "section"),
    }


def sections_view(course: CoursePublic) -> list[dict[str, Any]]:
    """The curriculum: each section with its lectures, counts and lengths."""
    return [
        {
            "id": section.id,
            "title": section.title,
            "summary": (
                f"{count_label(len(section.lectures), 'lecture')} • "
                f"{length_label(sum(lec.duration_seconds for lec in section.lectures))}"
            ),
            "open": index == 0,
            "lectures": [
                {
                    "id": lecture.id,
                    "title": lecture.title,
                    "duration": clock(lecture.duration_seconds),
                    "is_preview": lecture.is_preview,
                    "href": player_href(course.slug, lecture.id),
                }
                for lecture in section.lectures
            ],
        }
        for index, section in enumerate(course.sections)
    ]


_LEARN_HEADING = re.compile(r"^#{1,6}\s*what\s+you(?:'|’|\s+wi)ll\s+learn\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*+]\s+(.+?)\s*$")


def split_learning_points(description: str) -> tuple[list[str], str]:
    """The bullets under a "What you'll learn" heading, and the description without them."""
    lines = description.splitlines()
    for start, line in enumerate(lines):
        if not _LEARN_HEADING.match(line.strip()):
            continue
        points: list[str] = []
        end = start + 1
        while end < len(lines):
            bullet = _BULLET.match(lines[end])
            if bullet:
                points.append(bullet.group(1))
            elif lines[end].strip():
                break
            end += 1
        if points:
            rest = "\n".join(lines[:start] + lines[end:]).strip()
            return points, rest
    return [], description.strip()
