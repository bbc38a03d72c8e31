<?php
// Log in with XWMS: a starter app in plain PHP (7.4 or later, with the curl extension).
//
// Run it with one command, from this folder, with PHP's built-in web server:
//
//     php -S 127.0.0.1:8000 index.php
//
// then open http://127.0.0.1:8000/ in a browser. It reads the XWMS settings from the `.env`
// file of the handoff bundle (see find_env_file); environment variables win over that file.
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

declare(strict_types=1);

const DEFAULT_API_URI = 'https://xwms.nl/api/';
const TIMEOUT_SECONDS = 15;

// The callback URL this app sends to XWMS as redirect_url. XWMS_LOCAL_REDIRECT_URI, when set,
// wins over XWMS_REDIRECT_URI (the live site's callback), so that a practice login comes back
// to this app, e.g. http://127.0.0.1:8000/xwms/validateToken. Either way, XWMS only accepts
// a URL that is registered, character for character, as a callback URL of the domain.
const LOCAL_REDIRECT_KEY = 'XWMS_LOCAL_REDIRECT_URI';
const REQUIRED = ['XWMS_CLIENT_ID', 'XWMS_CLIENT_SECRET', 'XWMS_DOMAIN', 'XWMS_REDIRECT_URI'];

// --- settings -------------------------------------------------------------------------------

// The first `.env` in this folder, its parent, or two levels up (the bundle's own folder, when
// this app sits in <bundle>/starters/php/); null when there is none.
function find_env_file(): ?string
{
    $folder = __DIR__;
    for ($i = 0; $i < 3; $i++) {
        $candidate = $folder . DIRECTORY_SEPARATOR . '.env';
        if (is_file($candidate)) {
            return $candidate;
        }
        $folder = dirname($folder);
    }
    return null;
}

// KEY=value lines, as the wizard writes them: 'single quotes' are taken literally,
// "double quotes" understand \n and \", unquoted values end at a ' #' comment.
function read_env_file(string $file): array
{
    $values = [];
    $text = preg_replace('/^\xEF\xBB\xBF/', '', (string) file_get_contents($file));
    foreach (preg_split('/\r?\n/', $text) as $line) {
        $line = trim($line);
        if ($line === '' || $line[0] === '#' || strpos($line, '=') === false) {
            continue;
        }
        [$key, $value] = explode('=', $line, 2);
        $key = trim($key);
        if (strpos($key, 'export ') === 0) {
            $key = trim(substr($key, strlen('export ')));
        }
        $value = trim($value);
        $quote = strlen($value) >= 2 ? $value[0] : '';
        if ($quote === "'" && substr($value, -1) === "'") {
            $value = substr($value, 1, -1);
        } elseif ($quote === '"' && substr($value, -1) === '"') {
            $value = str_replace(['\\n', '\\"'], ["\n", '"'], substr($value, 1, -1));
        } else {
            $value = trim(explode(' #', $value, 2)[0]);
        }
        $values[$key] = $value;
    }
    return $values;
}

// The settings: the `.env` file's values, with any environment variable of the same name
// taking its place.
function load_settings(): array
{
    $env_file = find_env_file();
    $values = $env_file !== null ? read_env_file($env_file) : [];
    foreach (array_merge(REQUIRED, [LOCAL_REDIRECT_KEY, 'XWMS_API_URI', 'XWMS_API_URL']) as $key) {
        $from_environment = getenv($key);
        if ($from_environment !== false) {
            $values[$key] = $from_environment;
        }
    }
    $api_uri = ($values['XWMS_API_URI'] ?? '') ?: (($values['XWMS_API_URL'] ?? '') ?: DEFAULT_API_URI);
    $local = $values[LOCAL_REDIRECT_KEY] ?? '';
    return [
        'env_file' => $env_file,
        'client_id' => $values['XWMS_CLIENT_ID'] ?? '',
        'client_secret' => $values['XWMS_CLIENT_SECRET'] ?? '',
        'domain' => $values['XWMS_DOMAIN'] ?? '',
        'redirect_uri' => $local !== '' ? $local : ($values['XWMS_REDIRECT_URI'] ?? ''),
        'redirect_from' => $local !== '' ? LOCAL_REDIRECT_KEY : 'XWMS_REDIRECT_URI',
        'api_uri' => rtrim($api_uri, '/') . '/',
        'missing' => array_values(array_filter(REQUIRED, function ($key) use ($values) {
            return ($values[$key] ?? '') === '';
        })),
    ];
}

