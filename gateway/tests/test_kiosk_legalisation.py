"""Issue 20 across both ends: the kiosk's real code against a live gateway on PostgreSQL.

A registration made at the kiosk reaches the pengantar kerja's queue; the kiosk's heartbeat
carries its card-signing key, so the QR of the card it printed (the verification URL) opens the
gateway's page with a valid signature, first "menunggu", then "disahkan" after the officer's
approval; the approval reaches the kiosk's "Kartu saya" state and the legalised reprint carries
the officer's name, NIP and date; a card sent back for its photo is corrected at the kiosk and
returns to the queue as "menunggu"."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
import requests
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import Cluster
from gwsupport.samples import FACE
from kiosk import config as kiosk_config
from kiosk.core import clock
from kiosk.core.card_layout import render_card
from kiosk.core.card_state import CardStatus, Fix
from kiosk.core.states import IdentitySource
from kiosk.devices.escpos_simulator import PrinterSimulator
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services import my_card
from kiosk.services.draft import RegistrationDraft
from kiosk.services.printing import PrintService, card_data
from kiosk.services.registration import find_existing, reprint, save_registration
from kiosk.services.signing_keys import load_or_create
from kiosk.store.db import Store
from kiosk.sync import heartbeat
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from PIL import Image

PASSWORD = "kata-sandi-panjang-2026"
STAMP = "Sri Wahyuni, NIP 198703122010012003"
NIK = "3374114108980003"


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, pg_cluster: Cluster) -> Iterator[GatewayServer]:
    server = GatewayServer(tmp_path_factory.mktemp("kiosk-legal"), cluster=pg_cluster)
    server.manage("staff", "add", "sri", "--role", "pengantar_kerja", "--name", "Sri Wahyuni",
                  "--nip", "198703122010012003", "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    server.start()
    yield server
    server.stop()


@pytest.fixture
def kiosk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gw: GatewayServer):
    """A kiosk's config, store, signing key and printer (the ESC/POS simulator), talking to ``gw``."""
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    data = tmp_path / "kiosk"
    data.mkdir()
    write_token(data / "siker.token", gw.tokens["SMG-01"])
    cfg = kiosk_config.load(overrides={
        "kiosk.id": "SMG-01", "kiosk.data_dir": str(data), "card_reader.backend": "simulated",
        "camera.source": "simulated", "printer.uri": "simulated", "siker.token_file": str(data / "siker.token"),
        "siker.base_url": gw.base_url, "siker.timeout_s": 10, "gateway.public_url": gw.origin,
    })  # fmt: skip
    store = Store(cfg.db_path)
    key = load_or_create(cfg.data_dir)
    with PrinterSimulator(tmp_path / "printed") as sim:
        printer = EscposPrinter(sim.uri, 58, timeout_s=5)
        yield cfg, store, PrintService(store, printer, key, cfg.gateway.public_url), sim
        printer.close()
    store.close()


def deliver(cfg, store: Store) -> None:
    sender = Sender(store, lambda: SikerClient.from_config(cfg), workers=2, base_backoff_s=0.01, max_backoff_s=0.1)
    try:
        result = sender.drain(deadline_s=30)
    finally:
        sender.close()
    assert result.done and result.failed == 0, result


def draft() -> RegistrationDraft:
    """A job seeker of her own (the module's gateway keeps every card): NIK born 01-08-1998, a woman."""
    d = RegistrationDraft(
        identity_source=IdentitySource.EKTP, card_uid="04A1B2C3D4E5F6",
        nik=f"{NIK[:12]}{time.time_ns() // 1000 % 10_000:04d}", name="Siti Nur'aini", birth_place="Semarang",
        birth_date=date(1998, 8, 1), sex="P", marital_status="belum_kawin", religion="islam",
        phone="+6281234567890", education=[{"level": "SMK", "institution": "SMK Negeri 7 Semarang",
                                            "major": "Elektronika", "year": 2016}],
        consent_at=clock.rfc3339(), photo_jpeg=FACE.read_bytes(),
    )  # fmt: skip
    d.address.update(street="Jl. Pemuda No. 12", rt="003", rw="004", kelurahan="Sekayu",
                     kecamatan="Semarang Tengah", city="Kota Semarang", province="Jawa Tengah")  # fmt: skip
    return d


def staff_session(gw: GatewayServer) -> requests.Session:
    session = requests.Session()
    form = session.get(gw.origin + "/masuk/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    session.post(gw.origin + "/masuk/", data={"username": "sri", "password": PASSWORD,
                 "csrfmiddlewaretoken": token}, headers={"Referer": gw.origin + "/masuk/"})  # fmt: skip
    return session


def decide(session: requests.Session, gw: GatewayServer, registration_no: str, **form: str) -> None:
    url = f"{gw.origin}/legalisasi/{registration_no}/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(url).text).group(1)  # type: ignore[union-attr]
    assert session.post(url, data={"csrfmiddlewaretoken": token, **form}, headers={"Referer": url}).status_code == 200


