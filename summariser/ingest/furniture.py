"""Generic detection of page furniture: appeals, link lists, hashtags, captions, bylines, headers."""

from __future__ import annotations

import re
import unicodedata

from summariser.ingest import promos
from summariser.ingest.credits import credit_line
from summariser.ingest.dates import DATE
from summariser.ingest.promos import QUOTED
from summariser.ingest.promos import WE as FIRST_PLURAL
from summariser.ingest.promos import YOU as SECOND_PERSON

IC = re.IGNORECASE
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept?",
    "Oct",
    "Nov",
    "Dec",
)

# A one-line masthead appeal ("Support The Daily Planet!") is furniture but opens no block.
MASTHEAD_APPEAL = re.compile(
    r"^support\s+(?:us|our\s+\w+|(?-i:the\s+[A-Z][\w' ]{1,40}|[A-Z][\w' ]{1,40}))\s*!?\s*$", re.I
)

# Openings that are appeals by their shape alone: a sign-up or subscribe imperative, a letter to readers.
APPEAL_START = re.compile(
    r"""^(?:(?:please\s+)?sign\s+up\b.*\b(?:newsletter|updates|alerts)\b
    |(?:please\s+)?subscribe\s+(?:to|now|today)\b
    |a\s+message\s+from\b
    |dear\s+(?:readers?|friends|subscribers?)\b)""",
    IC | re.VERBOSE,
)
# Appeal vocabulary that news copy also uses ("a donation", "become a member of the alliance"): an appeal only
# when addressed to the reader (see `_addressed`).
APPEAL_ASK = re.compile(
    r"""\b(?:donate|make\s+a\s+donation|newsletters?|subscribe
    |become\s+a\s+(?:member|supporter|patron|subscriber)(?!\s+of\b)
    |support\s+(?:independent|our|quality)\s+journalism)\b""",
    IC | re.VERBOSE,
)
IMPERATIVE = re.compile(r"^\W*(?:please\s+)?(?:donate|subscribe|become|support|sign\s+up|join|give)\b", IC)
APPEAL_WORDS = re.compile(
    r"\b(?:support\w*|donat\w*|contribut\w*|subscri\w*|newsletter|journalis\w*|readers?|mailbox|"
    r"inbox|privacy\s+policy|paywall|membership|help\s+us|fund\w*|independent)\b",
    IC,
)
LIST_HEADING = re.compile(
    r"""^(?:related(?:\s+(?:items|articles|stories|content|coverage|news|posts|links))?
    |read\s+(?:more|also|next)|more\s+on\s+this(?:\s+(?:story|topic))?|see\s+also
    |you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?
    |most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|latest\s+news|related\s+topics
    |more\s+(?:from|on)\s+[\w'’ ]{1,30}|further\s+reading)\s*:?\s*$""",
    IC | re.VERBOSE,
)
HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){2,}$")
CREDIT_TAIL = re.compile(
    r"""(?:^|[.)!?]\s+)(?:
        (?i:photo|image|picture|pictured|credit|photograph)s?(?i:\s+credit)?\s*:.{0,120}
      | (?i:(?:featured|header|top|lead|main|cover)\s+)?(?i:photo|image|picture|photograph)s?
        \s+(?i:by|courtesy\s+of)\s.{1,100}
      | [A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s*/\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})+
      | (?:AP|AFP|Reuters|EPA(?:-EFE)?|TASS|Getty\s+Images|Shutterstock|Xinhua|ANP|dpa)
        (?:\s+(?:via\s+Getty\s+Images|Photo.*))?
    )\s*$""",
    re.VERBOSE,
)
# A photo credit standing alone in brackets: "(Ana Ruiz/Pool Photo via AP)", "(AP Photo/Ben Lee)".
BRACKETED_CREDIT = re.compile(r"^\([^()]{0,80}(?:/|\b[Pp]hoto\b)[^()]{0,80}\)$")
POSITION_MARK = re.compile(  # "(L)", "(c.)": where someone stands in a photo; "(c)" alone may number a list
    r"\((?:[LRC]\.?|[lrc]\.|left|right|centre|center|top|bottom|front|back)\)"
)
NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|bin|al|da|del|la|le)){0,4}"
# A byline is "By" and names (or an agency), maybe a role or outlet after a comma or bar, and nothing else.
BYLINE = re.compile(
    rf"""^(?:(?i:by|words\s+by|written\s+by|reporting\s+by)\s+(?!(?:{"|".join(DAYS + MONTHS)})\b)
       {NAME}(?:\s*(?:,|and|&)\s+{NAME})*(?:\s*[,|–—-]\s*(?:{NAME}|(?i:staff|writer|correspondent|reporter)s?))?\.?
    |\(?(?i:reporting\s+by)\b.*
    |[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}}\s+(?i:team|staff|desk|bureau|newsroom|editors?|
       correspondents?|reporters?|news\s+service)
    |(?:©|(?i:copyright)\s+(?:©\s*)?\d{{4}}).*
    |.{{0,80}}\b(?i:all\s+rights\s+reserved)\b.{{0,20}})\s*$""",
    re.VERBOSE,
)
UI_LINE = re.compile(
    r"""^(?:share(?:\s+this(?:\s+(?:article|story|page))?)?|follow\s+us\b.*|click\s+here\b.*
    |advertisement|skip\s+to\s+(?:main\s+)?content|listen\s+to\s+this\s+article.*|copy\s+link
    |comments?|print|email|tweet|save(?:\s+article)?|share\s+on\s+\w+|preview)\s*:?\s*$""",
    IC | re.VERBOSE,
)
CAPTION = "photo caption or credit"
META_HEADER = re.compile(
    rf"""^\s*(?:date|(?:first\s+)?published|posted|updated|last\s+updated|release\s+date|released|written)
    (?:\s+on)?\s*:?\s*(?P<date>{DATE.pattern})
    (?:[T\s,]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\S*(?:\s*[ap]\.?m\.?)?)?\s*(?P<rest>.*)$""",
    IC | re.VERBOSE,
)
TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*\.?\s*$", IC)
# "PARIS (AFP) --", "ST CATHERINE, Jamaica —", or a credit in the same place: "KVELLER via JTA —".
DATELINE = re.compile(
    r"""(?:(?P<place>[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})
    (?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?
    (?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?
    \s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?
    |[A-Z][A-Z.&'-]+(?:\s+[A-Z][A-Z.&'-]+){0,3}\s+via\s+(?P<via>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}))
    \s*(?:--|—|–|-)\s+""",
    re.VERBOSE,
)
MASTHEAD = re.compile(
    r"^(?:support|a\s+message\s+from|subscribe\s+to)\s+((?-i:(?:[Tt]he\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,4}))",
    IC,
)
SIGNOFF_OUTLET = re.compile(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:team|staff|desk|newsroom)$", IC)


