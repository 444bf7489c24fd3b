"""The `summarise` command line: parse arguments, call the library, print."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from summariser.cli_options import (
    Inputs,
    Output,
    PlainGroup,
    PlainHelp,
    Quiet,
    Say,
    format_option,
    to_stdout,
    with_engine,
)
from summariser.errors import SummariserError
from summariser.options import EngineOptions
from summariser.output import BriefFormat, output_format

if TYPE_CHECKING:
    from summariser.models import Failure, SummitOutcome

app = typer.Typer(
    cls=PlainGroup,
    no_args_is_help=True,
    help="Turn news coverage of one diplomatic event into a grounded briefing memo.",
)
INTERRUPTED = "interrupted; nothing was written. Finished articles are cached: run again to resume"
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
            Say().error(exc.message)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo(f"summarise: {INTERRUPTED}", err=True)
            raise typer.Exit(130) from None

    return wrapper


@app.command(cls=PlainHelp)
@handled
def clean(
    file: Annotated[
        str, typer.Argument(help="Article (.txt, .md, .html) or - for stdin.", metavar="ARTICLE")
    ],
    fmt: Annotated[str, format_option(CleanFormat)] = CleanFormat.text,
    quiet: Quiet = False,
) -> None:
    """Show the sentences the engines will see, and the furniture dropped (with reasons)."""
    from summariser.ingest.load import load
    from summariser.render.clean import clean_json, clean_text

    doc = load(file)
    for note in doc.notes:
        Say(quiet).note(f"note: {note}")
    typer.echo(clean_json(doc) if fmt == CleanFormat.json else clean_text(doc), nl=False)


class ExtractFormat(StrEnum):
    """Output formats of `extract` (default: json for one article, jsonl for several or a folder)."""

    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


@app.command(cls=PlainHelp)
@handled
@with_engine
def extract(
    files: Inputs,
    fmt: Annotated[str | None, format_option(ExtractFormat, "Default: json, jsonl for several.")] = None,
    output: Output = None,
    quiet: Quiet = False,
    *,
    options: EngineOptions,
) -> None:
    """Extract one SummitOutcome per article; every item carries its evidence span."""
    from summariser.ingest.load import is_folder
    from summariser.render.outcome import outcomes_text

    say = Say(quiet)
    path = _target(output)
    many = len(files) > 1 or any(is_folder(f) for f in files)
    chosen = ExtractFormat(fmt) if fmt else (ExtractFormat.jsonl if many else ExtractFormat.json)
    if many and chosen is ExtractFormat.json:
        raise SummariserError("--format json writes one SummitOutcome; for several use --format jsonl")
    from summariser.progress import progress_bar

    with progress_bar(files, quiet) as tick:
        results, failures, notes = _extracted(files, options, tick, strict=not many)
    _engine_note(options, say)
    for note in notes:
        say.note(f"note: {note}")
    _emit(outcomes_text(results, chosen.value), path, say)
    for f in failures:
        say.error(f.error)
    if failures:
        raise typer.Exit(1)


def _extracted(
    files: list[str], options: EngineOptions, tick: Callable[[str], None], strict: bool
) -> tuple[list[SummitOutcome], list[Failure], list[str]]:
    """Records in input order, failures, and the loading notes of every article."""
    from summariser.models import Failure
    from summariser.pipeline import extract_all, load_all

    docs, failures = load_all(files, tick, strict=strict)
    articles = extract_all(docs, options, tick)
    results = [a.result for a in articles if not isinstance(a.result, Failure)]
    failures += [a.result for a in articles if isinstance(a.result, Failure)]
    if not results and failures:  # exit 2 as `brief` gives for the same failure (an unreachable server)
        raise SummariserError(f"no article could be processed: {failures[0].error}")
    return results, failures, [n for d in docs for n in d.notes]


@app.command(cls=PlainHelp)
@handled
@with_engine
def brief(
    files: Inputs,
    output: Output = None,
    fmt: Annotated[str | None, format_option(BriefFormat, "Default: from -o suffix, else markdown.")] = None,
    stats: Annotated[
        bool, typer.Option("--stats", help="Print token usage per article and in total.")
    ] = False,
    quiet: Quiet = False,
    *,
    options: EngineOptions,
) -> None:
    """Reconcile several articles about one event into a briefing memo."""
    from summariser.api import render
    from summariser.pipeline import run
    from summariser.progress import progress_bar

    say = Say(quiet)
    path = _target(output)
    chosen = output_format(path, BriefFormat(fmt) if fmt else None)
    with progress_bar(files, quiet) as tick:
        done = run(files, options, progress=tick)
    _engine_note(options, say)
    if stats:
        from summariser.render.stats import stats_text
        from summariser.text.normalise import printable

        typer.echo(printable(stats_text(done.briefing)), err=True, nl=False)
    text = render(done, chosen.value)
    for f in done.briefing.failures:
        say.error(f.error)
    for s in done.briefing.sources:
        if s.off_topic:
            say.warn(f"{s.path} looks off the event's topic; listed apart, not merged")
    _emit(text, path, say)
    if done.briefing.failures:
        raise typer.Exit(1)


def _engine_note(options: EngineOptions, say: Say) -> None:
    """Say on stderr which engine ran when none was configured: once, after the articles were read (an
    input error is the one line that matters then)."""
    from summariser.engines import choose

    _, note = choose(options)
    if note:
        say.note(f"note: {note}")


def _target(output: str | None) -> Path | None:
    """The -o path (None for stdout), refused before any work when it is a FIFO, device or directory."""
    if to_stdout(output):
        return None
    from summariser.atomic import output_target

    path = Path(str(output))
    output_target(path)
    return path


def _emit(text: str, path: Path | None, say: Say) -> None:
    """Print to stdout (no -o, or -o -), or write the file atomically and say so."""
    if path is None:
        typer.echo(text, nl=False)
        return
    from summariser.atomic import write_atomic

    written = write_atomic(path, text)
    through = f" (through the symlink {path})" if written != path else ""
    say.note(f"wrote {written}{through}")


class EvalFormat(StrEnum):
    """Output formats of `eval`."""

    text = "text"
    json = "json"


@app.command("eval", cls=PlainHelp)
@handled
@with_engine
def evaluate(
    files: Inputs,
    gold: Annotated[Path, typer.Option(help="Gold file (see `summarise schema gold`).", metavar="FILE")],
    fmt: Annotated[str, format_option(EvalFormat)] = EvalFormat.text,
    quiet: Quiet = False,
    *,
    options: EngineOptions,
) -> None:
    """Score an engine against hand-written gold: precision, recall, F1, speakers, grounding, conflicts."""
    from summariser.evaluation.report import report_json
    from summariser.evaluation.score import evaluate as run
    from summariser.evaluation.score import load_gold
    from summariser.render.evaluation import eval_text

    report = run(load_gold(gold), files, options)
    _engine_note(options, Say(quiet))
    typer.echo(report_json(report) if fmt == EvalFormat.json else eval_text(report), nl=False)


@app.command(cls=PlainHelp)
@handled
def schema(
    name: Annotated[
        str,
        typer.Argument(help="summit_outcome, briefing or gold; their names when omitted.", metavar="NAME"),
    ] = "",
    write: Annotated[
        Path | None, typer.Option(help="Write the files into this directory.", metavar="DIR")
    ] = None,
) -> None:
    """Print (or write) the JSON Schemas of the public models."""
    from summariser.schemas import MODELS, schema_text, write_schemas

    if write is not None:
        for path in write_schemas(write):
            typer.echo(f"wrote {path}")
        return
    if not name:
        typer.echo("\n".join(MODELS))
        return
    if name not in MODELS:
        raise SummariserError(f"unknown schema {name!r}; choose one of: {', '.join(MODELS)}")
    typer.echo(schema_text(name), nl=False)


def _version(value: bool) -> None:
    """Print the version and stop, as `--version` does everywhere."""
    if value:
        from summariser._version import __version__

        typer.echo(f"summarise {__version__}")
        raise typer.Exit(0)


@app.callback()
def _setup(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Redact secrets from every log record; keep library retry chatter off the terminal."""
    import logging

    from summariser.redact import install

    install()
    for noisy in ("instructor", "openai", "httpx", "httpx2", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)


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
