"""Catalog data as the public pages print it: plain dicts of display-ready strings.

`card_view(summary)` is the shape `components.course_card` expects; other domains that show
course cards (e.g. "more courses by this instructor") build their rows with it.
"""

from __future__ import annotations

import re
from typing import Any

from udemy_clone.catalog.models import LANGUAGES, CoursePublic, CourseSummary
from udemy_clone.core.money import format_price
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.format import clock, count_label, length_label, month_year

LEVEL_LABELS = {
    "beginner": "Beginner",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
    "all": "All levels",
}
LEVEL_COLORS = {"beginner": "green", "intermediate": "blue", "advanced": "orange", "all": "gray"}


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level.replace("_", " ").capitalize())


def language_label(code: str) -> str:
    return LANGUAGES.get(code, code.upper())


def card_view(summary: CourseSummary) -> dict[str, Any]:
    """A course card's strings (see components.course_card)."""
    rating = summary.rating
    return {
        "id": summary.id,
        "slug": summary.slug,
        "href": routes.course_url(summary.slug),
        "title": summary.title,
        "subtitle": summary.subtitle,
        "instructor": summary.instructor.full_name,
        "thumbnail": summary.thumbnail_url or "",
        "has_rating": rating.count > 0,
        "rating": f"{rating.average:.1f}",
        "stars": stars_percent(rating.average),
        "rating_count": f"({rating.count:,})",
        "price": format_price(summary.price_cents, summary.currency),
        "is_free": summary.price_cents == 0,
        "level": level_label(summary.level),
        "level_color": LEVEL_COLORS.get(summary.level, "gray"),
        "length": length_label(summary.duration_seconds),
        "students": count_label(summary.enrollment_count, "student"),
    }


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
            {"name": crumb.name, "href": routes.browse_url(category=crumb.slug)}
            for crumb in course.category.path
        ],
        "tags": list(course.tags),
        "thumbnail": course.thumbnail_url or "",
        "learn_href": routes.learn_url(course.slug),
        "studio_href": routes.studio_course_url(course.id),
        "price": format_price(course.price_cents, course.currency),
        "is_free": course.price_cents == 0,
        "level": level_label(course.level),
        "language": language_label(course.language),
        "status": course.status,
        "is_published": course.status == "published",
        "status_label": course.status.replace("_", " "),
        "has_rating": rating.count > 0,
        "rating": f"{rating.average:.1f}",
        "stars": stars_percent(rating.average),
        "rating_count": count_label(rating.count, "rating"),
        "students": count_label(course.enrollment_count, "student"),
        "updated": month_year(course.updated_at),
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
                    "href": routes.learn_url(course.slug, lecture.id),
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
