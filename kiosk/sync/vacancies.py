"""Pulling SIKER vacancies into the local cache: incremental by cursor, applied in one
transaction, malformed items refused one by one, and a full re-pull when the cursor is
no longer known to the server."""

from __future__ import annotations

import json
import logging

from kiosk.store.db import Row, Store
from kiosk.store.vacancies import upsert
from kiosk.sync import feed
from kiosk.sync.client import SikerClient

log = logging.getLogger(__name__)

CURSOR = "vacancies.cursor"
LAST_PULL = "vacancies.last_pull"
PAGE = 200
LEVELS = {"SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3"}


def clean_vacancy(item: object) -> Row | None:
    """A row for the cache, or None when the item is not usable."""
    if not isinstance(item, dict):
        return None
    text = {k: item.get(k) for k in ("id", "title", "company", "location", "sector", "description")}
    if not isinstance(text["id"], str) or not text["id"] or not isinstance(text["title"], str) or not text["title"]:
        return None
    if any(v is not None and not isinstance(v, str) for v in text.values()):
        return None
    wages = [item.get("wage_min"), item.get("wage_max")]
    if any(w is not None and (not isinstance(w, int) or isinstance(w, bool) or w < 0) for w in wages):
        return None
    skills = item.get("skills") or []
    if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
        return None
    closes = item.get("closes_on")
    if closes is not None:
        try:
            from datetime import date

            date.fromisoformat(closes)
        except (TypeError, ValueError):
            return None
    education = item.get("education_min")
    if education is not None and education not in LEVELS:
        return None
    return {
        "id": text["id"],
        "title": text["title"][:200],
        "company": (text["company"] or "")[:200],
        "location": (text["location"] or "")[:200],
        "sector": (text["sector"] or "")[:100],
        "education_min": education,
        "skills": json.dumps(skills[:50], ensure_ascii=False),
        "wage_min": wages[0],
        "wage_max": wages[1],
        "closes_on": closes,
        "description": (text["description"] or "")[:10_000],
        "updated_at": item.get("updated_at") if isinstance(item.get("updated_at"), str) else None,
        "raw": json.dumps(item, ensure_ascii=False),
    }


FEED = feed.Feed(
    "/vacancies", "vacancies", CURSOR, LAST_PULL, clean=lambda item, _now: clean_vacancy(item), upsert=upsert
)


def pull(store: Store, client: SikerClient, *, page_size: int = PAGE) -> feed.PullResult:
    return feed.pull(store, client, FEED, page_size)
