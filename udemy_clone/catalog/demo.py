"""Demo catalogue for a first start: nested categories, instructors and believable courses.

Deterministic (same titles, prices and curricula every time) and fast: everything is written
in the caller's transaction through the taxonomy and catalog services, then the caller
rebuilds the search index once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog import thumbnails
from udemy_clone.catalog.models import (
    Course,
    CourseCreate,
    CourseLevel,
    CourseStatus,
    LectureCreate,
    SectionCreate,
)
from udemy_clone.core.db import utcnow
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.taxonomy.service import CategoryCreate

# parent -> children; courses are filed under the children (and a few under parents)
CATEGORY_TREE: dict[str, list[str]] = {
    "Development": [
        "Web Development",
        "Data Science",
        "Mobile Development",
        "Programming Languages",
    ],
    "Business": ["Entrepreneurship", "Finance", "Management"],
    "Design": ["Graphic Design", "UX Design"],
    "Photography": ["Photo Editing", "Portrait Photography"],
    "Music": ["Instruments", "Music Production"],
}

DEMO_INSTRUCTORS = (
    ("maya.chen@example.com", "Maya Chen", "Senior software engineer and educator"),
    ("lucas.moreau@example.com", "Lucas Moreau", "Product designer, 12 years in UX"),
    ("priya.raman@example.com", "Priya Raman", "Data scientist and Kaggle grandmaster"),
    ("jonas.weber@example.com", "Jonas Weber", "Photographer and music producer"),
)
DEMO_INSTRUCTOR_PASSWORD = "teach-Demo-2026"


@dataclass(frozen=True)
class DemoCourse:
    title: str
    subtitle: str
    category: str
    tags: tuple[str, ...]
    level: str
    price_cents: int
    language: str = "en"
    teacher: int = 0  # index into the instructors list (0 = the demo instructor)


DEMO_COURSES: tuple[DemoCourse, ...] = (
    DemoCourse(
        "The Complete Python Bootcamp",
        "Go from zero to writing real Python programs",
        "Programming Languages",
        ("Python", "Programming"),
        "beginner",
        1999,
        teacher=0,
    ),
    DemoCourse(
        "Modern JavaScript from the Beginning",
        "ES2023, the DOM, fetch and async code without frameworks",
        "Web Development",
        ("JavaScript", "Web"),
        "beginner",
        1499,
        teacher=1,
    ),
    DemoCourse(
        "React and TypeScript: Build Real Apps",
        "Hooks, state, routing and testing with a typed codebase",
        "Web Development",
        ("React", "TypeScript", "JavaScript"),
        "intermediate",
        2499,
        teacher=1,
    ),
    DemoCourse(
        "FastAPI for Production",
        "Design, test and deploy fast Python web APIs",
        "Web Development",
        ("Python", "FastAPI", "APIs"),
        "intermediate",
        2999,
        teacher=0,
    ),
    DemoCourse(
        "Django Web Development Masterclass",
        "Build a complete marketplace with Django and PostgreSQL",
        "Web Development",
        ("Python", "Django", "Web"),
        "intermediate",
        2799,
        teacher=0,
    ),
    DemoCourse(
        "HTML and CSS for Absolute Beginners",
        "Your first web pages, responsive and accessible",
        "Web Development",
        ("HTML", "CSS", "Web"),
        "beginner",
        0,
        teacher=1,
    ),
    DemoCourse(
        "Data Analysis with Pandas",
        "Clean, explore and visualise real data sets",
        "Data Science",
        ("Python", "Pandas", "Data Analysis"),
        "beginner",
        1999,
        teacher=2,
    ),
    DemoCourse(
        "Machine Learning A to Z",
        "Regression, classification and clustering with scikit-learn",
        "Data Science",
        ("Machine Learning", "Python"),
        "intermediate",
        3499,
        teacher=2,
    ),
    DemoCourse(
        "Deep Learning with PyTorch",
        "Neural networks from tensors to transformers",
        "Data Science",
        ("Deep Learning", "PyTorch", "Machine Learning"),
        "advanced",
        3999,
        teacher=2,
    ),
    DemoCourse(
        "SQL for Data Analysts",
        "Query, join and aggregate like a pro",
        "Data Science",
        ("SQL", "Data Analysis", "Databases"),
        "beginner",
        1299,
        teacher=2,
    ),
    DemoCourse(
        "Statistics for Data Science",
        "Probability, inference and A/B tests explained clearly",
        "Data Science",
        ("Statistics", "Data Analysis"),
        "all",
        1799,
        teacher=2,
    ),
    DemoCourse(
        "Flutter and Dart: Mobile Apps for iOS and Android",
        "One codebase, two stores",
        "Mobile Development",
        ("Flutter", "Dart", "Mobile"),
        "beginner",
        2299,
        teacher=0,
    ),
    DemoCourse(
        "SwiftUI Essentials",
        "Build beautiful iPhone apps the modern way",
        "Mobile Development",
        ("Swift", "iOS", "Mobile"),
        "intermediate",
        2599,
        teacher=1,
    ),
    DemoCourse(
        "Kotlin for Android Developers",
        "Coroutines, Jetpack Compose and clean architecture",
        "Mobile Development",
        ("Kotlin", "Android", "Mobile"),
        "intermediate",
        2399,
        teacher=0,
    ),
    DemoCourse(
        "Go Programming: Concurrency in Practice",
        "Goroutines, channels and real services in Go",
        "Programming Languages",
        ("Go", "Concurrency"),
        "advanced",
        2699,
        teacher=0,
    ),
    DemoCourse(
        "Rust for Python Developers",
        "Ownership and speed without fear",
        "Programming Languages",
        ("Rust", "Python"),
        "intermediate",
        2899,
        teacher=0,
    ),
    DemoCourse(
        "Programación en Python desde cero",
        "Aprende a programar con proyectos prácticos",
        "Programming Languages",
        ("Python", "Programming"),
        "beginner",
        999,
        language="es",
        teacher=2,
    ),
    DemoCourse(
        "Start Your Online Business",
        "From idea to first customers in 30 days",
        "Entrepreneurship",
        ("Startups", "Marketing"),
        "beginner",
        1999,
        teacher=3,
    ),
    DemoCourse(
        "Lean Startup in Practice",
        "Validate ideas quickly and cheaply",
        "Entrepreneurship",
        ("Startups", "Product Management"),
        "all",
        0,
        teacher=1,
    ),
    DemoCourse(
        "Personal Finance Fundamentals",
        "Budget, save and invest with confidence",
        "Finance",
        ("Personal Finance", "Investing"),
        "beginner",
        0,
        teacher=3,
    ),
    DemoCourse(
        "Financial Modeling in Excel",
        "Three-statement models, DCF and scenario analysis",
        "Finance",
        ("Excel", "Finance", "Investing"),
        "advanced",
        3299,
        teacher=2,
    ),
    DemoCourse(
        "Stock Market Investing for Beginners",
        "Understand shares, ETFs and risk",
        "Finance",
        ("Investing", "Personal Finance"),
        "beginner",
        1499,
        teacher=3,
    ),
    DemoCourse(
        "Leadership for New Managers",
        "Lead your first team with clarity and care",
        "Management",
        ("Leadership", "Management"),
        "beginner",
        1799,
        teacher=1,
    ),
    DemoCourse(
        "Agile Project Management with Scrum",
        "Sprints, backlogs and happy teams",
        "Management",
        ("Agile", "Scrum", "Product Management"),
        "all",
        1599,
        teacher=0,
    ),
    DemoCourse(
        "Graphic Design Masterclass",
        "Typography, colour and layout that works",
        "Graphic Design",
        ("Graphic Design", "Typography"),
        "beginner",
        2199,
        teacher=1,
    ),
    DemoCourse(
        "Adobe Illustrator for Logo Design",
        "Design memorable brand marks step by step",
        "Graphic Design",
        ("Illustrator", "Logo Design"),
        "intermediate",
        1899,
        teacher=1,
    ),
    DemoCourse(
        "UX Design Fundamentals",
        "Research, wireframes and usability testing",
        "UX Design",
        ("UX", "User Research"),
        "beginner",
        1999,
        teacher=1,
    ),
    DemoCourse(
        "Figma from Zero to Prototype",
        "Components, auto layout and interactive prototypes",
        "UX Design",
        ("Figma", "UX", "Prototyping"),
        "beginner",
        1299,
        teacher=1,
    ),
    DemoCourse(
        "Design Systems at Scale",
        "Tokens, components and governance for large teams",
        "UX Design",
        ("Design Systems", "Figma"),
        "advanced",
        2999,
        teacher=1,
    ),
    DemoCourse(
        "Photography Masterclass",
        "Master your camera and shoot stunning photos",
        "Photography",
        ("Photography", "Camera"),
        "all",
        2499,
        teacher=3,
    ),
    DemoCourse(
        "Lightroom Classic: Edit Like a Pro",
        "A fast, repeatable editing workflow",
        "Photo Editing",
        ("Lightroom", "Photo Editing"),
        "intermediate",
        1699,
        teacher=3,
    ),
    DemoCourse(
        "Photoshop Retouching Essentials",
        "Skin, colour and compositing techniques",
        "Photo Editing",
        ("Photoshop", "Photo Editing"),
        "intermediate",
        1999,
        teacher=3,
    ),
    DemoCourse(
        "Natural Light Portrait Photography",
        "Beautiful portraits without studio gear",
        "Portrait Photography",
        ("Portraits", "Photography"),
        "beginner",
        1499,
        teacher=3,
    ),
    DemoCourse(
        "Guitar for Complete Beginners",
        "Chords, strumming and your first songs",
        "Instruments",
        ("Guitar", "Music Theory"),
        "beginner",
        0,
        teacher=3,
    ),
    DemoCourse(
        "Piano Foundations",
        "Read music and play with both hands",
        "Instruments",
        ("Piano", "Music Theory"),
        "beginner",
        1799,
        teacher=3,
    ),
    DemoCourse(
        "Music Production in Ableton Live",
        "From the first beat to a finished track",
        "Music Production",
        ("Ableton", "Music Production"),
        "intermediate",
        2799,
        teacher=3,
    ),
    DemoCourse(
        "Mixing and Mastering Essentials",
        "Make your songs sound loud and clear",
        "Music Production",
        ("Mixing", "Music Production"),
        "advanced",
        2299,
        teacher=3,
    ),
    DemoCourse(
        "Apprendre la photographie numérique",
        "Les bases pour réussir toutes vos photos",
        "Photography",
        ("Photography", "Camera"),
        "beginner",
        1299,
        language="fr",
        teacher=3,
    ),
)

# (title, status, rejection reason) of the demo instructor's unfinished courses
DEMO_DRAFTS: tuple[tuple[DemoCourse, str, str | None], ...] = (
    (
        DemoCourse(
            "Kubernetes for Busy Developers",
            "Deploy and scale containers without the jargon",
            "Web Development",
            ("Kubernetes", "DevOps"),
            "intermediate",
            2499,
        ),
        CourseStatus.draft.value,
        None,
    ),
    (
        DemoCourse(
            "Async Python Deep Dive",
            "asyncio, trio and structured concurrency",
            "Programming Languages",
            ("Python", "Concurrency"),
            "advanced",
            2999,
        ),
        CourseStatus.in_review.value,
        None,
    ),
    (
        DemoCourse(
            "Testing Python Applications",
            "pytest, fixtures and test design",
            "Programming Languages",
            ("Python", "Testing"),
            "intermediate",
            1999,
        ),
        CourseStatus.draft.value,
        "Several lectures have no audio after minute 3. Please re-upload them and submit again.",
    ),
)

SECTION_PLANS = (
    (
        "Getting started",
        (
            "Welcome and course overview",
            "Setting up your tools",
            "How to get the most from this course",
            "Your first small win",
        ),
    ),
    (
        "Core concepts",
        (
            "The key ideas explained",
            "A worked example",
            "Common mistakes and how to avoid them",
            "Practice exercise",
            "Quiz walkthrough",
        ),
    ),
    (
        "Hands-on project",
        (
            "Planning the project",
            "Building the first part",
            "Adding the main features",
            "Polishing the result",
            "Review and next steps",
        ),
    ),
    (
        "Going further",
        (
            "Advanced techniques",
            "Real-world case study",
            "Performance and quality tips",
            "Where to go from here",
        ),
    ),
)

DESCRIPTION = (
    "{subtitle}.\n\n"
    "## What you will learn\n"
    "- The fundamentals of {topic}, explained step by step\n"
    "- Practical techniques you can use at work right away\n"
    "- How to avoid the mistakes most beginners make\n\n"
    "## Who this course is for\n"
    "Anyone who wants a clear, practical path into {topic}. Each section ends with an "
    "exercise, and the final project brings everything together."
)


def _create_categories(session: Session) -> dict[str, int]:
    ids: dict[str, int] = {}
    for parent_name, children in CATEGORY_TREE.items():
        parent = taxonomy_service.create_category(
            session=session, actor_roles=["admin"], data=CategoryCreate(name=parent_name)
        )
        ids[parent_name] = int(parent.id or 0)
        for child_name in children:
            child = taxonomy_service.create_category(
                session=session,
                actor_roles=["admin"],
                data=CategoryCreate(name=child_name, parent_id=parent.id),
            )
            ids[child_name] = int(child.id or 0)
    return ids


def _build_course(
    session: Session, *, spec: DemoCourse, owner_id: int, category_id: int, rng: random.Random
) -> Course:
    course = catalog_service.create_course(
        session=session,
        owner_id=owner_id,
        owner_roles=["instructor"],
        data=CourseCreate(
            title=spec.title,
            subtitle=spec.subtitle,
            description=DESCRIPTION.format(subtitle=spec.subtitle, topic=spec.tags[0]),
            category_id=category_id,
            tags=list(spec.tags),
            price_cents=spec.price_cents,
            level=CourseLevel(spec.level),
            language=spec.language,
        ),
    )
    assert course.id is not None
    for section_title, lecture_titles in SECTION_PLANS[: rng.randint(2, 4)]:
        section = catalog_service.add_section(
            session=session,
            actor_id=owner_id,
            actor_roles=[],
            course_id=course.id,
            data=SectionCreate(title=section_title),
        )
        for n, lecture_title in enumerate(lecture_titles[: rng.randint(2, 5)]):
            catalog_service.add_lecture(
                session=session,
                actor_id=owner_id,
                actor_roles=[],
                section_id=int(section.id or 0),
                data=LectureCreate(title=lecture_title, is_preview=n == 0),
            )
            # No length yet: the real demo videos, made in the background after the first
            # start (udemy_clone/demo_videos.py), bring each lecture its true length.
    jpeg = thumbnails.render_placeholder(spec.title, label=spec.tags[0])
    catalog_service.store_thumbnail(session=session, course=course, jpeg=jpeg)
    return course


def seed_catalog(
    *, session: Session, demo_instructor_id: int, other_instructor_ids: list[int]
) -> dict[str, int]:
    """Create the demo categories and courses; returns how many of each were made."""
    rng = random.Random(2026)
    category_ids = _create_categories(session)
    teachers = [demo_instructor_id, *other_instructor_ids]
    now = utcnow()
    published = 0
    for spec in DEMO_COURSES:
        course = _build_course(
            session,
            spec=spec,
            owner_id=teachers[spec.teacher % len(teachers)],
            category_id=category_ids[spec.category],
            rng=rng,
        )
        # Demo figures, so cards, sorting and the home rows have something to show.
        course.status = CourseStatus.published.value
        course.published_at = now - timedelta(days=rng.randint(3, 600), hours=rng.randint(0, 23))
        course.submitted_at = course.published_at - timedelta(days=1)
        course.enrollment_count = rng.randint(40, 25_000)
        course.sales_count = 0 if spec.price_cents == 0 else course.enrollment_count
        # Ratings come only from written demo reviews (udemy_clone/reviews/seed.py).
        session.add(course)
        published += 1
    for spec, status, reason in DEMO_DRAFTS:
        course = _build_course(
            session,
            spec=spec,
            owner_id=demo_instructor_id,
            category_id=category_ids[spec.category],
            rng=rng,
        )
        course.status = status
        course.rejection_reason = reason
        if status == CourseStatus.in_review.value:
            course.submitted_at = now - timedelta(hours=5)
        session.add(course)
    session.flush()
    return {
        "categories": len(category_ids),
        "published_courses": published,
        "unpublished_courses": len(DEMO_DRAFTS),
    }


def lectures_for_demo_videos(*, session: Session, owner_ids: list[int]) -> list[int]:
    """The demo lectures that get a shared demo video, in syllabus order.

    Every lecture of the demo courses that are published, in review or were sent back; the
    unfinished draft keeps all but its first section empty, so the studio's publishing
    checklist has something to show. Lectures that already have a video keep it.
    """
    chosen: list[int] = []
    courses = session.exec(
        select(Course).where(col(Course.owner_id).in_(owner_ids)).order_by(col(Course.id))
    ).all()
    for course in courses:
        unfinished = course.status == CourseStatus.draft.value and not course.rejection_reason
        curriculum = catalog_service.get_curriculum(session=session, course_id=int(course.id or 0))
        for index, section in enumerate(curriculum):
            if unfinished and index > 0:
                break
            chosen += [
                lecture.id
                for lecture in section.lectures
                if lecture.video_id is None and lecture.kind != "quiz"  # a quiz has no video
            ]
    return chosen
