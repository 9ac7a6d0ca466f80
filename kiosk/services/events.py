"""Bursa kerja & pelatihan: the events pulled from SIKER, browsable offline, and a seat asked
for in a proven holder's name.

Who may register (DESIGN.md "Who may see and print what"): a seat is taken in a person's name
and the contract ties it to their AK/1 registration (``registration_client_id`` and ``nik``), so
only a holder who proved possession of a card registered at this kiosk may ask for one; the
name and phone for the slip are prefilled from that card and may be corrected.

A registration is stored first (the seat row and its outbox record in one transaction). While
the person waits, ``request_seat`` sends that one record at once (a few seconds at most): the
slip then carries the seat number, or says "penuh" before anything is printed. Offline, the
slip says "nomor kursi menyusul" and the outbox delivers it later; the answer (seat or 409 full)
is shown under "Pendaftaran Saya" at the next visit.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime

from kiosk.config import Config
from kiosk.core import clock
from kiosk.core import events as core_events
from kiosk.core.events import Seat
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import EventKind, PrintPurpose, SeatState
from kiosk.core.validation import FieldError, clean_name, normalise_phone
from kiosk.services.possession import Holder
from kiosk.services.registration import profile
from kiosk.store import events as event_store
from kiosk.store import outbox, print_jobs
from kiosk.store.db import Row, Store
from kiosk.sync.client import SikerClient, TokenError
from kiosk.sync.events import LAST_PULL
from kiosk.sync.sender import Sender

log = logging.getLogger(__name__)
SEAT_TIMEOUT_S = 4  # connect and read: the person waits at most about twice this for a seat number


@dataclass(frozen=True)
class Event:
    id: str
    kind: EventKind
    title: str
    organiser: str
    place: str
    starts_at: datetime
    ends_at: datetime
    quota: int
    seats_left: int  # as last known, less the seats asked for here and not yet answered
    takes_registration: bool  # registration "kiosk"; "none": come without registering
    description: str
    seats_known_at: datetime  # when the server last told seats_left

    @property
    def full(self) -> bool:
        return self.takes_registration and self.seats_left <= 0


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str


class ContactInvalid(ProblemError):
    """A name or phone that cannot go on the slip; ``field`` is ``name`` or ``phone``."""

    def __init__(self, field: str, err: FieldError) -> None:
        super().__init__(err.problem.code, **err.problem.params)
        self.field = field


def _event(row: Row, waiting: int = 0) -> Event:
    return Event(
        row["id"], EventKind(row["kind"]), row["title"], row["organiser"], row["place"],
        clock.parse_rfc3339(row["starts_at"]), clock.parse_rfc3339(row["ends_at"]), row["quota"],
        max(0, row["seats_left"] - waiting), row["registration"] == "kiosk", row["description"],
        clock.parse_rfc3339(row["seats_known_at"]),
    )  # fmt: skip


def upcoming(store: Store, *, now: datetime | None = None, kind: EventKind | None = None) -> list[Event]:
    """Events not yet over, soonest first (from the cache: works offline)."""
    now = now or clock.now()
    with store.transaction():  # one consistent read of the cache and the seats waiting here
        rows = store.query("SELECT * FROM events WHERE (? IS NULL OR kind = ?) ORDER BY starts_at, title",
                           (kind, kind))  # fmt: skip
        waiting = event_store.waiting_counts(store)
    found = [_event(row, waiting.get(row["id"], 0)) for row in rows]
    return [e for e in found if e.ends_at > now]


def get(store: Store, event_id: str) -> Event | None:
    row = store.one("SELECT * FROM events WHERE id = ?", (event_id,))
    return _event(row, event_store.waiting_counts(store).get(event_id, 0)) if row else None


def last_pull(store: Store) -> datetime | None:
    value = store.get_value(LAST_PULL)
    return clock.parse_rfc3339(value) if value else None


def contact(store: Store, holder: Holder) -> Contact:
    """The name and phone the slip starts from: the holder's card."""
    data = profile(store, holder.existing) if holder.existing.client_id else {}
    return Contact(holder.existing.name, core_events.local_phone(str(data.get("phone") or "")))


def check_contact(name: str, phone: str) -> Contact:
    """The cleaned name and phone (``+628…``), or ``ContactInvalid`` naming the field."""
    try:
        clean = clean_name(name)
    except FieldError as err:
        raise ContactInvalid("name", err) from None
    try:
        number = normalise_phone(phone)
    except FieldError as err:
        raise ContactInvalid("phone", err) from None
    return Contact(clean, number)


