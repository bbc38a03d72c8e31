"""Tests for core.validate: property tests against independent reference rules, and each message."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import socket
import string
import unicodedata

import idna
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from xwms_wizard.core import validate as v
from xwms_wizard.core.models import SetupPlan

# One profile for every property here: ~300 examples each (thousands over the module);
# XWMS_PROPERTY_EXAMPLES raises it for a deeper run. No example database on disk.
PROPERTY = settings(
    max_examples=int(os.environ.get("XWMS_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TODAY = dt.date(2026, 6, 15)

# --- reference rules, written independently of the module under test -----------------------

LOWER_DIGITS = set(string.ascii_lowercase + string.digits)


def ref_client_name(value: object) -> bool:
    return (
        isinstance(value, str)
        and 3 <= len(value) <= 64
        and value[0] in string.ascii_lowercase
        and all(ch in LOWER_DIGITS or ch == "-" for ch in value)
    )


def _ref_is_ip(text: str) -> bool:
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, text)
            return True
        except (OSError, ValueError):
            pass
    return False


def ref_root_domain(value: object) -> bool:
    if not isinstance(value, str) or not value.isascii() or value != value.lower():
        return False
    if len(value) > 253 or _ref_is_ip(value):
        return False
    labels = value.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return False
    for label in labels:
        if not 1 <= len(label) <= 63 or label[0] == "-" or label[-1] == "-":
            return False
        if not all(ch in LOWER_DIGITS or ch == "-" for ch in label):
            return False
        if label.startswith("xn--"):
            try:  # the stdlib punycode codec, not the idna package the module uses
                label[4:].encode("ascii").decode("punycode")
            except UnicodeError:
                return False
    return True


def ref_server_ip(value: object) -> bool:
    return value == "" or (isinstance(value, str) and _ref_is_ip(value) and "/" not in value)


REF_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://"
    r"(?P<host>\[[0-9A-Fa-f:.]+\]|[^/?#@:\[\]]+)"
    r"(?::(?P<port>[0-9]+))?"
    r"(?P<rest>[/?].*)?",
    re.DOTALL,
)


def ref_callback(url: str, root: str, test_mode: bool) -> bool:
    """The callback URL rules of DESIGN.md, for a root already in punycode."""
    if not url or len(url) > 2048:
        return False
    if any(ch.isspace() or unicodedata.category(ch)[0] in "CZ" and ch != " " for ch in url):
        return False
    if any(ch in '*#<>"\\{}|^`' for ch in url) or re.search(r"%(?![0-9A-Fa-f]{2})", url):
        return False
    match = REF_URL.fullmatch(url)
    if not match:
        return False
    scheme, host, port = match["scheme"].lower(), match["host"].lower(), match["port"]
    if scheme not in ("http", "https"):
        return False
    if port is not None and not 1 <= int(port) <= 65535:
        return False
    if host in ("localhost", "127.0.0.1", "[::1]"):
        return test_mode
    if scheme != "https" or host.endswith(".") or _ref_is_ip(host.strip("[]")):
        return False
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            return False
    return len(host) <= 253 and (host == root or host.endswith("." + root))


# --- strategies ----------------------------------------------------------------------------

labels = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?", fullmatch=True).filter(
    lambda label: not label.startswith("xn--")  # an A-label must decode; tested apart
)
tlds = st.sampled_from(["com", "nl", "de", "org", "shop", "co.uk", "xn--p1ai"]) | st.from_regex(
    r"[a-z]{2,12}", fullmatch=True
)
domains = st.builds(
    lambda parts, tld: ".".join([*parts, tld]), st.lists(labels, min_size=1, max_size=3), tlds
).filter(lambda d: len(d) <= 253)
unicode_labels = st.text(alphabet="abcdefxyzäöüéèçñßøåαβ日本", min_size=1, max_size=12)
unicode_domains = st.builds(
    lambda parts, tld: ".".join([*parts, tld]),
    st.lists(unicode_labels, min_size=1, max_size=2),
    tlds,
)
domainish_text = st.text(alphabet="abcxn-.:/@[]#?*_ 019äß。\t\nAB", max_size=40)
any_text = st.text(max_size=80)


def randomly_cased(draw, text: str) -> str:
    flags = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(ch.upper() if up else ch for ch, up in zip(text, flags, strict=True))


@st.composite
def decorated_domains(draw):
    """A valid domain as people paste it: any case, a scheme, a path, a port, spaces."""
    domain = draw(domains)
    prefix = draw(st.sampled_from(["", "http://", "https://", "HTTPS://", "//"]))
    suffix = draw(st.sampled_from(["", "/", "/shop?x=1", ":8080", ".", "/#top", ":443/a/b"]))
    pad = draw(st.sampled_from(["", " ", "\t", "\n  "]))
    return domain, f"{pad}{prefix}{randomly_cased(draw, domain)}{suffix}{pad}"


@st.composite
def callback_cases(draw):
    root = draw(domains)
    scheme = draw(st.sampled_from(["https", "https", "http", "HTTPS", "ftp"]))
    host = draw(
        st.one_of(
            st.just(root),
            labels.map(lambda label: f"{label}.{root}"),
            st.sampled_from(["localhost", "127.0.0.1", "[::1]", "LOCALHOST", "203.0.113.5"]),
            st.sampled_from(["[2001:db8::1]", "[0:0:0:0:0:0:0:1]"]),
            st.just("not" + root),
            st.just(root + "."),
            st.just(root.upper()),
            st.just("*." + root),
            domains,
        )
    )
    userinfo = draw(st.sampled_from(["", "", "", "user@", "user:pw@"]))
    port = draw(st.one_of(st.just(""), st.integers(0, 70_000).map(lambda p: f":{p}")))
    path = draw(st.from_regex(r"(/[A-Za-z0-9._~%@-]{0,8}){0,3}", fullmatch=True))
    query = draw(st.sampled_from(["", "", "?a=b", "?next=/x&y=1"]))
    fragment = draw(st.sampled_from(["", "", "", "#top", "#"]))
    test_mode = draw(st.booleans())
    return f"{scheme}://{userinfo}{host}{port}{path}{query}{fragment}", root, test_mode


# --- client name ---------------------------------------------------------------------------


@PROPERTY
@given(any_text)
@example("My Company – Main App!")
@example("Straße & Café")
@example("123")
@example("日本語")
def test_suggested_names_are_always_accepted(text):
    suggestion = v.suggest_client_name(text)
    if suggestion:
        check = v.check_client_name(suggestion)
        assert check.ok, check.message
        assert check.value == suggestion
        assert v.suggest_client_name(suggestion) == suggestion


@PROPERTY
@given(st.one_of(any_text, st.from_regex(r"[a-zA-Z0-9 _-]{0,70}", fullmatch=True)))
def test_client_name_accepts_only_valid_names(text):
    check = v.check_client_name(text)
    if check.ok:
        assert ref_client_name(check.value)
        assert v.check_client_name(check.value).value == check.value
    else:
        assert check.value is None
        assert check.message.startswith("Client name: ")
        assert not check.hint or v.check_client_name(check.hint).ok


@PROPERTY
@given(st.from_regex(r"[a-z][a-z0-9-]{2,63}", fullmatch=True))
def test_every_valid_name_is_accepted_unchanged(name):
    assert v.check_client_name(f"  {name} ").value == name


@PROPERTY
@given(st.from_regex(r"[a-z][a-z0-9-]{2,63}", fullmatch=True), st.integers(0, 5))
def test_a_name_clash_suggests_a_free_valid_name(name, taken_more):
    existing = [name] + [f"{name[:60]}-{n}" for n in range(2, 2 + taken_more)]
    check = v.check_client_name(name, existing)
    assert not check.ok
    assert "already have a client" in check.message
    assert ref_client_name(check.hint) and check.hint not in existing


def test_client_name_examples():
    assert v.suggest_client_name("My Company – Main App!") == "my-company-main-app"
    assert v.suggest_client_name("Bäckerei Müller") == "backerei-muller"
    assert v.suggest_client_name("Straße Café") == "strasse-cafe"
    assert v.suggest_client_name("!!!") == ""
    assert v.suggest_client_name("2024 shop") == "shop"  # a name starts with a letter
    assert v.suggest_client_name("2024") == ""
    assert len(v.suggest_client_name("word " * 40)) <= 64

    assert v.check_client_name("bakkerij-jansen-webshop").ok
    upper = v.check_client_name("My Shop")
    assert not upper.ok and "capital letters" in upper.message and upper.hint == "my-shop"
    assert "Try “my-shop”" in upper.message
    assert "start with a letter" in v.check_client_name("1shop").message
    assert "too short" in v.check_client_name("ab").message
    assert "most is 64" in v.check_client_name("a" * 65).message
    assert "please type a name" in v.check_client_name("   ").message
    assert "hyphens between words" in v.check_client_name("my shop").message

    clash = v.check_client_name("shop", existing=["Shop", "shop-2"])
    assert not clash.ok and clash.hint == "shop-3"
    assert "Pick it from the list" in clash.message and "“shop-3”" in clash.message


@PROPERTY
@given(st.one_of(any_text, st.text(alphabet="aAéßæ 🍰日-_!1.&", max_size=90)))
@example("Bakkerij De Vries - Webshop!")
@example("🍰🍰🍰")
@example("1234 5678")
@example("x" * 500)
def test_a_built_name_is_always_one_xwms_accepts_and_builds_to_itself(text):
    check = v.build_client_name(text)
    if check.ok:
        assert ref_client_name(check.value), check
        assert v.check_client_name(check.value).ok
        assert v.build_client_name(check.value).value == check.value
        assert v.suggest_client_name(text) == check.value
    else:
        assert check.value is None
        # Either a calm note (nothing typed yet, still typing) or a plain refusal; never both.
        assert bool(check.note) != bool(check.message), check
        assert not check.message or check.message.startswith("Client name: ")


def test_a_name_is_built_from_what_the_owner_types():
    built = v.build_client_name("Bakkerij De Vries - Webshop!")
    assert built.ok and built.value == "bakkerij-de-vries-webshop"
    assert built.message == built.warning == built.note == ""
    # Unicode: accents folded, ß and æ spelled out, punctuation and emoji become one hyphen.
    assert v.build_client_name("Crème Brûlée & Straße").value == "creme-brulee-strasse"
    assert v.build_client_name("Ærø Bakery 🍰🥐 Shop").value == "aero-bakery-shop"
    assert v.build_client_name("  --Zoë's   Café--  ").value == "zoe-s-cafe"
    assert v.build_client_name("Café 日本 Tokyo").value == "cafe-tokyo"
    # Leading digits: left out (a name starts with a letter), and the note says so.
    digits = v.build_client_name("2 Brothers Pizza")
    assert digits.ok and digits.value == "brothers-pizza"
    assert digits.note == "A name starts with a letter, so the wizard left out “2” at the start."
    assert v.build_client_name("Bakery 2024").value == "bakery-2024"
    # Very long input: at most 64 characters, cut between words, never ending in a hyphen.
    long = v.build_client_name("Bakkerij De Vries " * 20)
    assert long.ok and len(long.value) <= 64
    assert long.value == "bakkerij-de-vries-bakkerij-de-vries-bakkerij-de-vries-bakkerij"
    one_word = v.build_client_name("b" * 300)
    assert one_word.ok and one_word.value == "b" * 64


def test_when_no_name_can_be_built_the_owner_reads_what_to_type():
    for text in ("!!", "🍰🍰", "日本語", "---"):
        check = v.build_client_name(text)
        assert not check.ok and "letters from a to z" in check.message, text
    digits = v.build_client_name("12345")
    assert not digits.ok and "not only digits" in digits.message
    # Still typing: a calm note, no error (the first keystroke must not turn anything red).
    for text in ("B", "Bo", "1 a", ""):
        check = v.build_client_name(text)
        assert not check.ok and check.message == "" and check.note, text
    assert "at least 3" in v.build_client_name("Bo").note
    assert v.build_client_name("   ").note == "Type a name, such as your shop's name."


def test_a_built_name_that_is_taken_offers_a_free_one():
    clash = v.build_client_name("My Bakery Shop", existing=["my-bakery-shop"])
    assert not clash.ok and "already have a client called “my-bakery-shop”" in clash.message
    assert clash.hint == "my-bakery-shop-2"
    assert v.build_client_name("My Bakery Shop", existing=["other"]).ok


# --- root domain ---------------------------------------------------------------------------


@PROPERTY
@given(st.one_of(any_text, domainish_text, unicode_domains))
@example("xn--zz.com")
@example("a" * 64 + ".com")
@example(".".join(["abcdefghi"] * 26) + ".com")
def test_root_domain_accepts_only_valid_domains(text):
    check = v.check_root_domain(text)
    if check.ok:
        assert ref_root_domain(check.value), check
        again = v.check_root_domain(check.value)
        assert again.ok and again.value == check.value
        # the Unicode form shown to the user leads back to the same stored value
        assert v.check_root_domain(v.display_domain(check.value)).value == check.value
    else:
        assert check.value is None
        assert check.message.startswith("Website address (root domain): ")


@PROPERTY
@given(decorated_domains())
def test_pasted_addresses_become_the_root_domain(case):
    domain, pasted = case
    check = v.check_root_domain(pasted)
    assert check.ok, check.message
    assert check.value == domain


@PROPERTY
@given(domains)
def test_a_valid_domain_is_accepted_as_it_is(domain):
    check = v.check_root_domain(domain)
    assert check.ok and check.value == domain
    if not domain.startswith("www."):
        assert check.warning == ""


@PROPERTY
@given(st.ip_addresses())
def test_an_ip_address_is_never_a_root_domain(ip):
    for text in (str(ip), f"https://{ip}/" if ip.version == 4 else f"https://[{ip}]/"):
        check = v.check_root_domain(text)
        assert not check.ok
        assert "Server IP address" in check.message


def test_root_domain_examples():
    pasted = v.check_root_domain(" https://Example.com/shop ")
    assert pasted.ok and pasted.value == "example.com"
    assert pasted.note == "We turned “https://Example.com/shop” into “example.com”."
    assert v.check_root_domain("Example.COM").note == ""  # only the case changed

    idn = v.check_root_domain("Bäckerei.de")
    assert idn.ok and idn.value == "xn--bckerei-5wa.de"
    assert "bäckerei.de" in idn.note and "xn--bckerei-5wa.de" in idn.note
    assert v.display_domain("xn--bckerei-5wa.de") == "bäckerei.de"
    assert v.check_root_domain("xn--bckerei-5wa.de").value == "xn--bckerei-5wa.de"
    assert v.check_root_domain("straße.de").value == "xn--strae-oqa.de"  # IDNA 2008, not "ss"

    www = v.check_root_domain("www.example.com")
    assert www.ok and www.value == "www.example.com"
    assert www.hint == "example.com" and "did you mean “example.com”" in www.warning

    ip = v.check_root_domain("203.0.113.10")
    assert not ip.ok and "put the IP address in the Server IP address field" in ip.message

    assert v.check_root_domain("example.com.").value == "example.com"
    assert "e-mail address" in v.check_root_domain("info@bakkerij.nl").message
    assert "not a full website address" in v.check_root_domain("bakkerij").message
    assert "means this computer" in v.check_root_domain("localhost").message
    assert "ends in a number" in v.check_root_domain("example.123").message
    assert "hyphen" in v.check_root_domain("-shop.nl").message
    assert "“_”" in v.check_root_domain("my_shop.nl").message
    assert "two dots in a row" in v.check_root_domain("shop..nl").message
    assert "at most 63" in v.check_root_domain("a" * 64 + ".nl").message
    assert "the most is 253" in v.check_root_domain(".".join(["a" * 60] * 5)).message
    assert "a space" in v.check_root_domain("my shop.nl").message
    assert "please type" in v.check_root_domain("").message


def test_a_pasted_www_address_gives_the_root_and_keeps_the_callback_on_www():
    site = v.read_website("https://www.Bakkerij-DeVries.nl/shop")
    assert site.check.ok and site.check.value == "bakkerij-devries.nl"
    assert site.site_host == "www.bakkerij-devries.nl" and site.left_out == "/shop"
    assert site.callback_url == "https://www.bakkerij-devries.nl/xwms/validateToken"
    note = site.check.note
    assert "Your website address is “bakkerij-devries.nl”" in note
    assert "opens on www.bakkerij-devries.nl, so the callback URL stays there" in note
    assert "“/shop” is not needed here" in note and "anywhere on your site" in note
    assert site.check.warning == site.check.hint == ""  # nothing left for the owner to fix
    # The callback URL on www is on the root's website: accepted as it is.
    assert v.check_callback_url(site.callback_url, site.check.value, False).ok


def test_what_follows_the_address_is_named_and_a_plain_address_says_nothing():
    shop = v.read_website("https://Example.com/shop?page=2#top")
    assert shop.check.value == "example.com" and shop.site_host == "example.com"
    assert shop.left_out == "/shop?page=2#top"
    assert shop.callback_url == "https://example.com/xwms/validateToken"
    assert "We turned" in shop.check.note and "“/shop?page=2#top” is not needed" in shop.check.note
    assert v.read_website("https://example.com/").left_out == ""
    plain = v.read_website("bakery.example")
    assert plain.check.note == "" and plain.left_out == ""
    assert plain.callback_url == "https://bakery.example/xwms/validateToken"
    # Not www: a subdomain stays the website address, as typed.
    assert v.read_website("shop.example.com").check.value == "shop.example.com"
    # International: stored in punycode, said in Unicode.
    idn = v.read_website("www.Bäckerei.de/brot")
    assert idn.check.value == "xn--bckerei-5wa.de" and idn.site_host == "www.xn--bckerei-5wa.de"
    assert "“bäckerei.de”" in idn.check.note and "xn--bckerei-5wa.de" in idn.check.note
    # A refusal stays the root domain's refusal, with no website to call back to.
    ip = v.read_website("203.0.113.10")
    assert not ip.check.ok and ip.callback_url == "" and "Server IP" in ip.check.message


@PROPERTY
@given(decorated_domains(), st.booleans())
def test_read_website_and_website_text_agree(case, www):
    domain, pasted = case
    if www and not domain.startswith("www."):
        pasted = pasted.replace(domain, f"www.{domain}", 1) if domain in pasted else pasted
    site = v.read_website(pasted)
    assert site.check.ok, site.check
    assert ref_root_domain(site.check.value) and not site.check.warning
    assert site.site_host in (site.check.value, f"www.{site.check.value}")
    assert v.check_callback_url(site.callback_url, site.check.value, False).ok
    # What the page shows for the plan leads back to the same root and callback URL.
    redirect = "" if site.site_host == site.check.value else site.callback_url
    again = v.read_website(v.website_text(site.check.value, redirect))
    assert (again.check.value, again.callback_url) == (site.check.value, site.callback_url)


def test_a_callback_suggestion_keeps_the_host_where_the_site_opens():
    usual = v.read_website("www.bakkerij-devries.nl").callback_url
    off = v.check_callback_url("https://other.example/x", "bakkerij-devries.nl", False, usual=usual)
    assert not off.ok and off.hint == usual and usual in off.message
    plain = v.check_callback_url("https://other.example/x", "bakkerij-devries.nl", False)
    assert plain.hint == "https://bakkerij-devries.nl/xwms/validateToken"  # the default stays
    assert v.website_text("bakkerij-devries.nl", usual) == "www.bakkerij-devries.nl"
    assert v.website_text("bakkerij-devries.nl", "") == "bakkerij-devries.nl"
    assert v.website_text("", "") == ""


def test_needs_test_mode_knows_addresses_on_this_computer():
    assert v.needs_test_mode("http://localhost:8000/xwms/validateToken")
    assert v.needs_test_mode("http://127.0.0.1/cb") and v.needs_test_mode("http://[::1]:80/")
    assert not v.needs_test_mode("https://example.com/cb")
    assert not v.needs_test_mode("localhost") and not v.needs_test_mode("http://[::1")


# --- server IP -----------------------------------------------------------------------------


@PROPERTY
@given(st.ip_addresses())
def test_every_single_ip_is_accepted_and_normalised(ip):
    check = v.check_server_ip(f" {ip.exploded} ")
    expected = getattr(ip, "ipv4_mapped", None) or ip
    if expected.is_unspecified or expected.is_multicast:  # not one computer's address
        assert not check.ok and "not the address of a single computer" in check.message
        return
    assert check.ok, check.message
    assert ref_server_ip(check.value)
    assert ipaddress.ip_address(check.value) == expected
    assert v.check_server_ip(check.value).value == check.value
    if expected.is_global:
        assert check.warning == ""
    else:
        assert "public" in check.warning


@PROPERTY
@given(st.ip_addresses(), st.integers(0, 128), st.integers(1, 65535))
def test_ranges_and_ports_are_refused(ip, prefix, port):
    assert "range" in v.check_server_ip(f"{ip}/{prefix}").message
    with_port = f"{ip}:{port}" if ip.version == 4 else f"[{ip}]:{port}"
    assert "port" in v.check_server_ip(with_port).message


@PROPERTY
@given(st.one_of(any_text, st.text(alphabet="0123456789abcdef.:/[]% ,", max_size=45)))
def test_server_ip_accepts_only_single_addresses(text):
    check = v.check_server_ip(text)
    if check.ok:
        assert ref_server_ip(check.value)
        assert v.check_server_ip(check.value).value == check.value
    else:
        assert check.message.startswith("Server IP address: ")


def test_server_ip_examples():
    assert v.check_server_ip("").ok and v.check_server_ip("").value == ""
    public = v.check_server_ip("8.8.8.8")
    assert public.ok and public.warning == ""
    private = v.check_server_ip("192.168.1.20")
    assert private.ok and "private" in private.warning
    assert "XWMS sees your server's public address" in private.warning
    assert "this same computer" in v.check_server_ip("127.0.0.1").warning
    assert "one local network" in v.check_server_ip("169.254.1.1").warning
    assert v.check_server_ip("2001:DB8:0:0::10").value == "2001:db8::10"
    assert v.check_server_ip("[2001:4860:4860::8888]").value == "2001:4860:4860::8888"
    assert v.check_server_ip("::ffff:8.8.8.8").value == "8.8.8.8"
    assert "only one address" in v.check_server_ip("8.8.8.8, 8.8.4.4").message
    assert "not an IP address" in v.check_server_ip("myserver.nl").message
    assert "not the address of a single computer" in v.check_server_ip("0.0.0.0").message
    assert "not an IP address" in v.check_server_ip("010.1.1.1").message


# --- callback and fallback URL -------------------------------------------------------------


@PROPERTY
@given(callback_cases())
@example(("https://example.com/xwms/validateToken", "example.com", False))
@example(("http://localhost:8000/xwms/validateToken", "example.com", True))
@example(("http://localhost:8000/xwms/validateToken", "example.com", False))
def test_callback_url_follows_the_rules_exactly(case):
    url, root, test_mode = case
    check = v.check_callback_url(url, root, test_mode)
    assert check.ok == ref_callback(url, root, test_mode), check
    if check.ok:
        assert check.value == url  # XWMS compares exactly: never rewritten
        assert v.check_callback_url(check.value, root, test_mode).value == url
    else:
        assert check.message.startswith("Callback URL: ")


@PROPERTY
@given(
    st.one_of(any_text, st.text(alphabet="htps:/examplcom.*#@[]:1 ä%?", max_size=50)),
    st.sampled_from(["example.com", "xn--bckerei-5wa.de"]),
    st.booleans(),
)
def test_callback_url_never_accepts_an_invalid_address(text, root, test_mode):
    check = v.check_callback_url(text, root, test_mode)
    if check.ok:
        assert ref_callback(check.value, root, test_mode), check
        assert check.value == text.strip()


@PROPERTY
@given(callback_cases())
def test_fallback_url_has_the_same_rules_and_is_optional(case):
    url, root, test_mode = case
    callback = v.check_callback_url(url, root, test_mode)
    fallback = v.check_fallback_uri(url, root, test_mode)
    assert (fallback.ok, fallback.value) == (callback.ok, callback.value)
    assert fallback.field == "domain.fallback_uri"
    if not fallback.ok:
        assert fallback.message.startswith("Fallback URL: ")


def test_callback_url_examples():
    root = "example.com"
    assert v.default_callback_url(root) == "https://example.com/xwms/validateToken"
    assert v.check_callback_url(v.default_callback_url(root), root, False).ok
    assert v.check_callback_url(" https://shop.example.com/cb ", root, False).value == (
        "https://shop.example.com/cb"
    )

    loop = v.check_callback_url("http://localhost:8000/xwms/validateToken", root, False)
    assert not loop.ok and "Switch on Test Mode" in loop.message
    for url in ("http://localhost:8000/cb", "http://127.0.0.1/cb", "http://[::1]:5000/cb"):
        assert v.check_callback_url(url, root, True).ok, url

    plain = v.check_callback_url("http://example.com/cb", root, True)
    assert not plain.ok and "https://" in plain.message
    assert plain.hint == "https://example.com/cb"
    assert "“#”" in v.check_callback_url("https://example.com/cb#top", root, False).message
    creds = v.check_callback_url("https://user:secret@example.com/cb", root, False)
    assert not creds.ok and "password" in creds.message and "secret@" not in creds.message
    assert "wildcards" in v.check_callback_url("https://*.example.com/cb", root, False).message
    other = v.check_callback_url("https://example.org/cb", root, False)
    assert not other.ok and "is not on your website" in other.message
    assert other.hint == "https://example.com/xwms/validateToken"
    assert not v.check_callback_url("https://notexample.com/cb", root, False).ok
    missing = v.check_callback_url("example.com/cb", root, False)
    assert "must start with https://" in missing.message
    assert missing.hint == "https://example.com/cb"
    assert "a space" in v.check_callback_url("https://example.com/my cb", root, False).message
    assert "not an IP address" in v.check_callback_url("https://8.8.8.8/cb", root, False).message
    assert "port number" in v.check_callback_url("https://example.com:0/cb", root, False).message
    upper = v.check_callback_url("HTTPS://Example.com/cb", root, False)
    assert upper.ok and upper.value == "HTTPS://Example.com/cb" and "exactly" in upper.warning
    assert (
        "first fill in a valid website address"
        in v.check_callback_url("https://example.com/cb", "", False).message
    )

    idn = v.check_callback_url("https://bäckerei.de/xwms/validateToken", "bäckerei.de", False)
    # One spelling, as XWMS stores it (the sandbox accepts either when the site sends it).
    assert idn.ok and idn.value == "https://xn--bckerei-5wa.de/xwms/validateToken"
    assert "saved as https://xn--bckerei-5wa.de/xwms/validateToken" in idn.warning
    both = v.check_callback_url("https://www.xn--bckerei-5wa.de:8443/cb?a=1", "bäckerei.de", False)
    assert both.ok and both.value == "https://www.xn--bckerei-5wa.de:8443/cb?a=1"
    assert not both.warning  # already in the stored spelling: kept exactly
    assert v.check_callback_url("https://shop.xn--bckerei-5wa.de/cb", "bäckerei.de", False).ok

    assert v.check_fallback_uri("", root, False).ok
    assert v.check_fallback_uri("", root, False).value == ""
    fallback = v.check_fallback_uri("https://evil.example.org/", root, False)
    assert fallback.field == "domain.fallback_uri" and fallback.message.startswith("Fallback URL")


# --- short texts, ids, secret --------------------------------------------------------------


@PROPERTY
@given(any_text, st.sampled_from([v.check_internal_name, v.check_secret_label]))
def test_short_texts(text, check_fn):
    check = check_fn(text)
    if check.ok:
        assert check.value == text.strip()
        assert len(check.value) <= 64
        assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp") for ch in check.value)
        assert check_fn(check.value).value == check.value
    else:
        assert check.message.split(":")[0] in ("Internal name", "Secret label")


def test_short_text_examples():
    assert v.check_secret_label("").ok and v.check_secret_label("").value == ""
    assert v.check_secret_label("  webshop-server ").value == "webshop-server"
    assert "most is 64" in v.check_secret_label("x" * 65).message
    assert "a line break" in v.check_internal_name("Main\nsite").message
    assert v.check_internal_name("Hoofdwebsite – bakkerij").ok


@PROPERTY
@given(any_text, st.sampled_from([v.check_client_id, v.check_domain_id]))
def test_pasted_ids(text, check_fn):
    check = check_fn(text)
    if check.ok:
        assert check.value == text.strip() and 0 < len(check.value) <= 128
        assert not any(ch.isspace() or not ch.isprintable() for ch in check.value)
        assert check_fn(check.value).value == check.value
    else:
        assert check.message.split(":")[0] in ("Client ID", "Domain ID")


def test_pasted_id_examples():
    assert v.check_client_id(" xc_0123456789abcdef0123 ").value == "xc_0123456789abcdef0123"
    assert "please paste the Client ID" in v.check_client_id("").message
    assert "a space" in v.check_domain_id("xd_1 2").message
    assert "far longer" in v.check_domain_id("x" * 129).message


secrets = st.from_regex(r"xs_[A-Za-z0-9_-]{20,40}", fullmatch=True)


@PROPERTY
@given(any_text)
def test_pasted_secret_accepts_only_one_clean_line(text):
    check = v.check_pasted_secret(text)
    if check.ok:
        assert check.value == text.strip() and check.value
        assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp") for ch in check.value)
        assert v.check_pasted_secret(check.value).value == check.value
    else:
        assert check.message.startswith("Secret: ")


@PROPERTY
@given(secrets, st.sampled_from(["\n", "\r\n", "\t", "\x00", "\u2028", " \n "]), st.data())
def test_a_pasted_secret_never_shows_up_in_any_text(secret, noise, data):
    cut = data.draw(st.integers(1, len(secret) - 1))
    pasted = secret[:cut] + noise + secret[cut:]
    for text, should_pass in ((pasted, False), (f"  {secret}\n", True)):
        check = v.check_pasted_secret(text)
        assert check.ok is should_pass
        visible = " ".join([check.message, check.warning, check.note, check.hint, repr(check)])
        for part in (secret, secret[:cut], secret[cut:]):
            if len(part) >= 8:
                assert part not in visible


def test_pasted_secret_examples():
    ok = v.check_pasted_secret("  xs_abcdefghijklmnopqrstuvwxyz0123456789ABCD \n")
    assert ok.ok and ok.value == "xs_abcdefghijklmnopqrstuvwxyz0123456789ABCD"
    assert "xs_abc" not in repr(ok) and "<hidden>" in repr(ok)
    broken = v.check_pasted_secret("xs_abcdefghijklmnop\nqrstuvwxyz0123456789")
    assert not broken.ok and "more than one line" in broken.message
    assert "abcdefghijklmnop" not in broken.message + repr(broken)
    assert "nothing was pasted" in v.check_pasted_secret("   ").message
    assert "invisible character" in v.check_pasted_secret("xs_abc\x00def").message
    assert "a space" in v.check_pasted_secret("xs_abc def").warning


# --- expiry --------------------------------------------------------------------------------


@PROPERTY
@given(st.dates(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(9000, 1, 1)))
def test_expiry_must_be_after_today(date, today):
    for given_value in (date, date.isoformat(), f" {date.isoformat()} "):
        check = v.check_expiry(given_value, today=today)
        assert check.ok == (date > today), check
        if check.ok:
            assert check.value == date
            assert v.check_expiry(check.value, today=today).value == date
            assert bool(check.warning) == ((date - today).days < 30)
        else:
            assert check.message.startswith("Expiry date: ")


@PROPERTY
@given(st.one_of(any_text, st.from_regex(r"[0-9]{2,4}-[0-9]{1,2}-[0-9]{1,3}", fullmatch=True)))
def test_expiry_accepts_only_iso_dates(text):
    check = v.check_expiry(text, today=TODAY)
    if check.ok and check.value is not None:
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip(), re.ASCII)
        assert check.value > TODAY
    elif check.ok:
        assert text.strip() == ""


def test_expiry_examples():
    assert v.check_expiry(None).ok and v.check_expiry("").value is None
    past = v.check_expiry("2020-01-01", today=TODAY)
    assert not past.ok and "already passed" in past.message and "leave it empty" in past.message
    assert "is today" in v.check_expiry(TODAY, today=TODAY).message
    soon = v.check_expiry(TODAY + dt.timedelta(days=10), today=TODAY)
    assert soon.ok and "stops working in 10 days" in soon.warning
    assert v.check_expiry("2027-12-31", today=TODAY).warning == ""
    assert "year-month-day" in v.check_expiry("31-12-2027", today=TODAY).message
    assert not v.check_expiry("20271231", today=TODAY).ok  # fromisoformat alone would accept it
    assert not v.check_expiry("2027-02-30", today=TODAY).ok
    assert v.check_expiry(dt.datetime(2027, 1, 1, 12, 0), today=TODAY).value == dt.date(2027, 1, 1)


# --- logo ----------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'


def test_logo_examples(tmp_path):
    assert v.check_logo("").ok and v.check_logo("").value == ""
    png = tmp_path / "logo.png"
    png.write_bytes(PNG)
    assert v.check_logo(str(png)).value == str(png.resolve())
    for name, body in (
        ("plain.svg", SVG),
        ("prolog.svg", b'<?xml version="1.0"?>\n<!-- made by hand -->\n' + SVG),
        ("bom.svg", b"\xef\xbb\xbf  " + SVG),
    ):
        (tmp_path / name).write_bytes(body)
        assert v.check_logo(str(tmp_path / name)).ok, name

    jpeg = tmp_path / "photo.png"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    refused = v.check_logo(str(jpeg))
    assert not refused.ok and "JPEG" in refused.message and "PNG or SVG" in refused.message
    big = tmp_path / "big.png"
    big.write_bytes(PNG + b"\x00" * (1024 * 1024))
    assert "the most is 1 MB" in v.check_logo(str(big)).message
    (tmp_path / "empty.png").write_bytes(b"")
    assert "is empty" in v.check_logo(str(tmp_path / "empty.png")).message
    assert "cannot find" in v.check_logo(str(tmp_path / "missing.png")).message
    assert "is a folder" in v.check_logo(str(tmp_path)).message
    (tmp_path / "notes.txt").write_text("hello <svg")
    assert not v.check_logo(str(tmp_path / "notes.txt")).ok


@settings(max_examples=100, deadline=None, database=None)
@given(st.binary(max_size=64), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"<svg", b"<?xml"]))
def test_logo_accepts_only_png_or_svg(tmp_path_factory, body, head):
    file = tmp_path_factory.mktemp("logo") / "image"
    file.write_bytes(head + body)
    check = v.check_logo(str(file))
    if check.ok:
        data = file.read_bytes()
        text = data.decode("utf-8-sig", errors="replace").lstrip()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") or (
            "<svg" in text and text.startswith(("<svg", "<?xml", "<!--", "<!DOCTYPE"))
        )
        assert v.check_logo(check.value).value == check.value


# --- scopes and whole plans ----------------------------------------------------------------


@PROPERTY
@given(st.lists(st.one_of(any_text, st.sampled_from(["profile", "userinfo", "providers"]))))
def test_scope_keys(keys):
    check = v.check_scope_keys(keys)
    if check.ok:
        assert all(re.fullmatch(r"[a-z0-9_.-]+", key, re.ASCII) for key in check.value)
        assert len(set(check.value)) == len(check.value) and set(check.value) == set(keys)
    else:
        assert check.message.startswith("Scopes: ")


def test_check_plan_lists_every_failing_field_and_warnings_apart():
    plan = SetupPlan()
    plan.client.name = "bakkerij-jansen-webshop"
    plan.domain.root = "bakkerij-jansen.nl"
    plan.domain.server_ip = "10.0.0.5"
    plan.scopes.keys = ["profile"]
    plan.secret.expires = TODAY + dt.timedelta(days=3)
    assert v.check_plan(plan, today=TODAY) == []
    warned = {check.field for check in v.plan_warnings(plan, today=TODAY)}
    assert warned == {"domain.server_ip", "secret.expires"}

    plan.client.name = "Bakkerij"
    plan.domain.redirect_url = "https://elsewhere.nl/cb"
    plan.domain.fallback_uri = "http://localhost/oops"
    plan.secret.label = "x" * 80
    plan.secret.expires = dt.date(2020, 1, 1)
    plan.scopes.keys = ["Profile"]
    failing = [check.field for check in v.check_plan(plan, today=TODAY)]
    assert failing == [
        "client.name",
        "domain.redirect_url",
        "domain.fallback_uri",
        "scopes.keys",
        "secret.label",
        "secret.expires",
    ]


def test_every_message_names_its_field_in_words():
    refusals = [
        v.check_client_name(""),
        v.check_root_domain(""),
        v.check_server_ip("x"),
        v.check_callback_url("", "example.com", False),
        v.check_fallback_uri("x", "example.com", False),
        v.check_internal_name("a\tb"),
        v.check_logo("/no/such/file.png"),
        v.check_secret_label("\n" * 2 + "x" + "\x01"),
        v.check_expiry("soon"),
        v.check_pasted_secret(""),
        v.check_client_id(""),
        v.check_domain_id(""),
        v.check_scope_keys("profile"),
    ]
    for check in refusals:
        assert not check.ok
        assert check.message.startswith(v.field_label(check.field) + ": "), check
        assert check.field in v.FIELD_LABELS
