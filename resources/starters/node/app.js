// Log in with XWMS: a starter app for Node.js 20 or later, with built-ins only (no npm install).
//
// Run it with one command, from this folder:
//
//     node app.js
//
// then open http://127.0.0.1:8000/ in a browser. It reads the XWMS settings from the `.env`
// file of the handoff bundle (see findEnvFile); environment variables win over that file.
//
// The three addresses it serves:
//
//     /                     a page with a "Log in with XWMS" link
//     /xwms/auth            starts the login: asks XWMS for a login page and sends the browser there
//     /xwms/validateToken   XWMS sends the browser back here with ?token=...; this app asks XWMS
//                           who logged in (sign-token-verify) and shows the person's name and sub
//
// The client secret stays on this server: it is sent to XWMS only, in the request headers and
// sign-token's body, and never shown on a page or written to the log.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const HOST = '127.0.0.1'; // this computer only: a starter is not a public web server
const DEFAULT_API_URI = 'https://xwms.nl/api/';
const TIMEOUT_MS = 15000;

// The callback URL this app sends to XWMS as redirect_url. XWMS_LOCAL_REDIRECT_URI, when set,
// wins over XWMS_REDIRECT_URI (the live site's callback), so that a practice login comes back
// to this app, e.g. http://127.0.0.1:8000/xwms/validateToken. Either way, XWMS only accepts
// a URL that is registered, character for character, as a callback URL of the domain.
const LOCAL_REDIRECT_KEY = 'XWMS_LOCAL_REDIRECT_URI';
const REQUIRED = ['XWMS_CLIENT_ID', 'XWMS_CLIENT_SECRET', 'XWMS_DOMAIN', 'XWMS_REDIRECT_URI'];

// --- settings -------------------------------------------------------------------------------

// The first `.env` in this folder, its parent, or two levels up (the bundle's own folder, when
// this app sits in <bundle>/starters/node/); null when there is none.
function findEnvFile() {
  let folder = __dirname;
  for (let i = 0; i < 3; i += 1) {
    const candidate = path.join(folder, '.env');
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    folder = path.dirname(folder);
  }
  return null;
}

// KEY=value lines, as the wizard writes them: 'single quotes' are taken literally,
// "double quotes" understand \n and \", unquoted values end at a ' #' comment.
function readEnvFile(file) {
  const values = {};
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  for (let line of text.split(/\r?\n/)) {
    line = line.trim();
    if (!line || line.startsWith('#') || !line.includes('=')) continue;
    const at = line.indexOf('=');
    let key = line.slice(0, at).trim();
    if (key.startsWith('export ')) key = key.slice('export '.length).trim();
    let value = line.slice(at + 1).trim();
    if (value.length >= 2 && value[0] === "'" && value.endsWith("'")) {
      value = value.slice(1, -1);
    } else if (value.length >= 2 && value[0] === '"' && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.split(' #')[0].trim();
    }
    values[key] = value;
  }
  return values;
}

// The settings: the `.env` file's values, with any environment variable of the same name
// taking its place.
function loadSettings() {
  const envFile = findEnvFile();
  const values = envFile ? readEnvFile(envFile) : {};
  for (const key of [...REQUIRED, LOCAL_REDIRECT_KEY, 'XWMS_API_URI', 'XWMS_API_URL']) {
    if (key in process.env) values[key] = process.env[key];
  }
  const apiUri = values.XWMS_API_URI || values.XWMS_API_URL || DEFAULT_API_URI;
  return {
    envFile,
    clientId: values.XWMS_CLIENT_ID || '',
    clientSecret: values.XWMS_CLIENT_SECRET || '',
    domain: values.XWMS_DOMAIN || '',
    redirectUri: values[LOCAL_REDIRECT_KEY] || values.XWMS_REDIRECT_URI || '',
    redirectFrom: values[LOCAL_REDIRECT_KEY] ? LOCAL_REDIRECT_KEY : 'XWMS_REDIRECT_URI',
    apiUri: apiUri.replace(/\/+$/, '') + '/',
    missing: REQUIRED.filter((key) => !values[key]),
  };
}

const SETTINGS = loadSettings();

// `text` with the client secret blanked out, should it ever be in there.
function hideSecret(text) {
  const secret = SETTINGS.clientSecret;
  return secret ? String(text).split(secret).join('[client secret hidden]') : String(text);
}

// --- talking to XWMS --------------------------------------------------------------------------

// XWMS answered with an error, or could not be reached. `message` is XWMS's own words (or what
// went wrong on the way); `advice` is what to do about it.
class XwmsRefused extends Error {
  constructor(message, advice) {
    super(message);
    this.advice = advice;
  }
}

