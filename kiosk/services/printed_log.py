"""The officer's printed-card log, collections (handovers) and the follow-up lists.

The open period is every print job not yet in a collection. ``collect`` closes it: the
jobs get the new collection's id, so the next period starts empty and earlier ones stay
viewable by id. A job still ``sending`` and not being printed is "uncertain": the kiosk
stopped mid-print and nobody knows whether the card came out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from kiosk.core import clock
from kiosk.core.marks import QT_TRANSLATE_NOOP
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import PhotoStatus, PrintPurpose, PrintState, RegistrationKind
from kiosk.services import staff
from kiosk.store import print_jobs
from kiosk.store.db import Store

# a card ("ak1") is told apart as new or renewal; every other print is its purpose
Kind = RegistrationKind | PrintPurpose


class Outcome(StrEnum):
    """What became of a print job, as the officer sees it: a job still ``sending`` is "queued"
    while this kiosk prints it and "uncertain" once nobody does."""

    PRINTED = PrintState.PRINTED.value
    FAILED = PrintState.FAILED.value
    UNCERTAIN = "uncertain"
    QUEUED = PrintState.QUEUED.value


# what an officer calls each kind of print (the printed recap and the exports use these words;
# QT_TRANSLATE_NOOP marks them for the screens, which show them in the person's language)
CONTEXT = "printed_log"  # the translation context of these words
KINDS: dict[Kind, str] = {
    RegistrationKind.NEW: QT_TRANSLATE_NOOP("printed_log", "Kartu baru"),
    RegistrationKind.RENEWAL: QT_TRANSLATE_NOOP("printed_log", "Perpanjangan"),
    PrintPurpose.REPRINT: QT_TRANSLATE_NOOP("printed_log", "Cetak ulang"),
    PrintPurpose.REPORT_RECEIPT: QT_TRANSLATE_NOOP("printed_log", "Bukti lapor"),
    PrintPurpose.APPLICATION_RECEIPT: QT_TRANSLATE_NOOP("printed_log", "Bukti lamaran"),
    PrintPurpose.SEVERANCE_SLIP: QT_TRANSLATE_NOOP("printed_log", "Simulasi pesangon"),
    PrintPurpose.EVENT_SLIP: QT_TRANSLATE_NOOP("printed_log", "Bukti acara"),
    PrintPurpose.TICKET_SLIP: QT_TRANSLATE_NOOP("printed_log", "Slip tiket"),
    PrintPurpose.RECAP: QT_TRANSLATE_NOOP("printed_log", "Rekap petugas"),
    PrintPurpose.TEST: QT_TRANSLATE_NOOP("printed_log", "Halaman uji"),
}
OUTCOMES: dict[Outcome, str] = {
    Outcome.PRINTED: QT_TRANSLATE_NOOP("printed_log", "Tercetak"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("printed_log", "Gagal"),
    Outcome.UNCERTAIN: QT_TRANSLATE_NOOP("printed_log", "Tidak pasti"),
    Outcome.QUEUED: QT_TRANSLATE_NOOP("printed_log", "Menunggu"),
}
CARDS: tuple[Kind, ...] = (RegistrationKind.NEW, RegistrationKind.RENEWAL, PrintPurpose.REPRINT)  # a card blank each


@dataclass(frozen=True)
class Entry:
    job_id: int
    at: str
    registration_no: str
    name: str
    kind: Kind
    outcome: Outcome
    error: str


@dataclass(frozen=True)
class Totals:
    by_kind: dict[Kind, int] = field(default_factory=dict)  # printed only
    by_outcome: dict[Outcome, int] = field(default_factory=dict)
    cards_printed: int = 0

    @property
    def jobs(self) -> int:
        return sum(self.by_outcome.values())


@dataclass(frozen=True)
class Collection:
    id: int
    officer: str
    period_start: str
    period_end: str
    expected: int
    confirmed: int
    note: str
    recap_job_id: int | None = None

    @property
    def matches(self) -> bool:
        return self.expected == self.confirmed


class CollectionError(ProblemError):
    """The handover cannot be recorded as given; the problem says what to fix."""


_ENTRIES = """
SELECT p.id, p.created_at, p.kind, p.state, p.error, COALESCE(p.registration_no, '') AS registration_no,
       COALESCE(r.name, '') AS name, r.kind AS registration_kind
