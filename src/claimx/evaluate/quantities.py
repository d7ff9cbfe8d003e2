"""Scoring ``claimx_claims`` against quantity corpora (NewsQuant, MeasEval JSONL).

Records: ``{"id", "text", "quantities": [{"start", "end", "value", "unit", "change"?, ...}]}``.
Spans match greedily one-to-one on any character overlap (the corpora differ on whether
qualifier words belong to the span). Value accuracy is over matched single values (within
1 %); qualifier accuracy compares our qualifier with NewsQuant's ``change`` (= ~ > <); change
accuracy compares our ``change`` with the gold directions (up, down).
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from claimx.matches import QuantityMatch

# our qualifier -> NewsQuant's change; "up"/"down" in the gold are directions, not qualifiers
_CHANGE = {"=": "=", "~": "~", ">": ">", ">=": ">", "<": "<", "<=": "<"}


def read_gold(path: Path) -> list[dict]:
    """The records of a quantity JSONL file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) of overlapping spans, largest overlap first."""
    pairs = sorted(
        (
            (min(g[1], p[1]) - max(g[0], p[0]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for overlap, gi, pi in pairs:
        if overlap <= 0:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _close(pred: float | None, gold: float | None) -> bool:
    return pred is not None and gold is not None and abs(pred - gold) <= 0.01 * max(1.0, abs(gold))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score_records(records: list[dict], predictions: list[list[QuantityMatch]], dataset: str = "") -> dict:
    """Span P/R/F1, value and qualifier accuracy of ``predictions`` (one list per record)."""
    tp = n_pred = n_gold = 0
    val_ok = val_n = qual_ok = qual_n = dir_ok = dir_n = 0
    for record, preds in zip(records, predictions, strict=True):
        gold = record.get("quantities") or []
        pairs = match_spans([(g["start"], g["end"]) for g in gold], [(p.start, p.end) for p in preds])
        tp += len(pairs)
        n_pred += len(preds)
        n_gold += len(gold)
        for gi, pi in pairs:
            g, p = gold[gi], preds[pi]
            if g.get("value") is not None:  # a single gold value: ours must be close (None is wrong)
                val_n += 1
                val_ok += _close(p.value, g["value"])
            change = g.get("change")
            if change in ("=", "~", ">", "<"):
                qual_n += 1
                qual_ok += _CHANGE[p.qualifier] == change
            elif change in ("up", "down"):
                dir_n += 1
                dir_ok += p.change == change
    return {
        "dataset": dataset,
        "documents": len(records),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "span": _prf(tp, n_pred, n_gold),
        "value_acc": round(val_ok / val_n, 4) if val_n else None,
        "qualifier_acc": round(qual_ok / qual_n, 4) if qual_n else None,
        "change_acc": round(dir_ok / dir_n, 4) if dir_n else None,
    }


def evaluate_quantities(gold_path: Path, nlp: Language) -> dict:
    """Run ``nlp`` over a NewsQuant or MeasEval JSONL file and score its ``claimx_claims``."""
    gold_path = Path(gold_path)
    records = read_gold(gold_path)
    docs = nlp.pipe((r["text"] for r in records), batch_size=16)
    predictions = [list(doc._.claimx_claims) for doc in docs]
    return score_records(records, predictions, dataset=gold_path.name)
