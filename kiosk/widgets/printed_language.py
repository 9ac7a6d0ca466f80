"""The one line that tells an English reader why the card, receipts and slips come out in
Bahasa Indonesia (the official form is Indonesian); in Indonesian mode it is hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.i18n import current_language
from kiosk.widgets.named import named


def printed_language_note() -> QLabel:
    label = named(QLabel(), "hint")
    label.setWordWrap(True)
    label.hide()
    return label


def say_printed_language(label: QLabel) -> None:
    """In ``retranslate()``: the sentence in the current language, shown unless it is Indonesian."""
    label.setText(
        QCoreApplication.translate(
            "PrintedLanguage",
            "Dokumen cetak (kartu AK/1, tanda terima, rincian) memakai Bahasa Indonesia sesuai formulir resmi.",
        )
    )
    label.setVisible(current_language() != "id")
