"""After the stages: mixed quotes marked, repeats dropped, boilerplate left out, speakers resolved."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.data import load
from claimx.matches import QuoteMatch
from claimx.rules.quotes.scan import SPEAKER_PRONOUNS, Attribution
from claimx.rules.speakers import Mention, SpeakerRegistry, gender_words, mention, speaker_match


def dedupe(atts: list[Attribution], qspans: list[tuple[int, int]], text: str) -> list[Attribution]:
    """Mark mixed quotes; drop an attribution whose content repeats an earlier one's."""
    out: list[Attribution] = []
    for att in sorted(atts, key=lambda x: (x.start, -(x.end - x.start))):
        for a, b in qspans:
            if att.kind != "direct" and a <= att.start <= a + 2 and att.end < b:
                att.kind, att.start, att.end = (
                    "direct",
                    a,
                    b,
                )  # 'According to X, "A. B."': the whole quotation
            if att.kind != "direct" and att.start <= a - 1 and a < att.end and att.end <= b <= att.end + 2:
                att.end = min(b + 1, len(text))  # through the closing mark: 'said X "remain in force."'
        if att.kind == "indirect" and any(att.start <= a - 1 and b <= att.end + 1 for a, b in qspans):
            att.kind = "mixed"
        same = next((o for o in out if _iou((o.start, o.end), (att.start, att.end)) > 0.8), None)
        if same is not None and (
            _same_tok(same.speaker, att.speaker) or same.kind == "direct" or att.cue is None
        ):
            continue
        out.append(att)
    return sorted(out, key=lambda x: x.start)


def _introduced(doc: Doc, att: Attribution, atts: list[Attribution], surnames: frozenset) -> Token | None:
    """A quotation with no cue right after a sentence about a person ("Ross was less certain.
    "Nothing is signed ...""): that person speaks, not the last speaker before. The sentence ends
    at most one paragraph before the quotation, outside any quotation, and its subject is a
    person named or "he"/"she"."""
    before = doc.char_span(0, att.start, alignment_mode="contract")
    if before is None or len(before) < 2:
        return None
    last = before[-1] if not before[-1].is_quote else before[-2]
    sent = last.sent
    gap = doc.text[sent.end_char : att.start]
    if gap.count("\n") > 2 or gap.strip(" \n\"“‘'") or sent.start_char >= att.start:
        return None
    if any(a.kind == "direct" and a.start <= sent.start_char < a.end for a in atts):
        return None
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i >= last.i:
        return None
    person = subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she") or subj.lower_ in surnames
    return subj if person else None


def _gender(m: Mention, doc: Doc) -> str | None:
    """The gender a pronoun ("she") or an epithet ("the Dutchman") tells, if any."""
    if m.epithet:
        return next(iter(gender_words(doc[m.start : m.end])), None)
    return load("titles.json")["pronoun_gender"].get(m.head.lower_)


def _same_tok(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def drop_boilerplate(doc: Doc, atts: list[Attribution]) -> list[Attribution]:
    regions = getattr(doc._, "claimx_boilerplate", None) if Doc.has_extension("claimx_boilerplate") else None
    if not regions:
        return atts
    return [a for a in atts if not any(r.start <= a.start < r.end for r in regions)]


CARRY_KEY = "claimx_carry"  # doc.user_data: a dict shared by the pieces of one long document


def resolve(doc: Doc, atts: list[Attribution], resolve: bool) -> list[QuoteMatch]:
    """Speaker mentions, typed; named speakers registered; pronouns and descriptions resolved.

    When the document is one piece of a longer one, ``doc.user_data[CARRY_KEY]`` holds the
    speaker registry of the piece before (and receives this piece's): "he said" at the top of a
    piece still finds the person speaking at the end of the last one."""
    carry = doc.user_data.get(CARRY_KEY)
    registry = SpeakerRegistry(doc, carry.get("registry") if carry is not None else None)
    if carry is not None:
        carry["registry"] = registry
    for att in atts:
        if att.kind == "direct" and att.cue is None and att.cue_text is None and att.headline_speaker is None:
            att.speaker = _introduced(doc, att, atts, registry.surnames) or att.speaker
    mentions: list[Mention | None] = []
    for att in atts:
        if att.headline_speaker is not None:
            m = mention(att.speaker, registry.surnames)
            m.start, m.end = att.headline_speaker
            if m.name is None:
                m.name = doc[m.start : m.end].text
                m.type = "person" if att.speaker.lower_ in registry.surnames else m.type
            m.role = m.organization = None  # "Lavrov: Russia to help ...": the label is only the name
        else:
            m = mention(att.speaker, registry.surnames) if att.speaker is not None else None
        mentions.append(m)
        if m is not None and m.name and m.type == "person":
            registry.add_speaker(doc[m.start].idx, m)
        if m is not None:
            registry.frame(att.start, att.end, doc[m.start].idx)
    order = sorted(
        range(len(atts)), key=lambda i: doc[mentions[i].start].idx if mentions[i] else atts[i].start
    )
    names: dict[int, str | None] = {}
    for i in order:
        m = mentions[i]
        if m is None:
            continue
        pos = doc[m.start].idx
        name = m.name
        if name and m.type == "person":
            name = registry.canonical(name)
        elif resolve and (m.head.lower_ in SPEAKER_PRONOUNS or m.epithet):
            gender = _gender(m, doc)
            name = registry.pronoun(pos, m.type, gender)
            if name and m.type == "person":
                registry.learn(name, gender)
            if name and m.type in ("group", "organization"):
                m.type = next((k for _, n, k in registry.speakers if n == name), m.type)
        elif resolve and not name and m.type == "organization":
            name = registry.organization(pos, m.head.text)  # "the company said"
        elif resolve and not name:
            name = registry.description(doc[m.start : m.end].text, pos)
            if name:
                m.type = "person"
        names[i] = name
        if name:
            registry.note(pos, name, m.type)
    out = []
    for i, att in enumerate(atts):
        m = mentions[i]
        cue = att.cue
        cue_len = len(cue) if cue is not None else 0
        if cue is not None and att.cue_text and doc.text[cue.idx :].lower().startswith(att.cue_text.lower()):
            cue_len = len(att.cue_text)  # a phrase cue ("according to") covers more than its first token
        out.append(
            QuoteMatch(
                kind=att.kind,
                start=att.start,
                end=att.end,
                cue=att.cue_text,
                cue_start=cue.idx if cue is not None else None,
                cue_end=cue.idx + cue_len if cue is not None else None,
                cue_class=att.cue_class,
                statement=att.statement,
                speaker=speaker_match(m, doc, names.get(i)) if m is not None else None,
                via=att.via.text if att.via is not None else None,
                fragments=att.fragments if len(att.fragments) > 1 else (),
            )
        )
    return out
