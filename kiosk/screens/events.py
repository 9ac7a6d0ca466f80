"""Bursa kerja & pelatihan: the coming job fairs, trainings and counselling sessions (from the
cache: it works offline), filtered by kind, with dates, place and seats left as last known (and
since when); an event's detail, and the way to register for the events that take it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import clock
from kiosk.core.states import EventKind
from kiosk.i18n import current_language
from kiosk.screens.base import Screen
from kiosk.widgets.form import Choice
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

if TYPE_CHECKING:
    from kiosk.services.events import Event

KINDS = ("", EventKind.JOB_FAIR, EventKind.TRAINING, EventKind.COUNSELLING)


def _locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian if current_language() == "id" else QLocale.Language.English)


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone(clock.zone().key.encode()))


def day_text(moment: datetime) -> str:
    """``Sabtu, 12-12-2026`` / ``Saturday, 12-12-2026``, in the kiosk's language."""
    return _locale().toString(_qt(moment), "dddd, dd-MM-yyyy")


def when_text(starts: datetime, ends: datetime) -> str:
    """The day and the hours (the kiosk's zone); an event over several days names its last day too."""
    a, b = clock.local(starts), clock.local(ends)
    end = f"{b:%H.%M}" if a.date() == b.date() else f"{day_text(b)} {b:%H.%M}"
    return f"{day_text(starts)} · {a:%H.%M}-{end} {clock.zone_name(a)}"


def age_text(moment: datetime, now: datetime) -> str:
    """``10.32`` today, else ``01-12 10.32``: when seats were last known."""
    local = clock.local(moment)
    return f"{local:%H.%M}" if local.date() == clock.local(now).date() else f"{local:%d-%m %H.%M}"


