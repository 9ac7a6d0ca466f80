<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Bacalah data apa yang disimpan, untuk apa, siapa yang melihat, dan berapa lama. Sentuh Saya Setuju untuk lanjut mendaftar. Bila tidak setuju, tidak ada data yang disimpan.</source>
        <translation>Read which data is kept, what for, who sees it and for how long. Touch I Agree to go on registering. If you do not agree, no data is kept.</translation>
    </message>
    <message>
        <source>Persetujuan Penggunaan Data Pribadi</source>
        <translation>Consent to the Use of Personal Data</translation>
    </message>
    <message>
        <source>Data yang disimpan</source>
        <translation>What is stored</translation>
    </message>
    <message>
        <source>NIK, nama, tempat dan tanggal lahir, alamat, nomor HP, email, pendidikan, keterampilan, pengalaman kerja, dan foto Anda.</source>
        <translation>Your NIK, name, place and date of birth, address, mobile number, e-mail, education, skills, work experience and photo.</translation>
    </message>
    <message>
        <source>Untuk apa</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>Untuk membuat kartu kuning (AK/1) dan mencarikan lowongan kerja yang cocok untuk Anda.</source>
        <translation>To make your yellow card (AK/1) and to find job vacancies that suit you.</translation>
    </message>
    <message>
        <source>Siapa yang melihat</source>
        <translation>Who sees it</translation>
    </message>
    <message>
        <source>Petugas Disnaker Kota Semarang melalui SIKER, dan perusahaan yang lowongannya Anda lamar.</source>
        <translation>Officers of the Semarang City Manpower Office through SIKER, and the companies whose vacancies you apply for.</translation>
    </message>
    <message>
        <source>Berapa lama</source>
        <translation>For how long</translation>
    </message>
    <message>
        <source>Di mesin ini data dihapus %1 hari setelah terkirim ke SIKER. Di SIKER data disimpan selama kartu Anda berlaku.</source>
        <translation>On this machine your data is deleted %1 days after it has reached SIKER. SIKER keeps it while your card is valid.</translation>
    </message>
    <message>
        <source>Hak Anda</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Anda boleh melihat, memperbaiki, atau meminta data dihapus di kantor Disnaker pada hari kerja. Jika tidak setuju, tidak ada data yang disimpan.</source>
        <translation>You may see, correct or ask to delete your data at the Manpower Office on a working day. If you do not agree, nothing is stored.</translation>
    </message>
    <message>
        <source>Tidak Setuju, Batalkan</source>
        <translation>I Do Not Agree, Cancel</translation>
    </message>
    <message>
        <source>Saya Setuju ›</source>
        <translation>I Agree ›</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Kontak dan Alamat</source>
        <translation>Contact and Address</translation>
    </message>
    <message>
        <source>Isi nomor HP yang aktif agar perusahaan dapat menghubungi Anda; email boleh dikosongkan. Bila alamat tinggal berbeda dengan e-KTP, hilangkan centang lalu isi alamatnya. Sentuh Lanjut bila sudah.</source>
        <translation>Enter a mobile number in use so that companies can reach you; e-mail may be left empty. If you live somewhere other than the address on your e-KTP, untick the box and enter the address. Touch Next when done.</translation>
    </message>
    <message>
        <source>Nomor HP (WhatsApp)</source>
        <translation>Mobile number (WhatsApp)</translation>
    </message>
    <message>
        <source>Email (boleh dikosongkan)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>Alamat tinggal sama dengan alamat di e-KTP</source>
        <translation>I live at the address on my e-KTP</translation>
    </message>
    <message>
        <source>Alamat (jalan, nomor rumah)</source>
        <translation>Address (street, house number)</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Kelurahan/Desa</source>
        <translation>Kelurahan/Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <source>Kota/Kabupaten</source>
        <translation>City/Regency</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>DamagedMode</name>
    <message>
        <source>Tidak ada cadangan yang dapat dipakai untuk memeriksa PIN.</source>
        <translation>No usable backup to check the PIN against.</translation>
    </message>
    <message>
        <source>PIN salah atau bukan teknisi.</source>
        <translation>Wrong PIN, or not a technician.</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>DamagedScreen</name>
    <message>
        <source>Kios ini sedang tidak dapat melayani. Mohon datang ke loket Disnaker pada hari kerja; petugas kami akan memperbaiki kios ini secepatnya.</source>
        <translation>This kiosk cannot serve right now. Please come to the Disnaker counter on a working day; our staff will repair this kiosk as soon as possible.</translation>
    </message>
    <message>
        <source>PIN teknisi</source>
        <translation>Technician PIN</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Pulihkan cadangan terbaru</source>
        <translation>Restore the newest backup</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Ambil kartu atau tanda terima Anda dari printer di bawah layar. Bila tidak tercetak, sentuh Cetak Ulang. Sentuh Selesai untuk mengakhiri; data Anda dihapus dari layar.</source>
        <translation>Take your card or receipt from the printer below the screen. If nothing was printed, touch Print Again. Touch Finish to end; your data is removed from the screen.</translation>
    </message>
    <message>
        <source>Nomor pendaftaran: %1</source>
        <translation>Registration number: %1</translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation>Print Again</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Data tersimpan. Kartu sedang dicetak…</source>
        <translation>Your data is saved. Printing your card…</translation>
    </message>
    <message>
        <source>Mohon tunggu sebentar.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>Lamaran Anda sudah tersimpan</source>
        <translation>Your application is saved</translation>
    </message>
    <message>
        <source>Ambil tanda terima lamaran di bawah layar. Lamaran dikirim ke SIKER.</source>
        <translation>Take your application receipt below the screen. The application goes to SIKER.</translation>
    </message>
    <message>
        <source>Laporan Anda sudah tersimpan</source>
        <translation>Your report is saved</translation>
    </message>
    <message>
        <source>Ambil tanda terima laporan Anda di bawah layar.</source>
        <translation>Take your report receipt below the screen.</translation>
    </message>
    <message>
        <source>Ambil kartu Anda</source>
        <translation>Take your card</translation>
    </message>
    <message>
        <source>Kartu kuning (AK/1) Anda sudah dicetak di bawah layar.</source>
        <translation>Your yellow card (AK/1) has been printed below the screen.</translation>
    </message>
    <message>
        <source>Data Anda sudah tersimpan, tetapi kartu belum tercetak</source>
        <translation>Your data is saved, but the card has not been printed</translation>
    </message>
    <message>
        <source>Jika tidak bisa sekarang, tekan Selesai: petugas akan mencetak kartu Anda pada hari kerja.</source>
        <translation>If that is not possible now, press Finish: an officer will print your card on a working day.</translation>
    </message>
    <message>
        <source>Kartu berlaku sampai %1. Laporkan status Anda setiap 6 bulan di mesin ini. Bawa kartu ke kantor Disnaker pada hari kerja untuk dilegalisasi petugas.</source>
        <translation>The card is valid until %1. Report your status every 6 months at this machine. Bring the card to the Manpower Office on a working day to have it legalised by an officer.</translation>
    </message>
</context>
<context>
    <name>EducationStep</name>
    <message>
        <source>Pendidikan Terakhir</source>
        <translation>Highest Education</translation>
    </message>
    <message>
        <source>Sentuh pendidikan tertinggi yang sudah Anda tamatkan, lalu isi nama sekolah atau kampus, jurusan dan tahun lulus. Jika belum tamat SD, cukup sentuh 'Belum tamat SD'.</source>
        <translation>Touch the highest level of school you have finished, then fill in the school or campus, the major and the year you graduated. If you have not finished primary school, just touch 'Primary school unfinished'.</translation>
    </message>
    <message>
        <source>Pendidikan tertinggi yang sudah ditamatkan</source>
        <translation>Highest level of school finished</translation>
    </message>
    <message>
        <source>Nama sekolah / kampus</source>
        <translation>School / university name</translation>
    </message>
    <message>
        <source>Jurusan (boleh dikosongkan untuk SD/SMP)</source>
        <translation>Major (optional for primary/junior high)</translation>
    </message>
    <message>
        <source>Tahun lulus</source>
        <translation>Year of graduation</translation>
    </message>
    <message>
        <source>jenjang pendidikan</source>
        <translation>education level</translation>
    </message>
    <message>
        <source>Nama sekolah</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Jurusan</source>
        <translation>Major</translation>
    </message>
</context>
<context>
    <name>EventRegisterScreen</name>
    <message>
        <source>Nama (dicetak di bukti pendaftaran)</source>
        <translation>Name (printed on the registration slip)</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>contoh 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>Nama dan nomor HP diambil dari kartu kuning Anda; ubah bila sudah berganti. Nomor kursi dicetak di bukti pendaftaran.</source>
        <translation>Name and mobile number come from your yellow card; change them if they have changed. The seat number is printed on the registration slip.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation>Print Again</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Minta nomor kursi…</source>
        <translation>Asking for a seat number…</translation>
    </message>
    <message>
        <source>Daftar ›</source>
        <translation>Register ›</translation>
    </message>
    <message>
        <source>Daftar Acara</source>
        <translation>Register for the Event</translation>
    </message>
    <message>
        <source>Anda terdaftar</source>
        <translation>You are registered</translation>
    </message>
    <message>
        <source>Pendaftaran tersimpan</source>
        <translation>Registration saved</translation>
    </message>
    <message>
        <source>Maaf, acara ini sudah penuh</source>
        <translation>Sorry, this event is full</translation>
    </message>
    <message>
        <source>Pendaftaran tidak diterima</source>
        <translation>Registration not accepted</translation>
    </message>
    <message>
        <source>Nomor kursi: %1</source>
        <translation>Seat number: %1</translation>
    </message>
    <message>
        <source>Nomor kursi: menyusul</source>
        <translation>Seat number: to follow</translation>
    </message>
    <message>
        <source>Bawa bukti pendaftaran dan kartu kuning Anda ke acara.</source>
        <translation>Bring the registration slip and your yellow card to the event.</translation>
    </message>
    <message>
        <source>Kios belum tersambung ke server Disnaker, jadi nomor kursi belum ada. Pendaftaran Anda tersimpan dan dikirim otomatis. Lihat nomor kursi Anda di kios ini (Pendaftaran Saya) sebelum hari acara. Bila kuota sudah habis lebih dulu, Anda tidak mendapat kursi.</source>
        <translation>The kiosk is not connected to the Disnaker server, so there is no seat number yet. Your registration is saved and will be sent automatically. See your seat number at this kiosk (My Registrations) before the day of the event. If the seats run out first, you will not get a seat.</translation>
    </message>
    <message>
        <source>Semua kursi sudah terisi sebelum pendaftaran Anda sampai. Anda tidak mendapat kursi dan tidak ada bukti yang dicetak. Silakan pilih acara lain.</source>
        <translation>All seats were taken before your registration arrived. You have no seat and no slip was printed. Please choose another event.</translation>
    </message>
    <message>
        <source>Acara ini dibatalkan atau tidak lagi menerima pendaftaran di kios. Tanyakan ke petugas Disnaker pada hari kerja.</source>
        <translation>This event was cancelled or no longer takes registrations at the kiosk. Ask a Disnaker officer on a working day.</translation>
    </message>
    <message>
        <source>Bukti pendaftaran sedang dicetak…</source>
        <translation>Printing the registration slip…</translation>
    </message>
    <message>
        <source>Ambil bukti pendaftaran Anda di bawah layar.</source>
        <translation>Take your registration slip below the screen.</translation>
    </message>
    <message>
        <source>Pendaftaran Anda tetap tersimpan; bukti bisa dicetak lagi di Pendaftaran Saya.</source>
        <translation>Your registration stays saved; the slip can be printed again under My Registrations.</translation>
    </message>
    <message>
        <source>Periksa nama dan nomor HP Anda, lalu tekan Daftar. Bila kios tersambung, nomor kursi langsung dicetak; bila tidak, bukti mencatat 'nomor kursi menyusul' dan nomornya bisa dilihat di Pendaftaran Saya.</source>
        <translation>Check your name and mobile number, then press Register. When the kiosk is connected, the seat number is printed at once; if not, the slip says 'seat number to follow' and the number can be seen under My Registrations.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message numerus="yes">
        <source>%n acara</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <source>sisa kursi menurut data pukul %1; bisa sudah berubah</source>
        <translation>seats left as known at %1; they may have changed</translation>
    </message>
    <message>
        <source>Belum ada acara yang akan datang. Coba lagi nanti.</source>
        <translation>No upcoming events yet. Please try again later.</translation>
    </message>
    <message>
        <source>Bursa kerja</source>
        <translation>Job fair</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Bimbingan jabatan</source>
        <translation>Career counselling</translation>
    </message>
    <message>
        <source>Tanpa pendaftaran: datang langsung</source>
        <translation>No registration: just come</translation>
    </message>
    <message>
        <source>Pendaftaran ditutup: acara sudah dimulai</source>
        <translation>Registration closed: the event has started</translation>
    </message>
    <message>
        <source>PENUH (data pukul %1)</source>
        <translation>FULL (as known at %1)</translation>
    </message>
    <message>
        <source>Sisa %1 dari %2 kursi (data pukul %3)</source>
        <translation>%1 of %2 seats left (as known at %3)</translation>
    </message>
    <message>
        <source>Daftar bursa kerja, pelatihan dan bimbingan jabatan yang akan datang. Sentuh satu acara untuk melihat rinciannya dan mendaftar. Sisa kursi adalah data terakhir yang diterima kios. Pendaftaran Saya menampilkan nomor kursi Anda setelah Anda menempelkan e-KTP.</source>
        <translation>Upcoming job fairs, trainings and career counselling sessions. Touch an event to see its details and register. Seats left are the latest figures the kiosk received. My Registrations shows your seat numbers after you tap your e-KTP.</translation>
    </message>
    <message>
        <source>Bursa Kerja dan Pelatihan</source>
        <translation>Job Fairs and Training</translation>
    </message>
    <message>
        <source>Jenis acara</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Pendaftaran Saya</source>
        <translation>My Registrations</translation>
    </message>
    <message>
        <source>Daftar Acara Ini ›</source>
        <translation>Register for This Event ›</translation>
    </message>
