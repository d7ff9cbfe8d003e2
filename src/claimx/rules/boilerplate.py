"""Boilerplate paragraphs. (placeholder: filled by the documents work)"""

from __future__ import annotations

from claimx.matches import Region


def find_boilerplate(text: str) -> list[Region]:
    return []
