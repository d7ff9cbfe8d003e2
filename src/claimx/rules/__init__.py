"""Pure rule functions: each takes a Doc (or text) and returns ``claimx.matches`` records.

The spaCy components in ``claimx.pipeline`` are thin wrappers around these, so
tests and library users can call them directly.
"""