</context>
<context>
    <name>ExistingScreen</name>
    <message>
        <source>Sudah ada kartu kuning untuk NIK ini. Untuk membukanya, tempelkan e-KTP yang dipakai saat mendaftar, atau ketik nomor kartu AK/1 (16 angka, tercetak di kartu kuning) lalu sentuh Buka Kartu Saya. Kartu hilang? Datanglah ke loket Disnaker.</source>
        <translation>A yellow card already exists for this NIK. To open it, tap the e-KTP used when registering, or type the AK/1 card number (16 digits, printed on the yellow card) and touch Open My Card. Lost your card? Come to the Disnaker counter.</translation>
    </message>
    <message>
        <source>Kartu AK/1 sudah ada</source>
        <translation>An AK/1 card already exists</translation>
    </message>
    <message>
        <source>Kartu AK/1 atas nama %1 sudah ada.</source>
        <translation>An AK/1 card in the name of %1 already exists.</translation>
    </message>
    <message>
        <source>Untuk melihat kartu, mencetak ulang, melapor atau melamar, buktikan bahwa kartu ini milik Anda.</source>
        <translation>To see the card, reprint it, report or apply, show that this card is yours.</translation>
    </message>
    <message>
        <source>Tempelkan e-KTP yang dipakai saat mendaftar, atau ketik nomor kartu AK/1 di bawah.</source>
        <translation>Tap the e-KTP you used when registering, or type the AK/1 card number below.</translation>
    </message>
    <message>
        <source>Kartu ini dibuat dengan NIK yang diketik: ketik nomor kartu AK/1 di bawah.</source>
        <translation>This card was made with a typed NIK: type the AK/1 card number below.</translation>
    </message>
    <message>
        <source>Nomor kartu AK/1 (16 angka, tercetak di kartu kuning)</source>
        <translation>AK/1 card number (16 digits, printed on the yellow card)</translation>
    </message>
    <message>
        <source>Buka Kartu Saya</source>
        <translation>Open My Card</translation>
    </message>
    <message>
        <source>Kartu hilang atau nomor lupa? Datang ke loket Disnaker pada hari kerja, %1, %2, telepon %3.</source>
        <translation>Lost your card or forgot the number? Come to the Disnaker counter on a working day, %1, %2, phone %3.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExperienceStep</name>
    <message>
        <source>Keterampilan dan Pengalaman Kerja</source>
        <translation>Skills and Work Experience</translation>
    </message>
    <message>
        <source>Tulis keterampilan dan pengalaman kerja Anda, bila ada. Bagian ini boleh dikosongkan. Sentuh Lanjut bila sudah.</source>
        <translation>Write down your skills and work experience, if any. This part may be left empty. Touch Next when done.</translation>
    </message>
    <message>
        <source>Keterampilan (boleh dikosongkan)</source>
        <translation>Skills (optional)</translation>
    </message>
    <message>
        <source>Pengalaman kerja (boleh dikosongkan)</source>
        <translation>Work experience (optional)</translation>
    </message>
    <message>
        <source>Keterampilan, contoh: menjahit, las, komputer</source>
        <translation>Skill, e.g. sewing, welding, computers</translation>
    </message>
    <message>
        <source>Sejak tahun</source>
        <translation>Since (year)</translation>
    </message>
    <message>
        <source>Jabatan / pekerjaan</source>
        <translation>Position / job</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Keterampilan</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Tahun mulai</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Tahun selesai</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Pengalaman kerja</source>
        <translation>Work experience</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Langkah %1 dari %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Jangkauan Rendah</source>
        <extracomment>the "Jangkauan Rendah" toggle, here so that it is within reach on every screen</extracomment>
        <translation>Low Reach</translation>
    </message>
</context>
<context>
    <name>IdentifyManualScreen</name>
    <message>
        <source>Ketik NIK Anda</source>
        <translation>Type Your NIK</translation>
    </message>
    <message>
        <source>Ketik NIK Anda (16 angka, ada di KTP atau Kartu Keluarga), nama lengkap sesuai KTP, dan tempat lahir. Sentuh kolom untuk memunculkan papan ketik di layar. Lalu sentuh Lanjut.</source>
        <translation>Type your NIK (16 digits, on your ID card or Family Card), your full name as on your ID card, and your place of birth. Touch a field to bring up the on-screen keyboard. Then touch Next.</translation>
    </message>
    <message>
        <source>Tanpa e-KTP</source>
        <translation>Without an e-KTP</translation>
    </message>
    <message>
        <source>NIK (16 angka, ada di KTP atau Kartu Keluarga)</source>
        <translation>NIK (16 digits, on your KTP or Family Card)</translation>
    </message>
    <message>
        <source>Nama lengkap (sesuai KTP)</source>
        <translation>Full name (as on the KTP)</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>%1 dari 16 angka</source>
        <translation>%1 of 16 digits</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>lahir %1</source>
        <translation>born %1</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Letakkan e-KTP Anda di atas pembaca kartu di bawah layar dan biarkan sampai terbaca. Tidak membawa e-KTP? Sentuh Ketik NIK lalu isi NIK Anda. Sentuh Batal untuk kembali ke halaman awal.</source>
        <translation>Place your e-KTP on the card reader below the screen and leave it there until it has been read. No e-KTP with you? Touch Type NIK and enter your NIK. Touch Cancel to go back to the start page.</translation>
    </message>
    <message>
        <source>Tempelkan e-KTP Anda</source>
        <translation>Tap your e-KTP</translation>
    </message>
    <message>
        <source>Ketik NIK</source>
        <translation>Type NIK</translation>
    </message>
    <message>
        <source>Demo: tempel e-KTP contoh</source>
        <translation>Demo: tap a sample e-KTP</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membaca kartu… jangan angkat kartu Anda.</source>
        <translation>Reading the card… do not lift it.</translation>
    </message>
    <message>
        <source>Pembaca kartu sedang tidak tersedia.</source>
        <translation>The card reader is not available right now.</translation>
    </message>
    <message>
        <source>Letakkan e-KTP di atas pembaca kartu di bawah layar. Tidak membawa e-KTP? Tekan Ketik NIK.</source>
        <translation>Place your e-KTP on the card reader below the screen. No e-KTP with you? Press Type NIK.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Masih di sana?</source>
        <extracomment>how much longer a relaxed session waits (issue 23 item 5: twice the idle time)</extracomment>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Demi keamanan data Anda, sesi akan diakhiri dalam %n detik.</source>
        <translation>
            <numerusform>To protect your data, this session will end in %n second.</numerusform><numerusform>To protect your data, this session will end in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Ya, saya masih di sini</source>
        <translation>Yes, I am still here</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>spasi</source>
        <translation>space</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Butuh bantuan petugas? Hubungi kantor Disnaker Kota Semarang.</source>
        <translation>Need help from an officer? Contact the Disnaker office of Kota Semarang.</translation>
    </message>
    <message>
        <source>Telepon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Jam layanan: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Alamat: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MyCardScreen</name>
    <message>
        <source>Kartu Saya</source>
        <translation>My Card</translation>
    </message>
    <message>
        <source>Perpanjang Kartu Kuning</source>
        <translation>Renew Yellow Card</translation>
    </message>
    <message>
        <source>Cetak Ulang Kartu</source>
        <translation>Print the Card Again</translation>
    </message>
    <message>
        <source>Lapor 6 Bulanan</source>
        <translation>6-Monthly Report</translation>
    </message>
    <message>
        <source>Cari dan Lamar Lowongan</source>
        <translation>Find and Apply for Jobs</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Perbarui Status</source>
        <translation>Update Status</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Cetak Kartu yang Disahkan</source>
        <translation>Print the Legalised Card</translation>
    </message>
    <message>
        <source>Masa berlaku habis pada %1.</source>
        <translation>Expired on %1.</translation>
    </message>
    <message>
        <source>Berlaku sampai %1.</source>
        <translation>Valid until %1.</translation>
    </message>
    <message>
        <source>Kartu ini dibuat di tempat lain: cetak ulang dan laporan dilayani di kantor Disnaker.</source>
        <translation>This card was made elsewhere: reprints and reports are handled at the Manpower Office.</translation>
    </message>
    <message>
        <source>Laporan terkirim: %1</source>
        <translation>Reports sent: %1</translation>
    </message>
    <message>
        <source>Belum ada laporan 6 bulanan.</source>
        <translation>No six-monthly report yet.</translation>
    </message>
    <message>
        <source>Lamaran terkirim: %1</source>
        <translation>Applications sent: %1</translation>
    </message>
    <message>
        <source>Belum ada lamaran dari kios ini.</source>
        <translation>No applications from this kiosk yet.</translation>
    </message>
    <message>
        <source>Status kartu: menunggu pengesahan</source>
        <translation>Card status: waiting for legalisation</translation>
    </message>
    <message>
        <source>Status kartu: perlu perbaikan</source>
        <translation>Card status: needs correction</translation>
    </message>
    <message>
        <source>Status kartu: disahkan</source>
        <translation>Card status: legalised</translation>
    </message>
    <message>
        <source>Status kartu: ditolak</source>
        <translation>Card status: rejected</translation>
    </message>
    <message>
        <source>Status kartu: kedaluwarsa</source>
        <translation>Card status: expired</translation>
    </message>
    <message>
        <source>Status kartu: sudah bekerja</source>
        <translation>Card status: employed</translation>
    </message>
    <message>
        <source>(tidak disebutkan)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Kartu Anda sedang diperiksa Pengantar Kerja di kantor Disnaker. Kartu sah setelah disahkan.</source>
        <translation>A job placement officer at the Disnaker office is checking your card. The card is valid once it is legalised.</translation>
    </message>
    <message>
        <source>Petugas meminta perbaikan. Alasan: %1</source>
        <translation>The officer asks for a correction. Reason: %1</translation>
    </message>
    <message>
        <source>Ambil ulang foto Anda di kios ini; perbaikan langsung dikirim ke kantor.</source>
        <translation>Retake your photo at this kiosk; the correction goes straight to the office.</translation>
    </message>
    <message>
        <source>Ambil Ulang Foto</source>
        <translation>Retake Photo</translation>
    </message>
    <message>
        <source>Perbaiki data yang disebut petugas di kios ini; perbaikan langsung dikirim ke kantor.</source>
        <translation>Correct the data the officer named at this kiosk; the correction goes straight to the office.</translation>
    </message>
    <message>
        <source>Perbaiki Data</source>
        <translation>Correct Data</translation>
    </message>
    <message>
        <source>Perbaikan ini dilayani di kantor Disnaker: datang dengan membawa e-KTP.</source>
        <translation>This correction is made at the Disnaker office: come with your e-KTP.</translation>
    </message>
    <message>
        <source>Disahkan oleh %1 pada %2.</source>
        <translation>Legalised by %1 on %2.</translation>
    </message>
    <message>
        <source>Anda dapat mencetak kartu yang sudah disahkan.</source>
        <translation>You can print the legalised card.</translation>
    </message>
    <message>
        <source>Pendaftaran kartu ditolak. Alasan: %1</source>
        <translation>The card registration was rejected. Reason: %1</translation>
    </message>
    <message>
        <source>Bila ada pertanyaan, datanglah ke kantor Disnaker dengan membawa e-KTP.</source>
        <translation>If you have questions, come to the Disnaker office with your e-KTP.</translation>
    </message>
    <message>
        <source>Masa berlaku kartu sudah habis. Perpanjang kartu agar tetap terdaftar.</source>
        <translation>The card has expired. Renew it to stay registered.</translation>
    </message>
    <message>
        <source>Anda sudah melapor bekerja: kartu ini tidak perlu dilaporkan lagi.</source>
        <translation>You reported that you are employed: this card needs no more reports.</translation>
    </message>
    <message>
        <source>Kantor tidak dapat dihubungi sekarang: yang tampil adalah status terakhir yang diketahui.</source>
        <translation>The office cannot be reached now: this is the last known status.</translation>
    </message>
    <message>
        <source>Data kartu belum sampai di kantor. Coba perbarui lagi nanti.</source>
        <translation>The card's data has not reached the office yet. Try updating again later.</translation>
    </message>
    <message>
        <source>Belum diperiksa ke kantor.</source>
        <translation>Not yet checked with the office.</translation>
    </message>
    <message>
        <source>Diperiksa baru saja.</source>
        <translation>Checked just now.</translation>
    </message>
    <message>
        <source>Diperiksa hari ini pukul %1.</source>
        <translation>Checked today at %1.</translation>
    </message>
    <message>
        <source>Diperiksa kemarin.</source>
        <translation>Checked yesterday.</translation>
    </message>
    <message>
        <source>Diperiksa %1 hari lalu.</source>
        <translation>Checked %1 days ago.</translation>
    </message>
    <message>
        <source>Langkah berikutnya: perpanjang kartu kuning Anda.</source>
        <translation>Next step: renew your yellow card.</translation>
    </message>
    <message>
        <source>Langkah berikutnya: kartu hampir habis, perpanjang sekarang.</source>
        <translation>Next step: your card expires soon, renew it now.</translation>
    </message>
    <message>
        <source>Anda sudah melapor bekerja: tidak perlu laporan lagi. Selamat bekerja!</source>
        <translation>You reported that you are working: no more reports needed. Good luck at work!</translation>
    </message>
    <message>
        <source>Langkah berikutnya: kirim %1 paling lambat %2.</source>
        <translation>Next step: send %1 by %2 at the latest.</translation>
    </message>
    <message>
        <source>Laporan berikutnya paling lambat %1.</source>
        <translation>Next report due by %1.</translation>
    </message>
    <message>
        <source>Langkah berikutnya: cari lowongan yang cocok dan lamar dari kios ini.</source>
        <translation>Next step: find a suitable vacancy and apply from this kiosk.</translation>
    </message>
    <message>
        <source>Ini kartu kuning Anda: statusnya di kantor Disnaker, masa berlaku, laporan dan lamaran. Tekan Perbarui Status untuk menanyakan status terbaru ke kantor. Bila petugas meminta perbaikan, tombol perbaikan membawa Anda ke langkah yang perlu diubah. Tekan Selesai bila sudah.</source>
        <translation>This is your yellow card: its status at the Disnaker office, validity, reports and applications. Press Update Status to ask the office for the latest status. If the officer asks for a correction, the correction button takes you to the step to change. Press Done when finished.</translation>
    </message>
