"""Checking kiosk bodies against the contract: each endpoint is a table of fields, each field a
small check. ``problems(body, SCHEMA)`` names every field that is missing or wrong."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from gateway.api import occupations, signing

Check = Callable[[Any], bool]
MISSING = object()


@dataclass(frozen=True)
class Field:
    check: Check
    what: str  # what is allowed, in the 422's message
    required: bool = True
    nullable: bool = False


def is_uuid(value: Any) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def text(max_len: int = 200, *, empty: bool = True) -> Check:
    return lambda v: isinstance(v, str) and len(v) <= max_len and (empty or v.strip() != "")


def matches(pattern: str) -> Check:
    compiled = re.compile(pattern)
    return lambda v: isinstance(v, str) and compiled.fullmatch(v) is not None


def one_of(*allowed: str) -> Check:
    return lambda v: v in allowed


def integer(low: int = 0, high: int = 10**12) -> Check:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def is_date(value: Any) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and date.fromisoformat(value) is not None
    except ValueError:
        return False


def is_rfc3339(value: Any) -> bool:
    """A timestamp with an offset (``...+07:00`` or ``...Z``)."""
    if not isinstance(value, str) or not re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value
    ):
        return False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def list_of(check: Check, max_items: int = 50) -> Check:
    return lambda v: isinstance(v, list) and len(v) <= max_items and all(check(item) for item in v)


def record(schema: dict[str, Field]) -> Check:
    return lambda v: isinstance(v, dict) and not problems(v, schema)


def problems(body: dict, schema: dict[str, Field]) -> dict[str, str]:
    """Field name -> what is allowed, for every field that is missing or wrong."""
    found: dict[str, str] = {}
    for name, field in schema.items():
        value = body.get(name, MISSING)
        if value is MISSING:
            if field.required:
                found[name] = "wajib ada: " + field.what
            continue
        if value is None and field.nullable:
            continue
        if not field.check(value):
            found[name] = field.what
    return found


EDUCATION_LEVELS = ("SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
EDUCATION_LEVEL_CODES = ("belum_tamat_sd", "sd", "smp", "sma", "smk", "d1", "d2", "d3", "d4", "s1", "s2", "s3")
DISABILITIES = ("fisik", "netra", "rungu", "wicara", "intelektual", "mental", "lainnya")
YEAR = integer(1900, 2200)
UUID = Field(is_uuid, "uuid")
NIK = Field(matches(r"\d{16}"), "16 angka")
TIMESTAMP = Field(is_rfc3339, "waktu RFC 3339 dengan zona (2026-11-21T09:14:03+07:00)")
SHORT = text(200)

EDUCATION = {
    "level": Field(one_of(*EDUCATION_LEVELS), "|".join(EDUCATION_LEVELS)),
    "institution": Field(SHORT, "teks", required=False, nullable=True),
    "major": Field(SHORT, "teks", required=False, nullable=True),
    "year": Field(YEAR, "tahun", required=False, nullable=True),
}
SKILL = {"name": Field(SHORT, "teks"), "year": Field(YEAR, "tahun", required=False, nullable=True)}
EXPERIENCE = {
    "position": Field(SHORT, "teks"),
    "employer": Field(SHORT, "teks", required=False, nullable=True),
    "from_year": Field(YEAR, "tahun", required=False, nullable=True),
    "to_year": Field(YEAR, "tahun", required=False, nullable=True),
}
PREFERENCES = {
    "positions": Field(list_of(SHORT), "daftar teks", required=False),
    "locations": Field(list_of(SHORT), "daftar teks", required=False),
    "min_wage": Field(integer(), "bilangan bulat >= 0", required=False, nullable=True),
}

REGISTRATION = {
    "client_id": UUID,
    "registration_no": Field(matches(r"\d{16}"), "16 angka"),
    "kind": Field(one_of("new", "renewal"), "new | renewal"),
    "kiosk_id": Field(text(32, empty=False), "id kios"),
    "created_at": TIMESTAMP,
    "identity_source": Field(one_of("ektp", "manual"), "ektp | manual"),
    "card_uid": Field(matches(r"[0-9A-Fa-f]{2,64}"), "heksadesimal atau null", required=False, nullable=True),
    "nik": NIK,
    "name": Field(text(200, empty=False), "nama, tidak kosong"),
    "birth_place": Field(text(100), "teks", required=False, nullable=True),
    "birth_date": Field(is_date, "YYYY-MM-DD"),
    "sex": Field(one_of("L", "P"), "L | P"),
    "marital_status": Field(
        one_of("belum_kawin", "kawin", "cerai_hidup", "cerai_mati"), "belum_kawin | kawin | cerai_hidup | cerai_mati"
    ),
    "religion": Field(
        one_of("islam", "kristen", "katolik", "hindu", "buddha", "konghucu", "lainnya"),
        "islam | kristen | katolik | hindu | buddha | konghucu | lainnya",
    ),
    "address": Field(
        lambda v: isinstance(v, dict) and all(isinstance(x, str) and len(x) <= 200 for x in v.values()),
        "objek berisi teks",
        required=False,
    ),
    "phone": Field(matches(r"(\+?\d{8,16})?"), "nomor telepon (+62…) atau kosong", required=False, nullable=True),
    "email": Field(text(254), "teks atau null", required=False, nullable=True),
    "education": Field(list_of(record(EDUCATION)), "daftar {level, institution, major, year}", required=False),
    "skills": Field(list_of(record(SKILL)), "daftar {name, year}", required=False),
    "experience": Field(list_of(record(EXPERIENCE)), "daftar {position, employer, from_year, to_year}", required=False),
    "preferences": Field(record(PREFERENCES), "{positions, locations, min_wage}", required=False),
    "photo_jpeg_base64": Field(lambda v: isinstance(v, str), "JPEG dalam base64", required=False, nullable=True),
    "consent_at": TIMESTAMP,
    "valid_until": Field(is_date, "YYYY-MM-DD"),
    # additions in v1, optional
    "education_level": Field(one_of(*EDUCATION_LEVEL_CODES), " | ".join(EDUCATION_LEVEL_CODES), required=False),
    "occupation_code": Field(
        occupations.is_accepted, "kode jabatan KBJI 2026 (NNNN.NN) atau subgolongannya (NNNN), atau null",
        required=False, nullable=True,
    ),
    "disability": Field(list_of(one_of(*DISABILITIES), 7), "daftar dari " + " | ".join(DISABILITIES), required=False),
}

REPORT = {
    "client_id": UUID,
    "registration_client_id": UUID,
    "registration_no": Field(matches(r"\d{16}"), "16 angka"),
    "nik": NIK,
    "reported_at": TIMESTAMP,
    "status": Field(one_of("seeking", "employed"), "seeking | employed"),
    "employer": Field(SHORT, "teks atau null", required=False, nullable=True),
    "position": Field(SHORT, "teks atau null", required=False, nullable=True),
    "placement": Field(one_of("akl", "akad", "akan"), "akl | akad | akan | null", required=False, nullable=True),
    "started_on": Field(is_date, "YYYY-MM-DD atau null", required=False, nullable=True),
}

APPLICATION = {
    "client_id": UUID,
    "registration_client_id": UUID,
    "nik": NIK,
    "vacancy_id": Field(text(64, empty=False), "id lowongan"),
    "applied_at": TIMESTAMP,
    "note": Field(text(2000), "teks atau null", required=False, nullable=True),
}

PRINT_LOG = {
    "client_id": UUID,
    "registration_no": Field(matches(r"\d{16}"), "16 angka atau null", required=False, nullable=True),
    "kind": Field(one_of("ak1", "reprint", "recap", "test"), "ak1 | reprint | recap | test"),
    "printed_at": TIMESTAMP,
    "result": Field(one_of("printed", "failed"), "printed | failed"),
    "error": Field(text(2000), "teks atau null", required=False, nullable=True),
}

DEVICE = ("ok", "absent", "error")
HEARTBEAT = {
    "kiosk_id": Field(text(32, empty=False), "id kios"),
    "version": Field(text(40, empty=False), "versi"),
    "sent_at": TIMESTAMP,
    "outbox_pending": Field(integer(), "bilangan bulat >= 0"),
    "outbox_failed": Field(integer(), "bilangan bulat >= 0"),
    "printer": Field(
        one_of("ok", "paper_low", "paper_out", "offline", "unknown"), "ok | paper_low | paper_out | offline | unknown"
    ),
    "card_reader": Field(one_of(*DEVICE), "ok | absent | error"),
    "camera": Field(one_of(*DEVICE), "ok | absent | error"),
    "cards_printed_today": Field(integer(), "bilangan bulat >= 0"),
    # proposed by the gateway (docs/gateway.md), optional: the kiosk's card-signing public key
    "card_signing_key": Field(
        lambda v: signing.raw_key(v) is not None, "kunci publik Ed25519 (PEM atau base64 32 byte) atau null",
        required=False, nullable=True,
    ),
}

# -- tickets and events (additions in v1)
DESCRIPTION_MAX = 2000  # the contract sets no limit; docs/gateway.md states this one
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PHONE_ID = re.compile(r"(?:\+62|0)(8\d{8,11})")  # an Indonesian mobile number, +62… or 08…
TOPICS = ("phk", "upah", "pesangon", "bpjs", "kontrak", "lowongan", "ak1", "lainnya")


def clean_text(max_len: int) -> Check:
    """Not empty, at most ``max_len`` characters, no control characters but line breaks and tabs
    (emoji are allowed: a complaint may hold one, and nothing on the gateway prints it on paper)."""
    return lambda v: isinstance(v, str) and v.strip() != "" and len(v) <= max_len and not _CONTROL.search(v)


def phone_key(value: Any) -> str | None:
    """The number as +628…, whether written +628… or 08…; None when it is no Indonesian mobile number."""
    found = PHONE_ID.fullmatch(value) if isinstance(value, str) else None
    return "+62" + found.group(1) if found else None


TICKET = {
    "client_id": UUID,
    "ticket_no": Field(matches(r"K-[A-Z0-9]{1,10}-\d{6}-\d{4}"), "nomor tiket seperti K-SMG01-261201-0007"),
    "kind": Field(one_of("konsultasi", "pengaduan"), "konsultasi | pengaduan"),
    "topic": Field(one_of(*TOPICS), " | ".join(TOPICS)),
    "registration_client_id": Field(is_uuid, "uuid atau null", required=False, nullable=True),
    "nik": Field(matches(r"\d{16}"), "16 angka atau null", required=False, nullable=True),
    "name": Field(clean_text(200), "nama, tidak kosong, paling banyak 200 karakter"),
    "phone": Field(lambda v: phone_key(v) is not None, "nomor HP Indonesia: +628… atau 08… (10-13 angka)"),
    "employer": Field(clean_text(200), "teks paling banyak 200 karakter atau null", required=False, nullable=True),
    "description": Field(
        clean_text(DESCRIPTION_MAX), f"uraian, tidak kosong, paling banyak {DESCRIPTION_MAX} karakter"
    ),
    "created_at": TIMESTAMP,
}

EVENT_REGISTRATION = {
    "client_id": UUID,
    "event_id": Field(text(64, empty=False), "id acara"),
    "registration_client_id": UUID,
    "nik": NIK,
    "registered_at": TIMESTAMP,
}
