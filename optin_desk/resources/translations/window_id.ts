<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>Jenis pesan dalam setiap bahasa</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>Simpan &amp;bahasa ini</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (belum disimpan)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>Belum disimpan dalam bahasa ini: %s. Formulir dalam bahasa ini mencetaknya dalam bahasa toko sampai Anda menyimpannya.</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>Setiap jenis pesan sudah punya teks dalam bahasa ini.</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>Menyimpan jenis pesan</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>Simpan jenis pesan</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>Jenis pesan disimpan dalam %s (teks v%d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>Jenis pesan yang sudah disimpan tetap pada jenisnya: persetujuan orang diberikan untuk pesan layanan atau pesan pemasaran. Untuk mengubahnya, arsipkan yang ini dan tambahkan yang baru.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Buka daftar…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>&amp;Tempel daftar</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>Buka daftar, letakkan file di sini, atau tempel daftar.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Cek</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Bata&amp;l</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>Tampilkan hasil</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Simpan lapo&amp;ran…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>Simpan daftar yan&amp;g boleh…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Catat &amp;sebagai terkirim</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Le&amp;mbar:</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>&amp;Nomor di kolom:</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>N&amp;ama di kolom:</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>&amp;Jenis pesan:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>Belum ada daftar yang dicek. Tempel daftar nomor atau buka file, lalu cek: setiap baris mendapat hasilnya di sini.</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>Tidak ada baris dengan hasil ini. Pilih “Semua baris” untuk melihat semua baris.</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>Buka daftar penerima</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>Clipboard tidak berisi teks: salin nomornya dulu.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>teks yang ditempel</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>%s tidak bisa dibaca: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n catatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Cek %1: %n baris dari %2 untuk %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>Pemeriksaan terakhir yang disimpan, %1: %n baris dari %2 untuk %3, dicatat terkirim pada %4. Buka atau tempel daftar untuk memeriksa yang lain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>Pemeriksaan terakhir yang disimpan, %1: %n baris dari %2 untuk %3. Buka atau tempel daftar untuk memeriksa yang lain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>Pemeriksaan %1, disimpan pada %5: %n baris dari %2 untuk %3, dicatat terkirim pada %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Pemeriksaan %1, disimpan pada %5: %n baris dari %2 untuk %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>%n baris dicek: %1 boleh dikirimi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>Catat %n orang sudah dikirimi pesan “%1” sekarang?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Pilih kolom yang berisi nomor telepon.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Mengecek %n baris…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n perlu pilihan opt-out</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>Pengecekan dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>Simpan daftar yang boleh</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Catat sebagai terkirim</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>%n pesan dicatat sebagai terkirim</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>%n baris ditulis ke %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>Cari nama atau nomor, format apa saja</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cari kontak</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>Riwayat kontak yang dipilih</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>O&amp;pt-in baru…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>Catat opt-&amp;out…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>&amp;Batalkan entri…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>Buka s&amp;can</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>&amp;Hapus atas permintaan…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>Bukti pe&amp;rsetujuan…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>&amp;Formulir terisi</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Dicatat oleh:</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>Pilih kontak untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>Bukti persetujuan</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>Bukti persetujuan disimpan ke %s (ujung buku besar %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>Bukti persetujuan disimpan ke %s, bukti JSON-nya ke %s (sidik catatan %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>Batalkan entri #%d</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Kenapa entri ini salah? (disimpan bersama catatan)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>Membatalkan opt-out</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>Batalkan entri</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>Entri #%d dibatalkan: %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>Hapus %s atas permintaannya?

Nama, nomor, dan scan mereka dihapus untuk selamanya. Riwayat persetujuan tetap ada (tanpa data mereka), dan nomornya tetap diblokir dari siaran.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Hapus atas permintaan</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Menghapus data seseorang</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>Dihapus atas permintaan; nomornya tetap diblokir</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (gagal membersihkan ruang yang dikosongkan: %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (masih terbaca di file sampai pembaca lain ditutup)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>Orang ini sudah dihapus dari catatan, tetapi masih terbaca di file selama ada halaman jendela ini yang masih membacanya. Coba lagi untuk menyelesaikan?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>Orang ini sudah dihapus dari catatan, tetapi server masih menyimpan versi lama barisnya selama komputer lain punya transaksi yang terbuka. Coba lagi untuk menyelesaikan?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>Orang ini sudah dihapus dari catatan, tetapi masih terbaca di file sampai program lain yang membukanya (jendela OptIn Desk lain, atau proses lain) menutupnya. Tutup program itu, lalu coba lagi untuk menyelesaikan?</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>Cadangan catatan masih memuat orang ini: %n cadangan yang dikenal program ini. Hapus juga dari cadangan itu (setiap cadangan ditulis ulang dan dicek)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>Hapus dari cadangan</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>Dihapus atas permintaan; cadangan masih memuat orang ini</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>Dihapus atas permintaan, juga dari %n cadangan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>%n cadangan yang tidak bisa ditulis ulang sudah dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n cadangan tidak bisa ditulis ulang dan masih memuat orang ini:

%1

Hapus cadangan itu? (Cadangan yang foldernya tidak ada tetap disimpan.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Buka scan</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>Scan tidak ada di %s. Pulihkan folder bukti dari cadangan.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>Tidak ada yang cocok dengan “%1”. Periksa ejaan atau nomornya, atau ketik di halaman Pendaftaran.</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>Belum ada orang yang tercatat. Ketik formulir yang sudah ditandatangani atau persetujuan langsung di halaman Pendaftaran, lalu mereka muncul di sini.</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>Membaca angka</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Berhenti membaca</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>Membaca angka dari catatan…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Angka tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>Dihentikan: angka tidak dibaca. Buka halaman ini lagi untuk membacanya.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>Yang berhenti</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>Tidak ada konfirmasi yang menunggu: setiap opt-out yang dicatat di sini sudah dikonfirmasi. Saat Anda mencatat STOP, konfirmasinya menunggu di sini sampai Anda menandainya terkirim.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Salin konfirmasi</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Buka di WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;Tandai terkirim</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>Ekspor daftar blokir…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>Opt-out yang konfirmasinya belum ditandai terkirim, yang terlama dulu:</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>Konfirmasi disalin</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Tandai terkirim</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>Konfirmasi ke %s ditandai terkirim</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>Mengekspor daftar blokir</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Ekspor daftar blokir</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n opt-out ditulis ke %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>nomor pelanggan, untuk formulir yang sudah terisi</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>&amp;Buat formulir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>Belum ada formulir yang dicetak. Pilih jumlahnya di atas lalu tekan Buat formulir: setiap cetakan tercantum di sini beserta berapa yang sudah kembali.</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>B&amp;ahasa:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Ker&amp;tas:</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>Di&amp;isi untuk:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Oleh:</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n formulir siap (teks %1 v%2): nomor seri %3 sampai %4. Simpan atau cetak: batch-nya dicatat saat itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>Setiap formulir mendapat nomor seri sendiri, tercetak dan dalam kode QR. Saat formulir yang ditandatangani kembali, ketik nomor serinya di halaman Pendaftaran: pendaftaran itu terhubung ke teks yang tercetak di formulir.</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>Batch yang dicetak:</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>Contoh halaman: setiap formulir yang Anda buat membawa nomor serinya sendiri di sini.</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>Contoh halaman tidak bisa dibuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>Membuat %n formulir…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>Buat formulir</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>Dibatalkan: tidak ada formulir yang dibuat dan tidak ada nomor seri yang terpakai.</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>Catat batch</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>Simpan formulir</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>Formulir disimpan ke %s</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>Formulir dikirim ke printer</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>Pemeriksaan yang disimpan</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>Tampilkan pemeriksaan yang disimpan sebelumnya, dengan baris-barisnya seperti saat dinilai</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>Pemeriksaan yang disimpan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>terkirim %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>Formulir kertas</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>Menu telepon (IVR)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>Di chat WhatsApp</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>Di kasir</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>Formulir pendaftaran</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>Iklan klik-ke-WhatsApp</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>Balasan WhatsApp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>Tombol berhenti WhatsApp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>opt-in</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>tanpa persetujuan</translation>
    </message>
    <message>
        <source>✓ opted in</source>
        <translation>✓ opt-in</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ opt-out</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– tidak ada</translation>
    </message>
    <message>
        <source>service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>pemasaran</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>semua pesan</translation>
    </message>
    <message>
        <source>all marketing</source>
        <translation>semua pemasaran</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>Perlu keputusan</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>Permintaan opt-in</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Tidak ada yang dicatat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Tanpa persetujuan</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Nomor tidak valid</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>Terlalu cepat lagi</translation>
    </message>
    <message>
        <source>They agreed to this kind of message: send.</source>
        <translation>Mereka setuju menerima jenis pesan ini: kirim.</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>Tidak ada opt-in untuk jenis pesan ini: jangan kirim.</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>Mereka sudah opt-out: jangan pernah kirim.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>Ini bukan nomor WhatsApp yang bisa dihubungi: lihat alasannya.</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>Orang yang sama ada lebih atas di daftar: mereka mendapat satu pesan.</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>Mereka baru saja menerima pesan pemasaran sebanyak batas maksimal: tunggu.</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>Perlu pilihan opt-out</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>Pesan pemasaran ini harus memberi tahu cara berhenti (mis. &apos;Balas STOP untuk berhenti&apos;): ini pesan pemasaran pertama mereka, yang pertama setelah jeda lama, atau mereka sudah lama tidak membalas (Pengaturan, Aturan siaran).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>Terlalu banyak pesan</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>Tidak relevan untuk saya</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>Saya tidak pernah mendaftar</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Berubah pikiran</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Lainnya…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Seperti tertulis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>Pilihan opt-out</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>Tercatat: %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>Bahasa jendela</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Sama dengan komputer ini</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>Disimpan di komputer ini; dipakai saat OptIn Desk dibuka lagi.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OptIn Desk</source>
        <translation>OptIn Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Membuka catatan…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>Atur toko Anda untuk mulai</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>Terjadi kesalahan: %s

Tidak ada catatan yang hilang. Detailnya ditulis ke %s; kirim file itu ke orang yang mengurus komputer ini.</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>Catatan tidak terbuka</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>Catatan: %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>Cadangan harian dibuat: %n entri, sudah dicek</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>Cadangan harian tidak bisa dibuat: %s. Pakai Pengaturan, Cadangkan sekarang.</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>Catatan tidak bisa dibuka: %s. Periksa path --db.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>Yang perlu dikerjakan hari ini, dan keadaan catatan.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>Ketik formulir kertas yang ditandatangani, atau catat persetujuan langsung.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>Cari seseorang: apa yang mereka setujui, kapan, dan seluruh riwayatnya.</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>Catat STOP dan kirim konfirmasinya; berlaku untuk semua nomor Anda.</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>Cek daftar</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>Sebelum siaran: siapa di daftar Anda yang boleh dikirimi pesan.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>Cetak formulir persetujuan untuk ditandatangani pelanggan.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>Toko Anda, jenis pesan, teks, staf, dan cadangan.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>Bagaimana siaran Anda sampai: diterima, dibaca, diblokir.</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>Nomor ini dihapus atas permintaan pada %s.

Catat opt-in ini hanya jika orang itu memberi persetujuan baru setelahnya (langsung, di kertas, atau lewat pesannya sendiri). Mencatatnya membatalkan penghapusan: nomor dan namanya disimpan lagi, dan entrinya menyebut bahwa penghapusan dibatalkan.

Batalkan penghapusan dan catat?</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Dihapus atas permintaan</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. Apakah jam komputer sekarang benar? Catat hanya jika benar: berarti catatan sebelumnya dibuat dengan jam yang salah.</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>Periksa jam</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Simpan pendaftaran</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>Nomor WhatsApp mereka dalam format apa saja, atau namanya</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>Yang mereka katakan atau tulis (opsional)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak disebut)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>Alasan mereka, singkat saja</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>Tulis &amp;ulang</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>Buka di &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>Konfirmasi ter&amp;kirim</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>&amp;Catat opt-out</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>C&amp;ari:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Orang:</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>Yang &amp;berhenti:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Cara &amp;datang:</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>Kata-kata &amp;mereka:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Alasa&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Kir&amp;im dari:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>K&amp;onfirmasi:</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>Dicatat ol&amp;eh:</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Menunggu konfirmasi</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>Balasan sekaligus</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>Menunggu konfirmasi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>Semua pesan pemasaran</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>Semuanya (termasuk pesan layanan)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>Ketik nomor atau namanya; nomor yang belum tercatat juga bisa opt-out.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n orang cocok: pilih satu (Bawah, lalu Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>Tidak ditemukan: ketik nomor lengkap, mis. %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s belum tercatat: opt-out tetap disimpan.</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>Konfirmasi kosong: tekan Tulis ulang.</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>Konfirmasi disalin: tempel ke chat mereka</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>Kirim dari nomor toko %s</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Catat opt-out</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>konfirmasi terkirim</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>konfirmasi perlu dikirim</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>Opt-out %s (%s); %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>Kata pengganti: $business — nama toko; $stopped — pesan yang berhenti; $continues — pesan yang masih dikirim, jika ada; $start_keyword — kata untuk opt-in lagi (%1).</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>Kata pengganti: $business — nama toko; $categories — jenis pesan yang dicentang orang; $stop_keyword — kata untuk menghentikan pesan (%1).</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>Privasi (dicetak di setiap formulir)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>kosong: nomor WhatsApp pertama di atas</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>alamat web, atau mis. &apos;di dinding dekat kasir&apos;</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> tahun setelah opt-out</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>W&amp;hatsApp kontak:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>Pemberitahuan pri&amp;vasi ada di:</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>&amp;Catatan disimpan:</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Setiap siaran: hasilnya, dan opt-out dalam 7 hari</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>read</source>
        <translation>dibaca</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>opt-out sejak itu (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>Peringkat kualitas setiap nomor WhatsApp</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>first opt-in by %1</source>
        <translation>opt-in pertama lewat “%1”</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>&amp;Baca laporan pengiriman…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>&amp;Simpan yang sudah dibaca</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>Simpan &amp;laporan satu halaman…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Lalu</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>dibatasi</translation>
    </message>
    <message>
        <source>e.g. 1K</source>
        <translation>mis. 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>&amp;Tambah catatan kualitas</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>Yang ditampilkan WhatsApp Manager</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokir</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Tingkat opt-out menurut cara orang opt-in</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Tingkat opt-out menurut versi teks yang ditandatangani</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>Grafik disimpan ke %s</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>Baca laporan pengiriman</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>Laporan pengiriman (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;Semua file (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>sudah dibaca</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1: %2, %3 baru; %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n baris tidak terbaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n pesan masuk dikesampingkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>Disimpan %1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n opt-out dari pemasaran lewat tombol berhenti WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>baris %s: %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>Simpan laporan pengiriman</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>Tambah catatan kualitas</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>Catatan kualitas disimpan</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>Catatan kualitas itu sudah disimpan</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>Laporan disimpan ke %s</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>Peringatan (halaman Kualitas)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× biasanya</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% tidak diterima</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× cara lain</translation>
    </message>
    <message>
        <source> people</source>
        <translation> orang</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>Simpan batas peringatan</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>Opt-out setelah siaran lebih dari:</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>Tidak diterima lebih dari:</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>Tingkat opt-out satu cara opt-in lebih dari:</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>Bandingkan cara opt-in dengan minimal:</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>Batas peringatan disimpan</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>Ke mana catatan pergi (tertulis di setiap bukti)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>kosong: komputer ini, atau server toko</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>kosong: Meta Platforms, sebagai penyedia WhatsApp</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>Tulis setiap perusahaan yang menerima nomor, dipisahkan dengan &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>Catatan &amp;disimpan di:</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>Diterima juga &amp;oleh:</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>nama Anda</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>Pilih atau ketik siapa yang mencatat ini.</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>Catatan yang dibuka komputer ini</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>file .sqlite3, atau postgresql+psycopg://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Catatan lain</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>&amp;Coba</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>&amp;Pakai mulai berikutnya</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>Kembali ke file &amp;milik komputer ini</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Terbuka sekarang: %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>Dibuka setiap mulai: %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>File catatan</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>Catatan OptIn Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Mencoba…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>Catatan ini bisa dibuka, tetapi belum ada toko yang diatur di dalamnya.</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>Ini catatan %1: %n entri.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>Catatan ini tidak bisa dipakai: %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>Selesai: tutup OptIn Desk lalu buka lagi untuk memakainya.</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>Komputer ini akan membuka catatan lain mulai berikutnya</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>Selesai: mulai berikutnya komputer ini membuka file catatannya sendiri.</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>Catatan bisa dijangkau lagi</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>Tempel balasan di sini, satu per baris: &apos;+34 612 345 678: BAJA&apos;, atau baris chat yang disalin dari WhatsApp, atau tabel berisi nomor dan pesan.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Buka &amp;file…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>Baca &amp;balasan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kenapa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>Catat balasan yang &amp;dicentang</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>Buka balasan</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Baca balasan</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>Membaca %n balasan…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1: %2, %3, %4, %5. Centang yang akan dicatat.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n balasan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n opt-out yang jelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n perlu Anda putuskan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n permintaan opt-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n tidak bisa dicatat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>Catat balasan yang &amp;dicentang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>Catat %1 (masing-masing dengan konfirmasinya) dan %2 lewat chat WhatsApp?</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n opt-out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n opt-in</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>%1 dan %2 dicatat; konfirmasinya menunggu untuk dikirim</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>Catat balasan</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>Mencatat %n balasan…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Tambah kategori</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Sal&amp;in</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>Salin seluruh ujung buku besar, untuk disimpan di tempat lain</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>Jenis pesan yang sudah disimpan tetap pada jenisnya (layanan atau pemasaran): persetujuan orang diberikan untuk itu. Untuk mengubahnya, arsipkan lalu tambahkan yang baru.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>&amp;PIN pemilik…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Simpan pengaturan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;lamat:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Ne&amp;gara bawaan:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Nomor &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>St&amp;af:</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>Jenis pesan (diarsipkan, tidak pernah dihapus)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>Teks (kata pengganti diawali $)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>Pernyataan persetujuan:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pratinjau:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Konfirmasi opt-out:</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>Aturan siaran (Cek daftar)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>Pilihan opt-out lagi setelah &amp;jeda:</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>Tidak aktif setelah tanpa apa p&amp;un selama:</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>pesan pemasaran paling banyak dalam</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>&amp;Batas pemasaran:</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>Menjaga catatan tetap aman</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>Ujung buku besar:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Cadangan terakhir:</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>PIN pemilik:</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n entri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n entri, sudah dicek — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>Ujung buku besar disalin: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>%n entri dicadangkan ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>Mengganti PIN pemilik</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN pemilik</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>PIN pemilik baru (6 karakter atau lebih; kosongkan untuk menghapusnya):</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN pemilik diatur</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN pemilik dihapus</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>Mencadangkan catatan</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>Cadangkan catatan ke…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Menyimpan pengaturan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Pengaturan disimpan</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Selamat datang di OptIn Desk&lt;/h2&gt;&lt;p&gt;Ceritakan tentang toko Anda. Namanya dicetak di setiap formulir persetujuan dan setiap konfirmasi opt-out.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>Satu nomor WhatsApp per baris</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>Satu nama per baris: siapa yang mencatat pendaftaran, opt-out, dan formulir</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Tambah kategori</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>&amp;Hapus kategori</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>&amp;Mulai memakai OptIn Desk</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nama usaha:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;lamat:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Nomor &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>Nama st&amp;af:</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>&amp;Bahasa formulir dan pesan:</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>Jenis pesan yang Anda kirim:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Atur</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>Selamat datang, %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>tercetak di bagian atas formulir; formulir kertas memerlukannya</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>Formulir dari cetakan lain (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>Toko mencetak formulir ini di tempat lain: nomor serinya disimpan seperti diketik, dengan catatan</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>seperti tertulis di formulir</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>letakkan scan formulir di sini</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>Pilih s&amp;can…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>Entri yang disimpan sesi ini</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Simpan dan lanjut (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Urungkan yang terakhir</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>Nomor s&amp;eri formulir:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>N&amp;omor WhatsApp:</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>Setuju menerima:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Tanggal tanda tangan:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Ca&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Dicatat oleh:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Cat&amp;atan:</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>Disimpan sesi ini (terbaru dulu):</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan formulir yang ditandatangani</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>Nomor WhatsApp: %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>Nomor seri formulir: %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>Centang minimal satu jenis pesan yang disetujui orang itu.</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>Sebutkan siapa yang mencatat: pilih atau ketik nama Anda.</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Simpan pendaftaran</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>Disimpan %s: %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Urungkan yang terakhir</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Kenapa entri ini salah? (disimpan bersama catatan)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (dibatalkan: %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>Entri %s dibatalkan</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>Diketik sesi ini: %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>teks %s v%d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>formulir %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>scan tersimpan</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>dicatat %s oleh %s</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>membatalkan entri #%d: %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>alasan: %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>kata-kata mereka: “%s”</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>catatan: %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>konfirmasi: %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>DIBATALKAN (entri #%d): %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>Orang yang tercatat</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Buka Kontak</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>Pendaftaran 7 hari terakhir</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>Ketik pendaftaran</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>Konfirmasi opt-out yang menunggu</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>Formulir tercetak yang belum diketik</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>Buka Formulir</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>Daftar terakhir yang dicek</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>Cek daftar</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>Cadangkan di Pengaturan</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>Catatan diverifikasi</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Buka Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>&amp;Verifikasi catatan sekarang</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Angka tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>Catatan tidak dapat diverifikasi: %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>Orang yang setuju menerima pesan (impor tidak dihitung).</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>Tidak ada yang menunggu: setiap opt-out sudah dikonfirmasi.</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>Yang terlama menunggu sejak hari ini.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>Yang terlama sudah menunggu %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>Total %n formulir dicetak.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Belum ada formulir yang dicetak.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Setuju</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>Cek daftar Anda sebelum setiap siaran.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2: %3 dari %n baris boleh dikirimi pesan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>Belum ada cadangan catatan ini.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n entri, sudah dicek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>Buku besar berisi %n entri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>Verifikasi sekarang.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>Verifikasi terakhir menemukan catatan yang diubah: jalankan verify.</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1: rantai diperiksa di cadangan; verifikasi catatan untuk memeriksa juga tabel persetujuan, teks, dan pindaian.</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1: diverifikasi tersendiri.</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>Memverifikasi catatan…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>Rantainya utuh, tetapi yang ada di sampingnya diubah:</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>Catatan terverifikasi: tidak ada entri yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>Rantai rusak: jalankan verify di command line untuk detailnya.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>Sebutkan dulu siapa yang mencatat: pilih atau ketik nama Anda di “Dicatat oleh” (di halaman Opt-out). Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN pemilik</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s memerlukan PIN pemilik:</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>Belum diterjemahkan ke %s: %s. Baris ini akan tercetak dalam bahasa toko, yang mungkin tidak dibaca pelanggan: tambahkan teksnya di Pengaturan, Jenis pesan dalam setiap bahasa.</translation>
    </message>
</context>
</TS>
