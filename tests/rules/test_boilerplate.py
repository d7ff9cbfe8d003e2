from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest

from claimx.errors import RulesError
from claimx.rules.boilerplate import RULES_FILE, find_boilerplate, load_rules, paragraphs, rules_from_data

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "fixtures" / "seeds.gold.json").read_text(encoding="utf-8"))["documents"]

ARTICLE = "Russia said on Friday that the talks with Tajikistan would continue next week, officials said."
ARTICLE_2 = '"We are ready to help our allies," Lavrov told reporters in Dushanbe on Wednesday.'


def labelled(text: str) -> list[tuple[str, str]]:
    return [(r.label, text[r.start : r.end]) for r in find_boilerplate(text)]


def inside(regions, start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


def overlaps(regions, start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in regions)


# One marker paragraph between two article paragraphs: exactly that paragraph, with that label.
MARKERS = [
    ("Support us", "donation"),
    ("Become a Member of Global Research", "donation"),
    ("[Become a Member of Global Research](#)", "donation"),
    ("Support independent journalism in Russia today.", "donation"),
    (
        "Enjoying ad-free content?\nSince July 1, 2024, we have disabled all ads to improve your reading "
        "experience.\nThis commitment costs us $10,000 a month. Your support can help us fill the gap.\n"
        "Support us\nOur journalism is banned in Russia. We need your help to keep providing you "
        "with the truth.",
        "banner",
    ),
    ("×\nEnjoying ad-free content?\nSupport us", "banner"),
    ("Sign up for our free daily newsletter.", "banner"),
    ("Disclaimer: The contents of this article are of sole responsibility of the author(s).", "disclaimer"),
    ("Copyright © Dave DeCamp, Antiwar.com, 2021", "disclaimer"),
    ("© 2021 The Moscow Times. All rights reserved.", "disclaimer"),
    (
        "www.globalresearch.ca contains copyrighted material the use of which has not always been "
        'specifically authorized by the copyright owner under the provisions of "fair use".',
        "disclaimer",
    ),
    ("The views expressed in this article are solely those of the author.", "disclaimer"),
    ("Note to readers: Please click the share buttons above or below.", "notice"),
    (
        "All Global Research articles can be read in 51 languages by activating the “Translate Website” "
        "drop down menu on the top banner of our home page (Desktop version).",
        "notice",
    ),
    ("For media inquiries: publications@globalresearch.ca", "notice"),
    ("Region: [Asia, Russia and FSU](#)", "navigation"),
    ("Theme: Militarization and WMD", "navigation"),
    ("In-depth Report: AFGHANISTAN", "navigation"),
    ("Articles by: [Dave DeCamp](#)", "navigation"),
    ("Visit and follow us on Instagram at @crg_globalresearch.", "navigation"),
    ("[Comment on Global Research Articles on our Facebook page](#)", "navigation"),
    ("Read more", "navigation"),
    ("https://www.themoscowtimes.com/2021/07/09/russia-says-a74474", "navigation"),
    ("<https://www.themoscowtimes.com/2021/07/09/russia-says-a74474>", "navigation"),
    ("Related article: Tajikistan Seeks Russia-Led Alliance's Aid as Violence Builds", "related"),
    ("**Related article:** [Russia Says U.S. Troop Pullout Risks 'Escalation'](#)", "related"),
    ("Read also: Russia to help Tajikistan build a new border post", "related"),
    ("Photo: Russian Foreign Ministry", "credit"),
    ("Featured image is from OneWorld", "credit"),
    ("Based on materials from TASS", "credit"),
    ("The original source of this article is [Antiwar.com](https://antiwar.com)", "credit"),
    ("This article was originally published on Antiwar.com.", "credit"),
    ("Original url:", "credit"),
    ("Dave DeCamp is the news editor of Antiwar.com, follow him on Twitter @decampdave.", "credit"),
    ("Jalil Rezayee / EPA / TASS", "credit"),
    ("**Artur Lebedev / TASS**", "credit"),
    ("6 min read", "navigation"),  # page furniture with numbers that are no claims
    ("Listen to this article · 4:12 min", "navigation"),
    ("Image 2 of 7", "navigation"),
    ("Posted 5 hours ago", "navigation"),
    ("Updated 20 minutes ago", "navigation"),
    ("312 comments", "navigation"),
    ("Comments (28)", "navigation"),
    ("2.4k shares", "navigation"),
]


@pytest.mark.parametrize(("marker", "label"), MARKERS)
def test_marker_paragraph_is_boilerplate(marker: str, label: str) -> None:
    text = f"{ARTICLE}\n\n{marker}\n\n{ARTICLE_2}"
    assert labelled(text) == [(label, marker)]


# Article sentences that share words with the markers: never boilerplate.
ARTICLE_LINES = [
    ARTICLE,
    ARTICLE_2,
    "By 2014, Russia will make a contribution to the security of Central Asia, the minister said.",
    "Copyright law in Russia was changed in 2021, the agency reported.",
    "“Your support matters,” Lavrov told his Tajik counterpart.",
    "The Taliban is a terrorist organization banned in Russia.",
    "Russia and Tajikistan will continue to cooperate, the minister said.",
    "The region: a mountainous border that is hard to guard.",
    "Photographs of the border post were published by the ministry on Wednesday, officials said.",
    "He said that Russia / Tajikistan relations were stable and that talks went well on Friday.",
    "Analysts say Moscow and Beijing are vying for influence in the region.",
    "Millions follow him on social media, and he said the base would be activated.",
    "Based on reports from the ground, the ministry estimated that 1,000 troops had fled across the border.",
    "The minister took 20 minutes to read the statement, then left.",
    "Officials posted 300 guards along the border, the ministry said.",
    "The ministry received 3,000 comments on the draft law.",
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert find_boilerplate(f"Russia Says Ready to Help Tajikistan\n\n{line}\n\n{ARTICLE}") == []


def test_a_reading_time_in_a_byline_is_marked_and_the_byline_kept() -> None:
    line = "By Anna Ivanova | 4 min read"
    assert labelled(f"{ARTICLE}\n\n{line}\n\n{ARTICLE_2}") == [("navigation", "4 min read")]


def test_caption_keeps_the_caption_and_marks_only_the_credit() -> None:
    caption = 'Russia urged all sides to "show restraint." **Jalil Rezayee / EPA / TASS**'
    text = f"{caption}\n\n{ARTICLE}"
    assert labelled(text) == [("credit", "**Jalil Rezayee / EPA / TASS**")]


def test_donation_block_runs_from_its_opener_to_its_closing_buttons() -> None:
    block = (
        "A Message from The Moscow Times:\n\nDear readers,\n\nWe are facing unprecedented challenges.\n\n"
        "These actions are direct attempts to silence independent journalism in Russia.\n\n"
        "Once\nMonthly\nAnnual\nContinue\nNot ready to support today?\nRemind me later."
    )
    text = f"{ARTICLE}\n\n{ARTICLE_2}\n\n{block}\n\nRead more"
    assert labelled(text) == [("donation", block), ("navigation", "Read more")]


def test_donation_block_without_a_closer_runs_to_the_end_only_near_the_end() -> None:
    tail = "A Message from The Moscow Times:\n\nDear readers,\n\nWe need your help to keep going."
    body = "\n\n".join([ARTICLE, ARTICLE_2] * 3)
    assert labelled(f"{body}\n\n{tail}") == [("donation", tail)]
    # At the top of a long text, with no closer, only the opener paragraph goes.
    head = "A Message from The Moscow Times:"
    text = "\n\n".join([head, *[ARTICLE, ARTICLE_2] * 3])
    assert labelled(text) == [("donation", head)]


def test_button_words_count_only_next_to_boilerplate() -> None:
    assert labelled(f"{ARTICLE}\n\nContinue\n\n{ARTICLE_2}") == []
    assert labelled(f"{ARTICLE}\n\nSupport us\n\nMonthly\nAnnual") == [
        ("donation", "Support us"),
        ("donation", "Monthly\nAnnual"),
    ]


def test_a_text_without_blank_lines_loses_only_its_boilerplate_lines() -> None:
    text = f"{ARTICLE}\nPhoto: Russian Foreign Ministry\n{ARTICLE_2}\nEnjoying ad-free content?\n{ARTICLE}"
    assert labelled(text) == [
        ("credit", "Photo: Russian Foreign Ministry"),
        ("banner", "Enjoying ad-free content?"),
    ]


def test_short_signature_line_before_the_closing_credits() -> None:
    text = f'{ARTICLE}\n\n{ARTICLE_2}\n\nGSV "Russia - Islamic World"\n\nPhoto: Russian Foreign Ministry'
    assert labelled(text) == [
        ("credit", 'GSV "Russia - Islamic World"'),
        ("credit", "Photo: Russian Foreign Ministry"),
    ]
    # ... but not the first text of a document (a headline), nor a short line followed by article text.
    assert labelled("Russia Says Ready\n\nPhoto: TASS") == [("credit", "Photo: TASS")]
    assert labelled(f'GSV "Russia - Islamic World"\n\n{ARTICLE}\n\nPhoto: Russian Foreign Ministry') == [
        ("credit", "Photo: Russian Foreign Ministry")
    ]


def test_empty_and_blank_texts() -> None:
    assert find_boilerplate("") == []
    assert find_boilerplate("\n\n \n\u00a0\n") == []
    assert paragraphs("a\nb\n\n\u00a0\n\nc") == [[(0, 1), (2, 3)], [(8, 9)]]


def test_a_megabyte_of_text_takes_linear_time() -> None:
    """Ratios within one run, not wall-clock limits: ten times the text, about ten times the time."""
    para = f"{ARTICLE} {ARTICLE_2} " * 3

    def timed(text: str, regions: int) -> float:
        started = time.perf_counter()
        assert len(find_boilerplate(text)) == regions
        return time.perf_counter() - started

    def paragraphs(n: int) -> str:
        return "\n\n".join([para, "Photo: Russian Foreign Ministry", "Support us"] * n)

    small = min(timed(paragraphs(250), 500) for _ in range(3))
    assert len(paragraphs(2500)) > 1_000_000
    assert timed(paragraphs(2500), 5000) < 30 * small + 0.05  # quadratic would be 100x
    # A megabyte with no line breaks at all (one huge line) is fine too.
    small = min(timed(para * 150, 0) for _ in range(3))
    assert timed(para * 1500, 0) < 30 * small + 0.05


# ---- the rule file -------------------------------------------------------------------------------------


def test_packaged_rules_load() -> None:
    rules = load_rules()
    assert len(rules) > 20
    assert {"donation", "banner", "disclaimer", "navigation", "credit", "related", "notice"} <= {
        r.label for r in rules
    }


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"label": "credit", "phrase": "Photo:", "colour": "red"}, "unknown keys ['colour']"),
        ({"phrase": "Photo:"}, "missing keys ['label']"),
        ({"label": "credit"}, "exactly one of 'phrase' or 'pattern'"),
        ({"label": "credit", "phrase": "a", "pattern": "b"}, "exactly one of 'phrase' or 'pattern'"),
        ({"label": "credit", "pattern": "(unclosed"}, "bad pattern"),
        ({"label": "credit", "phrase": "Photo:", "where": "middle"}, "'where' must be one of"),
        ("Photo:", "is not an object"),
    ],
)
def test_malformed_rule_entry_names_the_file(entry, message: str) -> None:
    with pytest.raises(RulesError, match=r"claimx/data/boilerplate\.json") as info:
        rules_from_data({"rules": [entry]}, RULES_FILE)
    assert message in str(info.value)


