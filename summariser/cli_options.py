"""The CLI's shared flags, defined once: the engine flags every extracting command takes, and -q/-o."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from summariser.options import EngineOptions

R = TypeVar("R")
PER_PROVIDER = "Default: per provider (see README, Engines)."


def _positive(value: float | None) -> float | None:
    """Refuse zero and negative seconds at parse time (exit 2), as `min=1` does for counts."""
    if value is not None and value <= 0:
        raise typer.BadParameter(f"{value:g} is not greater than 0.")
    return value


def _plain(params: Any) -> Any:
    """Parameters shown in plain words: an argument by its metavar alone, a flag with no "<bool>"."""
    for p in params:
        if isinstance(p, TyperArgument) and p.metavar:
            p.display_type_rich = _no_type  # type: ignore[method-assign]
        elif getattr(p, "is_flag", False) and p.metavar is None:
            p.metavar = ""
    return params


class PlainHelp(TyperCommand):
    """A command whose usage and help read "ARTICLE..." and "--quiet", not "{files}...", "<list[str]>"
    and "--quiet <bool>"."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # Any: typer's vendored click.Context
        """[OPTIONS] then each argument as its metavar, as click writes usage."""
        args = [p for p in self.get_params(ctx) if isinstance(p, TyperArgument)]
        return [self.options_metavar or "", *(_usage_name(p) for p in args)]

    def get_params(self, ctx: Any) -> Any:
        """The parameters, shown in plain words."""
        return _plain(super().get_params(ctx))


class PlainGroup(TyperGroup):
    """The top-level command, its flags shown in plain words too."""

    def get_params(self, ctx: Any) -> Any:
        """The parameters, shown in plain words."""
        return _plain(super().get_params(ctx))


def _usage_name(arg: TyperArgument) -> str:
    """An argument in the usage line: its metavar (or name), in brackets when it may be left out."""
    name = arg.metavar or f"{(arg.name or '').upper()}{'...' if arg.nargs != 1 else ''}"
    return name if arg.required else f"[{name}]"


def _no_type(ctx: Any) -> None:
    """No type label: the metavar already says what goes there."""
    return None


def format_option(kind: type[StrEnum], extra: str = "") -> Any:
    """A --format/-f option over the values of `kind`, refusing any other in plain words."""
    names = [k.value for k in kind]

    def check(value: str | None) -> str | None:
        if value is None or value.casefold() in names:
            return value.casefold() if value else value
        choices = ", ".join(names[:-1]) + f" or {names[-1]}"
        raise typer.BadParameter(f"{value!r} is not a format summarise writes; use {choices}.")

    return typer.Option(
        "--format", "-f", metavar="FORMAT", help=f"{', '.join(names)}. {extra}".strip(), callback=check
    )


Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors on stderr.")]
Output = Annotated[
    str | None, typer.Option("--output", "-o", help="Write here (atomically); - for stdout.", metavar="PATH")
]
Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Articles (.txt, .md, .html), folders (their articles, sorted), or - for stdin.",
        metavar="ARTICLE...",
    ),
]


def _line(message: str) -> None:
    """One line on stderr, with secrets redacted and terminal controls (ESC, backspace) removed."""
    from summariser.redact import redact
    from summariser.text.normalise import printable

    typer.echo(redact(printable(f"summarise: {message}")), err=True)


@dataclass
class Say:
    """Notes and progress on stderr, unless -q; warnings and errors always."""

    quiet: bool = False

    def note(self, message: str) -> None:
        """A line that helps but that scripts may silence."""
        if not self.quiet:
            _line(message)

    def warn(self, message: str) -> None:
        """Something the reader of the memo should know about (an article set apart), even with -q."""
        _line(f"warning: {message}")

    def error(self, message: str) -> None:
        """A failure the user must see, even with -q."""
        _line(f"error: {message}")


def _engine_params() -> list[inspect.Parameter]:
    """The engine flags, as keyword parameters Typer reads from a signature."""
    kw = inspect.Parameter.KEYWORD_ONLY
    flags: list[tuple[str, Any, Any]] = [
        (
            "engine",
            Annotated[
                str, typer.Option(help="auto (llm when a model is set), extractive or llm.", metavar="NAME")
            ],
            "auto",
        ),
        (
            "model",
            Annotated[
                str | None,
                typer.Option(
                    help="e.g. openai/gpt-4o-mini, ollama/llama3.1, llamacpp/NAME.",
                    metavar="MODEL",
                    envvar="SUMMARISER_MODEL",
                    show_envvar=True,
                ),
            ],
            None,
        ),
        (
            "base_url",
            Annotated[
                str | None,
                typer.Option(
                    help="OpenAI-compatible endpoint.",
                    metavar="URL",
                    envvar="OPENAI_BASE_URL",
                    show_envvar=True,
                ),
            ],
            None,
        ),
        (
            "mode",
            Annotated[
                str | None,
                typer.Option(help="tools, json_schema, json or json_object_schema.", metavar="MODE"),
            ],
            None,
        ),
        (
            "concurrency",
            Annotated[
                int | None,
                typer.Option(
                    help=f"Articles sent at once. {PER_PROVIDER}", min=1, show_default=False, metavar="N"
                ),
            ],
            None,
        ),
        (
            "timeout",
            Annotated[
                float | None,
                typer.Option(
                    help=f"Seconds to wait for one answer. {PER_PROVIDER}",
                    callback=_positive,
                    metavar="SECONDS",
                ),
            ],
            None,
        ),
        (
            "max_tokens",
            Annotated[
                int | None,
                typer.Option(help=f"Longest answer, in tokens. {PER_PROVIDER}", min=1, metavar="TOKENS"),
            ],
            None,
        ),
        (
            "no_cache",
            Annotated[bool, typer.Option("--no-cache", help="Ignore and do not write the cache.")],
            False,
        ),
        (
            "cache_dir",
            Annotated[
                Path | None,
                typer.Option(
                    help="Record cache.", metavar="DIR", envvar="SUMMARISER_CACHE_DIR", show_envvar=True
                ),
            ],
            None,
        ),
    ]
    return [inspect.Parameter(name, kw, default=default, annotation=ann) for name, ann, default in flags]


ENGINE_PARAMS = _engine_params()


def engine_options(values: dict[str, Any]) -> EngineOptions:
    """One EngineOptions from the engine flags' values."""
    no_cache = values.pop("no_cache")
    return EngineOptions(use_cache=not no_cache, **values)


def with_engine(fn: Callable[..., R]) -> Callable[..., R]:
    """Give a command the shared engine flags; it receives them as one EngineOptions named `options`."""
    names = [p.name for p in ENGINE_PARAMS]

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        kwargs["options"] = engine_options({n: kwargs.pop(n) for n in names})
        return fn(*args, **kwargs)

    own = [p for p in inspect.signature(fn, eval_str=True).parameters.values() if p.name != "options"]
    wrapper.__signature__ = inspect.Signature([*own, *ENGINE_PARAMS])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in [*own, *ENGINE_PARAMS]}
    return wrapper


def to_stdout(output: str | None) -> bool:
    """No -o, or -o -, means standard output."""
    return output is None or output == "-"


def suffix(output: str | None) -> str:
    """The suffix of the output file, lower case ("" for stdout)."""
    return "" if to_stdout(output) else Path(str(output)).suffix.lower()
