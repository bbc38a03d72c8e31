"""The starter apps in the handoff bundle: copied from resources/starters as they are, in the
folder and the zip, never with the secret or a stray .env; shipped by the wheel and the frozen
app; named in HANDOFF.md. (tests/browser/test_starters.py logs in with them for real.)"""

from __future__ import annotations

import importlib.util
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers.handoff import NAME, PLAIN_ENV, SECRET, TODAY, plain_facts
from xwms_wizard.handoff import bundle as bundle_module
from xwms_wizard.handoff import write_bundle
from xwms_wizard.paths import resource_dir

ROOT = Path(__file__).resolve().parents[2]
LANGS = {"python": "app.py", "node": "app.js", "php": "index.php"}


def starter_sources() -> dict[str, bytes]:
    root = resource_dir("starters")
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()
    }


def test_every_starter_is_in_the_bundle_as_it_is(out):
    sources = starter_sources()
    assert {f"{lang}/{app}" for lang, app in LANGS.items()} <= set(sources)
    assert {f"{lang}/README.md" for lang in LANGS} <= set(sources)
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True, today=TODAY,
                          make_zip=True)
    starters = result.path / "starters"
    for relative, data in sources.items():
        assert (starters / relative).read_bytes() == data, relative
    with zipfile.ZipFile(result.zip_path) as archive:
        for relative, data in sources.items():
            assert archive.read(f"{NAME}/starters/{relative}") == data, relative
    # The starters sit two folders below the .env they read.
    for lang in LANGS:
        assert (starters / lang).parent.parent / ".env" == result.path / ".env"


def test_no_starter_file_holds_the_secret_or_any_value(out):
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True, today=TODAY,
                          make_zip=True)
    assert result.secret_included
    values = [v for k, v in PLAIN_ENV.items() if k != "XWMS_API_URI" and k != "XWMS_API_URL"]
    files = [p for p in (result.path / "starters").rglob("*") if p.is_file()]
    assert len(files) == len(starter_sources())
    for path in files:
        data = path.read_bytes()
        assert SECRET.encode() not in data, path
        for value in values:  # they read the .env at run time; nothing is written into them
            assert value.encode() not in data, (path, value)
    with zipfile.ZipFile(result.zip_path) as archive:
        for member in archive.namelist():
            if "/starters/" in member:
                assert SECRET.encode() not in archive.read(member), member


def test_a_stray_env_or_cache_in_the_sources_is_not_copied(out, tmp_path, monkeypatch):
    copy = tmp_path / "resources" / "starters"
    shutil.copytree(resource_dir("starters"), copy)
    (copy / "python" / ".env").write_text("XWMS_CLIENT_SECRET='a developer secret'\n")
    (copy / "python" / "__pycache__").mkdir()
    (copy / "python" / "__pycache__" / "app.cpython-311.pyc").write_bytes(b"\0")
    (copy / "node" / "node_modules").mkdir()
    (copy / "node" / "node_modules" / "x.js").write_text("")
    monkeypatch.setattr(bundle_module, "resource_dir",
                        lambda kind: copy if kind == "starters" else resource_dir(kind))
    result = write_bundle(plain_facts(), out, today=TODAY)
    written = {p.relative_to(result.path / "starters").as_posix()
               for p in (result.path / "starters").rglob("*") if p.is_file()}
    assert written == set(starter_sources())


def test_missing_starters_are_a_broken_installation(out, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "resource_dir",
                        lambda kind: tmp_path / "nowhere" if kind == "starters"
                        else resource_dir(kind))
    with pytest.raises(FileNotFoundError, match="starter apps are missing"):
        write_bundle(plain_facts(), out, today=TODAY)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("language", ["en", "nl"])
def test_handoff_md_tells_how_to_try_the_starters(out, language):
    result = write_bundle(plain_facts(), out, today=TODAY, language=language)
    text = (result.path / "HANDOFF.md").read_text("utf-8")
    heading = {"en": "## Try it on your own computer",
               "nl": "## Probeer het op je eigen computer"}[language]
    assert heading in text
    for command in ("`python3 app.py`", "`node app.js`", "`php -S 127.0.0.1:8000 index.php`"):
        assert command in text
    for lang in LANGS:
        assert f"`starters/{lang}`" in text
    assert "`XWMS_LOCAL_REDIRECT_URI`" in text


@pytest.mark.slow
def test_the_wheel_and_the_frozen_app_ship_the_starters(tmp_path):
    found = importlib.util.spec_from_file_location("setup_script", ROOT / "setup.py")
    setup_script = importlib.util.module_from_spec(found)
    found.loader.exec_module(setup_script)  # not __main__: defines, does not run setup()
    dest = tmp_path / "xwms_wizard" / "_resources"
    staged = {p.relative_to(dest).as_posix() for p in setup_script.stage_resources(dest)}
    assert {f"starters/{relative}" for relative in starter_sources()} <= staged
    spec = (ROOT / "packaging" / "xwms-wizard.spec").read_text("utf-8")
    assert '(str(RESOURCES / "starters"), f"{PACKAGED}/starters")' in spec
