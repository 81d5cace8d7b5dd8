"""The taxonomy domain's API: the category tree and tags.

Taxonomy knows nothing of courses. Where a rule needs course figures (counts in the tree,
refusing to delete a category that still files courses, moving course links when tags merge),
the caller passes them in; the REST routes wire in the catalog's service.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.core import cache, db, outbox
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from udemy_clone.taxonomy.events import CategoryChanged, TagChanged
from udemy_clone.taxonomy.models import (
    TAG_NAME_MAX,
    Category,
    CategoryCreate,
    CategoryNode,
    CategoryPath,
    CategoryPublic,
    CategoryUpdate,
    Tag,
    TagMerge,
    TagPublic,
    TagRename,
)

# The public API; the schemas are re-exported so other domains import only this module.
__all__ = [
    "CATEGORY_TREE_CACHE_KEY",
    "CATEGORY_TREE_TTL_SECONDS",
    "CategoryCreate",
    "CategoryNode",
    "CategoryPath",
    "MAX_CATEGORY_DEPTH",
    "MAX_TAGS_PER_LOOKUP",
    "TAXONOMY_GENERATION",
    "Tag",
    "TagMerge",
    "TagPublic",
    "TagRename",
    "category_ids_for_slug",
    "category_options",
    "category_paths",
    "category_tree",
    "create_category",
    "delete_category",
    "descendant_ids",
    "ensure_tags",
    "get_category",
    "get_tag",
    "get_tag_by_slug",
    "invalidate_category_tree",
    "list_categories",
    "merge_tags",
    "normalize_tag_name",
    "rename_tag",
    "search_tags",
    "slugify",
    "tags_by_ids",
    "update_category",
]

CATEGORY_TREE_CACHE_KEY = "taxonomy:category_tree"
CATEGORY_TREE_TTL_SECONDS = 600
MAX_CATEGORY_DEPTH = 5
MAX_TAGS_PER_LOOKUP = 50
# Cached answers that show category or tag names depend on this generation (core.cache).
TAXONOMY_GENERATION = "taxonomy"


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80, fallback: str = "item") -> str:
    """A lowercase ASCII slug of `text` (accents folded, other characters become dashes)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", folded.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or fallback


def _require_admin(actor_roles: Iterable[str]) -> None:
    if "admin" not in actor_roles:
        raise PermissionDenied("Only admins can change categories and tags.")


def invalidate_category_tree(*, session: Session) -> None:
    """Refresh the cached tree (and its course counts) after the caller's transaction commits."""
    db.after_commit(session, lambda: cache.invalidate(CATEGORY_TREE_CACHE_KEY))


def _taxonomy_changed() -> None:
    """Category or tag names or places changed: the tree and every answer showing them."""
    cache.invalidate(CATEGORY_TREE_CACHE_KEY)
    cache.bump_generation(TAXONOMY_GENERATION)


# ---- categories ----------------------------------------------------------------------------


def get_category(*, session: Session, category_id: int) -> Category:
    """The category with this id (404 when there is none)."""
    category = session.get(Category, category_id)
    if category is None:
        raise NotFound("This category does not exist.", code="category_not_found")
    return category


def list_categories(*, session: Session) -> list[Category]:
    """Every category, siblings in display order."""
    statement = select(Category).order_by(
        col(Category.parent_id), col(Category.position), col(Category.name)
    )
    return list(session.exec(statement))


def _children_index(categories: Iterable[Category]) -> dict[int | None, list[Category]]:
    children: dict[int | None, list[Category]] = defaultdict(list)
    for category in categories:
        children[category.parent_id].append(category)
    for siblings in children.values():
        siblings.sort(key=lambda c: (c.position, c.name.lower(), c.id or 0))
    return children


def _subtree_ids(children: Mapping[int | None, list[Category]], root_id: int) -> list[int]:
    ids: list[int] = []
    stack = [root_id]
    while stack:
        current = stack.pop()
        ids.append(current)
        stack.extend(c.id for c in children.get(current, []) if c.id is not None)
    return ids


