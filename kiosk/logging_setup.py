"""Logging to stdout (journald under systemd) with a personal-data redaction filter.

The code logs identifiers (client_id, job id), never personal data; this filter is the
safety net under that rule: NIK-, phone- and e-mail-shaped text and any name registered
with ``PersonalData.remember`` are replaced before a record is written anywhere.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections import deque
from typing import TextIO

_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
# +62 / 62 / 0 followed by an 8 and 7-12 more digits, with optional spaces or dashes
_PHONE = re.compile(r"(?<![\w+])(?:\+62|62|0)[\s-]?8(?:[\s-]?\d){7,12}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BEARER = re.compile(r"(?i)(bearer\s+)[\w.~+/=-]+")


class PersonalData:
    """Names (and other free text) of the session in progress, to redact by value.

    A session registers what it holds; ``forget_all`` runs when the session is wiped.
    """

    _lock = threading.Lock()
    _values: set[str] = set()  # noqa: RUF012 - process-wide on purpose

    @classmethod
    def remember(cls, *values: str | None) -> None:
        with cls._lock:
            cls._values.update(v.strip() for v in values if v and len(v.strip()) >= 3)

    @classmethod
    def forget_all(cls) -> None:
        with cls._lock:
            cls._values.clear()

    @classmethod
    def snapshot(cls) -> list[str]:
        with cls._lock:
            return sorted(cls._values, key=len, reverse=True)


def redact(text: str) -> str:
    text = _BEARER.sub(r"\1[TOKEN]", text)
    text = _NIK.sub("[NIK]", text)
    text = _PHONE.sub("[TELEPON]", text)
    text = _EMAIL.sub("[EMAIL]", text)
    for value in PersonalData.snapshot():
        text = re.sub(re.escape(value), "[NAMA]", text, flags=re.IGNORECASE)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (arguments merged) and exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class RecentLines(logging.Handler):
    """The last lines logged by this process, already redacted: the technician's log view."""

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
        self.addFilter(RedactingFilter())

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


RECENT = RecentLines()


def recent_lines(count: int = 200) -> list[str]:
    return list(RECENT.lines)[-count:]


def keep_recent() -> None:
    """Keep this process's redacted log lines for the technician screen (idempotent)."""
    root = logging.getLogger()
    if RECENT not in root.handlers:
        root.addHandler(RECENT)


def setup_logging(level: int = logging.INFO, stream: TextIO | None = None) -> logging.Handler:
    """One handler on the root logger, with redaction; journald adds its own timestamps.
    The same records, redacted, are kept in memory for the technician screen."""
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
        root.removeHandler(old)
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    keep_recent()
    root.setLevel(level)
    # the contract puts a NIK in some URLs (GET /job-seekers/{nik}); urllib3 logs URLs at DEBUG
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return handler
