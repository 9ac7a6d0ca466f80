""" "Kartu saya": what the proven holder of a card sees about it, read in one call: validity,
its legalisation state (the last word from the office gateway and when it came), reports filed
and the next one due, applications sent with their dates.

The state comes from ``GET /cards/{registration_no}`` when the holder asks ("Perbarui status"):
``fetch_state`` blocks on the network (the screen runs it through ``ui.background``), then
``remember_state`` keeps the answer with its time, so offline the kiosk still shows the last known
state and its age. A card sent back (``revisi``) is corrected here with ``save_correction``: a new
registration record (new client_id, kind renewal, the same registration_no) that the gateway puts
back in the queue, and a fresh card printed with the corrected data.
"""

from __future__ import annotations

import io
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from PIL import Image

from kiosk.config import Config
from kiosk.core import ak1, clock
from kiosk.core.card_state import CardStatus, Fix, KnownState, effective, fix_for
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import IdentitySource, PhotoStatus, PrintPurpose, RegistrationKind, ReportStatus
from kiosk.services import registration, reports
from kiosk.services.draft import RegistrationDraft
from kiosk.services.registration import Existing, Saved
from kiosk.store import outbox, print_jobs
from kiosk.store.db import StorageFull, Store
from kiosk.sync.client import DELIVERED, PERMANENT, SikerClient, TokenError

log = logging.getLogger(__name__)
FETCH_TIMEOUT_S = 4  # the holder waits on this answer: offline must not feel like a hang


@dataclass(frozen=True)
class SentApplication:
    application_no: str
    title: str
    company: str
    applied_on: date


@dataclass(frozen=True)
class MyCard:
    registration_no: str
    name: str
    valid_until: date
    expired: bool
    can_renew: bool
    local: bool  # registered at this kiosk (reports and reprints are possible here)
    reports: list[reports.FiledReport]
    working: bool  # "sudah bekerja" was reported: reporting is closed
    report_now: str | None  # the label of the report that may be filed today, if any
    next_due: date | None  # when the next report is due (the end of the current open period)
    applications: list[SentApplication]
    state: CardStatus = CardStatus.MENUNGGU  # what the holder is told (``card_state.effective``)
    known: KnownState | None = None  # the gateway's last answer, with its time; None: never asked

    @property
    def fix(self) -> Fix | None:
        """For a card in revisi: how to put it right (at this kiosk only for a card made here)."""
        if self.state != CardStatus.REVISI or self.known is None:
            return None
        fix = fix_for(self.known.reason)
        return fix if self.local else Fix.OFFICE


def _parse_time(value: object) -> datetime | None:
    try:
        return clock.parse_rfc3339(str(value)) if value else None
    except ValueError:
        return None


def known_state(store: Store, registration_no: str) -> KnownState | None:
    row = store.one(
        "SELECT status, reason, officer, decided_at, checked_at FROM card_states WHERE registration_no = ?",
        (registration_no,),
    )
    if row is None:
        return None
    return KnownState(CardStatus(row["status"]), row["reason"], row["officer"], _parse_time(row["decided_at"]),
                      _parse_time(row["checked_at"]))  # fmt: skip


def _keep_state(store: Store, registration_no: str, state: KnownState) -> None:
    store.execute(
        "INSERT OR REPLACE INTO card_states(registration_no, status, reason, officer, decided_at, checked_at)"
        " VALUES(?, ?, ?, ?, ?, ?)",
        (registration_no, state.status, state.reason, state.officer,
         clock.rfc3339(state.decided_at) if state.decided_at else None,
         clock.rfc3339(state.checked_at) if state.checked_at else clock.rfc3339()),
    )  # fmt: skip


@dataclass(frozen=True)
class Fetched:
    """The gateway's answer: ``state`` when it knows the card; ``unknown`` when it has no such card
    (yet: the registration may still wait in the outbox); neither when it could not be asked."""

    state: KnownState | None = None
    unknown: bool = False


def fetch_state(cfg: Config, registration_no: str) -> Fetched:
    """GET /cards/{registration_no}. Blocks up to a few seconds: never on the GUI thread."""
    try:
        client = SikerClient.from_config(cfg.with_overrides({"siker.timeout_s": FETCH_TIMEOUT_S}))
        reply = client.card(registration_no)
    except TokenError as exc:
        log.info("card state not asked: %s", type(exc).__name__)
        return Fetched()
    if reply.kind == PERMANENT and reply.status == 404:
        return Fetched(unknown=True)
    body = reply.body if reply.kind == DELIVERED and isinstance(reply.body, dict) else None
    if body is None or body.get("registration_no") != registration_no:
        log.info("card state not answered: %s", reply.message or reply.kind)
        return Fetched()
    try:
        status = CardStatus(str(body.get("status")))
    except ValueError:
        log.warning("card state not understood: %r", body.get("status"))
        return Fetched()
    reason, officer = (str(body[key]) if body.get(key) else None for key in ("reason", "officer"))
    return Fetched(KnownState(status, reason, officer, _parse_time(body.get("decided_at")), clock.now()))


def remember_state(store: Store, registration_no: str, fetched: Fetched) -> None:
    """Keep the answer with its time (one row per card). Nothing learnt (offline): nothing changes.
    A card the gateway does not know yet is waiting, as far as anyone can tell: checked now."""
    if fetched.state is not None:
        _keep_state(store, registration_no, fetched.state)
    elif fetched.unknown:
        _keep_state(store, registration_no, KnownState(CardStatus.MENUNGGU, checked_at=clock.now()))


