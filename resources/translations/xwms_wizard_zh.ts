<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your XWMS account</source>
        <translation>您的 XWMS 账户</translation>
    </message>
    <message>
        <source>The wizard works in your XWMS account for you, the way you would in the XWMS dashboard. In Practice mode it uses a demo account on the practice server, so you do not need to type anything. With a custom server, sign in with the e-mail and password of that server&apos;s account; the wizard keeps the sign-in in this computer&apos;s keychain, never in a file.</source>
        <translation>向导会替您在 XWMS 账户中操作，就像您自己在 XWMS 控制台中操作一样。在练习模式下，它使用练习服务器上的演示账户，您无需输入任何内容。使用自定义服务器时，请用该服务器账户的电子邮件和密码登录；向导会把登录信息保存在本机的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Practice mode starts a small XWMS server on this computer and signs in to its demo account (owner@example.com). What you make there stays on this computer, so you can come back to it later.</source>
        <translation>练习模式会在本机启动一个小型 XWMS 服务器，并登录其演示账户（owner@example.com）。您在其中创建的内容都保留在本机，以后可以回来继续使用。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Forget the kept sign-in</source>
        <translation>忘记已保存的登录(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the sign-in kept on this computer</source>
        <translation>清除本机保存的登录信息</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in to the server&apos;s account.</source>
        <translation>请登录该服务器的账户。</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>服务器：{url}</translation>
    </message>
    <message>
        <source>The practice account signs in by itself.</source>
        <translation>练习账户会自动登录。</translation>
    </message>
    <message>
        <source>You make the changes in the XWMS dashboard; the wizard guides you.</source>
        <translation>您在 XWMS 控制台中进行更改，向导会一步步指导您。</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>This computer kept your sign-in from last time: press Sign in, no password needed.</source>
        <translation>本机保存了您上次的登录信息：请按“登录”，无需输入密码。</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address yet (it needs an @).</source>
        <translation>电子邮件：这还不是有效的电子邮件地址（需要包含 @）。</translation>
    </message>
    <message>
        <source>Starting the practice server and signing in…</source>
        <translation>正在启动练习服务器并登录…</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>正在登录 {server}…</translation>
    </message>
    <message>
        <source>✓ Signed in as {email}.</source>
        <translation>✓ 已以 {email} 身份登录。</translation>
    </message>
    <message>
        <source>✓ Signed in to the practice account.</source>
        <translation>✓ 已登录练习账户。</translation>
    </message>
    <message>
        <source>Stopped. Press Try again to sign in, or go Back to choose another way.</source>
        <translation>已停止。请按“重试”重新登录，或按“上一步”选择其他方式。</translation>
    </message>
</context>
<context>
    <name>ApiUrlSetting</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>Advanced settings for XWMS</source>
        <translation>XWMS 高级设置</translation>
    </message>
    <message>
        <source>XWMS API address</source>
        <translation>XWMS API 地址</translation>
    </message>
    <message>
        <source>The address the wizard checks your setup at. Leave it as it is ({default}) unless XWMS or your developer gives you another one.</source>
        <translation>向导在此地址检查您的设置。请保持不变（{default}），除非 XWMS 或您的开发人员给了您其他地址。</translation>
    </message>
    <message>
        <source>Empty: the wizard uses {default}</source>
        <translation>留空：向导将使用 {default}</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>向导将使用 {url}</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>{name} (Client ID {client_id}) already exists</source>
        <translation>{name}（Client ID {client_id}）已存在</translation>
    </message>
    <message>
        <source>Client ID {client_id}</source>
        <translation>Client ID {client_id}</translation>
    </message>
    <message>
        <source>{domain} already existed; updated {settings}</source>
        <translation>{domain} 已存在；已更新 {settings}</translation>
    </message>
    <message>
        <source>{domain} (Domain ID {domain_id}) already exists</source>
        <translation>{domain}（Domain ID {domain_id}）已存在</translation>
    </message>
    <message>
        <source>Domain ID {domain_id}</source>
        <translation>Domain ID {domain_id}</translation>
    </message>
    <message>
        <source>The logo file {file} could not be read. Choose the file again.</source>
        <translation>无法读取徽标文件 {file}。请重新选择该文件。</translation>
    </message>
    <message>
        <source>{file} is already the website&apos;s logo</source>
        <translation>{file} 已经是该网站的徽标</translation>
    </message>
    <message>
        <source>{url} was registered but off; switched it on</source>
        <translation>{url} 已注册但处于关闭状态；已将其开启</translation>
    </message>
    <message>
        <source>{url} is already registered</source>
        <translation>{url} 已注册</translation>
    </message>
    <message>
        <source>the XWMS team approved {scopes}</source>
        <translation>XWMS 团队已批准 {scopes}</translation>
    </message>
    <message>
        <source>request {id} waits for the XWMS team&apos;s answer</source>
        <translation>申请 {id} 正在等待 XWMS 团队的答复</translation>
    </message>
    <message>
        <source>The XWMS team turned down this application for {scopes}: {reason} Answer that in the notes under [verification], or leave the scopes out, then run the command again.</source>
        <translation>XWMS 团队拒绝了这份针对 {scopes} 的申请：{reason} 请在 [verification] 下的备注中对此作出回应，或者去掉这些权限范围，然后再次运行该命令。</translation>
    </message>
    <message>
        <source>this account is a Verified Partner for {scopes} already</source>
        <translation>此账户已经是 {scopes} 的认证合作伙伴</translation>
    </message>
    <message>
        <source>request {id} sent; the XWMS team approves it or says why not</source>
        <translation>已发送申请 {id}；XWMS 团队会批准它，或说明不批准的原因</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>; {scopes} once the XWMS team approves</source>
        <translation>; {scopes} 将在 XWMS 团队批准后设置</translation>
    </message>
    <message>
        <source>already set: {scopes}</source>
        <translation>已设置：{scopes}</translation>
    </message>
    <message>
        <source>already members: {people}</source>
        <translation>已是成员：{people}</translation>
    </message>
    <message>
        <source>{label} (saved in the keychain)</source>
        <translation>{label}（已保存到钥匙串）</translation>
    </message>
    <message>
        <source>{label} (kept in memory for now)</source>
        <translation>{label}（暂时保存在内存中）</translation>
    </message>
    <message>
        <source>the secret is already linked</source>
        <translation>密钥已关联</translation>
    </message>
    <message>
        <source>linked to {domain}</source>
        <translation>已关联到 {domain}</translation>
    </message>
    <message>
        <source>no old key to revoke</source>
        <translation>没有需要吊销的旧密钥</translation>
    </message>
    <message>
        <source>the old key was already revoked</source>
        <translation>旧密钥已被吊销</translation>
    </message>
    <message>
        <source>revoked the key ending in {hints}</source>
        <translation>已吊销末尾为 {hints} 的密钥</translation>
    </message>
    <message>
        <source>Not checked: the secret&apos;s value is not on this computer. Check with `xwms-wizard verify` where the secret is kept.</source>
        <translation>未检查：密钥的值不在本机上。请在保存密钥的地方运行 `xwms-wizard verify` 进行检查。</translation>
    </message>
    <message>
        <source>The credentials are right. XWMS only accepts calls from your server&apos;s address, so the final check runs on your server: it is in the handoff.</source>
        <translation>凭据正确。XWMS 只接受来自您服务器地址的调用，因此最后一项检查要在您的服务器上运行：方法写在交接包中。</translation>
    </message>
    <message>
        <source>XWMS accepted the credentials and the callback URL: login is ready to use.</source>
        <translation>XWMS 已接受凭据和回调地址：登录功能已可以使用。</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel what the wizard is doing</source>
        <translation>取消向导正在进行的操作</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>无到期日期</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID：</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>回调地址：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>{label} (ends in {hint}, {expiry})</source>
        <translation>{label}（末尾为 {hint}，{expiry}）</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>等待中：</translation>
    </message>
    <message>
        <source>{scopes}, once the XWMS team approves request {id}</source>
        <translation>{scopes}，待 XWMS 团队批准申请 {id} 后生效</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>E-mail: give the account&apos;s e-mail address with --email (the password comes from {variable} or a prompt).</source>
        <translation>电子邮件：请用 --email 提供账户的电子邮件地址（密码取自 {variable} 或在提示时输入）。</translation>
    </message>
    <message>
        <source>Password: set the environment variable {variable}, or run this in a terminal to be asked for it.</source>
        <translation>密码：请设置环境变量 {variable}，或在终端中运行此命令，以便提示您输入密码。</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>{email} 的密码： </translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed. Run the same command with --new-secret to make a new key (the old one is revoked once the new one works), or with --keep-secret to keep it and leave the secret out of the bundle.</source>
        <translation>{reason}
未做任何更改。请加上 --new-secret 再次运行同一命令以创建新密钥（新密钥生效后旧密钥即被吊销），或加上 --keep-secret 保留当前密钥，并且不把密钥放入交接包。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so a new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>本机没有钥匙串，因此新密钥会在此命令结束时丢失。未做任何更改。请使用 --export DIR --include-secret 运行：密钥会写入交接包的 .env 文件，这是它唯一的副本。</translation>
    </message>
    <message>
        <source>What this run changes:</source>
        <translation>本次运行将更改：</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Note: the secret key&apos;s value is not on this computer, so the bundle leaves it out (as --keep-secret asks).</source>
        <translation>注意：密钥的值不在本机上，因此交接包中不包含它（按 --keep-secret 的要求）。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message numerus="yes">
        <source>The plan {plan} has %n problem(s):</source>
        <translation>
            <numerusform>计划 {plan} 有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the practice sandbox...</source>
        <translation>正在启动练习服务器（沙盒）...</translation>
    </message>
    <message>
        <source>Signed in to {url} as {email}</source>
        <translation>已以 {email} 身份登录 {url}</translation>
    </message>
    <message>
        <source>Stopped at &apos;{step}&apos;: {message}</source>
        <translation>在“{step}”处停止：{message}</translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>再次运行同一命令，即可从停止处继续。</translation>
    </message>
    <message>
        <source>Everything already existed; nothing new was created.</source>
        <translation>所有内容都已存在；未创建任何新内容。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Compare the plan with the server</source>
        <translation>将计划与服务器对比</translation>
    </message>
    <message>
        <source>Write the folder for your developer</source>
        <translation>写入交给开发人员的文件夹</translation>
    </message>
    <message>
        <source>Handoff bundle written to {path}</source>
        <translation>交接包已写入 {path}</translation>
    </message>
    <message>
        <source>Zipped copy: {path}</source>
        <translation>压缩副本：{path}</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain, so the new secret key is kept only in the bundle&apos;s .env. Keep that file safe.</source>
        <translation>注意：本机没有钥匙串，因此新密钥只保存在交接包的 .env 文件中。请妥善保管该文件。</translation>
    </message>
    <message>
        <source>Note: this computer has no keychain and the bundle leaves the secret out (no --include-secret), so the new key&apos;s value is not kept anywhere. When your developer needs it, run the same command with --new-secret --include-secret.</source>
        <translation>注意：本机没有钥匙串，且交接包不包含密钥（未使用 --include-secret），因此新密钥的值没有保存在任何地方。当您的开发人员需要它时，请加上 --new-secret --include-secret 再次运行同一命令。</translation>
    </message>
    <message>
        <source>Change {field} in the plan, then run the command again: it continues where it stopped.</source>
        <translation>请在计划中修改 {field}，然后再次运行命令：它会从停止处继续。</translation>
    </message>
    <message>
        <source>Running it again as it is will stop here again: first do what the line above says. What was made so far is kept, and the next run continues from there.</source>
        <translation>按原样再次运行仍会在这里停止：请先按上一行的提示操作。已创建的内容会保留，下次运行将从那里继续。</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>已停止。再次运行同一命令，即可从停止处继续。</translation>
    </message>
    <message>
        <source>Reached {name} at {url}</source>
        <translation>已连接到 {url} 上的 {name}</translation>
    </message>
    <message>
        <source>OK: {verdict}</source>
        <translation>正常：{verdict}</translation>
    </message>
    <message>
        <source>Not working yet: {verdict}</source>
        <translation>尚未正常工作：{verdict}</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env with --env.</source>
        <translation>{path} 处没有文件。请用 --env 指定 .env 文件的路径。</translation>
    </message>
    <message>
        <source>{path} lacks a value for {keys}.</source>
        <translation>{path} 缺少 {keys} 的值。</translation>
    </message>
    <message>
        <source>The secret is often left out of the bundle on purpose: paste it after XWMS_CLIENT_SECRET= (between single quotes) and run this again.</source>
        <translation>密钥常常是特意不放入交接包的：请把它粘贴到 XWMS_CLIENT_SECRET= 后面（用单引号括起来），然后再次运行。</translation>
    </message>
    <message>
        <source>Could not check: {message}</source>
        <translation>无法检查：{message}</translation>
    </message>
    <message>
        <source>Saved this checklist to {path}</source>
        <translation>已将此检查清单保存到 {path}</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the new secret key would be lost when this command ends. Nothing was changed. Run it with --export DIR --include-secret: the key then goes into the bundle&apos;s .env, its only copy.</source>
        <translation>本机没有钥匙串，因此新密钥会在此命令结束时丢失。未做任何更改。请使用 --export DIR --include-secret 运行：密钥会写入交接包的 .env 文件，这是它唯一的副本。</translation>
    </message>
    <message>
        <source>The old key is revoked; only the new one works now.</source>
        <translation>旧密钥已吊销；现在只有新密钥有效。</translation>
    </message>
    <message>
        <source>The old key still works too. Give your developer the new key; once their site uses it, run the same command with --revoke-old to switch the old one off.</source>
        <translation>旧密钥目前也仍然有效。请把新密钥交给您的开发人员；等他们的网站用上新密钥后，再加上 --revoke-old 运行同一命令来停用旧密钥。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>login {state}</source>
        <translation>登录：{state}</translation>
    </message>
    <message>
        <source>API {state}</source>
        <translation>API：{state}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>主网站</translation>
    </message>
    <message>
        <source>Test Mode {state}</source>
        <translation>测试模式：{state}</translation>
    </message>
    <message>
        <source>Fix what XWMS names above, then run status again.</source>
        <translation>请修正上面 XWMS 指出的问题，然后再次运行 status。</translation>
    </message>
    <message>
        <source>Make and link a key: xwms-wizard apply PLAN.toml (or the wizard&apos;s Secret key page).</source>
        <translation>创建并关联密钥：xwms-wizard apply PLAN.toml（或使用向导的“密钥”页面）。</translation>
    </message>
    <message>
        <source>Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an existing setup, then Renew the key.</source>
        <translation>更换密钥：xwms-wizard renew PLAN.toml；或在向导中选择“检查或更改现有设置”，然后选择“更换密钥”。</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>客户端 {name}（Client ID {client_id}）</translation>
    </message>
    <message>
        <source>Website {site}: {switches}</source>
        <translation>网站 {site}：{switches}</translation>
    </message>
    <message>
        <source>callback URL: {url}</source>
        <translation>回调地址：{url}</translation>
    </message>
    <message>
        <source>check: OK, {verdict}</source>
        <translation>检查：正常，{verdict}</translation>
    </message>
    <message>
        <source>check: FAILED, {verdict}</source>
        <translation>检查：失败，{verdict}</translation>
    </message>
    <message>
        <source>May read: {scopes}</source>
        <translation>可读取：{scopes}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>无网站</translation>
    </message>
    <message>
        <source>Key “{label}” (ending in {hint}): {expiry}; linked to {sites}</source>
        <translation>密钥“{label}”（末尾为 {hint}）：{expiry}；已关联到 {sites}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>需要处理：</translation>
    </message>
    <message>
        <source>--client: this account has no client called {name} (it has: {names}).</source>
        <translation>--client：此账户中没有名为 {name} 的客户端（现有：{names}）。</translation>
    </message>
    <message>
        <source>This account has no clients yet: nothing to check.</source>
        <translation>此账户还没有客户端：无需检查。</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The server address is not a web address the wizard can use. It should look like https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).</source>
        <translation>该服务器地址不是向导可以使用的网址。它应类似 https://xwms.nl/api/（练习服务器则为 http://127.0.0.1:PORT/api/）。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password. Remove the part before the @ sign; the wizard asks for your sign-in details separately.</source>
        <translation>服务器地址中不能包含用户名或密码。请删除 @ 符号之前的部分；向导会另外询问您的登录信息。</translation>
    </message>
    <message>
        <source>The XWMS server ran into a problem (error {status}) and could not finish this. It is not caused by anything you entered. Try again in a minute.</source>
        <translation>XWMS 服务器出现问题（错误 {status}），无法完成此操作。这不是您输入的内容造成的。请过一分钟再试。</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. It may be busy, or the connection may be slow. Try again in a moment.</source>
        <translation>{host} 上的服务器在 {seconds} 秒内没有响应。它可能正忙，或者网络连接较慢。请稍后再试。</translation>
    </message>
    <message>
        <source>its security certificate is not valid (it may have expired, be self-signed, or be made out for another name)</source>
        <translation>它的安全证书无效（可能已过期、是自签名的，或是为其他名称签发的）</translation>
    </message>
    <message>
        <source>the server did not set up a secure (https) connection; it may not use https at this address</source>
        <translation>该服务器没有建立安全（https）连接；此地址可能不使用 https</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to {host}: {why}. Nothing was sent. Check the server address, including http:// or https://; if it is right, ask whoever runs that server to fix its certificate.</source>
        <translation>向导无法与 {host} 建立安全连接：{why}。未发送任何内容。请检查服务器地址，包括 http:// 或 https://；如果地址正确，请联系该服务器的管理者修复其证书。</translation>
    </message>
    <message>
        <source>The wizard could not find the server {host}. Check the server address for typing mistakes and check that this computer is online, then try again.</source>
        <translation>向导找不到服务器 {host}。请检查服务器地址是否有输入错误，并确认本机已联网，然后重试。</translation>
    </message>
    <message>
        <source>The wizard could not connect to the server at {host}. Check that this computer is online (for the practice server: that it is still running), then try again.</source>
        <translation>向导无法连接到 {host} 上的服务器。请确认本机已联网（如果是练习服务器：确认它仍在运行），然后重试。</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the answer was complete. Check that this computer is online, then try again.</source>
        <translation>与 {host} 的连接在响应完成前中断了。请确认本机已联网，然后重试。</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Name the client</source>
        <translation>为客户端命名</translation>
    </message>
    <message>
        <source>A client is your website&apos;s connection to XWMS.</source>
        <translation>客户端是您的网站与 XWMS 之间的连接。</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>客户端名称</translation>
    </message>
    <message>
        <source>XWMS calls each website or app that uses Log in with XWMS a “client”. Its name is for you and your developer, so you can tell your clients apart; visitors do not see it. Type any name, such as your shop&apos;s name: the wizard turns it into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it under the field. If you already made a client for this website, pick it from the list instead: the wizard then adds to it.</source>
        <translation>XWMS 把每个使用“使用 XWMS 登录”的网站或应用称为“客户端”。名称是给您和您的开发人员看的，方便区分不同的客户端；访客看不到它。输入任意名称即可，例如您店铺的名称：向导会把它转换成 XWMS 接受的名称（小写字母、数字和连字符），并显示在输入框下方。如果您已经为这个网站创建过客户端，请改为从列表中选择它：向导会在其中添加内容。</translation>
    </message>
    <message>
        <source>such as My Bakery Shop</source>
        <translation>例如 My Bakery Shop</translation>
    </message>
    <message>
        <source>Type anything, such as your shop&apos;s name. XWMS needs a name of lowercase letters, digits and hyphens, so the wizard makes one from what you type (“Bakery Smith &amp; Co.” becomes “bakery-smith-co”) and shows it right under the field. That is the name your client gets.</source>
        <translation>输入任意内容，例如您店铺的名称。XWMS 需要由小写字母、数字和连字符组成的名称，因此向导会根据您的输入生成一个（“Bakery Smith &amp; Co.” 会变成 “bakery-smith-co”），并显示在输入框正下方。这就是您的客户端将使用的名称。</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>客户端名称(&amp;M)：</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>客户端的名称</translation>
    </message>
    <message>
        <source>Use an existing client</source>
        <translation>使用现有客户端</translation>
    </message>
    <message>
        <source>Existing clients</source>
        <translation>现有客户端</translation>
    </message>
    <message>
        <source>Clients you made before, in this account. Choose one to add this website to it (for example a second address of the same shop). Choose “Make a new client” to start fresh.</source>
        <translation>您之前在此账户中创建的客户端。选择其中一个，把这个网站添加进去（例如同一家店铺的第二个网址）。选择“新建客户端”可从头开始。</translation>
    </message>
    <message>
        <source>Or &amp;use:</source>
        <translation>或使用(&amp;U)：</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>After you save the client, the XWMS dashboard shows its Client ID: a code that names your client. Copy it there and paste it here; the wizard needs it to check your setup, and your developer needs it too.</source>
        <translation>保存客户端后，XWMS 控制台会显示它的 Client ID（客户端 ID）：一个标识您客户端的代码。请从那里复制并粘贴到这里；向导需要用它来检查您的设置，您的开发人员也需要它。</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Paste the Client ID here when the dashboard shows it (step 4).</source>
        <translation>控制台显示 Client ID 后，请将其粘贴到这里（第 4 步）。</translation>
    </message>
    <message>
        <source>Make a new client</source>
        <translation>新建客户端</translation>
    </message>
    <message>
        <source>{name}  (Client ID {client_id})</source>
        <translation>{name}（Client ID {client_id}）</translation>
    </message>
    <message>
        <source>Reading what “{name}” already has…</source>
        <translation>正在读取“{name}”已有的内容…</translation>
    </message>
    <message>
        <source>The wizard adds your website to the existing client “{name}”. Nothing already in it is removed.</source>
        <translation>向导会把您的网站添加到现有客户端“{name}”中。其中已有的内容都不会被删除。</translation>
    </message>
    <message>
        <source>This account has no clients yet.</source>
        <translation>此账户还没有客户端。</translation>
    </message>
    <message>
        <source>Your client will be called {name}.</source>
        <translation>您的客户端将命名为 {name}。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create the client</source>
        <translation>创建客户端</translation>
    </message>
    <message>
        <source>Add your website (domain)</source>
        <translation>添加您的网站（域名）</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>注册回调地址</translation>
    </message>
    <message>
        <source>Choose what your website may read (scopes)</source>
        <translation>选择您的网站可以读取的内容（权限范围）</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <source>Link the secret to your website</source>
        <translation>将密钥关联到您的网站</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client name（客户端名称）</translation>
    </message>
    <message>
        <source>Root Domain</source>
        <translation>Root Domain（根域名）</translation>
    </message>
    <message>
        <source>Server IP Address</source>
        <translation>Server IP Address（服务器 IP 地址）</translation>
    </message>
    <message>
        <source>Internal Name</source>
        <translation>Internal Name（内部名称）</translation>
    </message>
    <message>
        <source>Fallback URI</source>
        <translation>Fallback URI（备用地址）</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback URL（回调地址）</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes（权限范围）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label（名称）</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date（到期日期）</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>Secret label（密钥名称）</translation>
    </message>
    <message>
        <source>Sign in to the XWMS dashboard and open My Clients.</source>
        <translation>登录 XWMS 控制台，打开 My Clients（我的客户端）。</translation>
    </message>
    <message>
        <source>Click Create Client.</source>
        <translation>点击 Create Client（创建客户端）。</translation>
    </message>
    <message>
        <source>Type the client name below and save.</source>
        <translation>在下方输入客户端名称并保存。</translation>
    </message>
    <message>
        <source>Copy the Client ID the dashboard shows and paste it into the wizard.</source>
        <translation>复制控制台显示的 Client ID，并粘贴到向导中。</translation>
    </message>
    <message>
        <source>In your client, open Integrations, then Domains, and click New Domain.</source>
        <translation>在您的客户端中，打开 Integrations（集成），再打开 Domains，然后点击 New Domain（新建域名）。</translation>
    </message>
    <message>
        <source>Fill in the values below (leave a field empty when no value is given) and save.</source>
        <translation>填写下方的值（没有给出值的字段请留空），然后保存。</translation>
    </message>
    <message>
        <source>Copy the Domain ID the dashboard shows and paste it into the wizard.</source>
        <translation>复制控制台显示的 Domain ID，并粘贴到向导中。</translation>
    </message>
    <message>
        <source>Set the switches: Allow Login {allow_login}, Allow API {allow_api}, Active {active}, Primary Domain {primary}, Test Mode {test_mode}.</source>
        <translation>设置开关：Allow Login {allow_login}，Allow API {allow_api}，Active {active}，Primary Domain {primary}，Test Mode {test_mode}。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Under the domain&apos;s fallback settings, enter the fallback URI below.</source>
        <translation>在该域名的备用（fallback）设置中，填入下方的 Fallback URI。</translation>
    </message>
    <message>
        <source>Upload your logo (PNG or SVG, at most 1 MB) on the domain&apos;s page.</source>
        <translation>在该域名的页面上传您的徽标（PNG 或 SVG，最大 1 MB）。</translation>
    </message>
    <message>
        <source>On the domain&apos;s page, open Domain URLs and add a URL.</source>
        <translation>在该域名的页面上，打开 Domain URLs 并添加一个 URL。</translation>
    </message>
    <message>
        <source>Paste the callback URL below exactly as it is, choose the type Callback, and make sure it is Active.</source>
        <translation>将下方的回调地址原样粘贴进去，类型选择 Callback，并确保它处于 Active（启用）状态。</translation>
    </message>
    <message>
        <source>In your client, open Client Scopes.</source>
        <translation>在您的客户端中，打开 Client Scopes（客户端权限范围）。</translation>
    </message>
    <message>
        <source>Tick exactly these scopes and save: {scopes}.</source>
        <translation>只勾选以下权限范围并保存：{scopes}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>In your client, open Client Secrets and click New Secret.</source>
        <translation>在您的客户端中，打开 Client Secrets（客户端密钥），然后点击 New Secret（新建密钥）。</translation>
    </message>
    <message>
        <source>Fill in the label and the expiry date, then save.</source>
        <translation>填写名称（Label）和到期日期，然后保存。</translation>
    </message>
    <message>
        <source>Fill in the label (leave the expiry date empty), then save.</source>
        <translation>填写名称（Label），到期日期留空，然后保存。</translation>
    </message>
    <message>
        <source>The dashboard shows the secret once: copy it straight into the wizard&apos;s secret field. Do not e-mail it or save it in a document.</source>
        <translation>控制台只会显示一次密钥：请直接把它复制到向导的密钥输入框中。不要通过电子邮件发送它，也不要把它保存在文档中。</translation>
    </message>
    <message>
        <source>Open the domain {domain} again and go to Secret Connections.</source>
        <translation>再次打开域名 {domain}，进入 Secret Connections（密钥关联）。</translation>
    </message>
    <message>
        <source>Click Link Secret and choose the secret labelled {label}.</source>
        <translation>点击 Link Secret（关联密钥），选择名称为 {label} 的密钥。</translation>
    </message>
    <message>
        <source>See who has logged in</source>
        <translation>查看谁登录过</translation>
    </message>
    <message>
        <source>Open My Clients, then {client}.</source>
        <translation>打开 My Clients，再打开 {client}。</translation>
    </message>
    <message>
        <source>Open Integrations → Users: it lists everyone who logged in through this client, and through which website.</source>
        <translation>打开 Integrations → Users（用户）：这里列出了通过此客户端登录过的所有人，以及他们是通过哪个网站登录的。</translation>
    </message>
    <message>
        <source>Invite a tester</source>
        <translation>邀请测试人员</translation>
    </message>
    <message>
        <source>In Integrations → Users, send a test user request to the tester&apos;s XWMS e-mail address.</source>
        <translation>在 Integrations → Users 中，向测试人员的 XWMS 电子邮件地址发送测试用户请求（test user request）。</translation>
    </message>
    <message>
        <source>The tester accepts it when they next log in; then they can try the login on a website in Test Mode.</source>
        <translation>测试人员下次登录时接受请求；之后他们就可以在处于测试模式的网站上试用登录。</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>申请成为认证合作伙伴（Verified Partner）</translation>
    </message>
    <message>
        <source>Open the Verification Center and start a new request.</source>
        <translation>打开 Verification Center（认证中心），新建一个申请。</translation>
    </message>
    <message>
        <source>Choose your website ({domain}) and the permissions that need a Verified Partner, and say in the notes what your website uses them for.</source>
        <translation>选择您的网站（{domain}）以及需要认证合作伙伴资格的权限，并在备注中说明您的网站用它们做什么。</translation>
    </message>
    <message>
        <source>The XWMS team approves or rejects the request; once approved, you can add those permissions to the client.</source>
        <translation>XWMS 团队会批准或拒绝申请；批准后，您就可以把这些权限添加到客户端。</translation>
    </message>
    <message>
        <source>Let your developer in as a member</source>
        <translation>让您的开发人员以成员身份加入</translation>
    </message>
    <message>
        <source>Open Members and Roles. Make a role with only what your developer needs (for example manage domains, secrets and scopes).</source>
        <translation>打开 Members and Roles（成员和角色）。创建一个角色，只包含您的开发人员需要的权限（例如管理域名、密钥和权限范围）。</translation>
    </message>
    <message>
        <source>Add your developer as a member with that role, by their own XWMS e-mail address. They sign in with their own account: never share your password.</source>
        <translation>以该角色把您的开发人员添加为成员，使用他们自己的 XWMS 电子邮件地址。他们用自己的账户登录：切勿共享您的密码。</translation>
    </message>
