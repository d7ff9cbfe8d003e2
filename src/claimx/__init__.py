"""claimx."""
