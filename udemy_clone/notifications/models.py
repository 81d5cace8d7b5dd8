"""Tables and schemas of the notifications domain: notifications, preferences, follows, emails."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, Column, DateTime, Index, Text, UniqueConstraint
from sqlalchemy import true as sa_true
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

TITLE_MAX = 200
BODY_MAX = 1000
LINK_MAX = 300
DEDUPE_KEY_MAX = 200


class NotificationKind(StrEnum):
    """What a notification is about; each kind has its own in-app and email preference."""

    purchase = "purchase"  # student: receipt, refund
    new_course = "new_course"  # student: a followed category or instructor published a course
    course_status = "course_status"  # instructor: approved or rejected; admin: submitted
    video = "video"  # instructor: a video is ready or failed
    sale = "sale"  # instructor: a course was bought
    review = "review"  # instructor: a review arrived; student: the instructor replied
    account = "account"  # everyone: welcome (in-app only, no preference)
    wishlist = "wishlist"  # student: a course on the wishlist got cheaper
    announcement = "announcement"  # student: the instructor of a course posted an announcement
    qa = "qa"  # instructor: a question on a lecture; asker: an answer to their question


# Kinds people can switch on and off, with their labels on the account page.
PREFERENCE_KINDS: dict[NotificationKind, str] = {
    NotificationKind.purchase: "Receipts and refunds",
    NotificationKind.new_course: "New courses from what you follow",
    NotificationKind.course_status: "Course reviews: submitted, approved or rejected",
    NotificationKind.video: "Video processing finished or failed",
    NotificationKind.sale: "Someone bought your course",
    NotificationKind.review: "Reviews and replies",
    NotificationKind.wishlist: "Price drops on your wishlist",
    NotificationKind.announcement: "Announcements from your courses' instructors",
    NotificationKind.qa: "Questions and answers on lectures",
}
# Email is opt-in for announcements of new courses; everything else is on by default.
EMAIL_DEFAULTS: dict[NotificationKind, bool] = {
    kind: kind != NotificationKind.new_course for kind in PREFERENCE_KINDS
}


class FollowKind(StrEnum):
    category = "category"
    instructor = "instructor"


class EmailStatus(StrEnum):
    pending = "pending"
    sending = "sending"
    sent = "sent"
    failed = "failed"
    cancelled = "cancelled"  # unsubscribed between writing and sending


class Notification(SQLModel, table=True):
    """One thing a user is told about; (user_id, dedupe_key) makes each event tell once."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("user_id", "dedupe_key", name="uq_notifications_user_dedupe"),
        Index("ix_notifications_user_id_id", "user_id", "id"),
        Index("ix_notifications_user_unread", "user_id", "read_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    kind: str = Field(max_length=30)
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(default="", max_length=BODY_MAX)
    link: str = Field(default="", max_length=LINK_MAX)
    dedupe_key: str = Field(max_length=DEDUPE_KEY_MAX)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    read_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


class NotificationPreference(SQLModel, table=True):
    """A user's choices per kind; no row means the defaults (see EMAIL_DEFAULTS)."""

    __tablename__ = "notification_preferences"

    user_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    email_purchase: bool = True
    inapp_purchase: bool = True
    email_new_course: bool = False
    inapp_new_course: bool = True
    email_course_status: bool = True
    inapp_course_status: bool = True
    email_video: bool = True
    inapp_video: bool = True
    email_sale: bool = True
    inapp_sale: bool = True
    email_review: bool = True
    inapp_review: bool = True
    email_wishlist: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    inapp_wishlist: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    email_announcement: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    inapp_announcement: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    email_qa: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    inapp_qa: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class Follow(SQLModel, table=True):
    """A student follows a category or an instructor to hear about new courses there."""

    __tablename__ = "follows"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "target_id", name="uq_follows_user_kind_target"),
        # fan-out reads followers of a target in user id order
        Index("ix_follows_kind_target_user", "kind", "target_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    kind: str = Field(max_length=20)
    target_id: int
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class EmailLog(SQLModel, table=True):
    """One email to send: written with the notification, sent by a job, retried, never twice."""

    __tablename__ = "email_log"
    __table_args__ = (
        UniqueConstraint("dedupe_key", name="uq_email_log_dedupe_key"),
        Index("ix_email_log_status_id", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=30)
    template: str = Field(max_length=60)
    context: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    dedupe_key: str = Field(max_length=DEDUPE_KEY_MAX + 20)
    to_address: str = Field(default="", max_length=254)
    subject: str = Field(default="", max_length=TITLE_MAX)
    status: str = Field(default=EmailStatus.pending.value, max_length=20)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    message_id: str | None = Field(default=None, max_length=200)
    stored_path: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    claimed_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    # The send job holding the claim: a retry of that job (its run died) takes over at once.
    claimed_by: str | None = Field(default=None, max_length=200)
    sent_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


# ---- schemas -------------------------------------------------------------------------------


class NotificationPublic(BaseModel):
    id: int
    kind: str
    title: str
    body: str
    link: str
    created_at: datetime
    read: bool


class UnreadCount(BaseModel):
    unread: int


class PreferencesPublic(BaseModel):
    email_purchase: bool
    inapp_purchase: bool
    email_new_course: bool
    inapp_new_course: bool
    email_course_status: bool
    inapp_course_status: bool
    email_video: bool
    inapp_video: bool
    email_sale: bool
    inapp_sale: bool
    email_review: bool
    inapp_review: bool
    email_wishlist: bool = True
    inapp_wishlist: bool = True
    email_announcement: bool = True
    inapp_announcement: bool = True
    email_qa: bool = True
    inapp_qa: bool = True


class PreferencesUpdate(BaseModel):
    """PUT body: any subset of the flags; the others keep their value."""

    model_config = ConfigDict(extra="forbid")

    email_purchase: bool | None = None
    inapp_purchase: bool | None = None
    email_new_course: bool | None = None
    inapp_new_course: bool | None = None
    email_course_status: bool | None = None
    inapp_course_status: bool | None = None
    email_video: bool | None = None
    inapp_video: bool | None = None
    email_sale: bool | None = None
    inapp_sale: bool | None = None
    email_review: bool | None = None
    inapp_review: bool | None = None
    email_wishlist: bool | None = None
    inapp_wishlist: bool | None = None
    email_announcement: bool | None = None
    inapp_announcement: bool | None = None
    email_qa: bool | None = None
    inapp_qa: bool | None = None


class FollowPublic(BaseModel):
    kind: FollowKind
    target_id: int
    name: str
    created_at: datetime


class FollowStatus(BaseModel):
    kind: FollowKind
    target_id: int
    following: bool
    followers: int


class UnsubscribeResult(BaseModel):
    kind: str
    label: str
    email_enabled: bool
    message: str


class EmailLogPublic(BaseModel):
    id: int
    user_id: int
    kind: str
    to_address: str
    subject: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