def test_unknown_key_error_lists_the_allowed_keys() -> None:
    with pytest.raises(RulesError, match=r"allowed: \['case', 'context'"):
        rules_from_data({"rules": [{"label": "x", "phrase": "y", "regex": "z"}]})
    with pytest.raises(RulesError, match=r"boilerplate\.json"):
        rules_from_data({"rulez": []})


def test_a_phrase_is_literal_and_case_insensitive() -> None:
    (rule,) = rules_from_data({"rules": [{"label": "notice", "phrase": "Note (1):", "where": "start"}]})
    assert rule.matches("note (1): read this", 4)
    assert not rule.matches("Note 1: read this", 4)


# ---- the seeds -----------------------------------------------------------------------------------------

# Gold not_quotes / not_claims that sit in banner, disclaimer or site-notice material.
IN_BOILERPLATE = {
    "000_ea7898919aa27a3f": {"a74474"},
    "001_740a92e04bc3f777": {"Escalation", "a74450"},
    "002_0635789064aeac8f": {"Translate Website", "fair use", "51 languages"},
    "003_7fcf803510b2e5fd": {"Russia - Islamic World"},
    "004_ae036d2a499d918f": {"undesirable", "foreign agent.", "$10,000 a month", "$2", "July 1, 2024"},
}


