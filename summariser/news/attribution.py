"""Who said each quoted passage: the parse's reporting verb first, then patterns around the marks."""

from __future__ import annotations

import re
from bisect import bisect_right

from summariser.news.names import Person
from summariser.news.people import PeopleFinder
from summariser.news.quotes import VERB, Passage, masked
from summariser.news.spans import QuoteSpans
from summariser.news.speakers import SpeakerFinder

SUBJ_WORD = r"[\w'’.-]+"
PRONOUNS = r"(?:he|she|they|who)"
AFTER_IMMEDIATE = re.compile(
    rf"""^[\s,.;:—–-]*(?:
        (?P<pron>{PRONOUNS})\s+{VERB}\b
      | {VERB}\s+(?P<subj2>(?:{SUBJ_WORD}\s+){{0,5}}?{SUBJ_WORD}?)
        (?=\s*[,.;:]|\s+[—–-]\s|\s*$|\s+(?:in|at|on|after|during|before|to|as)\b)
      | (?P<subj>(?:{SUBJ_WORD}\s+){{0,6}}?){VERB}\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
VERB_RE = re.compile(rf"\b{VERB}\b", re.IGNORECASE)
SUBJECT_TAIL = re.compile(rf"(?P<subj>(?:{SUBJ_WORD}\s+){{0,5}}{SUBJ_WORD})\s*$")
APPOSITIVE_TAIL = re.compile(r",[^,]{1,80},\s*$")
# Compiled once: `_resolve` runs for every quote, and `re`'s own cache lookup cost a fifth of it.
PRONOUN_TAIL = re.compile(rf"\b{PRONOUNS}\s*$", re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")
POSSESSIVE_S = re.compile(r"['’]s$")
LEADING_ARTICLE = re.compile(r"^(?:.*\b(?:and|but|while|as|that|after|,)\s+)?(?:the|a|an)\s+", re.I)
WINDOW = 600  # characters searched either side of a quote: a longer "sentence" is not prose
GENERIC_SPEAKER = re.compile(
    r"(?:spokes(?:person|man|woman)|officials?|statement|declaration|communiq[uú]e|office|ministry|"
    r"kremlin|government|sources?|diplomats?|minister|presidency|palace|house|embassy|aides?)$",
    re.IGNORECASE,
)


class Attributor:
    """Finds the speaker of each passage from attribution verbs around it, resolving pronouns."""

    def __init__(
        self,
        text: str,
        sentences: list[tuple[int, int]],
        people: PeopleFinder,
        finder: SpeakerFinder | None = None,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.people = people
        self.finder = finder
        self._order = sorted(sentences)
        self._starts = [s for s, _ in self._order]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span containing a position (a binary search: there is one call per quote)."""
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self._order[k][1]:
            return self._order[k]
        return pos, pos

    def attribute(self, passages: list[Passage]) -> None:
        """Set `speaker` on every passage that has one; quotes masked so names inside them do not count."""
        quoted = QuoteSpans((p.open_pos, p.close_pos + 1) for p in passages)
        prev: Passage | None = None
        for p in passages:
            if self.finder is not None and self.finder.is_phrase(p.open_pos, p.close_pos):
                continue  # the reporter's words in quotation marks: no statement, no speaker
            person, phrase = self.finder.speaker(p.open_pos, p.close_pos) if self.finder else (None, "")
            if not (person or phrase):
                person, phrase = self._find(p, quoted)
            if not (person or phrase) and prev is not None and self._continues(prev, p):
                person, phrase = prev.person, prev.speaker
            if not (person or phrase) and self.finder is not None:
                person, phrase = self.finder.predicate_speaker(p.open_pos, p.close_pos)
            p.person = person
            p.speaker = person.name if person else phrase
            prev = p

    def _find(self, p: Passage, quoted: list[tuple[int, int]]) -> tuple[Person | None, str]:
        """Look right after the quote, then before it in its sentence, then later in the sentence."""
        s_start = max(self.sentence_of(p.open_pos)[0], p.open_pos - WINDOW)
        _, s_end = self.sentence_of(max(p.close_pos - 1, p.open_pos))
        after_end = min(max(s_end, self.sentence_of(p.close_pos + 1)[1]), p.close_pos + 1 + WINDOW)
        after = masked(self.text, p.close_pos + 1, after_end, quoted)
        m = AFTER_IMMEDIATE.match(after)
        if m:
            found = self._resolve(m, p.close_pos + 1 + m.start(), quoted)
            if found[0] or found[1]:
                return found
        before = masked(self.text, s_start, p.open_pos, quoted)
        for hit in reversed(list(VERB_RE.finditer(before))):
            found = self._subject(before[: hit.start()], s_start, quoted)
            if found[0] or found[1]:
                return found
        for hit in VERB_RE.finditer(after):
            found = self._subject(after[: hit.start()], p.close_pos + 1, quoted)
            if found[0] or found[1]:
                return found
        return None, ""

    def _subject(self, head: str, offset: int, quoted: list[tuple[int, int]]) -> tuple[Person | None, str]:
        """Resolve the subject that ends `head` (skipping an appositive: "Witkoff, who was there, said")."""
        head = head.rstrip()
        appositive = APPOSITIVE_TAIL.search(head)
        candidates = (
            [head[: appositive.start()], head[: appositive.end()].rstrip(" ,")] if appositive else [head]
        )
        phrase = ""
        for cand in candidates:
            m = SUBJECT_TAIL.search(cand)
            person, generic = self._resolve(m, offset + m.start(), quoted) if m else (None, "")
            if person is not None:
                return person, ""
            phrase = phrase or generic
        return None, phrase

    def _resolve(
        self, m: re.Match[str], pos: int, quoted: list[tuple[int, int]]
    ) -> tuple[Person | None, str]:
        """Turn a matched subject (name, title phrase or pronoun) into a speaker."""
        groups = m.groupdict()
        subj = groups.get("subj") or groups.get("subj2") or ""
        if groups.get("pron"):
            if groups["pron"].casefold() == "they":
                return None, ""  # a group: the parse names it, one of its members would be wrong
            return self.people.last_before(pos + m.start("pron") - m.start(), exclude=quoted), ""
        tail = PRONOUN_TAIL.search(subj)
        if tail and tail.group().strip().casefold() == "they":
            return None, ""
        if tail:
            sub_start = m.start("subj") if groups.get("subj") else m.start("subj2")
            return self.people.last_before(pos + sub_start - m.start() + tail.start(), exclude=quoted), ""
        subj = subj.strip(" ,.;:")
        for word in reversed(WORD.findall(subj)):
            person = self.people.resolve(POSSESSIVE_S.sub("", word))
            if person is not None and word[:1].isupper():
                return person, ""
        phrase = LEADING_ARTICLE.sub("", subj)
        phrase = phrase.strip()
        if phrase and GENERIC_SPEAKER.search(phrase) and len(phrase.split()) <= 5:
            return None, phrase[:1].upper() + phrase[1:]
        return None, ""

    def _continues(self, prev: Passage, p: Passage) -> bool:
        """A quote that opens its sentence, with no speech verb in it, right after an attributed one."""
        between = self.text[prev.close_pos + 1 : p.open_pos]
        s_start, s_end = self.sentence_of(p.open_pos)
        sentence = masked(self.text, s_start, max(s_end, p.close_pos + 1), [(p.open_pos, p.close_pos + 1)])
        opens = not self.text[s_start : p.open_pos].strip()
        return bool(prev.speaker) and opens and len(between) < 200 and not VERB_RE.search(sentence)
