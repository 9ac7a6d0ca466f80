"""Konsultasi and pengaduan: saving a ticket (number, record, outbox row and slip in one
transaction) and "Cek tiket", the holder's look at what the office did with it.

The lookup asks the server (GET /tickets/{no}?phone=P) and blocks: the GUI runs it through
``Background``, and it opens its own ``Store``. A wrong pair and an unknown number are the same
answer; ``MAX_MISSES`` of them in a rolling hour lock the lookup on this kiosk (counted in
``ticket_lookup_failures``, which holds only times), so numbers cannot be tried one by one.
A ticket of this kiosk that has not reached the office yet answers from the store.
"""

from __future__ import annotations

import hmac
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from kiosk.config import Config
from kiosk.core import clock
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import PrintPurpose
from kiosk.core.tickets import (
    SEQUENCE_MAX,
    TicketInput,
    add_working_days,
    format_ticket_no,
    kiosk_part,
    parse_ticket_no,
    payload,
    slip_document,
)
from kiosk.core.validation import normalise_phone
from kiosk.store import outbox, print_jobs
from kiosk.store.db import StorageFull, Store
from kiosk.sync.client import DELIVERED, PERMANENT, SikerClient, TokenError

log = logging.getLogger(__name__)
MAX_MISSES = 5
WINDOW = timedelta(hours=1)
LOOKUP_TIMEOUT_S = 4  # a person waits on this answer: offline must not feel like a hang
STATES = ("baru", "diproses", "dijadwalkan", "selesai")


class TicketLookupError(ProblemError):
    """Cek tiket gave no ticket: ``Code.TICKET_NOT_FOUND | TICKET_LOOKUP_LOCKED | TICKET_OFFLINE``
    (or a format code of the number or phone, which is not counted)."""


@dataclass(frozen=True)
class SavedTicket:
    client_id: str
    ticket_no: str
    answer_by: date
    print_job_id: int


@dataclass(frozen=True)
class TicketState:
    ticket_no: str
    status: str  # baru | diproses | dijadwalkan | selesai
    appointment_at: datetime | None
    answer: str | None
    updated_at: datetime | None
    waiting_to_send: bool = False  # made here and not at the office yet


def _next_number(store: Store, cfg: Config, day: date) -> str:
    key = f"ticket:{day.isoformat()}"
    store.execute(
        "INSERT INTO registration_counters(day, last_seq) VALUES(?, 1) "
        "ON CONFLICT(day) DO UPDATE SET last_seq = last_seq + 1",
        (key,),
    )
    seq: int = store.execute("SELECT last_seq FROM registration_counters WHERE day = ?", (key,)).fetchone()[0]
    if seq > SEQUENCE_MAX:
        raise RuntimeError(f"ticket sequence for {day} is exhausted")
    return format_ticket_no(kiosk_part(cfg.kiosk.id, cfg.kiosk.number), day, seq)


def save_ticket(store: Store, cfg: Config, ticket: TicketInput, *, at: datetime | None = None) -> SavedTicket:
    """The ticket, its number, its outbox row and its slip's print job commit together. A full
    disk raises ``ProblemError(Code.STORAGE_FULL)`` with nothing written."""
    created = clock.local(at or clock.now())
    answer_by = add_working_days(created.date(), cfg.office.answer_working_days)
    client_id = str(uuid.uuid4())
    stamp = clock.rfc3339(created)
    try:
        with store.transaction():
            number = _next_number(store, cfg, created.date())
            body = payload(ticket, client_id=client_id, ticket_no=number, created_at=stamp)
            store.execute(
                "INSERT INTO tickets(client_id, ticket_no, kind, topic, registration_client_id, nik, name, phone,"
                " employer, description, created_at, answer_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (client_id, number, ticket.kind.value, ticket.topic.value, ticket.registration_client_id,
                 ticket.nik, ticket.name, ticket.phone, ticket.employer, body["description"], stamp,
                 answer_by.isoformat()),
            )  # fmt: skip
            holder = ticket.registration_client_id
            outbox.enqueue(
                store,
                "/tickets",
                body,
                client_id=client_id,
                # a holder's ticket names their registration: it goes after it, in their chain
                order_key=outbox.chain_key(store, holder) if holder else None,
                depends_on=holder if holder and _in_outbox(store, holder) else None,
            )
            job_id = print_jobs.create(
                store,
                PrintPurpose.TICKET_SLIP,
                ref_client_id=client_id,
                document=slip_document(ticket, number, created, answer_by),
            )
    except StorageFull as exc:
        raise ProblemError(Code.STORAGE_FULL) from exc
    log.info("ticket saved: client_id=%s job=%s", client_id, job_id)
    return SavedTicket(client_id, number, answer_by, job_id)


def _in_outbox(store: Store, client_id: str) -> bool:
    return store.one("SELECT 1 FROM outbox WHERE client_id = ?", (client_id,)) is not None


def holder_contact(store: Store, registration_client_id: str) -> tuple[str, str]:
    """Name and phone of a proven holder's registration here (to prefill a ticket), or blanks."""
    row = store.one("SELECT name, json_extract(data, '$.phone') AS phone FROM registrations WHERE client_id = ?",
                    (registration_client_id,))  # fmt: skip
    if row is None:
        return "", ""
    phone = str(row["phone"] or "")
    return str(row["name"] or ""), ("0" + phone[3:] if phone.startswith("+62") else phone)


