"""Generic detection of page furniture: appeals, link lists, hashtags, captions, bylines, headers."""

from __future__ import annotations

import re

IC = re.IGNORECASE

# A one-line masthead appeal ("Support The Daily Planet!") is furniture but opens no block.
MASTHEAD_APPEAL = re.compile(
    r"^support\s+(?:us|our\s+\w+|(?-i:the\s+[A-Z][\w' ]{1,40}|[A-Z][\w' ]{1,40}))\s*!?\s*$", re.I
)

APPEAL_START = re.compile(
    r"""^(?:.*\bsign\s+up\b.*\b(?:newsletter|updates|alerts)\b
    |.*\bnewsletters?\b
    |.*\bsubscribe\s+(?:to|now|today)\b
    |a\s+message\s+from\b
    |dear\s+(?:readers?|friends|subscribers?)\b
    |.*\b(?:donate|make\s+a\s+donation|become\s+a\s+(?:member|supporter|patron|subscriber))\b
    |.*\bsupport\s+(?:independent|our|quality)\s+journalism\b)""",
    IC | re.VERBOSE,
)
APPEAL_WORDS = re.compile(
    r"\b(?:support\w*|donat\w*|contribut\w*|subscri\w*|newsletter|journalis\w*|readers?|mailbox|"
    r"inbox|privacy\s+policy|paywall|membership|help\s+us|fund\w*|independent)\b",
    IC,
)
FIRST_PLURAL = re.compile(r"\b(?:we|our|us|ours|we're|we've)\b", IC)
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
LIST_HEADING = re.compile(
    r"""^(?:related(?:\s+(?:items|articles|stories|content|coverage|news|posts|links))?
    |read\s+(?:more|also|next)|more\s+on\s+this(?:\s+(?:story|topic))?|see\s+also
    |you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?
    |most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|latest\s+news
    |more\s+from\s+[\w' ]{1,30}|further\s+reading)\s*:?\s*$""",
    IC | re.VERBOSE,
)
HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){2,}$")
CREDIT_TAIL = re.compile(
    r"""(?:^|[.)!?]\s+)(?:
        (?i:photo|image|picture|pictured|credit|photograph)s?(?i:\s+credit)?\s*:.{0,120}
      | [A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s*/\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})+
      | (?:AP|AFP|Reuters|EPA(?:-EFE)?|TASS|Getty\s+Images|Shutterstock|Xinhua|ANP|dpa)
        (?:\s+(?:via\s+Getty\s+Images|Photo.*))?
    )\s*$""",
    re.VERBOSE,
)
POSITION_MARK = re.compile(r"\((?:L|R|C|left|right|centre|center|top|bottom|front|back)\)")
BYLINE = re.compile(
    r"""^(?:(?:by|words\s+by|written\s+by|reporting\s+by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}.*
    |\(?reporting\s+by\b.*
    |[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+(?:team|staff|desk|bureau|newsroom|editors?|
       correspondents?|reporters?|news\s+service)
    |(?:©|copyright\b|all\s+rights\s+reserved).*)\s*$""",
    IC | re.VERBOSE,
)
UI_LINE = re.compile(
    r"""^(?:share(?:\s+this(?:\s+(?:article|story|page))?)?|follow\s+us\b.*|click\s+here\b.*
    |advertisement|skip\s+to\s+(?:main\s+)?content|listen\s+to\s+this\s+article.*|copy\s+link
    |comments?|print|email|tweet|save(?:\s+article)?|share\s+on\s+\w+|preview)\s*:?\s*$""",
    IC | re.VERBOSE,
)
META_HEADER = re.compile(
    r"""^\s*(?:date|published|posted|updated|last\s+updated)\s*:?\s*
    (\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})
    (?:[T\s]\d{1,2}:\d{2}(?::\d{2})?\S*)?\s*(.*)$""",
    IC | re.VERBOSE,
)
DATELINE = re.compile(
    r"""(?P<place>[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})
    (?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?
    (?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?
    \s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?
    \s*(?:--|—|–|-)\s+""",
    re.VERBOSE,
)
MASTHEAD = re.compile(
    r"^(?:support|a\s+message\s+from|subscribe\s+to)\s+((?-i:(?:[Tt]he\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,4}))",
    IC,
)
SIGNOFF_OUTLET = re.compile(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:team|staff|desk|newsroom)$", IC)


