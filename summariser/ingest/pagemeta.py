"""What an HTML page says about its article beyond the text: headline, publisher, date and agency, the
standfirst it keeps only in its meta description and a body it keeps only as JSON.

trafilatura's metadata (the field's library) is the base; this adds what it misses: the visible `<h1>`
where `og:title` words the headline differently or holds a CMS placeholder, the publisher's name as
readers know it (see `publisher`), a date the page labels as the publication date, and the agency the
byline or a "Provided by" line credits.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from summariser.ingest import credits, publisher
from summariser.ingest.dates import iso_date, labelled_date

ARTICLE_TYPES = frozenset(
    t.casefold()
    for t in (
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "OpinionNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
    )
)
MIN_OVERLAP = 0.3  # share of the shorter headline's words the other must hold to be the same headline
PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished", "pubdate")
NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
OWNER_WORD = r"[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*\.?"  # "KBS", "BreakingBelizeNews.com", "St."
# The owner a copyright or credit line names: "© 2023 KBS WORLD", "copyrighted property of Example News".
COPYRIGHT = re.compile(
    r"(?i:©|copyright(?:ed)?(?:[ \t]+property[ \t]+of|[ \t]*©)?|property[ \t]+of)[ \t]*"
    r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)?[ \t,]*"
    rf"(?P<name>(?:[Tt]he[ \t]+)?{OWNER_WORD}(?:[ \t]+(?:of[ \t]+)?{OWNER_WORD}){{0,4}})",
)
NOT_OWNER = re.compile(r"\b(?:All\s+Rights|Rights\s+Reserved|Inc|LLC|Ltd|Limited|Plc|Corp)\b.*$", re.I)
VISIBLE = "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass
class PageMeta:
    """The article's metadata as the page gives it ("" where it gives none)."""

    title: str = ""
    outlet: str = ""
    date: str = ""
    agency: str = ""
    standfirst: str = ""
    json_body: str = ""


def read_page(tree: Any, found: Any) -> PageMeta:
    """Metadata of a parsed page (`tree`, lxml) on top of trafilatura's (`found`, may be None)."""
    meta = _meta_tags(tree)
    ld = _json_ld(tree)
    article = next((o for o in ld if _types(o) & ARTICLE_TYPES), {})
    url = meta.get("og:url") or _canonical(tree) or str(getattr(found, "url", None) or "")
    raw_title = meta.get("og:title") or _text(article.get("headline")) or _title_tag(tree)
    raw_title = raw_title or str(getattr(found, "title", None) or "")
    lines = [" ".join(str(n).split()) for n in tree.xpath(VISIBLE)]  # the text nodes a reader sees
    names, hints = _outlet_names(tree, meta, ld, article, found, lines)
    agency = _agency(lines, article, found)
    outlet = publisher.choose_outlet(names, hints, url, raw_title) or agency or publisher.host(url)
    headline = publisher.without_site(raw_title, outlet, url) if raw_title else ""
    visible = " ".join(lines)
    return PageMeta(
        title=choose_title(_h1s(tree), headline),
        outlet=outlet,
        date=_date(visible, meta, article, found),
        agency=agency,
        standfirst=meta.get("og:description") or meta.get("description") or "",
        json_body=_text(article.get("articleBody")),
    )


def choose_title(h1s: list[str], meta_title: str) -> str:
    """The visible headline: the `<h1>` that shares most words with the meta title (a logo, a login box or
    a newsletter box shares none), without a section label the meta title lacks; else the meta title."""
    meta_words = _words(meta_title)
    placeholder = len(meta_words) < 2  # "escenic": a CMS name where the headline should be
    best, score = "", 0.0
    for h in h1s:
        words = _words(h)
        if len(words) < 2:
            continue
        shared = len(words & meta_words) / min(len(words), len(meta_words)) if meta_words else 0.0
        if shared > score and shared >= MIN_OVERLAP:
            best, score = h, shared
    if not best and placeholder:
        best = next((h for h in h1s if len(_words(h)) >= 3), "")
    if not best:
        return meta_title
    if meta_title and not placeholder and meta_title.casefold() in best.casefold():
        return meta_title  # "Local News | <headline>": the label is not part of the headline
    return best


def _words(text: str) -> set[str]:
    """The words of a headline, case folded."""
    return {w.casefold() for w in WORD.findall(text)}


