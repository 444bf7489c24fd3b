"""The `summarise` command line: parse arguments, call the library, print."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from summariser.errors import SummariserError
from summariser.models import Briefing

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news coverage of one diplomatic event into a grounded briefing memo.",
)
P = ParamSpec("P")
R = TypeVar("R")


class CleanFormat(StrEnum):
    """Output formats of `clean`."""

    text = "text"
    json = "json"


def handled(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn the project's errors into one stderr line and the documented exit code."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SummariserError as exc:
            typer.echo(f"summarise: error: {exc.message}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


@app.command()
@handled
def clean(
    file: Annotated[str, typer.Argument(help="Article (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[CleanFormat, typer.Option("--format", "-f")] = CleanFormat.text,
) -> None:
    """Show the sentences the engines will see, and the furniture dropped (with reasons)."""
    from summariser.documents import load
    from summariser.render.clean import clean_json, clean_text

    doc = load(file)
    for note in doc.notes:
        typer.echo(f"summarise: note: {note}", err=True)
    typer.echo(clean_json(doc) if fmt is CleanFormat.json else clean_text(doc), nl=False)


class ExtractFormat(StrEnum):
    """Output formats of `extract`."""

    json = "json"
    markdown = "markdown"


@app.command()
@handled
def extract(
    file: Annotated[str, typer.Argument(help="Article (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.json,
    engine: Annotated[str, typer.Option(help="extractive (default) or auto.")] = "auto",
) -> None:
    """Extract one SummitOutcome from one article; every item carries its evidence span."""
    from summariser.api import document
    from summariser.api import extract as run

    doc = document(file)
    for note in doc.notes:
        typer.echo(f"summarise: note: {note}", err=True)
    outcome = run(doc, engine=engine)
    if fmt is ExtractFormat.json:
        typer.echo(outcome.model_dump_json(indent=2))
    else:
        from summariser.render.outcome import outcome_markdown

        typer.echo(outcome_markdown(outcome), nl=False)


class BriefFormat(StrEnum):
    """Output formats of `brief`."""

    markdown = "markdown"
    html = "html"
    json = "json"


SUFFIX_FORMATS = {".html": BriefFormat.html, ".htm": BriefFormat.html, ".json": BriefFormat.json}


@app.command()
@handled
def brief(
    files: Annotated[list[str], typer.Argument(help="Articles (.txt, .md, .html); - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically).")] = None,
    fmt: Annotated[
        BriefFormat | None, typer.Option("--format", "-f", help="Default: from -o suffix.")
    ] = None,
    engine: Annotated[str, typer.Option(help="extractive (default) or auto.")] = "auto",
) -> None:
    """Reconcile several articles about one event into a briefing memo."""
    from summariser.briefing import brief_with_texts
    from summariser.progress import progress_bar

    chosen = fmt or SUFFIX_FORMATS.get(output.suffix.lower() if output else "", BriefFormat.markdown)
    with progress_bar(len(files)) as tick:
        briefing, texts = brief_with_texts(files, engine=engine, progress=tick)
    text = _render(briefing, texts, chosen)
    for f in briefing.failures:
        typer.echo(f"summarise: error: {f.error}", err=True)
    if output is None:
        typer.echo(text, nl=False)
    else:
        from summariser.atomic import write_atomic

        write_atomic(output, text)
        typer.echo(f"wrote {output}", err=True)
    if briefing.failures:
        raise typer.Exit(1)


def _render(briefing: Briefing, texts: dict[str, str], fmt: BriefFormat) -> str:
    """Render a Briefing in the chosen format."""
    if fmt is BriefFormat.json:
        return briefing.model_dump_json(indent=2) + "\n"
    if fmt is BriefFormat.html:
        from summariser.render.html import briefing_html

        return briefing_html(briefing, texts)
    from summariser.render.markdown import briefing_markdown

    return briefing_markdown(briefing)


@app.command()
@handled
def schema(
    name: Annotated[str, typer.Argument(help="summit_outcome or briefing; all when omitted.")] = "",
    write: Annotated[Path | None, typer.Option(help="Write the files into this directory.")] = None,
) -> None:
    """Print (or write) the JSON Schemas of the public models."""
    from summariser.schemas import MODELS, schema_text, write_schemas

    if write is not None:
        for path in write_schemas(write):
            typer.echo(f"wrote {path}")
        return
    if name and name not in MODELS:
        raise SummariserError(f"unknown schema {name!r}; choose one of: {', '.join(MODELS)}")
    for key in [name] if name else list(MODELS):
        typer.echo(schema_text(key), nl=False)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI in-process and return its exit code (what tests call)."""
    try:
        rc = app(
            args=argv if argv is not None else sys.argv[1:],
            prog_name="summarise",
            standalone_mode=False,
        )
    except typer.Exit as exc:
        return int(exc.exit_code)
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # usage errors arrive here in non-standalone mode
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        return int(getattr(exc, "exit_code", 2))
    return rc if isinstance(rc, int) else 0
