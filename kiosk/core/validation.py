"""Checks for what a job seeker types, with the message shown beside the field.

Every check returns the cleaned value or raises ``FieldError`` whose text is one plain
Bahasa Indonesia sentence. Text is stored literally (no escaping, no stripping of quotes):
SQL-looking input is just text, because the store only uses bound parameters.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MAX_NAME = 100
MAX_TEXT = 120
MAX_LONG_TEXT = 500


class FieldError(ValueError):
    """A field's value is not acceptable; ``str(err)`` is the sentence to show."""


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
            raise FieldError(f"{label} wajib diisi.")
        return ""
    if len(text) > max_len:
        raise FieldError(f"{label} terlalu panjang: paling banyak {max_len} huruf (sekarang {len(text)}).")
    if not _printable(text):
        raise FieldError(f"{label} berisi simbol atau emoji yang tidak dapat dicetak. Hapus simbol tersebut.")
    return text


_NAME_OK = re.compile(r"[^\W\d_]+(?:[ '’.,-][^\W\d_]*)*\.?", re.UNICODE)


def clean_name(value: str, *, label: str = "Nama") -> str:
    """Names of any script, with apostrophes (Ma'ruf), dots (Moh.), commas and dashes."""
    text = clean_text(value, label=label, max_len=MAX_NAME)
    if not _NAME_OK.fullmatch(text):
        raise FieldError(f"{label} hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung.")
    return text


def normalise_phone(value: str) -> str:
    """Indonesian mobile number -> ``+628…``. Accepts 08…, 628…, +628… with spaces/dashes."""
    raw = re.sub(r"[\s\-().]", "", value or "")
    if not raw:
        raise FieldError("Nomor HP wajib diisi.")
    if raw.startswith("+62"):
        rest = raw[3:]
    elif raw.startswith("62"):
        rest = raw[2:]
    elif raw.startswith("0"):
        rest = raw[1:]
    else:
        raise FieldError("Nomor HP harus diawali 08, 628 atau +628, contoh 0812 3456 7890.")
    if not rest.isdigit():
        raise FieldError("Nomor HP hanya boleh berisi angka.")
    if not rest.startswith("8"):
        raise FieldError("Masukkan nomor HP (diawali 08), bukan nomor telepon rumah.")
    if not 9 <= len(rest) <= 12:
        raise FieldError("Panjang nomor HP tidak sesuai: biasanya 10 sampai 13 angka termasuk 0 di depan.")
    return "+62" + rest


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def clean_email(value: str) -> str | None:
    """Optional: empty -> None."""
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.fullmatch(text) or ".." in text:
        raise FieldError("Alamat email tidak valid, contoh: nama@gmail.com. Boleh dikosongkan.")
    return text.lower()


def check_year(value: str | int, *, label: str, birth_date: date, today: date) -> int:
    """A year of graduation, skill or job: not in the future, not before birth."""
    text = str(value).strip()
    if not text.isdigit() or len(text) != 4:
        raise FieldError(f"{label}: tulis tahun dengan 4 angka, contoh 2020.")
    year = int(text)
    if year > today.year:
        raise FieldError(f"{label} tidak boleh lebih dari tahun ini ({today.year}).")
    if year < birth_date.year:
        raise FieldError(f"{label} tidak boleh sebelum tahun lahir ({birth_date.year}).")
    return year


def check_year_range(start: int, end: int | None, *, label: str) -> None:
    if end is not None and end < start:
        raise FieldError(f"{label}: tahun selesai tidak boleh sebelum tahun mulai.")


_POSTAL = re.compile(r"[1-9]\d{4}")
_RT_RW = re.compile(r"\d{1,3}")


def clean_postal_code(value: str) -> str:
    text = (value or "").strip()
    if text and not _POSTAL.fullmatch(text):
        raise FieldError("Kode pos terdiri dari 5 angka, contoh 50132.")
    return text


def clean_rt_rw(value: str, *, label: str) -> str:
    text = (value or "").strip()
    if text and not _RT_RW.fullmatch(text):
        raise FieldError(f"{label} diisi angka saja, contoh 003.")
    return text.zfill(3) if text else ""


_DMY = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})|(\d{2})(\d{2})(\d{4})")


def parse_birth_date(value: str, *, today: date) -> date:
    """``DD-MM-YYYY`` (also with / . or space) -> date; plausible for a job seeker."""
    match = _DMY.fullmatch((value or "").strip())
    if not match:
        raise FieldError("Tulis tanggal lahir seperti 17081998 atau 17-08-1998 (tanggal, bulan, tahun).")
    day, month, year = (int(g) for g in match.groups() if g is not None)
    try:
        born = date(year, month, day)
    except ValueError:
        raise FieldError("Tanggal lahir tidak ada di kalender. Periksa tanggal dan bulannya.") from None
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if born > today:
        raise FieldError("Tanggal lahir tidak boleh di masa depan.")
    if age < 15:
        raise FieldError("Kartu kuning hanya untuk pencari kerja berusia 15 tahun ke atas.")
    if age > 100:
        raise FieldError("Periksa tahun lahir: usia lebih dari 100 tahun.")
    return born


def clean_wage(value: str) -> int:
    """Rupiah typed with or without thousands dots: ``3.500.000`` -> 3500000; empty -> 0."""
    digits = re.sub(r"[\s.,]|^Rp", "", (value or "").strip(), flags=re.IGNORECASE)
    if not digits:
        return 0
    if not digits.isdigit():
        raise FieldError("Tulis gaji dengan angka saja, contoh 3.000.000.")
    wage = int(digits)
    if wage > 1_000_000_000:
        raise FieldError("Gaji yang diharapkan terlalu besar. Periksa jumlah angka nol.")
    return wage


def require_choice(value: str | None, message: str) -> str:
    if not value:
        raise FieldError(message)
    return value
