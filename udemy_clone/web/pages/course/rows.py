"""A course landing page as typed rows: the listing and the curriculum, built from the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from udemy_clone.catalog.models import CoursePublic, LecturePublic
from udemy_clone.catalog.service import InstructorProfile
from udemy_clone.core.money import format_price
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.course_views import (
    badge_label,
    language_label,
    level_label,
    split_learning_points,
)
from udemy_clone.web.kit.format import clock, count_label, length_label, month_year, rating_label
from udemy_clone.web.kit.markdown_html import markdown_to_html


@dataclass
class Crumb:
    """One category of the breadcrumb, linking to the catalogue filtered by it."""

    name: str = ""
    href: str = ""


@dataclass
class CourseBadgeTag:
    """A badge of the course ("bestseller", "Bestseller")."""

    kind: str = ""
    label: str = ""


@dataclass
class CourseLanding:
    """The landing page's strings, without the curriculum (see `curriculum_sections`)."""

    id: int = 0
    slug: str = ""
    title: str = ""
    subtitle: str = ""
    learn_points: list[str] = field(default_factory=list)
    # the description after the learning points, rendered (markdown_html: the author's HTML is
    # escaped); its Markdown source is not kept: the tab's state stays small (issue #14)
    about_html: str = ""
    instructor_id: int = 0
    instructor: str = ""
    instructor_initials: str = "?"
    breadcrumb: list[Crumb] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    thumbnail: str = ""  # "" → the branded placeholder
    learn_href: str = ""
    studio_href: str = ""
    price: str = ""
    is_free: bool = False
    level: str = ""
    language: str = ""
    status: str = ""
    is_published: bool = False
    status_label: str = ""
    has_rating: bool = False
    rating: str = ""
    stars: str = "0%"
    rating_count: str = ""
    students: str = ""
    updated: str = ""
    video_length: str = ""  # "length" would shadow Var.length()
    lectures_label: str = ""
    sections_label: str = ""
    badges: list[CourseBadgeTag] = field(default_factory=list)


@dataclass
class CurriculumLecture:
    """A lecture line of the public curriculum; previews link to the player (`href` is "" for
    the others: nothing links to them, and each address costs the tab's state ~40 bytes)."""

    id: int = 0
    title: str = ""
    duration: str = ""
    is_preview: bool = False
    href: str = ""


@dataclass
class CurriculumSection:
    """A section of the public curriculum with its lecture count and length."""

    id: int = 0
    title: str = ""
    summary: str = ""
    open: bool = False
    lectures: list[CurriculumLecture] = field(default_factory=list)


def initials(full_name: str) -> str:
    """Up to two initials for an avatar: "Ada Lovelace" → "AL"; "?" for no name."""
    return "".join(part[0] for part in full_name.split()[:2]).upper() or "?"


def course_landing(course: CoursePublic) -> CourseLanding:
    """The catalog's course detail as the landing page shows it."""
    rating = course.rating
    points, about = split_learning_points(course.description)
    return CourseLanding(
        id=course.id,
        slug=course.slug,
        title=course.title,
        subtitle=course.subtitle,
        learn_points=points,
        about_html=markdown_to_html(about),
        instructor_id=course.instructor.id,
        instructor=course.instructor.full_name,
        instructor_initials=initials(course.instructor.full_name),
        breadcrumb=[
            Crumb(name=crumb.name, href=routes.browse_url(category=crumb.slug))
            for crumb in course.category.path
        ],
        tags=list(course.tags),
        thumbnail=course.thumbnail_url or "",
        learn_href=routes.learn_url(course.slug),
        studio_href=routes.studio_course_url(course.id),
        price=format_price(course.price_cents, course.currency),
        is_free=course.price_cents == 0,
        level=level_label(course.level),
        language=language_label(course.language),
        status=course.status,
        is_published=course.status == "published",
        status_label=course.status.replace("_", " "),
        has_rating=rating.count > 0,
        rating=rating_label(rating.average, rating.count),
        stars=stars_percent(rating.average),
        rating_count=count_label(rating.count, "rating"),
        students=count_label(course.enrollment_count, "student"),
        updated=month_year(course.updated_at),
        video_length=length_label(course.duration_seconds),
        lectures_label=count_label(course.lecture_count, "lecture"),
        sections_label=count_label(len(course.sections), "section"),
        badges=[CourseBadgeTag(kind=kind, label=badge_label(kind)) for kind in course.badges],
    )


