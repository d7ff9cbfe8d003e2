"""Hostile inputs: time and peak memory per character, against normal news, in one run.

    uv run python benchmarks/adversarial.py [--only NAME ...] [--timeout 300]

Each input runs in a fresh child process (``Extractor.extract_sources`` over one document,
the model loaded before the clock starts), so its peak RSS is its own. Prints seconds,
characters per second, the ratio to the rate on normal news (the seed articles as separate
documents; target >= 0.5 for every input) and peak RSS. An input that runs past --timeout
is reported as such.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def soup(n: int, rng: random.Random) -> str:
    """Quote marks, cue words and numbers in random order, on one line."""
    pieces = ['"', "“", "”", "''", "said", "says", "told", "according to", "42", "3.5%", "$10 million", ","]
    return " ".join(rng.choice(pieces) for _ in range(n))


def inputs(name: str) -> list[str]:
    """The documents of one benchmark input."""
    rng = random.Random(14)
    news = seed_articles()
    if name == "news":  # the reference rate: normal articles, one document each
        return news * 20
    if name == "quotes_50k":
        return ['"' * 50_000]
    if name == "curly_50k":
        return ["“" * 25_000 + "”" * 25_000]
    if name == "soup_40k":
        return [soup(40_000, rng)]
    if name == "soup_lines_40k":  # the same soup with a line break every 20 items
        words = soup(40_000, rng).split(" ")
        return ["\n".join(" ".join(words[i : i + 20]) for i in range(0, len(words), 20))]
    if name == "punct_50k":
        return ["!?.,;:-" * 7_000]
    if name == "one_mb":  # 1 MB of news as ONE document (paragraph breaks kept)
        text = "\n\n".join(news)
        return ["\n\n".join([text] * (1_000_000 // len(text) + 1))]
    if name == "one_mb_one_line":
        text = " ".join(" ".join(news).split())
        return [" ".join([text] * (1_000_000 // len(text) + 1))]
    raise SystemExit(f"unknown input {name}")


NAMES = (
    "news",
    "quotes_50k",
    "curly_50k",
    "soup_40k",
    "soup_lines_40k",
    "punct_50k",
    "one_mb",
    "one_mb_one_line",
)


def child(name: str) -> dict:
    from claimx.extract import Extractor
    from claimx.ingest import Source

    texts = inputs(name)
    extractor = Extractor()
    extractor.extract("warm up, he said.")
    start = time.perf_counter()
    warnings = 0
    for doc in extractor.extract_sources(Source(str(i), t) for i, t in enumerate(texts)):
        warnings += len(getattr(doc, "warnings", []) or [])
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": sum(map(len, texts)), "seconds": seconds, "rss_mb": rss, "warnings": warnings}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", choices=NAMES)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(a.child)))
        return
    names = ["news", *[n for n in (a.only or NAMES) if n != "news"]]
    rate = None
    print(f"{'input':16} {'chars':>10} {'seconds':>8} {'chars/s':>9} {'x news':>7} {'RSS MB':>7}  warnings")
    for name in names:
        cmd = [sys.executable, __file__, "--child", name]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout, check=True)
        except subprocess.TimeoutExpired:
            print(f"{name:16} {'':>10} {'> ' + str(int(a.timeout)):>8}  (timed out)", flush=True)
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        cps = r["chars"] / r["seconds"]
        rate = rate or cps
        print(
            f"{name:16} {r['chars']:10,} {r['seconds']:8.2f} {cps:9,.0f} {cps / rate:7.2f} "
            f"{r['rss_mb']:7.0f}  {r['warnings']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
