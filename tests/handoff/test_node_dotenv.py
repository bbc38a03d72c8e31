"""Node's dotenv (npm, v16/v17) reads the handoff .env files exactly as python-dotenv does."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from dotenv import dotenv_values
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.handoff import (
    ENV_KEYS,
    PLAIN_ENV,
    SECRET,
    TODAY,
    env_value,
    handoff_facts,
    plain_facts,
    secret_values,
)
from xwms_wizard.handoff import write_bundle
from xwms_wizard.handoff.dotenv import EnvEntry, render_env_with_notes


def test_installed_dotenv_is_a_supported_version(node_dotenv):
    assert node_dotenv.version.split(".")[0] in {"16", "17"}


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({key: env_value for key in ENV_KEYS}))
def test_node_reads_every_written_value_exactly(node_dotenv, values):
    text, refused = render_env_with_notes([EnvEntry(k, v, "comment") for k, v in values.items()])
    refused_keys = {r.key for r in refused}
    expected = {k: "" if k in refused_keys else v for k, v in values.items()}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ".env"
        path.write_bytes(text.encode("utf-8"))
        (node,) = node_dotenv.parse([path])
    assert node == expected
    assert dict(dotenv_values(stream=io.StringIO(text))) == expected


@settings(max_examples=60, deadline=None)
@given(facts=handoff_facts(), secret=secret_values, include=st.booleans())
def test_node_and_python_agree_on_whole_bundles(node_dotenv, facts, secret, include):
    with tempfile.TemporaryDirectory() as folder:
        result = write_bundle(
            facts, folder, secret=secret, include_secret=include, today=TODAY
        )
        env, example = result.path / ".env", result.path / ".env.example"
        node_env, node_example = node_dotenv.parse([env, example])
        assert node_env == dotenv_values(env)
        assert node_example == dotenv_values(example)
    # A practice bundle also names the starters' local callback.
    assert set(node_env) == set(ENV_KEYS) | ({"XWMS_LOCAL_REDIRECT_URI"} if facts.sandbox else set())
    assert node_example["XWMS_CLIENT_SECRET"] == ""
    assert (node_env["XWMS_CLIENT_SECRET"] == secret) == result.secret_included


def test_node_reads_a_real_bundle(node_dotenv, tmp_path):
    result = write_bundle(plain_facts(), tmp_path, secret=SECRET, include_secret=True)
    (node,) = node_dotenv.parse([result.path / ".env"])
    assert node == PLAIN_ENV
