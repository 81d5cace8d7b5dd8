"""Course descriptions: Markdown rendered on the server, never the author's own HTML."""

from __future__ import annotations

from udemy_clone.web.kit.markdown_html import markdown_to_html


def test_paragraphs_lists_emphasis_and_headings_render():
    html = markdown_to_html("## Who it is for\n\nLearn **testing**.\n\n- one\n- two\n")

    assert "<h2>Who it is for</h2>" in html
    assert "<strong>testing</strong>" in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html


def test_the_authors_html_is_shown_as_text():
    html = markdown_to_html(
        '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n'
        'Hi <b onmouseover="alert(3)">there</b>'
    )

    assert "<script" not in html and "<img" not in html and "<b " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_only_safe_links_become_links_and_images_are_dropped():
    html = markdown_to_html(
        "[ok](https://example.com) [bad](javascript:alert(1)) [data](data:text/html,x) "
        "![pic](https://example.com/a.png)"
    )

    assert '<a href="https://example.com">ok</a>' in html
    assert "javascript:" not in html.split("[bad]")[0] and 'href="javascript' not in html
    assert 'href="data:' not in html
    assert "<img" not in html


def test_nothing_for_an_empty_description():
    assert markdown_to_html("  \n") == ""
