"""The speech-only default on PolNeAR: claimx's default output (``--attributions speech``) scored
against the gold attributions whose cue is a speech cue (``said``, ``told``, ``according to``, a
headline colon or a dash signature; the verb classes of ``claimx/data/cues.json``).

Gold attributions with other cues (``believes``, ``wants``, ``polls show``) are left out; a
prediction that only hits one of them is neither right nor wrong (as ``score_quotes`` treats
other kinds). A prediction that hits no gold attribution at all counts as a false positive.
A second table keeps only the speech-cued gold whose content states something (a finite verb or a
quotation): PolNeAR also annotates topics and requests ("condemned the launch", "called for a
strike", "asked residents to stay indoors"), which the speech default leaves out on purpose.

usage: uv run python benchmarks/polnear_speech.py PATH/polnear.dev.jsonl [--model M] [--pred|--dump P.jsonl]
(``--pred``: score a dump written by ``polnear.py --dump`` with speech predictions, instead of running)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from claimx.evaluate.quotes import predict_quotes, read_jsonl, score_quotes
from claimx.model import load_pipeline
from claimx.rules.quotes import cues, noun_classes

SHOWN = ("exact", "ggt@0.3", "ggt@0.8", "ggt_merged@0.3", "ggt_merged@0.8")
SPEECH_MARKS = {":", "―", "—", "--", "-", "according to"}


def cue_class(nlp, cue: str | None) -> str | None:
    """The class of a gold cue as written: the first word whose lemma is a cue of ours."""
    if not cue:
        return None
    text = cue.strip().lower()
    if text in SPEECH_MARKS or text.startswith("according to") or text.endswith(":"):
        return "speech"
    verbs, nouns = cues(), noun_classes()
    for tok in nlp(text):
        lemma = tok.lemma_.lower()
        if lemma in verbs:
            return verbs[lemma].cls
        if lemma in nouns:
            return nouns[lemma]
    return None


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
QUOTE_MARKS = set('"“”')


def stated(nlp, content: str) -> bool:
    """Does a gold content state something (a finite verb or a quotation), rather than name a topic
    or a request ("the budget", "to stay indoors")?"""
    return bool(QUOTE_MARKS & set(content)) or any(t.tag_ in FINITE_TAGS for t in nlp(content))


def _print(title: str, result: dict) -> None:
    print(title)
    print(f"  {'protocol':<16}{'P':>7}{'R':>7}{'F1':>7}{'spk':>7}")
    for key in SHOWN:
        r = result["protocols"][key]
        spk = r.get("speaker_acc")
        print(f"  {key:<16}{r['p']:>7}{r['r']:>7}{r['f1']:>7}{'' if spk is None else spk:>7}")
    print(f"  chars P {result['chars']['p']} R {result['chars']['r']}")
    print("  " + json.dumps({k: result["protocols"][k]["f1"] for k in SHOWN}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--model", default=None)
    ap.add_argument("--pred", type=Path, default=None)
    ap.add_argument("--dump", type=Path, default=None, help="write the predictions as JSONL")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    gold = {r["id"]: r for r in read_jsonl(args.path)}
    classes: Counter[str | None] = Counter()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        for g in gold.values():
            for q in g["quotes"]:
                q["kind"] = cls = cue_class(nlp, q.get("cue"))
                classes[cls] += 1
    print("gold cue classes:", dict(classes.most_common()))
    if args.pred:
        pred = {r["id"]: r for r in read_jsonl(args.pred)}
    else:
        pred = predict_quotes(gold.values(), nlp, attributions="speech")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(rec) + "\n" for rec in pred.values())
    for p in pred.values():
        for q in p["quotes"]:
            q["kind"] = "speech"
    n_gold = sum(q["kind"] == "speech" for g in gold.values() for q in g["quotes"])
    n_pred = sum(len(p["quotes"]) for p in pred.values())
    print(f"{len(gold)} documents, {n_gold} gold speech attributions, {n_pred} predicted")
    _print("gold attributions with a speech cue", score_quotes(gold, pred, {"speech"}))
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler"]):
        for g in gold.values():
            for q in g["quotes"]:
                if q["kind"] == "speech" and stated(nlp, q.get("quote_text") or ""):
                    q["kind"] = "statement"
    n_stated = sum(q["kind"] == "statement" for g in gold.values() for q in g["quotes"])
    _print(
        f"... of which the content states something (a finite verb or a quotation: {n_stated})",
        score_quotes(gold, pred, {"statement"}),
    )


if __name__ == "__main__":
    main()
