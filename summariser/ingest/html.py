"""Main text and metadata of an HTML page, through trafilatura, with what it leaves out put back: a body
the page keeps only as JSON-LD `articleBody`, and a standfirst it keeps only in its meta description."""

from __future__ import annotations

import re

from summariser.errors import InputError
from summariser.ingest import furniture
from summariser.ingest.pagemeta import PageMeta, read_page

BODY_SHARE = 0.5  # extracted text under this share of the JSON body's words: the page showed no body
MIN_JSON_WORDS = 80  # a shorter articleBody is a teaser, not the article
MIN_STANDFIRST_WORDS = 8
SAME_TEXT = 85  # rapidfuzz partial ratio at which a description repeats the article's opening
SENTENCE_END = re.compile(r"[.!?][\"'’”)]?$")


def looks_html(text: str) -> bool:
    """Sniff HTML on standard input, where there is no file suffix."""
    return bool(re.match(r"\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", text, re.I))


def html_main_text(html: str, name: str) -> tuple[str, PageMeta]:
    """The article text of a page and its metadata; `meta.standfirst` is non-empty when the text opens
    with it (a paragraph of its own), since the page showed it nowhere else."""
    import trafilatura

    try:
        tree = trafilatura.load_html(html)
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
        )
        meta = read_page(tree, trafilatura.extract_metadata(html)) if tree is not None else PageMeta()
    except Exception as exc:  # trafilatura and lxml raise assorted errors on broken markup
        raise InputError(
            f"{name}: HTML could not be parsed ({type(exc).__name__}); save the article as text"
        ) from None
    text = _json_body(text or "", meta.json_body)
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML; save the article body as .txt")
    if _standfirst(meta.standfirst, text, meta.outlet):
        return f"{meta.standfirst}\n\n{text}", meta
    meta.standfirst = ""
    return text, meta


def _json_body(text: str, body: str) -> str:
    """The JSON-LD body instead of the extracted text when the page showed little of it (scripts show it)."""
    words = len(body.split())
    return body if words >= MIN_JSON_WORDS and len(text.split()) < BODY_SHARE * words else text


def _standfirst(description: str, text: str, outlet: str) -> bool:
    """Is the meta description a standfirst the text lacks: a whole sentence, not addressed to the reader,
    not about the site, and not a repeat of the article's opening?"""
    from rapidfuzz import fuzz

    d = " ".join(description.split())
    if len(d.split()) < MIN_STANDFIRST_WORDS or not SENTENCE_END.search(d):
        return False
    if furniture.reader_directed(d) or (outlet and outlet.casefold() in d.casefold()):
        return False
    return fuzz.partial_ratio(d.casefold(), text.casefold()) < SAME_TEXT
