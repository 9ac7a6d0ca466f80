"""Lowongan kerja: search by words, filter, read the detail, apply. A search that finds nothing
says what was searched and offers ways to widen it, each with the vacancies it would give."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import education
from kiosk.core.matching import Reason, Why
from kiosk.core.spoken import date_words, money_words
from kiosk.i18n import current_language
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.messages import word
from kiosk.services.vacancies import EDUCATION_LEVELS, Widen, Widening
from kiosk.widgets.form import Choice
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

if TYPE_CHECKING:
    from kiosk.services.vacancies import Hit

WAGES = (0, 2_000_000, 3_000_000, 4_000_000, 5_000_000)


def rupiah(amount: int | None) -> str:
    return "Rp" + f"{amount:,}".replace(",", ".") if amount else "-"


class VacanciesScreen(Screen):
    name = "vacancies"

    apply_requested = Signal(dict)  # the vacancy
    match_requested = Signal()  # identify me, then show what suits me
    cancelled = Signal()

    def __init__(
        self,
        search: Callable[..., list[Hit]],
        facets: Callable[[], dict[str, list[str]]],
        count: Callable[..., int] | None = None,
        widen: Callable[..., list[Widening]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """From services: ``search(**filters) -> list[Hit]``, ``facets() -> {sector: [...]}``,
        ``count(**filters) -> int`` (all that match; the list shows the first 50) and
        ``widen(**filters) -> [Widening]`` (the ways out of an empty result)."""
        super().__init__(parent)
        self._search = search
        self._facets = facets
        self._count = count
        self._widen = widen
        self.widenings: list[Widening] = []
        self.total = 0
        self._quiet = False  # while a widening clears several filters: one search, not one each
        self.seeker: dict[str, Any] | None = None
        self.hits: list[Hit] = []
        self.current: dict[str, Any] | None = None
        header = TitleHeader()
        self.title = header.title
        self.words = named(QLineEdit(), "vacancyWords")
        self.words.setMaxLength(60)
        self.words.textChanged.connect(self.refresh)
        self.sector = Choice([], columns=2)
        self.sector.changed.connect(lambda _c: self.refresh())
        self.location = Choice([], columns=2)
        self.location.changed.connect(lambda _c: self.refresh())
        # one column: "SMP or equal (junior high)" in large text is wider than half the filter panel
        self.education = Choice([("", ""), *[(level, "") for level in EDUCATION_LEVELS]], columns=1)
        self.education.changed.connect(lambda _c: self.refresh())
        self.wage = Choice([(str(w), "") for w in WAGES], columns=2)
        self.wage.changed.connect(lambda _c: self.refresh())
        self.sort = Choice([("match", ""), ("closing", "")], columns=2)
        self.sort.changed.connect(lambda _c: self.refresh())
        self.match_me = named(QPushButton(), "matchMeButton")
        self.match_me.clicked.connect(self.match_requested)
        self.results = named(QListWidget(), "vacancyList")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        self.results.itemClicked.connect(self._open)
        self.count = named(QLabel(), "hint")
        # what shows instead of the list when nothing is found: what was searched, and ways out
        self.empty = QWidget()
        self.empty_title = named(QLabel(), "subtitle")
        self.empty_title.setWordWrap(True)
        self.searched = named(QLabel(), "hint")
        self.searched.setWordWrap(True)
        self.searched.setTextFormat(Qt.TextFormat.PlainText)
        self.widen_buttons: dict[Widen, QPushButton] = {}
        empty_column = QVBoxLayout(self.empty)
        empty_column.setContentsMargins(8, 16, 8, 8)
        empty_column.addWidget(self.empty_title)
        empty_column.addWidget(self.searched)
        for kind in Widen:
            button = named(QPushButton(), f"widen_{kind.value}")
            button.clicked.connect(lambda _=False, k=kind: self.widen(k))
            self.widen_buttons[kind] = button
            empty_column.addWidget(button)
        empty_column.addStretch(1)
        # in a scroll area: with large text on a short screen the ways out scroll, never overlap
        self.empty_scroll = QScrollArea()
        self.empty_scroll.setWidgetResizable(True)
        self.empty_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.empty_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_scroll.setWidget(self.empty)
        self.found = QStackedWidget()
        self.found.addWidget(self.results)
        self.found.addWidget(self.empty_scroll)
        # filters at the left (they scroll), the results at the right with the whole height
        filters = QWidget()
        filter_column = QVBoxLayout(filters)
        for widget in (self.sector, self.location, self.education, self.wage, self.sort):
            filter_column.addWidget(widget)
        filter_column.addStretch(1)
        filter_scroll = QScrollArea()
        filter_scroll.setWidgetResizable(True)
        filter_scroll.setWidget(filters)
        filter_scroll.setFixedWidth(560)
        found = QVBoxLayout()
        found.addWidget(self.words)
        found.addWidget(self.count)
        found.addWidget(self.found, 1)
        listing = QHBoxLayout()
        listing.setContentsMargins(40, 12, 40, 0)
        listing.addWidget(filter_scroll)
        listing.addLayout(found, 1)
        self.detail = named(QLabel(), "vacancyDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setProperty(PERSONAL, True)
        self.pages = QStackedWidget()
        list_page, detail_page = QWidget(), QWidget()
        list_page.setLayout(listing)
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.setContentsMargins(40, 16, 40, 0)
        detail_layout.addWidget(self.detail, 1)
        # issue 23: the vacancy read aloud on request (the wage in words, the closing date as said)
        self.read_button = named(QPushButton(), "readAloudButton")
        self.read_button.clicked.connect(lambda: self.current and self.read_aloud.emit(self.detail_words()))
        detail_layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(list_page)
        self.pages.addWidget(detail_page)
        self.back = named(QPushButton(), "backButton")
        self.back.clicked.connect(self._back)
        self.apply = named(QPushButton(), "applyButton")
        self.apply.setProperty("role", "primary")
        self.apply.clicked.connect(lambda: self.current and self.apply_requested.emit(self.current))
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addWidget(self.pages, 1)
        page.addLayout(button_row([self.back], [self.match_me, self.apply]))

    def on_enter(self) -> None:
        facets = self._facets()
        for choice, key in ((self.sector, "sector"), (self.location, "location")):
            values = facets.get(key, [])
            if [code for code in choice.buttons if code] != values:
                choice.set_options([("", ""), *[(v, v) for v in values]])
            choice.setVisible(bool(values))  # none cached yet: no heading over nothing to choose
        self._everything_texts()
        self.sort.setVisible(self.seeker is not None)
        self.match_me.setVisible(self.seeker is None)
        self.pages.setCurrentIndex(0)
        self.refresh()

    def filters(self) -> dict[str, Any]:
        """What the person asked for, as the services take it."""
        return {
            "words": self.words.text(),
            "sector": self.sector.value() or None,
            "location": self.location.value() or None,
            "education": self.education.value() or None,
            "min_wage": int(self.wage.value() or 0) or None,
        }

    def refresh(self) -> None:
        if self._quiet:
            return
        asked = self.filters()
        self.hits = self._search(
            **asked, seeker=self.seeker, sort=(self.sort.value() or "match") if self.seeker else "closing"
        )
        self.results.clear()
        closes = self.tr("tutup")  # tr() outside the f-string: lupdate does not look inside one
        for hit in self.hits:
            v = hit.vacancy
            text = f"{v['title']} — {v['company']}\n{v['location']} · {closes} {v.get('closes_on') or '-'}"
            text += f" · {rupiah(v.get('wage_min'))} - {rupiah(v.get('wage_max'))}"
            if hit.match is not None and hit.match.suitable:
                text += (
                    "\n★ " + self.tr("cocok untuk Anda") + ": " + ", ".join(map(self._reason_text, hit.match.reasons))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v["id"])
            self.results.addItem(item)
        self.total = self._count(**asked) if self._count is not None else len(self.hits)
        if self.total > len(self.hits):
            self.count.setText(
                self.tr("%n lowongan, %1 pertama ditampilkan", "", self.total).replace("%1", str(len(self.hits)))
            )
        else:
            self.count.setText(self.tr("%n lowongan", "", self.total))
        self._show_empty(asked)
        self._buttons()

    def _show_empty(self, asked: dict[str, Any]) -> None:
        """No dead end: nothing found says what was searched and how to find more."""
        self.count.setVisible(bool(self.hits))  # "0 lowongan" is what the empty state says better
        if self.hits:
            self.widenings = []
            self.found.setCurrentWidget(self.results)
            return
        self.widenings = self._widen(**asked) if self._widen is not None else []
        searched = self._searched_words(asked)
        if searched:
            self.empty_title.setText(self.tr("Tidak ada lowongan yang cocok dengan pencarian ini."))
            self.searched.setText(self.tr("Yang dicari: %1").replace("%1", "; ".join(searched)))
        else:
            self.empty_title.setText(self.tr("Belum ada lowongan yang dibuka saat ini."))
            self.searched.setText(
                self.tr("Lowongan baru datang dari SIKER; coba lagi lain hari, atau tanyakan petugas.")
            )
        offered = {w.kind: w for w in self.widenings}
        for kind, button in self.widen_buttons.items():
            way = offered.get(kind)
            button.setVisible(way is not None)
            if way is not None:
                found = self.tr("%n lowongan", "", way.count)
                button.setText(f"{self._widen_label(way)}\n{found}")  # two short lines: large text fits
        self.found.setCurrentWidget(self.empty_scroll)
        self.empty_scroll.verticalScrollBar().setValue(0)

    def _searched_words(self, asked: dict[str, Any]) -> list[str]:
        said = []
        if asked["words"].strip():
            said.append(self.tr("kata “%1”").replace("%1", asked["words"].strip()))
        if asked["sector"]:
            said.append(self.tr("bidang %1").replace("%1", asked["sector"]))
        if asked["location"]:
            said.append(self.tr("lokasi %1").replace("%1", asked["location"]))
        if asked["education"]:
            said.append(self.tr("pendidikan %1").replace("%1", self._education_text(asked["education"])))
        if asked["min_wage"]:
            said.append(self.tr("gaji paling sedikit %1").replace("%1", rupiah(asked["min_wage"])))
        return said

    def _widen_label(self, way: Widening) -> str:
        if way.kind is Widen.WORDS:
            typed = self.words.text().strip()
            shown = typed if len(typed) <= 14 else typed[:13] + "…"  # a button does not wrap
            return self.tr("Hapus kata “%1”").replace("%1", shown)
        if way.kind is Widen.ALL:
            return self.tr("Tampilkan semua")
        return {
            "sector": self.tr("Semua bidang"),
            "location": self.tr("Semua lokasi"),
            "education": self.tr("Semua tingkat pendidikan"),
            "min_wage": self.tr("Gaji berapa saja"),
        }[way.drops[0]]

    def widen(self, kind: Widen) -> None:
        """Clear what the chosen way out drops, then search once."""
        way = next((w for w in self.widenings if w.kind is kind), None)
        if way is None:
            return
        self._quiet = True
        try:
            for name in way.drops:
                if name == "words":
                    self.words.clear()
                else:
                    self._choice(name).set_value("0" if name == "min_wage" else "")  # each one's "Semua"
        finally:
            self._quiet = False
        self.refresh()

    def _choice(self, name: str) -> Choice:
        return {"sector": self.sector, "location": self.location, "education": self.education, "min_wage": self.wage}[
            name
        ]

    def _education_text(self, level: str | None) -> str:
        """An education level in plain words: a contract code (``smk``) or a vacancy's (``SMK``)."""
        if not level:
            return "-"
        key = level.lower()
        return word(education.CONTEXT, education.WORDS[key]) if key in education.WORDS else level

    def _open(self, item: QListWidgetItem) -> None:
        wanted = item.data(Qt.ItemDataRole.UserRole)
        self.current = next((h.vacancy for h in self.hits if h.vacancy["id"] == wanted), None)
        if self.current is None:
            return
        v = self.current
        # the words translated first: lupdate does not see a tr() inside an f-string
        where, sector, schooling = self.tr("Lokasi"), self.tr("Bidang"), self.tr("Pendidikan minimal")
        skills, wage, closes = self.tr("Keterampilan"), self.tr("Gaji"), self.tr("Ditutup")
        self.detail.setText(
            "\n".join(
                [
                    v["title"],
                    v["company"],
                    f"{where}: {v['location']}   {sector}: {v['sector']}",
                    f"{schooling}: {self._education_text(v.get('education_min'))}",
                    f"{skills}: {', '.join(v.get('skills') or []) or '-'}",
                    f"{wage}: {rupiah(v.get('wage_min'))} - {rupiah(v.get('wage_max'))}",
                    f"{closes}: {v.get('closes_on') or '-'}",
                    "",
                    v.get("description") or "",
                ]
            )
        )
        self.pages.setCurrentIndex(1)
        self._buttons()

    def detail_words(self) -> str:
        """The vacancy open in the detail, as it is read aloud: the wage in words, the date as said."""
        v = self.current
        if v is None:
            return ""
        lang = "en" if current_language() == "en" else "id"
        wage_min, wage_max = v.get("wage_min"), v.get("wage_max")
        if wage_min and wage_max:
            wage = (
                self.tr("%1 sampai %2")
                .replace("%1", money_words(wage_min, lang))
                .replace("%2", money_words(wage_max, lang))
            )
        else:
            either = wage_min or wage_max
            wage = money_words(int(either), lang) if either else self.tr("tidak disebut")
        closes = str(v.get("closes_on") or "")
        with contextlib.suppress(ValueError):  # a date as said; anything else as it came
            closes = date_words(date.fromisoformat(closes[:10]), lang)
        parts = [
            f"{v['title']}.",
            f"{v['company']}.",
            f"{self.tr('Lokasi')}: {v['location']}. {self.tr('Bidang')}: {v['sector']}.",
            f"{self.tr('Pendidikan minimal')}: {self._education_text(v.get('education_min'))}.",
            f"{self.tr('Keterampilan')}: {', '.join(v.get('skills') or []) or '-'}.",
            f"{self.tr('Gaji')}: {wage}.",
            f"{self.tr('Ditutup')}: {closes}." if closes else "",
            v.get("description") or "",
        ]
        return " ".join(p for p in parts if p and p != "-")

    def _back(self) -> None:
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self._buttons()
        else:
            self.cancelled.emit()

    def _buttons(self) -> None:
        self.apply.setVisible(self.pages.currentIndex() == 1)
        self.match_me.setVisible(self.pages.currentIndex() == 0 and self.seeker is None)

    def _reason_text(self, reason: Reason) -> str:
        """Why a vacancy suits, in the current language."""
        texts = {
            Why.EDUCATION_MET: self.tr("pendidikan sesuai"),
            Why.EDUCATION_NEEDED: self.tr("butuh pendidikan minimal %1").replace(
                "%1", self._education_text(reason.level)
            ),
            Why.SKILLS_MET: self.tr("%1 dari %2 keterampilan")
            .replace("%1", str(reason.met))
            .replace("%2", str(reason.asked)),
            Why.POSITION_WANTED: self.tr("jabatan sesuai keinginan"),
            Why.LOCATION_WANTED: self.tr("lokasi sesuai"),
            Why.WAGE_MET: self.tr("gaji sesuai harapan"),
        }
        return texts[reason.why]

    def show_matches(self, seeker: dict[str, Any]) -> None:
        """After identification: the vacancies that suit this job seeker first."""
        self.seeker = seeker
        self.sort.set_value("match")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Lowongan Kerja"))
        self.words.setPlaceholderText(self.tr("Cari: jabatan atau perusahaan"))
        self.sector.label.setText(self.tr("Bidang"))
        self.education.label.setText(self.tr("Pendidikan saya"))
        self.education.set_texts(
            {"": self.tr("Semua"), **{level: self._education_text(level) for level in EDUCATION_LEVELS}}
        )
        self.location.label.setText(self.tr("Lokasi"))
        self.wage.label.setText(self.tr("Gaji paling sedikit"))
        self.wage.set_texts({str(w): rupiah(w) if w else self.tr("Semua") for w in WAGES})
        self.sort.label.setText(self.tr("Urutkan"))
        self.sort.set_texts({"match": self.tr("Paling cocok"), "closing": self.tr("Segera ditutup")})
        self.match_me.setText(self.tr("Cari yang cocok untuk saya"))
        self.back.setText(self.tr("‹ Kembali"))
        self.apply.setText(self.tr("Lamar Lowongan Ini ›"))
        self.read_button.setText(self.tr("Bacakan"))
        self._everything_texts()
        if self.isVisible():
            self.refresh()  # the counts and the empty state's sentences, in the new language

    def _everything_texts(self) -> None:
        """The "all" buttons of the filters that come from data, in the current language."""
        for choice, everything in ((self.sector, self.tr("Semua bidang")), (self.location, self.tr("Semua lokasi"))):
            if "" in choice.buttons:
                choice.set_texts({"": everything})

    def help_text(self) -> str:
        return self.tr(
            "Ketik jabatan atau nama perusahaan, atau pilih bidang, lokasi, pendidikan Anda dan gaji di "
            "kiri. Sentuh lowongan untuk membaca rinciannya dan melamar. Bila tidak ada yang cocok, "
            "tombol di bawah pesan memperluas pencarian."
        )

    def wipe(self) -> None:
        self._quiet = True  # clearing the words searches nothing: the filters go too
        try:
            super().wipe()
            for choice in (self.sector, self.location, self.education, self.wage, self.sort):
                choice.set_value(None)
        finally:
            self._quiet = False
        self.widenings = []
        self.searched.clear()  # it quotes the words typed
        for button in self.widen_buttons.values():
            button.setText("")
            button.hide()
        self.found.setCurrentWidget(self.results)
        self.results.scrollToTop()
        self.seeker = None
        self.current = None
        self.hits = []
        self.detail.clear()
        self.results.clear()
        self.pages.setCurrentIndex(0)
