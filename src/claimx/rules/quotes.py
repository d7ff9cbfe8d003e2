"""Quote attribution: who said what, as direct, indirect and mixed quotes.

One pass pairs the quotation marks of ``doc.text`` (paragraph by paragraph; odd counts never
raise); a ``Matcher`` built once per ``Vocab`` finds the reporting cues of ``data/cues.json``.
Then, in order:

1. direct quotes: a quotation followed by ``, X said`` / ``said X`` (tail) or preceded by
   ``X said:`` (lead); a quotation right after the cue clause is a further fragment;
2. indirect and mixed: a cue's content clause (``ccomp``; the object for ``described X as Y``;
   ``to``-clauses for ``vowed to``), ``according to X, ...``, parenthetical ``..., X said``,
   ``X said this`` (the sentence before), headlines ``Lavrov: ...`` and ``Russia Says ...``;
   a content clause holding a quotation is ``mixed``;
3. speakers: the subject mention, typed and resolved within the document (``rules.speakers``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from claimx.data import check_keys, load
from claimx.matches import CueClass, QuoteKind, QuoteMatch
from claimx.rules.speakers import Mention, SpeakerRegistry, mention, speaker_match

OPEN_MARKS = frozenset("“")
CLOSE_MARKS = frozenset("”")
QUOTE_TOKENS = frozenset({'"', "“", "”", "''"})
MARK_RE = re.compile(r"''|[\"“”]")  # '' is a double quote in some newspapers' house style
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
def _matcher(vocab: Vocab) -> Matcher:
    """Cue verbs and 'according to', built once per vocabulary."""
    matcher = Matcher(vocab)
    matcher.add("CUE", [[{"LEMMA": {"IN": sorted(cues())}, "POS": {"IN": ["VERB", "AUX", "NOUN", "PROPN"]}}]])
    matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": load("cues.json")["nouns"]}, "POS": "NOUN"}]])
    return matcher


# --------------------------------------------------------------------------- quotation marks


@dataclass(slots=True)
class Quotation:
    """Quoted text: ``start``/``end`` are the content (marks excluded); ``open``/``close`` the marks."""

    open: int
    close: int | None  # None: closed by the end of the paragraph
    start: int
    end: int


def quotations(text: str) -> list[Quotation]:
    """Pair quotation marks paragraph by paragraph. A paragraph that opens a quote without closing it
    continues into the next one when that starts with an opening mark; otherwise it ends there."""
    found: list[Quotation] = []
    pending: Quotation | None = None  # open at the end of the previous paragraph
    pos = 0
    for para in text.split("\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 1
        if not para.strip():
            continue
        first = p_start + len(para) - len(para.lstrip())
        opening = MARK_RE.match(text, first)
        open_at: tuple[int, int] | None = None  # (mark start, content start)
        scan_from = p_start
        if pending is not None:
            if (
                opening
                and opening.group() not in CLOSE_MARKS
                and not _transcript(text[opening.end() : p_end])
            ):
                open_at = (pending.open, pending.start)  # the quote runs on into this paragraph
                scan_from = opening.end()
            else:
                found.append(pending)
            pending = None
        for m in MARK_RE.finditer(text, scan_from, p_end):
            ch, i = m.group(), m.start()
            if open_at is None:
                if ch in CLOSE_MARKS and not _opens(text, i, m.end()):
                    continue  # stray closing mark
                open_at = (i, m.end())
            elif ch in OPEN_MARKS:
                continue  # nested or unbalanced: keep the outer quotation
            else:
                if i > open_at[1]:
                    found.append(Quotation(open_at[0], i, open_at[1], i))
                open_at = None
        if open_at is not None:
            end = p_start + len(para.rstrip())
            if end > open_at[1]:
                pending = Quotation(open_at[0], None, open_at[1], end)
    if pending is not None:
        found.append(pending)
    return found


def _opens(text: str, i: int, j: int) -> bool:
    """A closing mark used to open ('”Fortunately, ...'): after a space or line start, before a word."""
    return (i == 0 or text[i - 1] in " \n\t") and j < len(text) and text[j].isalnum()


_TRANSCRIPT_RE = re.compile(r"[A-Z][A-Z.' -]{1,30}:")


def _transcript(rest: str) -> bool:
    """A paragraph like '"WALLACE: ...' starts a new turn, not a continuation."""
    return bool(_TRANSCRIPT_RE.match(rest))


# --------------------------------------------------------------------------- attributions


@dataclass(slots=True)
class _Attribution:
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


def _speaker_token(cue: Token) -> Token | None:
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


def _quoted_speaker(cue: Token) -> tuple[Token | None, Token | None]:
    """'TASS quoted him as saying': speaker him, via TASS."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return obj, next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)


