"""Prompt files: loaded from `prompts/`, validated once, and filled without any template engine."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summariser.errors import ConfigError

MARKER = re.compile(r"\{\{([A-Z_]+)\}\}")
# Each prompt file and the markers it must contain, each exactly once per line kind.
REQUIRED = {"extract.system.md": set(), "extract.user.md": {"ARTICLE"}, "shorter.user.md": set()}


@dataclass(frozen=True)
class Prompt:
    """A validated prompt template."""

    name: str
    text: str

    def fill(self, **values: str) -> str:
        """Replace each marker by plain string splicing: values are never parsed or evaluated."""
        pieces = MARKER.split(self.text)
        out = []
        for i, piece in enumerate(pieces):
            out.append(values[piece] if i % 2 else piece)
        return "".join(out)


def prompt_dir() -> Path:
    """Prompts ship inside the wheel as summariser/prompts; in a source checkout they sit at the top."""
    package = Path(__file__).resolve().parents[2]  # the summariser package
    packaged = package / "prompts"
    return packaged if packaged.is_dir() else package.parent / "prompts"


@cache
def load(name: str) -> Prompt:
    """Load and validate one prompt file: it must exist and use exactly its required markers."""
    path = prompt_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise ConfigError(f"{path}: prompt file missing; reinstall summit-brief") from None
    found = set(MARKER.findall(text))
    if found != REQUIRED.get(name, set()):
        raise ConfigError(
            f"{path}: prompt markers {sorted(found)} should be {sorted(REQUIRED.get(name, set()))}"
        )
    return Prompt(name, text)


@cache
def version() -> str:
    """Short hash of every prompt file: part of the cache key, so editing a prompt invalidates it."""
    digest = hashlib.sha256()
    for name in sorted(REQUIRED):
        digest.update(load(name).text.encode("utf-8"))
    return digest.hexdigest()[:12]
