"""Indirect and mixed quotes: a cue's content clause, ``according to X``, reporting nouns."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.data import load
from claimx.rules.quotes.cues import Cue, cues, noun_classes, reports
from claimx.rules.quotes.headlines import title_case
from claimx.rules.quotes.scan import (
    CONTENT_DEPS,
    LEAD_IN_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    TOPIC_PREPS,
    Attribution,
    Scan,
    Sentences,
    in_any,
    quoted_speaker,
    speaker_token,
    subtree_range,
    trim,
)

PARENTHESIS_MARKS = frozenset({",", ":", ";", "—", "–", "--", "(", "''", '"', "”", "’"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
RUN_ON_DEPS = frozenset({"prep", "advmod", "cc", "conj", "npadvmod"})


def content_range(
    doc: Doc, cue: Token, spec: Cue, exclude: set[int], sents: Sentences, titles: list[tuple[int, int]] = ()
) -> tuple[int, int, bool] | None:
    """The token range a cue reports and whether it is a statement (a clause, a quotation, ``described
    X as Y``), not just a topic or an act (``discussed the budget``, ``requested assistance``,
    ``denied the claim``); or None."""
    lists = load("cues.json")
    clauses = [
        c
        for c in cue.children
        if c.dep_ in CONTENT_DEPS
        and not in_any(c.idx, titles)
        and not any(m.dep_ == "mark" and m.lower_ in lists["adverbial_marks"] for m in c.children)
    ]  # not a title's words, nor "said [before he died]"
    after = [c for c in clauses if c.i > cue.i]
    before = [c for c in clauses if c.i < cue.i and _content_before(doc, cue, c, bool(after))]
    ranges = [subtree_range(c) for c in before + after]
    statement = True
    if ranges and ranges[0][0] > cue.i + 1:
        ranges.append(_lead_in(cue, ranges[0][0]))
    if ranges and ranges[0][0] > cue.i:
        ranges.append(_run_on(doc, cue, ranges[0][1]))
    if (not ranges and spec.content == "object") or (not ranges and cue.lemma_ in lists["xcomp_verbs"]):
        deps = OBJECT_DEPS if spec.content == "object" else {"xcomp"}
        kids = [c for c in cue.children if c.dep_ in deps and c.i > cue.i]
        ranges = [subtree_range(c) for c in kids]
        statement = spec.content == "object"  # "promised to find savings": a commitment, not a statement
        if ranges and spec.content == "object":
            obj = [c for c in cue.children if c.dep_ == "dobj"]
            if obj and obj[0].lower_ in lists["object_words"]:
                ranges = []
            if cue.lemma_ in lists["complement_verbs"] and not _has_complement(cue):
                return None  # "called a meeting" reports nothing; "called him a liar", "called for X" do
            target = _charge(cue, obj[0] if obj else None)
            if target is not None:  # "accused Russia of offering X": the accusation, not the accused
                ranges = [target]
            elif ranges:
                statement = _has_complement(cue) or any(
                    c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
                    for c in kids
                )
    if not ranges:
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is not None and _misparsed_clause(cue, obj):
            ranges = [subtree_range(obj)]
    no_object = cue.lemma_ in lists["no_object_verbs"] or cue.lemma_ in lists["complement_verbs"]
    if not ranges and not no_object:  # "acknowledged the reality of X"
        ranges = [
            subtree_range(c)
            for c in cue.children
            if c.dep_ == "dobj" and c.i > cue.i and c.lower_ not in lists["object_words"]
        ][:1]
        statement = False
    if not ranges:
        obj = [
            c
            for c in cue.children
            if c.dep_ == "dobj" and c.lower_ in lists["object_words"] and c.tag_ not in ("WDT", "WP")
        ]
        # "He denied that." points back; "the examples that critics point to" does not
        if obj and cue.dep_ != "relcl" and sents.of(cue.i).start > 0:
            prev = sents.of(sents.of(cue.i).start - 1)
            a, b = trim(doc, prev.start, prev.end)
            return (a, b, True) if b - a > 3 else None
    # "spoke about X", "called for X" (not "added $8bn over 10 years")
    if not ranges and not _own_object(cue):
        ranges = [
            subtree_range(o)
            for c in cue.rights
            if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
            for o in c.children
            if o.dep_ in ("pobj", "pcomp")
        ][:1]
        statement = False
    if not ranges and _parenthetical(doc, cue, spec):
        statement = True
        a, b = subtree_range(cue.head)
        own = subtree_range(cue)
        if cue.head.i < cue.i:  # "The border is closed, officials said"
            b = min(b, own[0])
            ranges = [(a, b)] if b > a else []
        elif own[0] > a:  # "The museum, Mr. Obama said, would make ..."
            ranges = [(a, b)]
    sent = sents.of(cue.i)
    if not ranges and cue.text[:1].isupper() and cue.i > sent.start and title_case(sent):
        ranges = [(cue.i + 1, sent.end)]  # headline: "Russia Says Taliban Controls ..."
        statement = True
    if not ranges:
        return None
    a = min(r[0] for r in ranges)
    b = max(r[1] for r in ranges)
    a, b = trim(doc, a, _cut_tail(doc, a, b))
    while a < b and a in exclude:
        a += 1
    if _request(cue):
        statement = False  # "asked residents to stay indoors", "called for a strike": a request
    if statement and b - a <= 4 and _anaphoric(doc, a, b):
        statement = False  # "denied the claim": points back to a statement, says nothing itself
    return (a, b, statement) if b - a >= 2 else None


def _content_before(doc: Doc, cue: Token, clause: Token, after: bool) -> bool:
    """Is a clause the parser hung on the cue before it ("The border is closed, officials said") what
    was said? Not when the verb has an object of its own ("We have been here before: bin Laden declared
    war"), when the clause reports someone else ('"You winning?" she said, ..., Melanie said yes'), nor
    across ';' or '.' when a clause follows the cue ("He didn't say X; she said Y")."""
    if _own_object(cue) or _reports_itself(clause, cue):
        return False
    return not (after and any(t.text in (";", ".") for t in doc[clause.right_edge.i + 1 : cue.i]))


def _reports_itself(clause: Token, cue: Token) -> bool:
    """``"You winning?" she said, but ..., Melanie said yes``: a clause before the cue that holds a
    reporting clause of its own ("she said") is that attribution's, not this one's."""
    verbs = load("cues.json")["bare_report_verbs"]
    return any(
        t.i != cue.i
        and t.lemma_ in verbs
        and t.pos_ == "VERB"
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in clause.subtree
    )


def _own_object(cue: Token) -> bool:
    """A direct object after the cue that is not the one told (``declared war``, not ``told reporters``)."""
    recipient = cue.lemma_ in load("cues.json")["recipient_verbs"]
    return not recipient and any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children)


def _parenthetical(doc: Doc, cue: Token, spec: Cue) -> bool:
    """``The border is closed, officials said`` / ``The museum, Mr. Obama said, would ...``: a bare
    reporting clause set off by punctuation, not a clause of its own (``That's when she pointed to X``,
    ``moments after the senator spoke``, ``what Liz Wahl said``, ``saw Tim Kaine speak``)."""
    if cue.dep_ not in ("parataxis", "ccomp", "advcl") or spec.content != "clause":
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return False
    if _own_object(cue) or any(c.dep_ == "mark" or c.tag_ in ("WRB", "WP", "WDT") for c in cue.children):
        return False
    own = subtree_range(cue)
    return (own[0] > 0 and doc[own[0] - 1].text in PARENTHESIS_MARKS) or doc[own[0]].text in PARENTHESIS_MARKS


def _misparsed_clause(cue: Token, obj: Token) -> bool:
    """``said [many of the examples ... failed to note X]``: a cue that takes no noun object (``say``,
    ``insist``) whose "object" holds a finite verb has a that-clause the parser misread."""
    if cue.lemma_ not in load("cues.json")["clause_only_verbs"]:
        return False  # "reported revenue that topped forecasts", "wrote a book that sold well": objects
    span = list(obj.subtree)
    return len(span) >= 6 and any(t.tag_ in FINITE_TAGS for t in span)


def _request(cue: Token) -> bool:
    """``asked residents to stay indoors``, ``called for a strike``: no that-clause, a request."""
    if any(c.dep_ == "ccomp" for c in cue.children):
        return False
    lists = load("cues.json")
    preps = lists["request_preps"].get(cue.lemma_)
    if preps is not None:
        return any(c.dep_ == "prep" and c.lower_ in preps for c in cue.children)
    return cue.lemma_ in lists["request_verbs"]


def _question(cue: Token) -> bool:
    """``Asked what she would change, the coach said ...``: the reporter's question, not a quote."""
    if cue.lemma_ not in load("cues.json")["question_verbs"] or cue.tag_ not in ("VBN", "VBD"):
        return False
    return cue.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in cue.children)


