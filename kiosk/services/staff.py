"""Staff PIN holders (technicians and officers), the PIN pad's lockout, and the audit log.

PINs are stored only as argon2id hashes. A holder is found by PIN alone, so two holders
may not share one. Five wrong PINs lock the pad for five minutes; the count and the lock
live in the database, so pulling the plug does not reset them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.core import clock
from kiosk.store.db import Store

ROLES = ("technician", "officer")
MAX_TRIES = 5
LOCK_S = 300
PIN_DIGITS = (6, 12)

FAILURES = "staff.pin_failures"
LOCKED_UNTIL = "staff.locked_until"

# argon2id at the OWASP minimum (19 MiB, 2 passes): ~30 ms a check on the kiosk's 2 cores
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


class StaffError(ValueError):
    """A holder cannot be added or removed; the message says why."""


@dataclass(frozen=True)
class Holder:
    id: int
    name: str
    role: str
    created_at: str = ""


@dataclass(frozen=True)
class Attempt:
    holder: Holder | None
    locked_s: int = 0  # seconds the pad stays locked (0: not locked)
    tries_left: int = MAX_TRIES


def check_pin(pin: str) -> str:
    lo, hi = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and lo <= len(pin) <= hi):
        raise StaffError(f"A PIN is {lo} to {hi} digits")
    return pin


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= 60 or not name.isprintable():
        raise StaffError("A holder's name is 1 to 60 printable characters")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise StaffError(f"Role must be one of {', '.join(ROLES)}")
    return role


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def holders(store: Store, role: str | None = None) -> list[Holder]:
    rows = store.query(
        "SELECT id, name, role, created_at FROM staff" + (" WHERE role = ?" if role else "") + " ORDER BY role, name",
        (role,) if role else (),
    )
    return [Holder(**row) for row in rows]


def add(store: Store, name: str, role: str, pin: str, *, actor: str = "shell") -> Holder:
    name, role, pin = _check_name(name), _check_role(role), check_pin(pin)
    with store.transaction():
        if store.one("SELECT 1 FROM staff WHERE name = ? AND role = ?", (name, role)):
            raise StaffError(f"There is already a {role} named {name!r}")
        if any(_matches(row["pin_hash"], pin) for row in store.query("SELECT pin_hash FROM staff")):
            raise StaffError("Another holder already uses this PIN; choose a different one")
        now = clock.rfc3339()
        holder_id = store.execute(
            "INSERT INTO staff(name, role, pin_hash, created_at) VALUES(?, ?, ?, ?)",
            (name, role, _hasher.hash(pin), now),
        ).lastrowid
        assert holder_id is not None  # an INSERT always has a rowid
        audit(store, actor, None, "staff_added", f"{role} {name}")
    return Holder(holder_id, name, role, now)


def remove(store: Store, name: str, role: str, *, actor: str = "shell") -> bool:
    with store.transaction():
        removed = store.execute("DELETE FROM staff WHERE name = ? AND role = ?", (name, _check_role(role))).rowcount
        if removed:
            audit(store, actor, None, "staff_removed", f"{role} {name}")
    return bool(removed)


def find(store: Store, pin: str) -> Holder | None:
    """The holder whose PIN this is, or None. No lockout here: see ``attempt``."""
    for row in store.query("SELECT id, name, role, created_at, pin_hash FROM staff ORDER BY id"):
        if _matches(row.pop("pin_hash"), pin):
            return Holder(**row)
    return None


def locked_for(store: Store, now: float | None = None) -> int:
    """Seconds the PIN pad stays locked, 0 when it is open."""
    until = float(store.get_value(LOCKED_UNTIL) or 0)
    return max(0, int(until - (time.time() if now is None else now) + 0.999))


def attempt(store: Store, pin: str, now: float | None = None) -> Attempt:
    """One try at the PIN pad: the holder, or how many tries are left or how long it is locked."""
    now = time.time() if now is None else now
    if (left := locked_for(store, now)) > 0:
        return Attempt(None, locked_s=left, tries_left=0)
    holder = find(store, pin)
    with store.transaction():
        if holder is not None:
            store.set_value(FAILURES, None)
            audit(store, holder.name, holder.role, "login")
            return Attempt(holder)
        failures = int(store.get_value(FAILURES) or 0) + 1
        audit(store, "unknown", None, "login_failed", f"attempt {failures} of {MAX_TRIES}")
        if failures < MAX_TRIES:
            store.set_value(FAILURES, str(failures))
            return Attempt(None, tries_left=MAX_TRIES - failures)
        store.set_value(FAILURES, None)
        store.set_value(LOCKED_UNTIL, repr(now + LOCK_S))
        audit(store, "system", None, "pin_pad_locked", f"{LOCK_S} s after {MAX_TRIES} wrong PINs")
        return Attempt(None, locked_s=LOCK_S, tries_left=0)


def sign_in(db_path: Path, pin: str) -> Attempt:
    """``attempt`` on its own connection: argon2 is slow, so the PIN pad calls this off the GUI thread."""
    own = Store(db_path)
    try:
        return attempt(own, pin)
    finally:
        own.close()


def audit(store: Store, actor: str, role: str | None, action: str, detail: str | None = None) -> None:
    """One row per staff login, action and logout. Details name records, never personal data."""
    store.execute(
        "INSERT INTO audit_log(at, actor, role, action, detail) VALUES(?, ?, ?, ?, ?)",
        (clock.rfc3339(), actor, role, action, detail),
    )


def audit_rows(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
