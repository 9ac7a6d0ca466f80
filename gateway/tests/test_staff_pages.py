"""The staff pages in a real browser (Debian's Chromium driven by Playwright) at 1366x768 and
390x844: sign in, add a vacancy and see it listed (and offered to kiosks), the fleet board with
a late kiosk, the language switch, and every page refusing the roles it is not for.

GATEWAY_SCREENSHOTS=1 writes the screenshots into docs/screens/gateway-*.png."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gwsupport.gateway_server import GatewayServer
from gwsupport.servers import GatewayContractServer, Kiosk
from playwright.sync_api import Browser, Page, expect

PASSWORD = "demo-gateway-2026"
SIZES = {"wide": (1366, 768), "phone": (390, 844)}


@pytest.fixture(scope="module")
def staff_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayServer]:
    server = GatewayServer(tmp_path_factory.mktemp("staff"))
    server.manage("demo_data")
    yield server.start()
    server.stop()


def sign_in(browser: Browser, server: GatewayServer, username: str, size: str = "wide") -> Page:
    width, height = SIZES[size]
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(server.origin + "/masuk/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_load_state()
    return page


@pytest.mark.parametrize("size", sorted(SIZES))
def test_an_officer_signs_in_adds_a_vacancy_and_kiosks_get_it(staff_gateway, browser, shots, size):
    page = sign_in(browser, staff_gateway, "petugas", size)
    assert page.url.endswith("/armada/")  # petugas land on the fleet board
    page.screenshot(path=str(shots / f"gateway-fleet-{size}.png"), full_page=True)
    page.click("text=Lowongan")
    page.click("text=Tambah lowongan")
    title = f"Juru Las {size.title()}"
    page.fill("input[name=title]", title)
    page.fill("input[name=company]", "PT Baja Semarang")
    page.fill("input[name=location]", "Tugu")
    page.select_option("select[name=education_min]", "SMK")
    page.fill("input[name=wage_min]", "3200000")
    page.fill("input[name=wage_max]", "4000000")
    page.fill("input[name=closes_on]", "2027-01-31")
    page.fill("input[name=skills_text]", "Las listrik, K3")
    page.screenshot(path=str(shots / f"gateway-vacancy-form-{size}.png"), full_page=True)
    page.click("button:has-text('Simpan')")
    page.wait_for_url("**/lowongan/")
    assert page.locator(".msg").inner_text().startswith("Lowongan LOW-")
    assert page.locator("table.vacancies", has_text=title).count() == 1
    page.screenshot(path=str(shots / f"gateway-vacancies-{size}.png"), full_page=True)
    offered = Kiosk(GatewayContractServer(staff_gateway, "staff")).get("/vacancies", limit=500).json()["items"]
    mine = [v for v in offered if v["title"] == title]
    assert len(mine) == 1 and mine[0]["skills"] == ["Las listrik", "K3"] and mine[0]["education_min"] == "SMK"
    who = staff_gateway.query("SELECT username FROM audit_auditentry WHERE action = 'vacancy.create' AND target = ?",
                              (mine[0]["id"],))  # fmt: skip
    assert who == [("petugas",)]
    page.close()


def test_closing_a_vacancy_takes_it_off_the_kiosks(staff_gateway, browser):
    kiosk = Kiosk(GatewayContractServer(staff_gateway, "staff"))
    cursor = kiosk.get("/vacancies", limit=500).json()["next_cursor"]
    page = sign_in(browser, staff_gateway, "pengantar")
    assert page.url.endswith("/legalisasi/")  # a pengantar kerja has no fleet board: the queue first
    page.click("nav.menu >> text=Lowongan")
    row = page.locator("tr", has_text="Kasir")
    row.locator("button[value=close]").click()
    page.wait_for_url("**/lowongan/")
    assert page.locator("table.vacancies", has_text="Kasir").count() == 0
    change = kiosk.get("/vacancies", cursor=cursor).json()
    assert change["deleted"] == ["LOW-DEMO-002"] and change["items"] == []
    audited = staff_gateway.query("SELECT username, action FROM audit_auditentry WHERE target = 'LOW-DEMO-002'")
    assert audited == [("pengantar", "vacancy.close")]
    page.close()


def test_the_fleet_board_marks_a_late_kiosk_and_draws_its_week(staff_gateway, browser, shots):
    page = sign_in(browser, staff_gateway, "admin")
    assert "late" in (page.locator("tr", has_text="SMG-03").get_attribute("class") or "")
    assert "late" not in (page.locator("tr", has_text="SMG-01").get_attribute("class") or "")
    # device states read as words, not the contract's codes
    assert page.locator("tr", has_text="SMG-03").locator("td.dev").first.inner_text() == "kertas menipis"
    assert "paper_low" not in page.locator("table").inner_text()
    page.click("text=SMG-02")
    expect(page.locator("svg.chart rect")).to_have_count(7 * 24)  # waits for the page to load
    assert page.locator("svg.chart rect.none").count() >= 3  # the three hours SMG-02 was silent
    page.screenshot(path=str(shots / "gateway-kiosk-wide.png"), full_page=True)
    page.close()


def test_the_language_switch_turns_the_pages_english(staff_gateway, browser, shots):
    page = sign_in(browser, staff_gateway, "admin", "phone")
    assert page.locator("h1").inner_text() == "Armada kios"  # Bahasa Indonesia first, whatever the browser asks
    page.click("button[value=en]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Kiosk fleet"
    assert "paper low" in page.locator("main").inner_text()
    menu = "Kiosk fleet AK/1 legalisation Vacancies Tickets Events IPK reports Kiosk tokens Audit log"
    assert page.locator("nav.menu").inner_text().split() == menu.split()
    page.screenshot(path=str(shots / "gateway-fleet-en-phone.png"), full_page=True)
    page.click("button[value=id]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Armada kios"
    page.close()


@pytest.mark.parametrize(
    ("username", "path", "status"),
    [
        ("pengantar", "/armada/", 403),
        ("pengantar", "/token/", 403),
        ("petugas", "/legalisasi/", 403),
        ("petugas", "/legalisasi/3374211226010001/", 403),
        ("pengantar", "/legalisasi/", 200),
        ("admin", "/legalisasi/3374211226010001/", 200),
        ("petugas", "/token/", 403),
        ("petugas", "/audit/", 403),
        ("admin", "/token/", 200),
        ("admin", "/audit/", 200),
    ],
)
def test_every_page_checks_its_role(staff_gateway, browser, username, path, status):
    page = sign_in(browser, staff_gateway, username)
    assert page.goto(staff_gateway.origin + path).status == status
    page.close()


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(staff_gateway, browser):
    page = browser.new_page()
    for path in (
        "/armada/",
        "/lowongan/",
        "/token/",
        "/armada/SMG-01/",
        "/legalisasi/",
        "/legalisasi/3374211226010001/foto.jpg",
    ):
        page.goto(staff_gateway.origin + path)
        assert "/masuk/" in page.url
    page.close()


def test_an_admin_issues_a_token_shown_once_that_a_kiosk_can_use(staff_gateway, browser, shots):
    page = sign_in(browser, staff_gateway, "admin")
    page.goto(staff_gateway.origin + "/token/")
    page.fill("input[name=kiosk_id]", "smg-09")
    page.click("button[value=issue]")
    token = page.locator("code.token").inner_text().strip()
    staff_gateway.tokens["SMG-09"] = token
    face = GatewayContractServer(staff_gateway, "staff", kiosk_id="SMG-09")
    assert Kiosk(face).get("/vacancies").status_code == 200
    page.goto(staff_gateway.origin + "/token/")
    assert page.locator("code.token").count() == 0 and token not in page.content()  # shown once
    page.locator("tr", has_text="SMG-09").locator("button[value=revoke]").click()
    page.wait_for_url("**/token/")
    assert Kiosk(face).get("/vacancies").status_code == 401
    page.close()


def test_every_staff_view_names_its_roles(django_ready):
    from django.urls import URLPattern

    from gateway.web import urls

    open_pages = {"login", "logout"}
    for pattern in urls.urlpatterns:
        assert isinstance(pattern, URLPattern)
        if pattern.name not in open_pages:
            assert getattr(pattern.callback, "roles", None), f"{pattern.name} checks no role"
