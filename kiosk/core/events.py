"""Events (job fairs, trainings, counselling) as the kiosk shows and prints them: dates in
Bahasa Indonesia for the slip, and the slip itself. Pure: no Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.core import clock
from kiosk.core.ak1 import format_registration_no
from kiosk.core.states import EventKind, SeatState

KIND_WORDS = {
    EventKind.JOB_FAIR: "Bursa kerja",
    EventKind.TRAINING: "Pelatihan",
    EventKind.COUNSELLING: "Bimbingan jabatan",
}
SLIP_TITLE = "BUKTI PENDAFTARAN ACARA"
SEAT_LATER = "menyusul"


def day_text(moment: datetime) -> str:
    """``Sabtu, 12-12-2026``."""
    return clock.day_words(clock.local(moment).date())


def hours_text(starts: datetime, ends: datetime) -> str:
    """``08.00-15.00 WIB`` (the kiosk's zone); an event over several days names its last day."""
    a, b = clock.local(starts), clock.local(ends)
    end = f"{b:%H.%M}" if a.date() == b.date() else f"{b:%d-%m-%Y %H.%M}"
    return f"{a:%H.%M}-{end} {clock.zone_name(a)}"


def local_phone(phone: str) -> str:
    """``+6281234567890`` -> ``081234567890``, as people write their number."""
    return "0" + phone[3:] if phone.startswith("+62") else phone


@dataclass(frozen=True)
class Seat:
    """A seat asked for at this kiosk, with the event as it was then."""

    client_id: str
    event_id: str
    kind: EventKind
    title: str
    organiser: str
    place: str
    starts_at: datetime
    ends_at: datetime
    name: str
    phone: str
    registered_at: datetime
    state: SeatState
    seat_no: int | None
    detail: str


def slip_document(slip: Seat, registration_no: str) -> dict[str, Any]:
    """The receipt printed for an event registration (Bahasa Indonesia, like every printout)."""
    seat = str(slip.seat_no) if slip.seat_no is not None else SEAT_LATER
    lines = [
        f"Acara\t{slip.title}",
        f"Jenis\t{KIND_WORDS[slip.kind]}",
        f"Tanggal\t{day_text(slip.starts_at)}",
        f"Waktu\t{hours_text(slip.starts_at, slip.ends_at)}",
        f"Tempat\t{slip.place}",
        f"Penyelenggara\t{slip.organiser}",
        "---",
        f"Nama\t{slip.name}",
        f"No. HP\t{local_phone(slip.phone)}",
        f"No. kartu kuning\t{format_registration_no(registration_no)}",
        f"Didaftarkan\t{clock.printed(slip.registered_at)}",
        "---",
        f"NOMOR KURSI\t{seat}",
    ]
    if slip.seat_no is not None:
        footer = "Tunjukkan bukti ini dan kartu kuning Anda di meja pendaftaran acara."
    else:
        footer = (
            "Nomor kursi menyusul: pendaftaran Anda tersimpan dan dikirim ke Disnaker begitu kios tersambung. "
            "Lihat nomor kursi di kios ini (Bursa Kerja dan Pelatihan > Pendaftaran Saya) sebelum hari acara. "
            "Bila kuota sudah penuh, Anda tidak mendapat kursi."
        )
    return {"title": SLIP_TITLE, "lines": lines, "footer": footer}
