"""Reading a change feed of the contract (GET /vacancies, GET /events): every page from a
cursor, or everything again when the server no longer knows the cursor. Nothing is applied
here; the caller applies the pages in one transaction, or nothing when a page failed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

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
