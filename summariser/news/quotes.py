"""Quoted passages in news text and who said them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summariser.news import lexicon
from summariser.news.people import PeopleFinder, Person

OPENERS = "“«„"
MARK_RE = re.compile('["“”«»„‘’]')
CLOSERS = "”»"
MIN_WORDS = 3  # shorter quoted fragments ("robust") are scare quotes, not statements
TRAIL = " \t\n,;:"
VERB = rf"(?:{lexicon.SPEECH_VERBS})"
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
GENERIC_SPEAKER = re.compile(
    r"(?:spokes(?:person|man|woman)|officials?|statement|declaration|communiq[uú]e|office|ministry|"
    r"kremlin|government|sources?|diplomats?|minister|presidency|palace|house|embassy|aides?)$",
    re.IGNORECASE,
)
NAME_INTRO = re.compile(r"(?:\b(?:the|a|an|so-called|dubbed|called|named|its|our|their)\s*)$", re.IGNORECASE)
SPLIT_GAP = re.compile(rf"^\s*,?\s*(?:\S+\s+){{0,5}}?{VERB}(?:\s+\S+){{0,3}}?\s*[,:]\s*$", re.IGNORECASE)


@dataclass
class Passage:
    """A stretch of text inside quotation marks; several spans when split or continued."""

    spans: list[tuple[int, int]]
    open_pos: int
    close_pos: int
    speaker: str = ""
    person: Person | None = None
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The quoted words, parts joined by a space."""
        return " ".join(self.texts)


def find_passages(text: str, paragraphs: list[tuple[int, int]]) -> list[Passage]:
    """Pair quotation marks per paragraph; an unclosed quote continues into a paragraph that opens one."""
    out: list[Passage] = []
    pending: Passage | None = None
    for start, end in paragraphs:
        marks = _marks(text, start, end)
        continued = marks and marks[0][0] == start and marks[0][1] == "open"
        if pending is not None and not continued:
            pending = None
        open_at: int | None = None
        for pos, kind in marks:
            if kind == "open" and open_at is None:
                open_at = pos
            elif kind == "close" and open_at is not None:
                part = _inner(text, open_at + 1, pos)
                if pending is not None:
                    pending.spans.append(part)
                    pending.close_pos = pos
                    out.append(pending)
                    pending = None
                else:
                    out.append(Passage([part], open_at, pos))
                open_at = None
        if open_at is not None:
            part = _inner(text, open_at + 1, end)
            if pending is None:
                pending = Passage([part], open_at, end)
            else:
                pending.spans.append(part)
    for p in out:
        p.texts = [text[s:e] for s, e in p.spans]
    return [p for p in out if all(e > s for s, e in p.spans)]


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and trailing commas from the inside of a quote."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return start, end


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Quotation marks in a span, classified as opening or closing by their context.

    Double marks pair with each other. Single curly marks (British style) count only outside a
    double-quoted passage, and a closing ’ between two letters is an apostrophe, not a mark.
    """
    marks: list[tuple[int, str]] = []
    depth = 0
    for hit in MARK_RE.finditer(text, start, end):
        i, ch = hit.start(), hit.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        kind = ""
        if ch in OPENERS or (ch == '"' and (prev.isspace() or prev in "([{—–-/‘" or i == start)):
            kind, depth = "open", depth + 1
        elif ch in CLOSERS or ch == '"':
            kind, depth = "close", max(0, depth - 1)
        elif depth == 0 and ch == "‘" and (prev.isspace() or prev in "([{—–-/" or i == start):
            kind = "open"
        elif (
            depth == 0 and ch == "’" and not (prev.isalpha() and nxt.isalpha()) and _single_open(marks, text)
        ):
            kind = "close"
        if kind:
            marks.append((i, kind))
    return marks


def _single_open(marks: list[tuple[int, str]], text: str) -> bool:
    """Is the last unmatched mark a single opening quote?"""
    return bool(marks) and marks[-1][1] == "open" and text[marks[-1][0]] == "‘"


def is_statement(passage: Passage, text: str) -> bool:
    """Tell quoted statements from scare quotes and quoted names ("the 'Paris Declaration'")."""
    words = passage.text.split()
    if len(words) < MIN_WORDS:
        return False
    lead = text[max(0, passage.open_pos - 20) : passage.open_pos]
    inner_end = re.search(r"[.!?]", passage.text) is not None
    return not (NAME_INTRO.search(lead) and not inner_end and len(words) <= 6)


class Attributor:
    """Finds the speaker of each passage from attribution verbs around it, resolving pronouns."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], people: PeopleFinder) -> None:
        self.text = text
        self.sentences = sentences
        self.people = people

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span containing a position."""
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    def attribute(self, passages: list[Passage]) -> None:
        """Set `speaker` on every passage that has one; quotes masked so names inside them do not count."""
        quoted = [(p.open_pos, p.close_pos + 1) for p in passages]
        prev: Passage | None = None
        for p in passages:
            person, phrase = self._find(p, quoted)
            if not (person or phrase) and prev is not None and self._continues(prev, p):
                person, phrase = prev.person, prev.speaker
            p.person = person
            p.speaker = person.name if person else phrase
            prev = p

    def _find(self, p: Passage, quoted: list[tuple[int, int]]) -> tuple[Person | None, str]:
        """Look right after the quote, then before it in its sentence, then later in the sentence."""
        s_start, _ = self.sentence_of(p.open_pos)
        _, s_end = self.sentence_of(max(p.close_pos - 1, p.open_pos))
        after_end = max(s_end, self.sentence_of(p.close_pos + 1)[1])
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
            return self.people.last_before(pos + m.start("pron") - m.start(), exclude=quoted), ""
        tail = re.search(rf"\b{PRONOUNS}\s*$", subj, re.IGNORECASE)
        if tail:
            sub_start = m.start("subj") if groups.get("subj") else m.start("subj2")
            return self.people.last_before(pos + sub_start - m.start() + tail.start(), exclude=quoted), ""
        subj = subj.strip(" ,.;:")
        for word in reversed(re.findall(r"[\w'’-]+", subj)):
            person = self.people.resolve(re.sub(r"['’]s$", "", word))
            if person is not None and word[:1].isupper():
                return person, ""
        phrase = re.sub(
            r"^(?:.*\b(?:and|but|while|as|that|after|,)\s+)?(?:the|a|an)\s+", "", subj, flags=re.I
        )
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


def masked(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """Slice text with every quoted passage replaced by spaces (offsets preserved)."""
    out, pos = [], start
    for qs, qe in sorted(quoted):
        a, b = max(qs, pos), min(qe, end)
        if a >= b:
            continue
        out += [text[pos:a], " " * (b - a)]
        pos = b
    out.append(text[pos:end])
    return "".join(out)


def merge_split_quotes(passages: list[Passage], text: str) -> list[Passage]:
    """Join '"A," he said, "B"' into one quote with two spans."""
    out: list[Passage] = []
    for p in passages:
        last = out[-1] if out else None
        gap = text[last.close_pos + 1 : p.open_pos] if last else ""
        comma = last is not None and text[last.close_pos - 1] == ","
        if (
            last is not None
            and comma
            and last.speaker == p.speaker
            and SPLIT_GAP.match(gap)
            and "\n" not in gap
        ):
            last.spans += p.spans
            last.texts += p.texts
            last.close_pos = p.close_pos
            continue
        out.append(p)
    return out
