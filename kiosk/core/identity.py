"""Who the job seeker is: from the e-KTP reader's middleware, or typed by hand.

Licensed e-KTP readers hand the chip's biodata out as JSON through their middleware
(``nik, namaLengkap, alamat, nomorRt, ...``). Nothing in it is trusted blindly: the NIK goes
through ``parse_nik`` and must agree with the birth date and sex beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.core.nik import InvalidNik, parse_nik
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import IdentitySource


class IdentityError(ProblemError):
    """The card data cannot be used; ``err.problem`` says why."""


@dataclass(frozen=True)
class Identity:
    nik: str
    name: str
    source: IdentitySource
    birth_place: str = ""
    birth_date: date | None = None
    sex: str | None = None  # L | P
    religion: str | None = None
    marital_status: str | None = None
    occupation: str = ""
    address: dict[str, str] = field(default_factory=dict)
    card_uid: str | None = None


_RELIGION = {
    "ISLAM": "islam",
    "KRISTEN": "kristen",
    "PROTESTAN": "kristen",
    "KATOLIK": "katolik",
    "KATHOLIK": "katolik",
    "HINDU": "hindu",
    "BUDHA": "buddha",
    "BUDDHA": "buddha",
    "KONGHUCU": "konghucu",
    "KHONGHUCU": "konghucu",
}
_MARITAL = {
    "BELUM KAWIN": "belum_kawin",
    "KAWIN": "kawin",
    "CERAI HIDUP": "cerai_hidup",
    "CERAI MATI": "cerai_mati",
}
_SEX = {"LAKI-LAKI": "L", "LAKI LAKI": "L", "L": "L", "PEREMPUAN": "P", "P": "P", "WANITA": "P"}
REQUIRED = ("nik", "namaLengkap", "tempatLahir", "tanggalLahir", "jenisKelamin")


def _text(payload: dict[str, Any], key: str, limit: int = 120) -> str:
    value = payload.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise IdentityError(Code.CARD_UNREADABLE)
    return " ".join(str(value).split())[:limit]


def _parse_date(text: str) -> date:
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise IdentityError(Code.CARD_BIRTH_DATE)


def from_middleware(payload: object, card_uid: str | None = None, *, today: date | None = None) -> Identity:
    """Map the middleware's JSON object to an Identity, or raise IdentityError."""
    if not isinstance(payload, dict):
        raise IdentityError(Code.CARD_UNREADABLE)
    missing = [key for key in REQUIRED if not _text(payload, key)]
    if missing:
        raise IdentityError(Code.CARD_INCOMPLETE)
    try:
        nik = parse_nik(_text(payload, "nik"), today=today)
    except InvalidNik:
        raise IdentityError(Code.CARD_NIK) from None
    born = _parse_date(_text(payload, "tanggalLahir"))
    sex = _SEX.get(_text(payload, "jenisKelamin").upper())
    if sex is None:
        raise IdentityError(Code.CARD_SEX)
    if born != nik.birth_date:
        raise IdentityError(Code.CARD_NIK_BIRTH_DATE)
    if sex != nik.sex:
        raise IdentityError(Code.CARD_NIK_SEX)
    religion = _text(payload, "agama").upper()
    address = {
        "street": _text(payload, "alamat"),
        "rt": re.sub(r"\D", "", _text(payload, "nomorRt"))[:3].zfill(3) if _text(payload, "nomorRt") else "",
        "rw": re.sub(r"\D", "", _text(payload, "nomorRw"))[:3].zfill(3) if _text(payload, "nomorRw") else "",
        "kelurahan": _text(payload, "namaKelurahan"),
        "kecamatan": _text(payload, "namaKecamatan"),
        "city": _text(payload, "namaKabupaten"),
        "province": _text(payload, "namaProvinsi"),
        "postal_code": "",
    }
    return Identity(
        nik=nik.value,
        name=_text(payload, "namaLengkap", 100),
        source=IdentitySource.EKTP,
        birth_place=_text(payload, "tempatLahir", 60),
        birth_date=born,
        sex=sex,
        religion=_RELIGION.get(religion, "lainnya" if religion else None),
        marital_status=_MARITAL.get(_text(payload, "statusKawin").upper()),
        occupation=_text(payload, "jenisPekerjaan", 60),
        address=address,
        card_uid=card_uid,
    )


def manual(nik: str, name: str, birth_place: str, birth_date: date, *, today: date | None = None) -> Identity:
    """A typed identity: sex and (when the user did not type it) birth date come from the NIK."""
    parsed = parse_nik(nik, today=today)
    if birth_date != parsed.birth_date:
        raise IdentityError(Code.TYPED_BIRTH_DATE_NOT_NIK)
    return Identity(
        nik=parsed.value,
        name=name,
        source=IdentitySource.MANUAL,
        birth_place=birth_place,
        birth_date=birth_date,
        sex=parsed.sex,
        address={
            "city": parsed.regency or "",
            "province": parsed.province or "",
            "kecamatan": parsed.district or "",
        },
    )


def mask_name(name: str) -> str:
    """What a stranger who typed a NIK may see: ``SRI WAHYUNI`` -> ``S** W******``. Every
    character but the first of each word becomes ``*`` (an apostrophe or dot too: it would tell
    the name's shape); the spaces between words stay."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())


def check_against_nik(nik: str, birth_date: date | None, sex: str | None, *, today: date | None = None) -> None:
    """The NIK decides birth date and sex (day of birth + 40 for women): a typed value that
    disagrees raises ``IdentityError`` saying which."""
    parsed = parse_nik(nik, today=today)
    if birth_date is not None and birth_date != parsed.birth_date:
        raise IdentityError(Code.TYPED_BIRTH_DATE_NOT_NIK)
    if sex is not None and sex != parsed.sex:
        raise IdentityError(Code.TYPED_SEX_NOT_NIK)
