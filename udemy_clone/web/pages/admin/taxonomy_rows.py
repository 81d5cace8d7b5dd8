"""The admin's category tree, tags and parent picker as typed rows."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.taxonomy.models import CategoryNode, TagPublic
from udemy_clone.web.kit.select_options import SelectOption, id_options

TOP_LEVEL = "top"  # the parent picker's value for "no parent"


@dataclass
class CategoryRow:
    """A category of the admin's tree, indented by depth; `parent_id` is TOP_LEVEL at the top."""

    id: int
    name: str
    slug: str
    depth: int
    indent: str
    course_count: int
    child_count: int
    parent_id: str


@dataclass
class TagRow:
    """A tag with the number of courses carrying it."""

    id: int
    name: str
    slug: str
    course_count: int


def category_rows(nodes: list[CategoryNode], depth: int = 0) -> list[CategoryRow]:
    """The tree as rows in display order, each with its depth."""
    rows: list[CategoryRow] = []
    for node in nodes:
        rows.append(
            CategoryRow(
                id=node.id,
                name=node.name,
                slug=node.slug,
                depth=depth,
                indent=f"{depth * 1.75}rem",
                course_count=node.course_count,
                child_count=len(node.children),
                parent_id=str(node.parent_id) if node.parent_id else TOP_LEVEL,
            )
        )
        rows += category_rows(node.children, depth + 1)
    return rows


def tag_rows(tags: list[TagPublic]) -> list[TagRow]:
    """Tags in the service's order."""
    return [TagRow(id=t.id, name=t.name, slug=t.slug, course_count=t.course_count) for t in tags]


def parent_options(options: list[tuple[int, str]]) -> list[SelectOption]:
    """ "Top level" first, then every category ("Parent › Child") in tree order."""
    return id_options(options, first=SelectOption(value=TOP_LEVEL, label="Top level (no parent)"))
