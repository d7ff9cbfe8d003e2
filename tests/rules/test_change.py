"""Change claims: the number is the size of a rise or a fall, not a level."""

from __future__ import annotations

import pytest

from claimx import Extractor

from .test_quantities import claim_at


def test_rise_to_a_level_in_pence_and_a_fall_by_points(nlp):
    text = "Acme shares rose 4.5% to 212p on Monday. The index fell by 12 points, officials said."
    doc = Extractor(nlp=nlp).extract(text, id="change")
    got = {c.text: (c.value, c.unit, c.change) for c in doc.claims}
    assert got == {
        "4.5%": (4.5, "percent", "up"),
        "212p": (212, "GBp", None),
        "12 points": (12, "points", "down"),
    }


@pytest.mark.parametrize(
    ("text", "anchor", "change"),
    [
        ("Shares in the miner rose 7.2% on Tuesday.", "7.2", "up"),
        ("The pound fell by 1.1 cents against the euro.", "1.1", "down"),
        ("Retail sales were up 3% on the month.", "3", "up"),
        ("Exports were down 9% from a year earlier.", "9", "down"),
        ("The lender reported a 6% drop in profit.", "6", "down"),
        ("The chain posted a 14% rise in sales.", "14", "up"),
        ("The shares closed 8% higher.", "8", "up"),
        ("Gold slipped nearly 2% overnight.", "2", "down"),
        ("Output saw an increase of 40,000 barrels a day.", "40,000", "up"),
        ("The index shed 210 points, or 1.6%, by the close.", "1.6", "down"),
        ("The fund lowered its outlook for the region by 0.3 points.", "0.3", "down"),
        ("Rates will rise 2 to 4 percent next year.", "2", "up"),
        ("The charity raised $2 million last year.", "2", None),
        ("Turnout reached 61% in the capital.", "61", None),
        ("The bond yield climbed to 4.2% on Friday.", "4.2", None),
        ("Women made up 40% of the panel.", "40", None),
        # a bound after a change word: the level crossed, unless "by" makes it the size of the move
        ("Copper slid below $8,000 a tonne on Wednesday.", "8,000", None),
        ("The lira weakened beneath 30 to the dollar.", "30", None),
        ("Gas prices climbed above $4 a gallon in March.", "4", None),
        ("Output fell by under 3% in the year.", "3", "down"),
        ("Telecoms gained 5% and utilities rose under 2%.", "2", "up"),  # a bound against the move
        ("Nurses accepted a 4.5% pay rise.", "4.5", "up"),  # a noun between the amount and the move
        ("The retailer promised a 15% price cut.", "15", "down"),
        ("Banks hold a 5% share of the increase.", "5", None),
        ("Sales fell more than 8% in the quarter.", "8", "down"),
    ],
)
def test_change_direction(nlp, text, anchor, change):
    assert claim_at(nlp, text, anchor).change == change


def test_table_shows_direction_and_vague_words_as_written(nlp):
    from rich.console import Console

    from claimx.output.table import claim_table

    text = "Shares rose 4.5% while output fell 2%. Dozens of workers and tens of thousands of fans came."
    doc = Extractor(nlp=nlp).extract(text, id="t")
    console = Console(record=True, width=200)
    console.print(claim_table(doc.claims))
    out = console.export_text()
    assert "▲ 4.5" in out and "▼ 2" in out
    assert "dozens" in out and "tens of thousands" in out


@pytest.mark.parametrize(
    ("text", "anchor", "change"),
    [
        ("The rouble weakened 2.5 kopecks against the euro.", "2.5", "down"),
        ("The franc strengthened 0.6% overnight.", "0.6", "up"),
        ("The token skyrocketed 55% in a day.", "55", "up"),
        ("Retail stocks rebounded 4% on Thursday.", "4", "up"),
        ("The shares tanked 18% after the profit warning.", "18", "down"),
        ("Copper dived 6% on Wednesday.", "6", "down"),
        ("The index is easing 0.3% in early deals.", "0.3", "down"),
        ("Wheat futures were off 9% this week.", "9", "down"),
        ("The backlog ballooned 40% to 7.6 million cases.", "40", "up"),
    ],
)
def test_every_form_of_a_change_verb_gives_the_direction(nlp, text, anchor, change):
    assert claim_at(nlp, text, anchor).change == change
