<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>Tu cuenta de XWMS</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>El asistente trabaja en tu cuenta de XWMS por ti, como lo harías tú en el panel de XWMS. En el modo de práctica usa una cuenta de demostración en el servidor de práctica, así que no tienes que escribir nada. Con un servidor personalizado, inicia sesión con el correo electrónico y la contraseña de la cuenta de ese servidor; el asistente guarda la sesión en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>El modo de práctica inicia un pequeño servidor XWMS en este equipo e inicia sesión en su cuenta de demostración (owner@example.com). Lo que crees ahí se queda en este equipo, así que puedes volver a ello más tarde.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>&amp;Olvidar la sesión guardada</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>Olvidar la sesión guardada en este equipo</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>Inicia sesión en la cuenta del servidor.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>La cuenta de práctica inicia sesión sola.</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>Tú haces los cambios en el panel de XWMS; el asistente te guía.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>Este equipo guardó tu sesión de la última vez: haz clic en Iniciar sesión, sin contraseña.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>Correo: esto aún no es una dirección de correo (le falta una @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>Iniciando el servidor de práctica e iniciando sesión…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Iniciando sesión en {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ Sesión iniciada como {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ Sesión iniciada en la cuenta de práctica.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>Detenido. Haz clic en Reintentar para iniciar sesión, o haz clic en Atrás para elegir otra opción.</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>Ajustes avanzados de XWMS</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>Dirección de la API de XWMS</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>La dirección en la que el asistente comprueba tu configuración. Déjala como está ({default}), salvo que XWMS o tu desarrollador te den otra.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>Vacío: el asistente usa {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>El asistente usará {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) ya existe</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} ya existía; se actualizó: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) ya existe</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>No se pudo leer el archivo del logo {file}. Vuelve a elegir el archivo.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} ya es el logo del sitio web</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} estaba registrada pero desactivada; se ha activado</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} ya está registrada</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>el equipo de XWMS aprobó {scopes}</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>la solicitud {id} espera la respuesta del equipo de XWMS</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>El equipo de XWMS rechazó esta solicitud para {scopes}: {reason} Responde a eso en las notas de [verification], o quita esos scopes, y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>esta cuenta ya es Verified Partner para {scopes}</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>solicitud {id} enviada; el equipo de XWMS la aprobará o te dirá por qué no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} cuando el equipo de XWMS lo apruebe</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>ya configurados: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>ya son miembros: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (guardada en el llavero)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (guardada en memoria por ahora)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>la clave ya está vinculada</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>vinculada a {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>no hay clave antigua que revocar</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>la clave antigua ya estaba revocada</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>se revocó la clave que termina en {hints}</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>Sin comprobar: el valor de la clave secreta no está en este equipo. Compruébalo con `xwms-wizard verify` donde esté guardada la clave.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>Los datos de acceso son correctos. XWMS solo acepta llamadas desde la dirección de tu servidor, así que la comprobación final se hace en tu servidor: está en el paquete de entrega.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS aceptó los datos de acceso y la URL de retorno: el inicio de sesión está listo para usarse.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>Cancelar lo que está haciendo el asistente</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>sin fecha de caducidad</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de retorno:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (termina en {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL de la API:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Pendiente:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, cuando el equipo de XWMS apruebe la solicitud {id}</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Comprobación:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>Correo: indica el correo electrónico de la cuenta con --email (la contraseña se toma de {variable} o se pide al ejecutar).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>Contraseña: define la variable de entorno {variable}, o ejecuta esto en una terminal para que te la pida.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Contraseña de {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
No se ha cambiado nada. Ejecuta el mismo comando con --new-secret para crear una clave nueva (la antigua se revoca cuando la nueva funcione), o con --keep-secret para conservarla y dejar la clave fuera del paquete.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Este equipo no tiene llavero, así que una clave secreta nueva se perdería al terminar este comando. No se ha cambiado nada. Ejecútalo con --export DIR --include-secret: la clave irá entonces al .env del paquete, su única copia.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>Lo que cambia esta ejecución:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>Nota: el valor de la clave secreta no está en este equipo, así que el paquete no la incluye (como pide --keep-secret).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>El plan {plan} tiene %n problema:</numerusform>
            <numerusform>El plan {plan} tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>Iniciando el entorno de práctica...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>Sesión iniciada en {url} como {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>Detenido en «{step}»: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Ejecuta el mismo comando otra vez para seguir donde se detuvo.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>Todo existía ya; no se ha creado nada nuevo.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>Comparar el plan con el servidor</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>Escribir la carpeta para tu desarrollador</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>Paquete de entrega escrito en {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>Copia comprimida: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>Nota: este equipo no tiene llavero, así que la clave secreta nueva solo está en el .env del paquete. Guarda bien ese archivo.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>Nota: este equipo no tiene llavero y el paquete no incluye la clave (sin --include-secret), así que el valor de la clave nueva no se guarda en ningún sitio. Cuando tu desarrollador la necesite, ejecuta el mismo comando con --new-secret --include-secret.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>Cambia {field} en el plan y vuelve a ejecutar el comando: seguirá donde se detuvo.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>Si lo ejecutas otra vez tal cual, se volverá a detener aquí: primero haz lo que dice la línea de arriba. Lo creado hasta ahora se conserva, y la próxima ejecución sigue desde ahí.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Detenido. Ejecuta el mismo comando otra vez para seguir donde se detuvo.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>Conectado con {name} en {url}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>OK: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>Aún no funciona: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>No hay ningún archivo en {path}. Indica la ruta del .env con --env.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>A {path} le falta un valor para {keys}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>A menudo la clave secreta se deja fuera del paquete a propósito: pégala después de XWMS_CLIENT_SECRET= (entre comillas simples) y vuelve a ejecutar esto.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>No se pudo comprobar: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>Lista de pasos guardada en {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Este equipo no tiene llavero, así que la clave secreta nueva se perdería al terminar este comando. No se ha cambiado nada. Ejecútalo con --export DIR --include-secret: la clave irá entonces al .env del paquete, su única copia.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>La clave antigua está revocada; ahora solo funciona la nueva.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>La clave antigua también sigue funcionando. Dale la clave nueva a tu desarrollador; cuando su sitio la use, ejecuta el mismo comando con --revoke-old para desactivar la antigua.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>inicio de sesión {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>acceso API {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>sitio web principal</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>modo de prueba {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>Corrige lo que indica XWMS arriba y vuelve a ejecutar status.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>Crea y vincula una clave: xwms-wizard apply PLAN.toml (o la página «Clave secreta» del asistente).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>Renueva la clave: xwms-wizard renew PLAN.toml, o en el asistente: «Comprobar o cambiar una configuración existente» y luego «Renovar la clave».</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Cliente {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>Sitio web {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>URL de retorno: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>comprobación: OK, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>comprobación: ERROR, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>Puede leer: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>ningún sitio web</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>Clave «{label}» (termina en {hint}): {expiry}; sitios vinculados: {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Todo está bien.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Necesita atención:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: esta cuenta no tiene ningún cliente llamado {name} (tiene: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>Esta cuenta aún no tiene clientes: no hay nada que comprobar.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>La dirección del servidor no es una dirección web que el asistente pueda usar. Debería ser como https://xwms.nl/api/ (o http://127.0.0.1:PORT/api/ para un servidor de práctica).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario ni una contraseña. Quita la parte anterior a la @; el asistente te pide los datos de acceso por separado.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>El servidor de XWMS tuvo un problema (error {status}) y no pudo terminar. No lo ha causado nada de lo que escribiste. Vuelve a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>El servidor en {host} no respondió en {seconds} segundos. Puede que esté ocupado o que la conexión sea lenta. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>su certificado de seguridad no es válido (puede haber caducado, ser autofirmado o estar emitido para otro nombre)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>el servidor no estableció una conexión segura (https); puede que no use https en esta dirección</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>El asistente no pudo abrir una conexión segura con {host}: {why}. No se envió nada. Revisa la dirección del servidor, incluido http:// o https://; si es correcta, pide a quien gestiona ese servidor que arregle su certificado.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>El asistente no encontró el servidor {host}. Revisa si hay errores de escritura en la dirección del servidor y comprueba que este equipo tiene conexión a internet; luego vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>El asistente no pudo conectar con el servidor en {host}. Comprueba que este equipo tiene conexión a internet (y, si es el servidor de práctica, que sigue en marcha); luego vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>La conexión con {host} se cortó antes de recibir la respuesta completa. Comprueba que este equipo tiene conexión a internet y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>Ponle nombre al cliente</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>Un cliente es la conexión de tu sitio web con XWMS.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS llama «cliente» a cada sitio web o app que usa el inicio de sesión con XWMS. El nombre es para ti y tu desarrollador, para distinguir tus clientes; los visitantes no lo ven. Escribe cualquier nombre, por ejemplo el de tu tienda: el asistente lo convierte en un nombre que XWMS acepta (minúsculas, números y guiones) y lo muestra debajo del campo. Si ya creaste un cliente para este sitio web, elígelo de la lista: el asistente lo completará.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>por ejemplo Mi Panadería</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>Escribe lo que quieras, por ejemplo el nombre de tu tienda. XWMS necesita un nombre con minúsculas, números y guiones, así que el asistente crea uno a partir de lo que escribes («Panadería López &amp; Cía.» se convierte en «panaderia-lopez-cia») y lo muestra justo debajo del campo. Ese es el nombre que tendrá tu cliente.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>No&amp;mbre del cliente:</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>El nombre del cliente</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>Usar un cliente existente</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>Clientes existentes</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>Clientes que ya creaste en esta cuenta. Elige uno para añadirle este sitio web (por ejemplo, una segunda dirección de la misma tienda). Elige «Crear un cliente nuevo» para empezar de cero.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>O &amp;usa:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>Cuando guardes el cliente, el panel de XWMS muestra su Client ID: un código que identifica a tu cliente. Cópialo de ahí y pégalo aquí; el asistente lo necesita para comprobar tu configuración, y tu desarrollador también.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>Pega aquí el Client ID cuando lo muestre el panel (paso 4).</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>Crear un cliente nuevo</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>Leyendo lo que ya tiene «{name}»…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>El asistente añade tu sitio web al cliente existente «{name}». No se quita nada de lo que ya tiene.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Esta cuenta aún no tiene clientes.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>Tu cliente se llamará {name}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>Crear el cliente</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>Añadir tu sitio web (dominio)</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Registrar la URL de retorno</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>Elegir qué puede leer tu sitio web (scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Crear la clave secreta</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>Vincular la clave a tu sitio web</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
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
        <translation>Callback URL</translation>
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
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>Inicia sesión en el panel de XWMS y abre My Clients.</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Haz clic en Create Client.</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>Escribe abajo el nombre del cliente y guarda.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>Copia el Client ID que muestra el panel y pégalo en el asistente.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>En tu cliente, abre Integrations, luego Domains, y haz clic en New Domain.</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>Rellena los valores de abajo (deja vacío un campo si no se indica ningún valor) y guarda.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>Copia el Domain ID que muestra el panel y pégalo en el asistente.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>Pon los interruptores así: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>En los ajustes de fallback del dominio, escribe la URL alternativa (Fallback URI) de abajo.</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>Sube tu logo (PNG o SVG, de 1 MB como máximo) en la página del dominio.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>En la página del dominio, abre Domain URLs y añade una URL.</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>Pega la URL de retorno de abajo tal cual, elige el tipo Callback y asegúrate de que esté en Active.</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>En tu cliente, abre Client Scopes.</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>Marca exactamente estos scopes y guarda: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>En tu cliente, abre Client Secrets y haz clic en New Secret.</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>Rellena el nombre (Label) y la fecha de caducidad, y guarda.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>Rellena el nombre (campo Label), deja vacía la fecha de caducidad y guarda.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>El panel muestra la clave una sola vez: cópiala directamente en el campo de la clave del asistente. No la envíes por correo ni la guardes en un documento.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>Vuelve a abrir el dominio {domain} y ve a Secret Connections.</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Haz clic en Link Secret y elige la clave llamada {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>Ver quién ha iniciado sesión</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>Abre My Clients y luego {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Abre Integrations → Users: ahí aparecen todas las personas que iniciaron sesión a través de este cliente, y desde qué sitio web.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>Invitar a un tester</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>En Integrations → Users, envía una solicitud de usuario de prueba a la dirección de correo de XWMS del tester.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>El tester la acepta la próxima vez que inicie sesión; después puede probar el inicio de sesión en un sitio web en modo de prueba (Test Mode).</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Solicitar ser Verified Partner</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Abre el Verification Center y empieza una nueva solicitud.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>Elige tu sitio web ({domain}) y los permisos que requieren ser Verified Partner, y explica en las notas para qué los usa tu sitio web.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>El equipo de XWMS aprueba o rechaza la solicitud; una vez aprobada, puedes añadir esos permisos al cliente.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>Dar acceso a tu desarrollador como miembro</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Abre Members and Roles. Crea un rol solo con lo que necesita tu desarrollador (por ejemplo, gestionar dominios, claves y scopes).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>Añade a tu desarrollador como miembro con ese rol, con su propia dirección de correo de XWMS. Entrará con su propia cuenta: nunca compartas tu contraseña.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>Qué hacer en el panel de XWMS</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>Ahora haz esto en el panel de XWMS, en tu navegador:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>Después, todavía en el panel de XWMS:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>«{label}» copiado. Pégalo en el panel.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>IP del servidor</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nombre interno</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Permitir inicio de sesión</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Permitir API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL alternativa</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>No cambiará nada: el servidor ya tiene todo esto.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>Se creará un cliente nuevo «{name}».</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>Se añadirá el sitio web {domain}.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>Se subirá el logo.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>Se registrará la URL de retorno {url}.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>Se activará la URL de retorno {url}.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} espera la respuesta del equipo de XWMS a tu solicitud; se añadirá cuando el equipo la apruebe.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>Se enviará al equipo de XWMS una solicitud para ser Verified Partner de {scopes}; se añadirá cuando el equipo la apruebe.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>Permisos: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>Permisos: añadir {added}; quitar {removed}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>Permisos: añadir {added}.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>Permisos: quitar {removed}.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>Se invitará a {email} como {role}.</translation>
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
        <translation>Tu sitio web</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Donde la gente iniciará sesión con XWMS.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>Qué sitio web</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>Los sitios web que ya tiene este cliente, o uno nuevo para añadirle.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>&amp;Qué sitio web:</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Dirección del sitio web (dominio raíz)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>&amp;Dirección del sitio:</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>Dirección IP del servidor (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>&amp;IP del servidor:</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>Opcional. La dirección de internet del servidor donde funciona tu sitio web, por ejemplo 203.0.113.10. Si la rellenas, XWMS solo acepta llamadas para este sitio web desde ese servidor, y así una clave robada no sirve en ningún otro sitio. Tu proveedor de hosting puede decirte la dirección. Si no estás seguro, déjala vacía.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>Nombre interno (opcional)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>Nombre i&amp;nterno:</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>Opcional. Un nombre que solo ves tú en el panel de XWMS, como «Tienda principal» o «Sitio de pruebas», para distinguir tus sitios web.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;retorno:</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>Después de iniciar sesión, XWMS devuelve a la persona a esta página de tu sitio web junto con un código de inicio de sesión de un solo uso. El código de tu desarrollador lo recoge ahí. El asistente rellena la dirección habitual; cámbiala solo si tu desarrollador te pide otra. Debe escribirse exactamente como la usa tu sitio web.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>Ajustes de este sitio web</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>Permitir inicio de &amp;sesión: la gente puede iniciar sesión en este sitio</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>Debe estar activado para que el botón «Iniciar sesión con XWMS» funcione en este sitio web. Desactívalo solo para detener los inicios de sesión durante un tiempo.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>Permitir &amp;API: tu sitio web puede pedir datos a XWMS</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>Permite que el servidor de tu sitio web pida a XWMS más datos sobre una persona que ha iniciado sesión (como su dirección, si lo permites en la página siguiente). Déjalo activado salvo que tu desarrollador diga que no hace falta.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>Ac&amp;tivo: XWMS acepta este sitio web</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>Si está desactivado, XWMS rechaza todo para este sitio web, como si no existiera. Déjalo activado.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>&amp;Principal: es el sitio web principal del cliente</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>Un cliente puede tener varios sitios web. El principal es la dirección principal, que aparece primero en el panel. Déjalo activado para tu primer sitio web.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>&amp;Modo de prueba: este no es el sitio web real</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>Actívalo para una copia de prueba de tu sitio web o para el equipo de tu desarrollador (así funcionan las direcciones que empiezan por http://localhost). Déjalo desactivado para el sitio web que usan tus visitantes.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Más &amp;opciones</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS solo devuelve a la gente a sitios web que conoce. Aquí le indicas la dirección de tu sitio web; el asistente rellena la página a la que vuelve la gente después de iniciar sesión (la URL de retorno). Todo lo demás está en «Más opciones», ya bien configurado para la mayoría de los sitios web.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>La dirección de tu sitio web, por ejemplo example.com. El inicio de sesión funciona en esta dirección y en sus subdominios (como www.example.com o shop.example.com). Puedes pegar la dirección completa desde tu navegador: el asistente se queda solo con la parte que necesita y te lo indica.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>Qué hay en Más opciones</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>URL alternativa (opcional)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>URL alternati&amp;va:</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>Opcional. Adonde XWMS envía a la gente cuando algo sale mal al iniciar sesión (por ejemplo, si lo cancelan), como tu página de inicio. Sigue las mismas reglas que la URL de retorno. Vacía: XWMS muestra su propio mensaje.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Archivo del logo (opcional)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Elige el archivo del logo</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>Opcional. Tu logo, que aparece en la página de inicio de sesión de XWMS para que la gente vea que está entrando en tu sitio web. Una imagen PNG o SVG de 1 MB como máximo.</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>Cuando guardes el dominio, el panel de XWMS muestra su Domain ID: un código que identifica tu sitio web en XWMS. Cópialo de ahí y pégalo aquí; tu desarrollador lo necesita.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>Pega aquí el Domain ID cuando lo muestre el panel (paso 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>Añadir un sitio web nuevo</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (sitio web principal)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} ya es un sitio web de «{client}»: ves sus ajustes tal como los tiene XWMS. Cambia solo lo que quieras cambiar.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>Con Principal activado, este sitio web pasa a ser el principal de «{client}» en lugar de {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>«{client}» ya tiene un sitio web principal, {main}. Principal está desactivado para que siga siéndolo; actívalo para que este sitio web pase a ser el principal.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>La gente vuelve a esta página de tu sitio web después de iniciar sesión; déjala como la rellenó el asistente, salvo que tu desarrollador te pida otra.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>Inicio de sesión activado</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>Inicio de sesión desactivado</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API activada</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>no activo</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>sitio web principal</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>no es el sitio web principal</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>Modo de prueba activado</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>Modo de prueba desactivado</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings}: lo adecuado para la mayoría de los sitios web.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>Con Permitir inicio de sesión desactivado, nadie puede iniciar sesión en este sitio web.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>Con Activo desactivado, XWMS rechaza todo para este sitio web.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>Ahora pásaselo a tu desarrollador.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>Tu parte está hecha. Tu desarrollador añade el botón «Iniciar sesión con XWMS» a tu sitio web con la carpeta que escribió el asistente. El archivo HANDOFF.md que contiene le explica cada paso, incluida una comprobación que puede hacer desde tu servidor.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>Envía a tu desarrollador el archivo zip &lt;b&gt;{zip}&lt;/b&gt; de la carpeta más reciente, {folder}.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Envía a tu desarrollador el archivo zip &lt;b&gt;{zip}&lt;/b&gt; (o la carpeta {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Envía a tu desarrollador la carpeta más reciente, &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Envía a tu desarrollador la carpeta &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>La clave secreta está dentro, así que envíala de forma segura: con un gestor de contraseñas compartido o un enlace cifrado, no como archivo adjunto en un correo normal. Borra tu copia cuando la tenga tu desarrollador.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>Está en el llavero de este equipo, con el nombre «xwms-wizard».</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>La copiaste en la página «Revisar y crear».</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>La clave secreta no está en la carpeta. Dásela a tu desarrollador por separado, por otra vía distinta de la carpeta: díctasela por teléfono o compártela con un gestor de contraseñas. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>Tu desarrollador sigue HANDOFF.md, que está en la carpeta. Cuando el inicio de sesión funcione en tu sitio web, habrás terminado.</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>La carpeta está marcada como «no verificada»: nadie ha comprobado todavía que estos ajustes funcionan. Tu desarrollador hace esa comprobación desde el servidor de tu sitio web, como explica HANDOFF.md.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Esto fue una práctica: todo se creó en el servidor de práctica de este equipo, no en XWMS. Aun así, tu desarrollador puede probar el inicio de sesión en su propio equipo: HANDOFF.md, en la carpeta, le da el comando que inicia un servidor de práctica con exactamente esta configuración, y pequeñas apps de ejemplo que inician sesión con él. Para tu sitio web real, vuelve a ejecutar el asistente con tu cuenta de XWMS.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>En esta sesión, el asistente escribió estas carpetas para tu desarrollador en {folder}:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>En esta sesión, el asistente escribió estas carpetas para tu desarrollador:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>la más reciente (envía esta): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>anterior: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>Tu desarrollador solo necesita la más reciente. Borra las anteriores cuando la tenga: las anteriores también contienen la clave secreta.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>Tu desarrollador solo necesita la más reciente; puedes borrar las anteriores.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>Algo inesperado salió mal. Vuelve a intentarlo; si sigue pasando, los detalles de abajo ayudarán a un desarrollador a encontrar la causa.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>El servidor respondió de una forma que el asistente no entiende, así que no se usó nada de esa respuesta. Comprueba que la dirección del servidor es correcta (una dirección de XWMS termina en /api/, como https://xwms.nl/api/) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>La clave secreta «{label}» (termina en {hint}) se creó, pero no llegó la respuesta con su valor, y XWMS muestra el valor de una clave una sola vez. Revoca esa clave (Integrations → Client Secrets) y crea una nueva.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>el valor no es válido</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>XWMS no aceptó {label}: {why} Revisa también: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>XWMS no aceptó {label}: {why} Corrígelo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>La carpeta para tu desarrollador</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>Todo lo que necesita tu desarrollador, en una carpeta.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>El asistente escribe una carpeta (el paquete de entrega) con los ajustes que necesita tu desarrollador: un archivo .env con el Client ID, el sitio web, la URL de retorno y la dirección de la API; un HANDOFF.md con instrucciones, y una copia segura sin la clave secreta que puede guardar en su código. Tú le envías esta carpeta a tu desarrollador.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>Guardar la carpeta en</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>Elige dónde guardar la carpeta</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>Poner la &amp;clave secreta en el archivo .env</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>Poner la clave secreta en el archivo .env</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>Clave secreta en el archivo</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>Activado: el archivo .env está completo y tu desarrollador puede empezar enseguida, pero entonces la carpeta debe enviarse de forma segura (por ejemplo, con un gestor de contraseñas compartido o un enlace cifrado), nunca como archivo adjunto en un correo normal. Desactivado: el archivo deja un hueco vacío para la clave, y tú le das la clave a tu desarrollador por separado, por ejemplo por teléfono.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>Idioma de las instrucciones para tu desarrollador</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>&amp;Instrucciones en:</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>Crear también un archivo .&amp;zip (más fácil de enviar)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>Crear también un archivo zip</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>&amp;Escribir la carpeta</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>Escribir la carpeta</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>Este equipo no pudo abrir la carpeta. La encontrarás en esta ruta:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Ruta de la carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>Copiar la ruta de la carpeta</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>Las instrucciones son para tu desarrollador, así que solo están en inglés o neerlandés. Todo lo demás de la carpeta es igual en cualquier idioma.</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>La clave secreta no está en este equipo, así que no puede ir en el archivo. Tu desarrollador tiene que obtenerla de donde se haya guardado.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>Cualquiera que reciba esta carpeta puede hacerse pasar por tu sitio web. Envíala solo por un canal seguro y borra tu copia cuando la tenga tu desarrollador.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>Le darás la clave secreta a tu desarrollador por separado; está en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>Le darás la clave secreta a tu desarrollador por separado; cópiala de la página anterior antes de cerrar el asistente.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>Carpeta: elige dónde guardar la carpeta para tu desarrollador.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>Esta carpeta aún no existe; el asistente la creará.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Escribiendo la carpeta…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ Escrita en {path}, en lugar de la carpeta anterior</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ Escrita en {path}, junto a la carpeta anterior</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Escrita en {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>Archivo zip: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>Copiada. Pégala donde buscas archivos, por ejemplo en la barra de direcciones de una ventana de archivos.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>Usar «{value}»</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>Usar la sugerencia {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>Id. del plan</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Dirección del sitio web (dominio raíz)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Dirección IP del servidor</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL alternativa</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nombre interno</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Permitir inicio de sesión</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Permitir API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Dominio principal</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Clave secreta</translation>
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
        <translation>Dirección de correo del miembro</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Rol del miembro</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>Scopes de Verified Partner</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>Notas para el equipo de XWMS</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (miembro {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>No se pudo leer el archivo de entrega {name}: no contiene un objeto. Vuelve a escribir el paquete con esta versión del asistente.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>No se pudo leer el archivo de entrega {name}: es de la versión {version}, y este asistente lee la versión 1. Vuelve a escribir el paquete con esta versión del asistente.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>No se pudo leer el archivo de entrega {name}: falta una entrada o tiene un tipo incorrecto. Vuelve a escribir el paquete con esta versión del asistente.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>Ya se escribió aquí una carpeta para tu desarrollador: {name}. No se ha escrito nada; elige si quieres reemplazarla o conservar las dos.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>Apareció otro paquete llamado {name} en {folder} mientras se escribía este. No se ha sobrescrito nada; vuelve a escribir el paquete.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>La clave secreta no puede ir en el archivo .env: su valor no está en este equipo (solo se muestra una vez, al crearla, y el llavero de este equipo no la tiene). No se ha escrito nada y no se ha cambiado ninguna carpeta que ya existiera. Escribe la carpeta sin la clave y dásela a tu desarrollador por separado, o crea una clave nueva.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>La clave secreta no se puede escribir de forma segura en el archivo .env, así que no se ha reemplazado la carpeta {name} que ya existe: su .env habría perdido la clave. Conserva las dos carpetas, o escribe la carpeta sin la clave y dásela a tu desarrollador por separado.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>La carpeta {folder} ya contiene {count} paquetes de entrega para este cliente y este día. Elige otra carpeta o borra paquetes antiguos.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>No se pudo escribir el paquete de entrega en {folder} ({reason}). No ha quedado nada a medio escribir. Comprueba que la carpeta existe, que tienes permiso para escribir en ella y que el disco no está lleno, o elige otra carpeta; luego vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>contiene un salto de línea</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>contiene un carácter de control invisible</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>contiene un carácter dañado que no se puede guardar como texto</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>contiene una comilla simple (apóstrofo)</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>contiene una barra invertida</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>contiene un signo de dólar seguido de una llave de apertura, que algunos lectores interpretan como una referencia a otro ajuste</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>contiene un signo igual seguido de comillas dobles, que el lector de Laravel interpreta como el inicio de un valor repartido en varias líneas</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>El valor de {key} no se puede escribir de forma segura en el archivo .env: {why}. Los lectores de .env de Laravel, Node y Python lo leerían de forma distinta, así que el asistente lo deja fuera en vez de escribirlo mal. Configúralo a mano en el servidor, como variable de entorno.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>el valor tiene un ${ que nunca se cierra</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>No hay ningún archivo en {path}. Indica la ruta del archivo .env que quieres comprobar.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>No se pudo abrir el archivo {path} ({reason}). Comprueba que existe y que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>El archivo {path} no es texto plano UTF-8. Guárdalo como UTF-8 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>no tiene la forma NOMBRE=valor</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>el valor abre una comilla simple pero no la cierra en la misma línea</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>hay más texto después de la comilla de cierre</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>No se pudo leer el archivo {source} en la línea {line} ({key}): {reason}. Corrige esa línea (o escribe el valor entre comillas simples) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>No se pudo leer el archivo {source} en la línea {line}: {reason}. Corrige esa línea (o escribe el valor entre comillas simples) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>el valor usa una forma de ${...} que este lector no entiende (solo entiende ${NAME})</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>el valor hace referencia a {name}, que no se define antes en el archivo</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>el valor abre unas comillas dobles pero nunca las cierra</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>¿Qué es esto? {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS no permite que los programas hagan cambios en tu cuenta, así que los haces tú en el panel de XWMS y el asistente te dice exactamente dónde hacer clic. No inicias sesión en el asistente.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>Lo que necesitas:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>Una cuenta de pago de XWMS. Los clientes (lo que tu sitio web necesita para el inicio de sesión con XWMS) vienen con un plan de pago.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>El panel de XWMS abierto en tu navegador, con la sesión iniciada con esa cuenta. El botón de abajo lo abre.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>El asistente y el navegador uno al lado del otro: copias valores del asistente al panel, y tres cosas de vuelta (el Client ID, el Domain ID y la clave secreta).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>Al final, el asistente comprueba tu configuración con XWMS en {url}. No se envía nada hasta que hagas clic en Comprobar mi configuración.</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>Comprobar mi configuración</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>El asistente pregunta a XWMS si lo que hiciste en el panel encaja.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>La comprobación pregunta dos cosas a XWMS: si se puede llegar a él desde este equipo, y si acepta juntos tu Client ID, tu clave secreta y tu URL de retorno. No cambia nada en tu cuenta de XWMS, así que puedes ejecutarla tantas veces como quieras.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la comprobación</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>&amp;Comprobar mi configuración</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>Volver a comprobar mi configuración</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>&amp;Seguir sin comprobar</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>Seguir sin la comprobación; la carpeta se marca como no verificada</translation>
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
        <translation>Valor de la clave secreta</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>pegada, guardada en el llavero de este equipo</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>falta: vuelve a la página «Clave secreta» y pégala</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>Has cambiado algo desde la comprobación: haz clic otra vez en Comprobar mi configuración.</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>Aún no se ha comprobado nada. Cuando hayas hecho todos los pasos en el panel, haz clic en Comprobar mi configuración.</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>Conectar con XWMS</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Comprobar el Client ID, la clave secreta y la URL de retorno</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>correcto, con una nota</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>Comprobando tu configuración con XWMS…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Sin respuesta de {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>O sigue sin la comprobación: la carpeta para tu desarrollador se marca entonces como «no verificada», y tu desarrollador hace la comprobación desde tu servidor.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS respondió en {url}</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ El Client ID y la clave secreta son correctos. Falta una última comprobación que debe hacerse en el servidor de tu sitio web; la carpeta para tu desarrollador explica cómo.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ Tu configuración funciona: XWMS la acepta. Haz clic en Siguiente para escribir la carpeta para tu desarrollador.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>Si el error está en lo que escribiste o pegaste en el asistente, vuelve a la página «{page}» y corrígelo.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS aún no acepta tu configuración. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>Luego haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>Aún no funciona: lo que hay que corregir está en el recuadro de abajo.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>XWMS en {host} no respondió a tiempo, así que tu configuración aún no está comprobada. Comprueba que este equipo tiene conexión a internet y haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>El asistente no pudo abrir una conexión segura con XWMS en {host}, así que tu configuración aún no está comprobada. Revisa la dirección de la API de XWMS (en Avanzado, en la primera página) y haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>El asistente no pudo conectar con XWMS en {host}, así que tu configuración aún no está comprobada. Comprueba que este equipo tiene conexión a internet y haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>XWMS en {host} no dio una respuesta útil, así que tu configuración aún no está comprobada. Puede que XWMS esté ocupado, o que la dirección de la API de XWMS (en Avanzado, en la primera página) sea incorrecta. Haz clic en Reintentar dentro de un rato.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>Detenido. Haz clic en Comprobar mi configuración para volver a comprobar.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>Continuando sin la comprobación. La carpeta para tu desarrollador está marcada como «no verificada»; tu desarrollador hace la comprobación desde tu servidor.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Renovar la clave secreta</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Una clave nueva que funciona antes de que la antigua deje de hacerlo.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>En el panel de XWMS creas una clave secreta nueva y la vinculas a tu sitio web, junto a la actual: por ahora funcionan las dos. Pega aquí la clave nueva y el asistente la comprueba con XWMS. Cuando el sitio web de tu desarrollador use la clave nueva, revocas la antigua en el panel. Nadie pierde la sesión por el camino.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>La clave secreta nueva</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>pega aquí la clave nueva</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>&amp;Clave nueva:</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>C&amp;omprobar la clave nueva</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>Comprobar la clave nueva con XWMS</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Comprobando la clave nueva…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ La clave nueva funciona. Haz clic en Siguiente para escribir la carpeta para tu desarrollador. Cuando su sitio web use la clave nueva: en el panel, abre Client Secrets y revoca la clave antigua «{label}».</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS aún no acepta la clave nueva. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Tu configuración</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Cómo va tu inicio de sesión con XWMS y qué puedes hacer ahora.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>Elige la carpeta que escribió el asistente para tu desarrollador (su nombre empieza por xwms-handoff-). Registra lo que se configuró en el panel de XWMS. Después, el asistente pregunta a XWMS si el inicio de sesión sigue funcionando, con la clave secreta que guarda este equipo; no cambia nada.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>Carpeta para tu desarrollador</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Elegir la carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>Elige la carpeta para tu desarrollador</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Renovar la clave…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Renovar la clave secreta sin cortes</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Cambiar esta configuración…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>Cambiar el sitio web, los ajustes o los permisos</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Personas y acceso…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Quién ha iniciado sesión, testers, Verified Partner y miembros</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>Consultando a XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ Todo está bien: el inicio de sesión funciona y la clave no caduca en los próximos 30 días.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Necesita tu atención:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>Sin comprobar: este equipo no guarda la clave secreta. La tiene la carpeta para tu desarrollador; o bien renueva la clave.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ El inicio de sesión funciona: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ El inicio de sesión no funciona: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Cliente {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Vuelve a: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>Clave «{label}»: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>Abrir el panel de XWMS</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>Abre el panel de XWMS en tu navegador.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>pégalo aquí desde el panel de XWMS</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>¿Qué es esta página?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>Puede cambiar los sitios web, sus claves y lo que lee el inicio de sesión, y ver quién ha iniciado sesión; no puede añadir ni quitar miembros.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>Puede ver quién ha iniciado sesión; no cambia nada.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>Personas y acceso</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>Quién inicia sesión con tu cliente y quién puede cambiarlo.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>Estas son las partes opcionales del panel de XWMS para tu cliente. Los testers prueban el inicio de sesión antes de que esté abierto a todos. Un Verified Partner puede usar los permisos que XWMS reserva para empresas que ha verificado. Los miembros son la forma segura de dejar que tu desarrollador cambie ajustes: inician sesión con su propia cuenta de XWMS, así que nunca compartes tu contraseña.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>Quién ha iniciado sesión</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testers</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>Correo del tester</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>su dirección de correo de XWMS</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>&amp;Invitar como tester</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>Invitar a esta persona como tester</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>Verified Partner</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>Para qué usa tu sitio web estos permisos</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>para qué los usa tu sitio web</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Solicitar</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Solicitar ser Verified Partner</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>Quién puede cambiar este cliente</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>Correo del miembro</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>la dirección de correo de XWMS de tu desarrollador</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>Qué puede hacer el miembro</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>&amp;Añadir como miembro</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>Añadir a esta persona como miembro</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>Leyendo tu cliente desde XWMS…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), último acceso en {site}: {when}</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>Todavía nadie ha iniciado sesión a través de tu cliente.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>esperando su respuesta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>Aún no hay testers. Un tester acepta tu invitación en la página de inicio de sesión de XWMS.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>Solo tú. Añade aquí a tu desarrollador en lugar de compartir tu contraseña.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>esperando al equipo de XWMS</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>Marca los permisos que necesita tu sitio web, explica para qué y envía la solicitud. El equipo de XWMS verifica tu empresa y aprueba o rechaza la solicitud.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>Invitando al tester…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>Verified Partner: primero marca los permisos que necesita tu sitio web.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Enviando tu solicitud…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Añadiendo al miembro…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>El plan {source} tiene %n problema:</numerusform>
            <numerusform>El plan {source} tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Clave secreta: los archivos de plan nunca contienen una clave secreta, porque un archivo de plan se comparte o se copia fácilmente por error. Quita la línea «{key} = …» de [{table}]. El asistente crea la clave él mismo y la guarda en el llavero de tu equipo.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Clave secreta: los archivos de plan nunca contienen una clave secreta, porque un archivo de plan se comparte o se copia fácilmente por error. Quita la línea «{key} = …». El asistente crea la clave él mismo y la guarda en el llavero de tu equipo.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>Archivo de plan: «{what}» no forma parte de un plan. Va bajo [{home}]: mueve la línea debajo de ese encabezado.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>Archivo de plan: «{what}» no forma parte de un plan. ¿Querías decir {near}?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: «{what}» no forma parte de un plan. Un plan solo tiene [client], [domain], [scopes], [secret], [verification] y [[members]]. Compáralo con examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>Archivo de plan: [{table}] no tiene ningún ajuste «{key}». ¿Querías decir «{near}»?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>Archivo de plan: [{table}] no tiene ningún ajuste «{key}». Va bajo [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>Archivo de plan: [{table}] no tiene ningún ajuste «{key}». [{table}] admite: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: este ajuste lleva texto. Escríbelo así: {key} = &quot;…&quot; (entre comillas dobles).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: este ajuste lleva true o false. Escríbelo así: {key} = true  o  {key} = false (sin comillas).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: este ajuste lleva una lista de textos. Escríbelo así: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: este ajuste lleva una fecha. Escríbelo así: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: hay un error en la línea {line} (columna {column}): {reason}. Revisa ahí las comillas, los signos «=» y los [encabezados]. Compáralo con examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: contiene un error: {reason}. Revisa las comillas, los signos «=» y los [encabezados]. Compáralo con examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: ocupa {size} KB; un plan es un archivo de texto corto de {most} KB como máximo. Comprueba que indicaste el propio archivo de plan y compáralo con examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: la línea {line} anida listas o secciones más de {most} niveles; un plan necesita un solo nivel (una lista como keys = [&quot;profile&quot;]). Quita los corchetes de más y compáralo con examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>Archivo de plan: el nombre del ajuste de la línea {line} tiene más de {most} partes unidas por puntos; los nombres de un plan tienen una o dos (como domain.root). Escribe el ajuste bajo el encabezado de su [sección], como en examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: el nombre del ajuste de la línea {line} tiene más de {most} caracteres; los nombres de un plan son palabras cortas (como root o keys). Revisa esa línea y compárala con examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>Id. del plan: usa de 1 a 64 letras, números, guiones o guiones bajos, o quita plan_id y el asistente creará uno a partir del nombre del cliente y la dirección del sitio web.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>Archivo de plan: «{key}» debe ser una sección: escribe [{key}] en una línea aparte, con sus ajustes debajo. Compáralo con examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: falta. Añade la línea {key} = &quot;{example}&quot; bajo [{table}].</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>Archivo de plan: escribe cada miembro en su propia sección [[members]], con email = &quot;…&quot; y role = &quot;Developer&quot; (o &quot;Viewer&quot;) debajo.</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>Archivo de plan: nombra a {count} miembros; un plan puede nombrar a {most} como máximo. Añade a los demás en la página Personas y acceso.</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>Archivo de plan: una sección [[members]] no tiene ningún ajuste «{key}». Admite: email, role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} aparece dos veces. Deja una sola sección [[members]] por persona.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>Archivo de plan: no encontramos {source}. Revisa el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>Archivo de plan: {source} es una carpeta. Indica la ruta del archivo .toml.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>Archivo de plan: no pudimos leer {source} ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>Archivo de plan: no es texto plano (UTF-8). Guárdalo como texto UTF-8.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Puede leer</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>solo el número de XWMS de la persona</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>deja de funcionar el {date}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no caduca</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Dirección IP del servidor</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nombre interno</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Permitir inicio de sesión</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Permitir API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL alternativa</translation>
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
        <translation>¿Cerrar el asistente?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>¿Continuar tu configuración?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>Una configuración anterior se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>¿Escribir la carpeta otra vez?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>Ya hay una carpeta para tu desarrollador</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>Ya se escribió aquí una carpeta para tu desarrollador: {name}. ¿La reemplazas o conservas las dos?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>Reemplazar: la carpeta nueva ocupa el lugar de la antigua. Conservar las dos: la carpeta nueva se guarda al lado, con un número añadido a su nombre. Cancelar: no se escribe nada.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>Reemplazar la carpeta que ya existe</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar las dos</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>Conservar las dos carpetas</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>Cancelar: no escribir nada</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>Elige dónde guardar el paquete de entrega</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Elige tu logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Imágenes (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>el dominio {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>este dominio</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>tu dominio</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>En el panel de XWMS, abre {domain_page} y activa {setting}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>En el panel de XWMS, abre Integrations → Client Secrets, crea una clave nueva, vincúlala a {domain} (Link Secret en {domain_page}) y dale la clave nueva a tu desarrollador.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>XWMS no conoce la URL de retorno {url} para {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>XWMS no conoce esta URL de retorno para {the_domain}.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>Registradas ahora: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>Aún no hay ninguna URL de retorno activa registrada.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>En el panel de XWMS, abre {domain_page} → Domain URLs y añade {url} como URL de tipo Callback activa, escrita exactamente igual (XWMS la compara letra por letra, incluidos https:// y la ruta).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>la URL de retorno</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>El Client ID y la clave secreta son correctos, pero XWMS solo acepta llamadas para {the_domain} desde la dirección de servidor {allowed}.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>El Client ID y la clave secreta son correctos, pero XWMS solo acepta llamadas para {the_domain} desde el servidor de tu sitio web.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>Esta llamada vino de {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>Es lo normal si pruebas desde tu propio equipo: las llamadas reales deben venir del servidor de tu sitio web. Si la dirección de ese servidor ha cambiado, actualiza Server IP Address en el panel de XWMS, en {domain_page}.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>Esto necesita el scope «{scope}», que este cliente no tiene.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>Esto necesita un scope que este cliente no tiene.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>En el panel de XWMS, abre Integrations → Client Scopes y activa {scope}.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>el scope</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} solo lo puede usar un Verified Partner.</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>Este scope solo lo puede usar un Verified Partner.</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>Déjalo fuera por ahora, o solicítalo en el Verification Center del panel de XWMS (el personal de XWMS aprueba cada solicitud); podrás añadir el scope cuando te verifiquen.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>ver quién ha iniciado sesión</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>cambiar lo que puede leer el inicio de sesión</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>cambiar los sitios web</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>cambiar las claves secretas</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>añadir o quitar miembros</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>Tu rol en este cliente no permite {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>Tu rol en este cliente no permite esto.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>Pide al propietario del cliente que haga el cambio, o que dé este permiso a tu rol en Members and Roles.</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>el Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>el dominio</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>la clave secreta</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>Faltaba {names}.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>Faltaban {names}.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Faltaba el Client ID, el dominio o la clave secreta.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>Rellena los tres (el panel de XWMS los muestra en My Clients → tu cliente) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS no conoce este Client ID.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>Vuelve a copiar el Client ID del panel de XWMS (My Clients → tu cliente) y revisa que no tenga errores ni le falten caracteres.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>XWMS no tiene {the_domain} entre los dominios de este cliente.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>En el panel de XWMS, abre Integrations → Domains y añádelo como Root Domain (sin https:// ni ruta), o usa el dominio que ya está ahí.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>{the_domain} está desactivado en XWMS.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>El inicio de sesión no está permitido para {the_domain}.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>Las llamadas a la API no están permitidas para {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS no reconoció la clave secreta.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>Vuelve a copiar la clave, completa y sin espacios. Si se ha perdido, crea una nueva en el panel de XWMS, en Integrations → Client Secrets, y vincúlala al dominio.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>Esta clave secreta se revocó y ya no funciona.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>Esta clave secreta ha caducado.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>La clave secreta es correcta, pero no está vinculada a {the_domain}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>En el panel de XWMS, abre {domain_page}, elige Link Secret y selecciona esta clave.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS no conoce este token de inicio de sesión.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>Vuelve a iniciar sesión; el sitio web debe pasar sin cambios el token de la URL de retorno.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>Este token de inicio de sesión ya se usó; cada uno funciona una sola vez.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>Vuelve a iniciar sesión para obtener un token nuevo.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>Este token de inicio de sesión ha caducado (duran 5 minutos).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>Vuelve a iniciar sesión y termina en menos de 5 minutos.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>La dirección de correo o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>Revisa las dos (la contraseña distingue mayúsculas y minúsculas) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>No has iniciado sesión, o tu sesión ha caducado.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>Vuelve a iniciar sesión con tu dirección de correo y tu contraseña de XWMS.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>Los clientes necesitan una cuenta de pago de XWMS, y esta cuenta tiene el plan gratuito.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>Mejora la cuenta en el panel de XWMS, o inicia sesión con una cuenta de pago, y luego continúa.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>Ya tienes un cliente con este nombre.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>Elige otro nombre, o selecciona el cliente existente en la lista.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>Este cliente ya tiene {the_domain}.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>Usa el dominio que ya está ahí, o escribe otro.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>Esta URL ya está registrada para el dominio.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>Si es la que quieres, no hace falta nada más; si no, escribe otra dirección.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>Esta clave ya está vinculada a {the_domain}.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>No hace falta nada más para este vínculo.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>El servidor ya vio este paso antes con otros datos, así que se detuvo para no crear algo dos veces.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>Deshaz el cambio que hiciste desde entonces, o empieza una configuración nueva, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS no aceptó algunos de los datos.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Corrige los campos marcados y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>El servidor no encontró esto; puede que se haya borrado mientras tanto.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>Comprueba en el panel de XWMS que todavía existe y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>El servidor no pudo leer lo que envió el asistente.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>Es un fallo del asistente, no de tus datos. Vuelve a intentarlo; si sigue pasando, infórmanos.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>Este servidor no ofrece lo que pidió el asistente.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>Comprueba que la dirección del servidor apunta a un servidor de gestión de XWMS.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>El archivo es demasiado grande; un logo puede ocupar 1 MB como máximo.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>Elige una imagen PNG o SVG más pequeña.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>Una clave secreta revocada ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>Crea una clave nueva (renueva la clave).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>Esta persona ya está invitada.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>Espera su respuesta: acepta o rechaza en la página de inicio de sesión de XWMS.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>Ya hay una solicitud pendiente para estos permisos.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>Espera la respuesta del equipo de XWMS antes de volver a solicitarlo.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>Tu cuenta ya es Verified Partner para estos permisos.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>No hace falta nada más: puedes usar estos permisos.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>Este cliente ya tiene un rol con este nombre.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>Usa ese rol, o elige otro nombre.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>Es el propietario del cliente, que puede hacerlo todo.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>No hace falta nada más; añade a otra persona como miembro.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>Esta persona ya es miembro del cliente.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>No hace falta nada más para esta persona.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>El logo debe ser una imagen PNG o SVG.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>Elige un archivo PNG o SVG.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS rechazó la solicitud por estar incompleta.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Revisa el Client ID, el dominio, la clave secreta y la URL de retorno, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS no aceptó los datos de acceso.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Revisa el Client ID y la clave secreta (vuelve a copiarlos del panel de XWMS) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>XWMS no permite esto para este cliente o dominio.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>En el panel de XWMS, comprueba en Integrations → Domains que el dominio tiene activados Active, Allow Login y Allow API, y que tiene vinculada esta clave.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Esto ya existe.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>Usa lo que ya existe, o elige otro nombre u otra dirección.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>El servidor está recibiendo demasiadas solicitudes ahora mismo.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>El servidor rechazó esta solicitud.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>Revisa los datos que escribiste y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>XWMS dijo: «{message}»</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: la clave nueva caducaría el {date}, en %n día. Pon una fecha de caducidad posterior para la clave (como {suggestion}), o ninguna, y luego renueva.</numerusform>
            <numerusform>secret.expires: la clave nueva caducaría el {date}, en %n días. Pon una fecha de caducidad posterior para la clave (como {suggestion}), o ninguna, y luego renueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} no existe en este servidor, así que no hay ninguna clave que renovar. Crea primero la configuración (xwms-wizard apply, o el asistente).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>la clave nueva «{label}» (termina en {hint}) ya se había creado</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>la clave nueva pasó la comprobación ({time})</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>La clave nueva no ha pasado la comprobación, así que la antigua sigue activa: el inicio de sesión sigue funcionando con ella.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Renovar la clave secreta</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Una clave nueva que funciona antes de que la antigua deje de hacerlo.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>El asistente crea una clave secreta nueva junto a la actual, la vincula a tu sitio web y comprueba que XWMS la acepta. Las dos claves funcionan hasta que tu desarrollador ponga la nueva en tu sitio web; entonces desactivas aquí la antigua. Nadie pierde la sesión por el camino.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>&amp;Renovar la clave</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Renovar la clave</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>La clave nueva deja de funcionar en una &amp;fecha</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>La clave nueva deja de funcionar en una fecha</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>Fecha de caducidad de la clave nueva</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>&amp;Desactivar la clave antigua…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>Desactivar la clave antigua cuando tu desarrollador use la nueva</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>Sitio web: {site}. Clave actual: «{label}».</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>Renovando la clave…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ La clave antigua está desactivada; solo funciona la nueva.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ La clave nueva funciona. La antigua también, hasta que la desactives: primero dale la clave nueva a tu desarrollador (la página siguiente escribe la carpeta para él).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>¿El sitio web de tu desarrollador ya usa la clave nueva? La clave antigua deja de funcionar al instante; un sitio que todavía la use ya no podrá iniciar la sesión de nadie.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>¿Desactivar la clave antigua?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Desactivarla</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Revisar y crear</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>Revisa lo que elegiste y crea todo de una vez.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>Todavía no se ha creado nada. Cuando hagas clic en Crear todo, el asistente crea cada parte en tu cuenta de XWMS, una tras otra, y te las muestra abajo a medida que avanza. Si algo sale mal, corrígelo o vuelve a intentarlo: nunca se crea nada dos veces. Al final, el asistente comprueba con XWMS que el inicio de sesión funciona y te muestra la clave secreta una sola vez.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Lo que va a cambiar</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>Crear una clave &amp;nueva (la antigua se revoca cuando la nueva funcione)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>&amp;Mantener la clave actual; dejarla fuera del paquete (tu desarrollador ya la tiene)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Mantener la clave actual</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>&amp;Crear todo</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>Crear todo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>Tu clave secreta (se muestra una sola vez)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS solo muestra esta clave ahora. Tu desarrollador la necesita; cualquier otra persona que la tenga podría hacerse pasar por tu sitio web, así que trátala como una contraseña.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Mostrar la clave secreta</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Copiar la clave secreta</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>el servidor de práctica de este equipo</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>tu servidor</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (cliente existente)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (nuevo)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>&amp;Aplicar mis cambios</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>Has cambiado lo que elegiste: haz clic en Aplicar mis cambios para actualizar la configuración.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Todavía no se ha creado nada.</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>Viendo lo que ya tiene XWMS…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>&amp;Comprobar y seguir</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>XWMS ya tiene todo esto.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>&amp;Aplicar estos cambios</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya existía</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>Creando tu configuración…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ Todo está configurado.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ Todo estaba ya configurado; no se ha creado nada nuevo.</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>Elige abajo qué hacer y luego haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>Vuelve a la página «{page}» para cambiarlo y luego haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>No se pierde nada de lo que elegiste: haz clic en Reintentar cuando el problema esté resuelto.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>Detenido en «{step}»: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>Detenido. No se pierde nada: haz clic en Crear todo para seguir donde se detuvo. Nada se creará dos veces.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>La clave secreta se creó en una ejecución anterior y se mostró entonces; su valor no está en este equipo. Si nadie la guardó, crea una clave nueva en el panel de XWMS (Client Secrets) y vincúlala al sitio web.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Guardada en el llavero de este equipo (con el nombre «xwms-wizard»), para que el asistente pueda ponerla en la carpeta para tu desarrollador en la página siguiente.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>Este equipo no tiene llavero, así que la clave solo se conserva mientras el asistente esté abierto. Ahora es el momento de guardarla: cópiala en tu gestor de contraseñas o inclúyela en la carpeta para tu desarrollador en la página siguiente.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>La clave secreta se mostró una vez y ya no está en pantalla. La página siguiente puede ponerla en la carpeta para tu desarrollador.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>Ocultar la clave secreta</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Copiada. El asistente vacía el portapapeles en 60 segundos si la clave sigue ahí.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>Leer el perfil básico</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>Nombre, nombre de pila y apellidos, dirección de correo y foto de la persona que inicia sesión.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>Datos de perfil adicionales</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>Fecha de nacimiento, género, país y cuentas sociales vinculadas.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>Acceso a las direcciones</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>Las direcciones postales que la persona guarda en XWMS, por ejemplo para envíos o facturas. Tu sitio web puede leerlas y mantenerlas al día para la persona (añadir, cambiar, quitar).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>Qué proveedores externos de inicio de sesión ha vinculado la persona a su cuenta de XWMS.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Leer proveedores de acceso</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>¿Qué puede leer tu sitio web?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>Marca solo lo que tu sitio web necesita de verdad.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>Cuando alguien inicia sesión, XWMS le dice a tu sitio web quién es. Cada «scope» de abajo permite a tu sitio web leer un tipo más de información sobre esa persona. Pide lo menos posible: la gente confía más en un sitio web que no lo pide todo, y lo que tu sitio web nunca recibe no se puede filtrar. El perfil básico (nombre y correo) basta para la mayoría de los sitios web. Algunos scopes son solo para empresas que XWMS ha verificado (Verified Partners).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>Pulsa la barra espaciadora para marcar o desmarcar el scope seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>Cargando la lista de scopes…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (solo para Verified Partners)
{description}
Para serlo, solicítalo cuando este cliente ya exista: en la página «Personas y acceso» del asistente (Comprobar o cambiar una configuración que ya tengo) o en el Verification Center del panel de XWMS.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (para Verified Partners: tu empresa lo es)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Si no marcas nada, tu sitio web solo recibe un número que representa a la persona, no su nombre ni su correo. Está bien si tu sitio web no necesita más.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>La clave secreta del cliente «{label}» (termina en {hint}) también está vinculada a este sitio web; no se crea ninguna clave nueva.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>Se creará una clave secreta nueva: este sitio web aún no tiene ninguna.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>Se creará una clave secreta nueva, porque la antigua («{label}», termina en {hint}) se revocó.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>Se creará una clave secreta nueva, porque la antigua («{label}», termina en {hint}) caducó el {date}.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>Se creará una clave secreta nueva, porque este equipo no tiene el valor de la actual («{label}», termina en {hint}). Cuando la nueva funcione, se revocará la antigua.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>La clave secreta del sitio web («{label}», termina en {hint}) funciona, pero su valor no está en este equipo: crea una clave nueva, o mantén esta y déjala fuera del paquete.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>La clave secreta «{label}» (termina en {hint}) se queda como está.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>La clave secreta «{label}» (termina en {hint}) se queda como está; su valor no está en este equipo, así que el paquete no la incluye.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>nombre «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>caducidad {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>Cambia la clave secreta que termina en {hint}: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>Tu clave secreta nueva (se muestra una sola vez)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS solo muestra esta clave ahora. Tu desarrollador la necesita; cualquier otra persona que la tenga podría hacerse pasar por tu sitio web, así que trátala como una contraseña.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Clave secreta nueva</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>Mostrar la clave secreta nueva</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>Copiar la clave secreta nueva</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Guardada en el llavero de este equipo, para que el asistente pueda ponerla en la carpeta para tu desarrollador en la página siguiente.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>Este equipo no tiene llavero, así que la clave solo se conserva mientras el asistente esté abierto. Ponla en la carpeta para tu desarrollador en la página siguiente, o cópiala ahora en tu gestor de contraseñas.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Copiada. El asistente vacía el portapapeles en 60 segundos si la clave sigue ahí.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>La clave secreta</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>Con esta clave, tu sitio web demuestra que es realmente tuyo.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>La clave secreta es como una contraseña para tu sitio web (no para ti). El servidor de tu sitio web la envía a XWMS en cada inicio de sesión, para que XWMS sepa que la petición viene de verdad de tu sitio web. XWMS la muestra una sola vez, al crearla: el asistente te la muestra después de crearla, la guarda en el llavero de este equipo y puede ponerla en la carpeta para tu desarrollador. Está vinculada a tu sitio web, así que solo funciona ahí.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>Nombre de la clave (opcional)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>Opcional. Un nombre para la clave, para distinguir las claves más adelante, como «Servidor web 2025». Si lo dejas vacío, se llamará «Standard Key».</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>Que la clave deje de funcionar en una &amp;fecha</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>Que la clave deje de funcionar en una fecha</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>Una clave que caduca limita el daño si alguna vez se filtra, pero tu desarrollador debe poner una clave nueva antes de esa fecha, o los inicios de sesión se detienen. Si eliges una fecha, la carpeta para tu desarrollador incluye un recordatorio de calendario dos semanas antes. La mayoría de los sitios web pequeños dejan esto desactivado.</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>Clave secreta del panel</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>pega aquí la clave secreta</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>El panel de XWMS muestra una clave secreta nueva una sola vez. Cópiala de ahí y pégala aquí: el asistente la guarda en el llavero de este equipo (nunca en un archivo) y la usa para la comprobación y para la carpeta para tu desarrollador.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clave secreta:</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ La clave secreta está en el llavero de este equipo. Pega aquí una clave solo si quieres reemplazarla.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>Pega aquí la clave secreta cuando la muestre el panel.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>La clave se vinculará a {domain}, así que tu sitio web podrá usarla ahí y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>no caduca</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>deja de funcionar el {date}</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>Su valor está en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>Su valor no está en este equipo; la página «Revisar y crear» te preguntará qué hacer.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>Este sitio web ya tiene una clave: «{label}», que termina en {hint}; {expiry}. {where} Cambia aquí el nombre o la caducidad para cambiar esa clave; no le pasa nada más.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>Esta cuenta de XWMS tiene el plan gratuito. Los clientes (lo que un sitio web necesita para el inicio de sesión con XWMS) vienen con una cuenta de pago: mejora la cuenta en el panel de XWMS y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>Dirección del servidor: esto no es una dirección web. Escríbela como https://xwms.example.com o http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>Dirección de la API de XWMS: esto no es una dirección web. Escríbela como {url}, o deja la predeterminada.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>Dirección de la API de XWMS: debe empezar por https:// (http:// es solo para un servidor de prueba en este equipo), porque la comprobación le envía tu clave secreta.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>No se pudo iniciar el modo de práctica: el servidor de práctica no arrancó en este equipo. {why} Haz clic en Reintentar; si sigue fallando, reinicia el equipo o elige un servidor personalizado en la primera página.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>Correo: escribe la dirección de correo con la que inicias sesión en XWMS.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>Contraseña: escribe tu contraseña de XWMS.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>Contraseña: la sesión que este equipo guardó para {email} ha caducado. Escribe tu contraseña de XWMS para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: primero pega el Client ID en la página «Cliente»; la clave secreta se guarda asociada a él.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>No has elegido el modo real: vuelve a la primera página y elígelo.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>Clave secreta: el asistente no tiene ninguna clave secreta para este Client ID. Vuelve a la página «Clave secreta» y pega la clave del panel de XWMS.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>Sin comprobar: el asistente no pudo conectar con XWMS en {host} desde el equipo del propietario, así que nadie ha confirmado todavía que estos ajustes funcionan</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>Carpeta: no hay ningún {name} legible en {folder}. Elige la carpeta que escribió el asistente para tu desarrollador (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>Primero inicia sesión: vuelve a la página «Cuenta».</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>Asistente de configuración de XWMS</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>Configuración de XWMS</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>Se estaba configurando el cliente «{client}» para el sitio web {domain}{where}. Continúa para terminar las partes que faltan; nada se crea dos veces. Empieza de nuevo para olvidarlo y comenzar una configuración nueva.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (se detuvo en: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>El asistente todavía está trabajando. Si cierras ahora, se detiene de forma segura; la próxima vez que abras el asistente, te ofrecerá seguir donde se detuvo, y nada se creará dos veces.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>Este equipo no tiene llavero, así que la clave secreta solo existe en esta ventana. Si cierras ahora sin exportar el paquete (con la clave), se perderá y tendrás que crear una nueva.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no caduca</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>caducó el {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>caduca hoy</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>caduca mañana</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>caduca en %n día ({date})</numerusform>
            <numerusform>caduca en %n días ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>sin comprobar: el sitio web no tiene ninguna clave que funcione</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>sin comprobar: el valor de su clave no está en este equipo (compruébalo con `xwms-wizard verify` donde esté el .env)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>sin comprobar: el sitio web no tiene URL de retorno</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site} no tiene clave secreta, así que todavía nadie puede iniciar sesión ahí.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>La clave «{label}» de {site} se revocó y el sitio web no tiene otra: ahí ya no se puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>La clave «{label}» de {site} caducó el {date}: ahí ya no se puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>La clave «{label}» de {site} {expiry}: a partir de entonces no se podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS rechazó la comprobación de inicio de sesión para {site}: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Tu configuración</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Cómo va tu inicio de sesión con XWMS y qué puedes hacer ahora.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>Elige el cliente que quieres ver. El asistente lo lee de XWMS y prueba un inicio de sesión en cada sitio web con la clave secreta que guarda este equipo (no se inicia la sesión de nadie y no cambia nada). Lo que necesita tu atención aparece primero, cada cosa con lo que la soluciona.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>Cliente que quieres ver</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>Cómo va la configuración</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Renovar la clave…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Renovar la clave secreta sin cortes</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>Ca&amp;mbiar esta configuración…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>Cambiar los sitios web, los ajustes o los permisos</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>Re&amp;vocar una clave…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>Revocar una clave secreta que se ha filtrado</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>&amp;Personas y acceso…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Quién ha iniciado sesión, testers, Verified Partner y miembros</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Leyendo tus clientes…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>Esta cuenta aún no tiene clientes. Vuelve a la primera página y elige «Configurar el inicio de sesión con XWMS para un sitio web» para crear uno.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>Comprobando {name} con XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ Todo está bien: todos los sitios web funcionan y ninguna clave caduca en los próximos 30 días.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Necesita tu atención:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>«{label}» (termina en {hint}): {expiry}; sitios que la usan: {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>ningún sitio web</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>solo el número de XWMS de la persona</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Puede leer</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Claves secretas</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>Inicio de sesión {login}, acceso API {api}, {active}, modo de prueba {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ El inicio de sesión funciona: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ El inicio de sesión no funciona: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Vuelve a: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>Corrige lo que indica XWMS, o elige Cambiar esta configuración.</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>Elige Cambiar esta configuración: el asistente crea y vincula una clave.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>Elige Renovar la clave: una clave nueva funciona antes de que la antigua deje de hacerlo.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>¿Revocar la clave «{label}» (termina en {hint})? Deja de funcionar al instante: no se podrá iniciar sesión en {sites} hasta que se vincule una clave nueva y la tenga tu desarrollador. Después, elige Renovar la clave o Cambiar esta configuración para crear una nueva.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>¿Revocar esta clave?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Revocarla</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>Revocando la clave…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>Revisar y crear</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>Tu configuración</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Renovar la clave</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>Personas y acceso</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (paso actual)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>Crear el cliente</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>Añadir el sitio web (dominio)</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>Subir el logo</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Registrar la URL de retorno</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>Elegir qué puede leer el sitio web (scopes)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Crear la clave secreta</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>Vincular la clave al sitio web</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>Comprobar que todo funciona</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>Revocar la clave secreta antigua</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>Buscar el cliente y el sitio web</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Solicitar ser Verified Partner</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>Invitar a los miembros</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>un carácter parecido a un espacio</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>un carácter invisible</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>escribe un nombre como texto, por ejemplo «miempresa-app-principal».</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>Prueba con {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>escribe un nombre para esta conexión, por ejemplo «miempresa-app-principal».</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name} tiene mayúsculas. Usa solo minúsculas.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name} tiene espacios. Usa guiones entre las palabras.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name} contiene {character}. Usa solo minúsculas, números y guiones.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name} debe empezar por una letra.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} es demasiado corto. Usa al menos {least} caracteres.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>el nombre tiene {length} caracteres; el máximo es {most}. Acórtalo.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>ya tienes un cliente llamado {name}. Elígelo en la lista de clientes existentes para añadirle este sitio, o elige otro nombre, como {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>ya tienes un cliente llamado {name}. Elígelo en la lista de clientes existentes para añadirle este sitio, o elige otro nombre.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>usa solo minúsculas, números y guiones.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host} contiene caracteres que no pueden formar parte de una dirección web.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host} tiene una parte vacía (dos puntos seguidos, o un punto al principio).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>la parte {part} no es un nombre internacional válido.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host} contiene {character}. Una dirección web solo tiene letras, números, guiones y puntos.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>la parte {part} empieza o termina con un guion; quítalo.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>la parte {part} no se puede usar en una dirección web.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>la parte {part} tiene {length} caracteres; cada parte entre puntos puede tener {most} como máximo.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>no pudimos leer una dirección de sitio web en {text}.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>no encontramos una dirección de sitio web en {text}.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>escribe la dirección como texto, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>escribe la dirección de tu sitio web, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text} contiene {character}. Escribe la dirección sin eso.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} parece una dirección de correo. Escribe la dirección de tu sitio web, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>Escribe solo la dirección, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} es una dirección IP, no la dirección de un sitio web. Escribe aquí el nombre de tu sitio web (por ejemplo example.com) y pon la dirección IP en el campo Dirección IP del servidor.</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>Escribe una dirección como example.com.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>«localhost» significa este equipo, no un sitio web. Escribe la dirección de tu sitio web, por ejemplo example.com; para probar en este equipo, activa el modo de prueba y usa una URL de retorno con localhost.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} no es una dirección de sitio web completa. Añade su terminación, como {name}.com o {name}.nl.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} termina en un número. La dirección de un sitio web termina en un nombre, como .com o .nl; una dirección IP va en el campo Dirección IP del servidor.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>la dirección tiene {length} caracteres; el máximo es {most}. Comprueba que escribiste solo la dirección de tu sitio web.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>Hemos convertido {text} en {value}.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} es una dirección internacional; se guarda como {value}, la forma que usa internet.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>¿querías decir {hint}? El dominio raíz suele ser la dirección sin «www.»; la URL de retorno puede seguir estando en www.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>Escribe un nombre, por ejemplo el de tu tienda.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>un nombre necesita letras, no solo números. Escribe un nombre con letras de la a a la z, por ejemplo el de tu tienda.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>el asistente no puede crear un nombre a partir de {text}. Escribe un nombre con letras de la a a la z, por ejemplo el de tu tienda.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>Sigue escribiendo: un nombre necesita al menos {least} letras o números.</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>Un nombre empieza por una letra, así que el asistente quitó {part} del principio.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>La dirección de tu sitio web es {root}. Tu sitio se abre en {site}, así que la URL de retorno se queda ahí.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>El asistente se queda solo con la dirección del sitio web; {path} no hace falta aquí. Tu página de inicio de sesión puede estar en cualquier parte de tu sitio.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>escribe solo una dirección: aquella desde la que tu servidor llama a XWMS.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>escribe la dirección como texto, por ejemplo 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text} contiene {character}. Quítalo.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} es un rango de direcciones. Escribe la dirección única de tu servidor, sin la parte «/».</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>escribe la dirección sin la parte «%{zone}».</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>Hemos quitado los corchetes: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text} incluye un número de puerto. Escribe la dirección sin «:puerto».</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} no es una dirección IP. Es algo como 203.0.113.10 (o, en IPv6, 2001:db8::10); tu proveedor de hosting puede decirte la tuya.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>Hemos convertido {text} en {value}, la misma dirección en su forma habitual.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>Hemos escrito {text} en su forma habitual: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} no es la dirección de un solo equipo. Escribe la dirección IP pública de tu servidor.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} significa «este mismo equipo». XWMS ve la dirección pública de tu servidor, así que rechazaría las llamadas; usa la dirección IP pública de tu servidor.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} solo funciona dentro de una red local. XWMS ve la dirección pública de tu servidor, así que rechazaría las llamadas; usa la dirección IP pública de tu servidor.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} es una dirección privada o reservada, no pública. XWMS ve la dirección pública de tu servidor, así que rechazaría las llamadas; usa la dirección IP pública de tu servidor (tu proveedor de hosting puede decírtela).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>no pudimos leer {url} como dirección web. Revísala.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>falta la parte del sitio web después de {scheme}://.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>escribe la dirección como texto.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>escribe la dirección completa, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>la dirección contiene {character}. Quítalo.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>la dirección tiene {length} caracteres; el máximo es {most}.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>no se permiten comodines («*»): XWMS compara la dirección exactamente. Escribe la dirección completa que usa tu sitio.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>la dirección debe empezar por https://. Por ejemplo: {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>la dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>la dirección contiene {character}, que no puede aparecer en una dirección web.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>quita la parte desde «#» en adelante. XWMS añade el token de inicio de sesión a la dirección, y una parte con «#» lo ocultaría a tu sitio.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>un «%» debe ir seguido de dos dígitos hexadecimales (como %20). Revísalo.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>la dirección debe empezar por https://, no por {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>quita el nombre de usuario o la contraseña (la parte anterior a «@»). Nunca pongas una contraseña en una dirección.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>el número de puerto (después de «:») debe ser un número del 1 al 65535, o no ponerse.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>quita el punto final de la parte del sitio web de la dirección.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>las direcciones de este equipo (localhost) solo funcionan en modo de prueba. Activa el modo de prueba para este dominio, o usa una dirección de tu sitio web.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>usa en la dirección el nombre de tu sitio web, no una dirección IP, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>usa en la dirección el nombre de tu sitio web, no una dirección IP.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>la parte del sitio web tiene más de {most} caracteres.</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>primero rellena una dirección de sitio web válida (dominio raíz); esta dirección debe estar en ella.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} no está en tu sitio web {root}. Usa una dirección de {domain} o de uno de sus subdominios, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>usa https:// (una dirección segura). http:// sin más solo funciona para localhost en modo de prueba.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>guardada como {url}: la misma dirección, con el nombre internacional escrito como lo guarda XWMS. Tu sitio puede enviar cualquiera de las dos formas.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>tiene mayúsculas al principio. XWMS compara la dirección exactamente, así que tu sitio debe enviarla escrita exactamente así.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>escríbelo como texto.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>contiene {character}. Escríbelo en una sola línea.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>tiene {length} caracteres; el máximo es {most}. Acórtalo.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>no es una imagen PNG ni SVG</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>vuelve a elegir el archivo de imagen.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>el nombre del archivo contiene un carácter invisible. Vuelve a elegir el archivo.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>no encontramos el archivo {file}. Vuelve a elegir la imagen.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} es una carpeta, no una imagen. Elige el archivo de imagen.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>la imagen ocupa {size} MB; el máximo es 1 MB. Guarda una versión más pequeña (un logo de 512 × 512 píxeles es más que suficiente).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>el archivo {file} está vacío. Elige otra imagen.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>no pudimos abrir {file}. Comprueba que tienes permiso para leerlo, o cópialo a tu carpeta Documentos y elígelo desde ahí.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>el archivo {file} es {kind}. XWMS admite imágenes PNG o SVG: guarda tu logo como PNG y elige ese archivo.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} no es una fecha que podamos leer. Escríbela como año-mes-día, por ejemplo {year}-12-31, o déjala vacía para una clave que no caduque.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>escribe la fecha como año-mes-día, por ejemplo 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} es hoy. Elige una fecha posterior a hoy, o déjala vacía para una clave que no caduque.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} ya ha pasado. Elige una fecha posterior a hoy, o déjala vacía para una clave que no caduque.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>la clave deja de funcionar en %n día ({date}). Tu desarrollador debe reemplazarla antes; una fecha posterior le da más tiempo.</numerusform>
            <numerusform>la clave deja de funcionar en %n días ({date}). Tu desarrollador debe reemplazarla antes; una fecha posterior le da más tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>pega la clave como texto.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>no se ha pegado nada. Copia la clave del panel de XWMS y pégala aquí.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>lo que has pegado ocupa más de una línea, así que es algo más que la clave. Copia solo la clave del panel de XWMS y vuelve a pegarla.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>lo que has pegado contiene un carácter invisible (como un tabulador). Copia solo la clave del panel de XWMS y vuelve a pegarla.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>contiene un espacio. Las claves no tienen ninguno; comprueba que copiaste solo la clave.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>pega el {label} como texto.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>pega el {label} que muestra el panel de XWMS.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>contiene {character}. Copia solo el {label} del panel de XWMS y vuelve a pegarlo.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>lo que has pegado tiene {length} caracteres, mucho más que un {label}. Copia solo el ID y vuelve a pegarlo.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>indica los scopes como una lista, por ejemplo [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>un valor que no es texto</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} no es un nombre de scope. Los nombres de scope son palabras cortas en minúsculas, como «profile» o «userinfo».</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>falta. Escribe la dirección de correo que usa la persona para su cuenta de XWMS.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} no es una dirección de correo. Escríbela como name@example.com: la dirección que usa la persona para su cuenta de XWMS.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} no es un rol que conozca el asistente. Usa uno de estos: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>vacío. Indica los scopes que solicitas, por ejemplo scopes = [&quot;payments&quot;], o quita la sección [verification].</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} no está en keys de [scopes] del plan. Añádelo también ahí: la solicitud es para scopes que usará el sitio web.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes} no requiere ser Verified Partner: cualquiera puede usarlo. Solicita solo {locked}, o quita la sección [verification].</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} solo lo puede usar un Verified Partner, y esta cuenta aún no lo es. Añade una sección [verification] con scopes = [{first}] y notas sobre para qué lo usa tu sitio web, o déjalo fuera de [scopes] por ahora.</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>este servidor no ofrece {unknown}. Los scopes que ofrece son: {known}. Cambia la lista en el plan (o déjala vacía).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>Configurar el inicio de sesión con XWMS</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>Prepara tu sitio web para «Iniciar sesión con XWMS» en unos pocos pasos.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS es un servicio de inicio de sesión: la gente entra en tu sitio web con su cuenta de XWMS en lugar de con una contraseña nueva. Para que funcione, XWMS tiene que conocer tu sitio web. Este asistente se lo presenta a XWMS, paso a paso, y al final comprueba que todo encaja.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>Este asistente crea todo lo que XWMS necesita para tu sitio web: un cliente (la palabra de XWMS para la conexión de tu sitio web), la dirección de tu sitio web, lo que tu sitio web puede leer sobre las personas que inician sesión, y una clave secreta. Después escribe una carpeta para tu desarrollador con todo lo que necesita para añadir el botón de inicio de sesión.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>Lo que necesitas: la dirección de tu sitio web (por ejemplo example.com). Para tu sitio web real también necesitas una cuenta de pago de XWMS. ¿Quieres ver primero cómo funciona? Elige Practicar: no se cambia nada real.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>¿Dónde quieres configurarlo?</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>¿Qué quieres hacer?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>Configurar el inicio de sesión con XWMS para un sitio &amp;web</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>Configurar el inicio de sesión con XWMS para un sitio web</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>Comprobar o cambiar una configuración que ya &amp;tengo (renovar una clave, añadir un sitio web…)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>Comprobar o cambiar una configuración existente</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>&amp;Practicar en este equipo (empieza aquí)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>Practicar en este equipo</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>En este equipo funciona un servidor XWMS de práctica. Todo funciona como en la realidad, así que puedes probar cada paso sin riesgo.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>Mi cuenta &amp;real de XWMS (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>Mi cuenta real de XWMS</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>Para tu sitio web real. El asistente te muestra, paso a paso, dónde hacer clic en el panel de XWMS, y después comprueba con XWMS que todo funciona. Necesitas una cuenta de pago de XWMS.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>Un &amp;servidor personalizado</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>Un servidor personalizado</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>Un servidor XWMS de práctica o de gestión en otro lugar. Tu desarrollador te da su dirección.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>por ejemplo https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>La dirección web del servidor que configuró tu desarrollador, por ejemplo https://xwms.example.com o http://127.0.0.1:8765. El asistente añade /api/ al final si falta.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Idioma del asistente</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>Dirección del servidor: escribe la dirección que te dio tu desarrollador.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>El asistente usará {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>el dominio raíz</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>la dirección IP del servidor</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>el nombre interno</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>el ajuste Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>el ajuste Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>el ajuste Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>el ajuste Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>el ajuste Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>la URL alternativa</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>la URL de retorno</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>el logo</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>los scopes</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>el nombre de la clave</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>la fecha de caducidad</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>la clave que se va a vincular</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>la dirección de correo</translation>
    </message>
    <message>
        <source>password</source>
        <translation>la contraseña</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>Parte {number} de {total}: {title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(déjalo vacío)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copiar {field}</translation>
    </message>
</context>
</TS>
