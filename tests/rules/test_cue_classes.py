"""The cue taxonomy: speech, cognition, intention, evidence; and what the speech default keeps."""

from __future__ import annotations

from typing import get_args

import pytest

from claimx.matches import CueClass
from claimx.rules.quotes import cues, find_quotes, noun_classes

# (text, content, class, statement): what a sentence attributes and whether a reporter would quote it
CLASSES = [
    ("She said the vote would be close.", "the vote would be close", "speech", True),
    ("The coach told reporters the team was tired.", "the team was tired", "speech", True),
    ("He believes the vote was rigged.", "the vote was rigged", "cognition", True),
    ("The farmers fear the river will flood again.", "the river will flood again", "cognition", True),
    ("The charity has backed the shelter for years.", "the shelter for years", "cognition", False),
    ("She plans to run for council.", "to run for council", "intention", True),
    ("The ministry wants to understand why the bridge fell.", "to understand why the bridge fell",
     "intention", True),
    ("Most of the staff decided to strike.", "to strike", "intention", True),
    ("Leaked papers offer a glimpse of the talks.", "a glimpse of the talks", "intention", False),
    ("The survey shows that most tenants pay too much.", "most tenants pay too much", "evidence", True),
    ("He talked about his childhood.", "his childhood", "speech", False),
    ("Ministers discussed the budget.", "the budget", "speech", False),
    ("The town requested assistance from the army.", "assistance from the army", "speech", False),
    ("The mayor asked residents to stay indoors.", "to stay indoors", "speech", False),
    ("The union called for a general strike.", "a general strike", "speech", False),
    ("The minister called the report a lie.", "the report a lie", "speech", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "content", "cls", "statement"), CLASSES)
def test_cue_class_and_statement(nlp, text, content, cls, statement):
    doc = nlp(text)
    found = [q for q in find_quotes(doc) if content in doc.text[q.start : q.end]]
    assert len(found) == 1, [(doc.text[q.start : q.end], q.cue_class) for q in find_quotes(doc)]
    assert found[0].cue_class == cls
    assert found[0].statement is statement


SPEECH = [t for t, _, cls, statement in CLASSES if cls == "speech" and statement]
NOT_SPEECH = [t for t, _, cls, statement in CLASSES if cls != "speech" or not statement]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_default_keeps_only_statements_with_speech_cues(extractor, extractor_all, text):
    assert extractor.extract(text).quotes == []
    assert len(extractor_all.extract(text).quotes) == 1


@pytest.mark.parametrize("text", SPEECH)
def test_default_keeps_speech(extractor, text):
    (q,) = extractor.extract(text).quotes
    assert q.cue_class == "speech"


def test_every_cue_in_the_data_has_a_known_class():
    classes = set(get_args(CueClass))
    assert {c.cls for c in cues().values()} == classes
    assert set(noun_classes().values()) <= classes
    # the verbs that are not statements are out of speech
    for lemma in ("aim", "decide", "plan", "seek", "support", "back", "show", "find", "offer", "identify"):
        assert cues()[lemma].cls != "speech", lemma


@pytest.fixture(scope="module")
def extractor(nlp):
    from claimx import Extractor

    return Extractor(nlp=nlp, attributions="speech")


@pytest.fixture(scope="module")
def extractor_all():
    from claimx import Extractor

    return Extractor(attributions="all")