def _unsaid(cue: Token) -> bool:
    """``did not say how the land would be chosen``, ``declined to say whether``, ``never said that``:
    what was not said is no statement."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in cue.children):
        return True
    head = cue.head
    return cue.dep_ == "xcomp" and head.lemma_ in load("cues.json")["refusal_verbs"]


def _purpose(cue: Token) -> bool:
    """``visited the border to report the situation``: a purpose clause, not a statement."""
    return (
        cue.dep_ in ("advcl", "xcomp")
        and cue.head.lemma_ not in cues()
        and any(c.tag_ == "TO" for c in cue.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    )


def _run_on(doc: Doc, cue: Token, clause_end: int) -> tuple[int, int]:
    """``says heroin is smuggled through Tajikistan[, then via Kyrgyzstan ...]``: a phrase after the
    clause that the parser hung on the cue still belongs to what was said."""
    comma = clause_end if clause_end < len(doc) and doc[clause_end].text == "," else clause_end - 1
    if doc[comma].text != ",":
        return clause_end, clause_end
    tail = [c for c in cue.rights if c.i > comma and not c.is_punct]
    if not tail or any(
        c.dep_ not in RUN_ON_DEPS or c.pos_ in ("VERB", "AUX") or c.lower_ == "according" for c in tail
    ):
        return clause_end, clause_end
    if any(t.ent_type_ in ("DATE", "TIME") or t.dep_ in SUBJECT_DEPS for c in tail for t in c.subtree):
        return clause_end, clause_end
    return clause_end, max(c.right_edge.i for c in tail) + 1


def _charge(cue: Token, obj: Token | None) -> tuple[int, int] | None:
    """``accused [Russia] of [offering X]``, ``blamed [him] for [the delay]``: the charge's range."""
    if obj is None or cue.lemma_ not in load("cues.json")["charge_verbs"]:
        return None
    for c in cue.rights:
        if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("of", "for", "over"):
            kids = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if kids:
                return subtree_range(kids[0])
    return None


