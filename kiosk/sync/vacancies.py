"""Pulling SIKER vacancies into the local cache: incremental by cursor, applied in one
transaction, malformed items refused one by one, and a full re-pull when the cursor is
no longer known to the server."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from kiosk.core import clock
from kiosk.store.db import Row, Store
from kiosk.store.vacancies import upsert
from kiosk.sync import feed
from kiosk.sync.client import JsonObject, SikerClient

log = logging.getLogger(__name__)

CURSOR = "vacancies.cursor"
LAST_PULL = "vacancies.last_pull"
PAGE = 200
LEVELS = {"SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3"}


@dataclass
class PullResult:
    ok: bool
    upserted: int = 0
    deleted: int = 0
    rejected: list[str] = field(default_factory=list)
    full: bool = False
    error: str = ""


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


def pull(store: Store, client: SikerClient, *, page_size: int = PAGE) -> PullResult:
    read = feed.fetch(client, "/vacancies", store.get_value(CURSOR), page_size)
    result = PullResult(ok=False, full=read.full, error=read.error)
    if read.error:
        return result  # nothing applied: the cache stays as it was
    _apply(store, read.pages, read.cursor, result)
    result.ok = True
    return result


def _apply(store: Store, pages: list[JsonObject], cursor: str, result: PullResult) -> None:
    seen: set[str] = set()
    with store.transaction():
        if result.full:
            store.execute("DELETE FROM vacancies")  # a full pull is the whole truth
        for page in pages:
            for item in page["items"]:
                row = clean_vacancy(item)
                if row is None:
                    ident = item.get("id") if isinstance(item, dict) else None
                    result.rejected.append(str(ident) if ident else "(tanpa id)")
                    continue
                upsert(store, row)
                seen.add(row["id"])
                result.upserted += 1
            for vacancy_id in page["deleted"]:
                if isinstance(vacancy_id, str) and vacancy_id not in seen:
                    result.deleted += store.execute("DELETE FROM vacancies WHERE id = ?", (vacancy_id,)).rowcount
        store.set_value(CURSOR, cursor)
        store.set_value(LAST_PULL, clock.rfc3339())
    if result.rejected:
        log.warning("%d malformed vacancies refused", len(result.rejected))
