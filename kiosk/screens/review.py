"""Review: everything on one scrolling page, the card as it will print, Edit per section.

The card preview is drawn off the GUI thread (``runner``) from a copy of the draft, "being
prepared" shown meanwhile; a preview that comes back after the session ended or the page was
left is dropped."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable

from PIL import Image
from PIL.ImageQt import ImageQt
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core import education
from kiosk.core.address import address_line
from kiosk.core.card_layout import MARITAL, SEX
from kiosk.core.spoken import date_words, nik_words, phone_words
from kiosk.i18n import current_language
from kiosk.screens.base import PERSONAL
from kiosk.screens.form_step import FormStep
from kiosk.screens.messages import word
from kiosk.screens.off_thread import Runner
from kiosk.services.draft import RegistrationDraft
from kiosk.widgets.named import named
from kiosk.widgets.printed_language import printed_language_note, say_printed_language

SECTIONS = ("step_personal", "step_contact", "step_education", "step_experience", "step_preferences", "photo")


class ReviewScreen(FormStep):
    name = "review"

    edit_requested = Signal(str)

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.preview_provider: Callable[[RegistrationDraft], Image.Image | None] | None = None
        self.runner: Runner | None = None  # draws the preview off the GUI thread (without: right after the page)
        self._generation = 0  # a preview drawn for an older one is dropped
        self._sections: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        summary = QVBoxLayout()
        for section in SECTIONS:
            box = named(QFrame(), "card")
            grid = QGridLayout(box)
            title = named(QLabel(), "subtitle")
            title.setWordWrap(True)  # large text: a long section name wraps beside its Ubah button
            text = QLabel()
            text.setWordWrap(True)
            text.setProperty(PERSONAL, True)
            text.setTextFormat(Qt.TextFormat.PlainText)  # typed text is shown literally
            edit = named(QPushButton(), f"edit_{section}")
            edit.clicked.connect(lambda _=False, s=section: self.edit_requested.emit(s))
            grid.addWidget(title, 0, 0)
            grid.addWidget(edit, 0, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(text, 1, 0, 1, 2)
            summary.addWidget(box)
            self._sections[section] = (title, text, edit)
        self.preview = named(QLabel(), "cardPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setMinimumWidth(420)
        self._preview_title = named(QLabel(), "subtitle")
        self.printed_language = printed_language_note()
        right = QVBoxLayout()
        right.addWidget(self._preview_title)
        right.addWidget(self.printed_language)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(summary, 3)
        columns.addLayout(right, 2)
        holder = QWidget()
        holder.setLayout(columns)
        self.problem = named(QLabel(), "error")  # why saving failed (a full disk); Simpan retries
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form.addWidget(self.problem)
        self.form.addWidget(holder)

    def show_problem(self, text: str) -> None:
        """One sentence above the review (empty hides it); the draft and the page stay."""
        self.problem.setText("⚠ " + text if text else "")
        self.problem.setVisible(bool(text))
        if text:
            self.scroll_area.ensureWidgetVisible(self.problem)

    def step_title(self) -> str:
        return self.tr("Periksa Data Anda")

    def spoken_text(self) -> str:
        """The title and instruction, then what is checked best by ear: the name, the NIK in fours and
        the phone number in its groups, digit by digit, and the date of birth as it is said."""
        words = [super().spoken_text()]
        d = self.draft
        if not d.nik:
            return words[0]
        lang = current_language()
        with contextlib.suppress(ValueError):
            words.append(self.tr("NIK: %1.").replace("%1", nik_words(d.nik, lang)))
        if d.name:
            words.append(self.tr("Nama: %1.").replace("%1", d.name))
        if d.birth_date:
            words.append(self.tr("Lahir: %1.").replace("%1", date_words(d.birth_date, lang)))
        if d.phone:
            with contextlib.suppress(ValueError):
                words.append(self.tr("Nomor HP: %1.").replace("%1", phone_words(d.phone, lang)))
        return " ".join(words)

    def help_text(self) -> str:
        return self.tr(
            "Periksa semua data dan gambar kartu Anda. Sentuh Ubah di samping bagian yang salah untuk "
            "memperbaikinya. Bila semua benar, sentuh Simpan dan Cetak."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.nav.next.setText(self.tr("Simpan dan Cetak ›"))
        titles = {
            "step_personal": self.tr("Data diri"),
            "step_contact": self.tr("Kontak dan alamat"),
            "step_education": self.tr("Pendidikan"),
            "step_experience": self.tr("Keterampilan dan pengalaman"),
            "step_preferences": self.tr("Pekerjaan yang dicari"),
            "photo": self.tr("Foto"),
        }
        for section, (title, _text, edit) in self._sections.items():
            title.setText(titles[section])
            edit.setText(self.tr("Ubah"))
        self._preview_title.setText(self.tr("Kartu yang akan dicetak"))
        say_printed_language(self.printed_language)

    def load(self) -> None:
        self.show_problem("")
        d = self.draft
        no = self.tr("tidak ada")
        now = self.tr("sekarang")
        texts = {
            "step_personal": "\n".join(
                [
                    f"{d.name}  ·  NIK {d.nik}",
                    f"{d.birth_place}, {d.birth_date:%d-%m-%Y}" if d.birth_date else d.birth_place,
                    " · ".join(
                        # the card prints core's Indonesian words; the screen says the personal
                        # step's words, in the person's language
                        QCoreApplication.translate("PersonalStep", word)
                        for word in (
                            SEX.get(d.sex or "", "-"),
                            (d.religion or "-").capitalize(),
                            MARITAL.get(d.marital_status or "", "-"),
                        )
                    ),
                ]
            ),
            "step_contact": "\n".join(
                [
                    f"{d.phone}  ·  {d.email or no}",
                    address_line(d.address),
                ]
            ),
            "step_education": "\n".join(
                f"{e['level']} {e['institution']} {e.get('major') or ''} ({e['year']})" for e in d.education
            )
            or (
                word(education.CONTEXT, education.WORDS["belum_tamat_sd"])
                if d.education_level == "belum_tamat_sd"
                else no
            ),
            "step_experience": "\n".join(
                [f"• {s['name']} ({s['year']})" for s in d.skills]
                + [
                    f"• {x['position']}, {x['employer']} {x['from_year']}-{x.get('to_year') or now}"
                    for x in d.experience
                ]
            )
            or no,
            "step_preferences": ", ".join(d.preferences.get("positions", []) + d.preferences.get("locations", []))
            or no,
            "photo": self.tr("Foto sudah diambil") if d.photo_jpeg else self.tr("Tanpa foto: foto menyusul di kantor"),
        }
        for section, (_title, text, _edit) in self._sections.items():
            text.setText(texts[section])
        # the card preview takes ~80 ms at full speed, 100-250 ms on a slow box: the page shows at
        # once with "being prepared", the card is drawn on the runner's thread
        self.preview.setText(self.tr("Menyiapkan pratinjau kartu…"))
        self._generation += 1
        generation, provider = self._generation, self.preview_provider
        if provider is None:
            self.preview.clear()
            return
        if self.runner is None:
            QTimer.singleShot(0, lambda: self._show_preview(generation, _preview_image(provider, self.draft)))
            return
        draft = copy.deepcopy(self.draft)  # the thread draws a copy: the page may change the draft meanwhile
        self.runner.run(
            lambda: _preview_image(provider, draft),
            lambda image: self._show_preview(generation, image),
            name="card-preview",
            bulk=True,
        )

    def _show_preview(self, generation: int, image: QImage | Exception | None) -> None:
        if generation != self._generation:
            return  # the session ended or the page was left meanwhile: nothing comes back
        if isinstance(image, QImage):
            self.preview.setPixmap(QPixmap.fromImage(image))
        else:  # none, or a failure (logged by the runner): the page works without the picture
            self.preview.clear()

    def on_leave(self) -> None:
        self._generation += 1

    def wipe(self) -> None:
        super().wipe()
        self._generation += 1
        self.preview.clear()


def _preview_image(
    provider: Callable[[RegistrationDraft], Image.Image | None], draft: RegistrationDraft
) -> QImage | None:
    """The card as it will print, scaled for the page: a QImage, which may be made off the GUI thread."""
    image = provider(draft)
    if image is None:
        return None
    qimage = QImage(ImageQt(image)).copy()  # copy: ImageQt shares PIL's buffer
    return qimage.scaledToWidth(420, Qt.TransformationMode.SmoothTransformation)