def _in_any(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _tail_cue(
    doc: Doc, close_tok: int, cue_toks: dict[int, Token], qspans: list[tuple[int, int]]
) -> Token | None:
    """``"...," X said`` / ``said X`` / ``TASS quoted him as saying`` right after a closing mark."""
    j = close_tok + 1
    while j < len(doc) and doc[j].text in {",", "—", "–", "-"}:
        j += 1
    for k in range(j, min(len(doc), j + MAX_GAP_TOKENS)):
        tok = doc[k]
        if "\n" in tok.text or tok.text in QUOTE_TOKENS - CLOSE_MARKS or (tok.is_sent_end and tok.is_punct):
            return None
        if k in cue_toks:
            if all(_gap_ok(doc[g], tok) for g in range(j, k)) and not _has_outside_content(tok, qspans):
                return tok
            return None
    return None


def _gap_ok(tok: Token, cue: Token) -> bool:
    """Is ``tok`` part of the cue clause's speaker or adjuncts (not of some other clause)?"""
    t = tok
    while t.head.i != t.i and t.i != cue.i:
        if t.head.i == cue.i:
            return t.dep_ in CLAUSE_GAP_DEPS
        t = t.head
    return t.i == cue.i


def _has_outside_content(cue: Token, qspans: list[tuple[int, int]]) -> bool:
    """A cue with its own that-clause outside the quotation is not the quotation's cue."""
    return any(c.dep_ in CONTENT_DEPS and not _in_any(c.idx, qspans) for c in cue.children)


def _lead_cue(
    doc: Doc, open_tok: int, cue_toks: dict[int, Token], qspans: list[tuple[int, int]]
) -> Token | None:
    """``X said: "..."`` / ``X told reporters, "..."``: a cue clause ending in ':' or ',' before the mark."""
    if open_tok == 0:
        return None
    prev = doc[open_tok - 1]
    if prev.is_space and open_tok >= 2 and doc[open_tok - 2].text == ":":
        verb = doc[open_tok - 2].head  # 'He said:\n\n"We have ..."', 'The Times reports:\n\n"..."'
        return verb if verb.pos_ in ("VERB", "AUX") and _speaker_token(verb) is not None else None
    if "\n" in prev.text_with_ws:
        return None
    for k in range(open_tok - 1, max(-1, open_tok - 1 - MAX_GAP_TOKENS), -1):
        tok = doc[k]
        if ("\n" in tok.text_with_ws and k != open_tok - 1) or _in_any(tok.idx, qspans):
            return None
        if k in cue_toks:
            if k != open_tok - 1 and prev.text not in {",", ":", "—"}:
                return None
            gap_ok = all(_gap_ok(doc[g], tok) or doc[g].is_punct for g in range(k + 1, open_tok))
            return tok if gap_ok and not _has_outside_content(tok, qspans) else None
    return None


def _follows(doc: Doc, cue: Token, open_tok: int | None, cue_toks: dict[int, Token], *, strict: bool) -> bool:
    """Does the quotation opening at ``open_tok`` go on from the clause of ``cue``
    ('"A," he said, "B"', '"A," he said. "B"', '"A," Tester said, referring to X, "B"')?
    Not strict: anywhere later in the paragraph; strict: right after the cue clause."""
    if open_tok is None or cue.i >= open_tok or (strict and open_tok - cue.i > MAX_GAP_TOKENS):
        return False
    gap = doc[cue.i + 1 : open_tok]
    if "\n" in gap.text_with_ws or any(t.text in QUOTE_TOKENS for t in gap):
        return False
    if strict and any(t.i in cue_toks for t in gap):
        return False
    return doc[open_tok - 1].lower_ in FRAGMENT_JOINS or doc[open_tok - 1].i == cue.i


_DASH_RE = re.compile(r"[ \t,.]*[―—]\s*([^\n]{2,80}?)[\s.]*(?:\n|$)")


def _labelled(doc: Doc, q: Quotation, open_tok: int | None) -> _Attribution | None:
    """``what he called a "brazen breach"``, ``described it as "toothless"``: a short mixed quote."""
    if open_tok is None:
        return None
    for k in range(open_tok - 1, max(-1, open_tok - 5), -1):
        verb = doc[k]
        if "\n" in verb.text_with_ws or verb.is_sent_end:
            return None
        if verb.lemma_ in LABEL_VERBS and verb.pos_ == "VERB":
            speaker = _speaker_token(verb)
            if speaker is None:
                return None
            start = speaker.left_edge.i if verb.dep_ == "relcl" and speaker.i < verb.i else verb.i + 1
            start = min(start, open_tok)
            return _Attribution("mixed", doc[start].idx, q.end, verb, verb.text, "speech", speaker)
    return None


def _unattributed(doc: Doc, q: Quotation, atts: list[_Attribution], text: str) -> _Attribution | None:
    """A quotation of several words with no cue of its own: the words of the last speaker, if any
    spoke in this or the previous paragraph."""
    if len(text[q.start : q.end].split()) < MIN_UNATTRIBUTED_WORDS:
        return None
    before = [x for x in atts if x.end <= q.open and x.speaker is not None]
    prev = max(before, key=lambda x: x.end, default=None)
    if prev is None or len(PARAGRAPH_BREAK_RE.findall(text, prev.end, q.open)) > MAX_UNATTRIBUTED_PARAGRAPHS:
        return None
    return _Attribution(
        "direct", q.start, q.end, None, None, prev.cue_class, prev.speaker, prev.via, ((q.start, q.end),),
        headline_speaker=prev.headline_speaker,
    )  # fmt: skip


def _dash(doc: Doc, q: Quotation, text: str) -> _Attribution | None:
    """``"..." ― Krystal Correa``: a quotation signed with a dash and a name."""
    m = _DASH_RE.match(text, q.close + 1)
    if m is None:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or not span[0].text[:1].isupper():
        return None
    return _Attribution(
        "direct", q.start, q.end, None, "―", "speech", span[-1], fragments=((q.start, q.end),),
        headline_speaker=(span.start, span.end),
    )  # fmt: skip


class _Sentences:
    """The sentences of a doc, computed once (``Token.sent`` walks them all on every call)."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self.starts = [s.start for s in self.spans]

    def of(self, i: int) -> Span:
        return self.spans[bisect_right(self.starts, i) - 1]


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Token range without edge punctuation, a leading 'that' and conjunctions."""
    while a < b and (
        doc[a].is_punct
        or doc[a].is_space
        or (doc[a].dep_ in ("mark", "cc") and doc[a].lower_ in ("that", "and", "but", "if", "whether"))
    ):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space) and doc[b - 1].text not in QUOTE_TOKENS:
        b -= 1
    return a, b


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _content(doc: Doc, cue: Token, spec: Cue, exclude: set[int], sents: _Sentences) -> tuple[int, int] | None:
    """The token range a cue reports, or None."""
    ranges = [_subtree_range(c) for c in cue.children if c.dep_ in CONTENT_DEPS]
    if ranges and ranges[0][0] > cue.i + 1:
        ranges.append(_lead_in(cue, ranges[0][0]))
    lists = load("cues.json")
    if (not ranges and spec.content == "object") or (not ranges and cue.lemma_ in lists["xcomp_verbs"]):
        deps = OBJECT_DEPS if spec.content == "object" else {"xcomp"}
        ranges = [_subtree_range(c) for c in cue.children if c.dep_ in deps and c.i > cue.i]
        if ranges and spec.content == "object":
            obj = [c for c in cue.children if c.dep_ == "dobj"]
            if obj and obj[0].lower_ in lists["object_words"]:
                ranges = []
            if cue.lemma_ in lists["complement_verbs"] and not _has_complement(cue):
                return None  # "called a meeting" reports nothing; "called him a liar", "called for X" do
    no_object = cue.lemma_ in lists["no_object_verbs"] or cue.lemma_ in lists["complement_verbs"]
    if not ranges and not no_object:  # "acknowledged the reality of X"
        ranges = [
            _subtree_range(c)
            for c in cue.children
            if c.dep_ == "dobj" and c.i > cue.i and c.lower_ not in lists["object_words"]
        ][:1]
    if not ranges:
        obj = [c for c in cue.children if c.dep_ == "dobj" and c.lower_ in lists["object_words"]]
        if obj and sents.of(cue.i).start > 0:
            prev = sents.of(sents.of(cue.i).start - 1)
            a, b = _trim(doc, prev.start, prev.end)
            return (a, b) if b - a > 3 else None
    if not ranges:  # "spoke about X", "called for X", "commented on X"
        ranges = [
            _subtree_range(o)
            for c in cue.rights
            if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
            for o in c.children
            if o.dep_ in ("pobj", "pcomp")
        ][:1]
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if not ranges and own_subject and cue.dep_ in ("parataxis", "ccomp", "advcl"):
        a, b = _subtree_range(cue.head)
        own = _subtree_range(cue)
        if cue.head.i < cue.i:  # "The border is closed, officials said"
            b = min(b, own[0])
            ranges = [(a, b)] if b > a else []
        elif own[0] > a and "," in (
            doc[own[0]].text,
            doc[own[0] - 1].text,
        ):  # "The museum, Mr. Obama said, would make ..."
            ranges = [(a, b)]
    sent = sents.of(cue.i)
    if not ranges and cue.text[:1].isupper() and cue.i > sent.start and _title_case(sent):
        ranges = [(cue.i + 1, sent.end)]  # headline: "Russia Says Taliban Controls ..."
    if not ranges:
        return None
    a = min(r[0] for r in ranges)
    b = max(r[1] for r in ranges)
    a, b = _trim(doc, a, _cut_tail(doc, a, b))
    while a < b and a in exclude:
        a += 1
    return (a, b) if b - a >= 2 else None


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


