"""Handoff test helpers: Hypothesis strategies for awkward values, facts and secrets; ordinary
facts and what their .env holds; Node's dotenv as a second .env reader."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from xwms_wizard.handoff import HandoffFacts

ENV_KEYS = (
    "XWMS_CLIENT_ID",
    "XWMS_CLIENT_SECRET",
    "XWMS_DOMAIN",
    "XWMS_CLIENT_DOMAIN",
    "XWMS_DOMAIN_ID",
    "XWMS_REDIRECT_URI",
    "XWMS_API_URI",
    "XWMS_API_URL",
)

# Pieces that trip up at least one .env reader, or a shell, or Markdown, or iCalendar.
AWKWARD_PIECES = [
    "'", '"', "\\", "\\'", '\\"', "$", "${X}", "${", "$HOME", "#", " #", "# x", "=", '="', "='",
    "`", "``", " ", "  ", "\t", "\n", "\r\n", "\r", ";", ",", "|", "*", "_", "[", "]", "(", ")",
    "<", ">", "&", "!", "~", "%", "{", "}", "é", "ß", "中文", "😀", "\u00a0", "\u2028",
    "\u200b", "\ufeff", "\x00", "\x7f", "\x85", "\ud800", "export ", "KEY=", ":", "?token=x",
]
SAFE_ALPHABET = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters="'\\$="
)

awkward_text = st.lists(
    st.sampled_from(AWKWARD_PIECES) | st.text(SAFE_ALPHABET, min_size=1, max_size=6),
    max_size=8,
).map("".join)

# Realistic values and awkward ones, so both the written and the refused path get exercised.
env_value = st.one_of(
    awkward_text,
    st.text(SAFE_ALPHABET, max_size=40),
    st.from_regex(r"xc_[0-9a-f]{20}", fullmatch=True),
    st.just("https://example.com/xwms/validateToken?x=1#frag"),
)


# Every generated secret starts with this, so a leak of it can be searched for; no other
# generated value can contain it by chance.
SECRET_MARKER = "SeCrEtMaRk7f3a9c21"

secret_values = st.one_of(
    awkward_text, st.from_regex(r"[A-Za-z0-9_-]{0,40}", fullmatch=True)
).map(lambda tail: SECRET_MARKER + tail)


@st.composite
def handoff_facts(draw: st.DrawFn) -> HandoffFacts:
    """Facts whose every text is awkward: quotes, backslashes, ${X}, #, line breaks, Unicode."""
    expires = draw(st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
    verified = draw(st.booleans())
    return HandoffFacts(
        client_name=draw(awkward_text),
        client_id=draw(env_value),
        domain=draw(env_value),
        domain_display=draw(awkward_text),
        domain_id=draw(env_value),
        test_mode=draw(st.booleans()),
        scopes=draw(
            st.lists(st.tuples(awkward_text, awkward_text, awkward_text), max_size=3)
        ),
        redirect_uri=draw(env_value),
        api_uri=draw(env_value),
        secret_label=draw(awkward_text),
        secret_expires=expires,
        verified=verified,
        verified_at=draw(
            st.none() | st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2030, 1, 1),
                                     timezones=st.just(dt.UTC))
        ) if verified else None,
        verification_note=draw(awkward_text),
        sandbox=draw(st.booleans()),
        created_at=draw(
            st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2030, 1, 1),
                         timezones=st.just(dt.UTC))
        ),
    )


def plain_facts(**changes: object) -> HandoffFacts:
    """Ordinary facts, as a real apply run produces them."""
    values: dict[str, object] = {
        "client_name": "my-company-main-app",
        "client_id": "xc_0123456789abcdef0123",
        "domain": "xn--bcher-kva.example",
        "domain_display": "bücher.example",
        "domain_id": "xd_aaaabbbbccccddddeeee",
        "test_mode": False,
        "scopes": [
            ("profile", "Read basic user profile", "name, given/family name, e-mail, picture"),
            ("userinfo", "Extra profile fields", "birth date, gender, country, socials"),
        ],
        "redirect_uri": "https://xn--bcher-kva.example/xwms/validateToken",
        "secret_label": "Standard Key",
        "secret_expires": dt.date(2026, 3, 1),
        "verified": True,
        "verified_at": dt.datetime(2025, 12, 1, 10, 30, tzinfo=dt.UTC),
        "verification_note": "credentials work; calls must come from your server's address",
        "created_at": dt.datetime(2025, 12, 1, 10, 0, tzinfo=dt.UTC),
    }
    values.update(changes)
    return HandoffFacts(**values)  # type: ignore[arg-type]


SECRET = "xs_" + "Q7r-9_zK" * 5
TODAY = dt.date(2025, 12, 1)
NAME = "xwms-handoff-my-company-main-app-2025-12-01"  # the bundle of plain_facts() on TODAY

# The .env of plain_facts() with SECRET included, as any dotenv reader must read it.
PLAIN_ENV = {
    "XWMS_CLIENT_ID": "xc_0123456789abcdef0123",
    "XWMS_CLIENT_SECRET": SECRET,
    "XWMS_DOMAIN": "xn--bcher-kva.example",
    "XWMS_CLIENT_DOMAIN": "xn--bcher-kva.example",
    "XWMS_DOMAIN_ID": "xd_aaaabbbbccccddddeeee",
    "XWMS_REDIRECT_URI": "https://xn--bcher-kva.example/xwms/validateToken",
    "XWMS_API_URI": "https://xwms.nl/api/",
    "XWMS_API_URL": "https://xwms.nl/api/",
}


NODE_DIR = Path(__file__).resolve().parents[1] / "handoff" / "node"  # npm installs dotenv here

# Reads one JSON list of file paths per line from stdin and answers one JSON list of
# dotenv.parse() results per line, so one node process serves every generated case.
# Non-ASCII is escaped so the answer survives any pipe encoding.
NODE_SCRIPT = r"""
const fs = require('fs');
const readline = require('readline');
const dotenv = require('dotenv');
const ascii = (s) => s.replace(/[\u007f-\uffff]/g,
  (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => {
  const paths = JSON.parse(line);
  const parsed = paths.map((p) => dotenv.parse(fs.readFileSync(p)));
  process.stdout.write(ascii(JSON.stringify(parsed)) + '\n');
});
"""


class NodeDotenv:
    """One long-lived `node -e` process that parses .env files with npm's dotenv."""

    def __init__(self, node: str) -> None:
        self._stderr = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            [node, "-e", NODE_SCRIPT],
            cwd=NODE_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="ascii",
        )
        self.version = json.loads(
            (NODE_DIR / "node_modules" / "dotenv" / "package.json").read_text("utf-8")
        )["version"]

    def parse(self, paths: list[Path]) -> list[dict[str, str]]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps([str(p) for p in paths]) + "\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline()
        if not answer:
            self._stderr.seek(0)
            raise RuntimeError(
                "node stopped: " + self._stderr.read().decode("utf-8", "replace")[-2000:]
            )
        return json.loads(answer)

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._stderr.close()