// POST `body` as JSON to the XWMS API and return the answer's `data`.
// Every XWMS answer is an envelope: {"status": "success" | "error", "message": ..., "data": ...}.
// The credentials travel in the X-Client-* headers on every call.
async function callXwms(apiPath, body, advice) {
  const url = SETTINGS.apiUri + apiPath;
  let answer;
  let text;
  try {
    answer = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-Client-Id': SETTINGS.clientId,
        'X-Client-Secret': SETTINGS.clientSecret,
        'X-Client-Domain': SETTINGS.domain,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await answer.text();
  } catch (error) {
    const reason = (error.cause && (error.cause.code || error.cause.message)) || error.message;
    throw new XwmsRefused(
      `Could not reach XWMS at ${url} (${reason}).`,
      'Check XWMS_API_URI in .env and this computer\'s internet connection. When you '
        + 'practise with the XWMS sandbox, check that it is still running.',
    );
  }
  let envelope = null;
  try {
    envelope = JSON.parse(text);
  } catch (error) {
    envelope = null;
  }
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) {
    throw new XwmsRefused(
      `XWMS answered ${apiPath} with HTTP ${answer.status}, but not with the JSON it always sends.`,
      'Check that XWMS_API_URI in .env is the API\'s address; it ends in /api/.',
    );
  }
  if (!answer.ok || envelope.status !== 'success') {
    throw new XwmsRefused(
      String(envelope.message || `HTTP ${answer.status}, without a message`),
      advice,
    );
  }
  return envelope.data || {};
}

// sign-token: the address of the XWMS login page to send the browser to.
async function startLogin() {
  const data = await callXwms(
    'sign-token',
    {
      client_id: SETTINGS.clientId,
      domain: SETTINGS.domain,
      client_secret: SETTINGS.clientSecret,
      redirect_url: SETTINGS.redirectUri,
    },
    'XWMS\'s message names the setting that is not right. Correct it in .env (or ask the '
      + 'website\'s owner, who set up XWMS), restart this app and try again.',
  );
  return data.url;
}

// sign-token-verify: who logged in. Some XWMS versions put the person in data.user.
async function verifyToken(token) {
  const data = await callXwms(
    'sign-token-verify',
    { token },
    'Start a new login from the start page: a token works once, for a few minutes. If it '
      + 'keeps happening, check the settings in .env.',
  );
  return data.user || data;
}

// --- the pages --------------------------------------------------------------------------------

const STYLE = `
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d2430; }
a.button { display: inline-block; background: #1f5fd1; color: #fff; padding: .6rem 1.2rem;
           border-radius: 8px; text-decoration: none; font-size: 1.1rem; }
table { border-collapse: collapse; } td, th { text-align: left; padding: .2rem 1rem .2rem 0; }
code { background: #f0f2f5; padding: 0 .2rem; border-radius: 4px; }
.note { background: #fff4d6; padding: .6rem .8rem; border-radius: 8px; }
.problem { background: #fde8e8; padding: .6rem .8rem; border-radius: 8px; }
`;

function e(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;',
  }[c]));
}

