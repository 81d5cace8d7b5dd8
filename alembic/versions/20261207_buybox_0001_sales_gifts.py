"""orders: public coupons (sales), the coupon of each order line, gift orders and gifts

Revision ID: buybox_0001
Revises: captions_0001
Create Date: 2026-12-07 22:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "buybox_0001"
down_revision: str | Sequence[str] | None = "captions_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("coupons") as batch_op:
        batch_op.add_column(
            sa.Column("public", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("orders") as batch_op:
        batch_op.add_column(
            sa.Column("is_gift", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("order_items") as batch_op:
        batch_op.add_column(sa.Column("coupon_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_order_items_coupon_id_coupons", "coupons", ["coupon_id"], ["id"], ondelete="SET NULL"
        )
    op.create_table(
        "gifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("buyer_id", sa.Integer(), nullable=False),
        sa.Column("recipient_email", sa.String(length=254), nullable=False),
        sa.Column("recipient_name", sa.String(length=120), nullable=False),
        sa.Column("message", sa.String(length=1000), nullable=False),
        sa.Column("token_salt", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("redeemed_by", sa.Integer(), nullable=True),
        sa.Column("redeemed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["buyer_id"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["redeemed_by"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("order_id"),
    )
    op.create_index("ix_gifts_course_id", "gifts", ["course_id"])
    op.create_index("ix_gifts_buyer_id", "gifts", ["buyer_id"])
    op.create_index("ix_gifts_redeemed_by", "gifts", ["redeemed_by"])


def downgrade() -> None:
    op.drop_index("ix_gifts_redeemed_by", table_name="gifts")
    op.drop_index("ix_gifts_buyer_id", table_name="gifts")
    op.drop_index("ix_gifts_course_id", table_name="gifts")
    op.drop_table("gifts")
    with op.batch_alter_table("order_items") as batch_op:
        batch_op.drop_constraint("fk_order_items_coupon_id_coupons", type_="foreignkey")
        batch_op.drop_column("coupon_id")
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_column("is_gift")
    with op.batch_alter_table("coupons") as batch_op:
        batch_op.drop_column("public")
