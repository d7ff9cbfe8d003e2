"""Quote attribution scored against gold JSONL in the PolNeAR format (``polnear.dev.jsonl``).

Each line: ``{"id", "text", "quotes": [{"quote_start", "quote_end", "quote_fragments",
"speaker_start", "speaker_end", "kind", ...}]}``. Protocols (as the literature reports them):

- ``strict`` / ``exact``: equal spans (``exact`` after trimming spaces, quote marks and edge punctuation);
- ``ggt@tau``: Gender Gap Tracker overlap, a prediction matches a gold quote when it covers at least
  ``tau`` of the gold characters, greedy one-to-one; the speaker is right when the mention spans overlap;
- ``ggt_merged@tau``: the same after merging the predictions that hit one and the same gold quote
  (PolNeAR keeps ``"A," he said. "B"`` as one attribution);
- ``chars``: overlapping characters over predicted (P) and gold (R) characters.

``kinds`` restricts the gold to some kinds (``{"direct", "mixed"}``); predictions that only hit
gold quotes of other kinds are then left out rather than counted as false positives. "Like for
like" also restricts the predictions to those kinds: the fair figure for direct quotes, since
PolNeAR leaves many reported statements unannotated that a full attribution system reports
(textacy's direct-quote baseline predicts only direct quotes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from claimx.evaluate.spans import trim_span

PROTOCOLS = ("strict", "exact", "ggt@0.3", "ggt@0.8", "ggt_merged@0.3", "ggt_merged@0.8")
BATCH_SIZE = 16


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def predict_quotes(
    records: Iterable[dict[str, Any]], nlp: Language, *, attributions: str = "all"
) -> dict[str, dict[str, Any]]:
    """Run claimx (the real extractor: normalisation, pipeline, offsets mapped back) over the
    records; predictions in the gold's record shape, by id. ``attributions``: ``"all"`` (PolNeAR's
    notion, the default here) or ``"speech"`` (the extractor's default)."""
    from claimx.extract import Extractor
    from claimx.ingest import Source
    from claimx.records import Document

    sources = [Source(str(r["id"]), r["text"]) for r in records]
    out: dict[str, dict[str, Any]] = {}
    for doc in Extractor(nlp=nlp, batch_size=BATCH_SIZE, attributions=attributions).extract_sources(sources):
        if not isinstance(doc, Document):
            continue  # a failed document predicts nothing (and so counts its gold as missed)
        quotes = []
        for q in doc.quotes:
            sp = q.speaker
            quotes.append(
                {
                    "quote_start": q.start,
                    "quote_end": q.end,
                    "quote_fragments": [list(f) for f in q.fragments] or [[q.start, q.end]],
                    "kind": q.kind,
                    "cue": q.cue,
                    "cue_class": q.cue_class,
                    "speaker": sp.text if sp else None,
                    "speaker_start": sp.start if sp else None,
                    "speaker_end": sp.end if sp else None,
                }
            )
        out[doc.id] = {"id": doc.id, "quotes": quotes}
    return out


def _chars(q: dict[str, Any]) -> set[int]:
    frags = q.get("quote_fragments") or [[q["quote_start"], q["quote_end"]]]
    return {i for a, b in frags for i in range(a, b)}


def _span_chars(q: dict[str, Any]) -> set[int]:
    return set(range(q["quote_start"], q["quote_end"]))


def _speaker_chars(q: dict[str, Any]) -> set[int]:
    if q.get("speaker_start") is None or q.get("speaker_end") is None:
        return set()
    return set(range(q["speaker_start"], q["speaker_end"]))


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}


def _merge(pred: list[dict], gold: list[dict]) -> list[dict]:
    """Union the predictions that overlap exactly one gold quote."""
    groups: dict[int, list[dict]] = {}
    singles = []
    for p in pred:
        pcs = _span_chars(p)
        hit = [i for i, g in enumerate(gold) if pcs & _chars(g)]
        if len(hit) == 1:
            groups.setdefault(hit[0], []).append(p)
        else:
            singles.append(p)
    merged = []
    for ps in groups.values():
        m = dict(ps[0])
        m["quote_fragments"] = [[p["quote_start"], p["quote_end"]] for p in ps]  # as score_quotes.py does
        merged.append(m)
    return merged + singles


