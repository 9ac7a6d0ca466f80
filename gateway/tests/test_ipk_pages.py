"""The IPK report pages in Chromium on PostgreSQL: each report at office and phone width with its
chart, the XLSX read back (title, period, office, merged headings, borders, the same cells as the
page), the PDF as text, the counter entries changing the month's figures, the audit log, roles.

GATEWAY_SCREENSHOTS=1 writes gateway-ipk-*.png into docs/screens/."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from gwsupport import ipk_population as popn
from gwsupport.gateway_server import GatewayServer
from openpyxl import load_workbook
from test_ipk_figures import load
from test_staff_pages import SIZES, sign_in, staff_gateway  # noqa: F401  (a fixture)

MONTH = "2025-10"
DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def report_gateway(tmp_path_factory, pg_cluster) -> Iterator[GatewayServer]:
    server = GatewayServer(tmp_path_factory.mktemp("ipk-pages"), cluster=pg_cluster)
    server.manage("demo_data")
    server.start()
    pop = popn.generate(seed=7, cards=200, counter_cards=20)
    load(server, pop)
    server.population = pop  # type: ignore[attr-defined]
    yield server
    server.stop()


def page_numbers(page, table_index: int = 0) -> list[list[int]]:
    rows = page.locator("table.ipk").nth(table_index).locator("tbody tr")
    return [[int(x) for x in rows.nth(i).locator("td.num").all_inner_texts()] for i in range(rows.count())]


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("slug", ["iii-1", "iii-2", "iii-3", "penempatan", "pendaftaran"])
def test_each_report_page_shows_its_table_and_the_chart(report_gateway, browser, shots, size, slug):
    page = sign_in(browser, report_gateway, "petugas", size)
    page.click("nav.menu >> text=Laporan IPK")
    page.wait_for_url("**/laporan/")
    page.goto(report_gateway.origin + f"/laporan/{slug}/?bulan={MONTH}")
    assert page.locator("table.ipk").count() >= 1
    assert page.locator("svg.chart.ipk rect.in").count() == 6  # six months up to the chosen one
    if slug.startswith("iii"):
        want = popn.expected(report_gateway.population, date(2025, 10, 1), date(2025, 10, 1))["forms"][slug]
        numbers = page_numbers(page)
        assert [row[-1] for row in numbers] == [sum(want[r].values()) for r in "abcde"]
        a, b, c, d, e = numbers
        assert [x + y - z - w for x, y, z, w in zip(a, b, c, d, strict=True)] == e  # in every column
        # the page's chart says the same as its table for the chosen month
        assert page.locator("svg.chart.ipk rect.in").last.locator("title").text_content().endswith(f" {sum(b[-1:])}")
    page.screenshot(path=str(shots / f"gateway-ipk-{slug}-{size}.png"), full_page=True)
    page.close()


def test_the_xlsx_and_pdf_are_laid_out_like_the_form(report_gateway, browser):
    page = sign_in(browser, report_gateway, "pengantar")
    page.goto(report_gateway.origin + f"/laporan/iii-1/?bulan={MONTH}")
    on_page = page_numbers(page)
    with page.expect_download() as done:
        page.click("a.button:has-text('XLSX')")
    assert done.value.suggested_filename == "ipk-iii-1-2025-10.xlsx"
    raw = Path(done.value.path()).read_bytes()
    ws = load_workbook(io.BytesIO(raw)).active
    assert ws["A1"].value == "IPK III/1" and "kelompok umur" in ws["A2"].value
    assert ws["A3"].value == "Periode: Oktober 2025" and ws["A4"].value == "Dinas Tenaga Kerja Kota Semarang"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert ws["A6"].value == "Kelompok umur"
    assert {"A7:A8", "B7:C7", "D7:E7", "L7:N7"} <= merged  # Uraian over two rows, each age group over L and P
    assert ws["B7"].value == "15-19" and ws["L7"].value == "Jumlah" and [ws["B8"].value, ws["C8"].value] == ["L", "P"]
    assert ws["B9"].border.left.style == "thin" and ws["A7"].border.top.style == "thin"
    cells = [[ws.cell(row, col).value for col in range(2, 15)] for row in range(9, 14)]
    assert cells == on_page
    assert ws["A9"].value.startswith("a. Pencari kerja")
    pdf = page.request.get(report_gateway.origin + f"/laporan/iii-1/unduh.pdf?bulan={MONTH}")
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.body())) == 1 and b"DejaVu" in pdf.body()  # one A4 page
    audited = report_gateway.query("SELECT username, target, detail FROM audit_auditentry WHERE action = 'ipk.export'"
                                   " ORDER BY id")  # fmt: skip
    assert [(u, t, json.loads(d)["format"] if isinstance(d, str) else d["format"]) for u, t, d in audited] == [
        ("pengantar", "iii-1", "xlsx"),
        ("pengantar", "iii-1", "pdf"),
    ]
    page.close()


def test_counter_entries_complete_the_month(report_gateway, browser, shots):
    """A registration and a placement recorded at the counter move the current month's figures:
    b and c of the right columns, and the placement table's AKAD row."""
    today = datetime.now(popn.JAKARTA).date()  # the gateway's day
    month = f"{today:%Y-%m}"
    before = json.loads(report_gateway.manage("ipk_report", month, "--json"))
    page = sign_in(browser, report_gateway, "petugas")
    page.goto(report_gateway.origin + "/laporan/loket/")
    page.fill("input[name=reg-registration_no]", "3374 9900 0000 0001")
    page.select_option("select[name=reg-kind]", "renewal")
    page.fill("input[name=reg-registered_on]", today.isoformat())
    page.select_option("select[name=reg-sex]", "P")
    page.fill("input[name=reg-birth_date]", "2001-05-17")
    page.select_option("select[name=reg-education_level]", "smk")
    page.fill("input[name=reg-occupation_code]", "5414.01")
    page.fill("input[name=reg-kecamatan]", "Tembalang")
    page.click("button:has-text('Catat pendaftaran')")
    assert "belum pernah terdaftar" in page.locator("form.counter-registration .error").inner_text()  # nothing saved
    page.select_option("select[name=reg-kind]", "new")
    page.fill("input[name=reg-occupation_code]", "9999.99")
    page.click("button:has-text('Catat pendaftaran')")
    assert "KBJI" in page.locator("form.counter-registration .error").inner_text()
    page.fill("input[name=reg-occupation_code]", "5414.01")
    page.click("button:has-text('Catat pendaftaran')")
    page.wait_for_url("**/laporan/loket/")
    assert "3374990000000001" in page.locator(".msg").inner_text()
    page.fill("input[name=place-registration_no]", "3374990000000002")
    page.fill("input[name=place-placed_on]", today.isoformat())
    page.fill("input[name=place-employer]", "PT Maju Bersama")
    page.click("button:has-text('Catat penempatan')")
    assert "tidak dikenal" in page.locator("form.counter-placement .error").inner_text()
    page.fill("input[name=place-registration_no]", "3374990000000001")
    page.select_option("select[name=place-placement]", "akad")
    page.click("button:has-text('Catat penempatan')")
    page.wait_for_url("**/laporan/loket/")
    assert page.locator("table.counter-entries tr", has_text="3374990000000001").count() == 2  # both, newest first
    page.screenshot(path=str(shots / "gateway-ipk-counter-wide.png"), full_page=True)
    after = json.loads(report_gateway.manage("ipk_report", month, "--json"))

    def moved(form: str, row: str, key: str) -> int:
        return after["forms"][form][row].get(key, 0) - before["forms"][form][row].get(key, 0)

    assert moved("iii-2", "b", "smk/P") == 1 and moved("iii-2", "c", "smk/P") == 1
    assert moved("iii-3", "b", "5/P") == 1 and moved("iii-1", "b", "20-29/P") == 1
    assert after["placements"].get("akad/P", 0) - before["placements"].get("akad/P", 0) == 1
    assert next(r for r in after["by_source"] if r[0] == "counter" and r[2] == "new")[3] >= 1
    audited = report_gateway.query("SELECT username, action FROM audit_auditentry WHERE target = '3374990000000001'"
                                   " ORDER BY id")  # fmt: skip
    assert audited == [("petugas", "counter.registration"), ("petugas", "counter.placement")]
    page.close()


