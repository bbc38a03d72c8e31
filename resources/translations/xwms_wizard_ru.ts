<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>Ваш аккаунт XWMS</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>Мастер работает в вашем аккаунте XWMS за вас — так же, как вы бы работали в панели управления XWMS. В учебном режиме он использует демо-аккаунт на учебном сервере, так что вводить ничего не нужно. Для своего сервера войдите с адресом эл. почты и паролем аккаунта на этом сервере; мастер хранит данные для входа в хранилище паролей этого компьютера, а не в файле.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>В учебном режиме на этом компьютере запускается небольшой сервер XWMS, и мастер входит в его демо-аккаунт (owner@example.com). Всё, что вы там создадите, остаётся на этом компьютере, и позже к этому можно вернуться.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>&amp;Забыть сохранённый вход</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>Забыть данные для входа, сохранённые на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>Войдите в свой аккаунт на этом сервере.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Сервер: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>В учебный аккаунт мастер входит сам.</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>Изменения вы вносите сами в панели управления XWMS, а мастер подсказывает, что делать.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>Этот компьютер сохранил ваш вход с прошлого раза: нажмите «Войти», пароль не нужен.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>Эл. почта: это ещё не адрес эл. почты (не хватает @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>Запуск учебного сервера и вход…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Вход в {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ Вы вошли как {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ Вы вошли в учебный аккаунт.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>Остановлено. Нажмите «Повторить», чтобы войти, или вернитесь «Назад», чтобы выбрать другой способ.</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>Дополнительные настройки XWMS</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>Адрес API XWMS</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>Адрес, по которому мастер проверяет вашу настройку. Оставьте его как есть ({default}), если только XWMS или ваш разработчик не дадут вам другой.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>Пусто: мастер использует {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>Мастер будет использовать {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) уже существует</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} уже был; обновлено: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) уже существует</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>Не удалось прочитать файл логотипа {file}. Выберите файл ещё раз.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} уже является логотипом сайта</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} был зарегистрирован, но выключен; теперь включён</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} уже зарегистрирован</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>команда XWMS одобрила {scopes}</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>заявка {id} ждёт ответа команды XWMS</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>Команда XWMS отклонила эту заявку на {scopes}: {reason} Ответьте на это в примечаниях в разделе [verification] или уберите эти разрешения, а затем снова выполните команду.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>у этого аккаунта уже есть статус проверенного партнёра (Verified Partner) для {scopes}</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>заявка {id} отправлена; команда XWMS одобрит её или объяснит, почему нет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} — после одобрения командой XWMS</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>уже настроено: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>уже участники: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (сохранён в хранилище паролей)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (пока только в памяти)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>ключ уже привязан</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>привязан к {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>нет старого ключа, который нужно отозвать</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>старый ключ уже был отозван</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>отозван ключ, который заканчивается на {hints}</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>Не проверено: значения ключа нет на этом компьютере. Проверьте командой `xwms-wizard verify` там, где хранится ключ.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>Данные для входа верны. XWMS принимает запросы только с адреса вашего сервера, поэтому последняя проверка выполняется на сервере: она описана в папке для разработчика.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS принял данные для входа и адрес возврата: вход готов к работе.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>Остановить то, что сейчас делает мастер</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Домен:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>Адрес возврата:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Разрешения:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (заканчивается на {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>Адрес API:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Ожидает:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, когда команда XWMS одобрит заявку {id}</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>Эл. почта: укажите адрес эл. почты аккаунта в --email (пароль берётся из {variable} или запрашивается).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>Пароль: задайте переменную окружения {variable} или запустите команду в терминале, чтобы ввести пароль.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Пароль для {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
Ничего не изменено. Выполните ту же команду с --new-secret, чтобы создать новый ключ (старый будет отозван, как только заработает новый), или с --keep-secret, чтобы оставить старый и не добавлять ключ в папку для разработчика.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому новый секретный ключ потеряется, когда команда завершится. Ничего не изменено. Выполните её с --export DIR --include-secret: тогда ключ попадёт в файл .env папки для разработчика — это его единственная копия.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>Что изменит этот запуск:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>Примечание: значения секретного ключа нет на этом компьютере, поэтому в папку для разработчика он не попадает (как и просит --keep-secret).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>В плане {plan} найдена %n проблема:</numerusform>
            <numerusform>В плане {plan} найдены %n проблемы:</numerusform>
            <numerusform>В плане {plan} найдено %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>Запуск учебного сервера...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>Вход в {url} выполнен как {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>Остановлено на шаге «{step}»: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Выполните ту же команду ещё раз, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>Всё уже было; ничего нового не создано.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>Сравнение плана с сервером</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>Создание папки для разработчика</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>Папка для разработчика записана в {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>Копия в ZIP: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>Примечание: на этом компьютере нет хранилища паролей, поэтому новый секретный ключ есть только в файле .env папки для разработчика. Храните этот файл в надёжном месте.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>Примечание: на этом компьютере нет хранилища паролей, а ключ в папку для разработчика не попадает (нет --include-secret), поэтому значение нового ключа нигде не сохранено. Когда он понадобится разработчику, выполните ту же команду с --new-secret --include-secret.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>Измените {field} в плане и выполните команду ещё раз: она продолжит с места остановки.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>Если запустить команду без изменений, она снова остановится здесь: сначала сделайте то, что сказано в строке выше. Всё, что уже создано, сохранится, и следующий запуск продолжит с этого места.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Остановлено. Выполните ту же команду ещё раз, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>{name} доступен по адресу {url}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>ОК: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>Пока не работает: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>Файла {path} нет. Укажите путь к файлу .env через --env.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>В {path} нет значения для {keys}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>Секретный ключ часто специально не кладут в папку для разработчика: вставьте его после XWMS_CLIENT_SECRET= (в одинарных кавычках) и запустите команду ещё раз.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>Не удалось проверить: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>Этот список шагов сохранён в {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому новый секретный ключ потеряется, когда команда завершится. Ничего не изменено. Выполните её с --export DIR --include-secret: тогда ключ попадёт в файл .env папки для разработчика — это его единственная копия.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>Старый ключ отозван; теперь работает только новый.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>Старый ключ тоже пока работает. Передайте разработчику новый ключ; когда сайт начнёт им пользоваться, выполните ту же команду с --revoke-old, чтобы отключить старый.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>вход {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>основной сайт</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>тестовый режим {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>Исправьте то, о чём XWMS пишет выше, и снова выполните status.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>Создайте и привяжите ключ: xwms-wizard apply PLAN.toml (или страница «Секретный ключ» в мастере).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>Обновите ключ: xwms-wizard renew PLAN.toml или в мастере: «Проверить или изменить настройку», затем «Обновить ключ».</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Клиент {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>Сайт {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>адрес возврата: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>проверка: ОК, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>проверка: ОШИБКА, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>Может читать: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>нет сайта</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>Ключ «{label}» (заканчивается на {hint}): {expiry}; привязан к {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Всё в порядке.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Требует внимания:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: в этом аккаунте нет клиента с названием {name} (есть: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>В этом аккаунте пока нет клиентов: проверять нечего.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>Адрес сервера не похож на веб-адрес, с которым может работать мастер. Он должен выглядеть так: https://xwms.nl/api/ (или http://127.0.0.1:PORT/api/ для учебного сервера).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>В адресе сервера не должно быть имени пользователя или пароля. Удалите часть до знака @; данные для входа мастер спросит отдельно.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>На сервере XWMS произошла ошибка ({status}), и он не смог это завершить. Дело не в том, что вы ввели. Повторите через минуту.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>Сервер {host} не ответил за {seconds} с. Возможно, он занят или соединение медленное. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>его сертификат безопасности недействителен (возможно, истёк его срок, он самоподписанный или выдан на другое имя)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>сервер не установил защищённое (https) соединение; возможно, по этому адресу он не использует https</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>Мастеру не удалось установить защищённое соединение с {host}: {why}. Ничего не отправлено. Проверьте адрес сервера, включая http:// или https://; если он верный, попросите того, кто обслуживает этот сервер, исправить сертификат.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>Мастеру не удалось найти сервер {host}. Проверьте адрес сервера на опечатки и что этот компьютер подключён к интернету, затем повторите.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>Мастеру не удалось подключиться к серверу {host}. Проверьте, что этот компьютер подключён к интернету (для учебного сервера — что он ещё работает), затем повторите.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>Соединение с {host} прервалось до того, как пришёл весь ответ. Проверьте, что этот компьютер подключён к интернету, затем повторите.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>Назовите клиента</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>Клиент — это подключение вашего сайта к XWMS.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS называет «клиентом» каждый сайт или приложение, где есть «Войти через XWMS». Название нужно вам и вашему разработчику, чтобы различать клиентов; посетители его не видят. Введите любое название латиницей, например название вашего магазина: мастер превратит его в название, которое примет XWMS (строчные латинские буквы, цифры и дефисы), и покажет его под полем. Если вы уже создали клиента для этого сайта, лучше выберите его из списка: тогда мастер дополнит его.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>например, Pekarnya Smirnova</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>Введите что угодно латиницей, например название вашего магазина. XWMS нужно название из строчных латинских букв, цифр и дефисов, поэтому мастер составит его из того, что вы ввели («Pekarnya Smirnova &amp; Co.» станет «pekarnya-smirnova-co»), и покажет его прямо под полем. Это название и получит ваш клиент.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>&amp;Название клиента:</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>Использовать существующего клиента</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>Существующие клиенты</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>Клиенты, которых вы уже создали в этом аккаунте. Выберите одного из них, чтобы добавить к нему этот сайт (например, второй адрес того же магазина). Выберите «Создать нового клиента», чтобы начать с нуля.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>Или &amp;выбрать:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>Когда вы сохраните клиента, панель управления XWMS покажет его Client ID — код, по которому XWMS узнаёт вашего клиента. Скопируйте его там и вставьте сюда: он нужен мастеру, чтобы проверить настройку, и вашему разработчику тоже.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Код клиента (Client ID):</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>Вставьте сюда Client ID, когда панель управления его покажет (шаг 4).</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>Создать нового клиента</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>Читаем, что уже есть в «{name}»…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>Мастер добавит ваш сайт к существующему клиенту «{name}». Ничего из того, что в нём уже есть, не удаляется.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>В этом аккаунте пока нет клиентов.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>Ваш клиент будет называться {name}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>Создайте клиента</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>Добавьте сайт (домен)</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Зарегистрируйте адрес возврата</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>Выберите, что может читать ваш сайт (разрешения)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Создайте секретный ключ</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>Привяжите ключ к сайту</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>Root Domain</source>
        <translation>Root Domain (корневой домен)</translation>
    </message>
    <message>
        <source>Server IP Address</source>
        <translation>Server IP Address (IP сервера)</translation>
    </message>
    <message>
        <source>Internal Name</source>
        <translation>Internal Name (внутреннее имя)</translation>
    </message>
    <message>
        <source>Fallback URI</source>
        <translation>Fallback URI (резервный адрес)</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback URL (адрес возврата)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes (разрешения)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label (название)</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Название ключа</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>Войдите в панель управления XWMS и откройте My Clients.</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Нажмите Create Client.</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>Введите название клиента, указанное ниже, и сохраните.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>Скопируйте Client ID, который покажет панель управления, и вставьте его в мастер.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>В клиенте откройте Integrations, затем Domains, и нажмите New Domain.</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>Заполните значения ниже (если значения нет, оставьте поле пустым) и сохраните.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>Скопируйте Domain ID, который покажет панель управления, и вставьте его в мастер.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>Установите переключатели: Allow Login — {allow_login}, Allow API — {allow_api}, Active — {active}, Primary Domain — {primary}, Test Mode — {test_mode}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>В настройках домена, в разделе fallback, введите указанный ниже резервный адрес (Fallback URI).</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>Загрузите логотип (PNG или SVG, не больше 1 МБ) на странице домена.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>На странице домена откройте Domain URLs и добавьте URL.</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>Вставьте адрес возврата ниже точно как есть, выберите тип Callback и убедитесь, что включено Active.</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>В клиенте откройте Client Scopes.</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>Отметьте ровно эти разрешения и сохраните: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>В клиенте откройте Client Secrets и нажмите New Secret.</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>Заполните Label (название) и срок действия, затем сохраните.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>Заполните Label (название), срок действия оставьте пустым, затем сохраните.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>Панель управления показывает ключ только один раз: сразу скопируйте его в поле ключа в мастере. Не отправляйте его по почте и не сохраняйте в документе.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>Снова откройте домен {domain} и перейдите в Secret Connections.</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Нажмите Link Secret и выберите ключ с названием {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>Посмотреть, кто входил</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>Откройте My Clients, затем {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Откройте Integrations → Users: там список всех, кто входил через этого клиента, и через какой сайт.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>Пригласить тестировщика</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>В Integrations → Users отправьте запрос тестового пользователя (test user request) на адрес эл. почты тестировщика в XWMS.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>Тестировщик примет его при следующем входе; после этого он сможет попробовать вход на сайте в тестовом режиме (Test Mode).</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Заявка на статус Verified Partner</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Откройте Verification Center и создайте новую заявку.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>Выберите свой сайт ({domain}) и разрешения, для которых нужен статус Verified Partner, и напишите в примечаниях, зачем они вашему сайту.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>Команда XWMS одобрит или отклонит заявку; после одобрения эти разрешения можно добавить клиенту.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>Дать разработчику доступ как участнику</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Откройте Members and Roles. Создайте роль только с тем, что нужно разработчику (например, управление доменами, ключами и разрешениями).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>Добавьте разработчика как участника с этой ролью по его собственному адресу эл. почты в XWMS. Он входит со своим аккаунтом: никогда не сообщайте никому свой пароль.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>Что сделать в панели управления XWMS</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>Теперь сделайте это в панели управления XWMS, в браузере:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>Затем, всё там же в панели управления XWMS:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>«{label}» скопировано. Вставьте в панель управления.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>IP-адрес сервера</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Внутреннее имя</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Разрешить вход</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Разрешить API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Тестовый режим</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Резервный адрес</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>Ничего не изменится: на сервере всё это уже есть.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>Будет создан новый клиент «{name}».</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>Будет добавлен сайт {domain}.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>Будет загружен логотип.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>Будет зарегистрирован адрес возврата {url}.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>Будет включён адрес возврата {url}.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} ждёт ответа команды XWMS на вашу заявку; разрешение будет добавлено после одобрения.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>Команде XWMS будет отправлена заявка на статус проверенного партнёра (Verified Partner) для {scopes}; разрешение будет добавлено после одобрения.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>Разрешения: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>Разрешения: добавить {added}; убрать {removed}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>Разрешения: добавить {added}.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>Разрешения: убрать {removed}.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>{email} получит приглашение с ролью {role}.</translation>
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
        <translation>Ваш сайт</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Где люди будут входить через XWMS.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>Какой сайт</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>Сайты, которые уже есть у этого клиента, или новый, который нужно добавить.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>&amp;Какой сайт:</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Адрес сайта (корневой домен)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>&amp;Адрес сайта:</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>IP-адрес сервера (необязательно)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>IP-адрес &amp;сервера:</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>Необязательно. Интернет-адрес сервера, на котором работает ваш сайт, например 203.0.113.10. Если его указать, XWMS будет принимать запросы для этого сайта только с этого сервера, и украденный ключ нельзя будет использовать в другом месте. Адрес подскажет ваш хостинг-провайдер. Если не уверены, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>Внутреннее имя (необязательно)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>Вн&amp;утреннее имя:</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>Необязательно. Подпись, которую видите только вы в панели управления XWMS, например «Главный магазин» или «Тестовый сайт», чтобы различать свои сайты.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Адрес возврата</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>Адрес &amp;возврата:</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>После входа XWMS возвращает человека на эту страницу вашего сайта вместе с одноразовым кодом входа. Там этот код подхватывает программа вашего разработчика. Мастер подставляет обычный адрес; меняйте его, только если разработчик попросит другой. Адрес должен быть написан точно так, как его использует ваш сайт.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>Настройки этого сайта</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>Разрешить в&amp;ход: на этом сайте можно входить</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>Должно быть включено, чтобы на этом сайте работала кнопка «Войти через XWMS». Выключайте, только чтобы на время остановить вход.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>Ра&amp;зрешить API: сайт может запрашивать данные у XWMS</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>Позволяет серверу вашего сайта запрашивать у XWMS дополнительные данные о человеке, который вошёл (например, его адрес, если вы разрешите это на следующей странице). Оставьте включённым, если разработчик не скажет, что это не нужно.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>Ак&amp;тивен: XWMS принимает этот сайт</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>Если выключено, XWMS отказывает этому сайту во всём, как будто его нет. Оставьте включённым.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>&amp;Основной: это главный сайт клиента</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>У клиента может быть несколько сайтов. Основной — это главный адрес, он первым показывается в панели управления. Для первого сайта оставьте включённым.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>Тестовый &amp;режим: это не настоящий сайт</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>Включите для тестовой копии сайта или для компьютера разработчика (тогда работают и адреса, начинающиеся с http://localhost). Для сайта, которым пользуются ваши посетители, оставьте выключенным.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS возвращает людей только на сайты, которые он знает. Здесь вы сообщаете ему адрес своего сайта; мастер сам подставит страницу, на которую люди возвращаются после входа (адрес возврата, callback URL). Всё остальное — в разделе «Дополнительно», и для большинства сайтов там уже всё настроено правильно.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>Адрес вашего сайта, например example.com. Вход работает на этом адресе и его поддоменах (например, www.example.com или shop.example.com). Можно вставить полный адрес из браузера: мастер оставит только нужную часть и сообщит вам об этом.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>Что находится в разделе «Дополнительно»</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>Резервный адрес (необязательно)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>Р&amp;езервный адрес:</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>Необязательно. Куда XWMS отправит человека, если при входе что-то пойдёт не так (например, он отменит вход), — например, на главную страницу. Правила те же, что и для адреса возврата. Если пусто, XWMS покажет своё сообщение.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Файл логотипа (необязательно)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Выберите файл логотипа</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>Необязательно. Ваш логотип на странице входа XWMS, чтобы люди видели, что входят именно на ваш сайт. Изображение PNG или SVG не больше 1 МБ.</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>Когда вы сохраните домен, панель управления XWMS покажет его Domain ID — код, по которому XWMS узнаёт ваш сайт. Скопируйте его там и вставьте сюда: он нужен вашему разработчику.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>Вставьте сюда Domain ID, когда панель управления его покажет (шаг 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>Добавить новый сайт</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (основной сайт)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} уже есть у клиента «{client}»: вы видите его настройки в том виде, в каком они сохранены в XWMS. Меняйте только то, что хотите изменить.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>Если включить «Основной», этот сайт станет основным у «{client}» вместо {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>У «{client}» уже есть основной сайт — {main}. Переключатель «Основной» выключен, поэтому основным останется он; включите его, чтобы основным стал этот сайт.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>На эту страницу вашего сайта люди возвращаются после входа; оставьте её такой, как подставил мастер, если разработчик не попросит другую.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>Вход вкл.</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>Вход выкл.</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API вкл.</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API выкл.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>не активен</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>основной сайт</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>не основной сайт</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>тестовый режим вкл.</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>тестовый режим выкл.</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — подходит для большинства сайтов.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>Если «Разрешить вход» выключено, на этом сайте никто не сможет войти.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>Если «Активен» выключено, XWMS отказывает этому сайту во всём.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>Теперь передайте всё разработчику.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>Ваша часть сделана. Разработчик добавит на ваш сайт кнопку «Войти через XWMS» с помощью папки, которую создал мастер. Файл HANDOFF.md в ней объясняет ему каждый шаг, включая проверку, которую можно запустить с вашего сервера.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>Отправьте разработчику ZIP-файл &lt;b&gt;{zip}&lt;/b&gt; самой новой папки {folder}.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Отправьте разработчику ZIP-файл &lt;b&gt;{zip}&lt;/b&gt; (или папку {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Отправьте разработчику самую новую папку: &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Отправьте разработчику папку &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>Внутри лежит секретный ключ, поэтому отправляйте её безопасно: через общий менеджер паролей или по зашифрованной ссылке, а не обычным вложением в письмо. Удалите свою копию, когда разработчик её получит.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>Он хранится в хранилище паролей этого компьютера под именем «xwms-wizard».</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>Вы скопировали его на странице «Проверка и создание».</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>Секретного ключа в папке нет. Передайте его разработчику отдельно и другим способом, чем папку: продиктуйте по телефону или поделитесь через менеджер паролей. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>Разработчик действует по HANDOFF.md из папки. Когда вход на вашем сайте заработает, всё готово.</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>Папка помечена как «не проверено»: никто ещё не проверил, что эти настройки работают. Разработчик выполнит эту проверку с сервера вашего сайта, как описано в HANDOFF.md.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Это была тренировка: всё создано на учебном сервере на этом компьютере, а не в XWMS. Разработчик всё равно может попробовать вход на своём компьютере: в HANDOFF.md есть одна команда, которая запускает учебный сервер именно с этой настройкой, и небольшие примеры приложений, которые через него входят. Для настоящего сайта пройдите мастер ещё раз со своим аккаунтом XWMS.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>За этот сеанс мастер создал для разработчика такие папки в {folder}:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>За этот сеанс мастер создал для разработчика такие папки:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>самая новая (отправьте её): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>старая: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>Разработчику нужна только самая новая. Удалите старые, когда он её получит: в старых тоже есть секретный ключ.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>Разработчику нужна только самая новая; старые можно удалить.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Показать технические подробности</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>Что-то пошло не так. Повторите попытку; если ошибка не исчезнет, подробности ниже помогут разработчику найти причину.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>Сервер ответил так, что мастер не понял ответ, поэтому ничего из него не использовано. Проверьте, что адрес сервера верный (адрес XWMS заканчивается на /api/, например https://xwms.nl/api/), затем повторите.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>Секретный ключ «{label}» (заканчивается на {hint}) создан, но ответ с его значением не дошёл, а XWMS показывает значение ключа только один раз. Отзовите этот ключ (Integrations → Client Secrets) и создайте новый.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>значение недопустимо</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>XWMS не принял {label}: {why} Проверьте также: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>XWMS не принял {label}: {why} Исправьте и повторите.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>Папка для разработчика</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>Всё, что нужно разработчику, в одной папке.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>Мастер создаёт папку для разработчика с нужными ему настройками: файл .env с Client ID, сайтом, адресом возврата и адресом API, файл HANDOFF.md с инструкциями и безопасную копию без секретного ключа, которую можно хранить в коде. Эту папку вы отправляете разработчику.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>Где сохранить папку</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>Выберите, где сохранить папку</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>Добавить секретный &amp;ключ в файл .env</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>Добавить секретный ключ в файл .env</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>Секретный ключ в файле</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>Включено: файл .env полный, и разработчик может сразу начать работу, но тогда папку нужно отправить безопасно (например, через общий менеджер паролей или по зашифрованной ссылке), а не обычным вложением в письмо. Выключено: в файле остаётся пустое место для ключа, а ключ вы передаёте разработчику отдельно, например по телефону.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>Язык инструкций для разработчика</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>&amp;Язык инструкций:</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>Также создать &amp;архив .zip (его проще отправить)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>Также создать архив .zip</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>&amp;Создать папку</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>Этот компьютер не смог открыть папку. Она находится здесь:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Путь к папке</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ко&amp;пировать</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>Скопировать путь к папке</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>Инструкции предназначены для вашего разработчика, поэтому они есть только на английском или нидерландском. Всё остальное в папке одинаково на любом языке.</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>Секретного ключа нет на этом компьютере, поэтому его нельзя записать в файл. Разработчику нужно получить его оттуда, где он хранится.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>Любой, у кого окажется эта папка, сможет выдавать себя за ваш сайт. Отправляйте её только безопасным способом и удалите свою копию, когда разработчик её получит.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>Секретный ключ вы передадите разработчику отдельно; он хранится в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>Секретный ключ вы передадите разработчику отдельно; скопируйте его с предыдущей страницы, прежде чем закрыть мастер.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>Папка: выберите, где сохранить папку для разработчика.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>Такой папки ещё нет; мастер её создаст.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Создание папки…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ Сохранено в {path} вместо прежней папки</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ Сохранено в {path} рядом с прежней папкой</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Сохранено в {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>ZIP-файл: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>Скопировано. Вставьте туда, где ищете файлы, например в адресную строку окна с файлами.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>Использовать «{value}»</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>Использовать предложенное: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>ID плана</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Адрес сайта (корневой домен)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>IP-адрес сервера</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Адрес возврата</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Резервный адрес</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Внутреннее имя</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Разрешить вход</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Разрешить API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Основной сайт</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Тестовый режим</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Название ключа</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секретный ключ</translation>
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
        <translation>Адрес эл. почты участника</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Роль участника</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>Разрешения для Verified Partner</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>Примечания для команды XWMS</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (участник {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>Не удалось прочитать файл {name} из папки для разработчика: в нём нет объекта. Создайте папку заново в этой версии мастера.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>Не удалось прочитать файл {name} из папки для разработчика: это версия {version}, а этот мастер читает версию 1. Создайте папку заново в этой версии мастера.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>Не удалось прочитать файл {name} из папки для разработчика: какой-то записи не хватает или у неё неверный тип. Создайте папку заново в этой версии мастера.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>Папка для разработчика здесь уже есть: {name}. Ничего не записано; выберите, заменить её или оставить обе.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>Пока создавалась эта папка, в {folder} появилась другая с именем {name}. Ничего не перезаписано; создайте папку ещё раз.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>Секретный ключ нельзя записать в файл .env: его значения нет на этом компьютере (оно показывается только один раз, при создании, а в хранилище паролей этого компьютера его нет). Ничего не записано, и уже существующие папки не изменены. Создайте папку без ключа и передайте ключ разработчику отдельно или создайте новый ключ.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>Секретный ключ нельзя безопасно записать в файл .env, поэтому уже существующая папка {name} не заменена: в её файле .env пропал бы ключ. Оставьте обе папки или создайте папку без ключа и передайте ключ разработчику отдельно.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>В папке {folder} уже слишком много папок для разработчика для этого клиента за этот день (всего: {count}). Выберите другую папку или удалите старые.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>Не удалось создать папку для разработчика в {folder} ({reason}). Недописанных файлов не осталось. Проверьте, что папка существует, что у вас есть права на запись и что диск не заполнен, или выберите другую папку, затем повторите.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>в нём есть перенос строки</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>в нём есть невидимый управляющий символ</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>в нём есть повреждённый символ, который нельзя сохранить как текст</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>в нём есть одинарная кавычка (апостроф)</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>в нём есть обратная косая черта (\)</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>в нём есть знак доллара, за которым идёт открывающая фигурная скобка; некоторые программы принимают это за ссылку на другую настройку</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>в нём есть знак равенства, за которым идёт двойная кавычка; Laravel принимает это за начало значения на нескольких строках</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>Значение {key} нельзя безопасно записать в файл .env: {why}. Laravel, Node и Python прочитали бы его по-разному, поэтому мастер лучше не запишет его совсем, чем запишет неправильно. Задайте его на сервере вручную, как переменную окружения.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>в значении есть ${, которая нигде не закрывается</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>Файла {path} нет. Укажите путь к файлу .env, который нужно проверить.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>Не удалось открыть файл {path} ({reason}). Проверьте, что он существует и что у вас есть право его читать.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Файл {path} — не простой текст в UTF-8. Сохраните его в UTF-8 и повторите.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>строка не имеет вида ИМЯ=значение</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>значение открывает одинарную кавычку, но не закрывает её в той же строке</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>после закрывающей кавычки есть ещё текст</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Не удалось прочитать файл {source} в строке {line} ({key}): {reason}. Исправьте эту строку (или запишите значение в одинарных кавычках) и повторите.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Не удалось прочитать файл {source} в строке {line}: {reason}. Исправьте эту строку (или запишите значение в одинарных кавычках) и повторите.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>значение использует форму ${...}, которую эта программа не понимает (понимает только ${NAME})</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>значение ссылается на {name}, но выше в файле такого нет</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>значение открывает двойную кавычку, но нигде её не закрывает</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>Что это?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>Что это? {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS не позволяет программам вносить изменения в ваш аккаунт, поэтому вы вносите их сами в панели управления XWMS, а мастер точно говорит, куда нажимать. Входить в мастер не нужно.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>Что вам понадобится:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>Платный аккаунт XWMS. Клиенты (то, что нужно вашему сайту для входа через XWMS) доступны в платном тарифе.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>Панель управления XWMS, открытая в браузере, с входом в этот аккаунт. Кнопка ниже откроет её.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>Мастер и браузер рядом: вы копируете значения из мастера в панель управления, а обратно — три вещи (Client ID, Domain ID и секретный ключ).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>В конце мастер проверит вашу настройку в XWMS по адресу {url}. Ничего не отправляется, пока вы не нажмёте «Проверить настройку».</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>Проверить настройку</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>Мастер спросит XWMS, сходится ли всё, что вы сделали в панели управления.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>Проверка спрашивает у XWMS две вещи: доступен ли он с этого компьютера и принимает ли он вместе ваши Client ID, секретный ключ и адрес возврата. В вашем аккаунте XWMS ничего не меняется, так что проверять можно сколько угодно.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Что показала проверка</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>&amp;Проверить настройку</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>Проверить настройку ещё раз</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>П&amp;родолжить без проверки</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>Продолжить без проверки; папка будет помечена как непроверенная</translation>
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
        <translation>Значение секретного ключа</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>вставлено, хранится в хранилище паролей этого компьютера</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>нет: вернитесь «Назад» на страницу «Секретный ключ» и вставьте его</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>После проверки вы что-то изменили: снова нажмите «Проверить настройку».</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>Пока ничего не проверено. Когда выполните все шаги в панели управления, нажмите «Проверить настройку».</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>Связь с XWMS</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Проверка Client ID, секретного ключа и адреса возврата</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>верно, с замечанием</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>Проверка настройки в XWMS…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Нет ответа от {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>Или продолжите без проверки: тогда папка для разработчика будет помечена как «не проверено», и разработчик выполнит проверку с вашего сервера.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS ответил по адресу {url}</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Client ID и секретный ключ верны. Последняя проверка должна пройти на сервере вашего сайта; как её выполнить, описано в папке для разработчика.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ Ваша настройка работает: XWMS её принимает. Нажмите «Далее», чтобы создать папку для разработчика.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>Если ошибка в том, что вы ввели или вставили в мастер, вернитесь «Назад» на страницу «{page}» и исправьте.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS пока не принимает вашу настройку. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>Затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>Пока не работает: что исправить, написано в поле ниже.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>XWMS на {host} не ответил вовремя, поэтому настройка ещё не проверена. Проверьте, что этот компьютер подключён к интернету, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>Мастеру не удалось установить защищённое соединение с XWMS на {host}, поэтому настройка ещё не проверена. Проверьте адрес API XWMS (в разделе «Дополнительно» на первой странице), затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>Мастеру не удалось связаться с XWMS на {host}, поэтому настройка ещё не проверена. Проверьте, что этот компьютер подключён к интернету, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>XWMS на {host} не дал понятного ответа, поэтому настройка ещё не проверена. Возможно, XWMS занят или адрес API XWMS (в разделе «Дополнительно» на первой странице) неверный. Нажмите «Повторить» немного позже.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>Остановлено. Нажмите «Проверить настройку», чтобы проверить снова.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>Продолжаем без проверки. Папка для разработчика помечена как «не проверено»; разработчик выполнит проверку с вашего сервера.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Обновить секретный ключ</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Новый ключ начинает работать раньше, чем отключается старый.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>В панели управления XWMS вы создаёте новый секретный ключ и привязываете его к сайту рядом с текущим: пока работают оба. Вставьте новый ключ сюда, и мастер проверит его в XWMS. Когда сайт разработчика перейдёт на новый ключ, отзовите старый в панели управления. Никому не придётся входить заново.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>Новый секретный ключ</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>вставьте сюда новый ключ</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Новый &amp;ключ:</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>&amp;Проверить новый ключ</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>Проверить новый ключ в XWMS</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Проверка нового ключа…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ Новый ключ работает. Нажмите «Далее», чтобы создать папку для разработчика. Когда сайт перейдёт на новый ключ, откройте в панели управления Client Secrets и отзовите старый ключ «{label}».</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS пока не принимает новый ключ. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Ваша настройка</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Как работает вход через XWMS и что можно сделать сейчас.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>Выберите папку, которую мастер создал для разработчика (её имя начинается с xwms-handoff-). В ней записано, что было настроено в панели управления XWMS. Затем мастер с помощью секретного ключа, который хранится на этом компьютере, спросит XWMS, работает ли ещё вход; ничего не меняется.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>Папка для разработчика</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Выбрать папку…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>Выберите папку для разработчика</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Обновить ключ…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Обновить секретный ключ без перерыва в работе</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Изменить настройку…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>Изменить сайт, переключатели или разрешения</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Люди и доступ…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Кто входил, тестировщики, Verified Partner и участники</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>Запрос к XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ Всё в порядке: вход работает, и срок действия ключа не истекает в ближайшие 30 дней.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Требует вашего внимания:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>Не проверено: секретный ключ не хранится на этом компьютере. Он есть в папке для разработчика; если нет — обновите ключ.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Вход работает: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Вход не работает: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Клиент {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Возврат на: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>Ключ «{label}»: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>Открыть панель управления XWMS</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>Открывает панель управления XWMS в браузере.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>вставьте сюда из панели управления XWMS</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>Что это?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>О чём эта страница?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>Разработчик</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>Может менять сайты, их ключи и то, что читает вход, и видеть, кто входил; не может добавлять или удалять участников.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>Может видеть, кто входил; ничего не меняет.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>Люди и доступ</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>Кто входит через вашего клиента и кто может его менять.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>Это необязательные разделы панели управления XWMS для вашего клиента. Тестировщики пробуют вход до того, как он откроется для всех. Проверенный партнёр (Verified Partner) может пользоваться разрешениями, которые XWMS оставляет для проверенных им компаний. Участники — безопасный способ дать разработчику менять настройки: он входит со своим аккаунтом XWMS, так что вам не нужно никому сообщать свой пароль.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>Кто входил</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Тестировщики</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>Эл. почта тестировщика</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>его адрес эл. почты в XWMS</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>&amp;Пригласить как тестировщика</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>Пригласить этого человека как тестировщика</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>Verified Partner</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>Для чего ваш сайт использует эти разрешения</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>для чего они нужны вашему сайту</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Подать &amp;заявку</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Подать заявку на статус Verified Partner</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>Кто может менять этого клиента</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>Эл. почта участника</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>адрес эл. почты разработчика в XWMS</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>Что может делать участник</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>&amp;Добавить как участника</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>Добавить этого человека как участника</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>Читаем вашего клиента из XWMS…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), последний вход на {site}: {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>Через вашего клиента ещё никто не входил.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>ждём ответа</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>Тестировщиков пока нет. Тестировщик принимает ваше приглашение на странице входа XWMS.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>Только вы. Добавьте сюда разработчика, вместо того чтобы сообщать ему свой пароль.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>ждёт ответа команды XWMS</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>Отметьте разрешения, которые нужны вашему сайту, напишите, для чего, и подайте заявку. Команда XWMS проверит вашу компанию и одобрит или отклонит заявку.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>Приглашаем тестировщика…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>Verified Partner: сначала отметьте разрешения, которые нужны вашему сайту.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Отправляем заявку…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Добавляем участника…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>В плане {source} найдена %n проблема:</numerusform>
            <numerusform>В плане {source} найдены %n проблемы:</numerusform>
            <numerusform>В плане {source} найдено %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Секретный ключ: в файлах плана никогда не бывает секретного ключа, потому что файлом плана легко случайно поделиться или скопировать его. Удалите строку «{key} = …» из [{table}]. Мастер сам создаёт ключ и хранит его в хранилище паролей вашего компьютера.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Секретный ключ: в файлах плана никогда не бывает секретного ключа, потому что файлом плана легко случайно поделиться или скопировать его. Удалите строку «{key} = …». Мастер сам создаёт ключ и хранит его в хранилище паролей вашего компьютера.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>Файл плана: «{what}» не входит в план. Это должно быть в разделе [{home}]: перенесите строку под этот заголовок.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>Файл плана: «{what}» не входит в план. Может быть, вы имели в виду {near}?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>Файл плана: «{what}» не входит в план. В плане есть только [client], [domain], [scopes], [secret], [verification] и [[members]]. Сравните с examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>Файл плана: в [{table}] нет настройки «{key}». Может быть, вы имели в виду «{near}»?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>Файл плана: в [{table}] нет настройки «{key}». Она относится к разделу [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>Файл плана: в [{table}] нет настройки «{key}». В [{table}] бывают: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: эта настройка — текст. Пишите так: {key} = &quot;…&quot; (в двойных кавычках).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: эта настройка — true или false. Пишите так: {key} = true  или  {key} = false (без кавычек).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: эта настройка — список текстов. Пишите так: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: эта настройка — дата. Пишите так: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Файл плана: ошибка в строке {line} (столбец {column}): {reason}. Проверьте там кавычки, знаки «=» и [заголовки]. Сравните с examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Файл плана: в нём ошибка: {reason}. Проверьте кавычки, знаки «=» и [заголовки]. Сравните с examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>Файл плана: его размер {size} КБ, а план — это короткий текстовый файл не больше {most} КБ. Проверьте, что вы указали сам файл плана, и сравните его с examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>Файл плана: в строке {line} слишком глубокая вложенность списков или разделов (допустимо уровней: {most}); плану нужен один уровень (список вроде keys = [&quot;profile&quot;]). Уберите лишние скобки и сравните с examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>Файл плана: в имени настройки в строке {line} слишком много частей через точку (допустимо: {most}); в плане у имён одна или две части (например, domain.root). Запишите настройку под заголовком её [раздела], как в examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>Файл плана: имя настройки в строке {line} слишком длинное (допустимо символов: {most}); имена в плане — короткие слова (например, root или keys). Проверьте эту строку и сравните с examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>ID плана: используйте от 1 до 64 букв, цифр, дефисов или знаков подчёркивания либо уберите plan_id, и мастер составит ID из названия клиента и адреса сайта.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>Файл плана: «{key}» должен быть разделом: напишите [{key}] на отдельной строке, а его настройки — под ней. Сравните с examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: не указано. Добавьте строку {key} = &quot;{example}&quot; в раздел [{table}].</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>Файл плана: запишите каждого участника в отдельный раздел [[members]], а под ним — email = &quot;…&quot; и role = &quot;Developer&quot; (или &quot;Viewer&quot;).</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>Файл плана: в нём указано участников: {count}, а в плане можно указать не больше {most}. Добавьте остальных на странице «Люди и доступ».</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>Файл плана: в разделе [[members]] нет настройки «{key}». В нём бывают: email, role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} указан дважды. Оставьте по одному разделу [[members]] на каждого человека.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>Файл плана: не удаётся найти {source}. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>Файл плана: {source} — это папка. Укажите путь к файлу .toml.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>Файл плана: не удалось прочитать {source} ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>Файл плана: это не простой текст (UTF-8). Сохраните его как текст в UTF-8.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Может читать</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>только номер человека в XWMS</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>перестанет работать {date}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Адрес возврата</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>IP-адрес сервера</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Внутреннее имя</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Разрешить вход</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Разрешить API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Тестовый режим</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Резервный адрес</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation>Закрыть мастер?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Всё равно закрыть</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Продолжить работу</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>Продолжить настройку?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>Прошлая настройка остановилась, не завершившись.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>Создать папку заново?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>Папка для разработчика уже есть</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>Папка для разработчика здесь уже есть: {name}. Заменить её или оставить обе?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>«Заменить»: новая папка займёт место старой. «Оставить обе»: новая папка будет сохранена рядом, с номером в имени. «Отмена»: ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>Заменить уже существующую папку</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Оставить обе</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>Оставить обе папки</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>Отмена: ничего не записывать</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>Выберите, где сохранить папку для разработчика</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Изображения (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>домена {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>этого домена</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>ваш домен</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>В панели управления XWMS откройте {domain_page} и включите {setting}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>В панели управления XWMS откройте Integrations → Client Secrets, создайте новый ключ, привяжите его к своему домену ({domain}) кнопкой Link Secret на странице {domain_page} и передайте новый ключ разработчику.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>XWMS не знает адрес возврата {url} для {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>XWMS не знает этот адрес возврата для {the_domain}.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>Сейчас зарегистрированы: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>Активных адресов возврата пока не зарегистрировано.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>В панели управления XWMS откройте {domain_page} → Domain URLs и добавьте {url} как активный адрес возврата (Callback), написанный точно так же (XWMS сравнивает его буква в букву, включая https:// и путь).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>адрес возврата</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Client ID и ключ верны, но XWMS принимает запросы для {the_domain} только с адреса сервера {allowed}.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Client ID и ключ верны, но XWMS принимает запросы для {the_domain} только с сервера вашего сайта.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>Этот запрос пришёл с {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>Так и должно быть, если вы проверяете со своего компьютера: настоящие запросы должны приходить с сервера вашего сайта. Если адрес этого сервера изменился, обновите Server IP Address в панели управления XWMS, в разделе {domain_page}.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>Для этого нужно разрешение «{scope}», а у этого клиента его нет.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>Для этого нужно разрешение, которого у этого клиента нет.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>В панели управления XWMS откройте Integrations → Client Scopes и включите {scope}.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>это разрешение</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} — только для проверенных партнёров (Verified Partner).</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>Это разрешение доступно только проверенным партнёрам (Verified Partner).</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>Пока не используйте его или подайте заявку в Verification Center панели управления XWMS (сотрудники XWMS рассматривают каждую заявку); после проверки разрешение можно будет добавить.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>видеть, кто входил</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>менять то, что может читать вход</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>менять сайты</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>менять секретные ключи</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>добавлять и удалять участников</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>Ваша роль в этом клиенте не позволяет {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>Ваша роль в этом клиенте этого не позволяет.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>Попросите владельца клиента внести изменение или дать вашей роли это право в Members and Roles.</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>домен</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>секретный ключ</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>Не указано: {names}.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>Не указано: {names}.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Не указаны Client ID, домен или секретный ключ.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>Заполните все три (панель управления XWMS показывает их в My Clients → ваш клиент) и повторите.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS не знает такой Client ID.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>Заново скопируйте Client ID из панели управления XWMS (My Clients → ваш клиент) и проверьте, нет ли опечаток или пропущенных символов.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>Среди доменов этого клиента в XWMS нет {the_domain}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>В панели управления XWMS откройте Integrations → Domains и добавьте его как Root Domain (без https:// и без пути) или используйте домен, который там уже есть.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>Для {the_domain} в XWMS выключен переключатель Active.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>Вход не разрешён для {the_domain}.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>Запросы к API не разрешены для {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS не распознал секретный ключ.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>Скопируйте ключ заново, целиком и без пробелов. Если он потерян, создайте новый в панели управления XWMS в Integrations → Client Secrets и привяжите его к домену.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>Этот секретный ключ отозван и больше не работает.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>Срок действия этого секретного ключа истёк.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>Секретный ключ верный, но он не привязан: в настройках {the_domain} его нет.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>В панели управления XWMS откройте {domain_page}, нажмите Link Secret и выберите этот ключ.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS не знает этот токен входа.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>Начните вход заново; сайт должен передавать токен из адреса возврата без изменений.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>Этот токен входа уже использован; каждый работает только один раз.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>Начните вход заново, чтобы получить новый токен.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>Срок действия этого токена входа истёк (он действует 5 минут).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>Начните вход заново и завершите его за 5 минут.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Неверный адрес эл. почты или пароль.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>Проверьте оба (в пароле важен регистр букв) и войдите снова.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Вы не вошли, или срок вашего входа истёк.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>Войдите снова со своим адресом эл. почты и паролем XWMS.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>Для клиентов нужен платный аккаунт XWMS, а у этого аккаунта бесплатный тариф.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>Перейдите на платный тариф в панели управления XWMS или войдите с платным аккаунтом, затем продолжите.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>У вас уже есть клиент с таким названием.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>Выберите другое название или выберите существующего клиента из списка.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>У этого клиента уже есть настройки {the_domain}.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>Используйте домен, который уже есть, или введите другой.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>Этот URL уже зарегистрирован для домена.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>Если это нужный вам адрес, больше ничего делать не нужно; иначе введите другой адрес.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>Этот ключ уже привязан: он есть в настройках {the_domain}.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>Для этой привязки больше ничего не нужно.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>Сервер уже видел этот шаг с другими данными, поэтому остановился, чтобы не создать что-то дважды.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>Отмените изменение, которое вы сделали с тех пор, или начните новую настройку, затем повторите.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS не принял часть данных.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Исправьте отмеченные поля и повторите.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>Сервер этого не нашёл; возможно, это уже удалили.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>Проверьте в панели управления XWMS, что это ещё существует, затем повторите.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>Сервер не смог прочитать то, что отправил мастер.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>Это ошибка в мастере, а не в ваших данных. Повторите попытку; если ошибка повторяется, сообщите о ней.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>Этот сервер не умеет делать то, о чём попросил мастер.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>Проверьте, что адрес сервера ведёт на сервер управления XWMS.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>Файл слишком большой; логотип может быть не больше 1 МБ.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>Выберите изображение PNG или SVG поменьше.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>Отозванный секретный ключ изменить уже нельзя.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>Вместо этого создайте новый ключ (обновите ключ).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>Этот человек уже приглашён.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>Дождитесь ответа: приглашение принимают или отклоняют на странице входа XWMS.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>Заявка на эти разрешения уже ждёт рассмотрения.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>Дождитесь ответа команды XWMS, прежде чем подавать заявку снова.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>У вашего аккаунта уже есть статус проверенного партнёра (Verified Partner) для этих разрешений.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>Больше ничего не нужно: вы можете пользоваться этими разрешениями.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>У этого клиента уже есть роль с таким названием.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>Используйте эту роль или выберите другое название.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>Это владелец клиента, ему можно всё.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>Больше ничего не нужно; добавьте участником кого-то другого.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>Этот человек уже участник клиента.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>Для него больше ничего не нужно.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>Логотип должен быть изображением PNG или SVG.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>Выберите файл PNG или SVG.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS отклонил запрос как неполный.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Проверьте Client ID, домен, секретный ключ и адрес возврата, затем повторите.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS не принял данные для входа.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Проверьте Client ID и секретный ключ (скопируйте их заново из панели управления XWMS), затем повторите.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>XWMS не разрешает это для этого клиента или домена.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>В панели управления XWMS в Integrations → Domains проверьте, что у домена включены Active, Allow Login и Allow API и что к нему привязан этот ключ.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Это уже существует.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>Используйте существующее или выберите другое название или адрес.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>Сервер сейчас получает слишком много запросов.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Подождите минуту и повторите.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Сервер отклонил этот запрос.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>Проверьте введённые данные и повторите.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>Ответ XWMS: «{message}»</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: новый ключ перестал бы работать {date}, то есть через %n день. Укажите более позднюю дату (например, {suggestion}) или не указывайте её совсем, затем обновите ключ.</numerusform>
            <numerusform>secret.expires: новый ключ перестал бы работать {date}, то есть через %n дня. Укажите более позднюю дату (например, {suggestion}) или не указывайте её совсем, затем обновите ключ.</numerusform>
            <numerusform>secret.expires: новый ключ перестал бы работать {date}, то есть через %n дней. Укажите более позднюю дату (например, {suggestion}) или не указывайте её совсем, затем обновите ключ.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what}: такого нет на этом сервере, поэтому обновлять нечего. Сначала создайте настройку (xwms-wizard apply или мастер).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>новый ключ «{label}» (заканчивается на {hint}) уже был создан</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>новый ключ прошёл проверку в {time}</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>Новый ключ не прошёл проверку, поэтому старый ключ остаётся активным: вход с ним продолжает работать.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Обновить секретный ключ</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Новый ключ начинает работать раньше, чем отключается старый.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>Мастер создаёт новый секретный ключ рядом с текущим, привязывает его к сайту и проверяет, что XWMS его принимает. Оба ключа работают, пока разработчик не установит новый на ваш сайт; после этого вы отключаете старый ключ здесь. Никому не придётся входить заново.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>&amp;Обновить ключ</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Обновить ключ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>Новый ключ перестанет работать в указанную &amp;дату</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>Новый ключ перестанет работать в указанную дату</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>Срок действия нового ключа</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>Отключить &amp;старый ключ…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>Отключить старый ключ, когда разработчик перейдёт на новый</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>Сайт: {site}. Текущий ключ: «{label}».</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>Обновление ключа…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ Старый ключ отключён; работает только новый.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ Новый ключ работает. Старый тоже работает, пока вы его не отключите: сначала передайте новый ключ разработчику (на следующей странице создаётся папка для него).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>Сайт разработчика уже перешёл на новый ключ? Старый ключ перестанет работать сразу; на сайте, который им ещё пользуется, больше никто не сможет войти.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>Отключить старый ключ?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Отключить</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Проверка и создание</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>Проверьте свой выбор и создайте всё за один раз.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>Пока ничего не создано. Когда вы нажмёте «Создать всё», мастер по очереди создаст каждую часть в вашем аккаунте XWMS и покажет ниже, как идут дела. Если что-то пойдёт не так, исправьте это или повторите: ничего не создаётся дважды. В конце мастер проверит в XWMS, что вход работает, и один раз покажет вам секретный ключ.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>Создать &amp;новый ключ (старый будет отозван, когда заработает новый)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Создать новый ключ</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>&amp;Оставить текущий ключ; не добавлять ключ в папку для разработчика (он у разработчика уже есть)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Оставить текущий ключ</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>&amp;Создать всё</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>Создать всё</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>Ваш секретный ключ (показывается один раз)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS показывает этот ключ только сейчас. Он нужен вашему разработчику; любой другой, у кого он окажется, сможет выдавать себя за ваш сайт, поэтому обращайтесь с ним как с паролем.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Показать секретный ключ</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Скопировать секретный ключ</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>учебный сервер на этом компьютере</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>ваш сервер</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (существующий клиент)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (новый)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>При&amp;менить изменения</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>Вы изменили свой выбор: нажмите «Применить изменения», чтобы обновить настройку.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Пока ничего не создано.</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>Смотрим, что уже есть в XWMS…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>Проверить и продол&amp;жить</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>В XWMS всё это уже есть.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>При&amp;менить эти изменения</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>Создание настройки…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ Всё настроено.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ Всё уже было настроено; ничего нового не создано.</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>Выберите ниже, что сделать, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>Вернитесь «Назад» на страницу «{page}», чтобы это изменить, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>Ваш выбор не потерян: нажмите «Повторить», когда проблема будет решена.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>Остановлено на шаге «{step}»: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>Остановлено. Ничего не потеряно: нажмите «Создать всё», чтобы продолжить с места остановки. Ничего не будет создано дважды.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>Секретный ключ был создан и показан в прошлый раз; его значения нет на этом компьютере. Если его никто не сохранил, создайте новый ключ в панели управления XWMS (Client Secrets) и привяжите его к сайту.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Сохранён в хранилище паролей этого компьютера (под именем «xwms-wizard»), поэтому на следующей странице мастер сможет положить его в папку для разработчика.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому ключ хранится, только пока мастер открыт. Сохраните его сейчас: скопируйте в свой менеджер паролей или добавьте в папку для разработчика на следующей странице.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>Секретный ключ был показан один раз и больше не отображается. На следующей странице его можно добавить в папку для разработчика.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Скр&amp;ыть</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>Скрыть секретный ключ</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Скопировано. Через 60 секунд мастер очистит буфер обмена, если ключ всё ещё там.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>Основной профиль</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>Полное имя, имя и фамилия, адрес эл. почты и фото человека, который входит.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>Дополнительные данные профиля</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>Дата рождения, пол, страна и привязанные аккаунты в соцсетях.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>Почтовые адреса, которые человек хранит в XWMS, например для доставки или счетов. Ваш сайт может читать их и обновлять за человека (добавлять, менять, удалять).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>Какие сторонние сервисы входа человек привязал к своему аккаунту XWMS.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Сервисы входа</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>Что может читать ваш сайт?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>Отметьте только то, что действительно нужно вашему сайту.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>Когда человек входит, XWMS сообщает вашему сайту, кто это. Каждое разрешение (scope) ниже позволяет сайту читать ещё один вид сведений об этом человеке. Просите как можно меньше: люди больше доверяют сайту, который не просит всё подряд, а то, чего сайт никогда не получает, не может и утечь. Большинству сайтов хватает основного профиля (имя и эл. почта). Некоторые разрешения доступны только компаниям, которые XWMS проверил (проверенным партнёрам, Verified Partners).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>Нажмите пробел, чтобы отметить выбранное разрешение или снять отметку.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>Загрузка списка разрешений…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (только для Verified Partners)
{description}
Чтобы стать им, подайте заявку, когда этот клиент уже создан: на странице «Люди и доступ» мастера (Проверить или изменить уже готовую настройку) или в Verification Center панели XWMS.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (для проверенных партнёров: ваша компания — один из них)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Если ничего не отметить, ваш сайт узнает только номер, обозначающий человека, без имени и эл. почты. Это нормально, если сайту больше ничего не нужно.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>Секретный ключ клиента «{label}» (заканчивается на {hint}) будет привязан и к этому сайту; новый ключ не создаётся.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>Будет создан новый секретный ключ: у этого сайта его ещё нет.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>Будет создан новый секретный ключ, потому что старый («{label}», заканчивается на {hint}) отозван.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>Будет создан новый секретный ключ, потому что срок действия старого («{label}», заканчивается на {hint}) истёк {date}.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>Будет создан новый секретный ключ, потому что на этом компьютере нет значения текущего («{label}», заканчивается на {hint}). Когда новый ключ заработает, старый будет отозван.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>Секретный ключ сайта («{label}», заканчивается на {hint}) работает, но его значения нет на этом компьютере: создайте новый ключ или оставьте этот и не добавляйте ключ в папку для разработчика.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>Секретный ключ «{label}» (заканчивается на {hint}) остаётся без изменений.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>Секретный ключ «{label}» (заканчивается на {hint}) остаётся без изменений; его значения нет на этом компьютере, поэтому в папку для разработчика он не попадёт.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>название «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>срок действия {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>Секретный ключ, который заканчивается на {hint}, меняется: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>Ваш новый секретный ключ (показывается один раз)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS показывает этот ключ только сейчас. Он нужен вашему разработчику; любой другой, у кого он окажется, сможет выдавать себя за ваш сайт, поэтому обращайтесь с ним как с паролем.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Новый секретный ключ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>Показать новый секретный ключ</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>Скопировать новый секретный ключ</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Сохранён в хранилище паролей этого компьютера, поэтому на следующей странице мастер сможет положить его в папку для разработчика.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому ключ хранится, только пока мастер открыт. Добавьте его в папку для разработчика на следующей странице или сейчас скопируйте в свой менеджер паролей.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Скр&amp;ыть</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Скопировано. Через 60 секунд мастер очистит буфер обмена, если ключ всё ещё там.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>Этим ключом ваш сайт доказывает, что он действительно ваш.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>Секретный ключ — это как пароль для вашего сайта (а не для вас). Сервер вашего сайта отправляет его в XWMS при каждом входе, чтобы XWMS знал, что запрос действительно пришёл с вашего сайта. XWMS показывает ключ только один раз, при создании: мастер покажет его вам после создания, сохранит в хранилище паролей этого компьютера и может положить в папку для разработчика. Ключ привязан к вашему сайту, поэтому работает только там.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>Название ключа (необязательно)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Название ключа</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>Необязательно. Название ключа, чтобы потом различать ключи, например «Web server 2025». Если оставить поле пустым, ключ будет называться «Standard Key».</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>Ключ перестанет работать в указанную &amp;дату</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>Ключ перестанет работать в указанную дату</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>Ключ с ограниченным сроком действия уменьшает вред, если он когда-нибудь утечёт, но тогда разработчик должен поставить новый ключ до этой даты, иначе вход перестанет работать. Если вы выберете дату, в папке для разработчика будет напоминание для календаря за две недели до неё. Большинство небольших сайтов это не включают.</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>Секретный ключ из панели управления</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>вставьте сюда секретный ключ</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>Панель управления XWMS показывает новый секретный ключ только один раз. Скопируйте его там и вставьте сюда: мастер сохранит его в хранилище паролей этого компьютера (никогда в файле) и использует его для проверки и при создании папки для разработчика.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Секретный &amp;ключ:</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ Секретный ключ есть в хранилище паролей этого компьютера. Вставляйте сюда ключ, только если хотите его заменить.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>Вставьте сюда секретный ключ, когда панель управления его покажет.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>Ключ будет привязан к {domain}: ваш сайт сможет пользоваться им там и больше нигде.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>перестанет работать {date}</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>Его значение есть в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>Его значения нет на этом компьютере; на странице «Проверка и создание» мастер спросит, что делать.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>У этого сайта уже есть ключ: «{label}», заканчивается на {hint}; {expiry}. {where} Чтобы изменить этот ключ, поменяйте здесь название или срок действия; больше с ним ничего не происходит.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>У этого аккаунта XWMS бесплатный тариф. Клиенты (то, что нужно сайту для входа через XWMS) доступны только с платным аккаунтом: перейдите на платный тариф в панели управления XWMS, затем войдите снова.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>Адрес сервера: это не веб-адрес. Введите его в виде https://xwms.example.com или http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>Адрес API XWMS: это не веб-адрес. Введите его в виде {url} или оставьте адрес по умолчанию.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>Адрес API XWMS: он должен начинаться с https:// (http:// — только для тестового сервера на этом компьютере), потому что при проверке на него отправляется ваш секретный ключ.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>Не удалось запустить учебный режим: учебный сервер не запустился на этом компьютере. {why} Нажмите «Повторить»; если ошибка повторяется, перезагрузите компьютер или выберите свой сервер на первой странице.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>Эл. почта: введите адрес эл. почты, с которым вы входите в XWMS.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>Пароль: введите свой пароль XWMS.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>Пароль: срок сохранённого на этом компьютере входа для {email} истёк. Введите пароль XWMS, чтобы войти снова.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: сначала вставьте Client ID на странице «Клиент»; секретный ключ сохраняется под этим Client ID.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>Режим «Мой настоящий аккаунт XWMS» не выбран: вернитесь на первую страницу и выберите его.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>Секретный ключ: у мастера нет секретного ключа для этого Client ID. Вернитесь «Назад» на страницу «Секретный ключ» и вставьте ключ из панели управления XWMS.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>Не проверено: мастеру не удалось связаться с XWMS на {host} с компьютера владельца, поэтому никто ещё не подтвердил, что эти настройки работают</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>Папка: в {folder} нет читаемого файла {name}. Выберите папку, которую мастер создал для разработчика (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>Сначала войдите: вернитесь на страницу «Аккаунт».</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>Мастер настройки XWMS</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>Настройка XWMS</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>Настройка клиента «{client}» для сайта {domain} не была завершена{where}. «Продолжить» — доделать недостающие части; ничего не создаётся дважды. «Начать заново» — забыть её и начать новую настройку.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (остановилась на шаге: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>Мастер ещё работает. Если закрыть его сейчас, он безопасно остановится; когда вы откроете мастер в следующий раз, он предложит продолжить с места остановки, и ничего не будет создано дважды.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому секретный ключ есть только в этом окне. Если закрыть окно сейчас, не создав папку для разработчика (с ключом), ключ пропадёт и придётся создавать новый.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>срок истёк {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>истекает завтра</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>истекает через %n день ({date})</numerusform>
            <numerusform>истекает через %n дня ({date})</numerusform>
            <numerusform>истекает через %n дней ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>не проверено: у сайта нет рабочего ключа</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>не проверено: значения ключа нет на этом компьютере (проверьте командой `xwms-wizard verify` там, где лежит .env)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>не проверено: у сайта нет адреса возврата</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>У сайта {site} нет секретного ключа, поэтому войти там пока никто не может.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>Ключ «{label}» сайта {site} отозван, а другого у сайта нет: вход там перестал работать.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>Срок действия ключа «{label}» сайта {site} истёк {date}: вход там перестал работать.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>Ключ «{label}» сайта {site}: {expiry}; после этого вход перестанет работать.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS отклонил проверку входа для {site}: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Ваша настройка</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Как работает вход через XWMS и что можно сделать сейчас.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>Выберите клиента, которого нужно посмотреть. Мастер прочитает его из XWMS и попробует войти на каждом сайте с секретным ключом, который хранится на этом компьютере (никто при этом не входит, и ничего не меняется). Сначала показано то, что требует вашего внимания, и как это исправить.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>Какого клиента посмотреть</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>Как работает настройка</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Обновить ключ…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Обновить секретный ключ без перерыва в работе</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Изменить настройку…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>Изменить сайты, переключатели или разрешения</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>Ото&amp;звать ключ…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>Отозвать секретный ключ, который утёк</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Люди и доступ…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Кто входил, тестировщики, Verified Partner и участники</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Читаем ваших клиентов…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>В этом аккаунте пока нет клиентов. Вернитесь «Назад» на первую страницу и выберите «Настроить вход через XWMS для сайта», чтобы создать клиента.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>Проверяем «{name}» в XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ Всё в порядке: все сайты работают, и ни у одного ключа срок не истекает в ближайшие 30 дней.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Требует вашего внимания:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>«{label}» (заканчивается на {hint}): {expiry}; используется: {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>нет сайта</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>только номер человека в XWMS</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Может читать</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Секретные ключи</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>Вход {login}, API {api}, {active}, тестовый режим {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ Вход работает: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ Вход не работает: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Возврат на: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>Исправьте то, о чём пишет XWMS, или выберите «Изменить настройку».</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>Выберите «Изменить настройку»: мастер создаст и привяжет ключ.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>Выберите «Обновить ключ»: новый ключ начнёт работать раньше, чем отключится старый.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>Отозвать ключ «{label}» (заканчивается на {hint})? Он сразу перестанет работать: вход на {sites} будет невозможен, пока не будет привязан новый ключ и разработчик его не получит. Затем выберите «Обновить ключ» или «Изменить настройку», чтобы создать новый.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Отозвать этот ключ?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>Отзыв ключа…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>Проверка и создание</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>Ваша настройка</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Обновление ключа</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>Люди и доступ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Папка для разработчика</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Проверить настройку</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (текущий шаг)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>Создать клиента</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>Добавить сайт (домен)</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>Загрузить логотип</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Зарегистрировать адрес возврата</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>Выбрать, что может читать сайт (разрешения)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Создать секретный ключ</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>Привязать ключ к сайту</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>Проверить, что всё работает</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>Отозвать старый секретный ключ</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>Найти клиента и сайт</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Подать заявку на статус Verified Partner</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>Пригласить участников</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>перенос строки</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>символ табуляции</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>символ, похожий на пробел</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>невидимый символ</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>введите название текстом, например «mycompany-main-app».</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>Попробуйте {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>введите название для этого подключения, например «mycompany-main-app».</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>В названии {name} есть заглавные буквы. Используйте только строчные.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>В названии {name} есть пробелы. Вместо них ставьте дефисы между словами.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>Название {name} содержит {character}. Используйте только строчные латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>Название {name} должно начинаться с буквы.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>Название {name} слишком короткое. Нужно не меньше {least} символов.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>длина названия — {length} симв., а допустимо не больше {most}. Сократите его.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>у вас уже есть клиент с названием {name}. Выберите его из списка существующих клиентов, чтобы дополнить его, или выберите другое название, например {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>у вас уже есть клиент с названием {name}. Выберите его из списка существующих клиентов, чтобы дополнить его, или выберите другое название.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>используйте только строчные латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host} содержит символы, которых не может быть в веб-адресе.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>в {host} есть пустая часть (две точки подряд или точка в начале).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>часть {part} — недопустимое международное имя.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host} содержит {character}. В веб-адресе бывают только буквы, цифры, дефисы и точки.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>часть {part} начинается или заканчивается дефисом; уберите его.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>часть {part} не может быть в веб-адресе.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>длина части {part} — {length} симв.; каждая часть между точками может быть не длиннее {most}.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>не удалось прочитать адрес сайта в {text}.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>не удалось найти адрес сайта в {text}.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>введите адрес текстом, например example.com.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>введите адрес вашего сайта, например example.com.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text} содержит {character}. Введите адрес без него.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} похоже на адрес эл. почты. Введите вместо этого адрес своего сайта, например example.com.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>Введите только адрес, например example.com.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} — это IP-адрес, а не адрес сайта. Введите здесь имя сайта (например, example.com), а IP-адрес укажите в поле «IP-адрес сервера».</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>Введите адрес вроде example.com.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>«localhost» означает этот компьютер, а не сайт. Введите адрес своего сайта, например example.com; чтобы проверить на этом компьютере, включите тестовый режим и используйте адрес возврата на localhost.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} — неполный адрес сайта. Добавьте окончание, например {name}.com или {name}.ru.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} заканчивается числом. Адрес сайта заканчивается названием, например .com или .ru; IP-адрес указывается в поле «IP-адрес сервера».</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>длина адреса — {length} симв., а допустимо не больше {most}. Проверьте, что вы ввели только адрес сайта.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>{text} изменено на {value}.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} — международный адрес; он сохраняется как {value}, в том виде, который использует интернет.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>может быть, вы имели в виду {hint}? Корневой домен — это обычно адрес без «www.»; адрес возврата при этом может быть на www.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>Введите название латиницей, например название вашего магазина.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>в названии нужны буквы, а не только цифры. Введите название латинскими буквами (от a до z), например название вашего магазина.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>мастер не может составить название из {text}. Введите название латинскими буквами (от a до z), например название вашего магазина.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>Продолжайте ввод: в названии должно быть не меньше {least} символов (букв или цифр).</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>Название начинается с буквы, поэтому мастер убрал {part} в начале.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>Адрес вашего сайта — {root}. Ваш сайт открывается на {site}, поэтому адрес возврата остаётся там.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>Мастер оставляет только адрес сайта; часть {path} здесь не нужна. Страница входа при этом может быть где угодно на вашем сайте.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>введите только один адрес: тот, с которого ваш сервер обращается к XWMS.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>введите адрес текстом, например 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text} содержит {character}. Уберите его.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} — это диапазон адресов. Введите один адрес вашего сервера, без части с «/».</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>введите адрес без части «%{zone}».</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>Мы убрали квадратные скобки: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text} содержит номер порта. Введите адрес без «:порт».</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} — не IP-адрес. IP-адрес выглядит как 203.0.113.10 (или, для IPv6, 2001:db8::10); ваш хостинг-провайдер подскажет ваш.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>{text} изменено на {value} — это тот же адрес в обычном виде.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>Мы записали {text} в обычном виде: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} — не адрес одного компьютера. Введите публичный IP-адрес вашего сервера.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} означает «этот же компьютер». XWMS видит публичный адрес вашего сервера, поэтому запросы будут отклонены; укажите публичный IP-адрес сервера.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} работает только внутри одной локальной сети. XWMS видит публичный адрес вашего сервера, поэтому запросы будут отклонены; укажите публичный IP-адрес сервера.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} — частный или зарезервированный адрес, а не публичный. XWMS видит публичный адрес вашего сервера, поэтому запросы будут отклонены; укажите публичный IP-адрес сервера (его подскажет хостинг-провайдер).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>не удалось прочитать {url} как веб-адрес. Проверьте его.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>после {scheme}:// не хватает имени сайта.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>введите адрес текстом.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>введите полный адрес, например {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>адрес содержит {character}. Уберите его.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>длина адреса — {length} симв., а допустимо не больше {most}.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>подстановочные знаки («*») не допускаются: XWMS сравнивает адрес точно. Введите один полный адрес, который использует ваш сайт.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>адрес должен начинаться с https://. Например, {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>адрес должен начинаться с https://.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>адрес содержит {character}, а в веб-адресе такого быть не может.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>уберите часть, начиная с «#». XWMS добавляет к адресу токен входа, а часть с «#» скрыла бы его от вашего сайта.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>после «%» должны идти две шестнадцатеричные цифры (например, %20). Проверьте.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>адрес должен начинаться с https://, а не с {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>уберите имя пользователя или пароль (часть до «@»). Никогда не пишите пароль в адресе.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>номер порта (после «:») должен быть числом от 1 до 65535 или отсутствовать.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>уберите точку в конце имени сайта в адресе.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>адреса на этом компьютере (localhost) работают только в тестовом режиме. Включите тестовый режим для этого домена или используйте адрес на своём сайте.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>используйте в адресе имя сайта, а не IP-адрес, например {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>используйте в адресе имя сайта, а не IP-адрес.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>имя сайта в адресе длиннее, чем допустимо (символов: {most}).</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>сначала укажите правильный адрес сайта (корневой домен); этот адрес должен быть на нём.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} не относится к вашему сайту {root}. Используйте адрес на {domain} или на одном из его поддоменов, например {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>используйте https:// (защищённый адрес). Простой http:// работает только для localhost в тестовом режиме.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>сохранено как {url}: тот же адрес, где международное имя записано так, как его хранит XWMS. Ваш сайт может отправлять любое из двух написаний.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>в начале есть заглавные буквы. XWMS сравнивает адрес точно, поэтому ваш сайт должен отправлять его написанным именно так.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>введите это текстом.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>здесь есть {character}. Запишите всё в одну строку.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>длина — {length} симв., а допустимо не больше {most}. Сократите.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>не изображение PNG или SVG</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>выберите файл изображения ещё раз.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>в имени файла есть невидимый символ. Выберите файл ещё раз.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>не удаётся найти файл {file}. Выберите изображение ещё раз.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} — это папка, а не изображение. Выберите файл изображения.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>размер изображения — {size} МБ, а допустимо не больше 1 МБ. Сохраните уменьшенную версию (логотипа 512 × 512 пикселей вполне достаточно).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>файл {file} пустой. Выберите другое изображение.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>не удалось открыть {file}. Проверьте, что у вас есть право его читать, или скопируйте его в папку «Документы» и выберите там.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>файл {file} — {kind}. XWMS принимает изображения PNG или SVG: сохраните логотип в PNG и выберите этот файл.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>Не удаётся прочитать дату {text}. Запишите её как год-месяц-день, например {year}-12-31, или оставьте поле пустым для бессрочного ключа.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>запишите дату как год-месяц-день, например 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} — это сегодня. Выберите дату позже сегодняшней или оставьте поле пустым для бессрочного ключа.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>Дата {date} уже прошла. Выберите дату позже сегодняшней или оставьте поле пустым для бессрочного ключа.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>ключ перестанет работать через %n день ({date}). Разработчик должен заменить его до этого; более поздняя дата даст больше времени.</numerusform>
            <numerusform>ключ перестанет работать через %n дня ({date}). Разработчик должен заменить его до этого; более поздняя дата даст больше времени.</numerusform>
            <numerusform>ключ перестанет работать через %n дней ({date}). Разработчик должен заменить его до этого; более поздняя дата даст больше времени.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>вставьте ключ как текст.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>ничего не вставлено. Скопируйте ключ из панели управления XWMS и вставьте его сюда.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>вставленный текст занимает больше одной строки, значит, это не только ключ. Скопируйте из панели управления XWMS только сам ключ и вставьте его снова.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>во вставленном тексте есть невидимый символ (например, табуляция). Скопируйте из панели управления XWMS только сам ключ и вставьте его снова.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>в нём есть пробел. В ключах пробелов не бывает; проверьте, что вы скопировали только ключ.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>вставьте {label} как текст.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>вставьте {label}, который показывает панель управления XWMS.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>здесь есть {character}. Скопируйте из панели управления XWMS только сам {label} и вставьте его снова.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>длина вставленного текста — {length} симв., это гораздо длиннее, чем бывает {label}. Скопируйте только сам ID и вставьте его снова.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>укажите разрешения списком, например [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>значение, которое не является текстом</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} — не название разрешения. Названия разрешений — короткие слова строчными буквами, например «profile» или «userinfo».</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>не указано. Напишите адрес эл. почты, который этот человек использует для своего аккаунта XWMS.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} — это не адрес эл. почты. Напишите его в виде name@example.com: адрес, который этот человек использует для своего аккаунта XWMS.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} — незнакомая мастеру роль. Используйте одну из этих: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>пусто. Укажите разрешения, на которые подаёте заявку, например scopes = [&quot;payments&quot;], или удалите раздел [verification].</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} нет в keys раздела [scopes] плана. Добавьте туда тоже: заявка подаётся на разрешения, которые будет использовать сайт.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>для {scopes} статус Verified Partner не нужен: этим может пользоваться любой. Подайте заявку только на {locked} или удалите раздел [verification].</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} доступно только проверенным партнёрам (Verified Partner), а у этого аккаунта пока нет такого статуса. Добавьте раздел [verification] с scopes = [{first}] и примечаниями о том, для чего это нужно вашему сайту, или пока не указывайте это в [scopes].</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>этот сервер не предлагает {unknown}. Он предлагает такие разрешения: {known}. Измените список в плане (или оставьте его пустым).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>Настройка входа через XWMS</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>Подготовьте свой сайт к входу через XWMS — всего за несколько шагов.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS — это сервис входа: люди входят на ваш сайт со своим аккаунтом XWMS, не заводя новый пароль. Чтобы это работало, XWMS должен знать ваш сайт. Мастер шаг за шагом сообщит XWMS о вашем сайте и в конце проверит, что всё сходится.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>Мастер создаст всё, что нужно XWMS для вашего сайта: клиента (так XWMS называет подключение вашего сайта), адрес сайта, то, что сайт может читать о людях, которые входят, и секретный ключ. Затем он создаст папку для вашего разработчика со всем, что нужно, чтобы добавить кнопку входа.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>Что понадобится: адрес вашего сайта (например, example.com). Для настоящего сайта нужен ещё платный аккаунт XWMS. Хотите сначала посмотреть, как это работает? Выберите учебный режим: ничего настоящего не изменится.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>Где вы хотите всё настроить?</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>Настроить &amp;вход через XWMS для сайта</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>Настроить вход через XWMS для сайта</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>Проверить или &amp;изменить уже готовую настройку (обновить ключ, добавить сайт …)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>Проверить или изменить настройку</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>&amp;Учебный режим на этом компьютере (начните отсюда)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>Учебный режим на этом компьютере</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>На этом компьютере работает учебный сервер XWMS. Всё устроено как в настоящем XWMS, так что можно безопасно попробовать каждый шаг.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>Мой &amp;настоящий аккаунт XWMS (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>Мой настоящий аккаунт XWMS</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>Для вашего настоящего сайта. Мастер шаг за шагом покажет, куда нажимать в панели управления XWMS, а затем проверит в XWMS, что всё работает. Нужен платный аккаунт XWMS.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>&amp;Свой сервер</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>Свой сервер</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>Учебный сервер или сервер управления XWMS в другом месте. Его адрес даст ваш разработчик.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>например, https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>Веб-адрес сервера, который настроил ваш разработчик, например https://xwms.example.com или http://127.0.0.1:8765. Если в конце нет /api/, мастер добавит его сам.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Язык мастера</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>Адрес сервера: введите адрес, который дал вам разработчик.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>Мастер будет использовать {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>название клиента</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>корневой домен</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>IP-адрес сервера</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>внутреннее имя</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>переключатель Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>переключатель Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>переключатель Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>переключатель Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>переключатель Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>резервный адрес</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>адрес возврата</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>разрешения</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>название ключа</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>ключ для привязки</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>Часть {number} из {total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(оставьте пустым)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Копировать: {field}</translation>
    </message>
</context>
</TS>
