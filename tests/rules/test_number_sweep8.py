"""Eighth sweep: classes found by reading claimx's output on science, health, environment, space and
tech sentences written for these tests (trials, epidemiology, climate records, astronomy, ages of
rocks and bones, chips and networks), and three classes of subject ("411 of 650 seats", "15-of-22
shots", "a family of four")."""

from __future__ import annotations

import pytest

from .test_quantities import claim_at

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
