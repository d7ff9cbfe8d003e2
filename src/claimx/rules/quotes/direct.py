"""Direct quotes: a quotation with a tail cue (``"...," X said``), a lead cue (``X said: "..."``),
further fragments, dash signatures, labelled phrases and paragraphs that continue the last speaker."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimx.data import load
from claimx.rules.quotes.cues import Cue, cues
from claimx.rules.quotes.marks import CLOSE_MARKS, QUOTE_TOKENS, Quotation
from claimx.rules.quotes.scan import (
    CLAUSE_GAP_DEPS,
    CONTENT_DEPS,
    FRAGMENT_JOINS,
    LABEL_VERBS,
    MAX_GAP_TOKENS,
    MAX_UNATTRIBUTED_PARAGRAPHS,
    MIN_UNATTRIBUTED_WORDS,
    PARAGRAPH_BREAK_RE,
    Attribution,
    Scan,
    in_any,
    quoted_speaker,
    speaker_token,
)


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
    """A cue with its own that-clause outside the quotation is not the quotation's cue (unless the
    parser also hung the quotation's clause on it: '"You should resign," Warren told him, after he
    admitted he had not been held accountable')."""
    clauses = [c for c in cue.children if c.dep_ in CONTENT_DEPS]
    return any(not in_any(c.idx, qspans) for c in clauses) and not any(in_any(c.idx, qspans) for c in clauses)


def _lead_cue(
    doc: Doc, open_tok: int, cue_toks: dict[int, Token], qspans: list[tuple[int, int]]
) -> Token | None:
    """``X said: "..."`` / ``X told reporters, "..."``: a cue clause ending in ':' or ',' before the mark."""
    if open_tok == 0:
        return None
    prev = doc[open_tok - 1]
    if prev.is_space and open_tok >= 2 and doc[open_tok - 2].text == ":":
        verb = doc[open_tok - 2].head  # 'He said:\n\n"We have ..."', 'The Times reports:\n\n"..."'
        return verb if verb.pos_ in ("VERB", "AUX") and speaker_token(verb) is not None else None
    if "\n" in prev.text_with_ws:
        return None
    for k in range(open_tok - 1, max(-1, open_tok - 1 - MAX_GAP_TOKENS), -1):
        tok = doc[k]
        if ("\n" in tok.text_with_ws and k != open_tok - 1) or in_any(tok.idx, qspans):
            return None
        if k in cue_toks:
            if k != open_tok - 1 and prev.text not in {",", ":", "—"}:
                return None
            gap_ok = all(_gap_ok(doc[g], tok) or doc[g].is_punct for g in range(k + 1, open_tok))
            return tok if gap_ok and not _has_outside_content(tok, qspans) else None
    return None


def follows(doc: Doc, cue: Token, open_tok: int | None, cue_toks: dict[int, Token], *, strict: bool) -> bool:
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


TITLE_STRIP = "\"'“”‘’.,;:!?()"
MAX_TITLE_WORDS = 8
MAX_LEAD_TOKENS = 15  # words before a quotation that can be its clause's subject or opening phrase
SENTENCE_INSIDE_RE = re.compile(r"[.?!]\s+\S")

_DASH_RE = re.compile(r"[ \t,.]*[―—]\s*([^\n]{2,80}?)[\s.]*(?:\n|$)")


def _labelled(doc: Doc, q: Quotation, open_tok: int | None) -> Attribution | None:
    """``what he called a "brazen breach"``, ``described it as "toothless"``: a short mixed quote."""
    if open_tok is None:
        return None
    for k in range(open_tok - 1, max(-1, open_tok - 5), -1):
        verb = doc[k]
        if "\n" in verb.text_with_ws or verb.is_sent_end:
            return None
        if verb.lemma_ in LABEL_VERBS and verb.pos_ == "VERB":
            speaker = speaker_token(verb)
            if speaker is None:
                return None
            start = speaker.left_edge.i if verb.dep_ == "relcl" and speaker.i < verb.i else verb.i + 1
            start = min(start, open_tok)
            return Attribution("mixed", doc[start].idx, q.end, verb, verb.text, "speech", speaker)
    return None


