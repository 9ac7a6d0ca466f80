"""Issue 20, the kiosk side: "Kartu saya" shows the card's legalisation state, asks the office for
it on "Perbarui Status" (in the background, against the SIKER simulator over real HTTP), keeps the
answer with its time and shows its age offline; a card sent back is corrected at the kiosk (a new
photo, or data) and sent as a new record with the same number; a legalised card reprints with the
officer's name, NIP and date, and its QR holds the verification URL. Real widgets, a real SQLite
file, the printer simulator."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kiosk.core import clock
from kiosk.core.card_layout import render_card
from kiosk.core.card_signing import verify_scanned
from kiosk.core.card_state import CardStatus, Fix, KnownState
from kiosk.core.states import IdentitySource
from kiosk.services import my_card as my_card_service
from kiosk.services.draft import RegistrationDraft
from kiosk.services.printing import card_data
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.signing_keys import load_public
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator
from tests.journey.test_journey import at, click, take_photo
from tests.journey.test_trust import NIK, type_nik, type_number
from tests.printing.test_print_jobs import decode_qr
from tests.support.samples import FACE, draft

PUBLIC_URL = "https://gateway.disnaker.semarangkota.go.id"
OFFICER = "Sri Wahyuni, NIP 198703122010012003"


@pytest.fixture
def sim(tmp_path):
    with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji") as simulator:
        yield simulator


@pytest.fixture
def cfg(cfg, sim):
    """The shared config, talking to the simulator, with the gateway's public address for the QR."""
    write_token(cfg.siker.token_file, "rahasia-uji")
    return cfg.with_overrides({"siker.base_url": sim.base_url, "siker.timeout_s": 5, "gateway.public_url": PUBLIC_URL})


def deliver(store, cfg) -> None:
    sender = Sender(store, lambda: SikerClient.from_config(cfg), workers=2, base_backoff_s=0.01, max_backoff_s=0.05)
    try:
        result = sender.drain(deadline_s=20)
    finally:
        sender.close()
    assert result.done and result.failed == 0, result


def registered_and_delivered(store, cfg, d: RegistrationDraft | None = None):
    saved = save_registration(store, cfg, d or draft(), print_card=False)
    deliver(store, cfg)
    return saved


def open_my_card(kiosk, qtbot, number: str):
    type_nik(kiosk, qtbot)
    at(kiosk, qtbot, "existing")
    type_number(kiosk, qtbot, number)
    at(kiosk, qtbot, "my_card")
    return kiosk.assembly.flow.my_card_screen


def refresh(qtbot, screen) -> None:
    click(qtbot, screen.refresh)
    qtbot.waitUntil(lambda: not screen.refreshing, timeout=10_000)


# -- the service, against the simulator


def test_the_state_is_fetched_kept_with_its_time_and_survives_the_office_going_away(store, cfg, sim):
    saved = registered_and_delivered(store, cfg)
    existing = find_existing(store, NIK)
    assert my_card_service.my_card(store, existing, clock.today()).known is None  # never asked yet
    first = my_card_service.fetch_state(cfg, saved.registration_no)
    assert first.state is not None and first.state.status == CardStatus.MENUNGGU
    sim.set_card(saved.registration_no, "revisi", "Foto tidak jelas: wajah terlalu gelap")
    fetched = my_card_service.fetch_state(cfg, saved.registration_no)
    my_card_service.remember_state(store, saved.registration_no, fetched)
    card = my_card_service.my_card(store, existing, clock.today())
    assert card.state == CardStatus.REVISI and card.fix == Fix.PHOTO
    assert card.known is not None and card.known.reason == "Foto tidak jelas: wajah terlalu gelap"
    assert card.known.checked_at is not None and clock.now() - card.known.checked_at < timedelta(minutes=1)
    assert my_card_service.fetch_state(cfg, "3374000000000000").unknown  # the office has no such card

    sim.close()  # offline: nothing learnt, the last known state stays
    offline = my_card_service.fetch_state(cfg, saved.registration_no)
    assert offline.state is None and not offline.unknown
    my_card_service.remember_state(store, saved.registration_no, offline)
    assert my_card_service.my_card(store, existing, clock.today()).known == card.known


