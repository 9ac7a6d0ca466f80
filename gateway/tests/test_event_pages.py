"""The event pages in Chromium: a petugas creates a job fair with a quota, kiosks see it and
register, the registrations are listed with their seats, the CSV is downloaded and read back,
the PDF is a PDF; and every step is in the audit log.

GATEWAY_SCREENSHOTS=1 writes gateway-events-*.png into docs/screens/."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from gwsupport import samples
from gwsupport.servers import GatewayContractServer, Kiosk
from test_staff_pages import SIZES, sign_in, staff_gateway  # noqa: F401  (a fixture)


@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_petugas_creates_an_event_and_exports_its_seats(staff_gateway, browser, shots, size):  # noqa: F811
    page = sign_in(browser, staff_gateway, "petugas", size)
    page.goto(staff_gateway.origin + "/acara/")
    page.click("text=Tambah acara")
    title = f"Bursa Kerja Simpang Lima {size}"
    page.select_option("select[name=kind]", "job_fair")
    page.fill("input[name=title]", title)
    page.fill("input[name=organiser]", "Disnaker Kota Semarang")
    page.fill("input[name=place]", "GOR Jatidiri")
    page.fill("input[name=starts_at]", "2026-12-15T08:00")
    page.fill("input[name=ends_at]", "2026-12-15T07:00")  # before the start: refused, nothing saved
    page.fill("input[name=quota]", "2")
    page.select_option("select[name=registration]", "kiosk")
    page.fill("textarea[name=description]", "Bawa kartu AK/1 dan CV.")
    page.click("button:has-text('Simpan')")
    assert "sesudah waktu mulai" in page.locator("span.error").inner_text()
    page.fill("input[name=ends_at]", "2026-12-15T15:00")
    page.click("button:has-text('Simpan')")
    page.wait_for_url("**/acara/ACR-*/")
    event_id = page.url.rstrip("/").rsplit("/", 1)[1]

    face = GatewayContractServer(staff_gateway, "staff")
    kiosk = Kiosk(face)
    offered = [e for e in kiosk.get("/events", limit=500).json()["items"] if e["id"] == event_id]
    assert [(e["title"], e["quota"], e["seats_left"], e["starts_at"]) for e in offered] == [
        (title, 2, 2, "2026-12-15T08:00:00+07:00")]  # fmt: skip
    seekers = [samples.registration(photo=False, name=name) for name in ("Siti Aminah", "Budi Santoso", "Ani")]
    answers = []
    for reg in seekers:
        assert kiosk.post("/registrations", reg).status_code == 201
        answers.append(kiosk.post("/event-registrations", samples.event_registration(event_id, reg)).status_code)
    assert answers == [201, 201, 409]

    page.reload()
    rows = page.locator("table.seats tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).inner_text().startswith("1") and "Siti Aminah" in rows.nth(0).inner_text()
    assert "2 / 2" in page.locator(".seat-count").inner_text()
    page.screenshot(path=str(shots / f"gateway-event-{size}.png"), full_page=True)
    with page.expect_download() as done:
        page.click("text=CSV")
    raw = Path(done.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheet programs read UTF-8
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["kursi"], r["nama"], r["no_ak1"]) for r in table] == [
        ("1", "Siti Aminah", seekers[0]["registration_no"]), ("2", "Budi Santoso", seekers[1]["registration_no"])]
    pdf = page.request.get(staff_gateway.origin + f"/acara/{event_id}/peserta.pdf")
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF") and len(pdf.body()) > 2000

    page.goto(staff_gateway.origin + "/acara/")
    assert page.locator("table.events tr", has_text=title).locator(".badge").inner_text() == "penuh"
    page.screenshot(path=str(shots / f"gateway-events-{size}.png"), full_page=True)
    audited = staff_gateway.query("SELECT username, action FROM audit_auditentry WHERE target = ? ORDER BY id",
                                  (event_id,))  # fmt: skip
    assert audited == [("petugas", "event.create"), ("petugas", "event.export"), ("petugas", "event.export")]
    page.close()


@pytest.mark.parametrize(("username", "status"), [("pengantar", 403), ("petugas", 200), ("admin", 200)])
def test_the_event_pages_are_for_petugas_and_admin(staff_gateway, browser, username, status):  # noqa: F811
    page = sign_in(browser, staff_gateway, username)
    assert page.goto(staff_gateway.origin + "/acara/").status == status
    assert page.goto(staff_gateway.origin + "/acara/baru/").status == status
    page.close()
