"""The outbox sender: exactly-once delivery to SIKER over a bad network.

A row is marked ``sending`` (attempts + 1) before its request and settled after the answer,
each in its own transaction; a sender killed in between leaves ``sending`` rows, which are
simply sent again with the same Idempotency-Key: the server answers "duplicate" and the
row is delivered once. The sender never rewrites a payload, so every retry carries the same body
(only the retention purge blanks payloads, and only of delivered records).

Order: a job seeker's records go in outbox order (``order_key``: the client_id of their first
registration here, never the NIK, see ``outbox.chain_key``) and a record waits for the one it
refers to (``depends_on``, e.g. a report for its registration). Different job seekers
go in parallel. ``drain`` keeps a window of requests in flight and settles each answer as
it comes, so one slow request never holds back the others.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from kiosk.core import clock
from kiosk.core.states import OutboxState
from kiosk.store import events as event_store
from kiosk.store.db import Row, Store
from kiosk.store.registrations import photo_base64
from kiosk.sync.client import AUTH, DELIVERED, DUPLICATE, PERMANENT, RETRY_AFTER, JsonObject, Reply, SikerClient

log = logging.getLogger(__name__)

SETTLE_GATHER_S = 0.01
AUTH_PAUSED = "sync.auth_paused"
NOT_BEFORE = "sync.not_before"
LAST_CONTACT = "sync.last_contact"
LAST_ERROR = "sync.last_error"


def stamp(epoch: float) -> str:
    """Sortable UTC time with milliseconds, for next_attempt_at comparisons."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


_ELIGIBLE = """
SELECT o.id, o.client_id, o.endpoint, o.payload, o.attempts FROM outbox o
WHERE o.state IN ('pending', 'sending')
  AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now)
  AND (o.depends_on IS NULL
       OR NOT EXISTS (SELECT 1 FROM outbox d WHERE d.client_id = o.depends_on AND d.state != 'delivered'))
  AND (o.order_key IS NULL
       OR NOT EXISTS (SELECT 1 FROM outbox e WHERE e.order_key = o.order_key AND e.id < o.id
                      AND e.state IN ('pending', 'sending')))
  AND o.id NOT IN (SELECT value FROM json_each(:busy)){only}
ORDER BY o.id LIMIT :limit
"""
ELIGIBLE = _ELIGIBLE.format(only="")
ELIGIBLE_ONE = _ELIGIBLE.format(only="\n  AND o.client_id = :client_id")  # send_one: this record, if it may go


@dataclass(frozen=True)
class Summary:
    pending: int
    sending: int
    delivered: int
    failed: int
    auth_paused: str | None

    @property
    def done(self) -> bool:
        return self.pending == 0 and self.sending == 0

    def __str__(self) -> str:
        text = f"{self.delivered} delivered, {self.pending + self.sending} waiting, {self.failed} failed permanently"
        return text + (f"; paused: {self.auth_paused}" if self.auth_paused else "")


def summary(store: Store) -> Summary:
    counts = {row["state"]: row["n"] for row in store.query("SELECT state, count(*) AS n FROM outbox GROUP BY state")}
    return Summary(
        counts.get(OutboxState.PENDING, 0),
        counts.get(OutboxState.SENDING, 0),
        counts.get(OutboxState.DELIVERED, 0),
        counts.get(OutboxState.FAILED_PERMANENT, 0),
        store.get_value(AUTH_PAUSED),
    )


