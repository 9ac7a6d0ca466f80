"""Pulling job fairs, trainings and counselling sessions (GET /events) into the local cache,
like vacancies: by cursor, applied in one transaction, malformed items refused one by one,
everything again when the server no longer knows the cursor."""

from __future__ import annotations

import logging
from datetime import datetime

from kiosk.core import clock
from kiosk.core.states import EventKind
from kiosk.store import events as event_store
from kiosk.store.db import Row, Store
from kiosk.sync import feed
from kiosk.sync.client import SikerClient

log = logging.getLogger(__name__)

CURSOR = "events.cursor"
LAST_PULL = "events.last_pull"
PAGE = 200
KINDS = {kind.value for kind in EventKind}


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


def _seats_known_now(store: Store, now: str) -> None:
    # an event the feed did not mention is unchanged: its seats_left is as true now as then
    store.execute("UPDATE events SET seats_known_at = ?", (now,))


FEED = feed.Feed("/events", "events", CURSOR, LAST_PULL, clean_event, event_store.upsert, after=_seats_known_now)


def pull(store: Store, client: SikerClient, *, page_size: int = PAGE) -> feed.PullResult:
    return feed.pull(store, client, FEED, page_size)
