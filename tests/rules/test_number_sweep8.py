"""Eighth sweep: classes found by reading claimx's output on science, health, environment, space and
tech sentences written for these tests (trials, epidemiology, climate records, astronomy, ages of
rocks and bones, chips and networks), and three classes of subject ("411 of 650 seats", "15-of-22
shots", "a family of four")."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, subject)
OF_A_NUMBER = [
    ("The party won 411 of 650 seats.", "411", "seats"),
    ("The coalition holds 213 of the 435 seats in the chamber.", "213", "seats"),
    ("The drug helped 31 of 40 patients in the trial.", "31", "patients"),
    ("Researchers found the mutation in 7 of 52 samples.", "7", "samples"),
    ("The quarterback completed 24 of 31 passes for 310 yards.", "24", "passes"),
    ("The lab confirmed 12 of 1,500 samples.", "12", "samples"),
]


@pytest.mark.parametrize(("text", "anchor", "subject"), OF_A_NUMBER)
def test_a_count_out_of_a_number_counts_what_the_second_number_counts(nlp, text, anchor, subject):
    assert claim_at(nlp, text, anchor).subject == subject


@pytest.mark.parametrize(
    ("text", "anchor", "subject"),
    [
        ("LeBron hit 15-of-22 shots.", "15", "shots"),
        ("She made 8-of-10 free throws in the last quarter.", "8", "free throws"),
        ("One of the five suspects was freed.", "five", "suspects"),  # unchanged
        ("Half of the 200 beds were empty.", "200", "beds"),  # unchanged
    ],
)
def test_a_hyphened_pair_counts_the_noun_after_it(nlp, text, anchor, subject):
    assert claim_at(nlp, text, anchor).subject == subject


@pytest.mark.parametrize(
    ("text", "anchor", "subject"),
    [
        ("A family of four needs $80,000 a year to live comfortably.", "four", "family"),
        ("A family of five earns less than $30,000.", "five", "family"),
        ("A household of two uses 3,000 kWh a year.", "two", "household"),
        ("A crew of four will fly round the Moon.", "four", "crew"),
        ("A team of six scientists made the discovery.", "six", "scientists"),  # a noun follows
        ("A crew of 12 engineers inspected the dam.", "12", "engineers"),
    ],
)
def test_a_number_after_a_group_noun_counts_the_group(nlp, text, anchor, subject):
    assert claim_at(nlp, text, anchor).subject == subject


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The hazard ratio was 0.74 (95% CI 0.65-0.85).", "0.74"),
        ("The odds ratio was 2.4 (95% confidence interval 1.6 to 3.5).", "2.4"),
    ],
)
def test_a_subject_does_not_reach_into_a_bracket(nlp, text, anchor):
    assert claim_at(nlp, text, anchor).subject is None


# (text, anchor, span, value, unit)
SCIENCE_UNITS = [
    ("The chip is made on a 3-nanometre process.", "3", "3-nanometre", 3, "nm"),
    ("Each grain is one nanometre wide.", "one", "one nanometre", 1, "nm"),
    ("The machine reaches 1.1 exaflops.", "1.1", "1.1 exaflops", 1.1, "EFLOPS"),
    ("The card delivers 60 teraflops of computing power.", "60", "60 teraflops", 60, "TFLOPS"),
    ("The blood level was 20 ng/mL after a day.", "20", "20 ng/mL", 20, "ng/mL"),
    ("The swab held 40 nanograms of the toxin.", "40", "40 nanograms", 40, "ng"),
    ("Caesium in the fish reached 1,200 Bq/kg.", "1,200", "1,200 Bq/kg", 1200, "Bq/kg"),
    ("The rice had 400 becquerels of caesium.", "400", "400 becquerels", 400, "Bq"),
    ("The well water had 25 parts per trillion of PFAS.", "25", "25 parts per trillion", 25, "ppt"),
    ("The planet orbits at 5.2 astronomical units.", "5.2", "5.2 astronomical units", 5.2, "AU"),
    ("The cluster is 1.3 parsecs across.", "1.3", "1.3 parsecs", 1.3, "pc"),
    ("The black hole weighs 4 million solar masses.", "4", "4 million solar masses", 4e6, "M_sun"),
    ("The world has 5 Earth masses.", "5", "5 Earth masses", 5, "M_E"),
    ("The archive stores 30 petabytes.", "30", "30 petabytes", 30, "PB"),
    ("The cable carries 200 terabits per second.", "200", "200 terabits per second", 200, "Tbps"),
    ("A slice of toast gives 400 kilojoules.", "400", "400 kilojoules", 400, "kJ"),
    ("The tumour got 60 grays of radiation.", "60", "60 grays", 60, "Gy"),
    ("The flash lasted 43 attoseconds.", "43", "43 attoseconds", 43, "as"),
    ("The reply took 20 microseconds.", "20", "20 microseconds", 20, "µs"),
    ("Her HbA1c was 48 mmol/mol.", "48", "48 mmol/mol", 48, "mmol/mol"),
    ("The van's pack stores 75 kilowatt-hours.", "75", "75 kilowatt-hours", 75, "kWh"),
    ("The sun gives Earth 173,000 terawatts.", "173,000", "173,000 terawatts", 173000, "TW"),
    ("The machine does 1.2 quintillion sums a second.", "1.2", "1.2 quintillion", 1.2e18, None),
    ("Ants number about 20 quadrillion.", "20", "about 20 quadrillion", 2e16, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), SCIENCE_UNITS)
def test_science_and_computing_units(nlp, text, anchor, span, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Delegates met at COP26 in Glasgow.", "COP26"),
        ("The COP29 talks ran late.", "COP29"),
    ],
)
def test_a_climate_summit_is_a_name(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The fee was COP 5,000 a night.", "5,000", 5000, "COP"),
        ("The deal is worth COP5bn.", "COP5bn", 5e9, "COP"),
        ("The 5G rollout has been delayed again.", "5G", 5, "G"),  # as the dev gold has it
    ],
)
def test_near_summit_names_stay_amounts(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.unit) == (approx(value), unit)


# (text, anchor, span, value, low, high, qualifier)
DEEP_TIME = [
    ("Dinosaurs died out 66 million years ago.", "66", "66 million years", 66e6, None, None, "="),
    ("Earth formed about 4.5 billion years ago.", "4.5", "about 4.5 billion years", 4.5e9, None, None, "~"),
    ("They got there at least 65,000 years ago.", "65", "at least 65,000 years", 65000, 65000, None, ">="),
    ("Tools were made 2.6 to 3 million years ago.", "2.6", "2.6 to 3 million years", None, 2.6e6, 3e6, "="),
    ("Some 4,000 years later, farming spread.", "4,000", "Some 4,000 years", 4000, None, None, "~"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "qualifier"), DEEP_TIME)
def test_an_age_in_deep_time_is_a_measure(nlp, text, anchor, span, value, low, high, qualifier):
    q = claim_at(nlp, text, anchor)
    got = (text[q.start : q.end], q.value, q.low, q.high, q.qualifier, q.unit, q.change)
    assert got == (span, approx(value), approx(low), approx(high), qualifier, "year", None)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Two years ago, the clinic opened.", "Two"),
        ("The town was founded 800 years ago.", "800"),
        ("Over the past 10,000 years, the climate was stable.", "10,000"),
    ],
)
def test_a_recent_time_ago_still_dates(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


def test_a_move_in_deep_time_has_no_change(nlp):
    q = claim_at(nlp, "The ice sheet retreated 12,000 years ago.", "12,000")
    assert (q.value, q.change) == (12000, None)


# (text, anchor, span, qualifier, low, high)
AGE_POSTFIXES = [
    ("People aged 65 and over are most at risk.", "65", "65 and over", ">=", 65, None),
    ("Adults 50 and older should be screened.", "50", "50 and older", ">=", 50, None),
    ("Voters 18 or older can register.", "18", "18 or older", ">=", 18, None),
    ("Women aged 40 or over get a scan.", "40", "40 or over", ">=", 40, None),
    ("Children aged 5 and younger were left out.", "5", "5 and younger", "<=", None, 5),
    ("Pupils aged 11 or younger ride free.", "11", "11 or younger", "<=", None, 11),
]


@pytest.mark.parametrize(("text", "anchor", "span", "qualifier", "low", "high"), AGE_POSTFIXES)
def test_an_age_and_over_or_younger_is_a_bound(nlp, text, anchor, span, qualifier, low, high):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier, q.low, q.high) == (span, qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The side won 3 and over the season lost 2.", "3"),
        ("Players aged 21 and under the age cap were picked.", "21"),
    ],
)
def test_and_over_before_a_noun_phrase_bounds_nothing(nlp, text, anchor):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier) == (anchor, "=")


@pytest.mark.parametrize(
    ("text", "anchor", "span", "qualifier"),
    [
        ("Men are twice as likely to die from the illness.", "twice", "twice", "="),
        ("Fires burned twice as much forest as last year.", "twice", "twice", "="),
        ("The new chip is twice as efficient.", "twice", "twice", "="),
        ("The fund is nearly twice as large.", "twice", "nearly twice", "~"),
    ],
)
def test_twice_as_is_a_multiple(nlp, text, anchor, span, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit, q.qualifier) == (span, 2, "times", qualifier)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The striker scored twice as City won the cup.", "twice"),
        ("She scored twice as the side came back.", "twice"),
        ("He had the jab twice as a child.", "twice"),
        ("He called twice and left.", "twice"),
    ],
)
def test_twice_as_a_conjunction_counts_no_multiple(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Babies with trisomy 21 were left out of the trial.", "21"),
        ("The gene sits on chromosome 17.", "17"),
        ("The mutation lies in exon 19 of the gene.", "19"),
        ("The virus belongs to genotype 3.", "3"),
        ("The genes sit on chromosomes 13 and 18.", "13"),
    ],
)
def test_a_part_or_kind_of_gene_is_a_label(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


def test_a_count_of_chromosomes_still_counts(nlp):
    q = claim_at(nlp, "Each human cell holds 46 chromosomes.", "46")
    assert (q.value, q.subject) == (46, "chromosomes")


@pytest.mark.parametrize(
    "text",
    [
        "The paper appeared in Nature 615, 1-6 (2023).",
        "The findings appear in The Lancet (2023; 401: 1123-34).",
        "See N Engl J Med 2021;384:403-416 for the details.",
    ],
)
def test_a_journal_reference_holds_no_amount(nlp, text):
    assert nlp(text)._.claimx_claims == []


def test_an_amount_beside_a_reference_still_counts(nlp):
    text = "The study (Science 379, 1230-1235 (2023)) tracked 300 wolves."
    assert [text[q.start : q.end] for q in nlp(text)._.claimx_claims] == ["300"]


# (text, anchor, span, low, high, unit)
BELOW_ZERO_RANGES = [
    ("Overnight lows will range from -5C to -10C.", "-5C", "from -5C to -10C", -10, -5, "°C"),
    ("Lows of -5C to -10C are likely.", "-5C", "-5C to -10C", -10, -5, "°C"),
    ("It will fall to between -15C and -20C.", "-15C", "between -15C and -20C", -20, -15, "°C"),
    ("Lows will be -3 to -8C tonight.", "-3", "-3 to -8C", -8, -3, "°C"),
    ("It ranged from minus 5C to minus 12C.", "minus 5C", "from minus 5C to minus 12C", -12, -5, "°C"),
    ("Returns ran from -2% to 4%.", "-2%", "from -2% to 4%", -2, 4, "percent"),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "span", "low", "high", "unit"), BELOW_ZERO_RANGES)
def test_a_range_may_end_below_zero(nlp, text, anchor, span, low, high, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.low, q.high, q.unit) == (span, low, high, unit)


def test_a_falling_pair_above_zero_is_still_no_range(nlp):
    text = "Her lead grew from 4 to 9, and she beat him by 46 percent to 42 percent."
    q = claim_at(nlp, text, "46")
    assert (text[q.start : q.end], q.value) == ("46 percent", 46)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "high", "unit"),
    [
        ("Only 58% of patients were seen within four hours.", "four", "within four hours", 4, "hour"),
        ("The rock will pass within 31,000 km of Earth.", "31,000", "within 31,000 km", 31000, "km"),
        ("Swabs were tested within 72 hours.", "72", "within 72 hours", 72, "hour"),
        ("The tally came within 2% of the goal.", "2", "within 2%", 2, "percent"),
    ],
)
def test_within_bounds_the_amount_from_above(nlp, text, anchor, span, high, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier, q.high, q.unit) == (span, "<=", high, unit)


def test_within_the_next_weeks_still_dates(nlp):
    assert claims_over(nlp, "Within the next two weeks, the plan will be ready.", "two") == []


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The headset has a 4K display with a 90Hz refresh rate.", "4K"),
        ("The film was shot in 8K.", "8K"),
    ],
)
def test_a_k_resolution_is_no_amount(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("She earns $4K a month.", "4K", 4000, "USD"),
        ("About 4K runners took part.", "4K", 4000, None),
    ],
)
def test_thousands_in_k_still_count(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.unit) == (value, unit)


# (text, anchor, span, value, unit)
POWERS = [
    ("A gamma-ray burst released 10^44 joules.", "10", "10^44 joules", 1e44, "J"),
    ("The cell holds 2.5 x 10^6 molecules.", "2.5", "2.5 x 10^6", 2.5e6, None),
    ("The swab had 3×10^8 bacteria.", "3", "3×10^8", 3e8, None),
    ("The rate was 1.5 × 10−3 per year.", "1.5", "1.5 × 10−3", 1.5e-3, None),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), POWERS)
def test_a_power_written_with_a_caret(nlp, text, anchor, span, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "subject"),
    [
        ("Patients took 2.4mg of semaglutide weekly.", "2.4", "semaglutide"),
        ("She takes 5mg of folic acid daily.", "5mg", "folic acid"),
        ("The mill grinds 40 tonnes of wheat annually.", "40", "wheat"),
        ("The firm sold 12 of its weekly titles.", "12", "its weekly titles"),  # unchanged
    ],
)
def test_how_often_is_not_what_is_measured(nlp, text, anchor, subject):
    assert claim_at(nlp, text, anchor).subject == subject
