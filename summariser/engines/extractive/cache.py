"""The extractive engine's cache key: a record is reused only for the same document, the same code and
word lists, and the same spaCy pipeline, so a stale record cannot outlive a change to any of them."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from summariser._version import __version__
from summariser.text import nlp
from summariser.text.document import Document

PACKAGE = Path(__file__).resolve().parents[2]  # summariser/


@cache
def code_fingerprint() -> str:
    """Hash of every source and data file of the package: any edit (a rule, a word list) is a new key."""
    digest = hashlib.sha256()
    for path in sorted(
        p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in {".py", ".txt", ".tsv", ".json"}
    ):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def pipeline_id(model: str) -> tuple[str, str, str]:
    """spaCy's version, the pipeline's name and its package version; looked up once per process (reading
    installed metadata costs about a millisecond, too much to repeat for every article)."""
    return _version("spacy"), model, _version(model.replace("_", "-"))


def _version(distribution: str) -> str:
    """An installed distribution's version, or "" when it is not installed as one."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def key(doc: Document) -> str:
    """Everything that can change an extractive record: the whole document, the code, the spaCy pipeline."""
    parts = {
        "engine": "extractive",
        "version": __version__,
        "code": code_fingerprint(),
        "spacy": pipeline_id(nlp.model_name()),
        "document": hashlib.sha256(doc.model_dump_json().encode()).hexdigest(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
