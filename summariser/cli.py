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
from summariser.options import EngineOptions
from summariser.output import BriefFormat, output_format, render
from summariser.redact import redact

app = typer.Typer(
    add_completion=False,
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


def say(line: str) -> None:
    """One line on stderr, with secrets redacted and terminal controls (ESC, backspace) removed."""
    from summariser.text.normalise import printable

    typer.echo(redact(printable(line)), err=True)


def handled(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn the project's errors into one stderr line and the documented exit code."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SummariserError as exc:
            say(f"summarise: error: {exc.message}")
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo(f"summarise: {INTERRUPTED}", err=True)
            raise typer.Exit(130) from None

    return wrapper


@app.command()
@handled
def clean(
    file: Annotated[str, typer.Argument(help="Article (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[CleanFormat, typer.Option("--format", "-f")] = CleanFormat.text,
) -> None:
    """Show the sentences the engines will see, and the furniture dropped (with reasons)."""
    from summariser.ingest.load import load
    from summariser.render.clean import clean_json, clean_text

    doc = load(file)
    for note in doc.notes:
        say(f"summarise: note: {note}")
    typer.echo(clean_json(doc) if fmt is CleanFormat.json else clean_text(doc), nl=False)


class ExtractFormat(StrEnum):
    """Output formats of `extract`."""

    json = "json"
    markdown = "markdown"


Engine = Annotated[str, typer.Option(help="auto (llm when a model is set), extractive or llm.")]
Model = Annotated[
    str | None, typer.Option(help="e.g. openai/gpt-4o-mini, ollama/llama3.1 [env: SUMMARISER_MODEL]")
]
BaseUrl = Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint [env: OPENAI_BASE_URL]")]
Mode = Annotated[str | None, typer.Option(help="tools, json_schema, json or json_object_schema (llama.cpp)")]
Concurrency = Annotated[int, typer.Option(help="Articles sent to the model at once.")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Ignore and do not write the record cache.")]
CacheDir = Annotated[Path | None, typer.Option(help="[env: SUMMARISER_CACHE_DIR]")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for one model answer.")]
MaxTokens = Annotated[int, typer.Option(help="Longest model answer, in tokens.")]
Stats = Annotated[bool, typer.Option("--stats", help="Print token usage per article and in total (stderr).")]


def _options(
    engine: str,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    concurrency: int,
    no_cache: bool,
    cache_dir: Path | None,
    timeout: float,
    max_tokens: int,
) -> EngineOptions:
    """Collect the engine flags, and say on stderr when no model is configured."""
    from summariser.engines import choose

    options = EngineOptions(
        engine=engine,
        model=model,
        base_url=base_url,
        mode=mode,
        concurrency=concurrency,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        timeout=timeout,
        max_tokens=max_tokens,
    )
    _, note = choose(options)
    if note:
        say(f"summarise: note: {note}")
    return options


@app.command()
@handled
def extract(
    file: Annotated[str, typer.Argument(help="Article (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.json,
    engine: Engine = "auto",
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    timeout: Timeout = 60.0,
    max_tokens: MaxTokens = 2048,
) -> None:
    """Extract one SummitOutcome from one article; every item carries its evidence span."""
    from summariser.api import document
    from summariser.api import extract as run

    options = _options(engine, model, base_url, mode, 1, no_cache, cache_dir, timeout, max_tokens)
    doc = document(file)
    for note in doc.notes:
        say(f"summarise: note: {note}")
    outcome = run(doc, engine=engine, options=options)
    if fmt is ExtractFormat.json:
        typer.echo(outcome.model_dump_json(indent=2))
    else:
        from summariser.render.outcome import outcome_markdown

        typer.echo(outcome_markdown(outcome), nl=False)


@app.command()
@handled
def brief(
    files: Annotated[list[str], typer.Argument(help="Articles (.txt, .md, .html); - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically).")] = None,
    fmt: Annotated[
        BriefFormat | None, typer.Option("--format", "-f", help="Default: from -o suffix.")
    ] = None,
    engine: Engine = "auto",
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    concurrency: Concurrency = 4,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    timeout: Timeout = 60.0,
    max_tokens: MaxTokens = 2048,
    stats: Stats = False,
) -> None:
    """Reconcile several articles about one event into a briefing memo."""
    from summariser.atomic import target_of, write_atomic
    from summariser.pipeline import run
    from summariser.progress import progress_bar

    chosen = output_format(output, fmt)
    if output is not None:
        target_of(output)  # refuse a FIFO, device or directory before any work is done
    options = _options(engine, model, base_url, mode, concurrency, no_cache, cache_dir, timeout, max_tokens)
    with progress_bar(len(files)) as tick:
        done = run(files, options, progress=tick)
    briefing = done.briefing
    if stats:
        from summariser.render.stats import stats_text
        from summariser.text.normalise import printable

        typer.echo(printable(stats_text(briefing)), err=True, nl=False)
    text = render(briefing, {sid: doc.text for sid, doc in done.documents().items()}, chosen)
    for f in briefing.failures:
        say(f"summarise: error: {f.error}")
    for s in briefing.sources:
        if s.off_topic:
            say(f"summarise: warning: {s.path} looks off the event's topic; listed apart, not merged")
    if output is None:
        typer.echo(text, nl=False)
    else:
        written = write_atomic(output, text)
        through = f" (through the symlink {output})" if written != output else ""
        say(f"wrote {written}{through}")
    if briefing.failures:
        raise typer.Exit(1)


class EvalFormat(StrEnum):
    """Output formats of `eval`."""

    text = "text"
    json = "json"


@app.command("eval")
@handled
def evaluate(
    files: Annotated[
        list[str], typer.Argument(help="The articles the gold file describes (and any others).")
    ],
    gold: Annotated[Path, typer.Option(help="Gold file (see `summarise schema gold`).")],
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.text,
    engine: Engine = "auto",
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    timeout: Timeout = 60.0,
    max_tokens: MaxTokens = 2048,
) -> None:
    """Score an engine against hand-written gold: precision, recall, F1, speakers, grounding, conflicts."""
    from summariser.evaluation.report import report_json
    from summariser.evaluation.score import evaluate as run
    from summariser.evaluation.score import load_gold
    from summariser.render.evaluation import eval_text

    options = _options(engine, model, base_url, mode, 1, no_cache, cache_dir, timeout, max_tokens)
    report = run(load_gold(gold), files, options)
    typer.echo(report_json(report) if fmt is EvalFormat.json else eval_text(report), nl=False)


@app.command()
@handled
def schema(
    name: Annotated[str, typer.Argument(help="summit_outcome, briefing or gold; all when omitted.")] = "",
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


@app.callback()
def _setup() -> None:
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
