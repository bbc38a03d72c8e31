"""Log in with XWMS: a starter app in plain Python (standard library only, Python 3.8+).

Run it with one command, from this folder:

    python3 app.py

then open http://127.0.0.1:8000/ in a browser. It reads the XWMS settings from the `.env`
file of the handoff bundle (see `find_env_file`); environment variables win over that file.

The three addresses it serves:

    /                     a page with a "Log in with XWMS" link
    /xwms/auth            starts the login: asks XWMS for a login page and sends the browser there
    /xwms/validateToken   XWMS sends the browser back here with ?token=...; this app asks XWMS
                          who logged in (sign-token-verify) and shows the person's name and sub

The client secret stays on this server: it is sent to XWMS only, in the request headers and
sign-token's body, and never shown on a page or written to the log.
"""

import html
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "127.0.0.1"  # this computer only: a starter is not a public web server
DEFAULT_API_URI = "https://xwms.nl/api/"
TIMEOUT_SECONDS = 15

# The callback URL this app sends to XWMS as redirect_url. XWMS_LOCAL_REDIRECT_URI, when set,
# wins over XWMS_REDIRECT_URI (the live site's callback), so that a practice login comes back
# to this app, e.g. http://127.0.0.1:8000/xwms/validateToken. Either way, XWMS only accepts
# a URL that is registered, character for character, as a callback URL of the domain.
LOCAL_REDIRECT_KEY = "XWMS_LOCAL_REDIRECT_URI"
REQUIRED = ("XWMS_CLIENT_ID", "XWMS_CLIENT_SECRET", "XWMS_DOMAIN", "XWMS_REDIRECT_URI")


# --- settings ---------------------------------------------------------------------------------


def find_env_file():
    """The first `.env` in this folder, its parent, or two levels up (the bundle's own folder,
    when this app sits in <bundle>/starters/python/); None when there is none."""
    folder = HERE
    for _ in range(3):
        candidate = os.path.join(folder, ".env")
        if os.path.isfile(candidate):
            return candidate
        folder = os.path.dirname(folder)
    return None


def read_env_file(path):
    """KEY=value lines, as the wizard writes them: 'single quotes' are taken literally,
    "double quotes" understand \\n and \\", unquoted values end at a ' #' comment."""
    values = {}
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            key = key.strip()
            if key.startswith("export "):
                key = key[len("export "):].strip()
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == "'":
                value = value[1:-1]
            elif len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace("\\n", "\n").replace('\\"', '"')
            else:
                value = value.split(" #", 1)[0].strip()
            values[key] = value
    return values


def load_settings():
    """The settings: the `.env` file's values, with any environment variable of the same name
    taking its place."""
    env_file = find_env_file()
    values = read_env_file(env_file) if env_file else {}
    for key in REQUIRED + (LOCAL_REDIRECT_KEY, "XWMS_API_URI", "XWMS_API_URL"):
        if key in os.environ:
            values[key] = os.environ[key]
    api_uri = values.get("XWMS_API_URI") or values.get("XWMS_API_URL") or DEFAULT_API_URI
    return {
        "env_file": env_file,
        "client_id": values.get("XWMS_CLIENT_ID", ""),
        "client_secret": values.get("XWMS_CLIENT_SECRET", ""),
        "domain": values.get("XWMS_DOMAIN", ""),
        "redirect_uri": values.get(LOCAL_REDIRECT_KEY) or values.get("XWMS_REDIRECT_URI", ""),
        "redirect_from": LOCAL_REDIRECT_KEY if values.get(LOCAL_REDIRECT_KEY)
        else "XWMS_REDIRECT_URI",
        "api_uri": api_uri.rstrip("/") + "/",
        "missing": [key for key in REQUIRED if not values.get(key)],
    }


SETTINGS = load_settings()


def hide_secret(text):
    """`text` with the client secret blanked out, should it ever be in there."""
    secret = SETTINGS["client_secret"]
    return text.replace(secret, "[client secret hidden]") if secret else text


# --- talking to XWMS --------------------------------------------------------------------------


class XwmsRefused(Exception):
    """XWMS answered with an error, or could not be reached. `message` is XWMS's own words
    (or what went wrong on the way); `advice` is what to do about it."""

    def __init__(self, message, advice):
        super().__init__(message)
        self.message = message
        self.advice = advice


