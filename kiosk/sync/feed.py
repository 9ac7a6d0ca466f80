"""Reading a change feed of the contract (GET /vacancies, GET /events): every page from a
cursor, or everything again when the server no longer knows the cursor. Nothing is applied
here; the caller applies the pages in one transaction, or nothing when a page failed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.core import clock
from kiosk.store.db import Row, Store
from kiosk.sync.client import DELIVERED, PERMANENT, JsonObject, SikerClient

log = logging.getLogger(__name__)


@dataclass
class Pages:
    pages: list[JsonObject] = field(default_factory=list)
    cursor: str = ""
    full: bool = False  # read from the start: the pages are the whole truth
    error: str = ""  # set when the feed could not be read: apply nothing


def fetch(client: SikerClient, path: str, cursor: str | None, page_size: int) -> Pages:
    result = Pages(full=cursor is None)
    while True:
        params: dict[str, str | int] = {"limit": page_size} | ({"cursor": cursor} if cursor else {})
        reply = client.get(path, params)
        if reply.kind == PERMANENT and reply.status == 400 and cursor and not result.full:
            log.warning("%s cursor refused by SIKER (%s): pulling everything again", path, reply.message)
            cursor, result.pages, result.full = None, [], True
            continue
        if reply.kind != DELIVERED or not isinstance(reply.body, dict):
            result.error = reply.message or reply.kind
            return result
        body = reply.body
        items, deleted = body.get("items"), body.get("deleted", [])
        if not isinstance(items, list) or not isinstance(deleted, list) or not isinstance(body.get("next_cursor"), str):
            result.error = f"{path} page is not the expected JSON"
            return result
        result.pages.append(body)
        cursor = result.cursor = body["next_cursor"]
        if not body.get("has_more"):
            return result


@dataclass(frozen=True)
class Feed:
    """One change feed and the local table it fills."""

    path: str  # /vacancies, /events
    table: str
    cursor_key: str
    last_pull_key: str
    clean: Callable[[object, str], Row | None]  # (item, the pull's time) -> a row, or None: refused
    upsert: Callable[[Store, Row], None]
    after: Callable[[Store, str], None] | None = None  # more in the same transaction, with the pull's time


@dataclass
class PullResult:
    ok: bool
    upserted: int = 0
    deleted: int = 0
    rejected: list[str] = field(default_factory=list)
    full: bool = False
    error: str = ""


def pull(store: Store, client: SikerClient, source: Feed, page_size: int) -> PullResult:
    """Every page since the stored cursor, applied in one transaction, or nothing when a page
    failed (the cache and its age stay as they were)."""
    read = fetch(client, source.path, store.get_value(source.cursor_key), page_size)
    result = PullResult(ok=False, full=read.full, error=read.error)
    if read.error:
        return result
    _apply(store, source, read, result)
    result.ok = True
    return result


def _apply(store: Store, source: Feed, read: Pages, result: PullResult) -> None:
    seen: set[str] = set()
    now = clock.rfc3339()
    with store.transaction():
        if result.full:
            store.execute(f"DELETE FROM {source.table}")  # a full pull is the whole truth
        for page in read.pages:
            for item in page["items"]:
                row = source.clean(item, now)
                if row is None:
                    ident = item.get("id") if isinstance(item, dict) else None
                    result.rejected.append(str(ident) if ident else "(tanpa id)")
                    continue
                source.upsert(store, row)
                seen.add(row["id"])
                result.upserted += 1
            for gone in page["deleted"]:
                if isinstance(gone, str) and gone not in seen:
                    result.deleted += store.execute(f"DELETE FROM {source.table} WHERE id = ?", (gone,)).rowcount
        if source.after is not None:
            source.after(store, now)
        store.set_value(source.cursor_key, read.cursor)
        store.set_value(source.last_pull_key, now)
    if result.rejected:
        log.warning("%d malformed %s refused", len(result.rejected), source.table)
