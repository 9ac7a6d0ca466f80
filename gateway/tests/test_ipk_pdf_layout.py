"""The IPK forms' PDF (fpdf2): a group heading over its sub-columns is never cut inside a word. III/2
has 29 number columns, and its "Tidak diketahui" over two of them was cut inside "diketahui"."""

from __future__ import annotations

import pytest
from fpdf import FPDF


@pytest.mark.parametrize("slug", ["iii-1", "iii-2", "iii-3"])
def test_no_group_heading_is_cut_inside_a_word(django_ready, slug):
    from django.utils import translation

    from gateway.web import ipk, ipk_export

    report = ipk.Report(ipk.Period.month(2026, 11), {slug: ipk.Table(ipk.FORMS[slug])}, {}, [], [], [])
    assert ipk_export.as_pdf(report, slug).startswith(b"%PDF")
    pdf = FPDF(orientation="landscape", format="A4")  # as as_pdf sets it up
    pdf.add_font("DejaVu", "B", str(ipk_export.FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    with translation.override("id"):  # the files are in Bahasa Indonesia
        sheet = ipk_export.sheet(report, slug)
    checked = 0
    for block in sheet.blocks:
        _, num_w, size = ipk_export.columns(block, pdf.w - 20)
        for heading, (fitted, lines) in ipk_export.heading_lines(pdf, block, num_w, size, 3.2).items():
            assert [word for line in lines for word in line.split()] == heading.split(), (heading, lines)
            assert 5 <= fitted <= size
            checked += 1
    assert checked == len(ipk.FORMS[slug].columns) + 1  # every column's heading and "Jumlah"
