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


@pytest.mark.parametrize(
    "text",
    [  # a cue in a clause of its own (when, after, as, because, a relative "what"), not "X, she said"
        "The vote failed last week. That was when she pointed to the poll numbers as proof.",
        "His remarks came hours after the governor spoke at a rally in Dayton.",
        "That is exactly what the inspector said when she left the building.",
        "Two neighbours, who watched the mayor speak at the fair, left early.",
        "The list shrank because the tenants did not respond to the letters.",
        "We have seen this before: the rebels declared war on the capital in 1998.",
    ],
)
def test_a_cue_in_a_clause_of_its_own_takes_no_content_from_outside(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bridge will reopen in May, officials said.", "The bridge will reopen in May"),
        ("The levy, the treasurer said, would be dropped.", "The levy, the treasurer said, would be dropped"),
    ],
)
def test_a_reporting_clause_set_off_by_punctuation_reports_the_sentence(nlp, text, content):
    assert content in _statements(nlp, text)


def test_a_relative_object_does_not_point_back_to_the_sentence_before(nlp):
    text = (
        "The council approved the budget in March.\n\n"
        "Mia Holm, a planner, said several of the sites that critics point to as examples failed to note "
        "that the district had changed."
    )
    assert _statements(nlp, text) == [
        "several of the sites that critics point to as examples failed to note that the district had changed"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'On Monday\'s episode of "The Late Kitchen Hour," the chef said she would open a second café.',
        "In her 2019 book, ''Raise a Reader by Ten,'' Ms. Dunn suggested reading aloud at night.",
        'The senator mocked his rival, calling him "Sleepy Pete."',
        'The choir sang "Bridge Over the River," and the audience stood, the organiser said.',
    ],
)
def test_a_title_or_nickname_in_quotation_marks_is_not_a_quote(nlp, text):
    doc = nlp(text)
    for q in find_quotes(doc):
        assert q.kind != "direct", doc.text[q.start : q.end]
        for title in ("Late Kitchen Hour", "Raise a Reader", "Sleepy Pete", "Bridge Over"):
            assert not doc.text[q.start : q.end].startswith(title)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"We did not lose," the captain said. "We Ran Out of Time."', "We Ran Out of Time."),
        ('"Stay calm," the pilot said. "Buckle Up."', "Buckle Up."),
        ('"WE WANT PARKS," the marchers chanted.', "WE WANT PARKS,"),
    ],
)
def test_a_capitalised_sentence_of_its_own_is_still_a_quote(nlp, text, content):
    doc = nlp(text)
    assert any(doc.text[q.start : q.end].endswith(content) for q in find_quotes(doc))


def test_a_later_quotation_with_its_own_cue_is_not_a_fragment_of_the_first(nlp):
    text = (
        '"This is not fair," Ruiz said. "You cut the staff to the bone" to lift the share price, she said, '
        "turning to the board."
    )
    doc = nlp(text)
    quotes = [(q.kind, doc.text[q.start : q.end]) for q in find_quotes(doc)]
    assert ("direct", "This is not fair,") in quotes
    assert ("mixed", '"You cut the staff to the bone" to lift the share price') in quotes


def test_a_fragment_after_the_same_cue_still_joins(nlp):
    text = '"We are ready," the coach said after the game. "The players know what to do."'
    doc = nlp(text)
    (q,) = find_quotes(doc)
    assert q.fragments is not None and len(q.fragments) == 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor has promised to find the money elsewhere.", "to find the money elsewhere"),
        ("Both unions agreed to return to the table on Friday.", "to return to the table on Friday"),
        ("The minister vowed to fight the ruling in court.", "to fight the ruling in court"),
    ],
)
def test_a_commitment_to_act_is_an_attribution_but_not_a_statement(nlp, text, content):
    doc = nlp(text)
    assert _statements(nlp, text) == []
    assert [doc.text[q.start : q.end] for q in find_quotes(doc)] == [content]


def test_a_promise_with_a_clause_is_a_statement(nlp):
    text = "The mayor promised that the pool would reopen by June."
    assert _statements(nlp, text) == ["the pool would reopen by June"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The club's chair wrote in an email that the season would go ahead.",
            "the season would go ahead",
        ),
        (
            "The minister told a crowd in Halifax on Friday that the ferry would stay.",
            "the ferry would stay",
        ),
    ],
)
def test_where_and_to_whom_it_was_said_is_not_content(nlp, text, content):
    assert _statements(nlp, text) == [content]


