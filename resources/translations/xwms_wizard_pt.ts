<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>Sua conta do XWMS</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>O assistente trabalha na sua conta do XWMS por você, do jeito que você faria no painel do XWMS. No modo de prática, ele usa uma conta de demonstração no servidor de prática, então você não precisa digitar nada. Com um servidor personalizado, entre com o e-mail e a senha da sua conta nesse servidor; o assistente guarda o login no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>O modo de prática inicia um pequeno servidor XWMS neste computador e entra na conta de demonstração dele (owner@example.com). O que você criar lá fica neste computador, para você voltar a isso depois.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>Es&amp;quecer o login salvo</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>Esquecer o login salvo neste computador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>Entre na sua conta desse servidor.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>A conta de prática entra sozinha.</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>Você faz as mudanças no painel do XWMS; o assistente mostra o caminho.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>Este computador guardou seu login da última vez: clique em Entrar, sem precisar de senha.</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>E-mail: isto ainda não é um endereço de e-mail (falta um @).</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>Iniciando o servidor de prática e entrando…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Entrando em {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ Conectado como {email}.</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ Conectado à conta de prática.</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>Parado. Clique em Tentar de novo para entrar, ou clique em Voltar para escolher outro caminho.</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vançado</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>Configurações avançadas do XWMS</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>Endereço da API do XWMS</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>O endereço onde o assistente verifica sua configuração. Deixe como está ({default}), a não ser que o XWMS ou seu desenvolvedor passe outro endereço.</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>Vazio: o assistente usa {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>O assistente vai usar {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name} (Client ID {client_id}) já existe</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} já existia; atualizado: {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain} (Domain ID {domain_id}) já existe</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>Não foi possível ler o arquivo de logo {file}. Escolha o arquivo de novo.</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} já é o logo do site</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} estava registrada, mas desativada; foi ativada</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} já está registrada</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>a equipe do XWMS aprovou {scopes}</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>o pedido {id} aguarda a resposta da equipe do XWMS</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>A equipe do XWMS recusou este pedido para {scopes}: {reason} Responda a isso nas observações em [verification], ou deixe esses escopos de fora, e rode o comando de novo.</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>esta conta já é Verified Partner para {scopes}</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>pedido {id} enviado; a equipe do XWMS vai aprová-lo ou dizer por que não</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} quando a equipe do XWMS aprovar</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>já configurados: {scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>já são membros: {people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label} (salva no chaveiro)</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label} (guardada só na memória por enquanto)</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>a chave já está vinculada</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>vinculada a {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>nenhuma chave antiga para revogar</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>a chave antiga já estava revogada</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>a chave terminada em {hints} foi revogada</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>Não verificado: o valor da chave secreta não está neste computador. Verifique com `xwms-wizard verify` onde a chave estiver guardada.</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>As credenciais estão corretas. O XWMS só aceita chamadas do endereço do seu servidor, então a verificação final roda no seu servidor: ela está na pasta de entrega.</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>O XWMS aceitou as credenciais e a URL de callback: o login está pronto para uso.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>Cancelar o que o assistente está fazendo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>já existe</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>sem data de expiração</translation>
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
        <translation>Domínio:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de callback:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Escopos:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Chave secreta:</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label} (termina em {hint}, {expiry})</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL da API:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Aguardando:</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}, quando a equipe do XWMS aprovar o pedido {id}</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membros:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Verificação:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>E-mail: informe o endereço de e-mail da conta com --email (a senha vem de {variable} ou é pedida na tela).</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>Senha: defina a variável de ambiente {variable}, ou rode isto em um terminal para que ela seja pedida.</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Senha de {email}: </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
