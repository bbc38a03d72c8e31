<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>Akun XWMS Anda</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>Wizard ini bekerja di akun XWMS Anda atas nama Anda, sama seperti yang Anda lakukan di dasbor XWMS. Di mode Latihan, wizard memakai akun demo di server latihan, jadi Anda tidak perlu mengetik apa pun. Dengan server lain, masuk dengan e-mail dan kata sandi akun di server tersebut; wizard menyimpan data masuk di keychain (penyimpanan sandi) komputer ini, tidak pernah di dalam file.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>Mode Latihan menjalankan server XWMS kecil di komputer ini dan masuk ke akun demonya (owner@example.com). Apa yang Anda buat di sana tetap ada di komputer ini, jadi Anda bisa kembali lagi nanti.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>anda@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>&amp;Hapus data masuk tersimpan</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>Hapus data masuk yang disimpan di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>Masuk ke akun di server tersebut.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>Akun latihan masuk dengan sendirinya.</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>Anda yang membuat perubahan di dasbor XWMS; wizard memandu Anda.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>Komputer ini menyimpan data masuk Anda dari terakhir kali: tekan Masuk, tanpa perlu kata sandi.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>E-mail: ini belum berupa alamat e-mail (harus ada @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>Menjalankan server latihan dan masuk…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Masuk ke {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ Masuk sebagai {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ Masuk ke akun latihan.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>Dihentikan. Tekan Coba lagi untuk masuk, atau tekan Kembali untuk memilih cara lain.</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Lan&amp;jutan</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>Pengaturan lanjutan untuk XWMS</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>Alamat API XWMS</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>Alamat yang dipakai wizard untuk memeriksa pengaturan Anda. Biarkan seperti ini ({default}), kecuali XWMS atau developer Anda memberi alamat lain.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>Kosong: wizard memakai {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>Wizard akan memakai {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) sudah ada</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} sudah ada; diperbarui: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) sudah ada</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>File logo {file} tidak bisa dibaca. Pilih file itu lagi.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} sudah menjadi logo situs web ini</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} sudah terdaftar tetapi nonaktif; sekarang diaktifkan</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} sudah terdaftar</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>tim XWMS sudah menyetujui {scopes}</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>permintaan {id} menunggu jawaban tim XWMS</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>Tim XWMS menolak pengajuan ini untuk {scopes}: {reason} Jawab hal itu di catatan di bawah [verification], atau hapus izin tersebut, lalu jalankan perintahnya lagi.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>akun ini sudah menjadi Verified Partner untuk {scopes}</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>permintaan {id} terkirim; tim XWMS akan menyetujuinya atau memberi tahu alasannya jika tidak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} setelah disetujui tim XWMS</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>sudah diatur: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>sudah menjadi anggota: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (disimpan di keychain)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (disimpan di memori untuk sementara)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>kunci rahasia sudah tertaut</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>tertaut ke {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>tidak ada kunci lama untuk dicabut</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>kunci lama sudah dicabut</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>kunci yang berakhiran {hints} dicabut</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>Belum diperiksa: nilai kunci rahasia tidak ada di komputer ini. Periksa dengan `xwms-wizard verify` di tempat kunci rahasia disimpan.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>Data aksesnya sudah benar. XWMS hanya menerima panggilan dari alamat server Anda, jadi pemeriksaan terakhir dijalankan di server Anda: caranya ada di paket serah terima.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS menerima data akses dan URL callback: login siap dipakai.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Memproses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>Batalkan yang sedang dikerjakan wizard</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>tanpa tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL callback:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Izin (scope):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Kunci rahasia:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (berakhiran {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL API:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Menunggu:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, setelah tim XWMS menyetujui permintaan {id}</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Pemeriksaan:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>E-mail: berikan alamat e-mail akun dengan --email (kata sandinya diambil dari {variable} atau akan ditanyakan).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>Kata sandi: atur variabel lingkungan {variable}, atau jalankan ini di terminal agar kata sandinya ditanyakan.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Kata sandi untuk {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
Tidak ada yang diubah. Jalankan perintah yang sama dengan --new-secret untuk membuat kunci baru (kunci lama dicabut setelah kunci baru berfungsi), atau dengan --keep-secret untuk tetap memakai kunci lama dan tidak menyertakan kunci rahasia di paket.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Komputer ini tidak punya keychain, jadi kunci rahasia baru akan hilang saat perintah ini selesai. Tidak ada yang diubah. Jalankan dengan --export DIR --include-secret: kuncinya lalu masuk ke file .env di paket, satu-satunya salinan kunci itu.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>Yang diubah oleh proses ini:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>Catatan: nilai kunci rahasia tidak ada di komputer ini, jadi paket tidak menyertakannya (sesuai permintaan --keep-secret).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>Rencana {plan} punya %n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>Menjalankan sandbox latihan...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>Masuk ke {url} sebagai {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>Berhenti di &apos;{step}&apos;: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Jalankan perintah yang sama lagi untuk melanjutkan dari tempat berhentinya.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>Semuanya sudah ada; tidak ada yang baru dibuat.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>Bandingkan rencana dengan server</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>Tulis folder untuk developer Anda</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>Paket serah terima ditulis ke {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>Salinan zip: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>Catatan: komputer ini tidak punya keychain, jadi kunci rahasia baru hanya disimpan di file .env dalam paket. Simpan file itu baik-baik.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>Catatan: komputer ini tidak punya keychain dan paket tidak menyertakan kunci rahasia (tanpa --include-secret), jadi nilai kunci baru tidak disimpan di mana pun. Jika developer Anda membutuhkannya, jalankan perintah yang sama dengan --new-secret --include-secret.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>Ubah {field} di rencana, lalu jalankan perintahnya lagi: proses akan lanjut dari tempat berhentinya.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>Jika dijalankan lagi apa adanya, proses akan berhenti di sini lagi: lakukan dulu yang disebut di baris atas. Yang sudah dibuat tetap tersimpan, dan proses berikutnya lanjut dari situ.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Dihentikan. Jalankan perintah yang sama lagi untuk melanjutkan dari tempat berhentinya.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>Terhubung ke {name} di {url}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>OK: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>Belum berfungsi: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>Tidak ada file di {path}. Berikan lokasi file .env dengan --env.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>{path} belum berisi nilai untuk {keys}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>Kunci rahasia sering sengaja tidak disertakan di paket: tempelkan setelah XWMS_CLIENT_SECRET= (di antara tanda kutip tunggal), lalu jalankan ini lagi.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>Tidak bisa memeriksa: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>Daftar periksa ini disimpan ke {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Komputer ini tidak punya keychain, jadi kunci rahasia yang baru akan hilang saat perintah ini selesai. Tidak ada yang diubah. Jalankan dengan --export DIR --include-secret: kuncinya lalu masuk ke file .env di paket, satu-satunya salinan kunci itu.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>Kunci lama sudah dicabut; sekarang hanya kunci baru yang berfungsi.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>Kunci lama juga masih berfungsi. Berikan kunci baru kepada developer Anda; setelah situs mereka memakainya, jalankan perintah yang sama dengan --revoke-old untuk mematikan kunci lama.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>login {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>situs aktif</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>situs dimatikan</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>situs web utama</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>Test Mode {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>Perbaiki yang disebut XWMS di atas, lalu jalankan status lagi.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>Buat dan tautkan kunci: xwms-wizard apply PLAN.toml (atau halaman Kunci rahasia di wizard).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>Perbarui kunci: xwms-wizard renew PLAN.toml, atau di wizard: Cek atau ubah pengaturan yang sudah ada, lalu Perbarui kunci.</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Klien {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>Situs web {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>URL callback: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>cek: OK, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>cek: GAGAL, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>Boleh membaca: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>tidak ada situs web</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>Kunci “{label}” (berakhiran {hint}): {expiry}; tertaut ke {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Semua beres.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Perlu perhatian:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: akun ini tidak punya klien bernama {name} (yang ada: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>Akun ini belum punya klien: tidak ada yang perlu diperiksa.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>Alamat server ini bukan alamat web yang bisa dipakai wizard. Bentuknya harus seperti https://xwms.nl/api/ (atau http://127.0.0.1:PORT/api/ untuk server latihan).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>Alamat server tidak boleh berisi nama pengguna atau kata sandi. Hapus bagian sebelum tanda @; wizard menanyakan data masuk Anda secara terpisah.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>Server XWMS mengalami masalah (error {status}) dan tidak bisa menyelesaikan ini. Ini bukan karena sesuatu yang Anda masukkan. Coba lagi sekitar satu menit lagi.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>Server di {host} tidak menjawab dalam {seconds} detik. Mungkin server sedang sibuk, atau koneksinya lambat. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>sertifikat keamanannya tidak valid (mungkin sudah kedaluwarsa, dibuat sendiri, atau dibuat untuk nama lain)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>server tidak membuat koneksi aman (https); mungkin alamat ini tidak memakai https</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>Wizard tidak bisa membuka koneksi aman ke {host}: {why}. Tidak ada yang dikirim. Periksa alamat server, termasuk http:// atau https://; jika sudah benar, minta pengelola server itu memperbaiki sertifikatnya.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>Wizard tidak bisa menemukan server {host}. Periksa apakah ada salah ketik di alamat server dan pastikan komputer ini terhubung ke internet, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>Wizard tidak bisa terhubung ke server di {host}. Pastikan komputer ini terhubung ke internet (untuk server latihan: pastikan server itu masih berjalan), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>Koneksi ke {host} terputus sebelum jawabannya lengkap. Pastikan komputer ini terhubung ke internet, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>Beri nama klien</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>Klien adalah sambungan situs web Anda ke XWMS.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS menyebut setiap situs web atau aplikasi yang memakai Masuk dengan XWMS sebagai “klien” (client). Namanya untuk Anda dan developer Anda, agar Anda bisa membedakan klien-klien Anda; pengunjung tidak melihatnya. Ketik nama apa saja, misalnya nama toko Anda: wizard mengubahnya menjadi nama yang diterima XWMS (huruf kecil, angka, dan tanda hubung) dan menampilkannya di bawah kolom. Jika Anda sudah pernah membuat klien untuk situs web ini, pilih saja dari daftar: wizard lalu menambahkan ke klien itu.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>misalnya Toko Roti Saya</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>Ketik apa saja, misalnya nama toko Anda. XWMS butuh nama dari huruf kecil, angka, dan tanda hubung, jadi wizard membuatnya dari yang Anda ketik (“Toko Roti Budi &amp; Co.” menjadi “toko-roti-budi-co”) dan menampilkannya tepat di bawah kolom. Itulah nama klien Anda.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>Na&amp;ma klien:</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>Pakai klien yang sudah ada</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>Klien yang sudah ada</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>Klien yang pernah Anda buat di akun ini. Pilih salah satu untuk menambahkan situs web ini ke klien itu (misalnya alamat kedua dari toko yang sama). Pilih “Buat klien baru” untuk mulai dari awal.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>Atau &amp;pakai:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>Setelah Anda menyimpan klien, dasbor XWMS menampilkan Client ID-nya: kode yang menandai klien Anda. Salin dari sana dan tempelkan di sini; wizard membutuhkannya untuk memeriksa pengaturan Anda, dan developer Anda juga membutuhkannya.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>Tempelkan Client ID di sini saat dasbor menampilkannya (langkah 4).</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>Buat klien baru</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>Membaca isi “{name}” saat ini…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>Wizard menambahkan situs web Anda ke klien “{name}” yang sudah ada. Tidak ada isinya yang dihapus.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Akun ini belum punya klien.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>Klien Anda akan bernama {name}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>Buat klien</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>Tambahkan situs web Anda (domain)</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Daftarkan URL callback</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>Pilih yang boleh dibaca situs web Anda (scope)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Buat kunci rahasia</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>Tautkan kunci rahasia ke situs web Anda</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>Root Domain</source>
        <translation>Root Domain</translation>
    </message>
    <message>
        <source>Server IP Address</source>
        <translation>Server IP Address</translation>
    </message>
    <message>
        <source>Internal Name</source>
        <translation>Internal Name</translation>
    </message>
    <message>
        <source>Fallback URI</source>
        <translation>Fallback URI</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Izin (scope)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Label kunci</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>Masuk ke dasbor XWMS dan buka My Clients.</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Klik Create Client.</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>Ketik nama klien di bawah ini, lalu simpan.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>Salin Client ID yang ditampilkan dasbor, lalu tempelkan ke wizard.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>Di klien Anda, buka Integrations (Integrasi), lalu Domains, dan klik New Domain.</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>Isi nilai-nilai di bawah ini (biarkan kolom kosong jika tidak ada nilainya), lalu simpan.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>Salin Domain ID yang ditampilkan dasbor, lalu tempelkan ke wizard.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>Atur sakelarnya: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>Di pengaturan fallback domain, isi fallback URI di bawah ini.</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>Unggah logo Anda (PNG atau SVG, maksimal 1 MB) di halaman domain.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>Di halaman domain, buka Domain URLs dan tambahkan URL.</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>Tempelkan URL callback di bawah ini persis apa adanya, pilih tipe Callback, dan pastikan statusnya Active.</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>Di klien Anda, buka Client Scopes.</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>Centang persis izin-izin ini, lalu simpan: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>Di klien Anda, buka Client Secrets dan klik New Secret.</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>Isi label dan tanggal kedaluwarsa, lalu simpan.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>Isi label (biarkan tanggal kedaluwarsa kosong), lalu simpan.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>Dasbor hanya sekali menampilkan kunci rahasia: langsung salin ke kolom kunci rahasia di wizard. Jangan kirim lewat e-mail atau simpan di dokumen.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>Buka lagi domain {domain} dan masuk ke Secret Connections.</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Klik Link Secret dan pilih kunci rahasia berlabel {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>Lihat siapa yang sudah masuk</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>Buka My Clients, lalu {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Buka Integrations → Users: di sana ada daftar semua orang yang masuk lewat klien ini, dan lewat situs web mana.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>Undang penguji</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>Di Integrations → Users, kirim permintaan pengguna uji (test user request) ke alamat e-mail XWMS milik penguji.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>Penguji menerimanya saat ia masuk berikutnya; setelah itu ia bisa mencoba login di situs web yang memakai Test Mode.</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Ajukan diri menjadi Verified Partner</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Buka Verification Center (Pusat Verifikasi) dan mulai permintaan baru.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>Pilih situs web Anda ({domain}) dan izin yang memerlukan status Verified Partner, lalu jelaskan di catatan untuk apa situs web Anda memakainya.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>Tim XWMS menyetujui atau menolak permintaan itu; setelah disetujui, Anda bisa menambahkan izin tersebut ke klien.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>Beri developer Anda akses sebagai anggota</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Buka Members and Roles (Anggota dan Peran). Buat peran yang hanya berisi apa yang dibutuhkan developer Anda (misalnya mengelola domain, kunci rahasia, dan izin).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>Tambahkan developer Anda sebagai anggota dengan peran itu, memakai alamat e-mail XWMS miliknya sendiri. Ia masuk dengan akunnya sendiri: jangan pernah membagikan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>Yang perlu dilakukan di dasbor XWMS</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>Sekarang lakukan ini di dasbor XWMS, di browser Anda:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>Lalu, masih di dasbor XWMS:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>“{label}” sudah disalin. Tempelkan ke dasbor.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>IP server</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nama internal</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Izinkan login</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Izinkan API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Test Mode</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL cadangan</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>Tidak ada yang berubah: server sudah punya semua ini.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>Klien baru “{name}” akan dibuat.</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>Situs web {domain} akan ditambahkan.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>Logo akan diunggah.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>URL callback {url} akan didaftarkan.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>URL callback {url} akan diaktifkan.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} menunggu jawaban tim XWMS atas pengajuan Anda; izin ini ditambahkan setelah tim menyetujuinya.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>Pengajuan untuk menjadi Verified Partner (Mitra Terverifikasi) untuk {scopes} akan dikirim ke tim XWMS; izin ini ditambahkan setelah tim menyetujuinya.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>Izin: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>Izin: tambah {added}; hapus {removed}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>Izin: tambah {added}.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>Izin: hapus {removed}.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>{email} akan diundang sebagai {role}.</translation>
    </message>
    <message>
        <source>{email}: {old} → {new}</source>
        <translation>{email}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your website</source>
        <translation>Situs web Anda</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Tempat orang akan masuk dengan XWMS.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>Situs web mana</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>Situs web yang sudah dimiliki klien ini, atau situs web baru untuk ditambahkan.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>Situs web &amp;mana:</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Alamat situs web (domain induk)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>Alamat situs &amp;web:</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>Alamat IP server (opsional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>Alamat &amp;IP server:</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>Opsional. Alamat internet server tempat situs web Anda berjalan, misalnya 203.0.113.10. Jika Anda mengisinya, XWMS hanya menerima panggilan untuk situs web ini dari server tersebut, sehingga kunci rahasia yang dicuri tidak berguna di tempat lain. Penyedia hosting Anda bisa memberi tahu alamatnya. Biarkan kosong jika ragu.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>Nama internal (opsional)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>Nama inte&amp;rnal:</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>Opsional. Label yang hanya Anda lihat di dasbor XWMS, misalnya “Toko utama” atau “Situs uji”, untuk membedakan situs-situs web Anda.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL &amp;callback:</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>Setelah seseorang masuk, XWMS mengirimnya kembali ke halaman situs web Anda ini bersama kode login sekali pakai. Kode buatan developer Anda mengambilnya di sana. Wizard mengisi alamat yang biasa dipakai; ubah hanya jika developer Anda meminta alamat lain. Alamat ini harus ditulis persis seperti yang dipakai situs web Anda.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>Pengaturan untuk situs web ini</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>Izinkan &amp;login: orang bisa masuk di situs web ini</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>Harus aktif agar tombol “Masuk dengan XWMS” berfungsi di situs web ini. Nonaktifkan hanya untuk menghentikan login sementara.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>Izinkan &amp;API: situs web Anda boleh meminta data ke XWMS</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>Server situs web Anda jadi bisa meminta data tambahan ke XWMS tentang orang yang sudah masuk (misalnya alamatnya, jika Anda mengizinkannya di halaman berikutnya). Biarkan aktif, kecuali developer Anda bilang tidak perlu.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>Ak&amp;tif: XWMS menerima situs web ini</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>Jika nonaktif, XWMS menolak semuanya untuk situs web ini, seolah-olah situsnya tidak ada. Biarkan aktif.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>&amp;Utama: ini situs web utama klien</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>Satu klien bisa punya beberapa situs web. Situs utama adalah alamat utamanya, yang tampil paling atas di dasbor. Biarkan aktif untuk situs web pertama Anda.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>Test Mo&amp;de: ini bukan situs web yang asli</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>Aktifkan untuk salinan uji situs web Anda, atau untuk komputer developer Anda (alamat yang diawali http://localhost lalu bisa dipakai). Biarkan nonaktif untuk situs web yang dipakai pengunjung Anda.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Opsi lainnya</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS hanya mengirim orang kembali ke situs web yang dikenalnya. Di sini Anda memberi tahu alamat situs web Anda; wizard mengisi halaman tempat orang kembali setelah masuk (URL callback). Semua hal lain ada di “Opsi lainnya”, dan sudah diatur dengan benar untuk sebagian besar situs web.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>Alamat situs web Anda, misalnya example.com. Login berfungsi di alamat ini dan subdomainnya (misalnya www.example.com atau shop.example.com). Anda bisa menempelkan alamat lengkap dari browser: wizard hanya menyimpan bagian yang dibutuhkan dan memberi tahu Anda.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Opsi lainnya</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>Isi Opsi lainnya</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>URL cadangan (opsional)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>URL cadanga&amp;n:</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>Opsional. Tempat XWMS mengirim orang jika ada masalah saat login (misalnya saat mereka membatalkan), misalnya halaman beranda Anda. Aturannya sama dengan URL callback. Kosong: XWMS menampilkan pesannya sendiri.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>File logo (opsional)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>T&amp;elusuri…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Pilih file logo</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>Opsional. Logo Anda, yang tampil di halaman login XWMS agar orang tahu bahwa mereka masuk ke situs web Anda. Gambar PNG atau SVG, maksimal 1 MB.</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>Setelah Anda menyimpan domain, dasbor XWMS menampilkan Domain ID-nya: kode yang menandai situs web Anda di XWMS. Salin dari sana dan tempelkan di sini; developer Anda membutuhkannya.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>Tempelkan Domain ID di sini saat dasbor menampilkannya (langkah 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>Tambah situs web baru</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (situs web utama)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} sudah menjadi situs web milik “{client}”: Anda melihat pengaturannya seperti yang tersimpan di XWMS. Ubah hanya yang ingin Anda ubah.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>Dengan Utama aktif, situs web ini menjadi situs utama “{client}”, menggantikan {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>“{client}” sudah punya situs web utama, yaitu {main}. Utama dinonaktifkan agar situs itu tetap menjadi yang utama; aktifkan jika Anda ingin situs web ini yang menjadi utama.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>Orang kembali ke halaman situs web Anda ini setelah masuk; biarkan seperti yang diisi wizard, kecuali developer Anda meminta alamat lain.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>Login aktif</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>Login nonaktif</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API aktif</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API nonaktif</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>situs web utama</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>bukan situs web utama</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>Test Mode aktif</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>Test Mode nonaktif</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — sudah tepat untuk sebagian besar situs web.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>Jika Izinkan login dimatikan, tidak ada yang bisa masuk di situs web ini.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>Jika Aktif dimatikan, XWMS menolak semuanya untuk situs web ini.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>Sekarang serahkan ke developer Anda.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>Bagian Anda sudah selesai. Developer Anda menambahkan tombol “Masuk dengan XWMS” ke situs web Anda memakai folder yang ditulis wizard. File HANDOFF.md di dalamnya menjelaskan setiap langkah kepadanya, termasuk pemeriksaan yang bisa ia jalankan dari server Anda.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>Kirim file zip &lt;b&gt;{zip}&lt;/b&gt; dari folder terbaru, {folder}, ke developer Anda.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Kirim file zip &lt;b&gt;{zip}&lt;/b&gt; (atau folder {folder}) ke developer Anda.</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Kirim folder terbaru, &lt;b&gt;{folder}&lt;/b&gt;, ke developer Anda.</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Kirim folder &lt;b&gt;{folder}&lt;/b&gt; ke developer Anda.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>Kunci rahasia ada di dalamnya, jadi kirimlah dengan aman: lewat pengelola kata sandi bersama atau link terenkripsi, bukan sebagai lampiran e-mail biasa. Hapus salinan Anda setelah developer Anda menerimanya.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>Kunci itu ada di keychain komputer ini dengan nama “xwms-wizard”.</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>Anda sudah menyalinnya di halaman Tinjau dan buat.</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>Kunci rahasia tidak ada di dalam folder. Berikan kunci itu ke developer Anda secara terpisah, dengan cara yang berbeda dari folder: bacakan lewat telepon, atau bagikan lewat pengelola kata sandi. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>Developer Anda mengikuti HANDOFF.md di folder itu. Jika login sudah berfungsi di situs web Anda, semuanya selesai.</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>Folder ini ditandai “belum diverifikasi”: belum ada yang memeriksa apakah pengaturan ini berfungsi. Developer Anda menjalankan pemeriksaan itu dari server situs web Anda, seperti dijelaskan di HANDOFF.md.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Ini hanya latihan: semuanya dibuat di server latihan di komputer ini, bukan di XWMS. Developer Anda tetap bisa mencoba login di komputernya sendiri: HANDOFF.md di folder itu berisi satu perintah untuk menjalankan server latihan dengan pengaturan persis seperti ini, serta contoh aplikasi kecil yang bisa masuk dengannya. Untuk situs web Anda yang asli, jalankan wizard lagi dengan akun XWMS Anda.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>Di sesi ini, wizard menulis folder-folder berikut untuk developer Anda di {folder}:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>Di sesi ini, wizard menulis folder-folder berikut untuk developer Anda:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>yang terbaru (kirim yang ini): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>lebih lama: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>Developer Anda hanya butuh yang terbaru. Hapus yang lebih lama setelah ia menerimanya: folder lama juga berisi kunci rahasia.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>Developer Anda hanya butuh yang terbaru; Anda bisa menghapus yang lebih lama.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Tampilkan detail teknis</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detail teknis</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Coba lagi; jika terus terjadi, detail di bawah ini membantu developer menemukan penyebabnya.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>Server menjawab dengan cara yang tidak dimengerti wizard, jadi jawaban itu sama sekali tidak dipakai. Pastikan alamat server sudah benar (alamat XWMS diakhiri /api/, seperti https://xwms.nl/api/), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>Kunci rahasia klien “{label}” (berakhiran {hint}) sudah dibuat, tetapi jawaban berisi nilainya tidak sampai, dan XWMS hanya sekali menampilkan nilai kunci rahasia. Cabut kunci itu (Integrations → Client Secrets) dan buat yang baru.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>XWMS tidak menerima {label}: {why} Periksa juga: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>XWMS tidak menerima {label}: {why} Perbaiki, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>Folder untuk developer Anda</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>Semua yang dibutuhkan developer Anda, dalam satu folder.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>Wizard menulis sebuah folder (paket serah terima) berisi pengaturan yang dibutuhkan developer Anda: file .env dengan Client ID, situs web, URL callback, dan alamat API, file HANDOFF.md berisi petunjuk, serta salinan aman tanpa kunci rahasia yang boleh ia simpan di kodenya. Anda mengirim folder ini ke developer Anda.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>Simpan folder di</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>Pilih tempat menyimpan folder</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Simpan di:</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>Masukkan &amp;kunci rahasia ke file .env</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>Masukkan kunci rahasia ke file .env</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>Kunci rahasia di dalam file</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>Aktif: file .env lengkap dan developer Anda bisa langsung mulai, tetapi folder harus dikirim dengan aman (misalnya lewat pengelola kata sandi bersama atau link terenkripsi), jangan pernah sebagai lampiran e-mail biasa. Nonaktif: file berisi tempat kosong untuk kunci, dan Anda memberikan kunci itu ke developer Anda secara terpisah, misalnya lewat telepon.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>Bahasa petunjuk untuk developer Anda</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>Bahasa &amp;petunjuk:</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>Buat juga file .&amp;zip (lebih mudah dikirim)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>Buat juga file zip</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>&amp;Tulis folder</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>Tulis folder</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>Komputer ini tidak bisa membuka folder itu. Folder ada di lokasi ini:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Lokasi folder</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sa&amp;lin</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>Salin lokasi folder</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>Petunjuk ini untuk pengembang Anda, jadi hanya tersedia dalam bahasa Inggris atau Belanda. Isi folder lainnya sama dalam bahasa apa pun.</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>Kunci rahasia tidak ada di komputer ini, jadi tidak bisa dimasukkan ke file. Developer Anda perlu mengambilnya dari tempat kunci itu disimpan.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>Siapa pun yang mendapatkan folder ini bisa bertindak sebagai situs web Anda. Kirim hanya lewat jalur yang aman, dan hapus salinan Anda setelah developer Anda menerimanya.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>Anda akan memberikan kunci rahasia ke developer Anda secara terpisah; kunci itu ada di keychain komputer ini.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>Anda akan memberikan kunci rahasia ke developer Anda secara terpisah; salin dari halaman sebelumnya sebelum menutup wizard.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>Folder: pilih tempat menyimpan folder untuk developer Anda.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>Folder ini belum ada; wizard akan membuatnya.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Menulis folder…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ Ditulis ke {path}, menggantikan folder sebelumnya</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ Ditulis ke {path}, di samping folder sebelumnya</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Ditulis ke {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>File zip: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>Sudah disalin. Tempelkan di tempat Anda mencari file, misalnya kolom alamat di jendela file.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>Pakai “{value}”</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>Pakai saran {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>ID rencana</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Alamat situs web (domain induk)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Alamat IP server</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL cadangan</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nama internal</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Izinkan login</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Izinkan API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Domain utama</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Test Mode</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Izin (scope)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Label kunci</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>Member&apos;s e-mail address</source>
        <translation>Alamat e-mail anggota</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Peran anggota</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>Izin (scope) Verified Partner</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>Catatan untuk tim XWMS</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (anggota {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>File serah terima {name} tidak bisa dibaca: isinya bukan objek. Tulis ulang paketnya dengan versi wizard ini.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>File serah terima {name} tidak bisa dibaca: versinya {version}, sedangkan wizard ini membaca versi 1. Tulis ulang paketnya dengan versi wizard ini.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>File serah terima {name} tidak bisa dibaca: ada isian yang hilang atau jenisnya salah. Tulis ulang paketnya dengan versi wizard ini.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>Folder untuk developer Anda sudah pernah ditulis di sini: {name}. Tidak ada yang ditulis; pilih apakah akan menggantinya atau menyimpan keduanya.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>Paket lain bernama {name} muncul di {folder} saat paket ini sedang ditulis. Tidak ada yang ditimpa; tulis paketnya lagi.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>Kunci rahasia tidak bisa dimasukkan ke file .env: nilainya tidak ada di komputer ini (nilai itu hanya ditampilkan sekali, saat kunci dibuat, dan keychain komputer ini tidak menyimpannya). Tidak ada yang ditulis, dan tidak ada folder lama yang diubah. Tulis folder tanpa kunci dan berikan kunci itu ke developer Anda secara terpisah, atau buat kunci baru.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>Kunci rahasia tidak bisa ditulis dengan aman ke file .env, jadi folder {name} yang sudah ada tidak diganti: file .env-nya akan kehilangan kunci itu. Simpan kedua folder, atau tulis folder tanpa kunci dan berikan kunci itu ke developer Anda secara terpisah.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>Folder {folder} sudah berisi {count} paket serah terima untuk klien ini pada hari ini. Pilih folder lain, atau hapus paket-paket lama.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>Paket serah terima tidak bisa ditulis di {folder} ({reason}). Tidak ada yang tertinggal setengah jadi. Pastikan folder itu ada, Anda boleh menulis di sana, dan disknya tidak penuh, atau pilih folder lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>ada baris baru di dalamnya</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>ada karakter kontrol tak terlihat di dalamnya</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>ada karakter rusak yang tidak bisa disimpan sebagai teks</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>ada tanda kutip tunggal (apostrof) di dalamnya</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>ada garis miring terbalik (backslash) di dalamnya</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>ada tanda dolar yang diikuti kurung kurawal buka, yang oleh sebagian pembaca dianggap rujukan ke pengaturan lain</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>ada tanda sama dengan yang diikuti tanda kutip ganda, yang oleh pembaca Laravel dianggap awal nilai yang tersebar di beberapa baris</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>Nilai untuk {key} tidak bisa ditulis dengan aman ke file .env: {why}. Pembaca .env di Laravel, Node, dan Python akan membacanya secara berbeda, jadi wizard lebih baik tidak menuliskannya daripada menulisnya dengan salah. Atur nilai itu secara manual di server, sebagai variabel lingkungan.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} dan {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>nilainya berisi ${ yang tidak pernah ditutup</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>Tidak ada file di {path}. Berikan lokasi file .env yang ingin diperiksa.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>File {path} tidak bisa dibuka ({reason}). Pastikan file itu ada dan Anda boleh membacanya.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>alasan tidak diketahui</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>File {path} bukan teks UTF-8 biasa. Simpan sebagai UTF-8, lalu coba lagi.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>bentuknya bukan NAME=value</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>nilainya membuka tanda kutip tunggal tetapi tidak menutupnya di baris yang sama</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>ada teks lain setelah tanda kutip penutup</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>File {source} tidak bisa dibaca di baris {line} ({key}): {reason}. Perbaiki baris itu (atau tulis nilainya di antara tanda kutip tunggal), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>File {source} tidak bisa dibaca di baris {line}: {reason}. Perbaiki baris itu (atau tulis nilainya di antara tanda kutip tunggal), lalu coba lagi.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>nilainya memakai bentuk ${...} yang tidak dimengerti pembaca ini (hanya ${NAME} yang dimengerti)</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>nilainya merujuk ke {name}, yang belum diatur sebelumnya di file ini</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>nilainya membuka tanda kutip ganda tetapi tidak pernah menutupnya</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>Apa ini?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>Apa ini? {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS tidak mengizinkan program membuat perubahan di akun Anda, jadi Anda sendiri yang membuatnya di dasbor XWMS, dan wizard memberi tahu persis apa yang perlu diklik. Anda tidak perlu masuk ke wizard.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>Yang Anda butuhkan:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>Akun XWMS berbayar. Klien (yang dibutuhkan situs web Anda untuk Masuk dengan XWMS) hanya tersedia di langganan berbayar.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>Dasbor XWMS terbuka di browser Anda, dalam keadaan sudah masuk dengan akun itu. Tombol di bawah ini membukanya.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>Wizard dan browser berdampingan: Anda menyalin nilai dari wizard ke dasbor, dan tiga hal ke arah sebaliknya (Client ID, Domain ID, dan kunci rahasia).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>Di akhir, wizard memeriksa pengaturan Anda ke XWMS di {url}. Tidak ada yang dikirim sebelum Anda menekan Cek pengaturan saya.</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>Cek pengaturan saya</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>Wizard menanyakan ke XWMS apakah yang Anda lakukan di dasbor sudah cocok satu sama lain.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>Pemeriksaan ini menanyakan dua hal ke XWMS: apakah XWMS bisa dihubungi dari komputer ini, dan apakah XWMS menerima Client ID, kunci rahasia, dan URL callback Anda bersama-sama. Pemeriksaan ini tidak mengubah apa pun di akun XWMS Anda, jadi Anda bisa menjalankannya sesering yang Anda mau.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>&amp;Cek pengaturan saya</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Coba &amp;lagi</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>Cek lagi pengaturan saya</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>Lanjut &amp;tanpa pemeriksaan</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>Lanjut tanpa pemeriksaan; folder akan ditandai belum diverifikasi</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>Secret key value</source>
        <translation>Nilai kunci rahasia</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>sudah ditempel, disimpan di keychain komputer ini</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>belum ada: tekan Kembali ke halaman Kunci rahasia dan tempelkan di sana</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>Anda mengubah sesuatu sejak pemeriksaan terakhir: tekan Cek pengaturan saya lagi.</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>Belum ada yang diperiksa. Setelah Anda menyelesaikan semua langkah di dasbor, tekan Cek pengaturan saya.</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>Hubungi XWMS</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Periksa Client ID, kunci rahasia, dan URL callback</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>diproses…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>benar, dengan catatan</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>tidak diperiksa</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>Memeriksa pengaturan Anda ke XWMS…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Tidak ada jawaban dari {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>Atau lanjut tanpa pemeriksaan: folder untuk developer Anda lalu ditandai “belum diverifikasi”, dan developer Anda menjalankan pemeriksaan dari server Anda.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Belum diperiksa.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS menjawab di {url}</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Client ID dan kunci rahasia sudah benar. Satu pemeriksaan terakhir harus dijalankan di server situs web Anda; folder untuk developer Anda menjelaskan caranya.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ Pengaturan Anda berfungsi: XWMS menerimanya. Tekan Berikutnya untuk menulis folder untuk developer Anda.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>Jika kesalahannya ada pada yang Anda ketik atau tempel di wizard, tekan Kembali ke halaman {page} dan perbaiki di sana.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS belum menerima pengaturan Anda. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>Lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>Belum berfungsi: yang perlu diperbaiki ada di kotak di bawah ini.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>XWMS di {host} tidak menjawab tepat waktu, jadi pengaturan Anda belum diperiksa. Pastikan komputer ini terhubung ke internet, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>Wizard tidak bisa membuka koneksi aman ke XWMS di {host}, jadi pengaturan Anda belum diperiksa. Periksa alamat API XWMS (di bagian Lanjutan pada halaman pertama), lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>Wizard tidak bisa menghubungi XWMS di {host}, jadi pengaturan Anda belum diperiksa. Pastikan komputer ini terhubung ke internet, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>XWMS di {host} tidak memberi jawaban yang bisa dipakai, jadi pengaturan Anda belum diperiksa. Mungkin XWMS sedang sibuk, atau alamat API XWMS (di bagian Lanjutan pada halaman pertama) salah. Tekan Coba lagi beberapa saat lagi.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>Dihentikan. Tekan Cek pengaturan saya untuk memeriksa lagi.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>Lanjut tanpa pemeriksaan. Folder untuk developer Anda ditandai “belum diverifikasi”; developer Anda menjalankan pemeriksaan dari server Anda.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Perbarui kunci rahasia</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Kunci baru yang sudah berfungsi sebelum kunci lama berhenti.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>Di dasbor XWMS, Anda membuat kunci rahasia baru dan menautkannya ke situs web Anda, di samping kunci yang sekarang: untuk sementara keduanya berfungsi. Tempelkan kunci baru di sini, lalu wizard memeriksanya ke XWMS. Setelah developer Anda memasang kunci baru di situs web, Anda mencabut kunci lama di dasbor. Tidak ada yang ter-logout selama proses ini.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>Kunci rahasia baru</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>tempelkan kunci baru di sini</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>&amp;Kunci baru:</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>&amp;Periksa kunci baru</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>Periksa kunci baru ke XWMS</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Memeriksa kunci baru…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ Kunci baru berfungsi. Tekan Berikutnya untuk menulis folder untuk developer Anda. Setelah situs web memakai kunci baru: di dasbor, buka Client Secrets dan cabut kunci lama “{label}”.</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS belum menerima kunci baru. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Pengaturan Anda</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Keadaan Masuk dengan XWMS Anda, dan apa yang bisa Anda lakukan sekarang.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>Pilih folder yang ditulis wizard untuk developer Anda (namanya diawali xwms-handoff-). Folder itu mencatat apa yang diatur di dasbor XWMS. Wizard lalu menanyakan ke XWMS apakah login masih berfungsi, dengan kunci rahasia yang disimpan komputer ini; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>Folder untuk developer Anda</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Pilih folder…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>Pilih folder untuk developer Anda</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>Perbarui &amp;kunci…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Perbarui kunci rahasia tanpa mengganggu login</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Ubah pengaturan ini…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>Ubah situs web, sakelar, atau izin</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Orang dan akses…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Siapa yang sudah masuk, penguji, Verified Partner, dan anggota</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>Menanyakan ke XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ Semua beres: login berfungsi dan kunci tidak kedaluwarsa dalam 30 hari ke depan.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Perlu perhatian Anda:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>Belum diperiksa: komputer ini tidak menyimpan kunci rahasia. Kunci itu ada di folder untuk developer Anda, atau perbarui kuncinya.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Login berfungsi: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Login tidak berfungsi: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Klien {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Kembali ke: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>Kunci “{label}”: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>Buka dasbor XWMS</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>Membuka dasbor XWMS di browser Anda.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>tempelkan di sini dari dasbor XWMS</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>Apa ini?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>Halaman apa ini?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Pengamat</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>Boleh mengubah situs web, kuncinya, dan data yang dibaca saat login, serta melihat siapa yang sudah masuk; tidak boleh menambah atau menghapus anggota.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>Boleh melihat siapa yang sudah masuk; tidak mengubah apa pun.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>Orang dan akses</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>Siapa yang masuk dengan klien Anda, dan siapa yang boleh mengubahnya.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>Ini bagian-bagian opsional di dasbor XWMS untuk klien Anda. Penguji mencoba login sebelum dibuka untuk semua orang. Verified Partner (Mitra Terverifikasi) boleh memakai izin yang disediakan XWMS khusus untuk bisnis yang sudah diperiksanya. Anggota adalah cara aman untuk membiarkan developer Anda mengubah pengaturan: ia masuk dengan akun XWMS-nya sendiri, jadi Anda tidak perlu membagikan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>Siapa yang sudah masuk</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Penguji</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>E-mail penguji</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>alamat e-mail XWMS-nya</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>&amp;Undang sebagai penguji</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>Undang orang ini sebagai penguji</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>Verified Partner</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>Untuk apa situs web Anda memakai izin ini</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>untuk apa situs web Anda memakainya</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ajukan</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Ajukan diri menjadi Verified Partner</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>Siapa yang boleh mengubah klien ini</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>E-mail anggota</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>alamat e-mail XWMS developer Anda</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>Yang boleh dilakukan anggota</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>&amp;Tambah sebagai anggota</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>Tambahkan orang ini sebagai anggota</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>Membaca klien Anda dari XWMS…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), terakhir di {site} pada {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>Belum ada yang masuk lewat klien Anda.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>menunggu jawabannya</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>Belum ada penguji. Penguji menerima undangan Anda di halaman login XWMS.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>Hanya Anda. Tambahkan developer Anda di sini, jangan membagikan kata sandi Anda.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>menunggu tim XWMS</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>Centang izin yang dibutuhkan situs web Anda, jelaskan untuk apa, lalu ajukan. Tim XWMS memeriksa bisnis Anda, lalu menyetujui atau menolak permintaan itu.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>Mengundang penguji…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>Verified Partner: centang dulu izin yang dibutuhkan situs web Anda.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Mengirim pengajuan Anda…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Menambahkan anggota…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>Rencana {source} punya %n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Kunci rahasia: file rencana tidak pernah berisi kunci rahasia, karena file rencana mudah terbagikan atau tersalin tanpa sengaja. Hapus baris “{key} = …” dari [{table}]. Wizard membuat kunci rahasia sendiri dan menyimpannya di keychain komputer Anda.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Kunci rahasia: file rencana tidak pernah berisi kunci rahasia, karena file rencana mudah terbagikan atau tersalin tanpa sengaja. Hapus baris “{key} = …”. Wizard membuat kunci rahasia sendiri dan menyimpannya di keychain komputer Anda.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>File rencana: “{what}” bukan bagian dari rencana. Tempatnya di bawah [{home}]: pindahkan baris itu ke bawah judul tersebut.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>File rencana: “{what}” bukan bagian dari rencana. Apakah maksud Anda {near}?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>File rencana: “{what}” bukan bagian dari rencana. Rencana hanya berisi [client], [domain], [scopes], [secret], [verification], dan [[members]]. Bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>File rencana: [{table}] tidak punya pengaturan “{key}”. Apakah maksud Anda “{near}”?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>File rencana: [{table}] tidak punya pengaturan “{key}”. Tempatnya di bawah [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>File rencana: [{table}] tidak punya pengaturan “{key}”. [{table}] menerima: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: pengaturan ini berisi teks. Tulis seperti ini: {key} = &quot;…&quot; (di antara tanda kutip ganda).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: pengaturan ini berisi true atau false. Tulis seperti ini: {key} = true  atau  {key} = false (tanpa tanda kutip).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: pengaturan ini berisi daftar teks. Tulis seperti ini: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: pengaturan ini berisi tanggal. Tulis seperti ini: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>File rencana: ada kesalahan di baris {line} (kolom {column}): {reason}. Periksa tanda kutip, tanda “=”, dan [judul bagian] di sana. Bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>File rencana: ada kesalahan di dalamnya: {reason}. Periksa tanda kutip, tanda “=”, dan [judul bagian] di sana. Bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>File rencana: ukurannya {size} KB; rencana adalah file teks pendek berukuran paling besar {most} KB. Pastikan yang Anda berikan memang file rencananya, dan bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>File rencana: baris {line} menaruh daftar atau bagian lebih dari {most} tingkat di dalam satu sama lain; rencana hanya butuh satu tingkat (daftar seperti keys = [&quot;profile&quot;]). Hapus tanda kurung yang berlebih, dan bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>File rencana: nama pengaturan di baris {line} punya lebih dari {most} bagian yang digabung dengan titik; nama di rencana hanya punya satu atau dua bagian (seperti domain.root). Tulis pengaturan itu di bawah judul [bagian]-nya, seperti di examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>File rencana: nama pengaturan di baris {line} lebih panjang dari {most} karakter; nama di rencana berupa kata pendek (seperti root atau keys). Periksa baris itu, dan bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>ID rencana: pakai 1 sampai 64 huruf, angka, tanda hubung, atau garis bawah, atau hapus plan_id dan wizard akan membuatnya dari nama klien dan alamat situs web.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>File rencana: “{key}” harus berupa bagian: tulis [{key}] di satu baris tersendiri, dengan pengaturannya di bawahnya. Bandingkan dengan examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: tidak ada. Tambahkan baris {key} = &quot;{example}&quot; di bawah [{table}].</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>File rencana: tulis setiap anggota sebagai bagian [[members]] tersendiri, dengan email = &quot;…&quot; dan role = &quot;Developer&quot; (atau &quot;Viewer&quot;) di bawahnya.</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>File rencana: rencana ini menyebut {count} anggota; satu rencana paling banyak boleh menyebut {most}. Tambahkan sisanya di halaman Orang dan akses.</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>File rencana: bagian [[members]] tidak punya pengaturan “{key}”. Bagian ini menerima: email, role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} disebut dua kali. Simpan satu bagian [[members]] untuk setiap orang.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>File rencana: {source} tidak ditemukan. Periksa nama dan foldernya.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>File rencana: {source} adalah folder. Berikan lokasi file .toml-nya.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>File rencana: {source} tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>File rencana: isinya bukan teks biasa (UTF-8). Simpan sebagai teks UTF-8.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Boleh membaca</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>hanya nomor XWMS orang tersebut</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>berhenti berfungsi pada {date}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>tidak kedaluwarsa</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Alamat IP server</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nama internal</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Izinkan login</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Izinkan API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Test Mode</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL cadangan</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation>Tutup wizard?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Tetap tutup</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Lanjut bekerja</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>Lanjutkan pengaturan Anda?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>Pengaturan sebelumnya berhenti sebelum selesai.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Mulai dari awal</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>Tulis folder lagi?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>Folder untuk developer Anda sudah ada</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>Folder untuk developer Anda sudah pernah ditulis di sini: {name}. Ganti, atau simpan keduanya?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>Ganti: folder baru menggantikan folder lama. Simpan keduanya: folder baru disimpan di sampingnya, dengan tambahan angka di namanya. Batal: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>Ganti folder yang sudah ada</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Simpan keduanya</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>Simpan kedua folder</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>Batal: jangan tulis apa pun</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>Pilih tempat menyimpan paket serah terima</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Pilih logo Anda</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Gambar (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin Alamat &amp;Tautan</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>domain {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>domain ini</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>domain Anda</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>Di dasbor XWMS, buka {domain_page} dan aktifkan {setting}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>Di dasbor XWMS, buka Integrations → Client Secrets, buat kunci rahasia baru, tautkan ke {domain} (Link Secret di {domain_page}), lalu berikan kunci rahasia baru itu ke developer Anda.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>XWMS tidak mengenal URL callback {url} untuk {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>XWMS tidak mengenal URL callback ini untuk {the_domain}.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>Yang terdaftar sekarang: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>Belum ada URL callback aktif yang terdaftar.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>Di dasbor XWMS, buka {domain_page} → Domain URLs dan tambahkan {url} sebagai URL callback aktif, ditulis persis sama (XWMS membandingkannya huruf demi huruf, termasuk https:// dan bagian sesudah nama domain).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Client ID dan kunci rahasia sudah benar, tetapi XWMS hanya menerima panggilan untuk {the_domain} dari alamat server {allowed}.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Client ID dan kunci rahasia sudah benar, tetapi XWMS hanya menerima panggilan untuk {the_domain} dari server situs web Anda.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>Panggilan ini datang dari {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>Itu wajar jika Anda menguji dari komputer sendiri: panggilan yang sebenarnya harus datang dari server situs web Anda. Jika alamat server itu sudah berubah, perbarui Server IP Address di dasbor XWMS di {domain_page}.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>Ini membutuhkan izin (scope) “{scope}”, yang tidak dimiliki klien ini.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>Ini membutuhkan izin (scope) yang tidak dimiliki klien ini.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>Di dasbor XWMS, buka Integrations → Client Scopes dan aktifkan {scope}.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>izin itu</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} hanya bisa dipakai oleh Verified Partner.</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>Izin ini hanya bisa dipakai oleh Verified Partner.</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>Jangan pakai dulu untuk sekarang, atau ajukan permohonan di Verification Center (Pusat Verifikasi) di dasbor XWMS (staf XWMS menyetujui setiap permohonan); Anda bisa menambahkan izin itu setelah terverifikasi.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>melihat siapa yang sudah masuk</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>mengubah data yang boleh dibaca saat login</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>mengubah situs web</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>mengubah kunci rahasia</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>menambah atau menghapus anggota</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>Peran Anda di klien ini tidak mengizinkan {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>Peran Anda di klien ini tidak mengizinkan hal ini.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>Minta pemilik klien untuk membuat perubahan itu, atau untuk memberi peran Anda izin ini di Members and Roles.</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>kunci rahasia klien</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>{names} tidak ada.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} dan {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>{names} tidak ada.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Client ID, domain, atau kunci rahasia klien tidak ada.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>Isi ketiganya (dasbor XWMS menampilkannya di My Clients → klien Anda), lalu coba lagi.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS tidak mengenal Client ID ini.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>Salin lagi Client ID dari dasbor XWMS (My Clients → klien Anda) dan periksa apakah ada salah ketik atau karakter yang hilang.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>XWMS tidak punya {the_domain} di antara domain klien ini.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>Di dasbor XWMS, buka Integrations → Domains dan tambahkan sebagai Root Domain (tanpa https:// atau bagian sesudah nama domain), atau pakai domain yang sudah ada.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>Di XWMS, {the_domain} dimatikan.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>Login tidak diizinkan untuk {the_domain}.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>Panggilan API tidak diizinkan untuk {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS tidak mengenali kunci rahasia klien ini.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>Salin lagi kunci rahasianya, secara utuh dan tanpa spasi. Jika hilang, buat yang baru di dasbor XWMS di Integrations → Client Secrets dan tautkan ke domain.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>Kunci rahasia klien ini sudah dicabut dan tidak berfungsi lagi.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>Kunci rahasia klien ini sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>Kunci rahasia klien sudah benar, tetapi tidak tertaut ke {the_domain}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>Di dasbor XWMS, buka {domain_page}, pilih Link Secret, lalu pilih kunci rahasia ini.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS tidak mengenal token login ini.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>Mulai login lagi; situs web harus meneruskan token dari URL callback tanpa mengubahnya.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>Token login ini sudah dipakai; setiap token hanya berfungsi sekali.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>Mulai login lagi untuk mendapatkan token baru.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>Token login ini sudah kedaluwarsa (token hanya berlaku 5 menit).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>Mulai login lagi dan selesaikan dalam 5 menit.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Alamat e-mail atau kata sandinya salah.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>Periksa keduanya (huruf besar dan kecil di kata sandi berpengaruh), lalu masuk lagi.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Anda belum masuk, atau sesi masuk Anda sudah berakhir.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>Masuk lagi dengan alamat e-mail dan kata sandi XWMS Anda.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>Klien membutuhkan akun XWMS berbayar, dan akun ini memakai langganan gratis.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>Tingkatkan akun di dasbor XWMS, atau masuk dengan akun berbayar, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>Anda sudah punya klien dengan nama ini.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>Pilih nama lain, atau pilih klien yang sudah ada dari daftar.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>Klien ini sudah punya {the_domain}.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>Pakai domain yang sudah ada, atau masukkan domain lain.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>URL ini sudah terdaftar untuk domain ini.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>Jika memang itu yang Anda inginkan, tidak perlu apa-apa lagi; jika tidak, masukkan alamat lain.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>Kunci rahasia ini sudah tertaut ke {the_domain}.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>Tidak ada lagi yang perlu dilakukan untuk tautan ini.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>Server sudah pernah melihat langkah ini dengan data lain, jadi server berhenti daripada membuat sesuatu dua kali.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>Batalkan perubahan yang Anda buat sejak itu, atau mulai pengaturan baru, lalu coba lagi.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS tidak menerima sebagian data.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Perbaiki kolom yang ditandai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>Server tidak bisa menemukan ini; mungkin sudah dihapus sementara itu.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>Periksa di dasbor XWMS apakah itu masih ada, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>Server tidak bisa membaca yang dikirim wizard.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>Ini kesalahan di wizard, bukan di data Anda. Coba lagi; jika terus terjadi, tolong laporkan.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>Server ini tidak menyediakan yang diminta wizard.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>Pastikan alamat server mengarah ke server pengelolaan XWMS.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>File terlalu besar; logo maksimal 1 MB.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>Pilih gambar PNG atau SVG yang lebih kecil.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>Kunci rahasia yang sudah dicabut tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>Buat saja kunci baru (perbarui kunci).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>Orang ini sudah diundang.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>Tunggu jawabannya: ia menerima atau menolak di halaman login XWMS.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>Pengajuan untuk izin ini sudah menunggu.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>Tunggu jawaban tim XWMS sebelum mengajukan lagi.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>Akun Anda sudah menjadi Verified Partner untuk izin ini.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>Tidak perlu apa-apa lagi: Anda bisa memakai izin ini.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>Klien ini sudah punya peran dengan nama ini.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>Pakai peran itu, atau pilih nama lain.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>Ini pemilik klien, yang boleh melakukan apa saja.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>Tidak perlu apa-apa lagi; tambahkan orang lain sebagai anggota.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>Orang ini sudah menjadi anggota klien.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>Tidak ada lagi yang perlu dilakukan untuknya.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>Logo harus berupa gambar PNG atau SVG.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>Pilih file PNG atau SVG.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS menolak permintaan ini karena tidak lengkap.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Periksa Client ID, domain, kunci rahasia, dan URL callback, lalu coba lagi.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS tidak menerima data akses ini.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Periksa Client ID dan kunci rahasia klien (salin lagi dari dasbor XWMS), lalu coba lagi.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>XWMS tidak mengizinkan ini untuk klien atau domain ini.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>Di dasbor XWMS, periksa di Integrations → Domains bahwa domain itu Active, mengizinkan Login dan API, dan kunci rahasia ini sudah tertaut.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Ini sudah ada.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>Pakai yang sudah ada, atau pilih nama atau alamat lain.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>Server sedang menerima terlalu banyak permintaan.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Tunggu satu menit, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Server menolak permintaan ini.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>Periksa data yang Anda masukkan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>XWMS berkata: “{message}”</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: kunci baru akan kedaluwarsa pada {date}, %n hari dari sekarang. Atur tanggal kedaluwarsa yang lebih lama untuk kunci itu (misalnya {suggestion}), atau kosongkan, lalu perbarui.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} tidak ada di server ini, jadi tidak ada kunci yang bisa diperbarui. Buat pengaturannya dulu (xwms-wizard apply, atau wizard).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>kunci baru “{label}” (berakhiran {hint}) sudah dibuat</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>kunci baru lolos pemeriksaan pada {time}</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>Kunci baru belum lolos pemeriksaan, jadi kunci lama tetap aktif: login tetap berfungsi dengan kunci lama.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Perbarui kunci rahasia</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Kunci baru yang sudah berfungsi sebelum kunci lama berhenti.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>Wizard membuat kunci rahasia baru di samping kunci yang sekarang, menautkannya ke situs web Anda, dan memeriksa apakah XWMS menerimanya. Kedua kunci berfungsi sampai developer Anda memasang kunci baru di situs web Anda; setelah itu Anda mematikan kunci lama di sini. Tidak ada yang ter-logout selama proses ini.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>&amp;Perbarui kunci</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Perbarui kunci</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>Beri kunci baru &amp;tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>Beri kunci baru tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>Tanggal kedaluwarsa kunci baru</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>&amp;Matikan kunci lama…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>Matikan kunci lama, setelah developer Anda memakai yang baru</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>Situs web: {site}. Kunci sekarang: “{label}”.</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>Memperbarui kunci…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ Kunci lama sudah dimatikan; hanya kunci baru yang berfungsi.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ Kunci baru berfungsi. Kunci lama juga masih berfungsi sampai Anda mematikannya: berikan dulu kunci baru ke developer Anda (halaman berikutnya menulis folder untuknya).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>Apakah developer Anda sudah mengganti situs web ke kunci baru? Kunci lama langsung berhenti berfungsi; situs yang masih memakainya tidak bisa lagi membuat siapa pun masuk.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>Matikan kunci lama?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Matikan</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Tinjau dan buat</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>Periksa pilihan Anda, lalu buat semuanya sekaligus.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>Belum ada yang dibuat. Saat Anda menekan Buat semuanya, wizard membuat setiap bagian di akun XWMS Anda, satu per satu, dan menampilkan masing-masing di bawah ini selama prosesnya. Jika ada yang salah, perbaiki atau coba lagi: tidak ada yang pernah dibuat dua kali. Di akhir, wizard memeriksa ke XWMS bahwa login berfungsi, dan menampilkan kunci rahasia kepada Anda satu kali.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Yang akan berubah</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>Buat ku&amp;nci baru (kunci lama dicabut setelah kunci baru berfungsi)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Buat kunci baru</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>&amp;Tetap pakai kunci sekarang; jangan sertakan kunci rahasia di paket (developer Anda sudah punya)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Tetap pakai kunci sekarang</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>&amp;Buat semuanya</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>Buat semuanya</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>Kunci rahasia Anda (tampil sekali saja)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS hanya menampilkan kunci ini sekarang. Developer Anda membutuhkannya; orang lain yang memilikinya bisa berpura-pura menjadi situs web Anda, jadi perlakukan seperti kata sandi.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Tam&amp;pilkan</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Tampilkan kunci rahasia</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Salin kunci rahasia</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>server latihan di komputer ini</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>server Anda</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (klien yang sudah ada)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (baru)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>T&amp;erapkan perubahan</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>Anda mengubah pilihan: tekan Terapkan perubahan untuk memperbarui pengaturan.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Belum ada yang dibuat.</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>Melihat apa yang sudah ada di XWMS…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>Periksa &amp;dan lanjutkan</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>XWMS sudah punya semua ini.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>Terapkan perubahan &amp;ini</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Belum ada yang diubah.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>diproses…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>Membuat pengaturan Anda…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ Semuanya sudah diatur.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ Semuanya sudah diatur sebelumnya; tidak ada yang baru dibuat.</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>Pilih di bawah ini apa yang akan dilakukan, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>Tekan Kembali ke halaman {page} untuk mengubahnya, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>Tidak ada pilihan Anda yang hilang: tekan Coba lagi setelah masalahnya teratasi.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>Berhenti di “{step}”: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>Dihentikan. Tidak ada yang hilang: tekan Buat semuanya untuk melanjutkan dari tempat berhentinya. Tidak ada yang akan dibuat dua kali.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>Kunci rahasia dibuat di proses sebelumnya dan sudah ditampilkan saat itu; nilainya tidak ada di komputer ini. Jika tidak ada yang menyimpannya, buat kunci baru di dasbor XWMS (Client Secrets) dan tautkan ke situs web.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Disimpan di keychain komputer ini (dengan nama “xwms-wizard”), jadi wizard bisa memasukkannya ke folder untuk developer Anda di halaman berikutnya.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>Komputer ini tidak punya keychain, jadi kunci hanya disimpan selama wizard terbuka. Sekaranglah saatnya menyimpannya: salin ke pengelola kata sandi Anda, atau sertakan di folder untuk developer Anda di halaman berikutnya.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>Kunci rahasia sudah ditampilkan sekali dan tidak ada lagi di layar. Halaman berikutnya bisa memasukkannya ke folder untuk developer Anda.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Sembun&amp;yikan</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>Sembunyikan kunci rahasia</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Sudah disalin. Wizard mengosongkan papan klip dalam 60 detik jika kunci masih ada di sana.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>Baca profil dasar pengguna</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>Nama, nama depan dan nama belakang, alamat e-mail, dan foto orang yang masuk.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>Data profil tambahan</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>Tanggal lahir, jenis kelamin, negara, dan akun media sosial yang ditautkan.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>Akses data alamat</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>Alamat pos yang disimpan orang itu di XWMS, misalnya untuk pengiriman atau tagihan. Situs web Anda bisa membacanya dan memperbaruinya untuk orang itu (menambah, mengubah, menghapus).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>Layanan masuk luar mana saja yang sudah ditautkan orang itu ke akun XWMS-nya.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Baca layanan masuk</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>Apa yang boleh dibaca situs web Anda?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>Centang hanya yang benar-benar dibutuhkan situs web Anda.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>Saat seseorang masuk, XWMS memberi tahu situs web Anda siapa orang itu. Setiap “scope” (izin) di bawah ini mengizinkan situs web Anda membaca satu jenis informasi tambahan tentang orang itu. Minta sesedikit mungkin: orang lebih percaya pada situs web yang tidak meminta semuanya, dan apa yang tidak pernah diterima situs web Anda tidak bisa bocor. Profil dasar (nama dan e-mail) sudah cukup untuk sebagian besar situs web. Beberapa izin hanya untuk bisnis yang sudah diperiksa XWMS (Verified Partner).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Izin (scope)</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>Tekan Spasi untuk mencentang atau menghapus centang izin yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>Memuat daftar izin…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (hanya untuk Verified Partner)
{description}
Untuk menjadi Verified Partner, ajukan setelah klien ini ada: di halaman “Orang dan akses” wizard (Cek atau ubah pengaturan yang sudah ada), atau di Verification Center dasbor XWMS.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (untuk Verified Partner: bisnis Anda termasuk)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Jika tidak ada yang dicentang, situs web Anda hanya mendapat sebuah nomor yang mewakili orang itu, bukan nama atau e-mailnya. Itu tidak masalah jika situs web Anda tidak butuh lebih.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>Kunci rahasia klien “{label}” (berakhiran {hint}) juga ditautkan ke situs web ini; tidak ada kunci baru yang dibuat.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>Kunci rahasia baru akan dibuat: situs web ini belum punya kunci.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>Kunci rahasia baru akan dibuat, karena kunci lama (“{label}”, berakhiran {hint}) sudah dicabut.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>Kunci rahasia baru akan dibuat, karena kunci lama (“{label}”, berakhiran {hint}) sudah kedaluwarsa pada {date}.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>Kunci rahasia baru akan dibuat, karena komputer ini tidak punya nilai kunci yang sekarang (“{label}”, berakhiran {hint}). Setelah kunci baru berfungsi, kunci lama dicabut.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>Kunci rahasia situs web ini (“{label}”, berakhiran {hint}) berfungsi, tetapi nilainya tidak ada di komputer ini: buat kunci baru, atau tetap pakai kunci ini dan jangan sertakan kunci rahasia di paket.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>Kunci rahasia “{label}” (berakhiran {hint}) tetap seperti sekarang.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>Kunci rahasia “{label}” (berakhiran {hint}) tetap seperti sekarang; nilainya tidak ada di komputer ini, jadi paket tidak menyertakannya.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>nama “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>kedaluwarsa {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>Kunci rahasia yang berakhiran {hint} berubah: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>Kunci rahasia baru Anda (tampil sekali saja)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS hanya menampilkan kunci ini sekarang. Developer Anda membutuhkannya; orang lain yang memilikinya bisa berpura-pura menjadi situs web Anda, jadi perlakukan seperti kata sandi.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Kunci rahasia baru</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Tam&amp;pilkan</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>Tampilkan kunci rahasia baru</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>Salin kunci rahasia baru</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Disimpan di keychain komputer ini, jadi wizard bisa memasukkannya ke folder untuk developer Anda di halaman berikutnya.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>Komputer ini tidak punya keychain, jadi kunci hanya disimpan selama wizard terbuka. Masukkan ke folder untuk developer Anda di halaman berikutnya, atau salin ke pengelola kata sandi Anda sekarang.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Sembun&amp;yikan</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Sudah disalin. Wizard mengosongkan papan klip dalam 60 detik jika kunci masih ada di sana.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>Dengan kunci ini, situs web Anda membuktikan bahwa situs itu benar-benar milik Anda.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>Kunci rahasia itu seperti kata sandi untuk situs web Anda (bukan untuk Anda). Server situs web Anda mengirimkannya ke XWMS setiap kali ada login, sehingga XWMS tahu permintaan itu benar-benar datang dari situs web Anda. XWMS hanya menampilkannya sekali, saat kunci dibuat: wizard menampilkannya kepada Anda setelah membuatnya, menyimpannya di keychain komputer ini, dan bisa memasukkannya ke folder untuk developer Anda. Kunci ini tertaut ke situs web Anda, jadi hanya berfungsi di sana.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>Label kunci (opsional)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Label kunci</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>Opsional. Nama untuk kunci, agar nanti Anda bisa membedakan kunci-kunci Anda, misalnya “Server web 2025”. Jika dikosongkan, namanya “Standard Key”.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>Beri kunci &amp;tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>Beri kunci tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>Kunci yang punya tanggal kedaluwarsa membatasi kerugian jika kunci itu bocor, tetapi developer Anda harus memasang kunci baru sebelum tanggal itu, atau login akan berhenti. Jika Anda memilih tanggal, folder untuk developer Anda berisi pengingat kalender dua minggu sebelumnya. Sebagian besar situs web kecil tidak mengaktifkan ini.</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>Kunci rahasia dari dasbor</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>tempelkan kunci rahasia di sini</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>Dasbor XWMS hanya sekali menampilkan kunci rahasia baru. Salin dari sana dan tempelkan di sini: wizard menyimpannya di keychain komputer ini (tidak pernah di dalam file) dan memakainya untuk pemeriksaan dan untuk folder developer Anda.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Kunci rahasia:</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ Kunci rahasia sudah ada di keychain komputer ini. Tempelkan kunci di sini hanya jika ingin menggantinya.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>Tempelkan kunci rahasia di sini saat dasbor menampilkannya.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>Kunci ini akan ditautkan ke {domain}, jadi situs web Anda bisa memakainya di sana dan tidak di tempat lain.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>kunci tidak kedaluwarsa</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>kunci berhenti berfungsi pada {date}</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>Nilainya ada di keychain komputer ini.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>Nilainya tidak ada di komputer ini; halaman Tinjau dan buat akan menanyakan apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>Situs web ini sudah punya kunci: “{label}”, berakhiran {hint}; {expiry}. {where} Ubah nama atau tanggal kedaluwarsa di sini untuk mengubah kunci itu; tidak ada hal lain yang terjadi padanya.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>Akun XWMS ini memakai langganan gratis. Klien (yang dibutuhkan situs web untuk Masuk dengan XWMS) hanya tersedia untuk akun berbayar: tingkatkan akun di dasbor XWMS, lalu masuk lagi.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>Alamat server: ini bukan alamat web. Ketik seperti https://xwms.example.com atau http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>Alamat API XWMS: ini bukan alamat web. Ketik seperti {url}, atau biarkan nilai bawaannya.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>Alamat API XWMS: harus diawali https:// (http:// hanya untuk server uji di komputer ini), karena pemeriksaan mengirim kunci rahasia Anda ke alamat itu.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>Mode Latihan tidak bisa dimulai: server latihan tidak berjalan di komputer ini. {why} Tekan Coba lagi; jika terus gagal, nyalakan ulang komputer atau pilih server lain di halaman pertama.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>E-mail: ketik alamat e-mail yang Anda pakai untuk masuk ke XWMS.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>Kata sandi: ketik kata sandi XWMS Anda.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>Kata sandi: data masuk yang disimpan komputer ini untuk {email} sudah habis masa berlakunya. Ketik kata sandi XWMS Anda untuk masuk lagi.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: tempelkan dulu Client ID di halaman Klien; kunci rahasia disimpan dengan Client ID itu.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>Akun XWMS asli belum dipilih: kembali ke halaman pertama dan pilih “Akun XWMS asli saya”.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>Kunci rahasia: wizard tidak punya kunci rahasia untuk Client ID ini. Tekan Kembali ke halaman Kunci rahasia dan tempelkan kunci rahasia dari dasbor XWMS.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>Belum diperiksa: wizard tidak bisa menghubungi XWMS di {host} dari komputer pemilik, jadi belum ada yang memastikan bahwa pengaturan ini berfungsi</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>Folder: tidak ada {name} yang bisa dibaca di {folder}. Pilih folder yang ditulis wizard untuk developer Anda (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>Masuk dulu: kembali ke halaman Akun.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>Wizard pengaturan XWMS</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>Pengaturan XWMS</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>Klien “{client}” untuk situs web {domain} sedang diatur{where}. Lanjutkan untuk menyelesaikan bagian yang belum ada; tidak ada yang dibuat dua kali. Pilih Mulai dari awal untuk melupakannya dan memulai pengaturan baru.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (berhenti di: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>Wizard masih bekerja. Jika Anda menutupnya sekarang, wizard berhenti dengan aman; lain kali Anda membuka wizard, ia menawarkan untuk melanjutkan dari tempat berhentinya, dan tidak ada yang dibuat dua kali.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>Komputer ini tidak punya keychain, jadi kunci rahasia hanya ada di jendela ini. Jika Anda menutupnya sekarang tanpa mengekspor paket (beserta kunci rahasia), kunci itu hilang dan Anda harus membuat yang baru.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>tidak kedaluwarsa</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>kedaluwarsa pada {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>kedaluwarsa hari ini</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>kedaluwarsa besok</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>kedaluwarsa dalam %n hari ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>tidak diperiksa: situs web tidak punya kunci yang berfungsi</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>tidak diperiksa: nilai kuncinya tidak ada di komputer ini (periksa dengan `xwms-wizard verify` di tempat file .env berada)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>tidak diperiksa: situs web tidak punya URL callback</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site} tidak punya kunci rahasia, jadi belum ada yang bisa masuk di sana.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>Kunci “{label}” milik {site} sudah dicabut, dan situs web itu tidak punya kunci lain: login di sana sudah berhenti.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>Kunci “{label}” milik {site} kedaluwarsa pada {date}: login di sana sudah berhenti.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>Kunci “{label}” milik {site} {expiry}: login akan berhenti saat itu.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS menolak pemeriksaan login untuk {site}: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Pengaturan Anda</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Keadaan Masuk dengan XWMS Anda, dan apa yang bisa Anda lakukan sekarang.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>Pilih klien yang ingin dilihat. Wizard membacanya dari XWMS dan mencoba login untuk setiap situs web dengan kunci rahasia yang disimpan komputer ini (tidak ada yang benar-benar masuk, dan tidak ada yang berubah). Hal yang perlu perhatian Anda ditampilkan lebih dulu, masing-masing dengan cara memperbaikinya.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>Klien yang dilihat</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klien:</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>Keadaan pengaturan</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Perbarui kunci…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Perbarui kunci rahasia tanpa mengganggu login</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Ubah pengaturan ini…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>Ubah situs web, sakelar, atau izin</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>&amp;Cabut kunci…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>Cabut kunci rahasia yang bocor</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Orang dan akses…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Siapa yang sudah masuk, penguji, Verified Partner, dan anggota</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Membaca klien Anda…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>Akun ini belum punya klien. Tekan Kembali ke halaman pertama dan pilih “Atur Masuk dengan XWMS untuk situs web” untuk membuatnya.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>Memeriksa {name} ke XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ Semua beres: setiap situs web berfungsi dan tidak ada kunci yang kedaluwarsa dalam 30 hari ke depan.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Perlu perhatian Anda:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>“{label}” (berakhiran {hint}): {expiry}; dipakai oleh {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>tidak ada situs web</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>hanya nomor XWMS orang tersebut</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Boleh membaca</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>Login {login}, API {api}, {active}, Test Mode {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>situs aktif</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>situs dimatikan</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Login berfungsi: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Login tidak berfungsi: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Kembali ke: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>Perbaiki yang disebut XWMS, atau pilih Ubah pengaturan ini.</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>Pilih Ubah pengaturan ini: wizard membuat dan menautkan kunci.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>Pilih Perbarui kunci: kunci baru sudah berfungsi sebelum kunci lama berhenti.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>Cabut kunci “{label}” (berakhiran {hint})? Kunci itu langsung berhenti berfungsi: login di {sites} berhenti sampai kunci baru ditautkan dan sudah dipasang oleh developer Anda. Setelah itu, pilih Perbarui kunci atau Ubah pengaturan ini untuk membuat kunci baru.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Cabut kunci ini?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>Mencabut kunci…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>Tinjau &amp; buat</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>Pengaturan Anda</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Perbarui kunci</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>Orang dan akses</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Cek pengaturan saya</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (langkah saat ini)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>Buat klien</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>Tambahkan situs web (domain)</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>Unggah logo</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Daftarkan URL callback</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>Pilih yang boleh dibaca situs web (scope)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Buat kunci rahasia</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>Tautkan kunci rahasia ke situs web</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>Periksa apakah semuanya berfungsi</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>Cabut kunci rahasia lama</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>Cari klien dan situs webnya</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Ajukan diri menjadi Verified Partner</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>Undang anggota</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>spasi</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>baris baru</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>karakter mirip spasi</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>karakter tak terlihat</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>ketik nama sebagai teks, misalnya “tokosaya-web-utama”.</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>Coba {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>silakan ketik nama untuk sambungan ini, misalnya “tokosaya-web-utama”.</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name} mengandung huruf besar. Pakai huruf kecil saja.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name} mengandung spasi. Pakai tanda hubung di antara kata.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name} mengandung {character}. Pakai hanya huruf kecil, angka, dan tanda hubung.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name} harus diawali huruf.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} terlalu pendek. Pakai minimal {least} karakter.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>panjang nama {length} karakter; maksimal {most}. Buat lebih pendek.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>Anda sudah punya klien bernama {name}. Pilih klien itu dari daftar klien yang sudah ada untuk menambahkan ke sana, atau pilih nama lain, misalnya {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>Anda sudah punya klien bernama {name}. Pilih klien itu dari daftar klien yang sudah ada untuk menambahkan ke sana, atau pilih nama lain.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>pakai hanya huruf kecil, angka, dan tanda hubung.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host} mengandung karakter yang tidak bisa menjadi bagian alamat web.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host} punya bagian kosong (dua titik berturut-turut, atau titik di awal).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>bagian {part} bukan nama internasional yang valid.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host} mengandung {character}. Alamat web hanya berisi huruf, angka, tanda hubung, dan titik.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>bagian {part} diawali atau diakhiri tanda hubung; hapus tanda hubung itu.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>bagian {part} tidak bisa dipakai di alamat web.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>panjang bagian {part} {length} karakter; setiap bagian di antara titik maksimal {most} karakter.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>kami tidak bisa membaca alamat situs web di {text}.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>kami tidak menemukan alamat situs web di {text}.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>ketik alamatnya sebagai teks, misalnya example.com.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>silakan ketik alamat situs web Anda, misalnya example.com.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text} mengandung {character}. Ketik alamatnya tanpa karakter itu.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} terlihat seperti alamat e-mail. Ketik alamat situs web Anda saja, misalnya example.com.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>Ketik alamatnya saja, misalnya example.com.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} adalah alamat IP, bukan alamat situs web. Ketik nama situs web Anda di sini (misalnya example.com) dan masukkan alamat IP di kolom Alamat IP server.</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>Ketik alamat seperti example.com.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>“localhost” berarti komputer ini, bukan situs web. Ketik alamat situs web Anda, misalnya example.com; untuk menguji di komputer ini, aktifkan Test Mode dan pakai URL callback localhost.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} bukan alamat situs web lengkap. Tambahkan akhirannya, misalnya {name}.com atau {name}.id.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} diakhiri angka. Alamat situs web diakhiri nama, seperti .com atau .id; alamat IP dimasukkan di kolom Alamat IP server.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>panjang alamatnya {length} karakter; maksimal {most}. Pastikan Anda hanya mengetik alamat situs web Anda.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>Kami mengubah {text} menjadi {value}.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} adalah alamat internasional; alamat ini disimpan sebagai {value}, bentuk yang dipakai internet.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>apakah maksud Anda {hint}? Domain induk biasanya adalah alamat tanpa “www.”; URL callback tetap bisa memakai www.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>Ketik nama, misalnya nama toko Anda.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>nama harus berisi huruf, bukan hanya angka. Ketik nama dengan huruf a sampai z, misalnya nama toko Anda.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>wizard tidak bisa membuat nama dari {text}. Ketik nama dengan huruf a sampai z, misalnya nama toko Anda.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>Lanjutkan mengetik: nama butuh minimal {least} huruf atau angka.</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>Nama harus diawali huruf, jadi wizard membuang {part} di awal.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>Alamat situs web Anda adalah {root}. Situs Anda terbuka di {site}, jadi URL callback tetap di sana.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>Wizard hanya menyimpan alamat situs web; {path} tidak diperlukan di sini. Halaman login Anda tetap bisa berada di mana saja di situs Anda.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>ketik satu alamat saja: alamat yang dipakai server Anda untuk memanggil XWMS.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>ketik alamatnya sebagai teks, misalnya 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text} mengandung {character}. Hapus karakter itu.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} adalah rentang alamat. Ketik satu alamat server Anda, tanpa bagian “/”.</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>ketik alamatnya tanpa bagian “%{zone}”.</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>Kami menghapus tanda kurung siku: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text} berisi nomor port. Ketik alamatnya tanpa “:port”.</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} bukan alamat IP. Bentuknya seperti 203.0.113.10 (atau, untuk IPv6, 2001:db8::10); penyedia hosting Anda bisa memberi tahu alamat Anda.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>Kami mengubah {text} menjadi {value}, alamat yang sama dalam bentuk yang biasa.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>Kami menulis {text} dalam bentuk yang biasa: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} bukan alamat satu komputer. Ketik alamat IP publik server Anda.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} berarti “komputer ini sendiri”. XWMS melihat alamat publik server Anda, jadi panggilan akan ditolak; pakai alamat IP publik server Anda.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} hanya berfungsi di dalam satu jaringan lokal. XWMS melihat alamat publik server Anda, jadi panggilan akan ditolak; pakai alamat IP publik server Anda.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} adalah alamat pribadi atau khusus, bukan alamat publik. XWMS melihat alamat publik server Anda, jadi panggilan akan ditolak; pakai alamat IP publik server Anda (penyedia hosting Anda bisa memberi tahu).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>kami tidak bisa membaca {url} sebagai alamat web. Periksa lagi.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>bagian situs web tidak ada setelah {scheme}://.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>ketik alamatnya sebagai teks.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>silakan ketik alamat lengkapnya, misalnya {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>alamatnya mengandung {character}. Hapus karakter itu.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>panjang alamatnya {length} karakter; maksimal {most}.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>wildcard (“*”) tidak diizinkan: XWMS membandingkan alamat secara persis. Ketik satu alamat lengkap yang dipakai situs Anda.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>alamatnya harus diawali https://. Misalnya {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>alamatnya harus diawali https://.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>alamatnya mengandung {character}, yang tidak boleh ada di alamat web.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>hapus bagian mulai dari “#”. XWMS menambahkan token login ke alamat, dan bagian “#” akan menyembunyikannya dari situs Anda.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>“%” harus diikuti dua digit heksadesimal (misalnya %20). Periksa lagi.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>alamatnya harus diawali https://, bukan {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>hapus nama pengguna atau kata sandi (bagian sebelum “@”). Jangan pernah menaruh kata sandi di dalam alamat.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>nomor port (setelah “:”) harus berupa angka dari 1 sampai 65535, atau dihapus.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>hapus titik di akhir bagian situs web pada alamat itu.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>alamat di komputer ini (localhost) hanya berfungsi di Test Mode. Aktifkan Test Mode untuk domain ini, atau pakai alamat di situs web Anda.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>pakai nama situs web Anda di alamat, bukan alamat IP, misalnya {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>pakai nama situs web Anda di alamat, bukan alamat IP.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>bagian situs web lebih panjang dari {most} karakter.</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>isi dulu alamat situs web (domain induk) yang valid; alamat ini harus berada di situs itu.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} tidak berada di situs web Anda {root}. Pakai alamat di {domain} atau salah satu subdomainnya, misalnya {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>pakai https:// (alamat aman). http:// biasa hanya berfungsi untuk localhost di Test Mode.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>disimpan sebagai {url}: alamat yang sama, dengan nama internasional ditulis seperti cara XWMS menyimpannya. Situs Anda boleh mengirim salah satu dari kedua ejaan itu.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>ada huruf besar di awalnya. XWMS membandingkan alamat secara persis, jadi situs Anda harus mengirimnya persis seperti ini.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>ketik sebagai teks.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>isinya mengandung {character}. Tulis dalam satu baris.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>panjangnya {length} karakter; maksimal {most}. Buat lebih pendek.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>gambar WebP</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>bukan gambar PNG atau SVG</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>pilih file gambarnya lagi.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>nama file mengandung karakter tak terlihat. Pilih file itu lagi.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>kami tidak menemukan file {file}. Pilih gambarnya lagi.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} adalah folder, bukan gambar. Pilih file gambarnya.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>ukuran gambar {size} MB; maksimal 1 MB. Simpan versi yang lebih kecil (logo 512 × 512 piksel sudah lebih dari cukup).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>file {file} kosong. Pilih gambar lain.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>kami tidak bisa membuka {file}. Pastikan Anda boleh membacanya, atau salin ke folder Dokumen Anda dan pilih dari sana.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>file {file} adalah {kind}. XWMS menerima gambar PNG atau SVG: simpan logo Anda sebagai PNG dan pilih file itu.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} bukan tanggal yang bisa kami baca. Tulis sebagai tahun-bulan-tanggal, misalnya {year}-12-31, atau kosongkan untuk kunci rahasia yang tidak kedaluwarsa.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>tulis tanggal sebagai tahun-bulan-tanggal, misalnya 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} adalah hari ini. Pilih tanggal setelah hari ini, atau kosongkan untuk kunci rahasia yang tidak kedaluwarsa.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} sudah lewat. Pilih tanggal setelah hari ini, atau kosongkan untuk kunci rahasia yang tidak kedaluwarsa.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>kunci rahasia berhenti berfungsi dalam %n hari ({date}). Developer Anda harus menggantinya sebelum itu; tanggal yang lebih lama memberi lebih banyak waktu.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>tempelkan kunci rahasia sebagai teks.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>tidak ada yang ditempel. Salin kunci rahasia dari dasbor XWMS dan tempelkan di sini.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>yang Anda tempel terdiri dari lebih dari satu baris, jadi isinya lebih dari sekadar kunci rahasia. Salin hanya kunci rahasianya dari dasbor XWMS dan tempelkan lagi.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>yang Anda tempel mengandung karakter tak terlihat (misalnya tab). Salin hanya kunci rahasianya dari dasbor XWMS dan tempelkan lagi.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>isinya mengandung spasi. Kunci rahasia tidak punya spasi; pastikan Anda hanya menyalin kunci rahasianya.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>tempelkan {label} sebagai teks.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>silakan tempelkan {label} yang ditampilkan di dasbor XWMS.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>isinya mengandung {character}. Salin hanya {label} itu sendiri dari dasbor XWMS dan tempelkan lagi.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>yang Anda tempel panjangnya {length} karakter, jauh lebih panjang dari {label}. Salin hanya ID-nya saja dan tempelkan lagi.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>berikan izin (scope) sebagai daftar, misalnya [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>nilai yang bukan teks</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} bukan nama izin (scope). Nama izin berupa kata pendek berhuruf kecil, seperti “profile” atau “userinfo”.</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>tidak ada. Tulis alamat e-mail yang dipakai orang itu untuk akun XWMS-nya.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} bukan alamat e-mail. Tulis seperti name@example.com: alamat yang dipakai orang itu untuk akun XWMS-nya.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} bukan peran yang dikenal wizard. Pakai salah satu dari: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>kosong. Sebutkan izin (scope) yang Anda ajukan, misalnya scopes = [&quot;payments&quot;], atau hapus bagian [verification].</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} tidak ada di keys pada [scopes] di rencana. Tambahkan juga di sana: pengajuan ini untuk izin yang akan dipakai situs web.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes} tidak memerlukan status Verified Partner: siapa pun boleh memakainya. Ajukan hanya untuk {locked}, atau hapus bagian [verification].</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} hanya bisa dipakai oleh Verified Partner (Mitra Terverifikasi), dan akun ini belum menjadi Verified Partner. Tambahkan bagian [verification] dengan scopes = [{first}] dan catatan tentang untuk apa situs web Anda memakainya, atau jangan masukkan ke [scopes] dulu.</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>server ini tidak menyediakan {unknown}. Izin yang tersedia: {known}. Ubah daftarnya di rencana (atau kosongkan).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>Atur Masuk dengan XWMS</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>Siapkan situs web Anda untuk “Masuk dengan XWMS” dalam beberapa langkah.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS adalah layanan login: orang masuk ke situs web Anda dengan akun XWMS mereka, tanpa perlu kata sandi baru. Agar itu berfungsi, XWMS harus mengenal situs web Anda. Wizard ini memberi tahu XWMS tentang situs Anda, langkah demi langkah, dan di akhir memeriksa apakah semuanya sudah cocok.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>Wizard ini membuat semua yang dibutuhkan XWMS untuk situs web Anda: klien (istilah XWMS untuk sambungan situs web Anda), alamat situs web Anda, apa yang boleh dibaca situs web Anda tentang orang yang masuk, dan kunci rahasia. Lalu wizard menulis folder untuk developer Anda berisi semua yang ia butuhkan untuk menambahkan tombol login.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>Yang Anda butuhkan: alamat situs web Anda (misalnya example.com). Untuk situs web Anda yang asli, Anda juga butuh akun XWMS berbayar. Ingin melihat cara kerjanya dulu? Pilih Latihan: tidak ada yang asli yang diubah.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>Di mana Anda ingin mengaturnya?</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Apa yang ingin Anda lakukan?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>Atur Masuk dengan XWMS untuk situs &amp;web</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>Atur Masuk dengan XWMS untuk situs web</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>&amp;Cek atau ubah pengaturan yang sudah ada (perbarui kunci, tambah situs web …)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>Cek atau ubah pengaturan yang sudah ada</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>&amp;Latihan di komputer ini (mulai di sini)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>Latihan di komputer ini</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>Server XWMS latihan berjalan di komputer ini. Semuanya berfungsi seperti aslinya, jadi Anda bisa mencoba setiap langkah dengan aman.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>Akun XWMS &amp;asli saya (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>Akun XWMS asli saya</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>Untuk situs web Anda yang asli. Wizard menunjukkan langkah demi langkah apa yang perlu diklik di dasbor XWMS, lalu memeriksa ke XWMS bahwa semuanya berfungsi. Anda butuh akun XWMS berbayar.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>Se&amp;rver lain</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>Server lain</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>Server latihan atau server pengelolaan XWMS di tempat lain. Developer Anda memberikan alamatnya.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>misalnya https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>Alamat web server yang disiapkan developer Anda, misalnya https://xwms.example.com atau http://127.0.0.1:8765. Wizard menambahkan /api/ di akhir jika belum ada.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Bahasa wizard</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>Alamat server: ketik alamat yang diberikan developer Anda.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>Wizard akan memakai {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>nama klien</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>domain induk</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>alamat IP server</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>nama internal</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>pengaturan Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>pengaturan Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>pengaturan Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>pengaturan Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>pengaturan Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>URL cadangan</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>izin (scope)</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>label kunci</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>tanggal kedaluwarsa</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>kunci rahasia yang akan ditautkan</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>alamat e-mail</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata sandi</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>Bagian {number} dari {total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(biarkan kosong)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Salin {field}</translation>
    </message>
</context>
</TS>
