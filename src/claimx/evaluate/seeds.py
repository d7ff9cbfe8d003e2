"""Scoring against claimx's own hand-made gold (``fixtures/seeds.gold.json``, format ``claimx-gold/1``).

The protocol is the project's acceptance test:
- a quote matches a gold quote (or one of its alt spans) at character IoU >= 0.5, after
  trimming quote marks and edge punctuation; greedy one-to-one. Predictions lying mostly
  inside a gold quote (the quoted fragment of a mixed quote) are neutral, not false positives;
- a claim matches a gold claim when the spans overlap; values within 1 %;
- a speaker is right when one of the gold's accepted strings occurs in ``speaker.name`` or
  ``speaker.text``;
- ``not_quotes`` / ``not_claims`` are traps: anything overlapping them is a leak.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from claimx.evaluate.spans import trim_span
from claimx.records import Claim, Document, Quote

QUALIFIERS = {None: "=", "more than": ">", "over": ">", "at least": ">=", "up to": "<=", "about": "~",
              "around": "~", "almost": "~"}  # fmt: skip


def load_gold(path: Path) -> dict:
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    if gold.get("format") != "claimx-gold/1":
        raise ValueError(f"{path}: not a claimx-gold/1 file")
    return gold


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _speaker_ok(record: Quote | Claim, accept: list[str]) -> bool:
    sp = record.speaker
    hay = f"{sp.name or ''} {sp.text}".lower() if sp else ""
    return any(a.lower().removeprefix("the ").removeprefix("a ") in hay for a in accept)


def _close(pred: float | None, gold: float | None) -> bool:
    if gold is None:
        return True
    return pred is not None and abs(pred - gold) <= 0.01 * max(1.0, abs(gold))


def _show(value: object) -> str:
    """A value in a miss line: text as text (white space folded, no \\xa0 escapes), quoted."""
    if isinstance(value, str):
        return '"' + " ".join(value.split()) + '"'
    return repr(value)


def score_documents(docs: Iterable[Document], gold: dict, texts: dict[str, str]) -> tuple[dict, list[str]]:
    """Score ``docs`` against ``gold``; ``texts`` maps document id to its original text.

    Returns the summary figures and a list of human-readable misses."""
    by_id = {d.id: d for d in docs}
    n: Counter = Counter()
    misses: list[str] = []
    for gd in gold["documents"]:
        raw, did = texts[gd["id"]], gd["id"]
        pd = by_id.get(did) or Document(id=did)
        n["missing_docs"] += did not in by_id
        preds = [(trim_span(raw, q.start, q.end), q) for q in pd.quotes]
        n["q_pred"] += len(preds)
        used: set[int] = set()
        for gq in gd["quotes"]:
            spans = [trim_span(raw, gq["start"], gq["end"])] + [
                trim_span(raw, a, b) for a, b in gq["alt_spans"]
            ]
            cands = [(max(_iou(ps, g) for g in spans), i) for i, (ps, _) in enumerate(preds) if i not in used]
            best, best_i = max(cands, default=(0.0, None))
            hit = best >= 0.5
            if hit:
                used.add(best_i)
            level = gq["level"]
            if level in ("core", "stretch"):
                n[f"q_{level}"] += 1
                n[f"q_{level}_hit"] += hit
                if not hit:
                    misses.append(f"{did} quote {gq['id']} ({level}) missed: {_show(gq['text'][:70])}")
            if hit and gq["speaker"] and level != "optional":
                ok = _speaker_ok(preds[best_i][1], gq["speaker"])
                n["q_spk"] += 1
                n["q_spk_ok"] += ok
                if not ok:
                    misses.append(
                        f"{did} quote {gq['id']} speaker {preds[best_i][1].speaker}, want {gq['speaker']}"
                    )
        gold_spans = [(g["start"], g["end"]) for g in gd["quotes"]]
        for i, (ps, _) in enumerate(preds):
            if i in used:
                continue
            inside = max((min(ps[1], g[1]) - max(ps[0], g[0]) for g in gold_spans), default=0)
            if inside >= 0.5 * max(1, ps[1] - ps[0]):
                continue
            leak = any(_overlaps(ps, (t["start"], t["end"])) for t in gd["not_quotes"])
            n["q_leak" if leak else "q_fp"] += 1
            misses.append(
                f"{did} {'leaked non-quote' if leak else 'extra quote'} {_show(raw[ps[0] : ps[1]][:60])}"
            )

        cpreds = [((c.start, c.end), c) for c in pd.claims]
        n["c_pred"] += len(cpreds)
        used = set()
        for gc in gd["claims"]:
            span = (gc["start"], gc["end"])
            hit_i = next(
                (i for i, (ps, _) in enumerate(cpreds) if i not in used and _overlaps(ps, span)), None
            )
            if hit_i is not None:
                used.add(hit_i)
            if gc["level"] != "core":
                continue
            n["c_core"] += 1
            if hit_i is None:
                misses.append(f"{did} claim {gc['id']} missed: {_show(gc['anchor'])}")
                continue
            n["c_core_hit"] += 1
            p = cpreds[hit_i][1]
            v_ok = _close(p.value, gc["value"]) and _close(p.low, gc["low"]) and _close(p.high, gc["high"])
            q_ok = p.qualifier == QUALIFIERS.get(gc["qualifier"], gc["qualifier"]) or (
                gc["qualifier"] == "between" and p.low is not None and p.high is not None
            )
            n["c_val_ok"] += v_ok
            n["c_qual_ok"] += q_ok
            if not (v_ok and q_ok):
                misses.append(f"{did} claim {_show(gc['anchor'])} got {p.value, p.low, p.high, p.qualifier}")
            if gc["speaker"]:
                ok = _speaker_ok(p, gc["speaker"])
                n["c_spk"] += 1
                n["c_spk_ok"] += ok
                if not ok:
                    anchor = _show(gc["anchor"])
                    misses.append(f"{did} claim {anchor} speaker {p.speaker}, want {gc['speaker']}")
        for i, (ps, _) in enumerate(cpreds):
            if i not in used:
                leak = any(_overlaps(ps, (t["start"], t["end"])) for t in gd["not_claims"])
                n["c_leak" if leak else "c_fp"] += 1
                if leak:
                    misses.append(f"{did} leaked non-claim {_show(raw[ps[0] : ps[1]])}")

        meta = gd["meta"]
        n["meta"] += 2
        n["meta_ok"] += (pd.title or "").strip() == meta["title"]
        n["meta_ok"] += (pd.published in meta["published"]) if meta["published"] else pd.published is None
        if (pd.title or "").strip() != meta["title"]:
            misses.append(f"{did} title {_show(pd.title)}, want {_show(meta['title'])}")

    def ratio(a: str, b: str) -> float:
        return n[a] / n[b] if n[b] else 0.0

    summary = {
        "quote_core_recall": ratio("q_core_hit", "q_core"),
        "quote_stretch_recall": ratio("q_stretch_hit", "q_stretch"),
        "quote_precision": (n["q_pred"] - n["q_fp"] - n["q_leak"]) / n["q_pred"] if n["q_pred"] else 0.0,
        "quote_speaker_acc": ratio("q_spk_ok", "q_spk"),
        "quote_leaks": n["q_leak"],
        "claim_core_recall": ratio("c_core_hit", "c_core"),
        "claim_value_acc": ratio("c_val_ok", "c_core_hit"),
        "claim_qualifier_acc": ratio("c_qual_ok", "c_core_hit"),
        "claim_speaker_acc": ratio("c_spk_ok", "c_spk"),
        "claim_extra": n["c_fp"],
        "claim_leaks": n["c_leak"],
        "meta_acc": ratio("meta_ok", "meta"),
        "missing_docs": n["missing_docs"],
    }
    return summary, misses


def evaluate_seeds(gold_path: Path, extractor, seeds_dir: Path | None = None) -> dict:
    """Run ``extractor`` over the gold's documents (read from ``seeds_dir``, by default the
    ``seeds/`` folder beside the gold's folder) and score them."""
    from claimx.ingest import Source

    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    seeds_dir = Path(seeds_dir) if seeds_dir else gold_path.resolve().parent.parent / "seeds"
    texts = {d["id"]: (seeds_dir / f"{d['id']}.txt").read_text(encoding="utf-8") for d in gold["documents"]}
    sources = [Source(doc_id, text, str(seeds_dir / f"{doc_id}.txt")) for doc_id, text in texts.items()]
    docs = [d for d in extractor.extract_sources(sources) if isinstance(d, Document)]
    summary, misses = score_documents(docs, gold, texts)
    return {**summary, "misses": misses}
