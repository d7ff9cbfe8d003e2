from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from claimx.errors import RulesError
from claimx.matches import Region
from claimx.rules.boilerplate import find_boilerplate
from claimx.rules.metadata import (
    DATA_FILE,
    find_date,
    find_metadata,
    load_tables,
    site_name,
    tables_from_data,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "fixtures" / "seeds.gold.json").read_text(encoding="utf-8"))["documents"]

BODY = (
    "Russia on Friday said the Taliban controls about two-thirds of the Afghan-Tajik border and urged all "
    "sides in Afghanistan to show restraint, the Foreign Ministry said in a statement."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("July 09, 2021", "2021-07-09"),
        ("July 9, 2021", "2021-07-09"),
        ("Jul. 9 2021", "2021-07-09"),
        ("Sept. 30, 2020", "2020-09-30"),
        ("19 May 2021", "2021-05-19"),
        ("8 July 2021", "2021-07-08"),
        ("1st of March, 2022", "2022-03-01"),
        ("Global Research, July 11, 2021", "2021-07-11"),
        ("[Antiwar.com](#) 8 July 2021", "2021-07-08"),
        ("2021-07-09", "2021-07-09"),
        ("Published 2021-07-09T10:15:00Z", "2021-07-09"),
        ("February 30, 2021", None),  # not a date
        ("2021-13-01", None),
        ("ref 12021-07-09-1", None),
        ("Mayor 12, 2021", None),
        ("may 2021", None),  # no day: not a publication date
        ("the 1,000 troops", None),
        ("", None),
    ],
)
def test_find_date(line: str, expected: str | None) -> None:
    found = find_date(line)
    assert (found[2] if found else None) == expected
    if found:
        assert find_date(line[found[0] : found[1]])[2] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By AFP", ["AFP"]),
        ("By [AFP](#)", ["AFP"]),
        ("By Dave DeCamp", ["Dave DeCamp"]),
        ("By [Dave DeCamp](#)", ["Dave DeCamp"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("By Jane Doe | Reuters", ["Jane Doe"]),
        ("BY JANE DOE", ["JANE DOE"]),
        ("By 2014, Russia will withdraw", []),
        ("By the way, this is no byline", []),
        ("Bypass roads were closed", []),
    ],
)
def test_byline(line: str, expected: list[str]) -> None:
    meta = find_metadata(f"Russia Says Taliban Controls Border\n\n{line}\n\nJuly 09, 2021\n\n{BODY}")
    assert meta.byline == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Russia Says Taliban Controls Border\n\nJuly 09, 2021\n\n" + BODY,
            "Russia Says Taliban Controls Border",
        ),
        ("\n\n# Russia Says Ready\n\nJuly 07, 2021\n\n" + BODY, "Russia Says Ready"),
        ("July 07, 2021\n\n# Russia Says Ready\n\n" + BODY, "Russia Says Ready"),
        ("By AFP\n\nJuly 07, 2021\n\nRussia Says Ready\n\n" + BODY, "Russia Says Ready"),
        ("**Russia Says Ready**\n\n" + BODY, "Russia Says Ready"),
        ("Russia Says Ready\n\n## Tajik Base\n\n" + BODY, "Tajik Base"),  # a heading wins
        ("#Russia #Tajikistan\n\n" + BODY, "#Russia #Tajikistan"),  # hashtags are no heading marker
        (
            "Lavrov: Russia to help Tajikistan build a new border post\n\n19 May 2021\n\n" + BODY,
            "Lavrov: Russia to help Tajikistan build a new border post",
        ),
        (BODY, None),
        ("", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    meta = find_metadata(text)
    assert meta.title == title
    if title is not None:
        assert text[meta.title_start : meta.title_end] == title
    else:
        assert meta.title_start is None and meta.title_end is None


@pytest.mark.parametrize(
    ("tail", "url"),
    [
        (
            "Original url:\n\n<https://www.themoscowtimes.com/2021/07/09/a74474>",
            "https://www.themoscowtimes.com/2021/07/09/a74474",
        ),
        (
            "Original url:\n\nhttps://www.themoscowtimes.com/2021/07/09/a74474",
            "https://www.themoscowtimes.com/2021/07/09/a74474",
        ),
        ("Original url: https://example.org/news/1.", "https://example.org/news/1"),
        ("Original URL: [the story](https://example.org/news/1)", "https://example.org/news/1"),
        ("Source url:\nwww.example.org/news/1", "www.example.org/news/1"),
        ("Original url:\n\nnot a link\n\nhttps://example.org/x", None),
        ("https://example.org/news/1", None),  # a bare link is not the article's URL
    ],
)
def test_url(tail: str, url: str | None) -> None:
    assert find_metadata(f"A Title\n\n{BODY}\n\n{tail}").url == url


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("The original source of this article is [Antiwar.com](https://antiwar.com)", "Antiwar.com"),
        ("The original source of this article is Antiwar.com\nCopyright © Dave DeCamp, 2021", "Antiwar.com"),
        ("This article was originally published on Consortium News.", "Consortium News"),
        ("Originally published at https://www.themoscowtimes.com/2021/a1", "The Moscow Times"),
        ("Based on materials from TASS", "TASS"),
        ("Photo: TASS", None),
    ],
)
def test_source(tail: str, source: str | None) -> None:
    assert find_metadata(f"A Title\n\n{BODY}\n\n{tail}").source == source


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (f"A Title\n\nGlobal Research, July 11, 2021\n\n{BODY}", "Global Research"),
        (f"A Title\n\nBy Dave DeCamp, July 11, 2021\n\n{BODY}", None),
        (
            f"A Title\n\nJuly 11, 2021\n\n{BODY}\n\nOriginal url:\n\nhttps://www.themoscowtimes.com/a1",
            "The Moscow Times",
        ),
        (f"A Title\n\n{BODY}\n\nOriginal url: https://news.example.co.uk/a/b", "news.example.co.uk"),
        (f"A Title\n\n{BODY}\n\nA Message from The Moscow Times:\n\nDear readers,", "The Moscow Times"),
        (f"A Title\n\n{BODY}", None),
    ],
)
def test_publisher(text: str, publisher: str | None) -> None:
    assert find_metadata(text).publisher == publisher


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.themoscowtimes.com/2021/07/09/x", "The Moscow Times"),
        ("http://globalresearch.ca/x", "Global Research"),
        ("www.unknown-site.org/a", "unknown-site.org"),
        ("https://localhost/a", None),
    ],
)
def test_site_name(url: str, name: str | None) -> None:
    assert site_name(url) == name


