"""Headlines and label lines: ``Lavrov: Russia to help ...``, ``Russia Says ...``, transcript turns."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimx.data import load
from claimx.rules.quotes.marks import QUOTE_TOKENS
from claimx.rules.quotes.scan import Attribution, Scan, trim

LABEL_MAX_WORDS = 8  # a line after "Name:" shorter than this and with no verb is a label


def title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _headline(doc: Doc, sent, registry_names: frozenset[str]) -> Attribution | None:
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
    a, b = trim(doc, toks[colon].i + 1, end)
    if b - a < 3:
        return None
    stated = any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_TOKENS for t in doc[a:b])
    if b - a < LABEL_MAX_WORDS and not stated:
        return None  # a label line ("Anna Berg: the early years"), not a statement
    kind = "direct" if first else "indirect"  # '"WALLACE: ...': a transcript turn in quotation marks
    return Attribution(
        kind, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), None, ":", "speech", name[-1],
        headline_speaker=(name[0].i, name[-1].i + 1),
    )  # fmt: skip


def headlines(scan: Scan) -> None:
    """Lines of the form ``Lavrov: ...`` (and transcript turns)."""
    doc = scan.doc
    surnames = frozenset(e[-1].lower_ for e in doc.ents if e.label_ == "PERSON")
    captions = doc._.claimx_captions if Doc.has_extension("claimx_captions") else None
    for sent in scan.sents.spans:
        if captions and any(r.start <= sent.start_char < r.end for r in captions):
            continue  # a caption line ("Anna Berg: ... / Reuters") is a label, not a headline
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
            att = _headline(doc, sent, surnames)
            if att is not None and not any(x.start <= att.start < x.end for x in scan.atts):
                scan.atts.append(att)
