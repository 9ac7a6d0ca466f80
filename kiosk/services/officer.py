"""The officer's use cases: what the officer screen shows, and the handover.

The handover is one transaction: the collection, the open period's print jobs moved into it,
the recap slip's print job (which belongs to the period it sums up) and the audit row commit
together or not at all, so a crash never leaves a handover without its recap or a recap
without its handover.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kiosk.core.states import PrintPurpose
from kiosk.services import printed_log
from kiosk.services.printed_log import Collection, Entry, Totals
from kiosk.store import print_jobs
from kiosk.store.db import Store

SCREEN_ROWS = 1000  # an earlier collection on screen: its newest prints (the export holds all)


@dataclass(frozen=True)
class Overview:
    """The open period and the history, as the officer screen shows them."""

    entries: list[Entry]
    totals: Totals
    days: list[date]
    period_start: str
    collections: list[Collection]
    photo_pending: list[dict[str, Any]]
    uncertain: list[dict[str, Any]]


@dataclass(frozen=True)
class CollectionPage:
    entries: list[Entry]  # the newest SCREEN_ROWS
    total: int  # all print jobs of that collection


@dataclass(frozen=True)
class Handover:
    collection: Collection
    recap_job_id: int


def overview(store: Store) -> Overview:
    items = printed_log.entries(store)
    follow = printed_log.follow_up(store)
    return Overview(
        items,
        printed_log.totals(items),
        printed_log.days(store),
        printed_log.period_start(store),
        printed_log.collections(store),
        follow["photo_pending"],
        follow["uncertain"],
    )


def day(store: Store, chosen: date | None) -> tuple[list[Entry], Totals]:
    """The open period's prints of one day (``None``: every day)."""
    items = printed_log.entries(store, day=chosen)
    return items, printed_log.totals(items)


def collection_page(store: Store, collection_id: int) -> CollectionPage:
    items = printed_log.entries(store, collection_id=collection_id, limit=SCREEN_ROWS)
    return CollectionPage(items, printed_log.count(store, collection_id))


def hand_over(store: Store, kiosk_id: str, officer: str, counted: int, note: str) -> Handover:
    """Record the handover and queue its recap slip, in one transaction. Raises
    ``printed_log.CollectionError`` (nothing written) when the count needs a note."""
    with store.transaction():
        collection = printed_log.collect(store, officer, counted, note)
        items = printed_log.entries(store, collection_id=collection.id)
        document = printed_log.recap_document(collection, kiosk_id, items)
        job_id = print_jobs.create(store, PrintPurpose.RECAP, document=document)
        printed_log.set_recap_job(store, collection.id, job_id)
    return Handover(replace(collection, recap_job_id=job_id), job_id)
