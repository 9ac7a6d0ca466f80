"""What each reason for termination grants under PP 35/2021, as data.

Each row: the reason code, its words (as a job seeker would say it, not the Pasal's legal
terms: the screen shows the Pasal as a small second line under them), the Pasal, the multiplier
of uang pesangon (UP), whether uang penghargaan masa kerja (UPMK), uang penggantian hak (UPH)
and uang pisah apply. A change of regulation is a change of this table, not of the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kiosk.core.marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Reason:
    code: str
    words: str
    pasal: str
    up: Decimal  # multiplier of the UP table; 0 = no UP
    upmk: bool
    uph: bool = True
    uang_pisah: bool = False
    pkwt: bool = False  # fixed-term contract ending: kompensasi instead


# each reason's words are marked for translation (context "severance"): the screen shows them in the
# chosen language, the printed slip as they are
D = Decimal
REASONS: tuple[Reason, ...] = (
    Reason(
        "merger",
        QT_TRANSLATE_NOOP("severance", "Perusahaan digabung, dilebur atau dipecah"),
        "Pasal 41",
        D("1"),
        True,
    ),
    Reason(
        "acquisition",
        QT_TRANSLATE_NOOP("severance", "Perusahaan diambil alih pemilik baru"),
        "Pasal 42 ayat (1)",
        D("1"),
        True,
    ),
    Reason(
        "acquisition_terms_changed",
        QT_TRANSLATE_NOOP("severance", "Perusahaan diambil alih, syarat kerja diubah dan saya tidak mau"),
        "Pasal 42 ayat (2)",
        D("0.5"),
        True,
    ),
    Reason(
        "efficiency_loss",
        QT_TRANSLATE_NOOP("severance", "Pengurangan karyawan karena perusahaan rugi"),
        "Pasal 43 ayat (1)",
        D("0.5"),
        True,
    ),
    Reason(
        "efficiency_prevent_loss",
        QT_TRANSLATE_NOOP("severance", "Pengurangan karyawan agar perusahaan tidak rugi"),
        "Pasal 43 ayat (2)",
        D("1"),
        True,
    ),
    Reason(
        "closure_loss",
        QT_TRANSLATE_NOOP("severance", "Perusahaan tutup karena rugi"),
        "Pasal 44 ayat (1)",
        D("0.5"),
        True,
    ),
    Reason(
        "closure_no_loss",
        QT_TRANSLATE_NOOP("severance", "Perusahaan tutup, bukan karena rugi"),
        "Pasal 44 ayat (2)",
        D("1"),
        True,
    ),
    Reason(
        "force_majeure_closure",
        QT_TRANSLATE_NOOP("severance", "Perusahaan tutup karena bencana atau keadaan darurat"),
        "Pasal 45 ayat (1)",
        D("0.5"),
        True,
    ),
    Reason(
        "force_majeure_no_closure",
        QT_TRANSLATE_NOOP("severance", "Bencana atau keadaan darurat, perusahaan tetap buka"),
        "Pasal 45 ayat (2)",
        D("0.75"),
        True,
    ),
    Reason(
        "pkpu_loss",
        QT_TRANSLATE_NOOP("severance", "Perusahaan menunda bayar utang (PKPU) karena rugi"),
        "Pasal 46 ayat (1)",
        D("0.5"),
        True,
    ),
    Reason(
        "pkpu_no_loss",
        QT_TRANSLATE_NOOP("severance", "Perusahaan menunda bayar utang (PKPU), bukan karena rugi"),
        "Pasal 46 ayat (2)",
        D("1"),
        True,
    ),
    Reason("bankruptcy", QT_TRANSLATE_NOOP("severance", "Perusahaan pailit (bangkrut)"), "Pasal 47", D("0.5"), True),
    Reason(
        "worker_request",
        QT_TRANSLATE_NOOP("severance", "Saya minta berhenti karena perlakuan atasan, misalnya upah tidak dibayar"),
        "Pasal 48",
        D("1"),
        True,
    ),
    Reason(
        "resignation",
        QT_TRANSLATE_NOOP("severance", "Saya mengundurkan diri"),
        "Pasal 50",
        D("0"),
        False,
        uang_pisah=True,
    ),
    Reason(
        "absence",
        QT_TRANSLATE_NOOP("severance", "Saya tidak masuk kerja 5 hari tanpa keterangan, sudah dipanggil 2 kali"),
        "Pasal 51",
        D("0"),
        False,
        uang_pisah=True,
    ),
    Reason(
        "violation",
        QT_TRANSLATE_NOOP("severance", "Saya melanggar aturan kerja setelah diberi surat peringatan"),
        "Pasal 52 ayat (1)",
        D("0.5"),
        True,
    ),
    Reason(
        "urgent_violation",
        QT_TRANSLATE_NOOP("severance", "Saya melakukan pelanggaran berat menurut aturan perusahaan"),
        "Pasal 52 ayat (2)",
        D("0"),
        False,
        uang_pisah=True,
    ),
    Reason(
        "detention_harm",
        QT_TRANSLATE_NOOP("severance", "Saya ditahan polisi dan perusahaan dirugikan"),
        "Pasal 54 ayat (4)",
        D("0"),
        False,
        uang_pisah=True,
    ),
    Reason(
        "detention_no_harm",
        QT_TRANSLATE_NOOP("severance", "Saya ditahan polisi, perusahaan tidak dirugikan"),
        "Pasal 54 ayat (3)",
        D("0"),
        True,
    ),
    Reason(
        "illness",
        QT_TRANSLATE_NOOP("severance", "Saya sakit lama atau cacat karena kecelakaan kerja, lebih dari 12 bulan"),
        "Pasal 55",
        D("2"),
        True,
    ),
    Reason("retirement", QT_TRANSLATE_NOOP("severance", "Saya sudah masuk usia pensiun"), "Pasal 56", D("1.75"), True),
    Reason(
        "death",
        QT_TRANSLATE_NOOP("severance", "Pekerja meninggal dunia (hak diterima ahli waris)"),
        "Pasal 57",
        D("2"),
        True,
    ),
    Reason(
        "pkwt_end",
        QT_TRANSLATE_NOOP("severance", "Kontrak kerja (PKWT) saya habis"),
        "Pasal 15-16",
        D("0"),
        False,
        uph=False,
        pkwt=True,
    ),
)
BY_CODE = {reason.code: reason for reason in REASONS}

# Pasal 40 ayat (2): months of wage by completed years of service (index = completed years, capped)
UP_MONTHS = (1, 2, 3, 4, 5, 6, 7, 8, 9)
# Pasal 40 ayat (3): (from completed years, months)
UPMK_MONTHS = ((24, 10), (21, 8), (18, 7), (15, 6), (12, 5), (9, 4), (6, 3), (3, 2))
# PP 68/2009: PPh 21 final on severance, by layer: (upper bound of the layer, rate)
PPH21_LAYERS = ((D(50_000_000), D("0")), (D(100_000_000), D("0.05")), (D(500_000_000), D("0.15")), (None, D("0.25")))
