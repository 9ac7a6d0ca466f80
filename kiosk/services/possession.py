"""Proof that the person at the kiosk holds the AK/1 card of a NIK (DESIGN.md "Who may see and
print what"). A NIK is no secret; the e-KTP whose UID was stored with the registration, or the
16-digit AK/1 number printed on the card, is. Wrong numbers are counted per NIK (an HMAC of it,
never the NIK) and lock that NIK for the rest of the hour after ``MAX_WRONG``: the number cannot
be guessed here. Each call is one transaction."""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core import clock
from kiosk.core.problems import Code, ProblemError
from kiosk.services.registration import Existing
from kiosk.services.staff import audit
from kiosk.store.db import Store

log = logging.getLogger(__name__)
MAX_WRONG = 5
WINDOW = timedelta(hours=1)


class NotProven(ProblemError):
    """The proof failed: ``Code.POSSESSION_*``; ``locked_until`` is set when the NIK is locked."""

    def __init__(self, code: Code, /, locked_until: datetime | None = None, **params: str | int) -> None:
        super().__init__(code, **params)
        self.locked_until = locked_until


@dataclass(frozen=True)
class Holder:
    """An ``Existing`` card whose holder has proven possession: only this opens details,
    reprint, report, application and status."""

    existing: Existing
    nik: str
    by: str  # card | number


def _nik_key(store: Store, nik: str) -> str:
    row = store.one("SELECT key FROM possession_secret WHERE id = 1")
    assert row is not None  # migration 7 inserts it
    return hmac.new(bytes(row["key"]), nik.encode(), hashlib.sha256).hexdigest()


def _recent_failures(store: Store, key: str, now: datetime) -> list[datetime]:
    since = clock.rfc3339(now - WINDOW)
    rows = store.query("SELECT at FROM possession_failures WHERE nik_key = ? AND at > ? ORDER BY at", (key, since))
    return [datetime.fromisoformat(r["at"]) for r in rows]


def locked_until(store: Store, nik: str, *, now: datetime | None = None) -> datetime | None:
    """When this NIK may try a number again, or None if it may now."""
    now = now or clock.now()
    failures = _recent_failures(store, _nik_key(store, nik), now)
    if len(failures) < MAX_WRONG:
        return None
    return failures[-MAX_WRONG] + WINDOW


def prove_by_card(existing: Existing, nik: str, card_uid: str | None, stored_uid: str | None) -> Holder | None:
    """The e-KTP just read proves possession when its UID is the one stored at registration.
    A registration made with a typed NIK stored none: only the AK/1 number proves it."""
    if card_uid and stored_uid and hmac.compare_digest(card_uid.upper(), stored_uid.upper()):
        log.info("possession proven by card for registration %s", existing.client_id)
        return Holder(existing, nik, "card")
    return None


def prove_by_number(store: Store, existing: Existing, nik: str, typed: str, *, now: datetime | None = None) -> Holder:
    """The typed AK/1 number against the card's, in constant time; raises ``NotProven``."""
    digits = "".join(ch for ch in typed if not ch.isspace())
    if len(digits) != 16 or not digits.isascii() or not digits.isdigit():
        raise NotProven(Code.POSSESSION_NUMBER_FORMAT)  # not a guess: not counted
    now = now or clock.now()
    record = existing.client_id or "SIKER"  # the audit names the record, never the person
    with store.transaction():
        key = _nik_key(store, nik)
        store.execute("DELETE FROM possession_failures WHERE at <= ?", (clock.rfc3339(now - WINDOW),))
        failures = _recent_failures(store, key, now)
        locked = len(failures) >= MAX_WRONG
        right = (
            not locked
            and bool(existing.registration_no)
            and hmac.compare_digest(digits.encode(), existing.registration_no.encode())
        )
        if right:
            store.execute("DELETE FROM possession_failures WHERE nik_key = ?", (key,))
        elif not locked:
            store.execute("INSERT INTO possession_failures(nik_key, at) VALUES(?, ?)", (key, clock.rfc3339(now)))
        action = "possession_locked" if locked else "possession_number" if right else "possession_wrong_number"
        audit(store, "kiosk", None, action, record)
    if locked:
        until = failures[-MAX_WRONG] + WINDOW
        raise NotProven(Code.POSSESSION_LOCKED, locked_until=until, time=f"{until:%H.%M}")
    if right:
        log.info("possession proven by number for registration %s", record)
        return Holder(existing, nik, "number")
    left = MAX_WRONG - len(failures) - 1
    log.info("wrong AK/1 number typed (%d left)", left)
    if left <= 0:
        until = [*failures, now][-MAX_WRONG] + WINDOW
        raise NotProven(Code.POSSESSION_LOCKED, locked_until=until, time=f"{until:%H.%M}")
    raise NotProven(Code.POSSESSION_WRONG_NUMBER, left=left)
