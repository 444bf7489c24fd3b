"""Who is who across the articles of one event: one identity per person, state and voice.

Every later stage asks this one: a speaker, signatory, participant or raiser of an issue is looked up
by the form a source gives ("Al Thani", "the prime minister", "Final document") and the source that
gives it, and gets one key. People merge across spellings, hyphens, word orders and partial names
("Mohammed" for "Mohammed bin Abdulrahman Al-Thani") when the partial name fits one person only; a
title alone ("Prime minister", "Indian PM") is the person the sources give that title; a document,
a body or a person's office is a voice, never a person set against another person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summariser.models import Entity, SummitOutcome
from summariser.news import lexicon
from summariser.news.names import fold_name
from summariser.reconcile.canonical import country_key, role_key
from summariser.reconcile.members import Record

PARTICLES = frozenset("al el bin ibn bint abu de da di du van von der den le la del dos ter ben".split())
TITLE_WORDS = frozenset(w for t in lexicon.TITLE_SET for w in t.replace("-", " ").split())
# A document, an institution or an office that is quoted: a voice, not a person (titles are people).
VOICE_NOUNS = (
    frozenset(lexicon.word_list("speaking_bodies")) | frozenset(lexicon.word_list("document_nouns"))
) - TITLE_WORDS
COUNTRY_WORDS = frozenset(
    w.casefold()
    for c in lexicon.countries()
    for form in (c.name, *c.aliases)
    for w in form.split()
    if len(w) > 2
)
DOCUMENTS = frozenset(lexicon.word_list("document_nouns"))  # the event's text speaks with one voice
SAME_TOKEN = 85  # rapidfuzz ratio at which two name words are one spelling ("Nahyan"/"Nahyani")
POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<head>[\w-]+)$")


@dataclass
class Identity:
    """One person, state or voice, with every form and title the sources give it."""

    key: str
    kind: str  # person | country | voice | role
    forms: Counter[str] = field(default_factory=Counter)
    sources: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    roles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)

    def display(self) -> str:
        """The form most sources use among the fullest clean ones (countries by their table name)."""
        if self.kind == "country":
            return self.key.removeprefix("country:")
        best = max(len(name_tokens(f)) for f in self.forms) if self.forms else 0
        full = [f for f in self.forms if len(name_tokens(f)) >= min(best, 2)] or list(self.forms)
        return max(full, key=lambda f: (len(self.sources[f]), self.forms[f], -_oddness(f), len(f)))

    @property
    def country(self) -> str:
        """The country most sources give this person, "" when none."""
        return self.countries.most_common(1)[0][0] if self.countries else ""


@dataclass(frozen=True)
class Mention:
    """One form as one source gives it, with the title and country that source gives with it."""

    sid: str
    name: str
    role: str = ""
    country: str = ""


def mentions(records: list[Record]) -> list[Mention]:
    """Every name form the records use: signatories, speakers, participants, raisers of issues."""
    out = []
    for r in records:
        sid, o = r.source.id, r.outcome
        out += [Mention(sid, p.name, p.role, p.country) for p in o.participants]
        out += [Mention(sid, s.name, "" if s.role == "state" else s.role, s.country) for s in o.signatories]
        out += [Mention(sid, n) for n in _spoken(o)]
    return [m for m in out if m.name.strip()]


def _spoken(o: SummitOutcome) -> list[str]:
    """Speakers and raisers of issues: names with no title attached."""
    return [*(q.speaker for q in o.quotes), *(i.raised_by for i in o.open_issues if i.raised_by)]


def name_tokens(name: str) -> tuple[str, ...]:
    """The distinctive words of a personal name: folded, hyphens split, particles and titles dropped."""
    words = fold_name(name.replace("-", " ").replace("’", "'")).split()
    words = [w for w in words if w not in PARTICLES]
    while words and _not_a_name(words[0]):
        words = words[1:]
    return tuple(words)


def _not_a_name(word: str) -> bool:
    """A leading word that belongs to a title, a country or an institution, not to the person."""
    return (
        word in TITLE_WORDS
        or word in lexicon.NON_PERSON_WORDS
        or word in COUNTRY_WORDS
        or bool(lexicon.country_of(word))
        or word in {h.rstrip(".") for h in lexicon.HONORIFICS}
    )


def _oddness(form: str) -> int:
    """How far a form is from a clean name: a trailing particle, a leading title or country word."""
    words = fold_name(form.replace("-", " ")).split()
    odd = int(bool(words) and words[-1] in PARTICLES)
    return odd + int(bool(words) and _not_a_name(words[0]) and words[0] not in PARTICLES)


def same_token(a: str, b: str) -> bool:
    """Two name words that are one spelling ("Zelensky"/"Zelenskyy", "Nahyan"/"Nahyani")."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and a[:3] == b[:3] and fuzz.ratio(a, b) >= SAME_TOKEN