def _title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _headline(doc: Doc, sent, registry_names: frozenset[str]) -> _Attribution | None:
    """``Lavrov: Russia to help ...`` on a line of its own (also transcript turns ``"PENCE: ...``)."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 5:
        return None
    first = 1 if toks[0].text in QUOTE_TOKENS else 0
    colon = next((i for i, t in enumerate(toks[first : first + 5], first) if t.text == ":"), None)
    if colon is None or colon == first:
        return None
    name = toks[first:colon]
    text = " ".join(t.text for t in name)
    if text.lower() in load("cues.json")["headline_labels"]:
        return None
    named = all(t.ent_type_ in ("PERSON", "ORG") for t in name) or (text.isupper() and text.isalpha())
    if not (named or name[-1].lower_ in registry_names):
        return None
    end = toks[colon].i + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1  # the whole line: a transcript turn runs over several sentences
    a, b = _trim(doc, toks[colon].i + 1, end)
    if b - a < 3:
        return None
    return _Attribution(
        "indirect", doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), None, ":", "speech", name[-1],
        headline_speaker=(name[0].i, name[-1].i + 1),
    )  # fmt: skip


@dataclass(slots=True)
class _Scan:
    """What the steps of ``find_quotes`` share for one doc."""

    doc: Doc
    text: str
    quotes: list[Quotation]
    qspans: list[tuple[int, int]]
    sents: _Sentences
    cue_toks: dict[int, Token]  # token index -> cue verb
    according: list[Token]
    nouns: list[Token] = field(default_factory=list)
    atts: list[_Attribution] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    claimed: dict[int, _Attribution] = field(default_factory=dict)  # quotation index -> attribution

    def tok_at(self, char: int) -> int | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else None

    def claim(self, qi: int, att: _Attribution, cue: Token | None = None) -> None:
        if not any(a is att for a in self.atts):
            self.atts.append(att)
        self.claimed[qi] = att
        if cue is not None:
            self.used_cues.add(cue.i)


def find_quotes(doc: Doc, *, resolve_speakers: bool = True) -> list[QuoteMatch]:
    """Every attributed statement of ``doc`` with its speaker, in text order."""
    if not len(doc):
        return []
    text = doc.text
    quotes = quotations(text)
    scan = _Scan(doc, text, quotes, [(q.start, q.end) for q in quotes], _Sentences(doc), {}, [])
    for match_id, s, _e in _matcher(doc.vocab)(doc):
        label = doc.vocab.strings[match_id]
        if label == "ACCORDING":
            scan.according.append(doc[s])
        elif label == "NOUN":
            scan.nouns.append(doc[s])
        else:
            scan.cue_toks[s] = doc[s]
    _direct_quotes(scan)
    _indirect_quotes(scan)
    _according_to(scan)
    _noun_cues(scan)
    _headlines(scan)
    _leftover_quotations(scan)
    atts = _dedupe(scan.atts, scan.qspans, text)
    atts = _drop_boilerplate(doc, atts)
    return _resolve(doc, atts, resolve_speakers)


def _direct_quotes(scan: _Scan) -> None:
    """Quotations with a cue: tail cues first, then lead cues, then further fragments and dash signatures."""
    doc, table = scan.doc, cues()
    for qi, q in enumerate(scan.quotes):
        ct = scan.tok_at(q.close) if q.close is not None else None
        cue = _tail_cue(doc, ct, scan.cue_toks, scan.qspans) if ct is not None else None
        if cue is not None and cue.i not in scan.used_cues:
            scan.claim(qi, _direct(cue, q, table), cue)
    for qi, q in enumerate(scan.quotes):
        ot = scan.tok_at(q.open)
        cue = (
            _lead_cue(doc, ot, scan.cue_toks, scan.qspans)
            if qi not in scan.claimed and ot is not None
            else None
        )
        if cue is None:
            continue
        owner = next((a for a in scan.atts if a.cue is not None and a.cue.i == cue.i), None)
        if owner is not None:  # '"A," he said, "B"': a second fragment
            _add_fragment(owner, q)
            scan.claim(qi, owner)
        elif cue.i not in scan.used_cues:
            scan.claim(qi, _direct(cue, q, table), cue)
    for qi, q in enumerate(scan.quotes):  # '"A," he said. "B."' and later in the paragraph
        prev = scan.claimed.get(qi - 1)
        if qi in scan.claimed or prev is None or prev.cue is None or not prev.fragments:
            continue
        if prev.fragments[-1][1] <= q.open and _follows(
            doc, prev.cue, scan.tok_at(q.open), scan.cue_toks, strict=False
        ):
            _add_fragment(prev, q)
            scan.claim(qi, prev)
    for qi, q in enumerate(scan.quotes):  # '"..." ― Carla Sanchez'
        att = _dash(doc, q, scan.text) if qi not in scan.claimed and q.close is not None else None
        if att is not None:
            scan.claim(qi, att)


def _indirect_quotes(scan: _Scan) -> None:
    """Cue verbs with a content clause (not inside quotations: those are the speaker's words)."""
    doc, table = scan.doc, cues()
    for i, cue in sorted(scan.cue_toks.items()):
        spec = table[cue.lemma_]
        if i in scan.used_cues or _in_any(cue.idx, scan.qspans) or spec.content == "direct":
            continue
        if cue.pos_ not in ("VERB", "AUX") or (cue.dep_ == "pcomp" and cue.head.head.lemma_ == "quote"):
            continue  # also the "saying" of "quoted him as saying"
        if spec.finite and cue.tag_ in ("VBG", "VBN") and cue.dep_ in ("advcl", "acl", "xcomp"):
            continue
        speaker, via = _quoted_speaker(cue) if cue.lemma_ == "quote" else (_speaker_token(cue), None)
        passive = speaker is None and any(c.dep_ == "auxpass" for c in cue.children)
        if speaker is None and not passive:
            continue
        exclude = set(range(*_subtree_range(speaker))) if speaker is not None and speaker.i < cue.i else set()
        rng = _content(doc, cue, spec, exclude, scan.sents)
        if rng is None:
            continue
        a, b = rng
        if passive:  # "troops were reported to have fled": no source, the subject is part of the content
            subj = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
            a = min(a, subj.left_edge.i) if subj is not None else a
        elif a <= speaker.i < b and speaker.i > cue.i:  # inverted "..., said X" inside a parenthetical range
            a, b = _trim(doc, a, min(b, speaker.left_edge.i))
            if b - a < 2:
                continue
        if b - a <= 5 and any(_reports(scan.cue_toks.get(j)) for j in range(a, b)):
            continue  # "McAuliffe has said": another attribution's cue, not content
        scan.atts.append(_indirect(doc, cue, spec, speaker, via, a, b))


def _reports(tok: Token | None) -> bool:
    """Is ``tok`` a reporting verb that takes content ("said", not "continuing" or "questions")?"""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and cues()[tok.lemma_].content != "direct"


def _according_to(scan: _Scan) -> None:
    """``According to X, ...`` and ``..., according to X``: the rest of the sentence."""
    doc = scan.doc
    spec = Cue("according to", "speech", "clause")
    for acc in scan.according:
        speaker = next((c for c in acc.nbor(1).children if c.dep_ == "pobj"), None)
        if speaker is None or _in_any(acc.idx, scan.qspans):
            continue
        sent = scan.sents.of(acc.i)
        a, b = _subtree_range(acc)
        a, b = _trim(doc, *((b, sent.end) if a <= sent.start + 1 else (sent.start, a)))
        if b - a >= 3:
            scan.atts.append(_indirect(doc, acc, spec, speaker, None, a, b, "according to"))


def _noun_cues(scan: _Scan) -> None:
    """``Trump's claim that ...``, ``her support for X``: a reporting noun with its owner as speaker."""
    doc = scan.doc
    spec = Cue("noun", "speech", "object")
    for noun in scan.nouns:
        if _in_any(noun.idx, scan.qspans):
            continue
        speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
        content = [
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS)
        ]
        if speaker is None or not content:
            continue
        a, b = _trim(doc, content[0].left_edge.i, content[-1].right_edge.i + 1)
        if content[0].dep_ == "prep" and a < b and doc[a].lower_ in TOPIC_PREPS:
            a += 1
        if b - a >= 2:
            scan.atts.append(_indirect(doc, noun, spec, speaker, None, a, b))


