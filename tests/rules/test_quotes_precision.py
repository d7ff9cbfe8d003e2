"""What a reporter would not call a quote, and quotes cut at the wrong place (issue 12's classes)."""

from __future__ import annotations

import pytest

from claimx.rules.quotes import find_quotes


def _statements(nlp, text):
    """Content of the quotes the speech default keeps."""
    doc = nlp(text)
    return [doc.text[q.start : q.end] for q in find_quotes(doc) if q.cue_class == "speech" and q.statement]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Asked whether the club would sell its striker, the manager said no offer had arrived.",
            "no offer had arrived",
        ),
        ("When asked about the flooding, the mayor said the pumps had failed.", "the pumps had failed"),
        ("Asked what she would change, the coach said the defence needed more work.",
         "the defence needed more work"),
    ],
)  # fmt: skip
def test_the_question_is_not_the_quote(nlp, text, content):
    assert _statements(nlp, text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Anna Berg speaks to reporters in Oslo\n\nThe council approved the budget on Monday.",
        "Anna Berg: the early years of a diplomat\n\nThe council approved the budget on Monday.",
        "Background: the long road to a deal in Oslo\n\nThe council approved the budget on Monday.",
    ],
)
def test_label_lines_are_not_headline_quotes(nlp, text):
    assert _statements(nlp, text) == []


def test_a_headline_with_a_statement_is_a_quote(nlp):
    text = (
        "Berg: Norway will help build the new bridge\n\nForeign Minister Anna Berg said it would open in May."
    )
    doc = nlp(text)
    (q, _) = find_quotes(doc)
    assert doc.text[q.start : q.end] == "Norway will help build the new bridge"
    assert q.speaker.name == "Anna Berg"
    assert q.speaker.role is None and q.speaker.organization is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the claim.",
        "The company rejected these allegations.",
        "Officials dismissed the reports.",
    ],
)
def test_a_noun_that_points_back_is_no_content(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union accused the company of hiding the losses from its workers.",
         "hiding the losses from its workers"),
        ("Critics accused the mayor of ignoring the warnings.", "ignoring the warnings"),
    ],
)  # fmt: skip
def test_the_accused_is_not_part_of_the_accusation(nlp, text, content):
    assert _statements(nlp, text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The owner said prices rose about 20%.", "prices rose about 20%"),
        ("The shop owner said sales fell by almost 15%.", "sales fell by almost 15%"),
    ],
)
def test_a_percent_sign_stays_in_the_quote(nlp, text, content):
    assert _statements(nlp, text) == [content]


def test_a_clause_is_not_cut_before_its_last_phrase(nlp):
    text = "The agency says the goods travel by ship to Rotterdam, then by train to Prague and on to Vienna."
    assert _statements(nlp, text) == [
        "the goods travel by ship to Rotterdam, then by train to Prague and on to Vienna"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation visited the dam to assess the damage.",
        "Inspectors travelled to the mine to report on its safety.",
        "The town requested assistance from the army.",
        "The league sought a new sponsor.",
    ],
)
def test_purposes_and_actions_are_not_quotes(nlp, text):
    assert _statements(nlp, text) == []


def test_a_purpose_inside_a_statement_is_not_a_second_quote(nlp):
    text = "The minister said inspectors had visited the border to report the situation."
    assert _statements(nlp, text) == ["inspectors had visited the border to report the situation"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Many voters say they plan to tune in.", "they plan to tune in"),
        ("She now says she opposes the deal.", "she opposes the deal"),
    ],
)
def test_a_statement_about_a_plan_or_a_stance_is_still_a_statement(nlp, text, content):
    assert _statements(nlp, text) == [content]