</context>
<context>
    <name>MyEventsScreen</name>
    <message>
        <source>Bukti pendaftaran sedang dicetak…</source>
        <translation>Printing the registration slip…</translation>
    </message>
    <message>
        <source>Ambil bukti pendaftaran Anda di bawah layar.</source>
        <translation>Take your registration slip below the screen.</translation>
    </message>
    <message>
        <source>Terdaftar · nomor kursi %1</source>
        <translation>Registered · seat number %1</translation>
    </message>
    <message>
        <source>Nomor kursi menyusul: belum terkirim ke server Disnaker</source>
        <translation>Seat number to follow: not yet sent to the Disnaker server</translation>
    </message>
    <message>
        <source>PENUH: kuota habis sebelum pendaftaran Anda sampai. Anda tidak mendapat kursi; bukti yang tercetak tidak berlaku. Silakan pilih acara lain.</source>
        <translation>FULL: the seats ran out before your registration arrived. You have no seat; the printed slip is not valid. Please choose another event.</translation>
    </message>
    <message>
        <source>DITOLAK: acara dibatalkan atau tidak lagi menerima pendaftaran di kios.</source>
        <translation>REFUSED: the event was cancelled or no longer takes registrations at the kiosk.</translation>
    </message>
    <message>
        <source>Pendaftaran Saya</source>
        <translation>My Registrations</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Lihat Acara</source>
        <translation>See Events</translation>
    </message>
    <message>
        <source>Cetak Bukti ›</source>
        <translation>Print Slip ›</translation>
    </message>
    <message>
        <source>Sudah lewat</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran acara dari kios ini.</source>
        <translation>No event registrations from this kiosk yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n pendaftaran Anda tidak mendapat kursi karena acaranya penuh.</source>
        <translation>
            <numerusform>%n of your registrations got no seat because the event was full.</numerusform><numerusform>%n of your registrations got no seat because the events were full.</numerusform></translation>
    </message>
    <message>
        <source>Pilih satu pendaftaran untuk mencetak buktinya lagi.</source>
        <translation>Choose a registration to print its slip again.</translation>
    </message>
    <message>
        <source>Pendaftaran acara Anda dari kios ini dengan nomor kursinya. 'Menyusul' berarti kios belum tersambung ke server; 'Penuh' berarti kuota habis lebih dulu. Pilih satu lalu tekan Cetak Bukti.</source>
        <translation>Your event registrations from this kiosk with their seat numbers. 'To follow' means the kiosk has not reached the server yet; 'Full' means the seats ran out first. Choose one, then press Print Slip.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lanjut ›</source>
        <translation>Next ›</translation>
    </message>
</context>
<context>
    <name>OccupationPicker</name>
    <message>
        <source>Pekerjaan apa yang Anda cari?</source>
        <translation>What work are you looking for?</translation>
    </message>
    <message>
        <source>Ketik nama pekerjaan</source>
        <translation>Type the name of the job</translation>
    </message>
    <message>
        <source>contoh: satpam, operator jahit, kasir</source>
        <translation>e.g. satpam, operator jahit, kasir</translation>
    </message>
    <message>
        <source>Sentuh pekerjaan yang paling cocok. Urutan kata bebas.</source>
        <translation>Touch the job that fits best. Words may come in any order. Job names are in Indonesian.</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. Coba kata lain, atau sentuh 'Lainnya' dan tulis sendiri.</source>
        <translation>Nothing matches. Try another word, or touch 'Other' and write it yourself.</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lainnya: tulis sendiri</source>
        <translation>Other: write it myself</translation>
    </message>
    <message>
        <source>Subgolongan %1: %2</source>
        <translation>Sub-group %1: %2</translation>
    </message>
    <message>
        <source>Subgolongan %1 (semua jabatan di dalamnya)</source>
        <translation>Sub-group %1 (every job in it)</translation>
    </message>
</context>
<context>
    <name>OfficerScreen</name>
    <message>
        <source>Tulis jumlah kartu yang Anda hitung.</source>
        <translation>Enter the number of cards you counted.</translation>
    </message>
    <message>
        <source>Semua hari</source>
        <translation>All days</translation>
    </message>
    <message>
        <source>%1 cetakan; kartu tercetak %2; gagal %3; tidak pasti %4. %5</source>
        <translation>%1 prints; cards printed %2; failed %3; uncertain %4. %5</translation>
    </message>
    <message>
        <source>Menurut catatan, %1 kartu tercetak sejak %2. Hitung kartu yang Anda ambil dan tulis jumlahnya.</source>
        <translation>The records show %1 cards printed since %2. Count the cards you collected and enter the number.</translation>
    </message>
    <message>
        <source>Menunggu foto di kantor: %1</source>
        <translation>Waiting for a photo at the office: %1</translation>
    </message>
    <message>
        <source>Cetakan tidak pasti (kios berhenti saat mencetak): %1</source>
        <translation>Uncertain prints (the kiosk stopped while printing): %1</translation>
    </message>
    <message>
        <source>Mode petugas: lihat kartu yang tercetak, catat serah terima kartu dengan jumlah yang Anda hitung, dan tindak lanjuti foto atau cetakan yang tertunda. Sentuh Keluar bila selesai.</source>
        <translation>Officer mode: see the printed cards, record a handover of cards with the number you counted, and follow up photos or prints still pending. Touch Sign out when done.</translation>
    </message>
    <message>
        <source>Mode Petugas</source>
        <translation>Officer mode</translation>
    </message>
    <message>
        <source>Masuk sebagai %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Kartu tercetak</source>
        <translation>Printed cards</translation>
    </message>
    <message>
        <source>Serah terima</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Riwayat serah terima</source>
        <translation>Earlier handovers</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>No. pendaftaran</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>On record</translation>
    </message>
    <message>
        <source>Dihitung</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Kartu yang dihitung</source>
        <translation>Cards counted</translation>
    </message>
    <message>
        <source>Catatan selisih</source>
        <translation>Note on the difference</translation>
    </message>
    <message>
        <source>Simpan serah terima dan cetak rekap</source>
        <translation>Save the handover and print the recap</translation>
    </message>
    <message>
        <source>Ekspor ke flashdisk</source>
        <translation>Export to USB stick</translation>
    </message>
