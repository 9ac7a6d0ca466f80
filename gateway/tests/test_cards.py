"""Gateway-only parts of the card states: the daily expiry job, and the kiosk's card-signing key
arriving in its heartbeat (the gateway's proposed addition, docs/gateway.md)."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gwsupport import samples
from gwsupport.servers import GatewayContractServer, Kiosk


def test_expire_cards_writes_kedaluwarsa_for_cards_past_valid_until_only(gateway):
    kiosk = Kiosk(GatewayContractServer(gateway, "pg"))
    old = samples.registration(photo=False, valid_until="2025-06-30")
    fresh = samples.registration(photo=False)
    for reg in (old, fresh):
        assert kiosk.post("/registrations", reg).status_code == 201
    gateway.execute("UPDATE api_card SET status = 'disahkan' WHERE registration_no = ?", (old["registration_no"],))
    assert "card(s) now kedaluwarsa" in gateway.manage("expire_cards")
    rows = dict(gateway.query("SELECT registration_no, status FROM api_card WHERE registration_no IN (?, ?)",
                              (old["registration_no"], fresh["registration_no"])))  # fmt: skip
    assert rows == {old["registration_no"]: "kedaluwarsa", fresh["registration_no"]: "menunggu"}
    assert gateway.query("SELECT count(*) FROM audit_auditentry WHERE action = 'card.expire'")[0][0] >= 1


def test_a_heartbeat_may_carry_the_kiosks_signing_key_pem_or_raw(gateway):
    face = GatewayContractServer(gateway, "pg", kiosk_id="SMG-02")
    key = Ed25519PrivateKey.generate().public_key()
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    raw = base64.b64encode(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()
    for text in (pem, raw, pem):  # the same key three times: stored once
        response = Kiosk(face).post("/heartbeat", samples.heartbeat("SMG-02", card_signing_key=text))
        assert response.status_code == 200, response.text
    stored = gateway.query("SELECT k.public_key FROM api_signingkey k JOIN api_kiosk i ON i.id = k.kiosk_id "
                           "WHERE i.kiosk_id = 'SMG-02'")  # fmt: skip
    assert stored == [(raw,)]
    audited = gateway.query("SELECT username FROM audit_auditentry WHERE action = 'kiosk.signing_key'")
    assert audited == [("kiosk SMG-02",)]


def test_a_heartbeat_with_a_key_that_is_not_ed25519_is_422(gateway):
    face = GatewayContractServer(gateway, "pg")
    for bad in ("bukan-kunci", base64.b64encode(b"x" * 31).decode()):
        response = Kiosk(face).post("/heartbeat", samples.heartbeat(card_signing_key=bad))
        assert response.status_code == 422 and "card_signing_key" in response.json()["fields"]


def test_a_pengantar_kerja_gets_a_name_and_an_18_digit_nip(gateway):
    gateway.manage("staff", "add", "sri", "--role", "pengantar_kerja", "--name", "Sri Wahyuni",
                   "--nip", "198703122010012003", "--password-stdin", stdin="kata-sandi-panjang-2026\n")  # fmt: skip
    rows = gateway.query("SELECT o.name, o.nip FROM web_officer o JOIN auth_user u ON u.id = o.user_id "
                         "WHERE u.username = 'sri'")  # fmt: skip
    assert rows == [("Sri Wahyuni", "198703122010012003")]
    with pytest.raises(RuntimeError, match="18 digits"):
        gateway.manage("staff", "officer", "sri", "--name", "Sri Wahyuni", "--nip", "19870312")
    out = gateway.manage("staff", "officer", "sri", "--name", "Sri Wahyuni, S.E.", "--nip", "198703122010012004")
    assert out.strip() == "sri: Sri Wahyuni, S.E., NIP 198703122010012004"
    audited = gateway.query("SELECT count(*) FROM audit_auditentry WHERE action = 'staff.officer' AND target = 'sri'")
    assert audited == [(1,)]