def _text(value: Any) -> str:
    """A JSON-LD value as one clean string ("" for anything else)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _types(obj: dict[str, Any]) -> set[str]:
    """The schema.org types of a JSON-LD object, case folded."""
    t = obj.get("@type", [])
    return {str(x).casefold() for x in (t if isinstance(t, list) else [t])}


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, nested graphs and lists flattened."""
    out: list[dict[str, Any]] = []
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            stack: list[Any] = [json.loads(script.text or "", strict=False)]
        except ValueError:
            continue
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack = item + stack
            elif isinstance(item, dict):
                out.append(item)
                stack += [item[k] for k in ("@graph", "mainEntity") if k in item]
    return out


def _meta_tags(tree: Any) -> dict[str, str]:
    """`<meta>` contents by property or name (lower case), the first of each."""
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().casefold()
        content = " ".join((el.get("content") or "").split())
        if key and content and key not in tags:
            tags[key] = content
    return tags


def _canonical(tree: Any) -> str:
    """The page's canonical URL, when it declares one."""
    found = tree.xpath('//link[@rel="canonical"]/@href')
    return str(found[0]) if found else ""


def _h1s(tree: Any) -> list[str]:
    """The texts of the page's `<h1>` elements, in order."""
    return [t for el in tree.iter("h1") if (t := " ".join(el.text_content().split()))]


def _outlet_names(
    tree: Any,
    meta: dict[str, str],
    ld: list[dict[str, Any]],
    article: dict[str, Any],
    found: Any,
    lines: list[str],
) -> tuple[list[str], list[str]]:
    """Names the page gives its publisher, the most deliberate first, and weaker hints (copyright owners,
    handles, the `<title>`'s parts) that count only where they spell the page's domain."""
    names = [_name_of(article.get("publisher"), ld)]
    names += [_text(o.get("name")) for o in ld if _types(o) & {"newsmediaorganization", "organization"}]
    names += [meta.get(k, "") for k in NAME_KEYS]
    hints: list[str] = []
    for title in (meta.get("og:title", ""), _title_tag(tree), str(getattr(found, "title", None) or "")):
        parts = publisher.title_parts(title)
        hints += parts[1:] + parts[:1] if len(parts) > 1 else []  # site name after the headline, or before
    hints += [_owner(m.group("name")) for m in COPYRIGHT.finditer(" \n".join(lines))][:6]
    hints += [meta.get("twitter:site", "").lstrip("@"), str(getattr(found, "sitename", None) or "")]
    return [n for n in names if n], [h for h in hints if h]


def _title_tag(tree: Any) -> str:
    """The text of the page's `<title>`."""
    found = tree.xpath("//head/title")
    return " ".join(found[0].text_content().split()) if found else ""


def _owner(name: str) -> str:
    """A copyright line's name up to the end of its sentence and without "All Rights Reserved" or "Inc."."""
    words: list[str] = []
    for w in NOT_OWNER.sub("", name).split():
        words.append(w.rstrip("."))
        if w.endswith(".") and len(w) > 4:  # "News." or "Example.com." ends a sentence, "St." does not
            break
    return " ".join(words)


def _name_of(value: Any, ld: list[dict[str, Any]]) -> str:
    """The name of a JSON-LD organisation, following an `@id` reference to its object."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return " ".join(value.split())
    if not isinstance(value, dict):
        return ""
    if "name" in value:
        return _text(value["name"])
    ref = value.get("@id")
    return next((_text(o.get("name")) for o in ld if ref and o.get("@id") == ref and "name" in o), "")


def _date(visible: str, meta: dict[str, str], article: dict[str, Any], found: Any) -> str:
    """The publication date: one the page labels so ("Published: …"), else trafilatura's unless it is later
    than the published-time markup (then it is an update's date), else that markup."""
    labelled = labelled_date(visible)
    if labelled:
        return labelled
    marked = next((d for k in PUBLISHED_KEYS if (d := iso_date(meta.get(k, "")))), "")
    marked = marked or iso_date(_text(article.get("datePublished")))
    guessed = iso_date(str(getattr(found, "date", None) or ""))
    if guessed and marked and guessed > marked:
        return marked
    return guessed or marked


def _agency(lines: list[str], article: dict[str, Any], found: Any) -> str:
    """The agency the byline names as author, or a "Provided by …" credit standing on its own."""
    authors = article.get("author", [])
    names = [_name_of(a, []) for a in (authors if isinstance(authors, list) else [authors])]
    names += re.split(r"\s*(?:;|,|\band\b)\s*", str(getattr(found, "author", None) or ""))
    agency = next((credits.agency_named(n) for n in names if credits.agency_named(n)), "")
    if agency:
        return agency
    return next((name for line in lines if len(line) <= 80 and (name := credits.credit_line(line))), "")
