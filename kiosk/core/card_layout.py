"""The AK/1 card (Permenaker 39/2016) and the small receipts, as 1-bit thermal strips.

The same image is the on-screen preview and what the printer prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import qrcode
from PIL import Image

from kiosk.core.ak1 import format_registration_no
from kiosk.core.raster import Strip, jpeg_to_image

WIDTH_DOTS = {58: 384, 80: 576}
SEX = {"L": "Laki-laki", "P": "Perempuan"}
MARITAL = {"belum_kawin": "Belum kawin", "kawin": "Kawin", "cerai_hidup": "Cerai hidup", "cerai_mati": "Cerai mati"}
KETENTUAN = (
    "Berlaku nasional.",
    "Bila ada perubahan data/keterangan lainnya atau telah mendapat pekerjaan, harap segera melapor.",
    "Apabila pencari kerja yang bersangkutan telah diterima bekerja, instansi/perusahaan yang menerima "
    "agar mengembalikan kartu AK/1 ini.",
    "Kartu ini berlaku selama 2 (dua) tahun dengan keharusan melapor setiap 6 (enam) bulan sekali "
    "bagi pencari kerja yang belum mendapatkan pekerjaan.",
)


@dataclass(frozen=True)
class CardData:
    registration_no: str  # 16 digits
    nik: str
    name: str
    birth_place: str
    birth_date: str  # DD-MM-YYYY as printed
    sex: str | None
    marital_status: str | None
    religion: str | None
    address: str
    phone: str
    registered_on: str  # DD-MM-YYYY
    valid_until: str  # DD-MM-YYYY
    kiosk_id: str
    education: list[dict[str, Any]] = field(default_factory=list)
    skills: list[dict[str, Any]] = field(default_factory=list)
    experience: list[dict[str, Any]] = field(default_factory=list)
    photo_jpeg: bytes | None = None
    occupation: str = ""  # the work sought (printed_capture.occupation_line)
    region_name: str = "KOTA SEMARANG"
    reprint: bool = False
    # legalisation by the pengantar kerja (the gateway's GET /cards): empty until the kiosk learns it
    legalised_by: str = ""  # the officer's name
    legalised_nip: str = ""
    legalised_on: str = ""  # DD-MM-YYYY
    check_url: str = ""  # the gateway's verification page of this card (no signature), to type in

    @property
    def legalised(self) -> bool:
        return bool(self.legalised_by)


def _qr(payload: str, size: int) -> Image.Image:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    modules = code.modules_count + 8
    box = max(2, size // modules)  # whole dots per module: a scaled QR would not scan
    code.box_size = box
    image: Image.Image = code.make_image(fill_color="black", back_color="white").get_image()
    return image.convert("L")


def render_card(card: CardData, paper_mm: int, qr_payload: str) -> Image.Image:
    s = Strip(WIDTH_DOTS[paper_mm])
    s.text(f"PEMERINTAH {card.region_name.upper()}", 17, bold=True, align="center")
    s.text("DINAS TENAGA KERJA", 19, bold=True, align="center")
    s.rule(3, 4)
    s.text("KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA", 19, bold=True, align="center")
    s.text("AK/1" + ("  (CETAK ULANG)" if card.reprint else ""), 24, bold=True, align="center")
    s.space(6)
    s.field("No. Pendaftaran", format_registration_no(card.registration_no), 18, label_width=0.42)
    s.field("NIK", card.nik, 18, label_width=0.42)
    s.space(6)

    # pas foto 3x4 at the left, the main identity at its right
    photo_w = s.px(120)
    photo_h = round(photo_w * 4 / 3)
    top = s.y
    s.box(s.margin, top, photo_w, photo_h)
    if card.photo_jpeg:
        photo = jpeg_to_image(card.photo_jpeg).resize((photo_w - 4, photo_h - 4))
        s.paste(photo, s.margin + 2, top + 2)
    else:
        s.y = top + photo_h // 2 - s.px(20)
        s.text("FOTO\nMENYUSUL", 15, bold=True, align="center", x=s.margin, width=photo_w)
    s.y = top
    right = s.margin + photo_w + s.px(10)
    room = s.width - right - s.margin
    s.text("Nama lengkap", 14, x=right, width=room)
    s.text(card.name, 19, bold=True, x=right, width=room)
    s.text("Tempat/tgl. lahir", 14, x=right, width=room)
    s.text(f"{card.birth_place}, {card.birth_date}", 16, x=right, width=room)
    s.text(f"{SEX.get(card.sex or '', '-')} · {MARITAL.get(card.marital_status or '', '-')}", 16, x=right, width=room)
    s.text(f"Agama: {(card.religion or '-').capitalize()}", 16, x=right, width=room)
    s.y = max(s.y, top + photo_h) + s.px(8)

    s.field("Alamat", card.address, 16, label_width=0.24)
    s.field("Telepon", card.phone, 16, label_width=0.24)
    s.rule(1.5, 6)
    s.text("PENDIDIKAN FORMAL", 16, bold=True)
    rows = [[e["level"], e["institution"], e.get("major") or "-", str(e["year"])] for e in card.education]
    s.table(["Jenjang", "Sekolah/PT", "Jurusan", "Lulus"], rows or [["-", "-", "-", "-"]], [0.21, 0.38, 0.25, 0.16])
    s.space(8)
    s.text("KETERAMPILAN DAN PENGALAMAN KERJA", 16, bold=True)
    lines = [f"• {k['name']} (sejak {k['year']})" for k in card.skills] + [
        f"• {x['position']}, {x['employer']} ({x['from_year']}-{x.get('to_year') or 'sekarang'})"
        for x in card.experience
    ]
    s.text("\n".join(lines) if lines else "-", 15)
    if card.occupation:
        s.text(f"Jabatan yang dicari: {card.occupation}", 15)
    s.rule(1.5, 6)
    s.field("Tgl. pendaftaran", card.registered_on, 17, label_width=0.42)
    s.field("Berlaku s.d.", card.valid_until, 17, label_width=0.42)
    s.rule(1.5, 6)
    s.text("KETENTUAN", 16, bold=True)
    for number, rule in enumerate(KETENTUAN, 1):
        top = s.y
        s.text(f"{number}.", 14, width=s.px(22))
        s.y = top
        s.text(rule, 14, x=s.margin + s.px(22), width=s.inner - s.px(22))
    s.space(8)
    s.text("LAPORAN", 16, bold=True)
    s.table(
        ["Laporan", "Tgl-Bln-Thn", "Tanda tangan petugas"],
        [["Laporan I", "", ""], ["Laporan II", "", ""], ["Laporan III", "", ""]],
        [0.28, 0.30, 0.42],
    )
    s.space(8)
    s.text("PENEMPATAN", 16, bold=True)
    s.table(["Diterima bekerja di", "Terhitung mulai tgl."], [["", ""]], [0.6, 0.4])
    s.space(10)
    _legalisation(s, card)
    s.rule(1.5, 6)
    qr = _qr(qr_payload, min(s.inner, s.px(320)))
    s.paste(qr, (s.width - qr.width) // 2, dither=False)
    s.text("Pindai untuk memeriksa keaslian kartu", 13, align="center")
    s.text(f"Kios {card.kiosk_id}", 13, align="center")
    return s.finish()


def _legalisation(s: Strip, card: CardData) -> None:
    """The officer's legalisation, or a plain "not yet" with where to check (a card printed at the
    kiosk is valid only once a pengantar kerja has approved it)."""
    top = s.y
    s.space(6)
    pad = s.px(8)

    def line(text: str, size: float, bold: bool = False) -> None:
        s.text(text, size, bold=bold, align="center", x=s.margin + pad, width=s.inner - 2 * pad)

    if card.legalised:
        line("DISAHKAN", 22, bold=True)
        line("oleh Pengantar Kerja Dinas Tenaga Kerja", 14)
        line(card.legalised_by, 17, bold=True)
        if card.legalised_nip:
            line(f"NIP {card.legalised_nip}", 15)
        if card.legalised_on:
            line(f"Tanggal pengesahan: {card.legalised_on}", 15)
    else:
        line("MENUNGGU PENGESAHAN", 22, bold=True)
        line("Kartu ini sah setelah disahkan Pengantar Kerja Dinas Tenaga Kerja.", 14)
        s.space(4)
        if card.check_url:
            line("Cek status: pindai kode QR di bawah atau buka", 14)
            line(card.check_url, 13)
            line("atau menu Kartu Saya di kios, atau tanya di kantor Disnaker.", 14)
        else:
            line("Cek status: menu Kartu Saya di kios, atau tanya di kantor Disnaker.", 14)
    s.space(6)
    s.box(s.margin, top, s.inner, s.y - top, thickness=s.px(3))
    s.space(4)


def render_receipt(title: str, lines: list[str], paper_mm: int, *, footer: str = "") -> Image.Image:
    """A small slip: report receipts, application receipts, severance breakdowns, recaps."""
    s = Strip(WIDTH_DOTS[paper_mm])
    s.text("DINAS TENAGA KERJA KOTA SEMARANG", 15, bold=True, align="center")
    s.text(title, 19, bold=True, align="center")
    s.rule(2, 5)
    for line in lines:
        if "\t" in line:
            label, value = line.split("\t", 1)
            s.field(label, value, 16, label_width=0.45)
        elif line == "---":
            s.rule(1, 4)
        else:
            s.text(line, 16)
    if footer:
        s.rule(1, 5)
        s.text(footer, 13, align="center")
    return s.finish()
