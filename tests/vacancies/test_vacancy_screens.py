"""Browse, filter, apply offline, then delivered by sync; a second application refused."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.services.registration import save_registration
from kiosk.store.vacancies import upsert
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator
from kiosk.sync.vacancies import clean_vacancy
from tests.support.samples import draft


@pytest.fixture
def stocked(kiosk, cfg, store):
    """Vacancies in the cache and a registered job seeker, with the kiosk running."""
    rng = random.Random(4)
    for index in range(24):
        upsert(store, clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2099-12-31"}))
    save_registration(store, cfg, draft(), print_card=False)
    return kiosk


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_first(qtbot, screen) -> None:
    item = screen.results.item(0)
    screen.results.scrollToItem(item)
    rect = screen.results.visualItemRect(item)
    qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_browse_filter_apply_then_sync_delivers(stocked, qtbot, store, cfg, tmp_path):
    parts = stocked.assembly
    screen = parts.vacancies
    click(qtbot, stocked.window.router.get("welcome").tiles["vacancies"])
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "vacancies", timeout=5000)
    everything = screen.results.count()
    assert everything == 24
    qtbot.keyClicks(screen.words, "las")
    assert 0 < screen.results.count() < everything
    assert all("Las" in screen.results.item(i).text() for i in range(screen.results.count()))
    screen.words.clear()
    click(qtbot, screen.sector.buttons["Ritel"])
    assert 0 < screen.results.count() < everything
    open_first(qtbot, screen)
    assert screen.pages.currentIndex() == 1 and "Kasir" in screen.detail.text()
    chosen = screen.current["id"]
    click(qtbot, screen.apply)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "identify", timeout=5000)
    parts.card_reader.tap(0)  # the registered sample job seeker
    flow = parts.flow
    qtbot.waitUntil(flow.apply_confirm.isVisible, timeout=5000)
    click(qtbot, flow.apply_confirm.yes)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    assert "Lamaran" in flow.done.title.text()
    application = store.one("SELECT * FROM applications")
    assert application["vacancy_id"] == chosen
    pending = store.one("SELECT state FROM outbox WHERE endpoint = '/applications'")["state"]
    assert pending == "pending"  # offline: kept until sync
    # the sync process delivers it, after its registration
    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        write_token(cfg.siker.token_file, "t")
        sender = Sender(store, lambda: SikerClient(sim.base_url, "t", "SMG-01"), base_backoff_s=0.01)
        assert sender.drain(deadline_s=30).done
        sender.close()
        seq = {r["client_id"]: r["seq"] for r in sim.records()}
    assert seq[application["client_id"]] > seq[application["registration_client_id"]]


def test_applying_twice_is_refused_on_screen(stocked, qtbot, store):
    parts = stocked.assembly
    screen, flow = parts.vacancies, parts.flow
    for attempt in range(2):
        stocked.window.go("vacancies")
        open_first(qtbot, screen)
        click(qtbot, screen.apply)
        parts.card_reader.tap(0)
        qtbot.waitUntil(flow.apply_confirm.isVisible, timeout=5000)
        click(qtbot, flow.apply_confirm.yes)
        if attempt == 0:
            qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
            click(qtbot, flow.done.finish)
    qtbot.waitUntil(flow.notice.isVisible, timeout=5000)
    assert "sudah melamar" in flow.notice.text.text()
    assert store.one("SELECT count(*) AS n FROM applications")["n"] == 1


@pytest.fixture
def english():
    yield
    i18n.set_language("id")


def test_a_printer_out_of_paper_and_a_second_application_are_told_in_english(stocked, qtbot, store, english):
    """The receipt goes through the print worker to the ESC/POS simulator on loopback, out of
    paper; what the printer and the refusal say reaches the screen in the chosen language."""
    parts = stocked.assembly
    screen, flow = parts.vacancies, parts.flow
    parts.printer.simulator.state.paper = "out"
    for attempt in range(2):
        i18n.set_language("en")  # each job seeker chooses English on the welcome screen
        stocked.window.go("vacancies")
        open_first(qtbot, screen)
        click(qtbot, screen.apply)
        parts.card_reader.tap(0)
        qtbot.waitUntil(flow.apply_confirm.isVisible, timeout=5000)
        click(qtbot, flow.apply_confirm.yes)
        if attempt == 0:
            qtbot.waitUntil(lambda: flow.done.state == "failed", timeout=15_000)
            assert "The printer is out of paper. Ask an officer to load paper" in flow.done.status.text()
            assert "Kertas" not in flow.done.status.text()
            click(qtbot, flow.done.finish)
    qtbot.waitUntil(flow.notice.isVisible, timeout=5000)
    assert flow.notice.text.text() == (
        "You have already applied for this vacancy. The same application need not be sent twice."
    )
    assert store.one("SELECT state FROM print_jobs")["state"] == "failed"


def test_identified_seeker_sees_what_suits_them_first(stocked, qtbot, store):
    parts = stocked.assembly
    screen = parts.vacancies
    stocked.window.go("vacancies")
    assert screen.match_me.isVisible() and not screen.sort.isVisible()
    click(qtbot, screen.match_me)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "identify", timeout=5000)
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "vacancies", timeout=5000)
    assert screen.seeker is not None and screen.sort.isVisible()
    scores = [hit.match.score for hit in screen.hits]
    assert scores == sorted(scores, reverse=True)
    assert "cocok untuk Anda" in screen.results.item(0).text()
    click(qtbot, screen.wage.buttons["5000000"])
    assert all((h.vacancy["wage_max"] or 0) >= 5_000_000 for h in screen.hits)


def test_why_a_vacancy_suits_is_said_in_the_chosen_language(stocked, qtbot):
    parts = stocked.assembly
    screen = parts.vacancies
    i18n.set_language("en")  # chosen on the welcome screen
    try:
        stocked.window.go("vacancies")
        click(qtbot, screen.match_me)
        qtbot.waitUntil(lambda: stocked.window.router.current_name == "identify", timeout=5000)
        parts.card_reader.tap(0)
        qtbot.waitUntil(lambda: stocked.window.router.current_name == "vacancies", timeout=5000)
        shown = "\n".join(screen.results.item(i).text() for i in range(screen.results.count()))
        assert "suits you" in shown and "education" in shown
        for indonesian in ("pendidikan", "keterampilan", "lokasi sesuai", "gaji sesuai", "jabatan sesuai", "cocok"):
            assert indonesian not in shown
    finally:
        i18n.set_language("id")



def test_applying_from_kartu_saya_after_proving_with_the_card_number(stocked, qtbot, store):
    """A NIK alone opens no application in someone's name; once the holder proved possession
    with the AK/1 number, applying from "Kartu saya" asks nothing again, and lists what was sent."""
    from kiosk.core import clock
    from kiosk.services.my_card import my_card
    from kiosk.services.registration import find_existing
    from tests.journey.test_trust import type_nik, type_number

    parts = stocked.assembly
    screen, flow = parts.vacancies, parts.flow
    number = store.one("SELECT registration_no FROM registrations")["registration_no"]
    type_nik(stocked, qtbot)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "existing", timeout=5000)
    type_number(stocked, qtbot, number)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "my_card", timeout=5000)
    mine = flow.my_card_screen
    assert "Belum ada lamaran" in mine.applications.text()
    click(qtbot, mine.buttons["vacancies"])
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "vacancies", timeout=5000)
    open_first(qtbot, screen)
    title = screen.current["title"]
    click(qtbot, screen.apply)
    qtbot.waitUntil(flow.apply_confirm.isVisible, timeout=5000)  # no identify screen in between
    click(qtbot, flow.apply_confirm.yes)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    card = my_card(store, find_existing(store, "3374114108980003"), clock.today())
    assert [(a.title, a.applied_on) for a in card.applications] == [(title, clock.today())]
    click(qtbot, flow.done.finish)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "welcome", timeout=5000)
    assert flow.holder is None  # the proof ends with the session
