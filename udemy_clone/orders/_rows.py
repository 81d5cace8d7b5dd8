"""Row helpers the orders modules share: idempotent inserts, the SQLite write lock, rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, col, select

from udemy_clone.core.errors import (
    NotFound,
    PermissionDenied,
)
from udemy_clone.orders.models import (
    CartItem,
    OpenOrderLine,
    Order,
    OrderItem,
)


def insert_once(session: Session, model: type[SQLModel], values: dict[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; False when a unique key already had the row.

    Used instead of a savepoint around a plain INSERT: a concurrent twin waits for the first
    transaction and then does nothing, on PostgreSQL and SQLite alike.
    """
    table = model.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = postgresql_insert(table).values(**values).on_conflict_do_nothing()
    else:
        statement = sqlite_insert(table).values(**values).on_conflict_do_nothing()
    # RETURNING, not rowcount: drivers do not all report a row count for this statement.
    return session.exec(statement.returning(table.c.id)).first() is not None


def claim_write_lock(session: Session) -> None:
    """SQLite: take the database's write lock now, as the transaction's first statement.

    A SQLite transaction that has read cannot start writing while another connection writes
    ("database is locked" at once, no waiting); one whose first statement writes waits its
    turn instead. PostgreSQL locks rows, so nothing is needed there.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.exec(update(Order).where(col(Order.id) == -1).values(status=col(Order.status)))


def cart_rows(session: Session, user_id: int) -> list[CartItem]:
    statement = (
        select(CartItem)
        .where(col(CartItem.user_id) == user_id)
        .order_by(col(CartItem.added_at), col(CartItem.id))
    )
    return list(session.exec(statement))


def order_items(session: Session, order_id: int) -> list[OrderItem]:
    statement = select(OrderItem).where(col(OrderItem.order_id) == order_id)
    return list(session.exec(statement.order_by(col(OrderItem.id))))


def get_order_row(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound("This order does not exist.", code="order_not_found")
    return order


def visible_order(
    session: Session, *, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    order = get_order_row(session, order_id)
    if order.user_id != actor_id and "admin" not in actor_roles:
        raise PermissionDenied("This order belongs to someone else.", code="not_owner")
    return order


def release_open_lines(session: Session, order_id: int) -> None:
    """The order is no longer pending: its courses may go into another order again."""
    session.exec(
        delete(OpenOrderLine)
        .where(col(OpenOrderLine.order_id) == order_id)
        .execution_options(synchronize_session=False)
    )