def _headlines(scan: _Scan) -> None:
    """Lines of the form ``Lavrov: ...`` (and transcript turns)."""
    doc = scan.doc
    surnames = frozenset(e[-1].lower_ for e in doc.ents if e.label_ == "PERSON")
    for sent in scan.sents.spans:
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
            att = _headline(doc, sent, surnames)
            if att is not None and not any(x.start <= att.start < x.end for x in scan.atts):
                scan.atts.append(att)


def _leftover_quotations(scan: _Scan) -> None:
    """Quotations no cue claimed: the continuation of an indirect quote ('..., Schiff said. "The other
    factor ..."'), a labelled phrase ('what he called "..."'), or a paragraph of the last speaker's words."""
    doc = scan.doc
    for qi, q in enumerate(scan.quotes):
        if qi in scan.claimed:
            continue
        before = [x for x in scan.atts if x.cue is not None and x.kind == "indirect" and x.end <= q.open]
        prev = max(before, key=lambda x: x.end, default=None)
        if prev is not None and _follows(doc, prev.cue, scan.tok_at(q.open), scan.cue_toks, strict=True):
            prev.fragments = (*(prev.fragments or ((prev.start, prev.end),)), (q.start, q.end))
            prev.end = q.end
            scan.claim(qi, prev)
    for qi, q in enumerate(scan.quotes):
        if qi in scan.claimed or any(
            x.start <= q.start < x.end or q.start <= x.start < q.start + 40 for x in scan.atts
        ):
            continue
        att = _labelled(doc, q, scan.tok_at(q.open)) or _unattributed(doc, q, scan.atts, scan.text)
        if att is not None:
            scan.claim(qi, att)