def _unattributed(doc: Doc, q: Quotation, atts: list[Attribution], text: str) -> Attribution | None:
    """A quotation of several words with no cue of its own: the words of the last speaker, if any
    spoke in this or the previous paragraph."""
    if len(text[q.start : q.end].split()) < MIN_UNATTRIBUTED_WORDS:
        return None
    before = [x for x in atts if x.end <= q.open and x.speaker is not None and x.statement]
    prev = max(before, key=lambda x: x.end, default=None)
    if prev is None or len(PARAGRAPH_BREAK_RE.findall(text, prev.end, q.open)) > MAX_UNATTRIBUTED_PARAGRAPHS:
        return None
    return Attribution(
        "direct", q.start, q.end, None, None, prev.cue_class, prev.speaker, prev.via, ((q.start, q.end),),
        headline_speaker=prev.headline_speaker,
    )  # fmt: skip


def _dash(doc: Doc, q: Quotation, text: str) -> Attribution | None:
    """``"..." ― Krystal Correa``: a quotation signed with a dash and a name."""
    m = _DASH_RE.match(text, q.close + 1)
    if m is None:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or not span[0].text[:1].isupper():
        return None
    return Attribution(
        "direct", q.start, q.end, None, "―", "speech", span[-1], fragments=((q.start, q.end),),
        headline_speaker=(span.start, span.end),
    )  # fmt: skip


