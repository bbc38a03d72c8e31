<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>حساب XWMS الخاص بك</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>يعمل المعالج في حساب XWMS نيابةً عنك، كما كنت ستفعل بنفسك في لوحة تحكم XWMS. في وضع التدريب يستخدم حسابًا تجريبيًا على خادم التدريب، فلا تحتاج إلى كتابة أي شيء. مع خادم مخصص، سجّل الدخول بالبريد الإلكتروني وكلمة المرور لحسابك على ذلك الخادم؛ ويحفظ المعالج بيانات الدخول في سلسلة المفاتيح في هذا الكمبيوتر، وليس في ملف أبدًا.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>يشغّل وضع التدريب خادم XWMS صغيرًا على هذا الكمبيوتر ويسجّل الدخول إلى حسابه التجريبي (owner@example.com). ما تنشئه هناك يبقى على هذا الكمبيوتر، لذا يمكنك الرجوع إليه لاحقًا.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>حذف بيانات الدخول المحفوظة (&amp;F)</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>حذف بيانات الدخول المحفوظة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;T)</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>سجّل الدخول إلى حسابك على الخادم.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>الخادم: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>يسجّل حساب التدريب الدخول تلقائيًا.</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>أنت من يُجري التغييرات في لوحة تحكم XWMS، والمعالج يرشدك.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>احتفظ هذا الكمبيوتر ببيانات دخولك من المرة السابقة: اضغط «تسجيل الدخول»، ولا حاجة إلى كلمة مرور.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>البريد الإلكتروني: هذا ليس عنوان بريد إلكتروني بعد (ينقصه الرمز @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>جارٍ تشغيل خادم التدريب وتسجيل الدخول…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>جارٍ تسجيل الدخول إلى {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ تم تسجيل الدخول باسم {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ تم تسجيل الدخول إلى حساب التدريب.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>توقّف. اضغط «إعادة المحاولة» لتسجيل الدخول، أو اضغط «السابق» لاختيار طريقة أخرى.</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>متقدم (&amp;V)</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>إعدادات XWMS المتقدمة</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>عنوان API لـ XWMS</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>العنوان الذي يتحقق المعالج من إعداداتك عنده. اتركه كما هو ({default}) ما لم تعطك XWMS أو مطوّرك عنوانًا آخر.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>فارغ: سيستخدم المعالج {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>سيستخدم المعالج {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) موجود بالفعل</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} كان موجودًا بالفعل؛ تم تحديث: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) موجود بالفعل</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>تعذّرت قراءة ملف الشعار {file}. اختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} هو شعار الموقع بالفعل</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} كان مسجّلًا لكنه معطّل؛ تم تفعيله</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} مسجّل بالفعل</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>وافق فريق XWMS على {scopes}</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>الطلب {id} بانتظار رد فريق XWMS</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>رفض فريق XWMS هذا الطلب الخاص بـ {scopes}: {reason} ردّ على ذلك في الملاحظات تحت [verification]، أو احذف هذه الصلاحيات، ثم شغّل الأمر مرة أخرى.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>هذا الحساب شريك موثّق (Verified Partner) لـ {scopes} بالفعل</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>تم إرسال الطلب {id}؛ سيوافق عليه فريق XWMS أو يوضّح سبب الرفض</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} بعد موافقة فريق XWMS</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>مضبوطة بالفعل: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>أعضاء بالفعل: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (محفوظ في سلسلة المفاتيح)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (محفوظ في الذاكرة مؤقتًا)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>المفتاح السري مربوط بالفعل</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>مربوط بـ {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>لا يوجد مفتاح قديم لإبطاله</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>كان المفتاح القديم مُبطَلًا بالفعل</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>تم إبطال المفتاح الذي ينتهي بـ {hints}</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>لم يتم التحقق: قيمة المفتاح السري ليست على هذا الكمبيوتر. تحقّق باستخدام `xwms-wizard verify` في المكان الذي يُحفظ فيه المفتاح السري.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>بيانات الاعتماد صحيحة. لا تقبل XWMS الطلبات إلا من عنوان خادمك، لذا يجري الفحص الأخير على خادمك: وهو موجود في مجلد التسليم.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>قبلت XWMS بيانات الاعتماد ورابط العودة: تسجيل الدخول جاهز للاستخدام.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>إلغاء ما يقوم به المعالج</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>رابط العودة:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>الصلاحيات:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>المفتاح السري:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (ينتهي بـ {hint}، {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>عنوان الـ API:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>قيد الانتظار:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}، بعد أن يوافق فريق XWMS على الطلب {id}</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>الأعضاء:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>الفحص:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>البريد الإلكتروني: أدخل عنوان البريد الإلكتروني للحساب باستخدام --email (تؤخذ كلمة المرور من {variable} أو تُطلب منك).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>كلمة المرور: اضبط متغير البيئة {variable}، أو شغّل هذا الأمر في نافذة طرفية لتُطلب منك.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>كلمة المرور لـ {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
لم يتغيّر شيء. شغّل الأمر نفسه مع --new-secret لإنشاء مفتاح جديد (يُبطَل القديم بمجرد أن يعمل الجديد)، أو مع --keep-secret للإبقاء عليه وترك المفتاح السري خارج مجلد التسليم.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>لا توجد سلسلة مفاتيح في هذا الكمبيوتر، لذا سيضيع أي مفتاح سري جديد عند انتهاء هذا الأمر. لم يتغيّر شيء. شغّله مع --export DIR --include-secret: عندها يوضع المفتاح في ملف .env داخل مجلد التسليم، وهي نسخته الوحيدة.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>ما سيغيّره هذا التشغيل:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>ملاحظة: قيمة المفتاح السري ليست على هذا الكمبيوتر، لذا لا يتضمنها مجلد التسليم (كما يطلب --keep-secret).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>في الخطة {plan} %n مشكلة:</numerusform>
            <numerusform>في الخطة {plan} مشكلة واحدة:</numerusform>
            <numerusform>في الخطة {plan} مشكلتان:</numerusform>
            <numerusform>في الخطة {plan} %n مشكلات:</numerusform>
            <numerusform>في الخطة {plan} %n مشكلةً:</numerusform>
            <numerusform>في الخطة {plan} %n مشكلة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>جارٍ تشغيل خادم التدريب...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>تم تسجيل الدخول إلى {url} باسم {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>توقّف عند &apos;{step}&apos;: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>شغّل الأمر نفسه مرة أخرى للمتابعة من حيث توقّف.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>كل شيء كان موجودًا بالفعل؛ لم يُنشأ أي شيء جديد.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>مقارنة الخطة بما على الخادم</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>إنشاء المجلد الخاص بمطوّرك</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>تم إنشاء مجلد التسليم في {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>نسخة مضغوطة (zip): {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>ملاحظة: لا توجد سلسلة مفاتيح في هذا الكمبيوتر، لذا لا يُحفظ المفتاح السري الجديد إلا في ملف .env داخل مجلد التسليم. احتفظ بهذا الملف في مكان آمن.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>ملاحظة: لا توجد سلسلة مفاتيح في هذا الكمبيوتر، ومجلد التسليم لا يتضمن المفتاح السري (بدون --include-secret)، لذا لا تُحفظ قيمة المفتاح الجديد في أي مكان. عندما يحتاجه مطوّرك، شغّل الأمر نفسه مع --new-secret --include-secret.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>غيّر {field} في الخطة، ثم شغّل الأمر مرة أخرى: سيتابع من حيث توقّف.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>إذا شغّلته مرة أخرى كما هو فسيتوقف هنا مجددًا: نفّذ أولًا ما يقوله السطر أعلاه. ما أُنشئ حتى الآن محفوظ، والتشغيل التالي يتابع من هناك.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>توقّف. شغّل الأمر نفسه مرة أخرى للمتابعة من حيث توقّف.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>تم الوصول إلى {name} على {url}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>سليم: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>لا يعمل بعد: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>لا يوجد ملف في {path}. حدّد مسار ملف .env باستخدام --env.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>ينقص {path} قيمةٌ لـ {keys}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>غالبًا ما يُترك المفتاح السري خارج مجلد التسليم عن قصد: الصقه بعد XWMS_CLIENT_SECRET= (بين علامتي اقتباس مفردتين) وشغّل هذا مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>تعذّر التحقق: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>تم حفظ قائمة التحقق هذه في {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>لا توجد سلسلة مفاتيح في هذا الكمبيوتر، لذا سيضيع المفتاح السري الجديد عند انتهاء هذا الأمر. لم يتغيّر شيء. شغّله مع --export DIR --include-secret: عندها يوضع المفتاح في ملف .env داخل مجلد التسليم، وهي نسخته الوحيدة.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>تم إبطال المفتاح القديم؛ الجديد وحده يعمل الآن.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>المفتاح القديم ما زال يعمل أيضًا. أعطِ مطوّرك المفتاح الجديد؛ وبمجرد أن يستخدمه الموقع، شغّل الأمر نفسه مع --revoke-old لإيقاف القديم.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>تسجيل الدخول {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>الموقع الرئيسي</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>وضع الاختبار {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>أصلح ما تذكره XWMS أعلاه، ثم شغّل status مرة أخرى.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>أنشئ مفتاحًا واربطه: xwms-wizard apply PLAN.toml (أو صفحة «المفتاح السري» في المعالج).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>جدّد المفتاح: xwms-wizard renew PLAN.toml، أو في المعالج: «فحص إعداد موجود أو تغييره»، ثم «تجديد المفتاح».</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>العميل {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>الموقع {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>رابط العودة: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>الفحص: سليم، {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>الفحص: فشل، {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>يمكنه قراءة: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>لا يوجد موقع</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>المفتاح «{label}» (ينتهي بـ {hint}): {expiry}؛ مربوط بـ {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>كل شيء على ما يرام.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>يحتاج إلى انتباهك:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: لا يوجد في هذا الحساب عميل باسم {name} (الموجود: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>لا يوجد في هذا الحساب أي عميل بعد: لا شيء للتحقق منه.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>عنوان الخادم ليس عنوان ويب يمكن للمعالج استخدامه. يجب أن يكون بالشكل https://xwms.nl/api/ (أو http://127.0.0.1:PORT/api/ لخادم تدريب).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>يجب ألا يحتوي عنوان الخادم على اسم مستخدم أو كلمة مرور. احذف الجزء الذي يسبق العلامة @؛ فالمعالج يطلب بيانات دخولك بشكل منفصل.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>واجه خادم XWMS مشكلة (الخطأ {status}) ولم يتمكن من إكمال هذا. السبب ليس أي شيء أدخلته أنت. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>لم يستجب الخادم على {host} خلال المهلة المحددة (بالثواني: {seconds}). ربما يكون مشغولًا، أو قد يكون الاتصال بطيئًا. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>شهادة الأمان الخاصة به غير صالحة (ربما انتهت صلاحيتها، أو هي موقّعة ذاتيًا، أو صادرة لاسم آخر)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>لم يُنشئ الخادم اتصالًا آمنًا (https)؛ ربما لا يستخدم https على هذا العنوان</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>تعذّر على المعالج فتح اتصال آمن مع {host}: {why}. لم يُرسَل أي شيء. تحقّق من عنوان الخادم، بما في ذلك http:// أو https://؛ وإذا كان صحيحًا، فاطلب من المسؤول عن ذلك الخادم إصلاح شهادته.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>تعذّر على المعالج العثور على الخادم {host}. تحقّق من عنوان الخادم بحثًا عن أخطاء في الكتابة، وتأكد من أن هذا الكمبيوتر متصل بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>تعذّر على المعالج الاتصال بالخادم على {host}. تأكد من أن هذا الكمبيوتر متصل بالإنترنت (ولخادم التدريب: أنه ما زال يعمل)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>انقطع الاتصال بـ {host} قبل اكتمال الرد. تأكد من أن هذا الكمبيوتر متصل بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>سمِّ العميل</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>العميل هو صلة موقعك بـ XWMS.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>تسمّي XWMS كل موقع أو تطبيق يستخدم «تسجيل الدخول عبر XWMS» «عميلًا» (client). الاسم لك ولمطوّرك لتميّز بين عملائك، ولا يراه الزوار. اكتب أي اسم بحروف لاتينية، مثل اسم متجرك: يحوّله المعالج إلى اسم تقبله XWMS (حروف صغيرة وأرقام وشرطات) ويعرضه تحت الحقل. وإذا كنت قد أنشأت عميلًا لهذا الموقع من قبل، فاختره من القائمة بدلًا من ذلك: عندها يضيف المعالج إليه.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>مثل: My Bakery Shop</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>اكتب أي شيء بحروف لاتينية، مثل اسم متجرك. تحتاج XWMS إلى اسم من حروف صغيرة وأرقام وشرطات، لذا يصنع المعالج اسمًا مما تكتبه («Bakery Smith &amp; Co.» يصبح «bakery-smith-co») ويعرضه تحت الحقل مباشرة. هذا هو الاسم الذي سيحمله عميلك.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>اسم العميل (&amp;M):</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>استخدام عميل موجود</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>العملاء الموجودون</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>عملاء أنشأتهم من قبل في هذا الحساب. اختر أحدهم لإضافة هذا الموقع إليه (مثلًا عنوان ثانٍ للمتجر نفسه). اختر «إنشاء عميل جديد» لتبدأ من جديد.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>أو استخدم (&amp;U):</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>بعد حفظ العميل، تعرض لوحة تحكم XWMS الـ Client ID الخاص به (معرّف العميل): رمز يدل على عميلك. انسخه من هناك والصقه هنا؛ يحتاجه المعالج للتحقق من إعدادك، ويحتاجه مطوّرك أيضًا.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client ID (&amp;I):</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>الصق Client ID هنا عندما تعرضه لوحة التحكم (الخطوة 4).</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>إنشاء عميل جديد</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>جارٍ قراءة ما يحتويه «{name}» بالفعل…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>سيضيف المعالج موقعك إلى العميل الموجود «{name}». لن يُحذف أي شيء موجود فيه.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>لا يوجد في هذا الحساب أي عميل بعد.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>سيكون اسم عميلك {name}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>إنشاء العميل</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>إضافة موقعك (النطاق)</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>تسجيل رابط العودة (callback URL)</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>اختيار ما يمكن لموقعك قراءته (scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>إنشاء المفتاح السري</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>ربط المفتاح السري بموقعك</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>اسم العميل</translation>
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
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>اسم المفتاح السري</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>سجّل الدخول إلى لوحة تحكم XWMS وافتح «My Clients».</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>انقر «Create Client».</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>اكتب اسم العميل الظاهر أدناه واحفظ.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>انسخ Client ID الذي تعرضه لوحة التحكم والصقه في المعالج.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>في عميلك، افتح «Integrations» (التكاملات)، ثم «Domains»، وانقر «New Domain».</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>املأ القيم الظاهرة أدناه (اترك الحقل فارغًا إن لم تُذكر له قيمة) واحفظ.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>انسخ Domain ID الذي تعرضه لوحة التحكم والصقه في المعالج.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>اضبط أزرار التبديل: Allow Login {allow_login}، Allow API {allow_api}، Active {active}، Primary Domain {primary}، Test Mode {test_mode}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>في إعدادات الرجوع الاحتياطي (fallback) للنطاق، أدخل «Fallback URI» الظاهر أدناه.</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>ارفع شعارك (PNG أو SVG، بحد أقصى 1 MB) في صفحة النطاق.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>في صفحة النطاق، افتح «Domain URLs» وأضف رابطًا (URL).</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>الصق رابط العودة الظاهر أدناه كما هو تمامًا، واختر النوع «Callback»، وتأكد من أنه «Active».</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>في عميلك، افتح «Client Scopes».</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>حدّد هذه الصلاحيات بالضبط واحفظ: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>في عميلك، افتح «Client Secrets» وانقر «New Secret».</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>املأ الاسم «Label» وتاريخ الانتهاء، ثم احفظ.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>املأ الاسم «Label» (واترك تاريخ الانتهاء فارغًا)، ثم احفظ.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>تعرض لوحة التحكم المفتاح السري مرة واحدة فقط: انسخه مباشرة إلى حقل المفتاح السري في المعالج. لا ترسله بالبريد الإلكتروني ولا تحفظه في مستند.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>افتح النطاق {domain} مرة أخرى وانتقل إلى «Secret Connections».</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>انقر «Link Secret» واختر المفتاح السري الذي اسمه {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>معرفة من سجّل الدخول</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>افتح «My Clients»، ثم {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>افتح «Integrations → Users»: تجد فيها كل من سجّل الدخول عبر هذا العميل، ومن خلال أي موقع.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>دعوة مُختبِر</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>في «Integrations → Users»، أرسل طلب مستخدم اختبار (test user) إلى عنوان البريد الإلكتروني الذي يستخدمه المُختبِر في XWMS.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>يقبله المُختبِر عند تسجيل دخوله التالي؛ وبعدها يمكنه تجربة تسجيل الدخول على موقع في وضع الاختبار (Test Mode).</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>التقدّم لتصبح شريكًا موثّقًا (Verified Partner)</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>افتح «Verification Center» (مركز التحقق) وابدأ طلبًا جديدًا.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>اختر موقعك ({domain}) والصلاحيات التي تتطلب شريكًا موثّقًا، واذكر في الملاحظات فيمَ يستخدمها موقعك.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>يوافق فريق XWMS على الطلب أو يرفضه؛ وبعد الموافقة، يمكنك إضافة تلك الصلاحيات إلى العميل.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>إضافة مطوّرك عضوًا</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>افتح «Members and Roles». أنشئ دورًا لا يتضمن إلا ما يحتاجه مطوّرك (مثلًا إدارة النطاقات والمفاتيح السرية والصلاحيات).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>أضف مطوّرك عضوًا بهذا الدور، باستخدام عنوان بريده الإلكتروني الخاص في XWMS. يسجّل الدخول بحسابه الخاص: لا تشارك كلمة مرورك أبدًا.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>ما عليك فعله في لوحة تحكم XWMS</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>افعل الآن ما يلي في لوحة تحكم XWMS، في متصفح الويب:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>ثم، وأنت ما زلت في لوحة تحكم XWMS:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>تم نسخ «{label}». الصقه في لوحة التحكم.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>عنوان IP للخادم</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>الاسم الداخلي</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>السماح بتسجيل الدخول</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>السماح بالـ API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>وضع الاختبار</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>الرابط الاحتياطي</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>لن يتغيّر شيء: الخادم لديه كل هذا بالفعل.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>سيُنشأ عميل جديد باسم «{name}».</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>سيُضاف الموقع {domain}.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>سيُرفع الشعار.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>سيُسجَّل رابط العودة {url}.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>سيُفعَّل رابط العودة {url}.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} بانتظار رد فريق XWMS على طلبك؛ وتُضاف بمجرد موافقة الفريق.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>سيُرسَل إلى فريق XWMS طلب لتصبح شريكًا موثّقًا (Verified Partner) لـ {scopes}؛ وتُضاف بمجرد موافقة الفريق.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>الصلاحيات: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>الصلاحيات: إضافة {added}؛ إزالة {removed}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>الصلاحيات: إضافة {added}.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>الصلاحيات: إزالة {removed}.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>ستتم دعوة {email} بدور {role}.</translation>
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
        <translation>موقعك</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>المكان الذي سيسجّل فيه الناس الدخول عبر XWMS.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>أي موقع</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>المواقع الموجودة لدى هذا العميل، أو موقع جديد لإضافته إليه.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>أي موقع (&amp;H):</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>عنوان الموقع (النطاق الرئيسي)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>عنوان الموقع (&amp;W):</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>عنوان IP للخادم (اختياري)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>عنوان IP للخادم (&amp;I):</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>اختياري. عنوان الإنترنت للخادم الذي يعمل عليه موقعك، مثل 203.0.113.10. عند ملئه، لا تقبل XWMS الطلبات الخاصة بهذا الموقع إلا من ذلك الخادم، فيصبح أي مفتاح سري مسروق بلا فائدة في أي مكان آخر. يمكن لشركة الاستضافة أن تخبرك بالعنوان. اتركه فارغًا إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>الاسم الداخلي (اختياري)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>الاسم الداخلي (&amp;R):</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>اختياري. اسم لا تراه إلا أنت في لوحة تحكم XWMS، مثل «المتجر الرئيسي» أو «موقع الاختبار»، لتميّز بين مواقعك.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>رابط العودة (&amp;C):</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>بعد أن يسجّل شخص ما الدخول، تعيده XWMS إلى هذه الصفحة من موقعك مع رمز دخول صالح لمرة واحدة، وتلتقطه شيفرة مطوّرك هناك. يملأ المعالج العنوان المعتاد؛ لا تغيّره إلا إذا طلب مطوّرك عنوانًا آخر. يجب أن يُكتب تمامًا كما يستخدمه موقعك.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>إعدادات هذا الموقع</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>السماح بتسجيل الدخول (&amp;L): يمكن للناس تسجيل الدخول على هذا الموقع</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>يجب أن يكون مفعّلًا ليعمل زر «تسجيل الدخول عبر XWMS» على هذا الموقع. لا تعطّله إلا لإيقاف تسجيل الدخول مؤقتًا.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>السماح بالـ API (&amp;A): يمكن لموقعك طلب تفاصيل من XWMS</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>يتيح لخادم موقعك أن يطلب من XWMS معلومات إضافية عن الشخص الذي سجّل الدخول (مثل عنوانه، إذا سمحت بذلك في الصفحة التالية). أبقه مفعّلًا ما لم يقل مطوّرك إنه غير ضروري.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>نشط (&amp;T): تقبل XWMS هذا الموقع</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>عند تعطيله، ترفض XWMS كل شيء لهذا الموقع، كأنه غير موجود. أبقه مفعّلًا.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>أساسي (&amp;P): هذا هو الموقع الرئيسي للعميل</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>يمكن أن يكون للعميل عدة مواقع. الموقع الأساسي هو العنوان الرئيسي، ويظهر أولًا في لوحة التحكم. أبقه مفعّلًا لموقعك الأول.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>وضع الاختبار (&amp;D): هذا ليس الموقع الفعلي</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>فعّله لنسخة تجريبية من موقعك، أو لكمبيوتر مطوّرك (عندها تعمل العناوين التي تبدأ بـ http://localhost). أبقه معطّلًا للموقع الذي يستخدمه زوارك.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>خيارات إضافية (&amp;M)</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>لا تعيد XWMS الناس إلا إلى مواقع تعرفها. هنا تخبرها بعنوان موقعك، ويملأ المعالج الصفحة التي يعود إليها الناس بعد تسجيل الدخول (رابط العودة، أو callback URL). كل ما عدا ذلك موجود تحت «خيارات إضافية»، ومضبوط مسبقًا بشكل صحيح لمعظم المواقع.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>عنوان موقعك، مثل example.com. يعمل تسجيل الدخول على هذا العنوان ونطاقاته الفرعية (مثل www.example.com أو shop.example.com). يمكنك لصق العنوان الكامل من متصفحك: سيحتفظ المعالج بالجزء الذي يحتاجه فقط ويخبرك بذلك.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>خيارات إضافية</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>محتويات «خيارات إضافية»</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>الرابط الاحتياطي (اختياري)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>الرابط الاحتياطي (&amp;K):</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>اختياري. المكان الذي ترسل إليه XWMS الناس عندما يحدث خطأ أثناء تسجيل الدخول (مثلًا عندما يلغونه)، مثل صفحتك الرئيسية. يخضع للقواعد نفسها التي يخضع لها رابط العودة. إذا تُرك فارغًا: تعرض XWMS رسالتها الخاصة.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>ملف الشعار (اختياري)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>استعراض (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>اختيار ملف الشعار</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>الشعار (&amp;G):</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>اختياري. شعارك، يظهر في صفحة تسجيل الدخول في XWMS ليعرف الناس أنهم يسجّلون الدخول إلى موقعك. صورة PNG أو SVG بحجم 1 MB كحد أقصى.</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>بعد حفظ النطاق، تعرض لوحة تحكم XWMS الـ Domain ID الخاص به (معرّف النطاق): رمز يدل على موقعك في XWMS. انسخه من هناك والصقه هنا؛ يحتاجه مطوّرك.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>الصق Domain ID هنا عندما تعرضه لوحة التحكم (الخطوة 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>إضافة موقع جديد</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (الموقع الرئيسي)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} موقع تابع لـ «{client}» بالفعل: ترى إعداداته كما هي لدى XWMS. غيّر فقط ما تريد تغييره.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>عند تفعيل «أساسي»، يصبح هذا الموقع هو الموقع الرئيسي لـ «{client}» بدلًا من {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>لدى «{client}» موقع رئيسي بالفعل، هو {main}. خيار «أساسي» معطّل ليبقى هو الرئيسي؛ فعّله لتجعل هذا الموقع هو الرئيسي بدلًا منه.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>يعود الناس إلى هذه الصفحة من موقعك بعد تسجيل الدخول؛ اتركها كما ملأها المعالج، ما لم يطلب مطوّرك صفحة أخرى.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}، {api}، {active}، {primary}، {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>تسجيل الدخول مفعّل</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>تسجيل الدخول معطّل</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API مفعّل</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API معطّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>الموقع الرئيسي</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>ليس الموقع الرئيسي</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>وضع الاختبار مفعّل</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>وضع الاختبار معطّل</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — مناسب لمعظم المواقع.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>عند تعطيل «السماح بتسجيل الدخول»، لا يستطيع أحد تسجيل الدخول على هذا الموقع.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>عند تعطيل «نشط»، ترفض XWMS كل شيء لهذا الموقع.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>اكتمل الإعداد</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>سلّمه الآن إلى مطوّرك.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>انتهى دورك. سيضيف مطوّرك زر «تسجيل الدخول عبر XWMS» إلى موقعك مستخدمًا المجلد الذي أنشأه المعالج. يشرح له ملف HANDOFF.md الموجود فيه كل خطوة، بما في ذلك فحص يمكنه تشغيله من خادمك.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>أرسل إلى مطوّرك الملف المضغوط &lt;b&gt;{zip}&lt;/b&gt; الخاص بأحدث مجلد، {folder}.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>أرسل إلى مطوّرك الملف المضغوط &lt;b&gt;{zip}&lt;/b&gt; (أو المجلد {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>أرسل إلى مطوّرك أحدث مجلد، &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>أرسل إلى مطوّرك المجلد &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>المفتاح السري بداخله، لذا أرسله بطريقة آمنة: عبر مدير كلمات مرور مشترك أو رابط مشفّر، وليس كمرفق عادي في بريد إلكتروني. احذف نسختك بمجرد أن يستلمه مطوّرك.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>إنه في سلسلة المفاتيح في هذا الكمبيوتر تحت الاسم «xwms-wizard».</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>لقد نسخته في صفحة «المراجعة والإنشاء».</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>المفتاح السري ليس في المجلد. أعطه لمطوّرك بشكل منفصل، وبطريقة مختلفة عن المجلد: اقرأه له عبر الهاتف، أو شاركه عبر مدير كلمات مرور. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>يتبع مطوّرك ملف HANDOFF.md الموجود في المجلد. عندما يعمل تسجيل الدخول على موقعك، تكون قد انتهيت.</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>المجلد موسوم بعبارة «لم يتم التحقق»: لم يتحقق أحد بعد من أن هذه الإعدادات تعمل. يجري مطوّرك هذا الفحص من خادم موقعك، كما يشرح HANDOFF.md.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>كانت هذه جولة تدريبية: أُنشئ كل شيء على خادم التدريب في هذا الكمبيوتر، وليس لدى XWMS. ومع ذلك يمكن لمطوّرك تجربة تسجيل الدخول على كمبيوتره: يعطيه ملف HANDOFF.md الموجود في المجلد الأمر الوحيد الذي يشغّل خادم تدريب لهذا الإعداد بالضبط، وتطبيقات أمثلة صغيرة تسجّل الدخول من خلاله. ولموقعك الحقيقي، شغّل المعالج مرة أخرى باستخدام حسابك في XWMS.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>في هذه الجلسة، أنشأ المعالج هذه المجلدات لمطوّرك في {folder}:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>في هذه الجلسة، أنشأ المعالج هذه المجلدات لمطوّرك:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>الأحدث (أرسل هذا): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>أقدم: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>يحتاج مطوّرك إلى الأحدث فقط. احذف المجلدات الأقدم بمجرد أن يستلمه: فالمجلد الأقدم يحتوي على المفتاح السري أيضًا.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>يحتاج مطوّرك إلى الأحدث فقط؛ يمكنك حذف المجلدات الأقدم.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>إظهار التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>حدث خطأ غير متوقع. حاول مرة أخرى؛ وإذا تكرّر ذلك، فالتفاصيل أدناه تساعد المطوّر على معرفة السبب.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>أجاب الخادم بطريقة لا يفهمها المعالج، لذا لم يُستخدم أي شيء من تلك الإجابة. تحقّق من أن عنوان الخادم صحيح (عنوان XWMS ينتهي بـ /api/، مثل https://xwms.nl/api/)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>أُنشئ المفتاح السري «{label}» (الذي ينتهي بـ {hint})، لكن الرد الذي يحمل قيمته لم يصل، وXWMS لا تعرض قيمة المفتاح السري إلا مرة واحدة. أبطِل ذلك المفتاح (Integrations → Client Secrets) وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>القيمة غير صالحة</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>لم تقبل XWMS قيمة «{label}»: {why} تحقّق أيضًا من: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>لم تقبل XWMS قيمة «{label}»: {why} صحّحها وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>المجلد الخاص بمطوّرك</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>كل ما يحتاجه مطوّرك، في مجلد واحد.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>ينشئ المعالج مجلدًا (مجلد التسليم) يحتوي على الإعدادات التي يحتاجها مطوّرك: ملف .env فيه Client ID والموقع ورابط العودة وعنوان الـ API، وملف HANDOFF.md فيه التعليمات، ونسخة آمنة بدون المفتاح السري يمكنه الاحتفاظ بها في شيفرته. أنت ترسل هذا المجلد إلى مطوّرك.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>حفظ المجلد في</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>استعراض (&amp;R)…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>اختيار مكان حفظ المجلد</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>الحفظ في (&amp;S):</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>وضع المفتاح السري في ملف .env (&amp;K)</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>وضع المفتاح السري في ملف .env</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>المفتاح السري في الملف</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>مفعّل: يكون ملف .env كاملًا ويمكن لمطوّرك البدء فورًا، لكن يجب حينها إرسال المجلد بطريقة آمنة (مثل مدير كلمات مرور مشترك أو رابط مشفّر)، وليس أبدًا كمرفق عادي في بريد إلكتروني. معطّل: يحتوي الملف على مكان فارغ للمفتاح، وتعطي المفتاح لمطوّرك بشكل منفصل، عبر الهاتف مثلًا.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>لغة التعليمات الموجّهة لمطوّرك</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>التعليمات بلغة (&amp;I):</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>إنشاء ملف .zip أيضًا (أسهل في الإرسال) (&amp;Z)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>إنشاء ملف zip أيضًا</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>إنشاء المجلد (&amp;W)</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>إنشاء المجلد</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فتح المجلد (&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>تعذّر على هذا الكمبيوتر فتح المجلد. تجده في هذا المسار:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>مسار المجلد</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>نسخ مسار المجلد</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>التعليمات موجهة إلى المطوّر، لذلك تتوفر بالإنجليزية أو الهولندية فقط. أما باقي محتوى المجلد فهو نفسه بأي لغة.</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>المفتاح السري ليس على هذا الكمبيوتر، لذا لا يمكن وضعه في الملف. يجب أن يحصل عليه مطوّرك من المكان الذي حُفظ فيه.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>أي شخص يحصل على هذا المجلد يمكنه انتحال صفة موقعك. لا ترسله إلا عبر قناة آمنة، واحذف نسختك بمجرد أن يستلمه مطوّرك.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>ستعطي مطوّرك المفتاح السري بشكل منفصل؛ وهو موجود في سلسلة المفاتيح في هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>ستعطي مطوّرك المفتاح السري بشكل منفصل؛ انسخه من الصفحة السابقة قبل إغلاق المعالج.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>المجلد: اختر مكان حفظ المجلد الخاص بمطوّرك.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>هذا المجلد غير موجود بعد؛ سينشئه المعالج.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>جارٍ إنشاء المجلد…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ تم الحفظ في {path}، بدلًا من المجلد السابق</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ تم الحفظ في {path}، بجانب المجلد السابق</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ تم الحفظ في {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>ملف zip: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>تم النسخ. الصقه حيث تبحث عن الملفات، مثل شريط العنوان في نافذة الملفات.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>استخدام «{value}»</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>استخدام الاقتراح {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>معرّف الخطة</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>عنوان الموقع (النطاق الرئيسي)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>عنوان IP للخادم</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>الرابط الاحتياطي</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>الاسم الداخلي</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>السماح بتسجيل الدخول</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>السماح بالـ API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>النطاق الأساسي</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>وضع الاختبار</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>اسم المفتاح السري</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>المفتاح السري</translation>
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
        <translation>البريد الإلكتروني للعضو</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>دور العضو</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>صلاحيات الشريك الموثّق</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>ملاحظات لفريق XWMS</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (العضو {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>تعذّرت قراءة ملف التسليم {name}: لا يحتوي على كائن. أنشئ مجلد التسليم مرة أخرى بهذا الإصدار من المعالج.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>تعذّرت قراءة ملف التسليم {name}: إصداره {version}، وهذا المعالج يقرأ الإصدار 1. أنشئ مجلد التسليم مرة أخرى بهذا الإصدار من المعالج.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>تعذّرت قراءة ملف التسليم {name}: أحد العناصر مفقود أو نوعه غير صحيح. أنشئ مجلد التسليم مرة أخرى بهذا الإصدار من المعالج.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>سبق أن أُنشئ هنا مجلد لمطوّرك: {name}. لم يُكتب أي شيء؛ اختر ما إذا كنت تريد استبداله أو الاحتفاظ بالاثنين.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>ظهر مجلد تسليم آخر باسم {name} في {folder} أثناء إنشاء هذا المجلد. لم يُستبدل أي شيء؛ أنشئ مجلد التسليم مرة أخرى.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>لا يمكن وضع المفتاح السري في ملف .env: قيمته ليست على هذا الكمبيوتر (تُعرض مرة واحدة فقط عند إنشائه، وسلسلة المفاتيح في هذا الكمبيوتر لا تحتوي عليه). لم يُكتب أي شيء، ولم يتغيّر أي مجلد كان موجودًا من قبل. أنشئ المجلد بدون المفتاح وأعطِ المفتاح لمطوّرك بشكل منفصل، أو أنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>لا يمكن كتابة المفتاح السري بأمان في ملف .env، لذا لم يُستبدل المجلد {name} الموجود بالفعل: كان ملف .env فيه سيفقد المفتاح. احتفظ بالمجلدين، أو أنشئ المجلد بدون المفتاح وأعطِ المفتاح لمطوّرك بشكل منفصل.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>يحتوي المجلد {folder} بالفعل على مجلدات تسليم لهذا العميل في هذا اليوم (العدد: {count}). اختر مجلدًا آخر، أو احذف مجلدات التسليم القديمة.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>تعذّر إنشاء مجلد التسليم في {folder} ({reason}). لم يبقَ أي شيء مكتوب جزئيًا. تأكد من أن المجلد موجود، وأن لديك إذن الكتابة فيه، وأن القرص غير ممتلئ، أو اختر مجلدًا آخر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>تحتوي على فاصل أسطر</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>تحتوي على حرف تحكم غير مرئي</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>تحتوي على حرف تالف لا يمكن حفظه كنص</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>تحتوي على علامة اقتباس مفردة (&apos;)</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>تحتوي على شرطة مائلة عكسية</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>تحتوي على علامة الدولار متبوعة بقوس معقوف افتتاحي، وهو ما تعتبره بعض برامج القراءة إشارة إلى إعداد آخر</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>تحتوي على علامة يساوي متبوعة بعلامة اقتباس مزدوجة، وهو ما يعتبره قارئ Laravel بداية قيمة ممتدة على عدة أسطر</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>لا يمكن كتابة قيمة {key} في ملف .env بأمان: {why}. برامج قراءة .env في Laravel وNode وPython ستقرؤها بشكل مختلف، لذا يتركها المعالج بدلًا من كتابتها بشكل خاطئ. اضبطها على الخادم يدويًا، كمتغير بيئة.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>تحتوي القيمة على ${ لا يُغلق أبدًا</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>لا يوجد ملف في {path}. حدّد مسار ملف .env الذي تريد فحصه.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>تعذّر فتح الملف {path} ({reason}). تأكد من أنه موجود وأن لديك إذن قراءته.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>سبب غير معروف</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>الملف {path} ليس نصًا عاديًا بترميز UTF-8. احفظه بترميز UTF-8 وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>السطر ليس بالشكل NAME=value</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>القيمة تفتح علامة اقتباس مفردة لكنها لا تغلقها في السطر نفسه</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>يوجد نص إضافي بعد علامة الاقتباس الختامية</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>تعذّرت قراءة الملف {source} عند السطر {line} ({key}): {reason}. صحّح ذلك السطر (أو اكتب القيمة بين علامتي اقتباس مفردتين) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>تعذّرت قراءة الملف {source} عند السطر {line}: {reason}. صحّح ذلك السطر (أو اكتب القيمة بين علامتي اقتباس مفردتين) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>تستخدم القيمة شكلًا من ${...} لا يفهمه هذا القارئ (يفهم ${NAME} فقط)</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>تشير القيمة إلى {name}، وهو غير مضبوط في موضع سابق من الملف</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>القيمة تفتح علامة اقتباس مزدوجة لكنها لا تغلقها أبدًا</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>ما هذا؟</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>ما هذا؟ {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>لا تسمح XWMS للبرامج بإجراء تغييرات في حسابك، لذا تجريها أنت بنفسك في لوحة تحكم XWMS، والمعالج يخبرك بالضبط أين تنقر. لا تسجّل الدخول إلى المعالج.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>ما تحتاج إليه:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>حساب XWMS مدفوع. العملاء (ما يحتاجه موقعك لـ«تسجيل الدخول عبر XWMS») متاحون مع الاشتراك المدفوع.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>لوحة تحكم XWMS مفتوحة في متصفح الويب، مع تسجيل الدخول بذلك الحساب. الزر أدناه يفتحها.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>المعالج والمتصفح جنبًا إلى جنب: تنسخ قيمًا من المعالج إلى لوحة التحكم، وتعيد ثلاثة أشياء (Client ID وDomain ID والمفتاح السري).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>في النهاية يتحقق المعالج من إعدادك لدى XWMS على {url}. لا يُرسَل أي شيء قبل أن تضغط «التحقق من إعدادي».</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>التحقق من إعدادي</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>يسأل المعالج XWMS ما إذا كان ما فعلته في لوحة التحكم متوافقًا.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>يسأل الفحص XWMS عن أمرين: هل يمكن الوصول إليها من هذا الكمبيوتر، وهل تقبل Client ID والمفتاح السري ورابط العودة معًا. لا يغيّر الفحص أي شيء في حسابك على XWMS، لذا يمكنك تشغيله كلما أردت.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>التحقق من إعدادي (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;T)</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>التحقق من إعدادي مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>المتابعة بدون فحص (&amp;G)</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>المتابعة بدون فحص؛ سيُوسم المجلد بعبارة «لم يتم التحقق»</translation>
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
        <translation>قيمة المفتاح السري</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>تم لصقها، ومحفوظة في سلسلة المفاتيح في هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>مفقودة: ارجع إلى صفحة «المفتاح السري» والصقها هناك</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>غيّرت شيئًا منذ الفحص: اضغط «التحقق من إعدادي» مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>لم يُفحص أي شيء بعد. عندما تنتهي من كل الخطوات في لوحة التحكم، اضغط «التحقق من إعدادي».</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>الوصول إلى XWMS</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>التحقق من Client ID والمفتاح السري ورابط العودة</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>صحيح، مع ملاحظة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>جارٍ التحقق من إعدادك لدى XWMS…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>لا رد من {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>أو تابع بدون فحص: عندها يُوسم المجلد الخاص بمطوّرك بعبارة «لم يتم التحقق»، ويُجري مطوّرك الفحص من خادمك.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>ردّت XWMS على {url}</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Client ID والمفتاح السري صحيحان. يجب إجراء فحص أخير على خادم موقعك؛ ويشرح المجلد الخاص بمطوّرك الطريقة.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ إعدادك يعمل: XWMS تقبله. اضغط «التالي» لإنشاء المجلد الخاص بمطوّرك.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>إذا كان الخطأ فيما كتبته أو لصقته في المعالج، فارجع إلى صفحة «{page}» وصحّحه.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>لم تقبل XWMS إعدادك بعد. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>لا يعمل بعد: ما يجب إصلاحه موجود في المربع أدناه.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>لم تردّ XWMS على {host} في الوقت المحدد، لذا لم يُفحص إعدادك بعد. تأكد من أن هذا الكمبيوتر متصل بالإنترنت، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>تعذّر على المعالج فتح اتصال آمن مع XWMS على {host}، لذا لم يُفحص إعدادك بعد. تحقّق من عنوان API لـ XWMS (تحت «متقدم» في الصفحة الأولى)، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>تعذّر على المعالج الوصول إلى XWMS على {host}، لذا لم يُفحص إعدادك بعد. تأكد من أن هذا الكمبيوتر متصل بالإنترنت، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>لم تعطِ XWMS على {host} ردًا صالحًا للاستخدام، لذا لم يُفحص إعدادك بعد. ربما تكون XWMS مشغولة، أو ربما يكون عنوان API لـ XWMS (تحت «متقدم» في الصفحة الأولى) خاطئًا. اضغط «إعادة المحاولة» بعد قليل.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>توقّف. اضغط «التحقق من إعدادي» للتحقق مرة أخرى.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>المتابعة بدون فحص. المجلد الخاص بمطوّرك موسوم بعبارة «لم يتم التحقق»؛ ويُجري مطوّرك الفحص من خادمك.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>تجديد المفتاح السري</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>مفتاح جديد يعمل قبل أن يتوقف القديم.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>في لوحة تحكم XWMS تُنشئ مفتاحًا سريًا جديدًا وتربطه بموقعك، بجانب المفتاح الحالي: كلاهما يعمل في الوقت الحالي. الصق المفتاح الجديد هنا وسيتحقق منه المعالج لدى XWMS. بمجرد أن يستخدم موقع مطوّرك المفتاح الجديد، أبطِل المفتاح القديم في لوحة التحكم. لن يُسجَّل خروج أي أحد خلال ذلك.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>المفتاح السري الجديد</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>الصق المفتاح الجديد هنا</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>المفتاح الجديد (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>التحقق من المفتاح الجديد (&amp;C)</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>التحقق من المفتاح الجديد لدى XWMS</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>جارٍ التحقق من المفتاح الجديد…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ المفتاح الجديد يعمل. اضغط «التالي» لإنشاء المجلد الخاص بمطوّرك. بمجرد أن يستخدم موقعه المفتاح الجديد: افتح «Client Secrets» في لوحة التحكم وأبطِل المفتاح القديم «{label}».</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>لم تقبل XWMS المفتاح الجديد بعد. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>إعدادك</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>حال «تسجيل الدخول عبر XWMS» لديك، وما يمكنك فعله الآن.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>اختر المجلد الذي أنشأه المعالج لمطوّرك (يبدأ اسمه بـ xwms-handoff-). فهو يسجّل ما تم إعداده في لوحة تحكم XWMS. بعد ذلك يسأل المعالج XWMS ما إذا كان تسجيل الدخول لا يزال يعمل، باستخدام المفتاح السري الذي يحتفظ به هذا الكمبيوتر؛ ولا يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>المجلد الخاص بمطوّرك</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>اختيار المجلد (&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>اختيار المجلد الخاص بمطوّرك</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>تجديد المفتاح (&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>تجديد المفتاح السري دون انقطاع</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>تغيير هذا الإعداد (&amp;H)…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>تغيير الموقع أو أزرار التبديل أو الصلاحيات</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>الأشخاص والوصول (&amp;P)…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>من سجّل الدخول، والمُختبِرون، والشريك الموثّق (Verified Partner)، والأعضاء</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>جارٍ سؤال XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ كل شيء على ما يرام: تسجيل الدخول يعمل والمفتاح لا تنتهي صلاحيته خلال 30 يومًا.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>يحتاج إلى انتباهك:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>لم يُفحص: هذا الكمبيوتر لا يحتفظ بالمفتاح السري. المفتاح موجود في المجلد الخاص بمطوّرك، أو جدّد المفتاح.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ تسجيل الدخول يعمل: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ تسجيل الدخول لا يعمل: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>العميل {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>يعود إلى: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>المفتاح «{label}»: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>فتح لوحة تحكم XWMS</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>يفتح لوحة تحكم XWMS في متصفح الويب.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>الصقه هنا من لوحة تحكم XWMS</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>ما هذا؟</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>ما هذه الصفحة؟</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>مطوّر</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>مُشاهِد</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>يمكنه تغيير المواقع ومفاتيحها وما يقرؤه تسجيل الدخول، ومعرفة من سجّل الدخول؛ ولا يمكنه إضافة أعضاء أو إزالتهم.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>يمكنه معرفة من سجّل الدخول؛ ولا يغيّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>الأشخاص والوصول</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>من يسجّل الدخول عبر عميلك، ومن يمكنه تغييره.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>هذه هي الأجزاء الاختيارية من لوحة تحكم XWMS الخاصة بعميلك. يجرّب المُختبِرون تسجيل الدخول قبل أن يُتاح للجميع. ويمكن للشريك الموثّق (Verified Partner) استخدام الصلاحيات التي تخصّصها XWMS للشركات التي تحقّقت منها. والأعضاء هم الطريقة الآمنة لتسمح لمطوّرك بتغيير الإعدادات: يسجّلون الدخول بحساباتهم الخاصة في XWMS، فلا تضطر أبدًا إلى مشاركة كلمة مرورك.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>من سجّل الدخول</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>المُختبِرون</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>البريد الإلكتروني للمُختبِر</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>عنوان بريده الإلكتروني في XWMS</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>دعوة كمُختبِر (&amp;I)</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>دعوة هذا الشخص كمُختبِر</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>شريك موثّق</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>فيمَ يستخدم موقعك هذه الصلاحيات</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>فيمَ يستخدمها موقعك</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تقديم الطلب (&amp;A)</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>التقدّم لتصبح شريكًا موثّقًا (Verified Partner)</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>من يمكنه تغيير هذا العميل</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>البريد الإلكتروني للعضو</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>عنوان البريد الإلكتروني لمطوّرك في XWMS</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>ما يمكن للعضو فعله</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>إضافة كعضو (&amp;D)</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>إضافة هذا الشخص كعضو</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>جارٍ قراءة عميلك من XWMS…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email})، آخر دخول على {site} في {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>لم يسجّل أحد الدخول عبر عميلك بعد.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>تم القبول</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>تم الرفض</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>لا يوجد مُختبِرون بعد. يقبل المُختبِر دعوتك في صفحة تسجيل الدخول في XWMS.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>أنت فقط. أضف مطوّرك هنا بدلًا من مشاركة كلمة مرورك.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>بانتظار فريق XWMS</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>تم الرفض</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>حدّد الصلاحيات التي يحتاجها موقعك، واذكر الغرض منها، ثم قدّم الطلب. يتحقق فريق XWMS من نشاطك التجاري ثم يوافق على الطلب أو يرفضه.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>جارٍ دعوة المُختبِر…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>شريك موثّق: حدّد أولًا الصلاحيات التي يحتاجها موقعك.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>جارٍ إرسال طلبك…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>جارٍ إضافة العضو…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>في الخطة {source} %n مشكلة:</numerusform>
            <numerusform>في الخطة {source} مشكلة واحدة:</numerusform>
            <numerusform>في الخطة {source} مشكلتان:</numerusform>
            <numerusform>في الخطة {source} %n مشكلات:</numerusform>
            <numerusform>في الخطة {source} %n مشكلةً:</numerusform>
            <numerusform>في الخطة {source} %n مشكلة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>المفتاح السري: ملفات الخطة لا تحتوي أبدًا على مفتاح سري، لأن ملف الخطة يُشارَك أو يُنسخ بسهولة عن طريق الخطأ. احذف السطر «{key} = …» من [{table}]. المعالج يُنشئ المفتاح السري بنفسه ويحفظه في سلسلة المفاتيح في كمبيوترك.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>المفتاح السري: ملفات الخطة لا تحتوي أبدًا على مفتاح سري، لأن ملف الخطة يُشارَك أو يُنسخ بسهولة عن طريق الخطأ. احذف السطر «{key} = …». المعالج يُنشئ المفتاح السري بنفسه ويحفظه في سلسلة المفاتيح في كمبيوترك.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>ملف الخطة: «{what}» ليس جزءًا من الخطة. مكانه تحت [{home}]: انقل السطر إلى أسفل هذا العنوان.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>ملف الخطة: «{what}» ليس جزءًا من الخطة. هل تقصد {near}؟</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: «{what}» ليس جزءًا من الخطة. لا تحتوي الخطة إلا على [client] و[domain] و[scopes] و[secret] و[verification] و[[members]]. قارنه بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>ملف الخطة: لا يوجد في [{table}] إعداد باسم «{key}». هل تقصد «{near}»؟</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>ملف الخطة: لا يوجد في [{table}] إعداد باسم «{key}». مكانه تحت [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>ملف الخطة: لا يوجد في [{table}] إعداد باسم «{key}». الإعدادات المقبولة في [{table}]: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: هذا الإعداد يقبل نصًا. اكتبه هكذا: {key} = &quot;…&quot; (بين علامتي اقتباس مزدوجتين).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: هذا الإعداد يقبل true أو false. اكتبه هكذا: {key} = true  أو  {key} = false (بدون علامات اقتباس).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: هذا الإعداد يقبل قائمة نصوص. اكتبه هكذا: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: هذا الإعداد يقبل تاريخًا. اكتبه هكذا: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: يوجد خطأ في السطر {line} (العمود {column}): {reason}. تحقّق هناك من علامات الاقتباس وعلامات «=» و[العناوين]. قارنه بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: يوجد فيه خطأ: {reason}. تحقّق من علامات الاقتباس وعلامات «=» و[العناوين]. قارنه بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: حجمه {size} KB؛ والخطة ملف نصي قصير لا يتجاوز {most} KB. تأكد من أنك حدّدت ملف الخطة نفسه، وقارنه بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: السطر {line} يضع قوائم أو أقسامًا داخل بعضها بعمق يتجاوز الحد الأقصى ({most})؛ والخطة تحتاج إلى مستوى واحد (قائمة مثل keys = [&quot;profile&quot;]). احذف الأقواس الزائدة، وقارنه بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>ملف الخطة: اسم الإعداد في السطر {line} يتكون من أجزاء مفصولة بنقاط يتجاوز عددها الحد الأقصى ({most})؛ وأسماء الخطة تتكون من جزء أو جزأين (مثل domain.root). اكتب الإعداد تحت عنوان [القسم] الخاص به، كما في examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: اسم الإعداد في السطر {line} يتجاوز الحد الأقصى لعدد الأحرف ({most})؛ وأسماء الخطة كلمات قصيرة (مثل root أو keys). تحقّق من ذلك السطر، وقارن الملف بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>معرّف الخطة: استخدم من 1 إلى 64 حرفًا أو رقمًا أو شرطة أو شرطة سفلية، أو احذف plan_id وسيُنشئ المعالج معرّفًا من اسم العميل وعنوان الموقع.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>ملف الخطة: يجب أن يكون «{key}» قسمًا: اكتب [{key}] في سطر مستقل، وإعداداته تحته. قارنه بـ examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: مفقود. أضف السطر {key} = &quot;{example}&quot; تحت [{table}].</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>ملف الخطة: اكتب كل عضو في قسم [[members]] مستقل، وتحته السطران email = &quot;…&quot; و role = &quot;Developer&quot; (أو &quot;Viewer&quot;).</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>ملف الخطة: عدد الأعضاء المذكورين فيه {count}، والحد الأقصى في الخطة {most}. أضف الباقين في صفحة «الأشخاص والوصول».</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>ملف الخطة: لا يوجد في قسم [[members]] إعداد باسم «{key}». الإعدادات المقبولة فيه: email و role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} مذكور مرتين. أبقِ قسم [[members]] واحدًا لكل شخص.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>ملف الخطة: لا يمكننا العثور على {source}. تحقّق من الاسم والمجلد.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>ملف الخطة: {source} مجلد. حدّد مسار ملف .toml.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>ملف الخطة: تعذّرت علينا قراءة {source} ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>ملف الخطة: ليس نصًا عاديًا (UTF-8). احفظه كنص بترميز UTF-8.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>يمكنه قراءة</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>رقم XWMS الخاص بالشخص فقط</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>يتوقف عن العمل في {date}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>لا تنتهي صلاحيته</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>عنوان IP للخادم</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>الاسم الداخلي</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>السماح بتسجيل الدخول</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>السماح بالـ API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>وضع الاختبار</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>الرابط الاحتياطي</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation>إغلاق المعالج؟</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>الإغلاق على أي حال</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>متابعة العمل</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>متابعة إعدادك؟</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>توقّف إعداد سابق قبل أن يكتمل.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>متابعته</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>إنشاء المجلد مرة أخرى؟</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>يوجد مجلد لمطوّرك بالفعل</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>سبق أن أُنشئ هنا مجلد لمطوّرك: {name}. هل تريد استبداله أم الاحتفاظ بالاثنين؟</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>استبدال: يحل المجلد الجديد محل القديم. الاحتفاظ بالاثنين: يُحفظ المجلد الجديد بجانبه، مع إضافة رقم إلى اسمه. إلغاء: لا يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>استبدال (&amp;R)</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>استبدال المجلد الموجود بالفعل</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>الاحتفاظ بالاثنين (&amp;K)</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>الاحتفاظ بالمجلدين</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>إلغاء: عدم كتابة أي شيء</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>اختيار مكان حفظ مجلد التسليم</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>اختيار شعارك</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>صور (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>انسخ و&amp;صلة المكان</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سّابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تّالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تّالي</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>أن&amp;هِ</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>النطاق {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>هذا النطاق</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>نطاقك</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>في لوحة تحكم XWMS، افتح {domain_page} وفعّل {setting}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>في لوحة تحكم XWMS، افتح «Integrations → Client Secrets»، وأنشئ مفتاحًا سريًا جديدًا، واربطه بـ {domain} («Link Secret» في {domain_page})، وأعطِ المفتاح الجديد لمطوّرك.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>لا تعرف XWMS رابط العودة {url} في {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>لا تعرف XWMS رابط العودة هذا في {the_domain}.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>المسجّل حاليًا: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>لا يوجد رابط عودة نشط مسجّل بعد.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>في لوحة تحكم XWMS، افتح {domain_page} → Domain URLs وأضف {url} كرابط عودة نشط، مكتوبًا بالطريقة نفسها تمامًا (تقارنه XWMS حرفًا بحرف، بما في ذلك https:// والمسار).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Client ID والمفتاح السري صحيحان، لكن XWMS لا تقبل طلبات {the_domain} إلا من عنوان الخادم {allowed}.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Client ID والمفتاح السري صحيحان، لكن XWMS لا تقبل طلبات {the_domain} إلا من خادم موقعك.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>جاء هذا الطلب من {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>هذا متوقع عندما تختبر من كمبيوترك: يجب أن تأتي الطلبات الحقيقية من خادم موقعك. إذا تغيّر عنوان ذلك الخادم، فحدّث «Server IP Address» في لوحة تحكم XWMS ضمن {domain_page}.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>يتطلب هذا الصلاحية «{scope}»، وهي غير متوفرة لهذا العميل.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>يتطلب هذا صلاحية غير متوفرة لهذا العميل.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>في لوحة تحكم XWMS، افتح «Integrations → Client Scopes» وفعّل {scope}.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>لا يمكن استخدام {scope} إلا من قِبل شريك موثّق (Verified Partner).</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>لا يمكن استخدام هذه الصلاحية إلا من قِبل شريك موثّق (Verified Partner).</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>اتركها الآن، أو قدّم طلبًا في «Verification Center» (مركز التحقق) في لوحة تحكم XWMS (يراجع فريق XWMS كل طلب ويوافق عليه)؛ ويمكنك إضافة الصلاحية بمجرد توثيقك.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>معرفة من سجّل الدخول</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>تغيير ما يمكن لتسجيل الدخول قراءته</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>تغيير المواقع</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>تغيير المفاتيح السرية</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>إضافة أعضاء أو إزالتهم</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>دورك في هذا العميل لا يسمح بما يلي: {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>دورك في هذا العميل لا يسمح بهذا.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>اطلب من مالك العميل إجراء التغيير، أو منح دورك هذه الصلاحية في «Members and Roles».</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>مفقود: {names}.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>مفقودة: {names}.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Client ID أو النطاق أو المفتاح السري مفقود.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>املأ الثلاثة كلها (تعرضها لوحة تحكم XWMS ضمن My Clients → عميلك) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>لا تعرف XWMS هذا الـ Client ID.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>انسخ Client ID مرة أخرى من لوحة تحكم XWMS (My Clients → عميلك) وتحقّق من عدم وجود أخطاء كتابة أو أحرف ناقصة.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>لا يوجد {the_domain} بين نطاقات هذا العميل في XWMS.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>في لوحة تحكم XWMS، افتح «Integrations → Domains» وأضفه كـ «Root Domain» (بدون https:// أو مسار)، أو استخدم النطاق الموجود بالفعل.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>{the_domain} معطّل في XWMS.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>تسجيل الدخول غير مسموح في {the_domain}.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>طلبات الـ API غير مسموحة في {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>لم تتعرّف XWMS على المفتاح السري.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>انسخ المفتاح السري مرة أخرى، كاملًا وبدون مسافات. إذا فُقد، فأنشئ مفتاحًا جديدًا في لوحة تحكم XWMS ضمن «Integrations → Client Secrets» واربطه بالنطاق.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>هذا المفتاح السري مُبطَل ولم يعد يعمل.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>انتهت صلاحية هذا المفتاح السري.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>المفتاح السري صحيح، لكن {the_domain} غير مربوط به.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>في لوحة تحكم XWMS، افتح {domain_page}، واختر «Link Secret» ثم اختر هذا المفتاح.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>لا تعرف XWMS رمز الدخول (token) هذا.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>ابدأ تسجيل الدخول من جديد؛ يجب أن يمرّر الموقع الرمز الوارد في رابط العودة دون تغيير.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>سبق استخدام رمز الدخول هذا؛ كل رمز يعمل مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>ابدأ تسجيل الدخول من جديد للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>انتهت صلاحية رمز الدخول هذا (صلاحية الرمز 5 دقائق).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>ابدأ تسجيل الدخول من جديد وأكمله خلال 5 دقائق.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>تحقّق من كليهما (كلمة المرور تميّز بين الأحرف الكبيرة والصغيرة) وسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>لم تسجّل الدخول، أو انتهت صلاحية تسجيل دخولك.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>سجّل الدخول مرة أخرى بعنوان بريدك الإلكتروني وكلمة مرورك في XWMS.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>يحتاج العملاء إلى حساب XWMS مدفوع، وهذا الحساب على الاشتراك المجاني.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>قم بترقية الحساب في لوحة تحكم XWMS، أو سجّل الدخول بحساب مدفوع، ثم تابع.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>لديك بالفعل عميل بهذا الاسم.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>اختر اسمًا آخر، أو اختر العميل الموجود من القائمة.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>{the_domain} موجود بالفعل لدى هذا العميل.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>استخدم النطاق الموجود بالفعل، أو أدخل نطاقًا آخر.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>هذا الرابط (URL) مسجّل بالفعل للنطاق.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>إذا كان هو الرابط الذي تريده، فلا حاجة إلى أي شيء آخر؛ وإلا فأدخل عنوانًا آخر.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>{the_domain} مربوط بهذا المفتاح السري بالفعل.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>لا حاجة إلى أي شيء آخر لهذا الربط.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>سبق أن رأى الخادم هذه الخطوة بتفاصيل مختلفة، لذا توقّف بدلًا من إنشاء شيء مرتين.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>تراجع عن التغيير الذي أجريته منذ ذلك الحين، أو ابدأ إعدادًا جديدًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>لم تقبل XWMS بعض التفاصيل.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>صحّح الحقول المحدّدة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>تعذّر على الخادم العثور على هذا؛ ربما حُذف في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>تحقّق في لوحة تحكم XWMS من أنه لا يزال موجودًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>تعذّر على الخادم قراءة ما أرسله المعالج.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>هذا خلل في المعالج، وليس في بياناتك. حاول مرة أخرى؛ وإذا تكرّر ذلك، فيُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>هذا الخادم لا يوفّر ما طلبه المعالج.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>تحقّق من أن عنوان الخادم يشير إلى خادم إدارة XWMS.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>الملف كبير جدًا؛ الحد الأقصى لحجم الشعار 1 MB.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>اختر صورة PNG أو SVG أصغر.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>لا يمكن تغيير مفتاح سري مُبطَل بعد الآن.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>أنشئ مفتاحًا جديدًا بدلًا من ذلك (جدّد المفتاح).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>تمت دعوة هذا الشخص بالفعل.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>انتظر رده: يقبل الدعوة أو يرفضها في صفحة تسجيل الدخول في XWMS.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>يوجد بالفعل طلب قيد الانتظار لهذه الصلاحيات.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>انتظر رد فريق XWMS قبل أن تتقدّم مرة أخرى.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>حسابك شريك موثّق (Verified Partner) لهذه الصلاحيات بالفعل.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>لا حاجة إلى أي شيء آخر: يمكنك استخدام هذه الصلاحيات.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>لدى هذا العميل بالفعل دور بهذا الاسم.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>استخدم ذلك الدور، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>هذا هو مالك العميل، ويمكنه فعل كل شيء.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>لا حاجة إلى أي شيء آخر؛ أضف شخصًا آخر كعضو.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>هذا الشخص عضو في العميل بالفعل.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>لا حاجة إلى أي شيء آخر بالنسبة إليه.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو SVG.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>اختر ملف PNG أو SVG.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>رفضت XWMS الطلب لأنه غير مكتمل.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>تحقّق من Client ID والنطاق والمفتاح السري ورابط العودة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>لم تقبل XWMS بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>تحقّق من Client ID والمفتاح السري (انسخهما مرة أخرى من لوحة تحكم XWMS)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>لا تسمح XWMS بهذا لهذا العميل أو النطاق.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>في لوحة تحكم XWMS، تحقّق ضمن «Integrations → Domains» من أن النطاق «Active»، ويسمح بـ Login وAPI، وأن هذا المفتاح السري مربوط به.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>هذا موجود بالفعل.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>استخدم الموجود، أو اختر اسمًا أو عنوانًا آخر.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>يتلقى الخادم عددًا كبيرًا جدًا من الطلبات الآن.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>انتظر دقيقة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>رفض الخادم هذا الطلب.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>تحقّق من التفاصيل التي أدخلتها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>قالت XWMS: «{message}»</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: ستنتهي صلاحية المفتاح الجديد في {date}، أي بعد %n يوم. اضبط تاريخ انتهاء لاحقًا للمفتاح (مثل {suggestion})، أو بلا تاريخ انتهاء، ثم جدّد.</numerusform>
            <numerusform>secret.expires: ستنتهي صلاحية المفتاح الجديد في {date}، أي بعد يوم واحد. اضبط تاريخ انتهاء لاحقًا للمفتاح (مثل {suggestion})، أو بلا تاريخ انتهاء، ثم جدّد.</numerusform>
            <numerusform>secret.expires: ستنتهي صلاحية المفتاح الجديد في {date}، أي بعد يومين. اضبط تاريخ انتهاء لاحقًا للمفتاح (مثل {suggestion})، أو بلا تاريخ انتهاء، ثم جدّد.</numerusform>
            <numerusform>secret.expires: ستنتهي صلاحية المفتاح الجديد في {date}، أي بعد %n أيام. اضبط تاريخ انتهاء لاحقًا للمفتاح (مثل {suggestion})، أو بلا تاريخ انتهاء، ثم جدّد.</numerusform>
            <numerusform>secret.expires: ستنتهي صلاحية المفتاح الجديد في {date}، أي بعد %n يومًا. اضبط تاريخ انتهاء لاحقًا للمفتاح (مثل {suggestion})، أو بلا تاريخ انتهاء، ثم جدّد.</numerusform>
            <numerusform>secret.expires: ستنتهي صلاحية المفتاح الجديد في {date}، أي بعد %n يوم. اضبط تاريخ انتهاء لاحقًا للمفتاح (مثل {suggestion})، أو بلا تاريخ انتهاء، ثم جدّد.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} غير موجود على هذا الخادم، لذا لا يوجد مفتاح لتجديده. أنشئ الإعداد أولًا (xwms-wizard apply، أو المعالج).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}، {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>المفتاح الجديد «{label}» (الذي ينتهي بـ {hint}) أُنشئ بالفعل</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>اجتاز المفتاح الجديد الفحص في {time}</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>لم يجتز المفتاح الجديد الفحص، لذا يبقى المفتاح القديم نشطًا: ويستمر تسجيل الدخول في العمل به.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>تجديد المفتاح السري</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>مفتاح جديد يعمل قبل أن يتوقف القديم.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>يُنشئ المعالج مفتاحًا سريًا جديدًا بجانب المفتاح الحالي، ويربطه بموقعك ويتحقق من أن XWMS تقبله. يعمل المفتاحان معًا إلى أن يضع مطوّرك المفتاح الجديد على موقعك؛ ثم توقف المفتاح القديم من هنا. لن يُسجَّل خروج أي أحد خلال ذلك.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>تجديد المفتاح (&amp;R)</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>تجديد المفتاح</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>يتوقف المفتاح الجديد عن العمل في تاريخ محدد (&amp;D)</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>يتوقف المفتاح الجديد عن العمل في تاريخ محدد</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>تاريخ انتهاء المفتاح الجديد</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>إيقاف المفتاح القديم (&amp;S)…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>إيقاف المفتاح القديم، بمجرد أن يستخدم مطوّرك المفتاح الجديد</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>الموقع: {site}. المفتاح الحالي: «{label}».</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>جارٍ تجديد المفتاح…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ تم إيقاف المفتاح القديم؛ الجديد وحده يعمل.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ المفتاح الجديد يعمل. والقديم يعمل أيضًا إلى أن توقفه: أعطِ مطوّرك المفتاح الجديد أولًا (الصفحة التالية تُنشئ المجلد الخاص به).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>هل انتقل موقع مطوّرك إلى المفتاح الجديد؟ يتوقف المفتاح القديم عن العمل فورًا؛ والموقع الذي لا يزال يستخدمه لن يتمكن بعد ذلك من تسجيل دخول أي أحد.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>إيقاف المفتاح القديم؟</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>إيقافه</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>المراجعة والإنشاء</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>راجع اختياراتك، ثم أنشئ كل شيء دفعة واحدة.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>لم يُنشأ أي شيء بعد. عندما تضغط «إنشاء كل شيء»، يُنشئ المعالج كل جزء في حسابك على XWMS، واحدًا تلو الآخر، ويعرض كلًا منها أدناه أثناء العمل. إذا حدث خطأ، فأصلحه أو حاول مرة أخرى: لا يُنشأ أي شيء مرتين أبدًا. في النهاية يتحقق المعالج لدى XWMS من أن تسجيل الدخول يعمل، ويعرض لك المفتاح السري مرة واحدة.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>ما الذي سيتغيّر</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>إنشاء مفتاح جديد (&amp;N) (يُبطَل القديم بمجرد أن يعمل الجديد)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>إنشاء مفتاح جديد</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>الإبقاء على المفتاح الحالي (&amp;K)؛ وترك المفتاح السري خارج مجلد التسليم (لدى مطوّرك بالفعل)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>الإبقاء على المفتاح الحالي</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>إنشاء كل شيء (&amp;C)</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>إنشاء كل شيء</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>مفتاحك السري (يُعرض مرة واحدة)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>لا تعرض XWMS هذا المفتاح إلا الآن. يحتاجه مطوّرك؛ وأي شخص آخر يحصل عليه يمكنه انتحال صفة موقعك، لذا تعامل معه ككلمة مرور.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>إظهار (&amp;S)</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>إظهار المفتاح السري</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>نسخ (&amp;O)</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>نسخ المفتاح السري</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>خادم التدريب على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>خادمك</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (عميل موجود)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (جديد)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>تطبيق تغييراتي (&amp;A)</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>لقد غيّرت اختياراتك: اضغط «تطبيق تغييراتي» لتحديث الإعداد.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>لم يُنشأ أي شيء بعد.</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>جارٍ الاطلاع على ما لدى XWMS بالفعل…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>التحقق والمتابعة (&amp;C)</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>لدى XWMS كل هذا بالفعل.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>تطبيق هذه التغييرات (&amp;A)</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>لم يتغيّر أي شيء بعد.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>موجود بالفعل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>جارٍ إنشاء إعدادك…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ تم إعداد كل شيء.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ كان كل شيء مُعدًّا بالفعل؛ لم يُنشأ أي شيء جديد.</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>اختر أدناه ما تريد فعله، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>ارجع إلى صفحة «{page}» لتغييره، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>لم يضِع أي شيء من اختياراتك: اضغط «إعادة المحاولة» عندما تُحل المشكلة.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>توقّف عند «{step}»: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>توقّف. لم يضِع أي شيء: اضغط «إنشاء كل شيء» للمتابعة من حيث توقّف. لن يُنشأ أي شيء مرتين.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>أُنشئ المفتاح السري في تشغيل سابق وعُرض حينها؛ وقيمته ليست على هذا الكمبيوتر. إذا لم يحتفظ به أحد، فأنشئ مفتاحًا جديدًا في لوحة تحكم XWMS («Client Secrets») واربطه بالموقع.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ حُفظ في سلسلة المفاتيح في هذا الكمبيوتر (تحت «xwms-wizard»)، ليتمكن المعالج من وضعه في المجلد الخاص بمطوّرك في الصفحة التالية.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>لا توجد سلسلة مفاتيح في هذا الكمبيوتر، لذا لا يُحفظ المفتاح إلا ما دام المعالج مفتوحًا. الآن هو الوقت المناسب للاحتفاظ به: انسخه إلى مدير كلمات المرور، أو ضمّنه في المجلد الخاص بمطوّرك في الصفحة التالية.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>عُرض المفتاح السري مرة واحدة ولم يعد ظاهرًا على الشاشة. يمكن للصفحة التالية وضعه في المجلد الخاص بمطوّرك.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>إخفاء (&amp;H)</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>إخفاء المفتاح السري</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>تم النسخ. يُفرغ المعالج الحافظة بعد 60 ثانية إذا كان المفتاح لا يزال فيها.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>قراءة الملف الشخصي الأساسي</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>الاسم، والاسم الأول واسم العائلة، وعنوان البريد الإلكتروني، وصورة الشخص الذي يسجّل الدخول.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>حقول إضافية في الملف الشخصي</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>تاريخ الميلاد، والجنس، والبلد، وحسابات التواصل الاجتماعي المرتبطة.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>الوصول إلى معلومات العنوان</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>العناوين البريدية التي يحفظها الشخص في XWMS، مثلًا للتوصيل أو الفواتير. يمكن لموقعك قراءتها وتحديثها نيابةً عن الشخص (إضافة، تغيير، حذف).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>مزوّدو تسجيل الدخول الخارجيون الذين ربطهم الشخص بحسابه في XWMS.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>قراءة مزوّدي الدخول</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>ما الذي يمكن لموقعك قراءته؟</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>حدّد فقط ما يحتاجه موقعك فعلًا.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>عندما يسجّل شخص ما الدخول، تخبر XWMS موقعك بهويته. كل «صلاحية» (scope) أدناه تسمح لموقعك بقراءة نوع إضافي واحد من المعلومات عن ذلك الشخص. اطلب أقل قدر ممكن: يثق الناس أكثر بالموقع الذي لا يطلب كل شيء، وما لا يتلقاه موقعك أبدًا لا يمكن أن يتسرّب. الملف الشخصي الأساسي (الاسم والبريد الإلكتروني) يكفي لمعظم المواقع. بعض الصلاحيات مخصّصة فقط للشركات التي تحقّقت منها XWMS (الشركاء الموثّقون، Verified Partners).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>اضغط مفتاح المسافة لتحديد الصلاحية المختارة أو إلغاء تحديدها.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;T)</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>جارٍ تحميل قائمة الصلاحيات…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (لـ Verified Partners فقط)
{description}
لتصبح واحدًا منهم، قدّم طلبًا بعد إنشاء هذا العميل: في صفحة «الأشخاص والوصول» في المعالج (فحص إعداد لديّ أو تغييره)، أو في Verification Center في لوحة تحكم XWMS.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (للشركاء الموثّقين: نشاطك التجاري منهم)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>عند عدم تحديد أي شيء، لا يعرف موقعك سوى رقم يمثّل الشخص، وليس اسمه أو بريده الإلكتروني. وهذا مناسب إذا لم يكن موقعك يحتاج إلى أكثر من ذلك.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>المفتاح السري للعميل «{label}» (الذي ينتهي بـ {hint}) سيُربط بهذا الموقع أيضًا؛ ولن يُنشأ مفتاح جديد.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>سيُنشأ مفتاح سري جديد: هذا الموقع ليس لديه مفتاح بعد.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>سيُنشأ مفتاح سري جديد، لأن المفتاح القديم («{label}»، الذي ينتهي بـ {hint}) أُبطِل.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>سيُنشأ مفتاح سري جديد، لأن المفتاح القديم («{label}»، الذي ينتهي بـ {hint}) انتهت صلاحيته في {date}.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>سيُنشأ مفتاح سري جديد، لأن هذا الكمبيوتر لا يملك قيمة المفتاح الحالي («{label}»، الذي ينتهي بـ {hint}). بمجرد أن يعمل المفتاح الجديد، يُبطَل القديم.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>المفتاح السري للموقع («{label}»، الذي ينتهي بـ {hint}) يعمل، لكن قيمته ليست على هذا الكمبيوتر: أنشئ مفتاحًا جديدًا، أو احتفظ بهذا المفتاح واترك المفتاح السري خارج مجلد التسليم.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>يبقى المفتاح السري «{label}» (الذي ينتهي بـ {hint}) كما هو.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>يبقى المفتاح السري «{label}» (الذي ينتهي بـ {hint}) كما هو؛ وقيمته ليست على هذا الكمبيوتر، لذا لا يتضمنه مجلد التسليم.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>الاسم «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>تاريخ الانتهاء {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>يتغيّر المفتاح السري الذي ينتهي بـ {hint}: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>مفتاحك السري الجديد (يُعرض مرة واحدة)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>لا تعرض XWMS هذا المفتاح إلا الآن. يحتاجه مطوّرك؛ وأي شخص آخر يحصل عليه يمكنه انتحال صفة موقعك، لذا تعامل معه ككلمة مرور.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>المفتاح السري الجديد</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>إظهار (&amp;S)</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>إظهار المفتاح السري الجديد</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>نسخ (&amp;O)</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>نسخ المفتاح السري الجديد</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ حُفظ في سلسلة المفاتيح في هذا الكمبيوتر، ليتمكن المعالج من وضعه في المجلد الخاص بمطوّرك في الصفحة التالية.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>لا توجد سلسلة مفاتيح في هذا الكمبيوتر، لذا لا يُحفظ المفتاح إلا ما دام المعالج مفتوحًا. ضعه في المجلد الخاص بمطوّرك في الصفحة التالية، أو انسخه إلى مدير كلمات المرور الآن.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>إخفاء (&amp;H)</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>تم النسخ. يُفرغ المعالج الحافظة بعد 60 ثانية إذا كان المفتاح لا يزال فيها.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>بهذا المفتاح يثبت موقعك أنه لك فعلًا.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>المفتاح السري يشبه كلمة مرور لموقعك (وليس لك). يرسله خادم موقعك إلى XWMS مع كل تسجيل دخول، لتعرف XWMS أن الطلب يأتي فعلًا من موقعك. تعرضه XWMS مرة واحدة فقط، عند إنشائه: يعرضه المعالج عليك بعد إنشائه، ويحفظه في سلسلة المفاتيح في هذا الكمبيوتر، ويمكنه وضعه في المجلد الخاص بمطوّرك. وهو مربوط بموقعك، لذا لا يعمل إلا هناك.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>اسم المفتاح السري (اختياري)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>اسم المفتاح السري</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>اختياري. اسم للمفتاح، لتميّز بين المفاتيح لاحقًا، مثل «خادم الويب 2025». إذا تُرك فارغًا، فسيكون اسمه «Standard Key».</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>الاسم (&amp;L):</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>إيقاف المفتاح عن العمل في تاريخ محدد (&amp;D)</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>إيقاف المفتاح عن العمل في تاريخ محدد</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>المفتاح الذي تنتهي صلاحيته يحدّ من الضرر إذا تسرّب يومًا ما، لكن يجب على مطوّرك وضع مفتاح جديد قبل ذلك التاريخ، وإلا يتوقف تسجيل الدخول. إذا اخترت تاريخًا، فسيتضمن المجلد الخاص بمطوّرك تذكيرًا في التقويم قبله بأسبوعين. تترك معظم المواقع الصغيرة هذا الخيار معطّلًا.</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>المفتاح السري من لوحة التحكم</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>الصق المفتاح السري هنا</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>تعرض لوحة تحكم XWMS المفتاح السري الجديد مرة واحدة فقط. انسخه من هناك والصقه هنا: يحفظه المعالج في سلسلة المفاتيح في هذا الكمبيوتر (وليس في ملف أبدًا) ويستخدمه للفحص وللمجلد الخاص بمطوّرك.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>المفتاح السري (&amp;K):</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ المفتاح السري موجود في سلسلة المفاتيح في هذا الكمبيوتر. لا تلصق مفتاحًا هنا إلا لاستبداله.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>الصق المفتاح السري هنا عندما تعرضه لوحة التحكم.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>سيُربط المفتاح بـ {domain}، فيمكن لموقعك استخدامه هناك فقط وليس في أي مكان آخر.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>لا تنتهي صلاحيته</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>يتوقف عن العمل في {date}</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>قيمته موجودة في سلسلة المفاتيح في هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>قيمته ليست على هذا الكمبيوتر؛ وستسألك صفحة «المراجعة والإنشاء» عمّا تريد فعله.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>لدى هذا الموقع مفتاح بالفعل: «{label}»، ينتهي بـ {hint}؛ {expiry}. {where} غيّر الاسم أو تاريخ الانتهاء هنا لتغيير ذلك المفتاح؛ ولن يحدث له أي شيء آخر.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>حساب XWMS هذا على الاشتراك المجاني. العملاء (ما يحتاجه الموقع لـ«تسجيل الدخول عبر XWMS») متاحون مع الحساب المدفوع: قم بترقية الحساب في لوحة تحكم XWMS، ثم سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>عنوان الخادم: هذا ليس عنوان ويب. اكتبه بالشكل https://xwms.example.com أو http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>عنوان API لـ XWMS: هذا ليس عنوان ويب. اكتبه بالشكل {url}، أو اترك العنوان الافتراضي.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>عنوان API لـ XWMS: يجب أن يبدأ بـ https:// (العنوان http:// مخصّص فقط لخادم اختبار على هذا الكمبيوتر)، لأن الفحص يرسل مفتاحك السري إليه.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>تعذّر بدء وضع التدريب: لم يبدأ خادم التدريب على هذا الكمبيوتر. {why} اضغط «إعادة المحاولة»؛ وإذا استمر الفشل، فأعد تشغيل الكمبيوتر أو اختر خادمًا مخصصًا في الصفحة الأولى.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>البريد الإلكتروني: اكتب عنوان البريد الإلكتروني الذي تستخدمه لتسجيل الدخول إلى XWMS.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>كلمة المرور: اكتب كلمة مرورك في XWMS.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>كلمة المرور: انتهت صلاحية بيانات الدخول التي احتفظ بها هذا الكمبيوتر لـ {email}. اكتب كلمة مرورك في XWMS لتسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: الصق Client ID في صفحة «العميل» أولًا؛ فالمفتاح السري يُحفظ تحته.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>لم يتم اختيار وضع الحساب الحقيقي: ارجع إلى الصفحة الأولى واختره.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>المفتاح السري: ليس لدى المعالج مفتاح سري لـ Client ID هذا. ارجع إلى صفحة «المفتاح السري» والصق المفتاح السري من لوحة تحكم XWMS.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>لم يتم التحقق: تعذّر على المعالج الوصول إلى XWMS على {host} من كمبيوتر المالك، لذا لم يؤكد أحد بعد أن هذه الإعدادات تعمل</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>المجلد: لا يوجد ملف {name} قابل للقراءة في {folder}. اختر المجلد الذي أنشأه المعالج لمطوّرك (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>سجّل الدخول أولًا: ارجع إلى صفحة «الحساب».</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>معالج إعداد XWMS</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>إعداد XWMS</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء (&amp;F)</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>كان يجري إعداد العميل «{client}» للموقع {domain}{where}. تابعه لإكمال الأجزاء الناقصة؛ لن يُنشأ أي شيء مرتين. اختر «البدء من جديد» لتجاهله وبدء إعداد جديد.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (توقّف عند: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>لا يزال المعالج يعمل. إذا أغلقته الآن فسيتوقف بأمان؛ وفي المرة القادمة التي تفتح فيها المعالج سيعرض عليك المتابعة من حيث توقّف، ولن يُنشأ أي شيء مرتين.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>لا توجد سلسلة مفاتيح في هذا الكمبيوتر، لذا لا يوجد المفتاح السري إلا في هذه النافذة. إذا أغلقتها الآن دون تصدير مجلد التسليم (مع المفتاح السري)، فسيضيع وستضطر إلى إنشاء مفتاح جديد.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>لا تنتهي صلاحيته</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>انتهت صلاحيته في {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>تنتهي صلاحيته اليوم</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>تنتهي صلاحيته غدًا</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>تنتهي صلاحيته بعد %n يوم ({date})</numerusform>
            <numerusform>تنتهي صلاحيته بعد يوم واحد ({date})</numerusform>
            <numerusform>تنتهي صلاحيته بعد يومين ({date})</numerusform>
            <numerusform>تنتهي صلاحيته بعد %n أيام ({date})</numerusform>
            <numerusform>تنتهي صلاحيته بعد %n يومًا ({date})</numerusform>
            <numerusform>تنتهي صلاحيته بعد %n يوم ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>لم يُفحص: ليس لدى الموقع مفتاح يعمل</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>لم يُفحص: قيمة مفتاحه ليست على هذا الكمبيوتر (افحصه باستخدام `xwms-wizard verify` حيث يوجد ملف .env)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>لم يُفحص: ليس لدى الموقع رابط عودة</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>ليس لدى {site} مفتاح سري، لذا لا يمكن لأحد تسجيل الدخول هناك بعد.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>أُبطِل المفتاح «{label}» الخاص بـ {site}، وليس لدى الموقع مفتاح آخر: توقّف تسجيل الدخول هناك.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>انتهت صلاحية المفتاح «{label}» الخاص بـ {site} في {date}: توقّف تسجيل الدخول هناك.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>المفتاح «{label}» الخاص بـ {site}: {expiry}. عندها يتوقف تسجيل الدخول.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>رفضت XWMS فحص تسجيل الدخول لـ {site}: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>إعدادك</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>حال «تسجيل الدخول عبر XWMS» لديك، وما يمكنك فعله الآن.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>اختر العميل الذي تريد الاطلاع عليه. يقرؤه المعالج من XWMS ويجرّب تسجيل الدخول لكل موقع باستخدام المفتاح السري الذي يحتفظ به هذا الكمبيوتر (لا يُسجَّل دخول أي أحد، ولا يتغيّر أي شيء). ما يحتاج إلى انتباهك يأتي أولًا، ومع كل بند طريقة إصلاحه.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>العميل المراد عرضه</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>العميل (&amp;C):</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>حالة الإعداد</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>تجديد المفتاح (&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>تجديد المفتاح السري دون انقطاع</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>تغيير هذا الإعداد (&amp;H)…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>تغيير المواقع أو أزرار التبديل أو الصلاحيات</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>إبطال مفتاح (&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>إبطال مفتاح سري تسرّب</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>الأشخاص والوصول (&amp;P)…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>من سجّل الدخول، والمُختبِرون، والشريك الموثّق (Verified Partner)، والأعضاء</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>جارٍ قراءة عملائك…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>لا يوجد في هذا الحساب أي عميل بعد. ارجع إلى الصفحة الأولى واختر «إعداد تسجيل الدخول عبر XWMS لموقع» لإنشاء عميل.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>جارٍ فحص {name} لدى XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ كل شيء على ما يرام: كل المواقع تعمل ولا تنتهي صلاحية أي مفتاح خلال 30 يومًا.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>يحتاج إلى انتباهك:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>«{label}» (ينتهي بـ {hint}): {expiry}؛ يستخدمه {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>لا يوجد موقع</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>رقم XWMS الخاص بالشخص فقط</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>يمكنه قراءة</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>المفاتيح السرية</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>تسجيل الدخول {login}، API {api}، {active}، وضع الاختبار {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ تسجيل الدخول يعمل: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ تسجيل الدخول لا يعمل: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>يعود إلى: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>أصلح ما تذكره XWMS، أو اختر «تغيير هذا الإعداد».</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>اختر «تغيير هذا الإعداد»: سيُنشئ المعالج مفتاحًا ويربطه.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>اختر «تجديد المفتاح»: يعمل المفتاح الجديد قبل أن يتوقف القديم.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>هل تريد إبطال المفتاح «{label}» (الذي ينتهي بـ {hint})؟ سيتوقف عن العمل فورًا: يتوقف تسجيل الدخول على {sites} إلى أن يُربط مفتاح جديد ويحصل عليه مطوّرك. بعد ذلك، اختر «تجديد المفتاح» أو «تغيير هذا الإعداد» لإنشاء مفتاح جديد.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>إبطال هذا المفتاح؟</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>إبطاله</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>جارٍ إبطال المفتاح…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>المراجعة والإنشاء</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>إعدادك</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>تجديد المفتاح</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>الأشخاص والوصول</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>التحقق من إعدادي</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (الخطوة الحالية)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>إنشاء العميل</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>إضافة الموقع (النطاق)</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>رفع الشعار</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>تسجيل رابط العودة (callback URL)</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>اختيار ما يمكن للموقع قراءته (scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>إنشاء المفتاح السري</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>ربط المفتاح السري بالموقع</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>التحقق من أن كل شيء يعمل</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>إبطال المفتاح السري القديم</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>العثور على العميل والموقع</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>التقدّم لتصبح شريكًا موثّقًا (Verified Partner)</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>دعوة الأعضاء</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>فاصل أسطر</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>علامة جدولة (Tab)</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>حرف يشبه المسافة</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>حرف غير مرئي</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>اكتب اسمًا كنص، مثل «mycompany-main-app».</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>جرّب {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>يُرجى كتابة اسم لهذا الاتصال، مثل «mycompany-main-app».</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name} يحتوي على أحرف كبيرة. استخدم الأحرف الصغيرة فقط.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name} يحتوي على مسافات. استخدم الشرطات بين الكلمات بدلًا منها.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name} يحتوي على {character}. استخدم فقط الأحرف اللاتينية الصغيرة والأرقام والشرطات.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>يجب أن يبدأ {name} بحرف.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} قصير جدًا. الحد الأدنى لعدد الأحرف: {least}.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>عدد أحرف الاسم {length}، والحد الأقصى {most}. اجعله أقصر.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>لديك بالفعل عميل اسمه {name}. اختره من قائمة العملاء الموجودين لتضيف إليه، أو اختر اسمًا آخر، مثل {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>لديك بالفعل عميل اسمه {name}. اختره من قائمة العملاء الموجودين لتضيف إليه، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>استخدم فقط الأحرف اللاتينية الصغيرة والأرقام والشرطات.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>يحتوي {host} على أحرف لا يمكن أن تكون جزءًا من عنوان ويب.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>يحتوي {host} على جزء فارغ (نقطتان متتاليتان، أو نقطة في البداية).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>الجزء {part} ليس اسمًا دوليًا صالحًا.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>يحتوي {host} على {character}. لا يحتوي عنوان الويب إلا على أحرف وأرقام وشرطات ونقاط.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>الجزء {part} يبدأ أو ينتهي بشرطة؛ احذفها.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>لا يمكن استخدام الجزء {part} في عنوان ويب.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>عدد أحرف الجزء {part} هو {length}؛ والحد الأقصى لكل جزء بين النقاط {most}.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>لم نتمكن من قراءة عنوان موقع في {text}.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>لم نعثر على عنوان موقع في {text}.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>اكتب العنوان كنص، مثل example.com.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>يُرجى كتابة عنوان موقعك، مثل example.com.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>يحتوي {text} على {character}. اكتب العنوان بدونه.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>يبدو {text} عنوان بريد إلكتروني. اكتب عنوان موقعك بدلًا منه، مثل example.com.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>اكتب العنوان فقط، مثل example.com.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} عنوان IP، وليس عنوان موقع. اكتب اسم موقعك هنا (مثل example.com) وضع عنوان IP في حقل «عنوان IP للخادم».</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>اكتب عنوانًا مثل example.com.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>«localhost» يعني هذا الكمبيوتر، وليس موقعًا. اكتب عنوان موقعك، مثل example.com؛ وللاختبار على هذا الكمبيوتر، فعّل «وضع الاختبار» واستخدم رابط عودة على localhost.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} ليس عنوان موقع كاملًا. أضف امتداده، مثل {name}.com أو {name}.nl.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>ينتهي {text} برقم. ينتهي عنوان الموقع باسم، مثل .com أو .nl؛ أما عنوان IP فمكانه حقل «عنوان IP للخادم».</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>عدد أحرف العنوان {length}، والحد الأقصى {most}. تأكد من أنك كتبت عنوان موقعك فقط.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>حوّلنا {text} إلى {value}.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} عنوان دولي؛ ويُحفظ بالشكل {value}، وهو الشكل الذي يستخدمه الإنترنت.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>هل تقصد {hint}؟ النطاق الرئيسي هو عادةً العنوان بدون «www.»؛ ويمكن أن يبقى رابط العودة على www.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>اكتب اسمًا بحروف لاتينية، مثل اسم متجرك.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>يحتاج الاسم إلى حروف، وليس أرقامًا فقط. اكتب اسمًا بحروف من a إلى z، مثل اسم متجرك.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>لا يستطيع المعالج إنشاء اسم من {text}. اكتب اسمًا بحروف من a إلى z، مثل اسم متجرك.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>تابع الكتابة: يحتاج الاسم إلى {least} أحرف أو أرقام على الأقل.</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>يبدأ الاسم بحرف، لذا حذف المعالج {part} من البداية.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>عنوان موقعك هو {root}. يُفتح موقعك على {site}، لذا يبقى رابط العودة هناك.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>يحتفظ المعالج بعنوان الموقع فقط؛ ولا حاجة إلى {path} هنا. ويمكن أن تكون صفحة تسجيل الدخول في أي مكان على موقعك.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>اكتب عنوانًا واحدًا فقط: العنوان الذي يتصل منه خادمك بـ XWMS.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>اكتب العنوان كنص، مثل 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>يحتوي {text} على {character}. احذفه.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} مجموعة من العناوين. اكتب العنوان الوحيد لخادمك، بدون الجزء «/».</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>اكتب العنوان بدون الجزء «%{zone}».</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>أزلنا الأقواس المربعة: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>يتضمن {text} رقم منفذ. اكتب العنوان بدون «:port».</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} ليس عنوان IP. يبدو عنوان IP هكذا: 203.0.113.10 (أو في IPv6: 2001:db8::10)؛ ويمكن لشركة الاستضافة أن تخبرك بعنوانك.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>حوّلنا {text} إلى {value}، وهو العنوان نفسه بشكله المعتاد.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>كتبنا {text} بشكله المعتاد: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} ليس عنوان كمبيوتر واحد. اكتب عنوان IP العام لخادمك.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} يعني «هذا الكمبيوتر نفسه». ترى XWMS العنوان العام لخادمك، لذا ستُرفض الطلبات؛ استخدم عنوان IP العام لخادمك.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} يعمل فقط داخل شبكة محلية واحدة. ترى XWMS العنوان العام لخادمك، لذا ستُرفض الطلبات؛ استخدم عنوان IP العام لخادمك.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} عنوان خاص أو محجوز، وليس عنوانًا عامًا. ترى XWMS العنوان العام لخادمك، لذا ستُرفض الطلبات؛ استخدم عنوان IP العام لخادمك (يمكن لشركة الاستضافة أن تخبرك به).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>لم نتمكن من قراءة {url} كعنوان ويب. تحقّق منه.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>جزء الموقع مفقود بعد {scheme}://.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>اكتب العنوان كنص.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>يُرجى كتابة العنوان الكامل، مثل {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>يحتوي العنوان على {character}. احذفه.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>عدد أحرف العنوان {length}، والحد الأقصى {most}.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>الرموز العامة («*») غير مسموحة: تقارن XWMS العنوان بدقة. اكتب العنوان الكامل الوحيد الذي يستخدمه موقعك.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>يجب أن يبدأ العنوان بـ https://. مثلًا {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>يجب أن يبدأ العنوان بـ https://.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>يحتوي العنوان على {character}، ولا يمكن أن يحتوي عنوان الويب عليه.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>احذف الجزء الذي يبدأ من «#». تضيف XWMS رمز الدخول (token) إلى العنوان، والجزء «#» سيخفيه عن موقعك.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>يجب أن تتبع علامة «%» رقمان ست عشريان (مثل %20). تحقّق منه.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>يجب أن يبدأ العنوان بـ https://، وليس بـ {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>احذف اسم المستخدم أو كلمة المرور (الجزء الذي يسبق «@»). لا تضع كلمة مرور في عنوان أبدًا.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>يجب أن يكون رقم المنفذ (بعد «:») رقمًا من 1 إلى 65535، أو أن يُحذف.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>احذف النقطة الموجودة في نهاية جزء الموقع من العنوان.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>العناوين على هذا الكمبيوتر (localhost) تعمل فقط في وضع الاختبار. فعّل «وضع الاختبار» لهذا النطاق، أو استخدم عنوانًا على موقعك.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>استخدم اسم موقعك في العنوان، وليس عنوان IP، مثل {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>استخدم اسم موقعك في العنوان، وليس عنوان IP.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>جزء الموقع يتجاوز الحد الأقصى لعدد الأحرف ({most}).</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>املأ أولًا عنوان موقع صالحًا (النطاق الرئيسي)؛ يجب أن يكون هذا العنوان عليه.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} ليس على موقعك {root}. استخدم عنوانًا على {domain} أو أحد نطاقاته الفرعية، مثل {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>استخدم https:// (عنوان آمن). العنوان العادي http:// يعمل فقط مع localhost في وضع الاختبار.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>حُفظ بالشكل {url}: العنوان نفسه، مع كتابة الاسم الدولي بالطريقة التي تحفظه بها XWMS. يمكن لموقعك إرسال أيٍّ من الكتابتين.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>يحتوي على أحرف كبيرة في بدايته. تقارن XWMS العنوان بدقة، لذا يجب أن يرسله موقعك مكتوبًا بهذا الشكل تمامًا.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>اكتبه كنص.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>يحتوي على {character}. اجعله في سطر واحد.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>عدد أحرفه {length}، والحد الأقصى {most}. اجعله أقصر.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>ليس صورة PNG أو SVG</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>اختر ملف الصورة مرة أخرى.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>يحتوي اسم الملف على حرف غير مرئي. اختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>لا يمكننا العثور على الملف {file}. اختر الصورة مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} مجلد، وليس صورة. اختر ملف الصورة.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>حجم الصورة {size} MB؛ والحد الأقصى 1 MB. احفظ نسخة أصغر (شعار بحجم 512 × 512 بكسل كافٍ تمامًا).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>الملف {file} فارغ. اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>لم نتمكن من فتح {file}. تأكد من أن لديك إذن قراءته، أو انسخه إلى مجلد «المستندات» واختره من هناك.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>الملف {file} {kind}. تقبل XWMS صور PNG أو SVG: احفظ شعارك بصيغة PNG واختر ذلك الملف.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} ليس تاريخًا يمكننا قراءته. اكتبه بالشكل سنة-شهر-يوم، مثل {year}-12-31، أو اتركه فارغًا لمفتاح سري لا تنتهي صلاحيته.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>اكتب التاريخ بالشكل سنة-شهر-يوم، مثل 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} هو اليوم. اختر تاريخًا بعد اليوم، أو اتركه فارغًا لمفتاح سري لا تنتهي صلاحيته.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} قد مضى. اختر تاريخًا بعد اليوم، أو اتركه فارغًا لمفتاح سري لا تنتهي صلاحيته.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>يتوقف المفتاح السري عن العمل بعد %n يوم ({date}). يجب أن يستبدله مطوّرك قبل ذلك؛ والتاريخ اللاحق يمنح وقتًا أطول.</numerusform>
            <numerusform>يتوقف المفتاح السري عن العمل بعد يوم واحد ({date}). يجب أن يستبدله مطوّرك قبل ذلك؛ والتاريخ اللاحق يمنح وقتًا أطول.</numerusform>
            <numerusform>يتوقف المفتاح السري عن العمل بعد يومين ({date}). يجب أن يستبدله مطوّرك قبل ذلك؛ والتاريخ اللاحق يمنح وقتًا أطول.</numerusform>
            <numerusform>يتوقف المفتاح السري عن العمل بعد %n أيام ({date}). يجب أن يستبدله مطوّرك قبل ذلك؛ والتاريخ اللاحق يمنح وقتًا أطول.</numerusform>
            <numerusform>يتوقف المفتاح السري عن العمل بعد %n يومًا ({date}). يجب أن يستبدله مطوّرك قبل ذلك؛ والتاريخ اللاحق يمنح وقتًا أطول.</numerusform>
            <numerusform>يتوقف المفتاح السري عن العمل بعد %n يوم ({date}). يجب أن يستبدله مطوّرك قبل ذلك؛ والتاريخ اللاحق يمنح وقتًا أطول.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>الصق المفتاح السري كنص.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>لم يُلصق أي شيء. انسخ المفتاح السري من لوحة تحكم XWMS والصقه هنا.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>ما لصقته يمتد على أكثر من سطر، لذا فهو أكثر من المفتاح السري. انسخ المفتاح السري وحده من لوحة تحكم XWMS والصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>ما لصقته يحتوي على حرف غير مرئي (مثل علامة الجدولة Tab). انسخ المفتاح السري وحده من لوحة تحكم XWMS والصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>يحتوي على مسافة. لا تحتوي المفاتيح السرية على مسافات؛ تأكد من أنك نسخت المفتاح السري وحده.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>الصق {label} كنص.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>يُرجى لصق {label} الذي تعرضه لوحة تحكم XWMS.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>يحتوي على {character}. انسخ {label} وحده من لوحة تحكم XWMS والصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>عدد أحرف ما لصقته {length}، وهو أطول بكثير من {label}. انسخ المعرّف (ID) وحده والصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>حدّد الصلاحيات كقائمة، مثل [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>قيمة ليست نصًا</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} ليس اسم صلاحية. أسماء الصلاحيات كلمات قصيرة بأحرف صغيرة، مثل «profile» أو «userinfo».</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>مفقود. اكتب عنوان البريد الإلكتروني الذي يستخدمه الشخص لحسابه في XWMS.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} ليس عنوان بريد إلكتروني. اكتبه بهذا الشكل name@example.com: العنوان الذي يستخدمه الشخص لحسابه في XWMS.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} ليس دورًا يعرفه المعالج. استخدم أحد هذه الأدوار: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>فارغ. اذكر الصلاحيات التي تتقدّم بطلبها، مثل scopes = [&quot;payments&quot;]، أو احذف قسم [verification].</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} غير موجود في keys تحت [scopes] في الخطة. أضفه هناك أيضًا: فالطلب يخص الصلاحيات التي سيستخدمها الموقع.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes} لا يتطلب شريكًا موثّقًا (Verified Partner): يمكن لأي أحد استخدامه. تقدّم بطلب لـ {locked} فقط، أو احذف قسم [verification].</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>لا يمكن استخدام {scopes} إلا من قِبل شريك موثّق (Verified Partner)، وهذا الحساب ليس شريكًا موثّقًا بعد. أضف قسم [verification] يحتوي على scopes = [{first}] وملاحظات توضّح فيمَ يستخدمه موقعك، أو اتركه خارج [scopes] الآن.</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>هذا الخادم لا يوفّر {unknown}. الصلاحيات التي يوفّرها: {known}. غيّر القائمة في الخطة (أو اتركها فارغة).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>إعداد تسجيل الدخول عبر XWMS</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>جهّز موقعك لـ«تسجيل الدخول عبر XWMS» في بضع خطوات.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS خدمة لتسجيل الدخول: يسجّل الناس الدخول إلى موقعك بحسابهم في XWMS بدلًا من كلمة مرور جديدة. وكي يعمل ذلك، يجب أن تعرف XWMS موقعك. يعرّف هذا المعالج XWMS بموقعك خطوة بخطوة، ويتحقق في النهاية من أن كل شيء متوافق.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>يُنشئ هذا المعالج كل ما تحتاجه XWMS لموقعك: عميلًا (client، وهي الكلمة التي تستخدمها XWMS لاتصال موقعك بها)، وعنوان موقعك، وما يمكن لموقعك قراءته عن الأشخاص الذين يسجّلون الدخول، ومفتاحًا سريًا. ثم يُنشئ مجلدًا لمطوّرك فيه كل ما يحتاجه لإضافة زر تسجيل الدخول.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>ما تحتاج إليه: عنوان موقعك (مثل example.com). ولموقعك الحقيقي تحتاج أيضًا إلى حساب XWMS مدفوع. هل تريد أن ترى كيف يعمل أولًا؟ اختر «التدريب»: لن يتغيّر أي شيء حقيقي.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>أين تريد إعداده؟</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>إعداد تسجيل الدخول عبر XWMS لموقع (&amp;W)</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>إعداد تسجيل الدخول عبر XWMS لموقع</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>فحص إعداد لديّ أو تغييره (&amp;H) (تجديد مفتاح، إضافة موقع …)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>فحص إعداد موجود أو تغييره</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>التدريب على هذا الكمبيوتر (ابدأ من هنا) (&amp;P)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>التدريب على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>يعمل خادم XWMS للتدريب على هذا الكمبيوتر. كل شيء يعمل كما في الحقيقة، لذا يمكنك تجربة كل خطوة بأمان.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>حسابي الحقيقي على XWMS (&amp;L) (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>حسابي الحقيقي على XWMS</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>لموقعك الحقيقي. يُريك المعالج خطوة بخطوة أين تنقر في لوحة تحكم XWMS، ثم يتحقق لدى XWMS من أن كل شيء يعمل. تحتاج إلى حساب XWMS مدفوع.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>خادم مخصص (&amp;C)</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>خادم مخصص</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>خادم تدريب أو خادم إدارة لـ XWMS في مكان آخر. يعطيك مطوّرك عنوانه.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>مثل https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>عنوان الويب للخادم الذي أعدّه مطوّرك، مثل https://xwms.example.com أو http://127.0.0.1:8765. يضيف المعالج /api/ في النهاية إذا كان ناقصًا.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>اللغة (&amp;G):</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>لغة المعالج</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>عنوان الخادم: اكتب العنوان الذي أعطاك إياه مطوّرك.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>سيستخدم المعالج {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>النطاق الرئيسي</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>عنوان IP للخادم</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>الاسم الداخلي</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>إعداد Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>إعداد Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>إعداد Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>إعداد Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>إعداد Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>الرابط الاحتياطي</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>اسم المفتاح السري</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>المفتاح السري المراد ربطه</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>الجزء {number} من {total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(اتركه فارغًا)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>نسخ {field}</translation>
    </message>
</context>
</TS>
