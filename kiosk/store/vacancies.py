"""The vacancy cache's one write: insert or update a row by its SIKER id."""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.store.db import Store


def upsert(store: Store, row: Mapping[str, object]) -> None:
    """Plain SQL: sqlite-utils' upsert starts with INSERT OR IGNORE of the key alone, which a
    NOT NULL column turns into a silent no-op."""
    columns = ", ".join(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
    store.execute(
        f"INSERT INTO vacancies({columns}) VALUES({', '.join('?' * len(row))}) ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(row.values()),
    )