def test_a_data_correction_keeps_number_validity_and_reports_and_the_simulator_queues_it_again(store, cfg, sim):
    typed = draft()
    typed.identity_source, typed.card_uid = IdentitySource.MANUAL, None
    saved = registered_and_delivered(store, cfg, typed)
    sim.set_card(saved.registration_no, "revisi", "Data tidak sesuai KTP: tempat lahir Kendal")
    existing = find_existing(store, NIK)
    my_card_service.remember_state(
        store, saved.registration_no, my_card_service.fetch_state(cfg, saved.registration_no)
    )
    assert my_card_service.my_card(store, existing, clock.today()).fix == Fix.DATA

    correction = RegistrationDraft(nik=NIK)
    my_card_service.prefill_correction(store, existing, correction)
    assert (correction.name, correction.birth_place, correction.phone) == (
        "Siti Nur'aini",
        "Semarang",
        "+6281234567890",
    )
    assert correction.photo_jpeg == FACE.read_bytes() and not correction.locked_identity
    correction.birth_place = "Kendal"
    fixed = my_card_service.save_correction(store, cfg, existing, correction)
    assert (fixed.registration_no, fixed.valid_until) == (saved.registration_no, saved.valid_until)
    assert fixed.client_id != saved.client_id
    row = store.one("SELECT payload, depends_on FROM outbox WHERE client_id = ?", (fixed.client_id,))
    sent = json.loads(row["payload"])
    assert (sent["kind"], sent["registration_no"], sent["birth_place"]) == ("renewal", saved.registration_no, "Kendal")
    assert row["depends_on"] == saved.client_id
    assert my_card_service.known_state(store, saved.registration_no).status == CardStatus.MENUNGGU
    assert card_data(store, saved.client_id)[0].birth_place == "Kendal"  # the card prints the corrected data
    assert find_existing(store, NIK).client_id == saved.client_id  # reports and periods stay with the card

    deliver(store, cfg)
    bodies = [r["body"] for r in sim.records("/registrations")]
    assert [b["registration_no"] for b in bodies] == [saved.registration_no] * 2
    assert sim.records("/registrations")[1]["photo_sha256"] == sim.records("/registrations")[0]["photo_sha256"]
    assert sim.card(saved.registration_no)["status"] == "menunggu"


# -- Kartu saya, clicked


def test_kartu_saya_refreshes_to_disahkan_and_reprints_the_legalised_card_with_a_url_qr(kiosk, qtbot, store, cfg, sim):
    saved = registered_and_delivered(store, cfg)
    screen = open_my_card(kiosk, qtbot, saved.registration_no)
    assert "menunggu pengesahan" in screen.state_title.text()
    assert screen.checked.text() == "Belum diperiksa ke kantor."
    sim.set_card(saved.registration_no, "disahkan", officer=OFFICER)
    refresh(qtbot, screen)
    assert "disahkan" in screen.state_title.text()
    assert "Sri Wahyuni, NIP 198703122010012003" in screen.state_text.text()
    assert screen.checked.text() == "Diperiksa baru saja." and not screen.refresh_note.isVisible()
    assert screen.buttons["reprint"].text() == "Cetak Kartu yang Disahkan"
    click(qtbot, screen.buttons["reprint"])
    flow = kiosk.assembly.flow
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)

    printed = kiosk.assembly.printer.simulator.pages[-1].image()
    url = decode_qr(printed)
    assert url.startswith(f"{PUBLIC_URL}/v/{saved.registration_no}?s=AK1.")
    key = load_public(cfg.data_dir / "card-signing.pub")
    assert verify_scanned(url, key).registration_no == saved.registration_no
    card, _claim = card_data(store, saved.client_id, reprint=True, public_url=PUBLIC_URL)
    assert (card.legalised_by, card.legalised_nip, card.legalised_on) == (
        "Sri Wahyuni", "198703122010012003", clock.today().strftime("%d-%m-%Y"))  # fmt: skip
    assert printed.tobytes() == render_card(card, 58, url).tobytes()  # the officer's block is on the paper
    store.execute("DELETE FROM card_states")  # not known as legalised: the same card says MENUNGGU PENGESAHAN
    pending = card_data(store, saved.client_id, reprint=True, public_url=PUBLIC_URL)[0]
    assert not pending.legalised and render_card(pending, 58, url).tobytes() != printed.tobytes()