BANNER = (
    "×\nEnjoying ad-free content?\nSince July 1, 2024, we have disabled all ads to improve your reading "
    "experience.\nSupport us\nOur journalism is banned in Russia. We need your help to keep providing you "
    "with the truth."
)


def test_a_date_in_a_banner_is_not_the_publication_date() -> None:
    text = f"{BANNER}\n\nRussia in Border Talks With Tajikistan\n\n{BODY}"
    meta = find_metadata(text)
    assert meta.published is None
    assert meta.title == "Russia in Border Talks With Tajikistan"
    # Told there is no boilerplate, the same function reads the banner as header (the caller's choice).
    assert find_metadata(text, boilerplate=()).published == "2024-07-01"
    # A date in a region given by the caller is skipped.
    assert (
        find_metadata("A Title\n\nJuly 11, 2021\n\n" + BODY, boilerplate=[Region(9, 22, "x")]).published
        is None
    )


def test_a_date_in_the_body_is_not_the_publication_date() -> None:
    assert find_metadata(f"A Title\n\n{BODY}\n\nThe talks ended on July 9, 2021.").published is None


def test_header_area_ends_after_fifteen_lines() -> None:
    lines = "\n\n".join(f"Line {n}" for n in range(16))
    assert find_metadata(f"{lines}\n\nJuly 9, 2021").published is None
    lines = "\n\n".join(f"Line {n}" for n in range(10))
    assert find_metadata(f"{lines}\n\nJuly 9, 2021").published == "2021-07-09"


def test_a_megabyte_of_text_takes_linear_time() -> None:
    """A ratio within one run, not a wall-clock limit: ten times the text, about ten times the time."""

    def timed(n: int) -> float:
        text = "A Title\n\nJuly 9, 2021\n\n" + "\n\n".join([BODY, "Photo: TASS"] * n)
        started = time.perf_counter()
        assert find_metadata(text).published == "2021-07-09"
        return time.perf_counter() - started

    small = min(timed(520) for _ in range(3))
    assert timed(5200) < 30 * small + 0.05  # quadratic would be 100x


# ---- the data file -------------------------------------------------------------------------------------


def test_packaged_tables_load() -> None:
    tables = load_tables()
    assert tables.months["sept"] == 9
    assert tables.sites["themoscowtimes.com"] == "The Moscow Times"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"months": {"may": 5}, "sites": {}, "publishers": []}, "unknown keys ['publishers']"),
        ({"months": {"may": 5}}, "missing keys ['sites']"),
        ({"months": {"may": 13}, "sites": {}}, "'months' must map month names to 1..12"),
        ({"months": {"may": 5}, "sites": {}, "source_patterns": ["(?P<name>"]}, "bad pattern"),
        (["months"], "expected an object"),
    ],
)
def test_malformed_data_names_the_file(data, message: str) -> None:
    with pytest.raises(RulesError, match=r"claimx/data/metadata\.json") as info:
        tables_from_data(data, DATA_FILE)
    assert message in str(info.value)


# ---- the seeds -----------------------------------------------------------------------------------------

EXPECTED = {  # beyond the gold: publisher and source
    "000_ea7898919aa27a3f": ("The Moscow Times", None),
    "001_740a92e04bc3f777": ("The Moscow Times", None),
    "002_0635789064aeac8f": ("Global Research", "Antiwar.com"),
    "003_7fcf803510b2e5fd": (None, "TASS"),
    "004_ae036d2a499d918f": ("The Moscow Times", None),
}


def seed_text(doc: dict) -> str:
    return (ROOT / doc["path"]).read_text(encoding="utf-8")


def check_seed(doc: dict, text: str) -> None:
    gold = doc["meta"]
    meta = find_metadata(text, boilerplate=find_boilerplate(text))
    assert meta.title == gold["title"]
    assert text[meta.title_start : meta.title_end] == gold["title"]
    if gold["published"]:
        assert meta.published in gold["published"]
    else:
        assert meta.published is None
    assert meta.byline == gold["byline"]
    assert meta.url == gold["url"]
    assert (meta.publisher, meta.source) == EXPECTED[doc["id"]]


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_metadata_from_raw_text(doc: dict) -> None:
    check_seed(doc, seed_text(doc))


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_metadata_from_normalised_text(doc: dict) -> None:
    from claimx.text import normalize

    check_seed(doc, normalize(seed_text(doc)).text)


def test_seed_title_offsets_point_at_the_gold_headline_quote() -> None:
    doc = next(d for d in GOLD if d["id"].startswith("000"))
    text = seed_text(doc)
    meta = find_metadata(text)
    headline = next(
        q for q in doc["quotes"] if q["text"] == "Taliban Controls Two-Thirds of Afghan-Tajik Border"
    )
    assert meta.title_start <= headline["start"] and headline["end"] == meta.title_end
