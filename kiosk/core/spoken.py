"""Numbers, money, dates and ID numbers as a person says them aloud (issue 23, spoken guidance).

Pure text: what the speech device is handed to read. A speech synthesiser reads "3374110107900001"
as one huge number and "Rp3.500.000" as punctuation, so the screens build the words here:

- ``number_words(3_500_000, "id")`` -> "tiga juta lima ratus ribu"
- ``money_words(3_500_000, "id")`` -> "tiga juta lima ratus ribu rupiah"
- ``nik_words("3374110107900001", "id")`` -> "tiga tiga tujuh empat, satu satu nol satu, ..."
- ``phone_words("081234567890", "id")`` -> "nol delapan satu dua, tiga empat lima enam, ..."
- ``date_words(date(2026, 12, 1), "id")`` -> "1 Desember 2026"

Indonesian follows the school rules (KBBI, PUEBI): "se-" stands for "satu" before belas, puluh,
ratus and ribu (sebelas, sepuluh, seratus, seribu) but never before juta, miliar or triliun
("satu juta"; "sejuta" is colloquial). English uses the short scale without "and", hyphenating
21-99 ("twenty-one"). Both stop below 10^15 (999 triliun): no amount on this kiosk comes near.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")

_LIMIT = 10**15

# fmt: off
_ID_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_EN_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# (value, Indonesian, English), largest first
_SCALES = (
    (10**12, "triliun", "trillion"),
    (10**9, "miliar", "billion"),
    (10**6, "juta", "million"),
    (10**3, "ribu", "thousand"),
)

_ID_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# fmt: on

# How a NIK is read aloud. A NIK is 2-2-2-6-4 by meaning (province, regency, district, birth date
# DDMMYY (+40 for women), sequence), but nobody reads it that way: people dictating it at a counter
# or to a call centre read it digit by digit in fours, as they do a bank card, and the e-KTP prints
# it as one unbroken string, so there is no printed grouping to follow. Four digits is also what a
# listener holds in memory while checking them against the card: a six-digit group (4-6-6) is too
# long to check by ear. Pairs ("33 74 11 ...") are read as two-digit numbers ("tiga puluh tiga"),
# which doubles the words to compare. So: 4-4-4-4, each digit on its own, a pause between groups.
NIK_GROUPS = (4, 4, 4, 4)
# The AK/1 registration number is read as it is printed on the card (DESIGN.md): 3374 211126 010042.
REGISTRATION_GROUPS = (4, 6, 6)


def _check_lang(lang: str) -> Lang:
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")


def _check_amount(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError("negative numbers are not spoken")
    if n >= _LIMIT:
        raise ValueError("numbers of 10^15 and above are not spoken")


def _id_below_1000(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_ID_ONES[hundreds], "ratus"]
    if rest == 0:
        return words
    if rest < 10:
        words.append(_ID_ONES[rest])
    elif rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif rest < 20:
        words += [_ID_ONES[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_ID_ONES[tens], "puluh"]
        if ones:
            words.append(_ID_ONES[ones])
    return words


def _en_below_1000(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_EN_ONES[hundreds], "hundred"]
    if rest == 0:
        return words
    if rest < 10:
        words.append(_EN_ONES[rest])
    elif rest < 20:
        words.append(_EN_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        words.append(f"{_EN_TENS[tens]}-{_EN_ONES[ones]}" if ones else _EN_TENS[tens])
    return words


def number_words(n: int, lang: str) -> str:
    """A whole number 0 <= n < 10^15 in words: 1100 -> "seribu seratus" / "one thousand one hundred"."""
    language = _check_lang(lang)
    _check_amount(n)
    if n == 0:
        return _ID_ONES[0] if language == "id" else _EN_ONES[0]
    words: list[str] = []
    rest = n
    for value, id_name, en_name in _SCALES:
        count, rest = divmod(rest, value)
        if not count:
            continue
        if language == "en":
            words += [*_en_below_1000(count), en_name]
        elif count == 1 and value == 1000:
            words.append("seribu")  # but "satu juta", "satu miliar", "satu triliun"
        else:
            words += [*_id_below_1000(count), id_name]
    if rest:
        words += _id_below_1000(rest) if language == "id" else _en_below_1000(rest)
    return " ".join(words)


def money_words(amount: int, lang: str) -> str:
    """Whole rupiah in words: 3_500_000 -> "tiga juta lima ratus ribu rupiah" (the same word in English)."""
    return f"{number_words(amount, lang)} rupiah"


def digit_words(text: str, lang: str) -> str:
    """Each digit on its own: "0812" -> "nol delapan satu dua"."""
    ones = _ID_ONES if _check_lang(lang) == "id" else _EN_ONES
    if not text.isascii() or not text.isdigit():
        raise ValueError("expected digits only")
    return " ".join(ones[int(c)] for c in text)


def digits_grouped(text: str, groups: Sequence[int], lang: str = "id") -> str:
    """Digits read one by one, group by group, a comma (a pause in speech) between groups.

    Spaces, dots, dashes and brackets in ``text`` are ignored ("0812-3456-7890" is fine); a leading
    "+" is read ("plus"). ``groups`` must add up to the number of digits.
    """
    language = _check_lang(lang)
    stripped = text.strip()
    plus = stripped.startswith("+")
    digits = "".join(c for c in stripped.lstrip("+") if c not in " .-()/")
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError("expected digits, optionally separated by spaces, dots or dashes")
    if any(g <= 0 for g in groups) or sum(groups) != len(digits):
        raise ValueError(f"groups {tuple(groups)} do not cover {len(digits)} digits")
    parts: list[str] = []
    start = 0
    for size in groups:
        parts.append(digit_words(digits[start : start + size], language))
        start += size
    spoken = ", ".join(parts)
    return f"plus {spoken}" if plus else spoken


def phone_groups(length: int) -> tuple[int, ...]:
    """How a phone number of ``length`` digits is grouped when read: the 4-digit prefix, then fours or threes.

    "0812 3456 7890" (12) is 4-4-4; 11 digits are 4-4-3; 10 are 4-3-3; 13 are 4-3-3-3.
    """
    if length <= 4:
        return (length,) if length > 0 else ()
    rest = length - 4
    count = -(-rest // 4)  # groups of at most four
    small, extra = divmod(rest, count)
    return (4, *(small + 1 if i < extra else small for i in range(count)))


def nik_words(nik: str, lang: str) -> str:
    """A NIK read aloud in fours (see ``NIK_GROUPS``)."""
    return digits_grouped(nik, NIK_GROUPS, lang)


def phone_words(phone: str, lang: str) -> str:
    """A phone number read aloud digit by digit in the groups of ``phone_groups``."""
    digits = "".join(c for c in phone if c.isdigit())
    return digits_grouped(phone, phone_groups(len(digits)), lang)


def date_words(day: date, lang: str) -> str:
    """A date as people say it: "1 Desember 2026" / "1 December 2026" (the synthesiser reads the numbers)."""
    months = _ID_MONTHS if _check_lang(lang) == "id" else _EN_MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (up to the first ".", "!" or "?" followed by a space),
    on one line: what the voice says of a screen's help text when the screen opens."""
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""