def call_xwms(path, body, advice):
    """POST `body` as JSON to the XWMS API and return the answer's `data`.

    Every XWMS answer is an envelope: {"status": "success" | "error", "message": ..., "data":
    ...}. The credentials travel in the X-Client-* headers on every call.
    """
    url = SETTINGS["api_uri"] + path
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode("utf-8"),
        method="POST",
        headers={
            "Accept": "application/json",
            "Content-Type": "application/json",
            "X-Client-Id": SETTINGS["client_id"],
            "X-Client-Secret": SETTINGS["client_secret"],
            "X-Client-Domain": SETTINGS["domain"],
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
            status, raw = answer.status, answer.read()
    except urllib.error.HTTPError as error:  # 4xx / 5xx: XWMS still sends an envelope
        status, raw = error.code, error.read()
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise XwmsRefused(
            f"Could not reach XWMS at {url} ({reason}).",
            "Check XWMS_API_URI in .env and this computer's internet connection. When you "
            "practise with the XWMS sandbox, check that it is still running.",
        ) from None
    try:
        envelope = json.loads(raw.decode("utf-8"))
    except ValueError:
        envelope = None
    if not isinstance(envelope, dict):
        raise XwmsRefused(
            f"XWMS answered {path} with HTTP {status}, but not with the JSON it always sends.",
            "Check that XWMS_API_URI in .env is the API's address; it ends in /api/.",
        )
    if status >= 400 or envelope.get("status") != "success":
        message = str(envelope.get("message") or f"HTTP {status}, without a message")
        raise XwmsRefused(message, advice)
    return envelope.get("data") or {}


def start_login():
    """sign-token: the address of the XWMS login page to send the browser to."""
    data = call_xwms(
        "sign-token",
        {
            "client_id": SETTINGS["client_id"],
            "domain": SETTINGS["domain"],
            "client_secret": SETTINGS["client_secret"],
            "redirect_url": SETTINGS["redirect_uri"],
        },
        "XWMS's message names the setting that is not right. Correct it in .env (or ask the "
        "website's owner, who set up XWMS), restart this app and try again.",
    )
    return data["url"]


def verify_token(token):
    """sign-token-verify: who logged in. Some XWMS versions put the person in data.user."""
    data = call_xwms(
        "sign-token-verify",
        {"token": token},
        "Start a new login from the start page: a token works once, for a few minutes. If it "
        "keeps happening, check the settings in .env.",
    )
    return data.get("user", data)


# --- the pages --------------------------------------------------------------------------------

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d2430; }
a.button { display: inline-block; background: #1f5fd1; color: #fff; padding: .6rem 1.2rem;
           border-radius: 8px; text-decoration: none; font-size: 1.1rem; }