@pytest.mark.parametrize(
    ("state", "reason", "words"),
    [
        ("ditolak", "Domisili di luar kota: KTP Kabupaten Semarang", "ditolak"),
        ("revisi", "NIK tidak sah: periksa di loket", "perlu perbaikan"),
    ],
)
def test_a_rejected_card_or_one_to_fix_at_the_office_is_not_reprinted(kiosk, qtbot, store, cfg, sim, state, reason,
                                                                     words):  # fmt: skip
    saved = registered_and_delivered(store, cfg)
    sim.set_card(saved.registration_no, state, reason)
    screen = open_my_card(kiosk, qtbot, saved.registration_no)
    refresh(qtbot, screen)
    assert words in screen.state_title.text() and reason in screen.state_text.text()
    assert "kantor Disnaker" in screen.state_text.text()
    assert not screen.fix.isVisible() and not screen.buttons["reprint"].isEnabled()


def test_offline_kartu_saya_shows_the_last_known_state_and_its_age(kiosk, qtbot, store, cfg, sim):
    saved = registered_and_delivered(store, cfg)
    three_days_ago = clock.now() - timedelta(days=3)
    known = KnownState(CardStatus.DISAHKAN, officer=OFFICER, decided_at=three_days_ago, checked_at=three_days_ago)
    my_card_service.remember_state(store, saved.registration_no, my_card_service.Fetched(known))
    sim.close()
    screen = open_my_card(kiosk, qtbot, saved.registration_no)
    assert "disahkan" in screen.state_title.text() and screen.checked.text() == "Diperiksa 3 hari lalu."
    refresh(qtbot, screen)
    assert screen.refresh_note.isVisible() and "tidak dapat dihubungi" in screen.refresh_note.text()
    assert "disahkan" in screen.state_title.text() and screen.checked.text() == "Diperiksa 3 hari lalu."


def test_revisi_for_the_photo_is_fixed_at_the_kiosk_and_the_card_returns_to_menunggu(kiosk, qtbot, store, cfg, sim):
    saved = registered_and_delivered(store, cfg)
    sim.set_card(saved.registration_no, "revisi", "Foto tidak jelas: wajah terlalu gelap")
    screen = open_my_card(kiosk, qtbot, saved.registration_no)
    refresh(qtbot, screen)
    assert "perlu perbaikan" in screen.state_title.text() and "terlalu gelap" in screen.state_text.text()
    assert screen.fix.text() == "Ambil Ulang Foto"
    click(qtbot, screen.fix)
    take_photo(kiosk, qtbot)
    flow = kiosk.assembly.flow
    at(kiosk, qtbot, "review")
    assert flow.draft.name == "Siti Nur'aini" and flow.draft.phone == "+6281234567890"  # everything the card says
    click(qtbot, flow.review.nav.next)
    at(kiosk, qtbot, "done")
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    assert "menunggu pengesahan" in flow.done.next_steps.text()
    new_photo = store.one("SELECT jpeg FROM photos WHERE registration_client_id = ?", (saved.client_id,))["jpeg"]
    assert new_photo != FACE.read_bytes()  # the photo just taken replaced the card's
    printed = kiosk.assembly.printer.simulator.pages[-1].image()
    assert decode_qr(printed).startswith(f"{PUBLIC_URL}/v/{saved.registration_no}?s=")

    deliver(store, cfg)
    first, correction = sim.records("/registrations")
    assert correction["body"]["registration_no"] == saved.registration_no and correction["body"]["kind"] == "renewal"
    assert correction["photo_sha256"] != first["photo_sha256"]
    assert sim.card(saved.registration_no)["status"] == "menunggu"
    click(qtbot, flow.done.finish)
    at(kiosk, qtbot, "welcome")
    screen = open_my_card(kiosk, qtbot, saved.registration_no)
    refresh(qtbot, screen)
    assert "menunggu pengesahan" in screen.state_title.text() and not screen.fix.isVisible()


