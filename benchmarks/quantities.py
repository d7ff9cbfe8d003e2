"""Score claimx's numeric claims on quantity corpora (NewsQuant, MeasEval JSONL).

usage: uv run python benchmarks/quantities.py PATH [PATH...] [--model M] [--misses]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimx.evaluate.quantities import _CHANGE, _close, evaluate_quantities, match_spans, read_gold
from claimx.model import load_pipeline


def show_misses(path: Path, nlp) -> None:
    """Print every missed gold span (-), every unmatched prediction (+), and every matched span whose
    value, qualifier or change is wrong (~)."""
    for record, doc in zip(read_gold(path), nlp.pipe(r["text"] for r in read_gold(path)), strict=True):
        gold = record.get("quantities") or []
        preds = doc._.claimx_claims
        pairs = match_spans([(g["start"], g["end"]) for g in gold], [(p.start, p.end) for p in preds])
        hit_g, hit_p = {g for g, _ in pairs}, {p for _, p in pairs}
        text = record["text"]
        for gi, pi in pairs:
            g, p, wrong = gold[gi], preds[pi], []
            if g.get("value") is not None and not _close(p.value, g["value"]):
                wrong.append(f"value {p.value} not {g['value']}")
            if g.get("change") in _CHANGE.values() and _CHANGE[p.qualifier] != g["change"]:
                wrong.append(f"qualifier {p.qualifier} not {g['change']}")
            if g.get("change") in ("up", "down") and p.change != g["change"]:
                wrong.append(f"change {p.change} not {g['change']}")
            if wrong:
                print(f"~ {record['id']} {text[p.start : p.end]!r} {'; '.join(wrong)}")
        for i, g in enumerate(gold):
            if i not in hit_g:
                print(f"- {record['id']} {g['text']!r} | {text[max(0, g['start'] - 40) : g['end'] + 30]!r}")
        for i, p in enumerate(preds):
            if i not in hit_p:
                context = text[max(0, p.start - 40) : p.end + 30]
                print(f"+ {record['id']} {text[p.start : p.end]!r} | {context!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--model", default=None, help="spaCy model name or path (default: claimx's resolver)")
    ap.add_argument("--misses", action="store_true", help="list missed and extra spans")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    for path in args.paths:
        t0 = time.perf_counter()
        result = evaluate_quantities(path, nlp)
        result["seconds"] = round(time.perf_counter() - t0, 2)
        print(json.dumps(result))
        if args.misses:
            show_misses(path, nlp)


if __name__ == "__main__":
    main()
