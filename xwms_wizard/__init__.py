"""xwms-wizard: a desktop setup wizard for Log in with XWMS."""

__version__ = "0.1.0"
