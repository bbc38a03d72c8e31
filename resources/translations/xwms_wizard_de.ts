<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>Ihr XWMS-Konto</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>Der Assistent arbeitet für Sie in Ihrem XWMS-Konto, so wie Sie es selbst im XWMS-Dashboard tun würden. Im Übungsmodus nutzt er ein Demo-Konto auf dem Übungsserver, Sie müssen also nichts eingeben. Bei einem eigenen Server melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Kontos auf diesem Server an. Der Assistent speichert die Anmeldung im Schlüsselbund dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>Im Übungsmodus startet der Assistent einen kleinen XWMS-Server auf diesem Computer und meldet sich bei dessen Demo-Konto an (owner@example.com). Was Sie dort anlegen, bleibt auf diesem Computer, sodass Sie später daran weiterarbeiten können.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>Aufbewahrte Anmeldung &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>Die auf diesem Computer aufbewahrte Anmeldung vergessen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>Melden Sie sich bei Ihrem Konto auf diesem Server an.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>Das Übungskonto meldet sich von selbst an.</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>Sie nehmen die Änderungen im XWMS-Dashboard selbst vor; der Assistent führt Sie.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>Dieser Computer hat Ihre Anmeldung vom letzten Mal aufbewahrt: Klicken Sie auf Anmelden, ein Passwort ist nicht nötig.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>E-Mail: Das ist noch keine E-Mail-Adresse (es fehlt ein @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>Übungsserver wird gestartet und Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Anmeldung bei {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ Angemeldet als {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ Beim Übungskonto angemeldet.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>Angehalten. Klicken Sie auf „Erneut versuchen“, um sich anzumelden, oder gehen Sie zurück, um einen anderen Weg zu wählen.</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>Erweiterte Einstellungen für XWMS</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>XWMS-API-Adresse</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>Die Adresse, unter der der Assistent Ihre Einrichtung prüft. Lassen Sie sie unverändert ({default}), außer XWMS oder Ihr Entwickler nennt Ihnen eine andere.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>Leer: Der Assistent verwendet {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>Der Assistent verwendet {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client-ID {client_id}) existiert bereits</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client-ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} existierte bereits; aktualisiert: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain-ID {domain_id}) existiert bereits</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain-ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>Die Logodatei {file} konnte nicht gelesen werden. Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} ist bereits das Logo der Website</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} war registriert, aber ausgeschaltet; jetzt eingeschaltet</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} ist bereits registriert</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>das XWMS-Team hat {scopes} genehmigt</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>Antrag {id} wartet auf die Antwort des XWMS-Teams</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>Das XWMS-Team hat diesen Antrag für {scopes} abgelehnt: {reason} Gehen Sie in den Notizen unter [verification] darauf ein, oder lassen Sie die Scopes weg, und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>dieses Konto ist bereits Verified Partner für {scopes}</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>Antrag {id} gesendet; das XWMS-Team genehmigt ihn oder sagt, warum nicht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes}, sobald das XWMS-Team zustimmt</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>bereits eingestellt: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>bereits Mitglieder: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (vorerst nur im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>der Schlüssel ist bereits verknüpft</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>mit {domain} verknüpft</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>kein alter Schlüssel zu widerrufen</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>der alte Schlüssel war schon widerrufen</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>der Schlüssel mit der Endung {hints} wurde widerrufen</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>Nicht geprüft: Der Wert des Schlüssels ist nicht auf diesem Computer. Prüfen Sie mit `xwms-wizard verify` dort, wo der Schlüssel aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>Die Zugangsdaten stimmen. XWMS nimmt Anfragen nur von der Adresse Ihres Servers an, daher läuft die letzte Prüfung auf Ihrem Server: Sie steht im Übergabepaket.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS hat die Zugangsdaten und die Callback-URL akzeptiert: Die Anmeldung ist einsatzbereit.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>Abbrechen, woran der Assistent gerade arbeitet</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain-ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>Callback-URL:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (endet auf {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, sobald das XWMS-Team Antrag {id} genehmigt</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>E-Mail: Geben Sie die E-Mail-Adresse des Kontos mit --email an (das Passwort kommt aus {variable} oder wird abgefragt).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>Passwort: Setzen Sie die Umgebungsvariable {variable}, oder führen Sie dies in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Passwort für {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
Es wurde nichts geändert. Führen Sie denselben Befehl mit --new-secret aus, um einen neuen Schlüssel zu erstellen (der alte wird widerrufen, sobald der neue funktioniert), oder mit --keep-secret, um ihn zu behalten und das Geheimnis aus dem Paket wegzulassen.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher ginge ein neuer geheimer Schlüssel verloren, sobald dieser Befehl endet. Es wurde nichts geändert. Führen Sie ihn mit --export ORDNER --include-secret aus: Der Schlüssel kommt dann in die .env-Datei des Pakets, seine einzige Kopie.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>Was dieser Lauf ändert:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>Hinweis: Der Wert des geheimen Schlüssels ist nicht auf diesem Computer, daher lässt das Paket ihn weg (wie --keep-secret verlangt).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>Der Plan {plan} hat %n Problem:</numerusform>
            <numerusform>Der Plan {plan} hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>Der Übungsserver wird gestartet...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>Angemeldet bei {url} als {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>Angehalten bei &apos;{step}&apos;: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um dort weiterzumachen, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>Alles war bereits vorhanden; nichts Neues wurde angelegt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>Den Plan mit dem Server vergleichen</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>Den Ordner für Ihren Entwickler schreiben</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>Übergabepaket geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>ZIP-Kopie: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>Hinweis: Dieser Computer hat keinen Schlüsselbund, daher steht der neue geheime Schlüssel nur in der .env-Datei des Pakets. Bewahren Sie diese Datei sicher auf.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>Hinweis: Dieser Computer hat keinen Schlüsselbund und das Paket lässt das Geheimnis weg (kein --include-secret), daher wird der Wert des neuen Schlüssels nirgends aufbewahrt. Wenn Ihr Entwickler ihn braucht, führen Sie denselben Befehl mit --new-secret --include-secret aus.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>Ändern Sie {field} im Plan und führen Sie den Befehl dann erneut aus: Er macht dort weiter, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>Wenn Sie es unverändert erneut ausführen, hält es hier wieder an: Tun Sie zuerst, was die Zeile darüber sagt. Was bisher angelegt wurde, bleibt erhalten, und der nächste Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Angehalten. Führen Sie denselben Befehl erneut aus, um dort weiterzumachen, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>{name} unter {url} erreicht</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>OK: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>Funktioniert noch nicht: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>Unter {path} gibt es keine Datei. Geben Sie den Pfad der .env mit --env an.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>In {path} fehlt ein Wert für {keys}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>Der geheime Schlüssel fehlt im Paket oft mit Absicht: Fügen Sie ihn hinter XWMS_CLIENT_SECRET= ein (in einfachen Anführungszeichen) und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>Prüfung nicht möglich: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>Diese Checkliste wurde unter {path} gespeichert</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher ginge der neue geheime Schlüssel verloren, sobald dieser Befehl endet. Es wurde nichts geändert. Führen Sie ihn mit --export ORDNER --include-secret aus: Der Schlüssel kommt dann in die .env des Pakets, seine einzige Kopie.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>Der alte Schlüssel ist widerrufen; nur noch der neue funktioniert.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>Der alte Schlüssel funktioniert auch noch. Geben Sie Ihrem Entwickler den neuen Schlüssel; sobald die Website ihn nutzt, führen Sie denselben Befehl mit --revoke-old aus, um den alten abzuschalten.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>Anmeldung {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>Hauptwebsite</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>Testmodus {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>Beheben Sie, was XWMS oben nennt, und führen Sie status danach erneut aus.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>Erstellen und verknüpfen Sie einen Schlüssel: xwms-wizard apply PLAN.toml (oder die Seite Geheimer Schlüssel des Assistenten).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>Erneuern Sie den Schlüssel: xwms-wizard renew PLAN.toml, oder im Assistenten: Bestehende Einrichtung prüfen oder ändern, dann Schlüssel erneuern.</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Client {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>Website {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>Callback-URL: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>Prüfung: in Ordnung, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>Prüfung: FEHLGESCHLAGEN, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>Darf lesen: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>keine Website</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>Schlüssel „{label}“ (endet auf {hint}): {expiry}; verknüpft mit {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Alles ist in Ordnung.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Braucht Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: Dieses Konto hat keinen Client namens {name} (es hat: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>Dieses Konto hat noch keine Clients: Es gibt nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>Die Serveradresse ist keine Webadresse, die der Assistent verwenden kann. Sie sollte aussehen wie https://xwms.nl/api/ (oder http://127.0.0.1:PORT/api/ für einen Übungsserver).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten. Entfernen Sie den Teil vor dem @-Zeichen; der Assistent fragt Ihre Anmeldedaten getrennt ab.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>Der XWMS-Server hatte ein Problem (Fehler {status}) und konnte dies nicht abschließen. Es liegt nicht an Ihren Angaben. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>Der Server unter {host} hat nicht innerhalb von {seconds} Sekunden geantwortet. Vielleicht ist er ausgelastet oder die Verbindung ist langsam. Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>sein Sicherheitszertifikat ist ungültig (es kann abgelaufen, selbst signiert oder auf einen anderen Namen ausgestellt sein)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>der Server hat keine sichere (https-)Verbindung aufgebaut; vielleicht verwendet er unter dieser Adresse kein https</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>Der Assistent konnte keine sichere Verbindung zu {host} herstellen: {why}. Es wurde nichts gesendet. Prüfen Sie die Serveradresse, einschließlich http:// oder https://; stimmt sie, bitten Sie den Betreiber dieses Servers, sein Zertifikat zu reparieren.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>Der Assistent konnte den Server {host} nicht finden. Prüfen Sie die Serveradresse auf Tippfehler und ob dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>Der Assistent konnte keine Verbindung zum Server unter {host} herstellen. Prüfen Sie, ob dieser Computer online ist (beim Übungsserver: ob er noch läuft), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>Die Verbindung zu {host} brach ab, bevor die Antwort vollständig war. Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>Den Client benennen</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>Ein Client ist die Verbindung Ihrer Website zu XWMS.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Clients</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS nennt jede Website oder App, die „Mit XWMS anmelden“ nutzt, einen „Client“. Der Name ist für Sie und Ihren Entwickler, damit Sie Ihre Clients auseinanderhalten können; Besucher sehen ihn nicht. Geben Sie einen beliebigen Namen ein, etwa den Namen Ihres Geschäfts: Der Assistent macht daraus einen Namen, den XWMS akzeptiert (Kleinbuchstaben, Ziffern und Bindestriche), und zeigt ihn unter dem Feld. Haben Sie für diese Website schon einen Client angelegt, wählen Sie ihn stattdessen aus der Liste: Der Assistent ergänzt ihn dann.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>etwa Bäckerei Müller</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>Geben Sie irgendetwas ein, etwa den Namen Ihres Geschäfts. XWMS braucht einen Namen aus Kleinbuchstaben, Ziffern und Bindestrichen, also macht der Assistent einen aus Ihrer Eingabe („Bäckerei Schmidt &amp; Co.“ wird zu „backerei-schmidt-co“) und zeigt ihn direkt unter dem Feld. Diesen Namen bekommt Ihr Client.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>Client-Na&amp;me:</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Der Name des Clients</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>Einen vorhandenen Client verwenden</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>Vorhandene Clients</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>Clients, die Sie bereits in diesem Konto angelegt haben. Wählen Sie einen aus, um diese Website hinzuzufügen (zum Beispiel eine zweite Adresse desselben Geschäfts). Wählen Sie „Neuen Client anlegen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>Oder &amp;verwenden:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>Nachdem Sie den Client gespeichert haben, zeigt das XWMS-Dashboard seine Client-ID: einen Code, der Ihren Client bezeichnet. Kopieren Sie ihn dort und fügen Sie ihn hier ein; der Assistent braucht ihn, um Ihre Einrichtung zu prüfen, und Ihr Entwickler auch.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>Fügen Sie hier die Client-ID ein, sobald das Dashboard sie zeigt (Schritt 4).</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>Neuen Client anlegen</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client-ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>Lese, was „{name}“ schon hat…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>Der Assistent fügt Ihre Website dem vorhandenen Client „{name}“ hinzu. Was darin bereits steht, wird nicht entfernt.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Dieses Konto hat noch keine Clients.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>Ihr Client wird {name} heißen.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>Den Client anlegen</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>Ihre Website (Domain) hinzufügen</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Die Callback-URL registrieren</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>Festlegen, was Ihre Website lesen darf (Scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Den geheimen Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>Den Schlüssel mit Ihrer Website verknüpfen</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Clients</translation>
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
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Bezeichnung des Schlüssels</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>Melden Sie sich im XWMS-Dashboard an und öffnen Sie My Clients.</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Klicken Sie auf Create Client.</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>Geben Sie unten den Namen des Clients ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>Kopieren Sie die Client-ID, die das Dashboard zeigt, und fügen Sie sie in den Assistenten ein.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>Öffnen Sie in Ihrem Client Integrations, dann Domains, und klicken Sie auf New Domain.</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>Tragen Sie die Werte unten ein (lassen Sie ein Feld leer, wenn kein Wert angegeben ist) und speichern Sie.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>Kopieren Sie die Domain-ID, die das Dashboard zeigt, und fügen Sie sie in den Assistenten ein.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>Stellen Sie die Schalter so ein: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>Tragen Sie in den Fallback-Einstellungen der Domain die Fallback-URI unten ein.</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>Laden Sie Ihr Logo (PNG oder SVG, höchstens 1 MB) auf der Seite der Domain hoch.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>Öffnen Sie auf der Seite der Domain Domain URLs und fügen Sie eine URL hinzu.</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>Fügen Sie die Callback-URL unten genau so ein, wie sie ist, wählen Sie den Typ Callback und achten Sie darauf, dass sie Active ist.</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>Öffnen Sie in Ihrem Client Client Scopes.</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>Wählen Sie genau diese Scopes und speichern Sie: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>Öffnen Sie in Ihrem Client Client Secrets und klicken Sie auf New Secret.</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>Tragen Sie die Bezeichnung und das Ablaufdatum ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>Tragen Sie die Bezeichnung ein (lassen Sie das Ablaufdatum leer) und speichern Sie.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>Das Dashboard zeigt den Schlüssel nur einmal: Kopieren Sie ihn direkt in das Schlüsselfeld des Assistenten. Senden Sie ihn nicht per E-Mail und speichern Sie ihn nicht in einem Dokument.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>Öffnen Sie die Domain {domain} erneut und gehen Sie zu Secret Connections.</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Klicken Sie auf Link Secret und wählen Sie den Schlüssel mit der Bezeichnung {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>Sehen, wer sich angemeldet hat</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>Öffnen Sie My Clients, dann {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Öffnen Sie Integrations → Users: Dort steht jeder, der sich über diesen Client angemeldet hat, und über welche Website.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>Einen Tester einladen</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>Senden Sie unter Integrations → Users eine Testnutzer-Anfrage an die XWMS-E-Mail-Adresse des Testers.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>Der Tester nimmt sie bei der nächsten Anmeldung an; danach kann er die Anmeldung auf einer Website im Testmodus ausprobieren.</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Beantragen, Verified Partner zu werden</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Öffnen Sie das Verification Center und beginnen Sie einen neuen Antrag.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>Wählen Sie Ihre Website ({domain}) und die Berechtigungen, die einen Verified Partner brauchen, und schreiben Sie in die Notizen, wofür Ihre Website sie nutzt.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>Das XWMS-Team genehmigt den Antrag oder lehnt ihn ab; nach der Genehmigung können Sie diese Berechtigungen dem Client hinzufügen.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>Ihren Entwickler als Mitglied hineinlassen</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Öffnen Sie Members and Roles. Legen Sie eine Rolle mit nur dem an, was Ihr Entwickler braucht (zum Beispiel Domains, Secrets und Scopes verwalten).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>Fügen Sie Ihren Entwickler mit dieser Rolle als Mitglied hinzu, mit seiner eigenen XWMS-E-Mail-Adresse. Er meldet sich mit seinem eigenen Konto an: Teilen Sie nie Ihr Passwort.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>Was Sie im XWMS-Dashboard tun</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>Tun Sie jetzt Folgendes im XWMS-Dashboard, in Ihrem Webbrowser:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>Danach, weiterhin im XWMS-Dashboard:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>„{label}“ kopiert. Fügen Sie es im Dashboard ein.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>IP-Adresse des Servers</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Interner Name</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Login erlauben</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API erlauben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Fallback-URL</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>Es ändert sich nichts: Der Server hat all das schon.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>Ein neuer Client „{name}“ wird erstellt.</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>Die Website {domain} wird hinzugefügt.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>Das Logo wird hochgeladen.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>Die Callback-URL {url} wird registriert.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>Die Callback-URL {url} wird eingeschaltet.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} wartet auf die Antwort des XWMS-Teams zu Ihrem Antrag; er wird hinzugefügt, sobald das Team zustimmt.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>Ein Antrag, Verified Partner für {scopes} zu werden, wird an das XWMS-Team gesendet; der Scope wird hinzugefügt, sobald das Team zustimmt.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>Berechtigungen: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>Berechtigungen: {added} hinzu; {removed} entfernen.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>Berechtigungen: {added} hinzu.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>Berechtigungen: {removed} entfernen.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>{email} wird als {role} eingeladen.</translation>
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
        <translation>Ihre Website</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Wo sich Menschen mit XWMS anmelden werden.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>Welche Website</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>Die Websites, die dieser Client schon hat, oder eine neue zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>Welc&amp;he Website:</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Website-Adresse (Hauptdomain)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>&amp;Website-Adresse:</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>IP-Adresse des Servers (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>&amp;IP-Adresse des Servers:</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>Optional. Die Internetadresse des Servers, auf dem Ihre Website läuft, etwa 203.0.113.10. Wenn Sie sie eintragen, nimmt XWMS Anfragen für diese Website nur von diesem Server an; ein gestohlener Schlüssel ist dann anderswo wertlos. Ihr Hosting-Anbieter nennt Ihnen die Adresse. Lassen Sie das Feld leer, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>Interner Name (optional)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>Inte&amp;rner Name:</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>Optional. Eine Bezeichnung, die nur Sie im XWMS-Dashboard sehen, etwa „Hauptshop“ oder „Testseite“, um Ihre Websites auseinanderzuhalten.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>Nach der Anmeldung schickt XWMS die Person mit einem einmaligen Anmeldecode zu dieser Seite Ihrer Website zurück. Der Code Ihres Entwicklers nimmt ihn dort entgegen. Der Assistent trägt die übliche Adresse ein; ändern Sie sie nur, wenn Ihr Entwickler eine andere verlangt. Sie muss genau so geschrieben sein, wie Ihre Website sie verwendet.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>Einstellungen für diese Website</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>&amp;Login erlauben: Menschen können sich auf dieser Website anmelden</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>Muss eingeschaltet sein, damit die Schaltfläche „Mit XWMS anmelden“ auf dieser Website funktioniert. Schalten Sie es nur aus, um Anmeldungen eine Zeit lang zu stoppen.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>&amp;API erlauben: Ihre Website darf XWMS nach Angaben fragen</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>Damit kann der Server Ihrer Website XWMS mehr über eine angemeldete Person fragen (etwa ihre Adresse, wenn Sie das auf der nächsten Seite erlauben). Lassen Sie es eingeschaltet, außer Ihr Entwickler sagt, dass es nicht nötig ist.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>Ak&amp;tiv: XWMS akzeptiert diese Website</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>Ist dies ausgeschaltet, lehnt XWMS für diese Website alles ab, als gäbe es sie nicht. Lassen Sie es eingeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>&amp;Primär: Dies ist die Hauptwebsite des Clients</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>Ein Client kann mehrere Websites haben. Die primäre ist die Hauptadresse und steht im Dashboard an erster Stelle. Lassen Sie es für Ihre erste Website eingeschaltet.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>Test&amp;modus: Dies ist nicht die echte Website</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>Schalten Sie es für eine Testkopie Ihrer Website oder für den Computer Ihres Entwicklers ein (dann funktionieren auch Adressen, die mit http://localhost beginnen). Lassen Sie es für die Website ausgeschaltet, die Ihre Besucher nutzen.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Weitere &amp;Optionen</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS schickt Menschen nur zu Websites zurück, die es kennt. Hier teilen Sie XWMS die Adresse Ihrer Website mit; der Assistent trägt die Seite ein, auf die Menschen nach der Anmeldung zurückkommen (die Callback-URL). Alles andere finden Sie unter „Weitere Optionen“, bereits passend eingestellt für die meisten Websites.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>beispiel.de</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>Die Adresse Ihrer Website, etwa beispiel.de. Die Anmeldung funktioniert auf dieser Adresse und ihren Subdomains (etwa www.beispiel.de oder shop.beispiel.de). Sie können die vollständige Adresse aus Ihrem Browser einfügen: Der Assistent behält nur den nötigen Teil und sagt es Ihnen.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://beispiel.de/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>Was unter Weitere Optionen steht</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>Fallback-URL (optional)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>Fallbac&amp;k-URL:</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>Optional. Wohin XWMS Menschen schickt, wenn bei der Anmeldung etwas schiefgeht (zum Beispiel wenn sie abbrechen), etwa Ihre Startseite. Es gelten dieselben Regeln wie für die Callback-URL. Leer: XWMS zeigt eine eigene Meldung.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Logodatei (optional)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Die Logodatei auswählen</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>Optional. Ihr Logo, das auf der Anmeldeseite von XWMS erscheint, damit Menschen sehen, dass sie sich bei Ihrer Website anmelden. Ein PNG- oder SVG-Bild von höchstens 1 MB.</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain-ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>Nachdem Sie die Domain gespeichert haben, zeigt das XWMS-Dashboard ihre Domain-ID: einen Code, der Ihre Website in XWMS bezeichnet. Kopieren Sie ihn dort und fügen Sie ihn hier ein; Ihr Entwickler braucht ihn.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain-ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>Fügen Sie hier die Domain-ID ein, sobald das Dashboard sie zeigt (Schritt 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>Eine neue Website hinzufügen</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (Hauptwebsite)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} ist schon eine Website von „{client}“: Sie sehen die Einstellungen so, wie XWMS sie hat. Ändern Sie nur, was Sie anders haben möchten.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>Mit Primär an wird diese Website die Hauptwebsite von „{client}“ statt {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>„{client}“ hat schon eine Hauptwebsite, {main}. Primär ist aus, damit sie die Hauptwebsite bleibt; schalten Sie es ein, um stattdessen diese Website zur Hauptwebsite zu machen.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>Nach der Anmeldung kommen Menschen auf diese Seite Ihrer Website zurück; lassen Sie sie so, wie der Assistent sie eingetragen hat, außer Ihr Entwickler verlangt eine andere.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>Anmeldung an</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>Anmeldung aus</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API an</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>Hauptwebsite</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>nicht die Hauptwebsite</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>Testmodus an</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>Testmodus aus</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — passend für die meisten Websites.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>Wenn „Login erlauben“ ausgeschaltet ist, kann sich niemand auf dieser Website anmelden.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>Wenn „Aktiv“ ausgeschaltet ist, lehnt XWMS für diese Website alles ab.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>Geben Sie es jetzt an Ihren Entwickler weiter.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>Ihr Teil ist erledigt. Ihr Entwickler baut die Schaltfläche „Mit XWMS anmelden“ mit dem Ordner, den der Assistent geschrieben hat, in Ihre Website ein. Die Datei HANDOFF.md darin erklärt ihm jeden Schritt, einschließlich einer Prüfung, die er von Ihrem Server aus ausführen kann.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>Senden Sie Ihrem Entwickler die ZIP-Datei &lt;b&gt;{zip}&lt;/b&gt; des neuesten Ordners, {folder}.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Senden Sie Ihrem Entwickler die ZIP-Datei &lt;b&gt;{zip}&lt;/b&gt; (oder den Ordner {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Senden Sie Ihrem Entwickler den neuesten Ordner, &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Senden Sie Ihrem Entwickler den Ordner &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>Der geheime Schlüssel ist darin enthalten, senden Sie ihn also sicher: über einen gemeinsamen Passwort-Manager oder einen verschlüsselten Link, nicht als einfachen E-Mail-Anhang. Löschen Sie Ihre Kopie, sobald Ihr Entwickler ihn hat.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>Er liegt im Schlüsselbund dieses Computers unter „xwms-wizard“.</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>Sie haben ihn auf der Seite „Prüfen“ kopiert.</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>Der geheime Schlüssel ist nicht im Ordner. Geben Sie ihn Ihrem Entwickler getrennt und auf anderem Weg als den Ordner: Lesen Sie ihn am Telefon vor oder teilen Sie ihn über einen Passwort-Manager. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>Ihr Entwickler folgt der Datei HANDOFF.md im Ordner. Wenn die Anmeldung auf Ihrer Website funktioniert, sind Sie fertig.</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>Der Ordner ist als „nicht geprüft“ markiert: Noch niemand hat geprüft, ob diese Einstellungen funktionieren. Ihr Entwickler führt diese Prüfung vom Server Ihrer Website aus durch, wie HANDOFF.md erklärt.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Das war ein Übungsdurchlauf: Alles wurde auf dem Übungsserver auf diesem Computer angelegt, nicht bei XWMS. Ihr Entwickler kann die Anmeldung trotzdem auf seinem eigenen Computer ausprobieren: HANDOFF.md im Ordner nennt ihm den einen Befehl, der einen Übungsserver für genau diese Einrichtung startet, und kleine Beispiel-Apps, die sich damit anmelden. Für Ihre echte Website starten Sie den Assistenten erneut mit Ihrem XWMS-Konto.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>In dieser Sitzung hat der Assistent diese Ordner für Ihren Entwickler in {folder} geschrieben:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>In dieser Sitzung hat der Assistent diese Ordner für Ihren Entwickler geschrieben:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>der neueste (diesen senden): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>älter: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>Ihr Entwickler braucht nur den neuesten. Löschen Sie die älteren, sobald er ihn hat: Ein älterer Ordner enthält ebenfalls den geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>Ihr Entwickler braucht nur den neuesten; die älteren können Sie löschen.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Versuchen Sie es erneut; wenn es immer wieder passiert, helfen die Details unten einem Entwickler, die Ursache zu finden.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>Der Server hat auf eine Weise geantwortet, die der Assistent nicht versteht, daher wurde nichts aus dieser Antwort verwendet. Prüfen Sie, ob die Serveradresse stimmt (eine XWMS-Adresse endet auf /api/, etwa https://xwms.nl/api/), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>Der geheime Schlüssel „{label}“ (endet auf {hint}) wurde angelegt, aber die Antwort mit seinem Wert kam nicht an, und XWMS zeigt den Wert eines Schlüssels nur einmal. Widerrufen Sie diesen Schlüssel (Integrations → Client Secrets) und legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>er ist nicht gültig</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>XWMS hat {label} nicht akzeptiert: {why} Bitte prüfen Sie auch: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>XWMS hat {label} nicht akzeptiert: {why} Bitte korrigieren Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>Der Ordner für Ihren Entwickler</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>Alles, was Ihr Entwickler braucht, in einem Ordner.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>Der Assistent schreibt einen Ordner (das Übergabepaket) mit den Einstellungen, die Ihr Entwickler braucht: eine .env-Datei mit der Client-ID, der Website, der Callback-URL und der API-Adresse, eine HANDOFF.md mit Anleitung und eine sichere Kopie ohne den geheimen Schlüssel, die er in seinem Code behalten darf. Diesen Ordner senden Sie Ihrem Entwickler.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>Ordner speichern in</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>Auswählen, wo der Ordner gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>Den geheimen &amp;Schlüssel in die .env-Datei schreiben</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>Den geheimen Schlüssel in die .env-Datei schreiben</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>Geheimer Schlüssel in der Datei</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>Ein: Die .env-Datei ist vollständig und Ihr Entwickler kann sofort loslegen, aber der Ordner muss dann sicher gesendet werden (zum Beispiel über einen gemeinsamen Passwort-Manager oder einen verschlüsselten Link), nie als einfacher E-Mail-Anhang. Aus: Die Datei enthält eine leere Stelle für den Schlüssel, und Sie geben Ihrem Entwickler den Schlüssel getrennt, zum Beispiel am Telefon.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>Sprache der Anleitung für Ihren Entwickler</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>&amp;Anleitung auf:</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>Auch eine .&amp;zip-Datei erstellen (leichter zu senden)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>Auch eine ZIP-Datei erstellen</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>Ordner &amp;schreiben</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>Ordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Den Ordner öffnen</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>Dieser Computer konnte den Ordner nicht öffnen. Sie finden ihn unter diesem Pfad:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Pfad des Ordners</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>Den Pfad des Ordners kopieren</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>Die Anleitung ist für Ihren Entwickler und daher nur auf Englisch oder Niederländisch verfügbar. Alles andere im Ordner ist in jeder Sprache gleich.</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>Der geheime Schlüssel ist nicht auf diesem Computer und kann daher nicht in die Datei. Ihr Entwickler braucht ihn von dort, wo er aufbewahrt wurde.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>Wer diesen Ordner bekommt, kann sich als Ihre Website ausgeben. Senden Sie ihn nur über einen sicheren Weg und löschen Sie Ihre Kopie, sobald Ihr Entwickler ihn hat.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>Sie geben Ihrem Entwickler den geheimen Schlüssel getrennt; er liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>Sie geben Ihrem Entwickler den geheimen Schlüssel getrennt; kopieren Sie ihn von der vorigen Seite, bevor Sie den Assistenten schließen.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>Ordner: Wählen Sie, wo der Ordner für Ihren Entwickler gespeichert wird.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>Diesen Ordner gibt es noch nicht; der Assistent legt ihn an.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Ordner wird geschrieben…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ Geschrieben nach {path}, anstelle des früheren Ordners</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ Geschrieben nach {path}, neben den früheren Ordner</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>ZIP-Datei: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>Kopiert. Fügen Sie ihn dort ein, wo Sie Dateien suchen, etwa in der Adressleiste eines Dateifensters.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>„{value}“ verwenden</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>Den Vorschlag {value} verwenden</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>Plan-ID</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Clients</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Website-Adresse (Hauptdomain)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>IP-Adresse des Servers</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Fallback-URL</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Interner Name</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Login erlauben</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API erlauben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Primäre Domain</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Bezeichnung des Schlüssels</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain-ID</translation>
    </message>
    <message>
        <source>Member&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Rolle des Mitglieds</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>Scopes für Verified Partner</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>Notizen für das XWMS-Team</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (Mitglied {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>Die Übergabedatei {name} konnte nicht gelesen werden: Sie enthält kein Objekt. Schreiben Sie das Übergabepaket mit dieser Version des Assistenten neu.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>Die Übergabedatei {name} konnte nicht gelesen werden: Sie hat Version {version}, und dieser Assistent liest Version 1. Schreiben Sie das Übergabepaket mit dieser Version des Assistenten neu.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>Die Übergabedatei {name} konnte nicht gelesen werden: Ein Eintrag fehlt oder hat den falschen Typ. Schreiben Sie das Übergabepaket mit dieser Version des Assistenten neu.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>Hier wurde bereits ein Ordner für Ihren Entwickler geschrieben: {name}. Es wurde nichts geschrieben; wählen Sie, ob Sie ihn ersetzen oder beide behalten möchten.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>In {folder} ist ein anderes Übergabepaket namens {name} erschienen, während dieses geschrieben wurde. Es wurde nichts überschrieben; schreiben Sie das Übergabepaket erneut.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>Der geheime Schlüssel kann nicht in die .env-Datei: Sein Wert ist nicht auf diesem Computer (er wird nur einmal angezeigt, beim Erstellen, und der Schlüsselbund dieses Computers hat ihn nicht). Es wurde nichts geschrieben, und kein bereits vorhandener Ordner wurde geändert. Schreiben Sie den Ordner ohne den Schlüssel und geben Sie den Schlüssel Ihrem Entwickler getrennt, oder erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>Der geheime Schlüssel kann nicht sicher in die .env-Datei geschrieben werden, daher wurde der bereits vorhandene Ordner {name} nicht ersetzt: Seine .env-Datei hätte den Schlüssel verloren. Behalten Sie beide Ordner, oder schreiben Sie den Ordner ohne den Schlüssel und geben Sie den Schlüssel Ihrem Entwickler getrennt.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>Der Ordner {folder} enthält bereits {count} Übergabepakete für diesen Client und diesen Tag. Wählen Sie einen anderen Ordner, oder entfernen Sie alte Übergabepakete.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>Das Übergabepaket konnte nicht in {folder} geschrieben werden ({reason}). Es blieb nichts halb geschrieben zurück. Prüfen Sie, ob der Ordner existiert, ob Sie dort schreiben dürfen und ob die Festplatte nicht voll ist, oder wählen Sie einen anderen Ordner, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>er enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>er enthält ein unsichtbares Steuerzeichen</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>er enthält ein defektes Zeichen, das nicht als Text gespeichert werden kann</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>er enthält ein einfaches Anführungszeichen (Apostroph)</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>er enthält einen Backslash</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>er enthält ein Dollarzeichen mit einer öffnenden geschweiften Klammer, was manche Leser als Verweis auf eine andere Einstellung verstehen</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>er enthält ein Gleichheitszeichen mit einem doppelten Anführungszeichen, was der Leser von Laravel als Beginn eines Werts über mehrere Zeilen versteht</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>Der Wert für {key} kann nicht sicher in die .env-Datei geschrieben werden: {why}. Die .env-Leser von Laravel, Node und Python würden ihn unterschiedlich lesen, daher lässt der Assistent ihn lieber weg, als ihn falsch zu schreiben. Legen Sie ihn auf dem Server selbst fest, als Umgebungsvariable.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>der Wert hat ein ${, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>Unter {path} gibt es keine Datei. Geben Sie den Pfad der .env-Datei an, die geprüft werden soll.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>Die Datei {path} konnte nicht geöffnet werden ({reason}). Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Die Datei {path} ist kein reiner UTF-8-Text. Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>die Zeile hat nicht die Form NAME=Wert</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>der Wert öffnet ein einfaches Anführungszeichen, schließt es aber nicht in derselben Zeile</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>nach dem schließenden Anführungszeichen steht noch Text</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Die Datei {source} konnte in Zeile {line} ({key}) nicht gelesen werden: {reason}. Korrigieren Sie diese Zeile (oder schreiben Sie den Wert in einfache Anführungszeichen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Die Datei {source} konnte in Zeile {line} nicht gelesen werden: {reason}. Korrigieren Sie diese Zeile (oder schreiben Sie den Wert in einfache Anführungszeichen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>der Wert verwendet eine Form von ${...}, die dieser Leser nicht versteht (nur ${NAME})</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>der Wert verweist auf {name}, das nicht weiter oben in der Datei gesetzt ist</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>der Wert öffnet ein doppeltes Anführungszeichen, schließt es aber nie</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>Was ist das? {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS lässt Programme keine Änderungen in Ihrem Konto vornehmen. Sie nehmen sie daher selbst im XWMS-Dashboard vor, und der Assistent sagt Ihnen genau, worauf Sie klicken. Sie melden sich nicht beim Assistenten an.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>Was Sie brauchen:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>Ein kostenpflichtiges XWMS-Konto. Clients (was Ihre Website für „Mit XWMS anmelden“ braucht) gehören zu einem kostenpflichtigen Tarif.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>Das XWMS-Dashboard in Ihrem Webbrowser geöffnet und mit diesem Konto angemeldet. Die Schaltfläche unten öffnet es.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>Assistent und Browser nebeneinander: Sie kopieren Werte aus dem Assistenten ins Dashboard und drei Dinge zurück (die Client-ID, die Domain-ID und den geheimen Schlüssel).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>Am Ende prüft der Assistent Ihre Einrichtung bei XWMS unter {url}. Nichts wird gesendet, bevor Sie auf „Meine Einrichtung prüfen“ klicken.</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>Meine Einrichtung prüfen</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>Der Assistent fragt XWMS, ob das, was Sie im Dashboard getan haben, zusammenpasst.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>Die Prüfung fragt XWMS zwei Dinge: Ist XWMS von diesem Computer aus erreichbar, und akzeptiert es Ihre Client ID, Ihren geheimen Schlüssel und Ihre Callback-URL zusammen? In Ihrem XWMS-Konto ändert sich nichts, Sie können die Prüfung also so oft ausführen, wie Sie möchten.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung ergab</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>Meine Einrichtung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>Meine Einrichtung erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>&amp;Ohne Prüfung weitermachen</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>Ohne Prüfung weitermachen; der Ordner wird als nicht geprüft markiert</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain-ID</translation>
    </message>
    <message>
        <source>Secret key value</source>
        <translation>Wert des geheimen Schlüssels</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>eingefügt, im Schlüsselbund dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>fehlt: Gehen Sie zurück zur Seite „Geheimer Schlüssel“ und fügen Sie ihn ein</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>Sie haben seit der Prüfung etwas geändert: Klicken Sie erneut auf „Meine Einrichtung prüfen“.</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>Noch ist nichts geprüft. Wenn Sie alle Schritte im Dashboard erledigt haben, klicken Sie auf „Meine Einrichtung prüfen“.</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>XWMS erreichen</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Client-ID, geheimen Schlüssel und Callback-URL prüfen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>stimmt, mit einem Hinweis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>Ihre Einrichtung wird bei XWMS geprüft…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Keine Antwort von {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>Oder machen Sie ohne Prüfung weiter: Der Ordner für Ihren Entwickler wird dann als „nicht geprüft“ markiert, und Ihr Entwickler führt die Prüfung von Ihrem Server aus durch.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS hat unter {url} geantwortet</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Client-ID und geheimer Schlüssel stimmen. Eine letzte Prüfung muss auf dem Server Ihrer Website laufen; der Ordner für Ihren Entwickler erklärt, wie.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ Ihre Einrichtung funktioniert: XWMS akzeptiert sie. Klicken Sie auf „Weiter“, um den Ordner für Ihren Entwickler zu schreiben.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>Liegt der Fehler in dem, was Sie in den Assistenten eingegeben oder eingefügt haben, gehen Sie zurück zur Seite „{page}“ und korrigieren Sie es.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS hat Ihre Einrichtung noch nicht akzeptiert. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>Klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>Funktioniert noch nicht: Was zu beheben ist, steht im Feld unten.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>XWMS unter {host} hat nicht rechtzeitig geantwortet, Ihre Einrichtung ist also noch nicht geprüft. Prüfen Sie, ob dieser Computer online ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>Der Assistent konnte keine sichere Verbindung zu XWMS unter {host} herstellen, Ihre Einrichtung ist also noch nicht geprüft. Prüfen Sie die XWMS-API-Adresse (unter „Erweitert“ auf der ersten Seite) und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>Der Assistent konnte XWMS unter {host} nicht erreichen, Ihre Einrichtung ist also noch nicht geprüft. Prüfen Sie, ob dieser Computer online ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>XWMS unter {host} hat keine verwertbare Antwort gegeben, Ihre Einrichtung ist also noch nicht geprüft. Vielleicht ist XWMS ausgelastet, oder die XWMS-API-Adresse (unter „Erweitert“ auf der ersten Seite) stimmt nicht. Klicken Sie etwas später auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>Angehalten. Klicken Sie auf „Meine Einrichtung prüfen“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>Weiter ohne Prüfung. Der Ordner für Ihren Entwickler ist als „nicht geprüft“ markiert; Ihr Entwickler führt die Prüfung von Ihrem Server aus durch.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Den geheimen Schlüssel erneuern</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Ein neuer Schlüssel, der funktioniert, bevor der alte aufhört.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>Im XWMS-Dashboard erstellen Sie einen neuen geheimen Schlüssel und verknüpfen ihn mit Ihrer Website, neben dem jetzigen: Vorerst funktionieren beide. Fügen Sie den neuen Schlüssel hier ein, und der Assistent prüft ihn bei XWMS. Sobald die Website Ihres Entwicklers den neuen Schlüssel nutzt, widerrufen Sie den alten im Dashboard. Dabei wird niemand abgemeldet.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>Der neue geheime Schlüssel</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>den neuen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>Den neuen Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>Den neuen Schlüssel bei XWMS prüfen</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Der neue Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ Der neue Schlüssel funktioniert. Drücken Sie Weiter, um den Ordner für Ihren Entwickler zu schreiben. Sobald die Website den neuen Schlüssel nutzt: Öffnen Sie im Dashboard Client Secrets und widerrufen Sie den alten Schlüssel „{label}“.</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS akzeptiert den neuen Schlüssel noch nicht. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Ihre Einrichtung</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Wie es um Ihre Anmeldung mit XWMS steht und was Sie jetzt tun können.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>Wählen Sie den Ordner, den der Assistent für Ihren Entwickler geschrieben hat (sein Name beginnt mit xwms-handoff-). Er hält fest, was im XWMS-Dashboard eingerichtet wurde. Der Assistent fragt XWMS dann, ob die Anmeldung noch funktioniert, mit dem geheimen Schlüssel, den dieser Computer aufbewahrt; nichts ändert sich.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>Ordner für Ihren Entwickler</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>Den Ordner für Ihren Entwickler wählen</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>Schlüssel &amp;erneuern…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Den geheimen Schlüssel ohne Unterbrechung erneuern</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>Diese Einrichtung ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>Die Website, Schalter oder Berechtigungen ändern</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Personen und Zugang…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Wer sich angemeldet hat, Tester, Verified Partner und Mitglieder</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>XWMS wird gefragt…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ Alles in Ordnung: Die Anmeldung funktioniert, und der Schlüssel läuft in den nächsten 30 Tagen nicht ab.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Braucht Ihre Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>Nicht geprüft: Dieser Computer bewahrt den geheimen Schlüssel nicht auf. Der Ordner für Ihren Entwickler hat ihn, oder erneuern Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Die Anmeldung funktioniert: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Die Anmeldung funktioniert nicht: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Client {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Kommt zurück zu: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>Schlüssel „{label}“: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>Das XWMS-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>Öffnet das XWMS-Dashboard in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>hier aus dem XWMS-Dashboard einfügen</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>Was ist diese Seite?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>Darf die Websites, ihre Schlüssel und das, was die Anmeldung liest, ändern und sehen, wer sich angemeldet hat; darf keine Mitglieder hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>Darf sehen, wer sich angemeldet hat; ändert nichts.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>Personen und Zugang</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>Wer sich mit Ihrem Client anmeldet und wer ihn ändern darf.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>Dies sind die optionalen Teile des XWMS-Dashboards für Ihren Client. Tester probieren die Anmeldung aus, bevor sie für alle offen ist. Ein Verified Partner darf die Berechtigungen nutzen, die XWMS für geprüfte Unternehmen vorsieht. Mitglieder sind der sichere Weg, Ihren Entwickler Einstellungen ändern zu lassen: Sie melden sich mit ihrem eigenen XWMS-Konto an, Sie teilen also nie Ihr Passwort.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>Wer sich angemeldet hat</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>Die E-Mail-Adresse des Testers</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>ihre XWMS-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>Als Tester &amp;einladen</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>Diese Person als Tester einladen</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>Verified Partner</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>Wofür Ihre Website diese Berechtigungen nutzt</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>wofür Ihre Website sie nutzt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Beantragen</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Beantragen, Verified Partner zu werden</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>Wer diesen Client ändern darf</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>Die E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>die XWMS-E-Mail-Adresse Ihres Entwicklers</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>Was das Mitglied tun darf</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>Als Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>Diese Person als Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>Ihr Client wird aus XWMS gelesen…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), zuletzt auf {site} um {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>Über Ihren Client hat sich noch niemand angemeldet.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>wartet auf ihre Antwort</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>Noch keine Tester. Ein Tester nimmt Ihre Einladung auf der Anmeldeseite von XWMS an.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>Nur Sie. Fügen Sie Ihren Entwickler hier hinzu, statt Ihr Passwort zu teilen.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>wartet auf das XWMS-Team</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>Kreuzen Sie die Berechtigungen an, die Ihre Website braucht, sagen Sie wofür, und beantragen Sie sie. Das XWMS-Team prüft Ihr Unternehmen und genehmigt oder lehnt den Antrag ab.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>Der Tester wird eingeladen…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>Verified Partner: Kreuzen Sie zuerst die Berechtigungen an, die Ihre Website braucht.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Ihr Antrag wird gesendet…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Das Mitglied wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>Der Plan {source} hat %n Problem:</numerusform>
            <numerusform>Der Plan {source} hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Geheimer Schlüssel: Eine Plandatei enthält nie einen geheimen Schlüssel, weil eine Plandatei leicht versehentlich weitergegeben oder kopiert wird. Entfernen Sie die Zeile „{key} = …“ aus [{table}]. Der Assistent erstellt den geheimen Schlüssel selbst und speichert ihn im Schlüsselbund Ihres Computers.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Geheimer Schlüssel: Eine Plandatei enthält nie einen geheimen Schlüssel, weil eine Plandatei leicht versehentlich weitergegeben oder kopiert wird. Entfernen Sie die Zeile „{key} = …“. Der Assistent erstellt den geheimen Schlüssel selbst und speichert ihn im Schlüsselbund Ihres Computers.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>Plandatei: „{what}“ gehört nicht in einen Plan. Es gehört unter [{home}]: Verschieben Sie die Zeile unter diese Überschrift.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>Plandatei: „{what}“ gehört nicht in einen Plan. Meinten Sie {near}?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>Plandatei: „{what}“ gehört nicht in einen Plan. Ein Plan hat nur [client], [domain], [scopes], [secret], [verification] und [[members]]. Vergleichen Sie sie mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>Plandatei: [{table}] hat keine Einstellung „{key}“. Meinten Sie „{near}“?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>Plandatei: [{table}] hat keine Einstellung „{key}“. Sie gehört unter [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>Plandatei: [{table}] hat keine Einstellung „{key}“. [{table}] kennt: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: Diese Einstellung erwartet Text. Schreiben Sie sie so: {key} = &quot;…&quot; (in doppelten Anführungszeichen).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: Diese Einstellung erwartet true oder false. Schreiben Sie sie so: {key} = true  oder  {key} = false (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: Diese Einstellung erwartet eine Liste von Texten. Schreiben Sie sie so: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: Diese Einstellung erwartet ein Datum. Schreiben Sie sie so: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Plandatei: In Zeile {line} (Spalte {column}) ist ein Fehler: {reason}. Prüfen Sie dort die Anführungszeichen, die „=“-Zeichen und die [Überschriften]. Vergleichen Sie sie mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Plandatei: Sie enthält einen Fehler: {reason}. Prüfen Sie dort die Anführungszeichen, die „=“-Zeichen und die [Überschriften]. Vergleichen Sie sie mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>Plandatei: Sie ist {size} KB groß; ein Plan ist eine kurze Textdatei von höchstens {most} KB. Prüfen Sie, ob Sie die Plandatei selbst angegeben haben, und vergleichen Sie sie mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>Plandatei: Zeile {line} verschachtelt Listen oder Abschnitte mehr als {most} Ebenen tief; ein Plan braucht eine Ebene (eine Liste wie keys = [&quot;profile&quot;]). Entfernen Sie die überzähligen Klammern, und vergleichen Sie die Datei mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>Plandatei: Der Name der Einstellung in Zeile {line} hat mehr als {most} durch Punkte verbundene Teile; die Namen eines Plans haben einen oder zwei (wie domain.root). Schreiben Sie die Einstellung unter die Überschrift ihres [Abschnitts], wie in examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>Plandatei: Der Name der Einstellung in Zeile {line} ist länger als {most} Zeichen; die Namen eines Plans sind kurze Wörter (wie root oder keys). Prüfen Sie diese Zeile, und vergleichen Sie die Datei mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>Plan-ID: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Bindestriche oder Unterstriche, oder lassen Sie plan_id weg; dann erstellt der Assistent selbst eine aus dem Client-Namen und der Website-Adresse.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>Plandatei: „{key}“ muss ein Abschnitt sein: Schreiben Sie [{key}] in eine eigene Zeile und die Einstellungen darunter. Vergleichen Sie sie mit examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: fehlt. Fügen Sie die Zeile {key} = &quot;{example}&quot; unter [{table}] hinzu.</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>Plandatei: Schreiben Sie jedes Mitglied als eigenen Abschnitt [[members]], darunter email = &quot;…&quot; und role = &quot;Developer&quot; (oder &quot;Viewer&quot;).</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>Plandatei: Sie nennt {count} Mitglieder; ein Plan darf höchstens {most} nennen. Fügen Sie die übrigen auf der Seite „Personen und Zugang“ hinzu.</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>Plandatei: Ein Abschnitt [[members]] hat keine Einstellung „{key}“. Er kennt: email, role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} wird zweimal genannt. Behalten Sie einen Abschnitt [[members]] pro Person.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>Plandatei: {source} wurde nicht gefunden. Prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>Plandatei: {source} ist ein Ordner. Geben Sie den Pfad der .toml-Datei an.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>Plandatei: {source} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>Plandatei: Sie ist kein reiner Text (UTF-8). Speichern Sie sie als UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Darf lesen</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>nur die XWMS-Nummer der Person</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>läuft am {date} ab</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>IP-Adresse des Servers</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Interner Name</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Login erlauben</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API erlauben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Fallback-URL</translation>
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
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>Einrichtung fortsetzen?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>Eine frühere Einrichtung wurde vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>Ordner erneut schreiben?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>Ein Ordner für Ihren Entwickler ist bereits vorhanden</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>Hier wurde bereits ein Ordner für Ihren Entwickler geschrieben: {name}. Möchten Sie ihn ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>Ersetzen: Der neue Ordner tritt an die Stelle des alten. Beide behalten: Der neue Ordner wird daneben gespeichert, mit einer Nummer hinter dem Namen. Abbrechen: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>Den bereits vorhandenen Ordner ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>Beide Ordner behalten</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>Abbrechen: nichts schreiben</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>Auswählen, wo das Übergabepaket gespeichert wird</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Ihr Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>die Domain {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>diese Domain</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>Ihre Domain</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>Öffnen Sie im XWMS-Dashboard {domain_page} und schalten Sie {setting} ein.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>Öffnen Sie im XWMS-Dashboard Integrations → Client Secrets, legen Sie einen neuen Schlüssel an, verknüpfen Sie ihn mit {domain} (Link Secret unter {domain_page}) und geben Sie den neuen Schlüssel Ihrem Entwickler.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>XWMS kennt die Callback-URL {url} für {the_domain} nicht.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>XWMS kennt diese Callback-URL für {the_domain} nicht.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>Jetzt registriert: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>Es ist noch keine aktive Callback-URL registriert.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>Öffnen Sie im XWMS-Dashboard {domain_page} → Domain URLs und fügen Sie {url} als aktive Callback-URL hinzu, genau gleich geschrieben (XWMS vergleicht sie Zeichen für Zeichen, einschließlich https:// und Pfad).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>die Callback-URL</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Client-ID und Schlüssel stimmen, aber XWMS nimmt Anfragen für {the_domain} nur von der Serveradresse {allowed} an.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Client-ID und Schlüssel stimmen, aber XWMS nimmt Anfragen für {the_domain} nur vom Server Ihrer Website an.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>Diese Anfrage kam von {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>Das ist normal, wenn Sie von Ihrem eigenen Computer aus testen: Die echten Anfragen müssen vom Server Ihrer Website kommen. Hat sich die Adresse dieses Servers geändert, passen Sie Server IP Address im XWMS-Dashboard unter {domain_page} an.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>Dafür ist der Scope „{scope}“ nötig, den dieser Client nicht hat.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>Dafür ist ein Scope nötig, den dieser Client nicht hat.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>Öffnen Sie im XWMS-Dashboard Integrations → Client Scopes und schalten Sie {scope} ein.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>den Scope</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} kann nur von einem Verified Partner genutzt werden.</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>Dieser Scope kann nur von einem Verified Partner genutzt werden.</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>Lassen Sie ihn vorerst weg oder beantragen Sie ihn im Verification Center des XWMS-Dashboards (XWMS-Mitarbeiter prüfen jeden Antrag); sobald Sie verifiziert sind, können Sie den Scope hinzufügen.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>sehen, wer sich angemeldet hat</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>ändern, was die Anmeldung lesen darf</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>die Websites ändern</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>die geheimen Schlüssel ändern</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>Mitglieder hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>Ihre Rolle bei diesem Client erlaubt nicht: {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>Ihre Rolle bei diesem Client erlaubt das nicht.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>Bitten Sie den Eigentümer des Clients, die Änderung vorzunehmen oder Ihrer Rolle diese Berechtigung unter Members and Roles zu geben.</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>die Client-ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>die Domain</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>der geheime Schlüssel</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>{names} fehlte.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>{names} fehlten.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Die Client-ID, die Domain oder der geheime Schlüssel fehlte.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>Füllen Sie alle drei aus (das XWMS-Dashboard zeigt sie unter My Clients → Ihr Client) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS kennt diese Client-ID nicht.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>Kopieren Sie die Client-ID erneut aus dem XWMS-Dashboard (My Clients → Ihr Client) und prüfen Sie sie auf Tippfehler oder fehlende Zeichen.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>XWMS hat {the_domain} nicht unter den Domains dieses Clients.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>Öffnen Sie im XWMS-Dashboard Integrations → Domains und fügen Sie sie als Root Domain hinzu (ohne https:// und ohne Pfad), oder verwenden Sie die Domain, die schon eingetragen ist.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>{the_domain} ist in XWMS ausgeschaltet.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>Die Anmeldung ist für {the_domain} nicht erlaubt.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>API-Anfragen sind für {the_domain} nicht erlaubt.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS hat den geheimen Schlüssel nicht erkannt.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>Kopieren Sie den Schlüssel erneut, vollständig und ohne Leerzeichen. Ist er verloren, legen Sie im XWMS-Dashboard unter Integrations → Client Secrets einen neuen an und verknüpfen Sie ihn mit der Domain.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>Dieser geheime Schlüssel wurde widerrufen und funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>Dieser geheime Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>Der geheime Schlüssel stimmt, ist aber nicht mit {the_domain} verknüpft.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>Öffnen Sie im XWMS-Dashboard {domain_page}, wählen Sie Link Secret und dann diesen Schlüssel.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS kennt diesen Anmeldecode nicht.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>Starten Sie die Anmeldung neu; die Website muss den Code aus der Callback-URL unverändert weitergeben.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>Dieser Anmeldecode wurde schon verwendet; jeder Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>Starten Sie die Anmeldung neu, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>Dieser Anmeldecode ist abgelaufen (ein Code gilt 5 Minuten).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>Starten Sie die Anmeldung neu und schließen Sie sie innerhalb von 5 Minuten ab.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Die E-Mail-Adresse oder das Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>Prüfen Sie beides (beim Passwort zählt Groß- und Kleinschreibung) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Sie sind nicht angemeldet, oder Ihre Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>Melden Sie sich erneut mit Ihrer XWMS-E-Mail-Adresse und Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>Für Clients brauchen Sie ein kostenpflichtiges XWMS-Konto, und dieses Konto hat den kostenlosen Tarif.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>Stufen Sie das Konto im XWMS-Dashboard hoch oder melden Sie sich mit einem kostenpflichtigen Konto an, und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>Sie haben bereits einen Client mit diesem Namen.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>Wählen Sie einen anderen Namen oder den vorhandenen Client aus der Liste.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>Dieser Client hat {the_domain} bereits.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>Verwenden Sie die Domain, die schon eingetragen ist, oder geben Sie eine andere ein.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>Diese URL ist für die Domain bereits registriert.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>Wenn es die gewünschte ist, ist nichts weiter nötig; geben Sie sonst eine andere Adresse ein.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>Dieser Schlüssel ist bereits mit {the_domain} verknüpft.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>Für diese Verknüpfung ist nichts weiter nötig.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>Der Server kennt diesen Schritt bereits mit anderen Angaben und hat angehalten, statt etwas doppelt anzulegen.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>Machen Sie die Änderung rückgängig, die Sie seitdem vorgenommen haben, oder beginnen Sie eine neue Einrichtung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS hat einige Angaben nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>Der Server konnte dies nicht finden; vielleicht wurde es inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>Prüfen Sie im XWMS-Dashboard, ob es noch existiert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>Der Server konnte nicht lesen, was der Assistent gesendet hat.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>Das ist ein Fehler im Assistenten, nicht in Ihren Angaben. Versuchen Sie es erneut; wenn es immer wieder passiert, melden Sie es bitte.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>Dieser Server bietet nicht an, was der Assistent angefragt hat.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>Prüfen Sie, ob die Serveradresse auf einen XWMS-Verwaltungsserver zeigt.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>Die Datei ist zu groß; ein Logo darf höchstens 1 MB haben.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>Wählen Sie ein kleineres PNG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>Ein widerrufener geheimer Schlüssel kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>Erstellen Sie stattdessen einen neuen Schlüssel (Schlüssel erneuern).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>Diese Person wurde schon eingeladen.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>Warten Sie auf die Antwort: Die Person nimmt auf der Anmeldeseite von XWMS an oder lehnt ab.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>Ein Antrag für diese Berechtigungen wartet schon.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>Warten Sie auf die Antwort des XWMS-Teams, bevor Sie erneut beantragen.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>Ihr Konto ist dafür schon Verified Partner.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>Es ist nichts weiter nötig: Sie können diese Berechtigungen nutzen.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>Dieser Client hat schon eine Rolle mit diesem Namen.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>Nutzen Sie diese Rolle, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>Das ist der Eigentümer des Clients, der alles darf.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>Es ist nichts weiter nötig; fügen Sie jemand anderen als Mitglied hinzu.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>Diese Person ist schon Mitglied des Clients.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>Für diese Person ist nichts weiter nötig.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>Das Logo muss ein PNG- oder SVG-Bild sein.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>Wählen Sie eine PNG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS hat die Anfrage als unvollständig abgelehnt.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Prüfen Sie Client-ID, Domain, geheimen Schlüssel und Callback-URL und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Prüfen Sie die Client-ID und den geheimen Schlüssel (kopieren Sie beide erneut aus dem XWMS-Dashboard) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>XWMS erlaubt dies für diesen Client oder diese Domain nicht.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>Prüfen Sie im XWMS-Dashboard unter Integrations → Domains, ob die Domain Active ist, Login und API erlaubt und diesen Schlüssel verknüpft hat.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Das gibt es bereits.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>Verwenden Sie das Vorhandene oder wählen Sie einen anderen Namen oder eine andere Adresse.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>Der Server erhält gerade zu viele Anfragen.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Der Server hat diese Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>Prüfen Sie Ihre Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>XWMS meldet: „{message}“</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: Der neue Schlüssel würde am {date} ablaufen, in %n Tag. Legen Sie ein späteres Ablaufdatum für den Schlüssel fest (etwa {suggestion}) oder keines, und erneuern Sie dann.</numerusform>
            <numerusform>secret.expires: Der neue Schlüssel würde am {date} ablaufen, in %n Tagen. Legen Sie ein späteres Ablaufdatum für den Schlüssel fest (etwa {suggestion}) oder keines, und erneuern Sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} gibt es auf diesem Server nicht, daher gibt es keinen Schlüssel zu erneuern. Legen Sie zuerst die Einrichtung an (xwms-wizard apply oder der Assistent).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>der neue Schlüssel „{label}“ (endet auf {hint}) wurde schon erstellt</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>der neue Schlüssel hat die Prüfung um {time} bestanden</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>Der neue Schlüssel hat die Prüfung nicht bestanden, daher bleibt der alte Schlüssel aktiv: Die Anmeldung funktioniert damit weiter.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Den geheimen Schlüssel erneuern</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Ein neuer Schlüssel, der funktioniert, bevor der alte aufhört.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>Der Assistent erstellt einen neuen geheimen Schlüssel neben dem jetzigen, verknüpft ihn mit Ihrer Website und prüft, dass XWMS ihn akzeptiert. Beide Schlüssel funktionieren, bis Ihr Entwickler den neuen auf Ihrer Website eingesetzt hat; dann schalten Sie den alten Schlüssel hier ab. Dabei wird niemand abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>Schlüssel &amp;erneuern</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>Der neue Schlüssel endet an einem &amp;Datum</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>Der neue Schlüssel endet an einem Datum</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>Das Ablaufdatum des neuen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>Den alten Schlüssel &amp;abschalten…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>Den alten Schlüssel abschalten, sobald Ihr Entwickler den neuen nutzt</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>Website: {site}. Jetziger Schlüssel: „{label}“.</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>Der Schlüssel wird erneuert…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ Der alte Schlüssel ist abgeschaltet; nur der neue funktioniert.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ Der neue Schlüssel funktioniert. Der alte funktioniert auch noch, bis Sie ihn abschalten: Geben Sie Ihrem Entwickler zuerst den neuen Schlüssel (die nächste Seite schreibt den Ordner dafür).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>Nutzt die Website Ihres Entwicklers schon den neuen Schlüssel? Der alte Schlüssel hört sofort auf zu funktionieren; eine Website, die ihn noch nutzt, kann niemanden mehr anmelden.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>Den alten Schlüssel abschalten?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Abschalten</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Prüfen und anlegen</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>Prüfen Sie Ihre Auswahl und legen Sie dann alles in einem Schritt an.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>Noch ist nichts angelegt. Wenn Sie auf „Alles anlegen“ klicken, legt der Assistent jeden Teil nacheinander in Ihrem XWMS-Konto an und zeigt unten jeden Fortschritt. Wenn etwas schiefgeht, beheben Sie es oder versuchen Sie es erneut: Nichts wird doppelt angelegt. Am Ende prüft der Assistent bei XWMS, ob die Anmeldung funktioniert, und zeigt Ihnen einmalig den geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>&amp;Neuen Schlüssel erstellen (der alte wird widerrufen, sobald der neue funktioniert)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>Aktuellen Schlüssel &amp;behalten; das Geheimnis bleibt aus dem Paket (Ihr Entwickler hat ihn schon)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Aktuellen Schlüssel behalten</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>Alles &amp;anlegen</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>Alles anlegen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>Ihr geheimer Schlüssel (wird einmal angezeigt)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS zeigt diesen Schlüssel nur jetzt. Ihr Entwickler braucht ihn; jeder andere, der ihn hat, könnte sich als Ihre Website ausgeben. Behandeln Sie ihn also wie ein Passwort.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Den geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Den geheimen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>der Übungsserver auf diesem Computer</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (vorhandener Client)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (neu)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>Meine Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>Sie haben Ihre Auswahl geändert: Klicken Sie auf „Meine Änderungen übernehmen“, um die Einrichtung zu aktualisieren.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Noch ist nichts angelegt.</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>Sehe nach, was XWMS schon hat…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>Prüfen und &amp;weiter</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>XWMS hat all das schon.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>Ihre Einrichtung wird angelegt…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ Alles ist eingerichtet.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ Alles war schon eingerichtet; nichts Neues wurde angelegt.</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>Wählen Sie unten, was geschehen soll, und drücken Sie dann auf Erneut versuchen.</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>Gehen Sie zurück zur Seite „{page}“, um es zu ändern, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>Ihre Auswahl geht nicht verloren: Klicken Sie auf „Erneut versuchen“, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>Angehalten bei „{step}“: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>Angehalten. Nichts geht verloren: Klicken Sie auf „Alles anlegen“, um dort weiterzumachen, wo es angehalten hat. Nichts wird doppelt angelegt.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>Der geheime Schlüssel wurde in einem früheren Durchlauf angelegt und damals angezeigt; sein Wert ist nicht auf diesem Computer. Wenn ihn niemand aufbewahrt hat, legen Sie im XWMS-Dashboard (Client Secrets) einen neuen Schlüssel an und verknüpfen Sie ihn mit der Website.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Im Schlüsselbund dieses Computers gespeichert (unter „xwms-wizard“), damit der Assistent ihn auf der nächsten Seite in den Ordner für Ihren Entwickler legen kann.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher wird der Schlüssel nur aufbewahrt, solange der Assistent geöffnet ist. Jetzt ist der Moment, ihn zu sichern: Kopieren Sie ihn in Ihren Passwort-Manager oder legen Sie ihn auf der nächsten Seite in den Ordner für Ihren Entwickler.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>Der geheime Schlüssel wurde einmal angezeigt und ist nicht mehr auf dem Bildschirm. Auf der nächsten Seite kann er in den Ordner für Ihren Entwickler.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>Den geheimen Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Kopiert. Der Assistent leert die Zwischenablage in 60 Sekunden, falls der Schlüssel dann noch darin ist.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>Grundprofil lesen</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>Name, Vor- und Nachname, E-Mail-Adresse und Foto der Person, die sich anmeldet.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>Zusätzliche Profilangaben</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>Geburtsdatum, Geschlecht, Land und verknüpfte soziale Konten.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>Adressdaten</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>Die Postadressen, die die Person in XWMS hinterlegt hat, zum Beispiel für Lieferungen oder Rechnungen. Ihre Website kann sie lesen und für die Person aktuell halten (hinzufügen, ändern, entfernen).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>Welche anderen Anmeldedienste die Person mit ihrem XWMS-Konto verknüpft hat.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Anmeldedienste lesen</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>Was darf Ihre Website lesen?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>Wählen Sie nur, was Ihre Website wirklich braucht.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>Wenn sich jemand anmeldet, teilt XWMS Ihrer Website mit, wer es ist. Jeder „Scope“ unten erlaubt Ihrer Website, eine weitere Art von Angaben über diese Person zu lesen. Fragen Sie so wenig wie möglich: Menschen vertrauen einer Website mehr, wenn sie nicht nach allem fragt, und was Ihre Website nie erhält, kann auch nicht nach außen gelangen. Für die meisten Websites genügt das Grundprofil (Name und E-Mail). Manche Scopes sind nur für Unternehmen, die XWMS geprüft hat (Verified Partner).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>Drücken Sie die Leertaste, um den gewählten Scope an- oder abzuwählen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>Die Liste der Scopes wird geladen…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (nur für Verified Partners)
{description}
Sie können sich bewerben, sobald dieser Client existiert: auf der Seite „Personen und Zugang“ des Assistenten (Eine bestehende Einrichtung prüfen oder ändern) oder im Verification Center des XWMS-Dashboards.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (für Verified Partner: Ihr Unternehmen ist einer)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Ohne Auswahl erfährt Ihre Website nur eine Nummer, die für die Person steht, nicht deren Namen oder E-Mail-Adresse. Das genügt, wenn Ihre Website nicht mehr braucht.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>Der geheime Schlüssel des Clients, „{label}“ (endet auf {hint}), wird auch mit dieser Website verknüpft; es wird kein neuer Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>Ein neuer geheimer Schlüssel wird erstellt: Diese Website hat noch keinen.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>Ein neuer geheimer Schlüssel wird erstellt, weil der alte („{label}“, Endung {hint}) widerrufen wurde.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>Ein neuer geheimer Schlüssel wird erstellt, weil der alte („{label}“, Endung {hint}) am {date} abgelaufen ist.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>Ein neuer geheimer Schlüssel wird erstellt, weil dieser Computer den Wert des aktuellen („{label}“, Endung {hint}) nicht hat. Sobald der neue Schlüssel funktioniert, wird der alte widerrufen.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>Der geheime Schlüssel der Website („{label}“, Endung {hint}) funktioniert, aber sein Wert ist nicht auf diesem Computer: Erstellen Sie einen neuen Schlüssel, oder behalten Sie diesen und lassen Sie das Geheimnis aus dem Paket weg.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>Der geheime Schlüssel „{label}“ (Endung {hint}) bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>Der geheime Schlüssel „{label}“ (Endung {hint}) bleibt, wie er ist; sein Wert ist nicht auf diesem Computer, daher lässt das Paket ihn weg.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>Name „{old}“ → „{new}“</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>Ablaufdatum {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>Der geheime Schlüssel mit der Endung {hint} ändert sich: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>Ihr neuer geheimer Schlüssel (nur einmal angezeigt)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS zeigt diesen Schlüssel nur jetzt. Ihr Entwickler braucht ihn; jeder andere, der ihn hat, könnte sich als Ihre Website ausgeben. Behandeln Sie ihn also wie ein Passwort.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Neuer geheimer Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>Den neuen geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>Den neuen geheimen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Im Schlüsselbund dieses Computers gespeichert, damit der Assistent ihn auf der nächsten Seite in den Ordner für Ihren Entwickler legen kann.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher bleibt der Schlüssel nur erhalten, solange der Assistent offen ist. Legen Sie ihn auf der nächsten Seite in den Ordner für Ihren Entwickler, oder kopieren Sie ihn jetzt in Ihren Passwortmanager.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Kopiert. Der Assistent leert die Zwischenablage in 60 Sekunden, falls der Schlüssel dann noch darin ist.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>Der geheime Schlüssel</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>Mit diesem Schlüssel beweist Ihre Website, dass sie wirklich Ihnen gehört.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>Der geheime Schlüssel ist wie ein Passwort für Ihre Website (nicht für Sie). Der Server Ihrer Website sendet ihn bei jeder Anmeldung an XWMS, damit XWMS weiß, dass die Anfrage wirklich von Ihrer Website kommt. XWMS zeigt ihn nur einmal, wenn er angelegt wird: Der Assistent zeigt ihn Ihnen nach dem Anlegen, speichert ihn im Schlüsselbund dieses Computers und kann ihn in den Ordner für Ihren Entwickler legen. Er ist mit Ihrer Website verknüpft und funktioniert daher nur dort.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>Bezeichnung des Schlüssels (optional)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Bezeichnung des Schlüssels</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>Optional. Ein Name für den Schlüssel, damit Sie Schlüssel später auseinanderhalten können, etwa „Webserver 2025“. Bleibt das Feld leer, heißt er „Standard Key“.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>Den Schlüssel an einem &amp;Datum ablaufen lassen</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>Den Schlüssel an einem Datum ablaufen lassen</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>Ein Schlüssel, der abläuft, begrenzt den Schaden, falls er je nach außen gelangt. Ihr Entwickler muss dann aber vor diesem Datum einen neuen Schlüssel einsetzen, sonst funktioniert die Anmeldung nicht mehr. Wenn Sie ein Datum wählen, enthält der Ordner für Ihren Entwickler eine Kalendererinnerung zwei Wochen vorher. Die meisten kleinen Websites lassen dies ausgeschaltet.</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>Geheimer Schlüssel aus dem Dashboard</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>geheimen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>Das XWMS-Dashboard zeigt einen neuen geheimen Schlüssel nur einmal. Kopieren Sie ihn dort und fügen Sie ihn hier ein: Der Assistent speichert ihn im Schlüsselbund dieses Computers (nie in einer Datei) und verwendet ihn für die Prüfung und für den Ordner für Ihren Entwickler.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ Der geheime Schlüssel ist im Schlüsselbund dieses Computers. Fügen Sie hier nur einen Schlüssel ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>Fügen Sie hier den geheimen Schlüssel ein, sobald das Dashboard ihn zeigt.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>Der Schlüssel wird mit {domain} verknüpft: Ihre Website kann ihn dort verwenden und nirgendwo sonst.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>er läuft nicht ab</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>er funktioniert ab dem {date} nicht mehr</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>Sein Wert ist im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>Sein Wert ist nicht auf diesem Computer; die Prüfseite fragt, was geschehen soll.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>Diese Website hat schon einen Schlüssel: „{label}“, Endung {hint}; {expiry}. {where} Ändern Sie hier Name oder Ablaufdatum, um diesen Schlüssel zu ändern; sonst geschieht nichts mit ihm.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>Dieses XWMS-Konto hat den kostenlosen Tarif. Clients (was eine Website für „Mit XWMS anmelden“ braucht) gibt es mit einem kostenpflichtigen Konto: Stufen Sie das Konto im XWMS-Dashboard hoch und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>Serveradresse: Das ist keine Webadresse. Geben Sie sie etwa so ein: https://xwms.beispiel.de oder http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>XWMS-API-Adresse: Das ist keine Webadresse. Geben Sie sie etwa so ein: {url}, oder lassen Sie die Standardadresse stehen.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>XWMS-API-Adresse: Sie muss mit https:// beginnen (http:// ist nur für einen Testserver auf diesem Computer), weil die Prüfung Ihren geheimen Schlüssel dorthin sendet.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>Der Übungsmodus konnte nicht starten: Der Übungsserver ist auf diesem Computer nicht gestartet. {why} Klicken Sie auf „Erneut versuchen“; wenn es weiter fehlschlägt, starten Sie den Computer neu oder wählen Sie auf der ersten Seite einen eigenen Server.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>E-Mail: Geben Sie die E-Mail-Adresse ein, mit der Sie sich bei XWMS anmelden.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>Passwort: Geben Sie Ihr XWMS-Passwort ein.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>Passwort: Die Anmeldung, die dieser Computer für {email} aufbewahrt hat, ist abgelaufen. Geben Sie Ihr XWMS-Passwort ein, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client-ID: Fügen Sie zuerst die Client-ID auf der Seite „Client“ ein; der geheime Schlüssel wird darunter gespeichert.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>Der Modus für Ihr echtes XWMS-Konto ist nicht gewählt: Gehen Sie zurück zur ersten Seite und wählen Sie ihn.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>Geheimer Schlüssel: Der Assistent hat keinen geheimen Schlüssel für diese Client-ID. Gehen Sie zurück zur Seite „Geheimer Schlüssel“ und fügen Sie den Schlüssel aus dem XWMS-Dashboard ein.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>Nicht geprüft: Der Assistent konnte XWMS unter {host} vom Computer des Inhabers aus nicht erreichen, daher hat noch niemand bestätigt, dass diese Einstellungen funktionieren</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>Ordner: In {folder} gibt es keine lesbare {name}. Wählen Sie den Ordner, den der Assistent für Ihren Entwickler geschrieben hat (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>Melden Sie sich zuerst an: Gehen Sie zurück zur Seite „Konto“.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>XWMS-Einrichtungsassistent</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>XWMS einrichten</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>Der Client „{client}“ für die Website {domain} wurde gerade eingerichtet{where}. Setzen Sie fort, um die fehlenden Teile fertigzustellen; nichts wird doppelt angelegt. Beginnen Sie neu, um dies zu verwerfen und eine neue Einrichtung zu starten.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (angehalten bei: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>Der Assistent arbeitet noch. Wenn Sie jetzt schließen, hält er sicher an; beim nächsten Öffnen bietet er an, dort weiterzumachen, wo er angehalten hat, und nichts wird doppelt angelegt.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher existiert der geheime Schlüssel nur in diesem Fenster. Wenn Sie jetzt schließen, ohne das Paket (mit dem Schlüssel) zu exportieren, ist er verloren und Sie müssen einen neuen anlegen.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>abgelaufen am {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>läuft morgen ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>läuft in %n Tag ab ({date})</numerusform>
            <numerusform>läuft in %n Tagen ab ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>nicht geprüft: Die Website hat keinen funktionierenden Schlüssel</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>nicht geprüft: Der Wert des Schlüssels ist nicht auf diesem Computer (prüfen Sie mit `xwms-wizard verify` dort, wo die .env liegt)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>nicht geprüft: Die Website hat keine Callback-URL</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site} hat keinen geheimen Schlüssel, daher kann sich dort noch niemand anmelden.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>Der Schlüssel „{label}“ von {site} wurde widerrufen, und die Website hat keinen anderen: Die Anmeldung dort funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>Der Schlüssel „{label}“ von {site} ist am {date} abgelaufen: Die Anmeldung dort funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>Der Schlüssel „{label}“ von {site}: {expiry}. Dann funktioniert die Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS hat die Anmeldeprüfung für {site} abgelehnt: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Ihre Einrichtung</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Wie es um Ihre Anmeldung mit XWMS steht und was Sie jetzt tun können.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>Wählen Sie den Client, den Sie ansehen möchten. Der Assistent liest ihn aus XWMS und versucht für jede Website eine Anmeldung mit dem geheimen Schlüssel, den dieser Computer aufbewahrt (niemand wird angemeldet, und nichts ändert sich). Was Aufmerksamkeit braucht, steht oben, jeweils mit der Lösung.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>Client zum Ansehen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>Wie es um die Einrichtung steht</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>Schlüssel &amp;erneuern…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Den geheimen Schlüssel ohne Unterbrechung erneuern</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>Diese Einrichtung ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>Die Websites, Schalter oder Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>Einen Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>Einen durchgesickerten geheimen Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Personen und Zugang…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Wer sich angemeldet hat, Tester, Verified Partner und Mitglieder</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Ihre Clients werden gelesen…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>Dieses Konto hat noch keine Clients. Gehen Sie zurück zur ersten Seite und wählen Sie „Anmeldung mit XWMS einrichten“, um einen anzulegen.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>{name} wird bei XWMS geprüft…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ Alles in Ordnung: Jede Website funktioniert, und kein Schlüssel läuft in den nächsten 30 Tagen ab.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Braucht Ihre Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>„{label}“ (endet auf {hint}): {expiry}; genutzt von {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>keine Website</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>nur die XWMS-Nummer der Person</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Darf lesen</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Geheime Schlüssel</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>Anmeldung {login}, API {api}, {active}, Testmodus {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Die Anmeldung funktioniert: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Die Anmeldung funktioniert nicht: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Kommt zurück zu: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>Beheben Sie, was XWMS nennt, oder wählen Sie Diese Einrichtung ändern.</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>Wählen Sie Diese Einrichtung ändern: Der Assistent erstellt und verknüpft einen Schlüssel.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>Wählen Sie Schlüssel erneuern: Ein neuer Schlüssel funktioniert, bevor der alte aufhört.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>Den Schlüssel „{label}“ (endet auf {hint}) widerrufen? Er hört sofort auf zu funktionieren: Die Anmeldung auf {sites} funktioniert nicht mehr, bis ein neuer Schlüssel verknüpft ist und Ihr Entwickler ihn hat. Wählen Sie danach Schlüssel erneuern oder Diese Einrichtung ändern, um einen neuen zu erstellen.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Diesen Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>Der Schlüssel wird widerrufen…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>Ihre Einrichtung</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>Personen und Zugang</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Meine Einrichtung prüfen</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (aktueller Schritt)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>Den Client anlegen</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>Die Website (Domain) hinzufügen</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>Das Logo hochladen</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Die Callback-URL registrieren</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>Festlegen, was die Website lesen darf (Scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Den geheimen Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>Den Schlüssel mit der Website verknüpfen</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>Prüfen, ob alles funktioniert</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>Den alten geheimen Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>Den Client und die Website suchen</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Beantragen, Verified Partner zu werden</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>Die Mitglieder einladen</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>ein leerzeichenähnliches Zeichen</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>ein unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>geben Sie einen Namen als Text ein, etwa „meinefirma-website“.</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>Versuchen Sie {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>bitte geben Sie einen Namen für diese Verbindung ein, etwa „meinefirma-website“.</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name} enthält Großbuchstaben. Verwenden Sie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name} enthält Leerzeichen. Setzen Sie stattdessen Bindestriche zwischen die Wörter.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name} enthält {character}. Verwenden Sie nur Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name} muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} ist zu kurz. Verwenden Sie mindestens {least} Zeichen.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>der Name ist {length} Zeichen lang; höchstens {most} sind erlaubt. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>Sie haben bereits einen Client namens {name}. Wählen Sie ihn aus der Liste der vorhandenen Clients, um ihn zu ergänzen, oder wählen Sie einen anderen Namen, etwa {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>Sie haben bereits einen Client namens {name}. Wählen Sie ihn aus der Liste der vorhandenen Clients, um ihn zu ergänzen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>verwenden Sie nur Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host} enthält Zeichen, die nicht in einer Webadresse stehen können.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host} hat einen leeren Teil (zwei Punkte hintereinander oder ein Punkt am Anfang).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>der Teil {part} ist kein gültiger internationaler Name.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host} enthält {character}. Eine Webadresse hat nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>der Teil {part} beginnt oder endet mit einem Bindestrich; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>der Teil {part} kann nicht in einer Webadresse stehen.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>der Teil {part} ist {length} Zeichen lang; jeder Teil zwischen Punkten darf höchstens {most} haben.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>wir konnten in {text} keine Website-Adresse lesen.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>wir konnten in {text} keine Website-Adresse finden.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>geben Sie die Adresse als Text ein, etwa beispiel.de.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>bitte geben Sie die Adresse Ihrer Website ein, etwa beispiel.de.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text} enthält {character}. Geben Sie die Adresse ohne dieses Zeichen ein.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} sieht wie eine E-Mail-Adresse aus. Geben Sie stattdessen die Adresse Ihrer Website ein, etwa beispiel.de.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>Geben Sie nur die Adresse ein, etwa beispiel.de.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} ist eine IP-Adresse, keine Website-Adresse. Geben Sie hier den Namen Ihrer Website ein (etwa beispiel.de) und tragen Sie die IP-Adresse im Feld IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>Geben Sie eine Adresse wie beispiel.de ein.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>„localhost“ bedeutet dieser Computer, keine Website. Geben Sie die Adresse Ihrer Website ein, etwa beispiel.de; um auf diesem Computer zu testen, schalten Sie den Testmodus ein und verwenden Sie eine localhost-Callback-URL.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} ist keine vollständige Website-Adresse. Ergänzen Sie die Endung, etwa {name}.com oder {name}.de.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} endet mit einer Zahl. Eine Website-Adresse endet mit einem Namen, etwa .com oder .de; eine IP-Adresse gehört in das Feld IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>die Adresse ist {length} Zeichen lang; höchstens {most} sind erlaubt. Prüfen Sie, ob Sie nur die Adresse Ihrer Website eingegeben haben.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>Wir haben {text} in {value} geändert.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} ist eine internationale Adresse; sie wird als {value} gespeichert, in der Form, die das Internet verwendet.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>meinten Sie {hint}? Die Hauptdomain ist meist die Adresse ohne „www.“; die Callback-URL kann trotzdem auf www liegen.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>Geben Sie einen Namen ein, etwa den Namen Ihres Geschäfts.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>ein Name braucht Buchstaben, nicht nur Ziffern. Geben Sie einen Namen mit Buchstaben von a bis z ein, etwa den Namen Ihres Geschäfts.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>der Assistent kann aus {text} keinen Namen machen. Geben Sie einen Namen mit Buchstaben von a bis z ein, etwa den Namen Ihres Geschäfts.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>Schreiben Sie weiter: Ein Name braucht mindestens {least} Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>Ein Name beginnt mit einem Buchstaben, deshalb hat der Assistent {part} am Anfang weggelassen.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>Ihre Website-Adresse ist {root}. Ihre Website öffnet sich unter {site}, deshalb bleibt die Callback-URL dort.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>Der Assistent behält nur die Website-Adresse; {path} wird hier nicht gebraucht. Ihre Anmeldeseite kann trotzdem überall auf Ihrer Website sein.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>geben Sie nur eine Adresse ein: die, von der aus Ihr Server XWMS aufruft.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>geben Sie die Adresse als Text ein, etwa 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text} enthält {character}. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} ist ein Adressbereich. Geben Sie die eine Adresse Ihres Servers ein, ohne den Teil mit „/“.</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>geben Sie die Adresse ohne den Teil „%{zone}“ ein.</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>Wir haben die eckigen Klammern entfernt: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text} enthält eine Portnummer. Geben Sie die Adresse ohne „:Port“ ein.</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} ist keine IP-Adresse. Eine IP-Adresse sieht aus wie 203.0.113.10 (oder bei IPv6 wie 2001:db8::10); Ihr Hosting-Anbieter nennt Ihnen Ihre.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>Wir haben {text} in {value} geändert, dieselbe Adresse in ihrer üblichen Form.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>Wir haben {text} in der üblichen Form geschrieben: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} ist nicht die Adresse eines einzelnen Computers. Geben Sie die öffentliche IP-Adresse Ihres Servers ein.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} bedeutet „dieser Computer selbst“. XWMS sieht die öffentliche Adresse Ihres Servers, Anfragen würden also abgelehnt; verwenden Sie die öffentliche IP-Adresse Ihres Servers.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} funktioniert nur innerhalb eines lokalen Netzwerks. XWMS sieht die öffentliche Adresse Ihres Servers, Anfragen würden also abgelehnt; verwenden Sie die öffentliche IP-Adresse Ihres Servers.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} ist eine private oder reservierte Adresse, keine öffentliche. XWMS sieht die öffentliche Adresse Ihres Servers, Anfragen würden also abgelehnt; verwenden Sie die öffentliche IP-Adresse Ihres Servers (Ihr Hosting-Anbieter nennt sie Ihnen).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>wir konnten {url} nicht als Webadresse lesen. Prüfen Sie sie.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>nach {scheme}:// fehlt der Website-Teil.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>geben Sie die Adresse als Text ein.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>bitte geben Sie die vollständige Adresse ein, etwa {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>die Adresse enthält {character}. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>die Adresse ist {length} Zeichen lang; höchstens {most} sind erlaubt.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>Platzhalter („*“) sind nicht erlaubt: XWMS vergleicht die Adresse genau. Geben Sie die eine vollständige Adresse ein, die Ihre Website verwendet.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>die Adresse muss mit https:// beginnen. Zum Beispiel {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>die Adresse enthält {character}, das in einer Webadresse nicht stehen kann.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>entfernen Sie den Teil ab „#“. XWMS hängt den Anmeldecode an die Adresse an, und ein Teil mit „#“ würde ihn vor Ihrer Website verbergen.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>auf ein „%“ müssen zwei Hexadezimalziffern folgen (etwa %20). Prüfen Sie es.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>die Adresse muss mit https:// beginnen, nicht mit {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>entfernen Sie den Benutzernamen oder das Passwort (den Teil vor „@“). Schreiben Sie nie ein Passwort in eine Adresse.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>die Portnummer (nach „:“) muss eine Zahl von 1 bis 65535 sein oder wegfallen.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>entfernen Sie den Punkt am Ende des Website-Teils der Adresse.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>Adressen auf diesem Computer (localhost) funktionieren nur im Testmodus. Schalten Sie den Testmodus für diese Domain ein oder verwenden Sie eine Adresse auf Ihrer Website.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>verwenden Sie in der Adresse den Namen Ihrer Website, keine IP-Adresse, etwa {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>verwenden Sie in der Adresse den Namen Ihrer Website, keine IP-Adresse.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>der Website-Teil ist länger als {most} Zeichen.</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>füllen Sie zuerst eine gültige Website-Adresse (Hauptdomain) aus; diese Adresse muss darauf liegen.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} liegt nicht auf Ihrer Website {root}. Verwenden Sie eine Adresse auf {domain} oder einer ihrer Subdomains, etwa {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>verwenden Sie https:// (eine sichere Adresse). Einfaches http:// funktioniert nur für localhost im Testmodus.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>gespeichert als {url}: dieselbe Adresse, mit dem internationalen Namen so geschrieben, wie XWMS ihn speichert. Ihre Website darf beide Schreibweisen senden.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>sie enthält Großbuchstaben am Anfang. XWMS vergleicht die Adresse genau, Ihre Website muss sie also genau so geschrieben senden.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>geben Sie es als Text ein.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>es enthält {character}. Schreiben Sie es in eine Zeile.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>es ist {length} Zeichen lang; höchstens {most} sind erlaubt. Kürzen Sie es.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>kein PNG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>wählen Sie die Bilddatei erneut.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>der Dateiname enthält ein unsichtbares Zeichen. Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>wir finden die Datei {file} nicht. Wählen Sie das Bild erneut.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} ist ein Ordner, kein Bild. Wählen Sie die Bilddatei.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>das Bild hat {size} MB; höchstens 1 MB ist erlaubt. Speichern Sie eine kleinere Version (ein Logo mit 512 × 512 Pixeln reicht völlig).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>die Datei {file} ist leer. Wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>wir konnten {file} nicht öffnen. Prüfen Sie, ob Sie die Datei lesen dürfen, oder kopieren Sie sie in Ihren Ordner Dokumente und wählen Sie sie dort.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>die Datei {file} ist {kind}. XWMS nimmt PNG- oder SVG-Bilder: Speichern Sie Ihr Logo als PNG und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} ist kein Datum, das wir lesen können. Schreiben Sie es als Jahr-Monat-Tag, etwa {year}-12-31, oder lassen Sie es leer für einen Schlüssel, der nicht abläuft.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>schreiben Sie das Datum als Jahr-Monat-Tag, etwa 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} ist heute. Wählen Sie ein Datum nach heute oder lassen Sie es leer für einen Schlüssel, der nicht abläuft.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} ist schon vorbei. Wählen Sie ein Datum nach heute oder lassen Sie es leer für einen Schlüssel, der nicht abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>der Schlüssel funktioniert in %n Tag nicht mehr ({date}). Ihr Entwickler muss ihn vorher ersetzen; ein späteres Datum gibt mehr Zeit.</numerusform>
            <numerusform>der Schlüssel funktioniert in %n Tagen nicht mehr ({date}). Ihr Entwickler muss ihn vorher ersetzen; ein späteres Datum gibt mehr Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>fügen Sie den Schlüssel als Text ein.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>es wurde nichts eingefügt. Kopieren Sie den Schlüssel aus dem XWMS-Dashboard und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>was Sie eingefügt haben, geht über mehr als eine Zeile, ist also mehr als der Schlüssel. Kopieren Sie nur den Schlüssel selbst aus dem XWMS-Dashboard und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>was Sie eingefügt haben, enthält ein unsichtbares Zeichen (etwa einen Tabulator). Kopieren Sie nur den Schlüssel selbst aus dem XWMS-Dashboard und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>er enthält ein Leerzeichen. Schlüssel haben keine; prüfen Sie, ob Sie nur den Schlüssel kopiert haben.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>fügen Sie die {label} als Text ein.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>bitte fügen Sie die {label} ein, die das XWMS-Dashboard dafür anzeigt.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>sie enthält {character}. Kopieren Sie nur die {label} selbst aus dem XWMS-Dashboard und fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>was Sie eingefügt haben, ist {length} Zeichen lang, viel länger als eine {label}. Kopieren Sie nur die ID selbst und fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>geben Sie die Scopes als Liste an, etwa [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>ein Wert, der kein Text ist</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} ist kein Scope-Name. Scope-Namen sind kurze Wörter in Kleinbuchstaben, etwa „profile“ oder „userinfo“.</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>fehlt. Tragen Sie die E-Mail-Adresse ein, die die Person für ihr XWMS-Konto nutzt.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} ist keine E-Mail-Adresse. Schreiben Sie sie wie name@example.com: die Adresse, die die Person für ihr XWMS-Konto nutzt.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} ist keine Rolle, die der Assistent kennt. Verwenden Sie eine davon: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>leer. Nennen Sie die Scopes, die Sie beantragen, etwa scopes = [&quot;payments&quot;], oder entfernen Sie den Abschnitt [verification].</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} steht im Plan nicht in keys unter [scopes]. Tragen Sie ihn dort auch ein: Der Antrag gilt für Scopes, die die Website nutzen wird.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes} braucht keinen Verified Partner: Jeder darf ihn nutzen. Beantragen Sie nur {locked}, oder entfernen Sie den Abschnitt [verification].</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} kann nur von einem Verified Partner genutzt werden, und dieses Konto ist noch keiner. Fügen Sie einen Abschnitt [verification] mit scopes = [{first}] und Notizen dazu hinzu, wofür Ihre Website ihn nutzt, oder lassen Sie ihn vorerst aus [scopes] weg.</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>dieser Server bietet {unknown} nicht an. Die Scopes, die er anbietet, sind: {known}. Ändern Sie die Liste im Plan (oder lassen Sie sie leer).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>„Mit XWMS anmelden“ einrichten</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>Machen Sie Ihre Website in wenigen Schritten bereit für „Mit XWMS anmelden“.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS ist ein Anmeldedienst: Menschen melden sich auf Ihrer Website mit ihrem XWMS-Konto an statt mit einem neuen Passwort. Dazu muss XWMS Ihre Website kennen. Dieser Assistent meldet Ihre Website Schritt für Schritt bei XWMS an und prüft am Ende, ob alles zusammenpasst.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>Dieser Assistent legt alles an, was XWMS für Ihre Website braucht: einen Client (so nennt XWMS die Verbindung zu Ihrer Website), die Adresse Ihrer Website, was Ihre Website über die angemeldeten Personen lesen darf, und einen geheimen Schlüssel. Danach schreibt er einen Ordner für Ihren Entwickler mit allem, was er zum Einbau der Anmeldeschaltfläche braucht.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>Was Sie brauchen: die Adresse Ihrer Website (etwa beispiel.de). Für Ihre echte Website brauchen Sie außerdem ein kostenpflichtiges XWMS-Konto. Möchten Sie zuerst sehen, wie es funktioniert? Wählen Sie „Üben“: Es wird nichts Echtes verändert.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>Wo möchten Sie es einrichten?</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>Anmeldung &amp;mit XWMS für eine Website einrichten</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>Anmeldung mit XWMS für eine Website einrichten</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>Eine bestehende Einrichtung prüfen oder ä&amp;ndern (Schlüssel erneuern, Website hinzufügen …)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>Eine bestehende Einrichtung prüfen oder ändern</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>Auf diesem Computer &amp;üben (hier beginnen)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>Auf diesem Computer üben</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>Auf diesem Computer läuft ein XWMS-Übungsserver. Alles funktioniert wie echt: Probieren Sie jeden Schritt gefahrlos aus.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>Mein &amp;echtes XWMS-Konto (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>Mein echtes XWMS-Konto</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>Für Ihre echte Website. Der Assistent zeigt Ihnen Schritt für Schritt, worauf Sie im XWMS-Dashboard klicken, und prüft dann bei XWMS, ob alles funktioniert. Sie brauchen ein kostenpflichtiges XWMS-Konto.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>Ein eigener &amp;Server</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>Ein eigener Server</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>Ein XWMS-Übungs- oder Verwaltungsserver an anderer Stelle. Ihr Entwickler nennt Ihnen die Adresse.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>etwa https://xwms.beispiel.de</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>Die Webadresse des Servers, den Ihr Entwickler eingerichtet hat, etwa https://xwms.beispiel.de oder http://127.0.0.1:8765. Der Assistent hängt /api/ an, falls es fehlt.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Sprache des Assistenten</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>Serveradresse: Geben Sie die Adresse ein, die Ihr Entwickler Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>Der Assistent verwendet {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>den Client-Namen</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>die Root-Domain</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>die IP-Adresse des Servers</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>den internen Namen</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>die Einstellung Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>die Einstellung Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>die Einstellung Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>die Einstellung Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>die Einstellung Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>die Fallback-URL</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>die Callback-URL</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>das Logo</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>die Scopes</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>den Namen des Schlüssels</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>das Ablaufdatum</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>den zu verknüpfenden geheimen Schlüssel</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>Teil {number} von {total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(leer lassen)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>{field} kopieren</translation>
    </message>
</context>
</TS>
