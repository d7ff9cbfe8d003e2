"""Quote attribution rules: tables of (text, expected) over the full pipeline (``nlp`` fixture)."""

from __future__ import annotations

import pytest

from claimx.rules.quotes import find_quotes, quotations


def _quotes(nlp, text):
    doc = nlp(text)
    return doc, find_quotes(doc)


def _one(nlp, text, content):
    """The single quote whose content is ``content`` (exactly, as a slice of the text)."""
    doc, quotes = _quotes(nlp, text)
    found = [q for q in quotes if doc.text[q.start : q.end] == content]
    assert len(found) == 1, [(doc.text[q.start : q.end], q.kind) for q in quotes]
    return found[0]


# --------------------------------------------------------------------------- direct quotes

DIRECT = [
    # (text, content, kind, speaker name, speaker text)
    (
        '"We will rebuild the old bridge next spring," Mayor Jane Smith said.',
        "We will rebuild the old bridge next spring,",
        "direct",
        "Jane Smith",
        "Mayor Jane Smith",
    ),
    (
        "“We’ll do everything to keep the border open,” Russian Foreign Minister Sergei Lavrov said.",
        "We’ll do everything to keep the border open,",
        "direct",
        "Sergei Lavrov",
        "Russian Foreign Minister Sergei Lavrov",
    ),
    (
        'Mayor Jane Smith said: "The bridge will open in May. Nobody should worry."',
        "The bridge will open in May. Nobody should worry.",
        "direct",
        "Jane Smith",
        "Mayor Jane Smith",
    ),
    (
        '"Talks are going on," said independent analyst Adam Kowalski, who lives in Warsaw.',
        "Talks are going on,",
        "direct",
        "Adam Kowalski",
        "independent analyst Adam Kowalski",
    ),
    (
        '"The reform is late," Peter Olsen, the deputy head of the council, said on Monday.',
        "The reform is late,",
        "direct",
        "Peter Olsen",
        "Peter Olsen",
    ),
]


@pytest.mark.parametrize(("text", "content", "kind", "name", "mention"), DIRECT)
def test_direct_quotes(nlp, text, content, kind, name, mention):
    q = _one(nlp, text, content)
    assert q.kind == kind
    assert q.speaker.name == name
    assert q.speaker.text == mention
    assert q.speaker.type == "person"


def test_role_from_title_and_apposition(nlp):
    q = _one(nlp, DIRECT[1][0], DIRECT[1][1])
    assert q.speaker.role == "Russian Foreign Minister"
    q = _one(nlp, DIRECT[4][0], DIRECT[4][1])
    assert q.speaker.role == "the deputy head of the council"


def test_split_quote_is_one_attribution(nlp):
    text = '"We will win the vote," Anna Berg said on Sunday. "Nobody can stop us now."'
    doc, quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert [doc.text[a:b] for a, b in q.fragments] == ["We will win the vote,", "Nobody can stop us now."]
    assert (q.start, q.end) == (q.fragments[0][0], q.fragments[-1][1])
    assert q.speaker.name == "Anna Berg"


def test_quote_across_paragraphs(nlp):
    text = (
        'Anna Berg spoke to reporters.\n\n"The first part of the plan is ready.\n\n'
        '"The second part follows in May," Anna Berg said.'
    )
    doc, quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    content = doc.text[quotes[0].start : quotes[0].end]
    assert content.startswith("The first part") and content.endswith("follows in May,")


def test_via_relaying_medium(nlp):
    text = (
        'Sergei Lavrov spoke in Laos.\n\n"The situation is rapidly deteriorating," TASS quoted him as saying.'
    )
    q = _one(nlp, text, "The situation is rapidly deteriorating,")
    assert q.kind == "direct"
    assert q.via == "TASS"
    assert q.speaker.text == "him"
    assert q.speaker.name == "Sergei Lavrov"


