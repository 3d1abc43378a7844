# discogs-openapi: spec -> generated client -> overlay. `make` builds and demos; `make test` checks all.
SHELL := /bin/bash
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# The generator's post hooks call ruff by name: put the pinned one first on PATH.
export PATH := $(BIN):$(PATH)

SPEC := openapi/discogs.yaml
GENERATED := generated/discogs_api_client
REDOCLY := @redocly/cli@2.77.0
STAMP := $(VENV)/.installed-stamp

.PHONY: all setup generate check-generated lint spec-lint pytest test dist demo bench clean

all: setup generate dist demo

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==26.3
	$(BIN)/python -m pip install --quiet --group dev -e .
	touch $@

generate: $(STAMP)
	$(BIN)/python scripts/regenerate.py

check-generated: generate
	@# Compared with the index (HEAD on a clean clone): staged regenerated files count as clean.
	@drift=$$(git diff --name-only -- generated/; git ls-files --others --exclude-standard -- generated/); \
	if [ -n "$$drift" ]; then \
	  echo "generated/ differs from what the spec and templates produce:"; echo "$$drift"; \
	  git --no-pager diff --stat -- generated/; exit 1; \
	fi
	@echo "generated/ is up to date"

lint: $(STAMP)
	$(BIN)/ruff check overlay scripts tests
	$(BIN)/ruff format --check overlay scripts tests
	$(BIN)/mypy overlay/discogs_openapi tests/typing_example.py

spec-lint: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)
	npx --yes $(REDOCLY) lint --config openapi/redocly.yaml $(SPEC)

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: check-generated lint spec-lint pytest

dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

bench: $(STAMP)
	for script in scripts/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