FROM print_jobs p LEFT JOIN registrations r ON r.client_id = p.registration_client_id
"""


def _entry(row: dict[str, Any], active: set[int]) -> Entry:
    kind: Kind = PrintPurpose(row["kind"])
    if kind == PrintPurpose.AK1:
        renewal = row["registration_kind"] == RegistrationKind.RENEWAL
        kind = RegistrationKind.RENEWAL if renewal else RegistrationKind.NEW
    state = PrintState(row["state"])
    if state == PrintState.SENDING:
        outcome = Outcome.QUEUED if row["id"] in active else Outcome.UNCERTAIN
    else:
        outcome = Outcome(state.value)
    return Entry(row["id"], row["created_at"], row["registration_no"], row["name"], kind, outcome, row["error"] or "")


def entries(
    store: Store,
    *,
    collection_id: int | None = None,
    day: date | None = None,
    since: str | None = None,
    active: set[int] | None = None,
    limit: int | None = None,
) -> list[Entry]:
    """Print jobs of the open period (or of one collection), oldest first; ``day`` filters by WIB date.
    ``limit``: only the newest ones (a screen shows a page; exports take everything)."""
    where: list[str] = ["p.collection_id IS ?"]
    params: list[int | str | None] = [collection_id]
    if day is not None:
        where.append("substr(p.created_at, 1, 10) = ?")
        params.append(day.isoformat())
    if since is not None:
        where.append("p.created_at >= ?")
        params.append(since)
    sql = _ENTRIES + " WHERE " + " AND ".join(where) + " ORDER BY p.created_at DESC, p.id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql, tuple(params))
    return [_entry(row, active or set()) for row in reversed(rows)]


def count(store: Store, collection_id: int | None = None) -> int:
    row = store.one("SELECT count(*) AS n FROM print_jobs WHERE collection_id IS ?", (collection_id,))
    assert row is not None  # count(*) always answers one row
    return int(row["n"])


def totals(items: list[Entry]) -> Totals:
    printed = [e for e in items if e.outcome == Outcome.PRINTED]
    return Totals(
        by_kind=dict(Counter(e.kind for e in printed)),
        by_outcome=dict(Counter(e.outcome for e in items)),
        cards_printed=sum(1 for e in printed if e.kind in CARDS),
    )


def days(store: Store, collection_id: int | None = None) -> list[date]:
    rows = store.query(
        "SELECT DISTINCT substr(created_at, 1, 10) AS day FROM print_jobs WHERE collection_id IS ? ORDER BY day",
        (collection_id,),
    )
    return [date.fromisoformat(row["day"]) for row in rows]


def period_start(store: Store) -> str:
    """When the open period began: the end of the last collection, or the first print ever."""
    last = store.one("SELECT period_end FROM collections ORDER BY id DESC LIMIT 1")
    if last:
        return str(last["period_end"])
    first = store.one("SELECT min(created_at) AS at FROM print_jobs")
    return str(first["at"]) if first and first["at"] else clock.rfc3339()


def collect(store: Store, officer: str, confirmed: int, note: str = "") -> Collection:
    """Record the handover of the open period's cards and start the next period."""
    note = " ".join(note.split())[:500]
    if confirmed < 0:
        raise CollectionError(Code.COLLECTION_NEGATIVE)
    with store.transaction():
        start, end = period_start(store), clock.rfc3339()
        expected = totals(entries(store)).cards_printed
        if confirmed != expected and not note:
            raise CollectionError(Code.COLLECTION_MISMATCH, confirmed=confirmed, expected=expected)
        collection_id = store.execute(
            "INSERT INTO collections(officer, period_start, period_end, expected_count, confirmed_count, note,"
            " created_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (officer, start, end, expected, confirmed, note or None, end),
        ).lastrowid
        assert collection_id is not None  # an INSERT always has a rowid
        store.execute("UPDATE print_jobs SET collection_id = ? WHERE collection_id IS NULL", (collection_id,))
        detail = f"#{collection_id}: expected {expected}, confirmed {confirmed}"
        staff.audit(store, officer, "officer", "collection", detail)
    return Collection(collection_id, officer, start, end, expected, confirmed, note)


def set_recap_job(store: Store, collection_id: int, job_id: int) -> None:
    """The recap slip belongs to the period it sums up, so the next period starts empty."""
    with store.transaction():
        store.execute("UPDATE collections SET recap_job_id = ? WHERE id = ?", (job_id, collection_id))
        store.execute("UPDATE print_jobs SET collection_id = ? WHERE id = ?", (collection_id, job_id))


def collections(store: Store) -> list[Collection]:
    rows = store.query(
        "SELECT id, officer, period_start, period_end, expected_count AS expected, confirmed_count AS confirmed,"
        " COALESCE(note, '') AS note, recap_job_id FROM collections ORDER BY id DESC"
    )
    return [Collection(**row) for row in rows]


def recap_document(collection: Collection, kiosk_id: str, items: list[Entry]) -> dict[str, Any]:
    """The recap slip printed at a handover (a receipt document for the print service)."""
    t = totals(items)
    lines = [
        f"Kios\t{kiosk_id}",
        f"Periode\t{clock.printed(collection.period_start)}",
        f"s.d.\t{clock.printed(collection.period_end)}",
        f"Petugas\t{collection.officer}",
        "---",
    ]
    printed_kinds = (RegistrationKind.NEW, RegistrationKind.RENEWAL, PrintPurpose.REPRINT, PrintPurpose.REPORT_RECEIPT)
    lines += [f"{KINDS[k]}\t{t.by_kind.get(k, 0)}" for k in printed_kinds]
    lines += [f"Gagal\t{t.by_outcome.get(Outcome.FAILED, 0)}", f"Tidak pasti\t{t.by_outcome.get(Outcome.UNCERTAIN, 0)}"]
    lines += ["---"]
    lines += [f"Kartu menurut catatan\t{collection.expected}", f"Kartu dihitung petugas\t{collection.confirmed}"]
    if not collection.matches:
        lines += [f"Selisih\t{collection.confirmed - collection.expected:+d}", f"Catatan: {collection.note}"]
    return {
        "title": f"REKAP SERAH TERIMA #{collection.id}",
        "lines": lines,
        "footer": "Simpan slip ini bersama kartu yang diserahkan.",
    }


def follow_up(store: Store, active: set[int] | None = None) -> dict[str, list[dict[str, Any]]]:
    """What an officer must chase: registrations still waiting for a photo, and uncertain prints."""
    photo = store.query(
        "SELECT registration_no, name, created_at FROM registrations"
        " WHERE photo_status = ? AND purged_at IS NULL ORDER BY created_at",
        (PhotoStatus.PENDING,),
    )
    uncertain = [
        {
            "job_id": job["id"],
            "registration_no": job["registration_no"] or "",
            "kind": job["kind"],
            "since": job["updated_at"],
        }
        for job in print_jobs.interrupted(store, active)
    ]
    return {"photo_pending": photo, "uncertain": uncertain}
