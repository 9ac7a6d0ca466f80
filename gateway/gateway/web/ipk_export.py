"""The IPK tables laid out as the official forms are: a title, the period, the office, a header of
merged cells (each column group split by sex, then the totals), rows a..e. One layout (``Sheet``)
drawn three ways: the staff page, XLSX (openpyxl) and PDF (fpdf2, DejaVu Sans like the event
exports). Files stay in Bahasa Indonesia, like every printed document of the project."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import translation
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from gateway.web import ipk

EXTRA = ("penempatan", "pendaftaran")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")  # fmt: skip
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Block:
    """One table: a two-level header (groups over sub-columns) and labelled rows of numbers."""

    title: str
    corner: str  # the header of the label column
    groups: list[tuple[str, list[str]]]  # (group heading, its sub-column headings)
    rows: list[tuple[str, list[int]]]  # (label, one number per sub-column)


@dataclass
class Sheet:
    code: str  # "IPK III/1"
    title: str
    blocks: list[Block]


def month_name(day: date) -> str:
    return f"{MONTHS_ID[day.month - 1]} {day.year}"


def period_text(period: ipk.Period) -> str:
    first, last = month_name(period.first), month_name(period.last)
    return first if first == last else f"{first} - {last}"


def sheet(report: ipk.Report, slug: str) -> Sheet:
    """The layout of one report; labels in the active language (the page) or Indonesian (files)."""
    if slug in ipk.FORMS:
        table = report.forms[slug]
        form = table.form
        groups = [(str(form.labels[c]), ["L", "P"]) for c in form.columns] + [("Jumlah", ["L", "P", "L+P"])]
        rows = []
        labels = ipk.ROW_LABEL if report.period.first == report.period.last else ipk.ROW_LABEL_RANGE
        for row in ipk.ROWS:
            cells = [table.get(row, c, s) for c in form.columns for s in ipk.SEXES]
            total_l, total_p = table.total(row, "L"), table.total(row, "P")
            rows.append((f"{row}. {labels[row]}", [*cells, total_l, total_p, total_l + total_p]))
        corner = str(translation.gettext("Uraian"))
        return Sheet(f"IPK {form.code}", str(form.title), [Block(str(form.by), corner, groups, rows)])
    if slug == "penempatan":
        rows = []
        for kind in (*ipk.PLACEMENTS, ipk.UNKNOWN):
            pair = [report.placements.get((kind, s), 0) for s in ipk.SEXES]
            rows.append((str(ipk.PLACEMENT_LABEL[kind]), [*pair, sum(pair)]))
        sums = [sum(r[1][i] for r in rows) for i in range(3)]
        rows.append((str(translation.gettext("Jumlah (= baris c)")), sums))
        return Sheet(
            "IPK",
            str(translation.gettext("Penempatan menurut jenis (AKL/AKAD/AKAN) dan jenis kelamin")),
            [Block("", str(translation.gettext("Jenis penempatan")), [("", ["L", "P", "L+P"])], rows)],
        )
    by_source: dict[str, list[int]] = {}
    for source, kiosk_id, kind, n in report.by_source:
        label = (str(translation.gettext("Kios %(id)s")) % {"id": kiosk_id} if source == "kiosk"
                 else str(translation.gettext("Loket (petugas)")))  # fmt: skip
        counts = by_source.setdefault(label, [0, 0, 0])
        counts[0 if kind == "new" else 1] += n
        counts[2] += n
    source_rows = [(label, counts) for label, counts in by_source.items()]
    source_rows.append((str(translation.gettext("Jumlah")), [sum(r[1][i] for r in source_rows) for i in range(3)]))
    by_place: dict[str, list[int]] = {}
    for kecamatan, sex, n in report.by_kecamatan:
        counts = by_place.setdefault(kecamatan or str(translation.gettext("Tidak diketahui")), [0, 0, 0])
        counts[0 if sex == "L" else 1] += n
        counts[2] += n
    place_rows = sorted(by_place.items(), key=lambda item: (-item[1][2], item[0]))
    return Sheet("IPK", str(translation.gettext("Pendaftaran per kios, sumber dan kecamatan domisili")), [
        Block(str(translation.gettext("Menurut kios dan sumber")), str(translation.gettext("Sumber")),
              [("", [str(translation.gettext("Baru")), str(translation.gettext("Perpanjangan")),
                     str(translation.gettext("Jumlah"))])], source_rows),
        Block(str(translation.gettext("Menurut kecamatan domisili")), str(translation.gettext("Kecamatan")),
              [("", ["L", "P", "L+P"])], place_rows),
    ])  # fmt: skip


def _indonesian(report: ipk.Report, slug: str) -> Sheet:
    with translation.override("id"):
        return sheet(report, slug)


def _office() -> str:
    return settings.GATEWAY["office_name"]


def as_xlsx(report: ipk.Report, slug: str) -> bytes:
    layout = _indonesian(report, slug)
    book = Workbook()
    ws = book.active
    ws.title = layout.code.replace("/", "-")[:31]
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    width = max(1 + sum(len(subs) for _, subs in block.groups) for block in layout.blocks)
    line = 1
    heading = ((layout.code, Font(bold=True, size=13)), (layout.title, Font(bold=True, size=12)),
               (f"Periode: {period_text(report.period)}", Font(size=11)), (_office(), Font(size=11)))  # fmt: skip
    for text, font in heading:
        ws.cell(line, 1, text).font = font
        ws.merge_cells(start_row=line, start_column=1, end_row=line, end_column=width)
        line += 1
    for block in layout.blocks:
        line += 1
        if block.title:
            ws.cell(line, 1, block.title).font = bold
            line += 1
        top, col = line, 2
        ws.cell(top, 1, block.corner)
        ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
        for heading, subs in block.groups:
            ws.cell(top, col, heading)
            if len(subs) > 1:
                ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + len(subs) - 1)
            for i, sub in enumerate(subs):
                ws.cell(top + 1, col + i, sub)
            col += len(subs)
        for r in (top, top + 1):
            for c in range(1, col):
                cell = ws.cell(r, c)
                cell.border, cell.font, cell.alignment = box, bold, centre
        line = top + 2
        for label, numbers in block.rows:
            ws.cell(line, 1, label).border = box
            ws.cell(line, 1).alignment = Alignment(wrap_text=True, vertical="center")
            for i, n in enumerate(numbers):
                cell = ws.cell(line, 2 + i, n)
                cell.border, cell.alignment = box, Alignment(horizontal="right")
            line += 1
    ws.column_dimensions["A"].width = 48
    for c in range(2, width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 7 if width > 12 else 14
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def as_pdf(report: ipk.Report, slug: str) -> bytes:
    layout = _indonesian(report, slug)
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_margins(10, 10, 10)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, layout.code, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, layout.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, f"Periode: {period_text(report.period)}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, _office(), new_x="LMARGIN", new_y="NEXT")
    usable = pdf.w - 20
    for block in layout.blocks:
        pdf.ln(4)
        if block.title:
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, block.title, new_x="LMARGIN", new_y="NEXT")
        label_w, num_w, size = columns(block, usable)
        x0, y0, h, line = pdf.l_margin, pdf.get_y(), 6.0, 3.2
        headings = heading_lines(pdf, block, num_w, size, line)
        pdf.set_font("DejaVu", "B", size)
        gh = max([h, *(line * len(lines) + 1 for _, lines in headings.values())])  # "Belum tamat SD" takes three
        pdf.rect(x0, y0, label_w, gh + h)
        pdf.set_xy(x0, y0 + (gh + h - 5) / 2)
        pdf.multi_cell(label_w, 5, block.corner, align="C")
        x = x0 + label_w
        for heading, subs in block.groups:
            span = num_w * len(subs)
            if heading:  # over its sub-columns
                heading_size, lines = headings[heading]
                pdf.rect(x, y0, span, gh)
                pdf.set_xy(x, y0 + (gh - line * len(lines)) / 2)
                pdf.set_font_size(heading_size)
                pdf.multi_cell(span, line, heading, align="C")
                pdf.set_font_size(size)
            for i, sub in enumerate(subs):
                pdf.set_xy(x + i * num_w, y0 + (gh if heading else 0))
                pdf.cell(num_w, h if heading else gh + h, _fit(pdf, sub, num_w), border=1, align="C")
            x += span
        pdf.set_xy(x0, y0 + gh + h)
        pdf.set_font("DejaVu", "", size)
        for label, numbers in block.rows:
            lines = pdf.multi_cell(label_w, 4.5, label, dry_run=True, output="LINES")
            row_h = max(h, 4.5 * len(lines))
            if pdf.get_y() + row_h > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.rect(x0, y, label_w, row_h)
            pdf.set_xy(x0, y)
            pdf.multi_cell(label_w, 4.5, label)
            for i, value in enumerate(numbers):
                pdf.set_xy(x0 + label_w + i * num_w, y)
                pdf.cell(num_w, row_h, f"{value:,}".replace(",", "."), border=1, align="R")
            pdf.set_xy(x0, y + row_h)
    return bytes(pdf.output())


def columns(block: Block, usable: float) -> tuple[float, float, float]:
    """The label column's width, each number column's width (mm) and the table's font size."""
    n = sum(len(subs) for _, subs in block.groups)
    label_w = 70 if n > 6 else 100
    return label_w, min(30.0 if n <= 6 else 22.0, (usable - label_w) / n), 7 if n > 20 else 8 if n > 12 else 9


