"""The SIKER simulator: a real HTTP server implementing ../shared/siker-kiosk-api.md with its
own SQLite, idempotency, vacancies and events with a change cursor, seats with a quota (409
full), and fault injection.

Faults, each a share of POST requests drawn from a seeded RNG: answered 500; 503 with
Retry-After; slow; connection reset before the body is read; and the nasty one, the record
stored but the connection dropped before the response.

Cards (GET /cards/{registration_no}, the contract's "Additions in v1"): every registration it
receives makes its card ``menunggu`` (a later one with the same number, a correction or renewal,
puts it back there), a report of work makes it ``bekerja``, a card past ``valid_until`` reads
``kedaluwarsa``; an officer's decision is played with ``set_card`` (tests, the demo).

Run: kiosk siker-sim --port 8080 --db sim.db [--token T] [--fail-500 0.1] ...
Embedded: ``SikerSimulator(db).start()`` (what `kiosk demo` does).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import socket
import sqlite3
import struct
import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import parse_qs, unquote, urlparse

from kiosk.core import education, occupations
from kiosk.sync.simulator_tickets import Tickets

REQUIRED = {
    "/registrations": ("client_id", "registration_no", "kind", "kiosk_id", "nik", "name", "birth_date", "valid_until"),
    "/reports": ("client_id", "registration_client_id", "registration_no", "nik", "reported_at", "status"),
    "/applications": ("client_id", "registration_client_id", "nik", "vacancy_id", "applied_at"),
    "/print-log": ("client_id", "kind", "printed_at", "result"),
    "/tickets": ("client_id",),  # checked field by field in simulator_tickets
    "/event-registrations": ("client_id", "event_id", "registration_client_id", "nik", "registered_at"),
}
# the contract's "New optional fields in POST /registrations" (v1): allowed values; absent is fine
EDUCATION_LEVELS = education.LEVELS
DISABILITIES = ("fisik", "netra", "rungu", "wicara", "intelektual", "mental", "lainnya")
PLACEMENTS = ("akl", "akad", "akan")
SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL UNIQUE, endpoint TEXT NOT NULL,
    body TEXT NOT NULL, body_hash TEXT NOT NULL, photo_sha256 TEXT, received_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vacancies (
    id TEXT PRIMARY KEY, body TEXT NOT NULL, change_seq INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS cards (
    registration_no TEXT PRIMARY KEY, status TEXT NOT NULL, reason TEXT, officer TEXT, decided_at TEXT,
    valid_until TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, body TEXT NOT NULL, change_seq INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS event_seats (
    client_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, seat_no INTEGER NOT NULL, UNIQUE (event_id, seat_no));
"""
CARD_STATES = ("menunggu", "revisi", "disahkan", "ditolak", "kedaluwarsa", "bekerja")

JsonObject: TypeAlias = dict[str, Any]  # a request or answer body (the simulator stands alone: no kiosk import)


@dataclass
class Faults:
    fail_500: float = 0.0
    fail_503: float = 0.0
    retry_after_s: int = 1
    slow: float = 0.0
    slow_s: float = 0.3
    reset_before_read: float = 0.0
    drop_after_store: float = 0.0
    seed: int | None = None
    reads: bool = False  # the same faults on GET (job-seeker lookup, vacancy pages) too

    @property
    def total(self) -> float:
        return self.fail_500 + self.fail_503 + self.slow + self.reset_before_read + self.drop_after_store


