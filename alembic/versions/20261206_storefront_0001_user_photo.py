"""users.photo_key: the storage key of the profile photo

Revision ID: storefront_0001
Revises: 0001
Create Date: 2026-12-06 18:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "storefront_0001"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add users.photo_key (None: no photo, the initials are shown)."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("photo_key", sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Drop users.photo_key."""
    with op.batch_alter_table("users") as batch:
        batch.drop_column("photo_key")