def named_work(scan: Scan, q: Quotation) -> bool:
    """``On the episode of "The Morning Show," she said``, ``his book ''Make Your Kid a Millionaire''``,
    ``the nickname "Lyin' Ted."``: a title or a nickname in quotation marks (every word capitalised but
    the small ones, inside a sentence that started before it), not a quote (``"We're America."``)."""
    text = scan.text[q.start : q.end]
    if SENTENCE_INSIDE_RE.search(text):
        return False
    first = scan.tok_at(q.start)
    if first is None or scan.sents.of(first).start >= first - 1:
        return False
    small = load("cues.json")["title_small_words"]
    words = [w.strip(TITLE_STRIP) for w in text.split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= MAX_TITLE_WORDS or not words[0][:1].isupper() or text.isupper():
        return False  # "WE WANT JUSTICE," the crowd chanted: shouting, still a quote
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def direct_quotes(scan: Scan) -> None:
    """Quotations with a cue: tail cues first, then lead cues, then further fragments and dash signatures."""
    doc, table = scan.doc, cues()
    leads: list[tuple[Attribution, int | None]] = []
    for qi, q in enumerate(scan.quotes):
        if named_work(scan, q):
            scan.claimed[qi] = None  # a title, never a quote: no cue takes it, no speaker continues in it
            scan.titles.append((q.start, q.end))
    for qi, q in enumerate(scan.quotes):
        if qi in scan.claimed:
            continue
        ct = scan.tok_at(q.close) if q.close is not None else None
        cue = _tail_cue(doc, ct, scan.cue_toks, scan.qspans) if ct is not None else None
        if cue is not None and cue.i not in scan.used_cues:
            att = make_direct(cue, q, table)
            leads.append((att, _subject_lead(scan, q)))
            scan.claim(qi, att, cue)
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
            add_fragment(owner, q)
            scan.claim(qi, owner)
        elif cue.i not in scan.used_cues:
            scan.claim(qi, make_direct(cue, q, table), cue)
    for qi, q in enumerate(scan.quotes):  # '"A," he said. "B."' and later in the paragraph
        prev = scan.claimed.get(qi - 1)
        if qi in scan.claimed or prev is None or prev.cue is None or not prev.fragments:
            continue
        if (
            prev.fragments[-1][1] <= q.open
            and follows(doc, prev.cue, scan.tok_at(q.open), scan.cue_toks, strict=False)
            and not _own_cue(scan, q, prev.cue)
        ):
            add_fragment(prev, q)
            scan.claim(qi, prev)
    for qi, q in enumerate(scan.quotes):  # '"..." ― Carla Sanchez'
        att = _dash(doc, q, scan.text) if qi not in scan.claimed and q.close is not None else None
        if att is not None:
            scan.claim(qi, att)
    for att, lead in leads:  # 'The country "has changed for the better," he said': one mixed statement
        if lead is not None and len(att.fragments) == 1:
            att.kind, att.start, att.fragments = "mixed", lead, ((lead, att.end),)


def _subject_lead(scan: Scan, q: Quotation) -> int | None:
    """``Not paying taxes "makes me smart," he said``, ``With 9,000 machines, "there is no single point
    of failure"``: the words that open the quotation's sentence and belong to its clause are part of
    what was said; the char where they start, or None."""
    doc, ot = scan.doc, scan.tok_at(q.open)
    if ot is None:
        return None
    start = scan.sents.of(ot).start
    while start < ot and (doc[start].is_space or doc[start].is_punct):
        start += 1
    lead = doc[start:ot]
    if not 0 < len(lead) <= MAX_LEAD_TOKENS or "\n" in lead.text:
        return None
    if any(t.i in scan.cue_toks or t.text in QUOTE_TOKENS or in_any(t.idx, scan.qspans) for t in lead):
        return None
    first, last = scan.tok_at(q.start), scan.tok_at(q.end - 1)
    if first is None or last is None or any(t.text == ":" for t in lead):
        return None  # 'She scolded him: "..."' introduces the quotation
    if any(a.i < ot for a in doc[first].ancestors):
        return None  # 'Bemoaning the "phony system"': the lead governs the quotation
    return lead[0].idx if any(first <= t.head.i <= last for t in lead) else None


def _own_cue(scan: Scan, q: Quotation, cue: Token) -> bool:
    """Does the sentence that holds quotation ``q`` have a cue of its own, outside the quotation
    ('"A," Warren said. "B" to drive up X, she said': B is the second statement's, not a fragment)?"""
    first = scan.tok_at(q.start)
    if first is None:
        return False
    sent = scan.sents.of(first)
    tokens = (scan.cue_toks[i] for i in range(first + 1, sent.end) if i in scan.cue_toks and i != cue.i)
    return any(not in_any(t.idx, scan.qspans) and speaker_token(t) is not None for t in tokens)


def leftover_quotations(scan: Scan) -> None:
    """Quotations no cue claimed: the continuation of an indirect quote ('..., Schiff said. "The other
    factor ..."'), a labelled phrase ('what he called "..."'), or a paragraph of the last speaker's words."""
    doc = scan.doc
    for qi, q in enumerate(scan.quotes):
        if qi in scan.claimed:
            continue
        before = [x for x in scan.atts if x.cue is not None and x.kind == "indirect" and x.end <= q.open]
        prev = max(before, key=lambda x: x.end, default=None)
        if prev is not None and follows(doc, prev.cue, scan.tok_at(q.open), scan.cue_toks, strict=True):
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


def make_direct(cue: Token, q: Quotation, table: dict[str, Cue]) -> Attribution:
    if cue.lemma_ == "quote":
        speaker, via = quoted_speaker(cue)
    else:
        speaker, via = speaker_token(cue), None
    cls = table[cue.lemma_].cls if cue.lemma_ in table else "speech"
    return Attribution("direct", q.start, q.end, cue, cue.text, cls, speaker, via, ((q.start, q.end),))


def add_fragment(att: Attribution, q: Quotation) -> None:
    att.fragments = (*att.fragments, (q.start, q.end))
    att.start = min(att.start, q.start)
    att.end = max(att.end, q.end)
