"""Across documents at archive scale: ``echoes`` and ``conflicts`` (and ``speakers``) on generated stores.

    uv run python benchmarks/corpus.py [--sizes 2500 5000 10000] [--seed 1]

For each size, records are generated straight into a store (no spaCy): stories (a quote and a
figure each, about 1 story per 4 documents, so an archive grows in stories, not only in copies)
carried by 1 to 6 documents each, with the quote trimmed or cut by an ellipsis now and then and
the figure sometimes reported differently (a conflict), plus one-off quotes and figures. Then
each command runs in a fresh child process, so its time and peak RSS are its own. Prints a table:
time and peak RSS per size, the time per document, and the groups found (echoes are the planted
ones when these match). Near-linear growth: the time per document stays about flat.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VOCABULARY = (
    "government border security troops minister agreement talks region support military forces situation "
    "country capital week officials plans report pressure aid crisis election economy budget prices workers "
    "union farmers harbour stocks quota weather river drought village hospital school police court judge"
)
WORDS = VOCABULARY.split(" ")
COUNTRIES = [
    "Russia", "Tajikistan", "Ukraine", "Poland", "France", "Iran", "Iraq", "Syria", "Kenya", "Peru", "Japan",
    "Brazil", "Canada", "Egypt", "Sudan", "Libya", "Yemen", "Mali", "Spain", "Italy", "Germany", "China",
]  # fmt: skip
CLASSES = ["troops", "soldiers", "police officers", "refugees", "migrants", "civilians", "inspectors"]
SITES = ["base", "border", "camp", "port", "city", "region", "hospital", "prison"]
SURNAMES = ["Novak", "Ivanov", "Smith", "Garcia", "Haddad", "Okafor", "Kim", "Larsen", "Rossi", "Silva"]


def generate(n_docs: int, seed: int) -> tuple[list, int]:
    """The documents, and how many stories were carried by two documents or more."""
    from claimx.records import Claim, Document, Quote, Speaker

    rng = random.Random(seed)
    stories = []
    for _ in range(max(1, n_docs // 4)):
        quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 30))).capitalize() + "."
        surname = rng.choice(SURNAMES) + rng.choice(["ov", "ski", "son", "ez", "ani", "berg"])
        who = f"{rng.choice(['Anna', 'Marek', 'Lena', 'Omar', 'Sergei', 'Ines'])} {surname}"
        figure = (rng.choice(CLASSES), rng.choice(COUNTRIES), rng.choice(SITES), rng.randint(2, 90) * 100)
        stories.append((quote, who, figure))
    carried = [0] * len(stories)
    docs = []
    for d in range(n_docs):
        sentences, quotes, claims = [], [], []
        picks = rng.sample(range(len(stories)), k=min(2, len(stories)))
        for s in picks:
            quote, who, (cls, country, site, value) = stories[s]
            carried[s] += 1
            variant = rng.random()
            if variant < 0.2:
                words = quote.split()
                quote = " ".join(words[: len(words) // 3]) + " ... " + " ".join(words[-len(words) // 3 :])
            elif variant < 0.4:
                quote = " ".join(quote.split()[2:])
            sentences.append(f'"{quote}," {who} said.')
            qualifier, shown = ("=", value) if rng.random() < 0.9 else (">", value * 2)
            sentences.append(f"There are {shown:,} {cls} at the {site} in {country}.")
            quotes.append((quote, who))
            claims.append((f"{shown:,}", shown, qualifier, cls))
        # a one-off figure and quote of this document alone
        sentences.append(
            f"Some {rng.randint(1, 999):,} {rng.choice(CLASSES)} waited in {rng.choice(COUNTRIES)}."
        )
        text = " ".join(sentences)
        qs, cs = [], []
        for n, (quote, who) in enumerate(quotes, 1):
            start = text.index(quote)
            sp = Speaker(text=who, name=who, type="person", start=0, end=len(who))
            qs.append(
                Quote(id=f"q{n}", kind="direct", text=quote, start=start, end=start + len(quote), speaker=sp)
            )
        for n, (shown, value, qualifier, cls) in enumerate(claims, 1):
            start = text.index(shown)
            low = value if qualifier == ">" else None
            cs.append(
                Claim(id=f"c{n}", text=shown, start=start, end=start + len(shown), value=value, low=low,
                      qualifier=qualifier, subject=cls)
            )  # fmt: skip
        date = f"2024-{1 + d * 12 // n_docs:02d}-{1 + d % 28:02d}"
        docs.append(
            Document(id=f"doc{d:06d}", published=date, publisher="Generated", text=text, quotes=qs, claims=cs)
        )
    return docs, sum(c >= 2 for c in carried)


def child(command: str, db: str) -> dict:
    import datasketch  # noqa: F401  (imports are not what is measured)
    import rapidfuzz  # noqa: F401

    from claimx import corpus

    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    groups = getattr(corpus, command)(db)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kinds = {}
    for g in groups:
        kind = getattr(g, "kind", command)
        kinds[kind] = kinds.get(kind, 0) + 1
    return {"seconds": seconds, "peak_mb": peak, "baseline_mb": baseline, "groups": kinds}


def write(size: int, seed: int, db: str) -> dict:
    from claimx.output.sqlite import SqliteWriter

    docs, shared = generate(size, seed)
    started = time.perf_counter()
    store = SqliteWriter(db)
    for doc in docs:
        store.write(doc)
    store.close()
    return {"seconds": time.perf_counter() - started, "shared": shared}


def run_child(*args: str) -> dict:
    """A fresh process (started from this small one, so its peak RSS is its own)."""
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if out.returncode:
        sys.exit(out.stderr)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="Runs of each command; the best time is kept.")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--write", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    if args.write:
        print(json.dumps(write(int(args.write[0]), args.seed, args.write[1])))
        return
    print(f"{'docs':>6} {'command':<10} {'seconds':>8} {'ms/doc':>7} {'peak MB':>8} {'base MB':>8}  groups")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = str(Path(tmp) / f"corpus{size}.db")
            written = run_child("--write", str(size), db, "--seed", str(args.seed))
            for command in ("echoes", "conflicts", "speakers"):
                runs = [run_child("--child", command, db) for _ in range(args.repeat)]
                r = min(runs, key=lambda r: r["seconds"])
                print(
                    f"{size:>6} {command:<10} {r['seconds']:>8.2f} {1000 * r['seconds'] / size:>7.3f} "
                    f"{r['peak_mb']:>8.0f} {r['baseline_mb']:>8.0f}  {r['groups']}"
                    + (f"  (store written in {written['seconds']:.1f} s; {written['shared']} stories carried "
                       "by two documents or more)" if command == "echoes" else ""),
                    flush=True,
                )  # fmt: skip


if __name__ == "__main__":
    main()
