"""Issue 20, the gateway side: the pengantar kerja's queue (oldest first, warnings, identity
source) and decisions (stamped, audited, keyboard shortcuts) in Chromium at 1366x768, and the
public verification page at 390x844 for every card state, a forged QR, an unknown number and a
link without signature: never a NIK, phone or address in its HTML, no cookie, no-store, 429
after 60 requests a minute from one address.

GATEWAY_SCREENSHOTS=1 writes gateway-queue-wide.png, gateway-decision-wide.png and
gateway-verify-<state>-phone.png into docs/screens/."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gwsupport import samples
from gwsupport.gateway_server import GatewayServer
from gwsupport.servers import GatewayContractServer, Kiosk
from kiosk.core.card_signing import CardClaim, sign
from playwright.sync_api import Browser, Page

PASSWORD = "kata-sandi-panjang-2026"
STAMP = "Sri Wahyuni, NIP 198703122010012003"
KIOSK_KEY = Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayServer]:
    gw = GatewayServer(tmp_path_factory.mktemp("legal"))
    gw.manage("staff", "add", "sri", "--role", "pengantar_kerja", "--name", "Sri Wahyuni",
              "--nip", "198703122010012003", "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    gw.manage("staff", "add", "tanpa-nip", "--role", "pengantar_kerja", "--password-stdin", stdin=PASSWORD + "\n")
    gw.manage("staff", "add", "petugas", "--role", "petugas", "--password-stdin", stdin=PASSWORD + "\n")
    gw.start()
    pem = KIOSK_KEY.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.SubjectPublicKeyInfo)  # fmt: skip
    assert kiosk(gw).post("/heartbeat", samples.heartbeat(card_signing_key=pem.decode())).status_code == 200
    yield gw
    gw.stop()




def kiosk(gw: GatewayServer) -> Kiosk:
    return Kiosk(GatewayContractServer(gw, "legal"))


def nik(day: int, month: int, year: int, sex: str, region: str = "3374") -> str:
    """A NIK whose digits 7-12 carry the birth date (+40 to the day for a woman)."""
    serial = f"{int(time.time_ns()) % 10_000:04d}"
    return f"{region}11{day + (40 if sex == 'P' else 0):02d}{month:02d}{year % 100:02d}{serial}"


def send(gw: GatewayServer, **fields: Any) -> dict[str, Any]:
    reg = samples.registration(fields.pop("nik", None) or nik(1, 8, 1998, "P"), **fields)
    response = kiosk(gw).post("/registrations", reg)
    assert response.status_code == 201, response.text
    return reg


def card(gw: GatewayServer, registration_no: str) -> dict[str, Any]:
    return kiosk(gw).get(f"/cards/{registration_no}").json()


def sign_in(browser: Browser, gw: GatewayServer, username: str) -> Page:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(gw.origin + "/masuk/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_load_state()
    return page


def staff_session(gw: GatewayServer, username: str) -> requests.Session:
    session = requests.Session()
    form = session.get(gw.origin + "/masuk/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    session.post(gw.origin + "/masuk/", data={"username": username, "password": PASSWORD,
                 "csrfmiddlewaretoken": token}, headers={"Referer": gw.origin + "/masuk/"})  # fmt: skip
    return session


def post_decision(session: requests.Session, gw: GatewayServer, registration_no: str, **form: str) -> str:
    url = f"{gw.origin}/legalisasi/{registration_no}/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(url).text).group(1)  # type: ignore[union-attr]
    return session.post(url, data={"csrfmiddlewaretoken": token, **form}, headers={"Referer": url}).text


# -- the queue and the decisions ----------------------------------------------------------------


def test_the_queue_is_oldest_first_with_identity_source_and_warnings_then_decided_by_keyboard(server, browser, shots):
    held = send(server, nik=nik(5, 5, 1995, "L"), birth_date="1995-05-05", sex="L")
    server.execute("UPDATE api_card SET status = 'disahkan' WHERE registration_no = ?", (held["registration_no"],))
    clean = send(server, name="Ayu Kusuma Dewi")
    typed = send(server, name="Bagus Prasetyo", identity_source="manual", card_uid=None,
                 nik=nik(15, 5, 1995, "L"), birth_date="1995-05-16", sex="P")  # fmt: skip
    outside = send(server, name="Rahmat Hidayat", nik=nik(1, 8, 1998, "P", region="3322"))
    twice = send(server, name="Agus Salim", nik=held["nik"], birth_date="1995-05-05", sex="L")
    page = sign_in(browser, server, "sri")
    assert page.url.endswith("/legalisasi/")  # a pengantar kerja lands on the queue
    names = page.locator("table.queue tbody td.head a.open").all_inner_texts()
    assert names == ["Ayu Kusuma Dewi", "Bagus Prasetyo", "Rahmat Hidayat", "Agus Salim"]  # oldest first
    rows = page.locator("table.queue tbody tr")
    assert rows.nth(0).locator(".identity").inner_text() == "e-KTP ditempel"
    assert rows.nth(1).locator(".identity").inner_text() == "NIK diketik"
    assert rows.nth(0).locator(".badge.warn").count() == 0
    assert {"nik_birth", "nik_sex"} <= set(" ".join(rows.nth(1).locator(".badge.warn").evaluate_all(
        "els => els.map(e => e.className)")).split())  # fmt: skip
    assert "3322" in rows.nth(2).locator(".badge.warn.outside_region").inner_text()
    assert held["registration_no"] in rows.nth(3).locator(".badge.warn.same_nik").inner_text()
    page.screenshot(path=str(shots / "gateway-queue-wide.png"), full_page=True)

    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/legalisasi/{clean['registration_no']}/")
    assert page.locator("figure.photo img").evaluate("img => img.naturalWidth") > 0  # the photo beside the data
    assert "tidak dilaporkan" in page.locator(".photo-checks").inner_text()  # the contract has no photo checks
    page.keyboard.press("j")  # next card without deciding
    page.wait_for_url(f"**/legalisasi/{typed['registration_no']}/")
    page.keyboard.press("k")
    page.wait_for_url(f"**/legalisasi/{clean['registration_no']}/")
    page.keyboard.press("a")
    assert page.locator("input[value=disahkan]").is_checked()
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/legalisasi/{typed['registration_no']}/")  # straight on to the next card
    assert "disahkan" in page.locator(".msg").inner_text()

    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.name") == "reason"
    page.select_option("select[name=reason]", "data")
    page.fill("textarea[name=note]", "Tanggal lahir tidak sama dengan NIK, datang ke loket dengan e-KTP.")
    page.screenshot(path=str(shots / "gateway-decision-wide.png"), full_page=True)
    page.click("button[type=submit]")
    page.wait_for_url(f"**/legalisasi/{outside['registration_no']}/")
    page.keyboard.press("t")
    page.select_option("select[name=reason]", "domisili")
    page.fill("textarea[name=note]", "KTP Kabupaten Semarang, daftar di Disnaker Kabupaten.")
    page.click("button[type=submit]")
    page.wait_for_url(f"**/legalisasi/{twice['registration_no']}/")
    page.close()

    approved, revised, rejected = (card(server, r["registration_no"]) for r in (clean, typed, outside))
    assert (approved["status"], approved["officer"], approved["reason"]) == ("disahkan", STAMP, None)
    assert approved["decided_at"] is not None
    assert (revised["status"], revised["reason"]) == (
        "revisi", "Data tidak sesuai KTP: Tanggal lahir tidak sama dengan NIK, datang ke loket dengan e-KTP.")
    assert (rejected["status"], rejected["reason"]) == (
        "ditolak", "Domisili di luar kota: KTP Kabupaten Semarang, daftar di Disnaker Kabupaten.")
    audited = server.query("SELECT username, action, target FROM audit_auditentry WHERE action LIKE 'card.%' "
                           "ORDER BY id")  # fmt: skip
    assert audited[-3:] == [("sri", "card.disahkan", clean["registration_no"]),
                            ("sri", "card.revisi", typed["registration_no"]),
                            ("sri", "card.ditolak", outside["registration_no"])]  # fmt: skip


def test_revisi_or_tolak_needs_a_reason_and_text_and_an_officer_needs_a_nip(server):
    reg = send(server)
    sri = staff_session(server, "sri")
    page = post_decision(sri, server, reg["registration_no"], decision="ditolak", reason="nik", note="")
    assert "perlu alasan" in page
    page = post_decision(staff_session(server, "tanpa-nip"), server, reg["registration_no"], decision="disahkan")
    assert "belum punya nama dan NIP" in page
    assert card(server, reg["registration_no"])["status"] == "menunggu"
    assert server.query("SELECT count(*) FROM audit_auditentry WHERE target = ?", (reg["registration_no"],)) == [(0,)]
    post_decision(sri, server, reg["registration_no"], decision="disahkan")
    post_decision(sri, server, reg["registration_no"], decision="ditolak", reason="nik", note="dua kali")
    assert card(server, reg["registration_no"])["status"] == "disahkan"  # decided once: the second is refused


def test_the_photo_is_served_only_to_legalisers_and_never_cached(server):
    reg = send(server)
    url = f"{server.origin}/legalisasi/{reg['registration_no']}/foto.jpg"
    shown = staff_session(server, "sri").get(url)
    assert shown.status_code == 200 and shown.content == samples.FACE.read_bytes()
    assert shown.headers["Content-Type"] == "image/jpeg" and shown.headers["Cache-Control"] == "no-store"
    assert staff_session(server, "petugas").get(url).status_code == 403
    assert "/masuk/" in requests.get(url).url


# -- the public verification page ---------------------------------------------------------------

STATES = {
    "menunggu": "Menunggu pengesahan",
    "revisi": "Dikembalikan untuk perbaikan data",
    "disahkan": "Disahkan — kartu berlaku",
    "ditolak": "Ditolak",
    "kedaluwarsa": "Kedaluwarsa",
    "bekerja": "Pemegang sudah bekerja",
}
SHOT_STATES = {"disahkan", "menunggu", "kedaluwarsa"}


def card_in(gw: GatewayServer, state: str) -> dict[str, Any]:
    reg = send(gw, **({"valid_until": "2025-12-01"} if state == "kedaluwarsa" else {}))
    if state in ("revisi", "disahkan", "ditolak"):
        gw.execute("UPDATE api_card SET status = ?, officer = ?, reason = ? WHERE registration_no = ?",
                   (state, STAMP, None if state == "disahkan" else "Foto tidak jelas: gelap", reg["registration_no"]))
    if state == "bekerja":
        report = samples.report(reg, status="employed", employer="PT Sinar", position="Operator")
        assert kiosk(gw).post("/reports", report).status_code == 201
    assert card(gw, reg["registration_no"])["status"] == state
    return reg


def qr(reg: dict[str, Any], key: Ed25519PrivateKey = KIOSK_KEY, **change: str) -> str:
    claim = {"registration_no": reg["registration_no"], "nik": reg["nik"], "name": reg["name"],
             "valid_until": reg["valid_until"], "kiosk_id": "SMG-01"} | change  # fmt: skip
    return sign(CardClaim(**claim), key)


def phone(browser: Browser, address: str) -> Page:
    """A phone page from its own client address (as nginx forwards it): the rate limit is per address."""
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.set_extra_http_headers({"X-Forwarded-For": address})
    return page


def assert_private(page: Page, reg: dict[str, Any]) -> None:
    html = page.content()
    local_phone = "0" + reg["phone"][3:]
    for secret in (reg["nik"], reg["phone"], reg["phone"][1:], local_phone, reg["address"]["street"],
                   reg["address"]["kelurahan"], reg["name"]):  # fmt: skip
        assert secret not in html
    assert page.locator("img").count() == 0
    assert page.context.cookies() == []


@pytest.mark.parametrize("state", list(STATES))
def test_the_verification_page_shows_each_state_and_nothing_private(server, browser, shots, state):
    reg = card_in(server, state)
    page = phone(browser, f"198.51.100.{list(STATES).index(state) + 10}")
    response = page.goto(f"{server.origin}/v/{reg['registration_no']}?s={qr(reg)}")
    assert response is not None and response.status == 200
    assert response.headers["cache-control"] == "no-store"
    assert "set-cookie" not in {h["name"].lower() for h in response.headers_array()}
    assert page.locator(".result").get_attribute("data-status") == state
    assert page.locator("h1.status").inner_text() == STATES[state]
    assert page.locator(".signature").get_attribute("class") == "signature valid"
    assert page.locator("dd.name").inner_text() == "S*** N******* W********"  # Siti Nur'aini Wulandari
    assert "Dinas Tenaga Kerja Kota Semarang" in page.locator("main").inner_text()
    assert_private(page, reg)
    if state in SHOT_STATES:
        page.screenshot(path=str(shots / f"gateway-verify-{state}-phone.png"), full_page=True)
    page.close()


def test_the_verification_page_in_english(server, browser):
    reg = card_in(server, "disahkan")
    page = phone(browser, "198.51.100.30")
    page.goto(f"{server.origin}/v/{reg['registration_no']}?s={qr(reg)}")
    page.click("a.switch")
    assert page.locator("h1.status").inner_text() == "Legalised — the card is valid"
    assert "Digital signature valid" in page.locator(".signature").inner_text()
    assert page.locator("html").get_attribute("lang") == "en"
    page.click("a.switch")
    assert page.locator("h1.status").inner_text() == STATES["disahkan"]
    page.close()


@pytest.mark.parametrize("how", ["altered", "other-key", "other-card", "not-a-qr", "unknown-kiosk"])
def test_a_forged_or_altered_qr_gets_a_clear_warning_and_nothing_of_the_card(server, browser, shots, how):
    reg = card_in(server, "disahkan")
    other = send(server)
    payload = {
        "altered": qr(reg).replace(qr(reg).split(".")[1], qr(reg, valid_until="2099-12-31").split(".")[1]),
        "other-key": qr(reg, Ed25519PrivateKey.generate()),
        "other-card": qr(other),  # genuine, but of another card
        "not-a-qr": "AK1.bukan.tanda-tangan",
        "unknown-kiosk": qr(reg, Ed25519PrivateKey.generate(), kiosk_id="SMG-99"),
    }[how]
    page = phone(browser, "198.51.100.40")
    response = page.goto(f"{server.origin}/v/{reg['registration_no']}?s={payload}")
    assert response is not None and response.headers["cache-control"] == "no-store"
    assert page.locator(".result").get_attribute("data-status") == "forged"
    assert page.locator("h1.status").inner_text() == "⚠ Kartu ini tidak asli atau sudah diubah"
    assert page.locator("dd.name").count() == 0  # nothing of the real card beside a forgery
    assert_private(page, reg)
    if how == "altered":
        page.screenshot(path=str(shots / "gateway-verify-forged-phone.png"), full_page=True)
    page.close()


def test_an_unknown_number_is_a_clear_404_and_no_signature_is_said_unchecked(server, browser, shots):
    page = phone(browser, "198.51.100.50")
    response = page.goto(f"{server.origin}/v/3374999999999999")
    assert response is not None and response.status == 404 and response.headers["cache-control"] == "no-store"
    assert page.locator("h1.status").inner_text() == "Kartu tidak ditemukan"
    page.screenshot(path=str(shots / "gateway-verify-unknown-phone.png"), full_page=True)
    reg = card_in(server, "disahkan")
    page.goto(f"{server.origin}/v/{reg['registration_no']}")
    assert page.locator(".result").get_attribute("data-signature") == "unchecked"
    assert page.locator(".signature").inner_text().startswith("– Tanda tangan tidak diperiksa")
    assert page.locator("h1.status").inner_text() == STATES["disahkan"]
    assert_private(page, reg)
    page.close()


def test_a_kiosk_that_never_sent_its_key_is_said_uncheckable_not_forged(server, browser):
    reg = card_in(server, "menunggu")
    page = phone(browser, "198.51.100.60")
    unknown_key = qr(reg, Ed25519PrivateKey.generate(), kiosk_id="SMG-02")  # SMG-02 never sent its key
    page.goto(f"{server.origin}/v/{reg['registration_no']}?s={unknown_key}")
    assert page.locator(".result").get_attribute("data-signature") == "unknown_key"
    assert page.locator("h1.status").inner_text() == STATES["menunggu"]
    page.close()


def test_sixty_requests_a_minute_per_address_then_429(server):
    reg = send(server)
    url = f"{server.origin}/v/{reg['registration_no']}"
    for attempt in range(2):  # a fixed one-minute window: redo once if the run crossed a minute boundary
        address = f"203.0.113.{attempt + 1}"
        window = int(time.time() // 60)
        answers = [requests.get(url, headers={"X-Forwarded-For": address}, timeout=10) for _ in range(61)]
        if int(time.time() // 60) == window:
            break
    assert [a.status_code for a in answers[:60]] == [200] * 60
    assert answers[60].status_code == 429 and int(answers[60].headers["Retry-After"]) >= 1
    assert answers[60].headers["Cache-Control"] == "no-store" and "Set-Cookie" not in answers[60].headers
    assert requests.get(url, headers={"X-Forwarded-For": "203.0.113.99"}, timeout=10).status_code == 200
    assert requests.get(url, headers={"X-Forwarded-For": f"{address}, 203.0.113.98"}, timeout=10).status_code == 200


def test_old_counts_of_addresses_that_never_return_are_swept_and_kiosks_counts_kept(server):
    reg = send(server)
    server.execute("INSERT INTO api_ratewindow (kiosk_id, minute, count) VALUES ('v:gone', 1, 5), ('SMG-77', 1, 5)")
    assert requests.get(f"{server.origin}/v/{reg['registration_no']}", headers={"X-Forwarded-For": "192.0.2.77"},
                        timeout=10).status_code == 200  # fmt: skip
    left = server.query("SELECT kiosk_id FROM api_ratewindow WHERE minute = 1 ORDER BY kiosk_id")
    assert left == [("SMG-77",)]
