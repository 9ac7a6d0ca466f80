"""Languages: Bahasa Indonesia is the source language of every string (``tr("...")``);
English comes from the Qt translation file ``assets/i18n/kiosk_en.qm``.

Regenerate after changing strings: ``scripts/update-translations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = ("id", "en")

_installed: QTranslator | None = None
_current = "id"


def current_language() -> str:
    return _current


def set_language(lang: str) -> None:
    """Switch every widget's language; widgets re-translate on QEvent.LanguageChange."""
    global _installed, _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs the application to exist")
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang != "id":
        translator = QTranslator(app)
        if not translator.load(str(I18N_DIR / f"kiosk_{lang}.qm")):
            raise FileNotFoundError(f"translation file for {lang!r} is missing in {I18N_DIR}")
        app.installTranslator(translator)
        _installed = translator
    _current = lang
