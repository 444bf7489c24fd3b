"""Page furniture that speaks to the reader about the site rather than the story, one kind per rule:
subscription prompts, advertiser disclosures and advertising offers, app and social-follow promotions,
contact prompts, links standing inside the text, source tags and standards footers.

Each rule needs the shape of furniture, not just its vocabulary: news copy says "subscribers", "app" and
"advertisers" too, so a line counts only when it also addresses the reader (you, we, an imperative, "this
page") outside quotation marks, or is a bare label. Lines are matched with look-alike letters folded to
Latin (a prompt spelt with Cyrillic "е" and "і" still reads as one), never changed.
"""

from __future__ import annotations

import re

from summariser.text.normalise import latin_lookalikes

IC = re.IGNORECASE
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
YOU = re.compile(r"\b(?:you|your|yours|you['’]re|you['’]ve)\b", IC)
WE = re.compile(r"\b(?:we|our|us|ours|we['’]re|we['’]ve)\b", IC)
THIS_SITE = re.compile(r"\bthis\s+(?:post|page|article|story|site|website|content)\b", IC)
IMPERATIVE = re.compile(
    r"^\W*(?:(?:for|to)\s+[^.,]{1,80}?[\s,]+)?(?:please\s+)?"  # "For the latest news, download …"
    r"(?:get|download|install|follow|like|join|subscribe|sign\s+up|register|log\s+in|advertise|contact|call|email|listen|watch|read|click|tap|visit|keep\s+up|find\s+us|don['’]t\s+miss)\b",
    IC,
)
SUBSCRIPTION = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)|newsletters?|sign[\s-]?up|log\s*in\s+(?:for|to)\b|already\s+a\s+member"
    r"|daily\s+edition|by\s+e-?mail|inbox|welcome\s+gift|unlimited\s+(?:digital\s+)?access|the\s+full\s+story)\b",
    IC,
)
ADVERTISING = re.compile(
    r"\b(?:advertis\w*|sponsored|affiliate\s+(?:links?|commissions?|partners?)|terms\s+apply"
    r"|(?:receive|earn|get|make)\s+(?:a\s+)?(?:compensation|commissions?)|offers?\s+(?:listed|shown)"
    r"|marketing\s+packages?|paid\s+(?:post|content|partnership))\b",
    IC,
)
APP_OR_SOCIAL = re.compile(
    r"\b(?:apps?\b.{0,30}\b(?:ios|android|iphone|ipad)|app\s+store|google\s+play"
    r"|(?:download|get|install)\s+(?:the\s+|our\s+)?[\w' ]{0,30}\bapps?"
    r"|(?:follow|keep\s+up\s+with|find|join|like)\s+(?:us|me)\b"
    r"|(?:us|me)\s+on\s+(?:twitter|facebook|instagram|youtube|tiktok|telegram|whatsapp|linkedin|x)\b)",
    IC,
)
# "Contact us at …", or a helpline box: "If you need support, call the Harbour Helpline on 0800 123 456."
CONTACT = re.compile(
    r"\b(?:contact|call|e-?mail|write\s+to|reach)\s+us\b"
    r"|\b(?:call|contact|text|ring|phone)\b[^.]{0,60}?\b(?:on|at)\s+\+?\d[\d\s()-]{5,}\d",
    IC,
)
# "Read more: <headline>", "Related: …", "[Latest forecast: who will win?]": a link standing in the text.
LINK_LINE = re.compile(
    r"""^\W*(?:related(?:\s+\w+)?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+[\w'’ ]{1,30}
    |watch|listen|editors?['’]?\s+(?:picks?|recommendations?)|recommended|further\s+reading|don['’]t\s+miss)
    \s*:\s*\S.*$""",
    IC | re.VERBOSE,
)
BRACKETED = re.compile(r"^\[[^\[\]]{5,160}\]$")
# A line naming where the copy came from and nothing else: "BVINEWS.COM", "Release Date: 5 May 2024".
SOURCE_TAG = re.compile(r"^\W*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\W*$|^\W*release\s+date\s*:", IC)
POLICY = re.compile(
    r"""^\W*(?:our\s+standards|editorial\s+(?:standards|guidelines|policy)|code\s+of\s+(?:ethics|conduct|practice)
    |corrections?\s+policy|privacy\s+policy|cookie\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions))\b
    |\btrust\s+principles\b""",
    IC | re.VERBOSE,
)
FOOTNOTE = re.compile(r"^\*+(?=[A-Za-z])")  # "*Terms apply": an asterisked disclaimer, not a list item
# Kinds that run over several lines (a list of perks, a phone number after "Advertise with us").
BLOCKS = frozenset({"advertising or contact prompt", "subscription or newsletter prompt"})
MAX_LABEL_WORDS = 25  # a link line or a footer is a line, not a paragraph of news
MAX_PROMPT_WORDS = 45


def promo_kind(paragraph: str) -> str:
    """The furniture reason for a paragraph that talks about the site or its offers, or "" to keep it."""
    p = latin_lookalikes(" ".join(paragraph.split()))
    words = len(p.split())
    unquoted = QUOTED.sub(" ", p)
    if words <= MAX_LABEL_WORDS and (LINK_LINE.match(p) or BRACKETED.match(p)):
        return "link in the text"
    if words <= MAX_LABEL_WORDS and (SOURCE_TAG.match(p) or POLICY.search(p)):
        return "source tag or standards footer"
    if words <= MAX_LABEL_WORDS and FOOTNOTE.match(p):
        return "advertising or contact prompt"
    if words > MAX_PROMPT_WORDS or not addressed(unquoted, p):
        return ""
    if ADVERTISING.search(unquoted) or CONTACT.search(unquoted):
        return "advertising or contact prompt"
    if SUBSCRIPTION.search(unquoted):
        return "subscription or newsletter prompt"
    if APP_OR_SOCIAL.search(unquoted):
        return "app or social-media promotion"
    return ""


def addressed(unquoted: str, p: str) -> bool:
    """Written to the reader about the site: you, we, "this page" or an imperative, outside quotations."""
    person = YOU.search(unquoted) or WE.search(unquoted)
    return bool(person or THIS_SITE.search(unquoted) or IMPERATIVE.match(p))


def continues_prompt(paragraph: str) -> bool:
    """A line inside a subscription or advertising block: a list item or a line of the same vocabulary."""
    p = latin_lookalikes(" ".join(paragraph.split()))
    if QUOTED.search(p) or len(p.split()) > MAX_PROMPT_WORDS:
        return False
    listed = bool(re.match(r"^[-–—•·*]\s", p))
    return listed or bool(SUBSCRIPTION.search(p) or ADVERTISING.search(p) or CONTACT.search(p))