function page(title, body) {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n`
    + `<title>${e(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`
    + `<h1>${e(title)}</h1>\n${body}\n</body>\n</html>\n`;
}

function homePage(port) {
  const envFile = SETTINGS.envFile || 'no .env file found (looked here and two folders up)';
  const rows = [
    ['API address (XWMS_API_URI)', SETTINGS.apiUri],
    ['Client ID (XWMS_CLIENT_ID)', SETTINGS.clientId || 'missing'],
    ['Domain (XWMS_DOMAIN)', SETTINGS.domain || 'missing'],
    [`Callback URL (${SETTINGS.redirectFrom})`, SETTINGS.redirectUri || 'missing'],
    ['Client secret (XWMS_CLIENT_SECRET)', SETTINGS.clientSecret ? 'set (never shown)' : 'missing'],
  ];
  const table = rows.map(([name, value]) => `<tr><th>${e(name)}</th><td><code>${e(value)}</code></td></tr>`).join('');
  let notes = '';
  if (SETTINGS.missing.length) {
    notes += `<p class="problem">These settings are missing: ${e(SETTINGS.missing.join(', '))}. `
      + 'Fill them in in the .env file (the website\'s owner may send the client secret '
      + 'separately), then restart this app.</p>';
  }
  const here = ['127.0.0.1', 'localhost'].map((host) => `http://${host}:${port}/xwms/validateToken`);
  if (SETTINGS.redirectUri && !here.includes(SETTINGS.redirectUri)) {
    notes += '<p class="note">After the login, XWMS sends the browser to '
      + `<code>${e(SETTINGS.redirectUri)}</code>, which is not this app. To finish the `
      + `login here, the domain must be in Test Mode with <code>${e(here[0])}</code> `
      + `registered as a callback URL; then set ${LOCAL_REDIRECT_KEY} to that address in `
      + '.env and restart this app.</p>';
  }
  return page(
    'Log in with XWMS: starter app',
    '<p>This small app runs the whole XWMS login on your computer, so you can see it work '
      + 'before you build it into the website.</p>\n'
      + `<p><a class="button" href="/xwms/auth">Log in with XWMS</a></p>\n${notes}\n`
      + '<h2>What happens</h2>\n<ol>'
      + '<li><code>/xwms/auth</code> asks XWMS for a login page (<code>sign-token</code>) and '
      + 'sends your browser there.</li>'
      + '<li>You log in at XWMS and allow this site.</li>'
      + '<li>XWMS sends your browser back to <code>/xwms/validateToken?token=...</code>; this '
      + 'app asks XWMS who logged in (<code>sign-token-verify</code>) and shows it.</li></ol>\n'
      + `<h2>Settings</h2>\n<p>Read from <code>${e(envFile)}</code>; environment variables `
      + `of the same name win.</p>\n<table>${table}</table>`,
  );
}

function personPage(person) {
  const rows = [
    ['Name', person.name || '(no name: the client has no scope for the profile)'],
    ['sub', person.sub || ''],
  ];
  if (person.email) rows.push(['E-mail', person.email]);
  const table = rows.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('');
  return page(
    'You are logged in with XWMS',
    `<p>XWMS confirmed who logged in:</p>\n<table>${table}</table>\n`
      + '<p>In the real website, this is where you find or create the person\'s account by '
      + '<code>sub</code> (it never changes; an e-mail address can) and start their '
      + 'session.</p>\n<p><a href="/">Back to the start page</a></p>',
  );
}

function problemPage(title, message, advice) {
  return page(
    title,
    `<p class="problem">${e(hideSecret(message))}</p>\n<p>${e(advice)}</p>\n`
      + '<p><a href="/">Back to the start page</a></p>',
  );
}

// --- the web server ---------------------------------------------------------------------------

function log(text) {
  console.error(hideSecret(text));
}

function sendPage(res, status, text) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

async function auth(res) {
  if (SETTINGS.missing.length) {
    sendPage(res, 500, problemPage(
      'The login cannot start yet',
      `These settings are missing: ${SETTINGS.missing.join(', ')}.`,
      'Fill them in in the .env file, then restart this app.',
    ));
    return;
  }
  let loginUrl;
  try {
    loginUrl = await startLogin();
  } catch (refusal) {
    if (!(refusal instanceof XwmsRefused)) throw refusal;
    log(`sign-token refused: ${refusal.message}`);
    sendPage(res, 502, problemPage('XWMS did not start the login', refusal.message, refusal.advice));
    return;
  }
  res.writeHead(302, { Location: loginUrl }); // off to the XWMS login page
  res.end();
}

async function validate(res, query) {
  if (query.get('error')) {
    sendPage(res, 400, problemPage(
      'The login was not allowed',
      `XWMS sent the browser back without a login (${query.get('error')}): the person `
        + 'pressed Deny, or the login was stopped.',
      'Start again from the start page and press Allow at XWMS.',
    ));
    return;
  }
  const token = query.get('token');
  if (!token) {
    sendPage(res, 400, problemPage(
      'No login token',
      'This address is where XWMS sends the browser back after a login, with ?token=... at '
        + 'the end; this request had no token.',
      'Start the login from the start page.',
    ));
    return;
  }
  let person;
  try {
    person = await verifyToken(token);
  } catch (refusal) {
    if (!(refusal instanceof XwmsRefused)) throw refusal;
    log(`sign-token-verify refused: ${refusal.message}`);
    sendPage(res, 502, problemPage('XWMS did not confirm the login', refusal.message, refusal.advice));
    return;
  }
  log(`logged in: sub ${person.sub}`);
  sendPage(res, 200, personPage(person));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${HOST}`);
  // One line per request, without the query string: it can hold a login token.
  log(`${req.method} ${url.pathname}`);
  try {
    if (url.pathname === '/') {
      sendPage(res, 200, homePage(server.address().port));
    } else if (url.pathname === '/xwms/auth') {
      await auth(res);
    } else if (url.pathname === '/xwms/validateToken') {
      await validate(res, url.searchParams);
    } else {
      sendPage(res, 404, problemPage('Page not found', `There is no page at ${url.pathname}.`, 'Start at the start page.'));
    }
  } catch (error) {
    log(`unexpected error: ${error && error.message}`);
    if (!res.headersSent) {
      sendPage(res, 500, problemPage('Something went wrong', 'This app ran into an unexpected error.', 'See the terminal where it runs, then try again.'));
    }
  }
});

const port = Number(process.env.PORT || 8000);
server.listen(port, HOST, () => {
  console.log(`Log in with XWMS starter: open http://${HOST}:${port}/ in your browser (Ctrl+C stops it).`);
  console.log(`Settings from: ${SETTINGS.envFile || 'no .env file found'}`);
  if (SETTINGS.missing.length) console.log(`Missing settings: ${SETTINGS.missing.join(', ')}`);
});
