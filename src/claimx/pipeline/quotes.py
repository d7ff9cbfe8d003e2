"""``claimx_quotes``: attributed statements (direct, indirect, mixed) with their speakers.

Config ``attributions``: ``"speech"`` keeps what a reporter calls a quote (a speech cue with a stated
content: not ``discussed the budget``); ``"all"`` keeps every attribution (also cognition, intention,
evidence, and topics: PolNeAR's notion).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.rules.quotes import find_quotes

ATTRIBUTIONS = ("speech", "all")


@Language.factory(
    "claimx_quotes",
    assigns=["doc._.claimx_quotes"],
    default_config={"resolve_speakers": True, "attributions": "speech"},
)
def make_quotes_component(
    nlp: Language, name: str, resolve_speakers: bool, attributions: str
) -> QuotesComponent:
    return QuotesComponent(nlp, name, resolve_speakers=resolve_speakers, attributions=attributions)


class QuotesComponent:
    def __init__(
        self,
        nlp: Language,
        name: str = "claimx_quotes",
        *,
        resolve_speakers: bool = True,
        attributions: str = "speech",
    ) -> None:
        self.name = name
        self.resolve_speakers = resolve_speakers
        self.attributions = attributions

    @property
    def attributions(self) -> str:
        return self._attributions

    @attributions.setter
    def attributions(self, value: str) -> None:
        if value not in ATTRIBUTIONS:
            raise ValueError(f"attributions must be one of {ATTRIBUTIONS}, not {value!r}")
        self._attributions = value

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(doc, resolve_speakers=self.resolve_speakers)
        if self.attributions == "speech":
            quotes = [q for q in quotes if q.cue_class == "speech" and q.statement]
        doc._.claimx_quotes = quotes
        return doc
