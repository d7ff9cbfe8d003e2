"""Reporting cues (``data/cues.json``): each verb with its class and what content it takes, and the
``Matcher`` that finds them (built once per ``Vocab``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import get_args

from spacy.matcher import Matcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from claimx.data import check_keys, load
from claimx.errors import RulesError
from claimx.matches import CueClass


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    cls: CueClass
    content: str  # clause | object | direct
    finite: bool = False  # only as a finite verb: not the participle adjunct "..., citing sources"
    act: bool = False  # a request, not a statement: "urged all sides to show restraint"


CUE_CLASSES = frozenset(get_args(CueClass))


@cache
def cues() -> dict[str, Cue]:
    """The cue verbs by lemma."""
    table = {}
    for entry in load("cues.json")["verbs"]:
        check_keys("cues.json", entry, {"lemma", "class", "content", "finite", "act"}, {"lemma", "class"})
        if entry["class"] not in CUE_CLASSES:
            raise RulesError(f"claimx/data/cues.json: {entry!r}: class must be one of {sorted(CUE_CLASSES)}")
        table[entry["lemma"]] = Cue(
            entry["lemma"],
            entry["class"],
            entry.get("content", "clause"),
            entry.get("finite", False),
            entry.get("act", False),
        )
    return table


@cache
def noun_classes() -> dict[str, CueClass]:
    """The reporting nouns ("claim", "belief", "plan") and their classes."""
    table = load("cues.json")["nouns"]
    bad = {n: c for n, c in table.items() if c not in CUE_CLASSES}
    if bad:
        raise RulesError(f"claimx/data/cues.json: nouns {bad}: class must be one of {sorted(CUE_CLASSES)}")
    return table


@cache
def cue_matcher(vocab: Vocab) -> Matcher:
    """Cue verbs and 'according to', built once per vocabulary."""
    matcher = Matcher(vocab)
    matcher.add("CUE", [[{"LEMMA": {"IN": sorted(cues())}, "POS": {"IN": ["VERB", "AUX", "NOUN", "PROPN"]}}]])
    matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": sorted(noun_classes())}, "POS": "NOUN"}]])
    return matcher


def reports(tok: Token | None, a: int, b: int) -> bool:
    """Is ``tok`` a bare reporting clause within tokens ``a:b``, a subject and a cue with nothing
    reported ("McAuliffe has said", "it has shown"; not "they plan to tune in", "she opposes the
    deal", nor the "offering X" of "accused Russia of offering X")?"""
    if tok is None or tok.pos_ not in ("VERB", "AUX") or cues()[tok.lemma_].content == "direct":
        return False
    inside = [c for c in tok.children if a <= c.i < b]
    if tok.lemma_ not in load("cues.json")["bare_report_verbs"]:
        return False  # "the council had agreed" states an agreement, it reports no words
    if any(not t.is_punct for t in tok.doc[tok.i + 1 : b]):
        return False  # "the records showed otherwise": the clause goes on after its verb
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in inside) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "attr", "acomp") for c in inside
    )