def canonical(body: JsonObject) -> str:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class SikerSimulator:
    def __init__(
        self,
        db_path: str | Path = ":memory:",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = "demo-token",
        faults: Faults | None = None,
        clock_offset_s: float = 0.0,
    ) -> None:
        self.token = token
        self.faults = faults or Faults()
        self.clock_offset_s = clock_offset_s
        self.requests = 0
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        if str(db_path) != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(db_path), check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)
        self.tickets = Tickets(self.db, self._lock)
        simulator = self

        class Handler(_Handler):
            sim = simulator

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 128

        self.server = Server((host, port), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="siker-sim", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> SikerSimulator:
        self._thread.start()
        return self

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> SikerSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def draw(self) -> str | None:
        """Which fault this request gets, if any."""
        f = self.faults
        with self._lock:
            x = self._rng.random()
        for name, share in (
            ("fail_500", f.fail_500),
            ("fail_503", f.fail_503),
            ("slow", f.slow),
            ("reset_before_read", f.reset_before_read),
            ("drop_after_store", f.drop_after_store),
        ):
            if x < share:
                return name
            x -= share
        return None

    # -- data
    def store(self, endpoint: str, body: JsonObject) -> tuple[int, JsonObject]:
        client_id = body["client_id"]
        photo = body.pop("photo_jpeg_base64", None)
        photo_sha = hashlib.sha256(photo.encode()).hexdigest() if photo else None
        digest = hashlib.sha256((canonical(body) + (photo_sha or "")).encode()).hexdigest()
        with self._lock:
            row = self.db.execute("SELECT body_hash FROM records WHERE client_id = ?", (client_id,)).fetchone()
            if row is not None:
                if row[0] != digest:
                    return 409, {"error": "Idempotency-Key sudah dipakai untuk data yang berbeda"}
                if endpoint == "/event-registrations":
                    seat = self.db.execute("SELECT seat_no FROM event_seats WHERE client_id = ?", (client_id,))
                    return 200, {"client_id": client_id, "seat_no": seat.fetchone()[0], "duplicate": True}
                return 200, {"client_id": client_id, "siker_id": _siker_id(client_id), "duplicate": True}
            seat_no = None
            if endpoint == "/event-registrations":
                refusal = self._take_seat(body)
                if isinstance(refusal, tuple):
                    return refusal  # nothing stored
                seat_no = refusal
            self.db.execute(
                "INSERT INTO records(client_id, endpoint, body, body_hash, photo_sha256, received_at)"
                " VALUES(?, ?, ?, ?, ?, ?)",
                (client_id, endpoint, canonical(body), digest, photo_sha, datetime.now(UTC).isoformat()),
            )
            self._card_after(endpoint, body)
        answer: JsonObject = {"client_id": client_id, "duplicate": False}
        if endpoint == "/registrations":
            answer["siker_id"] = _siker_id(client_id)
        if seat_no is not None:
            answer["seat_no"] = seat_no
        return 201, answer

    # cards: the state an officer's decision and the records give each registration number
    def _card_after(self, endpoint: str, body: JsonObject) -> None:
        """A stored record's effect on its card (under ``_lock``)."""
        now = _now()
        if endpoint == "/registrations":
            self.db.execute(
                "INSERT OR REPLACE INTO cards(registration_no, status, valid_until, updated_at)"
                " VALUES(?, 'menunggu', ?, ?)",
                (body["registration_no"], body["valid_until"], now),
            )
        elif endpoint == "/reports" and body.get("status") == "employed":
            self.db.execute(
                "UPDATE cards SET status = 'bekerja', updated_at = ? WHERE registration_no = ? AND valid_until >= ?",
                (now, body["registration_no"], date.today().isoformat()),
            )

    def set_card(
        self, registration_no: str, status: str, reason: str | None = None, officer: str | None = None
    ) -> None:
        """An officer's decision (or any state) for a card the simulator received."""
        with self._lock:
            set_card_state(self.db, registration_no, status, reason, officer)

    def card(self, registration_no: str) -> JsonObject | None:
        row = self.db.execute(
            "SELECT status, reason, officer, decided_at, valid_until, updated_at FROM cards WHERE registration_no = ?",
            (registration_no,),
        ).fetchone()
        if row is None:
            return None
        status, reason, officer, decided_at, valid_until, updated_at = row
        reports = [r["body"] for r in self.records("/reports") if r["body"].get("registration_no") == registration_no]
        reports.sort(key=lambda b: b.get("reported_at", ""))
        return {
            "registration_no": registration_no,
            "status": "kedaluwarsa" if valid_until < date.today().isoformat() else status,
            "reason": reason,
            "decided_at": decided_at,
            "officer": officer,
            "valid_until": valid_until,
            "reports": [
                {"period": n, "reported_at": b["reported_at"], "status": b["status"]} for n, b in enumerate(reports, 1)
            ],
            "updated_at": updated_at,
        }

    def _take_seat(self, body: JsonObject) -> int | tuple[int, JsonObject]:
        """The next seat of the event (under the simulator's lock), or the refusal: 422 for an
        unknown, deleted or walk-in event, 409 full when no seat is left."""
        row = self.db.execute("SELECT body FROM events WHERE id = ? AND deleted = 0", (body["event_id"],)).fetchone()
        if row is None:
            return 422, {
                "error": "kolom tidak sah: event_id",
                "fields": {"event_id": "acara tidak dikenal atau sudah dihapus"},
            }
        event = json.loads(row[0])
        if event.get("registration") != "kiosk":
            return 422, {
                "error": "kolom tidak sah: event_id",
                "fields": {"event_id": "acara ini tidak menerima pendaftaran di kios"},
            }
        row = self.db.execute("SELECT count(*) FROM event_seats WHERE event_id = ?", (body["event_id"],)).fetchone()
        taken = int(row[0])
        if taken >= int(event.get("quota", 0)):
            return 409, {"error": "full"}
        self.db.execute(
            "INSERT INTO event_seats(client_id, event_id, seat_no) VALUES(?, ?, ?)",
            (body["client_id"], body["event_id"], taken + 1),
        )
        # a taken seat changes seats_left: the event comes again in the next incremental pull
        self.db.execute("UPDATE events SET change_seq = ? WHERE id = ?", (self._next_change(), body["event_id"]))
        return taken + 1

    def records(self, endpoint: str | None = None) -> list[JsonObject]:
        query = "SELECT seq, client_id, endpoint, body, photo_sha256 FROM records"
        rows = self.db.execute(query + (" WHERE endpoint = ?" if endpoint else "") + " ORDER BY seq",
                               (endpoint,) if endpoint else ()).fetchall()  # fmt: skip
        return [
            {"seq": r[0], "client_id": r[1], "endpoint": r[2], "body": json.loads(r[3]), "photo_sha256": r[4]}
            for r in rows
        ]

    def job_seeker(self, nik: str) -> JsonObject | None:
        rows = [r["body"] for r in self.records("/registrations") if r["body"].get("nik") == nik]
        if not rows:
            return None
        latest = max(rows, key=lambda b: b.get("created_at", ""))
        reports = [r["body"]["reported_at"] for r in self.records("/reports") if r["body"].get("nik") == nik]
        return {
            "registration_no": latest["registration_no"],
            "valid_until": latest["valid_until"],
            "last_report_at": max(reports) if reports else None,
            "name": latest["name"],
        }

    # vacancies: a change feed; the cursor is the last change number seen, in an epoch
    def _next_change(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'change'").fetchone()
        value = int(row[0]) + 1 if row else 1
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('change', ?)", (str(value),))
        return value

    def epoch(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'epoch'").fetchone()
        return int(row[0]) if row else 1

    def put_vacancy(self, vacancy: JsonObject) -> None:
        with self._lock:
            self.db.execute(
                "INSERT OR REPLACE INTO vacancies(id, body, change_seq, deleted) VALUES(?, ?, ?, 0)",
                (vacancy["id"], json.dumps(vacancy, ensure_ascii=False), self._next_change()),
            )

    def delete_vacancy(self, vacancy_id: str) -> None:
        with self._lock:
            self.db.execute(
                "UPDATE vacancies SET deleted = 1, change_seq = ? WHERE id = ?", (self._next_change(), vacancy_id)
            )

    def reset_cursors(self) -> None:
        """The server lost its change log: every old cursor is now invalid."""
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('epoch', ?)", (str(self.epoch() + 1),))

    def vacancies_page(self, cursor: str | None, limit: int) -> tuple[int, JsonObject]:
        return self._page("vacancies", cursor, limit)

    # events: the same change feed (one change numbering for both), seats_left counted at page time
    def put_event(self, event: JsonObject) -> None:
        """An event in the contract's item shape; ``seats_left`` is the simulator's own count."""
        body = {k: v for k, v in event.items() if k != "seats_left"}
        with self._lock:
            self.db.execute(
                "INSERT OR REPLACE INTO events(id, body, change_seq, deleted) VALUES(?, ?, ?, 0)",
                (event["id"], json.dumps(body, ensure_ascii=False), self._next_change()),
            )

    def delete_event(self, event_id: str) -> None:
        with self._lock:
            self.db.execute(
                "UPDATE events SET deleted = 1, change_seq = ? WHERE id = ?", (self._next_change(), event_id)
            )

    def events_page(self, cursor: str | None, limit: int) -> tuple[int, JsonObject]:
        return self._page("events", cursor, limit)

    def seats(self, event_id: str) -> list[tuple[str, int]]:
        """(client_id, seat_no) of the seats taken, in seat order."""
        rows = self.db.execute("SELECT client_id, seat_no FROM event_seats WHERE event_id = ? ORDER BY seat_no",
                               (event_id,))  # fmt: skip
        return [(r[0], r[1]) for r in rows.fetchall()]

    def _event_item(self, body: str) -> JsonObject:
        event: JsonObject = json.loads(body)
        taken = self.db.execute("SELECT count(*) FROM event_seats WHERE event_id = ?", (event["id"],)).fetchone()[0]
        event["seats_left"] = max(0, int(event.get("quota", 0)) - taken)
        return event

    def _page(self, table: str, cursor: str | None, limit: int) -> tuple[int, JsonObject]:
        after = 0
        if cursor:
            try:
                epoch, after = struct.unpack(">II", base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            except (ValueError, struct.error):
                return 400, {"error": "cursor tidak dikenal"}
            if epoch != self.epoch():
                return 400, {"error": "cursor kedaluwarsa; tarik ulang tanpa cursor"}
        with self._lock:
            rows = self.db.execute(
                f"SELECT id, body, change_seq, deleted FROM {table} WHERE change_seq > ? ORDER BY change_seq LIMIT ?",
                (after, limit + 1),
            ).fetchall()
            more = len(rows) > limit
            rows = rows[:limit]
            item = self._event_item if table == "events" else json.loads
            items = [item(r[1]) for r in rows if not r[3]]
        last = rows[-1][2] if rows else after
        next_cursor = base64.urlsafe_b64encode(struct.pack(">II", self.epoch(), last)).rstrip(b"=").decode()
        return 200, {
            "items": items,
            "deleted": [r[0] for r in rows if r[3] and cursor],
            "next_cursor": next_cursor,
            "has_more": more,
        }


def wrong_optional_fields(endpoint: str, body: JsonObject) -> list[str]:
    """The v1 optional fields present with a value the contract does not allow (stored as sent otherwise)."""
    wrong: list[str] = []
    if endpoint == "/registrations":
        if "education_level" in body and body["education_level"] not in EDUCATION_LEVELS:
            wrong.append("education_level")
        code = body.get("occupation_code")
        if code is not None and not (isinstance(code, str) and occupations.is_valid(code)):
            wrong.append("occupation_code")  # not a KBJI 2026 jabatan or subgolongan
        kinds = body.get("disability", [])
        if not isinstance(kinds, list) or any(k not in DISABILITIES for k in kinds):
            wrong.append("disability")
    elif endpoint == "/reports":
        if body.get("placement") not in (None, *PLACEMENTS):
            wrong.append("placement")
        started = body.get("started_on")
        if started is not None and not _is_date(started):
            wrong.append("started_on")
    return wrong


def _is_date(value: object) -> bool:
    try:
        datetime.strptime(str(value), "%Y-%m-%d")
    except ValueError:
        return False
    return isinstance(value, str) and len(value) == 10


def set_card_state(
    db: sqlite3.Connection, registration_no: str, status: str, reason: str | None = None, officer: str | None = None
) -> None:
    """Write a card's state into a simulator database (``SikerSimulator.set_card``, or
    ``kiosk siker-sim-card`` on the file of a running simulator: it reads the table on every GET)."""
    if status not in CARD_STATES:
        raise ValueError(f"unknown card state {status!r}; one of {', '.join(CARD_STATES)}")
    decided = _now() if status in ("disahkan", "revisi", "ditolak") else None
    changed = db.execute(
        "UPDATE cards SET status = ?, reason = ?, officer = ?, decided_at = ?, updated_at = ?"
        " WHERE registration_no = ?",
        (status, reason, officer, decided, _now(), registration_no),
    ).rowcount
    if not changed:
        raise KeyError(f"the simulator has no card {registration_no}")


def _now() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def _siker_id(client_id: str) -> str:
    return "SKR-" + hashlib.sha1(client_id.encode()).hexdigest()[:10].upper()


class _Handler(BaseHTTPRequestHandler):
    sim: SikerSimulator
    protocol_version = "HTTP/1.1"
    # headers and body leave in separate writes: without TCP_NODELAY each answer waits out
    # the client's delayed ACK (~40 ms), which would make the simulator, not the kiosk, the bottleneck
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and demo read the data, not the log
        pass

    def _reply(self, status: int, body: JsonObject | None, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        if self.headers.get("Authorization") != f"Bearer {self.sim.token}":
            self._reply(401, {"error": "token tidak sah"})
            return False
        return True

    def _drop(self) -> None:
        """Close the TCP connection with a reset, without an HTTP answer."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _failed(self, fault: str | None) -> bool:
        """Play a drawn fault that happens after the request was read; True when it answered."""
        if fault == "slow":
            time.sleep(self.sim.faults.slow_s)
        if fault == "fail_500":
            self._reply(500, {"error": "internal"})
            return True
        if fault == "fail_503":
            self._reply(503, {"error": "sibuk"}, {"Retry-After": str(self.sim.faults.retry_after_s)})
            return True
        return False

    def do_GET(self) -> None:
        self.sim.requests += 1
        fault = self.sim.draw() if self.sim.faults.reads else None
        if fault == "reset_before_read":
            self._drop()
            return
        if not self._authorised() or self._failed(fault):
            return
        url = urlparse(self.path)
        if url.path == "/vacancies":
            query = parse_qs(url.query)
            limit = max(1, min(500, int(query.get("limit", ["200"])[0])))  # the contract's default
            status, body = self.sim.vacancies_page(query.get("cursor", [None])[0], limit)
            self._reply(status, body)
        elif url.path.startswith("/tickets/"):
            phone = parse_qs(url.query).get("phone", [None])[0]
            self._reply(*self.sim.tickets.status(unquote(url.path.rsplit("/", 1)[1]), phone))
        elif url.path == "/events":
            query = parse_qs(url.query)
            limit = max(1, min(500, int(query.get("limit", ["200"])[0])))
            status, body = self.sim.events_page(query.get("cursor", [None])[0], limit)
            self._reply(status, body)
        elif url.path.startswith("/job-seekers/"):
            found = self.sim.job_seeker(url.path.rsplit("/", 1)[1])
            self._reply(200 if found else 404, found or {"error": "tidak ditemukan"})
        elif url.path.startswith("/cards/"):
            card = self.sim.card(url.path.rsplit("/", 1)[1])
            self._reply(200 if card else 404, card or {"error": "kartu tidak ditemukan"})
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self) -> None:
        self.sim.requests += 1
        endpoint = urlparse(self.path).path
        fault = self.sim.draw() if endpoint in REQUIRED else None
        if fault == "reset_before_read":
            self._drop()
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if not self._authorised() or self._failed(fault):
            return
        try:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise ValueError
        except ValueError:
            self._reply(400, {"error": "body bukan JSON"})
            return
        if endpoint == "/heartbeat":
            now = datetime.now(UTC) + timedelta(seconds=self.sim.clock_offset_s)
            self._reply(200, {"server_time": now.astimezone().isoformat(timespec="seconds")})
            return
        if endpoint not in REQUIRED:
            self._reply(404, {"error": "not found"})
            return
        if endpoint == "/tickets":
            self._ticket(body, fault)
            return
        missing = [key for key in REQUIRED[endpoint] if body.get(key) in (None, "")]
        if missing:
            self._reply(422, {"error": "kolom wajib kosong: " + ", ".join(missing)})
            return
        wrong = wrong_optional_fields(endpoint, body)
        if wrong:
            self._reply(422, {"error": "kolom tidak sah: " + ", ".join(wrong), "fields": wrong})
            return
        if self.headers.get("Idempotency-Key") != body["client_id"]:
            self._reply(422, {"error": "Idempotency-Key harus sama dengan client_id"})
            return
        status, answer = self.sim.store(endpoint, body)
        if fault == "drop_after_store":
            self._drop()  # stored, but the kiosk never hears it
            return
        self._reply(status, answer)

    def _ticket(self, body: JsonObject, fault: str | None) -> None:
        """POST /tickets: checked like the gateway checks it (422 naming the fields, nothing kept)."""
        if self.headers.get("Idempotency-Key") != body.get("client_id"):
            self._reply(422, {"error": "Idempotency-Key harus sama dengan client_id"})
            return
        refused = self.sim.tickets.check(body)
        if refused is not None:
            self._reply(*refused)
            return
        status, answer = self.sim.store("/tickets", body)
        if status in (200, 201):
            answer = self.sim.tickets.stored(body, answer)
        if fault == "drop_after_store":
            self._drop()
            return
        self._reply(status, answer)