def test_siker_sim_card_plays_a_decision_on_a_running_simulators_database(store, cfg, sim, tmp_path, capsys):
    from kiosk.cli import main

    saved = registered_and_delivered(store, cfg)
    db = str(tmp_path / "siker.db")
    assert main(["siker-sim-card", "--db", db, saved.registration_no, "revisi", "--reason", "Foto tidak jelas"]) == 0
    fetched = my_card_service.fetch_state(cfg, saved.registration_no)  # the running simulator answers it at once
    assert fetched.state is not None and (fetched.state.status, fetched.state.reason) == ("revisi", "Foto tidak jelas")
    assert main(["siker-sim-card", "--db", db, "3374000000000000", "disahkan"]) == 1
    assert "no card" in capsys.readouterr().err


def test_the_retention_purge_forgets_the_officers_reason_and_the_corrections_payload(store, cfg, sim):
    from kiosk.services.maintenance import purge
    from tests.appliance.test_purge_privacy import database_bytes

    saved = registered_and_delivered(store, cfg)
    sim.set_card(saved.registration_no, "revisi", "Data tidak sesuai KTP: tempat lahir Kendal Rahasia")
    existing = find_existing(store, NIK)
    my_card_service.remember_state(
        store, saved.registration_no, my_card_service.fetch_state(cfg, saved.registration_no)
    )
    correction = RegistrationDraft(nik=NIK)
    my_card_service.prefill_correction(store, existing, correction)
    correction.birth_place = "Kendal Rahasia"
    fixed = my_card_service.save_correction(store, cfg, existing, correction)
    deliver(store, cfg)
    old = clock.rfc3339(clock.now() - timedelta(days=40))
    store.execute("UPDATE outbox SET delivered_at = ?", (old,))
    assert b"Kendal Rahasia" in database_bytes(cfg.db_path)

    assert purge(store, retention_days=30).registrations == 1
    assert store.query("SELECT * FROM card_states") == []
    assert store.one("SELECT payload FROM outbox WHERE client_id = ?", (fixed.client_id,))["payload"] == "{}"
    raw = database_bytes(cfg.db_path)
    assert NIK.encode() not in raw and b"Kendal Rahasia" not in raw


def test_revisi_for_the_data_is_corrected_on_the_review_page_and_sent_with_the_same_number(kiosk, qtbot, store, cfg,
                                                                                           sim):  # fmt: skip
    saved = registered_and_delivered(store, cfg)
    sim.set_card(saved.registration_no, "revisi", "Data tidak sesuai KTP: nomor HP salah")
    screen = open_my_card(kiosk, qtbot, saved.registration_no)
    refresh(qtbot, screen)
    assert screen.fix.text() == "Perbaiki Data"
    click(qtbot, screen.fix)
    flow = kiosk.assembly.flow
    at(kiosk, qtbot, "review")
    click(qtbot, flow.review._sections["step_contact"][2])  # "Ubah" beside the contact section
    contact = flow.steps[1]
    at(kiosk, qtbot, contact.name)
    contact.phone.editor.clear()
    qtbot.keyClicks(contact.phone.editor, "085712345678")
    click(qtbot, contact.nav.next)
    at(kiosk, qtbot, "review")  # straight back to the review page
    click(qtbot, flow.review.nav.next)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    rows = store.query("SELECT payload FROM outbox WHERE endpoint = '/registrations' ORDER BY id")
    original, correction = (json.loads(r["payload"]) for r in rows)
    assert (correction["registration_no"], correction["kind"]) == (original["registration_no"], "renewal")
    assert correction["phone"] != original["phone"] and correction["phone"].endswith("85712345678")
    assert correction["valid_until"] == original["valid_until"] and correction["client_id"] != original["client_id"]
    assert store.one("SELECT count(*) AS n FROM registrations")["n"] == 1  # the card's one record, corrected
