"""Courses, their tags, sections and lectures, with their request and response shapes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow
from udemy_clone.core.text import SingleLineText


class CourseLevel(StrEnum):
    beginner = "beginner"
    intermediate = "intermediate"
    advanced = "advanced"
    all = "all"


class CourseStatus(StrEnum):
    draft = "draft"
    in_review = "in_review"
    published = "published"


class LectureKind(StrEnum):
    video = "video"
    quiz = "quiz"


class CourseSort(StrEnum):
    relevance = "relevance"
    rating = "rating"
    newest = "newest"
    best_selling = "best_selling"
    price_asc = "price_asc"
    price_desc = "price_desc"


# ISO 4217 codes the marketplace sells in (minor units: 2 digits except JPY/KRW with 0).
CURRENCIES: frozenset[str] = frozenset(
    {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "JPY", "KRW", "INR", "BRL", "MXN",
     "SEK", "NOK", "DKK", "PLN", "CZK", "TRY", "ZAR", "SGD", "HKD", "CNY", "ILS", "AED"}
)  # fmt: skip
# Browse price filters compare amounts in this currency unless the query names another (there is
# no platform setting for a default currency; courses are created in USD unless told otherwise).
DEFAULT_CURRENCY = "USD"
# ISO 639-1 codes of the languages courses are taught in, with the names the UI shows.
LANGUAGES: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "bn": "Bengali",
    "ja": "Japanese", "ko": "Korean", "zh": "Chinese", "vi": "Vietnamese", "id": "Indonesian",
    "th": "Thai", "sv": "Swedish", "no": "Norwegian", "da": "Danish", "fi": "Finnish",
    "cs": "Czech", "el": "Greek", "ro": "Romanian", "hu": "Hungarian",
}  # fmt: skip

TITLE_MAX = 120
SUBTITLE_MAX = 200
DESCRIPTION_MAX = 20_000
MAX_PRICE_CENTS = 1_000_000
MAX_TAGS = 10
TAG_MAX = 40
REASON_MAX = 2000
MAX_ID = 2_147_483_647  # ids are 32-bit integers in the database
IdValue = Annotated[int, PydanticField(ge=1, le=MAX_ID)]


class Course(SQLModel, table=True):
    """A course: its listing, its review status and figures other domains keep up to date."""

    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("price_cents >= 0", name="ck_courses_price_cents_not_negative"),
        Index("ix_courses_status_published_at", "status", "published_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=100, unique=True, index=True)
    title: str = Field(max_length=TITLE_MAX)
    subtitle: str = Field(default="", max_length=SUBTITLE_MAX)
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    owner_id: int = Field(foreign_key="users.id", index=True, ondelete="RESTRICT")
    category_id: int = Field(foreign_key="categories.id", index=True, ondelete="RESTRICT")
    price_cents: int = 0
    currency: str = Field(default="USD", max_length=3)
    level: str = Field(default=CourseLevel.all.value, max_length=20)
    language: str = Field(default="en", max_length=10)
    thumbnail_key: str | None = Field(default=None, max_length=300)
    status: str = Field(default=CourseStatus.draft.value, max_length=20, index=True)
    rejection_reason: str | None = Field(default=None, max_length=REASON_MAX)
    submitted_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    published_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    # Kept up to date by the reviews and orders domains through the catalog's service.
    rating_count: int = 0
    rating_sum: int = 0
    rating_1: int = 0
    rating_2: int = 0
    rating_3: int = 0
    rating_4: int = 0
    rating_5: int = 0
    enrollment_count: int = 0
    sales_count: int = 0


class CourseTag(SQLModel, table=True):
    __tablename__ = "course_tags"

    course_id: int = Field(foreign_key="courses.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tags.id", primary_key=True, index=True, ondelete="CASCADE")


class Section(SQLModel, table=True):
    __tablename__ = "sections"

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="courses.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=TITLE_MAX)
    position: int = 0


class Lecture(SQLModel, table=True):
    __tablename__ = "lectures"

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="sections.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=TITLE_MAX)
    position: int = 0
    is_preview: bool = False
    # The media domain's video; set through catalog_service.set_lecture_video.
    video_id: int | None = Field(default=None, index=True)
    video_ready: bool = False
    duration_seconds: int = 0
    # "video" or "quiz" (a quiz's questions are in quiz_questions; kept counted here).
    kind: str = Field(default="video", max_length=10)
    question_count: int = 0


# ---- input schemas -------------------------------------------------------------------------


def _clean_line(value: str) -> str:
    return " ".join(value.split())


def _clean_tags(values: list[str]) -> list[str]:
    cleaned: list[str] = []
    for value in values:
        name = _clean_line(value)
        if not name:
            continue
        if len(name) > TAG_MAX:
            raise ValueError(f"Each tag must be at most {TAG_MAX} characters long.")
        if name.lower() not in (c.lower() for c in cleaned):
            cleaned.append(name)
    return cleaned


def _check_currency(value: str) -> str:
    code = value.strip().upper()
    if code not in CURRENCIES:
        raise ValueError(f"Use one of these currencies: {', '.join(sorted(CURRENCIES))}.")
    return code


def _check_language(value: str) -> str:
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise ValueError("Use a two-letter language code such as en, es, fr or de.")
    return code


class CourseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: SingleLineText = PydanticField(min_length=3, max_length=TITLE_MAX)
    subtitle: SingleLineText = PydanticField(default="", max_length=SUBTITLE_MAX)
    description: str = PydanticField(default="", max_length=DESCRIPTION_MAX)
    category_id: IdValue
    tags: list[str] = PydanticField(default_factory=list, max_length=MAX_TAGS)
    price_cents: int = PydanticField(ge=0, le=MAX_PRICE_CENTS)
    currency: str = "USD"
    level: CourseLevel = CourseLevel.all
    language: str = "en"

    @field_validator("title", "subtitle")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return _clean_line(value)

    @field_validator("tags")
    @classmethod
    def _tags(cls, value: list[str]) -> list[str]:
        return _clean_tags(value)

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        return _check_currency(value)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        return _check_language(value)


class CourseUpdate(BaseModel):
    """Fields to change; `regenerate_slug` makes the slug follow a new title."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: SingleLineText | None = PydanticField(default=None, min_length=3, max_length=TITLE_MAX)
    subtitle: SingleLineText | None = PydanticField(default=None, max_length=SUBTITLE_MAX)
    description: str | None = PydanticField(default=None, max_length=DESCRIPTION_MAX)
    category_id: IdValue | None = None
    tags: list[str] | None = PydanticField(default=None, max_length=MAX_TAGS)
    price_cents: int | None = PydanticField(default=None, ge=0, le=MAX_PRICE_CENTS)
    currency: str | None = None
    level: CourseLevel | None = None
    language: str | None = None
    regenerate_slug: bool = False

    @field_validator("title", "subtitle")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        return None if value is None else _clean_line(value)

    @field_validator("tags")
    @classmethod
    def _tags(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _clean_tags(value)

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        return None if value is None else _check_currency(value)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        return None if value is None else _check_language(value)


class CourseReject(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reason: str = PydanticField(min_length=3, max_length=REASON_MAX)


class SectionCreate(BaseModel):
    """`position` is the 0-based place among the course's sections (default: last)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: SingleLineText = PydanticField(min_length=1, max_length=TITLE_MAX)
    position: int | None = PydanticField(default=None, ge=0, le=10_000)


class SectionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: SingleLineText | None = PydanticField(default=None, min_length=1, max_length=TITLE_MAX)
    position: int | None = PydanticField(default=None, ge=0, le=10_000)


class LectureCreate(BaseModel):
    """`position` is the 0-based place among the section's lectures (default: last)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: SingleLineText = PydanticField(min_length=1, max_length=TITLE_MAX)
    is_preview: bool = False
    position: int | None = PydanticField(default=None, ge=0, le=10_000)
    kind: LectureKind = LectureKind.video


class LectureUpdate(BaseModel):
    """Rename, toggle preview, or move (to `position` in `section_id` of the same course)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: SingleLineText | None = PydanticField(default=None, min_length=1, max_length=TITLE_MAX)
    is_preview: bool | None = None
    section_id: IdValue | None = None
    position: int | None = PydanticField(default=None, ge=0, le=10_000)


class SectionOrder(BaseModel):
    model_config = ConfigDict(extra="forbid")

    section_ids: list[IdValue] = PydanticField(max_length=1000)


class LectureOrder(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lecture_ids: list[IdValue] = PydanticField(max_length=1000)


# Video length buckets of the duration filter (hours), and the price kinds.
DurationFilter = Literal["0-1", "1-3", "3-6", "6-17", "17-plus"]
PriceFilter = Literal["free", "paid"]
# The minimum ratings the rating filter offers (one at a time).
RATING_FILTERS: tuple[float, ...] = (4.5, 4.0, 3.5, 3.0)
MAX_FILTER_VALUES = 20


class CourseSearch(BaseModel):
    """A catalogue query (GET /courses): text, filters, sort and page.

    `levels`, `languages`, `durations` and `prices` match any of their values (the single
    `level`/`language` are added to them); different filters must all match.
    """

    q: str = ""
    category: str | None = None
    tag: str | None = None
    level: CourseLevel | None = None
    language: str | None = None
    min_price: int | None = PydanticField(default=None, ge=0)
    max_price: int | None = PydanticField(default=None, ge=0)
    # min_price/max_price are amounts in this currency; other currencies drop out with a bound.
    currency: str = DEFAULT_CURRENCY
    min_rating: float | None = PydanticField(default=None, ge=0, le=5)
    free: bool | None = None
    sort: CourseSort = CourseSort.relevance
    page: int = PydanticField(default=1, ge=1, le=100_000)
    page_size: int = PydanticField(default=20, ge=1, le=100)
    levels: list[CourseLevel] = PydanticField(default_factory=list, max_length=MAX_FILTER_VALUES)
    languages: list[str] = PydanticField(default_factory=list, max_length=MAX_FILTER_VALUES)
    durations: list[DurationFilter] = PydanticField(
        default_factory=list, max_length=MAX_FILTER_VALUES
    )
    prices: list[PriceFilter] = PydanticField(default_factory=list, max_length=2)


# ---- output schemas ------------------------------------------------------------------------


class InstructorRef(BaseModel):
    id: int
    full_name: str


class RatingSummary(BaseModel):
    average: float = 0.0
    count: int = 0


class RatingDetail(RatingSummary):
    distribution: dict[str, int] = PydanticField(
        default_factory=lambda: {str(n): 0 for n in range(1, 6)}
    )


class CategoryCrumb(BaseModel):
    id: int
    name: str
    slug: str


class CategoryRef(CategoryCrumb):
    # ancestors then the category itself, root first (breadcrumbs)
    path: list[CategoryCrumb] = PydanticField(default_factory=list)


class CourseSummary(BaseModel):
    """A course card: what lists and search results show.

    `badges`: "bestseller" and/or "highest_rated", as the badge rollup last awarded them.
    """

    id: int
    slug: str
    title: str
    subtitle: str
    instructor: InstructorRef
    price_cents: int
    currency: str
    rating: RatingSummary
    enrollment_count: int
    thumbnail_url: str | None
    level: str
    language: str
    duration_seconds: int
    badges: list[str] = PydanticField(default_factory=list)


class CourseListItem(CourseSummary):
    """A course in the instructor's and the admin's lists: every status, with its workflow."""

    status: str
    rejection_reason: str | None = None
    category_id: int
    lecture_count: int = 0
    sales_count: int = 0
    submitted_at: datetime | None = None
    published_at: datetime | None = None
    updated_at: datetime


class LecturePublic(BaseModel):
    id: int
    title: str
    position: int
    duration_seconds: int
    is_preview: bool
    kind: str = LectureKind.video.value
    question_count: int = 0

    @property
    def has_content(self) -> bool:
        """A processed video, or a quiz with at least one question: it counts for progress."""
        if self.kind == LectureKind.quiz:
            return self.question_count > 0
        return bool(getattr(self, "video_ready", False))


class LectureDetail(LecturePublic):
    """A lecture as its instructor and the player see it."""

    section_id: int
    video_id: int | None
    video_ready: bool


class SectionPublic(BaseModel):
    id: int
    title: str
    position: int
    lectures: list[LecturePublic] = PydanticField(default_factory=list)


class SectionDetail(BaseModel):
    id: int
    title: str
    position: int
    lectures: list[LectureDetail] = PydanticField(default_factory=list)


class CoursePublic(BaseModel):
    """The course page: listing, curriculum and ratings."""

    id: int
    slug: str
    title: str
    subtitle: str
    description: str
    instructor: InstructorRef
    category: CategoryRef
    tags: list[str]
    price_cents: int
    currency: str
    level: str
    language: str
    thumbnail_url: str | None
    status: str
    rejection_reason: str | None = None
    enrollment_count: int
    duration_seconds: int
    lecture_count: int
    rating: RatingDetail
    sections: list[SectionPublic]
    badges: list[str] = PydanticField(default_factory=list)
    published_at: datetime | None
    created_at: datetime
    updated_at: datetime


class ChecklistItemPublic(BaseModel):
    """One line of the publishing checklist."""

    key: str
    label: str
    done: bool
    detail: str


class CourseEditorView(BaseModel):
    """Everything the course editor loads: the page, the full curriculum, the workflow state."""

    course: CoursePublic
    category_id: int
    curriculum: list[SectionDetail]
    can_submit: bool
    submit_blocker: str | None = None
    checklist: list[ChecklistItemPublic] = []
    # Once published, a course keeps its address: the slug no longer follows the title.
    slug_locked: bool = False


class LectureMatch(BaseModel):
    """Where a search's words are spoken in a course: "mentioned at 12:34 in Lecture 5"."""

    lecture_id: int
    lecture_number: int  # 1-based, across the whole curriculum
    lecture_title: str
    start_seconds: int
    timestamp: str  # "12:34" (or "1:02:03")
    # At most 120 characters of the cue around the match; `highlights` are [start, end)
    # offsets of the query's words in it.
    snippet: str
    highlights: list[list[int]] = []
    is_preview: bool = False
    # The player at that second for viewers who may watch the lecture (enrolled students,
    # the instructor, admins; anyone for a free preview), the course page for everyone else.
    url: str
    opens_player: bool = False


class CourseSearchItem(CourseSummary):
    """A search result card; `lecture_matches` when the query's words are spoken in it."""

    lecture_matches: list[LectureMatch] = []


class CourseSearchPage(BaseModel):
    items: list[CourseSearchItem]
    total: int
    page: int
    page_size: int
    facets: dict[str, dict[str, int]]
    # Set when nothing matched the words as typed: "showing results for <corrected_query>".
    corrected_query: str | None = None
    # True when `total` and the facet counts are estimates ("about 12,000 results"): a query
    # matching more than a few thousand courses is counted from a sample of its matches.
    approximate: bool = False


class HomeRow(BaseModel):
    """One row of course cards on the home page."""

    key: str
    title: str
    courses: list[CourseSummary]


@dataclass(frozen=True, slots=True)
class LectureContext:
    """What playback and media need to authorise access to a lecture."""

    lecture_id: int
    section_id: int
    course_id: int
    owner_id: int
    status: str
    is_preview: bool
    video_id: int | None
    video_ready: bool
    kind: str = LectureKind.video.value


class CourseBrief(BaseModel):
    """What the stats dashboards show of a course next to its figures."""

    id: int
    slug: str
    title: str
    status: str
    owner_id: int
    category_id: int
    avg_rating: float
    rating_count: int
    playable_lectures: int