def _direct(cue: Token, q: Quotation, table: dict[str, Cue]) -> _Attribution:
    if cue.lemma_ == "quote":
        speaker, via = _quoted_speaker(cue)
    else:
        speaker, via = _speaker_token(cue), None
    cls = table[cue.lemma_].cls if cue.lemma_ in table else "speech"
    return _Attribution("direct", q.start, q.end, cue, cue.text, cls, speaker, via, ((q.start, q.end),))


def _add_fragment(att: _Attribution, q: Quotation) -> None:
    att.fragments = (*att.fragments, (q.start, q.end))
    att.start = min(att.start, q.start)
    att.end = max(att.end, q.end)


def _indirect(
    doc: Doc,
    cue: Token,
    spec: Cue,
    speaker: Token | None,
    via: Token | None,
    a: int,
    b: int,
    cue_text: str | None = None,
) -> _Attribution:
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    return _Attribution("indirect", start, end, cue, cue_text or cue.text, spec.cls, speaker, via)


def _dedupe(atts: list[_Attribution], qspans: list[tuple[int, int]], text: str) -> list[_Attribution]:
    """Mark mixed quotes; drop an attribution whose content repeats an earlier one's."""
    out: list[_Attribution] = []
    for att in sorted(atts, key=lambda x: (x.start, -(x.end - x.start))):
        for a, b in qspans:
            if att.kind != "direct" and a <= att.start <= a + 2 and att.end < b:
                att.kind, att.start, att.end = (
                    "direct",
                    a,
                    b,
                )  # 'According to X, "A. B."': the whole quotation
            if att.kind != "direct" and att.start <= a - 1 and a < att.end and att.end <= b <= att.end + 2:
                att.end = min(b + 1, len(text))  # through the closing mark: 'said X "remain in force."'
        if att.kind == "indirect" and any(att.start <= a - 1 and b <= att.end + 1 for a, b in qspans):
            att.kind = "mixed"
        same = next((o for o in out if _iou((o.start, o.end), (att.start, att.end)) > 0.8), None)
        if same is not None and (
            _same_tok(same.speaker, att.speaker) or same.kind == "direct" or att.cue is None
        ):
            continue
        out.append(att)
    return sorted(out, key=lambda x: x.start)