def my_card(store: Store, existing: Existing, today: date) -> MyCard:
    expired = ak1.is_expired(existing.valid_until, today)
    renew = ak1.can_renew(existing.valid_until, today)
    known = known_state(store, existing.registration_no)
    if not existing.client_id:  # known to SIKER only
        return MyCard(existing.registration_no, existing.name, existing.valid_until, expired, renew, False,
                      [], False, None, None, [], effective(known, expired=expired, working=False), known)  # fmt: skip
    with store.transaction():  # one consistent read
        filed = reports.filed(store, existing.client_id)
        start = reports.registered_on(store, existing.client_id)
        rows = store.query(
            "SELECT a.application_no, a.applied_at, v.title, v.company FROM applications a"
            " LEFT JOIN vacancies v ON v.id = a.vacancy_id WHERE a.registration_client_id = ?"
            " ORDER BY a.applied_at DESC",
            (existing.client_id,),
        )
        try:
            period: int | None = reports.check_due(store, existing.client_id, today)
        except ProblemError:
            period = None
    working = any(r.status == ReportStatus.EMPLOYED for r in filed)
    current = ak1.report_period(start, today)
    next_due: date | None = None
    if not working and current is not None:
        next_due = ak1.add_months(start, 6 * current) if period else ak1.next_report_due(start, current)
    apps = [
        SentApplication(
            r["application_no"], r["title"] or "", r["company"] or "", date.fromisoformat(r["applied_at"][:10])
        )
        for r in rows
    ]
    return MyCard(
        existing.registration_no, existing.name, existing.valid_until, expired, renew, True, filed, working,
        ak1.report_label(period) if period and not expired else None, next_due, apps,
        effective(known, expired=expired, working=working), known,
    )  # fmt: skip


# -- a correction of a card in revisi ---------------------------------------------------------


def prefill_correction(store: Store, existing: Existing, draft: RegistrationDraft) -> None:
    """Everything the card says, to correct on the review page: the stored registration, photo
    included. An e-KTP tapped in this session keeps its identity (read from the chip, locked)."""
    data = registration.profile(store, existing)
    registration.prefill_renewal(store, existing, draft)
    draft.kind = RegistrationKind.RENEWAL
    draft.consent_at = data.get("consent_at") or draft.consent_at
    if draft.identity_source != IdentitySource.EKTP:
        draft.identity_source = IdentitySource(data.get("identity_source") or IdentitySource.MANUAL)
        draft.card_uid = data.get("card_uid")
        draft.name = data.get("name", draft.name)
        draft.birth_place = data.get("birth_place", "")
        draft.birth_date = date.fromisoformat(data["birth_date"]) if data.get("birth_date") else None
        draft.sex, draft.religion = data.get("sex"), data.get("religion")
        draft.marital_status = data.get("marital_status")
        draft.remember_for_redaction()
    photo = store.one("SELECT jpeg FROM photos WHERE registration_client_id = ?", (existing.client_id,))
    draft.photo_jpeg = photo["jpeg"] if photo else None


def save_correction(store: Store, cfg: Config, existing: Existing, draft: RegistrationDraft) -> Saved:
    """One transaction: the registration's data (and photo) replaced in place, so reports, periods
    and applications stay with the card; a new /registrations record with a new client_id, kind
    renewal and the same number and validity (the contract's correction); the card's known state
    back to menunggu; and a print job for the corrected card. A full disk: ``Code.STORAGE_FULL``,
    nothing written, the draft kept."""
    if draft.nik != registration.profile(store, existing).get("nik", draft.nik):
        raise ValueError("a correction keeps the card's NIK")
    client_id = str(uuid.uuid4())
    now = clock.now()
    payload = {
        "client_id": client_id,
        "registration_no": existing.registration_no,
        "kind": RegistrationKind.RENEWAL,
        "kiosk_id": cfg.kiosk.id,
        "created_at": clock.rfc3339(now),
        **draft.body(),
        "valid_until": existing.valid_until.isoformat(),
    }
    try:
        with store.transaction():
            stored = {**payload, "client_id": existing.client_id}  # the card's own record, corrected
            had_photo = store.one("SELECT 1 FROM photos WHERE registration_client_id = ?", (existing.client_id,))
            store.execute(
                "UPDATE registrations SET name = ?, identity_source = ?, card_uid = ?, data = ?, photo_status = ?"
                " WHERE client_id = ?",
                (draft.name, draft.identity_source, draft.card_uid, json.dumps(stored, ensure_ascii=False),
                 PhotoStatus.OK if draft.photo_jpeg or had_photo else PhotoStatus.PENDING, existing.client_id),
            )  # fmt: skip
            if draft.photo_jpeg:  # a retaken photo; without one the card keeps its photo
                width, height = Image.open(io.BytesIO(draft.photo_jpeg)).size
                store.execute(
                    "INSERT OR REPLACE INTO photos(registration_client_id, jpeg, width, height, created_at)"
                    " VALUES(?, ?, ?, ?, ?)",
                    (existing.client_id, draft.photo_jpeg, width, height, payload["created_at"]),
                )
            store.execute(
                "INSERT INTO card_corrections(client_id, registration_client_id, created_at) VALUES(?, ?, ?)",
                (client_id, existing.client_id, payload["created_at"]),
            )
            chain = outbox.chain_key(store, existing.client_id)
            outbox.enqueue(store, "/registrations", payload, client_id=client_id, order_key=chain,
                           depends_on=existing.client_id)  # fmt: skip
            _keep_state(store, existing.registration_no, KnownState(CardStatus.MENUNGGU, checked_at=now))
            job_id = print_jobs.create(store, PrintPurpose.AK1, registration_client_id=existing.client_id,
                                       registration_no=existing.registration_no)  # fmt: skip
    except StorageFull as exc:
        raise ProblemError(Code.STORAGE_FULL) from exc
    return Saved(client_id, existing.registration_no, existing.valid_until, job_id)
