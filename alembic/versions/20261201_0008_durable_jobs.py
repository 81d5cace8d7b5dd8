"""durable jobs: the jobs table, schedules, leader leases, failed jobs' kwargs, video lease owner

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-01 21:50:00

Embedded mode keeps its jobs in the database (claimed with a renewed lease); periodic work
is driven by `job_schedules` under one leader (`leader_leases`).
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    """Create the job tables; add kwargs to job_failures and lease_owner to videos."""
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("func_name", sa.String(length=200), nullable=False),
        sa.Column("args", sa.JSON(), nullable=False),
        sa.Column("kwargs", sa.JSON(), nullable=False),
        sa.Column("queue", sa.String(length=50), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("retry_intervals", sa.JSON(), nullable=False),
        sa.Column("timeout_seconds", sa.Integer(), nullable=False),
        _when("run_at"),
        _when("lease_until", nullable=True),
        sa.Column("worker_id", sa.String(length=200), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        _when("created_at"),
        _when("updated_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_jobs_claim", "jobs", ["status", "priority", "run_at"])
    op.create_table(
        "job_schedules",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("func_name", sa.String(length=200), nullable=False),
        sa.Column("interval_seconds", sa.Integer(), nullable=False),
        _when("next_run_at"),
        _when("last_enqueued_at", nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "leader_leases",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        _when("lease_until"),
        sa.PrimaryKeyConstraint("name"),
    )
    with op.batch_alter_table("job_failures") as batch_op:
        batch_op.add_column(
            sa.Column("kwargs", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
    with op.batch_alter_table("videos") as batch_op:
        batch_op.add_column(sa.Column("lease_owner", sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Drop what upgrade added."""
    with op.batch_alter_table("videos") as batch_op:
        batch_op.drop_column("lease_owner")
    with op.batch_alter_table("job_failures") as batch_op:
        batch_op.drop_column("kwargs")
    op.drop_table("leader_leases")
    op.drop_table("job_schedules")
    op.drop_index("ix_jobs_claim", table_name="jobs")
    op.drop_table("jobs")
