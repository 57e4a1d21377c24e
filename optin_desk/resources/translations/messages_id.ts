<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>komputer ini belum punya kunci tanda tangan dan toko punya PIN pemilik: berikan --pin (atau OPTIN_DESK_PIN) agar kunci baru dikunci dengan PIN itu</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>Kunci publik (Ed25519, base64): {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>Sidik jari (SHA-256): {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>Checkpoint dari %n peristiwa, root {root}, ujung {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>Ditandatangani dengan kunci {fingerprint}</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>Tidak ditandatangani: kunci tanda tangan dikunci oleh PIN pemilik (berikan --pin)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>Ditulis ke {path}; juga di log {log}</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>Disimpan di log {log}</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>catatan: bukti ini tidak terikat ke checkpoint yang ditandatangani (kunci tanda tangan dikunci oleh PIN pemilik): berikan --pin agar auditor bisa memeriksanya dengan verify-proof</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message}; ini ditandatangani dengan kunci komputer lain, bukan komputer ini: pastikan kunci itu milik toko Anda (&apos;optin-desk public-key&apos; di setiap komputer)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>ok: buku besar memuat semua %n checkpoint yang ditemukan di {path} ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>ok: dari checkpoint yang ditemukan di {path}, %n berasal dari catatan yang diganti oleh pemulihan (lihat keterangannya) dan buku besar memuat sisanya ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>ok: %n checkpoint yang ditemukan di {path} berasal dari catatan yang diganti oleh pemulihan (lihat keterangannya); belum ada yang dibuat sejak itu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>rusak: %n checkpoint yang ditemukan di {path} tidak ada di buku besar (dari {count} seluruhnya)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>yang terbaru: %n peristiwa, dibuat {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Cek {check}: %n baris dari {source} untuk {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Cek (tidak disimpan: hanya-baca): %n baris dari {source} untuk {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(nomor dari kolom {column})</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n dengan pilihan opt-out)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>teks bahasa {language} v{version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>formulir {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>membatalkan peristiwa {event}: {reason}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>alasan: {reason}</translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation>  [DIBATALKAN oleh {event}: {reason}]</translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation>{action} {scope} ({method}), dicatat oleh {who} pada {when}</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>{shop} ({country}) diatur di {where}</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>{who} opt-in untuk {scopes} ({method}; peristiwa {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>{phone} opt-out dari {scope} (peristiwa {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>Peristiwa {voided} dari {phone} dibatalkan (peristiwa {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (belum tercatat)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  dihapus pada {day} atas permintaan orangnya: diblokir dari semua siaran sampai mereka opt-in lagi</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> sejak {when}</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [diarsipkan]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  tidak ada peristiwa yang tercatat</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         konfirmasi: {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>rusak: {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>diubah: {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>dicek di samping rantai: teks {wordings}, scan {scans}, orang yang status persetujuannya dihitung ulang {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>rusak: {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>rusak: peristiwa {event}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>rusak: ujung sebelumnya {head} tidak ada di rantai %n peristiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>ok: %n peristiwa, ujung {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>peringatan: pengaman buku besar yang hanya-boleh-ditambah hilang atau mati ({names}): cadangan sudah dibuat dan dicek, tetapi buku besar bisa saja sudah ditulis ulang; jalankan verify</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}, %n pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>catatan: {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (sudah dibaca)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>baris {line}: tidak terbaca: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n baris tidak terbaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n pesan masuk dikesampingkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>Tidak ada yang disimpan: tidak ada status pesan yang bisa dibaca dari laporan ini.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>Uji coba: tidak ada yang disimpan. Jalankan lagi dengan --apply untuk menyimpan %n hasil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>Tidak ada yang baru: laporan ini sudah pernah dibaca.</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>Tidak ada yang baru: laporan ini sudah pernah dibaca; tidak ada yang ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>%n hasil disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>Opt-out dari pemasaran (tombol berhenti WhatsApp): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>Nomor yang ditandai tidak bisa dikirimi: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>Ditahan oleh WhatsApp: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>%n baris yang diblokir (orang, jenis pesan) ditulis ke {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>%n peristiwa ditulis ke {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>{where} tidak bisa ditulisi (file, folder, atau media hanya-baca): &apos;{command}&apos; perlu menulis; tidak ada yang dilakukan</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>Catatan: {where} tidak bisa ditulisi; dibuka hanya-baca</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>hasilnya tidak bisa ditulis ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>%n pesan dicatat sebagai terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>%n peristiwa dicadangkan ke {file} (ujung {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>Tidak ada yang berubah sejak cadangan {when} UTC (ujung buku besar dan jumlah sama, tidak ada perubahan lain): cadangan itu dipakai lagi</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>Memulihkan {file}:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>Tidak ada yang diubah (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>Memutus %n koneksi lain ke catatan (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>%n peristiwa dipulihkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>%n opt-out diterapkan ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>%n penghapusan diterapkan ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>Catatan memuat %n peristiwa, ujung {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>Catatan yang diganti disimpan di {file}.</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>Tabel persetujuan cadangan tidak cocok dengan buku besarnya (diedit di luar program): persetujuan setiap orang dihitung ulang dari buku besar.</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>{number} dihapus pada {day}; nomornya tetap diblokir</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>Nama, nomor, dan %n scan dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n entri tetap ada di buku besar, dan nomornya tetap diblokir dari siaran.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>penghapusan sudah dicatat, tetapi membersihkan ruang kosong file gagal ({problem}): kosongkan sedikit ruang disk, lalu jalankan &apos;optin-desk erase {number}&apos; lagi untuk membersihkannya</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>orang ini sudah dihapus dari catatan, tetapi server masih menyimpan versi lama barisnya selama koneksi lain punya transaksi yang terbuka (komputer yang sedang membaca catatan): setelah selesai, jalankan &apos;optin-desk erase {number}&apos; lagi</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>orang ini sudah dihapus dari catatan, tetapi masih terbaca di file sampai program lain yang membukanya (jendela OptIn Desk di komputer ini, atau proses lain) menutupnya: tutup program itu, lalu jalankan &apos;optin-desk erase {number}&apos; lagi (atau tambahkan --wait SECONDS)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>Versi lama baris di server sudah dibersihkan (vacuum); log write-ahead server dan cadangannya masih menyimpannya sampai didaur ulang atau dihapus.</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>Ruang kosong file sudah dibersihkan lagi</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>Program ini tidak mengenal cadangan apa pun dari catatan ini.</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path}: dihapus, dicek</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path}: dihapus, dicek; checkpoint di sampingnya masih berlaku (buku besar yang sama)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path}: orang ini tidak ada di dalamnya</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path}: tidak bisa ditulis ulang ({reason}): dihapus</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path}: tidak bisa ditulis ulang ({reason}): masih memuat {number}; hapus file itu, atau jalankan lagi dengan --remove-unerasable</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN pemilik diatur</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN pemilik dihapus</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} dari %n kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>%n kontak demo ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>Mereka punya total %n peristiwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Belum ada formulir yang dicetak.</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>Catatan: belum diterjemahkan ke {language}, dicetak dalam bahasa toko: {kinds} (atur dengan &apos;category KEY --language {code}&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>%n formulir dicetak dalam {language} (teks v{version}, {paper}) ke {file}: nomor seri {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>Bukti persetujuan untuk {phone} (%n entri) ditulis ke {file}; ujung buku besar {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>Bukti JSON-nya, untuk diperiksa auditor dengan verify-proof: {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>batch {batch}: {when} oleh {who}, %n formulir dalam {language} (teks v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>untuk {name}</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>{returned} kembali, {outstanding} belum kembali</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n baris:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n akan ditambahkan,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n dilewati (akan membatalkan opt-out),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n sudah tercatat,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n tidak valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n ditolak (dihapus atas permintaan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n ditolak (formulir kertas tanpa nomor seri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>%n peristiwa dan semua catatan lain dipindahkan ke {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>Ujung buku besar di kedua sisi: {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n scan disalin ke {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>Arahkan setiap komputer ke sana: optin-desk --db URL, atau atur OPTIN_DESK_DB=URL</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(tanpa nomor)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>dilewati: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>baris {row}: {who}: “{message}” → {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n balasan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n opt-out yang jelas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n perlu diputuskan orang,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n permintaan opt-in,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n dilewati</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>Uji coba: tidak ada yang dicatat. Jalankan lagi dengan --apply untuk mencatat opt-out.</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>Tidak ada opt-out yang jelas untuk dicatat.</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>{phone} opt-out dari {scope}; konfirmasi yang perlu dikirim:</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>%n opt-out dicatat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>Konfirmasinya menunggu di halaman Opt-out di aplikasi sampai ditandai terkirim.</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>baris {row}:</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>Uji coba: tidak ada yang dicatat. Jalankan lagi dengan --apply untuk mencatat baris yang akan ditambahkan.</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>--apply menolak file selama ada baris yang tidak valid: perbaiki baris itu, atau tambahkan --skip-invalid untuk mencatat yang lain.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>%n catatan diimpor (cara: diimpor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>{file} ditulis:</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n siaran,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n peringatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation>Catatan kualitas tanggal {day} disimpan.</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>Catatan kualitas itu sudah disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>%n catatan kualitas baru disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>, batas {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} pada {day}: kualitas {rating}, {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>siaran {check} ({file}, {day}):</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n terkirim;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>tidak ada laporan pengiriman</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>%n opt-out dalam 7 hari</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>opt-in lewat “{method}”:</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n orang,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n opt-out sejak itu</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>peringatan: {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>Kunci catatan ({id}) ditulis ke {path}: bawa ke komputer lain, jalankan &apos;optin-desk records-key --import FILE&apos; di sana, lalu hapus file itu</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>Kunci catatan ({id}) disimpan di {path}</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (lihat &apos;{prog} --help&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Pemeriksaan {check}, disimpan {when} UTC: %n baris dari {source} untuk {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>Dicatat terkirim pada {day}.</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>Belum ada pemeriksaan yang disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>terkirim {day}</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} dalam bahasa {language}: {label} (teks bahasa {language} v{version})</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argumen {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>argumen berikut wajib diisi: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>salah satu argumen ini wajib diisi: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumen tidak dikenal: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opsi ambigu: {option} bisa berarti {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>tidak boleh dipakai bersama {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>tidak menerima nilai: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu nilai</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>boleh paling banyak satu nilai</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>perlu paling sedikit satu nilai</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>bukan bilangan bulat: {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>nilai {type} tidak valid: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>pilihan tidak valid: {value} (pilih dari {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>perintah tidak dikenal: {command} (pilihan: {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>kunci tanda tangan publik komputer ini</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>buat checkpoint bertanda tangan dari buku besar (disimpan di tempat lain, ia menjadi jangkarnya)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>tulis juga ke file atau folder ini</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>periksa bukti JSON saja (tanpa basis data)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>kunci publik toko (base64) atau sidik jarinya</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>nomor yang dicetak agar orang bisa menghubungi toko</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>e-mail yang dicetak di formulir</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>letak pemberitahuan privasi (URL atau satu baris)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>berapa tahun catatan disimpan setelah seseorang berhenti berlangganan (bawaan 3)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>tempat catatan disimpan (bawaan: komputer ini, atau server toko)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>siapa lagi yang menerima nomor dan pesan, dipisahkan &apos;;&apos; (bawaan: Meta Platforms, sebagai penyedia WhatsApp)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>atur label dan deskripsi satu kategori dalam satu bahasa</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>kunci kategori, mis. offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>labelnya</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>deskripsinya</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>hapus nama, nomor, dan pindaian seseorang</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>berapa lama menunggu program lain yang membaca catatan sebelum menyebutkan siapa yang masih membukanya (bawaan 10)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>hapus juga orang itu dari setiap cadangan yang dikenal program ini</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>dengan --from-backups: hapus cadangan yang tidak bisa ditulis ulang (dump server, file rusak) alih-alih menyimpannya</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>siapa yang mencatat (bawaan: nama yang diingat komputer ini, atau nama login Anda)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>nomor WhatsApp orang itu, dalam format apa pun yang lazim</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>tampilkan JSON, bukan baris teks</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>bahasa pesan: {languages} (bawaan: bahasa sistem)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>Menyimpan catatan persetujuan WhatsApp untuk toko kecil. Tanpa perintah, jendela aplikasi terbuka.</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>file atau URL basis data (bawaan: OPTIN_DESK_DB, atau folder data pengguna)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>PIN pemilik, untuk pengaturan, penghapusan, pemulihan, pencadangan, ekspor, daftar blokir, dan pembatalan opt-out (atau OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>buat basis data dan profil toko</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>nama toko</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>negara bawaan, mis. ID</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>nomor WhatsApp</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service atau marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>alamat toko, dicetak di formulir</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>bahasa bawaan teks</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>nama staf yang ditawarkan di &quot;Dicatat oleh&quot;</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>catat persetujuan (opt-in)</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>kunci kategori, marketing, atau all; ulangi untuk lebih dari satu</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>cara orang itu menyetujui</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>nama orang itu</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>tanggal atau tanggal-waktu ISO (bawaan: sekarang); tanggal saja berarti hari itu</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>nomor seri formulir kertas yang ditandatangani (opt-in paper_form memerlukannya)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>formulir dicetak di tempat lain: simpan nomor serinya seperti diketik, dengan catatan</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>pindaian formulir yang ditandatangani</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>catatan yang disimpan bersama entri</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>bahasa teks yang ditunjukkan</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>catat meskipun jam tertinggal dari entri terakhir (jam sudah dicek)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>nomor ini pernah dihapus atas permintaan: ini persetujuan baru dari orang itu sendiri</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>catat opt-out; menampilkan konfirmasinya</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>apa yang berhenti: satu kategori, semua pemasaran, atau semuanya</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>bagaimana opt-out diterima</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>kata-kata pelanggan sendiri</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>alasannya, jika orang itu menyebutkan</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>bahasa konfirmasi</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>kapan konfirmasi dikirim (jika tidak: tertunda)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>batalkan peristiwa yang keliru, dengan alasan</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>nomor peristiwa, seperti yang ditampilkan history</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>mengapa peristiwa itu keliru (disimpan)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>persetujuan saat ini dari sebuah nomor</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>semua peristiwa sebuah nomor, dari yang terlama</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>hitung ulang rantai hash buku besar</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>head sebelumnya yang harus ada di rantai</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>file checkpoint, atau folder (flashdisk cadangan) yang dicari: masing-masing harus ada di buku besar</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>setiap temuan, sebagai JSON</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>semua peristiwa ke file CSV</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>file CSV yang akan ditulis</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>periksa daftar penerima sebelum siaran</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV, teks, .xlsx, atau .vcf; - membaca stdin</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>kategori pesan yang akan dikirim</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>kolom yang berisi nomor</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>lembar dari buku kerja Excel</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>setiap baris dengan putusannya</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>baris yang boleh dikirimi</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>catat baris &quot;send&quot; sebagai sudah dikirimi</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>dengan --record-sent: kapan dikirim (bawaan: sekarang)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>salin catatan ke file atau folder</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>file, atau folder (flashdisk USB)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>ganti catatan dengan cadangan</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>file cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>hanya daftar apa yang akan hilang dan diterapkan ulang</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>ganti catatan bahkan dengan cadangan yang bukan salinannya (PIN pemilik)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>di server: putuskan koneksi terbuka komputer lain agar hasil pemulihan bisa dipasang</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>atur, ubah (dengan --pin), atau hapus (&apos;&apos;) PIN pemilik</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>PIN baru, atau &apos;&apos; untuk menghapusnya</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>semua orang yang berhenti berlangganan sesuatu, ke file CSV</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>cetak formulir persetujuan bernomor seri ke PDF</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>berapa formulir</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>file PDF yang akan ditulis</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en, es, pt, fr, de, id, hi, atau ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>bawaan: sesuai negara</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>satu formulir, sudah terisi</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>tampilkan daftar batch yang sudah dicetak</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>bukti persetujuan sebuah nomor (PDF atau JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>file yang akan ditulis: .pdf atau .json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>baca sekumpulan balasan pelanggan; --apply mencatat opt-out yang jelas</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV, teks, atau .xlsx: nomor dan pesan</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>catat opt-out yang jelas</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>catatan persetujuan dari alat lain (hanya uji coba kecuali --apply)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV atau .xlsx: nomor, cakupan, tindakan, tanggal</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>catat baris yang akan ditambahkan</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>dengan --apply: catat baris yang valid saja</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>baca laporan pengiriman (hanya uji coba kecuali --apply)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV, .xlsx, atau baris JSON webhook</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>simpan dan tindak lanjuti kesalahannya</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>isi basis data dengan catatan demo yang realistis</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>berapa orang (bawaan 500)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>salin catatan ke basis data PostgreSQL yang kosong</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>render setiap halaman jendela ke PNG</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>folder untuk gambar</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>bahasa jendela, mis. es atau ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>log kualitas, hasil setiap siaran, dan peringatan</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>batas pengiriman pesan yang tampil</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>hari saat dibaca (hari ini)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>laporan PDF satu halaman untuk pemilik</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>bawa kunci catatan (disimpan di luar basis data) ke komputer lain</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>tulis kunci komputer ini ke FILE</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>simpan kunci yang dibaca dari FILE</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>pemeriksaan yang disimpan; dengan nomor, baris-baris pemeriksaan itu ditulis lagi</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>nomor pemeriksaan yang disimpan</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>setiap baris dengan hasilnya, seperti saat dinilai</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>baris-baris yang boleh dikirimi</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>formulir kertas</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>menu telepon (IVR)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>situs web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>di chat WhatsApp</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>di kasir</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>formulir pendaftaran</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>iklan klik-ke-WhatsApp</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>balasan WhatsApp</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>tombol berhenti WhatsApp</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
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
        <source>opt-in</source>
        <translation>opt-in</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>void</source>
        <translation>pembatalan</translation>
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
        <source>all marketing messages</source>
        <translation>semua pesan pemasaran</translation>
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
        <source>Opted out</source>
        <translation>Opt-out</translation>
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
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanyol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugis</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Prancis</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Jerman</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n diterima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the details of an entry</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>to add</source>
        <translation>akan ditambahkan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>sudah tercatat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>permintaan opt-in (staf mengonfirmasi di aplikasi)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>perlu keputusan</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>tidak ada yang dicatat</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{problem} (--clock-checked)</source>
        <translation>{problem} (--clock-checked)</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form with --serial (a form printed elsewhere: the number it carries, with --other-print-run)</source>
        <translation>opt-in dengan formulir kertas menyebut formulirnya: berikan nomor seri yang tercetak di bagian atas formulir dengan --serial (formulir yang dicetak di tempat lain: nomor yang tertera padanya, dengan --other-print-run)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>--sent-at dipakai bersama --record-sent</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>tidak bisa membaca {file}: {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} berisi kartu kontak, bukan catatan persetujuan</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>--contacts harus antara 1 dan 1000000</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>demo memerlukan --db: catatan demo masuk ke database tersendiri, bukan yang biasa</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>tidak bisa membuat {folder}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>catatan ini memuat %n orang yang bukan catatan demo: data demo masuk ke database tersendiri (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>sebutkan kategori dengan kuncinya</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>sebutkan tempat menulis formulir: --out FILE.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>formulir berupa PDF: beri nama file FILE.pdf</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>move-to memindahkan file SQLite toko: berikan dengan --db FILE</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r}: laporannya berupa PDF; beri nama FILE.pdf</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>folder {parent} tidak ada</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>quality add memerlukan nomor pengirim dan --rating</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} bukan tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>quality import memerlukan file CSV atau .xlsx</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>{name} lebih dari {megabytes}: daftar paling besar sebesar itu; bagi menjadi daftar yang lebih kecil</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} bukan daftar teks, spreadsheet, atau file vCard (berisi byte NUL)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>satu baris di {name} lebih panjang dari {kilobytes} KiB: ini bukan daftar orang</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>baris {line} di {name} punya lebih dari {most} kolom: ini bukan daftar orang</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>{name} punya lebih dari {most:,} baris: bagi menjadi daftar yang lebih kecil</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>sebuah sel dekat baris {line} di {name} lebih panjang dari {kilobytes} KiB: ini bukan daftar orang</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>baris {line} di {name} tidak bisa dibaca: {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>tidak ada kolom nomor telepon: sebutkan dengan --column (kolomnya: {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>tidak ada kolom {column!r}; kolomnya: {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>tidak ada kolom {name_column!r}</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>{source} tidak punya kolom status (sent, delivered, read, failed); kolomnya: {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>tanggal dibaca dengan hari lebih dulu</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>tanggal dibaca dengan bulan lebih dulu</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>status {status!r} bukan salah satu dari sent, delivered, read, failed</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>waktu {time!r} tidak dapat dibaca</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>tidak ada kolom kode error: alasan pesan yang gagal tidak dapat dibaca, jadi orang yang menghentikan pesan pemasaran (131050) tidak dikenali; kolomnya: {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>baris ini bukan JSON</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>status {status!r} tidak dikenal</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>{name} lebih besar dari {megabytes} MB: bagi menjadi beberapa</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} tidak bisa dibaca: {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>baris JSON webhook</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} berisi kartu kontak, bukan laporan pengiriman</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>buku kerja Excel</translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation>CSV ({encoding})</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>teks CSV</translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation>pernyataan persetujuan dengan jenis pesan sebanyak ini tidak muat di satu halaman; arsipkan beberapa jenis pesan, atau persingkat keterangannya</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} adalah folder: pilih file daftar di dalamnya</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} tidak ada; periksa nama dan foldernya</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>{name} berukuran {megabytes:.0f} MB; daftar paling besar {most} MB: bagi menjadi daftar yang lebih kecil</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} adalah file zip (workbook Excel?): berikan sebagai file, dengan namanya</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>tidak ada baris yang diawali nomor telepon: ini bukan balasan; berikan baris seperti &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>tidak ada balasan: tempel baris seperti &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} berisi kartu kontak, bukan balasan</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} memerlukan kolom telepon dan kolom pesan</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>satu baris vCard lebih panjang dari {kilobytes} KiB: bukan kontak</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>{source} punya lebih dari {most:,} nomor: bagi menjadi beberapa</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>{source} tidak berisi vCard (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>{name} tidak bisa dibaca sebagai workbook Excel: {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>{name} punya {count:,} bagian: ini bukan daftar Excel</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>{name} akan terurai menjadi {megabytes:,} MB atau lebih ({filename}: {part_megabytes:,} MB, {ratio:.0f} kali ukuran terkompresinya), lebih dari yang dibutuhkan daftar orang mana pun: mungkin ini bom zip</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>tidak ada lembar {sheet!r}; lembarnya: {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>{name} berisi rumus yang nilainya tidak pernah disimpan (program yang menulisnya tidak menghitungnya): buka di Excel atau LibreOffice, simpan, lalu coba lagi</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>satu baris di lembar punya lebih banyak sel dari yang diizinkan Excel</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>{name} punya lebih dari {most:,} baris: bukan daftar Excel</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>baris {number} di {name} punya lebih dari {most} kolom: ini bukan daftar orang</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>sebuah sel di baris {number} dari {name} lebih panjang dari {kilobytes} KiB: ini bukan daftar orang</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>isi peristiwa tidak memuat {missing}</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>opt-in dengan formulir kertas menyebut formulirnya: berikan nomor seri yang tercetak di bagian atas formulir (formulir yang dicetak di tempat lain: nomor yang tertera padanya, ditandai sebagai dari cetakan lain)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>kategori {spec!r} harus ditulis KEY=LABEL:KIND, mis. offers=Offers:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>jenis kategori {kind!r} harus &apos;service&apos; atau &apos;marketing&apos;</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>jenis pesan tidak dikenal {scope!r}: gunakan salah satu dari {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>kode negara {region!r} tidak dikenal: pakai dua huruf seperti GB, ES, IN</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>tidak ada nomor</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>bukan nomor telepon</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>sebuah spreadsheet mengubah nomor ini menjadi angka yang dibulatkan (seperti 6,44E+08) dan digit terakhirnya hilang: jadikan kolomnya teks di spreadsheet lalu ketik atau ekspor lagi nomor-nomornya</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>terlalu panjang untuk nomor {country}</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>nomor lokal tanpa kode area untuk {country}</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>bukan nomor {country} yang sah</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>terlalu pendek untuk nomor {country}</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>kode negara tidak dikenal +{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>terlalu pendek untuk nomor telepon</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>terlalu panjang untuk nomor telepon</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>nomor seri harus muat dalam delapan simbol base32</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>tanggal tidak diisi: tulis seperti 2026-10-03 atau 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} bukan tanggal: tulis seperti 2026-10-03 atau 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} ada di masa depan; persetujuan tidak boleh diberi tanggal mendatang</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>tanggalnya ada di masa depan; persetujuan tidak boleh diberi tanggal mendatang</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>templat punya kata pengganti yang tidak dikenal atau rusak: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} adalah folder, bukan file cadangan: pilih file di dalamnya</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} bukan file (pipe atau perangkat?): berikan file cadangannya</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} rusak atau bukan cadangan OptIn Desk ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} bukan database OptIn Desk (bahkan bukan SQLite)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} adalah file SQLite tetapi bukan database OptIn Desk</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>{name} tidak bisa dibaca sebagai database: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} rusak (cek integritas: {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>{name} tidak bisa dibaca oleh versi ini: {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>{name} gagal dalam cek buku besar pada peristiwa {broken_event_id}: {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>database ini ada di server: cadangkan dengan alat server itu sendiri (pg_dump)</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>folder {parent} tidak ada; colokkan flashdisk atau buat foldernya</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>cadangan tidak bisa dibuat ({reason}); tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>cadangan tidak boleh menimpa catatan yang disalinnya</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>cadangan tidak bisa ditulis ke {target}: {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>belum ada profil usaha: jalankan &apos;optin-desk init&apos; dulu</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>{setting} harus antara 1 dan 3650</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>kategori {key!r} tidak dikenal: bandingkan dengan salah satu dari {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>tidak ada cek {check_id}</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>cek {check_id} sudah dicatat sebagai terkirim pada {day}</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>waktu pengiriman ada di masa depan</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>baris yang disimpan bersama pemeriksaan {check_id} tidak dapat dibaca: diubah di luar OptIn Desk atau rusak (jalankan verify)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>tidak bisa menulis {path}: {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>folder untuk {target} tidak ada</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>catatan ini tidak bisa ditulisi: pengiriman tidak bisa dicatat</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>cara {what} {value!r} tidak dikenal: pakai salah satu dari {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>{what} berisi karakter NUL (\0), yang tidak bisa disimpan</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>{what} lebih panjang dari {limit} karakter; persingkat</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>jam komputer menunjukkan {now}, tetapi catatan terakhir dibuat pada {last}</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>pilih minimal satu kategori (cakupan) yang disetujui orang itu</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind}: betulkan jamnya; jika sudah benar, berarti catatan sebelumnya dibuat dengan jam yang salah: konfirmasi jamnya untuk mencatat</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind}; dicatat sebagai sudah dikonfirmasi</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>ini membatalkan penghapusan atas permintaan tanggal {day}</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>mereka tetap opt-out dari {kinds}: opt-out yang diberikan setelah persetujuan ini, atau dicatat setelahnya, tetap berlaku</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>templat konfirmasi rusak: {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>mereka sudah opt-out dari ini: dicatat lagi, tidak ada yang berubah</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind}: opt-out tetap berlaku; betulkan jamnya</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} bukan nomor WhatsApp yang bisa dipakai: {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>nama lebih panjang dari {most} karakter; persingkat</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>tidak bisa membaca {name}: {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>cek {check} ({file}), terkirim pada {day}</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>tidak ada pengiriman yang tercatat</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>sudah berhenti berlangganan pemasaran</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>berhenti berlangganan pemasaran (tombol berhenti WhatsApp)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>cek daftar akan memperingatkan tentang nomor ini</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>dihitung dalam batas pemasaran</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>{source} dibaca sebelum catatan diberi kunci: baca lagi</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>nomor ini dihapus atas permintaan pada {day}: persetujuan bertanggal {day_text}, sebelum penghapusan, tidak bisa mengembalikan orang itu</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>nomor ini dihapus atas permintaan pada {day}: hanya persetujuan baru dari orang itu sendiri (langsung, di kertas, atau lewat pesannya sendiri: {allowed}) yang bisa membatalkannya, bukan {value}</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>nomor ini dihapus atas permintaan pada {day}: catat opt-in baru hanya dengan persetujuan baru dari orang itu sendiri, dan konfirmasi bahwa itu membatalkan penghapusan (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} belum tercatat; tidak ada yang perlu dihapus</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>formulir tidak bisa disusun dari teks saat ini; coba lagi</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>cetak antara 1 dan {most} formulir sekali cetak</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} belum tercatat: formulir kosong saja cukup</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>tidak ada formulir dalam bahasa {language!r}: pakai salah satu dari {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>kertas {paper!r} tidak dikenal: pakai a4 atau letter</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>folder {parent} tidak ada; pilih tempat lain</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>tidak bisa menulis {target}: {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} bukan salah satunya</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>tidak bisa memakai {where}: OptIn Desk menyimpan catatannya di file SQLite atau di PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, dengan &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>server database menolak nama pengguna atau kata sandi di URL: periksa --db atau OPTIN_DESK_DB (tidak ada yang dicatat)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>server database tidak punya database (atau pengguna) dengan nama itu: periksa URL di --db atau OPTIN_DESK_DB (tidak ada yang dicatat)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>koneksi ke server database terputus di tengah jalan; server menyimpan secara utuh atau tidak sama sekali: periksa jaringan, lalu coba lagi</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>server database tidak bisa dihubungi: pastikan server berjalan dan komputer ini ada di jaringannya, lalu coba lagi (tidak ada yang dicatat)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>peran database di URL tidak boleh melakukan itu ({detail}): menyiapkan atau memperbarui tabel (init, mulai pertama versi baru, move-to) dan pemulihan hanya untuk peran pemilik catatan; tidak ada yang dicatat</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>sedang memulihkan catatan dari cadangan; coba lagi sebentar lagi (tidak ada yang ditulis)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>database sedang dipakai program lain; coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>disk penuh: kosongkan sedikit ruang, lalu coba lagi (tidak ada yang dicatat)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>{where} tidak bisa ditulisi (hanya-baca); tidak ada yang dicatat</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>tidak bisa membuka database {where}: pastikan foldernya ada dan bisa ditulisi</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} bukan database OptIn Desk</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>kesalahan database: {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>file catatan tidak bisa ditulisi (hanya-baca); tidak ada yang dicatat</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>tidak bisa membuka database: pastikan foldernya ada dan bisa ditulisi</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>file ini bukan database OptIn Desk</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>baris {row}: {reason} (dan %n baris tidak valid lainnya); tidak ada yang dicatat: perbaiki file (uji coba menampilkan setiap baris) atau lewati baris yang tidak valid (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>baris {row}: {reason}; tidak ada yang dicatat: perbaiki file (uji coba menampilkan setiap baris) atau lewati baris yang tidak valid (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>file memerlukan baris judul: number, name, category, action, date</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>kolom {missing} tidak ditemukan (kolomnya: {columns}); beri nama scope (atau category), action, dan date</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>jenis pesan tidak dikenal {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>tindakan tidak dikenal {action!r}: tulis opt_in atau opt_out</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>dihapus atas permintaan pada {day}: impor tidak pernah mengembalikannya</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>akan mendaftarkan untuk {what}</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>akan memberhentikan dari {what}</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>catatan sudah menyebut setuju untuk {what}, atau peristiwa yang lebih baru berlaku</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>catatan sudah menyebut berhenti dari {what}, atau peristiwa yang lebih baru berlaku</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>tidak ada yang diimpor: setiap baris sudah tercatat, dilewati, ditolak, atau tidak valid</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} tidak kosong (tabel {busy} berisi catatan): move-to hanya mengisi database kosong; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>konfirmasi tidak mungkin terkirim di masa depan</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>konfirmasi tidak mungkin terkirim ({sent}) sebelum opt-out yang dikonfirmasinya ({given}); jika orang itu opt-out lebih awal, catat opt-out dengan waktu yang sebenarnya</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>peristiwa {event_id} bukan opt-out</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>konfirmasi tidak mungkin terkirim sebelum opt-out yang dikonfirmasinya (peristiwa {event_id}, diberikan {given}); jika orang itu opt-out lebih awal, catat opt-out dengan waktu yang sebenarnya</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>konfirmasi peristiwa {event_id} sudah ditandai terkirim</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>PIN pemilik yang tersimpan di catatan bukan yang dinyatakan buku besar (dihapus atau diganti di luar OptIn Desk): berikan PIN pemilik yang membuka kunci tanda tangan komputer ini untuk menyimpannya lagi; sampai saat itu, yang memerlukan PIN tetap ditolak</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>terlalu banyak PIN pemilik yang salah: coba lagi dalam {seconds} detik</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>ini memerlukan PIN pemilik (berikan --pin atau atur OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>PIN pemilik salah</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>nomor pengirim {sender!r}: {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>database ini sudah punya profil usaha; ubah di Pengaturan</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>belum ada profil usaha: jalankan &apos;optin-desk init&apos; atau buka aplikasinya dulu</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>templat teks persetujuan rusak: {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>tidak ada teks versi {wording_id}</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>beri nama bukti FILE.pdf atau FILE.json</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>belum ada yang diatur</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} bukan salah satu nomor WhatsApp toko ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>peringkat kualitas {rating!r}: pakai high, medium, atau low</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>status {status!r}: pakai connected, flagged, atau restricted</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>catatan kualitas tanggal {observed_on} bertanggal di masa depan</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>blokir dan laporan adalah jumlah orang: 0 atau lebih</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>baris {line}: {cell!r} bukan angka jumlah</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} berisi kartu kontak, bukan catatan kualitas</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} memerlukan kolom untuk {missing}; kolomnya: {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>baris {line}: tanggal {cell!r} bukan YYYY-MM-DD</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>teks {language} v{version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>tidak bisa menulis {target}: {problem}</translation>
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
        <source>{setting} must be between 1 and 1000</source>
        <translation>{setting} harus antara 1 dan 1000</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>Opt-out setelah siaran {day} mencapai {times}× biasanya: periksa ke siapa siaran itu dikirim</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>{percent}% tidak terkirim setelah siaran {day}: periksa nomor-nomor ini</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>orang yang opt-in lewat “{method}” opt-out {times}× lebih sering daripada yang opt-in lewat “{reference}”</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>kualitas {sender} turun ke {rating}: tahan pemasaran dari nomor ini selama seminggu</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>--head menerima ujung buku besar seperti yang tercetak: minimal {least} karakter heksadesimalnya (0-9, a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} cocok dengan lebih dari satu entri: berikan lebih banyak karakter</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>obrolan menampilkan nama “{sender}”, bukan nomor: cari orangnya di halaman Opt-out</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>sudah berhenti dari {what}</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>sudah berhenti dari {what} sejak {when}</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>sudah setuju untuk {what}</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>sudah setuju untuk {what} sejak {when}</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>semua pesan</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>pemasaran</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>dihapus atas permintaan pada {day}: catat persetujuan barunya tersendiri, dengan menegaskan bahwa itu mencabut penghapusan</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>nomor sama dengan baris {row}</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>baris {row} tidak bisa dicatat: {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>file itu adalah catatan itu sendiri</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>salinan yang dipulihkan gagal dalam cek buku besar: {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>pemulihan gagal ({reason}); catatan dibiarkan seperti semula</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>terlalu banyak pemulihan {name} dalam detik ini; coba lagi</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>cadangan ini bukan salinan catatan ini (milik toko lain, atau sudah berbeda setelah peristiwa {shared_events}); untuk tetap menggantinya berikan --other-shop dan PIN pemilik</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>memulihkan catatan toko lain memerlukan PIN pemilik: atur dengan &apos;optin-desk pin&apos;, lalu berikan dengan --pin</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>file bukti {error}; pilih scan-nya lagi</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>file bukti tidak bisa dibaca: {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>file bukti {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>file bukti tidak bisa disimpan: {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} tidak ada</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>server tidak bisa ditanya ({reason}); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>pemulihan di server hanya untuk peran pemilik catatan (yang memiliki database dan boleh membuat database): jalankan dengan URL pemilik; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>tidak bisa membuat database baru untuk pemulihan ({reason}); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} bukan dump catatan OptIn Desk yang utuh ({error}); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>{name} tidak berisi catatan OptIn Desk; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>{name} gagal dalam cek buku besar pada peristiwa {broken_event_id}: {problem}; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>terlalu banyak pemulihan catatan ini dalam detik ini; coba lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>%n koneksi lain terbuka ke catatan (jendela di komputer lain?): tutup lalu coba lagi, atau berikan --force untuk memutusnya; tidak ada yang diubah</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>penyimpanan di komputer lain menahan catatan terlalu lama; coba pemulihan lagi sebentar lagi; catatan dibiarkan seperti semula</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>belum ada profil usaha</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>kategori {key!r} tetap {kind}: tambahkan kategori baru saja</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>sebutkan kenapa peristiwa dibatalkan (--reason): alasannya disimpan bersamanya</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>tidak ada peristiwa {event_id}; lihat &apos;optin-desk history NUMBER&apos;</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>peristiwa {event_id} tentang toko, bukan orang: tetap berlaku</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>peristiwa {event_id} sendiri adalah pembatalan dan tidak bisa dibatalkan</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>peristiwa {event_id} sudah dibatalkan oleh peristiwa {already}</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>pilih peristiwa yang akan dibatalkan</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>peristiwa milik orang yang berbeda dibatalkan satu orang sekali</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>{source} tidak bisa dibaca: izin ditolak</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>{source} tidak bisa dibaca: {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} adalah folder, bukan file</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} bukan file biasa (pipe, perangkat, atau socket)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} bukan file biasa</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>{name} berukuran {megabytes} MB; scan yang disimpan paling besar {most} MB</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>{name} berubah saat sedang disalin; coba lagi</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>aturan siaran</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>templat teks</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>nama staf</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>rincian privasi</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>rincian toko</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>kategori pesan</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>nomor pengirim</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>teks persetujuan</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n opt-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n pembatalan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n opt-out dibatalkan sejak itu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>cadangan memuat %n peristiwa; catatan memuat {live}, {shared} di antaranya sama</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>cadangan ini BUKAN salinan catatan ini (toko lain, atau sudah berbeda)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>akan hilang: {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>akan hilang: tidak ada yang dicatat</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>pengaturan yang kembali ke isi cadangan: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n opt-out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n penghapusan</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>diterapkan ulang setelah pemulihan: {items}; PIN pemilik tetap seperti sekarang</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n nomor yang dihapus disimpan dengan kunci lain: nomor itu tetap terhapus hanya jika ada di cadangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n cek yang disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n pesan dicatat sebagai terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n batch formulir tercetak</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>kategori {key!r} ({kind}) tidak punya jenis di buku besar: ditambahkan diam-diam di luar program</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>kategori {key!r} tersimpan sebagai {kind}, tetapi buku besar menyebut {stated} (peristiwa {event}): jenisnya diubah diam-diam di luar program; aturan tetap memakai {stated}</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>kunci catatan tidak ada di komputer ini, jadi nomor yang dihapus dan pemilik setiap peristiwa tidak bisa diketahui di sini: di komputer yang punya kunci itu jalankan &apos;optin-desk records-key --out FILE&apos;, lalu di sini &apos;optin-desk records-key --import FILE&apos;</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>tidak bisa membaca {source}: {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} bukan kunci catatan yang ditulis oleh &apos;optin-desk records-key --out&apos;</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} adalah kunci catatan lain (id {found}), bukan catatan ini ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>kunci di {source} tidak cocok dengan nomor di catatan ini: kunci itu tidak ditulis dari catatan ini</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait butuh jumlah detik dari 0 sampai 3600, bukan {written!r}</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable dipakai bersama --from-backups</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} belum dihapus dari catatan: hapus dulu</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>foldernya tidak ada: colokkan flashdisk</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>dump server tidak bisa ditulis ulang oleh program ini</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>nomor itu masih ditemukan di salinan yang ditulis ulang</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>tidak ada yang dicatat: baris ujung buku besar dihapus diam-diam di luar program; jalankan verify, lalu pulihkan cadangan terakhir</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>teks {wording_id} ({language}, versi {version}): isinya diubah; hash-nya tidak lagi cocok dengan sha256 yang dicatat untuknya</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>peristiwa {event_id} menunjuk ke teks {wording_id}, yang sha256-nya {found}, tetapi rantai menyebut orang itu diperlihatkan teks {chained}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>scan {sha256} diganti atau diubah: hash file-nya sekarang {found}</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>scan {sha256} dari peristiwa {event_id} hilang dari folder scan: bukti opt-in itu kehilangan scan-nya; kembalikan file itu dari cadangan</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>scan {sha256} dari peristiwa {event_id} tidak ada di komputer ini (catatan bersama menyimpan scan di komputer yang mencatatnya): jalankan verify di sana</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>%n scan milik orang yang dihapus sudah tidak ada, sesuai permintaan penghapusan</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>peristiwa orang {contact_id} tidak dapat dibaca ({problem}): diedit di luar program, jadi persetujuannya tidak dapat dihitung; pulihkan cadangan terakhir</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>opt-in</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>tidak ada yang dicatat: peristiwa terakhir di buku besar bukan yang disebut baris kepalanya (sebuah peristiwa dihapus atau ditambahkan di luar program); jalankan verify, lalu pulihkan cadangan terbaru (berhenti berlangganan tetap dicatat)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>tidak ada yang dicatat: {phone} tercatat berhenti berlangganan {kind}, tetapi peristiwa yang tersisa di buku besar tidak lagi menyatakannya (satu dihapus di luar program); jalankan verify, lalu pulihkan cadangan terbaru</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>tanpa persetujuan</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>tabel status persetujuan menyebut orang {contact_id} {table} untuk {category} sejak {table_since} (peristiwa {event_id}), tetapi buku besar menyebut sejak {ledger_since}: waktunya diubah di luar program; check dan status membaca tabel itu, jadi hasilnya salah untuk orang ini</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>tabel status persetujuan menyebut orang {contact_id} {table} untuk {category} (peristiwa {table_event_id}), tetapi buku besar menyebut {ledger} (peristiwa {event_id}): check dan status membaca tabel itu, jadi hasilnya salah untuk orang ini</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>baris ujung buku besar hilang padahal buku besar berisi %n peristiwa: seseorang menghapusnya diam-diam di luar program, sehingga tidak kelihatan apakah ada peristiwa yang dipotong dari akhir. Tidak ada yang bisa dicatat sampai baris itu kembali: bandingkan dengan checkpoint yang disimpan di tempat lain (verify --checkpoint) dan pulihkan cadangan terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>pengaman hanya-boleh-ditambah {name} hilang atau dimatikan: buku besar bisa ditulis ulang tanpa jejak; pulihkan cadangan terakhir atau minta bantuan</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>PIN pemilik yang tersimpan di pengaturan bukan yang dinyatakan buku besar: dihapus atau diganti tanpa melalui program; yang memerlukan PIN tetap ditolak sampai pemilik memberikan PIN yang membuka kunci tanda tangan komputer ini</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>kontak {contact} sudah dihapus, tetapi penghapusannya tidak lagi tercatat: catatan itu dihapus tanpa melalui program dan nomornya tidak lagi diblokir; pulihkan cadangan terakhir atau minta bantuan</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>sebuah penghapusan ditandai dicabut oleh catatan {event}, yang bukan opt-in baru dari orang itu sendiri: pencabutan itu dilakukan tanpa melalui program dan nomornya tidak lagi diblokir; pulihkan cadangan terakhir atau minta bantuan</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>peran server {role} boleh melakukan UPDATE, DELETE, atau TRUNCATE pada buku besar: seharusnya hanya pemiliknya; cabut hak itu sebagai pemilik (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>akar Merkle tersimpan dari blok {block} (peristiwa sampai {event_id}) bukan akar peristiwa-peristiwa itu di buku besar: diubah diam-diam di luar program. Bukti kini dibuat dari semua peristiwa; pulihkan cadangan terakhir</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>akar Merkle blok {block} (peristiwa sampai {event_id}) hilang: dihapus diam-diam di luar program. Bukti kini dibuat dari semua peristiwa; pulihkan cadangan terakhir</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>ada akar Merkle tersimpan untuk blok {block}, yang tidak ada di buku besar: ditambahkan diam-diam di luar program; pulihkan cadangan terakhir</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>tidak ada persetujuan tercatat</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulir kertas</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>menu telepon</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>situs web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>kasir</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>formulir pendaftaran</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>iklan WhatsApp</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>impor</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>tombol berhenti WhatsApp</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>cara lain</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>dihapus atas permintaan pada {day}</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>persetujuan hanya untuk {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>%n pesan {what} dalam {days} hari terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason}; tambahkan opsi berhenti: {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>opt-out dari {scope} pada {day} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>opt-out dari {scope} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>opt-out dari {scope} pada {day}</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>opt-out dari {scope}</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>opt-in pada {day} ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>opt-in pada {day}</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>opt-in ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>yang pertama setelah lebih dari {days} hari</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>tidak ada kabar dari atau tentang orang ini dalam {days} hari</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>pesan pemasaran pertama</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} adalah folder: berikan berkas basis datanya, misalnya {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>folder {folder} tidak ada: periksa jalur --db (tidak ada yang dibuat)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>belum ada catatan: siapkan toko dengan &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>belum ada catatan di {path}: siapkan toko dengan &apos;optin-desk init&apos; dan --db ini, atau periksa jalurnya</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>{path} tidak dapat ditulisi dan berasal dari versi lain OptIn Desk: salin ke folder yang dapat ditulisi untuk membukanya</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>{path} tidak dapat ditulisi: tidak dapat diperbarui</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>checkpoint {name}: tidak bisa dibaca sebagai checkpoint ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>catatan tidak lagi diawali %n peristiwa yang baru dicadangkan (dipulihkan atau diganti sementara itu): tidak ada checkpoint yang dibuat; cadangkan lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>tidak ada checkpoint di {path} (file berakhiran .checkpoint.json atau -checkpoints.jsonl)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>catatan ini dipulihkan dari {source} pada {at}: checkpoint yang dibuat sebelum pemulihan itu mungkin milik catatan yang digantikan (disimpan di sebelahnya sebagai salinan &apos;replaced&apos;); periksa dengan salinan itu memakai --db</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>checkpoint {name}: %n peristiwanya (dibuat {made}) diganti oleh pemulihan pada {at} (ujung {head}), yang dicatat buku besar sebagai peristiwa {event}; catatan yang diganti disimpan di sampingnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>checkpoint {name}: ok, buku besar memuat %n peristiwanya (dibuat {made}, kunci {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>checkpoint {name}: ok, buku besar memuat %n peristiwanya (dibuat {made}), tetapi tidak ditandatangani: kunci tanda tangan dikunci oleh PIN pemilik saat dibuat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>checkpoint {name}: menghitung %n peristiwa pada {made}, tetapi buku besar hanya memuat {count}: ada peristiwa yang dihapus atau buku besar diganti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>checkpoint {name}: %n peristiwa pertama buku besar tidak menghasilkan hash root yang dicatat pada {made}: buku besar ditulis ulang atau diganti sejak itu</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>checkpoint {name}: peristiwa {size} di buku besar tidak punya hash ujung yang dicatat pada {made}: buku besar ditulis ulang atau checkpoint diubah</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>checkpoint {name}: tanda tangannya tidak cocok dengan isinya (diubah, atau tidak ditandatangani dengan kunci yang disebutkannya)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>teksnya ditandai dihapus atas permintaan, tetapi orangnya tidak pernah dihapus</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>nomor kontak {contacts} dan %n lainnya bukan nomor asal kuncinya dibuat: nomor ditukar atau diubah di berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>nomor kontak {contacts} bukan nomor asal kuncinya dibuat: nomor ditukar atau diubah di berkas</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>ikatan peristiwa {event} tidak menyebut kontak apa pun</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>kunci kontak tidak lagi cocok dengan yang diikat peristiwa {event}: kunci sebuah kontak diubah, ditukar, atau dihapus di berkas</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>teksnya (catatan, kata-kata pelanggan, konfirmasi, alasan) diubah</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>teksnya dihapus atas permintaan, tetapi ada teks lagi</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>urutan peristiwa tidak benar</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>peristiwa ini tidak menyambung ke peristiwa sebelumnya</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>hash yang tersimpan tidak cocok dengan isinya</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>nomor peristiwa {first} sampai {last} hilang sebelumnya: program menomori peristiwa tanpa celah, jadi ada peristiwa yang dihapus</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>peristiwa ini milik kontak {contact}, yang barisnya kini membawa kunci orang lain: nomor atau kunci kontak ditukar atau diubah di berkas</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>bertanggal {dated} UTC, setelah dicatat ({recorded} UTC): tidak ada peristiwa yang boleh bertanggal lebih maju</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>buku besar mencatat %n peristiwa yang berakhir di {head}, tetapi rantai hanya memuat {count}, sampai peristiwa {last}: ada peristiwa yang dihapus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n peristiwa yang dicatat sebelum teks dirantai sebagai komitmen teksnya dihapus atas permintaan (yang pertama: {first}): isi lainnya diterima berdasarkan peristiwa sesudahnya, yang masih merantai hash-nya</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>peristiwa {event} dicatat pada {recorded} UTC, sebelum peristiwa di depannya ({ahead} UTC): jam komputer salah, atau catatan dimuat tidak berurutan (urutan buku besar tetap berlaku)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>peristiwa {event} dicatat pada {recorded} UTC, sebelum peristiwa di depannya ({ahead} UTC), dan %n lagi seperti itu: jam komputer salah, atau catatan dimuat tidak berurutan (urutan buku besar tetap berlaku)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>tidak ada kata</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>menyebut {out} sekaligus {in_}: seseorang yang memutuskan</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>kata kunci {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>{word} di antara kata lain: seseorang yang memutuskan</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>menyebut {words}: mungkin berarti berhenti; seseorang yang memutuskan</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>kata kunci {word}: persetujuan setelah staf memastikan</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>tidak ada kata berhenti atau setuju</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>akan membatalkan berhenti dari {key} pada {when} ({how}): impor tidak pernah mendaftarkan kembali siapa pun; persetujuan baru memerlukan buktinya sendiri</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>formulir dari cetakan lain</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>mencabut penghapusan atas permintaan pada {day} (persetujuan baru dari orang itu sendiri)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>membalas: {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>diimpor dari {file}, baris {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>metode asal: {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>diterapkan ulang setelah pemulihan dari {file}: peristiwa {event}, dicatat {recorded}</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>koneksi ke server basis data terputus di tengah impor: %n dari {total} baris sudah tercatat sebelumnya dan tetap tersimpan; periksa jaringan dan server, lalu jalankan impor yang sama lagi: impor itu hanya menambahkan baris yang masih kurang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>impor berhenti di tengah jalan ({detail}): %n dari {total} baris sudah tercatat sebelumnya dan tetap tersimpan; setelah masalah itu beres, jalankan impor yang sama lagi: impor itu hanya menambahkan baris yang masih kurang</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}; {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>peringatan: WhatsApp tidak dapat mengirim ke nomor ini pada {day} (131026 {title}: sering kali tidak memakai WhatsApp)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>--report dan --allowed memerlukan nomor pemeriksaan</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>opt-in dengan formulir kertas menyebut formulirnya, dan file tidak punya kolom nomor seri: tambahkan satu (serial) berisi nomor seri yang tercetak di setiap formulir</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>opt-in dengan formulir kertas menyebut formulirnya: isi nomor seri yang tercetak di formulir itu</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>nomor seri {serial} tampak seperti nomor seri toko ini (XXXX-XXXX-C), tetapi salah ketik: lihat formulirnya lagi</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>formulir {serial} sudah diketik untuk orang lain (entri #{entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>formulir {serial} juga ada di baris {row}, untuk nomor lain</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>--key bukan kunci publik (base64 dari 32 byte) maupun sidik jari (64 digit heksadesimal)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>{path} tidak bisa dibaca sebagai bukti JSON ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} salah ketik: simbol ceknya tidak cocok; lihat formulirnya lagi</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} bukan nomor seri yang dicetak toko ini (bentuknya XXXX-XXXX-C): lihat formulirnya lagi, atau centang “Formulir dari cetakan lain” jika toko mencetaknya di tempat lain</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} tidak pernah dicetak di sini: lihat formulirnya lagi, atau centang “Formulir dari cetakan lain” jika toko mencetaknya di tempat lain</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial}: formulir dari cetakan lain; disimpan sebagai rujukan formulir, dengan catatan</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>formulir {serial} sudah diketik: {who}, ditandatangani {day} (entri #{entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>formulir {serial}: teks {language} v{version}, dicetak {day}</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>formulir kertas perlu nomor serinya: ketik nomor seri yang tercetak di bagian atas formulir (formulir yang dicetak toko di tempat lain: ketik nomor yang tertera padanya dan centang “Formulir dari cetakan lain”)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>orang yang datanya dihapus</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} bukan nomor seri yang dicetak toko ini (bentuknya XXXX-XXXX-C): lihat formulirnya lagi, atau berikan --other-print-run jika toko mencetaknya di tempat lain</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} tidak pernah dicetak di sini: lihat formulirnya lagi, atau berikan --other-print-run jika toko mencetaknya di tempat lain</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>bukti ini tidak punya bagian jangkar (dibuat sebelum bukti diberi jangkar?)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>checkpoint bukti ini rusak: {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>catatan persetujuan di sekitar peristiwa itu diubah: unsur-unsurnya (id catatan, tujuan, pengendali, masa simpan, ...) tidak lagi menghasilkan sha256 yang ditandatangani toko</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>checkpoint bukti ini tidak ditandatangani: tidak ada yang mengikatnya ke kunci toko</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>bukti ini ditandatangani dengan kunci {found}, bukan dengan kunci yang diberikan ({given})</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>tanda tangan checkpoint tidak cocok dengan isinya: checkpoint itu diubah</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>daftar peristiwa orang itu yang ditandatangani tidak cocok dengan bukti: ada peristiwa yang dihapus, ditambah, atau diganti, atau sha256 bertanda tangan dari catatan di sekitarnya diubah</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>peristiwa {event}: entri jangkarnya rusak ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>peristiwa {event}: kolom berantainya tidak menghasilkan hash-nya: ada kolom yang diubah</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>peristiwa {event}: teks dan salt-nya tidak menghasilkan komitmen yang dirantainya: ada teks yang diubah</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>peristiwa {event}: bukti keberadaannya tidak mengarah ke root checkpoint: peristiwa ini tidak ada di buku besar yang ditandatangani checkpoint</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>bukti ini mencantumkan peristiwa {shown} tetapi menjangkarkan {anchored}: ada peristiwa yang dihapus atau ditambah</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>peristiwa {event}: {field}-nya berbeda dari catatan berantai: sudah diubah</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>ok: %n peristiwa cocok dengan hash-nya dan ada di {ledger} yang ditandatangani pada {made} dengan kunci {key}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>buku besar berisi %n peristiwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
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
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Setiap siaran: hasilnya, dan opt-out dalam 7 hari</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>Belum ada siaran yang dicatat sebagai terkirim.</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>Belum ada yang opt-in.</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{percent}% dari {people}</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>opt-in pertama lewat “{method}”</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>Peringkat kualitas setiap nomor WhatsApp (dari WhatsApp Manager)</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>Belum ada catatan kualitas yang dimasukkan.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} sampai {last}</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>Hasil pesan WhatsApp Anda · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>Laporan kualitas · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>Dibuat {when} oleh OptIn Desk</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Tidak ada yang perlu Anda perhatikan.</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Tingkat opt-out menurut cara orang opt-in</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Tingkat opt-out menurut versi teks yang ditandatangani</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>Server database menolak nama pengguna atau kata sandi yang dipakai komputer ini. Tidak ada yang dicatat. Tanyakan alamat yang benar kepada orang yang menyiapkan server.</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>Server database tidak punya catatan dengan nama itu. Tidak ada yang dicatat. Tanyakan alamat yang benar kepada orang yang menyiapkan server.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>Koneksi ke server database terputus di tengah jalan. Server menyimpan secara utuh atau tidak sama sekali: periksa jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>Server database tidak bisa dihubungi. Pastikan server menyala dan komputer ini terhubung ke jaringan, lalu coba lagi. Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>Peran database komputer ini tidak boleh melakukan itu: menyiapkan atau memperbarui tabel, dan pemulihan, hanya untuk peran pemilik catatan. Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>Catatan sedang dipulihkan dari cadangan. Tidak ada yang dicatat: coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>Catatan sedang dipakai program lain. Tidak ada yang hilang: tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>Disk penuh. Kosongkan sedikit ruang, lalu coba lagi; tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>File catatan tidak bisa ditulisi. Pastikan foldernya bisa ditulisi.</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>File catatan tidak bisa dibuka. Pastikan foldernya masih ada.</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>File ini bukan database OptIn Desk. Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>Catatan tidak bisa disimpan (%s). Tidak ada yang dicatat; coba lagi.</translation>
    </message>
</context>
</TS>
