"""Speakers a reader agrees with: gender, salience, floating quotations, roles kept as roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.rules.quotes import find_quotes
from claimx.rules.speakers import first_names

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _speaker(nlp, text, content):
    doc = nlp(text)
    found = [q for q in find_quotes(doc) if doc.text[q.start : q.end] == content]
    assert len(found) == 1, [(doc.text[q.start : q.end], q.speaker) for q in find_quotes(doc)]
    return found[0].speaker


GENDER = [
    # (text, content, name): the pronoun goes to the person whose gender agrees
    (  # courtesy titles
        "Ms. Ortiz met Mr. Lindqvist on Monday. Ortiz said the plan was sound. Lindqvist said he disagreed. "
        '"It will fail," she said.',
        "It will fail,",
        "Ortiz",
    ),
    (  # a gendered role noun in apposition; neither first name tells
        "Jordan Blake, a spokeswoman for the council, met Sam Price. Price said the deal was done. "
        '"We are not so sure," she said.',
        "We are not so sure,",
        "Jordan Blake",
    ),
    (  # the first-name lexicon
        "Paul Kent met Anna Berg on Monday. Berg said the plan was sound. Kent said he disagreed. "
        '"It will fail," she said.',
        "It will fail,",
        "Anna Berg",
    ),
    (
        "Paul Kent met Anna Berg on Monday. Kent said the plan was sound. Berg said she disagreed. "
        '"It will work," he said.',
        "It will work,",
        "Paul Kent",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), GENDER)
def test_pronouns_agree_in_gender(nlp, text, content, name):
    assert _speaker(nlp, text, content).name == name


def test_a_pronoun_that_refers_to_a_name_tells_its_gender(nlp):
    text = (
        'Robin Smith met Alex Jones. Smith said the plan was sound. "It will work," she said. '
        '"We will see," he said.'
    )
    assert _speaker(nlp, text, "It will work,").name == "Robin Smith"
    assert _speaker(nlp, text, "We will see,").name == "Alex Jones"


def test_the_previous_speaker_before_the_last_person_named(nlp):
    text = 'Maria Lund said the talks went well, after meeting Anna Berg. "We agreed on a plan," she said.'
    assert _speaker(nlp, text, "We agreed on a plan,").name == "Maria Lund"


def test_thin_evidence_leaves_the_name_empty(nlp):
    assert _speaker(nlp, '"It will fail," she said.', "It will fail,").name is None
    text = 'Mr. Paul Kent said the plan was sound. "It will fail," she said.'
    assert _speaker(nlp, text, "It will fail,").name is None


def test_a_paragraph_that_is_only_a_quotation_continues_the_last_speaker(nlp):
    text = 'Anna Berg said the talks went well.\n\n"We agreed on a common plan for the bridge and the road."'
    speaker = _speaker(nlp, text, "We agreed on a common plan for the bridge and the road.")
    assert speaker.name == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "content", "role"),
    [
        ('"We were lucky today," the veteran goalkeeper said.', "We were lucky today,", "veteran goalkeeper"),
        ('"The road is closed," a local official said.', "The road is closed,", "local official"),
    ],
)
def test_a_role_is_never_a_name(nlp, text, content, role):
    speaker = _speaker(nlp, text, content)
    assert speaker.name is None
    assert speaker.role == role


def test_a_courtesy_title_is_no_role(nlp):
    speaker = _speaker(nlp, "Mr. Paul Kent said the plan was sound.", "the plan was sound")
    assert speaker.name == "Paul Kent" and speaker.role is None


def test_first_names_lexicon():
    names = first_names()
    assert names["Anna"] == "female" and names["Sergei"] == "male"
    assert "Jordan" not in names  # used for both: no guess


@pytest.mark.parametrize("seed", ["002", "003"])
def test_on_the_seeds_a_speaker_is_not_their_own_organization(seed):
    from claimx import Extractor

    (path,) = SEEDS.glob(f"{seed}_*.txt")
    doc = Extractor().extract(path.read_text(encoding="utf-8"), id=seed)
    for q in doc.quotes:
        sp = q.speaker
        if sp is not None and sp.name and sp.organization:
            assert sp.organization.split()[-1] not in sp.name.split(), (sp.name, sp.organization)
        if sp is not None and sp.text == "Lavrov" and q.cue == ":":
            assert sp.role is None  # the headline "Lavrov: Russia to help ..." gives no role "Russia"