$SETTINGS = load_settings();

// `text` with the client secret blanked out, should it ever be in there.
function hide_secret(string $text): string
{
    global $SETTINGS;
    $secret = $SETTINGS['client_secret'];
    return $secret !== '' ? str_replace($secret, '[client secret hidden]', $text) : $text;
}

function log_line(string $text): void
{
    error_log(hide_secret($text));
}

// --- talking to XWMS --------------------------------------------------------------------------

// XWMS answered with an error, or could not be reached. The message is XWMS's own words (or
// what went wrong on the way); `advice` is what to do about it.
class XwmsRefused extends Exception
{
    public $advice;

    public function __construct(string $message, string $advice)
    {
        parent::__construct($message);
        $this->advice = $advice;
    }
}

// POST `body` as JSON to the XWMS API and return the answer's `data`.
// Every XWMS answer is an envelope: {"status": "success" | "error", "message": ..., "data": ...}.
// The credentials travel in the X-Client-* headers on every call.
function call_xwms(string $path, array $body, string $advice): array
{
    global $SETTINGS;
    $url = $SETTINGS['api_uri'] . $path;
    $curl = curl_init($url);
    curl_setopt_array($curl, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => json_encode($body),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => TIMEOUT_SECONDS,
        CURLOPT_HTTPHEADER => [
            'Accept: application/json',
            'Content-Type: application/json',
            'X-Client-Id: ' . $SETTINGS['client_id'],
            'X-Client-Secret: ' . $SETTINGS['client_secret'],
            'X-Client-Domain: ' . $SETTINGS['domain'],
        ],
    ]);
    $raw = curl_exec($curl);
    $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    $reason = curl_error($curl);
    curl_close($curl);
    if ($raw === false) {
        throw new XwmsRefused(
            "Could not reach XWMS at $url ($reason).",
            'Check XWMS_API_URI in .env and this computer\'s internet connection. When you '
            . 'practise with the XWMS sandbox, check that it is still running.'
        );
    }
    $envelope = json_decode((string) $raw, true);
    if (!is_array($envelope)) {
        throw new XwmsRefused(
            "XWMS answered $path with HTTP $status, but not with the JSON it always sends.",
            'Check that XWMS_API_URI in .env is the API\'s address; it ends in /api/.'
        );
    }
    if ($status >= 400 || ($envelope['status'] ?? '') !== 'success') {
        $message = $envelope['message'] ?? '';
        throw new XwmsRefused(
            is_string($message) && $message !== '' ? $message : "HTTP $status, without a message",
            $advice
        );
    }
    return is_array($envelope['data'] ?? null) ? $envelope['data'] : [];
}

// sign-token: the address of the XWMS login page to send the browser to.
function start_login(): string
{
    global $SETTINGS;
    $data = call_xwms(
        'sign-token',
        [
            'client_id' => $SETTINGS['client_id'],
            'domain' => $SETTINGS['domain'],
            'client_secret' => $SETTINGS['client_secret'],
            'redirect_url' => $SETTINGS['redirect_uri'],
        ],
        'XWMS\'s message names the setting that is not right. Correct it in .env (or ask the '
        . 'website\'s owner, who set up XWMS), restart this app and try again.'
    );
    return (string) ($data['url'] ?? '');
}

