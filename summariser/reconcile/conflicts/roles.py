"""Role conflicts: one person given titles that cannot both hold (President vs Prime Minister), and one
post of one country given to different people (two foreign ministers of one country)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from summariser.models import Claim, Conflict, Evidence
from summariser.news import lexicon
from summariser.news.names import fold_name
from summariser.reconcile.canonical import person_key, role_key
from summariser.reconcile.conflicts.common import cites, sentence_around
from summariser.reconcile.members import Sourced

# Posts a country fills with one person at a time (a country has many governors, mayors, speakers).
NATIONAL_POSTS = frozenset(lexicon.word_list("national_posts"))
FORMER = re.compile(r"(?i:former|ex-?)\s*")  # a post no longer held; "outgoing" still holds it
PARTICLES = frozenset("al el bin ibn bint abu de da di van von der".split())


@dataclass(frozen=True)
class Title:
    """A person as one source titles them, with where the source does so."""

    name: str
    role: str
    country: str
    evidence: Evidence
    who: str = ""  # the person's identity across the articles ("" when the caller has none)

    @property
    def person(self) -> str:
        """The key this title is compared under: the identity, else the name's own key."""
        return self.who or person_key(self.name)


Titled = Sourced[Title]


def roles(titled: list[Titled], display: Callable[[str], str]) -> list[Conflict]:
    """People whose exclusive titles differ between independent stories."""
    seen: dict[str, dict[str, list[Titled]]] = defaultdict(lambda: defaultdict(list))
    given: set[tuple[str, str, str]] = set()
    for t in titled:
        rk = role_key(t.item.role)
        if rk and (t.sid, t.item.name, t.item.role) not in given:
            given.add((t.sid, t.item.name, t.item.role))
            seen[t.item.person][rk].append(t)
    out = []
    for key, by_role in seen.items():
        if len(by_role) < 2 or len({t.group for ts in by_role.values() for t in ts}) < 2:
            continue
        claims = [_claim(entries, entries[0].item.role) for entries in by_role.values()]
        sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
        basis = "each side is the title a story gives this person; one person does not hold both at once"
        summary = f"{display(key)}'s title differs: {sides}"
        out.append(Conflict(kind="role", summary=summary, claims=claims, basis=basis))
    return out


def posts(titled: list[Titled], display: Callable[[str], str]) -> list[Conflict]:
    """One country's single-holder post (its foreign minister) given to different people by independent
    stories, when no story names both as holding it (a story naming both speaks of two times)."""
    by_post: dict[tuple[str, str], list[Titled]] = defaultdict(list)
    for t in titled:
        rk = role_key(t.item.role)
        if t.item.country and rk in NATIONAL_POSTS and rk == _plain(t.item.role):
            by_post[(t.item.country, rk)].append(t)
    out = []
    for (country, post), entries in sorted(by_post.items()):
        holders = _holders(entries)
        if len(holders) < 2 or not _independent(holders):
            continue
        claims = [_claim(h, display(h[0].item.person)) for h in holders]
        sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
        basis = (
            f"each side is the person a story names as {country}'s {post}, a post one person holds at a "
            "time; no story names both"
        )
        summary = f"Sources name different people as {country}'s {post}: {sides}"
        out.append(Conflict(kind="role", summary=summary, claims=claims, basis=basis))
    return out


def tenure(titled: list[Titled], display: Callable[[str], str]) -> list[Conflict]:
    """One person called a former holder of a post by one story and its holder by an independent one
    ("former President X" against "President X"): both cannot describe the day of the event."""
    by: dict[tuple[str, str], tuple[list[Titled], list[Titled]]] = defaultdict(lambda: ([], []))
    for t in titled:
        past = FORMER.match(t.item.role)
        rk = role_key(t.item.role[past.end() :] if past else t.item.role)
        if rk:
            by[(t.item.person, rk)][0 if past else 1].append(t)
    out = []
    for (key, post), (former, sitting) in sorted(by.items()):
        if not former or not sitting or not {t.group for t in former} - {t.group for t in sitting}:
            continue
        claims = [_claim(former, f"former {post}"), _claim(sitting, post)]
        sides = " vs ".join(f"{c.value} {cites(c.sources)}" for c in claims)
        basis = "each side is the title a story gives this person at the event; a post is held or it is not"
        summary = f"Sources differ on whether {display(key)} still holds the post: {sides}"
        out.append(Conflict(kind="role", summary=summary, claims=claims, basis=basis))
    return out


def _plain(role: str) -> str:
    """A title as written, lower case, synonyms resolved, and nothing stripped (no "acting", "deputy")."""
    r = re.sub(r"\s+", " ", role.casefold().strip(" ,."))
    return lexicon.TITLE_SYNONYMS.get(r, r)


def _name_parts(name: str) -> frozenset[str]:
    """The distinctive words of a name ("khalid", "khalifa"; particles such as "bin" and "al" left out)."""
    return frozenset(w for w in fold_name(name.replace("-", " ")).split() if w not in PARTICLES)


def _holders(entries: list[Titled]) -> list[list[Titled]]:
    """Entries grouped by person; names sharing a word may be one person spelled two ways."""
    by_name: dict[str, list[Titled]] = defaultdict(list)
    for t in entries:
        by_name[t.item.name].append(t)
    groups: list[tuple[frozenset[str], list[Titled]]] = []
    for name, named in by_name.items():
        parts = _name_parts(name)
        same = [g for g in groups if parts & g[0]]
        merged = (parts.union(*(g[0] for g in same)), named + [x for g in same for x in g[1]])
        groups = [g for g in groups if all(g is not x for x in same)] + [merged]
    return [sorted(g, key=lambda t: int(t.sid) if t.sid.isdigit() else 0) for _, g in groups]


def _independent(holders: list[list[Titled]]) -> bool:
    """Holders named by different stories, and no one source naming two of them."""
    sids = [{t.sid for t in h} for h in holders]
    if any(a & b for i, a in enumerate(sids) for b in sids[i + 1 :]):
        return False
    groups = [{t.group for t in h} for h in holders]
    return any(a != b for i, a in enumerate(groups) for b in groups[i + 1 :])


def _claim(entries: list[Titled], value: str) -> Claim:
    """One side: the sentence where the first source gives the title, and every source that agrees."""
    first = entries[0]
    ev = first.item.evidence
    return Claim(
        source=first.sid,
        text=sentence_around(first.doc, ev.start, ev.end),
        value=value,
        evidence=ev,
        sources=sorted({t.sid for t in entries}, key=lambda s: int(s) if s.isdigit() else 0),
    )
