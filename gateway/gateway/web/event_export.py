"""The registrations of an event for its organiser: CSV (UTF-8 with BOM, so spreadsheet
programs read the names right) and PDF (DejaVu Sans from Debian's fonts-dejavu-core)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.utils import timezone
from fpdf import FPDF

from gateway.api.models import Event, EventRegistration, Registration

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
HEADER = ("kursi", "nama", "no_ak1", "kios", "terdaftar")


@dataclass(frozen=True)
class Seat:
    seat_no: int
    name: str
    registration_no: str
    kiosk_id: str
    registered_at: datetime


def seats(event: Event) -> list[Seat]:
    rows = list(EventRegistration.objects.filter(event=event).select_related("kiosk").order_by("seat_no"))
    people = {r.client_id: r for r in Registration.objects.filter(
        client_id__in=[row.registration_client_id for row in rows])}  # fmt: skip
    out = []
    for row in rows:
        person = people.get(row.registration_client_id)
        out.append(Seat(row.seat_no, person.name if person else "?", person.registration_no if person else "?",
                        row.kiosk.kiosk_id, timezone.localtime(row.registered_at)))  # fmt: skip
    return out


def as_csv(event: Event) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for seat in seats(event):
        writer.writerow([seat.seat_no, seat.name, seat.registration_no, seat.kiosk_id,
                         seat.registered_at.strftime("%Y-%m-%d %H:%M")])  # fmt: skip
    return buffer.getvalue().encode("utf-8-sig")


def as_pdf(event: Event) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, event.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    starts = timezone.localtime(event.starts_at)
    pdf.multi_cell(0, 6, f"{event.organiser} · {event.place} · {starts:%d-%m-%Y %H:%M} · kuota {event.quota}",
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(3)
    widths = (16, 74, 40, 22, 38)
    pdf.set_font("DejaVu", "B", 10)
    for width, title in zip(widths, ("Kursi", "Nama", "No. AK/1", "Kios", "Terdaftar"), strict=True):
        pdf.cell(width, 7, title, border=1)
    pdf.ln()
    pdf.set_font("DejaVu", "", 10)
    for seat in seats(event):
        values = (str(seat.seat_no), seat.name[:40], seat.registration_no, seat.kiosk_id,
                  seat.registered_at.strftime("%d-%m-%Y %H:%M"))  # fmt: skip
        for width, value in zip(widths, values, strict=True):
            pdf.cell(width, 7, value, border=1)
        pdf.ln()
    return bytes(pdf.output())
