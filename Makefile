# Quick start: `make run` opens the wizard on the practice sandbox; `make test` runs every test headless.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PACKAGE_STAMP := $(VENV)/.package-stamp

.PHONY: leak-mutations run test lint sandbox example-bundle live-checklist screenshots package clean translations update-translations

$(STAMP): pyproject.toml setup.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The compiled catalogues (.qm, build output, not committed) from the .ts sources, into build/qm/
# where a source checkout finds them (xwms_wizard/paths.py); a wheel gets its own from setup.py.
TS_DIR := resources/translations
QM_DIR := build/qm
TS_FILES := $(wildcard $(TS_DIR)/*.ts)
QM_FILES := $(patsubst $(TS_DIR)/%.ts,$(QM_DIR)/%.qm,$(TS_FILES))

$(QM_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	@mkdir -p $(QM_DIR)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# New or changed strings in xwms_wizard/gui into every .ts (then translate them, then `make translations`).
update-translations: $(STAMP)
	$(PY) scripts/translations.py update

# The system packages first: Qt's, and what its window plugin needs on a real display (the
# fixed list, and what `ldd` says the installed plugin lacks); as root installed, else printed.
run: $(STAMP) translations
	VENV=$(VENV) scripts/system-packages.sh qt display
	$(VENV)/bin/xwms-wizard --sandbox

# The system packages first (as root: installed; otherwise the command is printed).
test: $(STAMP) translations
	scripts/system-packages.sh qt browser
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Plant each known kind of secret leak in a copy of the tree and show the leak tests catch it.
leak-mutations: $(STAMP)
	$(PY) scripts/leak_mutations.py

# ruff, then the layer contracts of pyproject.toml's [tool.importlinter] (import-linter).
lint: $(STAMP)
	$(VENV)/bin/ruff check xwms_wizard tests scripts benchmarks packaging
	$(VENV)/bin/lint-imports

sandbox: $(STAMP)
	$(VENV)/bin/xwms-wizard sandbox --port 0

# A real bundle from the example plan (secret left out), for reviewers to read.
example-bundle: $(STAMP)
	rm -rf docs/example-handoff
	tmp=$$(mktemp -d) && \
	XWMS_WIZARD_DATA_DIR=$$tmp/data $(VENV)/bin/xwms-wizard apply examples/plan.toml --sandbox --export $$tmp/out && \
	mv $$tmp/out/xwms-handoff-* docs/example-handoff && rm -rf $$tmp

# The XWMS dashboard checklist for the example plan (what `apply --live` writes), for reviewers.
live-checklist: $(STAMP)
	tmp=$$(mktemp -d) && \
	XWMS_WIZARD_DATA_DIR=$$tmp/data $(VENV)/bin/xwms-wizard apply examples/plan.toml --live --export $$tmp/out > /dev/null && \
	mv $$tmp/out/xwms-dashboard-checklist-*.md docs/live-checklist-example.md && rm -rf $$tmp

# Every page of the wizard, filled in, rendered offscreen to docs/screenshots/ (for the README);
# `make screenshots LANG=nl` renders them in Dutch into docs/screenshots/nl/. Only a LANG given
# on the command line counts, not the shell's locale.
SHOT_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),)
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py $(if $(SHOT_LANG),--lang $(SHOT_LANG),)

# The one-folder app for this OS in dist/ (PyInstaller), then its self-test offscreen.
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	scripts/system-packages.sh qt build
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
