"""Hand-made course documents for search tests: twelve named courses and sixty distractors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from udemy_clone.catalog.search import CourseDocument

CATEGORY_PATHS: dict[str, tuple[list[str], list[str]]] = {
    "web-development": (["web-development", "development"], ["Web Development", "Development"]),
    "data-science": (["data-science", "development"], ["Data Science", "Development"]),
    "photography": (["photography", "photography-video"], ["Photography", "Photography & Video"]),
    "instruments": (["instruments", "music"], ["Instruments", "Music"]),
    "fitness": (["fitness", "health-fitness"], ["Fitness", "Health & Fitness"]),
    "sales": (["sales", "business"], ["Sales", "Business"]),
}
BASE_DATE = datetime(2024, 1, 1, tzinfo=UTC)


def make_course(course_id: int, title: str, category: str = "web-development", **extra: Any
                ) -> CourseDocument:
    """A course document with believable defaults; any field can be overridden."""
    slugs, names = CATEGORY_PATHS[category]
    values: dict[str, Any] = {
        "subtitle": "",
        "description": "A practical course with exercises.",
        "tags": [],
        "category_slugs": slugs,
        "category_names": names,
        "instructor_name": "Jane Doe",
        "level": "beginner",
        "language": "en",
        "price_cents": 1999,
        "rating_average": 4.0,
        "rating_count": 10,
        "enrollment_count": 100,
        "sales_count": 50,
        "published_at": BASE_DATE + timedelta(days=course_id),
    }
    values.update(extra)
    return CourseDocument(course_id=course_id, title=title, **values)


def sample_courses() -> list[CourseDocument]:
    """Twelve named courses whose expected order under every sort is easy to read off."""
    return [
        make_course(1, "Python for Data Science", "data-science",
                    subtitle="Analyse data with pandas and notebooks",
                    tags=["Python", "Pandas"], level="beginner", price_cents=1999,
                    rating_average=4.6, rating_count=900, sales_count=5000,
                    enrollment_count=9000, instructor_name="Maria Garcia"),
        make_course(2, "Django Web Framework", "web-development",
                    description="Build websites with Django, a web framework written in Python.",
                    tags=["Django"], level="intermediate", price_cents=4999,
                    rating_average=4.3, rating_count=300, sales_count=1200),
        make_course(3, "Landscape Photography Masterclass", "photography",
                    subtitle="Shoot stunning landscapes", tags=["Photography", "Lightroom"],
                    level="all", language="es", price_cents=0, rating_average=4.8,
                    rating_count=2000, sales_count=0, enrollment_count=30000),
        make_course(4, "Advanced JavaScript Patterns", "web-development",
                    tags=["JavaScript", "Design Patterns"], level="advanced",
                    price_cents=8999, rating_average=4.2, rating_count=150, sales_count=7000),
        make_course(5, "Guitar for Absolute Beginners", "instruments",
                    tags=["Guitar"], level="beginner", price_cents=0, rating_average=4.9,
                    rating_count=50, sales_count=0, language="en"),
        make_course(6, "Machine Learning A-Z", "data-science",
                    description="Regression, classification and clustering in Python and R.",
                    tags=["Machine Learning"], level="intermediate", language="de",
                    price_cents=12999, rating_average=4.5, rating_count=4000, sales_count=9000),
        make_course(7, "Morning Yoga Routine", "fitness", tags=["Yoga"], level="all",
                    language="fr", price_cents=999, rating_average=3.9, rating_count=20,
                    sales_count=30),
        make_course(8, "React for Beginners", "web-development",
                    tags=["React", "JavaScript"], level="beginner", price_cents=2999,
                    rating_average=4.4, rating_count=800, sales_count=3000),
        make_course(9, "Reach Your Sales Targets", "sales", tags=["Sales"],
                    level="intermediate", price_cents=3999, rating_average=4.1,
                    rating_count=70, sales_count=400),
        make_course(10, "Portrait Lighting Basics", "photography",
                    description="Learn how light shapes a face; great photography starts here.",
                    tags=["Lighting"], level="beginner", price_cents=1499,
                    rating_average=3.5, rating_count=5, sales_count=10),
        make_course(11, "Web Development Bootcamp", "web-development",
                    subtitle="HTML, CSS, JavaScript, Node and React",
                    tags=["HTML", "CSS"], level="all", price_cents=19999,
                    rating_average=4.7, rating_count=12000, sales_count=20000),
        make_course(12, "Strength Training at Home", "fitness", tags=["Strength"],
                    level="beginner", price_cents=0, rating_average=4.0, rating_count=0,
                    sales_count=0, instructor_name="Tom Python"),
    ]


FILLER_TOPICS = [
    "Excel", "Negotiation", "Leadership", "Budgeting", "Kotlin", "Swift", "Photoshop",
    "Illustrator", "Piano", "Drums", "Meditation", "Nutrition", "Copywriting", "Bookkeeping",
    "Networking", "Kubernetes", "Marketing", "Storytelling", "Painting", "Calligraphy",
]
FILLER_FORMATS = ["{t} Essentials", "Practical {t}", "{t} Made Simple"]


def filler_courses(start_id: int = 1000) -> list[CourseDocument]:
    """Sixty unrelated courses, so ranking tests have distractors to beat."""
    courses = []
    course_id = start_id
    for topic in FILLER_TOPICS:
        for fmt in FILLER_FORMATS:
            courses.append(
                make_course(course_id, fmt.format(t=topic), "sales",
                            description=f"Everything about {topic.lower()} for busy people.",
                            tags=[topic], level="intermediate", price_cents=2499,
                            rating_average=3.0, rating_count=1, sales_count=1)
            )
            course_id += 1
    return courses
