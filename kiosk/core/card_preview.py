"""The card the review page shows before saving: the real layout, with the number, dates and
QR still placeholders (they exist only once the registration is saved)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PIL import Image

from kiosk.core import printed_capture
from kiosk.core.address import address_line
from kiosk.core.card_layout import CardData, render_card

PREVIEW_QR = "AK1.PRATINJAU"  # no signature: a preview must not verify as a card


def _dmy(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d-%m-%Y") if iso else "-"


def preview_card(fields: dict[str, Any], *, kiosk_id: str, paper_mm: int, photo_jpeg: bytes | None) -> Image.Image:
    """``fields``: the registration body (``RegistrationDraft.body()``). A grey image, as shown."""
    card = CardData(
        registration_no="(nomor dibuat saat disimpan)",
        nik=fields.get("nik", ""),
        name=fields.get("name", ""),
        birth_place=fields.get("birth_place", ""),
        birth_date=_dmy(fields.get("birth_date")),
        sex=fields.get("sex"),
        marital_status=fields.get("marital_status"),
        religion=fields.get("religion"),
        address=address_line(fields.get("address") or {}),
        phone=fields.get("phone", ""),
        registered_on="(hari ini)",
        valid_until="(2 tahun)",
        kiosk_id=kiosk_id,
        education=printed_capture.education_rows(fields),
        skills=fields.get("skills", []),
        experience=fields.get("experience", []),
        photo_jpeg=photo_jpeg,
        occupation=printed_capture.occupation_line(fields),
    )
    return render_card(card, paper_mm, PREVIEW_QR).convert("L")