RAW_HTML = re.compile(r"^\s*</?(?:script|style|iframe|object|embed|img|link|meta|svg|form|input)\b", IC)
# Sentences addressed to a language model rather than to readers: kept out of what engines see.
INSTRUCTION = re.compile(
    r"""^\W*(?:(?:system|assistant|user|developer|instructions?)\s*:
    |(?:please\s+)?(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)?
      (?:previous|prior|above|earlier|preceding|system|these|those|other)?\s*(?:instructions|rules|prompts?|directions)
    |(?:you\s+are\s+now|from\s+now\s+on,?\s+you|act\s+as\s+(?:an?\s+)?(?:ai|assistant|model))\b
    |(?:as\s+an?\s+(?:ai|language\s+model|assistant))\b)""",
    IC | re.VERBOSE,
)


def _ui_line(p: str) -> bool:
    """Short button-like lines of donation and subscription widgets."""
    n = len(p.split())
    if UI_LINE.match(p):
        return True
    if n <= 4 and not re.search(r"[,;]", p):
        return True
    return n <= 7 and (not re.search(r"[.]$", p) or bool(APPEAL_WORDS.search(p)))


def _headline_like(p: str) -> bool:
    """A linked headline in a list: short and without closing punctuation."""
    return len(p.split()) <= 25 and not re.search(r"[.!?]$", p)


def _appeal_like(p: str) -> bool:
    """First-person plural outside quotes together with appeal vocabulary."""
    unquoted = QUOTED.sub(" ", p)
    return bool(FIRST_PLURAL.search(unquoted)) and bool(APPEAL_WORDS.search(unquoted))


class FurnitureScanner:
    """Walks paragraphs in order, since appeals and link lists run across several of them."""

    def __init__(self) -> None:
        self.mode = ""  # "", "appeal", "letter" or "related"

    def classify(self, p: str) -> str:
        """Return the furniture reason for paragraph text `p`, or "" to keep it."""
        reason = self._continue_block(p)
        if reason:
            return reason
        self.mode = ""
        return self._single(p)

    def _continue_block(self, p: str) -> str:
        """Extend an open appeal, letter or link-list block."""
        if self.mode == "letter":
            if re.search(r"\bthank\s+you\b", p, IC):
                self.mode = "appeal"
            return "donation or newsletter appeal"
        if self.mode == "appeal" and (
            APPEAL_START.match(p) or _appeal_like(p) or _ui_line(p) or LIST_HEADING.match(p)
        ):
            if re.match(r"dear\s+", p, IC):
                self.mode = "letter"
            return "donation or newsletter appeal"
        if self.mode == "related" and _headline_like(p) and not (UI_LINE.match(p) or BYLINE.match(p)):
            return "related-links list"
        return ""

    def _single(self, p: str) -> str:
        """Classify a paragraph on its own and open a block where one starts."""
        if MASTHEAD_APPEAL.match(p):
            return "donation or newsletter appeal"
        if APPEAL_START.match(p):
            self.mode = "letter" if re.match(r"dear\s+", p, IC) else "appeal"
            return "donation or newsletter appeal"
        if LIST_HEADING.match(p):
            self.mode = "related"
            return "related-links list"
        if HASHTAGS.match(p):
            return "hashtag line"
        if META_HEADER.match(p):
            return "metadata header"
        if CREDIT_TAIL.search(p) or POSITION_MARK.search(p) or re.match(r"!\[", p):
            return "photo caption or credit"
        if BYLINE.match(p):
            return "byline or sign-off"
        if RAW_HTML.match(p):
            return "raw HTML markup"
        if UI_LINE.match(p):
            return "share or navigation link"
        return ""


def outlet_hint(p: str) -> str:
    """Recognise an outlet named by a masthead, appeal or sign-off line."""
    for rx in (MASTHEAD, SIGNOFF_OUTLET):
        m = rx.match(p.strip())
        if m:
            return m.group(1).strip()
    return ""
