"""Who speaks, across a news story: names without titles, descriptions named by an apposition,
organizations, reports inside reports, salience, namesakes. One invented passage per class."""

from __future__ import annotations

import pytest

from claimx.rules.quotes import find_quotes


def _speaker(nlp, text, start):
    """The speaker of the one quote whose content starts with ``start``."""
    doc = nlp(text)
    found = [q for q in find_quotes(doc) if doc.text[q.start : q.end].startswith(start)]
    assert len(found) == 1, [(doc.text[q.start : q.end], q.speaker) for q in find_quotes(doc)]
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "start", "name", "role"),
    [
        (
            "Detective Sergeant Owen Marsh said the van had been stolen.",
            "the van had been stolen",
            "Owen Marsh",
            "Detective Sergeant",
        ),
        ("Prof. Hilde Varga said the samples were clean.", "the samples were clean", "Hilde Varga", "Prof."),
        (  # the parser puts the role inside the PERSON entity; a later surname gets the clean name
            'Winger Diego Salas scored twice.\n\n"The second one was lucky," Salas said.',
            "The second one was lucky",
            "Diego Salas",
            None,
        ),
    ],
)
def test_a_title_is_no_part_of_the_name(nlp, text, start, name, role):
    speaker = _speaker(nlp, text, start)
    assert speaker.name == name and speaker.role == role


def test_a_hyphenated_name_is_one_name(nlp):
    text = "Amara Osei-Bonsu, who chairs the parents' group, said the school was overcrowded."
    speaker = _speaker(nlp, text, "the school was overcrowded")
    assert speaker.text == "Amara Osei-Bonsu" and speaker.name == "Amara Osei-Bonsu"


def test_a_description_named_by_an_apposition_is_a_role(nlp):
    text = (
        "The goalkeeper, Ingrid Falk, said the defence had been superb.\n\n"
        "The club's owner, Victor Hale, said the stadium would be full.\n\n"
        '"Nobody scores past us on a day like that," the goalkeeper said.'
    )
    first = _speaker(nlp, text, "the defence had been superb")
    assert first.name == "Ingrid Falk" and first.role == "goalkeeper" and first.type == "person"
    assert _speaker(nlp, text, "Nobody scores past us").name == "Ingrid Falk"
    text = "Mr. Brandt sold the house in May. His neighbour, Rosa Lind, said the garden had been neglected."
    assert _speaker(nlp, text, "the garden had been neglected").name == "Rosa Lind"


def test_the_company_is_the_organization_that_spoke_last(nlp):
    text = (
        "Tarnwick Foods said on Tuesday it would close two bakeries.\n\n"
        "The company said the two sites had lost money for years."
    )
    speaker = _speaker(nlp, text, "the two sites had lost")
    assert speaker.type == "organization" and speaker.name == "Tarnwick Foods"
    lone = _speaker(nlp, '"We regret the delay," the company said.', "We regret the delay")
    assert lone.type == "organization" and lone.name is None


def test_the_reporter_is_more_salient_than_the_person_reported(nlp):
    text = (
        "Coach Ivan Petrov said his assistant, Mark Dunn, had warned him about the pitch. "
        '"We should have listened," he said.'
    )
    assert _speaker(nlp, text, "We should have listened").name == "Ivan Petrov"
    text = (
        "Sen. Carl Whitby said Gov. Leon Ayres had promised him a vote on the bill. "
        '"I believe he will keep his word," he said.'
    )
    assert _speaker(nlp, text, "I believe he will keep").name == "Carl Whitby"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (  # no speaker before the pronoun: the subject, not the person met
            "Governor Ellis Crane met Senator Hugo Baines in the capital on Monday.\n\n"
            '"We agree on more than people think," he said.',
            "We agree on more",
            "Ellis Crane",
        ),
        (
            "Clara Winfield thanked Joan Pemberton for thirty years at the school.\n\n"
            '"The building will feel empty without her," she said.',
            "The building will feel empty",
            "Clara Winfield",
        ),
    ],
)
def test_with_no_speaker_before_a_pronoun_the_subject_is_named(nlp, text, start, name):
    assert _speaker(nlp, text, start).name == name


def test_namesakes_with_other_first_names_are_other_people(nlp):
    text = (
        "Peter Holm, the mayor, said the ferry would run all winter. His daughter, Maja Holm, "
        "said she would take it to school every day.\n\n"
        '"It is the only way across in January," she said.'
    )
    assert _speaker(nlp, text, "the ferry would run").name == "Peter Holm"
    assert _speaker(nlp, text, "It is the only way across").name == "Maja Holm"


