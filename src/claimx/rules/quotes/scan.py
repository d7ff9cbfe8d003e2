"""What the stages share: an attribution under construction, the per-doc scan state, sentence lookup
and the parse helpers (speaker of a cue, token ranges)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimx.data import load
from claimx.matches import CueClass, QuoteKind
from claimx.rules.quotes.marks import QUOTE_TOKENS, Quotation

KEEP_AT_END = QUOTE_TOKENS | {"%"}  # "prices rose about 20%": the sign belongs to the number
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
INHERIT_DEPS = frozenset({"conj", "advcl"})  # "said ..., adding that": adding speaks for said's subject
CONTENT_DEPS = frozenset({"ccomp"})
OBJECT_DEPS = frozenset({"dobj", "prep", "oprd", "xcomp", "ccomp", "dative"})
# Dependents a cue clause may carry between itself and a quotation ("he told reporters on Friday:").
CLAUSE_GAP_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "advmod",
        "npadvmod",
        "aux",
        "auxpass",
        "neg",
        "prep",
        "dative",
        "dobj",
        "punct",
        "agent",
    }
)
LEAD_IN_DEPS = frozenset({"prep", "dobj", "attr", "nsubj", "npadvmod"})
MAX_GAP_TOKENS = 25
TOPIC_PREPS = frozenset({"about", "of", "on", "for", "against", "over"})
MIN_UNATTRIBUTED_WORDS = 5
MAX_UNATTRIBUTED_PARAGRAPHS = 3
PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")
LABEL_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term", "deem", "characterize"})
FRAGMENT_JOINS = frozenset({",", ".", ":", ";", "—", "but", "and"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "we", "i"})


@dataclass(slots=True)
class Attribution:
    kind: QuoteKind
    start: int
    end: int
    cue: Token | None
    cue_text: str | None
    cue_class: CueClass
    speaker: Token | None
    via: Token | None = None
    fragments: tuple[tuple[int, int], ...] = ()
    headline_speaker: tuple[int, int] | None = None  # token range of a "Lavrov: ..." speaker
    statement: bool = True  # False: only a topic or an act ("discussed the budget")


def speaker_token(cue: Token) -> Token | None:
    """The subject that speaks through ``cue`` (climbing through ``conj``/``advcl``), or None; never
    a thing that cannot speak ("Time will tell", "This tells us") nor the "us" of "Let's say"."""
    if cue.dep_ in ("ccomp", "xcomp") and cue.head.lemma_ == "let":
        return None
    subj = _subject(cue)
    if subj is None:
        return None
    lists = load("cues.json")
    if subj.lemma_.lower() in lists["non_source_subjects"] or (
        subj.tag_ == "DT" and subj.lower_ in ("this", "that", "these", "those") and not any(subj.children)
    ):  # a bare demonstrative points to a thing; "Those close to him say" is a group
        return None
    return subj


def _subject(cue: Token) -> Token | None:
    tok = cue
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.dep_ == "nsubjpass":  # "X was called a charlatan by Y": Y speaks
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None:
            return subj
        if tok.dep_ not in INHERIT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def quoted_speaker(cue: Token) -> tuple[Token | None, Token | None]:
    """'TASS quoted him as saying': speaker him, via TASS."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return obj, next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)


def in_any(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


class Sentences:
    """The sentences of a doc, computed once (``Token.sent`` walks them all on every call)."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self.starts = [s.start for s in self.spans]

    def of(self, i: int) -> Span:
        return self.spans[bisect_right(self.starts, i) - 1]


def trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Token range without edge punctuation, a leading 'that' and conjunctions."""
    while (
        a < b
        and not _opens_inner_quotation(doc, a, b)
        and (
            doc[a].is_punct
            or doc[a].is_space
            or (doc[a].dep_ in ("mark", "cc") and doc[a].lower_ in ("that", "and", "but", "if", "whether"))
        )
    ):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space) and doc[b - 1].text not in KEEP_AT_END:
        b -= 1
    return a, b


def _opens_inner_quotation(doc: Doc, a: int, b: int) -> bool:
    """``said that "a bomb" had gone off``: a leading mark whose quotation closes inside the range stays."""
    return doc[a].text in QUOTE_TOKENS and any(doc[k].text in QUOTE_TOKENS for k in range(a + 1, b))


def subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


@dataclass(slots=True)
class Scan:
    """What the steps of ``find_quotes`` share for one doc."""

    doc: Doc
    text: str
    quotes: list[Quotation]
    qspans: list[tuple[int, int]]
    sents: Sentences
    cue_toks: dict[int, Token]  # token index -> cue verb
    according: list[Token]
    nouns: list[Token] = field(default_factory=list)
    atts: list[Attribution] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    titles: list[tuple[int, int]] = field(default_factory=list)  # quotations that name a work
    # quotation index -> attribution (None: a title, which no attribution takes)
    claimed: dict[int, Attribution | None] = field(default_factory=dict)

    def tok_at(self, char: int) -> int | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else None

    def claim(self, qi: int, att: Attribution, cue: Token | None = None) -> None:
        if not any(a is att for a in self.atts):
            self.atts.append(att)
        self.claimed[qi] = att
        if cue is not None:
            self.used_cues.add(cue.i)
