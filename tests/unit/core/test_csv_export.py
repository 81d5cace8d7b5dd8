import csv
import io

import pytest

from udemy_clone.core.csv_export import safe_cell, to_csv


@pytest.mark.parametrize(
    "text",
    ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\uff1d1+1"],
)
def test_formula_text_is_escaped(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value,expected", [(-12.5, "-12.5"), (3, "3"), (None, ""), (True, "true")])
def test_numbers_and_empties_stay_data(value, expected):
    assert safe_cell(value) == expected


def test_plain_text_is_untouched():
    assert safe_cell("Python for everyone") == "Python for everyone"


def test_document_round_trips_with_commas_quotes_and_newlines():
    document = to_csv(["email", "note"], [["a@b.c", 'He said "hi", then\nleft'], ["=cmd", 1]])
    rows = list(csv.reader(io.StringIO(document)))
    assert rows == [["email", "note"], ["a@b.c", 'He said "hi", then\nleft'], ["'=cmd", "1"]]
