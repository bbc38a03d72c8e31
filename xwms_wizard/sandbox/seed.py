"""A fresh sandbox database's content: demo accounts, scopes, test people, countries, projects."""

from __future__ import annotations

DEMO_PASSWORD = "practice"  # published on purpose: shown on the start line and in the README
PAID_EMAIL = "owner@example.com"
FREE_EMAIL = "free@example.com"

ACCOUNTS = (
    {"email": PAID_EMAIL, "plan": "paid"},
    {"email": FREE_EMAIL, "plan": "free"},
)

# The scopes catalogue as the XWMS dashboard names it. The sandbox stands in for a foreign
# server, so it keeps its own copy; the wizard's (core/scopes.py, offered in Live mode) must
# stay the same, which tests/sandbox/test_sandbox_catalogue_matches.py checks.
SCOPES = (
    {
        "key": "profile",
        "title": "Read basic user profile",
        "description": "Name, given and family name, e-mail address and picture of the person "
        "who logs in.",
        "requires_verification": False,
    },
    {
        "key": "userinfo",
        "title": "Extra profile fields",
        "description": "Birth date, gender, country and linked social accounts.",
        "requires_verification": False,
    },
    {
        "key": "useraddresses",
        "title": "Access address information",
        "description": "The postal addresses the person keeps in XWMS, for example for "
        "delivery or invoices. Your website can read them and keep them up to date for the "
        "person (add, change, remove).",
        "requires_verification": False,
    },
    {
        "key": "providers",
        "title": "Read providers",
        "description": "Which outside sign-in providers the person has linked to their XWMS "
        "account.",
        "requires_verification": True,
    },
)

# Fixed people for the login page; their `sub`s never change, so tests and demos can rely on them.
TEST_USERS = (
    {
        "sub": "xu_4f1c2b7e9a03d5e8",
        "name": "Ada Lovelace",
        "given_name": "Ada",
        "family_name": "Lovelace",
        "email": "ada.lovelace@example.net",
        "email_verified": True,
        "birth_date": "1990-12-10",
        "gender": "female",
        "country": "GB",
        "socials": {"github": "ada-example", "linkedin": "ada-lovelace-example"},
    },
    {
        "sub": "xu_8b3e0d6c1f27a9b4",
        "name": "Bram de Vries",
        "given_name": "Bram",
        "family_name": "de Vries",
        "email": "bram.devries@example.net",
        "email_verified": True,
        "birth_date": "1985-04-27",
        "gender": "male",
        "country": "NL",
        "socials": {"mastodon": "@bram@example.social"},
    },
    {
        "sub": "xu_c29a7f5e3b8d1064",
        "name": "Mei Chen",
        "given_name": "Mei",
        "family_name": "Chen",
        "email": "mei.chen@example.net",
        "email_verified": False,
        "birth_date": "2001-08-03",
        "gender": "other",
        "country": "SG",
        "socials": {},
    },
)

COUNTRIES = (
    ("AR", "Argentina"), ("AT", "Austria"), ("AU", "Australia"), ("BD", "Bangladesh"),
    ("BE", "Belgium"), ("BR", "Brazil"), ("CA", "Canada"), ("CH", "Switzerland"),
    ("CN", "China"), ("DE", "Germany"), ("DK", "Denmark"), ("EG", "Egypt"), ("ES", "Spain"),
    ("FI", "Finland"), ("FR", "France"), ("GB", "United Kingdom"), ("ID", "Indonesia"),
    ("IE", "Ireland"), ("IN", "India"), ("IT", "Italy"), ("JP", "Japan"), ("LU", "Luxembourg"),
    ("MA", "Morocco"), ("MX", "Mexico"), ("NL", "Netherlands"), ("NO", "Norway"),
    ("NZ", "New Zealand"), ("PL", "Poland"), ("PT", "Portugal"), ("RU", "Russia"),
    ("SA", "Saudi Arabia"), ("SE", "Sweden"), ("SG", "Singapore"), ("SR", "Suriname"),
    ("TR", "Turkey"), ("US", "United States"), ("ZA", "South Africa"),
)

PROJECTS = (
    {
        "id": "xwms",
        "name": "XWMS",
        "description": "Log in with XWMS: one account for many websites.",
        "url": "https://xwms.nl",
    },
    {
        "id": "xwms-docs",
        "name": "XWMS Developer Docs",
        "description": "Guides for adding Log in with XWMS to Laravel, Node and Python sites.",
        "url": "https://xwms.nl/docs",
    },
    {
        "id": "xwms-dashboard",
        "name": "XWMS Dashboard",
        "description": "Where account owners manage clients, domains, scopes and secrets.",
        "url": "https://xwms.nl/dashboard",
    },
)