</context>
<context>
    <name>DashboardStepsPanel</name>
    <message>
        <source>What to do in the XWMS dashboard</source>
        <translation>在 XWMS 控制台中要做的事</translation>
    </message>
    <message>
        <source>Now do this in the XWMS dashboard, in your web browser:</source>
        <translation>现在请在网页浏览器中打开的 XWMS 控制台里完成以下操作：</translation>
    </message>
    <message>
        <source>Then, still in the XWMS dashboard:</source>
        <translation>然后，仍在 XWMS 控制台中：</translation>
    </message>
    <message>
        <source>Copied “{label}”. Paste it into the dashboard.</source>
        <translation>已复制“{label}”。请将其粘贴到控制台中。</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Server IP</source>
        <translation>服务器 IP</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>内部名称</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>允许 API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主域名</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>备用地址</translation>
    </message>
    <message>
        <source>Nothing will change: the server already has all of this.</source>
        <translation>不会有任何更改：服务器上已有这些全部内容。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>A new client “{name}” will be made.</source>
        <translation>将创建新客户端“{name}”。</translation>
    </message>
    <message>
        <source>The website {domain} will be added.</source>
        <translation>将添加网站 {domain}。</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}：{old} → {new}</translation>
    </message>
    <message>
        <source>The logo will be uploaded.</source>
        <translation>将上传徽标。</translation>
    </message>
    <message>
        <source>The callback URL {url} will be registered.</source>
        <translation>将注册回调地址 {url}。</translation>
    </message>
    <message>
        <source>The callback URL {url} will be switched on.</source>
        <translation>将开启回调地址 {url}。</translation>
    </message>
    <message>
        <source>{scopes} waits for the XWMS team&apos;s answer to your application; it is added once they approve.</source>
        <translation>{scopes} 正在等待 XWMS 团队对您申请的答复；批准后即会添加。</translation>
    </message>
    <message>
        <source>An application to become a Verified Partner for {scopes} will be sent to the XWMS team; it is added once they approve.</source>
        <translation>将向 XWMS 团队发送申请，为 {scopes} 申请成为认证合作伙伴；批准后即会添加。</translation>
    </message>
    <message>
        <source>Permissions: {scopes}.</source>
        <translation>权限：{scopes}。</translation>
    </message>
    <message>
        <source>Permissions: add {added}; remove {removed}.</source>
        <translation>权限：添加 {added}；移除 {removed}。</translation>
    </message>
    <message>
        <source>Permissions: add {added}.</source>
        <translation>权限：添加 {added}。</translation>
    </message>
    <message>
        <source>Permissions: remove {removed}.</source>
        <translation>权限：移除 {removed}。</translation>
    </message>
    <message>
        <source>{email} will be invited as {role}.</source>
        <translation>将以 {role} 角色邀请 {email}。</translation>
    </message>
    <message>
        <source>{email}: {old} → {new}</source>
        <translation>{email}：{old} → {new}</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your website</source>
        <translation>您的网站</translation>
    </message>
    <message>
        <source>Where people will log in with XWMS.</source>
        <translation>用户将在此网站上使用 XWMS 登录。</translation>
    </message>
    <message>
        <source>Which website</source>
        <translation>哪个网站</translation>
    </message>
    <message>
        <source>The websites this client already has, or a new one to add to it.</source>
        <translation>此客户端已有的网站，或要添加给它的新网站。</translation>
    </message>
    <message>
        <source>Whic&amp;h website:</source>
        <translation>哪个网站(&amp;H)：</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>网站地址（根域名）</translation>
    </message>
    <message>
        <source>&amp;Website address:</source>
        <translation>网站地址(&amp;W)：</translation>
    </message>
    <message>
        <source>Server IP address (optional)</source>
        <translation>服务器 IP 地址（可选）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Server &amp;IP address:</source>
        <translation>服务器 IP 地址(&amp;I)：</translation>
    </message>
    <message>
        <source>Optional. The internet address of the server your website runs on, such as 203.0.113.10. When you fill it in, XWMS accepts calls for this website only from that server, which makes a stolen secret useless elsewhere. Your hosting provider can tell you the address. Leave it empty if unsure.</source>
        <translation>可选。您的网站所在服务器的互联网地址，例如 203.0.113.10。填写后，XWMS 只接受来自该服务器的、针对此网站的调用，这样即使密钥被盗，在别处也无法使用。您的主机服务商可以告诉您这个地址。如果不确定，请留空。</translation>
    </message>
    <message>
        <source>Internal name (optional)</source>
        <translation>内部名称（可选）</translation>
    </message>
    <message>
        <source>Inte&amp;rnal name:</source>
        <translation>内部名称(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional. A label only you see in the XWMS dashboard, such as “Main shop” or “Test site”, to tell your websites apart.</source>
        <translation>可选。只有您在 XWMS 控制台中能看到的标签，例如“主店”或“测试站点”，用于区分您的各个网站。</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>回调地址(&amp;C)：</translation>
    </message>
    <message>
        <source>After someone logs in, XWMS sends them back to this page of your website together with a one-time login code. Your developer&apos;s code picks it up there. The wizard fills in the usual address; change it only if your developer asks for another one. It must be written exactly as your website uses it.</source>
        <translation>用户登录后，XWMS 会把他们送回您网站的这个页面，并附上一个一次性登录代码。您开发人员编写的代码会在那里接收它。向导会填入常用的地址；只有在开发人员要求使用其他地址时才需要修改。它必须与您网站使用的写法完全一致。</translation>
    </message>
    <message>
        <source>Settings for this website</source>
        <translation>此网站的设置</translation>
    </message>
    <message>
        <source>Allow &amp;Login: people can log in on this website</source>
        <translation>允许登录(&amp;L)：用户可以在此网站上登录</translation>
    </message>
    <message>
        <source>Must be on for the “Log in with XWMS” button to work on this website. Switch it off only to stop logins for a while.</source>
        <translation>要让此网站上的“使用 XWMS 登录”按钮正常工作，必须开启此项。只有想暂时停止登录时才关闭它。</translation>
    </message>
    <message>
        <source>Allow &amp;API: your website may ask XWMS for details</source>
        <translation>允许 API(&amp;A)：您的网站可以向 XWMS 查询详细信息</translation>
    </message>
    <message>
        <source>Lets your website&apos;s server ask XWMS for more about a person who logged in (such as their address, when you allow that on the next page). Keep it on unless your developer says it is not needed.</source>
        <translation>允许您网站的服务器向 XWMS 查询已登录用户的更多信息（例如其地址，前提是您在下一页允许了这一点）。除非开发人员说不需要，否则请保持开启。</translation>
    </message>
    <message>
        <source>Ac&amp;tive: XWMS accepts this website</source>
        <translation>启用(&amp;T)：XWMS 接受此网站</translation>
    </message>
    <message>
        <source>When off, XWMS refuses everything for this website, as if it were not there. Keep it on.</source>
        <translation>关闭时，XWMS 会拒绝此网站的一切请求，就像它不存在一样。请保持开启。</translation>
    </message>
    <message>
        <source>&amp;Primary: this is the client&apos;s main website</source>
        <translation>主域名(&amp;P)：这是该客户端的主网站</translation>
    </message>
    <message>
        <source>A client can have several websites. The primary one is the main address, shown first in the dashboard. Keep it on for your first website.</source>
        <translation>一个客户端可以有多个网站。主网站就是主要地址，在控制台中排在最前面。请为您的第一个网站保持开启。</translation>
    </message>
    <message>
        <source>Test Mo&amp;de: this is not the live website</source>
        <translation>测试模式(&amp;D)：这不是正式网站</translation>
    </message>
    <message>
        <source>Switch it on for a test copy of your website, or for your developer&apos;s computer (addresses starting with http://localhost then work). Keep it off for the website your visitors use.</source>
        <translation>为网站的测试副本或开发人员的电脑开启此项（这样以 http://localhost 开头的地址也能使用）。访客使用的网站请保持关闭。</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>更多选项(&amp;M)</translation>
    </message>
    <message>
        <source>XWMS only sends people back to websites it knows. Here you tell it your website&apos;s address; the wizard fills in the page people come back to after they log in (the callback URL). Everything else is under “More options”, already set right for most websites.</source>
        <translation>XWMS 只会把用户送回它认识的网站。您在这里告诉它您网站的地址；向导会填好用户登录后返回的页面（回调地址）。其他设置都在“更多选项”中，已为大多数网站设置妥当。</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s address, such as example.com. Login works on this address and its subdomains (such as www.example.com or shop.example.com). You can paste the full address from your browser: the wizard keeps only the part it needs and tells you.</source>
        <translation>您网站的地址，例如 example.com。登录可在此地址及其子域名上使用（例如 www.example.com 或 shop.example.com）。您可以直接粘贴浏览器中的完整地址：向导只保留需要的部分，并会告诉您。</translation>
    </message>
    <message>
        <source>https://example.com/xwms/validateToken</source>
        <translation>https://example.com/xwms/validateToken</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>更多选项</translation>
    </message>
    <message>
        <source>What More options holds</source>
        <translation>“更多选项”中包含什么</translation>
    </message>
    <message>
        <source>Fallback URL (optional)</source>
        <translation>备用地址（可选）</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>备用地址(&amp;K)：</translation>
    </message>
    <message>
        <source>Optional. Where XWMS sends people when something goes wrong during login (for example when they cancel), such as your home page. It follows the same rules as the callback URL. Empty: XWMS shows its own message.</source>
        <translation>可选。登录过程中出现问题时（例如用户取消登录），XWMS 会把用户送到这个地址，例如您的首页。它遵循与回调地址相同的规则。留空：XWMS 会显示它自己的提示信息。</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>徽标文件（可选）</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>选择徽标文件</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>徽标(&amp;G)：</translation>
    </message>
    <message>
        <source>Optional. Your logo, shown on the XWMS login page so people see they are logging in to your website. A PNG or SVG image of at most 1 MB.</source>
        <translation>可选。您的徽标会显示在 XWMS 登录页面上，让用户看到他们正在登录的是您的网站。PNG 或 SVG 图片，最大 1 MB。</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain ID</translation>
    </message>
    <message>
        <source>After you save the domain, the XWMS dashboard shows its Domain ID: a code that names your website in XWMS. Copy it there and paste it here; your developer needs it.</source>
        <translation>保存域名后，XWMS 控制台会显示它的 Domain ID（域名 ID）：一个在 XWMS 中标识您网站的代码。请从那里复制并粘贴到这里；您的开发人员需要它。</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain ID：</translation>
    </message>
    <message>
        <source>Paste the Domain ID here when the dashboard shows it (step 3).</source>
        <translation>控制台显示 Domain ID 后，请将其粘贴到这里（第 3 步）。</translation>
    </message>
    <message>
        <source>Add a new website</source>
        <translation>添加新网站</translation>
    </message>
    <message>
        <source>{domain}  (main website)</source>
        <translation>{domain}（主网站）</translation>
    </message>
    <message>
        <source>{domain} is already a website of “{client}”: you see its settings as XWMS has them. Change only what you want changed.</source>
        <translation>{domain} 已经是“{client}”的网站：您看到的是它在 XWMS 中的现有设置。只需修改您想更改的部分。</translation>
    </message>
    <message>
        <source>With Primary on, this website becomes the main one of “{client}” instead of {main}.</source>
        <translation>开启“主域名”后，此网站将取代 {main}，成为“{client}”的主网站。</translation>
    </message>
    <message>
        <source>“{client}” already has a main website, {main}. Primary is off so it stays the main one; switch it on to make this website the main one instead.</source>
        <translation>“{client}”已有主网站 {main}。“主域名”已关闭，因此它仍是主网站；如要改为以此网站为主网站，请开启此项。</translation>
    </message>
    <message>
        <source>People come back to this page of your website after they log in; leave it as the wizard filled it in, unless your developer asks for another one.</source>
        <translation>用户登录后会返回您网站的这个页面；请保持向导填写的内容，除非您的开发人员要求使用其他地址。</translation>
    </message>
    <message>
        <source>{login}, {api}, {active}, {primary}, {test}</source>
        <translation>{login}，{api}，{active}，{primary}，{test}</translation>
    </message>
    <message>
        <source>Login on</source>
        <translation>登录已开启</translation>
    </message>
    <message>
        <source>Login off</source>
        <translation>登录已关闭</translation>
    </message>
    <message>
        <source>API on</source>
        <translation>API 已开启</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API 已关闭</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>main website</source>
        <translation>主网站</translation>
    </message>
    <message>
        <source>not the main website</source>
        <translation>非主网站</translation>
    </message>
    <message>
        <source>Test Mode on</source>
        <translation>测试模式已开启</translation>
    </message>
    <message>
        <source>Test Mode off</source>
        <translation>测试模式已关闭</translation>
    </message>
    <message>
        <source>{settings} — right for most websites.</source>
        <translation>{settings}——适合大多数网站。</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}。</translation>
    </message>
    <message>
        <source>With Allow Login off, nobody can log in on this website.</source>
        <translation>关闭“允许登录”后，任何人都无法在此网站上登录。</translation>
    </message>
    <message>
        <source>With Active off, XWMS refuses everything for this website.</source>
        <translation>关闭“启用”后，XWMS 会拒绝此网站的一切请求。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Now hand it over to your developer.</source>
        <translation>现在请把它交给您的开发人员。</translation>
    </message>
    <message>
        <source>Your part is done. Your developer adds the “Log in with XWMS” button to your website using the folder the wizard wrote. The HANDOFF.md file in it explains every step to them, including a check they can run from your server.</source>
        <translation>您的部分已经完成。您的开发人员会使用向导写出的文件夹，把“使用 XWMS 登录”按钮添加到您的网站上。文件夹中的 HANDOFF.md 文件向他们说明了每一个步骤，包括一项可以在您的服务器上运行的检查。</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; of the newest folder, {folder}.</source>
        <translation>请把最新文件夹 {folder} 的 zip 文件 &lt;b&gt;{zip}&lt;/b&gt; 发送给您的开发人员。</translation>
    </message>
    <message>
        <source>Send your developer the zip file &lt;b&gt;{zip}&lt;/b&gt; (or the folder {folder}).</source>
        <translation>请把 zip 文件 &lt;b&gt;{zip}&lt;/b&gt;（或文件夹 {folder}）发送给您的开发人员。</translation>
    </message>
    <message>
        <source>Send your developer the newest folder, &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>请把最新的文件夹 &lt;b&gt;{folder}&lt;/b&gt; 发送给您的开发人员。</translation>
    </message>
    <message>
        <source>Send your developer the folder &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>请把文件夹 &lt;b&gt;{folder}&lt;/b&gt; 发送给您的开发人员。</translation>
    </message>
    <message>
        <source>The secret key is inside it, so send it safely: through a shared password manager or an encrypted link, not as a plain e-mail attachment. Delete your copy once your developer has it.</source>
        <translation>密钥就在其中，所以请用安全的方式发送：通过共享的密码管理器或加密链接，不要作为普通电子邮件附件发送。开发人员收到后，请删除您的副本。</translation>
    </message>
    <message>
        <source>It is in this computer&apos;s keychain under “xwms-wizard”.</source>
        <translation>它保存在本机钥匙串中的“xwms-wizard”名下。</translation>
    </message>
    <message>
        <source>You copied it on the Review page.</source>
        <translation>您已在“审核并创建”页面上复制过它。</translation>
    </message>
    <message>
        <source>The secret key is not in the folder. Give it to your developer separately, in a different way than the folder: read it out over the phone, or share it through a password manager. {where}</source>
        <translation>密钥不在文件夹中。请另外把它交给您的开发人员，并使用与文件夹不同的方式：在电话中读给对方听，或通过密码管理器共享。{where}</translation>
    </message>
    <message>
        <source>Your developer follows HANDOFF.md in the folder. When the login works on your website, you are done.</source>
        <translation>您的开发人员会按照文件夹中的 HANDOFF.md 操作。当您的网站上可以正常登录时，您就大功告成了。</translation>
    </message>
    <message>
        <source>The folder is marked “not verified”: nobody has checked yet that these settings work. Your developer runs that check from your website&apos;s server, as HANDOFF.md explains.</source>
        <translation>该文件夹被标记为“未验证”：还没有人检查过这些设置是否有效。您的开发人员会按照 HANDOFF.md 的说明，在您网站的服务器上运行这项检查。</translation>
    </message>
    <message>
        <source>This was a practice run: everything was made on the practice server on this computer, not at XWMS. Your developer can still try the login on their own computer: HANDOFF.md in the folder gives them the one command that starts a practice server for exactly this setup, and small example apps that log in with it. For your real website, run the wizard again with your XWMS account.</source>
        <translation>这是一次练习：所有内容都是在本机的练习服务器上创建的，而不是在 XWMS 上。您的开发人员仍然可以在自己的电脑上试用登录：文件夹中的 HANDOFF.md 给出了一条命令，可以为这套设置启动练习服务器，还附有用它登录的小型示例应用。要为您的正式网站进行设置，请使用您的 XWMS 账户再次运行向导。</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer in {folder}:</source>
        <translation>在本次会话中，向导已在 {folder} 中为您的开发人员写入了以下文件夹：</translation>
    </message>
    <message>
        <source>In this session the wizard wrote these folders for your developer:</source>
        <translation>在本次会话中，向导已为您的开发人员写入了以下文件夹：</translation>
    </message>
    <message>
        <source>the newest (send this one): &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>最新的（请发送这个）：&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>older: {folder}</source>
        <translation>较早的：{folder}</translation>
    </message>
    <message>
        <source>Your developer needs only the newest. Delete the older ones once they have it: an older one holds the secret key too.</source>
        <translation>您的开发人员只需要最新的那个。他们拿到后，请删除较早的文件夹：较早的文件夹中也包含密钥。</translation>
    </message>
    <message>
        <source>Your developer needs only the newest; you can delete the older ones.</source>
        <translation>您的开发人员只需要最新的那个；较早的可以删除。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>显示技术详细信息</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详细信息</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, the details below help a developer find the cause.</source>
        <translation>发生了意外错误。请重试；如果问题反复出现，下面的详细信息可以帮助开发人员找到原因。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server answered in a way the wizard does not understand, so nothing from that answer was used. Check that the server address is right (an XWMS address ends in /api/, like https://xwms.nl/api/), then try again.</source>
        <translation>服务器返回的响应向导无法理解，因此没有使用该响应中的任何内容。请检查服务器地址是否正确（XWMS 地址以 /api/ 结尾，例如 https://xwms.nl/api/），然后重试。</translation>
    </message>
    <message>
        <source>The client secret “{label}” (ending in {hint}) was made, but the answer with its value did not arrive, and XWMS shows a secret&apos;s value only once. Revoke that secret (Integrations → Client Secrets) and create a new one.</source>
        <translation>客户端密钥“{label}”（末尾为 {hint}）已创建，但包含其值的响应没有送达，而 XWMS 只显示一次密钥的值。请吊销该密钥（Integrations → Client Secrets），然后新建一个。</translation>
    </message>
    <message>
        <source>it is not valid</source>
        <translation>它无效</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please also check: {others}.</source>
        <translation>{label}未被接受：{why} 另外请检查：{others}。</translation>
    </message>
    <message>
        <source>The {label} was not accepted: {why} Please correct it and try again.</source>
        <translation>{label}未被接受：{why} 请更正后重试。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The folder for your developer</source>
        <translation>交给开发人员的文件夹</translation>
    </message>
    <message>
        <source>Everything your developer needs, in one folder.</source>
        <translation>您的开发人员需要的一切，都在一个文件夹里。</translation>
    </message>
    <message>
        <source>The wizard writes a folder (the handoff bundle) with the settings your developer needs: a .env file with the Client ID, the website, the callback URL and the API address, a HANDOFF.md with instructions, and a safe copy without the secret key that they may keep in their code. You send this folder to your developer.</source>
        <translation>向导会写出一个文件夹（交接包），包含您的开发人员需要的设置：一个 .env 文件，其中有 Client ID、网站、回调地址和 API 地址；一个包含说明的 HANDOFF.md；以及一份不含密钥、可以放进代码中保存的安全副本。您把这个文件夹发送给开发人员即可。</translation>
    </message>
    <message>
        <source>Save the folder in</source>
        <translation>文件夹保存位置</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose where to save the folder</source>
        <translation>选择文件夹的保存位置</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Put the secret &amp;key in the .env file</source>
        <translation>将密钥写入 .env 文件(&amp;K)</translation>
    </message>
    <message>
        <source>Put the secret key in the .env file</source>
        <translation>将密钥写入 .env 文件</translation>
    </message>
    <message>
        <source>Secret key in the file</source>
        <translation>文件中包含密钥</translation>
    </message>
    <message>
        <source>On: the .env file is complete and your developer can start at once, but the folder must then be sent safely (for example a shared password manager or an encrypted link), never as a plain e-mail attachment. Off: the file has an empty place for the key, and you give the key to your developer separately, for example over the phone.</source>
        <translation>开启：.env 文件是完整的，您的开发人员可以立即开始，但此时必须用安全的方式发送文件夹（例如共享的密码管理器或加密链接），切勿作为普通电子邮件附件发送。关闭：文件中为密钥留空，您另外把密钥交给开发人员，例如通过电话告知。</translation>
    </message>
    <message>
        <source>Language of the instructions for your developer</source>
        <translation>给开发人员的说明所用的语言</translation>
    </message>
    <message>
        <source>&amp;Instructions in:</source>
        <translation>说明语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file (easier to send)</source>
        <translation>同时生成 .zip 文件（便于发送）(&amp;Z)</translation>
    </message>
    <message>
        <source>Also make a zip file</source>
        <translation>同时生成 zip 文件</translation>
    </message>
    <message>
        <source>&amp;Write the folder</source>
        <translation>写入文件夹(&amp;W)</translation>
    </message>
    <message>
        <source>Write the folder</source>
        <translation>写入文件夹</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开该文件夹</translation>
    </message>
    <message>
        <source>This computer could not open the folder. You find it at this path:</source>
        <translation>本机无法打开该文件夹。您可以在以下路径找到它：</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>文件夹路径</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the folder path</source>
        <translation>复制文件夹路径</translation>
    </message>
    <message>
        <source>The instructions are for your developer, so they come in English or Dutch only. Everything else in the folder is the same in any language.</source>
        <translation>这些说明是给您的开发人员看的，因此只有英文或荷兰文版本。文件夹中的其他内容在任何语言下都相同。</translation>
    </message>
    <message>
        <source>The secret key is not on this computer, so it cannot go in the file. Your developer needs it from wherever it was kept.</source>
        <translation>密钥不在本机上，因此无法写入文件。您的开发人员需要从保存它的地方获取。</translation>
    </message>
    <message>
        <source>Anyone who gets this folder can act as your website. Send it only over a safe channel, and delete your copy once your developer has it.</source>
        <translation>任何拿到此文件夹的人都可以冒充您的网站。请只通过安全的渠道发送，并在开发人员收到后删除您的副本。</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; it is in this computer&apos;s keychain.</source>
        <translation>您将另外把密钥交给开发人员；它保存在本机的钥匙串中。</translation>
    </message>
    <message>
        <source>You will give your developer the secret key separately; copy it from the previous page before closing the wizard.</source>
        <translation>您将另外把密钥交给开发人员；请在关闭向导前从上一页复制它。</translation>
    </message>
    <message>
        <source>Folder: choose where to save the folder for your developer.</source>
        <translation>文件夹：请选择为开发人员保存文件夹的位置。</translation>
    </message>
    <message>
        <source>This folder does not exist yet; the wizard will make it.</source>
        <translation>此文件夹尚不存在；向导会创建它。</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>正在写入文件夹…</translation>
    </message>
    <message>
        <source>✓ Written to {path}, in place of the earlier folder</source>
        <translation>✓ 已写入 {path}，替换了之前的文件夹</translation>
    </message>
    <message>
        <source>✓ Written to {path}, next to the earlier folder</source>
        <translation>✓ 已写入 {path}，与之前的文件夹并存</translation>
    </message>
    <message>
        <source>✓ Written to {path}</source>
        <translation>✓ 已写入 {path}</translation>
    </message>
    <message>
        <source>Zip file: {path}</source>
        <translation>Zip 文件：{path}</translation>
    </message>
    <message>
        <source>Copied. Paste it where you look for files, such as a file window&apos;s address bar.</source>
        <translation>已复制。请将其粘贴到您查找文件的地方，例如文件窗口的地址栏。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Use “{value}”</source>
        <translation>使用“{value}”</translation>
    </message>
    <message>
        <source>Use the suggestion {value}</source>
        <translation>使用建议值 {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Plan id</source>
        <translation>计划 ID</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>客户端名称</translation>
    </message>
    <message>
        <source>Website address (root domain)</source>
        <translation>网站地址（根域名）</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>服务器 IP 地址</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>备用地址</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>内部名称</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>允许 API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>主域名</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
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
        <translation>成员的电子邮件地址</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>成员的角色</translation>
    </message>
    <message>
        <source>Verified Partner scopes</source>
        <translation>认证合作伙伴权限范围</translation>
    </message>
    <message>
        <source>Notes for the XWMS team</source>
        <translation>给 XWMS 团队的备注</translation>
    </message>
    <message>
        <source>{label} (member {number})</source>
        <translation>{label}（成员 {number}）</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>The handoff file {name} could not be read: it does not hold an object. Write the bundle again with this version of the wizard.</source>
        <translation>无法读取交接文件 {name}：其中没有对象。请用此版本的向导重新写入交接包。</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: it is version {version}, and this wizard reads version 1. Write the bundle again with this version of the wizard.</source>
        <translation>无法读取交接文件 {name}：它的版本是 {version}，而此向导读取的是版本 1。请用此版本的向导重新写入交接包。</translation>
    </message>
    <message>
        <source>The handoff file {name} could not be read: an entry is missing or has the wrong type. Write the bundle again with this version of the wizard.</source>
        <translation>无法读取交接文件 {name}：缺少某个条目，或某个条目的类型不对。请用此版本的向导重新写入交接包。</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Nothing was written; choose whether to replace it or to keep both.</source>
        <translation>这里已经写入过一个交给开发人员的文件夹：{name}。未写入任何内容；请选择替换它，还是两者都保留。</translation>
    </message>
    <message>
        <source>Another bundle named {name} appeared in {folder} while this one was being written. Nothing was overwritten; write the bundle again.</source>
        <translation>在写入此交接包期间，{folder} 中出现了另一个名为 {name} 的交接包。未覆盖任何内容；请重新写入交接包。</translation>
    </message>
    <message>
        <source>The secret key cannot go in the .env file: its value is not on this computer (it is shown only once, when it is made, and this computer&apos;s keychain does not have it). Nothing was written, and no folder that was already there was changed. Write the folder without the key and give the key to your developer separately, or make a new key.</source>
        <translation>密钥无法写入 .env 文件：它的值不在本机上（密钥只在创建时显示一次，而本机的钥匙串中没有它）。未写入任何内容，已有的文件夹也没有被更改。请写入不含密钥的文件夹，并另外把密钥交给开发人员，或者创建一个新密钥。</translation>
    </message>
    <message>
        <source>The secret key cannot be written safely into the .env file, so the folder {name} that is already there was not replaced: its .env would have lost the key. Keep both folders, or write the folder without the key and give the key to your developer separately.</source>
        <translation>密钥无法安全地写入 .env 文件，因此没有替换已有的文件夹 {name}：否则它的 .env 文件会丢失密钥。请保留两个文件夹，或写入不含密钥的文件夹，并另外把密钥交给开发人员。</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} handoff bundles for this client and day. Choose another folder, or remove old bundles.</source>
        <translation>文件夹 {folder} 中已有 {count} 个此客户端当天的交接包。请选择其他文件夹，或删除旧的交接包。</translation>
    </message>
    <message>
        <source>The handoff bundle could not be written in {folder} ({reason}). Nothing was left half-written. Check that the folder exists, that you may write there and that the disk is not full, or choose another folder, then try again.</source>
        <translation>无法在 {folder} 中写入交接包（{reason}）。没有留下写了一半的内容。请检查该文件夹是否存在、您是否有写入权限以及磁盘是否已满，或者选择其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>它包含换行符</translation>
    </message>
    <message>
        <source>it contains an invisible control character</source>
        <translation>它包含不可见的控制字符</translation>
    </message>
    <message>
        <source>it contains a broken character that cannot be saved as text</source>
        <translation>它包含无法保存为文本的损坏字符</translation>
    </message>
    <message>
        <source>it contains a single quote (apostrophe)</source>
        <translation>它包含单引号（撇号）</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>它包含反斜杠</translation>
    </message>
    <message>
        <source>it contains a dollar sign followed by an opening curly brace, which some readers take as a reference to another setting</source>
        <translation>它包含一个美元符号后跟左花括号，某些读取程序会把它当作对另一项设置的引用</translation>
    </message>
    <message>
        <source>it contains an equals sign followed by a double quote, which the Laravel reader takes for the start of a value spread over several lines</source>
        <translation>它包含一个等号后跟双引号，Laravel 的读取程序会把它当作跨多行的值的开头</translation>
    </message>
    <message>
        <source>The value for {key} cannot be written to the .env file safely: {why}. The .env readers of Laravel, Node and Python would read it differently, so the wizard leaves it out rather than write it wrongly. Set it on the server by hand, as an environment variable.</source>
        <translation>{key} 的值无法安全地写入 .env 文件：{why}。Laravel、Node 和 Python 的 .env 读取程序会对它有不同的解读，因此向导宁可不写，也不写错。请在服务器上手动把它设置为环境变量。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}，而且{second}</translation>
    </message>
    <message>
        <source>the value has a ${ that is never closed</source>
        <translation>该值中有一个没有闭合的 ${</translation>
    </message>
    <message>
        <source>There is no file at {path}. Give the path of the .env file to check.</source>
        <translation>{path} 处没有文件。请提供要检查的 .env 文件的路径。</translation>
    </message>
    <message>
        <source>The file {path} could not be opened ({reason}). Check that it exists and that you may read it.</source>
        <translation>无法打开文件 {path}（{reason}）。请检查它是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>未知原因</translation>
    </message>
    <message>
        <source>The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>文件 {path} 不是纯 UTF-8 文本。请将其保存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>it is not of the form NAME=value</source>
        <translation>它不是 NAME=value 的格式</translation>
    </message>
    <message>
        <source>the value opens a single quote but does not close it on the same line</source>
        <translation>该值有左单引号，但在同一行中没有闭合</translation>
    </message>
    <message>
        <source>there is more text after the closing quote</source>
        <translation>结束引号后面还有多余的文本</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line} ({key}): {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>无法读取文件 {source} 的第 {line} 行（{key}）：{reason}。请更正该行（或把值写在单引号中），然后重试。</translation>
    </message>
    <message>
        <source>The file {source} could not be read at line {line}: {reason}. Correct that line (or write the value in single quotes) and try again.</source>
        <translation>无法读取文件 {source} 的第 {line} 行：{reason}。请更正该行（或把值写在单引号中），然后重试。</translation>
    </message>
    <message>
        <source>the value uses a form of ${...} this reader does not understand (only ${NAME} is)</source>
        <translation>该值使用了此读取程序无法理解的 ${...} 形式（只支持 ${NAME}）</translation>
    </message>
    <message>
        <source>the value refers to {name}, which is not set earlier in the file</source>
        <translation>该值引用了 {name}，但文件中在此之前没有设置它</translation>
    </message>
    <message>
        <source>the value opens a double quote but never closes it</source>
        <translation>该值有左双引号，但始终没有闭合</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What is this?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <source>What is this? {topic}</source>
        <translation>这是什么？{topic}</translation>
    </message>
</context>
<context>
    <name>LiveAccountInfo</name>
    <message>
        <source>XWMS does not let programs make changes in your account, so you make them yourself in the XWMS dashboard, and the wizard tells you exactly what to click. You do not sign in to the wizard.</source>
        <translation>XWMS 不允许程序更改您的账户，因此需要您自己在 XWMS 控制台中进行更改，向导会准确地告诉您该点击什么。您无需在向导中登录。</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>您需要：</translation>
    </message>
    <message>
        <source>A paid XWMS account. Clients (what your website needs for Log in with XWMS) come with a paid plan.</source>
        <translation>一个付费的 XWMS 账户。客户端（您的网站使用“使用 XWMS 登录”所需要的）只在付费套餐中提供。</translation>
    </message>
    <message>
        <source>The XWMS dashboard open in your web browser, signed in with that account. The button below opens it.</source>
        <translation>在网页浏览器中打开 XWMS 控制台，并用该账户登录。下方的按钮可以打开它。</translation>
    </message>
    <message>
        <source>The wizard and the browser side by side: you copy values from the wizard into the dashboard, and three things back (the Client ID, the Domain ID and the secret key).</source>
        <translation>将向导和浏览器并排放置：您把向导中的值复制到控制台中，再把三样东西复制回来（Client ID、Domain ID 和密钥）。</translation>
    </message>
    <message>
        <source>At the end the wizard checks your setup with XWMS at {url}. Nothing is sent before you press Check my setup.</source>
        <translation>最后，向导会在 {url} 上与 XWMS 核对您的设置。在您按下“检查我的设置”之前，不会发送任何内容。</translation>
    </message>
</context>
<context>
    <name>LiveCheckPage</name>
    <message>
        <source>Check my setup</source>
        <translation>检查我的设置</translation>
    </message>
    <message>
        <source>The wizard asks XWMS whether what you did in the dashboard fits together.</source>
        <translation>向导会询问 XWMS，您在控制台中完成的各项设置是否相互匹配。</translation>
    </message>
    <message>
        <source>The check asks XWMS two things: can it be reached from this computer, and does it accept your Client ID, secret key and callback URL together. It changes nothing in your XWMS account, so you can run it as often as you like.</source>
        <translation>检查会向 XWMS 确认两件事：能否从本机连接到它，以及它是否接受您的 Client ID、密钥和回调地址这一组合。检查不会更改您 XWMS 账户中的任何内容，因此您可以随意多次运行。</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Check my setup</source>
        <translation>检查我的设置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Check my setup again</source>
        <translation>再次检查我的设置</translation>
    </message>
    <message>
        <source>&amp;Go on without the check</source>
        <translation>不检查，直接继续(&amp;G)</translation>
    </message>
    <message>
        <source>Go on without the check; the folder is marked not verified</source>
        <translation>不检查，直接继续；文件夹将被标记为未验证</translation>
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
        <translation>密钥的值</translation>
    </message>
    <message>
        <source>pasted, kept in this computer&apos;s keychain</source>
        <translation>已粘贴，保存在本机的钥匙串中</translation>
    </message>
    <message>
        <source>missing: go Back to the Secret key page and paste it</source>
        <translation>缺失：请按“上一步”回到“密钥”页面并粘贴它</translation>
    </message>
    <message>
        <source>You changed something since the check: press Check my setup again.</source>
        <translation>检查之后您更改了某些内容：请再次按“检查我的设置”。</translation>
    </message>
    <message>
        <source>Nothing has been checked yet. When you have done every step in the dashboard, press Check my setup.</source>
        <translation>尚未进行任何检查。在控制台中完成所有步骤后，请按“检查我的设置”。</translation>
    </message>
    <message>
        <source>Reach XWMS</source>
        <translation>连接 XWMS</translation>
    </message>
    <message>
        <source>Check the Client ID, the secret key and the callback URL</source>
        <translation>检查 Client ID、密钥和回调地址</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>right, with a note</source>
        <translation>正确，附有说明</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Checking your setup with XWMS…</source>
        <translation>正在与 XWMS 核对您的设置…</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>{url} 没有响应</translation>
    </message>
    <message>
        <source>Or go on without the check: the folder for your developer is then marked “not verified”, and your developer runs the check from your server.</source>
        <translation>或者不检查，直接继续：交给开发人员的文件夹会被标记为“未验证”，由您的开发人员在您的服务器上运行检查。</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>XWMS answered at {url}</source>
        <translation>XWMS 已在 {url} 响应</translation>
    </message>
    <message>
        <source>✓ The Client ID and the secret key are right. One last check must run on your website&apos;s server; the folder for your developer explains how.</source>
        <translation>✓ Client ID 和密钥正确。最后还有一项检查必须在您网站的服务器上运行；交给开发人员的文件夹中说明了方法。</translation>
    </message>
    <message>
        <source>✓ Your setup works: XWMS accepts it. Press Next to write the folder for your developer.</source>
        <translation>✓ 您的设置有效：XWMS 接受了它。请按“下一步”写入交给开发人员的文件夹。</translation>
    </message>
    <message>
        <source>If the mistake is in what you typed or pasted into the wizard, go Back to the {page} page and correct it.</source>
        <translation>如果错误出在您在向导中输入或粘贴的内容上，请按“上一步”回到“{page}”页面进行更正。</translation>
    </message>
    <message>
        <source>XWMS did not accept your setup yet. {fix}</source>
        <translation>XWMS 尚未接受您的设置。{fix}</translation>
    </message>
    <message>
        <source>Then press Try again.</source>
        <translation>然后按“重试”。</translation>
    </message>
    <message>
        <source>Not working yet: what to fix is in the box below.</source>
        <translation>尚未正常工作：需要修正的内容见下方的框中。</translation>
    </message>
    <message>
        <source>XWMS at {host} did not answer in time, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>{host} 上的 XWMS 没有及时响应，因此您的设置尚未检查。请确认本机已联网，然后按“重试”。</translation>
    </message>
    <message>
        <source>The wizard could not open a secure connection to XWMS at {host}, so your setup is not checked yet. Check the XWMS API address (under Advanced on the first page), then press Try again.</source>
        <translation>向导无法与 {host} 上的 XWMS 建立安全连接，因此您的设置尚未检查。请检查 XWMS API 地址（在第一页的“高级”中），然后按“重试”。</translation>
    </message>
    <message>
        <source>The wizard could not reach XWMS at {host}, so your setup is not checked yet. Check that this computer is online, then press Try again.</source>
        <translation>向导无法连接到 {host} 上的 XWMS，因此您的设置尚未检查。请确认本机已联网，然后按“重试”。</translation>
    </message>
    <message>
        <source>XWMS at {host} did not give a usable answer, so your setup is not checked yet. XWMS may be busy; or the XWMS API address (under Advanced on the first page) may be wrong. Press Try again in a while.</source>
        <translation>{host} 上的 XWMS 没有给出可用的响应，因此您的设置尚未检查。XWMS 可能正忙，也可能是 XWMS API 地址（在第一页的“高级”中）有误。请稍后按“重试”。</translation>
    </message>
    <message>
        <source>Stopped. Press Check my setup to check again.</source>
        <translation>已停止。请按“检查我的设置”重新检查。</translation>
    </message>
    <message>
        <source>Going on without the check. The folder for your developer is marked “not verified”; your developer runs the check from your server.</source>
        <translation>不检查，直接继续。交给开发人员的文件夹已标记为“未验证”；您的开发人员会在您的服务器上运行检查。</translation>
    </message>
</context>
<context>
    <name>LiveRenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>先让新密钥生效，再停用旧密钥。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard you make a new secret key and link it to your website, next to the current one: both work for now. Paste the new key here and the wizard checks it with XWMS. Once your developer&apos;s website uses the new key, you revoke the old one in the dashboard. Nobody is logged out on the way.</source>
        <translation>您在 XWMS 控制台中创建一个新密钥，并把它关联到您的网站，与当前密钥并存：两者暂时都有效。把新密钥粘贴到这里，向导会与 XWMS 核对它。等您开发人员的网站用上新密钥后，再在控制台中吊销旧密钥。整个过程中不会有任何人被登出。</translation>
    </message>
    <message>
        <source>The new secret key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>在此粘贴新密钥</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>新密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Check the new key</source>
        <translation>检查新密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Check the new key with XWMS</source>
        <translation>与 XWMS 核对新密钥</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>正在检查新密钥…</translation>
    </message>
    <message>
        <source>✓ The new key works. Press Next to write the folder for your developer. Once their website uses the new key: in the dashboard, open Client Secrets and revoke the old key “{label}”.</source>
        <translation>✓ 新密钥有效。请按“下一步”写入交给开发人员的文件夹。等他们的网站用上新密钥后：在控制台中打开 Client Secrets，吊销旧密钥“{label}”。</translation>
    </message>
    <message>
        <source>XWMS did not accept the new key yet. {fix}</source>
        <translation>XWMS 尚未接受新密钥。{fix}</translation>
    </message>
</context>
<context>
    <name>LiveStatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>您的设置</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>您的 XWMS 登录运行得如何，以及您现在可以做什么。</translation>
    </message>
    <message>
        <source>Choose the folder the wizard wrote for your developer (its name starts with xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard then asks XWMS whether logging in still works, with the secret key this computer keeps; nothing changes.</source>
        <translation>请选择向导为您的开发人员写入的文件夹（名称以 xwms-handoff- 开头）。它记录了在 XWMS 控制台中设置的内容。然后向导会用本机保存的密钥询问 XWMS 登录是否仍然有效；不会更改任何内容。</translation>
    </message>
    <message>
        <source>Folder for your developer</source>
        <translation>交给开发人员的文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder for your developer</source>
        <translation>选择交给开发人员的文件夹</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>更换密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>更换密钥，服务不中断</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>更改此设置(&amp;H)…</translation>
    </message>
    <message>
        <source>Change the website, switches or permissions</source>
        <translation>更改网站、开关或权限</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>人员和访问权限(&amp;P)…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>谁登录过、测试人员、认证合作伙伴和成员</translation>
    </message>
    <message>
        <source>Asking XWMS…</source>
        <translation>正在询问 XWMS…</translation>
    </message>
    <message>
        <source>✓ All is well: the login works and the key does not expire within 30 days.</source>
        <translation>✓ 一切正常：登录有效，且密钥在 30 天内不会过期。</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>需要您处理：</translation>
    </message>
    <message>
        <source>Not checked: this computer does not keep the secret key. The folder for your developer has it, or renew the key.</source>
        <translation>未检查：本机没有保存密钥。交给开发人员的文件夹中有它，或者您也可以更换密钥。</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ 登录有效：{verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ 登录无效：{verdict}</translation>
    </message>
    <message>
        <source>Client {name} (Client ID {client_id})</source>
        <translation>客户端 {name}（Client ID {client_id}）</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>登录后返回：{urls}</translation>
    </message>
    <message>
        <source>Key “{label}”: {expiry}</source>
        <translation>密钥“{label}”：{expiry}</translation>
    </message>
</context>
<context>
    <name>LiveWidgets</name>
    <message>
        <source>Open the XWMS dashboard</source>
        <translation>打开 XWMS 控制台</translation>
    </message>
    <message>
        <source>Opens the XWMS dashboard in your web browser.</source>
        <translation>在您的网页浏览器中打开 XWMS 控制台。</translation>
    </message>
    <message>
        <source>paste it here from the XWMS dashboard</source>
        <translation>从 XWMS 控制台复制后粘贴到这里</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What is this?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <source>What is this page?</source>
        <translation>这个页面是做什么的？</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Developer</source>
        <translation>开发人员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>May change the websites, their keys and what the login reads, and see who logged in; may not add or remove members.</source>
        <translation>可以更改网站、网站的密钥以及登录可读取的内容，并查看谁登录过；不能添加或移除成员。</translation>
    </message>
    <message>
        <source>May see who logged in; changes nothing.</source>
        <translation>可以查看谁登录过；不能更改任何内容。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and access</source>
        <translation>人员和访问权限</translation>
    </message>
    <message>
        <source>Who logs in with your client, and who may change it.</source>
        <translation>谁使用您的客户端登录，以及谁可以更改它。</translation>
    </message>
    <message>
        <source>These are the optional parts of the XWMS dashboard for your client. Testers try the login before it is open to everyone. A Verified Partner may use the permissions that XWMS keeps for businesses it has checked. Members are the safe way to let your developer change settings: they sign in with their own XWMS account, so you never share your password.</source>
        <translation>这些是 XWMS 控制台中与您的客户端相关的可选部分。测试人员可以在登录向所有人开放之前先试用。认证合作伙伴可以使用 XWMS 只留给其审核过的企业的权限。成员是让开发人员更改设置的安全方式：他们用自己的 XWMS 账户登录，所以您永远不必共享您的密码。</translation>
    </message>
    <message>
        <source>Who has logged in</source>
        <translation>谁登录过</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>测试人员</translation>
    </message>
    <message>
        <source>The tester&apos;s e-mail</source>
        <translation>测试人员的电子邮件</translation>
    </message>
    <message>
        <source>their XWMS e-mail address</source>
        <translation>对方的 XWMS 电子邮件地址</translation>
    </message>
    <message>
        <source>&amp;Invite as tester</source>
        <translation>邀请为测试人员(&amp;I)</translation>
    </message>
    <message>
        <source>Invite this person as a tester</source>
        <translation>邀请此人成为测试人员</translation>
    </message>
    <message>
        <source>Verified Partner</source>
        <translation>认证合作伙伴</translation>
    </message>
    <message>
        <source>What your website uses these permissions for</source>
        <translation>您的网站用这些权限做什么</translation>
    </message>
    <message>
        <source>what your website uses them for</source>
        <translation>您的网站用它们做什么</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>申请成为认证合作伙伴</translation>
    </message>
    <message>
        <source>Who may change this client</source>
        <translation>谁可以更改此客户端</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail</source>
        <translation>成员的电子邮件</translation>
    </message>
    <message>
        <source>your developer&apos;s XWMS e-mail address</source>
        <translation>您开发人员的 XWMS 电子邮件地址</translation>
    </message>
    <message>
        <source>What the member may do</source>
        <translation>成员可以做什么</translation>
    </message>
    <message>
        <source>A&amp;dd as member</source>
        <translation>添加为成员(&amp;D)</translation>
    </message>
    <message>
        <source>Add this person as a member</source>
        <translation>将此人添加为成员</translation>
    </message>
    <message>
        <source>Reading your client from XWMS…</source>
        <translation>正在从 XWMS 读取您的客户端…</translation>
    </message>
    <message>
        <source>{name} ({email}), last on {site} at {when}</source>
        <translation>{name}（{email}），最近一次于 {when} 在 {site} 登录</translation>
    </message>
    <message>
        <source>Nobody has logged in through your client yet.</source>
        <translation>还没有人通过您的客户端登录过。</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>等待对方回复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No testers yet. A tester accepts your invitation on XWMS&apos;s login page.</source>
        <translation>还没有测试人员。测试人员会在 XWMS 的登录页面上接受您的邀请。</translation>
    </message>
    <message>
        <source>Only you. Add your developer here instead of sharing your password.</source>
        <translation>只有您。请在这里添加您的开发人员，而不要共享您的密码。</translation>
    </message>
    <message>
        <source>waiting for the XWMS team</source>
        <translation>等待 XWMS 团队处理</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>{scopes}: {state}</source>
        <translation>{scopes}：{state}</translation>
    </message>
    <message>
        <source>Tick the permissions your website needs, say what for, and apply. The XWMS team checks your business and approves or rejects the request.</source>
        <translation>勾选您的网站需要的权限，说明用途，然后提交申请。XWMS 团队会审核您的企业，并批准或拒绝申请。</translation>
    </message>
    <message>
        <source>Inviting the tester…</source>
        <translation>正在邀请测试人员…</translation>
    </message>
    <message>
        <source>Verified Partner: tick the permissions your website needs first.</source>
        <translation>认证合作伙伴：请先勾选您的网站需要的权限。</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>正在发送您的申请…</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>正在添加成员…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>The plan {source} has %n problem(s):</source>
        <translation>
            <numerusform>计划 {source} 有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>密钥：计划文件中绝不能包含密钥，因为计划文件很容易被共享或误复制。请从 [{table}] 中删除“{key} = …”这一行。向导会自己创建密钥，并把它保存在您电脑的钥匙串中。</translation>
    </message>
    <message>
        <source>Secret: plan files never hold a secret, because a plan file is easily shared or copied by mistake. Remove the line “{key} = …”. The wizard makes the secret itself and keeps it in your computer&apos;s keychain.</source>
        <translation>密钥：计划文件中绝不能包含密钥，因为计划文件很容易被共享或误复制。请删除“{key} = …”这一行。向导会自己创建密钥，并把它保存在您电脑的钥匙串中。</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move the line below that heading.</source>
        <translation>计划文件：“{what}”不属于计划的内容。它应该放在 [{home}] 下：请把这一行移到该标题下方。</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. Did you mean {near}?</source>
        <translation>计划文件：“{what}”不属于计划的内容。您是不是想写 {near}？</translation>
    </message>
    <message>
        <source>Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], [scopes], [secret], [verification] and [[members]]. Compare it with examples/plan.toml.</source>
        <translation>计划文件：“{what}”不属于计划的内容。计划只包含 [client]、[domain]、[scopes]、[secret]、[verification] 和 [[members]]。请与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?</source>
        <translation>计划文件：[{table}] 中没有“{key}”这项设置。您是不是想写“{near}”？</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. It belongs under [{home}].</source>
        <translation>计划文件：[{table}] 中没有“{key}”这项设置。它应该放在 [{home}] 下。</translation>
    </message>
    <message>
        <source>Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}.</source>
        <translation>计划文件：[{table}] 中没有“{key}”这项设置。[{table}] 可用的设置有：{known}。</translation>
    </message>
    <message>
        <source>{label}: this setting takes text. Write it like: {key} = &quot;…&quot; (in double quotes).</source>
        <translation>{label}：此设置需要文本。请这样写：{key} = &quot;…&quot;（用双引号）。</translation>
    </message>
    <message>
        <source>{label}: this setting takes true or false. Write it like: {key} = true  or  {key} = false (no quotes).</source>
        <translation>{label}：此设置需要 true 或 false。请这样写：{key} = true  或  {key} = false（不加引号）。</translation>
    </message>
    <message>
        <source>{label}: this setting takes a list of texts. Write it like: {key} = [&quot;profile&quot;].</source>
        <translation>{label}：此设置需要一个文本列表。请这样写：{key} = [&quot;profile&quot;]。</translation>
    </message>
    <message>
        <source>{label}: this setting takes a date. Write it like: {key} = &quot;2027-12-31&quot;.</source>
        <translation>{label}：此设置需要一个日期。请这样写：{key} = &quot;2027-12-31&quot;。</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>计划文件：第 {line} 行（第 {column} 列）有错误：{reason}。请检查那里的引号、“=” 号和 [标题]。请与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.</source>
        <translation>计划文件：其中有错误：{reason}。请检查引号、“=” 号和 [标题]。请与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check that you gave the plan file itself, and compare it with examples/plan.toml.</source>
        <translation>计划文件：它有 {size} KB；计划是一个最多 {most} KB 的简短文本文件。请确认您提供的是计划文件本身，并与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>Plan file: line {line} puts lists or sections more than {most} levels inside one another; a plan needs one level (a list such as keys = [&quot;profile&quot;]). Remove the extra brackets, and compare it with examples/plan.toml.</source>
        <translation>计划文件：第 {line} 行中列表或分节的嵌套超过了 {most} 层；计划只需要一层（例如 keys = [&quot;profile&quot;] 这样的列表）。请删除多余的括号，并与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} has more than {most} parts joined by dots; a plan&apos;s names have one or two (such as domain.root). Write the setting under its [section] heading, as in examples/plan.toml.</source>
        <translation>计划文件：第 {line} 行的设置名称由超过 {most} 个以点连接的部分组成；计划中的名称只有一到两个部分（例如 domain.root）。请把该设置写在它的 [分节] 标题下，参照 examples/plan.toml。</translation>
    </message>
    <message>
        <source>Plan file: the setting name on line {line} is longer than {most} characters; a plan&apos;s names are short words (such as root or keys). Check that line, and compare it with examples/plan.toml.</source>
        <translation>计划文件：第 {line} 行的设置名称超过了 {most} 个字符；计划中的名称都是简短的单词（例如 root 或 keys）。请检查该行，并与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>Plan id: use 1 to 64 letters, digits, hyphens or underscores, or leave plan_id out and the wizard makes one from the client name and the website address.</source>
        <translation>计划 ID：请使用 1 到 64 个字母、数字、连字符或下划线；或者省略 plan_id，向导会根据客户端名称和网站地址生成一个。</translation>
    </message>
    <message>
        <source>Plan file: “{key}” must be a section: write [{key}] on a line of its own, with its settings below it. Compare it with examples/plan.toml.</source>
        <translation>计划文件：“{key}”必须是一个分节：请把 [{key}] 单独写在一行，并把它的设置写在下方。请与 examples/plan.toml 对照。</translation>
    </message>
    <message>
        <source>{label}: missing. Add the line {key} = &quot;{example}&quot; under [{table}].</source>
        <translation>{label}：缺失。请在 [{table}] 下添加这一行：{key} = &quot;{example}&quot;。</translation>
    </message>
    <message>
        <source>Plan file: write each member as a [[members]] section of its own, with email = &quot;…&quot; and role = &quot;Developer&quot; (or &quot;Viewer&quot;) below it.</source>
        <translation>计划文件：请把每位成员写成单独的 [[members]] 分节，并在其下方写上 email = &quot;…&quot; 和 role = &quot;Developer&quot;（或 &quot;Viewer&quot;）。</translation>
    </message>
    <message>
        <source>Plan file: it names {count} members; a plan may name at most {most}. Add the others on the People page.</source>
        <translation>计划文件：其中列出了 {count} 位成员；一个计划最多只能列出 {most} 位。请在“人员和访问权限”页面上添加其余成员。</translation>
    </message>
    <message>
        <source>Plan file: a [[members]] section has no setting “{key}”. It takes: email, role.</source>
        <translation>计划文件：[[members]] 分节中没有“{key}”这项设置。可用的设置有：email、role。</translation>
    </message>
    <message>
        <source>{label}: {email} is named twice. Keep one [[members]] section for each person.</source>
        <translation>{label}：{email} 出现了两次。每个人只保留一个 [[members]] 分节。</translation>
    </message>
    <message>
        <source>Plan file: we cannot find {source}. Check the name and folder.</source>
        <translation>计划文件：找不到 {source}。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>Plan file: {source} is a folder. Give the path of the .toml file.</source>
        <translation>计划文件：{source} 是一个文件夹。请提供 .toml 文件的路径。</translation>
    </message>
    <message>
        <source>Plan file: we could not read {source} ({reason}).</source>
        <translation>计划文件：无法读取 {source}（{reason}）。</translation>
    </message>
    <message>
        <source>Plan file: it is not plain text (UTF-8). Save it as UTF-8 text.</source>
        <translation>计划文件：它不是纯文本（UTF-8）。请将其保存为 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>可读取</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>仅此人的 XWMS 编号</translation>
    </message>
    <message>
        <source>stops working on {date}</source>
        <translation>将于 {date} 失效</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>不会过期</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>服务器 IP 地址</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>内部名称</translation>
    </message>
    <message>
        <source>Allow Login</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Allow API</source>
        <translation>允许 API</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主域名</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>备用地址</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Close the wizard?</source>
        <translation>关闭向导？</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>继续操作</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Continue your setup?</source>
        <translation>继续您的设置？</translation>
    </message>
    <message>
        <source>An earlier setup stopped before it was finished.</source>
        <translation>之前的一次设置在完成前停止了。</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Write the folder again?</source>
        <translation>重新写入文件夹？</translation>
    </message>
    <message>
        <source>A folder for your developer is already there</source>
        <translation>已有一个交给开发人员的文件夹</translation>
    </message>
    <message>
        <source>A folder for your developer was already written here: {name}. Replace it, or keep both?</source>
        <translation>这里已经写入过一个交给开发人员的文件夹：{name}。要替换它，还是两者都保留？</translation>
    </message>
    <message>
        <source>Replace: the new folder takes the place of the old one. Keep both: the new folder is saved next to it, with a number added to its name. Cancel: nothing is written.</source>
        <translation>替换：新文件夹取代旧文件夹。都保留：新文件夹保存在旧文件夹旁边，名称后加一个编号。取消：不写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the folder that is already there</source>
        <translation>替换已有的文件夹</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>都保留(&amp;K)</translation>
    </message>
    <message>
        <source>Keep both folders</source>
        <translation>保留两个文件夹</translation>
    </message>
    <message>
        <source>Cancel: write nothing</source>
        <translation>取消：不写入任何内容</translation>
    </message>
    <message>
        <source>Choose where to save the handoff bundle</source>
        <translation>选择交接包的保存位置</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>选择您的徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>图片 (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>the domain {domain}</source>
        <translation>域名 {domain}</translation>
    </message>
    <message>
        <source>this domain</source>
        <translation>此域名</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>您的域名</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} and switch on {setting}.</source>
        <translation>请在 XWMS 控制台中打开 {domain_page}，然后开启 {setting}。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, link it to {domain} (Link Secret on {domain_page}) and give the new secret to your developer.</source>
        <translation>请在 XWMS 控制台中打开 Integrations → Client Secrets，新建一个密钥，把它关联到 {domain}（在 {domain_page} 中点击 Link Secret），然后把新密钥交给您的开发人员。</translation>
    </message>
    <message>
        <source>XWMS does not know the callback URL {url} for {the_domain}.</source>
        <translation>对于{the_domain}，XWMS 不认识回调地址 {url}。</translation>
    </message>
    <message>
        <source>XWMS does not know this callback URL for {the_domain}.</source>
        <translation>对于{the_domain}，XWMS 不认识此回调地址。</translation>
    </message>
    <message>
        <source>Registered now: {urls}.</source>
        <translation>当前已注册：{urls}。</translation>
    </message>
    <message>
        <source>No active callback URL is registered yet.</source>
        <translation>尚未注册任何启用的回调地址。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active callback URL, written exactly the same (XWMS compares it letter for letter, including https:// and the path).</source>
        <translation>请在 XWMS 控制台中打开 {domain_page} → Domain URLs，把 {url} 添加为启用（Active）的回调地址，写法必须完全一致（XWMS 会逐字比对，包括 https:// 和路径）。</translation>
    </message>
    <message>
        <source>the callback URL</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from the server address {allowed}.</source>
        <translation>Client ID 和密钥正确，但对于{the_domain}，XWMS 只接受来自服务器地址 {allowed} 的调用。</translation>
    </message>
    <message>
        <source>The Client ID and secret are right, but XWMS accepts calls for {the_domain} only from your website&apos;s server.</source>
        <translation>Client ID 和密钥正确，但对于{the_domain}，XWMS 只接受来自您网站服务器的调用。</translation>
    </message>
    <message>
        <source>This call came from {address}.</source>
        <translation>此次调用来自 {address}。</translation>
    </message>
    <message>
        <source>That is expected when you test from your own computer: the real calls must come from your website&apos;s server. If that server&apos;s address has changed, update Server IP Address in the XWMS dashboard under {domain_page}.</source>
        <translation>当您在自己的电脑上测试时，这是正常的：真正的调用必须来自您网站的服务器。如果该服务器的地址已更改，请在 XWMS 控制台的 {domain_page} 中更新 Server IP Address（服务器 IP 地址）。</translation>
    </message>
    <message>
        <source>This needs the scope “{scope}”, which this client does not have.</source>
        <translation>这需要权限范围“{scope}”，而此客户端没有。</translation>
    </message>
    <message>
        <source>This needs a scope, which this client does not have.</source>
        <translation>这需要一个此客户端没有的权限范围。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.</source>
        <translation>请在 XWMS 控制台中打开 Integrations → Client Scopes，然后开启 {scope}。</translation>
    </message>
    <message>
        <source>the scope</source>
        <translation>该权限范围</translation>
    </message>
    <message>
        <source>{scope} can only be used by a Verified Partner.</source>
        <translation>只有认证合作伙伴才能使用 {scope}。</translation>
    </message>
    <message>
        <source>This scope can only be used by a Verified Partner.</source>
        <translation>只有认证合作伙伴才能使用此权限范围。</translation>
    </message>
    <message>
        <source>Leave it out for now, or apply in the XWMS dashboard&apos;s Verification Center (XWMS staff approve each request); you can add the scope once you are verified.</source>
        <translation>暂时不要使用它，或者在 XWMS 控制台的 Verification Center（认证中心）中申请（每个申请都由 XWMS 工作人员审批）；通过认证后，您就可以添加该权限范围。</translation>
    </message>
    <message>
        <source>seeing who logged in</source>
        <translation>查看谁登录过</translation>
    </message>
    <message>
        <source>changing what the login may read</source>
        <translation>更改登录可读取的内容</translation>
    </message>
    <message>
        <source>changing the websites</source>
        <translation>更改网站</translation>
    </message>
    <message>
        <source>changing the secret keys</source>
        <translation>更改密钥</translation>
    </message>
    <message>
        <source>adding or removing members</source>
        <translation>添加或移除成员</translation>
    </message>
    <message>
        <source>Your role on this client does not allow {what}.</source>
        <translation>您在此客户端中的角色不允许{what}。</translation>
    </message>
    <message>
        <source>Your role on this client does not allow this.</source>
        <translation>您在此客户端中的角色不允许此操作。</translation>
    </message>
    <message>
        <source>Ask the client&apos;s owner to make the change, or to give your role this permission under Members and Roles.</source>
        <translation>请让客户端的所有者进行更改，或在 Members and Roles（成员和角色）中为您的角色授予此权限。</translation>
    </message>
    <message>
        <source>the Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>{names} was missing.</source>
        <translation>缺少：{names}。</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>{names} were missing.</source>
        <translation>缺少：{names}。</translation>
    </message>
    <message>
        <source>The Client ID, the domain or the client secret was missing.</source>
        <translation>缺少 Client ID、域名或客户端密钥。</translation>
    </message>
    <message>
        <source>Fill in all three (the XWMS dashboard shows them under My Clients → your client) and try again.</source>
        <translation>请把这三项都填上（XWMS 控制台在 My Clients → 您的客户端 中显示它们），然后重试。</translation>
    </message>
    <message>
        <source>XWMS does not know this Client ID.</source>
        <translation>XWMS 不认识此 Client ID。</translation>
    </message>
    <message>
        <source>Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check it for typing mistakes or missing characters.</source>
        <translation>请从 XWMS 控制台（My Clients → 您的客户端）重新复制 Client ID，并检查是否有输入错误或缺少字符。</translation>
    </message>
    <message>
        <source>XWMS does not have {the_domain} among this client&apos;s domains.</source>
        <translation>在此客户端的域名中，XWMS 找不到{the_domain}。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain (without https:// or a path), or use the domain that is already there.</source>
        <translation>请在 XWMS 控制台中打开 Integrations → Domains，把它添加为 Root Domain（不带 https:// 或路径），或者使用已有的域名。</translation>
    </message>
    <message>
        <source>{the_domain} is switched off in XWMS.</source>
        <translation>{the_domain} 已在 XWMS 中关闭。</translation>
    </message>
    <message>
        <source>Logging in is not allowed for {the_domain}.</source>
        <translation>{the_domain} 不允许登录。</translation>
    </message>
    <message>
        <source>API calls are not allowed for {the_domain}.</source>
        <translation>{the_domain} 不允许 API 调用。</translation>
    </message>
    <message>
        <source>XWMS did not recognise the client secret.</source>
        <translation>XWMS 无法识别该客户端密钥。</translation>
    </message>
    <message>
        <source>Copy the secret again, whole and without spaces. If it is lost, create a new one in the XWMS dashboard under Integrations → Client Secrets and link it to the domain.</source>
        <translation>请重新复制密钥，要完整且不带空格。如果密钥已丢失，请在 XWMS 控制台的 Integrations → Client Secrets 中新建一个，并把它关联到该域名。</translation>
    </message>
    <message>
        <source>This client secret was revoked and no longer works.</source>
        <translation>此客户端密钥已被吊销，不再有效。</translation>
    </message>
    <message>
        <source>This client secret has expired.</source>
        <translation>此客户端密钥已过期。</translation>
    </message>
    <message>
        <source>The client secret is right, but it is not linked to {the_domain}.</source>
        <translation>客户端密钥正确，但它没有关联到{the_domain}。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.</source>
        <translation>请在 XWMS 控制台中打开 {domain_page}，选择 Link Secret，然后选中此密钥。</translation>
    </message>
    <message>
        <source>XWMS does not know this login token.</source>
        <translation>XWMS 不认识此登录令牌。</translation>
    </message>
    <message>
        <source>Start the login again; the website must pass on the token from the callback URL unchanged.</source>
        <translation>请重新开始登录；网站必须原样传递回调地址中的令牌。</translation>
    </message>
    <message>
        <source>This login token was used already; each one works only once.</source>
        <translation>此登录令牌已经使用过；每个令牌只能使用一次。</translation>
    </message>
    <message>
        <source>Start the login again to get a new token.</source>
        <translation>请重新开始登录以获取新令牌。</translation>
    </message>
    <message>
        <source>This login token has expired (they last 5 minutes).</source>
        <translation>此登录令牌已过期（有效期为 5 分钟）。</translation>
    </message>
    <message>
        <source>Start the login again and finish it within 5 minutes.</source>
        <translation>请重新开始登录，并在 5 分钟内完成。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>电子邮件地址或密码不正确。</translation>
    </message>
    <message>
        <source>Check both (the password is case-sensitive) and sign in again.</source>
        <translation>请检查这两项（密码区分大小写），然后重新登录。</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>您尚未登录，或登录已过期。</translation>
    </message>
    <message>
        <source>Sign in again with your XWMS e-mail address and password.</source>
        <translation>请用您的 XWMS 电子邮件地址和密码重新登录。</translation>
    </message>
    <message>
        <source>Clients need a paid XWMS account, and this account is on the free plan.</source>
        <translation>客户端需要付费的 XWMS 账户，而此账户使用的是免费套餐。</translation>
    </message>
    <message>
        <source>Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.</source>
        <translation>请在 XWMS 控制台中升级账户，或使用付费账户登录，然后继续。</translation>
    </message>
    <message>
        <source>You already have a client with this name.</source>
        <translation>您已经有一个同名的客户端。</translation>
    </message>
    <message>
        <source>Choose another name, or pick the existing client from the list.</source>
        <translation>请换一个名称，或从列表中选择现有的客户端。</translation>
    </message>
    <message>
        <source>This client has {the_domain} already.</source>
        <translation>此客户端中已有{the_domain}。</translation>
    </message>
    <message>
        <source>Use the domain that is already there, or enter another one.</source>
        <translation>请使用已有的域名，或输入其他域名。</translation>
    </message>
    <message>
        <source>This URL is registered for the domain already.</source>
        <translation>此 URL 已为该域名注册过。</translation>
    </message>
    <message>
        <source>If it is the one you want, nothing more is needed; otherwise enter another address.</source>
        <translation>如果这正是您需要的地址，则无需其他操作；否则请输入其他地址。</translation>
    </message>
    <message>
        <source>This secret is linked to {the_domain} already.</source>
        <translation>此密钥已关联到{the_domain}。</translation>
    </message>
    <message>
        <source>Nothing more is needed for this link.</source>
        <translation>此关联无需其他操作。</translation>
    </message>
    <message>
        <source>The server has seen this step before with other details, so it stopped rather than make something twice.</source>
        <translation>服务器之前处理过此步骤，但当时的详细信息不同，因此它停了下来，以免重复创建。</translation>
    </message>
    <message>
        <source>Undo the change you made since then, or start a new setup, and try again.</source>
        <translation>请撤销此后所做的更改，或开始新的设置，然后重试。</translation>
    </message>
    <message>
        <source>XWMS did not accept some of the details.</source>
        <translation>XWMS 没有接受部分详细信息。</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>请更正标出的字段，然后重试。</translation>
    </message>
    <message>
        <source>The server could not find this; it may have been deleted in the meantime.</source>
        <translation>服务器找不到此项；它可能已在此期间被删除。</translation>
    </message>
    <message>
        <source>Check in the XWMS dashboard that it still exists, then try again.</source>
        <translation>请在 XWMS 控制台中确认它仍然存在，然后重试。</translation>
    </message>
    <message>
        <source>The server could not read what the wizard sent.</source>
        <translation>服务器无法读取向导发送的内容。</translation>
    </message>
    <message>
        <source>This is a fault in the wizard, not in your details. Try again; if it keeps happening, please report it.</source>
        <translation>这是向导的故障，不是您的信息有误。请重试；如果问题反复出现，请报告此问题。</translation>
    </message>
    <message>
        <source>This server does not offer what the wizard asked for.</source>
        <translation>此服务器不提供向导所请求的功能。</translation>
    </message>
    <message>
        <source>Check that the server address points to an XWMS management server.</source>
        <translation>请确认服务器地址指向 XWMS 管理服务器。</translation>
    </message>
    <message>
        <source>The file is too large; a logo may be at most 1 MB.</source>
        <translation>文件太大；徽标最大为 1 MB。</translation>
    </message>
    <message>
        <source>Choose a smaller PNG or SVG image.</source>
        <translation>请选择更小的 PNG 或 SVG 图片。</translation>
    </message>
    <message>
        <source>A revoked secret key cannot be changed any more.</source>
        <translation>已吊销的密钥不能再更改。</translation>
    </message>
    <message>
        <source>Make a new key instead (renew the key).</source>
        <translation>请改为创建新密钥（更换密钥）。</translation>
    </message>
    <message>
        <source>This person has been invited already.</source>
        <translation>此人已被邀请过。</translation>
    </message>
    <message>
        <source>Wait for their answer: they accept or decline on XWMS&apos;s login page.</source>
        <translation>请等待对方回复：他们会在 XWMS 的登录页面上接受或拒绝。</translation>
    </message>
    <message>
        <source>An application for these permissions is waiting already.</source>
        <translation>针对这些权限的申请已在等待处理。</translation>
    </message>
    <message>
        <source>Wait for the XWMS team&apos;s answer before you apply again.</source>
        <translation>请等待 XWMS 团队的答复后再重新申请。</translation>
    </message>
    <message>
        <source>Your account is a Verified Partner for these already.</source>
        <translation>您的账户已经是这些权限的认证合作伙伴。</translation>
    </message>
    <message>
        <source>Nothing more is needed: you can use these permissions.</source>
        <translation>无需其他操作：您可以使用这些权限。</translation>
    </message>
    <message>
        <source>This client has a role with this name already.</source>
        <translation>此客户端已有同名角色。</translation>
    </message>
    <message>
        <source>Use that role, or choose another name.</source>
        <translation>请使用该角色，或换一个名称。</translation>
    </message>
    <message>
        <source>This is the client&apos;s owner, who may do everything.</source>
        <translation>这是客户端的所有者，可以进行所有操作。</translation>
    </message>
    <message>
        <source>Nothing more is needed; add someone else as a member.</source>
        <translation>无需其他操作；请添加其他人为成员。</translation>
    </message>
    <message>
        <source>This person is a member of the client already.</source>
        <translation>此人已经是该客户端的成员。</translation>
    </message>
    <message>
        <source>Nothing more is needed for them.</source>
        <translation>无需为其进行其他操作。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or an SVG image.</source>
        <translation>徽标必须是 PNG 或 SVG 图片。</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG file.</source>
        <translation>请选择 PNG 或 SVG 文件。</translation>
    </message>
    <message>
        <source>XWMS refused the request as incomplete.</source>
        <translation>XWMS 以请求不完整为由拒绝了它。</translation>
    </message>
    <message>
        <source>Check the Client ID, the domain, the secret and the callback URL, then try again.</source>
        <translation>请检查 Client ID、域名、密钥和回调地址，然后重试。</translation>
    </message>
    <message>
        <source>XWMS did not accept the credentials.</source>
        <translation>XWMS 没有接受这些凭据。</translation>
    </message>
    <message>
        <source>Check the Client ID and the client secret (copy them again from the XWMS dashboard), then try again.</source>
        <translation>请检查 Client ID 和客户端密钥（从 XWMS 控制台重新复制），然后重试。</translation>
    </message>
    <message>
        <source>XWMS does not allow this for this client or domain.</source>
        <translation>XWMS 不允许此客户端或域名进行此操作。</translation>
    </message>
    <message>
        <source>In the XWMS dashboard, check under Integrations → Domains that the domain is Active, allows Login and API, and has this secret linked.</source>
        <translation>请在 XWMS 控制台的 Integrations → Domains 中确认：该域名已启用（Active），允许登录和 API（Allow Login、Allow API），并已关联此密钥。</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>此项已存在。</translation>
    </message>
    <message>
        <source>Use the existing one, or choose another name or address.</source>
        <translation>请使用已有的项，或换一个名称或地址。</translation>
    </message>
    <message>
        <source>The server is receiving too many requests right now.</source>
        <translation>服务器目前收到的请求过多。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请等一分钟后重试。</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>服务器拒绝了此请求。</translation>
    </message>
    <message>
        <source>Check the details you entered and try again.</source>
        <translation>请检查您输入的信息，然后重试。</translation>
    </message>
    <message>
        <source>XWMS said: “{message}”</source>
        <translation>XWMS 的回复：“{message}”</translation>
    </message>
</context>
<context>
    <name>Renew</name>
    <message numerus="yes">
        <source>secret.expires: the new key would expire on {date}, in %n day(s). Set a later expiry date for the key (such as {suggestion}), or none, then renew.</source>
        <translation>
            <numerusform>secret.expires：新密钥将于 {date} 到期，距今仅 %n 天。请为密钥设置更晚的到期日期（例如 {suggestion}），或不设到期日期，然后再更换。</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} does not exist on this server, so there is no key to renew. Create the setup first (xwms-wizard apply, or the wizard).</source>
        <translation>{what} 在此服务器上不存在，因此没有可更换的密钥。请先创建设置（xwms-wizard apply，或使用向导）。</translation>
    </message>
    <message>
        <source>{client}, {site}</source>
        <translation>{client}，{site}</translation>
    </message>
    <message>
        <source>the new key “{label}” (ending in {hint}) was made already</source>
        <translation>新密钥“{label}”（末尾为 {hint}）已创建</translation>
    </message>
    <message>
        <source>the new key passed the check at {time}</source>
        <translation>新密钥已于 {time} 通过检查</translation>
    </message>
    <message>
        <source>The new key has not passed the check, so the old key stays active: logging in keeps working with it.</source>
        <translation>新密钥尚未通过检查，因此旧密钥保持有效：仍可用它正常登录。</translation>
    </message>
</context>
<context>
    <name>RenewPage</name>
    <message>
        <source>Renew the secret key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>A new key that works before the old one stops.</source>
        <translation>先让新密钥生效，再停用旧密钥。</translation>
    </message>
    <message>
        <source>The wizard makes a new secret key beside the current one, links it to your website and checks that XWMS accepts it. Both keys work until your developer has put the new one on your website; then you switch the old key off here. Nobody is logged out on the way.</source>
        <translation>向导会在当前密钥之外创建一个新密钥，把它关联到您的网站，并确认 XWMS 接受它。在您的开发人员把新密钥用到您的网站上之前，两个密钥都有效；之后您在这里停用旧密钥。整个过程中不会有任何人被登出。</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>更换密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The new key stops working on a &amp;date</source>
        <translation>设置新密钥的失效日期(&amp;D)</translation>
    </message>
    <message>
        <source>The new key stops working on a date</source>
        <translation>设置新密钥的失效日期</translation>
    </message>
    <message>
        <source>The new key&apos;s expiry date</source>
        <translation>新密钥的到期日期</translation>
    </message>
    <message>
        <source>&amp;Switch the old key off…</source>
        <translation>停用旧密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>Switch the old key off, once your developer uses the new one</source>
        <translation>在您的开发人员用上新密钥后，停用旧密钥</translation>
    </message>
    <message>
        <source>Website: {site}. Current key: “{label}”.</source>
        <translation>网站：{site}。当前密钥：“{label}”。</translation>
    </message>
    <message>
        <source>Renewing the key…</source>
        <translation>正在更换密钥…</translation>
    </message>
    <message>
        <source>✓ The old key is switched off; only the new one works.</source>
        <translation>✓ 旧密钥已停用；现在只有新密钥有效。</translation>
    </message>
    <message>
        <source>✓ The new key works. The old one works too, until you switch it off: first give your developer the new key (the next page writes the folder for them).</source>
        <translation>✓ 新密钥有效。在您停用旧密钥之前，旧密钥也仍然有效：请先把新密钥交给您的开发人员（下一页会为他们写入文件夹）。</translation>
    </message>
    <message>
        <source>Has your developer&apos;s website switched to the new key? The old key stops working at once; a site that still uses it can no longer log anyone in.</source>
        <translation>您开发人员的网站已经换用新密钥了吗？旧密钥会立即失效；仍在使用它的网站将无法再让任何人登录。</translation>
    </message>
    <message>
        <source>Switch the old key off?</source>
        <translation>停用旧密钥？</translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>审核并创建</translation>
    </message>
    <message>
        <source>Check your choices, then create everything in one go.</source>
        <translation>检查您的选择，然后一次性创建所有内容。</translation>
    </message>
    <message>
        <source>Nothing has been made yet. When you press Create everything, the wizard makes each part in your XWMS account, one after the other, and shows each one below as it goes. If something goes wrong, fix it or try again: nothing is ever made twice. At the end the wizard checks with XWMS that the login works, and shows you the secret key once.</source>
        <translation>目前还没有创建任何内容。当您按下“全部创建”时，向导会在您的 XWMS 账户中逐一创建每个部分，并在下方依次显示。如果出现问题，请修正或重试：任何内容都不会被重复创建。最后，向导会与 XWMS 确认登录可以正常使用，并向您显示一次密钥。</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>将要更改的内容</translation>
    </message>
    <message>
        <source>Make a &amp;new key (the old one is revoked once the new one works)</source>
        <translation>创建新密钥(&amp;N)（新密钥生效后吊销旧密钥）</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>创建新密钥</translation>
    </message>
    <message>
        <source>&amp;Keep the current key; leave the secret out of the bundle (your developer already has it)</source>
        <translation>保留当前密钥(&amp;K)；交接包中不包含密钥（您的开发人员已经有它）</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>保留当前密钥</translation>
    </message>
    <message>
        <source>&amp;Create everything</source>
        <translation>全部创建(&amp;C)</translation>
    </message>
    <message>
        <source>Create everything</source>
        <translation>全部创建</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Your secret key (shown once)</source>
        <translation>您的密钥（仅显示一次）</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS 只在现在显示此密钥。您的开发人员需要它；其他任何拿到它的人都可以冒充您的网站，所以请像对待密码一样对待它。</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>the practice server on this computer</source>
        <translation>本机上的练习服务器</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>您的服务器</translation>
    </message>
    <message>
        <source>  (existing client)</source>
        <translation>  （现有客户端）</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  （新建）</translation>
    </message>
    <message>
        <source>&amp;Apply my changes</source>
        <translation>应用我的更改(&amp;A)</translation>
    </message>
    <message>
        <source>You changed your choices: press Apply my changes to update the setup.</source>
        <translation>您更改了选择：请按“应用我的更改”更新设置。</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>尚未创建任何内容。</translation>
    </message>
    <message>
        <source>Looking at what XWMS already has…</source>
        <translation>正在查看 XWMS 中已有的内容…</translation>
    </message>
    <message>
        <source>&amp;Check it and go on</source>
        <translation>检查并继续(&amp;C)</translation>
    </message>
    <message>
        <source>XWMS already has all of this.</source>
        <translation>XWMS 中已有所有这些内容。</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>应用这些更改(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>尚未更改任何内容。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Creating your setup…</source>
        <translation>正在创建您的设置…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>✓ Everything is set up.</source>
        <translation>✓ 一切已设置完毕。</translation>
    </message>
    <message>
        <source>✓ Everything was already set up; nothing new was made.</source>
        <translation>✓ 所有内容之前都已设置好；未创建任何新内容。</translation>
    </message>
    <message>
        <source>Choose below what to do, then press Try again.</source>
        <translation>请在下方选择要执行的操作，然后按“重试”。</translation>
    </message>
    <message>
        <source>Go Back to the {page} page to change it, then press Try again.</source>
        <translation>请按“上一步”回到“{page}”页面进行修改，然后按“重试”。</translation>
    </message>
    <message>
        <source>Nothing you chose is lost: press Try again when the problem is solved.</source>
        <translation>您的所有选择都不会丢失：问题解决后，请按“重试”。</translation>
    </message>
    <message>
        <source>Stopped at “{step}”: {message}</source>
        <translation>在“{step}”处停止：{message}</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: press Create everything to continue where it stopped. Nothing will be made twice.</source>
        <translation>已停止。不会丢失任何内容：请按“全部创建”从停止处继续。任何内容都不会被重复创建。</translation>
    </message>
    <message>
        <source>The secret key was made in an earlier run and shown then; its value is not on this computer. If nobody kept it, make a new key in the XWMS dashboard (Client Secrets) and link it to the website.</source>
        <translation>密钥是在之前的一次运行中创建的，当时已显示过；它的值不在本机上。如果没有人保存它，请在 XWMS 控制台（Client Secrets）中新建一个密钥，并把它关联到网站。</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain (under “xwms-wizard”), so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ 已保存在本机的钥匙串中（“xwms-wizard”名下），因此向导可以在下一页把它放进交给开发人员的文件夹。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Now is the moment to keep it: copy it into your password manager, or include it in the folder for your developer on the next page.</source>
        <translation>本机没有钥匙串，因此密钥只在向导打开期间保留。现在就是保存它的时候：把它复制到您的密码管理器中，或在下一页把它放进交给开发人员的文件夹。</translation>
    </message>
    <message>
        <source>The secret key was shown once and is no longer on screen. The next page can put it in the folder for your developer.</source>
        <translation>密钥已显示过一次，现在不再显示在屏幕上。下一页可以把它放进交给开发人员的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the secret key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>已复制。如果 60 秒后密钥仍在剪贴板中，向导会清空剪贴板。</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Read basic user profile</source>
        <translation>读取基本用户资料</translation>
    </message>
    <message>
        <source>Name, given and family name, e-mail address and picture of the person who logs in.</source>
        <translation>登录者的姓名（包括名和姓）、电子邮件地址和头像。</translation>
    </message>
    <message>
        <source>Extra profile fields</source>
        <translation>扩展资料字段</translation>
    </message>
    <message>
        <source>Birth date, gender, country and linked social accounts.</source>
        <translation>出生日期、性别、国家/地区和已关联的社交账户。</translation>
    </message>
    <message>
        <source>Access address information</source>
        <translation>访问地址信息</translation>
    </message>
    <message>
        <source>The postal addresses the person keeps in XWMS, for example for delivery or invoices. Your website can read them and keep them up to date for the person (add, change, remove).</source>
        <translation>此人在 XWMS 中保存的邮寄地址，例如用于收货或开票的地址。您的网站可以读取这些地址，并为此人保持更新（添加、更改、删除）。</translation>
    </message>
    <message>
        <source>Which outside sign-in providers the person has linked to their XWMS account.</source>
        <translation>此人已将哪些外部登录服务关联到其 XWMS 账户。</translation>
    </message>
    <message>
        <source>Read providers</source>
        <translation>读取已关联的登录服务</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>What may your website read?</source>
        <translation>您的网站可以读取什么？</translation>
    </message>
    <message>
        <source>Tick only what your website really needs.</source>
        <translation>只勾选您的网站真正需要的内容。</translation>
    </message>
    <message>
        <source>When someone logs in, XWMS tells your website who they are. Each “scope” below allows your website to read one more kind of information about that person. Ask for as little as possible: people trust a website more when it does not ask for everything, and what your website never receives cannot leak. The basic profile (name and e-mail) is enough for most websites. Some scopes are only for businesses that XWMS has checked (Verified Partners).</source>
        <translation>当有人登录时，XWMS 会告诉您的网站此人是谁。下方每个“权限范围”（scope）都允许您的网站多读取此人的一类信息。请尽量少要：网站不索取所有信息时，人们会更信任它；而且网站从未收到的信息也就不会泄露。对大多数网站来说，基本资料（姓名和电子邮件）就足够了。有些权限范围只提供给 XWMS 审核过的企业（认证合作伙伴）。</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected scope.</source>
        <translation>按空格键勾选或取消勾选选中的权限范围。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Loading the list of scopes…</source>
        <translation>正在加载权限范围列表…</translation>
    </message>
    <message>
        <source>{title}  (only for Verified Partners)
{description}
To become one, apply once this client exists: on the wizard&apos;s “People and access” page (Check or change a setup I already have), or in the XWMS dashboard&apos;s Verification Center.</source>
        <translation>{title}  （仅限 Verified Partner）
{description}
要成为 Verified Partner，请在此客户端创建后申请：在向导的“人员和访问权限”页面（检查或更改我已有的设置），或在 XWMS 控制台的 Verification Center（认证中心）。</translation>
    </message>
    <message>
        <source>{title}  (for Verified Partners: your business is one)
{description}</source>
        <translation>{title}（适用于认证合作伙伴：您的企业已是认证合作伙伴）
{description}</translation>
    </message>
    <message>
        <source>With nothing ticked, your website learns only a number that stands for the person, not their name or e-mail. That is fine if your website needs no more.</source>
        <translation>如果什么都不勾选，您的网站只会得到一个代表此人的编号，而不是其姓名或电子邮件。如果您的网站不需要更多信息，这样就可以了。</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>The client&apos;s secret key “{label}” (ending in {hint}) is linked to this website too; no new key is made.</source>
        <translation>该客户端的密钥“{label}”（末尾为 {hint}）也已关联到此网站；不会创建新密钥。</translation>
    </message>
    <message>
        <source>A new secret key will be made: this website has none yet.</source>
        <translation>将创建新密钥：此网站还没有密钥。</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) was revoked.</source>
        <translation>将创建新密钥，因为旧密钥（“{label}”，末尾为 {hint}）已被吊销。</translation>
    </message>
    <message>
        <source>A new secret key will be made, because the old one (“{label}”, ending in {hint}) expired on {date}.</source>
        <translation>将创建新密钥，因为旧密钥（“{label}”，末尾为 {hint}）已于 {date} 过期。</translation>
    </message>
    <message>
        <source>A new secret key will be made, because this computer does not have the value of the current one (“{label}”, ending in {hint}). Once the new key works, the old one is revoked.</source>
        <translation>将创建新密钥，因为本机没有当前密钥（“{label}”，末尾为 {hint}）的值。新密钥生效后，旧密钥将被吊销。</translation>
    </message>
    <message>
        <source>The website&apos;s secret key (“{label}”, ending in {hint}) works, but its value is not on this computer: make a new key, or keep this one and leave the secret out of the bundle.</source>
        <translation>该网站的密钥（“{label}”，末尾为 {hint}）有效，但它的值不在本机上：请创建新密钥，或保留此密钥并且不把密钥放入交接包。</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is.</source>
        <translation>密钥“{label}”（末尾为 {hint}）保持不变。</translation>
    </message>
    <message>
        <source>The secret key “{label}” (ending in {hint}) stays as it is; its value is not on this computer, so the bundle leaves it out.</source>
        <translation>密钥“{label}”（末尾为 {hint}）保持不变；它的值不在本机上，因此交接包中不包含它。</translation>
    </message>
    <message>
        <source>name “{old}” → “{new}”</source>
        <translation>名称“{old}”→“{new}”</translation>
    </message>
    <message>
        <source>expiry {old} → {new}</source>
        <translation>到期日期 {old} → {new}</translation>
    </message>
    <message>
        <source>The secret key ending in {hint} changes: {changes}.</source>
        <translation>末尾为 {hint} 的密钥将有以下更改：{changes}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Your new secret key (shown once)</source>
        <translation>您的新密钥（仅显示一次）</translation>
    </message>
    <message>
        <source>XWMS shows this key only now. Your developer needs it; anyone else who has it could pretend to be your website, so treat it like a password.</source>
        <translation>XWMS 只在现在显示此密钥。您的开发人员需要它；其他任何拿到它的人都可以冒充您的网站，所以请像对待密码一样对待它。</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the new secret key</source>
        <translation>显示新密钥</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the new secret key</source>
        <translation>复制新密钥</translation>
    </message>
    <message>
        <source>✓ Saved in this computer&apos;s keychain, so the wizard can put it in the folder for your developer on the next page.</source>
        <translation>✓ 已保存在本机的钥匙串中，因此向导可以在下一页把它放进交给开发人员的文件夹。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key is kept only while the wizard is open. Put it in the folder for your developer on the next page, or copy it into your password manager now.</source>
        <translation>本机没有钥匙串，因此密钥只在向导打开期间保留。请在下一页把它放进交给开发人员的文件夹，或现在就把它复制到您的密码管理器中。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Copied. The wizard empties the clipboard in 60 seconds if the key is still there.</source>
        <translation>已复制。如果 60 秒后密钥仍在剪贴板中，向导会清空剪贴板。</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <source>The secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Your website proves it is really yours with this key.</source>
        <translation>您的网站用这个密钥证明它确实是您的网站。</translation>
    </message>
    <message>
        <source>The secret key is like a password for your website (not for you). Your website&apos;s server sends it to XWMS with every login, so XWMS knows the request really comes from your website. XWMS shows it only once, when it is made: the wizard shows it to you after creating it, keeps it in this computer&apos;s keychain, and can put it in the folder for your developer. It is linked to your website, so it only works there.</source>
        <translation>密钥就像您网站的密码（而不是您个人的密码）。每次登录时，您网站的服务器都会把它发送给 XWMS，这样 XWMS 就知道请求确实来自您的网站。XWMS 只在创建时显示一次密钥：向导创建密钥后会向您显示它，把它保存在本机的钥匙串中，并可以把它放进交给开发人员的文件夹。它关联到您的网站，因此只能在那里使用。</translation>
    </message>
    <message>
        <source>Secret label (optional)</source>
        <translation>密钥名称（可选）</translation>
    </message>
    <message>
        <source>Secret label</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>Optional. A name for the key, so you can tell keys apart later, such as “Web server 2025”. Left empty, it is called “Standard Key”.</source>
        <translation>可选。密钥的名称，方便您以后区分不同的密钥，例如“网站服务器 2025”。留空时，名称为“Standard Key”。</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <source>Let the key stop working on a &amp;date</source>
        <translation>让密钥在指定日期失效(&amp;D)</translation>
    </message>
    <message>
        <source>Let the key stop working on a date</source>
        <translation>让密钥在指定日期失效</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>A key that expires limits the harm if it ever leaks, but your developer must put a new key in place before that date, or logins stop. If you choose a date, the folder for your developer includes a calendar reminder two weeks before. Most small websites leave this off.</source>
        <translation>会过期的密钥能在万一泄露时减少损失，但您的开发人员必须在该日期之前换上新密钥，否则登录会停止。如果您选择了日期，交给开发人员的文件夹中会包含一个提前两周的日历提醒。大多数小型网站不开启此项。</translation>
    </message>
    <message>
        <source>Secret key from the dashboard</source>
        <translation>来自控制台的密钥</translation>
    </message>
    <message>
        <source>paste the secret key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>The XWMS dashboard shows a new secret key only once. Copy it there and paste it here: the wizard keeps it in this computer&apos;s keychain (never in a file) and uses it for the check and for the folder for your developer.</source>
        <translation>XWMS 控制台只显示一次新密钥。请从那里复制并粘贴到这里：向导会把它保存在本机的钥匙串中（绝不写入文件），并用于检查和交给开发人员的文件夹。</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>✓ The secret key is in this computer&apos;s keychain. Paste a key here only to replace it.</source>
        <translation>✓ 密钥已在本机的钥匙串中。只有要替换它时，才需要在这里粘贴密钥。</translation>
    </message>
    <message>
        <source>Paste the secret key here when the dashboard shows it.</source>
        <translation>控制台显示密钥后，请将其粘贴到这里。</translation>
    </message>
    <message>
        <source>The key will be linked to {domain}, so your website can use it there and nowhere else.</source>
        <translation>该密钥将关联到 {domain}，因此您的网站只能在那里使用它，别处都不行。</translation>
    </message>
    <message>
        <source>it does not expire</source>
        <translation>它不会过期</translation>
    </message>
    <message>
        <source>it stops working on {date}</source>
        <translation>它将于 {date} 失效</translation>
    </message>
    <message>
        <source>Its value is in this computer&apos;s keychain.</source>
        <translation>它的值保存在本机的钥匙串中。</translation>
    </message>
    <message>
        <source>Its value is not on this computer; Review asks what to do.</source>
        <translation>它的值不在本机上；“审核并创建”页面会询问您如何处理。</translation>
    </message>
    <message>
        <source>This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} Change the name or expiry here to change that key; nothing else happens to it.</source>
        <translation>此网站已有一个密钥：“{label}”，末尾为 {hint}；{expiry}。{where} 在这里修改名称或到期日期即可更改该密钥；它不会受到其他影响。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This XWMS account is on the free plan. Clients (what a website needs for Log in with XWMS) come with a paid account: upgrade the account in the XWMS dashboard, then sign in again.</source>
        <translation>此 XWMS 账户使用的是免费套餐。客户端（网站使用“使用 XWMS 登录”所需要的）需要付费账户：请在 XWMS 控制台中升级账户，然后重新登录。</translation>
    </message>
    <message>
        <source>Server address: this is not a web address. Type it like https://xwms.example.com or http://127.0.0.1:8765.</source>
        <translation>服务器地址：这不是一个网址。请按这样的格式输入：https://xwms.example.com 或 http://127.0.0.1:8765。</translation>
    </message>
    <message>
        <source>XWMS API address: this is not a web address. Type it like {url}, or leave the default.</source>
        <translation>XWMS API 地址：这不是一个网址。请按 {url} 这样的格式输入，或保留默认值。</translation>
    </message>
    <message>
        <source>XWMS API address: it must start with https:// (http:// is only for a test server on this computer), because the check sends your secret key to it.</source>
        <translation>XWMS API 地址：必须以 https:// 开头（http:// 仅用于本机上的测试服务器），因为检查时会把您的密钥发送给它。</translation>
    </message>
    <message>
        <source>Practice mode could not start: the practice server did not start on this computer. {why} Press Try again; if it keeps failing, restart the computer or choose a custom server on the first page.</source>
        <translation>练习模式无法启动：练习服务器没有在本机上启动。{why} 请按“重试”；如果仍然失败，请重启电脑，或在第一页选择自定义服务器。</translation>
    </message>
    <message>
        <source>E-mail: type the e-mail address you use to sign in to XWMS.</source>
        <translation>电子邮件：请输入您登录 XWMS 所用的电子邮件地址。</translation>
    </message>
    <message>
        <source>Password: type your XWMS password.</source>
        <translation>密码：请输入您的 XWMS 密码。</translation>
    </message>
    <message>
        <source>Password: the sign-in this computer kept for {email} has run out. Type your XWMS password to sign in again.</source>
        <translation>密码：本机为 {email} 保存的登录信息已失效。请输入您的 XWMS 密码重新登录。</translation>
    </message>
    <message>
        <source>Client ID: paste the Client ID on the Client page first; the secret key is kept under it.</source>
        <translation>Client ID：请先在“客户端”页面粘贴 Client ID；密钥是以它为名保存的。</translation>
    </message>
    <message>
        <source>Live mode is not chosen: go back to the first page and choose it.</source>
        <translation>未选择正式模式：请返回第一页选择它。</translation>
    </message>
    <message>
        <source>Secret: the wizard has no secret key for this Client ID. Go Back to the Secret key page and paste the secret from the XWMS dashboard.</source>
        <translation>密钥：向导没有此 Client ID 的密钥。请按“上一步”回到“密钥”页面，粘贴 XWMS 控制台中的密钥。</translation>
    </message>
    <message>
        <source>Not checked: the wizard could not reach XWMS at {host} from the owner&apos;s computer, so nobody has confirmed yet that these settings work</source>
        <translation>未检查：向导无法从所有者的电脑连接到 {host} 上的 XWMS，因此还没有人确认这些设置是否有效</translation>
    </message>
    <message>
        <source>Folder: there is no readable {name} in {folder}. Choose the folder the wizard wrote for your developer (xwms-handoff-…).</source>
        <translation>文件夹：{folder} 中没有可读取的 {name}。请选择向导为您的开发人员写入的文件夹（xwms-handoff-…）。</translation>
    </message>
    <message>
        <source>Sign in first: go back to the Account page.</source>
        <translation>请先登录：返回“账户”页面。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>XWMS setup wizard</source>
        <translation>XWMS 设置向导</translation>
    </message>
    <message>
        <source>XWMS Setup</source>
        <translation>XWMS 设置</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Client “{client}” for the website {domain} was being set up{where}. Continue it to finish the parts that are missing; nothing is made twice. Start over to forget it and begin a new setup.</source>
        <translation>客户端“{client}”正在为网站 {domain} 进行设置{where}。选择“继续”可以完成缺少的部分；任何内容都不会被重复创建。选择“重新开始”则会忘掉它，开始新的设置。</translation>
    </message>
    <message>
        <source> (it stopped at: {step})</source>
        <translation> （停止于：{step}）</translation>
    </message>
    <message>
        <source>The wizard is still working. If you close now it stops safely; next time you open the wizard it offers to continue where it stopped, and nothing is made twice.</source>
        <translation>向导仍在工作。如果现在关闭，它会安全地停止；下次打开向导时，它会提示您从停止处继续，任何内容都不会被重复创建。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the secret key exists only in this window. If you close now without exporting the bundle (with the secret), it is gone and you will have to make a new one.</source>
        <translation>本机没有钥匙串，因此密钥只存在于此窗口中。如果您现在关闭而没有导出交接包（含密钥），密钥就会丢失，您将不得不创建一个新密钥。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>不会过期</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) ({date})</source>
        <translation>
            <numerusform>将在 %n 天后到期（{date}）</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the website has no working key</source>
        <translation>未检查：该网站没有有效的密钥</translation>
    </message>
    <message>
        <source>not checked: the value of its key is not on this computer (check it with `xwms-wizard verify` where the .env is)</source>
        <translation>未检查：本机没有其密钥的值（请在 .env 所在的地方用 `xwms-wizard verify` 检查）</translation>
    </message>
    <message>
        <source>not checked: the website has no callback URL</source>
        <translation>未检查：该网站没有回调地址</translation>
    </message>
    <message>
        <source>{site} has no secret key, so nobody can log in there yet.</source>
        <translation>{site} 没有密钥，因此目前还没有人能在那里登录。</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} was revoked, and the website has no other: logging in there has stopped.</source>
        <translation>{site} 的密钥“{label}”已被吊销，且该网站没有其他密钥：那里的登录已经停止。</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} expired on {date}: logging in there has stopped.</source>
        <translation>{site} 的密钥“{label}”已于 {date} 过期：那里的登录已经停止。</translation>
    </message>
    <message>
        <source>The key “{label}” of {site} {expiry}: logging in stops then.</source>
        <translation>{site} 的密钥“{label}”{expiry}：届时登录将会停止。</translation>
    </message>
    <message>
        <source>XWMS refused the login check for {site}: {verdict}</source>
        <translation>XWMS 拒绝了 {site} 的登录检查：{verdict}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Your setup</source>
        <translation>您的设置</translation>
    </message>
    <message>
        <source>How your Log in with XWMS is doing, and what you can do now.</source>
        <translation>您的 XWMS 登录运行得如何，以及您现在可以做什么。</translation>
    </message>
    <message>
        <source>Pick the client to look at. The wizard reads it from XWMS and tries a login for each website with the secret key this computer keeps (nobody is logged in, and nothing changes). What needs your attention comes first, each with what fixes it.</source>
        <translation>请选择要查看的客户端。向导会从 XWMS 读取它，并用本机保存的密钥为每个网站尝试一次登录（不会让任何人登录，也不会更改任何内容）。需要您处理的事项排在最前面，每项都附有解决方法。</translation>
    </message>
    <message>
        <source>Client to look at</source>
        <translation>要查看的客户端</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>How the setup is doing</source>
        <translation>设置运行情况</translation>
    </message>
    <message>
        <source>&amp;Renew the key…</source>
        <translation>更换密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the secret key without downtime</source>
        <translation>更换密钥，服务不中断</translation>
    </message>
    <message>
        <source>C&amp;hange this setup…</source>
        <translation>更改此设置(&amp;H)…</translation>
    </message>
    <message>
        <source>Change the websites, switches or permissions</source>
        <translation>更改网站、开关或权限</translation>
    </message>
    <message>
        <source>Re&amp;voke a key…</source>
        <translation>吊销密钥(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke a secret key that leaked</source>
        <translation>吊销已泄露的密钥</translation>
    </message>
    <message>
        <source>&amp;People and access…</source>
        <translation>人员和访问权限(&amp;P)…</translation>
    </message>
    <message>
        <source>Who has logged in, testers, Verified Partner and members</source>
        <translation>谁登录过、测试人员、认证合作伙伴和成员</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>正在读取您的客户端…</translation>
    </message>
    <message>
        <source>This account has no clients yet. Go Back to the first page and choose “Set up Log in with XWMS” to make one.</source>
        <translation>此账户还没有客户端。请按“上一步”回到第一页，选择“为网站设置 XWMS 登录”来创建一个。</translation>
    </message>
    <message>
        <source>Checking {name} with XWMS…</source>
        <translation>正在与 XWMS 核对 {name}…</translation>
    </message>
    <message>
        <source>✓ All is well: every website works and no key expires within 30 days.</source>
        <translation>✓ 一切正常：每个网站都能正常登录，且没有密钥会在 30 天内过期。</translation>
    </message>
    <message>
        <source>Needs your attention:</source>
        <translation>需要您处理：</translation>
    </message>
    <message>
        <source>“{label}” (ending in {hint}): {expiry}; used by {sites}</source>
        <translation>“{label}”（末尾为 {hint}）：{expiry}；用于 {sites}</translation>
    </message>
    <message>
        <source>no website</source>
        <translation>无网站</translation>
    </message>
    <message>
        <source>only the person&apos;s XWMS number</source>
        <translation>仅此人的 XWMS 编号</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>可读取</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Login {login}, API {api}, {active}, Test Mode {test}</source>
        <translation>登录：{login}，API：{api}，{active}，测试模式：{test}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>✓ Login works: {verdict}</source>
        <translation>✓ 登录有效：{verdict}</translation>
    </message>
    <message>
        <source>✗ Login does not work: {verdict}</source>
        <translation>✗ 登录无效：{verdict}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Comes back to: {urls}</source>
        <translation>登录后返回：{urls}</translation>
    </message>
    <message>
        <source>Fix what XWMS names, or choose Change this setup.</source>
        <translation>请修正 XWMS 指出的问题，或选择“更改此设置”。</translation>
    </message>
    <message>
        <source>Choose Change this setup: the wizard makes and links a key.</source>
        <translation>请选择“更改此设置”：向导会创建并关联密钥。</translation>
    </message>
    <message>
        <source>Choose Renew the key: a new key works before the old one stops.</source>
        <translation>请选择“更换密钥”：先让新密钥生效，再停用旧密钥。</translation>
    </message>
    <message>
        <source>Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in on {sites} stops until a new key is linked and your developer has it. Afterwards, choose Renew the key or Change this setup to make a new one.</source>
        <translation>要吊销密钥“{label}”（末尾为 {hint}）吗？它会立即失效：在关联新密钥并交给您的开发人员之前，{sites} 上的登录将会停止。之后，请选择“更换密钥”或“更改此设置”来创建新密钥。</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>吊销此密钥？</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Revoking the key…</source>
        <translation>正在吊销密钥…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Review &amp; create</source>
        <translation>审核并创建</translation>
    </message>
    <message>
        <source>Your setup</source>
        <translation>您的设置</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>People and access</source>
        <translation>人员和访问权限</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>检查我的设置</translation>
    </message>
    <message>
        <source>{title} (current step)</source>
        <translation>{title}（当前步骤）</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Create the client</source>
        <translation>创建客户端</translation>
    </message>
    <message>
        <source>Add the website (domain)</source>
        <translation>添加网站（域名）</translation>
    </message>
    <message>
        <source>Upload the logo</source>
        <translation>上传徽标</translation>
    </message>
    <message>
        <source>Register the callback URL</source>
        <translation>注册回调地址</translation>
    </message>
    <message>
        <source>Choose what the website may read (scopes)</source>
        <translation>选择网站可以读取的内容（权限范围）</translation>
    </message>
    <message>
        <source>Create the secret key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <source>Link the secret to the website</source>
        <translation>将密钥关联到网站</translation>
    </message>
    <message>
        <source>Check that it all works</source>
        <translation>检查是否一切正常</translation>
    </message>
    <message>
        <source>Revoke the old secret key</source>
        <translation>吊销旧密钥</translation>
    </message>
    <message>
        <source>Find the client and the website</source>
        <translation>查找客户端和网站</translation>
    </message>
    <message>
        <source>Apply to become a Verified Partner</source>
        <translation>申请成为认证合作伙伴</translation>
    </message>
    <message>
        <source>Invite the members</source>
        <translation>邀请成员</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>a space-like character</source>
        <translation>类似空格的字符</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可见字符</translation>
    </message>
    <message>
        <source>type a name as text, such as “mycompany-main-app”.</source>
        <translation>请以文本形式输入名称，例如“mycompany-main-app”。</translation>
    </message>
    <message>
        <source>Try {hint}.</source>
        <translation>试试{hint}。</translation>
    </message>
    <message>
        <source>please type a name for this connection, such as “mycompany-main-app”.</source>
        <translation>请为此连接输入一个名称，例如“mycompany-main-app”。</translation>
    </message>
    <message>
        <source>{name} has capital letters. Use lowercase letters only.</source>
        <translation>{name}含有大写字母。请只使用小写字母。</translation>
    </message>
    <message>
        <source>{name} has spaces. Use hyphens between words instead.</source>
        <translation>{name}含有空格。请改用连字符连接单词。</translation>
    </message>
    <message>
        <source>{name} contains {character}. Use only lowercase letters, digits and hyphens.</source>
        <translation>{name}包含{character}。请只使用小写字母、数字和连字符。</translation>
    </message>
    <message>
        <source>{name} must start with a letter.</source>
        <translation>{name}必须以字母开头。</translation>
    </message>
    <message>
        <source>{name} is too short. Use at least {least} characters.</source>
        <translation>{name}太短。请至少使用 {least} 个字符。</translation>
    </message>
    <message>
        <source>the name is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>名称长 {length} 个字符；最多 {most} 个。请缩短。</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name, such as {free}.</source>
        <translation>您已经有一个名为{name}的客户端。请从现有客户端列表中选择它，以便向其中添加内容；或者换一个名称，例如{free}。</translation>
    </message>
    <message>
        <source>you already have a client called {name}. Pick it from the list of existing clients to add to it, or choose another name.</source>
        <translation>您已经有一个名为{name}的客户端。请从现有客户端列表中选择它，以便向其中添加内容；或者换一个名称。</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and hyphens.</source>
        <translation>请只使用小写字母、数字和连字符。</translation>
    </message>
    <message>
        <source>{host} contains characters that cannot be part of a web address.</source>
        <translation>{host}包含不能用于网址的字符。</translation>
    </message>
    <message>
        <source>{host} has an empty part (two dots in a row, or a dot at the start).</source>
        <translation>{host}中有空的部分（连续两个点，或以点开头）。</translation>
    </message>
    <message>
        <source>the part {part} is not a valid international name.</source>
        <translation>{part}部分不是有效的国际化名称。</translation>
    </message>
    <message>
        <source>{host} contains {character}. A web address has only letters, digits, hyphens and dots.</source>
        <translation>{host}包含{character}。网址只能包含字母、数字、连字符和点。</translation>
    </message>
    <message>
        <source>the part {part} starts or ends with a hyphen; remove it.</source>
        <translation>{part}部分以连字符开头或结尾；请删除它。</translation>
    </message>
    <message>
        <source>the part {part} cannot be used in a web address.</source>
        <translation>{part}部分不能用于网址。</translation>
    </message>
    <message>
        <source>the part {part} is {length} characters long; each part between dots may have at most {most}.</source>
        <translation>{part}部分长 {length} 个字符；点之间的每个部分最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>we could not read a website address in {text}.</source>
        <translation>无法从{text}中读取网站地址。</translation>
    </message>
    <message>
        <source>we could not find a website address in {text}.</source>
        <translation>在{text}中找不到网站地址。</translation>
    </message>
    <message>
        <source>type the address as text, such as example.com.</source>
        <translation>请以文本形式输入地址，例如 example.com。</translation>
    </message>
    <message>
        <source>please type your website&apos;s address, such as example.com.</source>
        <translation>请输入您网站的地址，例如 example.com。</translation>
    </message>
    <message>
        <source>{text} contains {character}. Type the address without it.</source>
        <translation>{text}包含{character}。请输入不含它的地址。</translation>
    </message>
    <message>
        <source>{text} looks like an e-mail address. Type your website&apos;s address instead, such as example.com.</source>
        <translation>{text}看起来像电子邮件地址。请改为输入您网站的地址，例如 example.com。</translation>
    </message>
    <message>
        <source>Type only the address, such as example.com.</source>
        <translation>请只输入地址，例如 example.com。</translation>
    </message>
    <message>
        <source>{host} is an IP address, not a website address. Type the name of your website here (such as example.com) and put the IP address in the Server IP address field.</source>
        <translation>{host}是 IP 地址，而不是网站地址。请在这里输入您网站的名称（例如 example.com），并把 IP 地址填到“服务器 IP 地址”字段中。</translation>
    </message>
    <message>
        <source>Type an address such as example.com.</source>
        <translation>请输入类似 example.com 的地址。</translation>
    </message>
    <message>
        <source>“localhost” means this computer, not a website. Type your website&apos;s address, such as example.com; to test on this computer, switch on Test Mode and use a localhost callback URL.</source>
        <translation>“localhost”指的是本机，而不是网站。请输入您网站的地址，例如 example.com；如果要在本机上测试，请开启测试模式并使用 localhost 回调地址。</translation>
    </message>
    <message>
        <source>{text} is not a full website address. Add its ending, such as {name}.com or {name}.nl.</source>
        <translation>{text}不是完整的网站地址。请加上后缀，例如 {name}.com 或 {name}.nl。</translation>
    </message>
    <message>
        <source>{text} ends in a number. A website address ends in a name, such as .com or .nl; an IP address belongs in the Server IP address field.</source>
        <translation>{text}以数字结尾。网站地址以名称结尾，例如 .com 或 .nl；IP 地址应填到“服务器 IP 地址”字段中。</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}. Check that you typed only your website&apos;s address.</source>
        <translation>地址长 {length} 个字符；最多 {most} 个。请确认您只输入了网站的地址。</translation>
    </message>
    <message>
        <source>We turned {text} into {value}.</source>
        <translation>我们已将{text}转换为 {value}。</translation>
    </message>
    <message>
        <source>{shown} is an international address; it is stored as {value}, the form the internet uses.</source>
        <translation>{shown}是国际化地址；它会以 {value} 的形式保存，这是互联网使用的格式。</translation>
    </message>
    <message>
        <source>did you mean {hint}? The root domain is usually the address without “www.”; the callback URL can still be on www.</source>
        <translation>您是不是想输入{hint}？根域名通常是不带“www.”的地址；回调地址仍然可以使用 www。</translation>
    </message>
    <message>
        <source>Type a name, such as your shop&apos;s name.</source>
        <translation>请输入一个名称，例如您店铺的名称。</translation>
    </message>
    <message>
        <source>a name needs letters, not only digits. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>名称需要包含字母，不能只有数字。请输入包含 a 到 z 字母的名称，例如您店铺的名称。</translation>
    </message>
    <message>
        <source>the wizard cannot make a name from {text}. Type a name with letters from a to z, such as your shop&apos;s name.</source>
        <translation>向导无法根据{text}生成名称。请输入包含 a 到 z 字母的名称，例如您店铺的名称（可用拼音或英文）。</translation>
    </message>
    <message>
        <source>Keep typing: a name needs at least {least} letters or digits.</source>
        <translation>请继续输入：名称至少需要 {least} 个字母或数字。</translation>
    </message>
    <message>
        <source>A name starts with a letter, so the wizard left out {part} at the start.</source>
        <translation>名称必须以字母开头，因此向导省略了开头的{part}。</translation>
    </message>
    <message>
        <source>Your website address is {root}. Your site opens on {site}, so the callback URL stays there.</source>
        <translation>您的网站地址是{root}。您的网站在 {site} 上打开，因此回调地址保留在那里。</translation>
    </message>
    <message>
        <source>The wizard keeps only the website address; {path} is not needed here. Your login page can still be anywhere on your site.</source>
        <translation>向导只保留网站地址；这里不需要{path}。您的登录页面仍然可以放在网站的任何位置。</translation>
    </message>
    <message>
        <source>type only one address: the one your server calls XWMS from.</source>
        <translation>请只输入一个地址：即您的服务器调用 XWMS 时所用的地址。</translation>
    </message>
    <message>
        <source>type the address as text, such as 203.0.113.10.</source>
        <translation>请以文本形式输入地址，例如 203.0.113.10。</translation>
    </message>
    <message>
        <source>{text} contains {character}. Remove it.</source>
        <translation>{text}包含{character}。请删除它。</translation>
    </message>
    <message>
        <source>{text} is a range of addresses. Type the single address of your server, without the “/” part.</source>
        <translation>{text}是一个地址范围。请输入您服务器的单个地址，不要包含“/”部分。</translation>
    </message>
    <message>
        <source>type the address without the “%{zone}” part.</source>
        <translation>请输入不含“%{zone}”部分的地址。</translation>
    </message>
    <message>
        <source>We removed the square brackets: {value}.</source>
        <translation>我们已删除方括号：{value}。</translation>
    </message>
    <message>
        <source>{text} includes a port number. Type the address without “:port”.</source>
        <translation>{text}包含端口号。请输入不含“:端口”的地址。</translation>
    </message>
    <message>
        <source>{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, 2001:db8::10); your hosting provider can tell you yours.</source>
        <translation>{text}不是 IP 地址。IP 地址类似 203.0.113.10（IPv6 则类似 2001:db8::10）；您的主机服务商可以告诉您您的地址。</translation>
    </message>
    <message>
        <source>We turned {text} into {value}, the same address in its usual form.</source>
        <translation>我们已将{text}转换为 {value}，这是同一地址的常用写法。</translation>
    </message>
    <message>
        <source>We wrote {text} in its usual form: {value}.</source>
        <translation>我们已将{text}写成常用格式：{value}。</translation>
    </message>
    <message>
        <source>{value} is not the address of a single computer. Type the public IP address of your server.</source>
        <translation>{value} 不是单台计算机的地址。请输入您服务器的公网 IP 地址。</translation>
    </message>
    <message>
        <source>{value} means “this same computer”. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} 表示“本机”。XWMS 看到的是您服务器的公网地址，因此调用会被拒绝；请使用您服务器的公网 IP 地址。</translation>
    </message>
    <message>
        <source>{value} only works inside one local network. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address.</source>
        <translation>{value} 只在一个局域网内有效。XWMS 看到的是您服务器的公网地址，因此调用会被拒绝；请使用您服务器的公网 IP 地址。</translation>
    </message>
    <message>
        <source>{value} is a private or reserved address, not a public one. XWMS sees your server&apos;s public address, so calls would be refused; use your server&apos;s public IP address (your hosting provider can tell you).</source>
        <translation>{value} 是私有或保留地址，而不是公网地址。XWMS 看到的是您服务器的公网地址，因此调用会被拒绝；请使用您服务器的公网 IP 地址（您的主机服务商可以告诉您）。</translation>
    </message>
    <message>
        <source>we could not read {url} as a web address. Check it.</source>
        <translation>无法将{url}识别为网址。请检查。</translation>
    </message>
    <message>
        <source>the website part is missing after {scheme}://.</source>
        <translation>{scheme}:// 后面缺少网站部分。</translation>
    </message>
    <message>
        <source>type the address as text.</source>
        <translation>请以文本形式输入地址。</translation>
    </message>
    <message>
        <source>please type the full address, such as {example}.</source>
        <translation>请输入完整地址，例如 {example}。</translation>
    </message>
    <message>
        <source>the address contains {character}. Remove it.</source>
        <translation>该地址包含{character}。请删除它。</translation>
    </message>
    <message>
        <source>the address is {length} characters long; the most is {most}.</source>
        <translation>该地址长 {length} 个字符；最多 {most} 个。</translation>
    </message>
    <message>
        <source>wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the one full address your site uses.</source>
        <translation>不允许使用通配符（“*”）：XWMS 会精确比对地址。请输入您网站使用的那一个完整地址。</translation>
    </message>
    <message>
        <source>the address must start with https://. For example {guess}.</source>
        <translation>地址必须以 https:// 开头。例如{guess}。</translation>
    </message>
    <message>
        <source>the address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>the address contains {character}, which a web address cannot hold.</source>
        <translation>该地址包含{character}，网址中不能有这个字符。</translation>
    </message>
    <message>
        <source>remove the part from “#” on. XWMS adds the login token to the address, and a “#” part would hide it from your site.</source>
        <translation>请删除从“#”开始的部分。XWMS 会把登录令牌添加到地址中，而“#”部分会让您的网站看不到它。</translation>
    </message>
    <message>
        <source>a “%” must be followed by two hexadecimal digits (such as %20). Check it.</source>
        <translation>“%”后面必须跟两位十六进制数字（例如 %20）。请检查。</translation>
    </message>
    <message>
        <source>the address must start with https://, not {scheme}://.</source>
        <translation>地址必须以 https:// 开头，而不是{scheme}://。</translation>
    </message>
    <message>
        <source>remove the user name or password (the part before “@”). Never put a password in an address.</source>
        <translation>请删除用户名或密码（“@”之前的部分）。切勿在地址中放入密码。</translation>
    </message>
    <message>
        <source>the port number (after “:”) must be a number from 1 to 65535, or left out.</source>
        <translation>端口号（“:”后面的部分）必须是 1 到 65535 之间的数字，或者省略。</translation>
    </message>
    <message>
        <source>remove the dot at the end of the website part of the address.</source>
        <translation>请删除地址中网站部分末尾的点。</translation>
    </message>
    <message>
        <source>addresses on this computer (localhost) only work in Test Mode. Switch on Test Mode for this domain, or use an address on your website.</source>
        <translation>本机上的地址（localhost）只在测试模式下有效。请为此域名开启测试模式，或使用您网站上的地址。</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address, such as {example}.</source>
        <translation>请在地址中使用您网站的名称，而不是 IP 地址，例如 {example}。</translation>
    </message>
    <message>
        <source>use your website&apos;s name in the address, not an IP address.</source>
        <translation>请在地址中使用您网站的名称，而不是 IP 地址。</translation>
    </message>
    <message>
        <source>the website part is longer than {most} characters.</source>
        <translation>网站部分超过了 {most} 个字符。</translation>
    </message>
    <message>
        <source>first fill in a valid website address (root domain); this address must be on it.</source>
        <translation>请先填写有效的网站地址（根域名）；此地址必须位于该网站上。</translation>
    </message>
    <message>
        <source>{host} is not on your website {root}. Use an address on {domain} or one of its subdomains, such as {example}.</source>
        <translation>{host}不在您的网站{root}上。请使用 {domain} 或其子域名上的地址，例如 {example}。</translation>
    </message>
    <message>
        <source>use https:// (a secure address). Plain http:// only works for localhost in Test Mode.</source>
        <translation>请使用 https://（安全地址）。普通的 http:// 只适用于测试模式下的 localhost。</translation>
    </message>
    <message>
        <source>saved as {url}: the same address, with the international name written the way XWMS stores it. Your site may send either spelling.</source>
        <translation>已保存为 {url}：同一个地址，只是国际化名称按 XWMS 存储的方式书写。您的网站发送哪种写法都可以。</translation>
    </message>
    <message>
        <source>it has capital letters at the start. XWMS compares the address exactly, so your site must send it written exactly like this.</source>
        <translation>它的开头含有大写字母。XWMS 会精确比对地址，因此您的网站发送时必须与此处的写法完全一致。</translation>
    </message>
    <message>
        <source>type it as text.</source>
        <translation>请以文本形式输入。</translation>
    </message>
    <message>
        <source>it contains {character}. Keep it on one line.</source>
        <translation>它包含{character}。请保持在一行内。</translation>
    </message>
    <message>
        <source>it is {length} characters long; the most is {most}. Make it shorter.</source>
        <translation>它长 {length} 个字符；最多 {most} 个。请缩短。</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>not a PNG or SVG image</source>
        <translation>非 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <source>choose the image file again.</source>
        <translation>请重新选择图片文件。</translation>
    </message>
    <message>
        <source>the file name contains an invisible character. Choose the file again.</source>
        <translation>文件名包含不可见字符。请重新选择该文件。</translation>
    </message>
    <message>
        <source>we cannot find the file {file}. Choose the image again.</source>
        <translation>找不到文件{file}。请重新选择图片。</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose the image file.</source>
        <translation>{file}是一个文件夹，而不是图片。请选择图片文件。</translation>
    </message>
    <message>
        <source>the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of 512 × 512 pixels is plenty).</source>
        <translation>图片大小为 {size} MB；最大为 1 MB。请另存一个更小的版本（512 × 512 像素的徽标就足够了）。</translation>
    </message>
    <message>
        <source>the file {file} is empty. Choose another image.</source>
        <translation>文件{file}是空的。请选择其他图片。</translation>
    </message>
    <message>
        <source>we could not open {file}. Check that you may read it, or copy it to your Documents folder and choose it there.</source>
        <translation>无法打开{file}。请检查您是否有读取权限，或将其复制到“文档”文件夹后再从那里选择。</translation>
    </message>
    <message>
        <source>the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and choose that file.</source>
        <translation>文件{file}：{kind}。XWMS 只接受 PNG 或 SVG 图片：请将您的徽标另存为 PNG，然后选择该文件。</translation>
    </message>
    <message>
        <source>{text} is not a date we can read. Write it as year-month-day, such as {year}-12-31, or leave it empty for a secret that does not expire.</source>
        <translation>{text}不是可识别的日期。请按“年-月-日”的格式书写，例如 {year}-12-31；如果密钥不过期，请留空。</translation>
    </message>
    <message>
        <source>write the date as year-month-day, such as 2027-12-31.</source>
        <translation>请按“年-月-日”的格式书写日期，例如 2027-12-31。</translation>
    </message>
    <message>
        <source>{date} is today. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} 是今天。请选择今天之后的日期；如果密钥不过期，请留空。</translation>
    </message>
    <message>
        <source>{date} has already passed. Choose a date after today, or leave it empty for a secret that does not expire.</source>
        <translation>{date} 已经过去。请选择今天之后的日期；如果密钥不过期，请留空。</translation>
    </message>
    <message numerus="yes">
        <source>the secret stops working in %n day(s) ({date}). Your developer must replace it before then; a later date gives more time.</source>
        <translation>
            <numerusform>密钥将在 %n 天后（{date}）失效。您的开发人员必须在此之前替换它；日期越晚，时间越充裕。</numerusform>
        </translation>
    </message>
    <message>
        <source>paste the secret as text.</source>
        <translation>请以文本形式粘贴密钥。</translation>
    </message>
    <message>
        <source>nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.</source>
        <translation>未粘贴任何内容。请从 XWMS 控制台复制密钥，然后粘贴到这里。</translation>
    </message>
    <message>
        <source>what you pasted runs over more than one line, so it is more than the secret. Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>您粘贴的内容超过一行，因此不只是密钥。请从 XWMS 控制台只复制密钥本身，然后重新粘贴。</translation>
    </message>
    <message>
        <source>what you pasted contains an invisible character (such as a tab). Copy only the secret itself from the XWMS dashboard and paste it again.</source>
        <translation>您粘贴的内容包含不可见字符（例如制表符）。请从 XWMS 控制台只复制密钥本身，然后重新粘贴。</translation>
    </message>
    <message>
        <source>it contains a space. Secrets have none; check that you copied only the secret.</source>
        <translation>它包含空格。密钥中没有空格；请确认您只复制了密钥。</translation>
    </message>
    <message>
        <source>paste the {label} as text.</source>
        <translation>请以文本形式粘贴 {label}。</translation>
    </message>
    <message>
        <source>please paste the {label} that the XWMS dashboard shows for it.</source>
        <translation>请粘贴 XWMS 控制台为它显示的 {label}。</translation>
    </message>
    <message>
        <source>it contains {character}. Copy only the {label} itself from the XWMS dashboard and paste it again.</source>
        <translation>它包含{character}。请从 XWMS 控制台只复制 {label} 本身，然后重新粘贴。</translation>
    </message>
    <message>
        <source>what you pasted is {length} characters long, far longer than a {label}. Copy only the ID itself and paste it again.</source>
        <translation>您粘贴的内容长 {length} 个字符，远远超过 {label} 的长度。请只复制 ID 本身，然后重新粘贴。</translation>
    </message>
    <message>
        <source>give the scopes as a list, such as [&quot;profile&quot;].</source>
        <translation>请以列表形式提供权限范围，例如 [&quot;profile&quot;]。</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>一个不是文本的值</translation>
    </message>
    <message>
        <source>{key} is not a scope name. Scope names are short lowercase words, such as “profile” or “userinfo”.</source>
        <translation>{key} 不是权限范围名称。权限范围名称是简短的小写单词，例如“profile”或“userinfo”。</translation>
    </message>
    <message>
        <source>missing. Write the e-mail address the person uses for their XWMS account.</source>
        <translation>缺失。请填写此人 XWMS 账户所用的电子邮件地址。</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address. Write it like name@example.com: the address the person uses for their XWMS account.</source>
        <translation>{email}不是电子邮件地址。请写成 name@example.com 这样的格式：即此人 XWMS 账户所用的地址。</translation>
    </message>
    <message>
        <source>{role} is not a role the wizard knows. Use one of: {roles}.</source>
        <translation>{role}不是向导认识的角色。请使用以下之一：{roles}。</translation>
    </message>
    <message>
        <source>empty. Name the scopes you apply for, such as scopes = [&quot;payments&quot;], or remove the [verification] section.</source>
        <translation>为空。请写出您申请的权限范围，例如 scopes = [&quot;payments&quot;]；或者删除 [verification] 分节。</translation>
    </message>
    <message>
        <source>{scopes} is not in the plan&apos;s [scopes] keys. Add it there too: the application is for scopes the website will use.</source>
        <translation>{scopes}不在计划 [scopes] 的 keys 中。请也把它加到那里：申请针对的是网站将要使用的权限范围。</translation>
    </message>
    <message>
        <source>{scopes} needs no Verified Partner: anyone may use it. Apply only for {locked}, or remove the [verification] section.</source>
        <translation>{scopes}不需要认证合作伙伴资格：任何人都可以使用。请只申请 {locked}，或者删除 [verification] 分节。</translation>
    </message>
    <message>
        <source>{scopes} can only be used by a Verified Partner, and this account is not one yet. Add a [verification] section with scopes = [{first}] and notes on what your website uses it for, or leave it out of [scopes] for now.</source>
        <translation>{scopes}只能由认证合作伙伴使用，而此账户还不是认证合作伙伴。请添加 [verification] 分节，写上 scopes = [{first}] 以及说明您的网站用它做什么的备注；或者暂时不要把它写进 [scopes]。</translation>
    </message>
    <message>
        <source>this server does not offer {unknown}. The scopes it offers are: {known}. Change the list in the plan (or leave it empty).</source>
        <translation>此服务器不提供 {unknown}。它提供的权限范围有：{known}。请修改计划中的列表（或将其留空）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Log in with XWMS</source>
        <translation>设置 XWMS 登录</translation>
    </message>
    <message>
        <source>Get your website ready for “Log in with XWMS” in a few steps.</source>
        <translation>只需几步，就能让您的网站支持“使用 XWMS 登录”。</translation>
    </message>
    <message>
        <source>XWMS is a login service: people log in to your website with their XWMS account instead of a new password. Before that works, XWMS has to know your website. This wizard tells XWMS about it, step by step, and checks at the end that everything fits.</source>
        <translation>XWMS 是一项登录服务：用户用自己的 XWMS 账户登录您的网站，无需再设置新密码。要让它正常工作，XWMS 必须先认识您的网站。此向导会一步步把您的网站告诉 XWMS，并在最后检查一切是否匹配。</translation>
    </message>
    <message>
        <source>This wizard creates everything XWMS needs for your website: a client (XWMS&apos;s word for your website&apos;s connection), your website&apos;s address, what your website may read about the people who log in, and a secret key. Then it writes a folder for your developer with everything they need to add the login button.</source>
        <translation>此向导会创建 XWMS 为您的网站所需的一切：一个客户端（XWMS 对您网站连接的称呼）、您网站的地址、您的网站可以读取登录者的哪些信息，以及一个密钥。然后它会为您的开发人员写出一个文件夹，里面有添加登录按钮所需的一切。</translation>
    </message>
    <message>
        <source>What you need: your website&apos;s address (such as example.com). For your real website you also need a paid XWMS account. Want to see how it works first? Choose Practice: nothing real is changed.</source>
        <translation>您需要：您网站的地址（例如 example.com）。为正式网站进行设置时，您还需要一个付费的 XWMS 账户。想先看看它是怎么工作的？请选择“在本机上练习”：不会更改任何真实内容。</translation>
    </message>
    <message>
        <source>Where do you want to set it up?</source>
        <translation>您想在哪里进行设置？</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>您想做什么？</translation>
    </message>
    <message>
        <source>Set up Log in &amp;with XWMS for a website</source>
        <translation>为网站设置 XWMS 登录(&amp;W)</translation>
    </message>
    <message>
        <source>Set up Log in with XWMS for a website</source>
        <translation>为网站设置 XWMS 登录</translation>
    </message>
    <message>
        <source>Check or change a setup I already &amp;have (renew a key, add a website …)</source>
        <translation>检查或更改我已有的设置（更换密钥、添加网站…）(&amp;H)</translation>
    </message>
    <message>
        <source>Check or change an existing setup</source>
        <translation>检查或更改现有设置</translation>
    </message>
    <message>
        <source>&amp;Practice on this computer (start here)</source>
        <translation>在本机上练习（从这里开始）(&amp;P)</translation>
    </message>
    <message>
        <source>Practice on this computer</source>
        <translation>在本机上练习</translation>
    </message>
    <message>
        <source>A practice XWMS server runs on this computer. Everything works like the real thing, so you can try every step safely.</source>
        <translation>一个练习用的 XWMS 服务器会在本机上运行。一切都和真实环境一样，您可以放心地尝试每个步骤。</translation>
    </message>
    <message>
        <source>My &amp;live XWMS account (xwms.nl)</source>
        <translation>我的正式 XWMS 账户（xwms.nl）(&amp;L)</translation>
    </message>
    <message>
        <source>My live XWMS account</source>
        <translation>我的正式 XWMS 账户</translation>
    </message>
    <message>
        <source>For your real website. The wizard shows you, step by step, what to click in the XWMS dashboard, and then checks with XWMS that it all works. You need a paid XWMS account.</source>
        <translation>用于您的正式网站。向导会一步步告诉您在 XWMS 控制台中点击什么，然后与 XWMS 确认一切正常。您需要一个付费的 XWMS 账户。</translation>
    </message>
    <message>
        <source>A &amp;custom server</source>
        <translation>自定义服务器(&amp;C)</translation>
    </message>
    <message>
        <source>A custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <source>An XWMS practice server or management server somewhere else. Your developer gives you its address.</source>
        <translation>位于其他地方的 XWMS 练习服务器或管理服务器。您的开发人员会告诉您它的地址。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>such as https://xwms.example.com</source>
        <translation>例如 https://xwms.example.com</translation>
    </message>
    <message>
        <source>The web address of the server your developer set up, such as https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ at the end if it is missing.</source>
        <translation>您的开发人员搭建的服务器的网址，例如 https://xwms.example.com 或 http://127.0.0.1:8765。如果末尾缺少 /api/，向导会自动加上。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>向导的语言</translation>
    </message>
    <message>
        <source>Server address: type the address your developer gave you.</source>
        <translation>服务器地址：请输入您的开发人员给您的地址。</translation>
    </message>
    <message>
        <source>The wizard will use {url}</source>
        <translation>向导将使用 {url}</translation>
    </message>