def _same_tok(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _drop_boilerplate(doc: Doc, atts: list[_Attribution]) -> list[_Attribution]:
    regions = getattr(doc._, "claimx_boilerplate", None) if Doc.has_extension("claimx_boilerplate") else None
    if not regions:
        return atts
    return [a for a in atts if not any(r.start <= a.start < r.end for r in regions)]


def _resolve(doc: Doc, atts: list[_Attribution], resolve: bool) -> list[QuoteMatch]:
    """Speaker mentions, typed; named speakers registered; pronouns and descriptions resolved."""
    registry = SpeakerRegistry(doc)
    mentions: list[Mention | None] = []
    for att in atts:
        if att.headline_speaker is not None:
            m = mention(att.speaker, registry.surnames)
            m.start, m.end = att.headline_speaker
            if m.name is None:
                m.name = doc[m.start : m.end].text
                m.type = "person" if att.speaker.lower_ in registry.surnames else m.type
        else:
            m = mention(att.speaker, registry.surnames) if att.speaker is not None else None
        mentions.append(m)
        if m is not None and m.name and m.type == "person":
            registry.add_speaker(doc[m.start].idx, m)
    order = sorted(
        range(len(atts)), key=lambda i: doc[mentions[i].start].idx if mentions[i] else atts[i].start
    )
    names: dict[int, str | None] = {}
    for i in order:
        m = mentions[i]
        if m is None:
            continue
        pos = doc[m.start].idx
        name = m.name
        if name and m.type == "person":
            name = registry.canonical(name)
        elif resolve and m.head.lower_ in SPEAKER_PRONOUNS:
            name = registry.pronoun(pos, m.type)
            if name and m.type in ("group", "organization"):
                m.type = next((k for _, n, k in registry.speakers if n == name), m.type)
        elif resolve and not name:
            name = registry.description(doc[m.start : m.end].text, pos)
            if name:
                m.type = "person"
        names[i] = name
        if name:
            registry.note(pos, name, m.type)
    out = []
    for i, att in enumerate(atts):
        m = mentions[i]
        cue = att.cue
        cue_len = len(cue) if cue is not None else 0
        if cue is not None and att.cue_text and doc.text[cue.idx :].lower().startswith(att.cue_text.lower()):
            cue_len = len(att.cue_text)  # a phrase cue ("according to") covers more than its first token
        out.append(
            QuoteMatch(
                kind=att.kind,
                start=att.start,
                end=att.end,
                cue=att.cue_text,
                cue_start=cue.idx if cue is not None else None,
                cue_end=cue.idx + cue_len if cue is not None else None,
                cue_class=att.cue_class,
                speaker=speaker_match(m, doc, names.get(i)) if m is not None else None,
                via=att.via.text if att.via is not None else None,
                fragments=att.fragments if len(att.fragments) > 1 else (),
            )
        )
    return out
