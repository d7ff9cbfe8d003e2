"""``claimx_attribute_ruler``: the model's attribute ruler, applied in bulk.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over every token and then sets the attributes of
each match one ``Span`` at a time. In the English pipelines most of its rules are a tag map (one
rule per fine-grained tag, so every token matches one) and most of the rest test one token for
equal values (``{"LOWER": "'s", "TAG": "POS"}``). On news that costs about a seventh of the whole
pipeline. This component takes the same rules and writes the same attributes:

- the leading tag map through ``Doc.from_array`` (one lookup per token);
- single-token rules of equality and ``IN`` tests as dictionary lookups on the token's values;
- any other rule (several tokens, other operators) through a ``Matcher``, as spaCy does;

and applies the matches in rule order, so a later rule wins, as in spaCy. ``load_pipeline`` puts it
in place of the model's ``attribute_ruler``; rules of another shape run spaCy's own code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# What a single-token rule may test to be run as a mask (token attribute -> array column).
READABLE = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "NORM": NORM, "DEP": DEP, "IS_SPACE": IS_SPACE}
TAG_MAP_ATTRS = frozenset({"POS", "MORPH"})  # what a tag map rule sets


class BulkAttributeRuler:
    """The rules of an ``AttributeRuler`` (its ``patterns``), applied with arrays."""

    def __init__(self, vocab: Vocab, name: str, patterns: Iterable[dict[str, Any]]) -> None:
        self.vocab, self.name = vocab, name
        self.ruler = AttributeRuler(vocab, name)  # the rules as spaCy keeps them (and its fallback)
        self.ruler.add_patterns(list(patterns))
        self.plan = self._compile(self.ruler.patterns)

    def __call__(self, doc: Doc) -> Doc:
        if self.plan is None or not len(doc):
            return self.ruler(doc)
        tag_map, groups, masks, (matcher, starts, width), columns = self.plan
        array = doc.to_array(columns)
        rows = array.tolist()
        tag_col = columns.index(TAG)
        hits: list[tuple[int, int]] = []  # (rule, token), all found before anything is set, as in spaCy
        for cols, gate, gate_values, rules in groups:
            for i in np.flatnonzero(np.isin(array[:, gate], gate_values)).tolist():  # the few candidates
                found = rules.get(tuple(rows[i][c] for c in cols))
                if found:
                    hits.extend((rule, i) for rule in found)
        for rule, alternatives in masks:  # rules with NOT_IN or REGEX tests: numpy tests
            hits.extend((rule, i) for i in self._passing(array, alternatives))
        if starts is None:  # a rule whose first token cannot be tested here: the whole Doc
            windows = [(0, doc)]
        else:  # only where a rule's first token matches, as its own short Doc slice
            windows = [(i, doc[i : i + width]) for i in self._passing(array, starts)]
        for offset, window in windows:
            for match_id, start, end in matcher(window, allow_missing=True):
                if starts is not None and start != 0:
                    continue  # found again from its own start
                rule = int(self.vocab.strings[match_id])
                hits.append((rule, doc[offset + start : offset + end][self.ruler.indices[rule]].i))
        pos_morph = doc.to_array([POS, MORPH])
        for i, row in enumerate(rows):
            setting = tag_map.get(row[tag_col])
            if setting is not None:
                for j, value in enumerate(setting):
                    if value is not None:
                        pos_morph[i, j] = value
        doc.from_array([POS, MORPH], pos_morph)
        for rule, i in sorted(hits):
            set_token_attrs(doc[i], self.ruler.attrs[rule])
        return doc

    def _passing(self, array: np.ndarray, alternatives: list[list[tuple[int, str, Any]]]) -> list[int]:
        """The tokens (rows of ``array``) that pass every test of at least one alternative."""
        found = np.zeros(len(array), dtype=bool)
        for test in alternatives:
            ok = np.ones(len(array), dtype=bool)
            for col, op, values in test:
                ok &= _holds(array[:, col], op, values, self.vocab.strings)
            found |= ok
        return np.flatnonzero(found).tolist()

    def _compile(self, patterns: list[dict[str, Any]]):
        """(tag map, groups, masks, (matcher, starts, width), columns), or None where the rules have
        another shape. A group holds the one-token rules that test the same attributes (the tested
        values -> the rules); masks the one-token rules with NOT_IN or REGEX tests; the matcher the
        rest, with a test of each one's first token (``starts``) and the longest one's length."""
        strings = self.vocab.strings
        tag_map: dict[int, tuple[int | None, int | None]] = {}
        by_attrs: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        masks: list[tuple[int, list[list[tuple[int, str, Any]]]]] = []
        matcher = Matcher(self.vocab)
        starts: list[list[tuple[int, str, Any]]] | None = []  # the first token of each matcher rule
        width = 1
        leading = True
        for rule, p in enumerate(patterns):
            tag = _tag_map_tag(p)
            if leading and tag is not None:
                attrs = p["attrs"]
                pos = strings.add(attrs["POS"]) if "POS" in attrs else None
                morph = self.vocab.morphology.add(attrs["MORPH"]) if "MORPH" in attrs else None
                old_pos, old_morph = tag_map.get(strings.add(tag), (None, None))  # a later rule wins
                tag_map[strings.add(tag)] = (
                    old_pos if pos is None else pos,
                    old_morph if morph is None else morph,
                )
                continue
            leading = False
            tests = [_token_test(pattern, strings) for pattern in p["patterns"]]
            if p.get("index", 0) not in (0, -1) or any(t is None for t in tests):
                matcher.add(str(rule), p["patterns"])
                for pattern in p["patterns"]:
                    first = _token_test(pattern[:1], strings)
                    if starts is None or first is None or any("OP" in t for t in pattern):
                        starts = None  # this rule is run over the whole Doc
                    else:
                        starts.append(first)
                        width = max(width, len(pattern))
                continue
            if any(op != "IN" for test in tests for _, op, _ in test):
                masks.append((rule, tests))
                continue
            keys: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()  # a token matching twice counts once
            for test in tests:
                by_attr = {attr: values for attr, _, values in test}
                attrs_of = tuple(sorted(by_attr))
                for values in product(*(by_attr[a] for a in attrs_of)):
                    keys.add((attrs_of, values))
            for attrs_of, values in keys:
                by_attrs.setdefault(attrs_of, {}).setdefault(values, []).append(rule)
        if not tag_map:
            return None
        read = {a for attrs_of in by_attrs for a in attrs_of} | {
            a for _, ts in masks for t in ts for a, _, _ in t
        }
        columns = sorted({TAG, *read, *(a for t in starts or () for a, _, _ in t)})  # what to_array reads
        masks = [(rule, [[(columns.index(a), op, v) for a, op, v in t] for t in ts]) for rule, ts in masks]
        groups = []
        for attrs_of, rules in by_attrs.items():
            gate = next(a for a in (LOWER, ORTH, NORM, DEP, IS_SPACE, TAG) if a in attrs_of)  # rarest first
            values = np.array(sorted({key[attrs_of.index(gate)] for key in rules}), dtype="uint64")
            groups.append((tuple(columns.index(a) for a in attrs_of), columns.index(gate), values, rules))
        starts = None if starts is None else [[(columns.index(a), op, v) for a, op, v in t] for t in starts]
        return tag_map, groups, masks, (matcher, starts, width), columns


def _tag_map_tag(rule: dict[str, Any]) -> str | None:
    """The tag of a tag map rule (``[[{"TAG": "NN"}]]`` setting only POS and MORPH), else None."""
    patterns = rule["patterns"]
    if len(patterns) != 1 or len(patterns[0]) != 1 or rule.get("index", 0) != 0:
        return None
    token = patterns[0][0]
    if set(token) != {"TAG"} or not isinstance(token["TAG"], str) or not set(rule["attrs"]) <= TAG_MAP_ATTRS:
        return None
    return token["TAG"]


def _token_test(pattern: list[dict[str, Any]], strings) -> list[tuple[int, str, Any]] | None:
    """A one-token pattern as (attribute, "IN" | "NOT_IN" | "REGEX", values or a compiled regex):
    equality is IN one value; None for anything else (several tokens, other operators)."""
    if len(pattern) != 1 or not pattern[0]:
        return None
    test = []
    for key, value in pattern[0].items():
        attr = READABLE.get(key)
        if attr is None:
            return None
        if attr == IS_SPACE:
            if not isinstance(value, bool):
                return None
            test.append((attr, "IN", [int(value)]))
        elif isinstance(value, str):
            test.append((attr, "IN", [strings.add(value)]))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                test.append((attr, op, [strings.add(v) for v in arg]))
            elif op == "REGEX" and isinstance(arg, str):
                test.append((attr, op, re.compile(arg)))
            else:
                return None
        else:
            return None
    return test


def _holds(column: np.ndarray, op: str, values: Any, strings) -> np.ndarray:
    """Which tokens pass one test: a column of string hashes IN, NOT_IN or matching a REGEX."""
    if op == "REGEX":  # on each distinct string once, as spaCy's Matcher searches the token's string
        distinct = np.unique(column)
        values = [h for h in distinct.tolist() if values.search(strings[h] if h else "")]
    found = np.isin(column, np.array(values, dtype="uint64"))
    return ~found if op == "NOT_IN" else found


@Language.factory("claimx_attribute_ruler", default_config={"patterns": []})
def make_bulk_attribute_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> BulkAttributeRuler:
    return BulkAttributeRuler(nlp.vocab, name, patterns)