def within(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """Every word of one name found in another, spelling variants allowed."""
    return bool(small) and all(any(same_token(s, b) for b in big) for s in small)


class Identities:
    """The identities of one event's coverage, built once; later stages only look forms up."""

    def __init__(self) -> None:
        self.by_key: dict[str, Identity] = {}
        self.by_form: dict[str, str] = {}
        self.by_role: dict[tuple[str, str, str], str] = {}  # (sid, form, role) -> key, per source

    def key(self, name: str, sid: str = "") -> str:
        """The identity a source means by a form ("" for an empty form)."""
        form = " ".join(name.split())
        if not form:
            return ""
        found = self.by_role.get((sid, form, "")) or self.by_form.get(form)
        return found or self._within(form) or _fallback(form)

    def _within(self, form: str) -> str:
        """The one known person whose name holds every word of a form no record gave, else ""."""
        tokens = name_tokens(form)
        fits = [
            k
            for k, ident in self.by_key.items()
            if ident.kind == "person" and within(tokens, tuple(k.removeprefix("person:").split()))
        ]
        return fits[0] if len(fits) == 1 else ""

    def get(self, key: str) -> Identity | None:
        """The identity under a key, if the sources gave it."""
        return self.by_key.get(key)

    def display(self, key: str) -> str:
        """How the memo names an identity."""
        ident = self.by_key.get(key)
        if ident is not None and ident.forms:
            return ident.display()
        return key.split(":", 1)[-1]

    def is_person(self, key: str) -> bool:
        """A named person (not a state, a document, a body, or a title no source puts a name to)."""
        return key.startswith("person:")

    def entities(self) -> list[Entity]:
        """Every identity known by more than one form, so an analyst sees which spellings were merged."""
        out = []
        for _key, ident in sorted(self.by_key.items()):
            variants = set(ident.forms)
            if ident.kind == "country":
                variants.add(ident.display())
            if len(variants) > 1 and ident.kind in ("person", "country"):
                kind = "person" if ident.kind == "person" else "country"
                out.append(Entity(name=ident.display(), kind=kind, variants=sorted(variants)[:50]))
        return out


def _fallback(form: str) -> str:
    """Key of a form no record gave (a lookup made by a later stage): its country, else its words; ""
    for a form that names nobody."""
    if classify(form) == "none":
        return ""
    return country_key(form) or "person:" + " ".join(sorted(name_tokens(form)) or [form.casefold()])


def identities(records: list[Record]) -> Identities:
    """Resolve every form the records use into identities."""
    found = mentions(records)
    ids = Identities()
    people: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    titles: list[Mention] = []
    for m in found:
        kind = classify(m.name)
        if kind == "none":
            continue
        if kind == "country":
            _add(ids, country_key(m.name), "country", m)
        elif kind == "voice":
            titles.append(m)  # resolved after people: "Netanyahu's office" is Netanyahu's voice
        elif kind == "role":
            titles.append(m)
        else:
            people[name_tokens(m.name)].append(m)
    for tokens, ms in _merged(people).items():
        key = "person:" + " ".join(sorted(tokens))
        for m in ms:
            _add(ids, key, "person", m)
    for m in titles:
        _resolve_title(ids, m)
    return ids


def classify(name: str) -> str:
    """person | country | voice (a document, body or office) | role (a title with no name)."""
    form = " ".join(name.split())
    if country_key(form):
        return "country"
    words = fold_name(form.replace("-", " ")).split()
    if not words:
        return "none"
    if words[-1] in VOICE_NOUNS or words[-1].removesuffix("s") in VOICE_NOUNS:
        return "voice"
    if not name_tokens(form):
        if any(w in TITLE_WORDS for w in words):
            return "role"
        return (
            "none" if all(w in PARTICLES for w in words) else "voice"
        )  # "Al" names nobody; "leaders" a group
    return "person"


def _merged(people: dict[tuple[str, ...], list[Mention]]) -> dict[tuple[str, ...], list[Mention]]:
    """Forms joined when one's words are all in another's and it fits that one person only."""
    order = sorted(people, key=lambda t: (-len(t), t))
    homes: dict[tuple[str, ...], tuple[str, ...]] = {}
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in order:
        candidates = {homes[c] for w in tokens for c in index.get(w[:3], []) if within(tokens, c)}
        if len(candidates) == 1:
            homes[tokens] = candidates.pop()
        else:
            homes[tokens] = tokens
        for w in tokens:
            index[w[:3]].append(tokens)
    out: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for tokens, ms in people.items():
        out[homes[tokens]] += ms
    return out


def _add(ids: Identities, key: str, kind: str, m: Mention) -> None:
    """Record one mention under an identity."""
    ident = ids.by_key.setdefault(key, Identity(key, kind))
    form = " ".join(m.name.split())
    ident.forms[form] += 1
    ident.sources[form].add(m.sid)
    if m.role and role_key(m.role):
        ident.roles[role_key(m.role)] += 1
    if m.country:
        ident.countries[m.country] += 1
    ids.by_form.setdefault(form, key)


def _resolve_title(ids: Identities, m: Mention) -> None:
    """A title or a voice: the person it stands for when the sources allow one, else its own key."""
    form = " ".join(m.name.split())
    owner = POSSESSIVE.match(form)
    if owner and classify(owner.group("owner")) == "person":
        key = ids.key(owner.group("owner"))  # "Netanyahu's office" speaks for Netanyahu
        ids.by_role[(m.sid, form, "")] = key
        ids.by_form.setdefault(form, key)
        return
    if classify(form) == "voice":
        head = fold_name(form).split()[-1]
        _add(ids, "voice:" + ("document" if head in DOCUMENTS else head), "voice", m)
        return
    holder = _holder(ids, form, m.sid)
    if holder:
        ids.by_role[(m.sid, form, "")] = holder
        ids.by_form.setdefault(form, holder)
    else:
        _add(ids, "role:" + (role_key(_title_words(form)) or fold_name(form)), "role", m)


def _title_words(form: str) -> str:
    """The title in a role-only form, country words and determiners dropped ("Indian PM" → "PM")."""
    words = [w for w in form.split() if not lexicon.country_of(w) and w.casefold() not in ("the", "a", "an")]
    return " ".join(words)


def _holder(ids: Identities, form: str, sid: str) -> str:
    """The one person the sources (this source first) give this title, with a fitting country."""
    title = role_key(_title_words(form)) or lexicon.TITLE_SYNONYMS.get(_title_words(form).casefold(), "")
    if not title:
        return ""
    country = next((c for w in form.split() if (c := lexicon.country_of(w))), "")
    holders = [
        ident
        for ident in ids.by_key.values()
        if ident.kind == "person" and title in ident.roles and (not country or country in ident.countries)
    ]
    here = [h for h in holders if any(sid in s for s in h.sources.values())]
    pick = here if len(here) == 1 else holders
    return pick[0].key if len(pick) == 1 else ""