def register(
    store: Store, holder: Holder, event_id: str, name: str, phone: str, *, now: datetime | None = None
) -> Seat:
    """Ask for a seat: the seat row and its outbox record, in one transaction. Raises
    ``ContactInvalid`` (nothing written) or ``ProblemError`` (full, closed, already, walk-in)."""
    person = check_contact(name, phone)
    registration = holder.existing.client_id
    if not registration:
        raise ProblemError(Code.EVENT_NOT_LOCAL)
    now = now or clock.now()
    client_id = str(uuid.uuid4())
    registered_at = clock.rfc3339(now)
    try:
        with store.transaction():
            event = get(store, event_id)
            if event is None or event.starts_at <= now:
                raise ProblemError(Code.EVENT_CLOSED)
            if not event.takes_registration:
                raise ProblemError(Code.EVENT_WALK_IN)
            if event.full:
                raise ProblemError(Code.EVENT_FULL)
            words = {
                "kind": event.kind, "title": event.title, "organiser": event.organiser, "place": event.place,
                "starts_at": clock.rfc3339(event.starts_at), "ends_at": clock.rfc3339(event.ends_at),
            }  # fmt: skip
            store.execute(
                "INSERT INTO event_registrations(client_id, event_id, registration_client_id, name, phone, event,"
                " registered_at, state) VALUES(?, ?, ?, ?, ?, ?, ?, 'waiting')",
                (client_id, event_id, registration, person.name, person.phone,
                 json.dumps(words, ensure_ascii=False), registered_at),
            )  # fmt: skip
            outbox.enqueue(
                store,
                event_store.ENDPOINT,
                {"client_id": client_id, "event_id": event_id, "registration_client_id": registration,
                 "nik": holder.nik, "registered_at": registered_at},
                client_id=client_id,
                order_key=outbox.chain_key(store, registration),
                depends_on=registration,  # the contract's order: the registration it refers to first
            )  # fmt: skip
    except sqlite3.IntegrityError:  # the unique live seat per card and event
        raise ProblemError(Code.EVENT_ALREADY) from None
    log.info("event registration %s saved for event %s", client_id, event_id)
    found = seat(store, client_id)
    assert found is not None
    return found


def request_seat(cfg: Config, client_id: str) -> Seat | None:
    """Send this registration now, if it may go now, and return it as it stands after the answer
    (seated, full, or still waiting when offline). Blocks up to a few seconds: never on the GUI
    thread. Opens its own store connection (it runs on a worker thread)."""
    store = Store(cfg.db_path)
    try:
        try:
            client = SikerClient.from_config(cfg.with_overrides({"siker.timeout_s": SEAT_TIMEOUT_S}))
        except TokenError as exc:
            log.info("seat not requested now: %s", type(exc).__name__)
        else:
            sender = Sender(store, lambda: client, workers=1)
            try:
                reply = sender.send_one(client_id)
                log.info("seat requested for %s: %s", client_id, reply.kind if reply else "not now")
            finally:
                sender.close()
        return seat(store, client_id)
    finally:
        store.close()


def _seat(row: Row) -> Seat:
    words = json.loads(row["event"])
    return Seat(
        row["client_id"], row["event_id"], EventKind(words["kind"]), words["title"], words["organiser"],
        words["place"], clock.parse_rfc3339(words["starts_at"]), clock.parse_rfc3339(words["ends_at"]),
        row["name"], row["phone"], clock.parse_rfc3339(row["registered_at"]), SeatState(row["state"]),
        row["seat_no"], row["detail"] or "",
    )  # fmt: skip


def seat(store: Store, client_id: str) -> Seat | None:
    row = store.one("SELECT * FROM event_registrations WHERE client_id = ?", (client_id,))
    return _seat(row) if row else None


def mine(store: Store, holder: Holder) -> list[Seat]:
    """The holder's registrations made here, the coming events first, then the past ones."""
    if not holder.existing.client_id:
        return []
    rows = store.query(
        "SELECT * FROM event_registrations WHERE registration_client_id = ? ORDER BY registered_at DESC",
        (holder.existing.client_id,),
    )
    seats = [_seat(row) for row in rows]
    now = clock.now()
    return sorted(seats, key=lambda s: (s.ends_at < now, abs((s.starts_at - now).total_seconds())))


def slip(store: Store, holder: Holder, client_id: str) -> int:
    """The print job of the slip, with the seat as known now (a number, or "menyusul"). Only
    for the holder's own registration that still holds or waits for a seat."""
    found = seat(store, client_id)
    if found is None or not holder.existing.client_id:
        raise ProblemError(Code.EVENT_CLOSED)
    row = store.one("SELECT registration_client_id FROM event_registrations WHERE client_id = ?", (client_id,))
    if row is None or row["registration_client_id"] != holder.existing.client_id:
        raise ProblemError(Code.EVENT_CLOSED)
    if found.state == SeatState.FULL:
        raise ProblemError(Code.EVENT_FULL)
    if found.state == SeatState.REFUSED:
        raise ProblemError(Code.EVENT_CLOSED)
    document = core_events.slip_document(found, holder.existing.registration_no)
    return print_jobs.create(
        store,
        PrintPurpose.EVENT_SLIP,
        registration_client_id=holder.existing.client_id,
        registration_no=holder.existing.registration_no,
        ref_client_id=client_id,
        document=document,
    )


class EventDesk:
    """The events use cases bound to this kiosk's config and store, for the UI (no Qt here).
    ``request_seat`` blocks on the network: the flow runs it through ``Background``."""

    def __init__(self, cfg: Config, store: Store) -> None:
        self.cfg = cfg
        self.store = store

    def upcoming(self, kind: EventKind | None = None) -> list[Event]:
        return upcoming(self.store, kind=kind)

    def get(self, event_id: str) -> Event | None:
        return get(self.store, event_id)

    def contact(self, holder: Holder) -> Contact:
        return contact(self.store, holder)

    def register(self, holder: Holder, event_id: str, name: str, phone: str) -> Seat:
        return register(self.store, holder, event_id, name, phone)

    def request_seat(self, client_id: str) -> Seat | None:
        return request_seat(self.cfg, client_id)

    def seat(self, client_id: str) -> Seat | None:
        return seat(self.store, client_id)

    def slip(self, holder: Holder, client_id: str) -> int:
        return slip(self.store, holder, client_id)

    def mine(self, holder: Holder) -> list[Seat]:
        return mine(self.store, holder)
