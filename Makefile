# Repatria: `make run` and `make test` each do all of the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= var/demo.db
DEMO_PERSONS ?= 100000
DEMO_SEED ?= 1

.PHONY: install run demo test lint bench clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/repatria --db $(DEMO_DB) demo --persons $(DEMO_PERSONS) --seed $(DEMO_SEED)

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(BIN)/repatria --db $(DEMO_DB) gui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache

# Translations, Qt Linguist's cycle: lupdate brings the .ts up to date with the sources (new
# strings unfinished), translators edit resources/translations/repatria_uk.ts in Qt Linguist
# (pyside6-linguist), lrelease compiles the .qm the app loads. English holds only its plural forms.
translations: $(STAMP)
	$(BIN)/python -m resources.translations.lupdate
