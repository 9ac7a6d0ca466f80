"""The bar chart of the IPK page: per month, registered (b), placed (c) and removed (d) side by side,
and the job seekers still registered at the month's end (e) in a row of its own. Inline SVG, no script."""

from __future__ import annotations

from html import escape
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _

SERIES = (("b", "in"), ("c", "placed"), ("d", "out"))


def chart_svg(monthly: list[dict[str, Any]]) -> str:
    width, flows_h, stock_h, label_h = 720, 150, 70, 16
    group = width / max(1, len(monthly))
    bar = min(28.0, group / 4)
    top = max([1, *(m[k] for m in monthly for k, _ in SERIES)])
    top_e = max([1, *(m["e"] for m in monthly)])
    names = {
        "b": _("terdaftar (b)"),
        "c": _("ditempatkan (c)"),
        "d": _("dihapuskan (d)"),
        "e": _("terdaftar di akhir bulan (e)"),
    }
    height = flows_h + label_h + stock_h + label_h + 8
    title = escape(_("Grafik per bulan"))
    parts = [f'<svg class="chart ipk" viewBox="0 0 {width} {height}" role="img" aria-label="{title}">']
    for i, month in enumerate(monthly):
        x0 = i * group + (group - 3 * bar) / 2
        label = escape(date_format(month["month"], "M Y"))
        for j, (key, css) in enumerate(SERIES):
            h = month[key] / top * (flows_h - 14)
            x, y = x0 + j * bar, flows_h - h
            parts.append(
                f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" height="{h:.1f}">'
                f"<title>{label}: {escape(names[key])} {month[key]}</title></rect>"
            )
            parts.append(f'<text class="value" x="{x + (bar - 2) / 2:.1f}" y="{y - 2:.1f}">{month[key]}</text>')
        parts.append(f'<text class="month" x="{i * group + group / 2:.1f}" y="{flows_h + 12}">{label}</text>')
        h = month["e"] / top_e * (stock_h - 14)
        y = flows_h + label_h + stock_h - h
        x = i * group + (group - 2 * bar) / 2
        parts.append(
            f'<rect class="stock" x="{x:.1f}" y="{y:.1f}" width="{2 * bar:.1f}" height="{h:.1f}">'
            f"<title>{label}: {escape(names['e'])} {month['e']}</title></rect>"
        )
        parts.append(f'<text class="value" x="{x + bar:.1f}" y="{y - 2:.1f}">{month["e"]}</text>')
    parts.append("</svg>")
    legend = "".join(f'<span class="key {css}">{escape(names[key])}</span>' for key, css in (*SERIES, ("e", "stock")))
    return "".join(parts) + f'<p class="legend">{legend}</p>'