def descendant_ids(*, session: Session, category_id: int) -> list[int]:
    """The category and every category below it."""
    get_category(session=session, category_id=category_id)
    return _subtree_ids(_children_index(list_categories(session=session)), category_id)


def category_ids_for_slug(*, session: Session, slug: str) -> list[int]:
    """Ids of the categories with this slug and of everything below them (empty if unknown)."""
    roots = session.exec(select(Category.id).where(col(Category.slug) == slug.strip().lower()))
    root_ids = [int(r) for r in roots if r is not None]
    if not root_ids:
        return []
    children = _children_index(list_categories(session=session))
    found: list[int] = []
    for root_id in root_ids:
        found += [i for i in _subtree_ids(children, root_id) if i not in found]
    return found


def categories_by_slugs(*, session: Session, slugs: Iterable[str]) -> dict[str, Category]:
    """Slug -> category for the given slugs (unknown ones left out; of twins, the oldest)."""
    wanted = sorted({s.strip().lower() for s in slugs if s.strip()})
    if not wanted:
        return {}
    statement = select(Category).where(col(Category.slug).in_(wanted)).order_by(col(Category.id))
    found: dict[str, Category] = {}
    for category in session.exec(statement):
        found.setdefault(category.slug, category)
    return found


def category_paths(*, session: Session, category_ids: Iterable[int]) -> dict[int, CategoryPath]:
    """Each category with its ancestors, root first (breadcrumbs and search documents)."""
    wanted = set(category_ids)
    if not wanted:
        return {}
    by_id = {c.id: c for c in list_categories(session=session)}
    paths: dict[int, CategoryPath] = {}
    for category_id in wanted:
        category = by_id.get(category_id)
        if category is None or category.id is None:
            continue
        ancestors: list[CategoryPublic] = []
        parent_id = category.parent_id
        while parent_id is not None and parent_id in by_id and len(ancestors) < 50:
            parent = by_id[parent_id]
            ancestors.insert(0, CategoryPublic.model_validate(parent, from_attributes=True))
            parent_id = parent.parent_id
        paths[category.id] = CategoryPath(
            id=category.id, name=category.name, slug=category.slug, ancestors=ancestors
        )
    return paths


def category_path_json_sql(category_id_sql: str) -> str:
    """PostgreSQL: a scalar subquery giving the category `category_id_sql` names with its
    ancestors as a JSON array of {id, name, slug}, root first and the category last (NULL when
    there is no such category); at most 50 ancestors, like `category_paths`.

    For another domain's one-round-trip reads (`catalog.page_query`). `category_id_sql` is
    trusted SQL (a column reference), never user input.
    """
    return (
        "(WITH RECURSIVE up(id, name, slug, parent_id, depth) AS ("
        "SELECT tax_c.id, tax_c.name, tax_c.slug, tax_c.parent_id, 0 FROM categories tax_c"
        f" WHERE tax_c.id = {category_id_sql}"
        " UNION ALL SELECT tax_p.id, tax_p.name, tax_p.slug, tax_p.parent_id, up.depth + 1"
        " FROM categories tax_p JOIN up ON tax_p.id = up.parent_id WHERE up.depth < 50)"
        " SELECT json_agg(json_build_array(id, name, slug) ORDER BY depth DESC) FROM up)"
    )


def tag_names_json_sql(tag_ids_sql: str) -> str:
    """PostgreSQL: a scalar subquery giving the names of the tags whose ids `tag_ids_sql` (a
    subquery) selects, as a JSON array in no particular order (NULL when there are none).

    For another domain's one-round-trip reads; `tag_ids_sql` is trusted SQL, never user input.
    """
    return f"(SELECT json_agg(tax_t.name) FROM tags tax_t WHERE tax_t.id IN ({tag_ids_sql}))"


