<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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