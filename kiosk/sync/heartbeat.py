"""The heartbeat: the kiosk tells SIKER it is alive, with its queue and device states;
a clock more than 2 minutes off SIKER's is recorded for the technician.

It also carries the kiosk's card-signing public key (``card_signing_key``, the optional field the
office gateway proposes in docs/gateway.md), so the gateway's verification page can check the
signature in a card's QR. Sent every time: the gateway keeps each new key once, and a gateway
restored from an old backup learns it again within one heartbeat."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk import __version__
from kiosk.core import clock
from kiosk.core.card_signing import PUBLIC_KEY_FILE
from kiosk.store.db import Store
from kiosk.sync.client import AUTH, DELIVERED, JsonObject, SikerClient
from kiosk.sync.sender import AUTH_PAUSED, summary

log = logging.getLogger(__name__)

CLOCK_OFFSET = "sync.clock_offset_s"
CLOCK_WARNING_S = 120
DEVICE_KEYS = {"printer": "device.printer", "card_reader": "device.card_reader", "camera": "device.camera"}


def card_signing_key(data_dir: Path | None) -> str | None:
    """The public key as PEM (SubjectPublicKeyInfo), or None before the kiosk app made its key."""
    if data_dir is None:
        return None
    try:
        text = (data_dir / PUBLIC_KEY_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    return text if "BEGIN PUBLIC KEY" in text else None


def body(store: Store, kiosk_id: str, data_dir: Path | None = None) -> JsonObject:
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
        "card_signing_key": card_signing_key(data_dir),
    }


def send(store: Store, client: SikerClient, kiosk_id: str, data_dir: Path | None = None) -> float | None:
    """Post one heartbeat; the clock offset in seconds (server minus kiosk) when it was answered.
    ``data_dir``: where the card-signing key lives (the heartbeat carries its public half)."""
    sent = clock.now()
    reply = client.heartbeat(body(store, kiosk_id, data_dir))
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