def category_options(*, session: Session) -> list[tuple[int, str]]:
    """(id, "Parent › Child") for every category in tree order, for pickers in forms."""
    children = _children_index(list_categories(session=session))
    options: list[tuple[int, str]] = []

    def walk(parent_id: int | None, prefix: str) -> None:
        for category in children.get(parent_id, []):
            assert category.id is not None
            label = f"{prefix}{category.name}"
            options.append((category.id, label))
            walk(category.id, f"{label} › ")

    walk(None, "")
    return options


def _build_tree(categories: list[Category], own_counts: Mapping[int, int]) -> list[dict[str, Any]]:
    children = _children_index(categories)

    def node(category: Category, depth: int) -> dict[str, Any]:
        assert category.id is not None
        kids = [node(c, depth + 1) for c in children.get(category.id, [])] if depth < 50 else []
        return {
            **CategoryPublic.model_validate(category, from_attributes=True).model_dump(),
            "course_count": int(own_counts.get(category.id, 0))
            + sum(k["course_count"] for k in kids),
            "children": kids,
        }

    return [node(c, 0) for c in children.get(None, [])]


def category_tree(
    *, session: Session, course_counts: Callable[[], Mapping[int, int]]
) -> list[CategoryNode]:
    """The whole tree; a node's course_count includes its sub-categories (cached)."""

    def load() -> list[dict[str, Any]]:
        return _build_tree(list_categories(session=session), course_counts())

    return [
        CategoryNode.model_validate(n)
        for n in cache.cached_json(CATEGORY_TREE_CACHE_KEY, CATEGORY_TREE_TTL_SECONDS, load)
    ]


def _depth(by_id: Mapping[int | None, Category], category_id: int | None) -> int:
    depth = 0
    while category_id is not None and depth <= MAX_CATEGORY_DEPTH + 1:
        depth += 1
        parent = by_id.get(category_id)
        category_id = parent.parent_id if parent else None
    return depth


def _subtree_height(children: Mapping[int | None, list[Category]], root_id: int) -> int:
    kids = [c.id for c in children.get(root_id, []) if c.id is not None]
    return 1 + max((_subtree_height(children, k) for k in kids), default=0)


def _check_sibling_slug(
    session: Session, *, parent_id: int | None, slug: str, exclude_id: int | None = None
) -> None:
    statement = select(Category.id).where(col(Category.slug) == slug)
    if parent_id is None:
        statement = statement.where(col(Category.parent_id).is_(None))
    else:
        statement = statement.where(col(Category.parent_id) == parent_id)
    if exclude_id is not None:
        statement = statement.where(col(Category.id) != exclude_id)
    if session.exec(statement).first() is not None:
        raise Conflict(
            "A category with this name already exists at this place in the tree; "
            "choose another name.",
            code="category_exists",
        )


def _parent_or_refuse(session: Session, parent_id: int | None) -> Category | None:
    if parent_id is None:
        return None
    parent = session.get(Category, parent_id)
    if parent is None:
        raise InvalidInput("The parent category does not exist.", field="parent_id")
    return parent


def create_category(*, session: Session, actor_roles: list[str], data: CategoryCreate) -> Category:
    """Admin: add a category at the top level or under `parent_id`."""
    _require_admin(actor_roles)
    _parent_or_refuse(session, data.parent_id)
    by_id: dict[int | None, Category] = {c.id: c for c in list_categories(session=session)}
    if _depth(by_id, data.parent_id) + 1 > MAX_CATEGORY_DEPTH:
        raise InvalidInput(
            f"Categories nest at most {MAX_CATEGORY_DEPTH} levels deep.", field="parent_id"
        )
    slug = slugify(data.name, fallback="category")
    _check_sibling_slug(session, parent_id=data.parent_id, slug=slug)
    position = data.position
    if position is None:
        siblings = [c for c in by_id.values() if c.parent_id == data.parent_id]
        position = max((c.position for c in siblings), default=-1) + 1
    category = Category(name=data.name, slug=slug, parent_id=data.parent_id, position=position)
    session.add(category)
    session.flush()
    db.after_commit(session, _taxonomy_changed)
    return category


