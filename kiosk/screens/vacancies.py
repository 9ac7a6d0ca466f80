"""Lowongan kerja: search by words, filter, read the detail, apply."""

from __future__ import annotations

from collections.abc import Callable
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

from kiosk.core.matching import Reason, Why
from kiosk.screens.base import PERSONAL, Screen
from kiosk.widgets.form import Choice
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

if TYPE_CHECKING:
    from kiosk.services.vacancies import Hit

EDUCATION = ("SD", "SMP", "SMA", "D3", "S1")

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
        parent: QWidget | None = None,
    ) -> None:
        """``search(**filters) -> list[Hit]`` and ``facets() -> {sector: [...]}`` come from services."""
        super().__init__(parent)
        self._search = search
        self._facets = facets
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
        self.education = Choice([("", ""), *[(level, level) for level in EDUCATION]], columns=3)
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
        found.addWidget(self.results, 1)
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
        for choice, key, everything in (
            (self.sector, "sector", self.tr("Semua bidang")),
            (self.location, "location", self.tr("Semua lokasi")),
        ):
            values = facets.get(key, [])
            if [code for code in choice.buttons if code] != values:
                choice.set_options([("", everything), *[(v, v) for v in values]])
        self.sort.setVisible(self.seeker is not None)
        self.match_me.setVisible(self.seeker is None)
        self.pages.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        self.hits = self._search(
            words=self.words.text(),
            sector=self.sector.value() or None,
            location=self.location.value() or None,
            education=self.education.value() or None,
            min_wage=int(self.wage.value() or 0) or None,
            seeker=self.seeker,
            sort=(self.sort.value() or "match") if self.seeker else "closing",
        )
        self.results.clear()
        closes = self.tr("tutup")  # tr() outside the f-string: lupdate does not look inside one
        for hit in self.hits:
            v = hit.vacancy
            text = f"{v['title']} — {v['company']}\n{v['location']} · {closes} {v.get('closes_on') or '-'}"
            text += f" · {rupiah(v.get('wage_min'))} - {rupiah(v.get('wage_max'))}"
            if hit.match is not None and hit.match.suitable:
                text += "\n★ " + self.tr("cocok untuk Anda") + ": " + ", ".join(map(self._reason_text, hit.match.reasons))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v["id"])
            self.results.addItem(item)
        self.count.setText(self.tr("%n lowongan", "", len(self.hits)))
        self._buttons()

    def _open(self, item: QListWidgetItem) -> None:
        wanted = item.data(Qt.ItemDataRole.UserRole)
        self.current = next((h.vacancy for h in self.hits if h.vacancy["id"] == wanted), None)
        if self.current is None:
            return
        v = self.current
        # the words translated first: lupdate does not see a tr() inside an f-string
        where, sector, education = self.tr("Lokasi"), self.tr("Bidang"), self.tr("Pendidikan minimal")
        skills, wage, closes = self.tr("Keterampilan"), self.tr("Gaji"), self.tr("Ditutup")
        self.detail.setText(
            "\n".join(
                [
                    v["title"],
                    v["company"],
                    f"{where}: {v['location']}   {sector}: {v['sector']}",
                    f"{education}: {v.get('education_min') or '-'}",
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
            Why.EDUCATION_NEEDED: self.tr("butuh pendidikan minimal %1").replace("%1", reason.level),
            Why.SKILLS_MET: self.tr("%1 dari %2 keterampilan").replace("%1", str(reason.met)).replace("%2", str(reason.asked)),
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
        self.education.set_texts({"": self.tr("Semua")})
        self.location.label.setText(self.tr("Lokasi"))
        self.wage.label.setText(self.tr("Gaji paling sedikit"))
        self.wage.set_texts({str(w): rupiah(w) if w else self.tr("Semua") for w in WAGES})
        self.sort.label.setText(self.tr("Urutkan"))
        self.sort.set_texts({"match": self.tr("Paling cocok"), "closing": self.tr("Segera ditutup")})
        self.match_me.setText(self.tr("Cari yang cocok untuk saya"))
        self.back.setText(self.tr("‹ Kembali"))
        self.apply.setText(self.tr("Lamar Lowongan Ini ›"))

    def wipe(self) -> None:
        super().wipe()
        self.seeker = None
        self.current = None
        self.detail.clear()
        self.results.clear()
        self.pages.setCurrentIndex(0)
