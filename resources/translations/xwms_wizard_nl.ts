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
        <source>&amp;Forget the kept sign-in</source>
        <translation>&amp;Bewaarde inlog vergeten</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>De inlog vergeten die deze computer bewaard heeft</translation>
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
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>Je maakt de wijzigingen zelf in het XWMS-dashboard; de wizard wijst je de weg.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Even voorbereiden…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>Deze computer heeft je inlog van de vorige keer bewaard: druk op Inloggen, een wachtwoord is niet nodig.</translation>
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
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Gea&amp;vanceerd</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>Geavanceerde instellingen voor XWMS</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>API-adres van XWMS</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>Het adres waar de wizard je instellingen controleert. Laat het staan ({default}), tenzij XWMS of je ontwikkelaar je een ander adres geeft.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>Leeg: de wizard gebruikt {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>De wizard gebruikt {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) bestaat al</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} bestond al; bijgewerkt: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) bestaat al</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>Het logobestand {file} kon niet worden gelezen. Kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} is al het logo van de website</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} was geregistreerd maar stond uit; nu aangezet</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} is al geregistreerd</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>het XWMS-team heeft {scopes} goedgekeurd</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>aanvraag {id} wacht op het antwoord van het XWMS-team</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>Het XWMS-team heeft deze aanvraag voor {scopes} afgewezen: {reason} Beantwoord dat in de notities onder [verification], of laat de scopes weg, en voer de opdracht daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>dit account is al Verified Partner voor {scopes}</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>aanvraag {id} verstuurd; het XWMS-team keurt hem goed of laat weten waarom niet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} zodra het XWMS-team goedkeurt</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>al ingesteld: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>al lid: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (bewaard in de sleutelhanger)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (voorlopig alleen in het geheugen)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>de sleutel is al gekoppeld</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>gekoppeld aan {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>geen oude sleutel om in te trekken</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>de oude sleutel was al ingetrokken</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>de sleutel die eindigt op {hints} is ingetrokken</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>Niet gecontroleerd: de waarde van de sleutel staat niet op deze computer. Controleer het met `xwms-wizard verify` waar de sleutel bewaard wordt.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>De inloggegevens kloppen. XWMS accepteert alleen verzoeken vanaf het adres van je server, dus de laatste controle gebeurt op je server: die staat in de map voor je ontwikkelaar.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS heeft de inloggegevens en de callback-URL geaccepteerd: inloggen is klaar voor gebruik.</translation>
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
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>bestaat</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>geen vervaldatum</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domein:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domein-ID:</translation>
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
        <translation>geen</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheime sleutel:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (eindigt op {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-adres:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>In afwachting:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, zodra het XWMS-team aanvraag {id} goedkeurt</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Controle:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>E-mail: geef het e-mailadres van het account op met --email (het wachtwoord komt uit {variable} of wordt gevraagd).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>Wachtwoord: zet de omgevingsvariabele {variable}, of voer dit uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Wachtwoord voor {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
Er is niets veranderd. Voer dezelfde opdracht uit met --new-secret om een nieuwe sleutel te maken (de oude wordt ingetrokken zodra de nieuwe werkt), of met --keep-secret om hem te houden en het geheim uit de bundel te laten.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Deze computer heeft geen sleutelhanger, dus een nieuwe geheime sleutel zou verloren gaan zodra deze opdracht klaar is. Er is niets veranderd. Voer hem uit met --export MAP --include-secret: de sleutel komt dan in het .env-bestand van de bundel, het enige exemplaar.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>Wat deze run verandert:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>Let op: de waarde van de geheime sleutel staat niet op deze computer, dus de bundel laat hem weg (zoals --keep-secret vraagt).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Let op: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>Het plan {plan} heeft %n probleem:</numerusform>
            <numerusform>Het plan {plan} heeft %n problemen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>De oefenserver wordt gestart...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>Ingelogd bij {url} als {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>Gestopt bij &apos;{step}&apos;: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Voer dezelfde opdracht opnieuw uit om verder te gaan waar het stopte.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>Alles bestond al; er is niets nieuws gemaakt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>Het plan met de server vergelijken</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>De map voor je ontwikkelaar schrijven</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>Map voor de ontwikkelaar geschreven naar {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>Zip-kopie: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>Let op: deze computer heeft geen sleutelhanger, dus de nieuwe geheime sleutel staat alleen in het .env-bestand van de bundel. Bewaar dat bestand goed.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>Let op: deze computer heeft geen sleutelhanger en de bundel laat het geheim weg (geen --include-secret), dus de waarde van de nieuwe sleutel wordt nergens bewaard. Als je ontwikkelaar hem nodig heeft, voer dan dezelfde opdracht uit met --new-secret --include-secret.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>Wijzig {field} in het plan en voer de opdracht daarna opnieuw uit: die gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>Als je het ongewijzigd opnieuw uitvoert, stopt het hier weer: doe eerst wat de regel hierboven zegt. Wat al gemaakt is, blijft bewaard, en de volgende keer gaat het vanaf daar verder.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Gestopt. Voer dezelfde opdracht opnieuw uit om verder te gaan waar het stopte.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>{name} bereikt op {url}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>OK: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>Werkt nog niet: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>Er is geen bestand op {path}. Geef het pad van de .env op met --env.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>In {path} ontbreekt een waarde voor {keys}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>De geheime sleutel wordt vaak bewust uit de map gelaten: plak hem achter XWMS_CLIENT_SECRET= (tussen enkele aanhalingstekens) en voer dit opnieuw uit.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>Kon niet controleren: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>Deze checklist is opgeslagen in {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Deze computer heeft geen sleutelbos, dus de nieuwe geheime sleutel zou verloren gaan als dit commando eindigt. Er is niets veranderd. Voer het uit met --export MAP --include-secret: de sleutel komt dan in de .env van de bundel, de enige kopie.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>De oude sleutel is ingetrokken; alleen de nieuwe werkt nu.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>De oude sleutel werkt ook nog. Geef je ontwikkelaar de nieuwe sleutel; zodra de site die gebruikt, voer je hetzelfde commando uit met --revoke-old om de oude uit te zetten.</translation>
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
        <source>login {state}</source>
        <translation>inloggen {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>hoofdwebsite</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>testmodus {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>Los op wat XWMS hierboven noemt en voer status daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>Maak en koppel een sleutel: xwms-wizard apply PLAN.toml (of de pagina Geheime sleutel van de wizard).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>Vernieuw de sleutel: xwms-wizard renew PLAN.toml, of in de wizard: Bestaande instellingen controleren of wijzigen, dan Sleutel vernieuwen.</translation>
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
        <translation>callback-URL: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>controle: in orde, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>controle: MISLUKT, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>Mag lezen: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>geen website</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>Sleutel “{label}” (eindigt op {hint}): {expiry}; gekoppeld aan {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Alles is in orde.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Heeft aandacht nodig:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: dit account heeft geen client met de naam {name} (het heeft: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>Dit account heeft nog geen clients: er is niets te controleren.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>Het serveradres is geen webadres dat de wizard kan gebruiken. Het moet eruitzien als https://xwms.nl/api/ (of http://127.0.0.1:POORT/api/ voor een oefenserver).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>Het serveradres mag geen gebruikersnaam of wachtwoord bevatten. Haal het deel vóór het @-teken weg; de wizard vraagt apart om je inloggegevens.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>De XWMS-server liep tegen een probleem aan (fout {status}) en kon dit niet afmaken. Het komt niet door iets wat jij hebt ingevuld. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>De server op {host} antwoordde niet binnen {seconds} seconden. Misschien is hij druk of is de verbinding traag. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>het beveiligingscertificaat is niet geldig (het kan verlopen zijn, zelfondertekend zijn of op een andere naam staan)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>de server zette geen beveiligde (https-)verbinding op; misschien gebruikt hij op dit adres geen https</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>De wizard kon geen beveiligde verbinding maken met {host}: {why}. Er is niets verstuurd. Controleer het serveradres, ook http:// of https://; klopt het, vraag dan de beheerder van die server het certificaat te herstellen.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>De wizard kon de server {host} niet vinden. Controleer het serveradres op typfouten en controleer of deze computer online is, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>De wizard kon geen verbinding maken met de server op {host}. Controleer of deze computer online is (bij de oefenserver: of die nog draait) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>De verbinding met {host} werd verbroken voordat het antwoord compleet was. Controleer of deze computer online is en probeer het dan opnieuw.</translation>
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
        <source>Client name</source>
        <translation>Naam van de client</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS noemt elke website of app die Inloggen met XWMS gebruikt een “client”. De naam is voor jou en je ontwikkelaar, zodat jullie je clients uit elkaar kunnen houden; bezoekers zien hem niet. Typ een willekeurige naam, bijvoorbeeld de naam van je winkel: de wizard maakt er een naam van die XWMS accepteert (kleine letters, cijfers en streepjes) en toont die onder het veld. Heb je voor deze website al een client gemaakt? Kies die dan uit de lijst: de wizard vult hem dan aan.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>bijvoorbeeld Bakkerij Jansen</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>Typ wat je wilt, bijvoorbeeld de naam van je winkel. XWMS wil een naam van kleine letters, cijfers en streepjes, dus de wizard maakt er een van wat je typt (“Bakkerij Smit &amp; Co.” wordt “bakkerij-smit-co”) en toont die direct onder het veld. Dat is de naam die je client krijgt.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>Client&amp;naam:</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>De naam van de client</translation>
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
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>Nadat je de client hebt opgeslagen, toont het XWMS-dashboard het Client ID: een code die je client aanduidt. Kopieer hem daar en plak hem hier; de wizard heeft hem nodig om je instellingen te controleren, en je ontwikkelaar ook.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>Plak hier het Client ID zodra het dashboard het toont (stap 4).</translation>
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
        <source>Reading what “{name}” already has…</source>
        <translation>Lezen wat “{name}” al heeft…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>De wizard voegt je website toe aan de bestaande client “{name}”. Wat daar al in staat, blijft staan.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Dit account heeft nog geen clients.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>Je client gaat {name} heten.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>De client aanmaken</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>Je website (domein) toevoegen</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>De callback-URL registreren</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>Kiezen wat je website mag lezen (scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>De geheime sleutel aanmaken</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>De sleutel aan je website koppelen</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Naam van de client</translation>
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
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Naam van de sleutel</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>Log in op het XWMS-dashboard en open My Clients.</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Klik op Create Client.</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>Typ de naam van de client hieronder in en sla op.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>Kopieer het Client ID dat het dashboard toont en plak het in de wizard.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>Open in je client Integrations, dan Domains, en klik op New Domain.</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>Vul de waarden hieronder in (laat een veld leeg als er geen waarde staat) en sla op.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>Kopieer het Domain ID dat het dashboard toont en plak het in de wizard.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>Zet de schakelaars zo: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</translation>
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
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>Vul bij de fallback-instellingen van het domein de fallback-URI hieronder in.</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>Upload je logo (PNG of SVG, maximaal 1 MB) op de pagina van het domein.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>Open op de pagina van het domein Domain URLs en voeg een URL toe.</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>Plak de callback-URL hieronder precies zoals hij is, kies het type Callback en zorg dat hij Active is.</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>Open in je client Client Scopes.</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>Vink precies deze scopes aan en sla op: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>Open in je client Client Secrets en klik op New Secret.</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>Vul de naam en de vervaldatum in en sla op.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>Vul de naam in (laat de vervaldatum leeg) en sla op.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>Het dashboard toont de sleutel maar één keer: kopieer hem meteen naar het sleutelveld van de wizard. Mail hem niet en bewaar hem niet in een document.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>Open het domein {domain} opnieuw en ga naar Secret Connections.</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Klik op Link Secret en kies de sleutel met de naam {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>Zien wie heeft ingelogd</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>Open My Clients, dan {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Open Integrations → Users: daar staat iedereen die via deze client heeft ingelogd, en via welke website.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>Een tester uitnodigen</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>Stuur in Integrations → Users een testgebruiker-verzoek naar het XWMS-e-mailadres van de tester.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>De tester accepteert het bij de volgende keer inloggen; daarna kan hij of zij het inloggen uitproberen op een website in testmodus.</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Aanvragen om Verified Partner te worden</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Open het Verification Center en begin een nieuwe aanvraag.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>Kies je website ({domain}) en de toestemmingen die een Verified Partner nodig hebben, en zeg in de notities waarvoor je website ze gebruikt.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>Het XWMS-team keurt de aanvraag goed of af; na goedkeuring kun je die toestemmingen aan de client toevoegen.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>Je ontwikkelaar toegang geven als lid</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Open Members and Roles. Maak een rol met alleen wat je ontwikkelaar nodig heeft (bijvoorbeeld domeinen, geheimen en scopes beheren).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>Voeg je ontwikkelaar toe als lid met die rol, met zijn of haar eigen XWMS-e-mailadres. Die logt in met een eigen account: deel nooit je wachtwoord.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>Wat je in het XWMS-dashboard doet</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>Doe nu dit in het XWMS-dashboard, in je webbrowser:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>Daarna, nog steeds in het XWMS-dashboard:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>“{label}” gekopieerd. Plak het in het dashboard.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
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
        <source>Fallback URL</source>
        <translation>Fallback-URL</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>Er verandert niets: de server heeft dit allemaal al.</translation>
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
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>Er wordt een nieuwe client “{name}” gemaakt.</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>De website {domain} wordt toegevoegd.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>Het logo wordt geüpload.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>De callback-URL {url} wordt geregistreerd.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>De callback-URL {url} wordt aangezet.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} wacht op het antwoord van het XWMS-team op je aanvraag; hij wordt toegevoegd zodra het team de aanvraag goedkeurt.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>Er wordt een aanvraag om Verified Partner te worden voor {scopes} naar het XWMS-team gestuurd; hij wordt toegevoegd zodra het team de aanvraag goedkeurt.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>Toestemmingen: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>Toestemmingen: {added} erbij; {removed} eraf.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>Toestemmingen: {added} erbij.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>Toestemmingen: {removed} eraf.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>{email} wordt uitgenodigd als {role}.</translation>
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
        <translation>Je website</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Waar mensen gaan inloggen met XWMS.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>Welke website</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>De websites die deze client al heeft, of een nieuwe om toe te voegen.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>W&amp;elke website:</translation>
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
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS stuurt mensen alleen terug naar websites die het kent. Hier vertel je XWMS het adres van je website; de wizard vult de pagina in waar mensen na het inloggen op terugkomen (de callback-URL). Al het andere staat onder “Meer opties”, al goed ingesteld voor de meeste websites.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>voorbeeld.nl</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>Het adres van je website, bijvoorbeeld voorbeeld.nl. Inloggen werkt op dit adres en op de subdomeinen ervan (zoals www.voorbeeld.nl of winkel.voorbeeld.nl). Je mag het volledige adres uit je browser plakken: de wizard houdt alleen het deel dat nodig is en laat je dat weten.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://voorbeeld.nl/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Meer opties</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>Wat er onder Meer opties staat</translation>
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
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>Nadat je het domein hebt opgeslagen, toont het XWMS-dashboard het Domain ID: een code die je website in XWMS aanduidt. Kopieer hem daar en plak hem hier; je ontwikkelaar heeft hem nodig.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>Plak hier het Domain ID zodra het dashboard het toont (stap 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>Een nieuwe website toevoegen</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (hoofdwebsite)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} is al een website van “{client}”: je ziet de instellingen zoals XWMS ze heeft. Verander alleen wat je anders wilt.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>Met Primair aan wordt deze website de hoofdwebsite van “{client}” in plaats van {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>“{client}” heeft al een hoofdwebsite, {main}. Primair staat uit, zodat die de hoofdwebsite blijft; zet het aan om in plaats daarvan deze website de hoofdwebsite te maken.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>Na het inloggen komen mensen terug op deze pagina van je website; laat hem staan zoals de wizard hem invulde, tenzij je ontwikkelaar om een andere vraagt.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>Inloggen aan</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>Inloggen uit</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API aan</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API uit</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>hoofdwebsite</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>niet de hoofdwebsite</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>Testmodus aan</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>Testmodus uit</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — goed voor de meeste websites.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
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
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>Stuur je ontwikkelaar het zip-bestand &lt;b&gt;{zip}&lt;/b&gt; van de nieuwste map, {folder}.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Stuur je ontwikkelaar het zip-bestand &lt;b&gt;{zip}&lt;/b&gt; (of de map {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Stuur je ontwikkelaar de nieuwste map, &lt;b&gt;{folder}&lt;/b&gt;.</translation>
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
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>De map is gemarkeerd als “niet gecontroleerd”: nog niemand heeft gecontroleerd of deze instellingen werken. Je ontwikkelaar doet die controle vanaf de server van je website, zoals HANDOFF.md uitlegt.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Dit was een oefenronde: alles is aangemaakt op de oefenserver op deze computer, niet bij XWMS. Je ontwikkelaar kan het inloggen toch op de eigen computer uitproberen: HANDOFF.md in de map geeft het ene commando dat een oefenserver voor precies deze instellingen start, en kleine voorbeeld-apps die daarmee inloggen. Doorloop de wizard voor je echte website opnieuw met je XWMS-account.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>In deze sessie heeft de wizard deze mappen voor je ontwikkelaar gemaakt in {folder}:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>In deze sessie heeft de wizard deze mappen voor je ontwikkelaar gemaakt:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>de nieuwste (stuur deze): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>ouder: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>Je ontwikkelaar heeft alleen de nieuwste nodig. Verwijder de oudere zodra je ontwikkelaar die heeft: in een van de oudere zit ook de geheime sleutel.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>Je ontwikkelaar heeft alleen de nieuwste nodig; de oudere mag je verwijderen.</translation>
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
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>De server antwoordde op een manier die de wizard niet begrijpt, dus er is niets van dat antwoord gebruikt. Controleer of het serveradres klopt (een XWMS-adres eindigt op /api/, zoals https://xwms.nl/api/) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>De geheime sleutel “{label}” (eindigend op {hint}) is gemaakt, maar het antwoord met de waarde kwam niet aan, en XWMS toont de waarde van een sleutel maar één keer. Trek die sleutel in (Integrations → Client Secrets) en maak een nieuwe.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>het is niet geldig</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>XWMS heeft {label} niet geaccepteerd: {why} Controleer ook: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>XWMS heeft {label} niet geaccepteerd: {why} Verbeter het en probeer het opnieuw.</translation>
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
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>Deze computer kon de map niet openen. Je vindt hem via dit pad:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Pad van de map</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>Het pad van de map kopiëren</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>De instructies zijn voor je ontwikkelaar, dus ze zijn er alleen in het Engels of Nederlands. De rest van de map is in elke taal hetzelfde.</translation>
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
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ Opgeslagen in {path}, in de plaats van de eerdere map</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ Opgeslagen in {path}, naast de eerdere map</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>Zip-bestand: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>Gekopieerd. Plak het waar je bestanden zoekt, zoals in de adresbalk van een bestandsvenster.</translation>
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
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>Plan-id</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Naam van de client</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Websiteadres (hoofddomein)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>IP-adres van de server</translation>
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
        <translation>Interne naam</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
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
        <source>Primary domain</source>
        <translation>Primair domein</translation>
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
        <translation>Naam van de sleutel</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheime sleutel</translation>
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
        <translation>E-mailadres van het lid</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Rol van het lid</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>Scopes voor Verified Partner</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>Notities voor het XWMS-team</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (lid {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>Het overdrachtsbestand {name} kon niet worden gelezen: er staat geen object in. Schrijf de map opnieuw met deze versie van de wizard.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>Het overdrachtsbestand {name} kon niet worden gelezen: het is versie {version}, en deze wizard leest versie 1. Schrijf de map opnieuw met deze versie van de wizard.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>Het overdrachtsbestand {name} kon niet worden gelezen: er ontbreekt een gegeven of het heeft het verkeerde type. Schrijf de map opnieuw met deze versie van de wizard.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>Er is hier al een map voor je ontwikkelaar gemaakt: {name}. Er is niets geschreven; kies of je die wilt vervangen of beide wilt houden.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>Er verscheen een andere map met de naam {name} in {folder} terwijl deze werd geschreven. Er is niets overschreven; schrijf de map opnieuw.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>De geheime sleutel kan niet in het .env-bestand: de waarde staat niet op deze computer (hij wordt maar één keer getoond, bij het aanmaken, en de sleutelhanger van deze computer heeft hem niet). Er is niets geschreven en geen bestaande map is veranderd. Maak de map zonder de sleutel en geef de sleutel apart aan je ontwikkelaar, of maak een nieuwe sleutel.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>De geheime sleutel kan niet veilig in het .env-bestand worden geschreven, dus de map {name} die er al staat is niet vervangen: het .env-bestand daarin zou de sleutel kwijtraken. Houd beide mappen, of maak de map zonder de sleutel en geef de sleutel apart aan je ontwikkelaar.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>De map {folder} bevat al {count} overdrachtsmappen voor deze koppeling en deze dag. Kies een andere map, of verwijder oude overdrachtsmappen.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>De overdrachtsmap kon niet in {folder} worden geschreven ({reason}). Er is niets half geschreven achtergebleven. Controleer of de map bestaat, of je daar mag schrijven en of de schijf niet vol is, of kies een andere map, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>er staat een regeleinde in</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>er staat een onzichtbaar stuurteken in</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>er staat een kapot teken in dat niet als tekst kan worden opgeslagen</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>er staat een enkel aanhalingsteken (apostrof) in</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>er staat een backslash in</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>er staat een dollarteken met een openende accolade in, wat sommige lezers opvatten als een verwijzing naar een andere instelling</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>er staat een isgelijkteken met een dubbel aanhalingsteken in, wat de lezer van Laravel opvat als het begin van een waarde over meerdere regels</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>De waarde voor {key} kan niet veilig in het .env-bestand worden gezet: {why}. De .env-lezers van Laravel, Node en Python zouden hem verschillend lezen, dus laat de wizard hem liever weg dan hem verkeerd op te schrijven. Stel hem zelf op de server in, als omgevingsvariabele.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>de waarde heeft een ${ die nergens wordt gesloten</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>Er is geen bestand op {path}. Geef het pad op van het .env-bestand dat je wilt controleren.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>Het bestand {path} kon niet worden geopend ({reason}). Controleer of het bestaat en of je het mag lezen.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>onbekende reden</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Het bestand {path} is geen platte UTF-8-tekst. Sla het op als UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>de regel heeft niet de vorm NAAM=waarde</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>de waarde opent een enkel aanhalingsteken maar sluit het niet op dezelfde regel</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>er staat nog tekst na het sluitende aanhalingsteken</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Het bestand {source} kon niet worden gelezen op regel {line} ({key}): {reason}. Verbeter die regel (of zet de waarde tussen enkele aanhalingstekens) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Het bestand {source} kon niet worden gelezen op regel {line}: {reason}. Verbeter die regel (of zet de waarde tussen enkele aanhalingstekens) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>de waarde gebruikt een vorm van ${...} die deze lezer niet begrijpt (alleen ${NAAM} wel)</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>de waarde verwijst naar {name}, dat niet eerder in het bestand staat</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>de waarde opent een dubbel aanhalingsteken maar sluit het nergens</translation>
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
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS laat programma&apos;s geen wijzigingen maken in je account. Je doet ze dus zelf in het XWMS-dashboard, en de wizard vertelt je precies waar je op klikt. Je logt niet in bij de wizard.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>Wat je nodig hebt:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>Een betaald XWMS-account. Clients (wat je website nodig heeft voor Inloggen met XWMS) horen bij een betaald abonnement.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>Het XWMS-dashboard open in je webbrowser, ingelogd met dat account. De knop hieronder opent het.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>De wizard en de browser naast elkaar: je kopieert waarden uit de wizard naar het dashboard, en drie dingen terug (het Client ID, het Domain ID en de geheime sleutel).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>Aan het eind controleert de wizard je instellingen bij XWMS op {url}. Er wordt niets verstuurd voordat je op Mijn instellingen controleren klikt.</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>Mijn instellingen controleren</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>De wizard vraagt XWMS of wat je in het dashboard hebt gedaan goed op elkaar aansluit.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>De controle vraagt XWMS twee dingen: is XWMS vanaf deze computer bereikbaar, en accepteert het je Client ID, geheime sleutel en callback-URL samen. Er verandert niets in je XWMS-account, dus je kunt de controle zo vaak doen als je wilt.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Wat de controle vond</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>Mijn instellingen &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>Mijn instellingen opnieuw controleren</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>&amp;Doorgaan zonder controle</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>Doorgaan zonder controle; de map wordt gemarkeerd als niet gecontroleerd</translation>
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
        <translation>Waarde van de geheime sleutel</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>geplakt, bewaard in de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>ontbreekt: ga Terug naar de pagina Geheime sleutel en plak hem daar</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>Je hebt sinds de controle iets veranderd: klik nog eens op Mijn instellingen controleren.</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>Er is nog niets gecontroleerd. Klik op Mijn instellingen controleren als je alle stappen in het dashboard hebt gedaan.</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>XWMS bereiken</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Het Client ID, de geheime sleutel en de callback-URL controleren</translation>
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
        <source>right, with a note</source>
        <translation>klopt, met een opmerking</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>Je instellingen worden bij XWMS gecontroleerd…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Geen antwoord van {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>Of ga door zonder controle: de map voor je ontwikkelaar wordt dan gemarkeerd als “niet gecontroleerd”, en je ontwikkelaar doet de controle vanaf je server.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS antwoordde op {url}</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Het Client ID en de geheime sleutel kloppen. Er moet nog één laatste controle draaien op de server van je website; de map voor je ontwikkelaar legt uit hoe.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ Je instellingen werken: XWMS accepteert ze. Klik op Volgende om de map voor je ontwikkelaar te maken.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>Zit de fout in wat je in de wizard hebt getypt of geplakt, ga dan Terug naar de pagina {page} en verbeter het.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS accepteert je instellingen nog niet. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>Klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>Werkt nog niet: wat je moet verbeteren, staat in het vak hieronder.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>XWMS op {host} antwoordde niet op tijd, dus je instellingen zijn nog niet gecontroleerd. Controleer of deze computer online is en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>De wizard kon geen beveiligde verbinding maken met XWMS op {host}, dus je instellingen zijn nog niet gecontroleerd. Controleer het API-adres van XWMS (onder Geavanceerd op de eerste pagina) en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>De wizard kon XWMS op {host} niet bereiken, dus je instellingen zijn nog niet gecontroleerd. Controleer of deze computer online is en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>XWMS op {host} gaf geen bruikbaar antwoord, dus je instellingen zijn nog niet gecontroleerd. Misschien is XWMS druk, of het API-adres van XWMS (onder Geavanceerd op de eerste pagina) klopt niet. Klik over een tijdje op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>Gestopt. Klik op Mijn instellingen controleren om opnieuw te controleren.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>Doorgaan zonder controle. De map voor je ontwikkelaar is gemarkeerd als “niet gecontroleerd”; je ontwikkelaar doet de controle vanaf je server.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>De geheime sleutel vernieuwen</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Een nieuwe sleutel die werkt voordat de oude stopt.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>In het XWMS-dashboard maak je een nieuwe geheime sleutel en koppel je die aan je website, naast de huidige: voorlopig werken ze allebei. Plak de nieuwe sleutel hier en de wizard controleert hem bij XWMS. Zodra de website van je ontwikkelaar de nieuwe sleutel gebruikt, trek je de oude in het dashboard in. Onderweg wordt niemand uitgelogd.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>De nieuwe geheime sleutel</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>plak de nieuwe sleutel hier</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nieuwe &amp;sleutel:</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>De nieuwe sleutel &amp;controleren</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>De nieuwe sleutel controleren bij XWMS</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>De nieuwe sleutel wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ De nieuwe sleutel werkt. Druk op Volgende om de map voor je ontwikkelaar te schrijven. Zodra de website de nieuwe sleutel gebruikt: open in het dashboard Client Secrets en trek de oude sleutel “{label}” in.</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS accepteert de nieuwe sleutel nog niet. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Je instellingen</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Hoe het met je Inloggen met XWMS gaat, en wat je nu kunt doen.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>Kies de map die de wizard voor je ontwikkelaar schreef (de naam begint met xwms-handoff-). Daarin staat wat in het XWMS-dashboard is ingesteld. De wizard vraagt XWMS dan of inloggen nog werkt, met de geheime sleutel die deze computer bewaart; er verandert niets.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>Map voor je ontwikkelaar</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>De map voor je ontwikkelaar kiezen</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>Sleutel &amp;vernieuwen…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>De geheime sleutel vernieuwen zonder onderbreking</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>Deze instellingen &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>De website, schakelaars of toestemmingen wijzigen</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Mensen en toegang…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Wie heeft ingelogd, testers, Verified Partner en leden</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>XWMS wordt gevraagd…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ Alles is in orde: inloggen werkt en de sleutel verloopt niet binnen 30 dagen.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Heeft je aandacht nodig:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>Niet gecontroleerd: deze computer bewaart de geheime sleutel niet. De map voor je ontwikkelaar heeft hem, of vernieuw de sleutel.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Inloggen werkt: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Inloggen werkt niet: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Client {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Komt terug op: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>Sleutel “{label}”: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>Het XWMS-dashboard openen</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>Opent het XWMS-dashboard in je webbrowser.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>plak het hier vanuit het XWMS-dashboard</translation>
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
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>Ontwikkelaar</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Kijker</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>Mag de websites, hun sleutels en wat het inloggen leest wijzigen, en zien wie heeft ingelogd; mag geen leden toevoegen of verwijderen.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>Mag zien wie heeft ingelogd; wijzigt niets.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>Mensen en toegang</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>Wie met je client inlogt, en wie hem mag wijzigen.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>Dit zijn de optionele delen van het XWMS-dashboard voor je client. Testers proberen het inloggen uit voordat het voor iedereen open is. Een Verified Partner mag de toestemmingen gebruiken die XWMS bewaart voor bedrijven die het heeft gecontroleerd. Leden zijn de veilige manier om je ontwikkelaar instellingen te laten wijzigen: ze loggen in met hun eigen XWMS-account, dus je deelt nooit je wachtwoord.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>Wie heeft ingelogd</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testers</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>Het e-mailadres van de tester</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>hun XWMS-e-mailadres</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>Als tester &amp;uitnodigen</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>Deze persoon als tester uitnodigen</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>Verified Partner</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>Waarvoor je website deze toestemmingen gebruikt</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>waarvoor je website ze gebruikt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aanvragen</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Aanvragen om Verified Partner te worden</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>Wie deze client mag wijzigen</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>Het e-mailadres van het lid</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>het XWMS-e-mailadres van je ontwikkelaar</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>Wat het lid mag doen</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>Als lid &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>Deze persoon als lid toevoegen</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>Je client wordt gelezen uit XWMS…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), laatst op {site} om {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>Er heeft nog niemand via je client ingelogd.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>wacht op hun antwoord</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>Nog geen testers. Een tester accepteert je uitnodiging op de inlogpagina van XWMS.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>Alleen jij. Voeg je ontwikkelaar hier toe in plaats van je wachtwoord te delen.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>wacht op het XWMS-team</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>Vink de toestemmingen aan die je website nodig heeft, zeg waarvoor, en vraag aan. Het XWMS-team controleert je bedrijf en keurt de aanvraag goed of af.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>De tester wordt uitgenodigd…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>Verified Partner: vink eerst de toestemmingen aan die je website nodig heeft.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Je aanvraag wordt verstuurd…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Het lid wordt toegevoegd…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>Het plan {source} heeft %n probleem:</numerusform>
            <numerusform>Het plan {source} heeft %n problemen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Geheime sleutel: een planbestand bevat nooit een geheime sleutel, want een planbestand wordt makkelijk per ongeluk gedeeld of gekopieerd. Haal de regel “{key} = …” uit [{table}] weg. De wizard maakt de geheime sleutel zelf en bewaart hem in de sleutelhanger van je computer.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Geheime sleutel: een planbestand bevat nooit een geheime sleutel, want een planbestand wordt makkelijk per ongeluk gedeeld of gekopieerd. Haal de regel “{key} = …” weg. De wizard maakt de geheime sleutel zelf en bewaart hem in de sleutelhanger van je computer.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>Planbestand: “{what}” hoort niet in een plan. Het hoort onder [{home}]: zet de regel onder dat kopje.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>Planbestand: “{what}” hoort niet in een plan. Bedoel je {near}?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>Planbestand: “{what}” hoort niet in een plan. Een plan heeft alleen [client], [domain], [scopes], [secret], [verification] en [[members]]. Vergelijk het met examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>Planbestand: [{table}] heeft geen instelling “{key}”. Bedoel je “{near}”?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>Planbestand: [{table}] heeft geen instelling “{key}”. Die hoort onder [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>Planbestand: [{table}] heeft geen instelling “{key}”. [{table}] kent: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: deze instelling verwacht tekst. Schrijf het zo: {key} = &quot;…&quot; (tussen dubbele aanhalingstekens).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: deze instelling verwacht true of false. Schrijf het zo: {key} = true  of  {key} = false (zonder aanhalingstekens).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: deze instelling verwacht een lijst met teksten. Schrijf het zo: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: deze instelling verwacht een datum. Schrijf het zo: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Planbestand: er staat een fout op regel {line} (kolom {column}): {reason}. Controleer daar de aanhalingstekens, de “=”-tekens en de [kopjes]. Vergelijk het met examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Planbestand: er staat een fout in: {reason}. Controleer daar de aanhalingstekens, de “=”-tekens en de [kopjes]. Vergelijk het met examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>Planbestand: het is {size} KB; een plan is een kort tekstbestand van hoogstens {most} KB. Controleer of je het planbestand zelf hebt opgegeven, en vergelijk het met examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>Planbestand: regel {line} zet lijsten of secties meer dan {most} niveaus in elkaar; een plan heeft één niveau nodig (een lijst zoals keys = [&quot;profile&quot;]). Verwijder de extra haken, en vergelijk het met examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>Planbestand: de naam van de instelling op regel {line} heeft meer dan {most} delen met punten ertussen; de namen in een plan hebben er één of twee (zoals domain.root). Zet de instelling onder haar [sectie]-kop, zoals in examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>Planbestand: de naam van de instelling op regel {line} is langer dan {most} tekens; de namen in een plan zijn korte woorden (zoals root of keys). Controleer die regel, en vergelijk het bestand met examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>Plan-id: gebruik 1 tot 64 letters, cijfers, koppeltekens of underscores, of laat plan_id weg; dan maakt de wizard er zelf een uit de naam van de koppeling en het websiteadres.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>Planbestand: “{key}” moet een kopje zijn: zet [{key}] op een eigen regel, met de instellingen eronder. Vergelijk het met examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: ontbreekt. Voeg de regel {key} = &quot;{example}&quot; toe onder [{table}].</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>Planbestand: zet elk lid in een eigen [[members]]-sectie, met daaronder email = &quot;…&quot; en role = &quot;Developer&quot; (of &quot;Viewer&quot;).</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>Planbestand: het noemt {count} leden; een plan mag er hoogstens {most} noemen. Voeg de anderen toe op de pagina Mensen en toegang.</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>Planbestand: een [[members]]-sectie heeft geen instelling “{key}”. Die kent: email, role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} staat er twee keer in. Houd één [[members]]-sectie per persoon.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>Planbestand: we kunnen {source} niet vinden. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>Planbestand: {source} is een map. Geef het pad van het .toml-bestand op.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>Planbestand: we konden {source} niet lezen ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>Planbestand: dit is geen platte tekst (UTF-8). Sla het op als UTF-8-tekst.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
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
        <source>Not now</source>
        <translation>Nu niet</translation>
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
        <source>Write the folder again?</source>
        <translation>De map opnieuw maken?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>Er staat al een map voor je ontwikkelaar</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>Er is hier al een map voor je ontwikkelaar gemaakt: {name}. Wil je die vervangen, of beide houden?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>Vervangen: de nieuwe map komt in de plaats van de oude. Beide houden: de nieuwe map wordt ernaast bewaard, met een nummer achter de naam. Annuleren: er wordt niets geschreven.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>De map vervangen die er al staat</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide houden</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>Beide mappen houden</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>Annuleren: niets schrijven</translation>
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
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Koppe&amp;ling kopiëren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Volge&amp;nde</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ga terug</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Vol&amp;tooien</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>het domein {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>dit domein</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>je domein</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>Open in het XWMS-dashboard {domain_page} en zet {setting} aan.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>Open in het XWMS-dashboard Integrations → Client Secrets, maak een nieuwe sleutel, koppel die aan {domain} (Link Secret op {domain_page}) en geef de nieuwe sleutel aan je ontwikkelaar.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>XWMS kent de callback-URL {url} niet voor {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>XWMS kent deze callback-URL niet voor {the_domain}.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>Nu geregistreerd: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>Er is nog geen actieve callback-URL geregistreerd.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>Open in het XWMS-dashboard {domain_page} → Domain URLs en voeg {url} toe als actieve callback-URL, precies zo geschreven (XWMS vergelijkt hem letter voor letter, ook https:// en het pad).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>de callback-URL</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Het Client ID en de geheime sleutel kloppen, maar XWMS accepteert verzoeken voor {the_domain} alleen vanaf het serveradres {allowed}.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Het Client ID en de geheime sleutel kloppen, maar XWMS accepteert verzoeken voor {the_domain} alleen vanaf de server van je website.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>Dit verzoek kwam van {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>Dat is normaal als je test vanaf je eigen computer: de echte verzoeken moeten van de server van je website komen. Is het adres van die server veranderd, pas dan Server IP Address aan in het XWMS-dashboard onder {domain_page}.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>Hiervoor is de scope “{scope}” nodig, en die heeft deze client niet.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>Hiervoor is een scope nodig die deze client niet heeft.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>Open in het XWMS-dashboard Integrations → Client Scopes en zet {scope} aan.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>de scope</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} kan alleen door een Verified Partner gebruikt worden.</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>Deze scope kan alleen door een Verified Partner gebruikt worden.</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>Laat hem voorlopig weg, of vraag het aan in het Verification Center van het XWMS-dashboard (medewerkers van XWMS keuren elke aanvraag goed); zodra je geverifieerd bent, kun je de scope toevoegen.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>zien wie heeft ingelogd</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>wijzigen wat het inloggen mag lezen</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>de websites wijzigen</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>de geheime sleutels wijzigen</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>leden toevoegen of verwijderen</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>Je rol bij deze client staat niet toe: {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>Je rol bij deze client staat dit niet toe.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>Vraag de eigenaar van de client om de wijziging te doen, of om je rol deze toestemming te geven onder Members and Roles.</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>het Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>het domein</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>de geheime sleutel</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>{names} ontbrak.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>{names} ontbraken.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Het Client ID, het domein of de geheime sleutel ontbrak.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>Vul alle drie in (het XWMS-dashboard toont ze onder My Clients → je client) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS kent dit Client ID niet.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>Kopieer het Client ID opnieuw uit het XWMS-dashboard (My Clients → je client) en controleer het op typfouten of ontbrekende tekens.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>XWMS heeft {the_domain} niet bij de domeinen van deze client.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>Open in het XWMS-dashboard Integrations → Domains en voeg het toe als Root Domain (zonder https:// en zonder pad), of gebruik het domein dat er al staat.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>{the_domain} staat uit in XWMS.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>Inloggen is niet toegestaan voor {the_domain}.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>API-verzoeken zijn niet toegestaan voor {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS herkende de geheime sleutel niet.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>Kopieer de sleutel opnieuw, helemaal en zonder spaties. Ben je hem kwijt, maak dan een nieuwe in het XWMS-dashboard onder Integrations → Client Secrets en koppel die aan het domein.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>Deze geheime sleutel is ingetrokken en werkt niet meer.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>Deze geheime sleutel is verlopen.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>De geheime sleutel klopt, maar is niet gekoppeld aan {the_domain}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>Open in het XWMS-dashboard {domain_page}, kies Link Secret en kies deze sleutel.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS kent deze inlogcode niet.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>Begin opnieuw met inloggen; de website moet de code uit de callback-URL ongewijzigd doorgeven.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>Deze inlogcode is al gebruikt; elke code werkt maar één keer.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>Begin opnieuw met inloggen om een nieuwe code te krijgen.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>Deze inlogcode is verlopen (een code is 5 minuten geldig).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>Begin opnieuw met inloggen en rond het binnen 5 minuten af.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Het e-mailadres of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>Controleer ze allebei (let op hoofdletters in het wachtwoord) en log opnieuw in.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Je bent niet ingelogd, of je inlog is verlopen.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>Log opnieuw in met je XWMS-e-mailadres en -wachtwoord.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>Voor clients heb je een betaald XWMS-account nodig, en dit account heeft het gratis abonnement.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>Upgrade het account in het XWMS-dashboard, of log in met een betaald account, en ga dan verder.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>Je hebt al een client met deze naam.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>Kies een andere naam, of kies de bestaande client uit de lijst.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>Deze client heeft {the_domain} al.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>Gebruik het domein dat er al staat, of vul een ander in.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>Deze URL is al geregistreerd voor het domein.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>Is het de URL die je wilt, dan hoeft er niets meer te gebeuren; vul anders een ander adres in.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>Deze sleutel is al gekoppeld aan {the_domain}.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>Voor deze koppeling hoeft er niets meer te gebeuren.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>De server heeft deze stap al eerder gezien met andere gegevens, en is gestopt om niets dubbel te maken.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>Draai de wijziging terug die je sindsdien hebt gemaakt, of begin een nieuwe installatie, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS accepteerde een deel van de gegevens niet.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Verbeter de gemarkeerde velden en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>De server kon dit niet vinden; misschien is het intussen verwijderd.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>Controleer in het XWMS-dashboard of het nog bestaat en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>De server kon niet lezen wat de wizard stuurde.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>Dit is een fout in de wizard, niet in jouw gegevens. Probeer het opnieuw; blijft het gebeuren, meld het dan.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>Deze server biedt niet aan waar de wizard om vroeg.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>Controleer of het serveradres naar een XWMS-beheerserver wijst.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>Het bestand is te groot; een logo mag maximaal 1 MB zijn.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>Kies een kleinere PNG- of SVG-afbeelding.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>Een ingetrokken geheime sleutel kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>Maak in plaats daarvan een nieuwe sleutel (vernieuw de sleutel).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>Deze persoon is al uitgenodigd.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>Wacht op het antwoord: ze accepteren of weigeren op de inlogpagina van XWMS.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>Er wacht al een aanvraag voor deze toestemmingen.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>Wacht op het antwoord van het XWMS-team voordat je opnieuw aanvraagt.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>Je account is hiervoor al Verified Partner.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>Er is niets meer nodig: je kunt deze toestemmingen gebruiken.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>Deze client heeft al een rol met deze naam.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>Gebruik die rol, of kies een andere naam.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>Dit is de eigenaar van de client, die alles mag.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>Er is niets meer nodig; voeg iemand anders toe als lid.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>Deze persoon is al lid van de client.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>Voor deze persoon is niets meer nodig.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>Het logo moet een PNG- of SVG-afbeelding zijn.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>Kies een PNG- of SVG-bestand.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS weigerde het verzoek omdat het onvolledig was.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Controleer het Client ID, het domein, de geheime sleutel en de callback-URL en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS accepteerde de inloggegevens niet.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Controleer het Client ID en de geheime sleutel (kopieer ze opnieuw uit het XWMS-dashboard) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>XWMS staat dit niet toe voor deze client of dit domein.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>Controleer in het XWMS-dashboard onder Integrations → Domains of het domein Active is, Login en API toestaat en deze sleutel gekoppeld heeft.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Dit bestaat al.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>Gebruik het bestaande, of kies een andere naam of een ander adres.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>De server krijgt op dit moment te veel verzoeken.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>De server weigerde dit verzoek.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>Controleer de gegevens die je hebt ingevuld en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>XWMS zei: “{message}”</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: de nieuwe sleutel zou verlopen op {date}, over %n dag. Zet een latere vervaldatum voor de sleutel (zoals {suggestion}), of geen, en vernieuw dan.</numerusform>
            <numerusform>secret.expires: de nieuwe sleutel zou verlopen op {date}, over %n dagen. Zet een latere vervaldatum voor de sleutel (zoals {suggestion}), of geen, en vernieuw dan.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} bestaat niet op deze server, dus er is geen sleutel om te vernieuwen. Maak eerst de instellingen aan (xwms-wizard apply, of de wizard).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>de nieuwe sleutel “{label}” (eindigt op {hint}) was al gemaakt</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>de nieuwe sleutel is goedgekeurd bij de controle op {time}</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>De nieuwe sleutel is niet door de controle gekomen, dus de oude sleutel blijft actief: inloggen blijft daarmee werken.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>De geheime sleutel vernieuwen</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Een nieuwe sleutel die werkt voordat de oude stopt.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>De wizard maakt een nieuwe geheime sleutel naast de huidige, koppelt die aan je website en controleert dat XWMS hem accepteert. Beide sleutels werken totdat je ontwikkelaar de nieuwe op je website heeft gezet; daarna zet je de oude sleutel hier uit. Onderweg wordt niemand uitgelogd.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>Sleutel &amp;vernieuwen</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Sleutel vernieuwen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>De nieuwe sleutel stopt op een &amp;datum</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>De nieuwe sleutel stopt op een datum</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>De vervaldatum van de nieuwe sleutel</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>De oude sleutel &amp;uitzetten…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>De oude sleutel uitzetten, zodra je ontwikkelaar de nieuwe gebruikt</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>Website: {site}. Huidige sleutel: “{label}”.</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>De sleutel wordt vernieuwd…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ De oude sleutel staat uit; alleen de nieuwe werkt.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ De nieuwe sleutel werkt. De oude werkt ook nog, tot je hem uitzet: geef je ontwikkelaar eerst de nieuwe sleutel (de volgende pagina schrijft de map voor hem of haar).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>Gebruikt de website van je ontwikkelaar de nieuwe sleutel al? De oude sleutel stopt meteen; een site die hem nog gebruikt, kan niemand meer laten inloggen.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>De oude sleutel uitzetten?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Uitzetten</translation>
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
        <source>What will change</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>Maak een &amp;nieuwe sleutel (de oude wordt ingetrokken zodra de nieuwe werkt)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Maak een nieuwe sleutel</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>&amp;Behoud de huidige sleutel; laat het geheim uit de bundel (je ontwikkelaar heeft hem al)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Behoud de huidige sleutel</translation>
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
        <source>Looking at what XWMS already has…</source>
        <translation>Kijken wat XWMS al heeft…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>Contro&amp;leer en ga verder</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>XWMS heeft dit allemaal al.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>&amp;Wijzigingen doorvoeren</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Er is nog niets veranderd.</translation>
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
        <source>Choose below what to do, then press Try again.</source>
        <translation>Kies hieronder wat je wilt, en druk dan op Opnieuw proberen.</translation>
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
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>De postadressen die de persoon in XWMS bewaart, bijvoorbeeld voor bezorging of facturen. Je website kan ze lezen en voor de persoon bijwerken (toevoegen, wijzigen, verwijderen).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>Welke andere inlogdiensten de persoon aan het eigen XWMS-account heeft gekoppeld.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Inlogdiensten lezen</translation>
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
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (alleen voor Verified Partners)
{description}
Word er een door aan te vragen zodra deze client bestaat: op de pagina ‘Mensen en toegang’ van de wizard (Instellingen die ik al heb controleren of wijzigen), of in het Verification Center van het XWMS-dashboard.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (voor Verified Partners: je bedrijf is er een)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Zonder vinkjes krijgt je website alleen een nummer dat voor de persoon staat, niet de naam of het e-mailadres. Prima als je website niet meer nodig heeft.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>De geheime sleutel van de client, “{label}” (eindigt op {hint}), wordt ook aan deze website gekoppeld; er wordt geen nieuwe sleutel gemaakt.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>Er wordt een nieuwe geheime sleutel gemaakt: deze website heeft er nog geen.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>Er wordt een nieuwe geheime sleutel gemaakt, omdat de oude (“{label}”, eindigt op {hint}) is ingetrokken.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>Er wordt een nieuwe geheime sleutel gemaakt, omdat de oude (“{label}”, eindigt op {hint}) op {date} is verlopen.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>Er wordt een nieuwe geheime sleutel gemaakt, omdat deze computer de waarde van de huidige (“{label}”, eindigt op {hint}) niet heeft. Zodra de nieuwe sleutel werkt, wordt de oude ingetrokken.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>De geheime sleutel van de website (“{label}”, eindigt op {hint}) werkt, maar de waarde staat niet op deze computer: maak een nieuwe sleutel, of houd deze en laat het geheim uit de bundel.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>De geheime sleutel “{label}” (eindigt op {hint}) blijft zoals hij is.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>De geheime sleutel “{label}” (eindigt op {hint}) blijft zoals hij is; de waarde staat niet op deze computer, dus de bundel laat hem weg.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>naam “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>vervaldatum {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>De geheime sleutel die eindigt op {hint} verandert: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>Je nieuwe geheime sleutel (één keer getoond)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS laat deze sleutel alleen nu zien. Je ontwikkelaar heeft hem nodig; iemand anders die hem heeft, kan zich voordoen als jouw website. Ga er dus mee om als met een wachtwoord.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Nieuwe geheime sleutel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Weergeven</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>De nieuwe geheime sleutel tonen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>De nieuwe geheime sleutel kopiëren</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Bewaard in de sleutelbos van deze computer, zodat de wizard hem op de volgende pagina in de map voor je ontwikkelaar kan zetten.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>Deze computer heeft geen sleutelbos, dus de sleutel wordt alleen bewaard zolang de wizard open is. Zet hem op de volgende pagina in de map voor je ontwikkelaar, of kopieer hem nu naar je wachtwoordbeheerder.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Gekopieerd. De wizard maakt het klembord over 60 seconden leeg als de sleutel er dan nog op staat.</translation>
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
        <source>Secret key from the dashboard</source>
        <translation>Geheime sleutel uit het dashboard</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>plak de geheime sleutel hier</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>Het XWMS-dashboard toont een nieuwe geheime sleutel maar één keer. Kopieer hem daar en plak hem hier: de wizard bewaart hem in de sleutelhanger van deze computer (nooit in een bestand) en gebruikt hem voor de controle en voor de map voor je ontwikkelaar.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheime &amp;sleutel:</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ De geheime sleutel staat in de sleutelhanger van deze computer. Plak hier alleen een sleutel als je hem wilt vervangen.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>Plak hier de geheime sleutel zodra het dashboard hem toont.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>De sleutel wordt gekoppeld aan {domain}: je website kan hem daar gebruiken en nergens anders.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>hij verloopt niet</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>hij werkt niet meer vanaf {date}</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>De waarde staat in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>De waarde staat niet op deze computer; bij Controleren wordt gevraagd wat je wilt.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>Deze website heeft al een sleutel: “{label}”, eindigt op {hint}; {expiry}. {where} Verander hier de naam of vervaldatum om die sleutel te veranderen; verder gebeurt er niets mee.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>Dit XWMS-account heeft het gratis abonnement. Clients (wat een website nodig heeft voor Inloggen met XWMS) horen bij een betaald account: upgrade het account in het XWMS-dashboard en log daarna opnieuw in.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>Serveradres: dit is geen webadres. Typ het zoals https://xwms.voorbeeld.nl of http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>API-adres van XWMS: dit is geen webadres. Typ het zoals {url}, of laat het standaardadres staan.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>API-adres van XWMS: het moet beginnen met https:// (http:// is alleen voor een testserver op deze computer), want de controle stuurt je geheime sleutel ernaartoe.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>Oefenen kon niet starten: de oefenserver is niet gestart op deze computer. {why} Klik op Opnieuw proberen; blijft het mislukken, start dan de computer opnieuw op of kies een eigen server op de eerste pagina.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>E-mail: typ het e-mailadres waarmee je inlogt bij XWMS.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>Wachtwoord: typ je XWMS-wachtwoord.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>Wachtwoord: de inlog die deze computer voor {email} bewaarde is verlopen. Typ je XWMS-wachtwoord om opnieuw in te loggen.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: plak eerst het Client ID op de pagina Client; de geheime sleutel wordt daaronder bewaard.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>De modus voor je echte XWMS-account is niet gekozen: ga terug naar de eerste pagina en kies hem.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>Geheime sleutel: de wizard heeft geen geheime sleutel voor dit Client ID. Ga Terug naar de pagina Geheime sleutel en plak de sleutel uit het XWMS-dashboard.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>Niet gecontroleerd: de wizard kon XWMS op {host} niet bereiken vanaf de computer van de eigenaar, dus nog niemand heeft bevestigd dat deze instellingen werken</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>Map: er staat geen leesbaar {name} in {folder}. Kies de map die de wizard voor je ontwikkelaar schreef (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>Log eerst in: ga terug naar de pagina Account.</translation>
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
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>verloopt niet</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>verlopen op {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>verloopt vandaag</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>verloopt morgen</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>verloopt over %n dag ({date})</numerusform>
            <numerusform>verloopt over %n dagen ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>niet gecontroleerd: de website heeft geen werkende sleutel</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>niet gecontroleerd: de waarde van de sleutel staat niet op deze computer (controleer met `xwms-wizard verify` waar de .env staat)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>niet gecontroleerd: de website heeft geen callback-URL</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site} heeft geen geheime sleutel, dus daar kan nog niemand inloggen.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>De sleutel “{label}” van {site} is ingetrokken en de website heeft geen andere: inloggen werkt daar niet meer.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>De sleutel “{label}” van {site} is verlopen op {date}: inloggen werkt daar niet meer.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>De sleutel “{label}” van {site}: {expiry}. Dan werkt inloggen niet meer.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS weigerde de inlogcontrole voor {site}: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Je instellingen</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Hoe het met je Inloggen met XWMS gaat, en wat je nu kunt doen.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>Kies de client die je wilt bekijken. De wizard leest hem uit XWMS en probeert voor elke website een inlog met de geheime sleutel die deze computer bewaart (niemand wordt ingelogd en er verandert niets). Wat aandacht nodig heeft staat bovenaan, elk met wat het oplost.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>Client om te bekijken</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>Hoe het met de instellingen gaat</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>Sleutel &amp;vernieuwen…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>De geheime sleutel vernieuwen zonder onderbreking</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>Deze instellingen &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>De websites, schakelaars of toestemmingen wijzigen</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>Een sleutel &amp;intrekken…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>Een uitgelekte geheime sleutel intrekken</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Mensen en toegang…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Wie heeft ingelogd, testers, Verified Partner en leden</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Je clients worden gelezen…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>Dit account heeft nog geen clients. Ga terug naar de eerste pagina en kies “Inloggen met XWMS instellen” om er een te maken.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>{name} wordt gecontroleerd bij XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ Alles is in orde: elke website werkt en geen sleutel verloopt binnen 30 dagen.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Heeft je aandacht nodig:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>“{label}” (eindigt op {hint}): {expiry}; gebruikt door {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>geen website</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>alleen het XWMS-nummer van de persoon</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Mag lezen</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Geheime sleutels</translation>
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
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>Inloggen {login}, API {api}, {active}, testmodus {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Inloggen werkt: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Inloggen werkt niet: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Komt terug op: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>Los op wat XWMS noemt, of kies Deze instellingen wijzigen.</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>Kies Deze instellingen wijzigen: de wizard maakt en koppelt een sleutel.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>Kies Sleutel vernieuwen: een nieuwe sleutel werkt voordat de oude stopt.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>De sleutel “{label}” (eindigt op {hint}) intrekken? Hij stopt meteen: inloggen op {sites} stopt totdat een nieuwe sleutel is gekoppeld en je ontwikkelaar die heeft. Kies daarna Sleutel vernieuwen of Deze instellingen wijzigen om een nieuwe te maken.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Deze sleutel intrekken?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>De sleutel wordt ingetrokken…</translation>
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
        <source>Your setup</source>
        <translation>Je instellingen</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Sleutel vernieuwen</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>Mensen en toegang</translation>
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
        <source>Check my setup</source>
        <translation>Mijn instellingen controleren</translation>
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
    <message>
        <source>Revoke the old secret key</source>
        <translation>De oude geheime sleutel intrekken</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>De client en de website zoeken</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Aanvragen om Verified Partner te worden</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>De leden uitnodigen</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>een spatie</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>een regeleinde</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>een tab</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>een spatie-achtig teken</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>een onzichtbaar teken</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>typ een naam als tekst, bijvoorbeeld “mijnbedrijf-website”.</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>Probeer {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>typ een naam voor deze koppeling, bijvoorbeeld “mijnbedrijf-website”.</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name} bevat hoofdletters. Gebruik alleen kleine letters.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name} bevat spaties. Zet liever streepjes tussen de woorden.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name} bevat {character}. Gebruik alleen kleine letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name} moet met een letter beginnen.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} is te kort. Gebruik minstens {least} tekens.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>de naam is {length} tekens lang; het maximum is {most}. Maak hem korter.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>je hebt al een client die {name} heet. Kies hem uit de lijst met bestaande clients om hem aan te vullen, of kies een andere naam, bijvoorbeeld {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>je hebt al een client die {name} heet. Kies hem uit de lijst met bestaande clients om hem aan te vullen, of kies een andere naam.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>gebruik alleen kleine letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host} bevat tekens die niet in een webadres kunnen.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host} heeft een leeg deel (twee punten achter elkaar, of een punt aan het begin).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>het deel {part} is geen geldige internationale naam.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host} bevat {character}. Een webadres heeft alleen letters, cijfers, streepjes en punten.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>het deel {part} begint of eindigt met een streepje; haal dat weg.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>het deel {part} kan niet in een webadres staan.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>het deel {part} is {length} tekens lang; elk deel tussen de punten mag er hoogstens {most} hebben.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>we konden geen websiteadres lezen in {text}.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>we konden geen websiteadres vinden in {text}.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>typ het adres als tekst, bijvoorbeeld voorbeeld.nl.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>typ het adres van je website, bijvoorbeeld voorbeeld.nl.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text} bevat {character}. Typ het adres zonder.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} lijkt een e-mailadres. Typ in plaats daarvan het adres van je website, bijvoorbeeld voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>Typ alleen het adres, bijvoorbeeld voorbeeld.nl.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} is een IP-adres, geen websiteadres. Typ hier de naam van je website (bijvoorbeeld voorbeeld.nl) en zet het IP-adres in het veld IP-adres van de server.</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>Typ een adres zoals voorbeeld.nl.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>“localhost” betekent deze computer, geen website. Typ het adres van je website, bijvoorbeeld voorbeeld.nl; wil je op deze computer testen, zet dan Testmodus aan en gebruik een localhost-callback-URL.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} is geen volledig websiteadres. Zet de extensie erachter, bijvoorbeeld {name}.com of {name}.nl.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} eindigt op een getal. Een websiteadres eindigt op een naam, zoals .com of .nl; een IP-adres hoort in het veld IP-adres van de server.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>het adres is {length} tekens lang; het maximum is {most}. Controleer of je alleen het adres van je website hebt getypt.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>We hebben {text} veranderd in {value}.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} is een internationaal adres; het wordt bewaard als {value}, de vorm die het internet gebruikt.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>bedoel je {hint}? Het hoofddomein is meestal het adres zonder “www.”; de callback-URL mag wel op www staan.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>Typ een naam, bijvoorbeeld de naam van je winkel.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>een naam heeft letters nodig, niet alleen cijfers. Typ een naam met letters van a tot z, bijvoorbeeld de naam van je winkel.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>de wizard kan van {text} geen naam maken. Typ een naam met letters van a tot z, bijvoorbeeld de naam van je winkel.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>Typ verder: een naam heeft minstens {least} letters of cijfers nodig.</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>Een naam begint met een letter, dus de wizard liet {part} aan het begin weg.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>Je websiteadres is {root}. Je site opent op {site}, dus de callback-URL blijft daar.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>De wizard houdt alleen het websiteadres; {path} is hier niet nodig. Je inlogpagina kan nog steeds overal op je site staan.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>typ maar één adres: dat van waaruit je server XWMS aanroept.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>typ het adres als tekst, bijvoorbeeld 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text} bevat {character}. Haal dat weg.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} is een reeks adressen. Typ het ene adres van je server, zonder het deel met “/”.</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>typ het adres zonder het deel “%{zone}”.</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>We hebben de vierkante haken weggehaald: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text} bevat een poortnummer. Typ het adres zonder “:poort”.</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} is geen IP-adres. Een IP-adres ziet eruit als 203.0.113.10 (of, bij IPv6, 2001:db8::10); je hostingbedrijf kan je het jouwe geven.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>We hebben {text} veranderd in {value}, hetzelfde adres in de gebruikelijke vorm.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>We hebben {text} in de gebruikelijke vorm geschreven: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} is niet het adres van één computer. Typ het openbare IP-adres van je server.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} betekent “deze computer zelf”. XWMS ziet het openbare adres van je server, dus verzoeken zouden geweigerd worden; gebruik het openbare IP-adres van je server.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} werkt alleen binnen één lokaal netwerk. XWMS ziet het openbare adres van je server, dus verzoeken zouden geweigerd worden; gebruik het openbare IP-adres van je server.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} is een privé- of gereserveerd adres, geen openbaar adres. XWMS ziet het openbare adres van je server, dus verzoeken zouden geweigerd worden; gebruik het openbare IP-adres van je server (je hostingbedrijf kan het je geven).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>we konden {url} niet lezen als webadres. Controleer het.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>het websitedeel ontbreekt na {scheme}://.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>typ het adres als tekst.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>typ het volledige adres, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>het adres bevat {character}. Haal dat weg.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>het adres is {length} tekens lang; het maximum is {most}.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>jokertekens (“*”) mogen niet: XWMS vergelijkt het adres precies. Typ het ene volledige adres dat je site gebruikt.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>het adres moet beginnen met https://. Bijvoorbeeld {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>het adres moet beginnen met https://.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>het adres bevat {character}, en dat kan niet in een webadres.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>haal het deel vanaf “#” weg. XWMS zet de inlogcode achter het adres, en een deel met “#” zou die voor je site verbergen.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>na een “%” moeten twee hexadecimale tekens komen (zoals %20). Controleer het.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>het adres moet beginnen met https://, niet met {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>haal de gebruikersnaam of het wachtwoord weg (het deel vóór “@”). Zet nooit een wachtwoord in een adres.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>het poortnummer (na “:”) moet een getal van 1 tot 65535 zijn, of weggelaten worden.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>haal de punt aan het eind van het websitedeel van het adres weg.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>adressen op deze computer (localhost) werken alleen in Testmodus. Zet Testmodus aan voor dit domein, of gebruik een adres op je website.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>gebruik de naam van je website in het adres, geen IP-adres, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>gebruik de naam van je website in het adres, geen IP-adres.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>het websitedeel is langer dan {most} tekens.</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>vul eerst een geldig websiteadres (hoofddomein) in; dit adres moet daarop staan.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} staat niet op je website {root}. Gebruik een adres op {domain} of een van de subdomeinen ervan, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>gebruik https:// (een beveiligd adres). Gewoon http:// werkt alleen voor localhost in Testmodus.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>opgeslagen als {url}: hetzelfde adres, met de internationale naam geschreven zoals XWMS die opslaat. Je site mag beide schrijfwijzen meesturen.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>het begint met hoofdletters. XWMS vergelijkt het adres precies, dus je site moet het precies zo geschreven meesturen.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>typ het als tekst.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>het bevat {character}. Houd het op één regel.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>het is {length} tekens lang; het maximum is {most}. Maak het korter.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>een JPEG-foto</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>een GIF-afbeelding</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>een WebP-afbeelding</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>geen PNG- of SVG-afbeelding</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>kies het afbeeldingsbestand opnieuw.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>de bestandsnaam bevat een onzichtbaar teken. Kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>we kunnen het bestand {file} niet vinden. Kies de afbeelding opnieuw.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} is een map, geen afbeelding. Kies het afbeeldingsbestand.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>de afbeelding is {size} MB; het maximum is 1 MB. Sla een kleinere versie op (een logo van 512 × 512 pixels is ruim genoeg).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>het bestand {file} is leeg. Kies een andere afbeelding.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>we konden {file} niet openen. Controleer of je het mag lezen, of kopieer het naar je map Documenten en kies het daar.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>het bestand {file} is {kind}. XWMS neemt PNG- of SVG-afbeeldingen: sla je logo op als PNG en kies dat bestand.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} is geen datum die we kunnen lezen. Schrijf hem als jaar-maand-dag, bijvoorbeeld {year}-12-31, of laat het leeg voor een sleutel die niet verloopt.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} is vandaag. Kies een datum na vandaag, of laat het leeg voor een sleutel die niet verloopt.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} is al voorbij. Kies een datum na vandaag, of laat het leeg voor een sleutel die niet verloopt.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>de sleutel werkt over %n dag niet meer ({date}). Je ontwikkelaar moet hem daarvoor vervangen; een latere datum geeft meer tijd.</numerusform>
            <numerusform>de sleutel werkt over %n dagen niet meer ({date}). Je ontwikkelaar moet hem daarvoor vervangen; een latere datum geeft meer tijd.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>plak de sleutel als tekst.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>er is niets geplakt. Kopieer de sleutel uit het XWMS-dashboard en plak hem hier.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>wat je hebt geplakt beslaat meer dan één regel, dus het is meer dan de sleutel. Kopieer alleen de sleutel zelf uit het XWMS-dashboard en plak hem opnieuw.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>wat je hebt geplakt bevat een onzichtbaar teken (zoals een tab). Kopieer alleen de sleutel zelf uit het XWMS-dashboard en plak hem opnieuw.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>er staat een spatie in. Sleutels hebben die niet; controleer of je alleen de sleutel hebt gekopieerd.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>plak het {label} als tekst.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>plak het {label} dat het XWMS-dashboard ervoor toont.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>het bevat {character}. Kopieer alleen het {label} zelf uit het XWMS-dashboard en plak het opnieuw.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>wat je hebt geplakt is {length} tekens lang, veel langer dan een {label}. Kopieer alleen het ID zelf en plak het opnieuw.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>geef de scopes als lijst, bijvoorbeeld [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>een waarde die geen tekst is</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} is geen scopenaam. Scopenamen zijn korte woorden in kleine letters, zoals “profile” of “userinfo”.</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>ontbreekt. Vul het e-mailadres in dat deze persoon voor het eigen XWMS-account gebruikt.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} is geen e-mailadres. Schrijf het als name@example.com: het adres dat deze persoon voor het eigen XWMS-account gebruikt.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} is geen rol die de wizard kent. Gebruik een van deze: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>leeg. Noem de scopes die je aanvraagt, bijvoorbeeld scopes = [&quot;payments&quot;], of haal de sectie [verification] weg.</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} staat niet bij keys onder [scopes] in het plan. Zet hem daar ook: de aanvraag is voor scopes die de website gaat gebruiken.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes} heeft geen Verified Partner nodig: iedereen mag hem gebruiken. Vraag alleen {locked} aan, of haal de sectie [verification] weg.</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} kan alleen door een Verified Partner gebruikt worden, en dit account is dat nog niet. Voeg een sectie [verification] toe met scopes = [{first}] en notities over waarvoor je website hem gebruikt, of laat hem voorlopig weg uit [scopes].</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>deze server biedt {unknown} niet aan. De scopes die hij aanbiedt zijn: {known}. Pas de lijst in het plan aan (of laat hem leeg).</translation>
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
        <source>What do you want to do?</source>
        <translation>Wat wil je doen?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>Inloggen &amp;met XWMS instellen voor een website</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>Inloggen met XWMS instellen voor een website</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>Instellingen die ik al &amp;heb controleren of wijzigen (sleutel vernieuwen, website toevoegen …)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>Bestaande instellingen controleren of wijzigen</translation>
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
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>Voor je echte website. De wizard laat je stap voor stap zien waar je in het XWMS-dashboard op klikt, en controleert daarna bij XWMS of alles werkt. Je hebt een betaald XWMS-account nodig.</translation>
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
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>de naam van de client</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>het hoofddomein</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>het IP-adres van de server</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>de interne naam</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>de instelling Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>de instelling Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>de instelling Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>de instelling Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>de instelling Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>de fallback-URL</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>de callback-URL</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>het logo</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>de scopes</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>de naam van de sleutel</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>de vervaldatum</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>de te koppelen geheime sleutel</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>password</source>
        <translation>het wachtwoord</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>Deel {number} van {total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(leeg laten)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>{field} kopiëren</translation>
    </message>
</context>
</TS>