# -- Cek tiket
def _misses(store: Store, now: datetime) -> list[datetime]:
    rows = store.query("SELECT at FROM ticket_lookup_failures WHERE at > ? ORDER BY at", (clock.rfc3339(now - WINDOW),))
    return [datetime.fromisoformat(r["at"]) for r in rows]


def lookup_locked_until(store: Store, *, now: datetime | None = None) -> datetime | None:
    now = now or clock.now()
    misses = _misses(store, now)
    return misses[-MAX_MISSES] + WINDOW if len(misses) >= MAX_MISSES else None


def _locked(until: datetime) -> TicketLookupError:
    return TicketLookupError(Code.TICKET_LOOKUP_LOCKED, time=f"{clock.local(until):%H.%M}")


def _miss(store: Store, now: datetime) -> TicketLookupError:
    """Count one answer that matched nothing; the error to show."""
    with store.transaction():
        store.execute("DELETE FROM ticket_lookup_failures WHERE at <= ?", (clock.rfc3339(now - WINDOW),))
        store.execute("INSERT INTO ticket_lookup_failures(at) VALUES(?)", (clock.rfc3339(now),))
    misses = _misses(store, now)
    left = MAX_MISSES - len(misses)
    log.info("ticket lookup matched nothing (%d left)", max(left, 0))
    if left <= 0:
        return _locked(misses[-MAX_MISSES] + WINDOW)
    return TicketLookupError(Code.TICKET_NOT_FOUND, left=left)


def _waiting_here(store: Store, ticket_no: str, phone: str) -> TicketState | None:
    """A ticket of this kiosk whose record has not reached the office yet."""
    row = store.one(
        "SELECT t.ticket_no, t.phone, t.created_at FROM tickets t JOIN outbox o ON o.client_id = t.client_id"
        " WHERE t.ticket_no = ? AND o.state != 'delivered' AND t.purged_at IS NULL",
        (ticket_no,),
    )
    if row is None or not hmac.compare_digest(str(row["phone"]).encode(), phone.encode()):
        return None
    return TicketState(ticket_no, "baru", None, None, datetime.fromisoformat(row["created_at"]), True)


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def check_ticket(cfg: Config, typed_no: str, typed_phone: str, *, now: datetime | None = None) -> TicketState:
    """Blocks up to a few seconds (the server): never on the GUI thread. Raises ``TicketLookupError``
    (or the ``FieldError`` of a number or phone that cannot be one, which is not counted)."""
    ticket_no = parse_ticket_no(typed_no)
    phone = normalise_phone(typed_phone)
    now = now or clock.now()
    store = Store(cfg.db_path)
    try:
        until = lookup_locked_until(store, now=now)
        if until is not None:
            raise _locked(until)
        waiting = _waiting_here(store, ticket_no, phone)
        if waiting is not None:
            return waiting
        try:
            client = SikerClient.from_config(cfg.with_overrides({"siker.timeout_s": LOOKUP_TIMEOUT_S}))
        except TokenError as exc:
            log.info("ticket lookup not possible: %s", type(exc).__name__)
            raise TicketLookupError(Code.TICKET_OFFLINE) from None
        reply = client.get(f"/tickets/{quote(ticket_no, safe='')}", {"phone": phone})
        body = reply.body if isinstance(reply.body, dict) else None
        if reply.kind == DELIVERED and body is not None and body.get("status") in STATES:
            answer = body.get("answer")
            return TicketState(
                str(body.get("ticket_no") or ticket_no),
                str(body["status"]),
                _when(body.get("appointment_at")),
                str(answer) if answer else None,
                _when(body.get("updated_at")),
            )
        if reply.kind == PERMANENT and reply.status == 404:
            raise _miss(store, now)
        log.info("ticket lookup: no answer from the office (%s)", reply.message or reply.kind)
        raise TicketLookupError(Code.TICKET_OFFLINE)
    finally:
        store.close()


def purge(store: Store, cutoff: str) -> int:
    """Blank the person in tickets the office has had since before ``cutoff`` (RFC 3339): the
    retention purge's rule for registrations, applied to tickets. Number, kind, topic and dates
    stay. Joins the caller's transaction (``maintenance.purge``); the number of tickets blanked."""
    with store.transaction():
        forgotten = store.execute(
            "UPDATE tickets SET nik = NULL, name = '', phone = '', employer = NULL, description = '', purged_at = ?"
            " WHERE purged_at IS NULL AND client_id IN (SELECT client_id FROM outbox WHERE endpoint = '/tickets'"
            " AND state = 'delivered' AND delivered_at < ?)",
            (clock.rfc3339(), cutoff),
        ).rowcount
        store.execute(
            "UPDATE print_jobs SET document = NULL WHERE kind = 'ticket_slip' AND document IS NOT NULL"
            " AND ref_client_id IN (SELECT client_id FROM tickets WHERE purged_at IS NOT NULL)"
        )
        store.execute("DELETE FROM ticket_lookup_failures WHERE at <= ?", (clock.rfc3339(clock.now() - WINDOW),))
    return forgotten


class TicketDesk:
    """The ticket use cases bound to this kiosk's config and store (as ``Journey`` binds the
    registration's). ``check`` blocks on the network: run it through ``Background``."""

    def __init__(self, cfg: Config, store: Store) -> None:
        self.cfg = cfg
        self.store = store

    def contact(self, registration_client_id: str) -> tuple[str, str]:
        return holder_contact(self.store, registration_client_id)

    def save(self, ticket: TicketInput) -> SavedTicket:
        return save_ticket(self.store, self.cfg, ticket)

    def check(self, ticket_no: str, phone: str) -> TicketState:
        return check_ticket(self.cfg, ticket_no, phone)