class Sender:
    def __init__(
        self,
        store: Store,
        client_factory: Callable[[], SikerClient],
        *,
        workers: int = 8,
        batch: int = 64,
        base_backoff_s: float = 2.0,
        max_backoff_s: float = 600.0,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._factory = client_factory
        self._local = threading.local()
        self.workers = workers
        self.batch = batch
        self.base_backoff = base_backoff_s
        self.max_backoff = max_backoff_s
        self.now = now
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="siker")

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def _client(self) -> SikerClient:
        client: SikerClient | None = getattr(self._local, "client", None)
        if client is None:
            client = self._local.client = self._factory()
        return client

    # -- one round
    def paused(self) -> bool:
        if self.store.get_value(AUTH_PAUSED):
            return True
        not_before = self.store.get_value(NOT_BEFORE)
        return bool(not_before) and float(not_before or 0) > self.now()

    def run_once(self) -> int:
        """Send what is due now; the number of records attempted."""
        if self.paused():
            return 0
        rows = self._due(set(), self.batch)
        if not rows:
            return 0
        self._mark_sending(rows)
        bodies = [self._body(row) for row in rows]
        replies = list(self._pool.map(lambda job: self._send(*job), zip(rows, bodies, strict=True)))
        self._settle(rows, replies)
        return len(rows)

    def _due(self, busy: set[int], limit: int) -> list[Row]:
        """Rows to send now; ``busy``: rows in flight (marked ``sending`` by this sender)."""
        params = {"now": stamp(self.now()), "limit": limit, "busy": json.dumps(sorted(busy))}
        return self.store.query(ELIGIBLE, params)

    def _body(self, row: Row) -> JsonObject:
        payload: JsonObject = json.loads(row["payload"])
        if row["endpoint"] == "/registrations":
            payload["photo_jpeg_base64"] = photo_base64(self.store, row["client_id"]) or ""
        return payload

    def _send(self, row: Row, body: JsonObject) -> Reply:
        try:
            return self._client().post(row["endpoint"], body)
        except Exception as exc:  # a bug in one request must not lose the round's bookkeeping
            log.exception("sending outbox row %s", row["id"])
            return Reply("transient", None, None, type(exc).__name__)

    def _mark_sending(self, rows: list[Row]) -> None:
        now = clock.rfc3339()
        with self.store.transaction():
            for row in rows:
                self.store.execute(
                    "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?",
                    (now, row["id"]),
                )
                self.store.execute(
                    "INSERT INTO outbox_journal(outbox_id, at, state) VALUES(?, ?, 'sending')", (row["id"], now)
                )

    def _settle(self, rows: list[Row], replies: list[Reply]) -> None:
        now_epoch = self.now()
        now = clock.rfc3339()
        with self.store.transaction():
            for row, reply in zip(rows, replies, strict=True):
                state: OutboxState
                if reply.kind in (DELIVERED, DUPLICATE):
                    self.store.execute(
                        "UPDATE outbox SET state = 'delivered', http_status = ?, response = ?, last_error = NULL,"
                        " delivered_at = ?, updated_at = ? WHERE id = ?",
                        (reply.status, json.dumps(reply.body), now, now, row["id"]),
                    )
                    state, detail = OutboxState.DELIVERED, reply.kind
                elif reply.kind == PERMANENT:
                    self.store.execute(
                        "UPDATE outbox SET state = 'failed_permanent', http_status = ?, last_error = ?, updated_at = ?"
                        " WHERE id = ?",
                        (reply.status, reply.message, now, row["id"]),
                    )
                    state, detail = OutboxState.FAILED_PERMANENT, reply.message
                else:
                    wait = self._backoff(row["attempts"] + 1)
                    if reply.kind == RETRY_AFTER:
                        wait = max(wait, reply.retry_after_s or 0)
                        self.store.set_value(NOT_BEFORE, repr(now_epoch + (reply.retry_after_s or 0)))
                    if reply.kind == AUTH:
                        wait = 0
                        self.store.set_value(AUTH_PAUSED, reply.message)
                    self.store.execute(
                        "UPDATE outbox SET state = 'pending', http_status = ?, last_error = ?, next_attempt_at = ?,"
                        " updated_at = ? WHERE id = ?",
                        (reply.status, reply.message, stamp(now_epoch + wait), now, row["id"]),
                    )
                    state, detail = OutboxState.PENDING, reply.message
                self.store.execute(
                    "INSERT INTO outbox_journal(outbox_id, at, state, http_status, detail) VALUES(?, ?, ?, ?, ?)",
                    (row["id"], now, state, reply.status, detail),
                )
                if row["endpoint"] == event_store.ENDPOINT:
                    self._seat_answer(row["client_id"], reply, now)
            if any(r.status is not None for r in replies):
                self.store.set_value(LAST_CONTACT, repr(now_epoch))
        for reply in replies:
            if reply.kind == AUTH:
                log.error("SIKER refused the kiosk token (%s): sending paused", reply.status)
                break

    def _seat_answer(self, client_id: str, reply: Reply, now: str) -> None:
        """An event registration's outcome, written with its outbox row: the seat, or "full"
        (409 full is permanent for this record: the holder learns it at the next visit)."""
        body = reply.body or {}
        if reply.kind in (DELIVERED, DUPLICATE):
            seat = body.get("seat_no")
            if isinstance(seat, int) and not isinstance(seat, bool) and seat > 0:
                event_store.seated(self.store, client_id, seat, now)
            else:
                log.error("event registration %s delivered without a seat number", client_id)
        elif reply.kind == PERMANENT:
            if reply.status == 409 and body.get("error") == "full":
                event_store.full(self.store, client_id, now)
            else:
                event_store.refused(self.store, client_id, now, reply.message)

    def send_one(self, client_id: str, *, chain_limit: int = 4) -> Reply | None:
        """Send one record now, on the calling thread: a person at the kiosk waits for its answer
        (a seat number). The records it waits for (its job seeker's earlier ones, at most
        ``chain_limit``) go first, in order; each is marked and settled like every record. None
        when it may not go now (paused, in flight elsewhere, or something before it not delivered)."""
        if self.paused():
            return None
        target = self.store.one("SELECT id, order_key, depends_on FROM outbox WHERE client_id = ?", (client_id,))
        if target is None:
            return None
        before = self.store.query(
            "SELECT client_id FROM outbox WHERE state IN ('pending', 'sending') AND id < :id"
            " AND (order_key = :key OR client_id = :dep) ORDER BY id",
            {"id": target["id"], "key": target["order_key"], "dep": target["depends_on"]},
        )
        reply: Reply | None = None
        for row in [*before[:chain_limit], {"client_id": client_id}]:
            # a backoff's next_attempt_at does not hold back a person waiting (one request, not a flood);
            # a server's Retry-After does (paused() above)
            params = {"now": "9999", "limit": 1, "busy": "[]", "client_id": row["client_id"]}
            rows = self.store.query(ELIGIBLE_ONE, params)
            if not rows:
                return None
            self._mark_sending(rows)
            reply = self._send(rows[0], self._body(rows[0]))
            self._settle(rows, [reply])
            if reply.kind not in (DELIVERED, DUPLICATE, PERMANENT):  # offline or refused access: stop here
                return reply if row["client_id"] == client_id else None
        return reply

    def _backoff(self, attempts: int) -> float:
        """Exponential with full jitter: spreads kiosks that all come back online at once."""
        ceiling = min(self.max_backoff, self.base_backoff * 2.0 ** max(0, attempts - 1))
        return ceiling * (0.5 + random.random() / 2)

    # -- until done
    def drain(self, *, deadline_s: float | None = None, idle_sleep_s: float = 0.05) -> Summary:
        """Send until nothing is pending, or the deadline passes, or sending is paused by auth.

        Up to four requests per worker are in flight; answers are settled as they arrive (those
        that arrived together in one transaction), and freed places are refilled at once."""
        end = None if deadline_s is None else time.monotonic() + deadline_s
        window = self.workers * 4
        in_flight: dict[Future[Reply], Row] = {}
        try:
            while True:
                open_for_more = not self.paused() and (end is None or time.monotonic() < end)
                if open_for_more and len(in_flight) < window:
                    busy = {row["id"] for row in in_flight.values()}
                    rows = self._due(busy, window - len(in_flight))
                    if rows:
                        self._mark_sending(rows)
                        for row in rows:
                            in_flight[self._pool.submit(self._send, row, self._body(row))] = row
                if in_flight:
                    done, _ = wait(in_flight, timeout=1.0, return_when=FIRST_COMPLETED)
                    if done:  # gather what else lands within a few ms: one transaction (one fsync) for all
                        done, _ = wait(in_flight, timeout=SETTLE_GATHER_S)
                    finished = [(in_flight.pop(future), future.result()) for future in done]
                    if finished:
                        self._settle([row for row, _ in finished], [reply for _, reply in finished])
                    continue
                state = summary(self.store)
                if state.done or state.auth_paused or not open_for_more:
                    return state
                if not self._retries_due_later() and not self._due(set(), 1):
                    # what is left waits for a record that failed: only a person can help. (A retry
                    # that came due since the query above is sent on the next turn, not left behind.)
                    return state
                time.sleep(idle_sleep_s)
        finally:
            # leaving early (an error): answers already on their way are still written down
            for future in list(in_flight):
                row = in_flight.pop(future)
                self._settle([row], [future.result()])

    def _retries_due_later(self) -> bool:
        return (
            self.store.one(
                "SELECT 1 AS x FROM outbox WHERE state IN ('pending', 'sending') AND next_attempt_at > ? LIMIT 1",
                (stamp(self.now()),),
            )
            is not None
        )


