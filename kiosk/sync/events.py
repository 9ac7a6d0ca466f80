"""Pulling job fairs, trainings and counselling sessions (GET /events) into the local cache,
like vacancies: by cursor, applied in one transaction, malformed items refused one by one,
everything again when the server no longer knows the cursor."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.core import clock
from kiosk.core.states import EventKind
from kiosk.store import events as event_store
from kiosk.store.db import Row, Store
from kiosk.sync import feed
from kiosk.sync.client import JsonObject, SikerClient

log = logging.getLogger(__name__)

CURSOR = "events.cursor"
LAST_PULL = "events.last_pull"
PAGE = 200
KINDS = {kind.value for kind in EventKind}


@dataclass
class PullResult:
    ok: bool
    upserted: int = 0
    deleted: int = 0
    rejected: list[str] = field(default_factory=list)
    full: bool = False
    error: str = ""


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return clock.parse_rfc3339(value)
    except ValueError:
        return None


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def clean_event(item: object, known_at: str) -> Row | None:
    """A row for the cache, or None when the item is not usable."""
    if not isinstance(item, dict):
        return None
    text = {k: item.get(k) for k in ("id", "title", "organiser", "place", "description")}
    if not isinstance(text["id"], str) or not text["id"] or not isinstance(text["title"], str) or not text["title"]:
        return None
    if any(v is not None and not isinstance(v, str) for v in text.values()):
        return None
    starts, ends = _moment(item.get("starts_at")), _moment(item.get("ends_at"))
    quota, seats = _count(item.get("quota")), _count(item.get("seats_left"))
    if starts is None or ends is None or ends < starts or quota is None or seats is None:
        return None
    if item.get("kind") not in KINDS or item.get("registration") not in ("none", "kiosk"):
        return None
    return {
        "id": text["id"][:64],
        "kind": item["kind"],
        "title": text["title"][:200],
        "organiser": (text["organiser"] or "")[:200],
        "place": (text["place"] or "")[:200],
        "starts_at": clock.rfc3339(starts),
        "ends_at": clock.rfc3339(ends),
        "quota": quota,
        "seats_left": min(seats, quota),
        "registration": item["registration"],
        "description": (text["description"] or "")[:10_000],
        "updated_at": item.get("updated_at") if isinstance(item.get("updated_at"), str) else None,
        "seats_known_at": known_at,
    }


def pull(store: Store, client: SikerClient, *, page_size: int = PAGE) -> PullResult:
    read = feed.fetch(client, "/events", store.get_value(CURSOR), page_size)
    result = PullResult(ok=False, full=read.full, error=read.error)
    if read.error:
        return result  # nothing applied: the cache and its age stay as they were
    _apply(store, read.pages, read.cursor, result)
    result.ok = True
    return result


def _apply(store: Store, pages: list[JsonObject], cursor: str, result: PullResult) -> None:
    seen: set[str] = set()
    now = clock.rfc3339()
    with store.transaction():
        if result.full:
            store.execute("DELETE FROM events")  # a full pull is the whole truth
        for page in pages:
            for item in page["items"]:
                row = clean_event(item, now)
                if row is None:
                    ident = item.get("id") if isinstance(item, dict) else None
                    result.rejected.append(str(ident) if ident else "(tanpa id)")
                    continue
                event_store.upsert(store, row)
                seen.add(row["id"])
                result.upserted += 1
            for event_id in page["deleted"]:
                if isinstance(event_id, str) and event_id not in seen:
                    result.deleted += store.execute("DELETE FROM events WHERE id = ?", (event_id,)).rowcount
        # an event the feed did not mention is unchanged: its seats_left is as true now as then
        store.execute("UPDATE events SET seats_known_at = ?", (now,))
        store.set_value(CURSOR, cursor)
        store.set_value(LAST_PULL, now)
    if result.rejected:
        log.warning("%d malformed events refused", len(result.rejected))
