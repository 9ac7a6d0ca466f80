"""The heartbeat: the kiosk tells SIKER it is alive, with its queue and device states;
a clock more than 2 minutes off SIKER's is recorded for the technician."""

from __future__ import annotations

import logging

from kiosk import __version__
from kiosk.core import clock
from kiosk.store.db import Store
from kiosk.sync.client import AUTH, DELIVERED, JsonObject, SikerClient
from kiosk.sync.sender import AUTH_PAUSED, summary

log = logging.getLogger(__name__)

CLOCK_OFFSET = "sync.clock_offset_s"
CLOCK_WARNING_S = 120
DEVICE_KEYS = {"printer": "device.printer", "card_reader": "device.card_reader", "camera": "device.camera"}


def body(store: Store, kiosk_id: str) -> JsonObject:
    state = summary(store)
    today = clock.today().isoformat()
    printed = store.query(
        "SELECT count(*) AS n FROM print_jobs WHERE state = 'printed' AND kind IN ('ak1', 'reprint')"
        " AND substr(updated_at, 1, 10) = ?",
        (today,),
    )[0]["n"]
    return {
        "kiosk_id": kiosk_id,
        "version": __version__,
        "sent_at": clock.rfc3339(),
        "outbox_pending": state.pending + state.sending,
        "outbox_failed": state.failed,
        "printer": store.get_value(DEVICE_KEYS["printer"], "unknown"),
        "card_reader": store.get_value(DEVICE_KEYS["card_reader"], "absent"),
        "camera": store.get_value(DEVICE_KEYS["camera"], "absent"),
        "cards_printed_today": printed,
    }


def send(store: Store, client: SikerClient, kiosk_id: str) -> float | None:
    """Post one heartbeat; the clock offset in seconds (server minus kiosk) when it was answered."""
    sent = clock.now()
    reply = client.heartbeat(body(store, kiosk_id))
    if reply.kind == AUTH:
        store.set_value(AUTH_PAUSED, reply.message)
        return None
    if reply.kind != DELIVERED:
        return None
    if store.get_value(AUTH_PAUSED):
        store.set_value(AUTH_PAUSED, None)  # the token is accepted again: sending resumes
        log.info("SIKER accepts the token again: sending resumes")
    try:
        offset = (clock.parse_rfc3339((reply.body or {})["server_time"]) - sent).total_seconds()
    except (TypeError, ValueError):
        return None
    store.set_value(CLOCK_OFFSET, f"{offset:.0f}")
    if abs(offset) > CLOCK_WARNING_S:
        log.warning("kiosk clock differs from SIKER by %.0f s", offset)
    return offset
