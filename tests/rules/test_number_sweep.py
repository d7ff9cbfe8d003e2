"""Number forms of news found by a sweep over domains (money of many countries, multiples, durations in
two or three units, spelled-out amounts), one table per class, with sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, expected span text, value, qualifier, unit, change)
CLASSES = {
    "currency word after the number": [
        ("Samsung will put 3.5 trillion won in.", "3.5", "3.5 trillion won", 3.5e12, "=", "KRW", None),
        ("A bus ticket costs 300 naira in Kano.", "300", "300 naira", 300, "=", "NGN", None),
        ("The ministry was fined 2 million dirhams.", "2", "2 million dirhams", 2e6, "=", "AED", None),
        ("The stadium cost 4.5 billion pesos.", "4.5", "4.5 billion pesos", 4.5e9, "=", "peso", None),
        ("Nurses earn 15,000 rand a month.", "15,000", "15,000 rand a month", 15000, "=", "ZAR", None),
        ("The fund sold 90bn Norwegian kroner.", "90bn", "90bn Norwegian kroner", 9e10, "=", "krona", None),
        ("Rent is 500 Egyptian pounds a month.", "500", "500 Egyptian pounds a month", 500, "=", "EGP", None),
    ],
    "won is a currency only after a scale or a large amount": [
        ("A coffee costs 4,500 won in Seoul.", "4,500", "4,500 won", 4500, "=", "KRW", None),
        ("Of the 12 finalists, 3 won medals.", "3", "3", 3, "=", None, None),
    ],
    "currency symbol or code before the number": [
        ("The island got $A50 million in aid.", "50", "$A50 million", 5e7, "=", "AUD", None),
        ("Each visitor pays a Dh50 fee.", "50", "Dh50", 50, "=", "AED", None),
        ("The loan is for KSh 2 billion.", "2", "KSh 2 billion", 2e9, "=", "KES", None),
        ("A kilo of rice costs ₦1,200 now.", "1,200", "₦1,200", 1200, "=", "NGN", None),
    ],
    "one-letter currency before a scaled amount": [
        ("The utility needs R2.1bn to fix its plants.", "2.1", "R2.1bn", 2.1e9, "=", "ZAR", None),
        ("Lagos released N50 billion for salaries.", "50", "N50 billion", 5e10, "=", "NGN", None),
    ],
    "N-fold is a multiple": [
        ("Demand for chips rose fourfold in a decade.", "fourfold", "fourfold", 4, "=", "times", "up"),
        ("Freight rates saw a 10-fold increase.", "10", "10-fold", 10, "=", "times", "up"),
        ("Output increased 2.5-fold after the upgrade.", "2.5", "2.5-fold", 2.5, "=", "times", "up"),
        ("The risk is five-fold higher in smokers.", "five", "five-fold", 5, "=", "times", None),
        ("Prices grew by a factor of three.", "three", "factor of three", 3, "=", "times", None),
    ],
    "duration in two or three units is one measure": [
        ("It took 11 hours and 40 minutes.", "11", "11 hours and 40 minutes", 11.67, "=", "hour", None),
        ("The rescue took 1 min 30 sec.", "1", "1 min 30 sec", 1.5, "=", "minute", None),
        ("The surgery lasted 3 hours, 15 minutes.", "3", "3 hours, 15 minutes", 3.25, "=", "hour", None),
        (
            "Her time was 2 hours, 21 minutes and 9 seconds.",
            "2",
            "2 hours, 21 minutes and 9 seconds",
            2 + 21 / 60 + 9 / 3600,
            "=",
            "hour",
            None,
        ),
        ("The strike lasted 4 weeks and 3 days.", "4", "4 weeks and 3 days", 4 + 3 / 7, "=", "week", None),
        ("The clip runs 3 minutes and 75 seconds.", "3", "3 minutes", 3, "=", "minute", None),
    ],
    "fraction of a scale word is an amount": [
        ("A quarter of a million lost power.", "quarter", "A quarter of a million", 2.5e5, "=", None, None),
        ("Three quarters of a billion went.", "Three", "Three quarters of a billion", 7.5e8, "=", None, None),
        ("A million and a half tourists came.", "million", "A million and a half", 1.5e6, "=", None, None),
        ("Two and a half million voted early.", "Two", "Two and a half million", 2.5e6, "=", None, None),
    ],
    "half or a fraction of a unit written with a": [
        ("The bridge is half a mile long.", "half", "half a mile", 0.5, "=", "mi", None),
        ("The town is a mile and a half inland.", "mile", "a mile and a half", 1.5, "=", "mi", None),
        ("It took an hour and a half to clear.", "hour", "an hour and a half", 1.5, "=", "hour", None),
        ("The queue ran for a third of a mile.", "third", "a third of a mile", 1 / 3, "=", "mi", None),
        ("A third of voters stayed home.", "third", "A third", 1 / 3, "=", "fraction", None),
    ],
    "vague hundreds, thousands and millions with several or a few": [
        ("Several hundred protesters gathered.", "Several", "Several hundred", None, "=", None, None),
        ("A few thousand fans turned up.", "few", "A few thousand", None, "=", None, None),
        ("Several million doses were wasted.", "million", "Several million", None, "=", None, None),
    ],
    "a spelled-out number with -odd or -strong": [
        ("Some forty-odd boats joined the search.", "forty", "Some forty-odd", 40, "~", None, None),
        ("A five-strong panel will decide.", "five", "five", 5, "=", None, None),
    ],
    "light-years and stones": [
        ("It is 13.4 billion light-years off.", "13.4", "13.4 billion light-years", 1.34e10, "=", "ly", None),
        ("He weighed 15 stone before the diet.", "15", "15 stone", 15, "=", "st", None),
        ("He weighs 12 stone 7 pounds now.", "12", "12 stone 7 pounds", 12.5, "=", "st", None),
        ("They climbed the 12 stone steps.", "12", "12", 12, "=", None, None),
    ],
    "drink and freight units": [
        ("The bottle holds 75cl of wine.", "75cl", "75cl", 75, "=", "cl", None),
        ("He drank 8 pints before the match.", "8", "8 pints", 8, "=", "pint", None),
        ("The port handled 47 million TEU in 2023.", "47", "47 million TEU", 4.7e7, "=", "TEU", None),
    ],
    "Indian digit grouping": [
        ("He was paid Rs 1,50,000 in damages.", "1,50,000", "Rs 1,50,000", 150000, "=", "INR", None),
        ("The fund has 12,34,567 members.", "12,34,567", "12,34,567", 1234567, "=", None, None),
        ("It sold 1,500,000 copies.", "1,500,000", "1,500,000", 1.5e6, "=", None, None),
    ],
    "a multiple written with a glued x": [
        ("The new chip is 1.5x faster.", "1.5x", "1.5x", 1.5, "=", "times", None),
        ("Fuel use fell 3x after the refit.", "3x", "3x", 3, "=", "times", "down"),
    ],
    "volume, sea distance and Mach": [
        (
            "The reservoir holds 39.3 billion cubic metres.",
            "39.3",
            "39.3 billion cubic metres",
            3.93e10,
            "=",
            "m³",
            None,
        ),
        ("The well gave 5,000 cubic feet of gas.", "5,000", "5,000 cubic feet", 5000, "=", "ft³", None),
        ("The boat was 12 nautical miles offshore.", "12", "12 nautical miles", 12, "=", "nmi", None),
        ("The jet flew at Mach 2 over the sea.", "2", "Mach 2", 2, "=", "Mach", None),
    ],
    "a share of the top still counts": [
        ("The top 1% own a third of the wealth.", "1%", "1%", 1, "=", "percent", None),
    ],
}
ROWS = [(name, *row) for name, rows in CLASSES.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor", "span", "value", "qualifier", "unit", "change"), ROWS)
def test_sweep_form(nlp, cls, text, anchor, span, value, qualifier, unit, change):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert q.value == approx(value)
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert q.change == change


NOT_CLAIMS = {
    "a one-letter currency needs a scale": [
        ("Staff must wear N95 masks on the ward.", "95"),
    ],
    "x between numbers is a size, not a multiple": [
        ("The 4x4 was found burnt out.", "4x4"),
    ],
    "a set named by its size after top": [
        ("The club finished in the top four.", "four"),
        ("Her book made the top 10 of the list.", "10"),
        ("It was a top-20 finish for the rookie.", "20"),
    ],
    "a number after a capitalised noun in a name (guards)": [
        ("Many Radio 4 listeners wrote in.", "4"),
        ("Ten Formula 1 teams will race in Miami.", "1"),
    ],
    "an age set off by commas after a noun": [
        ("The actor, 81, died at home.", "81"),
        ("Her neighbour, 67, called the police.", "67"),
    ],
}
NEG_ROWS = [(name, *row) for name, rows in NOT_CLAIMS.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor"), NEG_ROWS)
def test_sweep_not_a_claim(nlp, cls, text, anchor):
    assert [text[q.start : q.end] for q in claims_over(nlp, text, anchor)] == []


@pytest.mark.parametrize(
    ("text", "anchor", "span"),
    [
        ("Sleep Loss Before and After Age 40", "40", "40"),
        ("The 12 won by Labour were lost.", "12", "12"),
        ("Police said 45 people were hurt.", "45", "45"),
    ],
)
def test_sweep_still_a_claim(nlp, text, anchor, span):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
