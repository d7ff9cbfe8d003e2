"""Quote attribution on PolNeAR (or any gold JSONL in its format): all attributions and direct+mixed.

usage: uv run python benchmarks/polnear.py PATH/polnear.dev.jsonl [--model M] [--dump PRED.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimx.evaluate.quotes import predict_quotes, read_jsonl, score_quotes
from claimx.model import load_pipeline

SHOWN = ("exact", "ggt@0.3", "ggt@0.8", "ggt_merged@0.3", "ggt_merged@0.8")


def _table(title: str, result: dict) -> str:
    lines = [title, f"  {'protocol':<16}{'P':>7}{'R':>7}{'F1':>7}{'spk':>7}"]
    for key in SHOWN:
        r = result["protocols"][key]
        spk = r.get("speaker_acc")
        lines.append(f"  {key:<16}{r['p']:>7}{r['r']:>7}{r['f1']:>7}{'' if spk is None else spk:>7}")
    lines.append(f"  chars P {result['chars']['p']} R {result['chars']['r']}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--model", default=None)
    ap.add_argument("--dump", type=Path, default=None, help="write the predictions as JSONL")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    gold = {r["id"]: r for r in read_jsonl(args.path)}
    t0 = time.perf_counter()
    pred = predict_quotes(gold.values(), nlp)
    secs = time.perf_counter() - t0
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for rec in pred.values():
                fh.write(json.dumps(rec) + "\n")
    n_gold = sum(len(g["quotes"]) for g in gold.values())
    n_pred = sum(len(p["quotes"]) for p in pred.values())
    print(f"{len(gold)} documents, {n_gold} gold attributions, {n_pred} predicted ({secs:.1f}s)")
    print(_table("all attributions", score_quotes(gold, pred)))
    print(_table("direct quotes, like for like", score_quotes(gold, pred, {"direct"}, like_for_like=True)))
    direct_mixed = {"direct", "mixed"}
    print(_table("direct + mixed, like for like", score_quotes(gold, pred, direct_mixed, like_for_like=True)))
    print(
        _table(
            "direct + mixed, all predictions (score_quotes.py --gold-kind direct mixed)",
            score_quotes(gold, pred, direct_mixed),
        )
    )


if __name__ == "__main__":
    main()
