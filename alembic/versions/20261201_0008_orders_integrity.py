"""orders integrity: open order lines, enrollment grants, coupon limit per student, order expiry

Revision ID: 0008_orders
Revises: 0003
Create Date: 2026-12-01 22:00:00

- `open_order_lines`: one row per student and course of a pending order (unique), so a course
  cannot be in two open checkouts; filled from today's pending orders (the oldest one keeps it).
- `enrollment_grants`: what keeps an enrollment active (a paid order, or "free"); filled from
  today's active enrollments and every paid order of the same student and course.
- `coupons.max_per_student` (default 1) and `orders.expires_at`.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision: str = "0008_orders"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "open_order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "course_id", name="uq_open_order_lines_user_course"),
    )
    with op.batch_alter_table("open_order_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_open_order_lines_order_id"), ["order_id"])
    op.create_table(
        "enrollment_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["enrollment_id"], ["enrollments.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enrollment_id", "source", name="uq_enrollment_grants_source"),
    )
    with op.batch_alter_table("enrollment_grants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_grants_enrollment_id"), ["enrollment_id"])
        batch_op.create_index(batch_op.f("ix_enrollment_grants_order_id"), ["order_id"])
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("max_per_student", sa.Integer(), server_default="1", nullable=False)
        )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))

    op.execute(
        """
        INSERT INTO open_order_lines (user_id, course_id, order_id)
        SELECT o.user_id, i.course_id, MIN(o.id)
        FROM orders o JOIN order_items i ON i.order_id = o.id
        WHERE o.status = 'pending'
        GROUP BY o.user_id, i.course_id
        """
    )
    op.execute(
        """
        INSERT INTO enrollment_grants (enrollment_id, order_id, source, created_at)
        SELECT DISTINCT e.id, o.id, 'order:' || CAST(o.id AS VARCHAR(20)), e.created_at
        FROM enrollments e
        JOIN orders o ON o.user_id = e.user_id AND o.status = 'paid'
        JOIN order_items i ON i.order_id = o.id AND i.course_id = e.course_id
        WHERE e.status = 'active'
        """
    )
    op.execute(
        """
        INSERT INTO enrollment_grants (enrollment_id, order_id, source, created_at)
        SELECT e.id, NULL, 'free', e.created_at
        FROM enrollments e
        WHERE e.status = 'active' AND e.order_id IS NULL
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("expires_at")
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.drop_column("max_per_student")
    with op.batch_alter_table("enrollment_grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_grants_order_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_grants_enrollment_id"))
    op.drop_table("enrollment_grants")
    with op.batch_alter_table("open_order_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_open_order_lines_order_id"))
    op.drop_table("open_order_lines")
