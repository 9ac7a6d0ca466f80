"""The ticket pages in Chromium: tickets from a kiosk counted per topic, one assigned, given an
appointment, answered and closed (the kiosk's status lookup follows each step), the overdue
view, complaints grouped by employer; every step in the audit log.

GATEWAY_SCREENSHOTS=1 writes gateway-tickets-*.png and gateway-ticket-*.png into docs/screens/."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from gwsupport import samples
from gwsupport.servers import GatewayContractServer, Kiosk
from playwright.sync_api import expect
from test_staff_pages import sign_in, staff_gateway  # noqa: F401  (a fixture)

WIB = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def sent(staff_gateway) -> dict[str, dict]:  # noqa: F811
    """Three tickets from SMG-01: two complaints about one employer (one of them ten days old) and
    a question about the AK/1 card."""
    now = datetime.now(WIB).replace(microsecond=0)
    bodies = {
        "fresh": samples.ticket(topic="upah", employer="PT Sinar Jaya", phone="081311112222",
                                created_at=now.isoformat()),
        "old": samples.ticket(topic="phk", employer="PT. Sinar  Jaya", name="Budi Santoso",
                              created_at=(now - timedelta(days=10)).isoformat()),
        "question": samples.ticket(kind="konsultasi", topic="ak1", employer=None, name="Ani",
                                   created_at=now.isoformat()),
    }  # fmt: skip
    kiosk = Kiosk(GatewayContractServer(staff_gateway, "staff"))
    for body in bodies.values():
        assert kiosk.post("/tickets", body).status_code == 201
    return bodies


def holder_sees(server, body: dict) -> dict:
    answer = Kiosk(GatewayContractServer(server, "staff")).get(f"/tickets/{body['ticket_no']}", phone=body["phone"])
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_ticket_is_assigned_scheduled_answered_and_closed(staff_gateway, browser, shots, sent):  # noqa: F811
    fresh = sent["fresh"]
    page = sign_in(browser, staff_gateway, "petugas")
    page.click("nav.menu >> text=Tiket")
    assert page.locator("a[data-topic=upah] .count").inner_text() == "1"
    assert page.locator("a[data-topic=ak1] .count").inner_text() == "1"
    page.click("a[data-topic=upah]")
    expect(page.locator("table.tickets tbody tr")).to_have_count(1)  # waits for the list to load
    page.screenshot(path=str(shots / "gateway-tickets-wide.png"), full_page=True)
    page.click(f"text={fresh['ticket_no']}")

    page.select_option("select[name=assigned_to]", label="Sri Wahyuni")
    page.select_option("select[name=status]", "diproses")
    page.click("button:has-text('Simpan')")
    assert page.locator(".msg").inner_text() == f"Tiket {fresh['ticket_no']} disimpan."
    assert holder_sees(staff_gateway, fresh)["status"] == "diproses"

    page.select_option("select[name=status]", "dijadwalkan")
    page.click("button:has-text('Simpan')")
    assert "perlu jadwal temu" in page.locator("span.error").inner_text()  # refused: nothing changed
    assert holder_sees(staff_gateway, fresh)["status"] == "diproses"
    page.fill("input[name=appointment_at]", "2026-12-09T10:30")
    page.click("button:has-text('Simpan')")
    seen = holder_sees(staff_gateway, fresh)
    assert (seen["status"], seen["appointment_at"]) == ("dijadwalkan", "2026-12-09T10:30:00+07:00")
    assert sent["old"]["ticket_no"] in page.locator("main").inner_text()  # the employer's other complaint

    page.fill("textarea[name=answer]", "Silakan datang membawa slip gaji tiga bulan terakhir.")
    page.select_option("select[name=status]", "selesai")
    page.click("button:has-text('Simpan')")
    page.screenshot(path=str(shots / "gateway-ticket-wide.png"), full_page=True)
    seen = holder_sees(staff_gateway, fresh)
    assert (seen["status"], seen["answer"]) == ("selesai", "Silakan datang membawa slip gaji tiga bulan terakhir.")
    audited = staff_gateway.query("SELECT username, action, detail FROM audit_auditentry WHERE target = ? ORDER BY id",
                                  (fresh["ticket_no"],))  # fmt: skip
    assert [(user, action) for user, action, _ in audited] == [("petugas", "ticket.update")] * 3
    assert "slip gaji" not in str(audited)  # the audit says what changed, the ticket keeps the text
    page.close()


def test_the_overdue_view_and_the_employer_view(staff_gateway, browser, shots, sent):  # noqa: F811
    page = sign_in(browser, staff_gateway, "admin")
    page.goto(staff_gateway.origin + "/tiket/lewat-tenggat/")
    listed = page.locator("table.tickets tbody").inner_text()
    assert sent["old"]["ticket_no"] in listed
    assert sent["question"]["ticket_no"] not in listed and sent["fresh"]["ticket_no"] not in listed
    page.screenshot(path=str(shots / "gateway-tickets-overdue-wide.png"), full_page=True)
    page.goto(staff_gateway.origin + "/tiket/perusahaan/")
    group = page.locator("section.employer", has_text="Sinar")
    assert group.count() == 1  # "PT Sinar Jaya" and "PT. Sinar  Jaya" are one employer
    assert group.locator("table.tickets tbody tr").count() == 2
    page.close()


def test_the_ticket_board_at_phone_size(staff_gateway, browser, shots, sent):  # noqa: F811
    page = sign_in(browser, staff_gateway, "petugas", "phone")
    page.goto(staff_gateway.origin + "/tiket/")
    assert page.locator("table.tickets", has_text=sent["question"]["ticket_no"]).count() == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width} px)"
    page.screenshot(path=str(shots / "gateway-tickets-phone.png"), full_page=True)
    page.close()


@pytest.mark.parametrize(("username", "status"), [("pengantar", 403), ("petugas", 200), ("admin", 200)])
def test_the_ticket_pages_are_for_petugas_and_admin(staff_gateway, browser, sent, username, status):  # noqa: F811
    page = sign_in(browser, staff_gateway, username)
    for path in ("/tiket/", "/tiket/lewat-tenggat/", "/tiket/perusahaan/", f"/tiket/{sent['old']['ticket_no']}/"):
        assert page.goto(staff_gateway.origin + path).status == status, path
    page.close()


def test_working_days_skip_the_weekend(django_ready):
    from datetime import date

    from gateway.web.ticket_rules import add_working_days

    assert add_working_days(date(2026, 12, 4), 3) == date(2026, 12, 9)  # Friday + 3: Wednesday
    assert add_working_days(date(2026, 12, 5), 1) == date(2026, 12, 7)  # Saturday + 1: Monday
    assert add_working_days(date(2026, 12, 1), 3) == date(2026, 12, 4)  # Tuesday + 3: Friday