def update_category(
    *, session: Session, actor_roles: list[str], category_id: int, data: CategoryUpdate
) -> Category:
    """Admin: rename, reorder or move a category (never under itself or its sub-categories)."""
    _require_admin(actor_roles)
    category = get_category(session=session, category_id=category_id)
    fields = data.model_fields_set
    parent_id = data.parent_id if "parent_id" in fields else category.parent_id
    name = data.name if data.name is not None else category.name
    slug = slugify(name, fallback="category")
    if parent_id != category.parent_id:
        _parent_or_refuse(session, parent_id)
        categories = list_categories(session=session)
        children = _children_index(categories)
        if parent_id in _subtree_ids(children, category_id):
            raise Conflict(
                "A category cannot be moved under itself or one of its own sub-categories.",
                code="category_cycle",
            )
        by_id: dict[int | None, Category] = {c.id: c for c in categories}
        if _depth(by_id, parent_id) + _subtree_height(children, category_id) > MAX_CATEGORY_DEPTH:
            raise InvalidInput(
                f"Categories nest at most {MAX_CATEGORY_DEPTH} levels deep.", field="parent_id"
            )
    _check_sibling_slug(session, parent_id=parent_id, slug=slug, exclude_id=category_id)
    changed_identity = (name, slug, parent_id) != (
        category.name,
        category.slug,
        category.parent_id,
    )
    category.name, category.slug, category.parent_id = name, slug, parent_id
    if data.position is not None:
        category.position = data.position
    session.add(category)
    session.flush()
    db.after_commit(session, _taxonomy_changed)
    if changed_identity:
        # Courses filed below carry the names and slugs of their category path in the index.
        outbox.emit(session, CategoryChanged(category_id=category_id))
    return category


def delete_category(
    *,
    session: Session,
    actor_roles: list[str],
    category_id: int,
    count_courses: Callable[[list[int]], int],
) -> None:
    """Admin: delete a category and its sub-categories; refused while any of them has courses."""
    _require_admin(actor_roles)
    get_category(session=session, category_id=category_id)
    children = _children_index(list_categories(session=session))
    subtree = _subtree_ids(children, category_id)
    in_use = count_courses(subtree)
    if in_use:
        raise Conflict(
            f"This category still has {in_use} course{'s' if in_use != 1 else ''} "
            "(counting its sub-categories). Move them to another category first.",
            code="category_in_use",
        )
    # Deepest first: a parent cannot go while a child still points at it.
    for node_id in reversed(subtree):
        node = session.get(Category, node_id)
        if node is not None:
            session.delete(node)
            session.flush()
    db.after_commit(session, _taxonomy_changed)


# ---- tags ----------------------------------------------------------------------------------


def normalize_tag_name(name: str) -> str:
    """A tag name as stored: single spaces, at most TAG_NAME_MAX characters."""
    return " ".join(name.split())[:TAG_NAME_MAX].strip()


def ensure_tags(*, session: Session, names: Iterable[str]) -> list[Tag]:
    """The tags for `names` in order, creating missing ones (same slug means same tag)."""
    wanted: dict[str, str] = {}
    for raw in names:
        name = normalize_tag_name(raw)
        if not name:
            continue
        slug = slugify(name, max_length=60, fallback="")
        if slug and slug not in wanted:
            wanted[slug] = name
    if not wanted:
        return []
    existing = {t.slug: t for t in session.exec(select(Tag).where(col(Tag.slug).in_(list(wanted))))}
    tags: list[Tag] = []
    for slug, name in wanted.items():
        tag = existing.get(slug)
        if tag is None:
            tag = Tag(name=name, slug=slug)
            session.add(tag)
            session.flush()
        tags.append(tag)
    return tags