class EventsScreen(Screen):
    name = "events"

    register_requested = Signal(str)  # the event's id
    mine_requested = Signal()  # "Pendaftaran Saya": identify, then the holder's registrations
    cancelled = Signal()

    def __init__(
        self,
        upcoming: Callable[[EventKind | None], list[Event]],
        now: Callable[[], datetime] = clock.now,
        parent: QWidget | None = None,
    ) -> None:
        """``upcoming(kind)``: the events not yet over, soonest first (services.events.upcoming)."""
        super().__init__(parent)
        self._upcoming = upcoming
        self._now = now
        self.events: list[Event] = []
        self.current: Event | None = None
        header = TitleHeader()
        self.title = header.title
        self.kind = Choice([(str(k), "") for k in KINDS], columns=4)
        self.kind.set_value("")
        self.kind.changed.connect(lambda _c: self.refresh())
        self.count = named(QLabel(), "hint")
        self.count.setWordWrap(True)
        self.results = named(QListWidget(), "eventList")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # words wrap instead
        self.results.itemClicked.connect(self._open)
        list_page = QWidget()
        listing = QVBoxLayout(list_page)
        listing.setContentsMargins(40, 12, 40, 0)
        listing.addWidget(self.kind)
        listing.addWidget(self.count)
        listing.addWidget(self.results, 1)
        self.detail_title = named(QLabel(), "title")
        self.detail_title.setWordWrap(True)
        self.detail = named(QLabel(), "eventDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.seats = named(QLabel(), "subtitle")
        self.seats.setWordWrap(True)
        inner = QWidget()
        detail_column = QVBoxLayout(inner)
        detail_column.addWidget(self.detail_title)
        detail_column.addWidget(self.seats)
        detail_column.addWidget(self.detail)
        detail_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        detail_page = QWidget()
        detail_layout = QHBoxLayout(detail_page)
        detail_layout.setContentsMargins(40, 16, 40, 0)
        detail_layout.addWidget(scroll)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(detail_page)
        self.back = named(QPushButton(), "backButton")
        self.back.clicked.connect(self._back)
        self.mine = named(QPushButton(), "myEventsButton")
        self.mine.clicked.connect(self.mine_requested)
        self.register = named(QPushButton(), "registerEventButton")
        self.register.setProperty("role", "primary")
        self.register.clicked.connect(lambda: self.current and self.register_requested.emit(self.current.id))
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addWidget(self.pages, 1)
        page.addLayout(button_row([self.back], [self.mine, self.register]))

    def on_enter(self) -> None:
        self.pages.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        kind = self.kind.value()
        self.events = self._upcoming(EventKind(kind) if kind else None)
        self.results.clear()
        for event in self.events:
            text = f"{event.title}\n{self._kind_text(event.kind)} · {when_text(event.starts_at, event.ends_at)}"
            text += f"\n{event.place} · {self._seats_text(event)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.results.addItem(item)
        self._count_text()
        self._buttons()

    def show_event(self, event_id: str) -> None:
        """The detail of one event (also after a registration was refused, to show it as it is now)."""
        self.refresh()
        self.current = next((e for e in self.events if e.id == event_id), None)
        if self.current is None:
            self.pages.setCurrentIndex(0)
            self._buttons()
            return
        e = self.current
        self.detail_title.setText(e.title)
        self.seats.setText(self._seats_text(e))
        kind, time, place, organiser = self.tr("Jenis"), self.tr("Waktu"), self.tr("Tempat"), self.tr("Penyelenggara")
        lines = [
            f"{kind}: {self._kind_text(e.kind)}",
            f"{time}: {when_text(e.starts_at, e.ends_at)}",
            f"{place}: {e.place}",
            f"{organiser}: {e.organiser}",
        ]
        self.detail.setText("\n".join([*lines, "", e.description]))
        self.pages.setCurrentIndex(1)
        self._buttons()

    def _open(self, item: QListWidgetItem) -> None:
        self.show_event(str(item.data(Qt.ItemDataRole.UserRole)))

    def _back(self) -> None:
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self.current = None
            self._buttons()
        else:
            self.cancelled.emit()

    def _buttons(self) -> None:
        detail = self.pages.currentIndex() == 1 and self.current is not None
        e = self.current
        # a full, started or walk-in event has no button: the seats line under its title says why
        open_ = e is not None and e.takes_registration and not e.full and e.starts_at > self._now()
        self.register.setVisible(detail and open_)
        self.mine.setVisible(not detail)

    def _count_text(self) -> None:
        text = self.tr("%n acara", "", len(self.events))
        known = min((e.seats_known_at for e in self.events), default=None)
        if known is not None:
            text += " · " + self.tr("sisa kursi menurut data pukul %1; bisa sudah berubah").replace(
                "%1", age_text(known, self._now())
            )
        if not self.events:
            text = self.tr("Belum ada acara yang akan datang. Coba lagi nanti.")
        self.count.setText(text)

    def _kind_text(self, kind: EventKind) -> str:
        return {
            EventKind.JOB_FAIR: self.tr("Bursa kerja"),
            EventKind.TRAINING: self.tr("Pelatihan"),
            EventKind.COUNSELLING: self.tr("Bimbingan jabatan"),
        }[kind]

    def _seats_text(self, e: Event) -> str:
        if not e.takes_registration:
            return self.tr("Tanpa pendaftaran: datang langsung")
        if e.starts_at <= self._now():
            return self.tr("Pendaftaran ditutup: acara sudah dimulai")
        known = age_text(e.seats_known_at, self._now())
        if e.full:
            return self.tr("PENUH (data pukul %1)").replace("%1", known)
        return (
            self.tr("Sisa %1 dari %2 kursi (data pukul %3)")
            .replace("%1", str(e.seats_left)).replace("%2", str(e.quota)).replace("%3", known)
        )  # fmt: skip

    def help_text(self) -> str:
        return self.tr(
            "Daftar bursa kerja, pelatihan dan bimbingan jabatan yang akan datang. Sentuh satu acara untuk "
            "melihat rinciannya dan mendaftar. Sisa kursi adalah data terakhir yang diterima kios. "
            "Pendaftaran Saya menampilkan nomor kursi Anda setelah Anda menempelkan e-KTP."
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bursa Kerja dan Pelatihan"))
        self.kind.label.setText(self.tr("Jenis acara"))
        self.kind.set_texts({
            "": self.tr("Semua"),
            str(EventKind.JOB_FAIR): self.tr("Bursa kerja"),
            str(EventKind.TRAINING): self.tr("Pelatihan"),
            str(EventKind.COUNSELLING): self.tr("Bimbingan jabatan"),
        })  # fmt: skip
        self.back.setText(self.tr("‹ Kembali"))
        self.mine.setText(self.tr("Pendaftaran Saya"))
        self.register.setText(self.tr("Daftar Acara Ini ›"))
        if self.isVisible():
            if self.current is not None and self.pages.currentIndex() == 1:
                self.show_event(self.current.id)
            else:
                self.refresh()

    def wipe(self) -> None:
        super().wipe()
        self.current = None
        self.events = []
        self.results.clear()
        self.kind.set_value("")
        self.pages.setCurrentIndex(0)
