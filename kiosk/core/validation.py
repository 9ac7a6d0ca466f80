"""Checks for what a job seeker types, with the message shown beside the field.

Every check returns the cleaned value or raises ``FieldError`` carrying a ``Problem`` (a code
with parameters, ``kiosk.core.problems``); the screen shows it in the person's language.
Text is stored literally (no escaping, no stripping of quotes): SQL-looking input is just
text, because the store only uses bound parameters.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from kiosk.core.marks import QT_TRANSLATE_NOOP
from kiosk.core.problems import Code, ProblemError

NAME = QT_TRANSLATE_NOOP("problems", "Nama")
MAX_NAME = 100
MAX_TEXT = 120
MAX_LONG_TEXT = 500


class FieldError(ProblemError):
    """A field's value is not acceptable; ``err.problem`` says why."""


def _printable(text: str) -> bool:
    """Letters, marks, digits, punctuation and spaces of any script; no emoji or controls.

    The card is printed with DejaVu Sans, which has no emoji: refusing them here is
    kinder than a box on the printed card.
    """
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LMNP" or ch == " ":
            continue
        if cat in {"Sm", "Sc"} and ch in "+-/=&$":
            continue
        return False
    return True


def clean_text(value: str, *, label: str, required: bool = True, max_len: int = MAX_TEXT) -> str:
    text = " ".join(unicodedata.normalize("NFC", value or "").split())
    if not text:
        if required:
            raise FieldError(Code.REQUIRED, label=label)
        return ""
    if len(text) > max_len:
        raise FieldError(Code.TOO_LONG, label=label, limit=max_len, length=len(text))
    if not _printable(text):
        raise FieldError(Code.UNPRINTABLE, label=label)
    return text


_NAME_OK = re.compile(r"[^\W\d_]+(?:[ '’.,-][^\W\d_]*)*\.?", re.UNICODE)


def clean_name(value: str, *, label: str = NAME) -> str:
    """Names of any script, with apostrophes (Ma'ruf), dots (Moh.), commas and dashes."""
    text = clean_text(value, label=label, max_len=MAX_NAME)
    if not _NAME_OK.fullmatch(text):
        raise FieldError(Code.NAME_CHARACTERS, label=label)
    return text


def normalise_phone(value: str) -> str:
    """Indonesian mobile number -> ``+628…``. Accepts 08…, 628…, +628… with spaces/dashes."""
    raw = re.sub(r"[\s\-().]", "", value or "")
    if not raw:
        raise FieldError(Code.PHONE_REQUIRED)
    if raw.startswith("+62"):
        rest = raw[3:]
    elif raw.startswith("62"):
        rest = raw[2:]
    elif raw.startswith("0"):
        rest = raw[1:]
    else:
        raise FieldError(Code.PHONE_PREFIX)
    if not rest.isdigit():
        raise FieldError(Code.PHONE_DIGITS)
    if not rest.startswith("8"):
        raise FieldError(Code.PHONE_LANDLINE)
    if not 9 <= len(rest) <= 12:
        raise FieldError(Code.PHONE_LENGTH)
    return "+62" + rest


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def clean_email(value: str) -> str | None:
    """Optional: empty -> None."""
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.fullmatch(text) or ".." in text:
        raise FieldError(Code.EMAIL_INVALID)
    return text.lower()


def check_year(value: str | int, *, label: str, birth_date: date, today: date) -> int:
    """A year of graduation, skill or job: not in the future, not before birth."""
    text = str(value).strip()
    if not text.isdigit() or len(text) != 4:
        raise FieldError(Code.YEAR_FORMAT, label=label)
    year = int(text)
    if year > today.year:
        raise FieldError(Code.YEAR_IN_FUTURE, label=label, year=today.year)
    if year < birth_date.year:
        raise FieldError(Code.YEAR_BEFORE_BIRTH, label=label, year=birth_date.year)
    return year


def check_year_range(start: int, end: int | None, *, label: str) -> None:
    if end is not None and end < start:
        raise FieldError(Code.YEAR_RANGE, label=label)


_POSTAL = re.compile(r"[1-9]\d{4}")
_RT_RW = re.compile(r"\d{1,3}")


