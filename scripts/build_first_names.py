"""Build ``src/claimx/data/first_names.json`` (first name -> gender) from the names-dataset package.

names-dataset (MIT, maintained) ships first names from 105 countries with gender shares and a
popularity rank per country; loading it takes ~30 s and ~1 GB, too heavy for every run, so this
script keeps the names that are common somewhere (rank <= MAX_RANK in some country) and clearly
one gender (share >= MIN_SHARE), and writes them as a small JSON table that claimx reads.

usage: uv run --with names-dataset python scripts/build_first_names.py
"""

from __future__ import annotations

import gzip
import json
import pickle
from importlib.util import find_spec
from pathlib import Path

MAX_RANK = 800
MIN_SHARE = 0.9
OUT = Path(__file__).resolve().parents[1] / "src" / "claimx" / "data" / "first_names.json"


def main() -> None:
    spec = find_spec("names_dataset")  # the data file only: importing the package loads everything
    path = Path(next(iter(spec.submodule_search_locations))) / "v3" / "first_names.pkl.gz"
    with gzip.open(path) as fh:
        names = pickle.load(fh)
    table: dict[str, list[str]] = {"female": [], "male": []}
    for name, info in names.items():
        if not name.isalpha() or not name[:1].isupper() or len(name) < 2:
            continue
        if min(info.get("rank", {}).values(), default=MAX_RANK + 1) > MAX_RANK:
            continue
        for key, gender in (("F", "female"), ("M", "male")):
            if (info.get("gender") or {}).get(key, 0) >= MIN_SHARE:
                table[gender].append(name)
    doc = {
        "_doc": f"First name -> gender, from names-dataset (MIT): names ranked <= {MAX_RANK} in some "
        f"country and >= {MIN_SHARE:.0%} one gender. Regenerate with scripts/build_first_names.py.",
        "female": sorted(table["female"]),
        "male": sorted(table["male"]),
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(doc['female'])} female, {len(doc['male'])} male")


if __name__ == "__main__":
    main()
