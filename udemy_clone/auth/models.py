"""Accounts, their roles and refresh tokens."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, EmailStr, ValidationError, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import InvalidInput
from udemy_clone.core.text import SingleLineText


class Role(StrEnum):
    student = "student"
    instructor = "instructor"
    admin = "admin"


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    full_name: str = Field(max_length=100)
    password_hash: str = Field(max_length=255)
    is_active: bool = True
    headline: str = Field(default="", max_length=120)
    bio: str = Field(default="", max_length=4000)
    photo_key: str | None = Field(default=None, max_length=200)  # storage key (auth/avatar.py)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class UserRole(SQLModel, table=True):
    __tablename__ = "user_roles"

    user_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(max_length=20, primary_key=True)


class RefreshToken(SQLModel, table=True):
    """One refresh token; tokens rotated from the same login share a family."""

    __tablename__ = "refresh_tokens"
    __table_args__ = (UniqueConstraint("token_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64)
    family_id: str = Field(max_length=64, index=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    expires_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    used_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    revoked_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


# ---- schemas -------------------------------------------------------------------------------

PASSWORD_MIN = 8
PASSWORD_MAX = 128


class UserRegister(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    email: EmailStr = PydanticField(max_length=254)
    password: str = PydanticField(min_length=1, max_length=PASSWORD_MAX)
    full_name: SingleLineText = PydanticField(min_length=1, max_length=100)
    role: Role = Role.student

    @field_validator("role")
    @classmethod
    def _no_self_made_admins(cls, value: Role) -> Role:
        if value == Role.admin:
            raise ValueError("Admin accounts cannot be self-registered.")
        return value


class UserLogin(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = PydanticField(min_length=1, max_length=254)
    password: str = PydanticField(min_length=1, max_length=PASSWORD_MAX)


class RefreshRequest(BaseModel):
    refresh_token: str = PydanticField(min_length=1, max_length=512)


class UserProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    full_name: SingleLineText | None = PydanticField(default=None, min_length=1, max_length=100)
    headline: SingleLineText | None = PydanticField(default=None, max_length=120)
    bio: str | None = PydanticField(default=None, max_length=4000)


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = PydanticField(min_length=1, max_length=PASSWORD_MAX)
    new_password: str = PydanticField(min_length=1, max_length=PASSWORD_MAX)


class RolesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    roles: list[Role] = PydanticField(min_length=1, max_length=3)


class UserPublic(BaseModel):
    id: int
    email: str
    full_name: str
    roles: list[str]
    headline: str = ""
    bio: str = ""
    photo_url: str | None = None
    created_at: datetime


class AuthResponse(BaseModel):
    user: UserPublic
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int


# ---- instructor onboarding (a student becomes an instructor without an admin) ---------------

INSTRUCTOR_TERMS_VERSION = "2026-12"
INSTRUCTOR_BIO_MIN = 30


class InstructorProfile(SQLModel, table=True):
    """Who accepted the instructor terms (and which version, when), and their public photo."""

    __tablename__ = "instructor_profiles"

    user_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    terms_version: str = Field(max_length=20)
    terms_accepted_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    photo_key: str | None = Field(default=None, max_length=300)


class InstructorApplication(BaseModel):
    """The short profile a student fills in to start teaching."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    accept_terms: bool
    headline: SingleLineText = PydanticField(min_length=3, max_length=120)
    bio: str = PydanticField(min_length=INSTRUCTOR_BIO_MIN, max_length=4000)

    @field_validator("accept_terms")
    @classmethod
    def _terms_accepted(cls, value: bool) -> bool:
        if not value:
            raise ValueError("Accept the instructor terms to start teaching.")
        return value


_APPLICATION_MESSAGES = {
    "headline": 'Write a headline of 3 to 120 characters (for example "Data engineer").',
    "bio": f"Write a bio of at least {INSTRUCTOR_BIO_MIN} characters (at most 4000).",
    "accept_terms": "Accept the instructor terms to start teaching.",
}


def parse_instructor_application(
    *, accept_terms: object, headline: str, bio: str
) -> InstructorApplication:
    """The application from form fields; InvalidInput (422) naming the first bad field."""
    try:
        return InstructorApplication.model_validate(
            {"accept_terms": accept_terms, "headline": headline, "bio": bio}
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first.get("loc") else "form"
        message = _APPLICATION_MESSAGES.get(field, str(first.get("msg", "Check this field.")))
        raise InvalidInput(message, field=field) from None