// sign-token-verify: who logged in. Some XWMS versions put the person in data.user.
function verify_token(string $token): array
{
    $data = call_xwms(
        'sign-token-verify',
        ['token' => $token],
        'Start a new login from the start page: a token works once, for a few minutes. If it '
        . 'keeps happening, check the settings in .env.'
    );
    return is_array($data['user'] ?? null) ? $data['user'] : $data;
}

// --- the pages --------------------------------------------------------------------------------

const STYLE = '
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d2430; }
a.button { display: inline-block; background: #1f5fd1; color: #fff; padding: .6rem 1.2rem;
           border-radius: 8px; text-decoration: none; font-size: 1.1rem; }
table { border-collapse: collapse; } td, th { text-align: left; padding: .2rem 1rem .2rem 0; }
code { background: #f0f2f5; padding: 0 .2rem; border-radius: 4px; }
.note { background: #fff4d6; padding: .6rem .8rem; border-radius: 8px; }
.problem { background: #fde8e8; padding: .6rem .8rem; border-radius: 8px; }
';

function e($text): string
{
    return htmlspecialchars((string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function send_page(int $status, string $title, string $body): void
{
    http_response_code($status);
    header('Content-Type: text/html; charset=utf-8');
    header('Cache-Control: no-store');
    echo "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        . '<title>' . e($title) . "</title>\n<style>" . STYLE . "</style>\n</head>\n<body>\n"
        . '<h1>' . e($title) . "</h1>\n$body\n</body>\n</html>\n";
}

function send_problem(int $status, string $title, string $message, string $advice): void
{
    send_page($status, $title, '<p class="problem">' . e(hide_secret($message)) . "</p>\n"
        . '<p>' . e($advice) . "</p>\n<p><a href=\"/\">Back to the start page</a></p>");
}

function home_page(): void
{
    global $SETTINGS;
    $port = $_SERVER['SERVER_PORT'] ?? '8000';
    $env_file = $SETTINGS['env_file'] ?? 'no .env file found (looked here and two folders up)';
    $rows = [
        ['API address (XWMS_API_URI)', $SETTINGS['api_uri']],
        ['Client ID (XWMS_CLIENT_ID)', $SETTINGS['client_id'] ?: 'missing'],
        ['Domain (XWMS_DOMAIN)', $SETTINGS['domain'] ?: 'missing'],
        ["Callback URL ({$SETTINGS['redirect_from']})", $SETTINGS['redirect_uri'] ?: 'missing'],
        ['Client secret (XWMS_CLIENT_SECRET)', $SETTINGS['client_secret'] !== '' ? 'set (never shown)' : 'missing'],
    ];
    $table = '';
    foreach ($rows as [$name, $value]) {
        $table .= '<tr><th>' . e($name) . '</th><td><code>' . e($value) . '</code></td></tr>';
    }
    $notes = '';
    if ($SETTINGS['missing']) {
        $notes .= '<p class="problem">These settings are missing: ' . e(implode(', ', $SETTINGS['missing']))
            . '. Fill them in in the .env file (the website\'s owner may send the client secret '
            . 'separately), then restart this app.</p>';
    }
    $here = ["http://127.0.0.1:$port/xwms/validateToken", "http://localhost:$port/xwms/validateToken"];
    if ($SETTINGS['redirect_uri'] !== '' && !in_array($SETTINGS['redirect_uri'], $here, true)) {
        $notes .= '<p class="note">After the login, XWMS sends the browser to <code>'
            . e($SETTINGS['redirect_uri']) . '</code>, which is not this app. To finish the login '
            . 'here, the domain must be in Test Mode with <code>' . e($here[0]) . '</code> '
            . 'registered as a callback URL; then set ' . LOCAL_REDIRECT_KEY . ' to that address '
            . 'in .env and restart this app.</p>';
    }
    send_page(200, 'Log in with XWMS: starter app',
        '<p>This small app runs the whole XWMS login on your computer, so you can see it work '
        . "before you build it into the website.</p>\n"
        . "<p><a class=\"button\" href=\"/xwms/auth\">Log in with XWMS</a></p>\n$notes\n"
        . "<h2>What happens</h2>\n<ol>"
        . '<li><code>/xwms/auth</code> asks XWMS for a login page (<code>sign-token</code>) and '
        . 'sends your browser there.</li>'
        . '<li>You log in at XWMS and allow this site.</li>'
        . '<li>XWMS sends your browser back to <code>/xwms/validateToken?token=...</code>; this '
        . "app asks XWMS who logged in (<code>sign-token-verify</code>) and shows it.</li></ol>\n"
        . "<h2>Settings</h2>\n<p>Read from <code>" . e($env_file) . '</code>; environment '
        . "variables of the same name win.</p>\n<table>$table</table>");
}

function auth(): void
{
    global $SETTINGS;
    if ($SETTINGS['missing']) {
        send_problem(500, 'The login cannot start yet',
            'These settings are missing: ' . implode(', ', $SETTINGS['missing']) . '.',
            'Fill them in in the .env file, then restart this app.');
        return;
    }
    try {
        $login_url = start_login();
    } catch (XwmsRefused $refusal) {
        log_line('sign-token refused: ' . $refusal->getMessage());
        send_problem(502, 'XWMS did not start the login', $refusal->getMessage(), $refusal->advice);
        return;
    }
    header('Location: ' . $login_url, true, 302); // off to the XWMS login page
}

function validate(): void
{
    $error = $_GET['error'] ?? '';
    if (is_string($error) && $error !== '') {
        send_problem(400, 'The login was not allowed',
            "XWMS sent the browser back without a login ($error): the person pressed Deny, or "
            . 'the login was stopped.',
            'Start again from the start page and press Allow at XWMS.');
        return;
    }
    $token = $_GET['token'] ?? '';
    if (!is_string($token) || $token === '') {
        send_problem(400, 'No login token',
            'This address is where XWMS sends the browser back after a login, with ?token=... '
            . 'at the end; this request had no token.',
            'Start the login from the start page.');
        return;
    }
    try {
        $person = verify_token($token);
    } catch (XwmsRefused $refusal) {
        log_line('sign-token-verify refused: ' . $refusal->getMessage());
        send_problem(502, 'XWMS did not confirm the login', $refusal->getMessage(), $refusal->advice);
        return;
    }
    log_line('logged in: sub ' . ($person['sub'] ?? ''));
    $rows = [
        ['Name', ($person['name'] ?? '') ?: '(no name: the client has no scope for the profile)'],
        ['sub', $person['sub'] ?? ''],
    ];
    if (!empty($person['email'])) {
        $rows[] = ['E-mail', $person['email']];
    }
    $table = '';
    foreach ($rows as [$name, $value]) {
        $table .= '<tr><th>' . e($name) . '</th><td>' . e($value) . '</td></tr>';
    }
    send_page(200, 'You are logged in with XWMS',
        "<p>XWMS confirmed who logged in:</p>\n<table>$table</table>\n"
        . '<p>In the real website, this is where you find or create the person\'s account by '
        . '<code>sub</code> (it never changes; an e-mail address can) and start their '
        . "session.</p>\n<p><a href=\"/\">Back to the start page</a></p>");
}

// --- the router (php -S hands every request to this file) -------------------------------------

$route = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
if (!function_exists('curl_init')) {
    send_problem(500, 'PHP has no curl extension',
        'This app calls XWMS with PHP\'s curl extension, which is not installed or not enabled.',
        'Install it (on Debian or Ubuntu: apt-get install php-curl; on Windows: enable '
        . 'extension=curl in php.ini), then start this app again.');
} elseif ($route === '/') {
    home_page();
} elseif ($route === '/xwms/auth') {
    auth();
} elseif ($route === '/xwms/validateToken') {
    validate();
} else {
    send_problem(404, 'Page not found', "There is no page at $route.", 'Start at the start page.');
}
