"""Keep secrets out of logs and messages: anything key-shaped, and any key value in the environment."""

from __future__ import annotations

import logging
import os
import re

KEY_SHAPED = re.compile(r"(?:sk-[A-Za-z0-9_\-]{6,}|Bearer\s+[A-Za-z0-9._\-]+|api[_-]?key=[^&\s]+)", re.I)
KEY_VARS = re.compile(r".*(?:API_KEY|TOKEN|SECRET)$")
MASK = "[redacted]"
# user:password@ in a URL, and query values whose name says they are secret (?api-key=…, &token=…).
URL_USERINFO = re.compile(r"(?<=://)[^/\s@?#]+@")
SECRET_QUERY = re.compile(
    r"([?&;][\w.\-]*(?:key|token|secret|passw(?:or)?d|pwd|sig(?:nature)?|auth|credential)[\w.\-]*=)[^&#\s]+",
    re.I,
)


def _secret_values() -> list[str]:
    """Values of environment variables that hold keys (read now: keys may be set after start-up)."""
    return [v for k, v in os.environ.items() if KEY_VARS.match(k) and len(v) >= 6]


def redact(text: str) -> str:
    """Mask key-shaped strings and the values of key variables in `text`."""
    for value in _secret_values():
        text = text.replace(value, MASK)
    text = URL_USERINFO.sub(MASK + "@", text)
    text = SECRET_QUERY.sub(lambda m: m.group(1) + MASK, text)
    return KEY_SHAPED.sub(MASK, text)


class RedactFilter(logging.Filter):
    """A logging filter that redacts a record before a handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message, redact it, and freeze it so handlers cannot re-insert arguments."""
        record.msg = redact(record.getMessage())
        record.args = None
        return True


def install() -> None:
    """Redact every log record as it is created, whichever library logs it (idempotent)."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "redacting", False):
        return
    scrub = RedactFilter()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        scrub.filter(record)
        return record

    factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