def printed_qr(sim: PrinterSimulator) -> str:
    pixels = cv2.cvtColor(np.array(sim.pages[-1].image().convert("L")), cv2.COLOR_GRAY2BGR)
    return cv2.QRCodeDetectorAruco().detectAndDecode(pixels)[0]


def open_on_a_phone(url: str, address: str) -> str:
    """The page a phone camera opens from the QR (its own client address, as nginx forwards it)."""
    response = requests.get(url, headers={"X-Forwarded-For": address}, timeout=10)
    assert response.status_code == 200, response.text[:500]
    assert NIK[:12] not in response.text  # never a NIK on the public page
    return response.text


def status_of(html: str) -> str:
    return re.search(r'class="card result[^"]*" data-status="([a-z_]+)"', html).group(1)  # type: ignore[union-attr]


def test_a_kiosk_card_is_queued_verified_by_its_qr_approved_and_reprinted_legalised(kiosk, gw):
    cfg, store, printing, sim = kiosk
    seeker = draft()
    saved = save_registration(store, cfg, seeker)
    assert printing.run(saved.print_job_id).ok
    deliver(cfg, store)
    assert heartbeat.send(store, SikerClient.from_config(cfg), cfg.kiosk.id, cfg.data_dir) is not None

    sri = staff_session(gw)
    queue = sri.get(gw.origin + "/legalisasi/").text
    assert saved.registration_no in queue and "Siti Nur&#x27;aini" in queue  # in the pengantar kerja's queue

    url = printed_qr(sim)  # the card printed before legalisation
    assert url.startswith(f"{gw.origin}/v/{saved.registration_no}?s=AK1.")
    page = open_on_a_phone(url, "198.51.100.71")
    assert status_of(page) == "menunggu" and 'data-signature="valid"' in page
    assert seeker.nik not in page and seeker.phone not in page

    decide(sri, gw, saved.registration_no, decision="disahkan")
    fetched = my_card.fetch_state(cfg, saved.registration_no)
    assert fetched.state is not None and (fetched.state.status, fetched.state.officer) == (CardStatus.DISAHKAN, STAMP)
    my_card.remember_state(store, saved.registration_no, fetched)
    card = my_card.my_card(store, find_existing(store, seeker.nik), clock.today())
    assert card.state == CardStatus.DISAHKAN and card.known is not None and card.known.decided_at is not None

    job = reprint(store, find_existing(store, seeker.nik))
    assert printing.run(job).ok
    legal_url = printed_qr(sim)
    assert legal_url.startswith(f"{gw.origin}/v/{saved.registration_no}?s=AK1.")
    page = open_on_a_phone(legal_url, "198.51.100.72")
    assert status_of(page) == "disahkan" and 'data-signature="valid"' in page
    printed_card, _claim = card_data(store, saved.client_id, reprint=True, public_url=cfg.gateway.public_url)
    assert (printed_card.legalised_by, printed_card.legalised_nip, printed_card.legalised_on) == (
        "Sri Wahyuni", "198703122010012003", clock.today().strftime("%d-%m-%Y"))  # fmt: skip
    assert sim.pages[-1].image().tobytes() == render_card(printed_card, 58, legal_url).tobytes()


def test_revisi_for_the_photo_is_corrected_at_the_kiosk_and_the_card_is_queued_again(kiosk, gw):
    cfg, store, printing, _sim = kiosk
    seeker = draft()
    saved = save_registration(store, cfg, seeker, print_card=False)
    deliver(cfg, store)
    sri = staff_session(gw)
    decide(sri, gw, saved.registration_no, decision="revisi", reason="foto", note="wajah terlalu gelap")

    fetched = my_card.fetch_state(cfg, saved.registration_no)
    my_card.remember_state(store, saved.registration_no, fetched)
    existing = find_existing(store, seeker.nik)
    card = my_card.my_card(store, existing, clock.today())
    assert card.state == CardStatus.REVISI and card.fix == Fix.PHOTO
    assert card.known is not None and card.known.reason == "Foto tidak jelas: wajah terlalu gelap"

    correction = RegistrationDraft(nik=seeker.nik)
    my_card.prefill_correction(store, existing, correction)
    brighter = io.BytesIO()
    Image.eval(Image.open(FACE), lambda v: min(255, v + 40)).save(brighter, "JPEG", quality=90)
    correction.photo_jpeg = brighter.getvalue()  # the photo retaken at the kiosk
    fixed = my_card.save_correction(store, cfg, existing, correction)
    assert printing.run(fixed.print_job_id).ok
    deliver(cfg, store)

    assert gw.query("SELECT status FROM api_card WHERE registration_no = ?", (saved.registration_no,)) == [
        ("menunggu",)
    ]
    assert saved.registration_no in sri.get(gw.origin + "/legalisasi/").text  # back in the queue
    photo = sri.get(f"{gw.origin}/legalisasi/{saved.registration_no}/foto.jpg")
    assert photo.status_code == 200 and photo.content == brighter.getvalue()  # the officer sees the new photo
    again = my_card.fetch_state(cfg, saved.registration_no)
    assert again.state is not None and (again.state.status, again.state.reason) == (CardStatus.MENUNGGU, None)
