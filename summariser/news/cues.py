"""Cue phrases that mark outcomes (agreed … rejected), open issues and signing in news sentences."""

from __future__ import annotations

import re

from summariser.models import PointStatus

IC = re.IGNORECASE
ACTION = (
    r"(?:establish|deploy|provide|send|create|coordinate|lead|continue|support|set\s+up|monitor|"
    r"contribute|join|host|hold|meet|sign|fund|finance|build|train|take|launch|open|station|"
    r"guarantee|come\s+into\s+force|enter\s+into\s+force|implement|extend|increase|cut|reduce|"
    r"supply|deliver|restore|assist|deter|defend|finali[sz]e|adopt|form|convene|resume|commit|"
    r"remain|become|be\s+(?:sent|deployed|based|stationed|established|created|provided|led))"
)
# Checked in this order: the first status whose cue matches wins.
STATUS_CUES: list[tuple[PointStatus, re.Pattern[str]]] = [
    (
        "dropped",
        re.compile(
            r"\b(?:was|were)\s+(?:not|no\s+longer)\s+(?:in|included\s+in|part\s+of)\s+the\s+"
            r"(?:final\s+)?(?:communiq[uú]e|statement|declaration|text|agreement)|"
            r"\b(?:was|were|had\s+been|has\s+been)\s+(?:dropped|removed|deleted|omitted|struck|cut|left\s+out|"
            r"watered\s+down|scrapped|shelved|abandoned)\b",
            IC,
        ),
    ),
    (
        "rejected",
        re.compile(
            r"\b(?:ruled\s+out|rejected|rejects|refused|refuses|declined\s+to|vetoed|"
            r"(?:would|will)\s+not\s+(?:accept|contribute|join|sign|agree|send|take\s+part)|"
            r"categorically\s+oppose|(?:has|have)\s+(?:also\s+)?(?:repeatedly\s+)?opposed|"
            r"opposed\s+any|won['’]t\s+(?:accept|sign|join))\b",
            IC,
        ),
    ),
    ("intended", re.compile(r"\b(?:declaration|letter|memorandum|statement)\s+of\s+intent\b", IC)),
    (
        "agreed",
        re.compile(
            r"(?<!nearly\s)(?<!almost\s)(?<!not\s)(?<!\bis\s)(?<!\bbe\s)\b(?:agreed\s+(?:to|on|upon|key|a|an|the)|"
            r"reached\s+(?:an?\s+)?(?:agreement|deal|consensus)|approved|adopted|endorsed|signed|"
            r"ratified|struck\s+a\s+deal|yielded\s+breakthroughs?|"
            r"(?:have|has)\s+(?:\w+\s+)?(?:finished|concluded|agreed))\b",
            IC,
        ),
    ),
    (
        "intended",
        re.compile(
            rf"\b(?:declaration\s+of\s+intent|intends?\s+to|plans?\s+to|pledged|committed\s+to|"
            rf"commits?\s+(?:\w+\s+){{0,2}}to|"
            rf"ready\s+to\s+{ACTION}|foresees|(?:will|would|shall)\s+(?:\w+\s+)?{ACTION})\b",
            IC,
        ),
    ),
    (
        "proposed",
        re.compile(
            rf"\b(?:proposed|proposal|suggested|floated|offered\s+to|could\s+(?:\w+\s+)?{ACTION}|"
            rf"may\s+{ACTION}|considering|drawn\s+up\s+a\s+plan)\b",
            IC,
        ),
    ),
]
OPEN_ISSUE = re.compile(
    r"\b(?:(?:still|yet)\s+(?:to\s+be|must\s+be|needs?\s+to\s+be)\s+(?:resolved|agreed|settled|decided|"
    r"finali[sz]ed|determined)|remain(?:s|ed)?\s+(?:unresolved|unclear|open|undecided|a\s+sticking\s+point)|"
    r"unresolved|sticking\s+points?|critical\s+issue|main\s+obstacle|(?:key|open|outstanding)\s+"
    r"(?:question|issue)s?|still\s+must\s+finali[sz]e|(?:no|little)\s+(?:further\s+)?clarity|"
    r"disagreements?\s+remain|not\s+yet\s+(?:been\s+)?agreed|to\s+be\s+determined|"
    r"hardest\s+yards\s+are\s+still\s+ahead|issue\s+still\s+to\s+be\s+resolved)",
    IC,
)
SIGNED = re.compile(
    r"\b(?:signed|inked|initial(?:l)?ed|(?:put|added)\s+(?:their|his|her)\s+signatures?\s+to)\b", IC
)
NOT_SIGNED = re.compile(
    r"(?:\bto|trying\s+to|ready\s+to|will|would|could|plan\s+to|expected\s+to|due\s+to)\s+$", IC
)
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", IC)
REFUSED = re.compile(
    r"\b(?:refused|declined|did\s+not|didn['’]t|would\s+not|will\s+not|won['’]t)\s+(?:to\s+)?sign\b", IC
)
DOCUMENT = re.compile(
    r"^\s*(?:an?|the|this|that|their|its)?\s*(?P<doc>(?:[\w'’-]+\s+){0,5}?(?:declaration|agreement|accord|"
    r"treaty|pact|statement|communiq[uú]e|memorandum|protocol|deal|charter|letter|document|"
    r"roadmap|road\s+map|plan|framework|convention|resolution)(?:\s+of\s+(?:intent|understanding|"
    r"principles|cooperation))?)",
    IC,
)


def point_status(sentence: str) -> PointStatus | None:
    """The outcome status a sentence's cue phrases express, or None when it states no outcome."""
    for status, rx in STATUS_CUES:
        if rx.search(sentence):
            return status
    return None


def is_open_issue(sentence: str) -> bool:
    """Does the sentence say something is still unresolved?"""
    return bool(OPEN_ISSUE.search(sentence))


def signing_events(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, refused) of every reported signature and refusal to sign, in order.

    Intentions ("ready to sign", "trying to sign") and agentless passives ("once a deal is signed")
    are not signatures.
    """
    events = [(m.start(), m.end(), True) for m in REFUSED.finditer(sentence)]
    for m in SIGNED.finditer(sentence):
        head, tail = sentence[: m.start()], sentence[m.end() :]
        if NOT_SIGNED.search(head) or (PASSIVE.search(head) and not re.match(r"\s+by\b", tail)):
            continue
        events.append((m.start(), m.end(), False))
    return sorted(events)


def document_after(text: str) -> str:
    """The document named right after a signing verb ("a declaration of intent that …")."""
    m = DOCUMENT.match(text)
    return " ".join(m.group("doc").split()) if m else ""
