"""Simulasi pesangon: the reason in plain words with its Pasal as a small second line, the amounts
on the number pad, the result as a breakdown a person can follow, and a slip to print. A
simulation only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.severance import Breakdown, Component, SeveranceInputError, simulate
from kiosk.core.severance_rules import REASONS, Reason
from kiosk.core.severance_slip import rupiah
from kiosk.core.spoken import money_words
from kiosk.core.validation import FieldError, clean_wage
from kiosk.i18n import current_language
from kiosk.screens.base import Screen
from kiosk.screens.messages import describe
from kiosk.widgets.form import Choice, Field, row
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row


class ReasonRow(QWidget):
    """One reason as a job seeker says it, and under it, small, where the law says it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a tap goes through to the list beneath, which selects the row (and drags it with a finger)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.words = named(QLabel(), "reasonWords")
        self.reference = named(QLabel(), "legalRef")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 10, 10, 10)  # clear of the selected row's 8-px bar
        column.setSpacing(2)
        for label in (self.words, self.reference):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(label)

    def set_reason(self, reason: Reason) -> None:
        self.words.setText(QCoreApplication.translate("severance", reason.words))
        self.reference.setText(legal_reference(reason))


class ReasonList(QListWidget):
    """The reasons, each row as high as its two wrapped lines at the list's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        for reason in REASONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, reason.code)
            self.addItem(item)
            row = ReasonRow()
            self.setItemWidget(item, row)
        self.retranslate()

    def row_widget(self, index: int) -> ReasonRow:
        widget = self.itemWidget(self.item(index))
        assert isinstance(widget, ReasonRow)
        return widget

    def retranslate(self) -> None:
        for index, reason in enumerate(REASONS):
            self.row_widget(index).set_reason(reason)
            # what a screen reader (and a test) reads: both lines
            self.item(index).setData(Qt.ItemDataRole.AccessibleTextRole, _reason_text(reason))
        self.fit_rows()

    def fit_rows(self) -> None:
        width = self.viewport().width() - 2 * self.spacing()
        for index in range(self.count()):
            row = self.row_widget(index)
            row.ensurePolished()
            for label in (row.words, row.reference):
                label.ensurePolished()
            self.item(index).setSizeHint(QSize(width, max(row.heightForWidth(width), 64)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_rows()  # large text may have been switched on since

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.fit_rows()


class SeveranceScreen(Screen):
    name = "severance"

    print_requested = Signal(object)  # Breakdown
    ask_requested = Signal(object)  # Breakdown: "Tanyakan ke petugas", a konsultasi with these figures
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Breakdown | None = None
        header = TitleHeader()
        self.title = header.title
        # the reasons in plain words, each with its Pasal as a small second line
        self.reasons = named(ReasonList(), "reasonList")
        self.reason_error = named(QLabel(), "error")
        self.reason_error.hide()
        self.wage = Field(max_length=15, numeric=True)
        self.allowance = Field(max_length=15, numeric=True)
        self.years = Field(max_length=2, numeric=True)
        self.months = Field(max_length=2, numeric=True)
        self.leave = Field(max_length=3, numeric=True)
        self.pisah = Field(max_length=15, numeric=True)
        self.workdays = Choice([("25", ""), ("21", "")], columns=2)
        self.workdays.set_value("25")
        for field in (self.wage, self.allowance, self.pisah):
            field.editor.textEdited.connect(lambda _t, f=field: self._group_thousands(f))
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(40, 16, 40, 16)
        column.addWidget(self.reason_error)
        column.addLayout(row(self.wage, self.allowance))
        column.addLayout(row(self.years, self.months, self.leave))
        column.addWidget(self.workdays)
        column.addWidget(self.pisah)
        self.breakdown = named(QLabel(), "breakdown")
        self.breakdown.setTextFormat(Qt.TextFormat.PlainText)
        self.breakdown.setWordWrap(True)
        self.disclaimer = named(QLabel(), "hint")
        self.disclaimer.setWordWrap(True)
        column.addWidget(self.breakdown)
        # issue 23: the result read aloud on request (amounts as words), voice on or off
        self.read_button = named(QPushButton(), "readAloudButton")
        self.read_button.clicked.connect(lambda: self.result and self.read_aloud.emit(self.result_words()))
        column.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.disclaimer)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.scroll_area = scroll
        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(self.cancelled)
        self.calculate = named(QPushButton(), "calculateButton")
        self.calculate.setProperty("role", "primary")
        self.calculate.clicked.connect(self._calculate)
        self.print_slip = named(QPushButton(), "printSlipButton")
        self.print_slip.clicked.connect(lambda: self.result and self.print_requested.emit(self.result))
        self.ask = named(QPushButton(), "askOfficerButton")
        self.ask.clicked.connect(lambda: self.result and self.ask_requested.emit(self.result))
        self._reason_label = named(QLabel(), "subtitle")
        self._reason_label.setWordWrap(True)  # large text: the question wraps, the form keeps its width
        reasons = QVBoxLayout()
        reasons.setContentsMargins(40, 16, 0, 16)
        reasons.addWidget(self._reason_label)
        reasons.addWidget(self.reasons, 1)
        body = QHBoxLayout()
        body.addLayout(reasons, 2)
        body.addWidget(scroll, 3)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(body, 1)
        page.addLayout(button_row([self.cancel], [self.ask, self.print_slip, self.calculate]))
        self._show_result()

    @staticmethod
    def _group_thousands(field: Field) -> None:
        digits = "".join(ch for ch in field.text() if ch.isdigit())
        field.editor.setText(f"{int(digits):,}".replace(",", ".") if digits else "")

    def _reason(self) -> str | None:
        item = self.reasons.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def choose(self, code: str) -> None:
        for index in range(self.reasons.count()):
            if self.reasons.item(index).data(Qt.ItemDataRole.UserRole) == code:
                self.reasons.setCurrentRow(index)

    def _calculate(self) -> None:
        for field in (self.wage, self.allowance, self.years, self.months, self.leave, self.pisah):
            field.clear_error()
        self.reason_error.hide()
        reason = self._reason()
        if reason is None:
            self.reason_error.setText("⚠ " + self.tr("Pilih alasan berhenti bekerja."))
            self.reason_error.show()
            return
        try:
            wage = clean_wage(self.wage.text())
            allowance = clean_wage(self.allowance.text())
            pisah = clean_wage(self.pisah.text())
        except FieldError as err:
            self.wage.show_error(describe(err))
            return
        try:
            self.result = simulate(
                wage=wage,
                fixed_allowance=allowance,
                reason=reason,
                years=int(self.years.text() or "0"),
                months=int(self.months.text() or "0"),
                leave_days=int(self.leave.text() or "0"),
                workdays_per_month=int(self.workdays.value() or "25"),
                uang_pisah=pisah,
            )
        except SeveranceInputError as err:
            self.result = None
            self.wage.show_error(describe(err))
        self._show_result()
        self.scroll_area.ensureWidgetVisible(self.breakdown)

    def _show_result(self) -> None:
        result = self.result
        self.print_slip.setEnabled(result is not None)
        self.ask.setVisible(result is not None)
        self.read_button.setVisible(result is not None)
        if result is None:
            self.breakdown.clear()
            return
        lines = [
            _reason_text(result.reason),
            self.tr("Upah dasar") + f": {rupiah(result.wage_base)}",
        ]
        for part in result.components:
            factor = ""
            if part.months is not None and part.multiplier is not None:
                factor = " " + self.tr("(%1 x %2 x upah)").replace("%1", str(part.months)).replace(
                    "%2", str(part.multiplier)
                )
            lines.append(f"• {self._component_text(part)}{factor}: {rupiah(part.amount)}  [{part.pasal}]")
        lines += [
            self.tr("Jumlah kotor") + f": {rupiah(result.gross)}",
            self.tr("PPh 21 final") + f": {rupiah(result.pph21)}",
            self.tr("Diterima bersih") + f": {rupiah(result.net)}",
        ]
        self.breakdown.setText("\n".join(lines))

    def result_words(self) -> str:
        """The result as it is read aloud: the same lines, every amount in words."""
        result = self.result
        if result is None:
            return ""
        lang = "en" if current_language() == "en" else "id"

        def money(amount: int) -> str:
            return money_words(amount, lang)

        lines = [self.tr("Hasil simulasi pesangon."), _reason_text(result.reason) + "."]
        lines.append(self.tr("Upah dasar") + f": {money(result.wage_base)}.")
        lines += [f"{self._component_text(part)}: {money(part.amount)}." for part in result.components]
        lines += [
            self.tr("Jumlah kotor") + f": {money(result.gross)}.",
            self.tr("PPh 21 final") + f": {money(result.pph21)}.",
            self.tr("Diterima bersih") + f": {money(result.net)}.",
            self.tr("Ini simulasi menurut PP 35/2021. Perhitungan petugas Disnaker yang berlaku."),
        ]
        return " ".join(lines)

    def show_printed(self, ok: bool, message: str) -> None:
        """The slip's printing is over: said where the disclaimer stands (``message``: why not)."""
        self.disclaimer.setText(self.tr("Rincian sudah dicetak.") if ok else message)

    def _component_text(self, part: Component) -> str:
        """What a part of the amount is, in the current language (the slip prints core's words)."""
        texts = {
            "uang_pesangon": self.tr("Uang pesangon"),
            "upmk": self.tr("Uang penghargaan masa kerja"),
            "uph_cuti": self.tr("Cuti tahunan belum diambil (%n hari)", "", part.days),
            "uph_pulang": self.tr("Biaya pulang ke tempat diterima bekerja"),
            "uph_lain": self.tr("Hal lain menurut perjanjian kerja/PP/PKB"),
            "uang_pisah": self.tr("Uang pisah (menurut perjanjian kerja/PP/PKB)"),
            "kompensasi_pkwt": self.tr("Uang kompensasi PKWT (masa kerja / 12 x upah)"),
        }
        return texts.get(part.code, part.words)

    def retranslate(self) -> None:
        self.reasons.retranslate()
        self.title.setText(self.tr("Simulasi Pesangon"))
        self._reason_label.setText(self.tr("Mengapa hubungan kerja berakhir?"))
        self.wage.label.setText(self.tr("Upah pokok sebulan (Rp)"))
        self.allowance.label.setText(self.tr("Tunjangan tetap sebulan (Rp)"))
        self.years.label.setText(self.tr("Masa kerja: tahun"))
        self.months.label.setText(self.tr("dan bulan"))
        self.leave.label.setText(self.tr("Sisa cuti (hari)"))
        self.pisah.label.setText(self.tr("Uang pisah menurut perjanjian kerja (Rp, bila ada)"))
        self.workdays.label.setText(self.tr("Hari kerja seminggu"))
        self.workdays.set_texts({"25": self.tr("6 hari"), "21": self.tr("5 hari")})
        self.cancel.setText(self.tr("Selesai"))
        self.calculate.setText(self.tr("Hitung"))
        self.print_slip.setText(self.tr("Cetak Rincian"))
        self.ask.setText(self.tr("Tanyakan ke petugas"))
        self.read_button.setText(self.tr("Bacakan"))
        self.disclaimer.setText(self.tr("Ini simulasi menurut PP 35/2021. Perhitungan petugas Disnaker yang berlaku."))
        self._show_result()

    def help_text(self) -> str:
        return self.tr(
            "Pilih mengapa Anda berhenti bekerja (di bawahnya tertulis pasal PP 35/2021 yang mengaturnya), "
            "isi upah dan masa kerja, lalu tekan Hitung. Hasilnya simulasi; perhitungan resmi dibuat "
            "petugas Disnaker."
        )

    def wipe(self) -> None:
        super().wipe()
        self.result = None
        self.reasons.clearSelection()
        self.reasons.setCurrentRow(-1)
        self.workdays.set_value("25")
        self._show_result()


def legal_reference(reason: Reason) -> str:
    """Where the law says it: the regulation and its Pasal (the same words in either language)."""
    return f"PP 35/2021 {reason.pasal}"


def _reason_text(reason: Reason) -> str:
    """The reason in the current language, with its Pasal (marked in core.severance_rules)."""
    return f"{QCoreApplication.translate('severance', reason.words)} ({reason.pasal})"
