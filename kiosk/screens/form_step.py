"""A step of the registration form: header, scrolling fields, and the fixed Back/Next bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.core.problems import ProblemError
from kiosk.screens.base import Screen
from kiosk.screens.messages import describe
from kiosk.services.draft import RegistrationDraft
from kiosk.widgets.form import Choice, Field
from kiosk.widgets.steps import NavBar, StepHeader

T = TypeVar("T")


class Check(Protocol):
    """``check(widget, parse)``: ``parse()``'s value, or None after showing its problem beside ``widget``."""

    def __call__(self, widget: Field | Choice, parse: Callable[[], T]) -> T | None: ...


def _passes(parse: Callable[[], object]) -> bool:
    try:
        parse()
    except ProblemError:
        return False
    return True


class FormStep(Screen):
    """Subclasses add fields to ``self.form`` and implement ``load`` and ``collect``."""

    next_requested = Signal()
    back_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.number, self.total = 1, 1
        self.header = StepHeader()
        self.nav = NavBar()
        self.dock_above = self.nav
        self.body = QWidget()
        self.body.setObjectName("formBody")
        self.form = QVBoxLayout(self.body)
        self.form.setContentsMargins(40, 24, 40, 24)
        self.form.setSpacing(18)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.header)
        page.addWidget(self.scroll_area, 1)
        page.addWidget(self.nav)
        self.nav.next.clicked.connect(self._on_next)
        self.nav.back.clicked.connect(self.back_requested)
        self.nav.cancel.clicked.connect(self.cancel_requested)

    # -- for subclasses
    def step_title(self) -> str:
        return ""

    def load(self) -> None:
        """Draft -> widgets."""

    def collect(self, check: Check) -> None:
        """Widgets -> draft, each value through ``check(field, parse)``."""

    # -- machinery
    def set_position(self, number: int, total: int) -> None:
        self.number, self.total = number, total
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_step(
            self.tr("Langkah %1 dari %2").replace("%1", str(self.number)).replace("%2", str(self.total)),
            self.step_title(),
            self.number,
            self.total,
        )
        self.nav.retranslate()

    def on_enter(self) -> None:
        self.load()
        self.scroll_area.verticalScrollBar().setValue(0)

    def commit(self) -> bool:
        """Validate every field, show each error beside its field; True when all passed."""
        failed: list[QWidget] = []

        def check(widget: Field | Choice, parse: Callable[[], T]) -> T | None:
            try:
                value = parse()
            except ProblemError as err:
                widget.show_error(describe(err))
                if isinstance(widget, Field):  # the error goes as soon as the value is corrected
                    # a partial holds the text it was made with: any edit may be the correction
                    widget.recheck_with(None if isinstance(parse, partial) else lambda: _passes(parse))
                failed.append(widget)
                return None
            widget.clear_error()
            return value

        self.collect(check)
        if failed:
            self.scroll_area.ensureWidgetVisible(failed[0])
            return False
        return True

    def _on_next(self) -> None:
        if self.commit():
            self.next_requested.emit()

    def wipe(self) -> None:
        super().wipe()
        for choice in self.findChildren(Choice):
            choice.set_value(None)
            choice.clear_error()
        for field in self.findChildren(Field):
            field.clear_error()
