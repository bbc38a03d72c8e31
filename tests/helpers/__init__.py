"""Shared test helpers (fakes that stand in for what this machine lacks)."""
