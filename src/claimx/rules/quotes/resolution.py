"""After the stages: mixed quotes marked, repeats dropped, boilerplate left out, speakers resolved."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.data import load
from claimx.matches import QuoteMatch
from claimx.rules.quotes.scan import SPEAKER_PRONOUNS, Attribution
from claimx.rules.spans import doc_text
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
        if att.kind == "indirect" and any(
            (att.start <= a - 1 and b <= att.end + 1) or (a <= att.start <= a + 2 and b < att.end)
            for a, b in qspans
        ):  # a quotation inside, or one it starts with ('"A" to drive up X, she said')
            att.kind = "mixed"
        same = next((o for o in out if _iou((o.start, o.end), (att.start, att.end)) > 0.8), None)
        if same is not None and (
            _same_tok(same.speaker, att.speaker) or same.kind == "direct" or att.cue is None
        ):
            continue
        out.append(att)
    return sorted(out, key=lambda x: x.start)


def _introduced(
    doc: Doc, att: Attribution, atts: list[Attribution], registry: SpeakerRegistry
) -> Token | None:
    """A quotation with no cue right after a sentence about a person ("Ross was less certain.
    "Nothing is signed ...""): that person speaks, not the last speaker before."""
    subj = _subject_before(doc, att.start, atts, registry, paragraphs=1)
    if subj is None or subj.lower_ in ("he", "she"):
        return subj  # the same person as the speaker before, most often; the nearer mention
    name = mention(subj, registry.surnames).name
    return None if _about_third(doc, att, registry.gender(name) if name else None) else subj


def _subject_before(
    doc: Doc, anchor: int, atts: list[Attribution], registry: SpeakerRegistry, paragraphs: int
) -> Token | None:
    """The person who is the subject of the sentence that ends right before ``anchor`` (at most
    ``paragraphs`` paragraph breaks between), outside any quotation: a name, or "he"/"she" when
    ``paragraphs`` allows a break (a pronoun in the same paragraph tells nothing new)."""
    before = doc.char_span(0, anchor, alignment_mode="contract")
    if before is None or len(before) < 2:
        return None
    last = next((t for t in reversed(before) if not (t.is_quote or t.is_space)), None)
    if last is None:
        return None
    sent = last.sent
    gap = doc_text(doc)[last.idx + len(last) : anchor]
    if gap.count("\n") > 2 * paragraphs or gap.strip(" \n\"“‘'") or sent.start_char >= anchor:
        return None
    if any(a.kind == "direct" and a.start <= sent.start_char < a.end for a in atts):
        return None
    subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ not in SUBORDINATE_DEPS), None)
    if subj is None or subj.i >= last.i:  # the first subject, not one of a clause put before it
        return None
    if subj.lower_ in ("he", "she"):
        return subj if paragraphs else None
    m = mention(subj, registry.surnames)
    return subj if m.type == "person" and m.name else None


def _previous_subject(
    doc: Doc,
    att: Attribution,
    m: Mention,
    atts: list[Attribution],
    registry: SpeakerRegistry,
    gender: str | None,
) -> str | None:
    """'Reed laughed off the remark. "Paul says that every time," he said.': "he" is the person
    the sentence before is about, in the same paragraph, if the gender agrees and the quotation
    does not speak of a "he" itself."""
    if m.type != "person" or m.epithet:
        return None
    subj = _subject_before(doc, min(att.start, doc[m.start].idx), atts, registry, paragraphs=1)
    name = mention(subj, registry.surnames).name if subj is not None and subj.pos_ != "PRON" else None
    if name is None or not registry.agrees(name, gender) or _about_third(doc, att, gender):
        return None
    if gender is not None and registry.gender(name) != gender:  # a person known to agree goes first
        other = registry.pronoun(doc[m.start].idx, "person", gender)
        if other is not None and registry.gender(other) == gender:
            return None
    return registry.canonical(name)


def _about_third(doc: Doc, att: Attribution, gender: str | None) -> bool:
    """The quotation speaks of someone as "he" or "she" (of ``gender``, when known): "He is a
    great talent" is not the player's own word."""
    pronouns = load("titles.json")["pronoun_gender"]
    words = doc.char_span(att.start, att.end, alignment_mode="contract") or ()
    return any(t.lower_ in pronouns and gender in (None, pronouns[t.lower_]) for t in words)


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


SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
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
            att.speaker = _introduced(doc, att, atts, registry) or att.speaker
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
            name = _previous_subject(doc, atts[i], m, atts, registry, gender) or registry.pronoun(
                pos, m.type, gender
            )
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
        elif m.type in ("person", "unknown", "anonymous") and m.head.tag_ == "NN" and m.head.is_lower:
            registry.note(pos, None, "person")  # "One parent said ...": a later "she" is that parent
    out = []
    text = doc_text(doc)
    for i, att in enumerate(atts):
        m = mentions[i]
        cue = att.cue
        cue_len = len(cue) if cue is not None else 0
        phrase = att.cue_text or ""
        if cue is not None and phrase and text[cue.idx : cue.idx + len(phrase)].lower() == phrase.lower():
            cue_len = len(phrase)  # a phrase cue ("according to") covers more than its first token
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
