"""The work sought, picked from KBJI 2026 as the person types: an overlay over the preferences step.

Each keystroke searches all jabatan and subgolongan (``core.occupations.search``: words in any
order, without case or accents) and shows the best as big rows, the jabatan over its subgolongan.
The rows are items of one list (not buttons), so a drag anywhere on them scrolls it and the
on-screen keyboard stays open under the search field. "Lainnya" is the way out when nothing fits:
the step then asks for the work in the person's own words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import occupations
from kiosk.widgets.form import Field
from kiosk.widgets.named import named

LIMIT = 30  # rows shown: more is scrolling past what the next letter narrows anyway
ROW_HEIGHT = 84  # at least: two lines of text, a finger-sized target (>= 48 px)
CODE_ROLE = Qt.ItemDataRole.UserRole


class OccupationPicker(QFrame):
    """Covers its parent (the step) while open. ``picked(code, name)``, ``other(typed)`` or ``closed()``."""

    picked = Signal(str, str)
    other = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("occupationPicker")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#occupationPicker { background: #f4f6f9; }")  # opaque over the step
        self.title = named(QLabel(), "title")
        self.title.setWordWrap(True)
        self.search = Field(max_length=60)
        self.search.editor.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.search.editor.setProperty("capitalize", False)  # the search ignores case: no shift to undo
        self.search.editor.setClearButtonEnabled(True)
        self.hint = named(QLabel(), "hint")
        self.hint.setWordWrap(True)
        self.results = QListWidget()
        self.results.setObjectName("occupationResults")
        self.results.setUniformItemSizes(True)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemClicked.connect(self._chosen)
        self.nothing = named(QLabel(), "subtitle")
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        self.back = named(QPushButton(), "pickerBack")
        self.lainnya = named(QPushButton(), "pickerOther")
        self.back.clicked.connect(self.close_picker)
        self.lainnya.clicked.connect(lambda: self._finish(lambda: self.other.emit(self.search.text().strip())))
        self.bar = QFrame()  # the keyboard docks right above it while the picker is open
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(40, 10, 40, 14)
        bar.addWidget(self.back)
        bar.addStretch(1)
        bar.addWidget(self.lainnya)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        body = QVBoxLayout()
        body.setContentsMargins(40, 20, 40, 8)
        body.setSpacing(10)
        body.addWidget(self.title)
        body.addWidget(self.search)
        body.addWidget(self.hint)
        body.addWidget(self.results, 1)
        body.addWidget(self.nothing)
        page.addLayout(body, 1)
        page.addWidget(self.bar)
        self.search.editor.textChanged.connect(self.refresh)
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pekerjaan apa yang Anda cari?"))
        self.search.label.setText(self.tr("Ketik nama pekerjaan"))
        self.search.editor.setPlaceholderText(self.tr("contoh: satpam, operator jahit, kasir"))
        self.hint.setText(self.tr("Sentuh pekerjaan yang paling cocok. Urutan kata bebas."))
        self.nothing.setText(self.tr("Tidak ada yang cocok. Coba kata lain, atau sentuh 'Lainnya' dan tulis sendiri."))
        self.back.setText(self.tr("‹ Kembali"))
        self.lainnya.setText(self.tr("Lainnya: tulis sendiri"))
        self.refresh()

    def open(self, typed: str = "") -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.search.set_text(typed)
        self.refresh()
        self.show()
        self.raise_()
        self.results.scrollToTop()
        self.search.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_picker(self) -> None:
        self._finish(self.closed.emit)

    def _finish(self, announce: Callable[[], object]) -> None:
        self.hide()
        self.search.editor.clearFocus()
        announce()

    def refresh(self) -> None:
        """Search for what is typed now and show the best rows (one call per keystroke)."""
        text = self.search.text()
        hits = occupations.search(text, limit=LIMIT) if text.strip() else []
        self.results.ensurePolished()  # the theme's font (large text too) sets the two lines' height
        height = max(ROW_HEIGHT, 2 * self.results.fontMetrics().lineSpacing() + 30)
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        for hit in hits:
            if hit.level == "jabatan":
                below = self.tr("Subgolongan %1: %2").replace("%1", hit.subgroup_code).replace("%2", hit.subgroup_name)
            else:
                below = self.tr("Subgolongan %1 (semua jabatan di dalamnya)").replace("%1", hit.code)
            item = QListWidgetItem(f"{hit.name}\n{below}")
            item.setData(CODE_ROLE, hit.code)
            item.setSizeHint(QSize(0, height))
            self.results.addItem(item)
        self.results.setUpdatesEnabled(True)
        self.nothing.setVisible(bool(text.strip()) and not hits)

    def codes(self) -> list[str]:
        """The codes shown, top to bottom (for tests and the bench)."""
        return [self.results.item(i).data(CODE_ROLE) for i in range(self.results.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        found = occupations.find(code)
        name = found.name if found else item.text().split("\n", 1)[0]
        self._finish(lambda: self.picked.emit(code, name))

    def wipe(self) -> None:
        self.hide()
        self.search.set_text("")
        self.results.clear()
        self.nothing.hide()
