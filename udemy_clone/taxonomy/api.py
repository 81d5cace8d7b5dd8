"""REST routes of the taxonomy domain: categories and tags (mounted under /api/v1).

Routes whose answer involves courses (counts, delete refusal, tag merge) call the catalog's
service, which composes taxonomy with course figures; taxonomy's service never sees courses.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from udemy_clone.catalog import service as catalog_service
from udemy_clone.gateway.deps import Principal, SessionDep, require_role
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.taxonomy import service
from udemy_clone.taxonomy.models import (
    MAX_ID,
    CategoryCreate,
    CategoryNode,
    CategoryPublic,
    CategoryUpdate,
    TagMerge,
    TagPublic,
    TagRename,
)

router = APIRouter(tags=["taxonomy"], responses=ERROR_RESPONSES)

AdminUser = Annotated[Principal, Depends(require_role("admin"))]
CategoryId = Annotated[int, Path(ge=1, le=MAX_ID)]
TagId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _public(category: object) -> CategoryPublic:
    return CategoryPublic.model_validate(category, from_attributes=True)


@router.get("/categories", response_model=list[CategoryNode])
def list_categories(session: SessionDep) -> list[CategoryNode]:
    """The category tree; course_count counts published courses including sub-categories."""
    return catalog_service.category_tree(session=session)


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


@router.delete("/categories/{category_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_category(category_id: CategoryId, principal: AdminUser, session: SessionDep) -> Response:
    """Admin: delete a category and its sub-categories; 409 while any of them has courses."""
    catalog_service.delete_category(
        session=session, actor_roles=principal.roles, category_id=category_id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/tags", response_model=list[TagPublic])
def list_tags(
    session: SessionDep,
    q: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> list[TagPublic]:
    """Tags starting with `q`, most used first, with their published course counts."""
    return catalog_service.suggest_tags(session=session, prefix=q, limit=limit)


@router.patch("/tags/{tag_id}", response_model=TagPublic)
def rename_tag(
    tag_id: TagId, body: TagRename, principal: AdminUser, session: SessionDep
) -> TagPublic:
    """Admin: rename a tag (409 if the name is taken: merge instead)."""
    tag = service.rename_tag(
        session=session, actor_roles=principal.roles, tag_id=tag_id, name=body.name
    )
    counts = catalog_service.course_count_by_tag(session=session, tag_ids=[tag_id])
    return TagPublic(id=tag_id, name=tag.name, slug=tag.slug, course_count=counts.get(tag_id, 0))


@router.post("/tags/{tag_id}/merge", response_model=TagPublic)
def merge_tag(
    tag_id: TagId, body: TagMerge, principal: AdminUser, session: SessionDep
) -> TagPublic:
    """Admin: merge this tag into `into_tag_id`; returns the tag that remains."""
    return catalog_service.merge_tags(
        session=session,
        actor_roles=principal.roles,
        source_tag_id=tag_id,
        target_tag_id=body.into_tag_id,
    )