NOT_QUOTES = [
    "The insurgents' offensive went on in the north.",
    "We’ll see whether Russia’s army moves.",
    "Related article: Pullout From Afghanistan Risks 'Escalation'",
    "Visitors can use the “Translate Website” menu at the top of the page.",
    'Such material is used under the provisions of "fair use" in an effort to inform.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(nlp, text):
    assert find_quotes(nlp(text)) == []


def test_finite_only_cue_reports_as_a_verb_but_not_as_a_participle_adjunct(nlp):
    """'cite' is marked finite in cues.json: 'citing sources' names a source, not content."""
    cited = "The senator cited a new poll of voters in Ohio."
    assert [q.cue for q in find_quotes(nlp(cited))] == ["cited"]
    citing = "The analyst said talks had stalled, citing several sources in the ministry."
    assert "citing" not in [q.cue for q in find_quotes(nlp(citing))]


@pytest.mark.parametrize(
    "text",
    [
        'He said "this has no end.\n\nThe next paragraph, said Tom Brown, is fine.',
        '”Stray closing mark. "Open "nested" marks',
        '"',
        "",
    ],
)
def test_odd_quote_counts_never_raise(nlp, text):
    quotes = find_quotes(nlp(text))
    assert isinstance(quotes, list)


def test_unbalanced_quote_keeps_the_rest_of_the_document(nlp):
    text = 'The mayor said "this has no end.\n\nThe road is closed, officials said.'
    doc, quotes = _quotes(nlp, text)
    assert "The road is closed" in [doc.text[q.start : q.end] for q in quotes]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('a "b" c “d” e', ["b", "d"]),
        ('"open\n\n"goes on"', ['open\n\n"goes on']),
        ('"open\n\nno mark', ["open"]),
        ("it's ‘single’", []),
    ],
)
def test_quotation_pairing(text, spans):
    assert [text[q.start : q.end] for q in quotations(text)] == spans


# --------------------------------------------------------------------------- indirect and mixed

INDIRECT = [
    # (text, content, kind, speaker text, speaker type, cue class)
    (
        "Russia said the Taliban controls two-thirds of the border.",
        "the Taliban controls two-thirds of the border",
        "indirect",
        "Russia",
        "organization",
        "speech",
    ),
    (
        "Russia on Friday said that the border crossing is closed.",
        "the border crossing is closed",
        "indirect",
        "Russia",
        "organization",
        "speech",
    ),
    (
        "The border will stay closed until June, security officials said.",
        "The border will stay closed until June",
        "indirect",
        "security officials",
        "group",
        "speech",
    ),
    (
        "The border will stay closed until June, said a senior border official.",
        "The border will stay closed until June",
        "indirect",
        "a senior border official",
        "anonymous",
        "speech",
    ),
    (
        "Mary Jones says prices will fall next year.",
        "prices will fall next year",
        "indirect",
        "Mary Jones",
        "person",
        "speech",
    ),
    (
        "The Taliban announced they had captured a key border crossing.",
        "they had captured a key border crossing",
        "indirect",
        "The Taliban",
        "organization",
        "speech",
    ),
    (
        "Mary Jones warned that the dam could fail.",
        "the dam could fail",
        "indirect",
        "Mary Jones",
        "person",
        "speech",
    ),
    (
        "According to the ministry, the border is closed.",
        "the border is closed",
        "indirect",
        "the ministry",
        "organization",
        "speech",
    ),
    (
        "Critics rejected the mayor's claim that the bridge is safe.",
        "the bridge is safe",
        "indirect",
        "the mayor",
        "person",
        "speech",
    ),
    (
        "Russia fears the withdrawal will create a power vacuum.",
        "the withdrawal will create a power vacuum",
        "indirect",
        "Russia",
        "organization",
        "cognition",
    ),
    (
        "Lavrov said Russia’s obligations under the treaty “remain fully in force.”",
        "Russia’s obligations under the treaty “remain fully in force.”",
        "mixed",
        "Lavrov",
        None,
        "speech",
    ),
]


@pytest.mark.parametrize(("text", "content", "kind", "mention", "stype", "cls"), INDIRECT)
def test_indirect_and_mixed(nlp, text, content, kind, mention, stype, cls):
    q = _one(nlp, text, content)
    assert q.kind == kind
    assert q.speaker.text == mention
    if stype is not None:
        assert q.speaker.type == stype
    assert q.cue_class == cls