CREDIT_WORDS = 8  # "Provided by The Lakeside Courier", "(Reuters)": a credit is a short line of its own
RAW_HTML = re.compile(r"^\s*</?(?:script|style|iframe|object|embed|img|link|meta|svg|form|input)\b", IC)
# Sentences addressed to a language model rather than to readers: kept out of what engines see.
# A command to set aside what came before is a verb of ignoring, in the imperative (the sentence opens
# with it, maybe after "please" or "you must"), whose object points back at the prompt or the text so
# far. "Ignore the deadline" or "they would ignore the deadline" name no earlier text and stay.
LEAD_IN = (
    r"(?:(?:ok(?:ay)?|now|so|first|please|kindly)\W+){0,3}"
    r"(?:you\s+(?:must|should|will|need\s+to)\s+(?:now\s+)?)?"
)
IGNORING = (
    r"(?:ignore|disregard|forget|override|overlook|bypass|discard|skip|drop|set\s+aside|put\s+aside"
    r"|pay\s+no\s+(?:attention|heed|mind)\s+to|do\s+not\s+(?:follow|obey|heed)|don['’]t\s+(?:follow|obey|heed))"
)
EARLIER = r"(?:previous(?:ly)?|prior|above|earlier|preceding|foregoing|so\s+far|until\s+now|up\s+to\s+now)"
PROMPT_NOUN = (
    r"(?:instructions?|rules?|prompts?|directions?|directives?|guidelines?|guidance|commands?"
    r"|constraints?|context|messages?|text|content|input)"
)
ENDS = r"(?=\s*(?:[.,;:!]|and\b|then\b|$))"  # "everything above." but not "everything before the war"
REFERENT = rf"""(?:
    (?:all\s+|any\s+|every\s+)?(?:of\s+)?(?:the\s+|your\s+|these\s+|those\s+|my\s+)?
      (?:(?:{EARLIER}|original|initial|system)\s+)+{PROMPT_NOUN}\b
  | (?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|these\s+|those\s+)?{PROMPT_NOUN}\s+(?:(?:\w+\s+){{0,2}}?{EARLIER}
      |you\s+(?:were|have\s+been)\s+given){ENDS}
  | (?:all\s+|any\s+)(?:of\s+)?(?:the\s+|your\s+)?(?:instructions|rules|prompts|guidelines)\b
  | your\s+(?:\w+\s+)?{PROMPT_NOUN}\b
  | (?:everything|anything|all|whatever)\s+(?:(?:that\s+)?(?:was|is|has\s+been|you\s+(?:were|have\s+been)|i)
      \s+(?:said|written|told|stated|given|wrote)\s+)?(?:{EARLIER}|before){ENDS}
  | what\s+(?:came|comes|was\s+said|was\s+written|you\s+were\s+told|i\s+said)\s+(?:{EARLIER}|before){ENDS}
  | (?:the|all\s+the)\s+(?:above|foregoing|preceding)\b
)"""
INSTRUCTION = re.compile(
    rf"""^\W*(?:(?:system|assistant|user|developer|instructions?)\s*:
    |{LEAD_IN}{IGNORING}\s+{REFERENT}
    |(?:you\s+are\s+now|from\s+now\s+on,?\s+you|act\s+as\s+(?:an?\s+)?(?:ai|assistant|model))\b
    |(?:as\s+an?\s+(?:ai|language\s+model|assistant))\b)""",
    IC | re.VERBOSE,
)


