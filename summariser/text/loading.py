"""Loading a spaCy pipeline without the work spaCy does twice or a thousand times over.

Two costs of `spacy.load` are not the model's: a fifth of the load on the pinned model.
- The tokenizer is built twice: once from the language's defaults (1,300 special cases, four regexes),
  then again from the pipeline's own saved tokenizer, which replaces all of it. A pipeline saved with
  spaCy's standard tokenizer can start from an empty one: the saved state is the whole tokenizer.
- Every msgpack read (92 of them) asks the decoder registry for all its decoders, and each ask scans
  every entry point of the environment. Registrations only add, so the answer holds while the
  registry's size does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

EMPTY_TOKENIZER = "summariser.EmptyTokenizer.v1"
STANDARD_TOKENIZER = ("en_core_web_",)  # spaCy's English pipelines: saved with spacy.Tokenizer.v1 in full


def load(spacy: Any, name: str, exclude: list[str]) -> Language:
    """`spacy.load(name, exclude=...)`, the tokenizer built once and registry reads remembered."""
    config: dict[str, Any] = {}
    if name.startswith(STANDARD_TOKENIZER):
        _register_empty_tokenizer(spacy)
        config = {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}
    with steady_decoders():
        loaded: Language = spacy.load(name, exclude=exclude, config=config)
    return loaded


def _register_empty_tokenizer(spacy: Any) -> None:
    """Name, in spaCy's registry, a tokenizer with no rules: the pipeline's saved one fills it in."""
    tokenizers = spacy.util.registry.tokenizers
    if EMPTY_TOKENIZER not in tokenizers:
        tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer)


def _empty_tokenizer() -> Callable[[Language], Any]:
    """A factory of tokenizers that hold nothing but the vocabulary."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # Cython, no stub

    def make(nlp: Language) -> Any:
        return Tokenizer(nlp.vocab)

    return make


@contextmanager
def steady_decoders() -> Iterator[None]:
    """Within the block, srsly's msgpack decoders are looked up once per registry size, not per read."""
    import catalogue
    from srsly import msgpack

    decoders = msgpack.msgpack_decoders
    scan = decoders.get_all
    shadowed = "get_all" in vars(decoders)  # someone else's stand-in, put back as it was
    seen: dict[int, dict[str, Any]] = {}

    def remembered() -> dict[str, Any]:
        size = len(catalogue.REGISTRY)
        if size not in seen:
            seen.clear()
            seen[size] = scan()
        return seen[size]

    decoders.get_all = remembered
    try:
        yield
    finally:
        if shadowed:
            decoders.get_all = scan
        else:
            del decoders.get_all