def test_the_report_pages_in_english(report_gateway, browser, shots):
    page = sign_in(browser, report_gateway, "admin", "phone")
    page.goto(report_gateway.origin + f"/laporan/iii-2/?bulan=2025-04&sampai={MONTH}")
    page.click("button[value=en]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("IPK reports")
    assert "Job seekers registered in the period" in page.locator("table.ipk").inner_text()
    assert "April 2025 - October 2025" in page.locator("main").inner_text()
    assert page.locator("svg.chart.ipk rect.in").count() == 7  # the range's months
    page.screenshot(path=str(shots / "gateway-ipk-iii-2-range-en-phone.png"), full_page=True)
    page.click("button[value=id]")
    page.close()


@pytest.mark.parametrize(("username", "path", "status"), [
    ("pengantar", "/laporan/", 200), ("petugas", "/laporan/loket/", 200), ("admin", "/laporan/iii-3/", 200),
    ("admin", "/laporan/iii-9/", 404), ("admin", "/laporan/iii-1/unduh.doc", 404),
])  # fmt: skip
def test_the_report_pages_check_role_and_address(report_gateway, browser, username, path, status):
    page = sign_in(browser, report_gateway, username)
    assert page.goto(report_gateway.origin + path).status == status
    page.close()


def test_sample_files_for_the_docs(report_gateway):
    """docs/sample-ipk-III-1.xlsx and .pdf: written with GATEWAY_SCREENSHOTS=1, like the screenshots."""
    import os

    target = DOCS if os.environ.get("GATEWAY_SCREENSHOTS") else report_gateway.workdir
    xlsx, pdf = target / "sample-ipk-III-1.xlsx", target / "sample-ipk-III-1.pdf"
    report_gateway.manage("ipk_report", MONTH, "--form", "iii-1", "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert load_workbook(xlsx).active["A1"].value == "IPK III/1" and pdf.read_bytes().startswith(b"%PDF")


def test_on_sqlite_the_report_page_says_it_needs_postgresql(staff_gateway, browser):  # noqa: F811
    page = sign_in(browser, staff_gateway, "petugas")
    assert page.goto(staff_gateway.origin + "/laporan/").status == 200
    assert "PostgreSQL" in page.locator(".msg.error").inner_text()
    assert page.goto(staff_gateway.origin + "/laporan/loket/").status == 200  # counter entries work on SQLite too
    page.close()