def is_instruction(sentence: str) -> bool:
    """Is a sentence addressed to a model? Folded first (NFKC), so fullwidth or styled letters match too."""
    return bool(INSTRUCTION.match(unicodedata.normalize("NFKC", sentence)))


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


def _addressed(p: str) -> bool:
    """Written to the reader: an imperative opening, or "we"/"you" outside quotations."""
    unquoted = QUOTED.sub(" ", p)
    return bool(IMPERATIVE.match(p) or FIRST_PLURAL.search(unquoted) or SECOND_PERSON.search(unquoted))


def reader_directed(p: str) -> bool:
    """Words to the reader, not news: "you", an imperative opening, or appeal vocabulary."""
    unquoted = QUOTED.sub(" ", p)
    return bool(SECOND_PERSON.search(unquoted) or IMPERATIVE.match(p) or APPEAL_ASK.search(unquoted))


def _appeal_opening(p: str) -> bool:
    """An appeal by its shape, or appeal vocabulary outside quotations in words addressed to the reader."""
    return bool(APPEAL_START.match(p)) or (bool(APPEAL_ASK.search(QUOTED.sub(" ", p))) and _addressed(p))


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
            _appeal_opening(p)
            or _appeal_like(p)
            or _ui_line(p)
            or LIST_HEADING.match(p)
            or promos.continues_prompt(p)
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
        if _appeal_opening(p):
            self.mode = "letter" if re.match(r"dear\s+", p, IC) else "appeal"
            return "donation or newsletter appeal"
        if LIST_HEADING.match(p):
            self.mode = "related"
            return "related-links list"
        promo = promos.promo_kind(p)
        if promo:
            self.mode = "appeal" if promo in promos.BLOCKS else ""
            return promo
        if HASHTAGS.match(p):
            return "hashtag line"
        if META_HEADER.match(p) or TIMESTAMP.match(p):
            return "metadata header"
        if len(p.split()) <= CREDIT_WORDS and credit_line(p):
            return "agency credit"
        if (
            CREDIT_TAIL.search(p)
            or POSITION_MARK.search(p)
            or re.match(r"!\[", p)
            or BRACKETED_CREDIT.match(p)
        ):
            return CAPTION
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