Headings = dict[str, tuple[float, list[str]]]


def heading_lines(pdf: FPDF, block: Block, num_w: float, size: float, line: float) -> Headings:
    """Each group heading's font size and lines over its sub-columns: the largest size up to ``size`` (not
    under 5) at which no word is wider than the cell, since multi_cell cuts such a word in the middle
    (III/2's "Tidak diketahui" over two 7-mm columns was cut inside "diketahui")."""
    found: Headings = {}
    for heading, subs in block.groups:
        if not heading:
            continue
        span, fitted = num_w * len(subs), size
        while fitted > 5:
            pdf.set_font("DejaVu", "B", fitted)
            if all(pdf.get_string_width(word) <= span - 2 * pdf.c_margin for word in heading.split()):
                break
            fitted -= 0.5
        pdf.set_font("DejaVu", "B", fitted)
        found[heading] = (fitted, pdf.multi_cell(span, line, heading, dry_run=True, output="LINES"))
    return found


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """A heading cut to its cell (KBJI and education headings are short; "Tidak diketahui" may not fit)."""
    while text and pdf.get_string_width(text) > width - 1:
        text = text[:-1]
    return text


def filename(report: ipk.Report, slug: str, fmt: str) -> str:
    period = report.period
    span = f"{period.first:%Y-%m}" if period.first == period.last else f"{period.first:%Y-%m}_{period.last:%Y-%m}"
    return f"ipk-{slug}-{span}.{fmt}"
