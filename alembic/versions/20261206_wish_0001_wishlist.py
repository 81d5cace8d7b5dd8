"""orders: wishlist items (with the price each student last saw, for price-drop alerts);
notifications: preferences for wishlist alerts

Revision ID: wish_0001
Revises: 0008_orders, 0010_email_claim
Create Date: 2026-12-06 19:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "wish_0001"
down_revision: str | Sequence[str] | None = ("0008_orders", "0010_email_claim")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wishlist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("price_cents_seen", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "course_id", name="uq_wishlist_items_user_course"),
    )
    op.create_index("ix_wishlist_items_user_id", "wishlist_items", ["user_id"])
    op.create_index("ix_wishlist_items_course", "wishlist_items", ["course_id"])
    with op.batch_alter_table("notification_preferences") as batch_op:
        batch_op.add_column(
            sa.Column("email_wishlist", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("inapp_wishlist", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("notification_preferences") as batch_op:
        batch_op.drop_column("inapp_wishlist")
        batch_op.drop_column("email_wishlist")
    op.drop_index("ix_wishlist_items_course", table_name="wishlist_items")
    op.drop_index("ix_wishlist_items_user_id", table_name="wishlist_items")
    op.drop_table("wishlist_items")
