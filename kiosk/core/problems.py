"""What can be wrong with what a person typed or a card carried: a code with parameters.

Core raises a ``ProblemError`` carrying a ``Problem``; screens turn it into words in the
person's language (``kiosk/screens/messages.py`` translates the template through Qt), and the
command line and logs use the Indonesian text. The templates are Bahasa Indonesia, the source
language of every string; ``QT_TRANSLATE_NOOP`` only marks them for ``pyside6-lupdate``
(core stays free of Qt), and ``scripts/update-translations`` gives them their English text.
Parameters are named in braces (``{label}``) and filled with ``str.format``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.marks import QT_TRANSLATE_NOOP

CONTEXT = "problems"


class Code(StrEnum):
    # fields typed at the kiosk
    REQUIRED = "required"
    TOO_LONG = "too_long"
    UNPRINTABLE = "unprintable"
    NAME_CHARACTERS = "name_characters"
    PHONE_REQUIRED = "phone_required"
    PHONE_PREFIX = "phone_prefix"
    PHONE_DIGITS = "phone_digits"
    PHONE_LANDLINE = "phone_landline"
    PHONE_LENGTH = "phone_length"
    EMAIL_INVALID = "email_invalid"
    YEAR_FORMAT = "year_format"
    YEAR_IN_FUTURE = "year_in_future"
    YEAR_BEFORE_BIRTH = "year_before_birth"
    YEAR_RANGE = "year_range"
    POSTAL_CODE = "postal_code"
    RT_RW = "rt_rw"
    BIRTH_DATE_FORMAT = "birth_date_format"
    BIRTH_DATE_NOT_IN_CALENDAR = "birth_date_not_in_calendar"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    TOO_YOUNG = "too_young"
    TOO_OLD = "too_old"
    WAGE_DIGITS = "wage_digits"
    WAGE_TOO_LARGE = "wage_too_large"
    CHOOSE = "choose"
    CHOOSE_ONE = "choose_one"
    # the NIK
    NIK_NOT_TEXT = "nik_not_text"
    NIK_EMPTY = "nik_empty"
    NIK_DIGITS = "nik_digits"
    NIK_LENGTH = "nik_length"
    NIK_PROVINCE = "nik_province"
    NIK_REGENCY = "nik_regency"
    NIK_DISTRICT = "nik_district"
    NIK_DAY = "nik_day"
    NIK_MONTH = "nik_month"
    NIK_NOT_IN_CALENDAR = "nik_not_in_calendar"
    NIK_IN_FUTURE = "nik_in_future"
    NIK_SERIAL = "nik_serial"
    # the e-KTP's data from the licensed reader, and the typed identity
    CARD_UNREADABLE = "card_unreadable"
    CARD_INCOMPLETE = "card_incomplete"
    CARD_BIRTH_DATE = "card_birth_date"
    CARD_SEX = "card_sex"
    CARD_NIK = "card_nik"
    CARD_NIK_BIRTH_DATE = "card_nik_birth_date"
    CARD_NIK_SEX = "card_nik_sex"
    TYPED_BIRTH_DATE_NOT_NIK = "typed_birth_date_not_nik"
    # devices: the card reader and the camera, as the job seeker meets them
    CARD_PULLED = "card_pulled"
    TWO_CARDS = "two_cards"
    UNKNOWN_CARD = "unknown_card"
    READER_ABSENT = "reader_absent"
    MIDDLEWARE_DOWN = "middleware_down"
    CAMERA_ABSENT = "camera_absent"
    CAMERA_STALLED = "camera_stalled"
    # the severance simulator
    AMOUNT_DIGITS = "amount_digits"
    AMOUNT_NEGATIVE = "amount_negative"
    AMOUNT_NOT_POSITIVE = "amount_not_positive"
    AMOUNT_TOO_LARGE = "amount_too_large"
    REASON_UNKNOWN = "reason_unknown"
    SERVICE_MISSING = "service_missing"
    SERVICE_IMPLAUSIBLE = "service_implausible"
    WORKDAYS = "workdays"
    LEAVE_DAYS = "leave_days"
    PKWT_TOO_SHORT = "pkwt_too_short"
    END_BEFORE_START = "end_before_start"
    # a card's QR
    QR_NOT_A_CARD = "qr_not_a_card"
    QR_SIGNATURE = "qr_signature"
    QR_DAMAGED = "qr_damaged"
    # services: printing, applications, collections, exports
    PRINT_PAPER_OUT = "print_paper_out"
    PRINT_COVER_OPEN = "print_cover_open"
    PRINT_OFFLINE = "print_offline"
    PRINT_NO_ANSWER = "print_no_answer"
    PRINT_DROPPED = "print_dropped"
    ALREADY_APPLIED = "already_applied"
    EVENT_FULL = "event_full"
    EVENT_ALREADY = "event_already"
    EVENT_CLOSED = "event_closed"
    EVENT_WALK_IN = "event_walk_in"
    EVENT_NOT_LOCAL = "event_not_local"
    POSSESSION_NUMBER_FORMAT = "possession_number_format"
    POSSESSION_WRONG_NUMBER = "possession_wrong_number"
    POSSESSION_LOCKED = "possession_locked"
    POSSESSION_CARD_OTHER = "possession_card_other"
    REPORT_SAME_PERIOD = "report_same_period"
    REPORT_CLOSED = "report_closed"
    REPORT_NONE_DUE = "report_none_due"
    STARTED_ON_FORMAT = "started_on_format"
    TICKET_NO_FORMAT = "ticket_no_format"
    TICKET_NOT_FOUND = "ticket_not_found"
    TICKET_LOOKUP_LOCKED = "ticket_lookup_locked"
    TICKET_OFFLINE = "ticket_offline"
    TYPED_SEX_NOT_NIK = "typed_sex_not_nik"
    COLLECTION_NEGATIVE = "collection_negative"
    COLLECTION_MISMATCH = "collection_mismatch"
    EXPORT_NO_MEDIA = "export_no_media"
    EXPORT_NO_COLLECTION = "export_no_collection"
    EXPORT_WRITE_FAILED = "export_write_failed"
    DIAG_CHECK_FAILED = "diag_check_failed"
    DIAG_READER_SIMULATED = "diag_reader_simulated"
    DIAG_MIDDLEWARE_SILENT = "diag_middleware_silent"
    DIAG_NO_READERS = "diag_no_readers"
    DIAG_READER_MISSING = "diag_reader_missing"
    DIAG_READERS_CARD = "diag_readers_card"
    DIAG_READERS_NO_CARD = "diag_readers_no_card"
    DIAG_CAMERA_CLOSED = "diag_camera_closed"
    DIAG_CAMERA_NO_FRAMES = "diag_camera_no_frames"
    DIAG_CAMERA_FRAMES = "diag_camera_frames"
    DIAG_CAMERA_IN_USE = "diag_camera_in_use"
    DIAG_PRINTER_STATUS = "diag_printer_status"
    DIAG_PRINTER_STATUS_DETAIL = "diag_printer_status_detail"
    DIAG_DNS_FAILED = "diag_dns_failed"
    DIAG_DNS_OK = "diag_dns_ok"
    DIAG_TLS_NONE = "diag_tls_none"
    DIAG_TLS_UNTRUSTED = "diag_tls_untrusted"
    DIAG_TLS_UNREACHABLE = "diag_tls_unreachable"
    DIAG_TLS_OK = "diag_tls_ok"
    DIAG_TOKEN_UNREADABLE = "diag_token_unreadable"
    DIAG_TOKEN_REFUSED = "diag_token_refused"
    DIAG_SIKER_WRONG_ANSWER = "diag_siker_wrong_answer"
    DIAG_TOKEN_OK = "diag_token_ok"
    DIAG_CLOCK_OFFSET = "diag_clock_offset"
    DIAG_DISK = "diag_disk"
    DIAG_DATABASE = "diag_database"
    DIAG_SYNC = "diag_sync"
    # storage
    STORAGE_FULL = "storage_full"
    DIAG_DISK_FULL = "diag_disk_full"
    BACKUP_STORAGE_FULL = "backup_storage_full"
    DATABASE_DAMAGED = "database_damaged"
    RESTORE_NO_BACKUP = "restore_no_backup"


TEMPLATES: dict[Code, str] = {
    Code.REQUIRED: QT_TRANSLATE_NOOP("problems", "{label} wajib diisi."),
    Code.TOO_LONG: QT_TRANSLATE_NOOP("problems", "{label} terlalu panjang: paling banyak {limit} huruf (sekarang {length})."),
    Code.UNPRINTABLE: QT_TRANSLATE_NOOP("problems", "{label} berisi simbol atau emoji yang tidak dapat dicetak. Hapus simbol tersebut."),
    Code.NAME_CHARACTERS: QT_TRANSLATE_NOOP("problems", "{label} hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung."),
    Code.PHONE_REQUIRED: QT_TRANSLATE_NOOP("problems", "Nomor HP wajib diisi."),
    Code.PHONE_PREFIX: QT_TRANSLATE_NOOP("problems", "Nomor HP harus diawali 08, 628 atau +628, contoh 0812 3456 7890."),
    Code.PHONE_DIGITS: QT_TRANSLATE_NOOP("problems", "Nomor HP hanya boleh berisi angka."),
    Code.PHONE_LANDLINE: QT_TRANSLATE_NOOP("problems", "Masukkan nomor HP (diawali 08), bukan nomor telepon rumah."),
    Code.PHONE_LENGTH: QT_TRANSLATE_NOOP("problems", "Panjang nomor HP tidak sesuai: biasanya 10 sampai 13 angka termasuk 0 di depan."),
    Code.EMAIL_INVALID: QT_TRANSLATE_NOOP("problems", "Alamat email tidak valid, contoh: nama@gmail.com. Boleh dikosongkan."),
    Code.YEAR_FORMAT: QT_TRANSLATE_NOOP("problems", "{label}: tulis tahun dengan 4 angka, contoh 2020."),
    Code.YEAR_IN_FUTURE: QT_TRANSLATE_NOOP("problems", "{label} tidak boleh lebih dari tahun ini ({year})."),
    Code.YEAR_BEFORE_BIRTH: QT_TRANSLATE_NOOP("problems", "{label} tidak boleh sebelum tahun lahir ({year})."),
    Code.YEAR_RANGE: QT_TRANSLATE_NOOP("problems", "{label}: tahun selesai tidak boleh sebelum tahun mulai."),
    Code.POSTAL_CODE: QT_TRANSLATE_NOOP("problems", "Kode pos terdiri dari 5 angka, contoh 50132."),
    Code.RT_RW: QT_TRANSLATE_NOOP("problems", "{label} diisi angka saja, contoh 003."),
    Code.BIRTH_DATE_FORMAT: QT_TRANSLATE_NOOP("problems", "Tulis tanggal lahir seperti 17081998 atau 17-08-1998 (tanggal, bulan, tahun)."),
    Code.BIRTH_DATE_NOT_IN_CALENDAR: QT_TRANSLATE_NOOP("problems", "Tanggal lahir tidak ada di kalender. Periksa tanggal dan bulannya."),
    Code.BIRTH_DATE_IN_FUTURE: QT_TRANSLATE_NOOP("problems", "Tanggal lahir tidak boleh di masa depan."),
    Code.TOO_YOUNG: QT_TRANSLATE_NOOP("problems", "Kartu kuning hanya untuk pencari kerja berusia 15 tahun ke atas."),
    Code.TOO_OLD: QT_TRANSLATE_NOOP("problems", "Periksa tahun lahir: usia lebih dari 100 tahun."),
    Code.WAGE_DIGITS: QT_TRANSLATE_NOOP("problems", "Tulis gaji dengan angka saja, contoh 3.000.000."),
    Code.WAGE_TOO_LARGE: QT_TRANSLATE_NOOP("problems", "Gaji yang diharapkan terlalu besar. Periksa jumlah angka nol."),
    Code.CHOOSE: QT_TRANSLATE_NOOP("problems", "Pilih {label}."),
    Code.CHOOSE_ONE: QT_TRANSLATE_NOOP("problems", "Pilih salah satu."),
    Code.NIK_NOT_TEXT: QT_TRANSLATE_NOOP("problems", "NIK harus berupa teks angka."),
    Code.NIK_EMPTY: QT_TRANSLATE_NOOP("problems", "NIK belum diisi."),
    Code.NIK_DIGITS: QT_TRANSLATE_NOOP("problems", "NIK hanya boleh berisi angka."),
    Code.NIK_LENGTH: QT_TRANSLATE_NOOP("problems", "NIK harus 16 angka; yang diketik {length} angka."),
    Code.NIK_PROVINCE: QT_TRANSLATE_NOOP("problems", "Kode provinsi {code} (2 angka pertama NIK) tidak dikenal."),
    Code.NIK_REGENCY: QT_TRANSLATE_NOOP("problems", "Kode kabupaten/kota {code} (angka ke-3 dan ke-4 NIK) tidak mungkin."),
    Code.NIK_DISTRICT: QT_TRANSLATE_NOOP("problems", "Kode kecamatan (angka ke-5 dan ke-6 NIK) tidak boleh 00."),
    Code.NIK_DAY: QT_TRANSLATE_NOOP("problems", "Tanggal lahir di NIK (angka ke-7 dan ke-8) tidak boleh 00."),
    Code.NIK_MONTH: QT_TRANSLATE_NOOP("problems", "Bulan lahir di NIK (angka ke-9 dan ke-10) adalah {month}; harus 01 sampai 12."),
    Code.NIK_NOT_IN_CALENDAR: QT_TRANSLATE_NOOP("problems", "Tanggal lahir di NIK tidak ada di kalender ({date}). Periksa kembali NIK Anda."),
    Code.NIK_IN_FUTURE: QT_TRANSLATE_NOOP("problems", "Tanggal lahir di NIK berada di masa depan. Periksa kembali NIK Anda."),
    Code.NIK_SERIAL: QT_TRANSLATE_NOOP("problems", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000."),
    Code.CARD_UNREADABLE: QT_TRANSLATE_NOOP("problems", "Data kartu tidak terbaca dengan benar. Tempelkan kartu sekali lagi."),
    Code.CARD_INCOMPLETE: QT_TRANSLATE_NOOP("problems", "Data kartu tidak lengkap. Tempelkan kartu sekali lagi atau ketik NIK Anda."),
    Code.CARD_BIRTH_DATE: QT_TRANSLATE_NOOP("problems", "Tanggal lahir dari kartu tidak terbaca. Tempelkan kartu sekali lagi atau ketik NIK Anda."),
    Code.CARD_SEX: QT_TRANSLATE_NOOP("problems", "Jenis kelamin dari kartu tidak terbaca. Tempelkan kartu sekali lagi."),
    Code.CARD_NIK: QT_TRANSLATE_NOOP("problems", "NIK dari kartu tidak sah. Tempelkan kartu sekali lagi atau ketik NIK Anda."),
    Code.CARD_NIK_BIRTH_DATE: QT_TRANSLATE_NOOP("problems", "Data di kartu tidak cocok dengan NIK (tanggal lahir). Silakan ketik NIK Anda, atau hubungi petugas pada hari kerja."),
    Code.CARD_NIK_SEX: QT_TRANSLATE_NOOP("problems", "Data di kartu tidak cocok dengan NIK (jenis kelamin). Silakan ketik NIK Anda, atau hubungi petugas pada hari kerja."),
    Code.TYPED_BIRTH_DATE_NOT_NIK: QT_TRANSLATE_NOOP("problems", "Tanggal lahir tidak sama dengan tanggal lahir di NIK. Periksa kembali NIK atau tanggal lahir Anda."),
    # devices
    Code.CARD_PULLED: QT_TRANSLATE_NOOP("problems", "Kartu terlepas sebelum selesai dibaca. Tempelkan kembali kartu dan tahan sampai ada bunyi."),
    Code.TWO_CARDS: QT_TRANSLATE_NOOP("problems", "Ada lebih dari satu kartu. Tempelkan satu kartu e-KTP saja."),
    Code.UNKNOWN_CARD: QT_TRANSLATE_NOOP("problems", "Kartu ini bukan e-KTP atau tidak dapat dibaca. Tempelkan e-KTP Anda, atau ketik NIK."),
    Code.READER_ABSENT: QT_TRANSLATE_NOOP("problems", "Pembaca kartu tidak tersedia. Silakan ketik NIK Anda."),
    Code.MIDDLEWARE_DOWN: QT_TRANSLATE_NOOP("problems", "Pembaca e-KTP sedang tidak dapat membaca data. Silakan ketik NIK Anda."),
    Code.CAMERA_ABSENT: QT_TRANSLATE_NOOP("problems", "Kamera tidak ditemukan. Anda bisa lanjut tanpa foto; foto diambil petugas nanti."),
    Code.CAMERA_STALLED: QT_TRANSLATE_NOOP("problems", "Kamera berhenti mengirim gambar. Sedang mencoba menyambung lagi…"),
    Code.AMOUNT_DIGITS: QT_TRANSLATE_NOOP("problems", "{label} harus berupa angka."),
    Code.AMOUNT_NEGATIVE: QT_TRANSLATE_NOOP("problems", "{label} tidak boleh negatif."),
    Code.AMOUNT_NOT_POSITIVE: QT_TRANSLATE_NOOP("problems", "{label} harus lebih dari nol."),
    Code.AMOUNT_TOO_LARGE: QT_TRANSLATE_NOOP("problems", "{label} terlalu besar. Periksa jumlah angka nol."),
    Code.REASON_UNKNOWN: QT_TRANSLATE_NOOP("problems", "Alasan PHK '{reason}' tidak dikenal. Lihat daftar alasan."),
    Code.SERVICE_MISSING: QT_TRANSLATE_NOOP("problems", "Isi masa kerja (tahun dan bulan) atau tanggal mulai dan berhenti bekerja."),
    Code.SERVICE_IMPLAUSIBLE: QT_TRANSLATE_NOOP("problems", "Masa kerja tidak masuk akal: {years} tahun {months} bulan."),
    Code.WORKDAYS: QT_TRANSLATE_NOOP("problems", "Hari kerja sebulan 25 (6 hari seminggu) atau 21 (5 hari seminggu)."),
    Code.LEAVE_DAYS: QT_TRANSLATE_NOOP("problems", "Sisa cuti tahunan harus antara 0 dan 365 hari."),
    Code.PKWT_TOO_SHORT: QT_TRANSLATE_NOOP("problems", "Kompensasi PKWT berlaku untuk masa kerja paling sedikit 1 bulan."),
    Code.END_BEFORE_START: QT_TRANSLATE_NOOP("problems", "Tanggal berhenti tidak boleh sebelum tanggal mulai bekerja."),
    Code.QR_NOT_A_CARD: QT_TRANSLATE_NOOP("problems", "Kode QR ini bukan kartu AK/1."),
    Code.QR_SIGNATURE: QT_TRANSLATE_NOOP("problems", "Tanda tangan tidak cocok: kartu diubah atau bukan dari kios ini."),
    Code.QR_DAMAGED: QT_TRANSLATE_NOOP("problems", "Isi kode QR rusak."),
    # services
    Code.PRINT_PAPER_OUT: QT_TRANSLATE_NOOP("problems", "Kertas printer habis. Minta petugas mengisi kertas, lalu tekan Cetak Ulang."),
    Code.PRINT_COVER_OPEN: QT_TRANSLATE_NOOP("problems", "Tutup printer terbuka. Tutup printer, lalu tekan Cetak Ulang."),
    Code.PRINT_OFFLINE: QT_TRANSLATE_NOOP("problems", "Printer sedang tidak siap. Tunggu sebentar, lalu tekan Cetak Ulang."),
    Code.PRINT_NO_ANSWER: QT_TRANSLATE_NOOP("problems", "Printer tidak menjawab. Tekan Cetak Ulang; bila tetap gagal, petugas akan mencetak nanti."),
    Code.PRINT_DROPPED: QT_TRANSLATE_NOOP("problems", "Pencetakan terputus di tengah jalan. Bila kartu tidak lengkap, tekan Cetak Ulang."),
    Code.ALREADY_APPLIED: QT_TRANSLATE_NOOP("problems", "Anda sudah melamar lowongan ini. Lamaran yang sama tidak perlu dikirim dua kali."),
    Code.EVENT_FULL: QT_TRANSLATE_NOOP("problems", "Acara ini sudah penuh: tidak ada kursi tersisa. Silakan pilih acara lain."),
    Code.EVENT_ALREADY: QT_TRANSLATE_NOOP("problems", "Anda sudah terdaftar di acara ini. Buktinya bisa dicetak lagi di Pendaftaran Saya."),
    Code.EVENT_CLOSED: QT_TRANSLATE_NOOP("problems", "Pendaftaran acara ini sudah ditutup: acara sudah dimulai atau dibatalkan."),
    Code.EVENT_WALK_IN: QT_TRANSLATE_NOOP("problems", "Acara ini tanpa pendaftaran: datang langsung pada waktunya."),
    Code.EVENT_NOT_LOCAL: QT_TRANSLATE_NOOP("problems", "Pendaftaran acara di kios ini untuk kartu kuning yang dibuat di kios ini. Untuk kartu lain, daftar di kantor Disnaker."),
    Code.POSSESSION_NUMBER_FORMAT: QT_TRANSLATE_NOOP("problems", "Nomor kartu AK/1 terdiri dari 16 angka, tercetak di kartu kuning Anda."),
    Code.POSSESSION_WRONG_NUMBER: QT_TRANSLATE_NOOP("problems", "Nomor kartu tidak cocok. Sisa percobaan: {left}."),
    Code.POSSESSION_LOCKED: QT_TRANSLATE_NOOP("problems", "Terlalu banyak nomor yang salah. Coba lagi setelah pukul {time}, atau datang ke loket Disnaker."),
    Code.POSSESSION_CARD_OTHER: QT_TRANSLATE_NOOP("problems", "e-KTP ini bukan kartu yang dipakai saat mendaftar. Ketik nomor kartu AK/1 Anda."),
    Code.REPORT_SAME_PERIOD: QT_TRANSLATE_NOOP("problems", "{label} sudah Anda kirim pada {date}. Laporan berikutnya dapat dikirim mulai {next}."),
    Code.REPORT_CLOSED: QT_TRANSLATE_NOOP("problems", "Anda sudah melapor bekerja. Kartu ini tidak perlu dilaporkan lagi."),
    Code.REPORT_NONE_DUE: QT_TRANSLATE_NOOP("problems", "Tidak ada laporan yang perlu dikirim sekarang. Perpanjang kartu bila masa berlakunya hampir habis."),
    Code.TICKET_NO_FORMAT: QT_TRANSLATE_NOOP("problems", "Nomor tiket seperti tercetak di slip, contoh K-SMG01-261202-0007."),
    Code.TICKET_NOT_FOUND: QT_TRANSLATE_NOOP("problems", "Tiket tidak ditemukan, atau nomor HP tidak sama dengan yang ditulis di tiket. Periksa slip Anda. Sisa percobaan: {left}."),
    Code.TICKET_LOOKUP_LOCKED: QT_TRANSLATE_NOOP("problems", "Terlalu banyak percobaan yang tidak cocok di kios ini. Coba lagi setelah pukul {time}, atau tanyakan ke loket Disnaker."),
    Code.TICKET_OFFLINE: QT_TRANSLATE_NOOP("problems", "Kios sedang tidak terhubung ke kantor Disnaker, jadi jawaban belum dapat dilihat. Coba lagi nanti, atau tanyakan ke loket pada hari kerja."),
    Code.STARTED_ON_FORMAT: QT_TRANSLATE_NOOP("problems", "Tulis tanggal mulai bekerja seperti 01-03-2026, tidak di masa depan."),
    Code.TYPED_SEX_NOT_NIK: QT_TRANSLATE_NOOP("problems", "Jenis kelamin tidak sama dengan NIK (tanggal lahir perempuan di NIK ditambah 40). Jenis kelamin diambil dari NIK."),
    Code.COLLECTION_NEGATIVE: QT_TRANSLATE_NOOP("problems", "Jumlah kartu tidak boleh negatif."),
    Code.COLLECTION_MISMATCH: QT_TRANSLATE_NOOP("problems", "Jumlah yang Anda hitung ({confirmed}) berbeda dari catatan ({expected}). Tulis catatan alasannya sebelum menyimpan."),
    Code.EXPORT_NO_MEDIA: QT_TRANSLATE_NOOP("problems", "Flashdisk tidak ditemukan. Colokkan flashdisk ke port USB kios, tunggu sebentar, lalu coba lagi."),
    Code.EXPORT_NO_COLLECTION: QT_TRANSLATE_NOOP("problems", "Serah terima #{collection} tidak ada."),
    Code.EXPORT_WRITE_FAILED: QT_TRANSLATE_NOOP("problems", "Tidak dapat menulis ke {dest}: {reason}. Periksa flashdisk lalu coba lagi."),
    Code.DIAG_CHECK_FAILED: QT_TRANSLATE_NOOP("problems", "pemeriksaan gagal"),
    Code.DIAG_READER_SIMULATED: QT_TRANSLATE_NOOP("problems", "pembaca simulasi"),
    Code.DIAG_MIDDLEWARE_SILENT: QT_TRANSLATE_NOOP("problems", "middleware {address} tidak menjawab"),
    Code.DIAG_NO_READERS: QT_TRANSLATE_NOOP("problems", "tidak ada pembaca kartu terlihat"),
    Code.DIAG_READER_MISSING: QT_TRANSLATE_NOOP("problems", "pembaca '{name}' tidak ada"),
    Code.DIAG_READERS_CARD: QT_TRANSLATE_NOOP("problems", "{count} pembaca: {names}; UID kartu {uid}"),
    Code.DIAG_READERS_NO_CARD: QT_TRANSLATE_NOOP("problems", "{count} pembaca: {names}; tidak ada kartu"),
    Code.DIAG_CAMERA_CLOSED: QT_TRANSLATE_NOOP("problems", "kamera {source} tidak dapat dibuka"),
    Code.DIAG_CAMERA_NO_FRAMES: QT_TRANSLATE_NOOP("problems", "kamera terbuka tetapi tidak mengirim gambar"),
    Code.DIAG_CAMERA_FRAMES: QT_TRANSLATE_NOOP("problems", "{width}x{height}, {fps} fps"),
    Code.DIAG_CAMERA_IN_USE: QT_TRANSLATE_NOOP("problems", "dipakai oleh kios: lihat pratinjau langsung"),
    Code.DIAG_PRINTER_STATUS: QT_TRANSLATE_NOOP("problems", "status {state}"),
    Code.DIAG_PRINTER_STATUS_DETAIL: QT_TRANSLATE_NOOP("problems", "status {state} ({detail})"),
    Code.DIAG_DNS_FAILED: QT_TRANSLATE_NOOP("problems", "nama {host} tidak ditemukan"),
    Code.DIAG_DNS_OK: QT_TRANSLATE_NOOP("problems", "{host} = {addresses} ({ms} ms)"),
    Code.DIAG_TLS_NONE: QT_TRANSLATE_NOOP("problems", "http tanpa TLS: hanya untuk uji dan simulator"),
    Code.DIAG_TLS_UNTRUSTED: QT_TRANSLATE_NOOP("problems", "sertifikat server tidak dipercaya"),
    Code.DIAG_TLS_UNREACHABLE: QT_TRANSLATE_NOOP("problems", "tidak dapat tersambung ke {host}:{port}"),
    Code.DIAG_TLS_OK: QT_TRANSLATE_NOOP("problems", "{version}, sertifikat berlaku s.d. {expires}"),
    Code.DIAG_TOKEN_UNREADABLE: QT_TRANSLATE_NOOP("problems", "token SIKER tidak dapat dibaca"),
    Code.DIAG_TOKEN_REFUSED: QT_TRANSLATE_NOOP("problems", "token ditolak (HTTP {status})"),
    Code.DIAG_SIKER_WRONG_ANSWER: QT_TRANSLATE_NOOP("problems", "SIKER tidak menjawab dengan benar"),
    Code.DIAG_TOKEN_OK: QT_TRANSLATE_NOOP("problems", "token diterima, jeda {ms} ms"),
    Code.DIAG_CLOCK_OFFSET: QT_TRANSLATE_NOOP("problems", "selisih dengan SIKER {offset} detik"),
    Code.DIAG_DISK: QT_TRANSLATE_NOOP("problems", "{free} MiB bebas dari {total} MiB"),
    Code.DIAG_DATABASE: QT_TRANSLATE_NOOP("problems", "integrity_check {result}, skema {version}, {size} KiB"),
    Code.DIAG_SYNC: QT_TRANSLATE_NOOP("problems", "{waiting} menunggu, {failed} gagal, {delivered} terkirim"),
    # storage
    Code.STORAGE_FULL: QT_TRANSLATE_NOOP("problems", "Kartu belum dapat dibuat sekarang, silakan hubungi kantor Disnaker."),
    Code.DIAG_DISK_FULL: QT_TRANSLATE_NOOP("problems", "PENUH: {free} MiB bebas dari {total} MiB, data baru tidak dapat disimpan"),
    Code.BACKUP_STORAGE_FULL: QT_TRANSLATE_NOOP("problems", "Cadangan tidak dapat dibuat karena disk penuh ({directory})."),
    Code.DATABASE_DAMAGED: QT_TRANSLATE_NOOP("problems", "Basis data rusak. Hubungi teknisi."),
    Code.RESTORE_NO_BACKUP: QT_TRANSLATE_NOOP("problems", "Tidak ada cadangan yang lolos pemeriksaan di {directory}."),
}


@dataclass(frozen=True)
class Problem:
    code: Code
    params: Mapping[str, str | int] = field(default_factory=dict)

    def text(self, template: str | None = None) -> str:
        """The sentence, from ``template`` (a translation) or the Indonesian one."""
        return (template or TEMPLATES[self.code]).format(**self.params)


class ProblemError(ValueError):
    """Raised by core with a ``Problem``; ``str(err)`` is its Indonesian sentence (CLI, logs)."""

    def __init__(self, code: Code, /, **params: str | int) -> None:
        self.problem = Problem(code, params)
        super().__init__(self.problem.text())
