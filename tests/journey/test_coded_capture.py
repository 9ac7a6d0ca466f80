"""Coded capture (issue 25) through the real app: the education level buttons, the KBJI picker and
the disability question reach the store and, over real HTTP, the SIKER simulator; a renewal
starts from all of them."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.screens.step_background import EducationStep
from kiosk.services.draft import HIGHEST_EDUCATION, RegistrationDraft
from kiosk.services.registration import save_registration
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator
from tests.journey.test_journey import at, click, take_photo
from tests.support.samples import draft as sample_draft


def show_education(qtbot, draft: RegistrationDraft) -> EducationStep:
    step = EducationStep(draft)
    qtbot.addWidget(step)
    step.set_position(3, 7)
    step.resize(1280, 800)
    step.show()
    step.on_enter()
    return step


def test_education_is_twelve_big_buttons_in_plain_words(qtbot):
    step = show_education(qtbot, RegistrationDraft(birth_date=date(1998, 8, 1)))
    assert list(step.level.buttons) == list(HIGHEST_EDUCATION)
    assert step.level.buttons["belum_tamat_sd"].text() == "Belum tamat SD"
    assert step.level.buttons["s1"].text() == "S1 (Sarjana)"
    i18n.set_language("en")
    try:
        button = step.level.buttons["belum_tamat_sd"]
        qtbot.waitUntil(lambda: button.text() == "Primary school unfinished", timeout=3000)  # LanguageChange is posted
    finally:
        i18n.set_language("id")


def test_belum_tamat_sd_asks_for_no_school(qtbot):
    draft = RegistrationDraft(birth_date=date(1998, 8, 1))
    step = show_education(qtbot, draft)
    click(qtbot, step.level.buttons["belum_tamat_sd"])
    assert not step.institution.isVisible() and not step.year.isVisible()
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert (draft.education_level, draft.education) == ("belum_tamat_sd", [])
    assert draft.body()["education_level"] == "belum_tamat_sd"


def test_a_level_with_a_school_sends_both_the_code_and_the_education_row(qtbot):
    draft = RegistrationDraft(birth_date=date(1998, 8, 1))
    step = show_education(qtbot, draft)
    click(qtbot, step.level.buttons["d3"])
    assert step.institution.isVisible()
    qtbot.keyClicks(step.institution.editor, "Politeknik Negeri Semarang")
    qtbot.keyClicks(step.year.editor, "2019")
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert draft.education_level == "d3"
    assert draft.education == [{"level": "D3", "institution": "Politeknik Negeri Semarang", "major": "", "year": 2019}]


def fill_coded_steps(kiosk, qtbot) -> None:
    """From consent to the photo: SMK, 'operator mesin jahit' picked as typed, a disability."""
    flow = kiosk.assembly.flow
    at(kiosk, qtbot, "consent")
    click(qtbot, flow.consent.agree)
    personal, contact, education, experience, preferences = flow.steps
    at(kiosk, qtbot, personal.name)
    click(qtbot, personal.nav.next)
    at(kiosk, qtbot, contact.name)
    contact.phone.editor.clear()
    qtbot.keyClicks(contact.phone.editor, "081234567890")
    click(qtbot, contact.nav.next)
    at(kiosk, qtbot, education.name)
    click(qtbot, education.level.buttons["smk"])
    qtbot.keyClicks(education.institution.editor, "SMK Negeri 7 Semarang")
    qtbot.keyClicks(education.year.editor, "2016")
    click(qtbot, education.nav.next)
    at(kiosk, qtbot, experience.name)
    click(qtbot, experience.nav.next)
    at(kiosk, qtbot, preferences.name)
    click(qtbot, preferences.occupation)
    qtbot.keyClicks(preferences.picker.search.editor, "jahit operator mesin")
    results = preferences.picker.results
    qtbot.mouseClick(
        results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(results.item(0)).center()
    )
    assert preferences.occupation_code == "8153"
    click(qtbot, preferences.disability.buttons["ya"])
    click(qtbot, preferences.disability_kinds.buttons["fisik"])
    click(qtbot, preferences.nav.next)


def sent_once(store, cfg, tmp_path, endpoint: str) -> dict:
    """Everything in the outbox sent by the real sender to a SIKER simulator over HTTP; the body
    of the one record the simulator holds for ``endpoint``."""
    with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji") as sim:
        write_token(cfg.siker.token_file, "rahasia-uji")
        siker = cfg.with_overrides({"siker.base_url": sim.base_url, "siker.timeout_s": 5})
        sender = Sender(store, lambda: SikerClient.from_config(siker), workers=1)
        try:
            assert sender.drain(deadline_s=30).done
        finally:
            sender.close()
        [record] = sim.records(endpoint)
    return record["body"]


def test_the_codes_reach_the_store_and_the_simulator_over_http(kiosk, qtbot, store, cfg, tmp_path):
    parts = kiosk.assembly
    parts.card_reader.tap(0)
    fill_coded_steps(kiosk, qtbot)
    take_photo(kiosk, qtbot)
    at(kiosk, qtbot, "review")
    click(qtbot, parts.flow.review.nav.next)
    qtbot.waitUntil(lambda: parts.flow.done.state == "printed", timeout=15_000)
    row = store.one("SELECT * FROM registrations")
    assert (row["education_level"], row["occupation_code"], json.loads(row["disability"])) == ("smk", "8153", ["fisik"])
    body = sent_once(store, cfg, tmp_path, "/registrations")
    assert (body["education_level"], body["occupation_code"], body["disability"]) == ("smk", "8153", ["fisik"])
    assert body["education"][0]["level"] == "SMK"
    assert body["preferences"]["positions"][0] == "OPERATOR MESIN JAHIT"


def test_a_renewal_starts_from_every_coded_answer(kiosk, qtbot, store, cfg):
    old = sample_draft()
    old.education_level, old.occupation_code, old.disability = "smk", "5414.01", ["rungu"]
    old.preferences = {"positions": ["PETUGAS KEAMANAN"], "locations": ["Kota Semarang"], "min_wage": 0}
    saved = save_registration(store, cfg, old, print_card=False)
    store.execute(
        "UPDATE registrations SET valid_until = ? WHERE client_id = ?",
        ((date.today() + timedelta(days=10)).isoformat(), saved.client_id),
    )
    parts = kiosk.assembly
    flow = parts.flow
    parts.card_reader.tap(0)  # the sample's e-KTP: possession proven
    at(kiosk, qtbot, "my_card")
    click(qtbot, flow.my_card_screen.buttons["renew"])
    at(kiosk, qtbot, "consent")
    click(qtbot, flow.consent.agree)
    for step in flow.steps[:2]:
        at(kiosk, qtbot, step.name)
        click(qtbot, step.nav.next)
    education, experience, preferences = flow.steps[2:]
    at(kiosk, qtbot, education.name)
    assert education.level.value() == "smk" and education.institution.text() == "SMK Negeri 7 Semarang"
    click(qtbot, education.nav.next)
    at(kiosk, qtbot, experience.name)
    click(qtbot, experience.nav.next)
    at(kiosk, qtbot, preferences.name)
    assert preferences.occupation_code == "5414.01" and preferences.occupation.text().startswith("PETUGAS KEAMANAN")
    assert preferences.disability.value() == "ya" and preferences.disability_kinds.values() == ["rungu"]
    click(qtbot, preferences.nav.next)
    take_photo(kiosk, qtbot)
    at(kiosk, qtbot, "review")
    click(qtbot, flow.review.nav.next)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    renewal = store.one("SELECT * FROM registrations WHERE kind = 'renewal'")
    sent = json.loads(renewal["data"])
    assert (sent["education_level"], sent["occupation_code"], sent["disability"]) == ("smk", "5414.01", ["rungu"])


def test_a_declined_disability_answer_is_asked_again_unanswered_at_renewal(store, cfg):
    from kiosk.services.registration import find_existing, prefill_renewal

    old = sample_draft()
    old.education_level, old.disability = "smk", None  # "tidak ingin menjawab"
    save_registration(store, cfg, old, print_card=False)
    fresh = RegistrationDraft()
    existing = find_existing(store, old.nik)
    assert existing is not None
    prefill_renewal(store, existing, fresh)
    assert fresh.disability is None and fresh.body()["disability"] == [] and fresh.education_level == "smk"


def test_a_report_of_work_abroad_reaches_the_simulator_with_its_placement_and_start(kiosk, qtbot, store, cfg, tmp_path):
    save_registration(store, cfg, sample_draft(), print_card=False)
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["report"])
    at(kiosk, qtbot, "identify")
    parts.card_reader.tap(0)
    report = parts.flow.report
    at(kiosk, qtbot, report.name)
    click(qtbot, report.status.buttons["employed"])
    words = {code: button.text() for code, button in report.placement.buttons.items()}
    assert words == {"akl": "Kota Semarang / Jawa Tengah", "akad": "Provinsi lain", "akan": "Luar negeri"}
    qtbot.keyClicks(report.employer.editor, "Daiichi Seiko Co.")
    qtbot.keyClicks(report.position.editor, "Operator mesin")
    started = date.today() - timedelta(days=3)
    qtbot.keyClicks(report.started_on.editor, started.strftime("%d-%m-%Y"))
    click(qtbot, report.placement.buttons["akan"])
    click(qtbot, report.nav.next)
    qtbot.waitUntil(lambda: parts.flow.done.state == "printed", timeout=15_000)
    body = sent_once(store, cfg, tmp_path, "/reports")
    assert (body["status"], body["placement"], body["started_on"]) == ("employed", "akan", started.isoformat())
