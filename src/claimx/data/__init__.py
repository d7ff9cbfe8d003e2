"""Rule data files (cue verbs, titles, qualifiers, units, boilerplate markers).

Everything a linguist may want to edit lives here as JSON, read with
``importlib.resources`` so it works from a wheel as well as from a checkout.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from claimx.errors import RulesError


@cache
def load(name: str) -> Any:
    """Load ``claimx/data/<name>`` (JSON). Cached: rule files are read once per process."""
    try:
        text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RulesError(f"rule file claimx/data/{name} is missing") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesError(f"rule file claimx/data/{name} is not valid JSON: {exc}") from exc


def check_keys(name: str, entry: dict[str, Any], allowed: set[str], required: set[str] = frozenset()) -> None:
    """Reject unknown or missing keys in one rule entry, naming the file and the allowed keys."""
    unknown = set(entry) - allowed
    missing = set(required) - set(entry)
    if unknown or missing:
        raise RulesError(
            f"claimx/data/{name}: entry {_short(entry)} has "
            + (f"unknown keys {sorted(unknown)} " if unknown else "")
            + (f"missing keys {sorted(missing)} " if missing else "")
            + f"(allowed: {sorted(allowed)})"
        )


def _short(entry: dict[str, Any]) -> str:
    """An entry for an error message: whole when short, else its keys."""
    text = repr(entry)
    return text if len(text) <= 200 else "with keys " + repr(sorted(entry))
