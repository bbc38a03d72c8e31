<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan {plan} has {count} problem(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The plan {source} has 1 problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan {source} has {count} problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes] and [secret]. Compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message>
        <source>secret.expires: the new key would expire on {date}, {days} days from now. Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply in the Verification Center of the XWMS dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in {days} days ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret stops working in 1 day ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret stops working in {days} days ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
