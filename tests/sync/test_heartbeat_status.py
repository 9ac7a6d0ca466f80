"""The heartbeat (contract fields, clock offset, auth recovery) and the UI's sync indicator."""

from __future__ import annotations

from kiosk.sync import heartbeat
from kiosk.sync.sender import AUTH_PAUSED, LAST_CONTACT
from kiosk.sync.status import sync_indicator
from tests.sync.test_delivery import fill


def test_heartbeat_body_has_the_contract_fields(store, cfg):
    fill(store, cfg, 2)
    body = heartbeat.body(store, "SMG-01")
    assert set(body) == {
        "kiosk_id", "version", "sent_at", "outbox_pending", "outbox_failed",
        "printer", "card_reader", "camera", "cards_printed_today", "card_signing_key",
    }  # fmt: skip
    assert body["outbox_pending"] == 4 + 1 and body["printer"] in {"ok", "paper_low", "paper_out", "offline", "unknown"}
    assert body["card_signing_key"] is None  # no data folder named: the key is not sent


def test_heartbeat_carries_the_card_signing_public_key_once_the_kiosk_made_it(store, cfg):
    from cryptography.hazmat.primitives import serialization

    from kiosk.services.signing_keys import load_or_create

    assert heartbeat.body(store, "SMG-01", cfg.data_dir)["card_signing_key"] is None  # before the first start
    key = load_or_create(cfg.data_dir)
    sent = heartbeat.body(store, "SMG-01", cfg.data_dir)["card_signing_key"]
    assert sent.startswith("-----BEGIN PUBLIC KEY-----")
    assert serialization.load_pem_public_key(sent.encode()).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ) == key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert "PRIVATE" not in sent


def test_clock_offset_recorded_and_auth_pause_lifted(store, sim, client):
    sim.clock_offset_s = 600  # SIKER's clock is ten minutes ahead of the kiosk's
    store.set_value(AUTH_PAUSED, "HTTP 401: token rejected")
    offset = heartbeat.send(store, client, "SMG-01")
    assert 590 < offset < 610
    assert abs(int(store.get_value(heartbeat.CLOCK_OFFSET)) - 600) <= 10
    assert store.get_value(AUTH_PAUSED) is None  # the token works again: sending resumes


def test_rejected_token_pauses_through_the_heartbeat(store, sim, client):
    sim.token = "dicabut"
    assert heartbeat.send(store, client, "SMG-01") is None
    assert "401" in store.get_value(AUTH_PAUSED)


def test_indicator_counts_waiting_and_says_offline(store, cfg):
    fill(store, cfg, 1)
    state = sync_indicator(store, now=1000.0)
    assert state.pending == 3 and state.online is None  # registration, report, application; no contact yet
    store.set_value(LAST_CONTACT, "990.0")
    assert sync_indicator(store, now=1000.0).online is True
    assert sync_indicator(store, now=1000.0 + 3600).online is False