def _greedy(gold: list[dict], cands: list[dict], tau: float) -> tuple[int, int, int, int]:
    """Greedy one-to-one overlap matching: (tp, fp, fn, speaker right)."""
    remaining = list(cands)
    tp = ok = 0
    for g in gold:
        gch = _chars(g)
        best, best_s = None, 0.0
        for p in remaining:
            s = len(gch & _chars(p)) / max(1, len(gch))
            if s >= tau and s > best_s:
                best, best_s = p, s
        if best is not None:
            remaining.remove(best)
            tp += 1
            gs, ps = _speaker_chars(g), _speaker_chars(best)
            ok += bool(gs & ps) or (not gs and not ps)
    return tp, len(remaining), len(gold) - tp, ok


def score_quotes(
    gold: dict[str, dict[str, Any]],
    pred: dict[str, dict[str, Any]],
    kinds: set[str] | None = None,
    *,
    like_for_like: bool = False,
) -> dict[str, Any]:
    """Score predictions against gold (both by id, in the gold's record shape).

    ``kinds`` restricts the gold; with ``like_for_like`` the predictions are restricted to the
    same kinds too (our direct quotes against the gold's direct quotes), otherwise every
    prediction that hits no gold quote at all counts as a false positive of those kinds."""
    tot = {k: [0, 0, 0] for k in PROTOCOLS}
    spk = {k: 0 for k in PROTOCOLS if k.startswith("ggt")}
    overlap = pred_chars = gold_chars = 0
    for did, g in gold.items():
        text = g["text"]
        gq = [q for q in g["quotes"] if kinds is None or q.get("kind") in kinds]
        other = [_chars(q) for q in g["quotes"] if not (kinds is None or q.get("kind") in kinds)]
        pq = []
        for p in pred.get(did, {}).get("quotes", []):
            if like_for_like and kinds is not None and p.get("kind") not in kinds:
                continue
            pcs = _span_chars(p)
            if any(pcs & o for o in other) and not any(pcs & _chars(q) for q in gq):
                continue  # only hits gold quotes of other kinds
            pq.append(p)
        gs = {(q["quote_start"], q["quote_end"]) for q in gq}
        ps = {(p["quote_start"], p["quote_end"]) for p in pq}
        for key, gset, pset in (
            ("strict", gs, ps),
            ("exact", {trim_span(text, *s) for s in gs}, {trim_span(text, *s) for s in ps}),
        ):
            tp = len(gset & pset)
            tot[key][0] += tp
            tot[key][1] += len(pset) - tp
            tot[key][2] += len(gset) - tp
        merged = _merge(pq, gq)
        for key, tau, cands in (
            ("ggt@0.3", 0.3, pq),
            ("ggt@0.8", 0.8, pq),
            ("ggt_merged@0.3", 0.3, merged),
            ("ggt_merged@0.8", 0.8, merged),
        ):
            tp, fp, fn, ok = _greedy(gq, cands, tau)
            tot[key][0] += tp
            tot[key][1] += fp
            tot[key][2] += fn
            spk[key] += ok
        gu = set().union(*(_chars(q) for q in gq))
        pu = set().union(*(_span_chars(p) for p in pq))
        overlap += len(gu & pu)
        pred_chars += len(pu)
        gold_chars += len(gu)
    protocols: dict[str, dict[str, Any]] = {}
    for key, (tp, fp, fn) in tot.items():
        protocols[key] = {**_prf(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}
        if key in spk:
            protocols[key]["speaker_acc"] = round(100 * spk[key] / tp, 1) if tp else None
    chars = {
        "p": round(100 * overlap / pred_chars, 1) if pred_chars else 0.0,
        "r": round(100 * overlap / gold_chars, 1) if gold_chars else 0.0,
    }
    return {"protocols": protocols, "chars": chars}


def evaluate_quotes(gold_path: Path, nlp: Language, *, kinds: Iterable[str] | None = None) -> dict[str, Any]:
    """Run claimx over the gold file's texts and score its quotes in every protocol.

    Without ``kinds``: all attributions, plus direct quotes and direct+mixed quotes, like for
    like. With ``kinds``: only those kinds, like for like."""
    gold = {r["id"]: r for r in read_jsonl(Path(gold_path))}
    pred = predict_quotes(gold.values(), nlp)
    if kinds:
        result = score_quotes(gold, pred, set(kinds), like_for_like=True)
        return {"documents": len(gold), "kinds": sorted(set(kinds)), **result}
    return {
        "documents": len(gold),
        "all": score_quotes(gold, pred),
        "direct": score_quotes(gold, pred, {"direct"}, like_for_like=True),
        "direct+mixed": score_quotes(gold, pred, {"direct", "mixed"}, like_for_like=True),
    }
