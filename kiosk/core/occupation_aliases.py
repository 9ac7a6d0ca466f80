"""Everyday words for KBJI 2026 jabatan whose official names job seekers would not type.

These are the kiosk's own words, not KBJI: the official list stays untouched (its terms forbid
presenting changed names as KBJI) and the picker always shows the official name. Each alias is
searched as if it were a word of that jabatan's name.
"""

from __future__ import annotations

ALIASES: dict[str, str] = {
    "5414.01": "satpam security sekuriti",  # PETUGAS KEAMANAN
    "8322.01": "sopir supir driver",  # PENGEMUDI MOBIL
    "8331.01": "sopir supir",  # PENGEMUDI BUS
    "8332.01": "sopir supir",  # PENGEMUDI TRUK BERAT
    "8321.04": "ojek ojol",  # PENGEMUDI SEPEDA MOTOR RODA DUA
    "9111.01": "art prt pembantu",  # ASISTEN RUMAH TANGGA
    "9112.03": "cleaning service ob office boy",  # TENAGA KEBERSIHAN KANTOR
    "5242.02": "spg spb",  # PRAMUNIAGA PROMOSI PENJUALAN
    "5223.03": "pramuniaga",  # PELAYAN TOKO
    "7212.01": "tukang las welder",  # PEKERJA PENGELASAN
    "5131.00": "pelayan restoran waiter waitress",  # PRAMUSAJI
    "5120.00": "koki",  # JURU MASAK
    "7533.02": "penjahit",  # TUKANG JAHIT
    "9629.02": "juru parkir jukir",  # PETUGAS PARKIR
    "7411.01": "tukang listrik",  # MONTIR LISTRIK
    "2512.03": "programmer developer",  # PEMROGRAM PERANGKAT LUNAK
}
