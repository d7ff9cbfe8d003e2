"""Throughput and memory: bare spaCy vs the full claimx extraction, in one run.

    uv run python benchmarks/throughput.py [--chars 1000000] [--repeat 2] [--model NAME]

Both modes run over the same texts (the seed articles repeated to about --chars
characters) with the same model and batch size, each in a fresh child process so that
its peak RSS is its own. Modes alternate (bare, claimx, bare, claimx, ...) and the best
time of each is kept, so machine noise hits both alike. Prints words/s for both, the
ratio claimx/bare (target >= 0.95) and peak RSS (target <= 400 MB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(chars: int) -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts, total = [], 0
    while total < chars:
        for a in articles:
            texts.append(a)
            total += len(a)
    return texts


def child(mode: str, chars: int, model: str | None, batch_size: int) -> dict:
    from claimx.extract import Extractor
    from claimx.ingest import Source
    from claimx.model import load_model

    texts = corpus(chars)
    words = sum(len(t.split()) for t in texts)
    if mode == "bare":
        nlp = load_model(model)
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    else:
        extractor = Extractor(model, batch_size=batch_size)
        sources = (Source(str(i), t) for i, t in enumerate(texts))
        start = time.perf_counter()
        for _ in extractor.extract_sources(sources):
            pass
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "words": words, "chars": sum(map(len, texts)), "seconds": seconds, "rss_mb": rss_mb}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model")
    ap.add_argument("--mode", choices=["bare", "claimx"], help=argparse.SUPPRESS)  # child process
    a = ap.parse_args()
    if a.mode:
        print(json.dumps(child(a.mode, a.chars, a.model, a.batch_size)))
        return
    best: dict[str, dict] = {}
    for _ in range(a.repeat):
        for mode in ("bare", "claimx"):
            cmd = [
                sys.executable,
                __file__,
                "--mode",
                mode,
                "--chars",
                str(a.chars),
                "--batch-size",
                str(a.batch_size),
            ]
            cmd += ["--model", a.model] if a.model else []
            run = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            print(
                f"  {mode:6} {run['words'] / run['seconds']:9,.0f} words/s  {run['rss_mb']:6.0f} MB",
                file=sys.stderr,
            )
            if mode not in best or run["seconds"] < best[mode]["seconds"]:
                best[mode] = run
    bare, full = best["bare"], best["claimx"]
    wps = {m: r["words"] / r["seconds"] for m, r in best.items()}
    print(f"corpus: {bare['chars']:,} characters, {bare['words']:,} words; best of {a.repeat} runs each")
    print(f"bare spaCy nlp.pipe : {wps['bare']:9,.0f} words/s   peak RSS {bare['rss_mb']:5.0f} MB")
    print(f"claimx extraction   : {wps['claimx']:9,.0f} words/s   peak RSS {full['rss_mb']:5.0f} MB")
    print(f"ratio claimx/bare   : {wps['claimx'] / wps['bare']:.3f}   (target >= 0.95; RSS target <= 400 MB)")


if __name__ == "__main__":
    main()
