"""The normalisation the pipeline sees, and the offset map back to the original text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.text import normalize, paragraph_chunks


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("up to\xa03,000 guards", "up to 3,000 guards"),
        ("its top diplomat [said](#) Wednesday", "its top diplomat said Wednesday"),
        ("**Jalil Rezayee / EPA / TASS**", "Jalil Rezayee / EPA / TASS"),
        ("# Russia Says Ready\n\nBy [AFP](#)", "Russia Says Ready\n\nBy AFP"),
        ("Original url:\n\n<https://example.com/a-1>", "Original url:\n\nhttps://example.com/a-1"),
        ("line one\r\nline two\r\n", "line one\nline two\n"),
        ("\ufeffTitle", "Title"),
        ("*The Taliban is banned.*", "The Taliban is banned."),
        ("a [link]( broken", "a [link]( broken"),
        ("", ""),
        ("some 10\xa0000 people", "some 10,000 people"),
        ("1\u202f250\u202f000 euros", "1,250,000 euros"),
        ("in 1995\xa0200 people", "in 1995 200 people"),  # no thousands group after four digits
        ("in 1995 200 people", "in 1995 200 people"),  # a plain space groups nothing
    ],
)
def test_normalize_text(original, expected):
    assert normalize(original).text == expected


def _check_map(original: str) -> None:
    norm = normalize(original)
    for i, ch in enumerate(norm.text):
        o = norm.to_original(i)
        same = original[o] == ch or (ch == " " and original[o].isspace())
        assert same or (ch == "," and original[o] in "\xa0\u202f\u2009"), (i, ch, o)
    assert norm.span(0, len(norm.text)) == (
        (norm.to_original(0), norm.to_original(len(norm.text) - 1) + 1) if norm.text else (0, 0)
    )


@pytest.mark.parametrize(
    "original",
    [
        "# T\r\n\r\nBy [AFP](#)\xa0x **B / TASS** <https://e.com/a-1> *it*\n*\n",
        "plain text",
        "\ufeff[a](b)[c](d)",
    ],
)
def test_every_character_maps_back_to_itself(original):
    _check_map(original)


@settings(deadline=None)  # a shared, loaded machine must not fail it on time
@given(st.text(alphabet=st.sampled_from(list("ab [](#)*<>\r\n\xa0\ufeff#_:/htps10\u202f")), max_size=80))
def test_offset_map_property(original):
    _check_map(original)


def test_span_maps_a_phrase_across_a_removed_link():
    original = "its top diplomat [said](#) Wednesday"
    norm = normalize(original)
    a = norm.text.index("diplomat said")
    start, end = norm.span(a, a + len("diplomat said"))
    assert original[start:end] == "diplomat [said"


def test_chunks_cut_at_paragraphs_and_cover_everything():
    text = "\n\n".join(f"Paragraph {i} " + "word " * 20 for i in range(50))
    chunks = paragraph_chunks(text, 500)
    assert len(chunks) > 1
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a < b and b - a <= 500 for a, b in chunks)
    assert all(prev[1] == nxt[0] for prev, nxt in pairwise(chunks))
    assert all(text[a:b].startswith("Paragraph") for a, b in chunks)


def test_short_text_is_one_chunk():
    assert paragraph_chunks("short", 100) == [(0, 5)]


def test_html_tags_left_in_text_are_dropped_and_offsets_stay_true():
    original = 'She said <b>no</b> today.<br/>\n<tweet author="x" date="2016">We won.</tweet> a <b and c> d'
    norm = normalize(original)
    assert norm.text == "She said no today.\nWe won. a <b and c> d"
    i = norm.text.index("We won.")
    assert original[slice(*norm.span(i, i + 7))] == "We won."