def retry_failed(store: Store, outbox_ids: list[int] | None = None) -> int:
    """Technician action: send permanently failed records again (same key, same body)."""
    now = clock.rfc3339()
    where = "state = 'failed_permanent'" + (f" AND id IN ({','.join('?' * len(outbox_ids))})" if outbox_ids else "")
    with store.transaction():
        ids = [row["id"] for row in store.query(f"SELECT id FROM outbox WHERE {where}", tuple(outbox_ids or ()))]
        _queue_again(store, ids, now, "retry by technician")
    return len(ids)


def _queue_again(store: Store, ids: list[int], now: str, why: str) -> None:
    """Records to be sent again, same key and body (inside the caller's transaction)."""
    for outbox_id in ids:
        store.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ? WHERE id = ?", (now, outbox_id)
        )
        store.execute(
            "INSERT INTO outbox_journal(outbox_id, at, state, detail) VALUES(?, ?, 'pending', ?)",
            (outbox_id, now, why),
        )


class Resent(NamedTuple):
    queued: int  # delivered records going out again
    blanked: int  # delivered since then, but their body is gone (the retention purge): not sendable


def resend_since(store: Store, since: str) -> Resent:
    """Technician action after the server was restored from a backup: the records it had from
    ``since`` (RFC 3339, the kiosk's zone) on go out again with the same keys, so it stores what the
    restore lost and answers "duplicate" for the rest. Only records whose body is still here:
    the retention purge blanks delivered ones after ``retention_days``."""
    now = clock.rfc3339()
    with store.transaction():
        rows = store.query(
            "SELECT id, payload = '{}' AS blanked FROM outbox WHERE state = 'delivered' AND delivered_at >= ?"
            " ORDER BY id",
            (since,),
        )
        ids = [row["id"] for row in rows if not row["blanked"]]
        _queue_again(store, ids, now, "sent again after a server restore")
    return Resent(len(ids), len(rows) - len(ids))


def resume_after_auth(store: Store) -> None:
    """Technician action (or a successful heartbeat): the token works again."""
    store.set_value(AUTH_PAUSED, None)


def export_failed(store: Store) -> list[Row]:
    """Permanently failed records with the server's message, for the technician's export."""
    return store.query(
        "SELECT id, client_id, endpoint, http_status, last_error, attempts, created_at, payload FROM outbox"
        " WHERE state = 'failed_permanent' ORDER BY id"
    )