def _lecture_length(lecture: LecturePublic) -> str:
    """A video's length; a quiz shows its questions instead ("Quiz · 5 questions")."""
    if lecture.kind == "quiz":
        return f"Quiz · {count_label(lecture.question_count, 'question')}"
    return clock(lecture.duration_seconds)


def _section_summary(lectures: list[LecturePublic]) -> str:
    quizzes = sum(1 for lec in lectures if lec.kind == "quiz")
    summary = f"{count_label(len(lectures) - quizzes, 'lecture')}"
    if quizzes:
        summary += f" • {count_label(quizzes, 'quiz', 'quizzes')}"
    return summary + f" • {length_label(sum(lec.duration_seconds for lec in lectures))}"


def curriculum_sections(course: CoursePublic) -> list[CurriculumSection]:
    """The curriculum: each section with its lectures, counts and lengths; the first is open."""
    return [
        CurriculumSection(
            id=section.id,
            title=section.title,
            summary=_section_summary(section.lectures),
            open=index == 0,
            lectures=[
                CurriculumLecture(
                    id=lecture.id,
                    title=lecture.title,
                    duration=_lecture_length(lecture),
                    is_preview=lecture.is_preview,
                    href=routes.learn_url(course.slug, lecture.id) if lecture.is_preview else "",
                )
                for lecture in section.lectures
            ],
        )
        for index, section in enumerate(course.sections)
    ]


@dataclass
class ShareLink:
    """A place to share the course: a label, a Lucide icon and the prefilled address."""

    label: str = ""
    icon: str = ""
    href: str = ""


# Where the course can be shared: a label, a Lucide icon and the address, `{link}` and
# `{subject}` standing for the course's address and title, URL-encoded (see share_parts).
# Lucide has no brand logos (a "twitter" icon drew nothing): neutral pictures of each.
SHARE_TARGETS: tuple[tuple[str, str, str], ...] = (
    ("Email", "mail", "mailto:?subject={subject}&body={link}"),
    ("X", "message-circle", "https://twitter.com/intent/tweet?url={link}&text={subject}"),
    (
        "LinkedIn",
        "briefcase-business",
        "https://www.linkedin.com/sharing/share-offsite/?url={link}",
    ),
    ("Facebook", "users", "https://www.facebook.com/sharer/sharer.php?u={link}"),
)


def share_parts(url: str, title: str) -> tuple[str, str]:
    """The course's address and title as the share links carry them (URL-encoded)."""
    return quote(url, safe=""), quote(title, safe="")


def share_links(url: str, title: str) -> list[ShareLink]:
    """Email, X, LinkedIn and Facebook, each prefilled with the course's address."""
    link, subject = share_parts(url, title)
    return [
        ShareLink(label, icon, template.format(link=link, subject=subject))
        for label, icon, template in SHARE_TARGETS
    ]


@dataclass
class InstructorCard:
    """The instructor as the course page and the profile page show them."""

    name: str = ""
    initials: str = "?"
    href: str = ""
    headline: str = ""
    bio: str = ""
    photo: str = ""
    rating: str = ""
    reviews: str = ""
    students: str = ""
    courses: str = ""


def instructor_card(profile: InstructorProfile) -> InstructorCard:
    """A profile's figures worded for display ("4.6 Instructor rating", "1 course")."""
    figures = profile.figures
    return InstructorCard(
        name=profile.full_name,
        initials=initials(profile.full_name),
        href=routes.instructor_url(profile.slug),
        headline=profile.headline,
        bio=profile.bio,
        photo=profile.photo_url,
        rating=f"{figures.average_rating:.1f} Instructor rating"
        if figures.review_count
        else "New instructor",
        reviews=count_label(figures.review_count, "review"),
        students=count_label(figures.student_count, "student"),
        courses=count_label(figures.course_count, "course"),
    )
