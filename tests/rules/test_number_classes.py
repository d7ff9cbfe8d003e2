"""Number forms beyond the basics, one table per class: currency subunits, signs, amounts that are
not ranges, magnitude suffixes, fractions, comparison symbols, qualifier words and what they carry
to, statistics in parentheses; and what is not a claim (time references, scores, bare numbers)."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, expected span text, value, qualifier, unit)
CLASSES = {
    "currency subunit": [
        ("The stock ended the week at 187p in London.", "187p", "187p", 187, "=", "GBp"),
        ("Its shares slid to 63.5p after the profit warning.", "63.5p", "63.5p", 63.5, "=", "GBp"),
        ("A ticket on the ferry costs 40 sen.", "40", "40 sen", 40, "=", "sen"),
        ("The club spent PS7m on the new stand.", "PS7m", "PS7m", 7e6, "=", "GBP"),
        ("The merger is valued at PS1.4bn.", "PS1.4bn", "PS1.4bn", 1.4e9, "=", "GBP"),
        ("Fares rose to PS18,250 a year.", "PS18,250", "PS18,250 a year", 18250, "=", "GBP"),
        ("The estate sold for PS3 million.", "PS3", "PS3 million", 3e6, "=", "GBP"),
    ],
    "sign": [
        ("The night fell to minus-25 degrees in the valley.", "25", "minus-25 degrees", -25, "=", "°"),
        ("The runner was pushed back minus 4 yards.", "4", "minus 4 yards", -4, "=", "yd"),
        ("He was sacked for minus 6 yards.", "6", "minus 6 yards", -6, "=", "yd"),  # "for", not "or"
        ("The gauge read 9 plus or minus 1 volts.", "9", "9", 9, "=", None),  # a tolerance, no bound
        ("Markets at noon: Stoxx -0.6% Ibex -1.4%.", "0.6", "-0.6%", -0.6, "=", "percent"),
        ("Markets at noon: Stoxx -0.6% Ibex -1.4%.", "1.4", "-1.4%", -1.4, "=", "percent"),
        ("In Tokyo the Topix 500 -1.3% at the close.", "1.3", "-1.3%", -1.3, "=", "percent"),
        ("The Kospi +0.7% in early trade.", "0.7", "+0.7%", 0.7, "=", "percent"),
    ],
    "two amounts, not a range": [
        ("Deposits grew by $3.4 billion to $88.1 billion.", "3.4", "$3.4 billion", 3.4e9, "=", "USD"),
        ("Deposits grew by $3.4 billion to $88.1 billion.", "88.1", "$88.1 billion", 88.1e9, "=", "USD"),
        ("Orders climbed 30% in 2021 to 4.5 million.", "4.5", "4.5 million", 4.5e6, "=", None),
        ("The jobless rate fell by 0.2 points to 5.3%.", "5.3", "5.3%", 5.3, "=", "percent"),
        ("The Dax fell 41.5 to 15,210.3 at the close.", "41.5", "41.5", 41.5, "=", None),
    ],
    "magnitude suffix": [
        ("The app gained 2.3m new users in May.", "2.3m", "2.3m", 2.3e6, "=", None),
        ("The plant builds 15m engines a year.", "15m", "15m", 15e6, "=", None),
        ("The region is home to about 2 B people.", "2", "about 2 B", 2e9, "~", None),
        ("Cells were cooled to 4 K before tests.", "4", "4 K", 4, "=", "K"),
        ("It sold 9m tablets, up from 7.5m a year before.", "7.5m", "7.5m", 7.5e6, "=", None),
        ("Some 4 hundred million voters are eligible.", "4", "Some 4 hundred million", 4e8, "~", None),
        (
            "The region has 6 hundred thousand hectares of forest.",
            "6",
            "6 hundred thousand hectares",
            6e5,
            "=",
            "ha",
        ),
    ],
    "fraction": [
        ("Cut a 3⁄8 inch slice.", "3⁄8", "3⁄8 inch", 0.375, "=", "in"),
        ("Whisk in 2/3 cup of milk.", "2/3", "2/3 cup", 0.6667, "=", "cup"),
        ("Add 1 1/2 teaspoons of salt.", "1 1/2", "1 1/2 teaspoons", 1.5, "=", "tsp"),
        ("The bag holds 3/4 pound of nuts.", "3/4", "3/4 pound", 0.75, "=", "lb"),
        ("It needs 2½ cups of flour.", "2½", "2½ cups", 2.5, "=", "cup"),
        ("Almost 2/3 of members backed the plan.", "2/3", "Almost 2/3", 0.6667, "~", "fraction"),
    ],
    "comparison symbol": [
        ("Samples with ⩽ 12 mg were discarded.", "12", "⩽ 12 mg", 12, "<=", "mg"),
        ("Samples with ⩾ 40 mg were kept.", "40", "⩾ 40 mg", 40, ">=", "mg"),
        ("Only sites with ≥3 visits count.", "3", "≥3", 3, ">=", None),
        ("The effect was small (<2%).", "2", "<2%", 2, "<", "percent"),
        ("Cores grew to >150 m in depth.", "150", ">150 m", 150, ">", "m"),
    ],
    "qualifier word": [
        ("The striker was barely 18 metres out.", "18", "barely 18 metres", 18, "~", "m"),
        ("Snowfall averaged 35 cm a week.", "35", "averaged 35 cm", 35, "~", "cm"),
        ("Nearly $9 million went missing.", "9", "Nearly $9 million", 9e6, "~", "USD"),
        ("Some 45% of voters stayed home.", "45", "Some 45%", 45, "~", "percent"),
        ("Upwards of £20m was spent on the roof.", "20", "Upwards of £20m", 20e6, ">", "GBP"),
    ],
    "qualifier carried to a conversion": [
        ("The convoy drove more than 30 miles (48 km) at night.", "48", "48 km", 48, ">", "km"),
        ("The engine makes just under 200 hp (149 kW / 203 PS).", "149", "149 kW", 149, "<", "kW"),
        ("The engine makes just under 200 hp (149 kW / 203 PS).", "203", "203 PS", 203, "<", "hp"),
        ("The crater is about 6 miles (10 km) wide.", "10", "10 km", 10, "=", "km"),
    ],
    "statistic in parentheses; percentage after a name": [
        ("Ortiz batted .289 with 31 doubles (4.1 WAR) this year.", "4.1", "4.1 WAR", 4.1, "=", "WAR"),
        ("Losers included Siemens 2.4% and Bayer 1.9%.", "2.4", "2.4%", 2.4, "=", "percent"),
        ("At noon the Dow was off 0.4%, the S&P 0.6%.", "0.6", "0.6%", 0.6, "=", "percent"),
        ("She had 14 saves (0.82 xG) in the cup run.", "0.82", "0.82 xG", 0.82, "=", "xG"),
    ],
}
ROWS = [(name, *row) for name, rows in CLASSES.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor", "span", "value", "qualifier", "unit"), ROWS)
def test_number_class(nlp, cls, text, anchor, span, value, qualifier, unit):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert q.value == approx(value)
    assert q.qualifier == qualifier
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stocks have rallied in the past three weeks.", "three"),
        ("Over the last 18 months the plant was idle.", "18"),
        ("Thirty years after the end of the war, the town is rebuilt.", "Thirty"),
        ("Two decades ago the valley was farmland.", "Two"),
        ("The final score was 2-1 to the visitors.", "2-1"),
        ("United won 3-0 at home.", "3-0"),
        ("The teams drew 1-1 on Sunday.", "1-1"),
        ("4 8 15 16 23 42", "15"),
        ("3.14159 -42", "3.14159"),
        ("The lucky numbers were 7, 19, 33 and 48.", "33"),
        ("The attacks of 9/11 changed the city.", "9"),
        ("The form is dated 4/10 this year.", "4"),
        ("The clip streams in 1080p on the site.", "1080"),
        ("Sony sold the PS4 at a loss.", "4"),
        ("Ring the desk on 020 7123 4567 today.", "7123"),
        ("Her ticket number was 55817 at the desk.", "55817"),
        ("Savers moved money into a 401(k) account.", "401"),
    ],
)
def test_not_a_claim(nlp, text, anchor):
    assert [text[q.start : q.end] for q in claims_over(nlp, text, anchor)] == []


@pytest.mark.parametrize(
    ("text", "anchor", "span"),
    [
        ("The country endured almost 30 years of civil war.", "30", "almost 30 years"),
        ("The truce held for two months.", "two", "two months"),
        ("Cells were imaged 48 hours after the injection.", "48", "48 hours"),
        ("Between 5 and 6 people were hurt in 5-6 separate attacks.", "5-6", "5-6"),
        ("The height of the wall grew from 2 m to 4 m.", "2", "from 2 m to 4 m"),
        ("Bills will rise by 8 to 12 percent.", "8", "8 to 12 percent"),
    ],
)
def test_still_a_claim(nlp, text, anchor, span):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