def _anaphoric(doc: Doc, a: int, b: int) -> bool:
    """``the claim``, ``these reports``, ``it``: a noun phrase that points back, with no clause of its own."""
    head = next((t for t in doc[a:b] if t.head.i < a or t.head.i >= b or t.head.i == t.i), None)
    if (
        head is None
        or head.lower_ not in load("cues.json")["anaphoric_nouns"]
        or trim(doc, *subtree_range(head)) != (a, b)
    ):
        return False
    return not any(c.dep_ in ("acl", "ccomp", "relcl", "prep") for c in head.children)


def _has_complement(cue: Token) -> bool:
    """``called [him] [a liar]``, ``considers [Trump] [smart]``, ``called [for X]``."""
    for c in cue.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("for", "on")
            and not any(t.ent_type_ == "DATE" for t in c.subtree)
        ):
            return True
        if c.dep_ == "dobj" and any(g.dep_ in ("appos", "oprd", "amod") and g.i > c.i for g in c.children):
            return True
    return False


def _lead_in(cue: Token, clause_start: int) -> tuple[int, int]:
    """Words the parser hung on the cue before its clause ("says [up to a quarter of heroin] reaches")."""
    start = clause_start
    first = cue.doc[clause_start]
    if first.dep_ == "mark" and first.lower_ == "that":
        return start, clause_start  # "wrote in an email that X": the clause starts at "that"
    for c in cue.rights:
        if c.i >= clause_start:
            break
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        recipient = c.dep_ == "dobj" and cue.lemma_ in ("tell", "ask")
        if c.dep_ in LEAD_IN_DEPS and not dated and not recipient:
            start = min(start, c.left_edge.i)
    return start, clause_start


def _cut_tail(doc: Doc, a: int, b: int) -> int:
    """Drop a trailing ', hours after X did Y' from a content clause."""
    for t in doc[a:b]:
        if (
            t.dep_ == "advcl"
            and a < t.left_edge.i
            and doc[t.left_edge.i - 1].text == ","
            and t.right_edge.i + 1 >= b - 1
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in t.children)
        ):
            return t.left_edge.i - 1
    return b


