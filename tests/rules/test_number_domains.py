"""Number forms of news by domain (sport, politics, markets, health, courts, tech), one table per
class, with sentences written for these tests: what the claim is, and which numbers name things
(house numbers, school years, junctions, times of day, rate bases) rather than claim amounts."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, expected span text, value, qualifier, unit, change)
CLASSES = {
    "distance of a race before what it names, not millions": [
        ("She trains for the 200m sprints in Florida.", "200m", "200m", 200, "=", "m", None),
        ("He won the 400m hurdles in 47.9 seconds.", "400m", "400m", 400, "=", "m", None),
        ("Two 100m finalists failed the test.", "100m", "100m", 100, "=", "m", None),
        ("The app has 100m users in Asia.", "100m", "100m", 100e6, "=", None, None),
        ("The firm sold 3m phones last year.", "3m", "3m", 3e6, "=", None, None),
    ],
    "a count of millions reached after a percentage move": [
        ("Visitors rose 12% to 4.2m in the summer.", "4.2m", "4.2m", 4.2e6, "=", None, None),
        ("Sign-ups fell 8 per cent to 1.1m in June.", "1.1m", "1.1m", 1.1e6, "=", None, None),
        ("The diver went down to 4.2m in the lake.", "4.2m", "4.2m", 4.2, "=", "m", None),
    ],
    "count before a name of several words": [
        ("She has won 18 Grand Slam titles.", "18", "18", 18, "=", None, None),
        ("The city hired 40 New York firefighters.", "40", "40", 40, "=", None, None),
        ("The carrier ordered 30 Airbus A321-200 jets.", "30", "30", 30, "=", None, None),
        ("The navy bought 8 Boeing 737 Max planes.", "8", "8", 8, "=", None, None),
    ],
    "fraction of a point as the size of a move": [
        ("A quarter-point cut came in May.", "quarter", "quarter-point", 0.25, "=", "points", "down"),
        ("Traders bet on a half-point hike.", "half", "half-point", 0.5, "=", "points", "up"),
        ("A three-quarter-point rise is due.", "three", "three-quarter-point", 0.75, "=", "points", "up"),
        (
            "It was a quarter-percentage-point cut.",
            "quarter",
            "quarter-percentage-point",
            0.25,
            "=",
            "percentage points",
            "down",
        ),
    ],
    "currency named by country": [
        ("The loonie bought 0.74 U.S. dollars.", "0.74", "0.74 U.S. dollars", 0.74, "=", "USD", None),
        ("A litre cost 2.10 Canadian dollars.", "2.10", "2.10 Canadian dollars", 2.1, "=", "CAD", None),
        ("A fine of 5,000 Australian dollars.", "5,000", "5,000 Australian dollars", 5000, "=", "AUD", None),
        ("It cost 8 million Hong Kong dollars.", "8", "8 million Hong Kong dollars", 8e6, "=", "HKD", None),
    ],
    "multiple written as N times": [
        ("Rents are four times higher than in 2000.", "four", "four times", 4, "=", "times", None),
        ("The dam holds 20 times more water than the lake.", "20", "20 times", 20, "=", "times", None),
        ("He was stopped by police five times.", "five", "five times", 5, "=", "times", None),
    ],
    "magnitude of a quake": [
        ("A magnitude-5.8 earthquake shook the island.", "5.8", "magnitude-5.8", 5.8, "=", "magnitude", None),
        ("A magnitude 6.1 tremor hit at dawn.", "6.1", "magnitude 6.1", 6.1, "=", "magnitude", None),
        ("It was 6.9 on the Richter scale.", "6.9", "6.9 on the Richter scale", 6.9, "=", "magnitude", None),
        ("A 7.0-magnitude quake hit the coast.", "7.0", "7.0-magnitude", 7.0, "=", "magnitude", None),
    ],
    "size written in two units": [
        ("The suspect is 6ft 2in tall.", "6ft", "6ft 2in", 6 + 2 / 12, "=", "ft", None),
        ("She stands 5 feet, 4 inches in her socks.", "5", "5 feet, 4 inches", 5 + 4 / 12, "=", "ft", None),
        ("The baby weighed 7lb 8oz at birth.", "7lb", "7lb 8oz", 7.5, "=", "lb", None),
        ("The fence is 6ft high and 40ft long.", "6ft", "6ft", 6, "=", "ft", None),
    ],
    "a unit singular before a noun": [
        ("The phone has a 50-megapixel camera.", "50", "50-megapixel", 50, "=", "MP", None),
        ("The 1-terabyte drive costs more.", "1", "1-terabyte", 1, "=", "TB", None),
    ],
    "a count of calls, not a number to dial": [
        ("The centre took 911 calls on New Year's Eve.", "911", "911", 911, "=", None, None),
        ("Police received 999 calls after the storm.", "999", "999", 999, "=", None, None),
    ],
    "generation of a network": [
        ("The operator shut its 3G network in May.", "3G", "3G", 3, "=", "G", None),
        ("Rural areas still lack 4G coverage.", "4G", "4G", 4, "=", "G", None),
    ],
    "race time in hours, minutes and seconds": [
        ("She won the marathon in 2:18:40.", "2:18", "2:18:40", 8320, "=", "second", None),
        ("He took the stage in 4:51:07.5 on Sunday.", "4:51", "4:51:07.5", 17467.5, "=", "second", None),
    ],
    "up to after a noun of lead-in": [
        ("In the run up to 2,000 job cuts, staff went on strike.", "2,000", "2,000", 2000, "=", None, None),
        ("It rose to 7% in the lead up to the vote.", "7", "7%", 7, "=", "percent", None),
    ],
    "a spelled-out number hyphened to a margin still counts": [
        ("Labour holds a six-point lead.", "six", "six-point", 6, "=", "points", None),
        ("They won by a two-goal margin.", "two", "two", 2, "=", None, None),
        ("A twenty-five-year-old was charged.", "twenty", "twenty-five-year-old", 25, "=", "year", None),
        ("Twenty-five people were hurt.", "Twenty", "Twenty-five", 25, "=", None, None),
        ("The 10-year lease was signed.", "10", "10-year", 10, "=", "year", None),
    ],
    "fraction after by and a qualifier": [
        ("Fares rose by more than a quarter.", "quarter", "more than a quarter", 0.25, ">", "fraction", "up"),
        ("Output fell by almost a third in May.", "third", "almost a third", 0.3333, "~", "fraction", "down"),
    ],
    "near as a qualifier": [
        ("Inflation stayed near 2% for a year.", "2", "near 2%", 2, "~", "percent", None),
    ],
    "number words with and": [
        ("Two hundred and forty staff were laid off.", "Two", "Two hundred and forty", 240, "=", None, None),
        (
            "Nearly three and a half million homes went dark.",
            "three",
            "Nearly three and a half million",
            3.5e6,
            "~",
            None,
            None,
        ),
        ("Four and five year olds were tested.", "Four", "Four", 4, "=", None, None),
    ],
    "scale abbreviated as bln": [
        ("The bank earned $1.7 bln in the quarter.", "1.7", "$1.7 bln", 1.7e9, "=", "USD", None),
    ],
    "a measured level, not a label": [
        ("The blood alcohol level was 0.09 at the scene.", "0.09", "0.09", 0.09, "=", None, None),
    ],
}
ROWS = [(name, *row) for name, rows in CLASSES.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor", "span", "value", "qualifier", "unit", "change"), ROWS)
def test_domain_form(nlp, cls, text, anchor, span, value, qualifier, unit, change):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert q.value == approx(value)
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert q.change == change


NOT_CLAIMS = {
    "half of a game": [("The second half was dull.", "half")],
    "house number before a street name": [
        ("Firefighters were called to 12C Mill Lane.", "12"),
        ("The shop at 7F Castle Street closed.", "7"),
        ("He lives at 30A Church Road with his aunt.", "30"),
    ],
    "school year, junction and other capitalised labels": [
        ("Year 9 pupils will sit the test in June.", "9"),
        ("The road is shut between junctions 4 and 5.", "4"),
        ("The road is shut between junctions 4 and 5.", "5"),
        ("Passengers at Terminal 2 faced delays.", "2"),
        ("Grade 3 pupils learn to swim.", "3"),
        ("A Category 3 storm hit the coast.", "3"),
    ],
    "time of day after a verb of schedule": [
        ("The show airs at eight on Fridays.", "eight"),
        ("The match kicks off at 7.45 tonight.", "7.45"),
        ("The polls open at seven and close at ten.", "seven"),
        ("The polls open at seven and close at ten.", "ten"),
    ],
    "spelled-out number hyphened to a noun names a kind": [
        ("She signed a three-year contract.", "three"),
        ("They rent a two-bed flat in Leeds.", "two"),
        ("A four-day week is being tested.", "four"),
        ("The four-door saloon sold well.", "four"),
    ],
    "model number inside a product name": [
        ("The navy bought 8 Boeing 737 Max planes.", "737"),
        ("The carrier ordered 30 Airbus A321-200 jets.", "200"),
    ],
    "time of day with seconds": [
        ("The alarm went off at 10:41:07 on Friday.", "10:41"),
        ("The clip is stamped 3:12:09 GMT.", "3:12"),
    ],
    "cricket score written with for": [
        ("England were 187 for 5 at lunch.", "187"),
        ("England were 187 for 5 at lunch.", "5"),
        ("They closed on 301 for 8, a lead of 40.", "301"),
    ],
    "names with numbers in them (guards)": [
        ("The iPhone 16 sold well in China.", "16"),
        ("Users must move to Windows 12 by March.", "12"),
        ("The Galaxy S25 goes on sale soon.", "25"),
        ("The F-16 jets were delivered.", "16"),
        ("A new COVID-19 wave is under way.", "19"),
        ("The H5N1 virus was found in cattle.", "5"),
        ("The BA.2 variant now dominates.", "2"),
        ("MPs debated Bill C-18 on Monday.", "18"),
        ("The House passed H.R. 2 in May.", "2"),
        ("He wore No. 10 for the club.", "10"),
        ("The club finished in ninth place.", "ninth"),
    ],
    "base of a rate": [
        ("The rate reached 9.1 deaths per 100,000 residents.", "100,000"),
        ("There were 3 doctors per 1,000 people.", "1,000"),
    ],
}
NEG_ROWS = [(name, *row) for name, rows in NOT_CLAIMS.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor"), NEG_ROWS)
def test_not_a_claim(nlp, cls, text, anchor):
    assert [text[q.start : q.end] for q in claims_over(nlp, text, anchor)] == []


@pytest.mark.parametrize(
    ("text", "anchor", "span"),
    [
        ("The death toll stood at nine on Sunday.", "nine", "nine"),
        ("The club signed 3 players for 6 million.", "6", "6 million"),
        ("She was jailed for 5 years.", "5", "5 years"),
        ("The rate reached 9.1 deaths per 100,000 residents.", "9.1", "9.1"),
        ("The firm owns 5 Oxford Street shops.", "5", "5"),
        ("It was 14C in London on Monday.", "14C", "14C"),
        ("This year 300 people applied.", "300", "300"),
        ("Dial 999 in an emergency.", "Dial", None),
    ],
)
def test_still_a_claim(nlp, text, anchor, span):
    if span is None:
        assert [text[q.start : q.end] for q in nlp(text)._.claimx_claims] == []
        return
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
