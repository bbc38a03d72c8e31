<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>Je XWMS-account</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>De wizard werkt voor je in je XWMS-account, zoals jij dat zelf in het XWMS-dashboard zou doen. Bij Oefenen gebruikt hij een demo-account op de oefenserver; je hoeft dus niets in te typen. Bij een eigen server log je in met het e-mailadres en wachtwoord van je account op die server. De wizard bewaart die inlog in de sleutelhanger van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>Bij Oefenen start de wizard een kleine XWMS-server op deze computer en logt hij in op het demo-account daarvan (owner@example.com). Wat je daar aanmaakt, blijft op deze computer staan, zodat je er later op terug kunt komen.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>jij@voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>Log in op je account op die server.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>Het oefenaccount logt vanzelf in.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>E-mail: dit is nog geen e-mailadres (er ontbreekt een @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>De oefenserver starten en inloggen…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Inloggen bij {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ Ingelogd als {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ Ingelogd op het oefenaccount.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>Gestopt. Klik op Opnieuw proberen om in te loggen, of ga Terug om een andere manier te kiezen.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>Stop waar de wizard mee bezig is</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>Geef de client een naam</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>Een client is de koppeling tussen je website en XWMS.</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Use lowercase letters, digits and hyphens, such as “my-bakery-shop”. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS noemt elke website of app die Inloggen met XWMS gebruikt een “client”. De naam is voor jou en je ontwikkelaar, zodat jullie je clients uit elkaar kunnen houden; bezoekers zien hem niet. Gebruik kleine letters, cijfers en streepjes, zoals “mijn-bakkerij”. Heb je voor deze website al een client gemaakt? Kies die dan uit de lijst: de wizard vult hem dan aan.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Naam van de client</translation>
    </message>
    <message>
        <source>such as my-bakery-shop</source>
        <translation>bijvoorbeeld mijn-bakkerij</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name: the wizard suggests a name XWMS accepts, and you can use it with one click.</source>
        <translation>Typ wat je wilt, bijvoorbeeld de naam van je winkel: de wizard stelt een naam voor die XWMS accepteert, en die neem je met één klik over.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>Client&amp;naam:</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>Een bestaande client gebruiken</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>Bestaande clients</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>Clients die je eerder in dit account hebt gemaakt. Kies er een om deze website eraan toe te voegen (bijvoorbeeld een tweede adres van dezelfde winkel). Kies “Nieuwe client maken” om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>Of &amp;gebruik:</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>Nieuwe client maken</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>De wizard voegt je website toe aan de bestaande client “{name}”. Wat daar al in staat, blijft staan.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Dit account heeft nog geen clients.</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your website</source>
        <translation>Je website</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Waar mensen gaan inloggen met XWMS.</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address and the page on it that receives people after they log in (the callback URL). The switches say what the website may do. The suggested settings are right for most websites.</source>
        <translation>XWMS stuurt mensen alleen terug naar websites die het kent. Hier vertel je XWMS het adres van je website en de pagina waar mensen na het inloggen op terechtkomen (de callback-URL). Met de schakelaars bepaal je wat de website mag. De voorgestelde instellingen kloppen voor de meeste websites.</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Websiteadres (hoofddomein)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>&amp;Websiteadres:</translation>
    </message>
    <message>
        <source>Your website&apos;s address without https:// and without anything after it, such as example.com. Login works on this address and its subdomains (such as shop.example.com). You can paste a full address: the wizard keeps only the part it needs and tells you.</source>
        <translation>Het adres van je website zonder https:// en zonder iets erachter, bijvoorbeeld voorbeeld.nl. Inloggen werkt op dit adres en op de subdomeinen ervan (zoals winkel.voorbeeld.nl). Je mag ook een volledig adres plakken: de wizard houdt alleen het deel dat nodig is en laat je zien wat hij heeft aangepast.</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>IP-adres van de server (optioneel)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>Server-&amp;IP-adres:</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>Optioneel. Het internetadres van de server waarop je website draait, bijvoorbeeld 203.0.113.10. Vul je het in, dan accepteert XWMS verzoeken voor deze website alleen vanaf die server; een gestolen sleutel is dan elders waardeloos. Je hostingbedrijf kan je het adres geven. Weet je het niet zeker, laat het dan leeg.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>Interne naam (optioneel)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>Inte&amp;rne naam:</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>Optioneel. Een naam die alleen jij ziet in het XWMS-dashboard, zoals “Hoofdwinkel” of “Testsite”, om je websites uit elkaar te houden.</translation>
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
        <translation>Na het inloggen stuurt XWMS de bezoeker terug naar deze pagina van je website, samen met een inlogcode die één keer werkt. De code van je ontwikkelaar pakt die daar op. De wizard vult het gebruikelijke adres in; verander het alleen als je ontwikkelaar om een ander adres vraagt. Het moet precies zo geschreven zijn als je website het gebruikt.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>Instellingen voor deze website</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>Inloggen toe&amp;staan: mensen kunnen inloggen op deze website</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>Moet aan staan, anders werkt de knop “Inloggen met XWMS” niet op deze website. Zet het alleen uit om inloggen een tijdje te stoppen.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>&amp;API toestaan: je website mag XWMS om gegevens vragen</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>Hiermee kan de server van je website XWMS meer vragen over iemand die is ingelogd (zoals het adres, als je dat op de volgende pagina toestaat). Laat het aan staan, tenzij je ontwikkelaar zegt dat het niet nodig is.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>Acti&amp;ef: XWMS accepteert deze website</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>Staat dit uit, dan weigert XWMS alles voor deze website, alsof hij niet bestaat. Laat het aan staan.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>&amp;Primair: dit is de hoofdwebsite van de client</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>Een client kan meerdere websites hebben. De primaire is het hoofdadres en staat bovenaan in het dashboard. Laat het aan staan voor je eerste website.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>Test&amp;modus: dit is niet de echte website</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>Zet dit aan voor een testversie van je website of voor de computer van je ontwikkelaar (adressen die met http://localhost beginnen werken dan ook). Laat het uit voor de website die je bezoekers gebruiken.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Meer &amp;opties</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Meer opties</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>Fallback-URL (optioneel)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>Fallbac&amp;k-URL:</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>Optioneel. Waar XWMS mensen naartoe stuurt als er bij het inloggen iets misgaat (bijvoorbeeld als ze annuleren), zoals je homepage. Hiervoor gelden dezelfde regels als voor de callback-URL. Leeg: XWMS toont dan een eigen melding.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Logobestand (optioneel)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Het logobestand kiezen</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>Optioneel. Je logo, dat op de inlogpagina van XWMS verschijnt, zodat mensen zien dat ze inloggen op jouw website. Een PNG- of SVG-afbeelding van maximaal 1 MB.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>Met Inloggen toestaan uit kan niemand inloggen op deze website.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>Met Actief uit weigert XWMS alles voor deze website.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>Geef het nu door aan je ontwikkelaar.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>Jouw deel is klaar. Je ontwikkelaar zet de knop “Inloggen met XWMS” op je website met de map die de wizard heeft gemaakt. Het bestand HANDOFF.md daarin legt elke stap uit, inclusief een controle die je ontwikkelaar vanaf je server kan uitvoeren.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Stuur je ontwikkelaar het zip-bestand &lt;b&gt;{zip}&lt;/b&gt; (of de map {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Stuur je ontwikkelaar de map &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>De geheime sleutel zit erin, dus verstuur het veilig: via een gedeelde wachtwoordmanager of een versleutelde link, niet als gewone bijlage in een e-mail. Verwijder je eigen kopie zodra je ontwikkelaar het heeft.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>Hij staat in de sleutelhanger van deze computer onder “xwms-wizard”.</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>Je hebt hem gekopieerd op de pagina Controleren.</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>De geheime sleutel zit niet in de map. Geef hem apart aan je ontwikkelaar, op een andere manier dan de map: lees hem voor aan de telefoon, of deel hem via een wachtwoordmanager. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>Je ontwikkelaar volgt HANDOFF.md in de map. Werkt het inloggen op je website, dan ben je klaar.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can use the folder to try the login on their own computer. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Dit was een oefenronde: alles is aangemaakt op de oefenserver op deze computer, niet bij XWMS. Je ontwikkelaar kan met de map het inloggen op de eigen computer uitproberen. Doorloop de wizard voor je echte website opnieuw met je XWMS-account.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische details tonen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>Er ging iets onverwachts mis. Probeer het opnieuw; blijft het gebeuren, dan helpen de details hieronder een ontwikkelaar de oorzaak te vinden.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>De map voor je ontwikkelaar</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>Alles wat je ontwikkelaar nodig heeft, in één map.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>De wizard maakt een map (de overdrachtsmap) met de instellingen die je ontwikkelaar nodig heeft: een .env-bestand met de Client ID, de website, de callback-URL en het API-adres, een HANDOFF.md met uitleg, en een veilige kopie zonder de geheime sleutel die in de code mag blijven staan. Deze map stuur je naar je ontwikkelaar.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>De map opslaan in</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>Kies waar de map wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Opslaan in:</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>De geheime s&amp;leutel in het .env-bestand zetten</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>De geheime sleutel in het .env-bestand zetten</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>Geheime sleutel in het bestand</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>Aan: het .env-bestand is compleet en je ontwikkelaar kan meteen aan de slag, maar de map moet dan veilig verstuurd worden (bijvoorbeeld via een gedeelde wachtwoordmanager of een versleutelde link), nooit als gewone bijlage in een e-mail. Uit: in het bestand blijft de plek voor de sleutel leeg, en je geeft de sleutel apart aan je ontwikkelaar, bijvoorbeeld aan de telefoon.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>Taal van de uitleg voor je ontwikkelaar</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>&amp;Uitleg in:</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>Ook een .&amp;zip-bestand maken (makkelijker te versturen)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>Ook een zip-bestand maken</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>&amp;Map aanmaken</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>Map aanmaken</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map o&amp;penen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>De geheime sleutel staat niet op deze computer, dus hij kan niet in het bestand. Je ontwikkelaar moet hem krijgen van de plek waar hij bewaard is.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>Iedereen die deze map in handen krijgt, kan zich voordoen als jouw website. Verstuur hem alleen via een veilige weg en verwijder je eigen kopie zodra je ontwikkelaar hem heeft.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>Je geeft je ontwikkelaar de geheime sleutel apart; hij staat in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>Je geeft je ontwikkelaar de geheime sleutel apart; kopieer hem van de vorige pagina voordat je de wizard sluit.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>Map: kies waar de map voor je ontwikkelaar moet komen.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>Deze map bestaat nog niet; de wizard maakt hem aan.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>De map aanmaken…</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>Zip-bestand: {path}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>“{value}” gebruiken</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>Het voorstel {value} gebruiken</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>Wat is dit?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>Wat is dit? {topic}</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>Wat is dit?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>Waar gaat deze pagina over?</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation>De wizard sluiten?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>Verdergaan met je installatie?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>Een eerdere installatie is gestopt voordat hij klaar was.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>Kies waar de overdrachtsmap moet komen</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Kies je logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Afbeeldingen (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Controleren en aanmaken</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>Controleer je keuzes en maak dan alles in één keer aan.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>Er is nog niets aangemaakt. Klik je op Alles aanmaken, dan maakt de wizard elk onderdeel een voor een aan in je XWMS-account en laat hij hieronder zien hoe het gaat. Gaat er iets mis, los het dan op of probeer het opnieuw: niets wordt ooit dubbel aangemaakt. Tot slot controleert de wizard bij XWMS of het inloggen werkt, en laat hij je de geheime sleutel één keer zien.</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>&amp;Alles aanmaken</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>Alles aanmaken</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>Je geheime sleutel (wordt één keer getoond)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS laat deze sleutel alleen nu zien. Je ontwikkelaar heeft hem nodig; iemand anders die hem heeft, kan zich voordoen als jouw website. Ga er dus mee om als met een wachtwoord.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Weergeven</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>De geheime sleutel weergeven</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>De geheime sleutel kopiëren</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>de oefenserver op deze computer</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>je server</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (bestaande client)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (nieuw)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
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
        <translation>IP-adres van de server</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Interne naam</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Inloggen toestaan</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API toestaan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primair</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
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
        <translation>Mag lezen</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>alleen het XWMS-nummer van de persoon</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>werkt tot {date}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>verloopt niet</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>Wijzigingen toe&amp;passen</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>Je hebt je keuzes veranderd: klik op Wijzigingen toepassen om de installatie bij te werken.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Er is nog niets aangemaakt.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>bezig…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bestond al</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>Je installatie wordt aangemaakt…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ Alles is ingesteld.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ Alles was al ingesteld; er is niets nieuws aangemaakt.</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>Ga terug naar de pagina {page} om het aan te passen en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>Je keuzes blijven bewaard: klik op Opnieuw proberen als het probleem is opgelost.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>Gestopt bij “{step}”: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>Gestopt. Er is niets verloren: klik op Alles aanmaken om verder te gaan waar het stopte. Niets wordt dubbel aangemaakt.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>De geheime sleutel is bij een eerdere ronde gemaakt en toen getoond; de waarde staat niet op deze computer. Heeft niemand hem bewaard, maak dan een nieuwe sleutel in het XWMS-dashboard (Client Secrets) en koppel die aan de website.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Bewaard in de sleutelhanger van deze computer (onder “xwms-wizard”), zodat de wizard hem op de volgende pagina in de map voor je ontwikkelaar kan zetten.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>Deze computer heeft geen sleutelhanger, dus de sleutel wordt alleen bewaard zolang de wizard open is. Dit is het moment om hem veilig te stellen: kopieer hem naar je wachtwoordmanager, of zet hem op de volgende pagina in de map voor je ontwikkelaar.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>De geheime sleutel is één keer getoond en staat niet meer op het scherm. Op de volgende pagina kan hij in de map voor je ontwikkelaar.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>De geheime sleutel verbergen</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Gekopieerd. De wizard maakt het klembord over 60 seconden leeg als de sleutel er dan nog op staat.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>Basisprofiel lezen</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>Naam, voornaam en achternaam, e-mailadres en foto van de persoon die inlogt.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>Extra profielgegevens</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>Geboortedatum, geslacht, land en gekoppelde sociale accounts.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>Adresgegevens</translation>
    </message>
    <message>
        <source>Read, add, change and remove the person&apos;s postal addresses.</source>
        <translation>De postadressen van de persoon lezen, toevoegen, wijzigen en verwijderen.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Inlogdiensten lezen</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked. Needs a Verified Partner.</source>
        <translation>Welke andere inlogdiensten de persoon heeft gekoppeld. Alleen voor Verified Partners.</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>Wat mag je website lezen?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>Vink alleen aan wat je website echt nodig heeft.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>Als iemand inlogt, vertelt XWMS je website wie het is. Elke “scope” hieronder geeft je website toegang tot één soort extra informatie over die persoon. Vraag zo weinig mogelijk: mensen vertrouwen een website meer als die niet om alles vraagt, en wat je website nooit ontvangt, kan ook niet uitlekken. Voor de meeste websites is het basisprofiel (naam en e-mail) genoeg. Sommige scopes zijn alleen voor bedrijven die XWMS heeft gecontroleerd (Verified Partners).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>Druk op de spatiebalk om de gekozen scope aan of uit te vinken.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>De lijst met scopes laden…</translation>
    </message>
    <message>
        <source>{title}  (needs a Verified Partner)
{description}
Only businesses that XWMS has verified can use this. Apply in the Verification Center of the XWMS dashboard first.</source>
        <translation>{title}  (alleen voor Verified Partners)
{description}
Alleen bedrijven die XWMS heeft gecontroleerd kunnen dit gebruiken. Vraag dat eerst aan in het Verification Center van het XWMS-dashboard.</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Zonder vinkjes krijgt je website alleen een nummer dat voor de persoon staat, niet de naam of het e-mailadres. Prima als je website niet meer nodig heeft.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>De geheime sleutel</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>Met deze sleutel bewijst je website dat hij echt van jou is.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>De geheime sleutel is een soort wachtwoord voor je website (niet voor jou). De server van je website stuurt hem bij elke inlog mee naar XWMS, zodat XWMS weet dat het verzoek echt van jouw website komt. XWMS laat hem maar één keer zien, als hij wordt gemaakt: de wizard toont hem je na het aanmaken, bewaart hem in de sleutelhanger van deze computer en kan hem in de map voor je ontwikkelaar zetten. Hij is gekoppeld aan je website en werkt dus alleen daar.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>Naam van de sleutel (optioneel)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Naam van de sleutel</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>Optioneel. Een naam voor de sleutel, zodat je sleutels later uit elkaar kunt houden, zoals “Webserver 2025”. Laat je het leeg, dan heet hij “Standard Key”.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>De sleutel laten verlopen op een &amp;datum</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>De sleutel laten verlopen op een datum</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>Een sleutel die verloopt, beperkt de schade als hij ooit uitlekt, maar je ontwikkelaar moet dan voor die datum een nieuwe sleutel plaatsen, anders werkt inloggen niet meer. Kies je een datum, dan zit er in de map voor je ontwikkelaar een agendaherinnering voor twee weken ervoor. De meeste kleine websites laten dit uit.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>De sleutel wordt gekoppeld aan {domain}: je website kan hem daar gebruiken en nergens anders.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>XWMS-installatiewizard</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>XWMS instellen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>De client “{client}” voor de website {domain} werd ingesteld{where}. Ga verder om de ontbrekende onderdelen af te maken; niets wordt dubbel aangemaakt. Begin opnieuw om dit te vergeten en een nieuwe installatie te starten.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (gestopt bij: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>De wizard is nog bezig. Sluit je nu, dan stopt hij veilig; de volgende keer dat je de wizard opent, kun je verdergaan waar hij stopte, en niets wordt dubbel aangemaakt.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>Deze computer heeft geen sleutelhanger, dus de geheime sleutel bestaat alleen in dit venster. Sluit je nu zonder de map (met de sleutel) op te slaan, dan is hij weg en moet je een nieuwe maken.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
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
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Map maken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (huidige stap)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>De client aanmaken</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>De website (het domein) toevoegen</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>Het logo uploaden</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>De callback-URL registreren</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>Kiezen wat de website mag lezen (scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>De geheime sleutel aanmaken</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>De sleutel aan de website koppelen</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>Controleren of alles werkt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>Inloggen met XWMS instellen</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>Maak je website in een paar stappen klaar voor “Inloggen met XWMS”.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS is een inlogdienst: mensen loggen op je website in met hun XWMS-account in plaats van met een nieuw wachtwoord. Daarvoor moet XWMS je website kennen. Deze wizard meldt je website stap voor stap aan bij XWMS en controleert aan het eind of alles klopt.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>Deze wizard maakt alles aan wat XWMS voor je website nodig heeft: een client (zo noemt XWMS de koppeling met je website), het adres van je website, wat je website mag lezen over de mensen die inloggen, en een geheime sleutel. Daarna maakt hij een map voor je ontwikkelaar met alles wat nodig is om de inlogknop toe te voegen.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>Wat je nodig hebt: het adres van je website (zoals voorbeeld.nl). Voor je echte website heb je ook een betaald XWMS-account nodig. Wil je eerst zien hoe het werkt? Kies Oefenen: er verandert dan niets echts.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>Waar wil je het instellen?</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>&amp;Oefenen op deze computer (begin hier)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>Oefenen op deze computer</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>Er draait een oefenserver van XWMS op deze computer. Alles werkt zoals het echte XWMS, dus je kunt elke stap veilig uitproberen.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>Mijn &amp;echte XWMS-account (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>Mijn echte XWMS-account</translation>
    </message>
    <message>
        <source>Not available in this version yet. A later version guides you through the XWMS dashboard and checks the result. Until then, try Practice, or ask your developer about a custom server.</source>
        <translation>Nog niet beschikbaar in deze versie. Een latere versie leidt je door het XWMS-dashboard en controleert het resultaat. Probeer tot die tijd Oefenen, of vraag je ontwikkelaar naar een eigen server.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>Een eigen &amp;server</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>Een eigen server</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>Een oefen- of beheerserver van XWMS op een andere plek. Je ontwikkelaar geeft je het adres.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>bijvoorbeeld https://xwms.voorbeeld.nl</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>Het webadres van de server die je ontwikkelaar heeft ingericht, zoals https://xwms.voorbeeld.nl of http://127.0.0.1:8765. De wizard zet /api/ erachter als dat ontbreekt.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Taal van de wizard</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>Serveradres: typ het adres dat je ontwikkelaar je heeft gegeven.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>De wizard gebruikt {url}</translation>
    </message>
</context>
</TS>
