<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>আপনার XWMS অ্যাকাউন্ট</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>উইজার্ড আপনার হয়ে আপনার XWMS অ্যাকাউন্টে কাজ করে, ঠিক যেভাবে আপনি নিজে XWMS ড্যাশবোর্ডে করতেন। অনুশীলন মোডে এটি অনুশীলন সার্ভারের একটি ডেমো অ্যাকাউন্ট ব্যবহার করে, তাই আপনাকে কিছুই টাইপ করতে হবে না। কাস্টম সার্ভারে সেই সার্ভারের অ্যাকাউন্টের ইমেইল ও পাসওয়ার্ড দিয়ে সাইন ইন করুন; উইজার্ড সাইন-ইনটি এই কম্পিউটারের কী-চেইনে রাখে, কখনো কোনো ফাইলে নয়।</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>অনুশীলন মোড এই কম্পিউটারে একটি ছোট XWMS সার্ভার চালু করে এবং তার ডেমো অ্যাকাউন্টে (owner@example.com) সাইন ইন করে। সেখানে আপনি যা তৈরি করেন তা এই কম্পিউটারেই থাকে, তাই পরে আবার ফিরে আসতে পারবেন।</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ইমেইল (&amp;E):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>পাসওয়ার্ড (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>সাইন ইন (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>সাইন ইন</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>রাখা সাইন-ইন মুছুন (&amp;F)</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>এই কম্পিউটারে রাখা সাইন-ইন মুছে ফেলুন</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>আবার চেষ্টা করুন (&amp;T)</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>সার্ভারের অ্যাকাউন্টে সাইন ইন করুন।</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>সার্ভার: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>অনুশীলন অ্যাকাউন্ট নিজে থেকেই সাইন ইন করে।</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>পরিবর্তনগুলো আপনি XWMS ড্যাশবোর্ডে করবেন; উইজার্ড আপনাকে পথ দেখাবে।</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>প্রস্তুত হচ্ছে…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>এই কম্পিউটার আগেরবারের সাইন-ইন মনে রেখেছে: “সাইন ইন” চাপুন, পাসওয়ার্ড লাগবে না।</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>ইমেইল: এটি এখনো ইমেইল ঠিকানা নয় (এতে একটি @ লাগবে)।</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>অনুশীলন সার্ভার চালু করে সাইন ইন করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>{server}-এ সাইন ইন করা হচ্ছে…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ {email} হিসেবে সাইন ইন করা হয়েছে।</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ অনুশীলন অ্যাকাউন্টে সাইন ইন করা হয়েছে।</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>থামানো হয়েছে। সাইন ইন করতে “আবার চেষ্টা করুন” চাপুন, অথবা অন্য উপায় বেছে নিতে “পিছনে” চেপে ফিরে যান।</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>উন্নত (&amp;V)</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>XWMS-এর উন্নত সেটিংস</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>XWMS API ঠিকানা</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>যে ঠিকানায় উইজার্ড আপনার সেটআপ যাচাই করে। XWMS বা আপনার ডেভেলপার অন্য ঠিকানা না দিলে এটি যেমন আছে ({default}) তেমনই রাখুন।</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>খালি: উইজার্ড {default} ব্যবহার করবে</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>উইজার্ড {url} ব্যবহার করবে</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} আগে থেকেই ছিল; হালনাগাদ করা হয়েছে: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>লোগো ফাইল {file} পড়া যায়নি। ফাইলটি আবার বেছে নিন।</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} আগে থেকেই ওয়েবসাইটের লোগো</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} নিবন্ধিত ছিল কিন্তু বন্ধ ছিল; চালু করা হয়েছে</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} আগে থেকেই নিবন্ধিত</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>XWMS টিম {scopes} অনুমোদন করেছে</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>অনুরোধ {id} XWMS টিমের উত্তরের অপেক্ষায় আছে</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>XWMS টিম {scopes}-এর জন্য এই আবেদনটি প্রত্যাখ্যান করেছে: {reason} [verification]-এর নিচে নোটে এর উত্তর দিন, অথবা স্কোপগুলো বাদ দিন, তারপর কমান্ডটি আবার চালান।</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>এই অ্যাকাউন্ট আগে থেকেই {scopes}-এর জন্য যাচাইকৃত পার্টনার</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>অনুরোধ {id} পাঠানো হয়েছে; XWMS টিম এটি অনুমোদন করবে, নয়তো কেন করেনি তা জানাবে</translation>
    </message>
    <message>
        <source>none</source>
        <translation>নেই</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; XWMS টিম অনুমোদন করলে {scopes}</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>আগেই সেট করা: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>আগে থেকেই সদস্য: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (কী-চেইনে সংরক্ষিত)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (আপাতত মেমরিতে রাখা)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>সিক্রেট আগে থেকেই যুক্ত</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>{domain}-এর সাথে যুক্ত</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>প্রত্যাহার করার মতো কোনো পুরোনো কী নেই</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>পুরোনো কী আগেই প্রত্যাহার করা হয়েছিল</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>{hints} দিয়ে শেষ হওয়া কী প্রত্যাহার করা হয়েছে</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>যাচাই করা হয়নি: সিক্রেটের মান এই কম্পিউটারে নেই। যেখানে সিক্রেট রাখা আছে, সেখানে `xwms-wizard verify` দিয়ে যাচাই করুন।</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>Client ID ও সিক্রেট ঠিক আছে। XWMS শুধু আপনার সার্ভারের ঠিকানা থেকে আসা কল গ্রহণ করে, তাই শেষ যাচাইটি আপনার সার্ভারে চলে: সেটি হস্তান্তর ফোল্ডারে আছে।</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS Client ID, সিক্রেট ও কলব্যাক URL গ্রহণ করেছে: লগইন ব্যবহারের জন্য প্রস্তুত।</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>কাজ চলছে</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>উইজার্ড যা করছে তা বাতিল করুন</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>থামানো হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>আছে</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>বাদ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>মেয়াদ শেষের তারিখ নেই</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>ক্লায়েন্ট:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>ডোমেইন:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>কলব্যাক URL:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>স্কোপ:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>নেই</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>সিক্রেট:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (শেষে {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API URL:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>অপেক্ষমাণ:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, XWMS টিম অনুরোধ {id} অনুমোদন করলে</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>সদস্য:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>যাচাই:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>সারসংক্ষেপ</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>ইমেইল: --email দিয়ে অ্যাকাউন্টের ইমেইল ঠিকানা দিন (পাসওয়ার্ড আসবে {variable} থেকে, অথবা জিজ্ঞাসা করে নেওয়া হবে)।</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>পাসওয়ার্ড: এনভায়রনমেন্ট ভেরিয়েবল {variable} সেট করুন, অথবা পাসওয়ার্ড জিজ্ঞাসা করে নেওয়ার জন্য এটি একটি টার্মিনালে চালান।</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>{email}-এর পাসওয়ার্ড: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
কিছুই বদলানো হয়নি। নতুন কী তৈরি করতে একই কমান্ড --new-secret দিয়ে চালান (নতুনটি কাজ করলে পুরোনোটি প্রত্যাহার করা হবে), অথবা বর্তমান কী রেখে দিতে ও হস্তান্তর ফোল্ডারে সিক্রেট না রাখতে --keep-secret দিয়ে চালান।</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>এই কম্পিউটারে কোনো কী-চেইন নেই, তাই এই কমান্ড শেষ হলেই নতুন সিক্রেট কী হারিয়ে যাবে। কিছুই বদলানো হয়নি। এটি --export DIR --include-secret দিয়ে চালান: তখন কী-টি হস্তান্তর ফোল্ডারের .env ফাইলে যাবে, আর সেটিই হবে এর একমাত্র কপি।</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>এই রানে যা বদলাবে:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>দ্রষ্টব্য: সিক্রেট কী-এর মান এই কম্পিউটারে নেই, তাই হস্তান্তর ফোল্ডারে এটি রাখা হয়নি (--keep-secret যেমন বলে)।</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>দ্রষ্টব্য: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>প্ল্যান {plan}-এ %nটি সমস্যা আছে:</numerusform>
            <numerusform>প্ল্যান {plan}-এ %nটি সমস্যা আছে:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>অনুশীলন সার্ভার (স্যান্ডবক্স) চালু হচ্ছে...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>{url}-এ {email} হিসেবে সাইন ইন করা হয়েছে</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>&apos;{step}&apos;-এ থেমেছে: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>যেখানে থেমেছিল সেখান থেকে চালিয়ে যেতে একই কমান্ড আবার চালান।</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>সবকিছু আগে থেকেই ছিল; নতুন কিছু তৈরি করা হয়নি।</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>সাইন ইন</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>সার্ভারের সাথে প্ল্যান মিলিয়ে দেখা</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>আপনার ডেভেলপারের জন্য ফোল্ডার তৈরি</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>হস্তান্তর ফোল্ডার তৈরি হয়েছে: {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>জিপ কপি: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>দ্রষ্টব্য: এই কম্পিউটারে কোনো কী-চেইন নেই, তাই নতুন সিক্রেট কী শুধু হস্তান্তর ফোল্ডারের .env ফাইলে রাখা আছে। ফাইলটি নিরাপদে রাখুন।</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>দ্রষ্টব্য: এই কম্পিউটারে কোনো কী-চেইন নেই এবং হস্তান্তর ফোল্ডারে সিক্রেট রাখা হয়নি (--include-secret নেই), তাই নতুন কী-এর মান কোথাও রাখা নেই। আপনার ডেভেলপারের দরকার হলে একই কমান্ড --new-secret --include-secret দিয়ে চালান।</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>প্ল্যানে {field} বদলান, তারপর কমান্ডটি আবার চালান: যেখানে থেমেছিল সেখান থেকে চলবে।</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>যেমন আছে তেমনভাবে আবার চালালে এখানেই আবার থামবে: আগে উপরের লাইনে যা বলা আছে তা করুন। এ পর্যন্ত যা তৈরি হয়েছে তা থেকে যাবে, আর পরের রান সেখান থেকেই চলবে।</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>থামানো হয়েছে। যেখানে থেমেছিল সেখান থেকে চালিয়ে যেতে একই কমান্ড আবার চালান।</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>{url}-এ {name}-এর সাথে যোগাযোগ হয়েছে</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>ঠিক আছে: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>এখনো কাজ করছে না: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>{path}-এ কোনো ফাইল নেই। --env দিয়ে .env ফাইলের পাথ দিন।</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>{path}-এ {keys}-এর কোনো মান নেই।</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>সিক্রেট প্রায়ই ইচ্ছে করেই হস্তান্তর ফোল্ডারে রাখা হয় না: XWMS_CLIENT_SECRET= এর পরে (একক উদ্ধৃতিচিহ্নের মধ্যে) এটি পেস্ট করে আবার চালান।</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>যাচাই করা যায়নি: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>এই চেকলিস্ট {path}-এ সংরক্ষণ করা হয়েছে</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>এই কম্পিউটারে কোনো কী-চেইন নেই, তাই এই কমান্ড শেষ হলেই নতুন সিক্রেট কী হারিয়ে যেত। কিছুই বদলানো হয়নি। এটি --export DIR --include-secret দিয়ে চালান: তখন কী-টি হস্তান্তর ফোল্ডারের .env ফাইলে যাবে, আর সেটিই হবে এর একমাত্র কপি।</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>পুরোনো কী প্রত্যাহার করা হয়েছে; এখন শুধু নতুনটি কাজ করে।</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>পুরোনো কী-ও এখনো কাজ করে। আপনার ডেভেলপারকে নতুন কী দিন; তাদের সাইট নতুনটি ব্যবহার শুরু করলে পুরোনোটি বন্ধ করতে একই কমান্ড --revoke-old দিয়ে চালান।</translation>
    </message>
    <message>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>লগইন {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>বন্ধ করা</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>প্রধান ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>টেস্ট মোড {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>উপরে XWMS যা বলেছে তা ঠিক করুন, তারপর status আবার চালান।</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>একটি কী তৈরি করে যুক্ত করুন: xwms-wizard apply PLAN.toml (অথবা উইজার্ডের সিক্রেট কী পাতা)।</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>কী নবায়ন করুন: xwms-wizard renew PLAN.toml, অথবা উইজার্ডে: “আগের সেটআপ যাচাই বা পরিবর্তন করুন”, তারপর “কী নবায়ন করুন”।</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>ক্লায়েন্ট {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>ওয়েবসাইট {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>কলব্যাক URL: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>যাচাই: ঠিক আছে, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>যাচাই: ব্যর্থ, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>পড়তে পারবে: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>কোনো ওয়েবসাইট নেই</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>কী “{label}” (শেষে {hint}): {expiry}; যুক্ত: {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>সব ঠিক আছে।</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>মনোযোগ দরকার:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: এই অ্যাকাউন্টে {name} নামে কোনো ক্লায়েন্ট নেই (যা আছে: {names})।</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>এই অ্যাকাউন্টে এখনো কোনো ক্লায়েন্ট নেই: যাচাই করার কিছু নেই।</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>সার্ভারের ঠিকানাটি এমন কোনো ওয়েব ঠিকানা নয় যা উইজার্ড ব্যবহার করতে পারে। এটি দেখতে https://xwms.nl/api/-এর মতো হওয়া উচিত (অনুশীলন সার্ভারের জন্য http://127.0.0.1:PORT/api/)।</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>সার্ভারের ঠিকানায় ইউজারনেম বা পাসওয়ার্ড থাকা চলবে না। @ চিহ্নের আগের অংশটি মুছে দিন; উইজার্ড আপনার সাইন-ইন তথ্য আলাদাভাবে চেয়ে নেয়।</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>XWMS সার্ভারে একটি সমস্যা হয়েছে (ত্রুটি {status}) এবং কাজটি শেষ করা যায়নি। আপনি যা লিখেছেন তার কারণে এটি হয়নি। এক মিনিট পর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>{host}-এর সার্ভার {seconds} সেকেন্ডের মধ্যে সাড়া দেয়নি। হয়তো সার্ভারটি ব্যস্ত, অথবা সংযোগ ধীর। একটু পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>এর নিরাপত্তা সার্টিফিকেট বৈধ নয় (হয়তো মেয়াদ শেষ, নিজে স্বাক্ষরিত, অথবা অন্য কোনো নামের জন্য তৈরি)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>সার্ভার নিরাপদ (https) সংযোগ তৈরি করেনি; হয়তো এই ঠিকানায় এটি https ব্যবহার করে না</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>উইজার্ড {host}-এর সাথে নিরাপদ সংযোগ খুলতে পারেনি: {why}। কিছুই পাঠানো হয়নি। http:// বা https:// সহ সার্ভারের ঠিকানাটি দেখুন; ঠিকানা ঠিক থাকলে যিনি সার্ভারটি চালান তাকে সার্টিফিকেট ঠিক করতে বলুন।</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>উইজার্ড {host} সার্ভারটি খুঁজে পায়নি। সার্ভারের ঠিকানায় টাইপের ভুল আছে কি না দেখুন এবং এই কম্পিউটার অনলাইনে আছে কি না নিশ্চিত করুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>উইজার্ড {host}-এর সার্ভারের সাথে সংযোগ করতে পারেনি। এই কম্পিউটার অনলাইনে আছে কি না দেখুন (অনুশীলন সার্ভারের ক্ষেত্রে: সেটি এখনো চলছে কি না), তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>উত্তর পুরোপুরি আসার আগেই {host}-এর সাথে সংযোগ বিচ্ছিন্ন হয়ে গেছে। এই কম্পিউটার অনলাইনে আছে কি না দেখুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>ক্লায়েন্টের নাম দিন</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>ক্লায়েন্ট হলো XWMS-এর সাথে আপনার ওয়েবসাইটের সংযোগ।</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>ক্লায়েন্টের নাম</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>যে ওয়েবসাইট বা অ্যাপ “XWMS দিয়ে লগইন” ব্যবহার করে, XWMS তার প্রতিটিকে “ক্লায়েন্ট” বলে। এর নাম আপনার ও আপনার ডেভেলপারের জন্য, যাতে আপনারা ক্লায়েন্টগুলো আলাদা করে চিনতে পারেন; ভিজিটররা এটি দেখেন না। যেকোনো নাম লিখুন, যেমন আপনার দোকানের নাম: উইজার্ড এটিকে XWMS-এর গ্রহণযোগ্য নামে (ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও হাইফেন) বদলে ঘরের নিচে দেখায়। এই ওয়েবসাইটের জন্য আগেই কোনো ক্লায়েন্ট তৈরি করে থাকলে বরং তালিকা থেকে সেটি বেছে নিন: উইজার্ড তখন সেটিতেই যোগ করবে।</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>যেমন My Bakery Shop</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>যেকোনো কিছু লিখুন, যেমন আপনার দোকানের নাম। XWMS-এর দরকার ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও হাইফেন দিয়ে তৈরি নাম, তাই আপনি যা লেখেন উইজার্ড তা থেকে একটি নাম বানায় (“Bakery Smith &amp; Co.” হয়ে যায় “bakery-smith-co”) এবং ঘরের ঠিক নিচে দেখায়। আপনার ক্লায়েন্ট সেই নামই পাবে।</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>ক্লায়েন্টের নাম (&amp;M):</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>ক্লায়েন্টের নাম</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>আগের ক্লায়েন্ট ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>আগের ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>এই অ্যাকাউন্টে আপনার আগে তৈরি করা ক্লায়েন্ট। এই ওয়েবসাইটটি কোনো একটিতে যোগ করতে সেটি বেছে নিন (যেমন একই দোকানের দ্বিতীয় ঠিকানা)। নতুন করে শুরু করতে “নতুন ক্লায়েন্ট তৈরি করুন” বেছে নিন।</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>অথবা ব্যবহার করুন (&amp;U):</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>ক্লায়েন্ট সংরক্ষণ করার পর XWMS ড্যাশবোর্ড তার Client ID দেখায়: এটি একটি কোড, যা আপনার ক্লায়েন্টকে চিহ্নিত করে। সেখান থেকে কপি করে এখানে পেস্ট করুন; আপনার সেটআপ যাচাই করতে উইজার্ডের এটি দরকার, আপনার ডেভেলপারেরও দরকার।</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client ID (&amp;I):</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>ড্যাশবোর্ড Client ID দেখালে এখানে পেস্ট করুন (ধাপ 4)।</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>নতুন ক্লায়েন্ট তৈরি করুন</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>“{name}”-এ আগে থেকে কী আছে তা পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>উইজার্ড আপনার ওয়েবসাইটটি আগের ক্লায়েন্ট “{name}”-এ যোগ করবে। এতে আগে থেকে যা আছে তার কিছুই মুছে ফেলা হবে না।</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>এই অ্যাকাউন্টে এখনো কোনো ক্লায়েন্ট নেই।</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>আপনার ক্লায়েন্টের নাম হবে {name}।</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>ক্লায়েন্ট তৈরি</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>আপনার ওয়েবসাইট (ডোমেইন) যোগ</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>কলব্যাক URL নিবন্ধন</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>আপনার ওয়েবসাইট কী পড়তে পারবে তা বাছাই (স্কোপ)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>সিক্রেট কী তৈরি</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>আপনার ওয়েবসাইটের সাথে সিক্রেট যুক্ত করা</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>ক্লায়েন্টের নাম</translation>
    </message>
    <message>
        <source>Root Domain</source>
        <translation>Root Domain (মূল ডোমেইন)</translation>
    </message>
    <message>
        <source>Server IP Address</source>
        <translation>Server IP Address (সার্ভারের IP ঠিকানা)</translation>
    </message>
    <message>
        <source>Internal Name</source>
        <translation>Internal Name (অভ্যন্তরীণ নাম)</translation>
    </message>
    <message>
        <source>Fallback URI</source>
        <translation>Fallback URI (ফলব্যাক URL)</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>কলব্যাক URL</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>স্কোপ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label (লেবেল)</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>মেয়াদ শেষের তারিখ</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>সিক্রেটের লেবেল</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>XWMS ড্যাশবোর্ডে সাইন ইন করে My Clients খুলুন।</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Create Client-এ ক্লিক করুন।</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>নিচের ক্লায়েন্টের নামটি লিখে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>ড্যাশবোর্ড যে Client ID দেখায় তা কপি করে উইজার্ডে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>আপনার ক্লায়েন্টে Integrations, তারপর Domains খুলুন এবং New Domain-এ ক্লিক করুন।</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>নিচের মানগুলো পূরণ করুন (কোনো মান দেওয়া না থাকলে ঘরটি খালি রাখুন) এবং সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>ড্যাশবোর্ড যে Domain ID দেখায় তা কপি করে উইজার্ডে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>সুইচগুলো এভাবে সেট করুন: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}।</translation>
    </message>
    <message>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>ডোমেইনের fallback সেটিংসে নিচের ফলব্যাক URI লিখুন।</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>ডোমেইনের পাতায় আপনার লোগো আপলোড করুন (PNG বা SVG, সর্বোচ্চ 1 MB)।</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>ডোমেইনের পাতায় Domain URLs খুলে একটি URL যোগ করুন।</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>নিচের কলব্যাক URL হুবহু পেস্ট করুন, টাইপ হিসেবে Callback বেছে নিন এবং নিশ্চিত করুন যে এটি Active।</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>আপনার ক্লায়েন্টে Client Scopes খুলুন।</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>ঠিক এই স্কোপগুলোতে টিক দিয়ে সংরক্ষণ করুন: {scopes}।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>কোনোটিই নয়</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>আপনার ক্লায়েন্টে Client Secrets খুলে New Secret-এ ক্লিক করুন।</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>লেবেল ও মেয়াদ শেষের তারিখ পূরণ করে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>লেবেল পূরণ করুন (মেয়াদ শেষের তারিখ খালি রাখুন), তারপর সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>ড্যাশবোর্ড সিক্রেটটি মাত্র একবার দেখায়: এটি সরাসরি উইজার্ডের সিক্রেটের ঘরে কপি করুন। এটি ইমেইল করবেন না বা কোনো ডকুমেন্টে সংরক্ষণ করবেন না।</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>ডোমেইন {domain} আবার খুলে Secret Connections-এ যান।</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Link Secret-এ ক্লিক করে {label} লেবেলের সিক্রেটটি বেছে নিন।</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>কে লগইন করেছেন দেখা</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>My Clients খুলুন, তারপর {client}।</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Integrations → Users খুলুন: এই ক্লায়েন্টের মাধ্যমে যারা লগইন করেছেন তাদের সবাই, এবং কোন ওয়েবসাইট দিয়ে করেছেন, সেখানে দেখা যায়।</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>টেস্টারকে আমন্ত্রণ</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>Integrations → Users-এ টেস্টারের XWMS ইমেইল ঠিকানায় একটি টেস্ট ইউজার অনুরোধ (test user request) পাঠান।</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>টেস্টার পরেরবার লগইন করার সময় এটি গ্রহণ করবেন; তারপর তিনি টেস্ট মোডে থাকা কোনো ওয়েবসাইটে লগইন চেষ্টা করে দেখতে পারবেন।</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>যাচাইকৃত পার্টনার (Verified Partner) হওয়ার আবেদন</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Verification Center খুলে একটি নতুন অনুরোধ শুরু করুন।</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>আপনার ওয়েবসাইট ({domain}) এবং যে অনুমতিগুলোর জন্য Verified Partner হতে হয় সেগুলো বেছে নিন, আর নোটে লিখুন আপনার ওয়েবসাইট সেগুলো কী কাজে ব্যবহার করে।</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>XWMS টিম অনুরোধটি অনুমোদন বা প্রত্যাখ্যান করে; অনুমোদন পেলে আপনি সেই অনুমতিগুলো ক্লায়েন্টে যোগ করতে পারবেন।</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>আপনার ডেভেলপারকে সদস্য হিসেবে যুক্ত করা</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Members and Roles খুলুন। শুধু আপনার ডেভেলপারের যা দরকার তা দিয়ে একটি রোল তৈরি করুন (যেমন ডোমেইন, সিক্রেট ও স্কোপ পরিচালনা)।</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>আপনার ডেভেলপারকে তার নিজের XWMS ইমেইল ঠিকানা দিয়ে সেই রোলে সদস্য হিসেবে যোগ করুন। তিনি নিজের অ্যাকাউন্ট দিয়ে সাইন ইন করবেন: কখনো আপনার পাসওয়ার্ড শেয়ার করবেন না।</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>XWMS ড্যাশবোর্ডে যা করবেন</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>এখন আপনার ওয়েব ব্রাউজারে, XWMS ড্যাশবোর্ডে এটি করুন:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>তারপর, XWMS ড্যাশবোর্ডেই:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>“{label}” কপি করা হয়েছে। ড্যাশবোর্ডে পেস্ট করুন।</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>সার্ভার IP</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>অভ্যন্তরীণ নাম</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>লগইনের অনুমতি</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API-এর অনুমতি</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>প্রধান</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>টেস্ট মোড</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>ফলব্যাক URL</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>কিছুই বদলাবে না: সার্ভারে এসব আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(নেই)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>একটি নতুন ক্লায়েন্ট “{name}” তৈরি করা হবে।</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>ওয়েবসাইট {domain} যোগ করা হবে।</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>লোগো আপলোড করা হবে।</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>কলব্যাক URL {url} নিবন্ধন করা হবে।</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>কলব্যাক URL {url} চালু করা হবে।</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} আপনার আবেদনের বিষয়ে XWMS টিমের উত্তরের অপেক্ষায় আছে; তারা অনুমোদন করলেই এটি যোগ করা হবে।</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>{scopes}-এর জন্য যাচাইকৃত পার্টনার (Verified Partner) হওয়ার একটি আবেদন XWMS টিমের কাছে পাঠানো হবে; তারা অনুমোদন করলেই এটি যোগ করা হবে।</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>অনুমতি: {scopes}।</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>অনুমতি: যোগ হবে {added}; বাদ যাবে {removed}।</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>অনুমতি: যোগ হবে {added}।</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>অনুমতি: বাদ যাবে {removed}।</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>{email}-কে {role} হিসেবে আমন্ত্রণ জানানো হবে।</translation>
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
        <translation>আপনার ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>যেখানে মানুষ XWMS দিয়ে লগইন করবে।</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>কোন ওয়েবসাইট</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>এই ক্লায়েন্টের আগের ওয়েবসাইটগুলো, অথবা যোগ করার জন্য নতুন একটি।</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>কোন ওয়েবসাইট (&amp;H):</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>ওয়েবসাইটের ঠিকানা (মূল ডোমেইন)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>ওয়েবসাইটের ঠিকানা (&amp;W):</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>সার্ভারের IP ঠিকানা (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ঐচ্ছিক</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>সার্ভারের IP ঠিকানা (&amp;I):</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>ঐচ্ছিক। যে সার্ভারে আপনার ওয়েবসাইট চলে তার ইন্টারনেট ঠিকানা, যেমন 203.0.113.10। এটি পূরণ করলে XWMS এই ওয়েবসাইটের জন্য শুধু সেই সার্ভার থেকে আসা কল গ্রহণ করবে, ফলে চুরি হওয়া সিক্রেট অন্য কোথাও কোনো কাজে আসবে না। আপনার হোস্টিং প্রোভাইডার ঠিকানাটি বলে দিতে পারবে। নিশ্চিত না হলে খালি রাখুন।</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>অভ্যন্তরীণ নাম (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>অভ্যন্তরীণ নাম (&amp;R):</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>ঐচ্ছিক। একটি লেবেল যা শুধু আপনি XWMS ড্যাশবোর্ডে দেখবেন, যেমন “প্রধান দোকান” বা “টেস্ট সাইট”, যাতে ওয়েবসাইটগুলো আলাদা করে চিনতে পারেন।</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>কলব্যাক URL</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>কলব্যাক URL (&amp;C):</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>কেউ লগইন করার পর XWMS তাকে একটি এককালীন লগইন কোডসহ আপনার ওয়েবসাইটের এই পাতায় ফেরত পাঠায়। সেখানে আপনার ডেভেলপারের কোড সেটি গ্রহণ করে। উইজার্ড সাধারণ ঠিকানাটি পূরণ করে দেয়; আপনার ডেভেলপার অন্য ঠিকানা চাইলে তবেই এটি বদলান। আপনার ওয়েবসাইট যেভাবে ব্যবহার করে, ঠিক সেভাবেই এটি লিখতে হবে।</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>এই ওয়েবসাইটের সেটিংস</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>লগইনের অনুমতি (&amp;L): মানুষ এই ওয়েবসাইটে লগইন করতে পারবে</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>এই ওয়েবসাইটে “XWMS দিয়ে লগইন” বাটন কাজ করার জন্য এটি চালু থাকতে হবে। কিছু সময়ের জন্য লগইন থামাতে চাইলে তবেই বন্ধ করুন।</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>API-এর অনুমতি (&amp;A): আপনার ওয়েবসাইট XWMS-এর কাছে তথ্য চাইতে পারবে</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>লগইন করা কোনো ব্যক্তির সম্পর্কে আরও তথ্য (যেমন তার ঠিকানা, যদি পরের পাতায় আপনি সেটির অনুমতি দেন) XWMS-এর কাছে চাওয়ার সুযোগ দেয় আপনার ওয়েবসাইটের সার্ভারকে। আপনার ডেভেলপার দরকার নেই না বললে চালু রাখুন।</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>সক্রিয় (&amp;T): XWMS এই ওয়েবসাইট গ্রহণ করে</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>বন্ধ থাকলে XWMS এই ওয়েবসাইটের সবকিছু প্রত্যাখ্যান করে, যেন এটি নেই। চালু রাখুন।</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>প্রধান (&amp;P): এটি ক্লায়েন্টের প্রধান ওয়েবসাইট</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>একটি ক্লায়েন্টের কয়েকটি ওয়েবসাইট থাকতে পারে। প্রধানটি হলো মূল ঠিকানা, যা ড্যাশবোর্ডে সবার আগে দেখায়। আপনার প্রথম ওয়েবসাইটের জন্য চালু রাখুন।</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>টেস্ট মোড (&amp;D): এটি আসল (লাইভ) ওয়েবসাইট নয়</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>আপনার ওয়েবসাইটের টেস্ট কপির জন্য, অথবা আপনার ডেভেলপারের কম্পিউটারের জন্য চালু করুন (তখন http://localhost দিয়ে শুরু হওয়া ঠিকানাও কাজ করে)। আপনার ভিজিটররা যে ওয়েবসাইট ব্যবহার করেন তার জন্য বন্ধ রাখুন।</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>আরও অপশন (&amp;M)</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS শুধু তার চেনা ওয়েবসাইটেই মানুষকে ফেরত পাঠায়। এখানে আপনি XWMS-কে আপনার ওয়েবসাইটের ঠিকানা জানান; লগইনের পর মানুষ যে পাতায় ফিরে আসে (কলব্যাক URL), উইজার্ড তা পূরণ করে দেয়। বাকি সব “আরও অপশন”-এ আছে, বেশিরভাগ ওয়েবসাইটের জন্য আগে থেকেই ঠিকভাবে সেট করা।</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>আপনার ওয়েবসাইটের ঠিকানা, যেমন example.com। লগইন এই ঠিকানায় এবং এর সাবডোমেইনে (যেমন www.example.com বা shop.example.com) কাজ করে। আপনি ব্রাউজার থেকে পুরো ঠিকানা পেস্ট করতে পারেন: উইজার্ড শুধু দরকারি অংশটুকু রাখে এবং আপনাকে জানায়।</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>আরও অপশন</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>“আরও অপশন”-এ কী আছে</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>ফলব্যাক URL (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>ফলব্যাক URL (&amp;K):</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>ঐচ্ছিক। লগইনের সময় কিছু ভুল হলে (যেমন কেউ বাতিল করলে) XWMS মানুষকে যেখানে পাঠায়, যেমন আপনার হোম পেজ। কলব্যাক URL-এর নিয়মগুলো এখানেও খাটে। খালি থাকলে XWMS নিজের বার্তা দেখায়।</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>লোগো ফাইল (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>ব্রাউজ (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>লোগো ফাইল বেছে নিন</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>লোগো (&amp;G):</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>ঐচ্ছিক। আপনার লোগো, যা XWMS-এর লগইন পাতায় দেখানো হয়, যাতে মানুষ বুঝতে পারে তারা আপনার ওয়েবসাইটে লগইন করছে। সর্বোচ্চ 1 MB-এর একটি PNG বা SVG ছবি।</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>ডোমেইন সংরক্ষণ করার পর XWMS ড্যাশবোর্ড তার Domain ID দেখায়: এটি একটি কোড, যা XWMS-এ আপনার ওয়েবসাইটকে চিহ্নিত করে। সেখান থেকে কপি করে এখানে পেস্ট করুন; আপনার ডেভেলপারের এটি দরকার।</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>ড্যাশবোর্ড Domain ID দেখালে এখানে পেস্ট করুন (ধাপ 3)।</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>নতুন ওয়েবসাইট যোগ করুন</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (প্রধান ওয়েবসাইট)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} আগে থেকেই “{client}”-এর একটি ওয়েবসাইট: XWMS-এ এর সেটিংস যেমন আছে তেমন দেখছেন। শুধু যা বদলাতে চান তা-ই বদলান।</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>“প্রধান” চালু থাকলে {main}-এর বদলে এই ওয়েবসাইটটি “{client}”-এর প্রধান ওয়েবসাইট হবে।</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>“{client}”-এর আগে থেকেই একটি প্রধান ওয়েবসাইট আছে: {main}। “প্রধান” বন্ধ রাখা হয়েছে যাতে সেটিই প্রধান থাকে; এর বদলে এই ওয়েবসাইটকে প্রধান করতে চাইলে চালু করুন।</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>লগইনের পর মানুষ আপনার ওয়েবসাইটের এই পাতায় ফিরে আসে; আপনার ডেভেলপার অন্য ঠিকানা না চাইলে উইজার্ড যেভাবে পূরণ করেছে সেভাবেই রাখুন।</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>লগইন চালু</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>লগইন বন্ধ</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API চালু</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API বন্ধ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>সক্রিয় নয়</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>প্রধান ওয়েবসাইট</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>প্রধান ওয়েবসাইট নয়</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>টেস্ট মোড চালু</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>টেস্ট মোড বন্ধ</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — বেশিরভাগ ওয়েবসাইটের জন্য সঠিক।</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}।</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>“লগইনের অনুমতি” বন্ধ থাকলে কেউ এই ওয়েবসাইটে লগইন করতে পারবে না।</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>“সক্রিয়” বন্ধ থাকলে XWMS এই ওয়েবসাইটের সবকিছু প্রত্যাখ্যান করে।</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>সব প্রস্তুত</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>এবার আপনার ডেভেলপারের হাতে তুলে দিন।</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>আপনার কাজ শেষ। উইজার্ড যে ফোল্ডার তৈরি করেছে তা ব্যবহার করে আপনার ডেভেলপার আপনার ওয়েবসাইটে “XWMS দিয়ে লগইন” বাটন যোগ করবেন। এর ভেতরের HANDOFF.md ফাইলে তাদের জন্য প্রতিটি ধাপ ব্যাখ্যা করা আছে, আপনার সার্ভার থেকে চালানোর মতো একটি যাচাইসহ।</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>আপনার ডেভেলপারকে সবচেয়ে নতুন ফোল্ডার {folder}-এর জিপ ফাইল &lt;b&gt;{zip}&lt;/b&gt; পাঠান।</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>আপনার ডেভেলপারকে জিপ ফাইল &lt;b&gt;{zip}&lt;/b&gt; (অথবা ফোল্ডার {folder}) পাঠান।</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>আপনার ডেভেলপারকে সবচেয়ে নতুন ফোল্ডার &lt;b&gt;{folder}&lt;/b&gt; পাঠান।</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>আপনার ডেভেলপারকে ফোল্ডার &lt;b&gt;{folder}&lt;/b&gt; পাঠান।</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>সিক্রেট কী এর ভেতরে আছে, তাই নিরাপদভাবে পাঠান: শেয়ার করা পাসওয়ার্ড ম্যানেজার বা এনক্রিপ্ট করা লিংকের মাধ্যমে, সাধারণ ইমেইল অ্যাটাচমেন্ট হিসেবে নয়। আপনার ডেভেলপার পেয়ে গেলে আপনার কপি মুছে ফেলুন।</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>এটি এই কম্পিউটারের কী-চেইনে “xwms-wizard” নামে আছে।</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>আপনি এটি “পর্যালোচনা ও তৈরি” পাতায় কপি করেছিলেন।</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>সিক্রেট কী ফোল্ডারে নেই। এটি আপনার ডেভেলপারকে আলাদাভাবে দিন, ফোল্ডারটি যেভাবে পাঠিয়েছেন তার চেয়ে ভিন্ন উপায়ে: ফোনে পড়ে শোনান, অথবা পাসওয়ার্ড ম্যানেজারের মাধ্যমে শেয়ার করুন। {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>আপনার ডেভেলপার ফোল্ডারের HANDOFF.md অনুসরণ করবেন। আপনার ওয়েবসাইটে লগইন কাজ করলেই আপনার কাজ শেষ।</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>ফোল্ডারটি “যাচাই করা হয়নি” হিসেবে চিহ্নিত: এই সেটিংস কাজ করে কি না তা এখনো কেউ যাচাই করেনি। HANDOFF.md-তে যেমন ব্যাখ্যা আছে, আপনার ডেভেলপার আপনার ওয়েবসাইটের সার্ভার থেকে সেই যাচাই চালাবেন।</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>এটি ছিল একটি অনুশীলন রান: সবকিছু তৈরি হয়েছে এই কম্পিউটারের অনুশীলন সার্ভারে, XWMS-এ নয়। আপনার ডেভেলপার তবুও নিজের কম্পিউটারে লগইন চেষ্টা করে দেখতে পারবেন: ফোল্ডারের HANDOFF.md-তে ঠিক এই সেটআপের জন্য অনুশীলন সার্ভার চালু করার একটিমাত্র কমান্ড আছে, আর আছে সেটি দিয়ে লগইন করে এমন ছোট উদাহরণ অ্যাপ। আপনার আসল ওয়েবসাইটের জন্য আপনার XWMS অ্যাকাউন্ট দিয়ে উইজার্ডটি আবার চালান।</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>এই সেশনে উইজার্ড {folder}-এ আপনার ডেভেলপারের জন্য এই ফোল্ডারগুলো তৈরি করেছে:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>এই সেশনে উইজার্ড আপনার ডেভেলপারের জন্য এই ফোল্ডারগুলো তৈরি করেছে:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>সবচেয়ে নতুন (এটি পাঠান): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>পুরোনো: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>আপনার ডেভেলপারের শুধু সবচেয়ে নতুনটি দরকার। তিনি সেটি পেয়ে গেলে পুরোনোগুলো মুছে ফেলুন: পুরোনো ফোল্ডারেও সিক্রেট কী আছে।</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>আপনার ডেভেলপারের শুধু সবচেয়ে নতুনটি দরকার; পুরোনোগুলো মুছে ফেলতে পারেন।</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিস্তারিত</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>প্রযুক্তিগত বিবরণ দেখুন</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>প্রযুক্তিগত বিবরণ</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>অপ্রত্যাশিত কিছু ভুল হয়েছে। আবার চেষ্টা করুন; বারবার এমন হলে নিচের বিবরণ একজন ডেভেলপারকে কারণ খুঁজে পেতে সাহায্য করবে।</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>সার্ভার এমনভাবে উত্তর দিয়েছে যা উইজার্ড বোঝে না, তাই সেই উত্তরের কিছুই ব্যবহার করা হয়নি। সার্ভারের ঠিকানা ঠিক আছে কি না দেখুন (XWMS ঠিকানার শেষে /api/ থাকে, যেমন https://xwms.nl/api/), তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>ক্লায়েন্ট সিক্রেট “{label}” (শেষে {hint}) তৈরি হয়েছে, কিন্তু এর মানসহ উত্তরটি আসেনি, আর XWMS সিক্রেটের মান মাত্র একবারই দেখায়। সেই সিক্রেটটি প্রত্যাহার করুন (Integrations → Client Secrets) এবং নতুন একটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>এটি বৈধ নয়</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>{label} গ্রহণ করা হয়নি: {why} এগুলোও দেখুন: {others}।</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>{label} গ্রহণ করা হয়নি: {why} অনুগ্রহ করে এটি ঠিক করে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>আপনার ডেভেলপারের জন্য ফোল্ডার</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>আপনার ডেভেলপারের যা যা দরকার, সব এক ফোল্ডারে।</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>উইজার্ড একটি ফোল্ডার (হস্তান্তর ফোল্ডার) তৈরি করে, যাতে আপনার ডেভেলপারের দরকারি সেটিংস থাকে: Client ID, ওয়েবসাইট, কলব্যাক URL ও API ঠিকানাসহ একটি .env ফাইল, নির্দেশনাসহ একটি HANDOFF.md, আর সিক্রেট কী ছাড়া একটি নিরাপদ কপি, যা তারা নিজেদের কোডে রাখতে পারেন। এই ফোল্ডারটি আপনি আপনার ডেভেলপারকে পাঠাবেন।</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>ফোল্ডারটি কোথায় সংরক্ষণ হবে</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>ব্রাউজ (&amp;R)…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>ফোল্ডারটি কোথায় সংরক্ষণ করবেন বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>সংরক্ষণের স্থান (&amp;S):</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>.env ফাইলে সিক্রেট কী রাখুন (&amp;K)</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>.env ফাইলে সিক্রেট কী রাখুন</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>ফাইলে সিক্রেট কী</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>চালু: .env ফাইলটি সম্পূর্ণ থাকে এবং আপনার ডেভেলপার সঙ্গে সঙ্গে কাজ শুরু করতে পারেন, কিন্তু তখন ফোল্ডারটি নিরাপদভাবে পাঠাতে হবে (যেমন শেয়ার করা পাসওয়ার্ড ম্যানেজার বা এনক্রিপ্ট করা লিংকে), কখনো সাধারণ ইমেইল অ্যাটাচমেন্ট হিসেবে নয়। বন্ধ: ফাইলে কী-এর জায়গাটি খালি থাকে, আর আপনি কী-টি আলাদাভাবে আপনার ডেভেলপারকে দেন, যেমন ফোনে।</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>আপনার ডেভেলপারের জন্য নির্দেশনার ভাষা</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>নির্দেশনার ভাষা (&amp;I):</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>একটি .zip ফাইলও তৈরি করুন, পাঠানো সহজ (&amp;Z)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>একটি zip ফাইলও তৈরি করুন</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>ফোল্ডার তৈরি করুন (&amp;W)</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>ফোল্ডার খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>ফোল্ডারটি খুলুন</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>এই কম্পিউটার ফোল্ডারটি খুলতে পারেনি। এটি এই পাথে পাবেন:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>ফোল্ডারের পাথ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>ফোল্ডারের পাথ কপি করুন</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>নির্দেশনাগুলো আপনার ডেভেলপারের জন্য, তাই এগুলো শুধু ইংরেজি বা ডাচ ভাষায় পাওয়া যায়। ফোল্ডারের বাকি সবকিছু যেকোনো ভাষায় একই থাকে।</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>সিক্রেট কী এই কম্পিউটারে নেই, তাই এটি ফাইলে রাখা যাবে না। যেখানে কী-টি রাখা হয়েছিল, আপনার ডেভেলপারকে সেখান থেকেই এটি নিতে হবে।</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>এই ফোল্ডার যে পাবে, সে আপনার ওয়েবসাইট সেজে কাজ করতে পারবে। শুধু নিরাপদ উপায়ে পাঠান, এবং আপনার ডেভেলপার পেয়ে গেলে আপনার কপি মুছে ফেলুন।</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>সিক্রেট কী আপনি আপনার ডেভেলপারকে আলাদাভাবে দেবেন; এটি এই কম্পিউটারের কী-চেইনে আছে।</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>সিক্রেট কী আপনি আপনার ডেভেলপারকে আলাদাভাবে দেবেন; উইজার্ড বন্ধ করার আগে আগের পাতা থেকে এটি কপি করে নিন।</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>ফোল্ডার: আপনার ডেভেলপারের জন্য ফোল্ডারটি কোথায় সংরক্ষণ করবেন বেছে নিন।</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>এই ফোল্ডারটি এখনো নেই; উইজার্ড এটি তৈরি করবে।</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>ফোল্ডার তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ {path}-এ তৈরি হয়েছে, আগের ফোল্ডারের জায়গায়</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ {path}-এ তৈরি হয়েছে, আগের ফোল্ডারের পাশে</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ {path}-এ তৈরি হয়েছে</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>জিপ ফাইল: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>কপি করা হয়েছে। যেখানে আপনি ফাইল খোঁজেন সেখানে পেস্ট করুন, যেমন ফাইল উইন্ডোর ঠিকানা বারে।</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>“{value}” ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>প্রস্তাবিত {value} ব্যবহার করুন</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>প্ল্যান আইডি</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>ক্লায়েন্টের নাম</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>ওয়েবসাইটের ঠিকানা (মূল ডোমেইন)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>সার্ভারের IP ঠিকানা</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>কলব্যাক URL</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>ফলব্যাক URL</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>অভ্যন্তরীণ নাম</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>লোগো</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>লগইনের অনুমতি</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API-এর অনুমতি</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>প্রধান ডোমেইন</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>টেস্ট মোড</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>স্কোপ</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>সিক্রেটের লেবেল</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>মেয়াদ শেষের তারিখ</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>সিক্রেট</translation>
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
        <translation>সদস্যের ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>সদস্যের রোল</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>যাচাইকৃত পার্টনারের স্কোপ</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>XWMS টিমের জন্য নোট</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (সদস্য {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>হস্তান্তর ফাইল {name} পড়া যায়নি: এতে কোনো অবজেক্ট নেই। উইজার্ডের এই সংস্করণ দিয়ে হস্তান্তর ফোল্ডারটি আবার তৈরি করুন।</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>হস্তান্তর ফাইল {name} পড়া যায়নি: এটি সংস্করণ {version}, আর এই উইজার্ড সংস্করণ 1 পড়ে। উইজার্ডের এই সংস্করণ দিয়ে হস্তান্তর ফোল্ডারটি আবার তৈরি করুন।</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>হস্তান্তর ফাইল {name} পড়া যায়নি: একটি এন্ট্রি নেই বা ভুল ধরনের। উইজার্ডের এই সংস্করণ দিয়ে হস্তান্তর ফোল্ডারটি আবার তৈরি করুন।</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>আপনার ডেভেলপারের জন্য একটি ফোল্ডার এখানে আগেই তৈরি করা হয়েছে: {name}। কিছুই লেখা হয়নি; সেটি প্রতিস্থাপন করবেন নাকি দুটোই রাখবেন, বেছে নিন।</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>এটি তৈরি হওয়ার সময় {folder}-এ {name} নামে আরেকটি হস্তান্তর ফোল্ডার দেখা দিয়েছে। কিছুই ওভাররাইট করা হয়নি; হস্তান্তর ফোল্ডারটি আবার তৈরি করুন।</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>সিক্রেট কী .env ফাইলে রাখা যাবে না: এর মান এই কম্পিউটারে নেই (এটি শুধু তৈরির সময় একবার দেখানো হয়, আর এই কম্পিউটারের কী-চেইনে এটি নেই)। কিছুই লেখা হয়নি, এবং আগে থেকে থাকা কোনো ফোল্ডারও বদলানো হয়নি। কী ছাড়া ফোল্ডারটি তৈরি করে কী-টি আলাদাভাবে আপনার ডেভেলপারকে দিন, অথবা নতুন কী তৈরি করুন।</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>সিক্রেট কী নিরাপদে .env ফাইলে লেখা যাচ্ছে না, তাই আগে থেকে থাকা ফোল্ডার {name} প্রতিস্থাপন করা হয়নি: তাহলে এর .env থেকে কী-টি হারিয়ে যেত। দুটো ফোল্ডারই রাখুন, অথবা কী ছাড়া ফোল্ডারটি তৈরি করে কী-টি আলাদাভাবে আপনার ডেভেলপারকে দিন।</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>{folder} ফোল্ডারে এই ক্লায়েন্ট ও দিনের জন্য আগে থেকেই {count}টি হস্তান্তর ফোল্ডার আছে। অন্য ফোল্ডার বেছে নিন, অথবা পুরোনো হস্তান্তর ফোল্ডারগুলো সরিয়ে ফেলুন।</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>{folder}-এ হস্তান্তর ফোল্ডারটি তৈরি করা যায়নি ({reason})। কিছুই অর্ধেক লেখা অবস্থায় রাখা হয়নি। ফোল্ডারটি আছে কি না, সেখানে লেখার অনুমতি আপনার আছে কি না এবং ডিস্ক পূর্ণ নয় কি না দেখুন, অথবা অন্য ফোল্ডার বেছে নিন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>এতে একটি লাইন ব্রেক আছে</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>এতে একটি অদৃশ্য কন্ট্রোল ক্যারেক্টার আছে</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>এতে একটি ভাঙা অক্ষর আছে, যা টেক্সট হিসেবে সংরক্ষণ করা যায় না</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>এতে একটি একক উদ্ধৃতিচিহ্ন (অ্যাপোস্ট্রফি) আছে</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>এতে একটি ব্যাকস্ল্যাশ আছে</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>এতে ডলার চিহ্নের পরে একটি খোলা কোঁকড়া বন্ধনী আছে, যাকে কিছু রিডার অন্য সেটিংয়ের উল্লেখ হিসেবে ধরে</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>এতে সমান চিহ্নের পরে একটি ডাবল কোট আছে, যাকে Laravel-এর রিডার কয়েক লাইনজুড়ে থাকা মানের শুরু হিসেবে ধরে</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>{key}-এর মান নিরাপদে .env ফাইলে লেখা যাচ্ছে না: {why}। Laravel, Node ও Python-এর .env রিডার এটিকে ভিন্ন ভিন্নভাবে পড়বে, তাই ভুলভাবে লেখার বদলে উইজার্ড এটি বাদ রাখে। সার্ভারে এটি হাতে, এনভায়রনমেন্ট ভেরিয়েবল হিসেবে সেট করুন।</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} এবং {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>মানে এমন একটি ${ আছে যা কখনো বন্ধ হয়নি</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>{path}-এ কোনো ফাইল নেই। যাচাই করার জন্য .env ফাইলের পাথ দিন।</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>{path} ফাইলটি খোলা যায়নি ({reason})। ফাইলটি আছে কি না এবং পড়ার অনুমতি আপনার আছে কি না দেখুন।</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>অজানা কারণ</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>{path} ফাইলটি সাধারণ UTF-8 টেক্সট নয়। এটি UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>এটি NAME=value আকারে নেই</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>মানে একটি একক উদ্ধৃতিচিহ্ন খোলা হয়েছে, কিন্তু একই লাইনে বন্ধ করা হয়নি</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>বন্ধ করার উদ্ধৃতিচিহ্নের পরে আরও লেখা আছে</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>{source} ফাইলটি লাইন {line}-এ ({key}) পড়া যায়নি: {reason}। সেই লাইনটি ঠিক করুন (অথবা মানটি একক উদ্ধৃতিচিহ্নের মধ্যে লিখুন) এবং আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>{source} ফাইলটি লাইন {line}-এ পড়া যায়নি: {reason}। সেই লাইনটি ঠিক করুন (অথবা মানটি একক উদ্ধৃতিচিহ্নের মধ্যে লিখুন) এবং আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>মানে ${...}-এর এমন একটি রূপ আছে যা এই রিডার বোঝে না (শুধু ${NAME} বোঝে)</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>মানটি {name}-এর উল্লেখ করে, যা ফাইলের আগের অংশে কোথাও সেট করা নেই</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>মানে একটি ডাবল কোট খোলা হয়েছে, কিন্তু কখনো বন্ধ করা হয়নি</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>এটি কী?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>এটি কী? {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS কোনো প্রোগ্রামকে আপনার অ্যাকাউন্টে পরিবর্তন করতে দেয় না, তাই XWMS ড্যাশবোর্ডে পরিবর্তনগুলো আপনি নিজেই করবেন, আর উইজার্ড আপনাকে ঠিক কোথায় ক্লিক করতে হবে বলে দেবে। উইজার্ডে আপনাকে সাইন ইন করতে হবে না।</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>আপনার যা লাগবে:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>একটি পেইড XWMS অ্যাকাউন্ট। ক্লায়েন্ট (“XWMS দিয়ে লগইন”-এর জন্য আপনার ওয়েবসাইটের যা দরকার) পেইড প্ল্যানের সাথে আসে।</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>আপনার ওয়েব ব্রাউজারে খোলা XWMS ড্যাশবোর্ড, সেই অ্যাকাউন্ট দিয়ে সাইন ইন করা। নিচের বাটনটি এটি খুলে দেয়।</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>উইজার্ড আর ব্রাউজার পাশাপাশি: আপনি উইজার্ড থেকে মান কপি করে ড্যাশবোর্ডে দেবেন, আর তিনটি জিনিস ফেরত আনবেন (Client ID, Domain ID ও সিক্রেট কী)।</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>শেষে উইজার্ড {url}-এ XWMS-এর সাথে আপনার সেটআপ যাচাই করে। আপনি “আমার সেটআপ যাচাই করুন” চাপার আগে কিছুই পাঠানো হয় না।</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>আমার সেটআপ যাচাই</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>আপনি ড্যাশবোর্ডে যা করেছেন তা ঠিকঠাক মিলছে কি না, উইজার্ড XWMS-কে জিজ্ঞাসা করে।</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>যাচাইটি XWMS-কে দুটি জিনিস জিজ্ঞাসা করে: এই কম্পিউটার থেকে XWMS-এ পৌঁছানো যায় কি না, এবং XWMS আপনার Client ID, সিক্রেট কী ও কলব্যাক URL একসাথে গ্রহণ করে কি না। এটি আপনার XWMS অ্যাকাউন্টে কিছুই বদলায় না, তাই যতবার খুশি চালাতে পারেন।</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>যাচাইয়ে যা পাওয়া গেল</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>আমার সেটআপ যাচাই করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>আবার চেষ্টা করুন (&amp;T)</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>আমার সেটআপ আবার যাচাই করুন</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>যাচাই ছাড়াই এগিয়ে যান (&amp;G)</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>যাচাই ছাড়াই এগিয়ে যান; ফোল্ডারটি “যাচাই করা হয়নি” হিসেবে চিহ্নিত হবে</translation>
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
        <translation>সিক্রেট কী-এর মান</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>পেস্ট করা হয়েছে, এই কম্পিউটারের কী-চেইনে রাখা</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>নেই: “পিছনে” চেপে সিক্রেট কী পাতায় ফিরে গিয়ে পেস্ট করুন</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>যাচাইয়ের পর আপনি কিছু বদলেছেন: আবার “আমার সেটআপ যাচাই করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>এখনো কিছু যাচাই করা হয়নি। ড্যাশবোর্ডে প্রতিটি ধাপ শেষ হলে “আমার সেটআপ যাচাই করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>XWMS-এ পৌঁছানো</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Client ID, সিক্রেট কী ও কলব্যাক URL যাচাই</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>অপেক্ষমাণ</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>চলছে…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>ঠিক আছে, একটি দ্রষ্টব্যসহ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>যাচাই হয়নি</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>XWMS-এর সাথে আপনার সেটআপ যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>{url} থেকে কোনো উত্তর নেই</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>অথবা যাচাই ছাড়াই এগিয়ে যান: তখন আপনার ডেভেলপারের ফোল্ডারটি “যাচাই করা হয়নি” হিসেবে চিহ্নিত হবে, আর আপনার ডেভেলপার আপনার সার্ভার থেকে যাচাই চালাবেন।</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>এখনো যাচাই করা হয়নি।</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS {url}-এ উত্তর দিয়েছে</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Client ID ও সিক্রেট কী ঠিক আছে। শেষ একটি যাচাই আপনার ওয়েবসাইটের সার্ভারে চালাতে হবে; আপনার ডেভেলপারের ফোল্ডারে কীভাবে তা ব্যাখ্যা করা আছে।</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ আপনার সেটআপ কাজ করছে: XWMS এটি গ্রহণ করেছে। আপনার ডেভেলপারের জন্য ফোল্ডার তৈরি করতে “পরবর্তী” চাপুন।</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>ভুলটি যদি উইজার্ডে আপনার টাইপ বা পেস্ট করা কিছুতে হয়, তাহলে “পিছনে” চেপে {page} পাতায় গিয়ে ঠিক করুন।</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS এখনো আপনার সেটআপ গ্রহণ করেনি। {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>তারপর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>এখনো কাজ করছে না: কী ঠিক করতে হবে তা নিচের বক্সে আছে।</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>{host}-এর XWMS সময়মতো উত্তর দেয়নি, তাই আপনার সেটআপ এখনো যাচাই হয়নি। এই কম্পিউটার অনলাইনে আছে কি না দেখুন, তারপর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>উইজার্ড {host}-এর XWMS-এর সাথে নিরাপদ সংযোগ খুলতে পারেনি, তাই আপনার সেটআপ এখনো যাচাই হয়নি। XWMS API ঠিকানাটি দেখুন (প্রথম পাতার “উন্নত” অংশে), তারপর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>উইজার্ড {host}-এর XWMS-এ পৌঁছাতে পারেনি, তাই আপনার সেটআপ এখনো যাচাই হয়নি। এই কম্পিউটার অনলাইনে আছে কি না দেখুন, তারপর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>{host}-এর XWMS কাজে লাগার মতো উত্তর দেয়নি, তাই আপনার সেটআপ এখনো যাচাই হয়নি। হয়তো XWMS ব্যস্ত; অথবা XWMS API ঠিকানাটি (প্রথম পাতার “উন্নত” অংশে) ভুল। কিছুক্ষণ পর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>থামানো হয়েছে। আবার যাচাই করতে “আমার সেটআপ যাচাই করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>যাচাই ছাড়াই এগোনো হচ্ছে। আপনার ডেভেলপারের ফোল্ডারটি “যাচাই করা হয়নি” হিসেবে চিহ্নিত; আপনার ডেভেলপার আপনার সার্ভার থেকে যাচাই চালাবেন।</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>সিক্রেট কী নবায়ন</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>এমন একটি নতুন কী, যা পুরোনোটি বন্ধ হওয়ার আগেই কাজ করে।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>XWMS ড্যাশবোর্ডে আপনি একটি নতুন সিক্রেট কী তৈরি করে বর্তমানটির পাশাপাশি আপনার ওয়েবসাইটের সাথে যুক্ত করবেন: আপাতত দুটোই কাজ করবে। নতুন কী-টি এখানে পেস্ট করুন, উইজার্ড XWMS-এর সাথে তা যাচাই করবে। আপনার ডেভেলপারের ওয়েবসাইট নতুন কী ব্যবহার শুরু করলে ড্যাশবোর্ডে পুরোনোটি প্রত্যাহার করবেন। এর মধ্যে কাউকে লগআউট হতে হবে না।</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>নতুন সিক্রেট কী</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>নতুন কী-টি এখানে পেস্ট করুন</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>নতুন কী (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>নতুন কী যাচাই করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>XWMS-এর সাথে নতুন কী যাচাই করুন</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>নতুন কী যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ নতুন কী কাজ করছে। আপনার ডেভেলপারের জন্য ফোল্ডার তৈরি করতে “পরবর্তী” চাপুন। তাদের ওয়েবসাইট নতুন কী ব্যবহার শুরু করলে: ড্যাশবোর্ডে Client Secrets খুলে পুরোনো কী “{label}” প্রত্যাহার করুন।</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS এখনো নতুন কী গ্রহণ করেনি। {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>আপনার সেটআপ</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>আপনার “XWMS দিয়ে লগইন” কেমন চলছে, আর এখন আপনি কী করতে পারেন।</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>উইজার্ড আপনার ডেভেলপারের জন্য যে ফোল্ডার তৈরি করেছিল সেটি বেছে নিন (এর নাম xwms-handoff- দিয়ে শুরু)। XWMS ড্যাশবোর্ডে কী কী সেট আপ করা হয়েছিল তা এতে লেখা আছে। তারপর এই কম্পিউটারে রাখা সিক্রেট কী দিয়ে উইজার্ড XWMS-কে জিজ্ঞাসা করবে লগইন এখনো কাজ করছে কি না; কিছুই বদলাবে না।</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>আপনার ডেভেলপারের জন্য ফোল্ডার</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>ফোল্ডার বেছে নিন (&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>আপনার ডেভেলপারের জন্য ফোল্ডারটি বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>কী নবায়ন করুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>কোনো বিরতি ছাড়াই সিক্রেট কী নবায়ন করুন</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>এই সেটআপ বদলান (&amp;H)…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>ওয়েবসাইট, সুইচ বা অনুমতি বদলান</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>মানুষ ও অ্যাক্সেস (&amp;P)…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>কে লগইন করেছেন, টেস্টার, যাচাইকৃত পার্টনার ও সদস্য</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>XWMS-কে জিজ্ঞাসা করা হচ্ছে…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ সব ঠিক আছে: লগইন কাজ করছে এবং 30 দিনের মধ্যে কী-এর মেয়াদ শেষ হচ্ছে না।</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>আপনার মনোযোগ দরকার:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>যাচাই করা হয়নি: এই কম্পিউটারে সিক্রেট কী রাখা নেই। আপনার ডেভেলপারের ফোল্ডারে এটি আছে, অথবা কী নবায়ন করুন।</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ লগইন কাজ করছে: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ লগইন কাজ করছে না: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>ক্লায়েন্ট {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>ফিরে আসে: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>কী “{label}”: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>XWMS ড্যাশবোর্ড খুলুন</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>আপনার ওয়েব ব্রাউজারে XWMS ড্যাশবোর্ড খোলে।</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>XWMS ড্যাশবোর্ড থেকে এখানে পেস্ট করুন</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>এটি কী?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>এই পাতাটি কী?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>ডেভেলপার</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>দর্শক</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>ওয়েবসাইট, সেগুলোর কী এবং লগইন কী পড়বে তা বদলাতে পারেন, আর কে লগইন করেছেন দেখতে পারেন; সদস্য যোগ বা বাদ দিতে পারেন না।</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>কে লগইন করেছেন দেখতে পারেন; কিছুই বদলান না।</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>মানুষ ও অ্যাক্সেস</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>কারা আপনার ক্লায়েন্ট দিয়ে লগইন করেন, আর কারা এটি বদলাতে পারেন।</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>এগুলো আপনার ক্লায়েন্টের জন্য XWMS ড্যাশবোর্ডের ঐচ্ছিক অংশ। সবার জন্য খোলার আগে টেস্টাররা লগইন চেষ্টা করে দেখেন। যাচাইকৃত পার্টনার (Verified Partner) সেই অনুমতিগুলো ব্যবহার করতে পারে, যা XWMS শুধু তার যাচাই করা ব্যবসার জন্য রাখে। আপনার ডেভেলপারকে সেটিংস বদলাতে দেওয়ার নিরাপদ উপায় হলো তাকে সদস্য করা: সদস্যরা নিজেদের XWMS অ্যাকাউন্ট দিয়ে সাইন ইন করেন, তাই আপনাকে কখনো পাসওয়ার্ড শেয়ার করতে হয় না।</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>কে লগইন করেছেন</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>টেস্টার</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>টেস্টারের ইমেইল</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>তার XWMS ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>টেস্টার হিসেবে আমন্ত্রণ (&amp;I)</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>এই ব্যক্তিকে টেস্টার হিসেবে আমন্ত্রণ জানান</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>যাচাইকৃত পার্টনার</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>আপনার ওয়েবসাইট এই অনুমতিগুলো কী কাজে ব্যবহার করে</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>আপনার ওয়েবসাইট এগুলো কী কাজে ব্যবহার করে</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>আবেদন করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>যাচাইকৃত পার্টনার হওয়ার আবেদন করুন</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>কে এই ক্লায়েন্ট বদলাতে পারেন</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>সদস্যের ইমেইল</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>আপনার ডেভেলপারের XWMS ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>সদস্য যা করতে পারবেন</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>সদস্য হিসেবে যোগ করুন (&amp;D)</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>এই ব্যক্তিকে সদস্য হিসেবে যোগ করুন</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>XWMS থেকে আপনার ক্লায়েন্ট পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), সর্বশেষ {site}-এ, {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>এখনো কেউ আপনার ক্লায়েন্ট দিয়ে লগইন করেননি।</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>তাদের উত্তরের অপেক্ষায়</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>গ্রহণ করেছেন</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>প্রত্যাখ্যান করেছেন</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>এখনো কোনো টেস্টার নেই। টেস্টার XWMS-এর লগইন পাতায় আপনার আমন্ত্রণ গ্রহণ করেন।</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>শুধু আপনি। পাসওয়ার্ড শেয়ার না করে আপনার ডেভেলপারকে এখানে যোগ করুন।</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>XWMS টিমের অপেক্ষায়</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>অনুমোদিত</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>প্রত্যাখ্যাত</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>আপনার ওয়েবসাইটের দরকারি অনুমতিগুলোতে টিক দিন, কী কাজে লাগবে লিখুন, এবং আবেদন করুন। XWMS টিম আপনার ব্যবসা যাচাই করে অনুরোধটি অনুমোদন বা প্রত্যাখ্যান করে।</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>টেস্টারকে আমন্ত্রণ জানানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>যাচাইকৃত পার্টনার: আগে আপনার ওয়েবসাইটের দরকারি অনুমতিগুলোতে টিক দিন।</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>আপনার আবেদন পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>সদস্য যোগ করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>প্ল্যান {source}-এ %nটি সমস্যা আছে:</numerusform>
            <numerusform>প্ল্যান {source}-এ %nটি সমস্যা আছে:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>সিক্রেট: প্ল্যান ফাইলে কখনো সিক্রেট থাকে না, কারণ প্ল্যান ফাইল সহজেই শেয়ার হয়ে যায় বা ভুল করে কপি হয়। [{table}] থেকে “{key} = …” লাইনটি মুছে দিন। উইজার্ড নিজেই সিক্রেট তৈরি করে আপনার কম্পিউটারের কী-চেইনে রাখে।</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>সিক্রেট: প্ল্যান ফাইলে কখনো সিক্রেট থাকে না, কারণ প্ল্যান ফাইল সহজেই শেয়ার হয়ে যায় বা ভুল করে কপি হয়। “{key} = …” লাইনটি মুছে দিন। উইজার্ড নিজেই সিক্রেট তৈরি করে আপনার কম্পিউটারের কী-চেইনে রাখে।</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>প্ল্যান ফাইল: “{what}” প্ল্যানের অংশ নয়। এটি [{home}]-এর অধীনে থাকার কথা: লাইনটি সেই শিরোনামের নিচে সরান।</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>প্ল্যান ফাইল: “{what}” প্ল্যানের অংশ নয়। আপনি কি {near} বোঝাতে চেয়েছেন?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: “{what}” প্ল্যানের অংশ নয়। একটি প্ল্যানে শুধু [client], [domain], [scopes], [secret], [verification] ও [[members]] থাকে। examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>প্ল্যান ফাইল: [{table}]-এ “{key}” নামে কোনো সেটিং নেই। আপনি কি “{near}” বোঝাতে চেয়েছেন?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>প্ল্যান ফাইল: [{table}]-এ “{key}” নামে কোনো সেটিং নেই। এটি [{home}]-এর অধীনে থাকার কথা।</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>প্ল্যান ফাইল: [{table}]-এ “{key}” নামে কোনো সেটিং নেই। [{table}]-এ যা থাকতে পারে: {known}।</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: এই সেটিংয়ে টেক্সট লাগে। এভাবে লিখুন: {key} = &quot;…&quot; (ডাবল কোটের মধ্যে)।</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: এই সেটিংয়ে true বা false লাগে। এভাবে লিখুন: {key} = true  অথবা  {key} = false (কোট ছাড়া)।</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: এই সেটিংয়ে টেক্সটের একটি তালিকা লাগে। এভাবে লিখুন: {key} = [&quot;profile&quot;]।</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: এই সেটিংয়ে একটি তারিখ লাগে। এভাবে লিখুন: {key} = &quot;2027-12-31&quot;।</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: লাইন {line}-এ (কলাম {column}) একটি ভুল আছে: {reason}। সেখানে উদ্ধৃতিচিহ্ন, “=” চিহ্ন ও [শিরোনাম] দেখুন। examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: এতে একটি ভুল আছে: {reason}। সেখানে উদ্ধৃতিচিহ্ন, “=” চিহ্ন ও [শিরোনাম] দেখুন। examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: এটি {size} KB; প্ল্যান হলো সর্বোচ্চ {most} KB-এর একটি ছোট টেক্সট ফাইল। আপনি প্ল্যান ফাইলটিই দিয়েছেন কি না দেখুন, এবং examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: লাইন {line}-এ তালিকা বা সেকশন একটির ভেতরে আরেকটি করে {most} স্তরের বেশি গভীরে রাখা হয়েছে; একটি প্ল্যানে এক স্তরই লাগে (যেমন keys = [&quot;profile&quot;]-এর মতো একটি তালিকা)। বাড়তি বন্ধনীগুলো মুছে দিন, এবং examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: লাইন {line}-এর সেটিংয়ের নামে ডট দিয়ে যুক্ত {most}টির বেশি অংশ আছে; প্ল্যানের নামে এক বা দুটি অংশ থাকে (যেমন domain.root)। examples/plan.toml-এর মতো সেটিংটি তার [section] শিরোনামের নিচে লিখুন।</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: লাইন {line}-এর সেটিংয়ের নাম {most} অক্ষরের চেয়ে লম্বা; প্ল্যানের নামগুলো ছোট শব্দ (যেমন root বা keys)। সেই লাইনটি দেখুন, এবং examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>প্ল্যান আইডি: 1 থেকে 64টি অক্ষর, সংখ্যা, হাইফেন বা আন্ডারস্কোর ব্যবহার করুন, অথবা plan_id বাদ দিন, তাহলে উইজার্ড ক্লায়েন্টের নাম ও ওয়েবসাইটের ঠিকানা থেকে একটি তৈরি করে নেবে।</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>প্ল্যান ফাইল: “{key}” একটি সেকশন হতে হবে: আলাদা একটি লাইনে [{key}] লিখুন, আর তার নিচে এর সেটিংসগুলো। examples/plan.toml-এর সাথে মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: নেই। [{table}]-এর নিচে {key} = &quot;{example}&quot; লাইনটি যোগ করুন।</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>প্ল্যান ফাইল: প্রতিটি সদস্যকে আলাদা একটি [[members]] সেকশন হিসেবে লিখুন, তার নিচে email = &quot;…&quot; ও role = &quot;Developer&quot; (বা &quot;Viewer&quot;) দিয়ে।</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>প্ল্যান ফাইল: এতে {count} জন সদস্যের নাম আছে; একটি প্ল্যানে সর্বোচ্চ {most} জনের নাম থাকতে পারে। বাকিদের “মানুষ ও অ্যাক্সেস” পেজে যোগ করুন।</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>প্ল্যান ফাইল: [[members]] সেকশনে “{key}” নামে কোনো সেটিং নেই। এতে যা থাকতে পারে: email, role।</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} দুবার লেখা হয়েছে। প্রতিজনের জন্য একটি করে [[members]] সেকশন রাখুন।</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>প্ল্যান ফাইল: {source} খুঁজে পাওয়া যাচ্ছে না। নাম ও ফোল্ডার দেখুন।</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>প্ল্যান ফাইল: {source} একটি ফোল্ডার। .toml ফাইলের পাথ দিন।</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>প্ল্যান ফাইল: {source} পড়া যায়নি ({reason})।</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>প্ল্যান ফাইল: এটি সাধারণ টেক্সট (UTF-8) নয়। এটি UTF-8 টেক্সট হিসেবে সংরক্ষণ করুন।</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>কোথায়</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>পড়তে পারবে</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>শুধু ব্যক্তির XWMS নম্বর</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>{date}-এ কাজ করা বন্ধ করবে</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>মেয়াদ শেষ হয় না</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>সিক্রেট কী</translation>
    </message>
    <message>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>কলব্যাক URL</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>সার্ভারের IP ঠিকানা</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>অভ্যন্তরীণ নাম</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>লগইনের অনুমতি</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>API-এর অনুমতি</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>প্রধান</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>টেস্ট মোড</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>ফলব্যাক URL</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>লোগো</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation>উইজার্ড বন্ধ করবেন?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>তবুও বন্ধ করুন</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>কাজ চালিয়ে যান</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>এখন না</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>আপনার সেটআপ চালিয়ে যাবেন?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>আগের একটি সেটআপ শেষ হওয়ার আগেই থেমে গিয়েছিল।</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>চালিয়ে যান</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>নতুন করে শুরু করুন</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>ফোল্ডারটি আবার তৈরি করবেন?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>আপনার ডেভেলপারের জন্য একটি ফোল্ডার আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>আপনার ডেভেলপারের জন্য একটি ফোল্ডার এখানে আগেই তৈরি করা হয়েছে: {name}। প্রতিস্থাপন করবেন, নাকি দুটোই রাখবেন?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>প্রতিস্থাপন: নতুন ফোল্ডারটি পুরোনোটির জায়গা নেবে। দুটোই রাখুন: নতুন ফোল্ডারটি এর পাশে সংরক্ষিত হবে, নামের সাথে একটি নম্বর যোগ করে। বাতিল: কিছুই লেখা হবে না।</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>প্রতিস্থাপন (&amp;R)</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>আগে থেকে থাকা ফোল্ডারটি প্রতিস্থাপন করুন</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>দুটোই রাখুন (&amp;K)</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>দুটো ফোল্ডারই রাখুন</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>বাতিল: কিছুই লেখা হবে না</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>হস্তান্তর ফোল্ডার কোথায় সংরক্ষণ করবেন বেছে নিন</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>আপনার লোগো বেছে নিন</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>ছবি (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>লিংকের ঠিকানা কপি করুন (&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; পিছনে (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>পরবর্তী (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>পরবর্তী (&amp;N)</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>পিছনে যান</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>চালিয়ে যান</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>শেষ (&amp;F)</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>ডোমেইন {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>এই ডোমেইন</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>আপনার ডোমেইন</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>XWMS ড্যাশবোর্ডে {domain_page} খুলে {setting} চালু করুন।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>XWMS ড্যাশবোর্ডে Integrations → Client Secrets খুলুন, একটি নতুন সিক্রেট তৈরি করুন, সেটি {domain}-এর সাথে যুক্ত করুন ({domain_page}-এ Link Secret) এবং নতুন সিক্রেটটি আপনার ডেভেলপারকে দিন।</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>{the_domain}-এর জন্য কলব্যাক URL {url} XWMS চেনে না।</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>{the_domain}-এর জন্য এই কলব্যাক URL XWMS চেনে না।</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>এখন নিবন্ধিত: {urls}।</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>এখনো কোনো সক্রিয় কলব্যাক URL নিবন্ধিত নেই।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>XWMS ড্যাশবোর্ডে {domain_page} → Domain URLs খুলুন এবং {url} সক্রিয় কলব্যাক URL হিসেবে যোগ করুন, হুবহু একইভাবে লিখে (XWMS অক্ষরে অক্ষরে মিলিয়ে দেখে, https:// ও পাথসহ)।</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>কলব্যাক URL</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Client ID ও সিক্রেট ঠিক আছে, কিন্তু XWMS {the_domain}-এর জন্য শুধু সার্ভার ঠিকানা {allowed} থেকে আসা কল গ্রহণ করে।</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Client ID ও সিক্রেট ঠিক আছে, কিন্তু XWMS {the_domain}-এর জন্য শুধু আপনার ওয়েবসাইটের সার্ভার থেকে আসা কল গ্রহণ করে।</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>এই কলটি এসেছে {address} থেকে।</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>নিজের কম্পিউটার থেকে টেস্ট করলে এমনটাই হওয়ার কথা: আসল কলগুলো আপনার ওয়েবসাইটের সার্ভার থেকে আসতে হবে। সেই সার্ভারের ঠিকানা বদলে গেলে XWMS ড্যাশবোর্ডে {domain_page}-এ Server IP Address হালনাগাদ করুন।</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>এর জন্য “{scope}” স্কোপ দরকার, যা এই ক্লায়েন্টের নেই।</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>এর জন্য একটি স্কোপ দরকার, যা এই ক্লায়েন্টের নেই।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>XWMS ড্যাশবোর্ডে Integrations → Client Scopes খুলে {scope} চালু করুন।</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>স্কোপটি</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} শুধু যাচাইকৃত পার্টনার (Verified Partner) ব্যবহার করতে পারে।</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>এই স্কোপ শুধু যাচাইকৃত পার্টনার (Verified Partner) ব্যবহার করতে পারে।</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>আপাতত এটি বাদ রাখুন, অথবা XWMS ড্যাশবোর্ডের Verification Center-এ আবেদন করুন (XWMS কর্মীরা প্রতিটি অনুরোধ অনুমোদন করেন); যাচাই হয়ে গেলে স্কোপটি যোগ করতে পারবেন।</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>কে লগইন করেছেন তা দেখা</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>লগইন কী পড়বে তা বদলানো</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>ওয়েবসাইট বদলানো</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>সিক্রেট কী বদলানো</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>সদস্য যোগ বা বাদ দেওয়া</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>এই ক্লায়েন্টে আপনার রোলে এর অনুমতি নেই: {what}।</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>এই ক্লায়েন্টে আপনার রোলে এর অনুমতি নেই।</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>ক্লায়েন্টের মালিককে পরিবর্তনটি করতে বলুন, অথবা Members and Roles-এ আপনার রোলকে এই অনুমতি দিতে বলুন।</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>ডোমেইন</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>ক্লায়েন্ট সিক্রেট</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>{names} ছিল না।</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} ও {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>{names} ছিল না।</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Client ID, ডোমেইন বা ক্লায়েন্ট সিক্রেট ছিল না।</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>তিনটিই পূরণ করুন (XWMS ড্যাশবোর্ডে My Clients → আপনার ক্লায়েন্ট-এ এগুলো দেখা যায়) এবং আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS এই Client ID চেনে না।</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>XWMS ড্যাশবোর্ড (My Clients → আপনার ক্লায়েন্ট) থেকে Client ID আবার কপি করুন এবং টাইপের ভুল বা বাদ পড়া অক্ষর আছে কি না দেখুন।</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>এই ক্লায়েন্টের ডোমেইনগুলোর মধ্যে XWMS-এ {the_domain} নেই।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>XWMS ড্যাশবোর্ডে Integrations → Domains খুলে এটিকে Root Domain হিসেবে যোগ করুন (https:// বা পাথ ছাড়া), অথবা আগে থেকে থাকা ডোমেইনটি ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>XWMS-এ {the_domain} বন্ধ করা আছে।</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>{the_domain}-এর জন্য লগইন করার অনুমতি নেই।</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>{the_domain}-এর জন্য API কলের অনুমতি নেই।</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS ক্লায়েন্ট সিক্রেটটি চিনতে পারেনি।</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>সিক্রেটটি আবার কপি করুন, পুরোটা এবং কোনো স্পেস ছাড়া। এটি হারিয়ে গেলে XWMS ড্যাশবোর্ডে Integrations → Client Secrets-এ নতুন একটি তৈরি করে ডোমেইনের সাথে যুক্ত করুন।</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>এই ক্লায়েন্ট সিক্রেটটি প্রত্যাহার করা হয়েছে এবং আর কাজ করে না।</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>এই ক্লায়েন্ট সিক্রেটের মেয়াদ শেষ হয়ে গেছে।</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>ক্লায়েন্ট সিক্রেট ঠিক আছে, কিন্তু এটি {the_domain}-এর সাথে যুক্ত নয়।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>XWMS ড্যাশবোর্ডে {domain_page} খুলুন, Link Secret বেছে নিয়ে এই সিক্রেটটি বাছাই করুন।</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS এই লগইন টোকেন চেনে না।</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>আবার লগইন শুরু করুন; ওয়েবসাইটকে কলব্যাক URL থেকে পাওয়া টোকেনটি কোনো পরিবর্তন ছাড়াই পাঠাতে হবে।</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>এই লগইন টোকেন আগেই ব্যবহার করা হয়েছে; প্রতিটি টোকেন মাত্র একবার কাজ করে।</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>নতুন টোকেন পেতে আবার লগইন শুরু করুন।</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>এই লগইন টোকেনের মেয়াদ শেষ হয়ে গেছে (টোকেন 5 মিনিট টেকে)।</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>আবার লগইন শুরু করে 5 মিনিটের মধ্যে শেষ করুন।</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>ইমেইল ঠিকানা বা পাসওয়ার্ড ঠিক নয়।</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>দুটোই দেখুন (পাসওয়ার্ডে বড় ও ছোট হাতের অক্ষর আলাদা ধরা হয়) এবং আবার সাইন ইন করুন।</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>আপনি সাইন ইন করেননি, অথবা আপনার সাইন-ইনের মেয়াদ শেষ হয়ে গেছে।</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>আপনার XWMS ইমেইল ঠিকানা ও পাসওয়ার্ড দিয়ে আবার সাইন ইন করুন।</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>ক্লায়েন্টের জন্য পেইড XWMS অ্যাকাউন্ট লাগে, আর এই অ্যাকাউন্টটি ফ্রি প্ল্যানে আছে।</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>XWMS ড্যাশবোর্ডে অ্যাকাউন্টটি আপগ্রেড করুন, অথবা একটি পেইড অ্যাকাউন্ট দিয়ে সাইন ইন করুন, তারপর চালিয়ে যান।</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>এই নামে আপনার আগে থেকেই একটি ক্লায়েন্ট আছে।</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>অন্য একটি নাম বেছে নিন, অথবা তালিকা থেকে আগের ক্লায়েন্টটি বাছাই করুন।</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>এই ক্লায়েন্টে {the_domain} আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>আগে থেকে থাকা ডোমেইনটি ব্যবহার করুন, অথবা অন্য একটি লিখুন।</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>এই URL ডোমেইনের জন্য আগে থেকেই নিবন্ধিত।</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>আপনি যদি এটিই চান, তাহলে আর কিছু করতে হবে না; নইলে অন্য একটি ঠিকানা লিখুন।</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>এই সিক্রেট {the_domain}-এর সাথে আগে থেকেই যুক্ত।</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>এই সংযোগের জন্য আর কিছু করতে হবে না।</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>সার্ভার এই ধাপটি আগে অন্য তথ্যসহ দেখেছে, তাই কোনো কিছু দুবার তৈরি না করে থেমে গেছে।</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>এর পরে আপনি যে পরিবর্তন করেছেন তা ফিরিয়ে নিন, অথবা নতুন একটি সেটআপ শুরু করুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS কিছু তথ্য গ্রহণ করেনি।</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>চিহ্নিত ঘরগুলো ঠিক করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>সার্ভার এটি খুঁজে পায়নি; হয়তো এর মধ্যে এটি মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>XWMS ড্যাশবোর্ডে এটি এখনো আছে কি না দেখুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>উইজার্ড যা পাঠিয়েছে সার্ভার তা পড়তে পারেনি।</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>এটি উইজার্ডের ত্রুটি, আপনার তথ্যের নয়। আবার চেষ্টা করুন; বারবার এমন হলে অনুগ্রহ করে জানান।</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>উইজার্ড যা চেয়েছে, এই সার্ভার তা দেয় না।</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>সার্ভারের ঠিকানাটি একটি XWMS ম্যানেজমেন্ট সার্ভারের কি না দেখুন।</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>ফাইলটি খুব বড়; লোগো সর্বোচ্চ 1 MB হতে পারে।</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>একটি ছোট PNG বা SVG ছবি বেছে নিন।</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>প্রত্যাহার করা সিক্রেট কী আর বদলানো যায় না।</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>বরং একটি নতুন কী তৈরি করুন (কী নবায়ন করুন)।</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>এই ব্যক্তিকে আগেই আমন্ত্রণ জানানো হয়েছে।</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>তার উত্তরের অপেক্ষা করুন: তিনি XWMS-এর লগইন পাতায় গ্রহণ বা প্রত্যাখ্যান করবেন।</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>এই অনুমতিগুলোর জন্য একটি আবেদন আগে থেকেই অপেক্ষমাণ।</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>আবার আবেদন করার আগে XWMS টিমের উত্তরের অপেক্ষা করুন।</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>আপনার অ্যাকাউন্ট এগুলোর জন্য আগে থেকেই যাচাইকৃত পার্টনার।</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>আর কিছু করতে হবে না: আপনি এই অনুমতিগুলো ব্যবহার করতে পারেন।</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>এই ক্লায়েন্টে এই নামে আগে থেকেই একটি রোল আছে।</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>সেই রোলটি ব্যবহার করুন, অথবা অন্য একটি নাম বেছে নিন।</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>ইনি ক্লায়েন্টের মালিক, যিনি সবকিছু করতে পারেন।</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>আর কিছু করতে হবে না; অন্য কাউকে সদস্য হিসেবে যোগ করুন।</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>এই ব্যক্তি আগে থেকেই ক্লায়েন্টের সদস্য।</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>তার জন্য আর কিছু করতে হবে না।</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>লোগো অবশ্যই PNG বা SVG ছবি হতে হবে।</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>একটি PNG বা SVG ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS অনুরোধটি অসম্পূর্ণ বলে প্রত্যাখ্যান করেছে।</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Client ID, ডোমেইন, সিক্রেট ও কলব্যাক URL দেখুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS পরিচয় তথ্য (Client ID ও সিক্রেট) গ্রহণ করেনি।</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Client ID ও ক্লায়েন্ট সিক্রেট দেখুন (XWMS ড্যাশবোর্ড থেকে আবার কপি করুন), তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>এই ক্লায়েন্ট বা ডোমেইনের জন্য XWMS এটির অনুমতি দেয় না।</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>XWMS ড্যাশবোর্ডে Integrations → Domains-এ দেখুন যে ডোমেইনটি Active, Login ও API-এর অনুমতি দেয়, এবং এই সিক্রেটটি এর সাথে যুক্ত আছে।</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>এটি আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>আগেরটি ব্যবহার করুন, অথবা অন্য নাম বা ঠিকানা বেছে নিন।</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>সার্ভার এই মুহূর্তে অনেক বেশি অনুরোধ পাচ্ছে।</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>এক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>সার্ভার এই অনুরোধটি প্রত্যাখ্যান করেছে।</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>আপনার দেওয়া তথ্য দেখে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>XWMS বলেছে: “{message}”</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: নতুন কী-এর মেয়াদ শেষ হবে {date}-এ, আজ থেকে %n দিন পর। কী-এর জন্য আরও পরের একটি মেয়াদ শেষের তারিখ দিন (যেমন {suggestion}), অথবা কোনো তারিখই দেবেন না, তারপর নবায়ন করুন।</numerusform>
            <numerusform>secret.expires: নতুন কী-এর মেয়াদ শেষ হবে {date}-এ, আজ থেকে %n দিন পর। কী-এর জন্য আরও পরের একটি মেয়াদ শেষের তারিখ দিন (যেমন {suggestion}), অথবা কোনো তারিখই দেবেন না, তারপর নবায়ন করুন।</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} এই সার্ভারে নেই, তাই নবায়ন করার মতো কোনো কী নেই। আগে সেটআপটি তৈরি করুন (xwms-wizard apply, অথবা উইজার্ড দিয়ে)।</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>নতুন কী “{label}” (শেষে {hint}) আগেই তৈরি হয়েছিল</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>নতুন কী {time}-এ যাচাইয়ে উত্তীর্ণ হয়েছে</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>নতুন কী যাচাইয়ে উত্তীর্ণ হয়নি, তাই পুরোনো কী সক্রিয় থাকছে: সেটি দিয়ে লগইন চলতে থাকবে।</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>সিক্রেট কী নবায়ন</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>এমন একটি নতুন কী, যা পুরোনোটি বন্ধ হওয়ার আগেই কাজ করে।</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>উইজার্ড বর্তমান কী-এর পাশাপাশি একটি নতুন সিক্রেট কী তৈরি করে, সেটি আপনার ওয়েবসাইটের সাথে যুক্ত করে এবং XWMS তা গ্রহণ করে কি না যাচাই করে। আপনার ডেভেলপার নতুনটি আপনার ওয়েবসাইটে বসানো পর্যন্ত দুটো কী-ই কাজ করে; তারপর আপনি এখান থেকে পুরোনো কী বন্ধ করে দেবেন। এর মধ্যে কাউকে লগআউট হতে হবে না।</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>কী নবায়ন করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>কী নবায়ন করুন</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>অগ্রগতি</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>নির্দিষ্ট তারিখে নতুন কী বন্ধ হবে (&amp;D)</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>নির্দিষ্ট তারিখে নতুন কী বন্ধ হবে</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>নতুন কী-এর মেয়াদ শেষের তারিখ</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>পুরোনো কী বন্ধ করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>আপনার ডেভেলপার নতুনটি ব্যবহার শুরু করলে পুরোনো কী বন্ধ করুন</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>ওয়েবসাইট: {site}। বর্তমান কী: “{label}”।</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>কী নবায়ন করা হচ্ছে…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ পুরোনো কী বন্ধ করা হয়েছে; এখন শুধু নতুনটি কাজ করে।</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ নতুন কী কাজ করছে। আপনি বন্ধ না করা পর্যন্ত পুরোনোটিও কাজ করবে: আগে আপনার ডেভেলপারকে নতুন কী দিন (পরের পাতা তাদের জন্য ফোল্ডার তৈরি করবে)।</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>আপনার ডেভেলপারের ওয়েবসাইট কি নতুন কী-তে চলে গেছে? পুরোনো কী সঙ্গে সঙ্গে কাজ করা বন্ধ করবে; যে সাইট এখনো সেটি ব্যবহার করে, সেখানে আর কেউ লগইন করতে পারবে না।</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>পুরোনো কী বন্ধ করবেন?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>পর্যালোচনা ও তৈরি</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>আপনার পছন্দগুলো দেখে নিন, তারপর এক ধাপে সবকিছু তৈরি করুন।</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>এখনো কিছুই তৈরি হয়নি। “সবকিছু তৈরি করুন” চাপলে উইজার্ড আপনার XWMS অ্যাকাউন্টে একটার পর একটা প্রতিটি অংশ তৈরি করবে এবং কাজ চলার সময় প্রতিটি নিচে দেখাবে। কিছু ভুল হলে ঠিক করুন বা আবার চেষ্টা করুন: কোনো কিছুই কখনো দুবার তৈরি হয় না। শেষে উইজার্ড XWMS-এর সাথে যাচাই করবে যে লগইন কাজ করছে, এবং আপনাকে সিক্রেট কী একবার দেখাবে।</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>যা বদলাবে</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>নতুন কী তৈরি করুন; নতুনটি কাজ করলে পুরোনোটি প্রত্যাহার হবে (&amp;N)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>নতুন কী তৈরি করুন</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>বর্তমান কী রাখুন; হস্তান্তর ফোল্ডারে সিক্রেট থাকবে না, আপনার ডেভেলপারের কাছে এটি আছে (&amp;K)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>বর্তমান কী রাখুন</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>সবকিছু তৈরি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>সবকিছু তৈরি করুন</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>অগ্রগতি</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>আবার চেষ্টা করুন (&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>আপনার সিক্রেট কী (একবারই দেখানো হবে)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS এই কী শুধু এখনই দেখায়। আপনার ডেভেলপারের এটি দরকার; অন্য কারও কাছে থাকলে সে আপনার ওয়েবসাইট সেজে কাজ করতে পারবে, তাই এটিকে পাসওয়ার্ডের মতো যত্নে রাখুন।</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>সিক্রেট কী</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>দেখান (&amp;S)</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>সিক্রেট কী দেখান</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>কপি (&amp;O)</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>সিক্রেট কী কপি করুন</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>এই কম্পিউটারের অনুশীলন সার্ভার</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>আপনার সার্ভার</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (আগের ক্লায়েন্ট)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (নতুন)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>আমার পরিবর্তন প্রয়োগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>আপনি পছন্দগুলো বদলেছেন: সেটআপ হালনাগাদ করতে “আমার পরিবর্তন প্রয়োগ করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>এখনো কিছুই তৈরি হয়নি।</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>XWMS-এ আগে থেকে কী আছে দেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>যাচাই করে এগিয়ে যান (&amp;C)</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>XWMS-এ এসব আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>এই পরিবর্তনগুলো প্রয়োগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>এখনো কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>অপেক্ষমাণ</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>চলছে…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>বাদ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>থেমেছে</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>আপনার সেটআপ তৈরি করা হচ্ছে…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ সবকিছু সেট আপ হয়েছে।</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ সবকিছু আগে থেকেই সেট আপ করা ছিল; নতুন কিছু তৈরি হয়নি।</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>কী করবেন নিচে বেছে নিন, তারপর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>এটি বদলাতে “পিছনে” চেপে {page} পাতায় যান, তারপর “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>আপনার বেছে নেওয়া কিছুই হারায়নি: সমস্যার সমাধান হলে “আবার চেষ্টা করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>“{step}”-এ থেমেছে: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>থামানো হয়েছে। কিছুই হারায়নি: যেখানে থেমেছিল সেখান থেকে চালিয়ে যেতে “সবকিছু তৈরি করুন” চাপুন। কোনো কিছু দুবার তৈরি হবে না।</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>সিক্রেট কী আগের একটি রানে তৈরি হয়ে তখনই দেখানো হয়েছিল; এর মান এই কম্পিউটারে নেই। কেউ এটি রেখে না থাকলে XWMS ড্যাশবোর্ডে (Client Secrets) একটি নতুন কী তৈরি করে ওয়েবসাইটের সাথে যুক্ত করুন।</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ এই কম্পিউটারের কী-চেইনে (“xwms-wizard” নামে) সংরক্ষিত হয়েছে, তাই পরের পাতায় উইজার্ড এটি আপনার ডেভেলপারের ফোল্ডারে রাখতে পারবে।</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>এই কম্পিউটারে কোনো কী-চেইন নেই, তাই উইজার্ড খোলা থাকা পর্যন্তই কী-টি রাখা থাকবে। এটি রেখে দেওয়ার এখনই সময়: আপনার পাসওয়ার্ড ম্যানেজারে কপি করুন, অথবা পরের পাতায় আপনার ডেভেলপারের ফোল্ডারে যোগ করুন।</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>সিক্রেট কী একবার দেখানো হয়েছে এবং এখন আর স্ক্রিনে নেই। পরের পাতায় এটি আপনার ডেভেলপারের ফোল্ডারে রাখা যাবে।</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>লুকান (&amp;H)</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>সিক্রেট কী লুকান</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>কপি করা হয়েছে। কী-টি ক্লিপবোর্ডে তখনও থাকলে উইজার্ড 60 সেকেন্ড পর ক্লিপবোর্ড খালি করে দেবে।</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>প্রোফাইলের মৌলিক তথ্য পড়া</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>যিনি লগইন করেন তার নাম, নামের প্রথম ও শেষ অংশ, ইমেইল ঠিকানা ও ছবি।</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>প্রোফাইলের অতিরিক্ত তথ্য</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>জন্মতারিখ, লিঙ্গ, দেশ এবং যুক্ত সোশ্যাল অ্যাকাউন্ট।</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>ঠিকানার তথ্য ব্যবহার</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>ব্যক্তি XWMS-এ যে ডাক-ঠিকানাগুলো রাখেন, যেমন ডেলিভারি বা ইনভয়েসের জন্য। আপনার ওয়েবসাইট সেগুলো পড়তে পারবে এবং ব্যক্তির হয়ে হালনাগাদ রাখতে পারবে (যোগ, পরিবর্তন, মুছে ফেলা)।</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>ব্যক্তি তার XWMS অ্যাকাউন্টের সাথে বাইরের কোন কোন সাইন-ইন প্রোভাইডার যুক্ত করেছেন।</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>প্রোভাইডার পড়া</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>আপনার ওয়েবসাইট কী কী পড়তে পারবে?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>আপনার ওয়েবসাইটের সত্যিই যা দরকার, শুধু তাতেই টিক দিন।</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>কেউ লগইন করলে XWMS আপনার ওয়েবসাইটকে জানায় তিনি কে। নিচের প্রতিটি “স্কোপ” আপনার ওয়েবসাইটকে সেই ব্যক্তি সম্পর্কে আরও এক ধরনের তথ্য পড়ার অনুমতি দেয়। যত কম সম্ভব চাইবেন: যে ওয়েবসাইট সবকিছু চায় না, মানুষ তাকে বেশি বিশ্বাস করে, আর যা আপনার ওয়েবসাইট কখনো পায় না তা ফাঁসও হতে পারে না। বেশিরভাগ ওয়েবসাইটের জন্য মৌলিক প্রোফাইল (নাম ও ইমেইল) যথেষ্ট। কিছু স্কোপ শুধু সেই ব্যবসাগুলোর জন্য, যাদের XWMS যাচাই করেছে (যাচাইকৃত পার্টনার)।</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>স্কোপ</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>বাছাই করা স্কোপে টিক দিতে বা টিক তুলে দিতে Space চাপুন।</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>আবার চেষ্টা করুন (&amp;T)</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>স্কোপের তালিকা লোড হচ্ছে…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (শুধু Verified Partner-দের জন্য)
{description}
Verified Partner হতে, এই ক্লায়েন্ট তৈরি হওয়ার পরে আবেদন করুন: উইজার্ডের “মানুষ ও অ্যাক্সেস” পৃষ্ঠায় (আগের সেটআপ যাচাই বা পরিবর্তন করুন), অথবা XWMS ড্যাশবোর্ডের Verification Center-এ।</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (যাচাইকৃত পার্টনারদের জন্য: আপনার ব্যবসা একটি যাচাইকৃত পার্টনার)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>কিছুতেই টিক না দিলে আপনার ওয়েবসাইট শুধু ব্যক্তিকে বোঝানো একটি নম্বর জানতে পারবে, তার নাম বা ইমেইল নয়। আপনার ওয়েবসাইটের এর বেশি দরকার না হলে এটুকুই যথেষ্ট।</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>ক্লায়েন্টের সিক্রেট কী “{label}” (শেষে {hint}) এই ওয়েবসাইটের সাথেও যুক্ত করা হবে; নতুন কোনো কী তৈরি হবে না।</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>একটি নতুন সিক্রেট কী তৈরি হবে: এই ওয়েবসাইটের এখনো কোনো কী নেই।</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>একটি নতুন সিক্রেট কী তৈরি হবে, কারণ পুরোনোটি (“{label}”, শেষে {hint}) প্রত্যাহার করা হয়েছে।</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>একটি নতুন সিক্রেট কী তৈরি হবে, কারণ পুরোনোটির (“{label}”, শেষে {hint}) মেয়াদ {date}-এ শেষ হয়ে গেছে।</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>একটি নতুন সিক্রেট কী তৈরি হবে, কারণ বর্তমানটির (“{label}”, শেষে {hint}) মান এই কম্পিউটারে নেই। নতুন কী কাজ করলে পুরোনোটি প্রত্যাহার করা হবে।</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>ওয়েবসাইটের সিক্রেট কী (“{label}”, শেষে {hint}) কাজ করছে, কিন্তু এর মান এই কম্পিউটারে নেই: নতুন কী তৈরি করুন, অথবা এটিই রেখে হস্তান্তর ফোল্ডারে সিক্রেট বাদ রাখুন।</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>সিক্রেট কী “{label}” (শেষে {hint}) যেমন আছে তেমনই থাকবে।</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>সিক্রেট কী “{label}” (শেষে {hint}) যেমন আছে তেমনই থাকবে; এর মান এই কম্পিউটারে নেই, তাই হস্তান্তর ফোল্ডারে এটি রাখা হবে না।</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>নাম “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>মেয়াদ {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>সিক্রেট কী (শেষে {hint}) বদলাবে: {changes}।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>নেই</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>আপনার নতুন সিক্রেট কী (একবারই দেখানো হবে)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS এই কী শুধু এখনই দেখায়। আপনার ডেভেলপারের এটি দরকার; অন্য কারও কাছে থাকলে সে আপনার ওয়েবসাইট সেজে কাজ করতে পারবে, তাই এটিকে পাসওয়ার্ডের মতো যত্নে রাখুন।</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>নতুন সিক্রেট কী</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>দেখান (&amp;S)</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>নতুন সিক্রেট কী দেখান</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>কপি (&amp;O)</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>নতুন সিক্রেট কী কপি করুন</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ এই কম্পিউটারের কী-চেইনে সংরক্ষিত হয়েছে, তাই পরের পাতায় উইজার্ড এটি আপনার ডেভেলপারের ফোল্ডারে রাখতে পারবে।</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>এই কম্পিউটারে কোনো কী-চেইন নেই, তাই উইজার্ড খোলা থাকা পর্যন্তই কী-টি রাখা থাকবে। পরের পাতায় এটি আপনার ডেভেলপারের ফোল্ডারে রাখুন, অথবা এখনই আপনার পাসওয়ার্ড ম্যানেজারে কপি করুন।</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>লুকান (&amp;H)</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>কপি করা হয়েছে। কী-টি ক্লিপবোর্ডে তখনও থাকলে উইজার্ড 60 সেকেন্ড পর ক্লিপবোর্ড খালি করে দেবে।</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>সিক্রেট কী</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>এই কী দিয়ে আপনার ওয়েবসাইট প্রমাণ করে যে এটি সত্যিই আপনার।</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>সিক্রেট কী হলো আপনার ওয়েবসাইটের জন্য (আপনার জন্য নয়) একটি পাসওয়ার্ডের মতো। প্রতিটি লগইনের সাথে আপনার ওয়েবসাইটের সার্ভার এটি XWMS-এ পাঠায়, যাতে XWMS বোঝে অনুরোধটি সত্যিই আপনার ওয়েবসাইট থেকে আসছে। XWMS এটি তৈরির সময় মাত্র একবার দেখায়: উইজার্ড তৈরির পর এটি আপনাকে দেখায়, এই কম্পিউটারের কী-চেইনে রাখে, এবং আপনার ডেভেলপারের ফোল্ডারে রাখতে পারে। এটি আপনার ওয়েবসাইটের সাথে যুক্ত, তাই শুধু সেখানেই কাজ করে।</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>সিক্রেটের লেবেল (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>সিক্রেটের লেবেল</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>ঐচ্ছিক। কী-এর একটি নাম, যাতে পরে কীগুলো আলাদা করে চিনতে পারেন, যেমন “ওয়েব সার্ভার 2025”। খালি রাখলে এর নাম হবে “Standard Key”।</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>লেবেল (&amp;L):</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>নির্দিষ্ট তারিখে কী বন্ধ হয়ে যাক (&amp;D)</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>নির্দিষ্ট তারিখে কী বন্ধ হয়ে যাক</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>মেয়াদ শেষের তারিখ</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>যে কী-এর মেয়াদ শেষ হয়, সেটি কখনো ফাঁস হলে ক্ষতি সীমিত থাকে, কিন্তু সেই তারিখের আগেই আপনার ডেভেলপারকে নতুন কী বসাতে হবে, নইলে লগইন বন্ধ হয়ে যাবে। তারিখ বেছে নিলে আপনার ডেভেলপারের ফোল্ডারে দুই সপ্তাহ আগের একটি ক্যালেন্ডার রিমাইন্ডার থাকবে। বেশিরভাগ ছোট ওয়েবসাইট এটি বন্ধ রাখে।</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>ড্যাশবোর্ড থেকে সিক্রেট কী</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>সিক্রেট কী এখানে পেস্ট করুন</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>সিক্রেট কী</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>XWMS ড্যাশবোর্ড নতুন সিক্রেট কী মাত্র একবার দেখায়। সেখান থেকে কপি করে এখানে পেস্ট করুন: উইজার্ড এটি এই কম্পিউটারের কী-চেইনে রাখে (কখনো কোনো ফাইলে নয়) এবং যাচাই ও আপনার ডেভেলপারের ফোল্ডারের জন্য ব্যবহার করে।</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>সিক্রেট কী (&amp;K):</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ সিক্রেট কী এই কম্পিউটারের কী-চেইনে আছে। শুধু এটি বদলাতে চাইলে এখানে নতুন কী পেস্ট করুন।</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>ড্যাশবোর্ড সিক্রেট কী দেখালে এখানে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>কী-টি {domain}-এর সাথে যুক্ত হবে, তাই আপনার ওয়েবসাইট শুধু সেখানেই এটি ব্যবহার করতে পারবে, আর কোথাও নয়।</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>এর মেয়াদ শেষ হয় না</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>এটি {date}-এ কাজ করা বন্ধ করবে</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>এর মান এই কম্পিউটারের কী-চেইনে আছে।</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>এর মান এই কম্পিউটারে নেই; কী করবেন তা “পর্যালোচনা ও তৈরি” পাতায় জিজ্ঞাসা করা হবে।</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>এই ওয়েবসাইটের আগে থেকেই একটি কী আছে: “{label}”, শেষে {hint}; {expiry}। {where} সেই কী বদলাতে এখানে নাম বা মেয়াদ শেষের তারিখ বদলান; এর আর কিছুই বদলাবে না।</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>এই XWMS অ্যাকাউন্টটি ফ্রি প্ল্যানে আছে। ক্লায়েন্ট (“XWMS দিয়ে লগইন”-এর জন্য একটি ওয়েবসাইটের যা দরকার) পেইড অ্যাকাউন্টের সাথে আসে: XWMS ড্যাশবোর্ডে অ্যাকাউন্টটি আপগ্রেড করুন, তারপর আবার সাইন ইন করুন।</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>সার্ভারের ঠিকানা: এটি ওয়েব ঠিকানা নয়। https://xwms.example.com বা http://127.0.0.1:8765-এর মতো করে লিখুন।</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>XWMS API ঠিকানা: এটি ওয়েব ঠিকানা নয়। {url}-এর মতো করে লিখুন, অথবা ডিফল্টটি রেখে দিন।</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>XWMS API ঠিকানা: এটি অবশ্যই https:// দিয়ে শুরু হতে হবে (http:// শুধু এই কম্পিউটারের টেস্ট সার্ভারের জন্য), কারণ যাচাইয়ের সময় আপনার সিক্রেট কী এখানে পাঠানো হয়।</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>অনুশীলন মোড চালু করা যায়নি: এই কম্পিউটারে অনুশীলন সার্ভার চালু হয়নি। {why} “আবার চেষ্টা করুন” চাপুন; বারবার ব্যর্থ হলে কম্পিউটার রিস্টার্ট করুন বা প্রথম পাতায় একটি কাস্টম সার্ভার বেছে নিন।</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>ইমেইল: XWMS-এ সাইন ইন করতে যে ইমেইল ঠিকানা ব্যবহার করেন তা লিখুন।</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>পাসওয়ার্ড: আপনার XWMS পাসওয়ার্ড লিখুন।</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>পাসওয়ার্ড: {email}-এর জন্য এই কম্পিউটারে রাখা সাইন-ইনের মেয়াদ শেষ হয়ে গেছে। আবার সাইন ইন করতে আপনার XWMS পাসওয়ার্ড লিখুন।</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: আগে ক্লায়েন্ট পাতায় Client ID পেস্ট করুন; সিক্রেট কী এর অধীনেই রাখা হয়।</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>লাইভ মোড বেছে নেওয়া হয়নি: প্রথম পাতায় ফিরে গিয়ে এটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>সিক্রেট: এই Client ID-এর জন্য উইজার্ডের কাছে কোনো সিক্রেট কী নেই। “পিছনে” চেপে সিক্রেট কী পাতায় ফিরে গিয়ে XWMS ড্যাশবোর্ড থেকে সিক্রেটটি পেস্ট করুন।</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>যাচাই করা হয়নি: মালিকের কম্পিউটার থেকে উইজার্ড {host}-এর XWMS-এ পৌঁছাতে পারেনি, তাই এই সেটিংস কাজ করে কি না তা এখনো কেউ নিশ্চিত করেনি</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>ফোল্ডার: {folder}-এ পড়ার মতো কোনো {name} নেই। উইজার্ড আপনার ডেভেলপারের জন্য যে ফোল্ডার তৈরি করেছিল সেটি বেছে নিন (xwms-handoff-…)।</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>আগে সাইন ইন করুন: অ্যাকাউন্ট পাতায় ফিরে যান।</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>XWMS সেটআপ উইজার্ড</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>XWMS সেটআপ</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>শেষ করুন (&amp;F)</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>ওয়েবসাইট {domain}-এর জন্য ক্লায়েন্ট “{client}” সেট আপ করা হচ্ছিল{where}। বাকি অংশগুলো শেষ করতে “চালিয়ে যান” বেছে নিন; কোনো কিছু দুবার তৈরি হবে না। এটি ভুলে গিয়ে নতুন সেটআপ শুরু করতে “নতুন করে শুরু করুন” বেছে নিন।</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (থেমেছিল: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>উইজার্ড এখনো কাজ করছে। এখন বন্ধ করলে এটি নিরাপদে থেমে যাবে; পরেরবার উইজার্ড খুললে যেখানে থেমেছিল সেখান থেকে চালিয়ে যাওয়ার প্রস্তাব দেবে, এবং কোনো কিছু দুবার তৈরি হবে না।</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>এই কম্পিউটারে কোনো কী-চেইন নেই, তাই সিক্রেট কী শুধু এই উইন্ডোতেই আছে। হস্তান্তর ফোল্ডার (সিক্রেটসহ) এক্সপোর্ট না করে এখন বন্ধ করলে এটি হারিয়ে যাবে এবং আপনাকে নতুন একটি তৈরি করতে হবে।</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>প্রত্যাহার করা হয়েছে</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>মেয়াদ শেষ হয় না</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>মেয়াদ শেষ হয়েছে {date}-এ</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>আজ মেয়াদ শেষ হবে</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>আগামীকাল মেয়াদ শেষ হবে</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>%n দিন পর মেয়াদ শেষ হবে ({date})</numerusform>
            <numerusform>%n দিন পর মেয়াদ শেষ হবে ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>যাচাই করা হয়নি: ওয়েবসাইটের কোনো কার্যকর কী নেই</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>যাচাই করা হয়নি: এর কী-এর মান এই কম্পিউটারে নেই (যেখানে .env আছে সেখানে `xwms-wizard verify` দিয়ে যাচাই করুন)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>যাচাই করা হয়নি: ওয়েবসাইটের কোনো কলব্যাক URL নেই</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site}-এর কোনো সিক্রেট কী নেই, তাই সেখানে এখনো কেউ লগইন করতে পারবে না।</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>{site}-এর কী “{label}” প্রত্যাহার করা হয়েছে, আর ওয়েবসাইটটির অন্য কোনো কী নেই: সেখানে লগইন বন্ধ হয়ে গেছে।</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>{site}-এর কী “{label}”-এর মেয়াদ {date}-এ শেষ হয়েছে: সেখানে লগইন বন্ধ হয়ে গেছে।</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>{site}-এর কী “{label}”: {expiry}; তখন লগইন বন্ধ হয়ে যাবে।</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS {site}-এর লগইন যাচাই প্রত্যাখ্যান করেছে: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>আপনার সেটআপ</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>আপনার “XWMS দিয়ে লগইন” কেমন চলছে, আর এখন আপনি কী করতে পারেন।</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>কোন ক্লায়েন্ট দেখবেন বেছে নিন। উইজার্ড XWMS থেকে এটি পড়ে এবং এই কম্পিউটারে রাখা সিক্রেট কী দিয়ে প্রতিটি ওয়েবসাইটে একটি লগইন চেষ্টা করে (কাউকে লগইন করানো হয় না, আর কিছুই বদলায় না)। যেগুলোতে আপনার মনোযোগ দরকার সেগুলো আগে দেখানো হয়, প্রতিটির সাথে সমাধানসহ।</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>যে ক্লায়েন্ট দেখবেন</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>ক্লায়েন্ট (&amp;C):</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>সেটআপ কেমন চলছে</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>কী নবায়ন করুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>কোনো বিরতি ছাড়াই সিক্রেট কী নবায়ন করুন</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>এই সেটআপ বদলান (&amp;H)…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>ওয়েবসাইট, সুইচ বা অনুমতি বদলান</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>কী প্রত্যাহার করুন (&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>ফাঁস হয়ে যাওয়া সিক্রেট কী প্রত্যাহার করুন</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>মানুষ ও অ্যাক্সেস (&amp;P)…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>কে লগইন করেছেন, টেস্টার, যাচাইকৃত পার্টনার ও সদস্য</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>আপনার ক্লায়েন্টগুলো পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>এই অ্যাকাউন্টে এখনো কোনো ক্লায়েন্ট নেই। একটি তৈরি করতে “পিছনে” চেপে প্রথম পাতায় গিয়ে “XWMS দিয়ে লগইন সেট আপ করুন” বেছে নিন।</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>XWMS-এর সাথে {name} যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ সব ঠিক আছে: প্রতিটি ওয়েবসাইট কাজ করছে এবং 30 দিনের মধ্যে কোনো কী-এর মেয়াদ শেষ হচ্ছে না।</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>আপনার মনোযোগ দরকার:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>“{label}” (শেষে {hint}): {expiry}; ব্যবহার করছে: {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>কোনো ওয়েবসাইট নেই</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>শুধু ব্যক্তির XWMS নম্বর</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>পড়তে পারবে</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>সিক্রেট কী</translation>
    </message>
    <message>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>লগইন {login}, API {api}, {active}, টেস্ট মোড {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>বন্ধ করা</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ লগইন কাজ করছে: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ লগইন কাজ করছে না: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>নেই</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>ফিরে আসে: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>XWMS যা উল্লেখ করেছে তা ঠিক করুন, অথবা “এই সেটআপ বদলান” বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>“এই সেটআপ বদলান” বেছে নিন: উইজার্ড একটি কী তৈরি করে যুক্ত করবে।</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>“কী নবায়ন করুন” বেছে নিন: পুরোনোটি বন্ধ হওয়ার আগেই নতুন কী কাজ শুরু করবে।</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>কী “{label}” (শেষে {hint}) প্রত্যাহার করবেন? এটি সঙ্গে সঙ্গে কাজ করা বন্ধ করবে: নতুন কী যুক্ত হয়ে আপনার ডেভেলপারের কাছে না পৌঁছানো পর্যন্ত {sites}-এ লগইন বন্ধ থাকবে। এরপর নতুন কী তৈরি করতে “কী নবায়ন করুন” বা “এই সেটআপ বদলান” বেছে নিন।</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>এই কী প্রত্যাহার করবেন?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>প্রত্যাহার করুন</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>কী প্রত্যাহার করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>স্বাগতম</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>অ্যাকাউন্ট</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>অনুমতি</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>সিক্রেট কী</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>পর্যালোচনা ও তৈরি</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>আপনার সেটআপ</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>কী নবায়ন</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>মানুষ ও অ্যাক্সেস</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>আমার সেটআপ যাচাই</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (বর্তমান ধাপ)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>ক্লায়েন্ট তৈরি</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>ওয়েবসাইট (ডোমেইন) যোগ</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>লোগো আপলোড</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>কলব্যাক URL নিবন্ধন</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>ওয়েবসাইট কী পড়তে পারবে তা বাছাই (স্কোপ)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>সিক্রেট কী তৈরি</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>ওয়েবসাইটের সাথে সিক্রেট যুক্ত করা</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>সব ঠিকঠাক কাজ করছে কি না যাচাই</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>পুরোনো সিক্রেট কী প্রত্যাহার</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>ক্লায়েন্ট ও ওয়েবসাইট খোঁজা</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>যাচাইকৃত পার্টনার (Verified Partner) হওয়ার আবেদন</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>সদস্যদের আমন্ত্রণ</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>একটি স্পেস</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>একটি লাইন ব্রেক</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>একটি ট্যাব</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>স্পেসের মতো একটি অক্ষর</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>একটি অদৃশ্য অক্ষর</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>টেক্সট হিসেবে একটি নাম লিখুন, যেমন “mycompany-main-app”।</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>{hint} চেষ্টা করে দেখুন।</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>অনুগ্রহ করে এই সংযোগের জন্য একটি নাম লিখুন, যেমন “mycompany-main-app”।</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name}-এ বড় হাতের অক্ষর আছে। শুধু ছোট হাতের অক্ষর ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name}-এ স্পেস আছে। এর বদলে শব্দগুলোর মাঝে হাইফেন দিন।</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name}-এ {character} আছে। শুধু ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও হাইফেন ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name} অবশ্যই একটি অক্ষর দিয়ে শুরু হতে হবে।</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} খুব ছোট। অন্তত {least}টি অক্ষর ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>নামটি {length} অক্ষরের; সর্বোচ্চ {most}। ছোট করুন।</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>{name} নামে আপনার আগে থেকেই একটি ক্লায়েন্ট আছে। সেটিতে যোগ করতে আগের ক্লায়েন্টের তালিকা থেকে সেটি বাছাই করুন, অথবা অন্য একটি নাম বেছে নিন, যেমন {free}।</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>{name} নামে আপনার আগে থেকেই একটি ক্লায়েন্ট আছে। সেটিতে যোগ করতে আগের ক্লায়েন্টের তালিকা থেকে সেটি বাছাই করুন, অথবা অন্য একটি নাম বেছে নিন।</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>শুধু ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও হাইফেন ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host}-এ এমন অক্ষর আছে যা ওয়েব ঠিকানার অংশ হতে পারে না।</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host}-এ একটি খালি অংশ আছে (পরপর দুটি ডট, বা শুরুতে একটি ডট)।</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>{part} অংশটি বৈধ আন্তর্জাতিক নাম নয়।</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host}-এ {character} আছে। ওয়েব ঠিকানায় শুধু অক্ষর, সংখ্যা, হাইফেন ও ডট থাকে।</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>{part} অংশটি হাইফেন দিয়ে শুরু বা শেষ হয়েছে; হাইফেনটি মুছে দিন।</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>{part} অংশটি ওয়েব ঠিকানায় ব্যবহার করা যায় না।</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>{part} অংশটি {length} অক্ষরের; ডটের মাঝের প্রতিটি অংশ সর্বোচ্চ {most} অক্ষরের হতে পারে।</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>{text}-এ আমরা কোনো ওয়েবসাইটের ঠিকানা পড়তে পারিনি।</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>{text}-এ আমরা কোনো ওয়েবসাইটের ঠিকানা খুঁজে পাইনি।</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>ঠিকানাটি টেক্সট হিসেবে লিখুন, যেমন example.com।</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>অনুগ্রহ করে আপনার ওয়েবসাইটের ঠিকানা লিখুন, যেমন example.com।</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text}-এ {character} আছে। এটি ছাড়া ঠিকানাটি লিখুন।</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} দেখতে ইমেইল ঠিকানার মতো। এর বদলে আপনার ওয়েবসাইটের ঠিকানা লিখুন, যেমন example.com।</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>শুধু ঠিকানাটি লিখুন, যেমন example.com।</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} একটি IP ঠিকানা, ওয়েবসাইটের ঠিকানা নয়। এখানে আপনার ওয়েবসাইটের নাম লিখুন (যেমন example.com) এবং IP ঠিকানাটি “সার্ভারের IP ঠিকানা” ঘরে দিন।</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>example.com-এর মতো একটি ঠিকানা লিখুন।</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>“localhost” মানে এই কম্পিউটার, কোনো ওয়েবসাইট নয়। আপনার ওয়েবসাইটের ঠিকানা লিখুন, যেমন example.com; এই কম্পিউটারে টেস্ট করতে টেস্ট মোড চালু করে localhost কলব্যাক URL ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} পূর্ণ ওয়েবসাইট ঠিকানা নয়। এর শেষাংশ যোগ করুন, যেমন {name}.com বা {name}.nl।</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} একটি সংখ্যা দিয়ে শেষ হয়েছে। ওয়েবসাইটের ঠিকানা একটি নাম দিয়ে শেষ হয়, যেমন .com বা .nl; IP ঠিকানা “সার্ভারের IP ঠিকানা” ঘরে দিন।</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>ঠিকানাটি {length} অক্ষরের; সর্বোচ্চ {most}। দেখুন আপনি শুধু আপনার ওয়েবসাইটের ঠিকানাই লিখেছেন কি না।</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>আমরা {text} বদলে {value} করেছি।</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} একটি আন্তর্জাতিক ঠিকানা; এটি {value} হিসেবে সংরক্ষিত হয়, ইন্টারনেট যে রূপ ব্যবহার করে।</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>আপনি কি {hint} বোঝাতে চেয়েছেন? মূল ডোমেইন সাধারণত “www.” ছাড়া ঠিকানা; কলব্যাক URL তবুও www-তে থাকতে পারে।</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>একটি নাম লিখুন, যেমন আপনার দোকানের নাম।</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>নামে শুধু সংখ্যা নয়, অক্ষরও লাগবে। a থেকে z অক্ষর দিয়ে একটি নাম লিখুন, যেমন আপনার দোকানের নাম।</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>{text} থেকে উইজার্ড কোনো নাম তৈরি করতে পারছে না। a থেকে z অক্ষর দিয়ে একটি নাম লিখুন, যেমন আপনার দোকানের নাম।</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>লিখতে থাকুন: নামে অন্তত {least}টি অক্ষর বা সংখ্যা লাগবে।</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>নাম অক্ষর দিয়ে শুরু হয়, তাই উইজার্ড শুরুর {part} বাদ দিয়েছে।</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>আপনার ওয়েবসাইটের ঠিকানা {root}। আপনার সাইট {site}-এ খোলে, তাই কলব্যাক URL সেখানেই থাকছে।</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>উইজার্ড শুধু ওয়েবসাইটের ঠিকানাটি রাখে; এখানে {path} দরকার নেই। আপনার লগইন পাতা তবুও আপনার সাইটের যেকোনো জায়গায় থাকতে পারে।</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>শুধু একটি ঠিকানা লিখুন: যে ঠিকানা থেকে আপনার সার্ভার XWMS-কে কল করে।</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>ঠিকানাটি টেক্সট হিসেবে লিখুন, যেমন 203.0.113.10।</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text}-এ {character} আছে। এটি মুছে দিন।</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} হলো ঠিকানার একটি রেঞ্জ। আপনার সার্ভারের একক ঠিকানা লিখুন, “/” অংশ ছাড়া।</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>“%{zone}” অংশ ছাড়া ঠিকানাটি লিখুন।</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>আমরা বর্গ বন্ধনী সরিয়ে দিয়েছি: {value}।</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text}-এ একটি পোর্ট নম্বর আছে। “:port” ছাড়া ঠিকানাটি লিখুন।</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} IP ঠিকানা নয়। IP ঠিকানা দেখতে 203.0.113.10-এর মতো (বা IPv6-এর জন্য 2001:db8::10); আপনার হোস্টিং প্রোভাইডার আপনার ঠিকানাটি বলে দিতে পারবে।</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>আমরা {text} বদলে {value} করেছি, একই ঠিকানা তার সাধারণ রূপে।</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>আমরা {text} তার সাধারণ রূপে লিখেছি: {value}।</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} একটি একক কম্পিউটারের ঠিকানা নয়। আপনার সার্ভারের পাবলিক IP ঠিকানা লিখুন।</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} মানে “এই একই কম্পিউটার”। XWMS আপনার সার্ভারের পাবলিক ঠিকানা দেখে, তাই কলগুলো প্রত্যাখ্যাত হবে; আপনার সার্ভারের পাবলিক IP ঠিকানা ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} শুধু একটি লোকাল নেটওয়ার্কের ভেতরে কাজ করে। XWMS আপনার সার্ভারের পাবলিক ঠিকানা দেখে, তাই কলগুলো প্রত্যাখ্যাত হবে; আপনার সার্ভারের পাবলিক IP ঠিকানা ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} একটি প্রাইভেট বা সংরক্ষিত ঠিকানা, পাবলিক নয়। XWMS আপনার সার্ভারের পাবলিক ঠিকানা দেখে, তাই কলগুলো প্রত্যাখ্যাত হবে; আপনার সার্ভারের পাবলিক IP ঠিকানা ব্যবহার করুন (আপনার হোস্টিং প্রোভাইডার বলে দিতে পারবে)।</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>আমরা {url}-কে ওয়েব ঠিকানা হিসেবে পড়তে পারিনি। এটি দেখুন।</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>{scheme}://-এর পরে ওয়েবসাইটের অংশটি নেই।</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>ঠিকানাটি টেক্সট হিসেবে লিখুন।</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>অনুগ্রহ করে পূর্ণ ঠিকানা লিখুন, যেমন {example}।</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>ঠিকানায় {character} আছে। এটি মুছে দিন।</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>ঠিকানাটি {length} অক্ষরের; সর্বোচ্চ {most}।</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>ওয়াইল্ডকার্ড (“*”) চলবে না: XWMS ঠিকানাটি হুবহু মিলিয়ে দেখে। আপনার সাইট যে একটি পূর্ণ ঠিকানা ব্যবহার করে, সেটি লিখুন।</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>ঠিকানা অবশ্যই https:// দিয়ে শুরু হতে হবে। যেমন {guess}।</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>ঠিকানা অবশ্যই https:// দিয়ে শুরু হতে হবে।</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>ঠিকানায় {character} আছে, যা ওয়েব ঠিকানায় থাকতে পারে না।</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>“#” থেকে শুরু করে বাকি অংশটি মুছে দিন। XWMS ঠিকানায় লগইন টোকেন যোগ করে, আর “#” অংশ থাকলে তা আপনার সাইট থেকে লুকিয়ে যাবে।</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>“%”-এর পরে দুটি হেক্সাডেসিমেল অঙ্ক থাকতে হবে (যেমন %20)। এটি দেখুন।</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>ঠিকানা অবশ্যই https:// দিয়ে শুরু হতে হবে, {scheme}:// দিয়ে নয়।</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>ইউজারনেম বা পাসওয়ার্ড (“@”-এর আগের অংশ) মুছে দিন। ঠিকানায় কখনো পাসওয়ার্ড রাখবেন না।</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>পোর্ট নম্বর (“:”-এর পরে) 1 থেকে 65535-এর মধ্যে একটি সংখ্যা হতে হবে, অথবা বাদ দিন।</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>ঠিকানার ওয়েবসাইট অংশের শেষের ডটটি মুছে দিন।</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>এই কম্পিউটারের ঠিকানা (localhost) শুধু টেস্ট মোডে কাজ করে। এই ডোমেইনের জন্য টেস্ট মোড চালু করুন, অথবা আপনার ওয়েবসাইটের একটি ঠিকানা ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>ঠিকানায় IP ঠিকানা নয়, আপনার ওয়েবসাইটের নাম ব্যবহার করুন, যেমন {example}।</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>ঠিকানায় IP ঠিকানা নয়, আপনার ওয়েবসাইটের নাম ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>ওয়েবসাইটের অংশটি {most} অক্ষরের চেয়ে লম্বা।</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>আগে একটি বৈধ ওয়েবসাইট ঠিকানা (মূল ডোমেইন) পূরণ করুন; এই ঠিকানাটি সেটির মধ্যেই হতে হবে।</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} আপনার ওয়েবসাইট {root}-এর অংশ নয়। {domain} বা এর কোনো সাবডোমেইনের ঠিকানা ব্যবহার করুন, যেমন {example}।</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>https:// (নিরাপদ ঠিকানা) ব্যবহার করুন। সাধারণ http:// শুধু টেস্ট মোডে localhost-এর জন্য কাজ করে।</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>{url} হিসেবে সংরক্ষিত: একই ঠিকানা, আন্তর্জাতিক নামটি XWMS যেভাবে রাখে সেভাবে লেখা। আপনার সাইট যেকোনো বানানেই পাঠাতে পারে।</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>এর শুরুতে বড় হাতের অক্ষর আছে। XWMS ঠিকানাটি হুবহু মিলিয়ে দেখে, তাই আপনার সাইটকে এটি ঠিক এভাবেই লিখে পাঠাতে হবে।</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>এটি টেক্সট হিসেবে লিখুন।</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>এতে {character} আছে। এটি এক লাইনে রাখুন।</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>এটি {length} অক্ষরের; সর্বোচ্চ {most}। ছোট করুন।</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>একটি JPEG ছবি</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>একটি GIF ছবি</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>একটি WebP ছবি</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>PNG বা SVG ছবি নয়</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>ছবির ফাইলটি আবার বেছে নিন।</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>ফাইলের নামে একটি অদৃশ্য অক্ষর আছে। ফাইলটি আবার বেছে নিন।</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>{file} ফাইলটি আমরা খুঁজে পাচ্ছি না। ছবিটি আবার বেছে নিন।</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} একটি ফোল্ডার, ছবি নয়। ছবির ফাইলটি বেছে নিন।</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>ছবিটি {size} MB; সর্বোচ্চ 1 MB। একটি ছোট সংস্করণ সংরক্ষণ করুন (512 × 512 পিক্সেলের লোগোই যথেষ্ট)।</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>{file} ফাইলটি খালি। অন্য একটি ছবি বেছে নিন।</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>আমরা {file} খুলতে পারিনি। এটি পড়ার অনুমতি আপনার আছে কি না দেখুন, অথবা এটি আপনার Documents ফোল্ডারে কপি করে সেখান থেকে বেছে নিন।</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>{file} ফাইলটি {kind}। XWMS PNG বা SVG ছবি নেয়: আপনার লোগো PNG হিসেবে সংরক্ষণ করে সেই ফাইলটি বেছে নিন।</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} এমন তারিখ নয় যা আমরা পড়তে পারি। বছর-মাস-দিন আকারে লিখুন, যেমন {year}-12-31, অথবা মেয়াদ শেষ হয় না এমন সিক্রেটের জন্য খালি রাখুন।</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>তারিখটি বছর-মাস-দিন আকারে লিখুন, যেমন 2027-12-31।</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} আজকের তারিখ। আজকের পরের একটি তারিখ বেছে নিন, অথবা মেয়াদ শেষ হয় না এমন সিক্রেটের জন্য খালি রাখুন।</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} পার হয়ে গেছে। আজকের পরের একটি তারিখ বেছে নিন, অথবা মেয়াদ শেষ হয় না এমন সিক্রেটের জন্য খালি রাখুন।</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>সিক্রেটটি %n দিন পর ({date}) কাজ করা বন্ধ করবে। এর আগেই আপনার ডেভেলপারকে এটি বদলাতে হবে; পরের কোনো তারিখ দিলে বেশি সময় পাওয়া যাবে।</numerusform>
            <numerusform>সিক্রেটটি %n দিন পর ({date}) কাজ করা বন্ধ করবে। এর আগেই আপনার ডেভেলপারকে এটি বদলাতে হবে; পরের কোনো তারিখ দিলে বেশি সময় পাওয়া যাবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>সিক্রেটটি টেক্সট হিসেবে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>কিছুই পেস্ট করা হয়নি। XWMS ড্যাশবোর্ড থেকে সিক্রেটটি কপি করে এখানে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>আপনি যা পেস্ট করেছেন তা একাধিক লাইনে ছড়িয়ে আছে, তাই এতে সিক্রেটের চেয়ে বেশি কিছু আছে। XWMS ড্যাশবোর্ড থেকে শুধু সিক্রেটটিই কপি করে আবার পেস্ট করুন।</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>আপনি যা পেস্ট করেছেন তাতে একটি অদৃশ্য অক্ষর (যেমন ট্যাব) আছে। XWMS ড্যাশবোর্ড থেকে শুধু সিক্রেটটিই কপি করে আবার পেস্ট করুন।</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>এতে একটি স্পেস আছে। সিক্রেটে কোনো স্পেস থাকে না; আপনি শুধু সিক্রেটটিই কপি করেছেন কি না দেখুন।</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>{label} টেক্সট হিসেবে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>XWMS ড্যাশবোর্ড যে {label} দেখায়, অনুগ্রহ করে সেটি পেস্ট করুন।</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>এতে {character} আছে। XWMS ড্যাশবোর্ড থেকে শুধু {label} কপি করে আবার পেস্ট করুন।</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>আপনি যা পেস্ট করেছেন তা {length} অক্ষরের, একটি {label}-এর চেয়ে অনেক লম্বা। শুধু আইডিটিই কপি করে আবার পেস্ট করুন।</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>স্কোপগুলো একটি তালিকা হিসেবে দিন, যেমন [&quot;profile&quot;]।</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>টেক্সট নয় এমন একটি মান</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} কোনো স্কোপের নাম নয়। স্কোপের নাম ছোট হাতের ছোট শব্দ, যেমন “profile” বা “userinfo”।</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>নেই। ব্যক্তিটি তার XWMS অ্যাকাউন্টে যে ইমেইল ঠিকানা ব্যবহার করেন, সেটি লিখুন।</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} কোনো ইমেইল ঠিকানা নয়। name@example.com-এর মতো করে লিখুন: ব্যক্তিটি তার XWMS অ্যাকাউন্টে যে ঠিকানা ব্যবহার করেন।</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} উইজার্ডের চেনা কোনো রোল নয়। এগুলোর একটি ব্যবহার করুন: {roles}।</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>খালি। যে স্কোপগুলোর জন্য আবেদন করছেন সেগুলোর নাম লিখুন, যেমন scopes = [&quot;payments&quot;], অথবা [verification] সেকশনটি মুছে দিন।</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} প্ল্যানের [scopes]-এর keys-এ নেই। সেখানেও এটি যোগ করুন: আবেদনটি সেই স্কোপগুলোর জন্য, যেগুলো ওয়েবসাইট ব্যবহার করবে।</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes}-এর জন্য যাচাইকৃত পার্টনার (Verified Partner) হতে হয় না: যে কেউ এটি ব্যবহার করতে পারে। শুধু {locked}-এর জন্য আবেদন করুন, অথবা [verification] সেকশনটি মুছে দিন।</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} শুধু যাচাইকৃত পার্টনার (Verified Partner) ব্যবহার করতে পারে, আর এই অ্যাকাউন্ট এখনো তা নয়। একটি [verification] সেকশন যোগ করুন, তাতে scopes = [{first}] এবং আপনার ওয়েবসাইট এটি কী কাজে ব্যবহার করে সে বিষয়ে নোট দিন, অথবা আপাতত এটি [scopes] থেকে বাদ রাখুন।</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>এই সার্ভার {unknown} দেয় না। এটি যে স্কোপগুলো দেয়: {known}। প্ল্যানে তালিকাটি বদলান (অথবা খালি রাখুন)।</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>XWMS দিয়ে লগইন সেট আপ করুন</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>কয়েকটি ধাপে আপনার ওয়েবসাইটকে “XWMS দিয়ে লগইন”-এর জন্য প্রস্তুত করুন।</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS একটি লগইন সেবা: মানুষ নতুন পাসওয়ার্ডের বদলে তাদের XWMS অ্যাকাউন্ট দিয়ে আপনার ওয়েবসাইটে লগইন করে। এটি কাজ করার আগে XWMS-কে আপনার ওয়েবসাইট চিনতে হবে। এই উইজার্ড ধাপে ধাপে XWMS-কে আপনার ওয়েবসাইটের কথা জানায়, এবং শেষে যাচাই করে যে সবকিছু ঠিকঠাক মিলছে।</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>এই উইজার্ড আপনার ওয়েবসাইটের জন্য XWMS-এর যা যা দরকার সব তৈরি করে: একটি ক্লায়েন্ট (আপনার ওয়েবসাইটের সংযোগকে XWMS এই নামে ডাকে), আপনার ওয়েবসাইটের ঠিকানা, যারা লগইন করেন তাদের সম্পর্কে আপনার ওয়েবসাইট কী পড়তে পারবে, এবং একটি সিক্রেট কী। তারপর এটি আপনার ডেভেলপারের জন্য একটি ফোল্ডার তৈরি করে, যাতে লগইন বাটন যোগ করার জন্য তাদের দরকারি সবকিছু থাকে।</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>আপনার যা লাগবে: আপনার ওয়েবসাইটের ঠিকানা (যেমন example.com)। আপনার আসল ওয়েবসাইটের জন্য একটি পেইড XWMS অ্যাকাউন্টও লাগবে। আগে দেখতে চান কীভাবে কাজ করে? অনুশীলন বেছে নিন: আসল কিছুই বদলাবে না।</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>কোথায় সেট আপ করতে চান?</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>আপনি কী করতে চান?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>একটি ওয়েবসাইটের জন্য XWMS দিয়ে লগইন সেট আপ করুন (&amp;W)</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>একটি ওয়েবসাইটের জন্য XWMS দিয়ে লগইন সেট আপ করুন</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>আগের সেটআপ যাচাই বা পরিবর্তন করুন (&amp;H) (কী নবায়ন, ওয়েবসাইট যোগ …)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>আগের সেটআপ যাচাই বা পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>এই কম্পিউটারে অনুশীলন, এখান থেকে শুরু করুন (&amp;P)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>এই কম্পিউটারে অনুশীলন</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>এই কম্পিউটারে একটি অনুশীলন XWMS সার্ভার চলে। সবকিছু আসলটার মতোই কাজ করে, তাই আপনি নিরাপদে প্রতিটি ধাপ চেষ্টা করে দেখতে পারেন।</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>আমার লাইভ XWMS অ্যাকাউন্ট (xwms.nl) (&amp;L)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>আমার লাইভ XWMS অ্যাকাউন্ট</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>আপনার আসল ওয়েবসাইটের জন্য। উইজার্ড আপনাকে ধাপে ধাপে দেখাবে XWMS ড্যাশবোর্ডে কোথায় ক্লিক করতে হবে, তারপর XWMS-এর সাথে যাচাই করবে যে সব কাজ করছে। আপনার একটি পেইড XWMS অ্যাকাউন্ট লাগবে।</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>একটি কাস্টম সার্ভার (&amp;C)</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>একটি কাস্টম সার্ভার</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>অন্য কোথাও থাকা একটি XWMS অনুশীলন সার্ভার বা ম্যানেজমেন্ট সার্ভার। আপনার ডেভেলপার আপনাকে এর ঠিকানা দেবেন।</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>সার্ভারের ঠিকানা</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>যেমন https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>আপনার ডেভেলপার যে সার্ভার সেট আপ করেছেন তার ওয়েব ঠিকানা, যেমন https://xwms.example.com বা http://127.0.0.1:8765। শেষে /api/ না থাকলে উইজার্ড তা যোগ করে নেয়।</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>ভাষা (&amp;G):</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>উইজার্ডের ভাষা</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>সার্ভারের ঠিকানা: আপনার ডেভেলপার যে ঠিকানা দিয়েছেন তা লিখুন।</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>উইজার্ড {url} ব্যবহার করবে</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>ক্লায়েন্টের নাম</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>মূল ডোমেইন</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>সার্ভারের IP ঠিকানা</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>অভ্যন্তরীণ নাম</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>“লগইনের অনুমতি” সেটিং</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>“API-এর অনুমতি” সেটিং</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>“সক্রিয়” সেটিং</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>“প্রধান ডোমেইন” সেটিং</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>“টেস্ট মোড” সেটিং</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>ফলব্যাক URL</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>কলব্যাক URL</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>লোগো</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>স্কোপ</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>সিক্রেটের লেবেল</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>মেয়াদ শেষের তারিখ</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>যুক্ত করার সিক্রেট</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>password</source>
        <translation>পাসওয়ার্ড</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>অংশ {number}/{total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(খালি রাখুন)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>কপি</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>{field} কপি করুন</translation>
    </message>
</context>
</TS>
