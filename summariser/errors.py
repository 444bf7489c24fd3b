"""One root exception so callers can catch everything the project raises on purpose."""

from __future__ import annotations


class SummariserError(Exception):
    """Base for every error the project raises deliberately; `message` is safe to show users."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(SummariserError):
    """An input file cannot be used as an article (missing, empty, binary, too large …)."""


class ConfigError(SummariserError):
    """The run is misconfigured (missing key, unknown engine, bad flag combination)."""


class EngineError(SummariserError):
    """An engine failed on one article; the run goes on with the others."""

    exit_code = 1


class OutputError(SummariserError):
    """The memo could not be written (disk full, permission denied)."""


class ArgumentTypeError(SummariserError, TypeError):
    """A library call got an argument of the wrong type (e.g. `extract(None)`); also a TypeError."""
