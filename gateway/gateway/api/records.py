"""Writing each kind of record into its table (called inside idempotency.store_once)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from gateway.api import cards
from gateway.api.models import Application, Kiosk, Photo, PrintLog, Registration, Report
from gateway.api.validation import EDUCATION_LEVELS


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def siker_id(client_id: str) -> str:
    """Stable for a client_id, so a duplicate answers the same id as the first time."""
    return "GW-" + hashlib.sha256(client_id.encode()).hexdigest()[:12].upper()


def highest_education(body: dict[str, Any]) -> str:
    """The v1 default of ``education_level``: the highest ``education[].level``."""
    if body.get("education_level"):
        return body["education_level"]
    levels = [e["level"] for e in body.get("education") or [] if e.get("level") in EDUCATION_LEVELS]
    return max(levels, key=EDUCATION_LEVELS.index).lower() if levels else ""


def save_registration(kiosk: Kiosk, body: dict[str, Any], jpeg: bytes | None) -> dict[str, Any]:
    data = {k: v for k, v in body.items() if k != "photo_jpeg_base64"}
    row = Registration.objects.create(
        client_id=body["client_id"],
        siker_id=siker_id(body["client_id"]),
        kiosk=kiosk,
        registration_no=body["registration_no"],
        kind=body["kind"],
        nik=body["nik"],
        name=body["name"],
        sex=body["sex"],
        birth_date=date.fromisoformat(body["birth_date"]),
        education_level=highest_education(body),
        occupation_code=body.get("occupation_code"),
        disability=body.get("disability") or [],
        created_at=parse_time(body["created_at"]),
        valid_until=date.fromisoformat(body["valid_until"]),
        data=data,
    )
    if jpeg:
        Photo.objects.create(registration=row, jpeg=jpeg, sha256=hashlib.sha256(jpeg).hexdigest())
    cards.on_registration(row)
    return {"client_id": row.client_id, "siker_id": row.siker_id, "duplicate": False}


def save_report(kiosk: Kiosk, body: dict[str, Any]) -> dict[str, Any]:
    row = Report.objects.create(
        client_id=body["client_id"],
        kiosk=kiosk,
        registration_client_id=body["registration_client_id"],
        registration_no=body["registration_no"],
        nik=body["nik"],
        reported_at=parse_time(body["reported_at"]),
        status=body["status"],
        employer=body.get("employer"),
        position=body.get("position"),
        placement=body.get("placement"),
        started_on=_day(body.get("started_on")),
        data=body,
    )
    cards.on_report(row)
    return {"client_id": body["client_id"], "duplicate": False}


def save_application(kiosk: Kiosk, body: dict[str, Any]) -> dict[str, Any]:
    Application.objects.create(
        client_id=body["client_id"],
        kiosk=kiosk,
        registration_client_id=body["registration_client_id"],
        nik=body["nik"],
        vacancy_id=body["vacancy_id"],
        applied_at=parse_time(body["applied_at"]),
        note=body.get("note"),
        data=body,
    )
    return {"client_id": body["client_id"], "duplicate": False}


def save_print_log(kiosk: Kiosk, body: dict[str, Any]) -> dict[str, Any]:
    PrintLog.objects.create(
        client_id=body["client_id"],
        kiosk=kiosk,
        registration_no=body.get("registration_no"),
        kind=body["kind"],
        printed_at=parse_time(body["printed_at"]),
        result=body["result"],
        error=body.get("error"),
        data=body,
    )
    return {"client_id": body["client_id"], "duplicate": False}
