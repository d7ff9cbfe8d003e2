"""Reporting cues (``data/cues.json``): each verb with its class and what content it takes, and the
``Matcher`` that finds them (built once per ``Vocab``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from claimx.data import check_keys, load
from claimx.matches import CueClass


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    cls: CueClass
    content: str  # clause | object | direct
    finite: bool = False  # only as a finite verb: not the participle adjunct "..., citing sources"


@cache
def cues() -> dict[str, Cue]:
    table = {}
    for entry in load("cues.json")["verbs"]:
        check_keys("cues.json", entry, {"lemma", "class", "content", "finite"}, {"lemma", "class"})
        table[entry["lemma"]] = Cue(
            entry["lemma"], entry["class"], entry.get("content", "clause"), entry.get("finite", False)
        )
    return table


@cache
def cue_matcher(vocab: Vocab) -> Matcher:
    """Cue verbs and 'according to', built once per vocabulary."""
    matcher = Matcher(vocab)
    matcher.add("CUE", [[{"LEMMA": {"IN": sorted(cues())}, "POS": {"IN": ["VERB", "AUX", "NOUN", "PROPN"]}}]])
    matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": load("cues.json")["nouns"]}, "POS": "NOUN"}]])
    return matcher


def reports(tok: Token | None) -> bool:
    """Is ``tok`` a reporting verb that takes content ("said", not "continuing" or "questions")?"""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and cues()[tok.lemma_].content != "direct"
