"""Categories (a tree added to at run time) and tags, with their request and response shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow
from udemy_clone.core.text import SingleLineText

CATEGORY_NAME_MAX = 80
TAG_NAME_MAX = 40
MAX_ID = 2_147_483_647  # ids are 32-bit integers in the database
IdValue = Annotated[int, PydanticField(ge=1, le=MAX_ID)]


def _collapse_spaces(value: str) -> str:
    return " ".join(value.split())


class Category(SQLModel, table=True):
    """A node of the category tree; its slug is unique among its siblings."""

    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("parent_id", "slug", name="uq_categories_parent_slug"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=CATEGORY_NAME_MAX)
    slug: str = Field(max_length=100, index=True)
    parent_id: int | None = Field(
        default=None, foreign_key="categories.id", index=True, ondelete="RESTRICT"
    )
    position: int = 0
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class Tag(SQLModel, table=True):
    """A free-form label; tags with the same slug are the same tag."""

    __tablename__ = "tags"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=TAG_NAME_MAX)
    slug: str = Field(max_length=60, unique=True, index=True)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


# ---- schemas -------------------------------------------------------------------------------


class CategoryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: SingleLineText = PydanticField(min_length=1, max_length=CATEGORY_NAME_MAX)
    parent_id: IdValue | None = None
    position: int | None = PydanticField(default=None, ge=0, le=10_000)

    @field_validator("name")
    @classmethod
    def _clean_name(cls, value: str) -> str:
        return _collapse_spaces(value)


class CategoryUpdate(BaseModel):
    """Rename and/or move; send `parent_id: null` to move a category to the top level."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: SingleLineText | None = PydanticField(
        default=None, min_length=1, max_length=CATEGORY_NAME_MAX
    )
    parent_id: IdValue | None = None
    position: int | None = PydanticField(default=None, ge=0, le=10_000)

    @field_validator("name")
    @classmethod
    def _clean_name(cls, value: str | None) -> str | None:
        return None if value is None else _collapse_spaces(value)


class CategoryPublic(BaseModel):
    id: int
    name: str
    slug: str
    parent_id: int | None
    position: int


class CategoryNode(CategoryPublic):
    """A category with its sub-tree; `course_count` counts published courses in the sub-tree."""

    course_count: int = 0
    children: list[CategoryNode] = PydanticField(default_factory=list)


class CategoryPath(BaseModel):
    """A category with its ancestors, root first (breadcrumbs, search documents)."""

    id: int
    name: str
    slug: str
    ancestors: list[CategoryPublic] = PydanticField(default_factory=list)

    @property
    def slugs(self) -> list[str]:
        return [a.slug for a in self.ancestors] + [self.slug]

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.ancestors] + [self.name]


class TagPublic(BaseModel):
    id: int
    name: str
    slug: str
    course_count: int = 0


class TagRename(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: SingleLineText = PydanticField(min_length=1, max_length=TAG_NAME_MAX)

    @field_validator("name")
    @classmethod
    def _clean_name(cls, value: str) -> str:
        return _collapse_spaces(value)


class TagMerge(BaseModel):
    """Merge this tag into `into_tag_id`: its courses get the other tag and it disappears."""

    model_config = ConfigDict(extra="forbid")

    into_tag_id: IdValue