</context>
<context>
    <name>XwmsFields</name>
    <message>
        <source>client name</source>
        <translation>客户端名称</translation>
    </message>
    <message>
        <source>root domain</source>
        <translation>根域名</translation>
    </message>
    <message>
        <source>server IP address</source>
        <translation>服务器 IP 地址</translation>
    </message>
    <message>
        <source>internal name</source>
        <translation>内部名称</translation>
    </message>
    <message>
        <source>Allow Login setting</source>
        <translation>“允许登录”设置</translation>
    </message>
    <message>
        <source>Allow API setting</source>
        <translation>“允许 API”设置</translation>
    </message>
    <message>
        <source>Active setting</source>
        <translation>“启用”设置</translation>
    </message>
    <message>
        <source>Primary Domain setting</source>
        <translation>“主域名”设置</translation>
    </message>
    <message>
        <source>Test Mode setting</source>
        <translation>“测试模式”设置</translation>
    </message>
    <message>
        <source>fallback URL</source>
        <translation>备用地址</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>secret label</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>secret to link</source>
        <translation>要关联的密钥</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>_SectionView</name>
    <message>
        <source>Part {number} of {total}: {title}</source>
        <translation>第 {number} 部分，共 {total} 部分：{title}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>复制 {field}</translation>
    </message>
</context>
</TS>