def test_a_name_beside_a_role_is_a_person(nlp):
    text = (
        "Ana Ruiz, the club's chairwoman, and Bill Norton, its treasurer, spoke on Friday.\n\n"
        '"We have nothing to hide," Ruiz said.\n\n'
        '"We will publish everything next month," she added.'
    )
    speaker = _speaker(nlp, text, "We have nothing to hide")
    assert speaker.type == "person" and speaker.name == "Ana Ruiz"
    assert _speaker(nlp, text, "We will publish everything").name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "start", "role"),
    [
        ("Officials said the bridge would stay shut until the spring.", "the bridge would stay shut", None),
        ("The team's captain said the squad was exhausted.", "the squad was exhausted", "team's captain"),
        ('"It was a brutal evening," the Rovers midfielder said.', "It was a brutal", "Rovers midfielder"),
    ],
)
def test_no_name_without_one_in_the_text(nlp, text, start, role):
    speaker = _speaker(nlp, text, start)
    assert speaker.name is None and speaker.role == role


def test_a_quotation_paragraph_after_a_colon_is_the_introduced_speaker(nlp):
    text = (
        "Union leader Bernadette Kaye spoke after the ballot. Asked about the strike, Ms. Kaye said:\n\n"
        '"Our members have waited three years for a fair offer."\n\n'
        '"We will walk out on Monday unless the board changes its mind."'
    )
    assert _speaker(nlp, text, "Our members have waited").name == "Bernadette Kaye"
    assert _speaker(nlp, text, "We will walk out").name == "Bernadette Kaye"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            'Lukas de Vries won the sprint by a wheel. "My legs were gone at the end," the Dutchman said.',
            "My legs were gone",
            "Lukas de Vries",
        ),
        (
            "Sen. Wendy Harper voted against the farm bill. The Republican said it favoured large estates.",
            "it favoured large estates",
            "Wendy Harper",
        ),
    ],
)
def test_an_epithet_is_the_person_named_before(nlp, text, start, name):
    speaker = _speaker(nlp, text, start)
    assert speaker.type == "person" and speaker.name == name


def test_a_quotation_after_a_sentence_about_a_person_is_theirs(nlp):
    text = (
        "Karen Blythe said the takeover was done.\n\n"
        "Pete Ross, who leads the drivers' union, was less sure. "
        '"Nothing is settled until our members have voted on it next week."'
    )
    speaker = _speaker(nlp, text, "Nothing is settled")
    assert speaker.text == "Pete Ross" and speaker.name == "Pete Ross"
    text = (
        "Karen Blythe said the takeover was done. Shares in the firm rose by a tenth.\n\n"
        '"This is the start of a new chapter for the whole group and its staff."'
    )
    assert _speaker(nlp, text, "This is the start").name == "Karen Blythe"


def test_he_is_the_person_the_sentence_before_is_about(nlp):
    text = (
        '"We will win this seat easily," said Tom Reed, the Conservative candidate. "We are miles ahead," '
        "said Paul Kent, his Labour rival.\n\n"
        'Reed laughed off the remark. "Paul says that every single time," he said.'
    )
    assert _speaker(nlp, text, "Paul says that").name == "Tom Reed"
    text = (  # the quotation speaks of "he": the player is its subject, not its speaker
        "Coach Daniel Reyes said the squad was ready.\n\n"
        'Tom Hughes has scored nine goals this season. "He is a wonderful talent," he said.'
    )
    assert _speaker(nlp, text, "He is a wonderful talent").name == "Daniel Reyes"


def test_a_name_after_a_description_of_an_organization_s_person(nlp):
    text = "A spokesman for Harrow Foods, Dan Miles, said the recall was voluntary."
    speaker = _speaker(nlp, text, "the recall was voluntary")
    assert speaker.name == "Dan Miles" and speaker.organization == "Harrow Foods"


def test_a_surname_that_is_also_a_title_is_a_name(nlp):
    text = "Larry Dean founded the firm in 1990. Dean, its chairman, said profits had doubled."
    speaker = _speaker(nlp, text, "profits had doubled")
    assert speaker.name == "Larry Dean" and speaker.type == "person"


def test_a_pronoun_after_an_unnamed_speaker_is_not_given_an_earlier_name(nlp):
    text = (
        "Judge Ellen Marsh said the fraud was cruel.\n\n"
        "One mother, who asked not to be named, said she lost $9,000. "
        '"We trusted him with our children," she told reporters.'
    )
    assert _speaker(nlp, text, "We trusted him with our children,").name is None


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Ortiz and Mr. Lind said the deal was done.",
        "Both Dr. Haas and Dr. Meyer said the trial would go on.",
    ],
)
def test_two_people_speaking_together_are_a_group_with_no_one_name(nlp, text):
    s = _speaker(nlp, text, "the")
    assert (s.type, s.name, s.role) == ("group", None, None)
