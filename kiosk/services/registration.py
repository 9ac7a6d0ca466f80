"""Saving an AK/1 registration: one transaction for the record, its photo, its outbox row and
its print job, so none can exist without the others."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PIL import Image

from kiosk.config import Config
from kiosk.core import ak1, clock
from kiosk.core.card_preview import preview_card
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import PhotoStatus, PrintPurpose
from kiosk.services.draft import RegistrationDraft
from kiosk.store import outbox, print_jobs
from kiosk.store.db import StorageFull, Store
from kiosk.store.registrations import allocate_registration_no


@dataclass(frozen=True)
class Saved:
    client_id: str
    registration_no: str
    valid_until: date
    print_job_id: int


@dataclass(frozen=True)
class Existing:
    client_id: str
    registration_no: str
    valid_until: date
    name: str
    card_uid: str | None = None  # the e-KTP tapped at registration; None when the NIK was typed


def find_existing(store: Store, nik: str) -> Existing | None:
    """The newest registration of this NIK made at this kiosk."""
    row = store.one(
        "SELECT client_id, registration_no, valid_until, name, card_uid FROM registrations WHERE nik = ? "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (nik,),
    )
    if row is None:
        return None
    return Existing(
        row["client_id"], row["registration_no"], date.fromisoformat(row["valid_until"]), row["name"], row["card_uid"]
    )


def save_registration(
    store: Store, cfg: Config, draft: RegistrationDraft, *, print_card: bool = True, at: datetime | None = None
) -> Saved:
    """``at``: the registration time (synthetic data spreads over days: 9,999 a day is the number's limit).

    A full disk raises ``ProblemError(Code.STORAGE_FULL)``: nothing was written (one transaction,
    rolled back), the draft is untouched and the same call succeeds once space is freed."""
    try:
        return _save(store, cfg, draft, print_card=print_card, at=at)
    except StorageFull as exc:
        raise ProblemError(Code.STORAGE_FULL) from exc


def _save(store: Store, cfg: Config, draft: RegistrationDraft, *, print_card: bool, at: datetime | None) -> Saved:
    if draft.consent_at is None:
        raise ValueError("a registration needs the job seeker's consent first")
    client_id = str(uuid.uuid4())
    now = at or clock.now()
    until = ak1.valid_until(now.date())
    body = draft.body()
    payload = {
        "client_id": client_id,
        "registration_no": "",
        "kind": draft.kind,
        "kiosk_id": cfg.kiosk.id,
        "created_at": clock.rfc3339(now),
        **body,
        "valid_until": until.isoformat(),
    }
    with store.transaction():
        number = allocate_registration_no(store, cfg.kiosk.region_code, cfg.kiosk.number, now.date())
        payload["registration_no"] = number
        store.execute(
            "INSERT INTO registrations(client_id, registration_no, kind, previous_client_id, nik, name,"
            " identity_source, card_uid, data, photo_status, consent_at, created_at, valid_until,"
            " education_level, occupation_code, disability)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                number,
                draft.kind,
                draft.previous_client_id,
                draft.nik,
                draft.name,
                draft.identity_source,
                draft.card_uid,
                json.dumps(payload, ensure_ascii=False),
                PhotoStatus.OK if draft.photo_jpeg else PhotoStatus.PENDING,
                draft.consent_at,
                payload["created_at"],
                until.isoformat(),
                draft.education_level,
                draft.occupation_code,
                None if draft.disability is None else json.dumps(draft.disability),
            ),
        )
        if draft.photo_jpeg:
            width, height = Image.open(io.BytesIO(draft.photo_jpeg)).size  # reads the header only
            store.execute(
                "INSERT INTO photos(registration_client_id, jpeg, width, height, created_at) VALUES(?, ?, ?, ?, ?)",
                (client_id, draft.photo_jpeg, width, height, payload["created_at"]),
            )
        # the photo is added from `photos` when sending (photos never change once stored)
        outbox.enqueue(
            store,
            "/registrations",
            payload,
            client_id=client_id,
            order_key=outbox.chain_key(store, draft.previous_client_id or client_id),
            depends_on=draft.previous_client_id,
        )
        job_id = (
            print_jobs.create(store, PrintPurpose.AK1, registration_client_id=client_id, registration_no=number)
            if print_card
            else 0
        )
    return Saved(client_id, number, until, job_id)


def reprint(store: Store, existing: Existing) -> int:
    return print_jobs.create(
        store, PrintPurpose.REPRINT, registration_client_id=existing.client_id, registration_no=existing.registration_no
    )


def profile(store: Store, existing: Existing) -> dict[str, Any]:
    """What the job seeker told us when registering (the registration body), or {} if not stored here."""
    row = store.one("SELECT data FROM registrations WHERE client_id = ?", (existing.client_id,))
    return json.loads(row["data"]) if row else {}


def prefill_renewal(store: Store, existing: Existing, draft: RegistrationDraft) -> None:
    """A renewal starts from what the job seeker told us last time (identity comes from the card)."""
    data = profile(store, existing)
    draft.previous_client_id = existing.client_id
    draft.phone = data.get("phone", "")
    draft.email = data.get("email")
    draft.address.update({k: v for k, v in (data.get("address") or {}).items() if v})
    draft.education = data.get("education", [])
    draft.skills = data.get("skills", [])
    draft.experience = data.get("experience", [])
    draft.preferences = data.get("preferences", draft.preferences)
    coded = store.one(
        "SELECT education_level, occupation_code, disability FROM registrations WHERE client_id = ?",
        (existing.client_id,),
    )
    if coded is not None:  # registrations stored before the coded capture have NULLs here: asked afresh
        draft.education_level = coded["education_level"] or data.get("education_level")
        draft.occupation_code = coded["occupation_code"]
        draft.disability = json.loads(coded["disability"]) if coded["disability"] is not None else None


def preview(cfg: Config, draft: RegistrationDraft) -> Image.Image:
    """The card as it will print, before the number exists (the review page)."""
    return preview_card(
        draft.body(), kiosk_id=cfg.kiosk.id, paper_mm=cfg.printer.paper_width_mm, photo_jpeg=draft.photo_jpeg
    )
