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
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Use lowercase letters, digits and hyphens, such as “my-bakery-shop”. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS nennt jede Website oder App, die „Mit XWMS anmelden“ nutzt, einen „Client“. Der Name ist für Sie und Ihren Entwickler, damit Sie Ihre Clients auseinanderhalten können; Besucher sehen ihn nicht. Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, etwa „meine-baeckerei“. Haben Sie für diese Website schon einen Client angelegt, wählen Sie ihn stattdessen aus der Liste: Der Assistent ergänzt ihn dann.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Clients</translation>
    </message>
    <message>
        <source>such as my-bakery-shop</source>
        <translation>etwa meine-baeckerei</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name: the wizard suggests a name XWMS accepts, and you can use it with one click.</source>
        <translation>Geben Sie irgendetwas ein, etwa den Namen Ihres Geschäfts: Der Assistent schlägt einen Namen vor, den XWMS akzeptiert, und Sie übernehmen ihn mit einem Klick.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>Client-Na&amp;me:</translation>
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
        <source>Make a new client</source>
        <translation>Neuen Client anlegen</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client-ID {client_id})</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>Der Assistent fügt Ihre Website dem vorhandenen Client „{name}“ hinzu. Was darin bereits steht, wird nicht entfernt.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Dieses Konto hat noch keine Clients.</translation>
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
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address and the page on it that receives people after they log in (the callback URL). The switches say what the website may do. The suggested settings are right for most websites.</source>
        <translation>XWMS schickt Menschen nur zu Websites zurück, die es kennt. Hier teilen Sie XWMS die Adresse Ihrer Website mit und die Seite darauf, auf der Menschen nach der Anmeldung landen (die Callback-URL). Die Schalter legen fest, was die Website darf. Die vorgeschlagenen Einstellungen passen für die meisten Websites.</translation>
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
        <source>Your website&apos;s address without https:// and without anything after it, such as example.com. Login works on this address and its subdomains (such as shop.example.com). You can paste a full address: the wizard keeps only the part it needs and tells you.</source>
        <translation>Die Adresse Ihrer Website ohne https:// und ohne etwas dahinter, etwa beispiel.de. Die Anmeldung funktioniert auf dieser Adresse und ihren Subdomains (etwa shop.beispiel.de). Sie können auch eine vollständige Adresse einfügen: Der Assistent behält nur den nötigen Teil und zeigt Ihnen, was er geändert hat.</translation>
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
        <source>More options</source>
        <translation>Weitere Optionen</translation>
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
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Senden Sie Ihrem Entwickler die ZIP-Datei &lt;b&gt;{zip}&lt;/b&gt; (oder den Ordner {folder}).</translation>
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
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can use the folder to try the login on their own computer. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Das war ein Übungsdurchlauf: Alles wurde auf dem Übungsserver auf diesem Computer angelegt, nicht bei XWMS. Ihr Entwickler kann mit dem Ordner die Anmeldung auf seinem eigenen Computer ausprobieren. Für Ihre echte Website starten Sie den Assistenten erneut mit Ihrem XWMS-Konto.</translation>
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
        <source>✓ Written to {path}</source>
        <translation>✓ Geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>ZIP-Datei: {path}</translation>
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
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
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
        <source>Where</source>
        <translation>Wo</translation>
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
        <source>Read, add, change and remove the person&apos;s postal addresses.</source>
        <translation>Die Postadressen der Person lesen, hinzufügen, ändern und entfernen.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Anmeldedienste lesen</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked. Needs a Verified Partner.</source>
        <translation>Welche anderen Anmeldedienste die Person verknüpft hat. Nur für Verified Partner.</translation>
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
        <source>{title}  (needs a Verified Partner)
{description}
Only businesses that XWMS has verified can use this. Apply in the Verification Center of the XWMS dashboard first.</source>
        <translation>{title}  (nur für Verified Partner)
{description}
Nur Unternehmen, die XWMS geprüft hat, können dies nutzen. Beantragen Sie es zuerst im Verification Center des XWMS-Dashboards.</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Ohne Auswahl erfährt Ihre Website nur eine Nummer, die für die Person steht, nicht deren Namen oder E-Mail-Adresse. Das genügt, wenn Ihre Website nicht mehr braucht.</translation>
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
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>Der Schlüssel wird mit {domain} verknüpft: Ihre Website kann ihn dort verwenden und nirgendwo sonst.</translation>
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
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <source>Not available in this version yet. A later version guides you through the XWMS dashboard and checks the result. Until then, try Practice, or ask your developer about a custom server.</source>
        <translation>In dieser Version noch nicht verfügbar. Eine spätere Version führt Sie durch das XWMS-Dashboard und prüft das Ergebnis. Probieren Sie bis dahin „Üben“ aus oder fragen Sie Ihren Entwickler nach einem eigenen Server.</translation>
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
</TS>
