"""The contract's education levels as filters, and a search that finds nothing offering ways out:
on a real SQLite cache, and on the real screen tapped like a finger would."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.services.vacancies import EDUCATION_LEVELS, Widen, count, search, widenings
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy
from tests.vacancies.test_search import put

TODAY = date(2026, 11, 24)
CONTRACT_LEVELS = "belum_tamat_sd | sd | smp | sma | smk | d1 | d2 | d3 | d4 | s1 | s2 | s3"


@pytest.fixture
def cache(store):
    put(store, id="A", title="Juru Las", sector="Konstruksi", location="Kota Semarang", education_min="SMK",
        wage_max=4_000_000, closes_on="2026-12-31")  # fmt: skip
    put(store, id="B", title="Kasir Toko", sector="Ritel", location="Kab. Demak", education_min="SMA",
        wage_max=2_800_000, closes_on="2026-12-01")  # fmt: skip
    put(store, id="C", title="Insinyur Sipil", sector="Konstruksi", location="Kota Semarang", education_min="S1",
        wage_max=8_000_000, closes_on="2027-01-15")  # fmt: skip
    put(store, id="D", title="Tukang Kebun", sector="Jasa", location="Kota Semarang", closes_on="2026-12-20")
    put(store, id="E", title="Kasir Lama", sector="Ritel", location="Kota Semarang", closes_on="2026-11-01")  # closed
    return store


def ids(hits) -> list[str]:
    return sorted(h.vacancy["id"] for h in hits)


def test_the_filter_offers_exactly_the_contracts_education_levels():
    assert tuple(CONTRACT_LEVELS.split(" | ")) == EDUCATION_LEVELS


@pytest.mark.parametrize(
    ("level", "found"),
    [
        ("belum_tamat_sd", ["D"]),  # only what asks no minimum
        ("smp", ["D"]),
        ("sma", ["A", "B", "D"]),  # SMA and SMK stand level
        ("smk", ["A", "B", "D"]),  # missing from the old filter
        ("d4", ["A", "B", "C", "D"]),  # D4 (sarjana terapan) stands level with S1
        ("s1", ["A", "B", "C", "D"]),
        ("s3", ["A", "B", "C", "D"]),
        ("SMK", ["A", "B", "D"]),  # a vacancy's own spelling is read the same
    ],
)
def test_my_education_shows_what_asks_no_more(cache, level, found):
    assert ids(search(cache, education=level, today=TODAY, limit=50)) == found
    assert count(cache, education=level, today=TODAY) == len(found)


def test_nothing_found_offers_the_widest_single_drop_the_words_and_everything(cache):
    asked = {"words": "kasir", "sector": "Konstruksi", "education": "smp"}
    assert search(cache, today=TODAY, **asked) == []
    ways = {w.kind: w for w in widenings(cache, today=TODAY, **asked)}
    # without the sector: kasir with SMP finds nothing; without education: kasir in Konstruksi nothing either;
    # so each single drop gives 0 and is not offered; the words cleared leave Konstruksi for SMP: 0 too
    assert set(ways) == {Widen.ALL}
    assert ways[Widen.ALL].count == 4 and set(ways[Widen.ALL].drops) == {"words", "sector", "education"}
    asked = {"words": "kasir", "sector": "Konstruksi"}
    ways = {w.kind: w for w in widenings(cache, today=TODAY, **asked)}
    assert ways[Widen.FILTER].drops == ("sector",) and ways[Widen.FILTER].count == 1  # Kasir Toko, not the closed one
    assert ways[Widen.WORDS].count == 2  # both open Konstruksi vacancies
    assert ways[Widen.ALL].count == 4
    # each count is what the widened search then finds
    assert len(search(cache, today=TODAY, words="kasir")) == ways[Widen.FILTER].count
    assert len(search(cache, today=TODAY, sector="Konstruksi")) == ways[Widen.WORDS].count


def test_the_most_restrictive_filter_is_the_one_dropped(cache):
    # location Kab. Demak and SMP: without the location 1 (Tukang Kebun asks no minimum), without education 1
    # (Kasir Toko): a tie goes to the first filter on the screen
    ways = widenings(cache, today=TODAY, location="Kab. Demak", education="smp")
    drop = next(w for w in ways if w.kind is Widen.FILTER)
    assert drop.drops == ("location",) and drop.count == 1
    # Kota Semarang and at least Rp9 jt: without the wage 3, without the location none
    ways = widenings(cache, today=TODAY, location="Kota Semarang", min_wage=9_000_000)
    drop = next(w for w in ways if w.kind is Widen.FILTER)
    assert drop.drops == ("min_wage",) and drop.count == 3
    # one filter only: dropping it is showing everything, so that is offered once
    assert [(w.kind, w.count) for w in widenings(cache, today=TODAY, min_wage=50_000_000)] == [(Widen.FILTER, 4)]


def test_an_empty_cache_offers_nothing_to_tap(store):
    assert widenings(store, today=TODAY, words="las") == []


# -- the screen, with the kiosk running


def test_a_filter_with_nothing_to_choose_is_not_shown_until_vacancies_come(kiosk, store, qtbot):
    """A kiosk with no vacancy cached yet has no sectors or places to offer: their headings do not
    stand over nothing above the education buttons. They come with the first vacancies."""
    screen, router = kiosk.assembly.vacancies, kiosk.window.router
    qtbot.mouseClick(router.get("welcome").tiles["vacancies"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: router.current_name == "vacancies", timeout=5000)
    assert screen.total == 0
    assert not screen.sector.isVisible() and not screen.location.isVisible()
    assert screen.education.isVisible() and screen.wage.isVisible()
    click(qtbot, screen.back)
    qtbot.waitUntil(lambda: router.current_name == "welcome", timeout=5000)
    vacancy = sample_vacancy(0, random.Random(4)) | {"closes_on": "2099-12-31"}
    upsert(store, clean_vacancy(vacancy))
    qtbot.mouseClick(router.get("welcome").tiles["vacancies"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: router.current_name == "vacancies", timeout=5000)
    assert screen.total == 1
    assert screen.sector.isVisible() and list(screen.sector.buttons) == ["", vacancy["sector"]]
    assert screen.location.isVisible() and list(screen.location.buttons) == ["", vacancy["location"]]


@pytest.fixture
def screen(kiosk, store, qtbot):
    rng = random.Random(4)
    for index in range(24):
        upsert(store, clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2099-12-31"}))
    qtbot.mouseClick(kiosk.window.router.get("welcome").tiles["vacancies"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "vacancies", timeout=5000)
    return kiosk.assembly.vacancies


def click(qtbot, widget) -> None:
    assert widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_education_buttons_say_each_level_in_plain_words(screen, qtbot):
    buttons = screen.education.buttons
    assert list(buttons) == ["", *EDUCATION_LEVELS]
    assert buttons["smk"].text() == "SMK" and buttons["belum_tamat_sd"].text() == "Belum tamat SD"
    assert buttons["s1"].text() == "S1 (Sarjana)" and buttons["d3"].text() == "D3 (Diploma 3)"
    assert all(button.height() >= 48 for button in buttons.values())
    everything = screen.total
    click(qtbot, buttons["smk"])
    assert 0 < screen.total < everything
    assert {h.vacancy["education_min"] for h in screen.hits} <= {"SD", "SMP", "SMA", "SMK"}
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: buttons["smk"].text() == "SMK (vocational)", timeout=2000)
        assert buttons["belum_tamat_sd"].text() == "Primary school unfinished"
        assert screen.sector.buttons[""].text() == "All sectors"
    finally:
        i18n.set_language("id")


def test_nothing_found_says_what_was_searched_and_each_way_out_gives_what_it_promised(screen, qtbot, store):
    click(qtbot, screen.sector.buttons["Konstruksi"])
    konstruksi = screen.total
    screen.words.setFocus()
    qtbot.keyClicks(screen.words, "kasir")
    assert screen.hits == [] and screen.results.count() == 0
    assert screen.empty.isVisible() and not screen.results.isVisible()
    assert "Tidak ada lowongan" in screen.empty_title.text()
    assert "“kasir”" in screen.searched.text() and "bidang Konstruksi" in screen.searched.text()
    drop, words, everything = (screen.widen_buttons[k] for k in (Widen.FILTER, Widen.WORDS, Widen.ALL))
    kasir = count(store, words="kasir")
    assert drop.isVisible() and drop.text() == f"Semua bidang\n{kasir} lowongan"
    assert words.isVisible() and words.text() == f"Hapus kata “kasir”\n{konstruksi} lowongan"
    assert everything.isVisible() and everything.text() == "Tampilkan semua\n24 lowongan"
    click(qtbot, drop)
    assert screen.total == kasir == screen.results.count() and screen.results.isVisible()
    assert screen.words.text() == "kasir" and screen.sector.value() == ""  # only the sector went
    click(qtbot, screen.sector.buttons["Konstruksi"])
    click(qtbot, screen.widen_buttons[Widen.WORDS])
    assert screen.words.text() == "" and screen.total == konstruksi == screen.results.count()
    qtbot.keyClicks(screen.words, "kasir")
    click(qtbot, screen.wage.buttons["5000000"])
    click(qtbot, screen.widen_buttons[Widen.ALL])
    assert screen.total == 24 and screen.results.count() == 24
    assert screen.words.text() == "" and screen.sector.value() == "" and screen.wage.value() == "0"


def test_the_empty_state_speaks_english_too(screen, qtbot):
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: screen.title.text() == "Job Vacancies", timeout=2000)
        click(qtbot, screen.education.buttons["belum_tamat_sd"])
        assert screen.hits == []  # every sample vacancy asks a minimum
        assert screen.empty_title.text() == "No vacancy matches this search."
        assert screen.searched.text() == "You searched for: education Primary school unfinished"
        assert screen.widen_buttons[Widen.FILTER].text() == "Any education level\n24 vacancies"
        assert not screen.widen_buttons[Widen.ALL].isVisible()  # the same as dropping the one filter
    finally:
        i18n.set_language("id")


def test_session_end_forgets_the_search_the_filters_and_the_empty_state(screen, qtbot, kiosk):
    click(qtbot, screen.location.buttons[screen.location.buttons and next(c for c in screen.location.buttons if c)])
    click(qtbot, screen.education.buttons["belum_tamat_sd"])
    qtbot.keyClicks(screen.words, "las")
    assert screen.empty.isVisible()
    kiosk.window.end_session("done")
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "welcome", timeout=5000)
    assert screen.words.text() == ""
    assert all(c.value() is None for c in (screen.sector, screen.location, screen.education, screen.wage))
    assert screen.widenings == [] and screen.found.currentWidget() is screen.results
    kiosk.window.go("vacancies")
    assert screen.total == 24 and screen.results.count() == 24
