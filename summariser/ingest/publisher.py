"""The publisher of a page as readers know it ("The Times of Israel", not "timesofisrael" or a tagline).

A page names its publisher in several places (JSON-LD, `og:site_name`, the `<title>` suffix, the
copyright line, app and Twitter names), some of them a handle, a domain or a slogan. The name that spells
the page's own domain ("Breaking Belize News" for breakingbelizenews.com) is the one readers know; with
none that does, the first place that holds a name, not a sentence or a domain, is taken.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_NAME_WORDS = 6  # a longer "site name" is a slogan ("Belize News and Opinion on www.…")
DOMAIN_FORM = re.compile(r"^(?:www\.)?([\w-]+(?:\.[\w-]+)*?)\.(?:[a-z]{2,6})(?:\.[a-z]{2})?$", re.I)
TITLE_PARTS = re.compile(r"\s+[|–—•·»:-]\s+|\s+-{2}\s+")  # "Headline | Site", "Headline – Site — site.com"
TRIM = " \t.,;:|–—-"
NOT_A_NAME = re.compile(r"www\.|https?:|@|[.!?]\s|\bon\s+www\b", re.I)


def squash(text: str) -> str:
    """Letters and digits only, case folded: how a name is spelt inside a domain."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def host_labels(url: str) -> list[str]:
    """The labels of a page's host that name the site: "world.kbs.co.kr" -> ["world", "kbs"]."""
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").casefold()
    labels = [x for x in host.split(".") if x and x != "www"]
    country = len(labels[-1]) == 2 if labels else False
    if len(labels) >= 2:
        labels.pop()
    if country and len(labels) >= 2 and len(labels[-1]) <= 3:  # co.uk, com.au, co.kr
        labels.pop()
    return labels


def undomained(name: str) -> str:
    """A name written as a domain, without its suffix ("BreakingBelizeNews.com" -> "BreakingBelizeNews")."""
    m = DOMAIN_FORM.match(name.strip())
    return m.group(1) if m and " " not in name.strip() else name.strip()


def agreeing(name: str, labels: list[str]) -> tuple[str, bool]:
    """The leading words of `name` that spell the domain, and whether they are the whole name."""
    words = undomained(name).split()
    keys = {squash(x) for x in labels} | {"".join(labels), "".join(reversed(labels))}
    keys.discard("")
    for k in range(len(words), 0, -1):
        head = words[:k]
        bare = head[1:] if head[0].casefold() == "the" and k > 1 else head
        if squash(" ".join(head)) in keys or squash(" ".join(bare)) in keys:
            return " ".join(head), k == len(words)
    return "", False


def name_like(text: str, title: str = "") -> bool:
    """A short name, not a sentence, slogan, handle, domain or the headline itself."""
    t = text.strip()
    if not t or len(t.split()) > MAX_NAME_WORDS or NOT_A_NAME.search(t) or DOMAIN_FORM.match(t):
        return False
    return squash(t) != squash(title) and not t.startswith(("#", "@"))


def title_parts(title: str) -> list[str]:
    """A `<title>` cut at its separators: the headline and the site's name, in the page's order."""
    return [p.strip() for p in TITLE_PARTS.split(title) if p.strip()]


def host(url: str) -> str:
    """The page's host without "www." ("" when the URL has none)."""
    name = (urlsplit(url if "//" in url else f"//{url}").hostname or "").casefold()
    return name.removeprefix("www.")


def choose_outlet(names: list[str], hints: list[str], url: str, title: str = "") -> str:
    """The publisher's name: the fullest that spells the domain, written as readers see it ("The Times of
    Israel" over the handle "timesofisrael"); else the first of `names` that is a name; else ""."""
    labels = host_labels(url) if url else []
    ranked: list[tuple[bool, int, str]] = []
    for cand in (c.strip(TRIM) for c in [*names, *hints] if c.strip(TRIM)):
        form, full = agreeing(cand, labels) if labels else ("", False)
        written = " " in form or form != form.casefold()  # a handle or a domain is one lower-case word
        if form and written:
            ranked.append((full, len(form.split()), form))
    if ranked:
        return max(ranked, key=lambda r: r[:2])[2]
    return next((c for c in names if name_like(c, title)), "")


def without_site(title: str, outlet: str, url: str) -> str:
    """A headline without the site's name the `<title>` adds before or after it."""
    parts = title_parts(title)
    labels = host_labels(url) if url else []

    def names_site(part: str) -> bool:
        return squash(part) == squash(outlet) or bool(labels and agreeing(part, labels)[1])

    while len(parts) > 1 and names_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and names_site(parts[0]):
        parts.pop(0)
    if len(parts) == len(title_parts(title)):
        return title.strip()
    return _rejoin(title, parts)


def _rejoin(title: str, parts: list[str]) -> str:
    """The stretch of `title` from the first kept part to the last, separators inside kept as written."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(parts)
