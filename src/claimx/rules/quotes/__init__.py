"""Quote attribution: who said what, as direct, indirect and mixed quotes.

The stages, one module each, run in this order over one ``Scan`` of the doc:

1. ``marks``: pair the quotation marks; ``cues``: find the reporting cues (``data/cues.json``);
2. ``direct``: quotations with a cue next to them (``"...," X said``, ``X said: "..."``), further
   fragments, dash signatures;
3. ``indirect``: a cue's content clause, ``according to X``, reporting nouns (``Trump's claim that``);
4. ``headlines``: ``Lavrov: ...`` and ``Russia Says ...`` lines;
5. ``direct`` again for the quotations left over (continuations, labels, the last speaker's words);
6. ``resolution``: repeats dropped, speakers typed and resolved (``rules.speakers``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.matches import QuoteMatch
from claimx.rules.quotes.cues import Cue, cue_matcher, cues, noun_classes
from claimx.rules.quotes.direct import direct_quotes, leftover_quotations
from claimx.rules.quotes.headlines import headlines
from claimx.rules.quotes.indirect import according_to, indirect_quotes, noun_cues
from claimx.rules.quotes.marks import Quotation, quotations
from claimx.rules.quotes.resolution import dedupe, drop_boilerplate, resolve
from claimx.rules.quotes.scan import Scan, Sentences
from claimx.rules.spans import doc_text

__all__ = ["Cue", "Quotation", "cues", "find_quotes", "noun_classes", "quotations"]


def find_quotes(doc: Doc, *, resolve_speakers: bool = True) -> list[QuoteMatch]:
    """Every attributed statement of ``doc`` with its speaker, in text order."""
    if not len(doc):
        return []
    text = doc_text(doc)
    quotes = quotations(text)
    scan = Scan(doc, text, quotes, [(q.start, q.end) for q in quotes], Sentences(doc), {}, [])
    for match_id, s, _e in cue_matcher(doc.vocab)(doc):
        label = doc.vocab.strings[match_id]
        if label == "ACCORDING":
            scan.according.append(doc[s])
        elif label == "NOUN":
            scan.nouns.append(doc[s])
        else:
            scan.cue_toks[s] = doc[s]
    direct_quotes(scan)
    indirect_quotes(scan)
    according_to(scan)
    noun_cues(scan)
    headlines(scan)
    leftover_quotations(scan)
    atts = dedupe(scan.atts, scan.qspans, text)
    atts = drop_boilerplate(doc, atts)
    return resolve(doc, atts, resolve_speakers)
