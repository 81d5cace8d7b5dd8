"""The catalogue's filters: category tree, facet counts and the address's filters in, rows out."""

from __future__ import annotations

from udemy_clone.taxonomy.models import CategoryNode
from udemy_clone.web.pages.browse.browse_url import BrowseFilters, browse_href
from udemy_clone.web.pages.browse.rows import (
    CategoryEntry,
    FilterChip,
    category_name,
    category_options,
    filter_chips,
    flatten_categories,
    language_options,
    level_options,
    page_links,
    rating_options,
    results_heading,
)


def node(
    id_: int, slug: str, name: str, *children: CategoryNode, parent: int | None = None
) -> CategoryNode:
    return CategoryNode(
        id=id_, name=name, slug=slug, parent_id=parent, position=0, children=list(children)
    )


TREE = [
    node(
        1,
        "dev",
        "Development",
        node(2, "web", "Web", node(3, "react", "React", parent=2), parent=1),
    ),
    node(4, "design", "Design"),
]
CATEGORIES = flatten_categories(TREE)


def test_the_tree_flattens_depth_first_with_parents():
    assert CATEGORIES == [
        CategoryEntry(1, "dev", "Development", 0, ""),
        CategoryEntry(2, "web", "Web", 1, "dev"),
        CategoryEntry(3, "react", "React", 2, "web"),
        CategoryEntry(4, "design", "Design", 0, ""),
    ]
    assert flatten_categories([]) == []
    assert category_name(CATEGORIES, "web") == "Web"
    assert category_name(CATEGORIES, "gone") == "gone"


def test_category_options_open_the_chosen_branch_only():
    nothing = category_options(CATEGORIES, BrowseFilters(), {"dev": 3})
    assert [o.value for o in nothing] == ["dev", "design"]
    assert (nothing[0].count, nothing[0].muted, nothing[1].muted) == ("3", False, True)
    chosen = category_options(CATEGORIES, BrowseFilters(category="web"), {"web": 2})
    assert [(o.value, o.indent, o.selected) for o in chosen] == [
        ("dev", "0px", False),
        ("web", "16px", True),
        ("react", "32px", False),
        ("design", "0px", False),
    ]
    # the chosen category's link clears it
    assert chosen[1].href == browse_href(BrowseFilters())
    assert category_options([], BrowseFilters(), {}) == []


def test_level_and_language_options_count_and_toggle():
    levels = level_options(BrowseFilters(level="beginner"), {"beginner": 4})
    beginner = next(o for o in levels if o.value == "beginner")
    assert (beginner.selected, beginner.count) == (True, "4")
    assert beginner.href == browse_href(BrowseFilters())
    assert all(o.muted for o in levels if o.value != "beginner")
    languages = language_options(BrowseFilters(language="fr"), {"en": 9, "de": 2})
    assert [o.value for o in languages] == ["en", "de", "fr"]  # most courses first; chosen kept
    assert (languages[2].selected, languages[2].count, languages[2].muted) == (True, "0", True)
    assert language_options(BrowseFilters(), {}) == []


def test_rating_options_fill_stars():
    ratings = rating_options(BrowseFilters(min_rating="4"))
    assert [(o.label, o.stars, o.selected) for o in ratings][:2] == [
        ("4.5 & up", "90%", False),
        ("4.0 & up", "80%", True),
    ]


def test_chips_name_each_active_filter():
    filters = BrowseFilters(
        q="python", category="web", level="beginner", language="en", free=True, min_price=5,
        max_price=20, min_rating="4.5",
    )  # fmt: skip
    chips = filter_chips(filters, CATEGORIES)
    assert [c.label for c in chips] == [
        "Web", "Beginner", "English", "Free", "Price 5 – 20", "4.5★ & up",
    ]  # fmt: skip
    assert chips[0] == FilterChip("Web", browse_href(filters.with_changes(category="")))
    assert filter_chips(BrowseFilters(q="python"), CATEGORIES) == []
    assert [c.label for c in filter_chips(BrowseFilters(min_price=10), [])] == ["Price 10+"]


def test_page_links_skip_with_gaps():
    links = page_links(BrowseFilters(page=5), total=120, page_size=12)
    assert [p.label for p in links.pages] == ["1", "…", "4", "5", "6", "…", "10"]
    assert [p.current for p in links.pages].index(True) == 3
    assert links.pages[1].gap and links.pages[1].href == ""
    assert links.prev_href == browse_href(BrowseFilters(page=4))
    assert links.next_href == browse_href(BrowseFilters(page=6))


def test_a_single_page_has_no_links():
    for total in (0, 12):
        links = page_links(BrowseFilters(), total=total, page_size=12)
        assert (links.pages, links.prev_href, links.next_href) == ([], "", "")
    beyond = page_links(BrowseFilters(page=9), total=13, page_size=12)
    assert [p.label for p in beyond.pages] == ["1", "2"] and beyond.next_href == ""


def test_the_results_heading_names_the_words_or_the_category():
    assert results_heading(BrowseFilters(), 38, "") == "38 courses"
    assert results_heading(BrowseFilters(), 1, "") == "1 course"
    assert results_heading(BrowseFilters(q="python"), 1234, "") == "1,234 results for “python”"
    assert results_heading(BrowseFilters(q="go"), 1, "") == "1 result for “go”"
    music = BrowseFilters(category="music")
    assert results_heading(music, 7, "Music") == "7 courses in Music"
    # the words win over the category
    assert results_heading(BrowseFilters(q="x", category="music"), 0, "Music") == (
        "0 results for “x”"
    )