def indirect_quotes(scan: Scan) -> None:
    """Cue verbs with a content clause (not inside quotations: those are the speaker's words)."""
    doc, table = scan.doc, cues()
    for i, cue in sorted(scan.cue_toks.items()):
        spec = table[cue.lemma_]
        if i in scan.used_cues or in_any(cue.idx, scan.qspans) or spec.content == "direct":
            continue
        if cue.pos_ not in ("VERB", "AUX") or (cue.dep_ == "pcomp" and cue.head.head.lemma_ == "quote"):
            continue  # also the "saying" of "quoted him as saying"
        if spec.finite and cue.tag_ in ("VBG", "VBN") and cue.dep_ in ("advcl", "acl", "xcomp"):
            continue
        speaker, via = quoted_speaker(cue) if cue.lemma_ == "quote" else (speaker_token(cue), None)
        passive = speaker is None and any(c.dep_ == "auxpass" for c in cue.children)
        if speaker is None and not passive:
            continue
        exclude = set(range(*subtree_range(speaker))) if speaker is not None and speaker.i < cue.i else set()
        rng = content_range(doc, cue, spec, exclude, scan.sents, scan.titles)
        if rng is None:
            continue
        a, b, statement = rng
        statement = statement and not spec.act and not any(f(cue) for f in (_question, _purpose, _unsaid))
        if passive:  # "troops were reported to have fled": no source, the subject is part of the content
            subj = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
            a = min(a, subj.left_edge.i) if subj is not None else a
        elif a <= speaker.i < b and speaker.i > cue.i:  # inverted "..., said X" inside a parenthetical range
            a, b = trim(doc, a, min(b, speaker.left_edge.i))
            if b - a < 2:
                continue
        if b - a <= 5 and any(reports(scan.cue_toks.get(j), a, b) for j in range(a, b)):
            continue  # "McAuliffe has said": another attribution's cue, not content
        scan.atts.append(make_indirect(doc, cue, spec, speaker, via, a, b, statement=statement))


def according_to(scan: Scan) -> None:
    """``According to X, ...`` and ``..., according to X``: the rest of the sentence."""
    doc = scan.doc
    spec = Cue("according to", "speech", "clause")
    for acc in scan.according:
        speaker = next((c for c in acc.nbor(1).children if c.dep_ == "pobj"), None)
        if speaker is None or in_any(acc.idx, scan.qspans):
            continue
        sent = scan.sents.of(acc.i)
        a, b = subtree_range(acc)
        a, b = trim(doc, *((b, sent.end) if a <= sent.start + 1 else (sent.start, a)))
        if b - a >= 3:
            scan.atts.append(make_indirect(doc, acc, spec, speaker, None, a, b, "according to"))


def noun_cues(scan: Scan) -> None:
    """``Trump's claim that ...``, ``her support for X``: a reporting noun with its owner as speaker."""
    doc = scan.doc
    classes = noun_classes()
    for noun in scan.nouns:
        spec = Cue(noun.lemma_, classes.get(noun.lemma_.lower(), "speech"), "object")
        if in_any(noun.idx, scan.qspans):
            continue
        speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
        content = [
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS)
        ]
        if speaker is None or not content:
            continue
        a, b = trim(doc, content[0].left_edge.i, content[-1].right_edge.i + 1)
        if content[0].dep_ == "prep" and a < b and doc[a].lower_ in TOPIC_PREPS:
            a += 1
        if b - a >= 2:
            statement = content[0].dep_ != "prep"  # "her claim that X" states; "her support for X" does not
            scan.atts.append(make_indirect(doc, noun, spec, speaker, None, a, b, statement=statement))


def make_indirect(
    doc: Doc,
    cue: Token,
    spec: Cue,
    speaker: Token | None,
    via: Token | None,
    a: int,
    b: int,
    cue_text: str | None = None,
    *,
    statement: bool = True,
) -> Attribution:
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    cls = spec.cls
    if (
        cls == "speech"
        and speaker is not None
        and speaker.lemma_.lower() in load("cues.json")["evidence_sources"]
    ):
        cls = "evidence"  # "the survey says", "according to the data": a study or data, not a speaker
    return Attribution(
        "indirect", start, end, cue, cue_text or cue.text, cls, speaker, via, statement=statement
    )