def get_tag(*, session: Session, tag_id: int) -> Tag:
    """The tag with this id (404 when there is none)."""
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise NotFound("This tag does not exist.", code="tag_not_found")
    return tag


def get_tag_by_slug(*, session: Session, slug: str) -> Tag | None:
    """The tag with this slug, if any."""
    return session.exec(select(Tag).where(col(Tag.slug) == slug)).first()


def tags_by_ids(*, session: Session, tag_ids: Iterable[int]) -> dict[int, Tag]:
    """Tags by id (unknown ids are left out)."""
    ids = set(tag_ids)
    if not ids:
        return {}
    return {
        int(t.id): t
        for t in session.exec(select(Tag).where(col(Tag.id).in_(ids)))
        if t.id is not None
    }


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_tags(
    *,
    session: Session,
    prefix: str = "",
    limit: int = 20,
    course_counts: Callable[[list[int]], Mapping[int, int]],
) -> list[TagPublic]:
    """Tags whose name or slug starts with `prefix`, most used first (tag suggestions)."""
    limit = max(1, min(limit, MAX_TAGS_PER_LOOKUP))
    needle = " ".join(prefix.split())[:TAG_NAME_MAX].lower()
    statement = select(Tag)
    if needle:
        pattern = _escape_like(needle) + "%"
        slug_pattern = _escape_like(slugify(needle, max_length=60, fallback="")) + "%"
        condition: Any = func.lower(Tag.name).like(pattern, escape="\\")
        if slug_pattern != "%":
            condition = condition | col(Tag.slug).like(slug_pattern, escape="\\")
        statement = statement.where(condition)
    # Counting is cheap for a few hundred candidates; the most used ones come first.
    candidates = list(session.exec(statement.order_by(col(Tag.name)).limit(500)))
    counts = course_counts([int(t.id) for t in candidates if t.id is not None])
    ranked = sorted(candidates, key=lambda t: (-counts.get(int(t.id or 0), 0), t.name.lower()))
    return [
        TagPublic(
            id=int(t.id or 0), name=t.name, slug=t.slug, course_count=counts.get(t.id or 0, 0)
        )
        for t in ranked[:limit]
    ]


def rename_tag(*, session: Session, actor_roles: list[str], tag_id: int, name: str) -> Tag:
    """Admin: rename a tag (409 when another tag has that name: merge them instead)."""
    _require_admin(actor_roles)
    tag = get_tag(session=session, tag_id=tag_id)
    clean = normalize_tag_name(name)
    slug = slugify(clean, max_length=60, fallback="")
    if not slug:
        raise InvalidInput("A tag name needs at least one letter or digit.", field="name")
    other = get_tag_by_slug(session=session, slug=slug)
    if other is not None and other.id != tag.id:
        raise Conflict(
            f"The tag “{other.name}” already exists; merge this tag into it instead.",
            code="tag_exists",
        )
    tag.name, tag.slug = clean, slug
    session.add(tag)
    session.flush()
    outbox.emit(session, TagChanged(tag_id=tag_id))
    db.after_commit(session, _taxonomy_changed)
    return tag


def merge_tags(
    *,
    session: Session,
    actor_roles: list[str],
    source_tag_id: int,
    target_tag_id: int,
    move_course_links: Callable[[int, int], None],
) -> Tag:
    """Admin: give the source tag's courses the target tag, then delete the source tag."""
    _require_admin(actor_roles)
    if source_tag_id == target_tag_id:
        raise InvalidInput("A tag cannot be merged into itself.", field="into_tag_id")
    source = get_tag(session=session, tag_id=source_tag_id)
    target = session.get(Tag, target_tag_id)
    if target is None:
        raise InvalidInput("The tag to merge into does not exist.", field="into_tag_id")
    move_course_links(source_tag_id, target_tag_id)
    session.delete(source)
    session.flush()
    outbox.emit(session, TagChanged(tag_id=target_tag_id))
    db.after_commit(session, _taxonomy_changed)
    return target