def test_said_this_takes_the_sentence_before(nlp):
    text = (
        "Both countries will sign a border agreement in June. "
        "Foreign Minister Sergey Lavrov said this on Wednesday after the talks."
    )
    q = _one(nlp, text, "Both countries will sign a border agreement in June")
    assert q.speaker.name == "Sergey Lavrov"


def test_headlines(nlp):
    text = (
        "Lavrov: Russia to help Tajikistan build a new border post\n\n"
        "Foreign Minister Sergey Lavrov spoke in Dushanbe on Wednesday."
    )
    q = _one(nlp, text, "Russia to help Tajikistan build a new border post")
    assert q.speaker.text == "Lavrov" and q.speaker.name == "Sergey Lavrov"
    q = _one(
        nlp,
        "Russia Says Taliban Controls Two-Thirds of Afghan-Tajik Border",
        "Taliban Controls Two-Thirds of Afghan-Tajik Border",
    )
    assert q.speaker.text == "Russia"


# --------------------------------------------------------------------------- speaker resolution

RESOLUTION = [
    # (text, content, mention as written, canonical name)
    (
        'Mayor Jane Smith opened the meeting. "The bridge is safe," she said.',
        "The bridge is safe,",
        "she",
        "Jane Smith",
    ),
    (
        "Sergei Lavrov spoke in Laos. Lavrov said the treaty remains in force.",
        "the treaty remains in force",
        "Lavrov",
        "Sergei Lavrov",
    ),
    (
        "Foreign Minister Anna Berg said the talks went well. She later met Trade Minister Paul Kent. "
        '"We agreed on a common plan," the Minister said.',
        "We agreed on a common plan,",
        "the Minister",
        "Anna Berg",
    ),
    (
        "According to the Foreign Minister, the talks went well. "
        '"We agreed on a plan," Foreign Minister Anna Berg said on Monday.',
        "the talks went well",
        "the Foreign Minister",
        "Anna Berg",
    ),
]


@pytest.mark.parametrize(("text", "content", "mention", "name"), RESOLUTION)
def test_speaker_resolution(nlp, text, content, mention, name):
    q = _one(nlp, text, content)
    assert q.speaker.text == mention
    assert q.speaker.name == name
    assert q.speaker.type == "person"


def test_resolution_can_be_switched_off(nlp):
    doc = nlp(RESOLUTION[0][0])
    (q,) = find_quotes(doc, resolve_speakers=False)
    assert q.speaker.text == "she" and q.speaker.name is None


# --------------------------------------------------------------------------- house styles and layouts

LAYOUTS = [
    # (text, content, kind, speaker text)
    (
        "''This is not tax reform,'' said Paul Meyer, an economist in Boston.",
        "This is not tax reform,",
        "direct",
        "Paul Meyer",
    ),
    (
        'The mayor spoke after the storm. She said:\n\n"We will rebuild every house on this street."',
        "We will rebuild every house on this street.",
        "direct",
        "She",
    ),
    (
        'According to Anna Berg, "the plan is ready. It will start in May."',
        "the plan is ready. It will start in May.",
        "direct",
        "Anna Berg",
    ),
    (
        "“Nobody in this town wants the new highway.” ― Carla Mendes\n\nThe council meets again in June.",
        "Nobody in this town wants the new highway.",
        "direct",
        "Carla Mendes",
    ),
    (
        'Paul Meyer called the plan "a disaster for the city."',
        'the plan "a disaster for the city."',
        "mixed",
        "Paul Meyer",
    ),
    (
        "The new library, Mayor Ruth Keller said, would stay open until midnight.",
        "The new library, Mayor Ruth Keller said, would stay open until midnight",
        "indirect",
        "Mayor Ruth Keller",
    ),
]


@pytest.mark.parametrize(("text", "content", "kind", "mention"), LAYOUTS)
def test_layouts(nlp, text, content, kind, mention):
    q = _one(nlp, text, content)
    assert q.kind == kind
    assert q.speaker.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations called an emergency meeting on Sunday.",  # 'call' without a complement
        "He walked to the station and bought a ticket.",  # no cue at all
    ],
)
def test_no_attribution(nlp, text):
    assert find_quotes(nlp(text)) == []
