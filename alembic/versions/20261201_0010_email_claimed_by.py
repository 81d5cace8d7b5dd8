"""email claims name the job that holds them, so a retry of a dead run takes over at once

Revision ID: 0010_email_claim
Revises: 0006
Create Date: 2026-12-01 22:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0010_email_claim"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add email_log.claimed_by (the id of the send job holding the claim)."""
    with op.batch_alter_table("email_log") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Drop email_log.claimed_by."""
    with op.batch_alter_table("email_log") as batch:
        batch.drop_column("claimed_by")
