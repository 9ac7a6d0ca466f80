<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Persetujuan Penggunaan Data Pribadi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data yang disimpan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK, nama, tempat dan tanggal lahir, alamat, nomor HP, email, pendidikan, keterampilan, pengalaman kerja, dan foto Anda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untuk apa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untuk membuat kartu kuning (AK/1) dan mencarikan lowongan kerja yang cocok untuk Anda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Siapa yang melihat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Petugas Disnaker Kota Semarang melalui SIKER, dan perusahaan yang lowongannya Anda lamar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Berapa lama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Di mesin ini data dihapus %1 hari setelah terkirim ke SIKER. Di SIKER data disimpan selama kartu Anda berlaku.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hak Anda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anda boleh melihat, memperbaiki, atau meminta data dihapus di kantor Disnaker pada hari kerja. Jika tidak setuju, tidak ada data yang disimpan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak Setuju, Batalkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saya Setuju ›</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Kontak dan Alamat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nomor HP (WhatsApp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email (boleh dikosongkan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alamat tinggal sama dengan alamat di e-KTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alamat (jalan, nomor rumah)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kode pos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kelurahan/Desa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kota/Kabupaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provinsi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EducationStep</name>
    <message>
        <source>Pendidikan Terakhir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jenjang pendidikan terakhir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama sekolah / kampus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jurusan (boleh dikosongkan untuk SD/SMP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tahun lulus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih jenjang pendidikan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama sekolah</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jurusan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExperienceStep</name>
    <message>
        <source>Keterampilan dan Pengalaman Kerja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keterampilan (boleh dikosongkan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengalaman kerja (boleh dikosongkan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keterampilan, contoh: menjahit, las, komputer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sejak tahun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jabatan / pekerjaan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sampai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keterampilan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perusahaan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tahun mulai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tahun selesai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengalaman kerja</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Langkah %1 dari %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Masih di sana?</source>
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
    <name>NavBar</name>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lanjut ›</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonalStep</name>
    <message>
        <source>Data Diri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama lengkap (sesuai KTP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tanggal lahir (tgl-bln-tahun)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Islam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kristen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Katolik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hindu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buddha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konghucu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum kawin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kawin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cerai mati</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih jenis kelamin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih agama.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih status perkawinan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesStep</name>
    <message>
        <source>Pekerjaan yang Dicari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jabatan yang diinginkan %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokasi kerja %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contoh: operator produksi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contoh: Kota Semarang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gaji yang diharapkan per bulan (Rp, boleh dikosongkan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokasi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
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
    <name>WelcomeScreen</name>
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
        <source>Huruf Besar</source>
        <translation>Large Text</translation>
    </message>
    <message>
        <source>Kontras Tinggi</source>
        <translation>High Contrast</translation>
    </message>
</context>
</TS>