<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
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
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Use lowercase letters, digits and hyphens, such as “my-bakery-shop”. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as my-bakery-shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name: the wizard suggests a name XWMS accepts, and you can use it with one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
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
        <source>Make a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
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
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address and the page on it that receives people after they log in (the callback URL). The switches say what the website may do. The suggested settings are right for most websites.</source>
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
        <source>Your website&apos;s address without https:// and without anything after it, such as example.com. Login works on this address and its subdomains (such as shop.example.com). You can paste a full address: the wizard keeps only the part it needs and tells you.</source>
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
        <source>More options</source>
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
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
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
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can use the folder to try the login on their own computer. For your real website, run the wizard again with your XWMS account.</source>
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
        <source>✓ Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
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
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
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
        <source>Where</source>
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
        <source>Read, add, change and remove the person&apos;s postal addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked. Needs a Verified Partner.</source>
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
        <source>{title}  (needs a Verified Partner)
{description}
Only businesses that XWMS has verified can use this. Apply in the Verification Center of the XWMS dashboard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
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
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
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
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
        <source>Not available in this version yet. A later version guides you through the XWMS dashboard and checks the result. Until then, try Practice, or ask your developer about a custom server.</source>
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
</TS>