def seed_text(doc: dict) -> str:
    return (ROOT / doc["path"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_core_quotes_and_claims_lie_outside_boilerplate(doc: dict) -> None:
    regions = find_boilerplate(seed_text(doc))
    core = [item for item in doc["quotes"] + doc["claims"] if item["level"] == "core"]
    assert core
    assert [item["id"] for item in core if overlaps(regions, item["start"], item["end"])] == []


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_banner_material_is_boilerplate_and_nothing_else(doc: dict) -> None:
    regions = find_boilerplate(seed_text(doc))
    wanted = IN_BOILERPLATE[doc["id"]]
    for item in doc["not_quotes"] + doc["not_claims"]:
        if item["text"] in wanted:
            assert inside(regions, item["start"], item["end"]), item
        else:  # header dates, "201st", "2014" ...: article text the extractors must reject themselves
            assert not overlaps(regions, item["start"], item["end"]), item
    assert wanted <= {item["text"] for item in doc["not_quotes"] + doc["not_claims"]}


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_titles_and_header_lines_are_article(doc: dict) -> None:
    text = seed_text(doc)
    regions = find_boilerplate(text)
    title = doc["meta"]["title"]
    start = text.index(title)
    assert not overlaps(regions, start, start + len(title))
    # Regions are sorted, disjoint and trimmed.
    for a, b in itertools.pairwise(regions):
        assert a.end <= b.start
    for r in regions:
        assert text[r.start : r.end] == text[r.start : r.end].strip()


EXPECTED_LABELS = {
    "000_ea7898919aa27a3f": ["credit", "related", "credit", "navigation"],
    "001_740a92e04bc3f777": ["credit", "related", "credit", "navigation"],
    "002_0635789064aeac8f": ["navigation"] * 3
    + ["notice", "navigation", "notice", "credit", "credit", "credit", "navigation", "donation"]
    + ["navigation", "disclaimer", "notice"],
    "003_7fcf803510b2e5fd": ["credit", "credit", "credit"],
    "004_ae036d2a499d918f": ["banner", "donation", "navigation"],
}


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_region_labels(doc: dict) -> None:
    assert [r.label for r in find_boilerplate(seed_text(doc))] == EXPECTED_LABELS[doc["id"]]


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_seed_normalised_text_gives_the_same_regions(doc: dict) -> None:
    from claimx.text import normalize

    norm = normalize(seed_text(doc))
    raw = [(r.label, norm.original[r.start : r.end]) for r in find_boilerplate(norm.original)]
    mapped = [
        (r.label, norm.original[slice(*norm.span(r.start, r.end))]) for r in find_boilerplate(norm.text)
    ]
    # The same regions, up to the markup the normalisation dropped at their edges (** and <>).
    assert [label for label, _ in mapped] == [label for label, _ in raw]
    for (_, a), (_, b) in zip(raw, mapped, strict=True):
        assert b.strip("*<>") in a


def test_a_marker_in_a_page_on_one_line_marks_its_sentence_not_the_line() -> None:
    """A scraped page with no line breaks: the banner sentence is boilerplate, the article is not."""
    article = '"We will open the new bridge in May," the mayor said on Tuesday. ' * 40
    banner = "We have disabled all ads on this site so you can read in peace. "
    text = article + banner + article
    regions = find_boilerplate(text)
    assert len(regions) == 1
    (region,) = regions
    assert text[region.start : region.end].strip() == banner.strip()