</context>
<context>
    <name>PersonalStep</name>
    <message>
        <source>Data Diri</source>
        <translation>Personal Details</translation>
    </message>
    <message>
        <source>Periksa data diri Anda. Tanggal lahir dan jenis kelamin diambil dari NIK. Pilih agama dan status perkawinan, lalu sentuh Lanjut.</source>
        <translation>Check your personal data. Date of birth and sex are taken from the NIK. Choose your religion and marital status, then touch Next.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama lengkap (sesuai KTP)</source>
        <translation>Full name (as on the KTP)</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir (tgl-bln-tahun)</source>
        <translation>Date of birth (day-month-year)</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tanggal lahir dan jenis kelamin diambil dari NIK (untuk perempuan, tanggal lahir di NIK ditambah 40).</source>
        <translation>The birth date and sex are taken from the NIK (for women, the NIK's day of birth has 40 added).</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Kristen</source>
        <translation>Protestant</translation>
    </message>
    <message>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <source>Konghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>jenis kelamin</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>agama</source>
        <translation>religion</translation>
    </message>
    <message>
        <source>status perkawinan</source>
        <translation>marital status</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Wajah tidak terlihat. Lihat ke kamera.</source>
        <translation>No face seen. Look at the camera.</translation>
    </message>
    <message>
        <source>Hanya satu wajah. Minta orang lain menjauh dari kamera.</source>
        <translation>Only one face, please. Ask others to step away from the camera.</translation>
    </message>
    <message>
        <source>Dekatkan wajah ke kamera.</source>
        <translation>Come closer to the camera.</translation>
    </message>
    <message>
        <source>Mundur sedikit dari kamera.</source>
        <translation>Move back a little.</translation>
    </message>
    <message>
        <source>Geser sedikit ke kiri.</source>
        <translation>Move a little to the left.</translation>
    </message>
    <message>
        <source>Geser sedikit ke kanan.</source>
        <translation>Move a little to the right.</translation>
    </message>
    <message>
        <source>Terlalu gelap. Hadapkan wajah ke arah cahaya.</source>
        <translation>Too dark. Face towards the light.</translation>
    </message>
    <message>
        <source>Terlalu terang. Hindari cahaya langsung dari belakang atau samping.</source>
        <translation>Too bright. Avoid direct light from behind or the side.</translation>
    </message>
    <message>
        <source>Gambar buram. Tahan, jangan bergerak.</source>
        <translation>Blurred. Hold still.</translation>
    </message>
    <message>
        <source>Bagus! Tahan posisi ini lalu tekan Ambil Foto.</source>
        <translation>Good! Hold this position and press Take Photo.</translation>
    </message>
    <message>
        <source>Lihat ke kamera di atas layar dan ikuti petunjuk di layar sampai tertulis Bagus, lalu sentuh Ambil Foto. Bila foto sudah bagus, sentuh Gunakan Foto. Tidak bisa difoto sekarang? Sentuh Lanjut tanpa foto: foto menyusul di kantor.</source>
        <translation>Look into the camera above the screen and follow the hints on the screen until it says Good, then touch Take Photo. When the photo looks good, touch Use Photo. Cannot take a photo now? Touch Continue without a photo: the photo is taken later at the office.</translation>
    </message>
    <message>
        <source>Langkah 6 dari 7</source>
        <translation>Step 6 of 7</translation>
    </message>
    <message>
        <source>Foto untuk Kartu Kuning</source>
        <translation>Photo for the Yellow Card</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lanjut tanpa foto</source>
        <translation>Continue without a photo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>Ambil Foto</source>
        <translation>Take Photo</translation>
    </message>
    <message>
        <source>Gunakan Foto ›</source>
        <translation>Use Photo ›</translation>
    </message>
    <message>
        <source>Lihat ke kamera…</source>
        <translation>Look at the camera…</translation>
    </message>
    <message>
        <source>Sedang memproses foto…</source>
        <translation>Processing the photo…</translation>
    </message>
    <message>
        <source>Apakah foto ini sudah bagus?</source>
        <translation>Is this photo good?</translation>
    </message>
    <message>
        <source>Foto belum bisa dipakai:</source>
        <translation>This photo cannot be used yet:</translation>
    </message>
</context>
<context>
    <name>PreferencesStep</name>
    <message>
        <source>Pekerjaan yang Dicari</source>
        <translation>Work You Are Looking For</translation>
    </message>
    <message>
        <source>Lokasi kerja %1</source>
        <translation>Work location %1</translation>
    </message>
    <message>
        <source>Sentuh kotak pekerjaan, ketik sebagian namanya (misalnya 'satpam' atau 'operator jahit'), lalu sentuh yang paling cocok. Jika tidak ada, pilih 'Lainnya' dan tulis sendiri. Pertanyaan disabilitas boleh tidak dijawab.</source>
        <translation>Touch the job box, type part of its name in Indonesian (for example 'satpam' or 'operator jahit'), then touch the one that fits best. If none does, choose 'Other' and write it yourself. You need not answer the disability question.</translation>
    </message>
    <message>
        <source>Pekerjaan utama yang dicari</source>
        <translation>Main work you are looking for</translation>
    </message>
    <message>
        <source>Tulis pekerjaan yang Anda cari</source>
        <translation>Write the work you are looking for</translation>
    </message>
    <message>
        <source>Pekerjaan lain yang diminati %1 (boleh dikosongkan)</source>
        <translation>Other work of interest %1 (optional)</translation>
    </message>
    <message>
        <source>contoh: Kota Semarang</source>
        <translation>e.g. Semarang City</translation>
    </message>
    <message>
        <source>Gaji yang diharapkan per bulan (Rp, boleh dikosongkan)</source>
        <translation>Expected monthly wage (Rp, optional)</translation>
    </message>
    <message>
        <source>Apakah Anda penyandang disabilitas?</source>
        <translation>Do you live with a disability?</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak ingin menjawab</source>
        <translation>Prefer not to answer</translation>
    </message>
    <message>
        <source>Boleh tidak dijawab. Jawaban ini hanya dipakai petugas untuk mencarikan pekerjaan dan tempat kerja yang ramah disabilitas.</source>
        <translation>You need not answer. Officers use the answer only to find you work and workplaces that suit people with disabilities.</translation>
    </message>
    <message>
        <source>Jenis disabilitas (boleh pilih lebih dari satu)</source>
        <translation>Kind of disability (you may choose more than one)</translation>
    </message>
    <message>
        <source>Fisik (gerak tubuh)</source>
        <translation>Physical (mobility)</translation>
    </message>
    <message>
        <source>Netra (penglihatan)</source>
        <translation>Sight</translation>
    </message>
    <message>
        <source>Rungu (pendengaran)</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Wicara (berbicara)</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Intelektual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(sentuh untuk mengganti)</source>
        <translation>(touch to change)</translation>
    </message>
    <message>
        <source>Lainnya (tulis di bawah)   (sentuh untuk mencari lagi)</source>
        <translation>Other (write it below)   (touch to search again)</translation>
    </message>
    <message>
        <source>Sentuh di sini untuk mencari pekerjaan ›</source>
        <translation>Touch here to search for the work ›</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>PrintedLanguage</name>
    <message>
        <source>Dokumen cetak (kartu AK/1, tanda terima, rincian) memakai Bahasa Indonesia sesuai formulir resmi.</source>
        <translation>Printed documents (AK/1 card, receipts, slips) are in Bahasa Indonesia, as the official form requires.</translation>
    </message>
</context>
<context>
    <name>ReachBand</name>
    <message>
        <source>Jangkauan rendah: semua tombol ada di bagian bawah layar.</source>
        <translation>Low reach: every button is in the lower part of the screen.</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <source>NIK Anda belum terdaftar di kios ini</source>
        <translation>Your NIK is not registered at this kiosk</translation>
    </message>
    <message>
        <source>Laporan hanya untuk pemilik kartu kuning. Ingin mendaftar sekarang?</source>
        <translation>Reports are for yellow card holders. Would you like to register now?</translation>
    </message>
    <message>
        <source>Ya, daftar</source>
        <translation>Yes, register</translation>
    </message>
    <message>
        <source>Data Anda belum ada di kios ini</source>
        <translation>Your data is not at this kiosk yet</translation>
    </message>
    <message>
        <source>Daftar kartu kuning dulu agar lowongan bisa dicocokkan dengan data Anda.</source>
        <translation>Register for a yellow card first, so vacancies can be matched to your data.</translation>
    </message>
    <message>
        <source>Lihat semua lowongan</source>
        <translation>See all vacancies</translation>
    </message>
    <message>
        <source>Untuk melamar, Anda perlu kartu kuning. Ingin mendaftar sekarang?</source>
        <translation>To apply you need a yellow card. Would you like to register now?</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pendaftaran acara memakai kartu kuning dari kios ini. Ingin membuat kartu kuning sekarang?</source>
        <translation>Event registration uses a yellow card made at this kiosk. Would you like to make a yellow card now?</translation>
    </message>
    <message>
        <source>Kirim lamaran?</source>
        <translation>Send the application?</translation>
    </message>
    <message>
        <source>Ya, kirim lamaran</source>
        <translation>Yes, send it</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran?</source>
        <translation>Cancel the registration?</translation>
    </message>
    <message>
        <source>Semua data yang sudah Anda isi akan dihapus dari layar ini.</source>
        <translation>Everything you have entered will be removed from this screen.</translation>
    </message>
    <message>
        <source>Ya, batalkan</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <source>Tidak, lanjutkan</source>
        <translation>No, continue</translation>
    </message>
    <message>
        <source>Lamaran sudah ada</source>
        <translation>Already applied</translation>
    </message>
    <message>
        <source>Lihat lowongan lain</source>
        <translation>See other vacancies</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dikirim</source>
        <translation>The report cannot be sent</translation>
    </message>
    <message>
        <source>Lihat lowongan</source>
        <translation>See vacancies</translation>
    </message>
    <message>
        <source>%1 (laporan ke-%2) tersimpan.</source>
        <translation>%1 (report no. %2) saved.</translation>
    </message>
    <message>
        <source>Laporan berikutnya paling lambat %1.</source>
        <translation>Next report due by %1.</translation>
    </message>
    <message>
        <source>Tidak perlu laporan lagi untuk kartu ini.</source>
        <translation>No more reports are needed for this card.</translation>
    </message>
    <message>
        <source>Perbaikan terkirim ke kantor Disnaker: kartu kembali menunggu pengesahan.</source>
        <translation>The correction was sent to the Disnaker office: the card is waiting for legalisation again.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Lapor 6 Bulanan</source>
        <translation>6-Monthly Report</translation>
    </message>
    <message>
        <source>Laporan 6 bulanan memberi tahu Disnaker keadaan Anda. Pilih Masih mencari kerja atau Sudah bekerja; bila sudah bekerja, isi nama perusahaan, jabatan, dan tanggal mulai. Lalu sentuh Kirim Laporan.</source>
        <translation>The 6-monthly report tells Disnaker how you are doing. Choose Still looking for work or Working now; if you are working, enter the company, the position and the start date. Then touch Send Report.</translation>
    </message>
    <message>
        <source>Laporan kartu kuning</source>
        <translation>Yellow card report</translation>
    </message>
    <message>
        <source>Bagaimana keadaan Anda sekarang?</source>
        <translation>What is your situation now?</translation>
    </message>
    <message>
        <source>Masih mencari kerja</source>
        <translation>Still looking for work</translation>
    </message>
    <message>
        <source>Sudah bekerja</source>
        <translation>Working now</translation>
    </message>
    <message>
        <source>Nama perusahaan tempat bekerja</source>
        <translation>Name of the company you work for</translation>
    </message>
    <message>
        <source>Jabatan / pekerjaan</source>
        <translation>Position / job</translation>
    </message>
    <message>
        <source>Mulai bekerja (tanggal-bulan-tahun, contoh 01-03-2026)</source>
        <translation>Started work on (day-month-year, e.g. 01-03-2026)</translation>
    </message>
    <message>
        <source>Tempat bekerja</source>
        <translation>Where you work</translation>
    </message>
    <message>
        <source>Kota Semarang / Jawa Tengah</source>
        <translation>Semarang / Central Java</translation>
    </message>
    <message>
        <source>Provinsi lain</source>
        <translation>Another province</translation>
    </message>
    <message>
        <source>Luar negeri</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Kirim Laporan ›</source>
        <translation>Send Report ›</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Periksa Data Anda</source>
        <translation>Check Your Details</translation>
    </message>
    <message>
        <source>NIK: %1.</source>
        <translation>NIK: %1.</translation>
    </message>
    <message>
        <source>Nama: %1.</source>
        <translation>Name: %1.</translation>
    </message>
    <message>
        <source>Lahir: %1.</source>
        <translation>Born: %1.</translation>
    </message>
    <message>
        <source>Nomor HP: %1.</source>
        <translation>Mobile number: %1.</translation>
    </message>
    <message>
        <source>Periksa semua data dan gambar kartu Anda. Sentuh Ubah di samping bagian yang salah untuk memperbaikinya. Bila semua benar, sentuh Simpan dan Cetak.</source>
        <translation>Check all your data and the picture of your card. Touch Change beside a part that is wrong to correct it. When everything is right, touch Save and Print.</translation>
    </message>
    <message>
        <source>Simpan dan Cetak ›</source>
        <translation>Save and Print ›</translation>
    </message>
    <message>
        <source>Data diri</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Kontak dan alamat</source>
        <translation>Contact and address</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Keterampilan dan pengalaman</source>
        <translation>Skills and experience</translation>
    </message>
    <message>
        <source>Pekerjaan yang dicari</source>
        <translation>Work you are looking for</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Kartu yang akan dicetak</source>
        <translation>The card that will be printed</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Foto sudah diambil</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <source>Tanpa foto: foto menyusul di kantor</source>
        <translation>No photo: to be added at the office</translation>
    </message>
    <message>
        <source>Menyiapkan pratinjau kartu…</source>
        <translation>Preparing the card preview…</translation>
    </message>
</context>
<context>
    <name>SeveranceScreen</name>
    <message>
        <source>Pilih alasan berhenti bekerja.</source>
        <translation>Choose why the work ended.</translation>
    </message>
    <message>
        <source>Upah dasar</source>
        <translation>Wage base</translation>
    </message>
    <message>
        <source>(%1 x %2 x upah)</source>
        <translation>(%1 x %2 x wage)</translation>
    </message>
    <message>
        <source>Jumlah kotor</source>
        <translation>Gross total</translation>
    </message>
    <message>
        <source>PPh 21 final</source>
        <translation>Final income tax (PPh 21)</translation>
    </message>
    <message>
        <source>Diterima bersih</source>
        <translation>Net received</translation>
    </message>
    <message>
        <source>Hasil simulasi pesangon.</source>
        <translation>Severance simulation result.</translation>
    </message>
    <message>
        <source>Rincian sudah dicetak.</source>
        <translation>The breakdown has been printed.</translation>
    </message>
    <message>
        <source>Uang pesangon</source>
        <translation>Severance pay</translation>
    </message>
    <message>
        <source>Uang penghargaan masa kerja</source>
        <translation>Long-service pay</translation>
    </message>
    <message numerus="yes">
        <source>Cuti tahunan belum diambil (%n hari)</source>
        <translation>
            <numerusform>Unused annual leave (%n day)</numerusform><numerusform>Unused annual leave (%n days)</numerusform></translation>
    </message>
    <message>
        <source>Biaya pulang ke tempat diterima bekerja</source>
        <translation>Cost of returning to the place of hire</translation>
    </message>
    <message>
        <source>Hal lain menurut perjanjian kerja/PP/PKB</source>
        <translation>Other entitlements under the work agreement/company rules/CLA</translation>
    </message>
    <message>
        <source>Uang pisah (menurut perjanjian kerja/PP/PKB)</source>
        <translation>Separation pay (under the work agreement/company rules/CLA)</translation>
    </message>
    <message>
        <source>Uang kompensasi PKWT (masa kerja / 12 x upah)</source>
        <translation>PKWT compensation (service months / 12 x wage)</translation>
    </message>
    <message>
        <source>Simulasi Pesangon</source>
        <translation>Severance Pay Simulator</translation>
    </message>
    <message>
        <source>Mengapa hubungan kerja berakhir?</source>
        <translation>Why did the employment end?</translation>
    </message>
    <message>
        <source>Upah pokok sebulan (Rp)</source>
        <translation>Basic monthly wage (Rp)</translation>
    </message>
    <message>
        <source>Tunjangan tetap sebulan (Rp)</source>
        <translation>Fixed monthly allowances (Rp)</translation>
    </message>
    <message>
        <source>Masa kerja: tahun</source>
        <translation>Years of service</translation>
    </message>
    <message>
        <source>dan bulan</source>
        <translation>and months</translation>
    </message>
    <message>
        <source>Sisa cuti (hari)</source>
        <translation>Unused leave (days)</translation>
    </message>
    <message>
        <source>Uang pisah menurut perjanjian kerja (Rp, bila ada)</source>
        <translation>Separation pay under the work agreement (Rp, if any)</translation>
    </message>
    <message>
        <source>Hari kerja seminggu</source>
        <translation>Working days a week</translation>
    </message>
    <message>
        <source>6 hari</source>
        <translation>6 days</translation>
    </message>
    <message>
        <source>5 hari</source>
        <translation>5 days</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Cetak Rincian</source>
        <translation>Print Breakdown</translation>
    </message>
    <message>
        <source>Tanyakan ke petugas</source>
        <translation>Ask an officer</translation>
    </message>
    <message>
        <source>Ini simulasi menurut PP 35/2021. Perhitungan petugas Disnaker yang berlaku.</source>
        <translation>This is a simulation under PP 35/2021. The Manpower Office's count is binding.</translation>
    </message>
    <message>
        <source>Bacakan</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Pilih mengapa Anda berhenti bekerja (di bawahnya tertulis pasal PP 35/2021 yang mengaturnya), isi upah dan masa kerja, lalu tekan Hitung. Hasilnya simulasi; perhitungan resmi dibuat petugas Disnaker.</source>
        <translation>Choose why your work ended (the article of PP 35/2021 that covers it is written under each choice), fill in your wage and years of service, then press Calculate. The result is a simulation; the official calculation is made by a Disnaker officer.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message numerus="yes">
        <source>PIN salah. Sisa %n percobaan sebelum dikunci.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the pad locks.</numerusform><numerusform>Wrong PIN. %n tries left before the pad locks.</numerusform></translation>
    </message>
    <message>
        <source>PIN tidak dapat diperiksa sekarang. Coba lagi, atau hubungi teknisi.</source>
        <translation>The PIN cannot be checked right now. Try again, or call a technician.</translation>
    </message>
    <message numerus="yes">
        <source>Terlalu banyak PIN salah. Coba lagi dalam %n menit.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform><numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>Halaman ini khusus petugas dan teknisi Disnaker. Bila Anda pencari kerja, sentuh Batal untuk kembali ke halaman awal.</source>
        <translation>This page is for Disnaker officers and technicians only. If you are a job seeker, touch Cancel to go back to the start page.</translation>
    </message>
    <message>
        <source>Masuk Petugas</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Belum ada petugas terdaftar. Teknisi menambahkannya dari terminal: kiosk staff add NAMA --role technician</source>
        <translation>No staff are registered yet. A technician adds them from a terminal: kiosk staff add NAME --role technician</translation>
    </message>
    <message>
        <source>Masukkan PIN teknisi atau petugas.</source>
        <translation>Enter a technician or officer PIN.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Suara: nyala</source>
        <translation>Voice: on</translation>
    </message>
    <message>
        <source>Suara: mati</source>
        <translation>Voice: off</translation>
    </message>
    <message>
        <source>Suara menyala. Sentuh lagi untuk mematikan suara.</source>
        <translation>Voice is on. Touch again to turn the voice off.</translation>
    </message>
    <message>
        <source>Suara. Sentuh untuk menyalakan panduan suara.</source>
        <translation>Voice. Touch to turn on spoken guidance.</translation>
    </message>
    <message>
        <source>? Bantuan</source>
        <translation>? Help</translation>
    </message>
    <message>
        <source>● Menghubungkan…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <source>● Daring</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Luring</source>
        <translation>○ Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n menunggu</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>LULUS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>GAGAL</source>
        <translation>FAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n pemeriksaan gagal.</source>
        <translation>
            <numerusform>%n check failed.</numerusform><numerusform>%n checks failed.</numerusform></translation>
    </message>
    <message>
        <source>dijeda</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Kartu terakhir: UID %1</source>
        <translation>Last card: UID %1</translation>
    </message>
    <message>
        <source>Mode teknisi: jalankan diagnosa perangkat, cetak halaman uji, ubah pengaturan, lihat antrean sinkron dan log. Sentuh Keluar bila selesai.</source>
        <translation>Technician mode: run the device diagnostics, print a test page, change settings, look at the sync queue and the log. Touch Sign out when done.</translation>
    </message>
    <message>
        <source>Mode Teknisi</source>
        <translation>Technician mode</translation>
    </message>
    <message>
        <source>Masuk sebagai %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Diagnosa</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Antrean sinkron</source>
        <translation>Sync queue</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Jalankan diagnosa</source>
        <translation>Run diagnostics</translation>
    </message>
    <message>
        <source>Cetak halaman uji</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Pratinjau kamera</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Diperiksa dengan aturan yang sama seperti saat kios menyala. Token dibiarkan kosong bila tidak diganti.</source>
        <translation>Checked with the same rules as at start-up. Leave the token empty unless it changes.</translation>
    </message>
    <message>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>ID kios</source>
        <translation>Kiosk ID</translation>
    </message>
    <message>
        <source>Nomor kios (1-99)</source>
        <translation>Kiosk number (1-99)</translation>
    </message>
    <message>
        <source>Alamat server SIKER</source>
        <translation>SIKER server address</translation>
    </message>
    <message>
        <source>Sambungan printer</source>
        <translation>Printer connection</translation>
    </message>
    <message>
        <source>Lebar kertas (58 atau 80 mm)</source>
        <translation>Paper width (58 or 80 mm)</translation>
    </message>
    <message>
        <source>Kamera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Batas diam (detik)</source>
        <translation>Idle timeout (seconds)</translation>
    </message>
    <message>
        <source>Bahasa awal (id atau en)</source>
        <translation>Default language (id or en)</translation>
    </message>
    <message>
        <source>Panduan suara menyala di awal sesi (true atau false)</source>
        <translation>Spoken guidance on at the start of each session (true or false)</translation>
    </message>
    <message>
        <source>Volume suara (0-100)</source>
        <translation>Voice volume (0-100)</translation>
    </message>
    <message>
        <source>Token SIKER baru</source>
        <translation>New SIKER token</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Pesan server</source>
        <translation>Server message</translation>
    </message>
    <message>
        <source>Kirim ulang yang gagal</source>
        <translation>Send the failed ones again</translation>
    </message>
    <message>
        <source>Ekspor yang gagal ke flashdisk</source>
        <translation>Export the failed ones to USB stick</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Ekspor log dan diagnosa ke flashdisk</source>
        <translation>Export logs and diagnostics to USB stick</translation>
    </message>
</context>
<context>
    <name>TicketCheckScreen</name>
    <message>
        <source>Tiket ini belum sampai di kantor Disnaker: kios akan mengirimnya begitu tersambung.</source>
        <translation>This ticket has not reached the Disnaker office yet: the kiosk sends it as soon as it is connected.</translation>
    </message>
    <message>
        <source>Jadwal bertemu petugas: %1 pukul %2</source>
        <translation>Appointment with an officer: %1 at %2</translation>
    </message>
    <message>
        <source>Jawaban petugas:</source>
        <translation>The officer's answer:</translation>
    </message>
    <message>
        <source>Belum ada jawaban. Petugas menjawab dalam beberapa hari kerja.</source>
        <translation>No answer yet. Officers answer within a few working days.</translation>
    </message>
    <message>
        <source>Ketik nomor tiket yang tercetak di slip dan nomor HP yang Anda tulis saat membuat tiket, lalu tekan Cek. Kios menampilkan keadaan tiket, jadwal bertemu petugas dan jawabannya.</source>
        <translation>Type the ticket number printed on the slip and the mobile number you gave with the ticket, then press Check. The kiosk shows the ticket's state, any appointment and the answer.</translation>
    </message>
    <message>
        <source>Cek Tiket</source>
        <translation>Check a Ticket</translation>
    </message>
    <message>
        <source>Nomor tiket ada di slip, contoh K-SMG01-261202-0007.</source>
        <translation>The ticket number is on your slip, e.g. K-SMG01-261202-0007.</translation>
    </message>
    <message>
        <source>Nomor tiket</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Nomor HP di tiket</source>
        <translation>Mobile number on the ticket</translation>
    </message>
    <message>
        <source>Sedang memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Cek</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Tiket Anda tersimpan. Slip sedang dicetak…</source>
        <translation>Your ticket is saved. The slip is printing…</translation>
    </message>
    <message>
        <source>Tiket Anda tersimpan. Ambil slip Anda di bawah layar.</source>
        <translation>Your ticket is saved. Take your slip below the screen.</translation>
    </message>
    <message>
        <source>Tiket Anda tersimpan, tetapi slip belum tercetak: %1</source>
        <translation>Your ticket is saved, but the slip has not printed: %1</translation>
    </message>
    <message>
        <source>Petugas menjawab paling lambat %1. Untuk melihat jawabannya, pilih Konsultasi / Pengaduan lalu Cek Tiket, dan ketik nomor tiket ini dengan nomor HP Anda. Catat nomor tiket bila slip tidak tercetak.</source>
        <translation>An officer answers by %1 at the latest. To see the answer, choose Consultation / Complaint, then Check a Ticket, and type this ticket number with your mobile number. Write the number down if the slip did not print.</translation>
    </message>
    <message>
        <source>Tulis pertanyaan atau pengaduan Anda untuk petugas Disnaker: pilih topiknya, ceritakan masalahnya, lalu isi nama dan nomor HP. Anda mendapat slip bernomor tiket; jawabannya dapat dilihat di kios dengan Cek Tiket. Pengaduan boleh dikirim tanpa kartu kuning.</source>
        <translation>Write your question or complaint for the Disnaker officers: choose its topic, tell what happened, then give your name and mobile number. You get a slip with a ticket number; see the answer at the kiosk with Check a Ticket. A complaint needs no yellow card.</translation>
    </message>
    <message>
        <source>Lampiran untuk petugas: %1</source>
        <translation>Attached for the officer: %1</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Apa yang ingin Anda sampaikan?</source>
        <translation>What would you like to raise?</translation>
    </message>
    <message>
        <source>Ceritakan masalah atau pertanyaan Anda</source>
        <translation>Tell us your problem or question</translation>
    </message>
    <message>
        <source>Nama dan nomor HP untuk jawaban</source>
        <translation>Name and mobile number for the answer</translation>
    </message>
    <message>
        <source>Periksa sebelum dikirim</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <source>Tiket Anda</source>
        <translation>Your ticket</translation>
    </message>
    <message>
        <source>Konsultasi / Pengaduan</source>
        <translation>Consultation / Complaint</translation>
    </message>
    <message>
        <source>Langkah %1 dari %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Kirim dan Cetak Slip</source>
        <translation>Send and Print Slip</translation>
    </message>
    <message>
        <source>Cek Tiket</source>
        <translation>Check a Ticket</translation>
    </message>
    <message>
        <source>Anda ingin</source>
        <translation>You want to</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Tulis apa yang terjadi, kapan, dan apa yang Anda harapkan.</source>
        <translation>Write what happened, when, and what you hope for.</translation>
    </message>
    <message>
        <source>Baris
baru</source>
        <translation>New
line</translation>
    </message>
    <message>
        <source>Petugas menjawab lewat kios ini dan dapat menghubungi nomor HP Anda.</source>
        <translation>Officers answer through this kiosk and may call your mobile number.</translation>
    </message>
    <message>
        <source>Nomor HP (WhatsApp)</source>
        <translation>Mobile number (WhatsApp)</translation>
    </message>
    <message>
        <source>Nama perusahaan (boleh dikosongkan)</source>
        <translation>Company name (optional)</translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation>Print Again</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Semua bidang</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Semua lokasi</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>cocok untuk Anda</source>
        <translation>suits you</translation>
    </message>
    <message>
        <source>tutup</source>
        <translation>closes</translation>
    </message>
    <message numerus="yes">
        <source>%n lowongan, %1 pertama ditampilkan</source>
        <translation>
            <numerusform>%n vacancy, the first %1 shown</numerusform><numerusform>%n vacancies, the first %1 shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lowongan</source>
        <translation>
            <numerusform>%n vacancy</numerusform><numerusform>%n vacancies</numerusform></translation>
    </message>
    <message>
        <source>Tidak ada lowongan yang cocok dengan pencarian ini.</source>
        <translation>No vacancy matches this search.</translation>
    </message>
    <message>
        <source>Yang dicari: %1</source>
        <translation>You searched for: %1</translation>
    </message>
    <message>
        <source>Belum ada lowongan yang dibuka saat ini.</source>
        <translation>There are no open vacancies at the moment.</translation>
    </message>
    <message>
        <source>Lowongan baru datang dari SIKER; coba lagi lain hari, atau tanyakan petugas.</source>
        <translation>New vacancies come from SIKER; try again another day, or ask an officer.</translation>
    </message>
    <message>
        <source>kata “%1”</source>
        <translation>the words “%1”</translation>
    </message>
    <message>
        <source>bidang %1</source>
        <translation>sector %1</translation>
    </message>
    <message>
        <source>lokasi %1</source>
        <translation>location %1</translation>
    </message>
    <message>
        <source>pendidikan %1</source>
        <translation>education %1</translation>
    </message>
    <message>
        <source>gaji paling sedikit %1</source>
        <translation>pay at least %1</translation>
    </message>
    <message>
        <source>Hapus kata “%1”</source>
        <translation>Clear the words “%1”</translation>
    </message>
    <message>
        <source>Tampilkan semua</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Semua tingkat pendidikan</source>
        <translation>Any education level</translation>
    </message>
    <message>
        <source>Gaji berapa saja</source>
        <translation>Any pay</translation>
    </message>
    <message>
        <source>Pendidikan minimal</source>
        <translation>Minimum education</translation>
    </message>
    <message>
        <source>Keterampilan</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Gaji</source>
        <translation>Wage</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>%1 sampai %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>tidak disebut</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>pendidikan sesuai</source>
        <translation>education matches</translation>
    </message>
    <message>
        <source>butuh pendidikan minimal %1</source>
        <translation>needs at least %1 education</translation>
    </message>
    <message>
        <source>%1 dari %2 keterampilan</source>
        <translation>%1 of %2 skills</translation>
    </message>
    <message>
        <source>jabatan sesuai keinginan</source>
        <translation>the position you want</translation>
    </message>
    <message>
        <source>lokasi sesuai</source>
        <translation>the location you want</translation>
    </message>
    <message>
        <source>gaji sesuai harapan</source>
        <translation>the pay you expect</translation>
    </message>
    <message>
        <source>Cari: jabatan atau perusahaan</source>
        <translation>Search: position or company</translation>
    </message>
    <message>
        <source>Bacakan</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Ketik jabatan atau nama perusahaan, atau pilih bidang, lokasi, pendidikan Anda dan gaji di kiri. Sentuh lowongan untuk membaca rinciannya dan melamar. Bila tidak ada yang cocok, tombol di bawah pesan memperluas pencarian.</source>
        <translation>Type a position or a company name, or choose a sector, location, your education and pay on the left. Touch a vacancy to read it and apply. When nothing matches, the buttons under the message widen the search.</translation>
    </message>
    <message>
        <source>Lowongan Kerja</source>
        <translation>Job Vacancies</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Pendidikan saya</source>
        <translation>My education</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Gaji paling sedikit</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <source>Urutkan</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Paling cocok</source>
        <translation>Best match</translation>
    </message>
    <message>
        <source>Segera ditutup</source>
        <translation>Closing soon</translation>
    </message>
    <message>
        <source>Cari yang cocok untuk saya</source>
        <translation>Find what suits me</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lamar Lowongan Ini ›</source>
        <translation>Apply for This Vacancy ›</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Suara aktif.</source>
        <translation>Voice on.</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Button</translation>
    </message>
    <message>
        <source>%1, terpilih</source>
        <translation>%1, selected</translation>
    </message>
    <message>
        <source>hapus</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>huruf besar</source>
        <translation>capital letters</translation>
    </message>
    <message>
        <source>angka dan tanda</source>
        <translation>numbers and symbols</translation>
    </message>
    <message>
        <source>huruf</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>et</source>
        <translation>at</translation>
    </message>
    <message>
        <source>titik</source>
        <translation>dot</translation>
    </message>
    <message>
        <source>koma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>strip</source>
        <translation>dash</translation>
    </message>
    <message>
        <source>garis miring</source>
        <translation>slash</translation>
    </message>
    <message>
        <source>titik com</source>
        <translation>dot com</translation>
    </message>
    <message>
        <source>kosongkan</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>bintang</source>
        <translation>star</translation>
    </message>
    <message>
        <source>spasi</source>
        <translation>space</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Ini halaman awal ATM Pencari Kerja. Tempelkan e-KTP di pembaca kartu di bawah layar untuk mendaftar kartu kuning, atau sentuh salah satu layanan. Tombol di bagian bawah mengganti bahasa, memperbesar huruf, membuat layar lebih kontras, dan menaruh semua tombol di bagian bawah layar (jangkauan rendah).</source>
        <translation>This is the start page of the Job Seeker ATM. Place your e-KTP on the card reader below the screen to register for the yellow card, or touch one of the services. The buttons at the bottom change the language, make the text larger, give the screen more contrast and put every button in the lower part of the screen (low reach).</translation>
    </message>
    <message>
        <source>Selamat datang di ATM Pencari Kerja. Tempelkan e-KTP di pembaca kartu di bawah layar, atau sentuh salah satu layanan; setiap tombol menyebut namanya, sentuh sekali lagi untuk memilih.</source>
        <translation>Welcome to the Job Seeker Kiosk. Place your e-KTP on the card reader below the screen, or touch one of the services; each button says its name, touch it again to choose.</translation>
    </message>
    <message>
        <source>ATM Pencari Kerja</source>
        <translation>Job Seeker Kiosk</translation>
    </message>
    <message>
        <source>Dinas Tenaga Kerja Kota Semarang</source>
        <translation>Semarang City Manpower Office</translation>
    </message>
    <message>
        <source>Tempelkan e-KTP Anda</source>
        <translation>Tap your e-KTP</translation>
    </message>
    <message>
        <source>Letakkan kartu di atas pembaca kartu di bawah layar, atau pilih layanan.</source>
        <translation>Place your card on the card reader below the screen, or choose a service.</translation>
    </message>
    <message>
        <source>Daftar / Perpanjang
Kartu Kuning (AK/1)</source>
        <translation>Register / Renew
Yellow Card (AK/1)</translation>
    </message>
    <message>
        <source>Lapor 6 Bulanan
Kartu Kuning</source>
        <translation>6-Monthly Report
Yellow Card</translation>
    </message>
    <message>
        <source>Lowongan Kerja
dan Lamaran</source>
        <translation>Job Vacancies
and Applications</translation>
    </message>
    <message>
        <source>Simulasi
Pesangon</source>
        <translation>Severance Pay
Simulator</translation>
    </message>
    <message>
        <source>Konsultasi /
Pengaduan</source>
        <translation>Questions /
Complaints</translation>
    </message>
    <message>
        <source>Bursa Kerja
dan Pelatihan</source>
        <translation>Job Fairs
and Training</translation>
    </message>
    <message>
        <source>Huruf Besar</source>
        <translation>Large Text</translation>
    </message>
    <message>
        <source>Kontras Tinggi</source>
        <translation>High Contrast</translation>
    </message>
    <message>
        <source>Jangkauan Rendah</source>
        <translation>Low Reach</translation>
    </message>
</context>
<context>
    <name>ak1</name>
    <message>
        <source>Laporan I</source>
        <translation>Report I</translation>
    </message>
    <message>
        <source>Laporan II</source>
        <translation>Report II</translation>
    </message>
    <message>
        <source>Laporan III</source>
        <translation>Report III</translation>
    </message>
</context>
<context>
    <name>clock</name>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <source>Pembaca e-KTP</source>
        <translation>e-KTP reader</translation>
    </message>
    <message>
        <source>Kamera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>SIKER: DNS</source>
        <translation>SIKER: DNS</translation>
    </message>
    <message>
        <source>SIKER: TLS</source>
        <translation>SIKER: TLS</translation>
    </message>
    <message>
        <source>SIKER: token dan jeda</source>
        <translation>SIKER: token and latency</translation>
    </message>
    <message>
        <source>Jam kios</source>
        <translation>Kiosk clock</translation>
    </message>
    <message>
        <source>Ruang disk</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Antrean sinkron</source>
        <translation>Sync queue</translation>
    </message>
</context>
<context>
    <name>education</name>
    <message>
        <source>Belum tamat SD</source>
        <translation>Primary school unfinished</translation>
    </message>
    <message>
        <source>SD / sederajat</source>
        <translation>SD or equal (primary)</translation>
    </message>
    <message>
        <source>SMP / sederajat</source>
        <translation>SMP or equal (junior high)</translation>
    </message>
    <message>
        <source>SMA / MA</source>
        <translation>SMA / MA (senior high)</translation>
    </message>
    <message>
        <source>SMK</source>
        <translation>SMK (vocational)</translation>
    </message>
    <message>
        <source>D1 (Diploma 1)</source>
        <translation>D1 (1-year diploma)</translation>
    </message>
    <message>
        <source>D2 (Diploma 2)</source>
        <translation>D2 (2-year diploma)</translation>
    </message>
    <message>
        <source>D3 (Diploma 3)</source>
        <translation>D3 (3-year diploma)</translation>
    </message>
    <message>
        <source>D4 (Sarjana Terapan)</source>
        <translation>D4 (applied bachelor)</translation>
    </message>
    <message>
        <source>S1 (Sarjana)</source>
        <translation>S1 (bachelor)</translation>
    </message>
    <message>
        <source>S2 (Magister)</source>
        <translation>S2 (master)</translation>
    </message>
    <message>
        <source>S3 (Doktor)</source>
        <translation>S3 (doctorate)</translation>
    </message>
</context>
<context>
    <name>mode.technician</name>
    <message>
        <source>Mencetak halaman uji…</source>
        <translation>Printing a test page…</translation>
    </message>
</context>
<context>
    <name>o</name>
    <message>
        <source>Menampilkan %1 cetakan terakhir dari %2.</source>
        <translation>Showing the last %1 of %2 prints.</translation>
    </message>
    <message>
        <source>Serah terima #%1 tercatat. Rekap sedang dicetak.</source>
        <translation>Handover #%1 recorded. Printing the recap.</translation>
    </message>
    <message>
        <source>Rekap tercetak. Periode baru dimulai.</source>
        <translation>Recap printed. A new period has started.</translation>
    </message>
    <message>
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
</context>
<context>
    <name>printed_log</name>
    <message>
        <source>Kartu baru</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Perpanjangan</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Bukti lapor</source>
        <translation>Report receipt</translation>
    </message>
    <message>
        <source>Bukti lamaran</source>
        <translation>Application receipt</translation>
    </message>
    <message>
        <source>Simulasi pesangon</source>
        <translation>Severance simulation</translation>
    </message>
    <message>
        <source>Bukti acara</source>
        <translation>Event slip</translation>
    </message>
    <message>
        <source>Slip tiket</source>
        <translation>Ticket slip</translation>
    </message>
    <message>
        <source>Rekap petugas</source>
        <translation>Officer recap</translation>
    </message>
    <message>
        <source>Halaman uji</source>
        <translation>Test page</translation>
    </message>
    <message>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Tidak pasti</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang: paling banyak {limit} huruf (sekarang {length}).</source>
        <translation>{label} is too long: at most {limit} characters (now {length}).</translation>
    </message>
    <message>
        <source>{label} berisi simbol atau emoji yang tidak dapat dicetak. Hapus simbol tersebut.</source>
        <translation>{label} contains symbols or emoji that cannot be printed. Please remove them.</translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung.</source>
        <translation>{label} may only contain letters, spaces, full stops, commas, apostrophes and hyphens.</translation>
    </message>
    <message>
        <source>Nomor HP wajib diisi.</source>
        <translation>A mobile number is required.</translation>
    </message>
    <message>
        <source>Nomor HP harus diawali 08, 628 atau +628, contoh 0812 3456 7890.</source>
        <translation>The mobile number must start with 08, 628 or +628, for example 0812 3456 7890.</translation>
    </message>
    <message>
        <source>Nomor HP hanya boleh berisi angka.</source>
        <translation>The mobile number may only contain digits.</translation>
    </message>
    <message>
        <source>Masukkan nomor HP (diawali 08), bukan nomor telepon rumah.</source>
        <translation>Enter a mobile number (starting with 08), not a landline.</translation>
    </message>
    <message>
        <source>Panjang nomor HP tidak sesuai: biasanya 10 sampai 13 angka termasuk 0 di depan.</source>
        <translation>The mobile number has the wrong length: usually 10 to 13 digits including the leading 0.</translation>
    </message>
    <message>
        <source>Alamat email tidak valid, contoh: nama@gmail.com. Boleh dikosongkan.</source>
        <translation>This e-mail address is not valid, for example: name@gmail.com. You may leave it empty.</translation>
    </message>
    <message>
        <source>{label}: tulis tahun dengan 4 angka, contoh 2020.</source>
        <translation>{label}: write the year with 4 digits, for example 2020.</translation>
    </message>
    <message>
        <source>{label} tidak boleh lebih dari tahun ini ({year}).</source>
        <translation>{label} cannot be later than this year ({year}).</translation>
    </message>
    <message>
        <source>{label} tidak boleh sebelum tahun lahir ({year}).</source>
        <translation>{label} cannot be before the year of birth ({year}).</translation>
    </message>
    <message>
        <source>{label}: tahun selesai tidak boleh sebelum tahun mulai.</source>
        <translation>{label}: the end year cannot be before the start year.</translation>
    </message>
    <message>
        <source>Kode pos terdiri dari 5 angka, contoh 50132.</source>
        <translation>A postal code has 5 digits, for example 50132.</translation>
    </message>
    <message>
        <source>{label} diisi angka saja, contoh 003.</source>
        <translation>{label}: digits only, for example 003.</translation>
    </message>
    <message>
        <source>Tulis tanggal lahir seperti 17081998 atau 17-08-1998 (tanggal, bulan, tahun).</source>
        <translation>Write the date of birth like 17081998 or 17-08-1998 (day, month, year).</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak ada di kalender. Periksa tanggal dan bulannya.</source>
        <translation>This date of birth does not exist. Please check the day and month.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Kartu kuning hanya untuk pencari kerja berusia 15 tahun ke atas.</source>
        <translation>The yellow card is only for job seekers aged 15 or over.</translation>
    </message>
    <message>
        <source>Periksa tahun lahir: usia lebih dari 100 tahun.</source>
        <translation>Please check the year of birth: the age is over 100 years.</translation>
    </message>
    <message>
        <source>Tulis gaji dengan angka saja, contoh 3.000.000.</source>
        <translation>Write the wage in digits only, for example 3.000.000.</translation>
    </message>
    <message>
        <source>Gaji yang diharapkan terlalu besar. Periksa jumlah angka nol.</source>
        <translation>The expected wage is too large. Please check the number of zeros.</translation>
    </message>
    <message>
        <source>Pilih {label}.</source>
        <translation>Choose the {label}.</translation>
    </message>
    <message>
        <source>Pilih salah satu.</source>
        <translation>Choose one.</translation>
    </message>
    <message>
        <source>NIK harus berupa teks angka.</source>
        <translation>The NIK must be text made of digits.</translation>
    </message>
    <message>
        <source>NIK belum diisi.</source>
        <translation>The NIK has not been entered.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may only contain digits.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka; yang diketik {length} angka.</source>
        <translation>The NIK has 16 digits; you typed {length}.</translation>
    </message>
    <message>
        <source>Kode provinsi {code} (2 angka pertama NIK) tidak dikenal.</source>
        <translation>Province code {code} (the first 2 digits of the NIK) is unknown.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} (angka ke-3 dan ke-4 NIK) tidak mungkin.</source>
        <translation>Regency/city code {code} (digits 3 and 4 of the NIK) is not possible.</translation>
    </message>
    <message>
        <source>Kode kecamatan (angka ke-5 dan ke-6 NIK) tidak boleh 00.</source>
        <translation>The district code (digits 5 and 6 of the NIK) cannot be 00.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK (angka ke-7 dan ke-8) tidak boleh 00.</source>
        <translation>The day of birth in the NIK (digits 7 and 8) cannot be 00.</translation>
    </message>
    <message>
        <source>Bulan lahir di NIK (angka ke-9 dan ke-10) adalah {month}; harus 01 sampai 12.</source>
        <translation>The month of birth in the NIK (digits 9 and 10) is {month}; it must be 01 to 12.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK tidak ada di kalender ({date}). Periksa kembali NIK Anda.</source>
        <translation>The date of birth in the NIK does not exist ({date}). Please check your NIK.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK berada di masa depan. Periksa kembali NIK Anda.</source>
        <translation>The date of birth in the NIK is in the future. Please check your NIK.</translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The NIK's serial number (the last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>Data kartu tidak terbaca dengan benar. Tempelkan kartu sekali lagi.</source>
        <translation>The card's data was not read correctly. Please tap the card again.</translation>
    </message>
    <message>
        <source>Data kartu tidak lengkap. Tempelkan kartu sekali lagi atau ketik NIK Anda.</source>
        <translation>The card's data is incomplete. Please tap the card again or type your NIK.</translation>
    </message>
    <message>
        <source>Tanggal lahir dari kartu tidak terbaca. Tempelkan kartu sekali lagi atau ketik NIK Anda.</source>
        <translation>The date of birth on the card could not be read. Please tap the card again or type your NIK.</translation>
    </message>
    <message>
        <source>Jenis kelamin dari kartu tidak terbaca. Tempelkan kartu sekali lagi.</source>
        <translation>The sex on the card could not be read. Please tap the card again.</translation>
    </message>
    <message>
        <source>NIK dari kartu tidak sah. Tempelkan kartu sekali lagi atau ketik NIK Anda.</source>
        <translation>The NIK on the card is not valid. Please tap the card again or type your NIK.</translation>
    </message>
    <message>
        <source>Data di kartu tidak cocok dengan NIK (tanggal lahir). Silakan ketik NIK Anda, atau hubungi petugas pada hari kerja.</source>
        <translation>The card's data does not match its NIK (date of birth). Please type your NIK, or contact an officer on a working day.</translation>
    </message>
    <message>
        <source>Data di kartu tidak cocok dengan NIK (jenis kelamin). Silakan ketik NIK Anda, atau hubungi petugas pada hari kerja.</source>
        <translation>The card's data does not match its NIK (sex). Please type your NIK, or contact an officer on a working day.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sama dengan tanggal lahir di NIK. Periksa kembali NIK atau tanggal lahir Anda.</source>
        <translation>The date of birth differs from the one in the NIK. Please check your NIK or date of birth.</translation>
    </message>
    <message>
        <source>Kartu terlepas sebelum selesai dibaca. Tempelkan kembali kartu dan tahan sampai ada bunyi.</source>
        <translation>The card came off before it was read. Tap the card again and hold it until you hear a beep.</translation>
    </message>
    <message>
        <source>Ada lebih dari satu kartu. Tempelkan satu kartu e-KTP saja.</source>
        <translation>There is more than one card. Tap only one e-KTP card.</translation>
    </message>
    <message>
        <source>Kartu ini bukan e-KTP atau tidak dapat dibaca. Tempelkan e-KTP Anda, atau ketik NIK.</source>
        <translation>This card is not an e-KTP or cannot be read. Tap your e-KTP, or type your NIK.</translation>
    </message>
    <message>
        <source>Pembaca kartu tidak tersedia. Silakan ketik NIK Anda.</source>
        <translation>The card reader is not available. Please type your NIK.</translation>
    </message>
    <message>
        <source>Pembaca e-KTP sedang tidak dapat membaca data. Silakan ketik NIK Anda.</source>
        <translation>The e-KTP reader cannot read data right now. Please type your NIK.</translation>
    </message>
    <message>
        <source>Kamera tidak ditemukan. Anda bisa lanjut tanpa foto; foto diambil petugas nanti.</source>
        <translation>No camera was found. You can continue without a photo; an officer will take it later.</translation>
    </message>
    <message>
        <source>Kamera berhenti mengirim gambar. Sedang mencoba menyambung lagi…</source>
        <translation>The camera stopped sending pictures. Trying to reconnect…</translation>
    </message>
    <message>
        <source>{label} harus berupa angka.</source>
        <translation>{label} must be a number.</translation>
    </message>
    <message>
        <source>{label} tidak boleh negatif.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <source>{label} harus lebih dari nol.</source>
        <translation>{label} must be more than zero.</translation>
    </message>
    <message>
        <source>{label} terlalu besar. Periksa jumlah angka nol.</source>
        <translation>{label} is too large. Please check the number of zeros.</translation>
    </message>
    <message>
        <source>Alasan PHK '{reason}' tidak dikenal. Lihat daftar alasan.</source>
        <translation>Dismissal reason '{reason}' is unknown. See the list of reasons.</translation>
    </message>
    <message>
        <source>Isi masa kerja (tahun dan bulan) atau tanggal mulai dan berhenti bekerja.</source>
        <translation>Enter the length of service (years and months) or the start and end dates of work.</translation>
    </message>
    <message>
        <source>Masa kerja tidak masuk akal: {years} tahun {months} bulan.</source>
        <translation>This length of service is not plausible: {years} years {months} months.</translation>
    </message>
    <message>
        <source>Hari kerja sebulan 25 (6 hari seminggu) atau 21 (5 hari seminggu).</source>
        <translation>Working days per month are 25 (6 days a week) or 21 (5 days a week).</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan harus antara 0 dan 365 hari.</source>
        <translation>Remaining annual leave must be between 0 and 365 days.</translation>
    </message>
    <message>
        <source>Kompensasi PKWT berlaku untuk masa kerja paling sedikit 1 bulan.</source>
        <translation>PKWT compensation applies to at least 1 month of service.</translation>
    </message>
    <message>
        <source>Tanggal berhenti tidak boleh sebelum tanggal mulai bekerja.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Kode QR ini bukan kartu AK/1.</source>
        <translation>This QR code is not an AK/1 card.</translation>
    </message>
    <message>
        <source>Tanda tangan tidak cocok: kartu diubah atau bukan dari kios ini.</source>
        <translation>The signature does not match: the card was altered or is not from this kiosk.</translation>
    </message>
    <message>
        <source>Isi kode QR rusak.</source>
        <translation>The QR code's content is damaged.</translation>
    </message>
    <message>
        <source>Kertas printer habis. Minta petugas mengisi kertas, lalu tekan Cetak Ulang.</source>
        <translation>The printer is out of paper. Ask an officer to load paper, then press Print Again.</translation>
    </message>
    <message>
        <source>Tutup printer terbuka. Tutup printer, lalu tekan Cetak Ulang.</source>
        <translation>The printer cover is open. Close it, then press Print Again.</translation>
    </message>
    <message>
        <source>Printer sedang tidak siap. Tunggu sebentar, lalu tekan Cetak Ulang.</source>
        <translation>The printer is not ready. Wait a moment, then press Print Again.</translation>
    </message>
    <message>
        <source>Printer tidak menjawab. Tekan Cetak Ulang; bila tetap gagal, petugas akan mencetak nanti.</source>
        <translation>The printer does not answer. Press Print Again; if it still fails, an officer will print it later.</translation>
    </message>
    <message>
        <source>Pencetakan terputus di tengah jalan. Bila kartu tidak lengkap, tekan Cetak Ulang.</source>
        <translation>Printing stopped halfway. If the card is incomplete, press Print Again.</translation>
    </message>
    <message>
        <source>Anda sudah melamar lowongan ini. Lamaran yang sama tidak perlu dikirim dua kali.</source>
        <translation>You have already applied for this vacancy. The same application need not be sent twice.</translation>
    </message>
    <message>
        <source>Acara ini sudah penuh: tidak ada kursi tersisa. Silakan pilih acara lain.</source>
        <translation>This event is full: no seats are left. Please choose another event.</translation>
    </message>
    <message>
        <source>Anda sudah terdaftar di acara ini. Buktinya bisa dicetak lagi di Pendaftaran Saya.</source>
        <translation>You are already registered for this event. The slip can be printed again under My Registrations.</translation>
    </message>
    <message>
        <source>Pendaftaran acara ini sudah ditutup: acara sudah dimulai atau dibatalkan.</source>
        <translation>Registration for this event is closed: it has started or was cancelled.</translation>
    </message>
    <message>
        <source>Acara ini tanpa pendaftaran: datang langsung pada waktunya.</source>
        <translation>This event needs no registration: just come at the time.</translation>
    </message>
    <message>
        <source>Pendaftaran acara di kios ini untuk kartu kuning yang dibuat di kios ini. Untuk kartu lain, daftar di kantor Disnaker.</source>
        <translation>Event registration at this kiosk is for yellow cards made at this kiosk. For other cards, register at the Disnaker office.</translation>
    </message>
    <message>
        <source>Nomor kartu AK/1 terdiri dari 16 angka, tercetak di kartu kuning Anda.</source>
        <translation>The AK/1 card number has 16 digits, printed on your yellow card.</translation>
    </message>
    <message>
        <source>Nomor kartu tidak cocok. Sisa percobaan: {left}.</source>
        <translation>The card number does not match. Attempts left: {left}.</translation>
    </message>
    <message>
        <source>Terlalu banyak nomor yang salah. Coba lagi setelah pukul {time}, atau datang ke loket Disnaker.</source>
        <translation>Too many wrong numbers. Try again after {time}, or come to the Disnaker counter.</translation>
    </message>
    <message>
        <source>e-KTP ini bukan kartu yang dipakai saat mendaftar. Ketik nomor kartu AK/1 Anda.</source>
        <translation>This e-KTP is not the card used when registering. Type your AK/1 card number.</translation>
    </message>
    <message>
        <source>{label} sudah Anda kirim pada {date}. Laporan berikutnya dapat dikirim mulai {next}.</source>
        <translation>You already sent {label} on {date}. The next report can be sent from {next}.</translation>
    </message>
    <message>
        <source>Anda sudah melapor bekerja. Kartu ini tidak perlu dilaporkan lagi.</source>
        <translation>You reported that you are working. This card needs no more reports.</translation>
    </message>
    <message>
        <source>Tidak ada laporan yang perlu dikirim sekarang. Perpanjang kartu bila masa berlakunya hampir habis.</source>
        <translation>No report is due now. Renew the card when it is about to expire.</translation>
    </message>
    <message>
        <source>Nomor tiket seperti tercetak di slip, contoh K-SMG01-261202-0007.</source>
        <translation>Type the ticket number as printed on the slip, e.g. K-SMG01-261202-0007.</translation>
    </message>
    <message>
        <source>Tiket tidak ditemukan, atau nomor HP tidak sama dengan yang ditulis di tiket. Periksa slip Anda. Sisa percobaan: {left}.</source>
        <translation>No ticket found, or the mobile number is not the one given with the ticket. Check your slip. Tries left: {left}.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan yang tidak cocok di kios ini. Coba lagi setelah pukul {time}, atau tanyakan ke loket Disnaker.</source>
        <translation>Too many tries that matched nothing at this kiosk. Try again after {time}, or ask at the Disnaker counter.</translation>
    </message>
    <message>
        <source>Kios sedang tidak terhubung ke kantor Disnaker, jadi jawaban belum dapat dilihat. Coba lagi nanti, atau tanyakan ke loket pada hari kerja.</source>
        <translation>The kiosk is not connected to the Disnaker office right now, so the answer cannot be shown. Try again later, or ask at the counter on a working day.</translation>
    </message>
    <message>
        <source>Tulis tanggal mulai bekerja seperti 01-03-2026, tidak di masa depan.</source>
        <translation>Write the start date like 01-03-2026, not in the future.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sama dengan NIK (tanggal lahir perempuan di NIK ditambah 40). Jenis kelamin diambil dari NIK.</source>
        <translation>The sex does not match the NIK (for women the NIK's day of birth has 40 added). The sex is taken from the NIK.</translation>
    </message>
    <message>
        <source>Jumlah kartu tidak boleh negatif.</source>
        <translation>The number of cards cannot be negative.</translation>
    </message>
    <message>
        <source>Jumlah yang Anda hitung ({confirmed}) berbeda dari catatan ({expected}). Tulis catatan alasannya sebelum menyimpan.</source>
        <translation>The number you counted ({confirmed}) differs from the record ({expected}). Write a note with the reason before saving.</translation>
    </message>
    <message>
        <source>Flashdisk tidak ditemukan. Colokkan flashdisk ke port USB kios, tunggu sebentar, lalu coba lagi.</source>
        <translation>No USB stick found. Plug a USB stick into the kiosk's USB port, wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Serah terima #{collection} tidak ada.</source>
        <translation>Handover #{collection} does not exist.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis ke {dest}: {reason}. Periksa flashdisk lalu coba lagi.</source>
        <translation>Cannot write to {dest}: {reason}. Check the USB stick, then try again.</translation>
    </message>
    <message>
        <source>pemeriksaan gagal</source>
        <translation>the check failed</translation>
    </message>
    <message>
        <source>pembaca simulasi</source>
        <translation>simulated reader</translation>
    </message>
    <message>
        <source>middleware {address} tidak menjawab</source>
        <translation>middleware {address} does not answer</translation>
    </message>
    <message>
        <source>tidak ada pembaca kartu terlihat</source>
        <translation>no card reader visible</translation>
    </message>
    <message>
        <source>pembaca '{name}' tidak ada</source>
        <translation>reader '{name}' not present</translation>
    </message>
    <message>
        <source>{count} pembaca: {names}; UID kartu {uid}</source>
        <translation>{count} reader(s): {names}; card UID {uid}</translation>
    </message>
    <message>
        <source>{count} pembaca: {names}; tidak ada kartu</source>
        <translation>{count} reader(s): {names}; no card</translation>
    </message>
    <message>
        <source>kamera {source} tidak dapat dibuka</source>
        <translation>camera {source} cannot be opened</translation>
    </message>
    <message>
        <source>kamera terbuka tetapi tidak mengirim gambar</source>
        <translation>camera opened but sends no frames</translation>
    </message>
    <message>
        <source>{width}x{height}, {fps} fps</source>
        <translation>{width}x{height}, {fps} fps</translation>
    </message>
    <message>
        <source>dipakai oleh kios: lihat pratinjau langsung</source>
        <translation>in use by the kiosk: see the live preview</translation>
    </message>
    <message>
        <source>status {state}</source>
        <translation>status {state}</translation>
    </message>
    <message>
        <source>status {state} ({detail})</source>
        <translation>status {state} ({detail})</translation>
    </message>
    <message>
        <source>nama {host} tidak ditemukan</source>
        <translation>name {host} not found</translation>
    </message>
    <message>
        <source>{host} = {addresses} ({ms} ms)</source>
        <translation>{host} = {addresses} ({ms} ms)</translation>
    </message>
    <message>
        <source>http tanpa TLS: hanya untuk uji dan simulator</source>
        <translation>http without TLS: for tests and the simulator only</translation>
    </message>
    <message>
        <source>sertifikat server tidak dipercaya</source>
        <translation>the server's certificate is not trusted</translation>
    </message>
    <message>
        <source>tidak dapat tersambung ke {host}:{port}</source>
        <translation>cannot connect to {host}:{port}</translation>
    </message>
    <message>
        <source>{version}, sertifikat berlaku s.d. {expires}</source>
        <translation>{version}, certificate valid until {expires}</translation>
    </message>
    <message>
        <source>token SIKER tidak dapat dibaca</source>
        <translation>the SIKER token cannot be read</translation>
    </message>
    <message>
        <source>token ditolak (HTTP {status})</source>
        <translation>token refused (HTTP {status})</translation>
    </message>
    <message>
        <source>SIKER tidak menjawab dengan benar</source>
        <translation>SIKER does not answer correctly</translation>
    </message>
    <message>
        <source>token diterima, jeda {ms} ms</source>
        <translation>token accepted, latency {ms} ms</translation>
    </message>
    <message>
        <source>selisih dengan SIKER {offset} detik</source>
        <translation>{offset} seconds off from SIKER</translation>
    </message>
    <message>
        <source>{free} MiB bebas dari {total} MiB</source>
        <translation>{free} MiB free of {total} MiB</translation>
    </message>
    <message>
        <source>integrity_check {result}, skema {version}, {size} KiB</source>
        <translation>integrity_check {result}, schema {version}, {size} KiB</translation>
    </message>
    <message>
        <source>{waiting} menunggu, {failed} gagal, {delivered} terkirim</source>
        <translation>{waiting} waiting, {failed} failed, {delivered} delivered</translation>
    </message>
    <message>
        <source>Kartu belum dapat dibuat sekarang, silakan hubungi kantor Disnaker.</source>
        <translation>The card cannot be made right now, please contact the Disnaker office.</translation>
    </message>
    <message>
        <source>PENUH: {free} MiB bebas dari {total} MiB, data baru tidak dapat disimpan</source>
        <translation>FULL: {free} MiB free of {total} MiB, new data cannot be saved</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dibuat karena disk penuh ({directory}).</source>
        <translation>The backup cannot be made because the disk is full ({directory}).</translation>
    </message>
    <message>
        <source>Basis data rusak. Hubungi teknisi.</source>
        <translation>The database is damaged. Contact a technician.</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang lolos pemeriksaan di {directory}.</source>
        <translation>No backup in {directory} passes the check.</translation>
    </message>
    <message>
        <source>Upah pokok</source>
        <translation>Basic wage</translation>
    </message>
    <message>
        <source>Tunjangan tetap</source>
        <translation>Fixed allowance</translation>
    </message>
    <message>
        <source>Biaya pulang</source>
        <translation>Return travel cost</translation>
    </message>
    <message>
        <source>Hak lain</source>
        <translation>Other entitlements</translation>
    </message>
    <message>
        <source>Uang pisah</source>
        <translation>Separation pay</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
</context>
<context>
    <name>severance</name>
    <message>
        <source>Perusahaan digabung, dilebur atau dipecah</source>
        <translation>The company was merged, consolidated or split</translation>
    </message>
    <message>
        <source>Perusahaan diambil alih pemilik baru</source>
        <translation>The company was taken over by a new owner</translation>
    </message>
    <message>
        <source>Perusahaan diambil alih, syarat kerja diubah dan saya tidak mau</source>
        <translation>The company was taken over, the terms of work changed and I did not accept them</translation>
    </message>
    <message>
        <source>Pengurangan karyawan karena perusahaan rugi</source>
        <translation>Staff cuts because the company is making a loss</translation>
    </message>
    <message>
        <source>Pengurangan karyawan agar perusahaan tidak rugi</source>
        <translation>Staff cuts to keep the company from making a loss</translation>
    </message>
    <message>
        <source>Perusahaan tutup karena rugi</source>
        <translation>The company closed because of losses</translation>
    </message>
    <message>
        <source>Perusahaan tutup, bukan karena rugi</source>
        <translation>The company closed, not because of losses</translation>
    </message>
    <message>
        <source>Perusahaan tutup karena bencana atau keadaan darurat</source>
        <translation>The company closed because of a disaster or emergency</translation>
    </message>
    <message>
        <source>Bencana atau keadaan darurat, perusahaan tetap buka</source>
        <translation>A disaster or emergency, the company stays open</translation>
    </message>
    <message>
        <source>Perusahaan menunda bayar utang (PKPU) karena rugi</source>
        <translation>The company suspended paying its debts (PKPU) because of losses</translation>
    </message>
    <message>
        <source>Perusahaan menunda bayar utang (PKPU), bukan karena rugi</source>
        <translation>The company suspended paying its debts (PKPU), not because of losses</translation>
    </message>
    <message>
        <source>Perusahaan pailit (bangkrut)</source>
        <translation>The company went bankrupt</translation>
    </message>
    <message>
        <source>Saya minta berhenti karena perlakuan atasan, misalnya upah tidak dibayar</source>
        <translation>I asked to leave because of how the employer treated me, e.g. wages not paid</translation>
    </message>
    <message>
        <source>Saya mengundurkan diri</source>
        <translation>I resigned</translation>
    </message>
    <message>
        <source>Saya tidak masuk kerja 5 hari tanpa keterangan, sudah dipanggil 2 kali</source>
        <translation>I was absent 5 days without notice, after being summoned twice</translation>
    </message>
    <message>
        <source>Saya melanggar aturan kerja setelah diberi surat peringatan</source>
        <translation>I broke the work rules after a warning letter</translation>
    </message>
    <message>
        <source>Saya melakukan pelanggaran berat menurut aturan perusahaan</source>
        <translation>I committed serious misconduct under the company rules</translation>
    </message>
    <message>
        <source>Saya ditahan polisi dan perusahaan dirugikan</source>
        <translation>I was detained by the police and the company was harmed</translation>
    </message>
    <message>
        <source>Saya ditahan polisi, perusahaan tidak dirugikan</source>
        <translation>I was detained by the police, the company was not harmed</translation>
    </message>
    <message>
        <source>Saya sakit lama atau cacat karena kecelakaan kerja, lebih dari 12 bulan</source>
        <translation>I have been ill or disabled by a work accident for more than 12 months</translation>
    </message>
    <message>
        <source>Saya sudah masuk usia pensiun</source>
        <translation>I reached retirement age</translation>
    </message>
    <message>
        <source>Pekerja meninggal dunia (hak diterima ahli waris)</source>
        <translation>The worker died (paid to the heirs)</translation>
    </message>
    <message>
        <source>Kontrak kerja (PKWT) saya habis</source>
        <translation>My fixed-term contract (PKWT) ended</translation>
    </message>
</context>
<context>
    <name>t</name>
    <message>
        <source>Halaman uji tercetak.</source>
        <translation>Test page printed.</translation>
    </message>
    <message>
        <source>Tidak disimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Tidak dapat menulis file pengaturan: %1</source>
        <translation>Cannot write the settings file: %1</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Disimpan di %1. Kios dimulai ulang untuk memakainya…</source>
        <translation>Saved in %1. The kiosk restarts to use it…</translation>
    </message>
    <message>
        <source>Disimpan dan langsung berlaku.</source>
        <translation>Saved and in effect now.</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dikirim ulang.</source>
        <translation>
            <numerusform>%n record queued again.</numerusform><numerusform>%n records queued again.</numerusform></translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <source>Diberhentikan dari pekerjaan (PHK)</source>
        <translation>Dismissed from work (PHK)</translation>
    </message>
    <message>
        <source>Gaji atau upah</source>
        <translation>Pay or wages</translation>
    </message>
    <message>
        <source>Pesangon</source>
        <translation>Severance pay</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan atau Kesehatan</source>
        <translation>BPJS employment or health insurance</translation>
    </message>
    <message>
        <source>Kontrak kerja</source>
        <translation>Work contract</translation>
    </message>
    <message>
        <source>Lowongan dan melamar kerja</source>
        <translation>Vacancies and applying for work</translation>
    </message>
    <message>
        <source>Kartu kuning (AK/1)</source>
        <translation>Yellow card (AK/1)</translation>
    </message>
    <message>
        <source>Hal lain</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Bertanya (konsultasi)</source>
        <translation>Ask a question (consultation)</translation>
    </message>
    <message>
        <source>Mengadu (pengaduan)</source>
        <translation>Make a complaint</translation>
    </message>
    <message>
        <source>Diterima, menunggu petugas</source>
        <translation>Received, waiting for an officer</translation>
    </message>
    <message>
        <source>Sedang ditangani petugas</source>
        <translation>An officer is working on it</translation>
    </message>
    <message>
        <source>Dijadwalkan bertemu petugas</source>
        <translation>Appointment with an officer scheduled</translation>
    </message>
    <message>
        <source>Selesai ditangani</source>
        <translation>Closed</translation>
    </message>
</context>
</TS>