def clean_postal_code(value: str) -> str:
    text = (value or "").strip()
    if text and not _POSTAL.fullmatch(text):
        raise FieldError(Code.POSTAL_CODE)
    return text


def clean_rt_rw(value: str, *, label: str) -> str:
    text = (value or "").strip()
    if text and not _RT_RW.fullmatch(text):
        raise FieldError(Code.RT_RW, label=label)
    return text.zfill(3) if text else ""


_DMY = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})|(\d{2})(\d{2})(\d{4})")


def parse_birth_date(value: str, *, today: date) -> date:
    """``DD-MM-YYYY`` (also with / . or space) -> date; plausible for a job seeker."""
    match = _DMY.fullmatch((value or "").strip())
    if not match:
        raise FieldError(Code.BIRTH_DATE_FORMAT)
    day, month, year = (int(g) for g in match.groups() if g is not None)
    try:
        born = date(year, month, day)
    except ValueError:
        raise FieldError(Code.BIRTH_DATE_NOT_IN_CALENDAR) from None
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if born > today:
        raise FieldError(Code.BIRTH_DATE_IN_FUTURE)
    if age < 15:
        raise FieldError(Code.TOO_YOUNG)
    if age > 100:
        raise FieldError(Code.TOO_OLD)
    return born


def clean_wage(value: str) -> int:
    """Rupiah typed with or without thousands dots: ``3.500.000`` -> 3500000; empty -> 0."""
    digits = re.sub(r"[\s.,]|^Rp", "", (value or "").strip(), flags=re.IGNORECASE)
    if not digits:
        return 0
    if not digits.isdigit():
        raise FieldError(Code.WAGE_DIGITS)
    wage = int(digits)
    if wage > 1_000_000_000:
        raise FieldError(Code.WAGE_TOO_LARGE)
    return wage


def require_choice(value: str | None, *, label: str = "") -> str:
    """A choice (big buttons) must be made; ``label`` names it ("Jenis kelamin"), or nothing for "Pilih salah satu"."""
    if not value:
        raise FieldError(Code.CHOOSE if label else Code.CHOOSE_ONE, **({"label": label} if label else {}))
    return value


def parse_started_on(value: str, *, today: date, not_before: date | None = None) -> date:
    """The first day at work, ``DD-MM-YYYY``: not in the future (nor, when given, before ``not_before``)."""
    match = _DMY.fullmatch((value or "").strip())
    if not match:
        raise FieldError(Code.STARTED_ON_FORMAT)
    day, month, year = (int(g) for g in match.groups() if g is not None)
    try:
        started = date(year, month, day)
    except ValueError:
        raise FieldError(Code.STARTED_ON_FORMAT) from None
    if started > today or (not_before is not None and started < not_before):
        raise FieldError(Code.STARTED_ON_FORMAT)
    return started


# -- coded capture (issue 25): the contract's v1 optional fields
DISABILITY_NONE = "tidak"  # the person has none: sent as []
DISABILITY_YES = "ya"  # then one or more kinds
DISABILITY_DECLINED = "tidak_menjawab"  # "Tidak ingin menjawab": sent as [], remembered as not answered
OTHER_OCCUPATION = "lainnya"


def check_disability(answer: str | None, kinds: list[str], *, allowed: tuple[str, ...]) -> list[str] | None:
    """The disability question: the kinds chosen ([] for none); None when unanswered or declined (sent as []).

    Only "ya" without a kind is a mistake: the question itself may be left unanswered."""
    if answer != DISABILITY_YES:
        return [] if answer == DISABILITY_NONE else None
    chosen = [kind for kind in allowed if kind in kinds]  # the contract's order, each once
    if not chosen:
        raise FieldError(Code.CHOOSE_ONE)
    return chosen


def check_occupation(code: str | None, other: str, *, label: str, valid: bool) -> tuple[str | None, str]:
    """The work sought: (KBJI code, words for ``preferences.positions``).

    ``code``: a KBJI 2026 code from the picker (``valid`` says the list has it), ``OTHER_OCCUPATION``
    with the job typed in ``other``, or None (not chosen: allowed, the contract's code is then null)."""
    if code == OTHER_OCCUPATION:
        return None, clean_text(other, label=label, max_len=60)
    if code is None:
        return None, ""
    if not valid:
        raise FieldError(Code.CHOOSE_ONE)
    return code, ""