def test_a_quotation_that_opens_the_content_keeps_its_opening_mark(nlp):
    text = 'The chief told reporters that "nobody was hurt" in the blast at the depot.'
    assert _statements(nlp, text) == ['"nobody was hurt" in the blast at the depot']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor tweeted that the road would reopen by noon.", "the road would reopen by noon"),
        ("The striker posted on Instagram that the goal was for his mother.", "the goal was for his mother"),
        ("A spokesperson emailed that the firm had no comment.", "the firm had no comment"),
    ],
)
def test_posts_tweets_and_emails_are_speech(nlp, text, content):
    assert _statements(nlp, text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The bank posted losses of $3 million last year.",
        "The club posted a video of the goal.",
        "The senator tweeted a photo from the floor.",
    ],
)
def test_posting_a_result_or_a_picture_is_no_attribution(nlp, text):
    assert find_quotes(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Cutting the tax "makes no sense," the economist said.', 'Cutting the tax "makes no sense,"'),
        ('The town "has never looked better," the mayor said.', 'The town "has never looked better,"'),
        (
            'With two hundred pumps in the city, "no single failure can flood us," the engineer said.',
            'With two hundred pumps in the city, "no single failure can flood us,"',
        ),
    ],
)
def test_the_words_that_open_a_quoted_clause_are_part_of_it(nlp, text, content):
    doc = nlp(text)
    (q,) = find_quotes(doc)
    assert (q.kind, doc.text[q.start : q.end]) == ("mixed", content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The senator turned to him: "You should step down," she said.', "You should step down,"),
        ('"We will rebuild," the mayor said.', "We will rebuild,"),
    ],
)
def test_an_introduction_is_not_part_of_the_quotation(nlp, text, content):
    doc = nlp(text)
    assert [(q.kind, doc.text[q.start : q.end]) for q in find_quotes(doc)][-1] == ("direct", content)


def test_a_clause_the_parser_hung_on_the_cue_does_not_steal_the_quotation(nlp):
    text = (
        '"You should resign. You should pay the money back," Ortiz told the chief, after he admitted under '
        "questioning he had not been held accountable."
    )
    doc = nlp(text)
    (q,) = find_quotes(doc)
    content = "You should resign. You should pay the money back,"
    assert (q.kind, doc.text[q.start : q.end]) == ("direct", content)


def test_an_amount_added_over_years_is_no_attribution(nlp):
    text = "The plan would cost money at first but would eventually add $84 billion over 10 years."
    assert find_quotes(nlp(text)) == []


def test_an_inch_mark_opens_no_quotation(nlp):
    text = 'The new centre is 6\'11" tall. "He will start on Friday," the coach said.'
    doc = nlp(text)
    assert [(q.kind, doc.text[q.start : q.end]) for q in find_quotes(doc)] == [
        ("direct", "He will start on Friday,")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not say how the sites would be chosen.",
        "The club declined to say whether the coach would stay.",
        "Police would not say what led to the arrest.",
        "The senator has never said that he would run.",
    ],
)
def test_what_was_not_said_is_no_statement(nlp, text):
    assert _statements(nlp, text) == []
    assert find_quotes(nlp(text))  # still an attribution under --attributions all


def test_a_clause_before_the_cue_is_not_its_content_when_one_follows(nlp):
    text = "The chair didn't just say the plan was late; she said it was dead."
    assert _statements(nlp, text) == ["it was dead"]


@pytest.mark.parametrize(
    "text",
    [
        "The retailer reported quarterly sales that beat forecasts by a wide margin.",
        "The novelist wrote a memoir that sold a million copies.",
    ],
)
def test_an_object_with_a_relative_clause_is_not_a_statement(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Time will tell whether the new stadium pays off.",
        "This tells us that the housing market is cooling.",
        "Let's say the merger goes through next year.",
    ],
)
def test_things_that_cannot_speak_are_no_source(nlp, text):
    assert find_quotes(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The survey says most tenants spend half their income on rent.", "most tenants spend half"),
        ("The mayor leads by six points, according to a new poll.", "The mayor leads by six points"),
        ("The results suggest the drug works in older patients.", "the drug works in older patients"),
    ],
)
def test_studies_polls_and_data_are_evidence_not_speech(nlp, text, content):
    doc = nlp(text)
    (q,) = find_quotes(doc)
    assert doc.text[q.start : q.end].startswith(content) and q.cue_class == "evidence"
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Those close to the coach say he will stay another season.",
        "The ministry, which said the talks had failed, closed its office.",
    ],
)
def test_groups_and_relative_pronouns_still_speak(nlp, text):
    assert _statements(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Detective Ruth Park said the phone records showed otherwise.",
            "the phone records showed otherwise",
        ),
        ("The mayor said the council had agreed.", "the council had agreed"),
    ],
)
def test_a_cue_word_inside_the_content_does_not_cancel_the_statement(nlp, text, content):
    assert _statements(nlp, text) == [content]


def test_a_clause_that_says_when_is_not_the_content(nlp):
    text = (
        "Protest is patriotism, whether it was marching in the rain or holding a sign with the words "
        '"we are here," as one organiser, shouting over the crowd, said before she left.'
    )
    doc = nlp(text)
    assert all("before she left" not in doc.text[q.start : q.end] for q in find_quotes(doc))