Nada foi alterado. Rode o mesmo comando com --new-secret para criar uma chave nova (a antiga é revogada assim que a nova funcionar), ou com --keep-secret para manter a atual e deixar a chave secreta fora da pasta de entrega.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Este computador não tem chaveiro, então uma nova chave secreta se perderia quando este comando terminasse. Nada foi alterado. Rode-o com --export DIR --include-secret: assim a chave vai para o .env da pasta de entrega, a única cópia dela.</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>O que esta execução altera:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>Observação: o valor da chave secreta não está neste computador, então a pasta de entrega fica sem ela (como --keep-secret pede).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Observação: {note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>O plano {plan} tem %n problema:</numerusform>
            <numerusform>O plano {plan} tem %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>Iniciando o servidor de prática...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>Conectado a {url} como {email}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>Parou em &apos;{step}&apos;: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Rode o mesmo comando de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>Tudo já existia; nada novo foi criado.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>Comparar o plano com o servidor</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>Criar a pasta para o seu desenvolvedor</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>Pasta de entrega criada em {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>Cópia em zip: {path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>Observação: este computador não tem chaveiro, então a nova chave secreta fica guardada só no .env da pasta de entrega. Guarde esse arquivo com cuidado.</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>Observação: este computador não tem chaveiro e a pasta de entrega fica sem a chave secreta (sem --include-secret), então o valor da nova chave não fica guardado em lugar nenhum. Quando seu desenvolvedor precisar dela, rode o mesmo comando com --new-secret --include-secret.</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>Altere {field} no plano e rode o comando de novo: ele continua de onde parou.</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>Se você rodar de novo sem mudar nada, ele vai parar aqui outra vez: primeiro faça o que a linha acima diz. O que já foi criado fica guardado, e a próxima execução continua dali.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Parado. Rode o mesmo comando de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>{name} encontrado em {url}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>OK: {verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>Ainda não funciona: {verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>Não há nenhum arquivo em {path}. Informe o caminho do .env com --env.</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>Falta um valor para {keys} em {path}.</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>Muitas vezes a chave secreta fica fora da pasta de entrega de propósito: cole-a depois de XWMS_CLIENT_SECRET= (entre aspas simples) e rode isto de novo.</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>Não foi possível verificar: {message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>Esta lista de verificação foi salva em {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>Este computador não tem chaveiro, então a nova chave secreta se perderia quando este comando terminasse. Nada foi alterado. Rode-o com --export DIR --include-secret: assim a chave vai para o .env da pasta de entrega, a única cópia dela.</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>A chave antiga foi revogada; agora só a nova funciona.</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>A chave antiga também continua funcionando. Passe a nova chave para o seu desenvolvedor; quando o site dele já estiver usando a nova, rode o mesmo comando com --revoke-old para desativar a antiga.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>login: {state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API: {state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>site principal</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>Modo de teste: {state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>Corrija o que o XWMS apontou acima e rode status de novo.</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>Crie e vincule uma chave: xwms-wizard apply PLAN.toml (ou a página Chave secreta do assistente).</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>Renove a chave: xwms-wizard renew PLAN.toml, ou no assistente: Verificar ou alterar uma configuração existente e depois Renovar a chave.</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Cliente {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>Site {site}: {switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>URL de callback: {url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>verificação: OK, {verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>verificação: FALHOU, {verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>Pode ler: {scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>nenhum site</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>Chave “{label}” (termina em {hint}): {expiry}; vinculada a {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Está tudo certo.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Precisa de atenção:</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client: esta conta não tem nenhum cliente chamado {name} (ela tem: {names}).</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>Esta conta ainda não tem clientes: não há nada para verificar.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>O endereço do servidor não é um endereço da web que o assistente possa usar. Ele deve ser parecido com https://xwms.nl/api/ (ou http://127.0.0.1:PORTA/api/ para um servidor de prática).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>O endereço do servidor não pode conter nome de usuário nem senha. Apague a parte antes do sinal @; o assistente pede seus dados de login separadamente.</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>O servidor do XWMS teve um problema (erro {status}) e não conseguiu terminar isto. Não é culpa de nada que você digitou. Tente de novo daqui a um minuto.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>O servidor em {host} não respondeu em {seconds} segundos. Ele pode estar ocupado, ou a conexão pode estar lenta. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>o certificado de segurança dele não é válido (pode ter expirado, ser autoassinado ou ter sido emitido para outro nome)</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>o servidor não abriu uma conexão segura (https); talvez ele não use https neste endereço</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>O assistente não conseguiu abrir uma conexão segura com {host}: {why}. Nada foi enviado. Confira o endereço do servidor, incluindo http:// ou https://; se estiver certo, peça a quem administra esse servidor para corrigir o certificado.</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>O assistente não encontrou o servidor {host}. Confira se há erros de digitação no endereço do servidor e se este computador está conectado à internet, e tente de novo.</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>O assistente não conseguiu se conectar ao servidor em {host}. Confira se este computador está conectado à internet (no caso do servidor de prática: se ele ainda está rodando) e tente de novo.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>A conexão com {host} caiu antes de a resposta chegar completa. Confira se este computador está conectado à internet e tente de novo.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>Dê um nome ao cliente</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>Um cliente é a conexão do seu site com o XWMS.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>O XWMS chama de “cliente” cada site ou app que usa o Login com XWMS. O nome é para você e seu desenvolvedor, para vocês diferenciarem seus clientes; os visitantes não o veem. Digite qualquer nome, como o nome da sua loja: o assistente o transforma em um nome que o XWMS aceita (letras minúsculas, números e hifens) e o mostra abaixo do campo. Se você já criou um cliente para este site, escolha-o na lista: o assistente acrescenta o que falta a ele.</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>por exemplo, Padaria Boa Massa</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>Digite qualquer coisa, como o nome da sua loja. O XWMS precisa de um nome com letras minúsculas, números e hifens, então o assistente cria um a partir do que você digitar (“Padaria Silva &amp; Cia.” vira “padaria-silva-cia”) e o mostra logo abaixo do campo. Esse é o nome que seu cliente recebe.</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>No&amp;me do cliente:</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>O nome do cliente</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>Usar um cliente existente</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>Clientes existentes</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>Clientes que você já criou nesta conta. Escolha um para adicionar este site a ele (por exemplo, um segundo endereço da mesma loja). Escolha “Criar um novo cliente” para começar do zero.</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>Ou &amp;usar:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>Depois que você salvar o cliente, o painel do XWMS mostra o Client ID dele: um código que identifica seu cliente. Copie-o de lá e cole aqui; o assistente precisa dele para verificar sua configuração, e seu desenvolvedor também.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>Cole o Client ID aqui quando o painel mostrá-lo (passo 4).</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>Criar um novo cliente</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}  (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>Lendo o que “{name}” já tem…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>O assistente adiciona seu site ao cliente existente “{name}”. Nada do que já está nele é removido.</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>Esta conta ainda não tem clientes.</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>Seu cliente vai se chamar {name}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>Criar o cliente</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>Adicionar seu site (domínio)</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Registrar a URL de callback</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>Escolher o que seu site pode ler (escopos)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Criar a chave secreta</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>Vincular a chave secreta ao seu site</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nome do cliente</translation>
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
        <translation>Data de expiração</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Nome da chave</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>Entre no painel do XWMS e abra My Clients.</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>Clique em Create Client.</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>Digite o nome do cliente abaixo e salve.</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>Copie o Client ID que o painel mostra e cole-o no assistente.</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>No seu cliente, abra Integrations, depois Domains, e clique em New Domain.</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>Preencha os valores abaixo (deixe o campo vazio quando não houver valor) e salve.</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>Copie o Domain ID que o painel mostra e cole-o no assistente.</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>Ajuste as opções: Allow Login: {allow_login}, Allow API: {allow_api}, Active: {active}, Primary Domain: {primary}, Test Mode: {test_mode}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>Nas configurações de fallback do domínio, digite a Fallback URI abaixo.</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>Envie seu logo (PNG ou SVG, no máximo 1 MB) na página do domínio.</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>Na página do domínio, abra Domain URLs e adicione uma URL.</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>Cole a URL de callback abaixo exatamente como está, escolha o tipo Callback e confira se ela está Active.</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>No seu cliente, abra Client Scopes.</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>Marque exatamente estes escopos e salve: {scopes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>No seu cliente, abra Client Secrets e clique em New Secret.</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>Preencha o Label (nome) e a data de expiração e salve.</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>Preencha o Label (nome), deixe a data de expiração vazia e salve.</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>O painel mostra a chave secreta uma única vez: copie-a direto para o campo de chave do assistente. Não a envie por e-mail nem a salve em um documento.</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>Abra de novo o domínio {domain} e vá em Secret Connections.</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>Clique em Link Secret e escolha a chave com o nome {label}.</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>Ver quem fez login</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>Abra My Clients e depois {client}.</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>Abra Integrations → Users: ali aparecem todas as pessoas que fizeram login por este cliente, e por qual site.</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>Convidar um testador</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>Em Integrations → Users, envie um convite de usuário de teste para o e-mail do XWMS do testador.</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>O testador aceita o convite no próximo login; depois disso, ele pode experimentar o login em um site no modo de teste.</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Pedir para ser Verified Partner</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>Abra o Verification Center (Central de Verificação) e comece um novo pedido.</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>Escolha seu site ({domain}) e as permissões que exigem um Verified Partner, e explique nas observações para que seu site as usa.</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>A equipe do XWMS aprova ou recusa o pedido; depois de aprovado, você pode adicionar essas permissões ao cliente.</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>Dar acesso ao seu desenvolvedor como membro</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>Abra Members and Roles. Crie uma função só com o que seu desenvolvedor precisa (por exemplo, gerenciar domínios, chaves secretas e escopos).</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>Adicione seu desenvolvedor como membro com essa função, usando o e-mail do XWMS dele. Ele entra com a própria conta: nunca compartilhe sua senha.</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>O que fazer no painel do XWMS</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>Agora faça isto no painel do XWMS, no seu navegador:</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>Depois, ainda no painel do XWMS:</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>“{label}” copiado. Cole no painel.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>IP do servidor</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Permitir login</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Permitir API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Modo de teste</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL de fallback</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>Nada vai mudar: o servidor já tem tudo isto.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>Um novo cliente “{name}” será criado.</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>O site {domain} será adicionado.</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>O logo será enviado.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>A URL de callback {url} será registrada.</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>A URL de callback {url} será ativada.</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} aguarda a resposta da equipe do XWMS ao seu pedido; o escopo será adicionado quando a equipe aprovar.</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>Um pedido para ser Verified Partner (parceiro verificado) para {scopes} será enviado à equipe do XWMS; o escopo será adicionado quando a equipe aprovar.</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>Permissões: {scopes}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>Permissões: adicionar {added}; remover {removed}.</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>Permissões: adicionar {added}.</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>Permissões: remover {removed}.</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>{email} receberá um convite como {role}.</translation>
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
        <translation>Seu site</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>Onde as pessoas vão fazer login com o XWMS.</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>Qual site</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>Os sites que este cliente já tem, ou um novo para adicionar a ele.</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>&amp;Qual site:</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Endereço do site (domínio raiz)</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>Endereço do &amp;site:</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>Endereço IP do servidor (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>&amp;IP do servidor:</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>Opcional. O endereço na internet do servidor onde seu site roda, como 203.0.113.10. Se você preencher, o XWMS só aceita chamadas deste site vindas desse servidor, e uma chave secreta roubada não serve em nenhum outro lugar. Sua empresa de hospedagem pode informar o endereço. Se não tiver certeza, deixe vazio.</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>Nome interno (opcional)</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>Nome intern&amp;o:</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>Opcional. Um nome que só você vê no painel do XWMS, como “Loja principal” ou “Site de teste”, para diferenciar seus sites.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;callback:</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>Depois que alguém faz login, o XWMS leva a pessoa de volta para esta página do seu site, junto com um código de login que só vale uma vez. O código do seu desenvolvedor o recebe ali. O assistente preenche o endereço de costume; só mude se seu desenvolvedor pedir outro. Ele precisa estar escrito exatamente como seu site o usa.</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>Configurações deste site</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>Permitir &amp;login: as pessoas podem fazer login neste site</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>Precisa estar ativado para o botão “Entrar com XWMS” funcionar neste site. Desative só para interromper os logins por um tempo.</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>Permitir &amp;API: seu site pode pedir dados ao XWMS</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>Permite que o servidor do seu site peça ao XWMS mais informações sobre quem fez login (como o endereço, se você permitir isso na próxima página). Deixe ativado, a não ser que seu desenvolvedor diga que não é necessário.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>A&amp;tivo: o XWMS aceita este site</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>Desativado, o XWMS recusa tudo deste site, como se ele não existisse. Deixe ativado.</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>P&amp;rincipal: este é o site principal do cliente</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>Um cliente pode ter vários sites. O principal é o endereço principal, mostrado primeiro no painel. Deixe ativado para o seu primeiro site.</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>Mo&amp;do de teste: este não é o site real</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>Ative para uma cópia de teste do seu site ou para o computador do seu desenvolvedor (aí endereços que começam com http://localhost também funcionam). Deixe desativado para o site que seus visitantes usam.</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Mais opções</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>O XWMS só leva as pessoas de volta para sites que ele conhece. Aqui você informa o endereço do seu site; o assistente preenche a página para onde as pessoas voltam depois do login (a URL de callback). Todo o resto fica em “Mais opções”, já ajustado para a maioria dos sites.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>O endereço do seu site, como example.com. O login funciona neste endereço e nos subdomínios dele (como www.example.com ou loja.example.com). Você pode colar o endereço completo do navegador: o assistente fica só com a parte necessária e avisa você.</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>O que há em Mais opções</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>URL de fallback (opcional)</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>URL de fallbac&amp;k:</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>Opcional. Para onde o XWMS leva as pessoas quando algo dá errado no login (por exemplo, quando elas cancelam), como sua página inicial. Valem as mesmas regras da URL de callback. Vazio: o XWMS mostra uma mensagem própria.</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Arquivo do logo (opcional)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Escolher o arquivo do logo</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>Opcional. Seu logo, mostrado na página de login do XWMS para as pessoas verem que estão entrando no seu site. Uma imagem PNG ou SVG de no máximo 1 MB.</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>Depois que você salvar o domínio, o painel do XWMS mostra o Domain ID dele: um código que identifica seu site no XWMS. Copie-o de lá e cole aqui; seu desenvolvedor precisa dele.</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID:</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>Cole o Domain ID aqui quando o painel mostrá-lo (passo 3).</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>Adicionar um novo site</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}  (site principal)</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} já é um site de “{client}”: você vê as configurações como estão no XWMS. Mude só o que você quer mudar.</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>Com Principal ativado, este site passa a ser o principal de “{client}” no lugar de {main}.</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>“{client}” já tem um site principal, {main}. Principal está desativado para ele continuar sendo o principal; ative para tornar este site o principal no lugar dele.</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>As pessoas voltam para esta página do seu site depois do login; deixe como o assistente preencheu, a não ser que seu desenvolvedor peça outra.</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}, {api}, {active}, {primary}, {test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>Login ativado</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>Login desativado</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API ativada</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API desativada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>site principal</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>não é o site principal</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>Modo de teste ativado</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>Modo de teste desativado</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings} — o certo para a maioria dos sites.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>Com Permitir login desativado, ninguém consegue fazer login neste site.</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>Com Ativo desativado, o XWMS recusa tudo deste site.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>Agora é só passar para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>Sua parte está feita. Seu desenvolvedor coloca o botão “Entrar com XWMS” no seu site usando a pasta que o assistente criou. O arquivo HANDOFF.md dentro dela explica cada passo para ele, incluindo uma verificação que ele pode rodar a partir do seu servidor.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>Envie para o seu desenvolvedor o arquivo zip &lt;b&gt;{zip}&lt;/b&gt; da pasta mais recente, {folder}.</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>Envie para o seu desenvolvedor o arquivo zip &lt;b&gt;{zip}&lt;/b&gt; (ou a pasta {folder}).</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Envie para o seu desenvolvedor a pasta mais recente, &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>Envie para o seu desenvolvedor a pasta &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>A chave secreta está dentro dela, então envie com segurança: por um gerenciador de senhas compartilhado ou um link criptografado, não como um simples anexo de e-mail. Apague sua cópia quando seu desenvolvedor já tiver recebido.</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>Ela está no chaveiro deste computador, em “xwms-wizard”.</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>Você a copiou na página Revisar e criar.</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>A chave secreta não está na pasta. Passe-a para o seu desenvolvedor separadamente, de um jeito diferente da pasta: leia em voz alta por telefone ou compartilhe por um gerenciador de senhas. {where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>Seu desenvolvedor segue o HANDOFF.md da pasta. Quando o login funcionar no seu site, está tudo pronto.</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>A pasta está marcada como “não verificada”: ninguém conferiu ainda se estas configurações funcionam. Seu desenvolvedor faz essa verificação a partir do servidor do seu site, como o HANDOFF.md explica.</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>Esta foi uma rodada de prática: tudo foi criado no servidor de prática deste computador, não no XWMS. Mesmo assim, seu desenvolvedor pode testar o login no computador dele: o HANDOFF.md da pasta traz o comando que inicia um servidor de prática com exatamente esta configuração, e pequenos apps de exemplo que fazem login com ele. Para o seu site real, rode o assistente de novo com sua conta do XWMS.</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>Nesta sessão, o assistente criou estas pastas para o seu desenvolvedor em {folder}:</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>Nesta sessão, o assistente criou estas pastas para o seu desenvolvedor:</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>a mais recente (envie esta): &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>mais antiga: {folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>Seu desenvolvedor só precisa da mais recente. Apague as mais antigas quando ele já tiver recebido: uma pasta antiga também contém a chave secreta.</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>Seu desenvolvedor só precisa da mais recente; você pode apagar as mais antigas.</translation>
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
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalhes técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>Algo inesperado deu errado. Tente de novo; se continuar acontecendo, os detalhes abaixo ajudam um desenvolvedor a achar a causa.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>O servidor respondeu de um jeito que o assistente não entende, então nada dessa resposta foi usado. Confira se o endereço do servidor está certo (um endereço do XWMS termina em /api/, como https://xwms.nl/api/) e tente de novo.</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>A chave secreta “{label}” (terminada em {hint}) foi criada, mas a resposta com o valor dela não chegou, e o XWMS só mostra o valor de uma chave uma vez. Revogue essa chave (Integrations → Client Secrets) e crie uma nova.</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>não é válido</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>O XWMS não aceitou {label}: {why} Confira também: {others}.</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>O XWMS não aceitou {label}: {why} Corrija e tente de novo.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>A pasta para o seu desenvolvedor</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>Tudo o que seu desenvolvedor precisa, em uma pasta.</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>O assistente cria uma pasta (a pasta de entrega) com as configurações de que seu desenvolvedor precisa: um arquivo .env com o Client ID, o site, a URL de callback e o endereço da API, um HANDOFF.md com as instruções e uma cópia segura, sem a chave secreta, que ele pode manter no código. Você envia essa pasta para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>Salvar a pasta em</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>Escolha onde salvar a pasta</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>Colocar a chave s&amp;ecreta no arquivo .env</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>Colocar a chave secreta no arquivo .env</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>Chave secreta no arquivo</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>Ativado: o arquivo .env fica completo e seu desenvolvedor pode começar na hora, mas aí a pasta precisa ser enviada com segurança (por exemplo, por um gerenciador de senhas compartilhado ou um link criptografado), nunca como um simples anexo de e-mail. Desativado: o arquivo tem um espaço vazio para a chave, e você passa a chave para o seu desenvolvedor separadamente, por exemplo, por telefone.</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>Idioma das instruções para o seu desenvolvedor</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>&amp;Instruções em:</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>Criar também um arquivo .&amp;zip (mais fácil de enviar)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>Criar também um arquivo zip</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>C&amp;riar a pasta</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>Criar a pasta</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir a pasta</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir a pasta</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>Este computador não conseguiu abrir a pasta. Você a encontra neste caminho:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Caminho da pasta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>Copiar o caminho da pasta</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>As instruções são para o seu desenvolvedor, por isso existem só em inglês ou holandês. Todo o resto da pasta é igual em qualquer idioma.</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>A chave secreta não está neste computador, então não pode ir para o arquivo. Seu desenvolvedor precisa pegá-la de onde ela foi guardada.</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>Quem pegar esta pasta pode se passar pelo seu site. Envie-a só por um canal seguro e apague sua cópia quando seu desenvolvedor já tiver recebido.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>Você vai passar a chave secreta para o seu desenvolvedor separadamente; ela está no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>Você vai passar a chave secreta para o seu desenvolvedor separadamente; copie-a da página anterior antes de fechar o assistente.</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>Pasta: escolha onde salvar a pasta para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>Esta pasta ainda não existe; o assistente vai criá-la.</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Criando a pasta…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ Salva em {path}, no lugar da pasta anterior</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ Salva em {path}, ao lado da pasta anterior</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ Salva em {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>Arquivo zip: {path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>Copiado. Cole onde você procura arquivos, como a barra de endereço de uma janela de arquivos.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>Usar “{value}”</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>Usar a sugestão {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>ID do plano</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>Endereço do site (domínio raiz)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Endereço IP do servidor</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL de fallback</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Permitir login</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Permitir API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Domínio principal</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Modo de teste</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Nome da chave</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data de expiração</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Chave secreta</translation>
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
        <translation>E-mail do membro</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Função do membro</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>Escopos de Verified Partner</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>Observações para a equipe do XWMS</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label} (membro {number})</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>Não foi possível ler o arquivo de entrega {name}: ele não contém um objeto. Crie a pasta de entrega de novo com esta versão do assistente.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>Não foi possível ler o arquivo de entrega {name}: ele é da versão {version}, e este assistente lê a versão 1. Crie a pasta de entrega de novo com esta versão do assistente.</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>Não foi possível ler o arquivo de entrega {name}: falta um item ou um item tem o tipo errado. Crie a pasta de entrega de novo com esta versão do assistente.</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>Já existe aqui uma pasta para o seu desenvolvedor: {name}. Nada foi gravado; escolha se quer substituí-la ou manter as duas.</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>Outra pasta de entrega chamada {name} apareceu em {folder} enquanto esta era criada. Nada foi sobrescrito; crie a pasta de entrega de novo.</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>A chave secreta não pode ir para o arquivo .env: o valor dela não está neste computador (ele só é mostrado uma vez, quando a chave é criada, e o chaveiro deste computador não o tem). Nada foi gravado, e nenhuma pasta que já existia foi alterada. Crie a pasta sem a chave e passe a chave para o seu desenvolvedor separadamente, ou crie uma chave nova.</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>A chave secreta não pode ser gravada com segurança no arquivo .env, então a pasta {name} que já existe não foi substituída: o .env dela perderia a chave. Mantenha as duas pastas, ou crie a pasta sem a chave e passe a chave para o seu desenvolvedor separadamente.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>A pasta {folder} já tem {count} pastas de entrega deste cliente para este dia. Escolha outra pasta ou apague pastas de entrega antigas.</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>Não foi possível criar a pasta de entrega em {folder} ({reason}). Nada ficou gravado pela metade. Confira se a pasta existe, se você pode gravar nela e se o disco não está cheio, ou escolha outra pasta, e tente de novo.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>ele contém uma quebra de linha</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>ele contém um caractere de controle invisível</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>ele contém um caractere corrompido que não pode ser salvo como texto</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>ele contém uma aspa simples (apóstrofo)</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>ele contém uma barra invertida</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>ele contém um cifrão seguido de uma chave de abertura, que alguns leitores entendem como referência a outra configuração</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>ele contém um sinal de igual seguido de aspas duplas, que o leitor do Laravel entende como início de um valor distribuído em várias linhas</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>O valor de {key} não pode ser gravado com segurança no arquivo .env: {why}. Os leitores de .env do Laravel, do Node e do Python o leriam de formas diferentes, então o assistente prefere deixá-lo de fora a gravá-lo errado. Defina-o à mão no servidor, como variável de ambiente.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>o valor tem um ${ que nunca é fechado</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>Não há nenhum arquivo em {path}. Informe o caminho do arquivo .env que você quer verificar.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>Não foi possível abrir o arquivo {path} ({reason}). Confira se ele existe e se você tem permissão para lê-lo.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconhecido</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>O arquivo {path} não é texto simples em UTF-8. Salve-o como UTF-8 e tente de novo.</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>a linha não está no formato NOME=valor</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>o valor abre uma aspa simples, mas não a fecha na mesma linha</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>há mais texto depois da aspa de fechamento</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Não foi possível ler o arquivo {source} na linha {line} ({key}): {reason}. Corrija essa linha (ou escreva o valor entre aspas simples) e tente de novo.</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>Não foi possível ler o arquivo {source} na linha {line}: {reason}. Corrija essa linha (ou escreva o valor entre aspas simples) e tente de novo.</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>o valor usa uma forma de ${...} que este leitor não entende (só ${NAME} é aceito)</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>o valor se refere a {name}, que não foi definido antes no arquivo</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>o valor abre aspas duplas, mas nunca as fecha</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>O que é isto?</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>O que é isto? {topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>O XWMS não deixa programas fazerem mudanças na sua conta, então você mesmo as faz no painel do XWMS, e o assistente diz exatamente onde clicar. Você não entra no assistente com sua conta.</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>O que você precisa:</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>Uma conta paga do XWMS. Os clientes (o que seu site precisa para o Login com XWMS) fazem parte de um plano pago.</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>O painel do XWMS aberto no seu navegador, conectado com essa conta. O botão abaixo abre o painel.</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>O assistente e o navegador lado a lado: você copia valores do assistente para o painel, e três coisas de volta (o Client ID, o Domain ID e a chave secreta).</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>No final, o assistente verifica sua configuração com o XWMS em {url}. Nada é enviado antes de você clicar em Verificar configuração.</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>Verificar configuração</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>O assistente pergunta ao XWMS se o que você fez no painel está tudo certo junto.</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>A verificação pergunta duas coisas ao XWMS: se ele pode ser acessado deste computador, e se ele aceita juntos seu Client ID, sua chave secreta e sua URL de callback. Ela não muda nada na sua conta do XWMS, então você pode rodá-la quantas vezes quiser.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>O que a verificação encontrou</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>Verificar &amp;configuração</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>Verificar a configuração de novo</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>&amp;Seguir sem a verificação</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>Seguir sem a verificação; a pasta fica marcada como não verificada</translation>
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
        <translation>Valor da chave secreta</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>colado, guardado no chaveiro deste computador</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>faltando: clique em Voltar até a página Chave secreta e cole a chave</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>Você mudou algo depois da verificação: clique em Verificar a configuração de novo.</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>Nada foi verificado ainda. Quando tiver feito todos os passos no painel, clique em Verificar configuração.</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>Acessar o XWMS</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>Verificar o Client ID, a chave secreta e a URL de callback</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>trabalhando…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>certo, com uma observação</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>Verificando sua configuração com o XWMS…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Sem resposta de {url}</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>Ou siga sem a verificação: a pasta para o seu desenvolvedor fica marcada como “não verificada”, e seu desenvolvedor faz a verificação a partir do seu servidor.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>O XWMS respondeu em {url}</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ O Client ID e a chave secreta estão corretos. Falta uma última verificação, que precisa rodar no servidor do seu site; a pasta para o seu desenvolvedor explica como.</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ Sua configuração funciona: o XWMS a aceita. Clique em Próximo para criar a pasta para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>Se o erro estiver no que você digitou ou colou no assistente, clique em Voltar até a página {page} e corrija.</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>O XWMS ainda não aceitou sua configuração. {fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>Depois, clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>Ainda não funciona: o que corrigir está no quadro abaixo.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>O XWMS em {host} não respondeu a tempo, então sua configuração ainda não foi verificada. Confira se este computador está conectado à internet e clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>O assistente não conseguiu abrir uma conexão segura com o XWMS em {host}, então sua configuração ainda não foi verificada. Confira o endereço da API do XWMS (em Avançado, na primeira página) e clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>O assistente não conseguiu acessar o XWMS em {host}, então sua configuração ainda não foi verificada. Confira se este computador está conectado à internet e clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>O XWMS em {host} não deu uma resposta utilizável, então sua configuração ainda não foi verificada. O XWMS pode estar ocupado, ou o endereço da API do XWMS (em Avançado, na primeira página) pode estar errado. Clique em Tentar de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>Parado. Clique em Verificar configuração para verificar de novo.</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>Seguindo sem a verificação. A pasta para o seu desenvolvedor fica marcada como “não verificada”; seu desenvolvedor faz a verificação a partir do seu servidor.</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Renovar a chave secreta</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Uma chave nova que funciona antes de a antiga parar.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>No painel do XWMS, você cria uma nova chave secreta e a vincula ao seu site, ao lado da atual: por enquanto, as duas funcionam. Cole a nova chave aqui e o assistente a verifica com o XWMS. Quando o site do seu desenvolvedor já estiver usando a chave nova, você revoga a antiga no painel. Ninguém é desconectado no caminho.</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>A nova chave secreta</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>cole a nova chave aqui</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nova &amp;chave:</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>Veri&amp;ficar a nova chave</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>Verificar a nova chave com o XWMS</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Verificando a nova chave…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ A nova chave funciona. Clique em Próximo para criar a pasta para o seu desenvolvedor. Quando o site dele estiver usando a nova chave: no painel, abra Client Secrets e revogue a chave antiga “{label}”.</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>O XWMS ainda não aceitou a nova chave. {fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Sua configuração</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Como está o seu Login com XWMS, e o que você pode fazer agora.</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>Escolha a pasta que o assistente criou para o seu desenvolvedor (o nome começa com xwms-handoff-). Ela registra o que foi configurado no painel do XWMS. Depois, o assistente pergunta ao XWMS se o login ainda funciona, usando a chave secreta que este computador guarda; nada é alterado.</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>Pasta para o seu desenvolvedor</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Escolher a pasta…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>Escolher a pasta para o seu desenvolvedor</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Renovar a chave…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Renovar a chave secreta sem interrupção</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Alterar esta configuração…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>Alterar o site, as opções ou as permissões</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>Pe&amp;ssoas e acesso…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Quem fez login, testadores, Verified Partner e membros</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>Consultando o XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ Está tudo certo: o login funciona e a chave não expira nos próximos 30 dias.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Precisa da sua atenção:</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>Não verificado: este computador não guarda a chave secreta. A pasta para o seu desenvolvedor tem a chave; ou então renove a chave.</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ O login funciona: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ O login não funciona: {verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>Cliente {name} (Client ID {client_id})</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Volta para: {urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>Chave “{label}”: {expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>Abrir o painel do XWMS</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>Abre o painel do XWMS no seu navegador.</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>cole aqui, copiando do painel do XWMS</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>O que é isto?</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>Para que serve esta página?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>Desenvolvedor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Visualizador</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>Pode alterar os sites, as chaves deles e o que o login lê, e ver quem fez login; não pode adicionar nem remover membros.</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>Pode ver quem fez login; não altera nada.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>Pessoas e acesso</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>Quem faz login com o seu cliente, e quem pode alterá-lo.</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>Estas são as partes opcionais do painel do XWMS para o seu cliente. Os testadores experimentam o login antes de ele ser aberto para todos. Um Verified Partner (parceiro verificado) pode usar as permissões que o XWMS reserva para empresas que ele verificou. Os membros são o jeito seguro de deixar seu desenvolvedor alterar configurações: eles entram com a própria conta do XWMS, então você nunca compartilha sua senha.</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>Quem fez login</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testadores</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>O e-mail do testador</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>o e-mail do XWMS da pessoa</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>&amp;Convidar como testador</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>Convidar esta pessoa como testador</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>Verified Partner</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>Para que seu site usa estas permissões</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>para que seu site as usa</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Solicitar</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Pedir para ser Verified Partner</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>Quem pode alterar este cliente</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>O e-mail do membro</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>o e-mail do XWMS do seu desenvolvedor</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>O que o membro pode fazer</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>A&amp;dicionar como membro</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>Adicionar esta pessoa como membro</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>Lendo seu cliente no XWMS…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name} ({email}), último login em {site} ({when})</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>Ninguém fez login pelo seu cliente ainda.</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>aguardando a resposta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>Nenhum testador ainda. O testador aceita seu convite na página de login do XWMS.</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>Só você. Adicione seu desenvolvedor aqui em vez de compartilhar sua senha.</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>aguardando a equipe do XWMS</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}: {state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>Marque as permissões de que seu site precisa, diga para quê e faça o pedido. A equipe do XWMS verifica sua empresa e aprova ou recusa o pedido.</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>Convidando o testador…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>Verified Partner: primeiro marque as permissões de que seu site precisa.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Enviando seu pedido…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Adicionando o membro…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>O plano {source} tem %n problema:</numerusform>
            <numerusform>O plano {source} tem %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Chave secreta: um arquivo de plano nunca contém uma chave secreta, porque um arquivo de plano é fácil de compartilhar ou copiar por engano. Apague a linha “{key} = …” de [{table}]. O assistente cria a chave secreta sozinho e a guarda no chaveiro do seu computador.</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>Chave secreta: um arquivo de plano nunca contém uma chave secreta, porque um arquivo de plano é fácil de compartilhar ou copiar por engano. Apague a linha “{key} = …”. O assistente cria a chave secreta sozinho e a guarda no chaveiro do seu computador.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>Arquivo de plano: “{what}” não faz parte de um plano. Isso fica em [{home}]: mova a linha para baixo desse título.</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>Arquivo de plano: “{what}” não faz parte de um plano. Você quis dizer {near}?</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: “{what}” não faz parte de um plano. Um plano só tem [client], [domain], [scopes], [secret], [verification] e [[members]]. Compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>Arquivo de plano: [{table}] não tem a configuração “{key}”. Você quis dizer “{near}”?</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>Arquivo de plano: [{table}] não tem a configuração “{key}”. Ela fica em [{home}].</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>Arquivo de plano: [{table}] não tem a configuração “{key}”. [{table}] aceita: {known}.</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}: esta configuração recebe um texto. Escreva assim: {key} = &quot;…&quot; (entre aspas duplas).</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}: esta configuração recebe true ou false. Escreva assim: {key} = true  ou  {key} = false (sem aspas).</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}: esta configuração recebe uma lista de textos. Escreva assim: {key} = [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}: esta configuração recebe uma data. Escreva assim: {key} = &quot;2027-12-31&quot;.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: há um erro na linha {line} (coluna {column}): {reason}. Confira ali as aspas, os sinais “=” e os [títulos]. Compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: há um erro nele: {reason}. Confira as aspas, os sinais “=” e os [títulos]. Compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: ele tem {size} KB; um plano é um arquivo de texto curto, de no máximo {most} KB. Confira se você informou o próprio arquivo de plano e compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: a linha {line} coloca listas ou seções umas dentro das outras em mais de {most} níveis; um plano precisa de um nível só (uma lista como keys = [&quot;profile&quot;]). Apague os colchetes a mais e compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>Arquivo de plano: o nome da configuração na linha {line} tem mais de {most} partes ligadas por pontos; os nomes de um plano têm uma ou duas (como domain.root). Escreva a configuração abaixo do título da [seção] dela, como em examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: o nome da configuração na linha {line} tem mais de {most} caracteres; os nomes de um plano são palavras curtas (como root ou keys). Confira essa linha e compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>ID do plano: use de 1 a 64 letras, números, hifens ou sublinhados, ou deixe plan_id de fora e o assistente cria um a partir do nome do cliente e do endereço do site.</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>Arquivo de plano: “{key}” precisa ser uma seção: escreva [{key}] em uma linha própria, com as configurações abaixo. Compare com examples/plan.toml.</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}: está faltando. Adicione a linha {key} = &quot;{example}&quot; em [{table}].</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>Arquivo de plano: escreva cada membro como uma seção [[members]] própria, com email = &quot;…&quot; e role = &quot;Developer&quot; (ou &quot;Viewer&quot;) abaixo dela.</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>Arquivo de plano: ele lista {count} membros; um plano pode listar no máximo {most}. Adicione os outros na página Pessoas e acesso.</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>Arquivo de plano: uma seção [[members]] não tem a configuração “{key}”. Ela aceita: email, role.</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}: {email} aparece duas vezes. Mantenha uma seção [[members]] para cada pessoa.</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>Arquivo de plano: não encontramos {source}. Confira o nome e a pasta.</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>Arquivo de plano: {source} é uma pasta. Informe o caminho do arquivo .toml.</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>Arquivo de plano: não conseguimos ler {source} ({reason}).</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>Arquivo de plano: ele não é texto simples (UTF-8). Salve-o como texto UTF-8.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Pode ler</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>só o número da pessoa no XWMS</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>para de funcionar em {date}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>não expira</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Endereço IP do servidor</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>Permitir login</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>Permitir API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>Modo de teste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>URL de fallback</translation>
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
        <translation>Fechar o assistente?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fechar mesmo assim</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>Continuar sua configuração?</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>Uma configuração anterior parou antes de terminar.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>Criar a pasta de novo?</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>Já existe uma pasta para o seu desenvolvedor</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>Já existe aqui uma pasta para o seu desenvolvedor: {name}. Substituir ou manter as duas?</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>Substituir: a nova pasta fica no lugar da antiga. Manter as duas: a nova pasta é salva ao lado, com um número no nome. Cancelar: nada é gravado.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>Substituir a pasta que já existe</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Manter as duas</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>Manter as duas pastas</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>Cancelar: não gravar nada</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>Escolha onde salvar a pasta de entrega</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Escolha seu logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Imagens (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>OK</translation>
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
        <translation>Copiar localização do &amp;link</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
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
        <translation>Concluído</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>o domínio {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>este domínio</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>seu domínio</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>No painel do XWMS, abra {domain_page} e ative {setting}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>No painel do XWMS, abra Integrations → Client Secrets, crie uma nova chave secreta, vincule-a a {domain} (Link Secret em {domain_page}) e passe a nova chave para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>O XWMS não conhece a URL de callback {url} para {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>O XWMS não conhece esta URL de callback para {the_domain}.</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>Registradas agora: {urls}.</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>Ainda não há nenhuma URL de callback ativa registrada.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>No painel do XWMS, abra {domain_page} → Domain URLs e adicione {url} como URL de callback ativa, escrita exatamente igual (o XWMS compara letra por letra, incluindo https:// e o caminho).</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>a URL de callback</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>O Client ID e a chave secreta estão corretos, mas o XWMS só aceita chamadas para {the_domain} vindas do endereço de servidor {allowed}.</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>O Client ID e a chave secreta estão corretos, mas o XWMS só aceita chamadas para {the_domain} vindas do servidor do seu site.</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>Esta chamada veio de {address}.</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>Isso é normal quando você testa do seu próprio computador: as chamadas de verdade precisam vir do servidor do seu site. Se o endereço desse servidor mudou, atualize Server IP Address no painel do XWMS em {domain_page}.</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>Isto precisa do escopo “{scope}”, que este cliente não tem.</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>Isto precisa de um escopo que este cliente não tem.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>No painel do XWMS, abra Integrations → Client Scopes e ative {scope}.</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>o escopo</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>{scope} só pode ser usado por um Verified Partner.</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>Este escopo só pode ser usado por um Verified Partner.</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>Deixe-o de fora por enquanto, ou faça o pedido no Verification Center (Central de Verificação) do painel do XWMS (a equipe do XWMS aprova cada pedido); você pode adicionar o escopo quando for verificado.</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>ver quem fez login</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>alterar o que o login pode ler</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>alterar os sites</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>alterar as chaves secretas</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>adicionar ou remover membros</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>Sua função neste cliente não permite {what}.</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>Sua função neste cliente não permite isto.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>Peça ao dono do cliente para fazer a mudança, ou para dar essa permissão à sua função em Members and Roles.</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>o Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>o domínio</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>a chave secreta</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>Faltou {names}.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>Faltaram {names}.</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>Faltou o Client ID, o domínio ou a chave secreta.</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>Preencha os três (o painel do XWMS os mostra em My Clients → seu cliente) e tente de novo.</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>O XWMS não conhece este Client ID.</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>Copie o Client ID de novo do painel do XWMS (My Clients → seu cliente) e confira se há erros de digitação ou caracteres faltando.</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>O XWMS não tem {the_domain} entre os domínios deste cliente.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>No painel do XWMS, abra Integrations → Domains e adicione-o como Root Domain (sem https:// e sem caminho), ou use o domínio que já está lá.</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>{the_domain} está desativado no XWMS.</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>O login não é permitido para {the_domain}.</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>Chamadas de API não são permitidas para {the_domain}.</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>O XWMS não reconheceu a chave secreta.</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>Copie a chave secreta de novo, inteira e sem espaços. Se você a perdeu, crie uma nova no painel do XWMS em Integrations → Client Secrets e vincule-a ao domínio.</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>Esta chave secreta foi revogada e não funciona mais.</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>Esta chave secreta expirou.</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>A chave secreta está correta, mas não está vinculada a {the_domain}.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>No painel do XWMS, abra {domain_page}, escolha Link Secret e selecione esta chave.</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>O XWMS não conhece este código de login.</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>Comece o login de novo; o site precisa repassar o código da URL de callback sem alterações.</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>Este código de login já foi usado; cada código só funciona uma vez.</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>Comece o login de novo para receber um código novo.</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>Este código de login expirou (ele vale por 5 minutos).</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>Comece o login de novo e termine em até 5 minutos.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>O endereço de e-mail ou a senha não está correto.</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>Confira os dois (a senha diferencia maiúsculas de minúsculas) e entre de novo.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Você não está conectado, ou seu login expirou.</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>Entre de novo com seu e-mail e sua senha do XWMS.</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>Os clientes exigem uma conta paga do XWMS, e esta conta está no plano gratuito.</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>Faça o upgrade da conta no painel do XWMS, ou entre com uma conta paga, e continue.</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>Você já tem um cliente com este nome.</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>Escolha outro nome, ou selecione o cliente existente na lista.</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>Este cliente já tem {the_domain}.</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>Use o domínio que já está lá, ou digite outro.</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>Esta URL já está registrada para o domínio.</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>Se for a que você quer, não precisa fazer mais nada; se não, digite outro endereço.</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>Esta chave secreta já está vinculada a {the_domain}.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>Não é preciso fazer mais nada para este vínculo.</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>O servidor já viu este passo antes com outros dados, então parou para não criar nada em dobro.</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>Desfaça a mudança que você fez desde então, ou comece uma nova configuração, e tente de novo.</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>O XWMS não aceitou alguns dos dados.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Corrija os campos marcados e tente de novo.</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>O servidor não encontrou isto; talvez tenha sido apagado nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>Confira no painel do XWMS se isso ainda existe e tente de novo.</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>O servidor não conseguiu ler o que o assistente enviou.</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>É uma falha do assistente, não dos seus dados. Tente de novo; se continuar acontecendo, relate o problema.</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>Este servidor não oferece o que o assistente pediu.</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>Confira se o endereço do servidor aponta para um servidor de gerenciamento do XWMS.</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>O arquivo é grande demais; um logo pode ter no máximo 1 MB.</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>Escolha uma imagem PNG ou SVG menor.</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>Uma chave secreta revogada não pode mais ser alterada.</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>Crie uma chave nova no lugar dela (renove a chave).</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>Esta pessoa já foi convidada.</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>Aguarde a resposta: a pessoa aceita ou recusa na página de login do XWMS.</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>Já existe um pedido aguardando para estas permissões.</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>Aguarde a resposta da equipe do XWMS antes de pedir de novo.</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>Sua conta já é Verified Partner para estas permissões.</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>Não é preciso fazer mais nada: você pode usar estas permissões.</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>Este cliente já tem uma função com este nome.</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>Use essa função, ou escolha outro nome.</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>Este é o dono do cliente, que pode fazer tudo.</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>Não é preciso fazer mais nada; adicione outra pessoa como membro.</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>Esta pessoa já é membro do cliente.</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>Não é preciso fazer mais nada para esta pessoa.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>O logo precisa ser uma imagem PNG ou SVG.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>Escolha um arquivo PNG ou SVG.</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>O XWMS recusou o pedido por estar incompleto.</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>Confira o Client ID, o domínio, a chave secreta e a URL de callback e tente de novo.</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>O XWMS não aceitou as credenciais.</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>Confira o Client ID e a chave secreta (copie-os de novo do painel do XWMS) e tente de novo.</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>O XWMS não permite isto para este cliente ou domínio.</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>No painel do XWMS, confira em Integrations → Domains se o domínio está Active, permite Login e API e tem esta chave secreta vinculada.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Isto já existe.</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>Use o que já existe, ou escolha outro nome ou endereço.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>O servidor está recebendo pedidos demais agora.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Espere um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>O servidor recusou este pedido.</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>Confira os dados que você digitou e tente de novo.</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>O XWMS disse: “{message}”</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires: a nova chave expiraria em {date}, daqui a %n dia. Defina uma data de expiração mais distante para a chave (como {suggestion}), ou nenhuma, e renove.</numerusform>
            <numerusform>secret.expires: a nova chave expiraria em {date}, daqui a %n dias. Defina uma data de expiração mais distante para a chave (como {suggestion}), ou nenhuma, e renove.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} não existe neste servidor, então não há chave para renovar. Crie a configuração primeiro (xwms-wizard apply, ou o assistente).</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}, {site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>a nova chave “{label}” (terminada em {hint}) já tinha sido criada</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>a nova chave passou na verificação em {time}</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>A nova chave não passou na verificação, então a chave antiga continua ativa: o login continua funcionando com ela.</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>Renovar a chave secreta</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>Uma chave nova que funciona antes de a antiga parar.</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>O assistente cria uma nova chave secreta ao lado da atual, a vincula ao seu site e verifica se o XWMS a aceita. As duas chaves funcionam até seu desenvolvedor colocar a nova no seu site; aí você desativa a chave antiga aqui. Ninguém é desconectado no caminho.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>&amp;Renovar a chave</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Renovar a chave</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>A nova chave para de funcionar em uma &amp;data</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>A nova chave para de funcionar em uma data</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>A data de expiração da nova chave</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>Desa&amp;tivar a chave antiga…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>Desativar a chave antiga, quando seu desenvolvedor já estiver usando a nova</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>Site: {site}. Chave atual: “{label}”.</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>Renovando a chave…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ A chave antiga foi desativada; só a nova funciona.</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ A nova chave funciona. A antiga também funciona até você desativá-la: primeiro passe a nova chave para o seu desenvolvedor (a próxima página cria a pasta para ele).</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>O site do seu desenvolvedor já passou a usar a nova chave? A chave antiga para de funcionar na hora; um site que ainda a usa não consegue mais fazer o login de ninguém.</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>Desativar a chave antiga?</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Desativar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Revisar e criar</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>Confira suas escolhas e crie tudo de uma vez.</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>Nada foi criado ainda. Quando você clicar em Criar tudo, o assistente cria cada parte na sua conta do XWMS, uma depois da outra, e mostra cada uma abaixo conforme avança. Se algo der errado, corrija ou tente de novo: nada é criado em dobro. No final, o assistente confirma com o XWMS que o login funciona e mostra a chave secreta para você uma única vez.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>O que vai mudar</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>Criar uma &amp;nova chave (a antiga é revogada quando a nova funcionar)</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Criar uma nova chave</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>Manter a chave atual; deixar a chave &amp;fora da pasta de entrega (seu desenvolvedor já a tem)</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Manter a chave atual</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>&amp;Criar tudo</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>Criar tudo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>Sua chave secreta (mostrada uma vez)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>O XWMS mostra esta chave só agora. Seu desenvolvedor precisa dela; qualquer outra pessoa que a tiver pode se passar pelo seu site, então trate-a como uma senha.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Mostrar a chave secreta</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Copiar a chave secreta</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>o servidor de prática neste computador</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>seu servidor</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  (cliente existente)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (novo)</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>&amp;Aplicar minhas mudanças</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>Você mudou suas escolhas: clique em Aplicar minhas mudanças para atualizar a configuração.</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Nada foi criado ainda.</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>Vendo o que o XWMS já tem…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>Verificar e &amp;seguir</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>O XWMS já tem tudo isto.</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>&amp;Aplicar estas mudanças</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nada foi alterado ainda.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>trabalhando…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>já existia</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>Criando sua configuração…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ Tudo configurado.</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ Tudo já estava configurado; nada novo foi criado.</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>Escolha abaixo o que fazer e clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>Clique em Voltar até a página {page} para mudar isso e depois clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>Nada do que você escolheu se perde: clique em Tentar de novo quando o problema estiver resolvido.</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>Parou em “{step}”: {message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>Parado. Nada se perdeu: clique em Criar tudo para continuar de onde parou. Nada será criado em dobro.</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>A chave secreta foi criada em uma execução anterior e mostrada naquela hora; o valor dela não está neste computador. Se ninguém a guardou, crie uma nova chave no painel do XWMS (Client Secrets) e vincule-a ao site.</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Salva no chaveiro deste computador (em “xwms-wizard”), para o assistente poder colocá-la na pasta para o seu desenvolvedor na próxima página.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>Este computador não tem chaveiro, então a chave só fica guardada enquanto o assistente estiver aberto. Agora é a hora de guardá-la: copie-a para o seu gerenciador de senhas, ou inclua-a na pasta para o seu desenvolvedor na próxima página.</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>A chave secreta foi mostrada uma vez e não está mais na tela. A próxima página pode colocá-la na pasta para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>Ocultar a chave secreta</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Copiado. O assistente limpa a área de transferência em 60 segundos se a chave ainda estiver lá.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>Ler o perfil básico</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>Nome, nome e sobrenome, e-mail e foto da pessoa que faz login.</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>Campos extras do perfil</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>Data de nascimento, gênero, país e contas de redes sociais vinculadas.</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>Acessar dados de endereço</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>Os endereços postais que a pessoa guarda no XWMS, por exemplo, para entregas ou notas fiscais. Seu site pode lê-los e mantê-los atualizados para a pessoa (adicionar, alterar, remover).</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>Quais serviços de login externos a pessoa vinculou à conta do XWMS dela.</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>Ler serviços de login</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>O que seu site pode ler?</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>Marque só o que seu site realmente precisa.</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>Quando alguém faz login, o XWMS diz ao seu site quem é a pessoa. Cada “escopo” abaixo permite que seu site leia mais um tipo de informação sobre essa pessoa. Peça o mínimo possível: as pessoas confiam mais em um site que não pede tudo, e o que seu site nunca recebe não pode vazar. O perfil básico (nome e e-mail) basta para a maioria dos sites. Alguns escopos são só para empresas que o XWMS verificou (Verified Partners).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>Pressione Espaço para marcar ou desmarcar o escopo selecionado.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>Carregando a lista de escopos…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  (só para Verified Partners)
{description}
Para se tornar um, faça o pedido quando este cliente existir: na página “Pessoas e acesso” do assistente (Verificar ou alterar uma configuração que já tenho) ou no Verification Center do painel do XWMS.</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}  (para Verified Partners: sua empresa é um)
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>Sem nada marcado, seu site recebe só um número que representa a pessoa, não o nome nem o e-mail dela. Tudo bem, se seu site não precisar de mais nada.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>A chave secreta “{label}” do cliente (terminada em {hint}) também é vinculada a este site; nenhuma chave nova é criada.</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>Uma nova chave secreta será criada: este site ainda não tem nenhuma.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>Uma nova chave secreta será criada, porque a antiga (“{label}”, terminada em {hint}) foi revogada.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>Uma nova chave secreta será criada, porque a antiga (“{label}”, terminada em {hint}) expirou em {date}.</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>Uma nova chave secreta será criada, porque este computador não tem o valor da atual (“{label}”, terminada em {hint}). Quando a nova chave funcionar, a antiga é revogada.</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>A chave secreta do site (“{label}”, terminada em {hint}) funciona, mas o valor dela não está neste computador: crie uma nova chave, ou mantenha esta e deixe a chave fora da pasta de entrega.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>A chave secreta “{label}” (terminada em {hint}) continua como está.</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>A chave secreta “{label}” (terminada em {hint}) continua como está; o valor dela não está neste computador, então a pasta de entrega fica sem ela.</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>nome “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>expiração {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>A chave secreta terminada em {hint} muda: {changes}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>Sua nova chave secreta (mostrada uma vez)</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>O XWMS mostra esta chave só agora. Seu desenvolvedor precisa dela; qualquer outra pessoa que a tiver pode se passar pelo seu site, então trate-a como uma senha.</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Nova chave secreta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>Mostrar a nova chave secreta</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>Copiar a nova chave secreta</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ Salva no chaveiro deste computador, para o assistente poder colocá-la na pasta para o seu desenvolvedor na próxima página.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>Este computador não tem chaveiro, então a chave só fica guardada enquanto o assistente estiver aberto. Coloque-a na pasta para o seu desenvolvedor na próxima página, ou copie-a agora para o seu gerenciador de senhas.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>Copiado. O assistente limpa a área de transferência em 60 segundos se a chave ainda estiver lá.</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>A chave secreta</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>Com esta chave, seu site prova que é mesmo seu.</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>A chave secreta é como uma senha do seu site (não sua). O servidor do seu site a envia ao XWMS em cada login, para o XWMS saber que o pedido vem mesmo do seu site. O XWMS só a mostra uma vez, quando ela é criada: o assistente a mostra para você depois de criá-la, guarda no chaveiro deste computador e pode colocá-la na pasta para o seu desenvolvedor. Ela fica vinculada ao seu site, então só funciona lá.</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>Nome da chave (opcional)</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Nome da chave</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>Opcional. Um nome para a chave, para você diferenciar as chaves depois, como “Servidor web 2025”. Se ficar vazio, ela se chama “Standard Key”.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>Fazer a chave parar de funcionar em uma &amp;data</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>Fazer a chave parar de funcionar em uma data</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data de expiração</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>Uma chave que expira limita o estrago se ela vazar algum dia, mas seu desenvolvedor precisa colocar uma chave nova antes dessa data, senão os logins param. Se você escolher uma data, a pasta para o seu desenvolvedor inclui um lembrete de agenda duas semanas antes. A maioria dos sites pequenos deixa isto desativado.</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>Chave secreta do painel</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>cole a chave secreta aqui</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>O painel do XWMS mostra uma nova chave secreta uma única vez. Copie-a de lá e cole aqui: o assistente a guarda no chaveiro deste computador (nunca em um arquivo) e a usa na verificação e na pasta para o seu desenvolvedor.</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Chave secreta:</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ A chave secreta está no chaveiro deste computador. Cole uma chave aqui só se quiser substituí-la.</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>Cole a chave secreta aqui quando o painel mostrá-la.</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>A chave será vinculada a {domain}, para seu site poder usá-la lá e em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>ela não expira</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>ela para de funcionar em {date}</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>O valor dela está no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>O valor dela não está neste computador; a página Revisar e criar pergunta o que fazer.</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>Este site já tem uma chave: “{label}”, terminada em {hint}; {expiry}. {where} Mude o nome ou a expiração aqui para alterar essa chave; nada mais acontece com ela.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>Esta conta do XWMS está no plano gratuito. Os clientes (o que um site precisa para o Login com XWMS) fazem parte de uma conta paga: faça o upgrade da conta no painel do XWMS e entre de novo.</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>Endereço do servidor: isto não é um endereço da web. Digite algo como https://xwms.example.com ou http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>Endereço da API do XWMS: isto não é um endereço da web. Digite algo como {url}, ou deixe o padrão.</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>Endereço da API do XWMS: ele precisa começar com https:// (http:// é só para um servidor de teste neste computador), porque a verificação envia sua chave secreta para ele.</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>O modo de prática não pôde começar: o servidor de prática não iniciou neste computador. {why} Clique em Tentar de novo; se continuar falhando, reinicie o computador ou escolha um servidor personalizado na primeira página.</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>E-mail: digite o endereço de e-mail que você usa para entrar no XWMS.</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>Senha: digite sua senha do XWMS.</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>Senha: o login que este computador guardou para {email} expirou. Digite sua senha do XWMS para entrar de novo.</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID: cole primeiro o Client ID na página Cliente; a chave secreta é guardada com ele.</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>O modo real (sua conta real do XWMS) não está escolhido: volte para a primeira página e escolha-o.</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>Chave secreta: o assistente não tem nenhuma chave secreta para este Client ID. Clique em Voltar até a página Chave secreta e cole a chave do painel do XWMS.</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>Não verificado: o assistente não conseguiu acessar o XWMS em {host} a partir do computador do dono, então ninguém confirmou ainda que estas configurações funcionam</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>Pasta: não há nenhum {name} legível em {folder}. Escolha a pasta que o assistente criou para o seu desenvolvedor (xwms-handoff-…).</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>Entre primeiro: volte para a página Conta.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>Assistente de configuração do XWMS</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>Configuração do XWMS</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>O cliente “{client}” do site {domain} estava sendo configurado{where}. Continue para terminar as partes que faltam; nada é criado em dobro. Comece de novo para esquecer isso e iniciar uma nova configuração.</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> (parou em: {step})</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>O assistente ainda está trabalhando. Se você fechar agora, ele para com segurança; da próxima vez que você abrir o assistente, ele oferece continuar de onde parou, e nada é criado em dobro.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>Este computador não tem chaveiro, então a chave secreta só existe nesta janela. Se você fechar agora sem criar a pasta de entrega (com a chave), ela se perde e você vai precisar criar uma nova.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>revogada</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>não expira</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expirou em {date}</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expira hoje</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>expira amanhã</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>expira em %n dia ({date})</numerusform>
            <numerusform>expira em %n dias ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>não verificado: o site não tem nenhuma chave que funcione</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>não verificado: o valor da chave dele não está neste computador (verifique com `xwms-wizard verify` onde o .env estiver)</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>não verificado: o site não tem URL de callback</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site} não tem chave secreta, então ninguém consegue fazer login lá ainda.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>A chave “{label}” de {site} foi revogada, e o site não tem outra: o login lá parou de funcionar.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>A chave “{label}” de {site} expirou em {date}: o login lá parou de funcionar.</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>A chave “{label}” de {site} {expiry}: nesse dia, o login para de funcionar.</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>O XWMS recusou a verificação de login de {site}: {verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>Sua configuração</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>Como está o seu Login com XWMS, e o que você pode fazer agora.</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>Escolha o cliente que você quer ver. O assistente o lê no XWMS e testa um login em cada site com a chave secreta que este computador guarda (ninguém é conectado, e nada muda). O que precisa da sua atenção aparece primeiro, cada item com o que resolve.</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>Cliente para ver</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>Como está a configuração</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>&amp;Renovar a chave…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>Renovar a chave secreta sem interrupção</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>&amp;Alterar esta configuração…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>Alterar os sites, as opções ou as permissões</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>Revo&amp;gar uma chave…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>Revogar uma chave secreta que vazou</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>Pe&amp;ssoas e acesso…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>Quem fez login, testadores, Verified Partner e membros</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Lendo seus clientes…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>Esta conta ainda não tem clientes. Clique em Voltar até a primeira página e escolha “Configurar o Login com XWMS” para criar um.</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>Verificando {name} com o XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ Está tudo certo: todos os sites funcionam e nenhuma chave expira nos próximos 30 dias.</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>Precisa da sua atenção:</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>“{label}” (terminada em {hint}): {expiry}; usada por {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>nenhum site</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>só o número da pessoa no XWMS</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Pode ler</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Chaves secretas</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>Login: {login}, API: {api}, {active}, Modo de teste: {test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ O login funciona: {verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ O login não funciona: {verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>Volta para: {urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>Corrija o que o XWMS apontou, ou escolha Alterar esta configuração.</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>Escolha Alterar esta configuração: o assistente cria e vincula uma chave.</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>Escolha Renovar a chave: uma chave nova funciona antes de a antiga parar.</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>Revogar a chave “{label}” (terminada em {hint})? Ela para de funcionar na hora: o login em {sites} para até uma nova chave ser vinculada e seu desenvolvedor recebê-la. Depois, escolha Renovar a chave ou Alterar esta configuração para criar uma nova.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Revogar esta chave?</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>Revogando a chave…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>Revisar e criar</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>Sua configuração</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Renovar a chave</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>Pessoas e acesso</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Verificar configuração</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title} (passo atual)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>Criar o cliente</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>Adicionar o site (domínio)</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>Enviar o logo</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>Registrar a URL de callback</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>Escolher o que o site pode ler (escopos)</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>Criar a chave secreta</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>Vincular a chave secreta ao site</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>Verificar se tudo funciona</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>Revogar a chave secreta antiga</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>Encontrar o cliente e o site</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>Pedir para ser Verified Partner</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>Convidar os membros</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>uma quebra de linha</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>uma tabulação</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>um caractere parecido com espaço</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>um caractere invisível</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>digite um nome como texto, por exemplo, “minhaempresa-app-principal”.</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>Tente {hint}.</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>digite um nome para esta conexão, por exemplo, “minhaempresa-app-principal”.</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name} tem letras maiúsculas. Use só letras minúsculas.</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name} tem espaços. Use hifens entre as palavras.</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name} contém {character}. Use só letras minúsculas, números e hifens.</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name} precisa começar com uma letra.</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name} é curto demais. Use pelo menos {least} caracteres.</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>o nome tem {length} caracteres; o máximo é {most}. Encurte-o.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>você já tem um cliente chamado {name}. Escolha-o na lista de clientes existentes para acrescentar a ele, ou escolha outro nome, como {free}.</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>você já tem um cliente chamado {name}. Escolha-o na lista de clientes existentes para acrescentar a ele, ou escolha outro nome.</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>use só letras minúsculas, números e hifens.</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host} contém caracteres que não podem fazer parte de um endereço da web.</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host} tem uma parte vazia (dois pontos seguidos, ou um ponto no começo).</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>a parte {part} não é um nome internacional válido.</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host} contém {character}. Um endereço da web só tem letras, números, hifens e pontos.</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>a parte {part} começa ou termina com hífen; apague-o.</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>a parte {part} não pode ser usada em um endereço da web.</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>a parte {part} tem {length} caracteres; cada parte entre pontos pode ter no máximo {most}.</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>não conseguimos ler um endereço de site em {text}.</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>não encontramos um endereço de site em {text}.</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>digite o endereço como texto, por exemplo, example.com.</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>digite o endereço do seu site, por exemplo, example.com.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text} contém {character}. Digite o endereço sem isso.</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text} parece um endereço de e-mail. Digite o endereço do seu site, por exemplo, example.com.</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>Digite só o endereço, por exemplo, example.com.</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host} é um endereço IP, não um endereço de site. Digite aqui o nome do seu site (por exemplo, example.com) e coloque o endereço IP no campo Endereço IP do servidor.</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>Digite um endereço como example.com.</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>“localhost” quer dizer este computador, não um site. Digite o endereço do seu site, por exemplo, example.com; para testar neste computador, ative o Modo de teste e use uma URL de callback com localhost.</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text} não é um endereço de site completo. Acrescente o final, como {name}.com.br ou {name}.com.</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text} termina em um número. Um endereço de site termina em um nome, como .com ou .br; um endereço IP vai no campo Endereço IP do servidor.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>o endereço tem {length} caracteres; o máximo é {most}. Confira se você digitou só o endereço do seu site.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>Transformamos {text} em {value}.</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown} é um endereço internacional; ele é guardado como {value}, a forma que a internet usa.</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>você quis dizer {hint}? O domínio raiz costuma ser o endereço sem “www.”; a URL de callback pode continuar no www.</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>Digite um nome, como o nome da sua loja.</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>um nome precisa de letras, não só de números. Digite um nome com letras de a a z, como o nome da sua loja.</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>o assistente não consegue criar um nome a partir de {text}. Digite um nome com letras de a a z, como o nome da sua loja.</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>Continue digitando: um nome precisa de pelo menos {least} letras ou números.</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>Um nome começa com uma letra, então o assistente deixou de fora {part} no começo.</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>O endereço do seu site é {root}. Seu site abre em {site}, então a URL de callback fica lá.</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>O assistente guarda só o endereço do site; {path} não é necessário aqui. Sua página de login pode estar em qualquer lugar do seu site.</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>digite só um endereço: aquele de onde seu servidor chama o XWMS.</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>digite o endereço como texto, por exemplo, 203.0.113.10.</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text} contém {character}. Apague isso.</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text} é uma faixa de endereços. Digite o endereço único do seu servidor, sem a parte com “/”.</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>digite o endereço sem a parte “%{zone}”.</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>Tiramos os colchetes: {value}.</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text} inclui um número de porta. Digite o endereço sem “:porta”.</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text} não é um endereço IP. Um endereço IP é parecido com 203.0.113.10 (ou, no IPv6, 2001:db8::10); sua empresa de hospedagem pode informar o seu.</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>Transformamos {text} em {value}, o mesmo endereço na forma de costume.</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>Escrevemos {text} na forma de costume: {value}.</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} não é o endereço de um único computador. Digite o endereço IP público do seu servidor.</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} quer dizer “este mesmo computador”. O XWMS vê o endereço público do seu servidor, então as chamadas seriam recusadas; use o endereço IP público do seu servidor.</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} só funciona dentro de uma rede local. O XWMS vê o endereço público do seu servidor, então as chamadas seriam recusadas; use o endereço IP público do seu servidor.</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} é um endereço privado ou reservado, não um endereço público. O XWMS vê o endereço público do seu servidor, então as chamadas seriam recusadas; use o endereço IP público do seu servidor (sua empresa de hospedagem pode informar).</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>não conseguimos ler {url} como endereço da web. Confira.</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>falta a parte do site depois de {scheme}://.</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>digite o endereço como texto.</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>digite o endereço completo, por exemplo, {example}.</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>o endereço contém {character}. Apague isso.</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>o endereço tem {length} caracteres; o máximo é {most}.</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>curingas (“*”) não são permitidos: o XWMS compara o endereço exatamente. Digite o endereço completo que seu site usa.</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>o endereço precisa começar com https://. Por exemplo: {guess}.</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>o endereço precisa começar com https://.</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>o endereço contém {character}, que não pode estar em um endereço da web.</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>apague a parte a partir do “#”. O XWMS acrescenta o código de login ao endereço, e uma parte com “#” o esconderia do seu site.</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>um “%” precisa vir seguido de dois dígitos hexadecimais (como %20). Confira.</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>o endereço precisa começar com https://, não com {scheme}://.</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>apague o nome de usuário ou a senha (a parte antes do “@”). Nunca coloque uma senha em um endereço.</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>o número da porta (depois do “:”) precisa ser um número de 1 a 65535, ou ser deixado de fora.</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>apague o ponto no final da parte do site no endereço.</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>endereços neste computador (localhost) só funcionam no Modo de teste. Ative o Modo de teste para este domínio, ou use um endereço no seu site.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>use o nome do seu site no endereço, não um endereço IP, por exemplo, {example}.</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>use o nome do seu site no endereço, não um endereço IP.</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>a parte do site tem mais de {most} caracteres.</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>primeiro preencha um endereço de site válido (domínio raiz); este endereço precisa estar nele.</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host} não está no seu site {root}. Use um endereço em {domain} ou em um dos subdomínios dele, por exemplo, {example}.</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>use https:// (um endereço seguro). O http:// simples só funciona para localhost no Modo de teste.</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>salvo como {url}: o mesmo endereço, com o nome internacional escrito do jeito que o XWMS guarda. Seu site pode enviar qualquer uma das duas formas.</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>o endereço tem letras maiúsculas no começo. O XWMS compara o endereço exatamente, então seu site precisa enviá-lo escrito exatamente assim.</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>digite como texto.</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>contém {character}. Mantenha em uma linha só.</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>tem {length} caracteres; o máximo é {most}. Encurte.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>uma foto JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>uma imagem GIF</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>uma imagem WebP</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>não é uma imagem PNG ou SVG</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>escolha o arquivo de imagem de novo.</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>o nome do arquivo contém um caractere invisível. Escolha o arquivo de novo.</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>não encontramos o arquivo {file}. Escolha a imagem de novo.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file} é uma pasta, não uma imagem. Escolha o arquivo de imagem.</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>a imagem tem {size} MB; o máximo é 1 MB. Salve uma versão menor (um logo de 512 × 512 pixels é mais que suficiente).</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>o arquivo {file} está vazio. Escolha outra imagem.</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>não conseguimos abrir {file}. Confira se você tem permissão para lê-lo, ou copie-o para a pasta Documentos e escolha-o lá.</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>o arquivo {file} é {kind}. O XWMS aceita imagens PNG ou SVG: salve seu logo como PNG e escolha esse arquivo.</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text} não é uma data que conseguimos ler. Escreva no formato ano-mês-dia, como {year}-12-31, ou deixe vazio para uma chave que não expira.</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>escreva a data no formato ano-mês-dia, como 2027-12-31.</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} é hoje. Escolha uma data depois de hoje, ou deixe vazio para uma chave que não expira.</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} já passou. Escolha uma data depois de hoje, ou deixe vazio para uma chave que não expira.</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>a chave para de funcionar daqui a %n dia ({date}). Seu desenvolvedor precisa substituí-la antes disso; uma data mais distante dá mais tempo.</numerusform>
            <numerusform>a chave para de funcionar daqui a %n dias ({date}). Seu desenvolvedor precisa substituí-la antes disso; uma data mais distante dá mais tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>cole a chave secreta como texto.</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>nada foi colado. Copie a chave secreta do painel do XWMS e cole aqui.</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>o que você colou ocupa mais de uma linha, então é mais do que a chave secreta. Copie só a chave secreta do painel do XWMS e cole de novo.</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>o que você colou contém um caractere invisível (como uma tabulação). Copie só a chave secreta do painel do XWMS e cole de novo.</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>ela contém um espaço. Chaves secretas não têm espaços; confira se você copiou só a chave.</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>cole o {label} como texto.</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>cole o {label} que o painel do XWMS mostra.</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>ele contém {character}. Copie só o {label} do painel do XWMS e cole de novo.</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>o que você colou tem {length} caracteres, muito mais do que um {label}. Copie só o ID e cole de novo.</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>informe os escopos como uma lista, por exemplo, [&quot;profile&quot;].</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>um valor que não é texto</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} não é um nome de escopo. Nomes de escopo são palavras curtas em minúsculas, como “profile” ou “userinfo”.</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>está faltando. Escreva o e-mail que a pessoa usa na conta do XWMS dela.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email} não é um endereço de e-mail. Escreva como name@example.com: o endereço que a pessoa usa na conta do XWMS dela.</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role} não é uma função que o assistente conhece. Use uma destas: {roles}.</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>vazio. Diga os escopos que você está pedindo, por exemplo, scopes = [&quot;payments&quot;], ou apague a seção [verification].</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes} não está em keys de [scopes] no plano. Adicione lá também: o pedido é para escopos que o site vai usar.</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes} não exige Verified Partner: qualquer um pode usar. Peça só {locked}, ou apague a seção [verification].</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes} só pode ser usado por um Verified Partner, e esta conta ainda não é um. Adicione uma seção [verification] com scopes = [{first}] e observações sobre para que seu site o usa, ou deixe-o fora de [scopes] por enquanto.</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>este servidor não oferece {unknown}. Os escopos que ele oferece são: {known}. Altere a lista no plano (ou deixe-a vazia).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>Configurar o Login com XWMS</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>Deixe seu site pronto para o “Entrar com XWMS” em poucos passos.</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>O XWMS é um serviço de login: as pessoas entram no seu site com a conta do XWMS delas, em vez de criar uma senha nova. Para isso funcionar, o XWMS precisa conhecer seu site. Este assistente apresenta seu site ao XWMS, passo a passo, e confere no final se tudo se encaixa.</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>Este assistente cria tudo o que o XWMS precisa para o seu site: um cliente (o nome que o XWMS dá à conexão do seu site), o endereço do seu site, o que seu site pode ler sobre as pessoas que fazem login e uma chave secreta. Depois, ele cria uma pasta para o seu desenvolvedor com tudo o que ele precisa para adicionar o botão de login.</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>O que você precisa: o endereço do seu site (como example.com). Para o seu site real, você também precisa de uma conta paga do XWMS. Quer ver como funciona primeiro? Escolha Praticar: nada de verdade é alterado.</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>Onde você quer configurar?</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>O que você quer fazer?</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>Configurar o Login com XWMS para um &amp;site</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>Configurar o Login com XWMS para um site</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>Verificar ou alterar uma configuração que já &amp;tenho (renovar uma chave, adicionar um site…)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>Verificar ou alterar uma configuração existente</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>Praticar neste &amp;computador (comece aqui)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>Praticar neste computador</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>Um servidor de prática do XWMS roda neste computador. Tudo funciona como o de verdade, então você pode testar cada passo com segurança.</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>Minha conta &amp;real do XWMS (xwms.nl)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>Minha conta real do XWMS</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>Para o seu site real. O assistente mostra, passo a passo, onde clicar no painel do XWMS e depois confirma com o XWMS que tudo funciona. Você precisa de uma conta paga do XWMS.</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>Um servidor perso&amp;nalizado</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>Um servidor personalizado</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>Um servidor de prática ou de gerenciamento do XWMS em outro lugar. Seu desenvolvedor passa o endereço para você.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>por exemplo, https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>O endereço da web do servidor que seu desenvolvedor configurou, como https://xwms.example.com ou http://127.0.0.1:8765. O assistente acrescenta /api/ no final se estiver faltando.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Idioma do assistente</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>Endereço do servidor: digite o endereço que seu desenvolvedor passou para você.</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>O assistente vai usar {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>o nome do cliente</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>o domínio raiz</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>o endereço IP do servidor</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>o nome interno</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>a opção Allow Login</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>a opção Allow API</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>a opção Active</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>a opção Primary Domain</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>a opção Test Mode</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>a URL de fallback</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>a URL de callback</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>o logo</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>os escopos</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>o nome da chave</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>a data de expiração</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>a chave secreta a vincular</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>o endereço de e-mail</translation>
    </message>
    <message>
        <source>password</source>
        <translation>a senha</translation>
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
        <translation>(deixe vazio)</translation>
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
