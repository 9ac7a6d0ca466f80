"""Konsultasi / Pengaduan: what it is about (big buttons), the story typed on the screen's own
keyboard with its length shown as you type, name and phone, a last look, then the ticket's
number while its slip prints. "Cek Tiket" leads to the holder's look at an earlier ticket."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import clock
from kiosk.core.problems import Code, ProblemError
from kiosk.core.tickets import (
    CONTEXT,
    DESCRIPTION_MAX,
    KIND_WORDS,
    TOPIC_WORDS,
    TicketKind,
    Topic,
    checked,
    clean_description,
    clean_employer,
)
from kiosk.core.validation import FieldError, clean_name, normalise_phone
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.messages import describe, word
from kiosk.widgets.form import Choice, Field
from kiosk.widgets.keypad import Key, Keyboard
from kiosk.widgets.named import named
from kiosk.widgets.steps import NavBar, StepHeader, button_row

TOPIC, DESCRIBE, CONTACT, CONFIRM, DONE = range(5)
STEPS = 4  # the numbered pages; DONE is the answer


def _word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day_text(day: date) -> str:
    """``Rabu, 09-12-2026`` in the person's language (the slip prints core's Indonesian)."""
    return f"{word('clock', clock.DAYS[day.weekday()])}, {day:%d-%m-%Y}"


class TextAreaKeys(Keyboard):
    """The text keys typing into one multi-line field (the shared dock serves one-line fields)."""

    def __init__(self, area: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._area = area

    def _receiver(self) -> QWidget | None:
        return self._area


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


class TicketScreen(Screen):
    name = "tickets"

    submitted = Signal(object)  # core.tickets.TicketInput, checked
    check_requested = Signal()
    cancel_requested = Signal()
    reprint_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holder: tuple[str | None, str | None] = (None, None)  # registration client_id, NIK
        self._attachment = ""
        self._saved: tuple[str, date] | None = None
        self._print_state = "printing"  # printing | printed | failed
        self._print_message = ""
        self.header = StepHeader()
        self.pages = QStackedWidget()
        self.nav = NavBar()
        self.dock_above = self.nav
        self.check = named(QPushButton(), "checkTicketButton")
        self.check.clicked.connect(self.check_requested)
        nav_row = self.nav.layout()
        assert isinstance(nav_row, QHBoxLayout)
        nav_row.insertWidget(1, self.check)
        self.nav.cancel.clicked.connect(self.cancel_requested)
        self.nav.back.clicked.connect(self._back)
        self.nav.next.clicked.connect(self._next)

        # 1: kind and topic
        self.kind = Choice([(k.value, "") for k in TicketKind], columns=2)
        self.topic = Choice([(t.value, "") for t in Topic], columns=2)
        choose = QWidget()
        column = QVBoxLayout(choose)
        column.setContentsMargins(40, 20, 40, 20)
        column.setSpacing(20)
        column.addWidget(self.kind)
        column.addWidget(self.topic)
        column.addStretch(1)
        self.pages.addWidget(_scrolling(choose))

        # 2: the story, on this page's own keys
        self.prompt = named(QLabel(), "fieldLabel")
        self.prompt.setWordWrap(True)
        self.description = named(QPlainTextEdit(), "ticketDescription")
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(self._count)
        self.counter = named(QLabel(), "hint")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.description_error = named(QLabel(), "error")
        self.description_error.setWordWrap(True)
        self.description_error.hide()
        # the figures from the severance result: read-only, a few lines high, scrolls when longer
        self.attachment = named(QPlainTextEdit(), "ticketAttachment")
        self.attachment.setReadOnly(True)
        self.attachment.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attachment.setMaximumHeight(72)
        self.remove_attachment = named(QPushButton(), "removeAttachmentButton")
        self.remove_attachment.clicked.connect(lambda: self._attach(""))
        attached = QHBoxLayout()
        attached.addWidget(self.attachment, 1)
        attached.addWidget(self.remove_attachment, 0, Qt.AlignmentFlag.AlignTop)
        self.keys = TextAreaKeys(self.description)
        self.keys.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the text area gives way
        self.description.setMinimumHeight(60)
        self.new_line = named(Key(""), "newLineButton")
        self.new_line.setProperty("role", "key")
        self.new_line.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_line.clicked.connect(lambda: self.description.insertPlainText("\n"))
        asked = QHBoxLayout()  # the count beside the question: large text leaves no row to spare
        asked.addWidget(self.prompt, 1)
        asked.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
        keys_row = QHBoxLayout()
        keys_row.addStretch(1)
        keys_row.addWidget(self.keys)
        keys_row.addWidget(self.new_line, 0, Qt.AlignmentFlag.AlignBottom)
        keys_row.addStretch(1)
        story = QWidget()
        story_column = QVBoxLayout(story)
        story_column.setContentsMargins(40, 12, 40, 8)
        story_column.addLayout(asked)
        story_column.addWidget(self.description, 1)
        story_column.addWidget(self.description_error)
        story_column.addLayout(attached)
        story_column.addLayout(keys_row)
        self.pages.addWidget(story)

        # 3: who to answer
        self.person = Field(max_length=100)
        self.phone = Field(max_length=20, numeric=True)
        self.employer = Field(max_length=120)
        self.contact_hint = named(QLabel(), "hint")
        self.contact_hint.setWordWrap(True)
        contact = QWidget()
        contact_column = QVBoxLayout(contact)
        contact_column.setContentsMargins(40, 20, 40, 20)
        contact_column.setSpacing(18)
        for widget in (self.contact_hint, self.person, self.phone, self.employer):
            contact_column.addWidget(widget)
        contact_column.addStretch(1)
        self.contact_area = _scrolling(contact)
        self.pages.addWidget(self.contact_area)

        # 4: a last look
        self.summary = named(QLabel(), "breakdown")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setProperty(PERSONAL, True)
        self.save_problem = named(QLabel(), "error")
        self.save_problem.setWordWrap(True)
        self.save_problem.hide()
        confirm = QWidget()
        confirm_column = QVBoxLayout(confirm)
        confirm_column.setContentsMargins(40, 20, 40, 20)
        confirm_column.addWidget(self.summary)
        confirm_column.addWidget(self.save_problem)
        confirm_column.addStretch(1)
        self.pages.addWidget(_scrolling(confirm))

        # 5: the number, while the slip prints
        self.number = named(QLabel(), "title")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setProperty(PERSONAL, True)
        self.done_status = named(QLabel(), "subtitle")
        self.done_status.setWordWrap(True)
        self.done_next = QLabel()
        self.done_next.setWordWrap(True)
        card = named(QFrame(), "card")
        inner = QVBoxLayout(card)
        inner.setSpacing(18)
        inner.addWidget(self.number)
        inner.addWidget(self.done_status)
        inner.addWidget(self.done_next)
        self.reprint = named(QPushButton(), "reprintButton")
        self.reprint.clicked.connect(self.reprint_requested)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.setProperty("role", "primary")
        self.finish.setMinimumWidth(300)
        self.finish.clicked.connect(self.finished)
        held = QWidget()  # scrolls when the room is short (low reach): the answer date is never cut
        card_row = QVBoxLayout(held)
        card_row.setContentsMargins(40, 16, 40, 0)
        card_row.addWidget(card)
        card_row.addStretch(1)
        done = QWidget()
        done_column = QVBoxLayout(done)
        done_column.setContentsMargins(0, 0, 0, 0)
        held_area = _scrolling(held)
        held_area.setFrameShape(QFrame.Shape.NoFrame)
        done_column.addWidget(held_area, 1)
        done_column.addLayout(button_row([self.reprint], [self.finish]))
        self.pages.addWidget(done)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.header)
        page.addWidget(self.pages, 1)
        page.addWidget(self.nav)
        self._attach("")
        self._show(TOPIC)

    # -- what the flow sets
    def prepare(
        self,
        *,
        topic: str | None = None,
        attachment: str = "",
        name: str = "",
        phone: str = "",
        holder: tuple[str | None, str | None] = (None, None),
    ) -> None:
        """A fresh ticket: ``topic`` chosen (from the severance result), ``attachment`` its figures,
        ``name`` and ``phone`` of a holder who proved their card in this session."""
        self.wipe()
        self._holder = holder
        self.topic.set_value(topic)
        if topic == Topic.PESANGON:
            self.kind.set_value(TicketKind.KONSULTASI.value)
        self._attach(attachment)
        self.person.set_text(name)
        self.phone.set_text(phone)
        self._show(TOPIC)

    def show_saved(self, ticket_no: str, answer_by: date) -> None:
        self._saved = (ticket_no, answer_by)
        self._print_state, self._print_message = "printing", ""
        self._show(DONE)

    def show_printed(self, ok: bool, message: str) -> None:
        self._print_state, self._print_message = ("printed" if ok else "failed"), message
        self._show_done()

    def show_problem(self, message: str) -> None:
        """Saving failed (the disk is full): what was typed stays, "Kirim" tries again."""
        self.save_problem.setText("⚠ " + message)
        self.save_problem.setVisible(bool(message))

    # -- pages
    def current(self) -> int:
        return self.pages.currentIndex()

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.nav.setVisible(index != DONE)
        self.nav.back.setVisible(index != TOPIC)
        self.check.setVisible(index == TOPIC)
        if index == CONFIRM:
            self._summarise()
        if index == DESCRIBE:
            self.description.setFocus()
        self.retranslate()

    def _back(self) -> None:
        if self.current() > TOPIC:
            self._show(self.current() - 1)

    def _next(self) -> None:
        index = self.current()
        if index == CONFIRM:
            self._submit()
        elif self._page_passes(index):
            self._show(index + 1)

    def _page_passes(self, index: int) -> bool:
        if index == TOPIC:
            ok = True
            for choice in (self.kind, self.topic):
                if choice.value() is None:
                    choice.show_error(describe(FieldError(Code.CHOOSE_ONE)))
                    ok = False
            return ok
        if index == DESCRIBE:
            return self._check_description()
        if index == CONTACT:
            failed = [
                field
                for field, parse in (
                    (self.person, lambda: clean_name(self.person.text())),
                    (self.phone, lambda: normalise_phone(self.phone.text())),
                    (self.employer, lambda: clean_employer(self.employer.text())),
                )
                if not _field_passes(field, parse)
            ]
            if failed:
                self.contact_area.ensureWidgetVisible(failed[0])
            return not failed
        return True

    def _check_description(self) -> bool:
        try:
            clean_description(self.description.toPlainText())
        except ProblemError as err:
            self.description_error.setText("⚠ " + describe(err))
            self.description_error.show()
            return False
        self.description_error.hide()
        return True

    def _submit(self) -> None:
        self.show_problem("")
        try:
            ticket = checked(
                self.kind.value(), self.topic.value(), self.description.toPlainText(), self.person.text(),
                self.phone.text(), self.employer.text(), self._attachment,
                registration_client_id=self._holder[0], nik=self._holder[1],
            )  # fmt: skip
        except ProblemError as err:  # every page passed: only a field changed behind our back
            self.show_problem(describe(err))
            return
        self.submitted.emit(ticket)

    def _count(self) -> None:
        length = len(self.description.toPlainText())
        self.counter.setText(f"{length}/{DESCRIPTION_MAX}")
        over = length > DESCRIPTION_MAX
        if over != (self.counter.objectName() == "error"):
            self.counter.setObjectName("error" if over else "hint")
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)
        if not self.description_error.isHidden() and not over:
            self._check_description()  # the error goes once the text is right

    def _attach(self, attachment: str) -> None:
        self._attachment = attachment
        self.attachment.setVisible(bool(attachment))
        self.remove_attachment.setVisible(bool(attachment))
        self._retranslate_attachment()

    def _summarise(self) -> None:
        kind, topic = self.kind.value(), self.topic.value()
        lines = [
            self.tr("Jenis") + ": " + (_word(KIND_WORDS[TicketKind(kind)]) if kind else "-"),
            self.tr("Topik") + ": " + (_word(TOPIC_WORDS[Topic(topic)]) if topic else "-"),
            self.tr("Nama") + ": " + self.person.text().strip(),
            self.tr("Nomor HP") + ": " + self.phone.text().strip(),
        ]
        if self.employer.text().strip():
            lines.append(self.tr("Perusahaan") + ": " + self.employer.text().strip())
        lines += ["", self.description.toPlainText().strip()]
        if self._attachment:
            lines += ["", self.tr("Lampiran") + ": " + self._attachment]
        self.summary.setText("\n".join(lines))

    def _show_done(self) -> None:
        if self._saved is None:
            return
        ticket_no, answer_by = self._saved
        self.number.setText(ticket_no)
        texts = {
            "printing": self.tr("Tiket Anda tersimpan. Slip sedang dicetak…"),
            "printed": self.tr("Tiket Anda tersimpan. Ambil slip Anda di bawah layar."),
            "failed": self.tr("Tiket Anda tersimpan, tetapi slip belum tercetak: %1").replace(
                "%1", self._print_message
            ),
        }
        self.done_status.setText(texts[self._print_state])
        self.done_next.setText(
            self.tr("Petugas menjawab paling lambat %1. Untuk melihat jawabannya, pilih Konsultasi / Pengaduan "
                    "lalu Cek Tiket, dan ketik nomor tiket ini dengan nomor HP Anda. Catat nomor tiket bila "
                    "slip tidak tercetak.").replace("%1", day_text(answer_by))
        )  # fmt: skip
        self.reprint.setVisible(self._print_state == "failed")

    # -- words
    def help_text(self) -> str:
        return self.tr(
            "Tulis pertanyaan atau pengaduan Anda untuk petugas Disnaker: pilih topiknya, ceritakan "
            "masalahnya, lalu isi nama dan nomor HP. Anda mendapat slip bernomor tiket; jawabannya dapat "
            "dilihat di kios dengan Cek Tiket. Pengaduan boleh dikirim tanpa kartu kuning."
        )

    def _retranslate_attachment(self) -> None:
        self.attachment.setPlainText(self.tr("Lampiran untuk petugas: %1").replace("%1", self._attachment))
        self.remove_attachment.setText(self.tr("Hapus lampiran"))

    def retranslate(self) -> None:
        titles = {
            TOPIC: self.tr("Apa yang ingin Anda sampaikan?"),
            DESCRIBE: self.tr("Ceritakan masalah atau pertanyaan Anda"),
            CONTACT: self.tr("Nama dan nomor HP untuk jawaban"),
            CONFIRM: self.tr("Periksa sebelum dikirim"),
            DONE: self.tr("Tiket Anda"),
        }
        index = self.current()
        step = self.tr("Konsultasi / Pengaduan")
        if index < DONE:
            step += " · " + self.tr("Langkah %1 dari %2").replace("%1", str(index + 1)).replace("%2", str(STEPS))
        self.header.set_step(step, titles.get(index, ""), min(index + 1, STEPS), STEPS)
        self.nav.retranslate(self.tr("Kirim dan Cetak Slip") if index == CONFIRM else None)
        self.check.setText(self.tr("Cek Tiket"))
        self.kind.label.setText(self.tr("Anda ingin"))
        self.kind.set_texts({k.value: _word(w) for k, w in KIND_WORDS.items()})
        self.topic.label.setText(self.tr("Tentang"))
        self.topic.set_texts({t.value: _word(w) for t, w in TOPIC_WORDS.items()})
        self.prompt.setText(self.tr("Tulis apa yang terjadi, kapan, dan apa yang Anda harapkan."))
        self.new_line.setText(self.tr("Baris\nbaru"))
        self._count()
        self._retranslate_attachment()
        self.contact_hint.setText(self.tr("Petugas menjawab lewat kios ini dan dapat menghubungi nomor HP Anda."))
        self.person.label.setText(self.tr("Nama"))
        self.phone.label.setText(self.tr("Nomor HP (WhatsApp)"))
        self.phone.editor.setPlaceholderText("0812 3456 7890")
        self.employer.label.setText(self.tr("Nama perusahaan (boleh dikosongkan)"))
        self.reprint.setText(self.tr("Cetak Ulang"))
        self.finish.setText(self.tr("Selesai"))
        if index == CONFIRM:
            self._summarise()
        self._show_done()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the keys follow the window: ten columns beside the new-line key, rows of 48-60 px
        width = max(48, min(96, (self.width() - 80 - 140) // 10 - 6))
        height = max(48, min(60, self.height() // 16))
        self.keys.set_key_size(width, height)
        self.new_line.set_size(120, 2 * height + 6)
        super().resizeEvent(event)

    def wipe(self) -> None:
        super().wipe()
        self._holder = (None, None)
        self._saved = None
        self._attach("")
        for choice in (self.kind, self.topic):
            choice.set_value(None)
            choice.clear_error()
        for field in (self.person, self.phone, self.employer):
            field.clear_error()
        self.description_error.hide()
        self.show_problem("")
        self._show(TOPIC)


def _field_passes(field: Field, parse: object) -> bool:
    """``parse()`` or its problem beside ``field`` (which goes once the value is corrected)."""
    assert callable(parse)
    try:
        parse()
    except ProblemError as err:
        field.show_error(describe(err))

        def passes() -> bool:
            try:
                parse()
            except ProblemError:
                return False
            return True

        field.recheck_with(passes)
        return False
    field.clear_error()
    return True
