"""Every error claimx raises on purpose. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class ClaimxError(Exception):
    """Base class of claimx's own errors."""

    exit_code = 1


class ModelNotFoundError(ClaimxError):
    """No spaCy model could be loaded under the given name or path (a usage error)."""

    exit_code = 2


class UnsuitableModelError(ModelNotFoundError):
    """The model loads but lacks what claimx needs (a parser, tagger, lemmatizer, NER)."""


class InputError(ClaimxError):
    """One input could not be read (missing, unreadable, binary, bad JSONL line)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class NoInputsError(ClaimxError):
    """The arguments named no readable input at all (a usage error)."""

    exit_code = 2


class RulesError(ClaimxError):
    """A rule data file is malformed: names the file and what is wrong."""


class OutputError(ClaimxError):
    """The output cannot be written where asked (checked before any work starts)."""

    exit_code = 2


class UsageError(ClaimxError):
    """A bad option value or combination: one line, exit 2."""

    exit_code = 2
