"""REST routes of the taxonomy domain: categories and tags (mounted under /api/v1).

Taxonomy knows nothing of courses. The routes whose answer involves course figures (the tree
with counts, delete refusal, tag lookup, rename and merge) are served by the catalog's router
(`udemy_clone/catalog/api.py`), which composes taxonomy with those figures.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, status

from udemy_clone.gateway.deps import Principal, SessionDep, require_role
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.taxonomy import service
from udemy_clone.taxonomy.models import (
    MAX_ID,
    CategoryCreate,
    CategoryPublic,
    CategoryUpdate,
)

router = APIRouter(tags=["taxonomy"], responses=ERROR_RESPONSES)

AdminUser = Annotated[Principal, Depends(require_role("admin"))]
CategoryId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _public(category: object) -> CategoryPublic:
    return CategoryPublic.model_validate(category, from_attributes=True)


@router.post("/categories", status_code=status.HTTP_201_CREATED, response_model=CategoryPublic)
def create_category(
    body: CategoryCreate, principal: AdminUser, session: SessionDep
) -> CategoryPublic:
    """Admin: add a category (409 when its slug exists under the same parent)."""
    return _public(service.create_category(session=session, actor_roles=principal.roles, data=body))


@router.patch("/categories/{category_id}", response_model=CategoryPublic)
def update_category(
    category_id: CategoryId, body: CategoryUpdate, principal: AdminUser, session: SessionDep
) -> CategoryPublic:
    """Admin: rename, reorder or move a category (`parent_id: null` moves it to the top)."""
    category = service.update_category(
        session=session, actor_roles=principal.roles, category_id=category_id, data=body
    )
    return _public(category)
