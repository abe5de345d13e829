# Nghe Dân — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PORT   ?= 5000
export FLASK_APP = app.py

.PHONY: run test setup setup-dev db demo translations lint bench clean browser fonts

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

setup: $(VENV)/.installed translations

setup-dev: $(VENV)/.installed-dev translations

translations: | $(BIN)/python
	$(BIN)/pybabel compile -d translations

db: setup
	$(BIN)/flask db upgrade

demo: db
	$(BIN)/flask seed-demo

## Set everything up (venv, dependencies, SQLite database, demo data) and serve on http://127.0.0.1:$(PORT)
run: demo fonts
	$(BIN)/flask run --host 127.0.0.1 --port $(PORT)

## Install what the tests need and run every test (DATABASE_URL=postgresql+psycopg://… to use PostgreSQL)
test: setup-dev browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# System packages from Debian, installed with apt when run as root: fonts with Vietnamese glyphs for the PDF
# documents, and (for the tests) Chromium for the browser tests — never a downloaded browser.
APT_INSTALL = { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y -qq $(1) >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $(1) >/dev/null; }; }; }

fonts:
	@[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || $(call APT_INSTALL,fonts-dejavu-core) || \
	  echo "fonts-dejavu-core not installed: PDF documents fall back to a font that may lack Vietnamese letters"

browser: fonts
	@command -v chromium >/dev/null 2>&1 || $(call APT_INSTALL,chromium) || \
	  echo "Chromium not installed: browser tests will be skipped (apt-get install -y chromium)"