table { border-collapse: collapse; } td, th { text-align: left; padding: .2rem 1rem .2rem 0; }
code { background: #f0f2f5; padding: 0 .2rem; border-radius: 4px; }
.note { background: #fff4d6; padding: .6rem .8rem; border-radius: 8px; }
.problem { background: #fde8e8; padding: .6rem .8rem; border-radius: 8px; }
"""


def page(title, body):
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n{body}\n</body>\n</html>\n"
    )


def home_page(port):
    e = html.escape
    env_file = SETTINGS["env_file"] or "no .env file found (looked here and two folders up)"
    rows = [
        ("API address (XWMS_API_URI)", SETTINGS["api_uri"]),
        ("Client ID (XWMS_CLIENT_ID)", SETTINGS["client_id"] or "missing"),
        ("Domain (XWMS_DOMAIN)", SETTINGS["domain"] or "missing"),
        (f"Callback URL ({SETTINGS['redirect_from']})", SETTINGS["redirect_uri"] or "missing"),
        ("Client secret (XWMS_CLIENT_SECRET)",
         "set (never shown)" if SETTINGS["client_secret"] else "missing"),
    ]
    table = "".join(f"<tr><th>{e(name)}</th><td><code>{e(value)}</code></td></tr>"
                    for name, value in rows)
    notes = ""
    if SETTINGS["missing"]:
        notes += (
            f'<p class="problem">These settings are missing: {e(", ".join(SETTINGS["missing"]))}. '
            f"Fill them in in the .env file (the website's owner may send the client secret "
            f"separately), then restart this app.</p>"
        )
    here = [f"http://{host}:{port}/xwms/validateToken" for host in ("127.0.0.1", "localhost")]
    if SETTINGS["redirect_uri"] and SETTINGS["redirect_uri"] not in here:
        notes += (
            f'<p class="note">After the login, XWMS sends the browser to '
            f"<code>{e(SETTINGS['redirect_uri'])}</code>, which is not this app. To finish the "
            f"login here, the domain must be in Test Mode with <code>{e(here[0])}</code> "
            f"registered as a callback URL; then set {LOCAL_REDIRECT_KEY} to that address in "
            f".env and restart this app.</p>"
        )
    return page(
        "Log in with XWMS: starter app",
        f"<p>This small app runs the whole XWMS login on your computer, so you can see it work "
        f"before you build it into the website.</p>\n"
        f'<p><a class="button" href="/xwms/auth">Log in with XWMS</a></p>\n{notes}\n'
        f"<h2>What happens</h2>\n<ol>"
        f"<li><code>/xwms/auth</code> asks XWMS for a login page (<code>sign-token</code>) and "
        f"sends your browser there.</li>"
        f"<li>You log in at XWMS and allow this site.</li>"
        f"<li>XWMS sends your browser back to <code>/xwms/validateToken?token=...</code>; this "
        f"app asks XWMS who logged in (<code>sign-token-verify</code>) and shows it.</li></ol>\n"
        f"<h2>Settings</h2>\n<p>Read from <code>{e(env_file)}</code>; environment variables "
        f"of the same name win.</p>\n<table>{table}</table>"
    )


def person_page(person):
    e = html.escape
    name = person.get("name") or "(no name: the client has no scope for the profile)"
    rows = [("Name", name), ("sub", person.get("sub", ""))]
    if person.get("email"):
        rows.append(("E-mail", person["email"]))
    table = "".join(f"<tr><th>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in rows)
    return page(
        "You are logged in with XWMS",
        f"<p>XWMS confirmed who logged in:</p>\n<table>{table}</table>\n"
        f"<p>In the real website, this is where you find or create the person's account by "
        f"<code>sub</code> (it never changes; an e-mail address can) and start their "
        f"session.</p>\n<p><a href=\"/\">Back to the start page</a></p>",
    )


def problem_page(title, message, advice):
    e = html.escape
    return page(
        title,
        f'<p class="problem">{e(hide_secret(message))}</p>\n<p>{e(advice)}</p>\n'
        f'<p><a href="/">Back to the start page</a></p>',
    )


# --- the web server ---------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/":
            self.send_page(200, home_page(self.server.server_address[1]))
        elif url.path == "/xwms/auth":
            self.auth()
        elif url.path == "/xwms/validateToken":
            self.validate(query)
        else:
            self.send_page(404, problem_page("Page not found", f"There is no page at {url.path}.",
                                             "Start at the start page."))

    def auth(self):
        if SETTINGS["missing"]:
            self.send_page(500, problem_page(
                "The login cannot start yet",
                f"These settings are missing: {', '.join(SETTINGS['missing'])}.",
                "Fill them in in the .env file, then restart this app."))
            return
        try:
            login_url = start_login()
        except XwmsRefused as refusal:
            log(f"sign-token refused: {refusal.message}")
            self.send_page(502, problem_page("XWMS did not start the login", refusal.message,
                                             refusal.advice))
            return
        self.send_response(302)  # off to the XWMS login page
        self.send_header("Location", login_url)
        self.end_headers()

    def validate(self, query):
        if query.get("error"):
            self.send_page(400, problem_page(
                "The login was not allowed",
                f"XWMS sent the browser back without a login ({query['error'][0]}): the person "
                f"pressed Deny, or the login was stopped.",
                "Start again from the start page and press Allow at XWMS."))
            return
        token = (query.get("token") or [""])[0]
        if not token:
            self.send_page(400, problem_page(
                "No login token",
                "This address is where XWMS sends the browser back after a login, with "
                "?token=... at the end; this request had no token.",
                "Start the login from the start page."))
            return
        try:
            person = verify_token(token)
        except XwmsRefused as refusal:
            log(f"sign-token-verify refused: {refusal.message}")
            self.send_page(502, problem_page("XWMS did not confirm the login", refusal.message,
                                             refusal.advice))
            return
        log(f"logged in: sub {person.get('sub')}")
        self.send_page(200, person_page(person))

    def send_page(self, status, text):
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        # One line per request, without the query string: it can hold a login token.
        log(f"{self.command} {urllib.parse.urlsplit(self.path).path}")


def log(text):
    print(hide_secret(text), file=sys.stderr, flush=True)


def main():
    port = int(os.environ.get("PORT") or 8000)
    server = ThreadingHTTPServer((HOST, port), Handler)
    print(f"Log in with XWMS starter: open http://{HOST}:{port}/ in your browser "
          "(Ctrl+C stops it).", flush=True)
    print(f"Settings from: {SETTINGS['env_file'] or 'no .env file found'}", flush=True)
    if SETTINGS["missing"]:
        print(f"Missing settings: {', '.join(SETTINGS['missing'])}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
