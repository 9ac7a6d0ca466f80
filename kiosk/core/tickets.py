"""Konsultasi and pengaduan tickets: their kinds and topics (the contract's list), the ticket
number, the checks of what a person types, when the office answers, and the printed slip.

A ticket number is ``K-<kiosk id without dashes>-YYMMDD-NNNN``: the kiosk, the day and a per-day
sequence of this kiosk, so it is unique across kiosks without asking the server (as AK/1
registration numbers are). Pure: no Qt, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from kiosk.core import clock
from kiosk.core.marks import QT_TRANSLATE_NOOP
from kiosk.core.problems import Code
from kiosk.core.severance import Breakdown
from kiosk.core.severance_slip import rupiah
from kiosk.core.validation import FieldError, clean_name, clean_text, normalise_phone

CONTEXT = "tickets"  # the translation context of the words below
DESCRIPTION_MAX = 1000  # what a person types (the gateway takes 2,000: room for the attachment)
EMPLOYER_MAX = 120
SEQUENCE_MAX = 9999
DESCRIPTION = QT_TRANSLATE_NOOP("problems", "Uraian")
EMPLOYER = QT_TRANSLATE_NOOP("problems", "Nama perusahaan")


class TicketKind(StrEnum):
    KONSULTASI = "konsultasi"  # a question
    PENGADUAN = "pengaduan"  # a complaint (about an employer)


class Topic(StrEnum):
    PHK = "phk"
    UPAH = "upah"
    PESANGON = "pesangon"
    BPJS = "bpjs"
    KONTRAK = "kontrak"
    LOWONGAN = "lowongan"
    AK1 = "ak1"
    LAINNYA = "lainnya"


# the words a person chooses from (screens translate them in CONTEXT); the slip prints them as they are
TOPIC_WORDS: dict[Topic, str] = {
    Topic.PHK: QT_TRANSLATE_NOOP("tickets", "Diberhentikan dari pekerjaan (PHK)"),
    Topic.UPAH: QT_TRANSLATE_NOOP("tickets", "Gaji atau upah"),
    Topic.PESANGON: QT_TRANSLATE_NOOP("tickets", "Pesangon"),
    Topic.BPJS: QT_TRANSLATE_NOOP("tickets", "BPJS Ketenagakerjaan atau Kesehatan"),
    Topic.KONTRAK: QT_TRANSLATE_NOOP("tickets", "Kontrak kerja"),
    Topic.LOWONGAN: QT_TRANSLATE_NOOP("tickets", "Lowongan dan melamar kerja"),
    Topic.AK1: QT_TRANSLATE_NOOP("tickets", "Kartu kuning (AK/1)"),
    Topic.LAINNYA: QT_TRANSLATE_NOOP("tickets", "Hal lain"),
}
KIND_WORDS: dict[TicketKind, str] = {
    TicketKind.KONSULTASI: QT_TRANSLATE_NOOP("tickets", "Bertanya (konsultasi)"),
    TicketKind.PENGADUAN: QT_TRANSLATE_NOOP("tickets", "Mengadu (pengaduan)"),
}
# what the holder reads of the office's work on a ticket (GET /tickets/{no}: status)
STATUS_WORDS: dict[str, str] = {
    "baru": QT_TRANSLATE_NOOP("tickets", "Diterima, menunggu petugas"),
    "diproses": QT_TRANSLATE_NOOP("tickets", "Sedang ditangani petugas"),
    "dijadwalkan": QT_TRANSLATE_NOOP("tickets", "Dijadwalkan bertemu petugas"),
    "selesai": QT_TRANSLATE_NOOP("tickets", "Selesai ditangani"),
}

_NUMBER = re.compile(r"K-?([A-Z0-9]{1,10})-?(\d{6})-?(\d{4})")  # dashes optional, but where printed


def kiosk_part(kiosk_id: str, kiosk_number: int) -> str:
    """``SMG-01`` -> ``SMG01``: the kiosk id's letters and digits (at most 10, as the gateway
    reads them; a longer id keeps 8 and ends with the two-digit kiosk number)."""
    compact = "".join(ch for ch in kiosk_id.upper() if ch.isascii() and ch.isalnum()) or "KIOS"
    return compact if len(compact) <= 10 else f"{compact[:8]}{kiosk_number:02d}"


def format_ticket_no(kiosk: str, day: date, seq: int) -> str:
    """``K-SMG01-261202-0007``; ``kiosk`` from ``kiosk_part``."""
    if not 1 <= seq <= SEQUENCE_MAX:
        raise ValueError(f"ticket sequence {seq} out of 1..{SEQUENCE_MAX}")
    return f"K-{kiosk}-{day:%y%m%d}-{seq:04d}"


def parse_ticket_no(typed: str) -> str:
    """What a person typed (any case, with or without the dashes and spaces) -> the number as
    printed; raises ``FieldError(Code.TICKET_NO_FORMAT)``."""
    compact = "".join(ch for ch in (typed or "").upper() if not ch.isspace())
    match = _NUMBER.fullmatch(compact) if compact.isascii() else None
    if match is None:
        raise FieldError(Code.TICKET_NO_FORMAT)
    kiosk, day, seq = match.groups()
    return f"K-{kiosk}-{day}-{seq}"


def add_working_days(start: date, days: int) -> date:
    """``days`` working days after ``start``, skipping Saturdays and Sundays (public holidays are
    not known here: the gateway counts the same way)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def clean_description(value: str, *, limit: int = DESCRIPTION_MAX) -> str:
    """Several lines of text: spaces inside a line collapsed, at most one empty line between
    paragraphs; required, at most ``limit`` characters, letters/digits/punctuation only (no emoji)."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    for raw in text.split("\n"):
        line = clean_text(raw, label=DESCRIPTION, required=False, max_len=max(len(raw), 1))  # length: below
        if line or (lines and lines[-1]):
            lines.append(line)
    cleaned = "\n".join(lines).strip("\n")
    if not cleaned:
        raise FieldError(Code.REQUIRED, label=DESCRIPTION)
    if len(cleaned) > limit:
        raise FieldError(Code.TOO_LONG, label=DESCRIPTION, limit=limit, length=len(cleaned))
    return cleaned


def clean_employer(value: str) -> str | None:
    """Optional: empty -> None."""
    return clean_text(value, label=EMPLOYER, required=False, max_len=EMPLOYER_MAX) or None


@dataclass(frozen=True)
class TicketInput:
    """A ticket as the person confirmed it, already checked (``checked`` builds one)."""

    kind: TicketKind
    topic: Topic
    description: str
    name: str
    phone: str  # +628…
    employer: str | None = None
    attachment: str = ""  # e.g. the severance simulation's figures, sent after the description
    registration_client_id: str | None = None  # the proven holder's registration at this kiosk
    nik: str | None = None  # only of a proven holder

    def full_description(self) -> str:
        return f"{self.description}\n\n{self.attachment}" if self.attachment else self.description


def checked(
    kind: str | None,
    topic: str | None,
    description: str,
    name: str,
    phone: str,
    employer: str = "",
    attachment: str = "",
    *,
    registration_client_id: str | None = None,
    nik: str | None = None,
) -> TicketInput:
    """Every field checked; the first wrong one raises its ``FieldError`` (screens check field by
    field to show each message beside its field; this is the last word before saving)."""
    if kind not in {k.value for k in TicketKind}:
        raise FieldError(Code.CHOOSE_ONE)
    if topic not in {t.value for t in Topic}:
        raise FieldError(Code.CHOOSE_ONE)
    return TicketInput(
        TicketKind(kind),
        Topic(topic),
        clean_description(description),
        clean_name(name),
        normalise_phone(phone),
        clean_employer(employer),
        attachment,
        registration_client_id,
        nik,
    )


def severance_attachment(result: Breakdown) -> str:
    """The simulation's figures for the officer (Indonesian, as the office reads them): the
    reason, the wage, the years and the amounts; nothing about the person."""
    parts = [
        f"Simulasi pesangon di kios: {result.reason.words} ({result.reason.pasal})",
        f"upah dasar {rupiah(result.wage_base)}",
        f"masa kerja {result.years} tahun {result.months} bulan",
        *(f"{part.words} {rupiah(part.amount)}" for part in result.components),
        f"jumlah kotor {rupiah(result.gross)}",
        f"PPh 21 {rupiah(result.pph21)}",
        f"diterima bersih {rupiah(result.net)}",
    ]
    return "; ".join(parts) + "."


def mask_phone(phone: str) -> str:
    """``+6281234567890`` -> ``0812****7890``: enough for its holder to know which number to type."""
    local = "0" + phone[3:] if phone.startswith("+62") else phone
    return local[:4] + "*" * max(0, len(local) - 8) + local[-4:] if len(local) > 8 else local


def payload(ticket: TicketInput, *, client_id: str, ticket_no: str, created_at: str) -> dict[str, Any]:
    """The body of POST /tickets."""
    return {
        "client_id": client_id,
        "ticket_no": ticket_no,
        "kind": ticket.kind.value,
        "topic": ticket.topic.value,
        "registration_client_id": ticket.registration_client_id,
        "nik": ticket.nik,
        "name": ticket.name,
        "phone": ticket.phone,
        "employer": ticket.employer,
        "description": ticket.full_description(),
        "created_at": created_at,
    }


SLIP_EXCERPT = 200


def slip_document(ticket: TicketInput, ticket_no: str, created: datetime, answer_by: date) -> dict[str, Any]:
    """The slip the person takes home (printed: Indonesian)."""
    excerpt = ticket.description if len(ticket.description) <= SLIP_EXCERPT else ticket.description[:SLIP_EXCERPT] + "…"
    lines = [
        f"No. tiket\t{ticket_no}",
        f"Jenis\t{ticket.kind.value.capitalize()}",
        f"Topik\t{TOPIC_WORDS[ticket.topic]}",
        f"No. HP\t{mask_phone(ticket.phone)}",
        f"Dibuat\t{created:%d-%m-%Y %H:%M}",
        f"Dijawab s.d.\t{clock.day_words(answer_by)}",
        "---",
        "Uraian: " + " ".join(excerpt.split()),
        "---",
        "Cek jawaban di kios: pilih Konsultasi / Pengaduan, lalu Cek Tiket; ketik nomor tiket dan nomor HP Anda.",
    ]
    title = "TIKET PENGADUAN" if ticket.kind is TicketKind.PENGADUAN else "TIKET KONSULTASI"
    footer = "Simpan slip ini. Petugas Disnaker dapat menghubungi nomor HP Anda."
    return {"title": title, "lines": lines, "footer": footer}
