# discogs-openapi: spec -> generated client -> overlay. `make` builds and demos; `make test` checks all.
SHELL := /bin/bash
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
# The generator's post hooks call ruff by name: put the pinned one first on PATH.
export PATH := $(BIN):$(PATH)

SPEC := openapi/discogs.yaml
GENERATED := generated/discogs_api_client
STAMP := $(VENV)/.installed-stamp
WHEELHOUSE := $(VENV)/wheelhouse
# Node tooling pinned in js/package-lock.json; npm ci refreshes js/node_modules when the lock changes.
JS_BIN := js/node_modules/.bin
JS_STAMP := js/node_modules/.package-lock.json
# No usage telemetry or update check from the CLI.
REDOCLY := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(JS_BIN)/redocly
TS_TYPES := build/ts/discogs.ts
DOCS_HTML := build/docs/index.html

.PHONY: all setup generate check-generated lint spec-lint spec-ts docs pytest test dist release \
	release-preflight record drift demo bench clean

all: setup generate dist demo

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==26.3
	$(BIN)/python -m pip install --quiet --group dev -e .
	@# The runtime dependencies' wheels at the versions just installed: the release round-trip
	@# test serves them from its local index, which has no way out to PyPI.
	$(BIN)/python -m pip freeze --exclude-editable > $(VENV)/constraints.txt
	$(BIN)/python -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
	  --dest $(WHEELHOUSE) -c $(VENV)/constraints.txt $$($(BIN)/python scripts/release.py requirements)
	touch $@

$(JS_STAMP): js/package-lock.json
	npm ci --prefix js --no-audit --no-fund
	touch $@

generate: $(STAMP)
	$(BIN)/python scripts/regenerate.py

check-generated: $(STAMP)
	@# The committed stamp must name the inputs at hand, and regenerating must change nothing.
	$(BIN)/python scripts/regenerate.py --verify
	$(BIN)/python scripts/regenerate.py
	@# Compared with the index (HEAD on a clean clone): staged regenerated files count as clean.
	@drift=$$(git diff --name-only -- generated/; git ls-files --others --exclude-standard -- generated/); \
	if [ -n "$$drift" ]; then \
	  echo "generated/ differs from what the spec and templates produce:"; echo "$$drift"; \
	  git --no-pager diff --stat -- generated/; exit 1; \
	fi
	@echo "generated/ is up to date"

lint: $(STAMP)
	$(BIN)/ruff check overlay scripts tests examples
	$(BIN)/ruff format --check overlay scripts tests examples
	$(BIN)/mypy overlay/discogs_openapi tests/typing_example.py tests/typing_namespaces.py examples

spec-lint: $(STAMP) $(JS_STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)
	$(REDOCLY) lint --config openapi/redocly.yaml $(SPEC)

# TypeScript types from the spec, type-checked against js/usage.ts (which imports them).
spec-ts: $(JS_STAMP)
	@mkdir -p $(dir $(TS_TYPES))
	@$(JS_BIN)/openapi-typescript $(SPEC) --output $(TS_TYPES) >/dev/null
	$(JS_BIN)/tsc --strict --noEmit -p js/tsconfig.json

# One offline HTML page: Redoc inlined (no CDN), its telemetry off.
docs: $(JS_STAMP)
	@mkdir -p $(dir $(DOCS_HTML))
	$(REDOCLY) build-docs $(SPEC) --inlineBundle --openapi.disableTelemetry=true --output $(DOCS_HTML)

pytest: $(STAMP)
	$(BIN)/python -m pytest

# spec-ts and docs are built and checked by pytest (tests/test_spec_ts.py, tests/test_docs.py).
# check-generated rewrites generated/, so it runs first and alone; the linters then run beside
# pytest, which leaves most of the second core idle (each target's output is printed whole).
test: check-generated
	@$(MAKE) --no-print-directory -j2 --output-sync=target lint spec-lint pytest

dist: $(STAMP)
	rm -rf dist
	@# No build isolation: the venv's pinned hatchling builds it, with no download.
	$(BIN)/python -m build --no-isolation --outdir dist . >/dev/null
	$(BIN)/twine check --strict dist/*
	$(BIN)/python scripts/release.py check-dist

# Publish to the index in TWINE_REPOSITORY_URL (credentials in TWINE_USERNAME, TWINE_PASSWORD).
# RELEASE_SKIP_TEST=1 is for the round-trip test alone, which is itself a part of `make test`.
# DRIFT_REPORT=report.json (optional, from `scripts/drift.py DIR --json`): no release while the
# live API contradicts the spec.
release: release-preflight check-generated $(if $(RELEASE_SKIP_TEST),,test) dist
	$(BIN)/python scripts/release.py upload

release-preflight: $(STAMP)
	$(if $(DRIFT_REPORT),$(BIN)/python scripts/drift.py --gate $(DRIFT_REPORT))
	$(BIN)/python scripts/release.py preflight

# Record the live API read-only into OUT with the credentials in the environment (DISCOGS_TOKEN,
# or the OAuth variables); RECORD_ARGS adds seeds and options (see scripts/record.py --help).
record: $(STAMP)
	@test -n "$(OUT)" || { echo "usage: make record OUT=folder [RECORD_ARGS='--release 249504 ...']"; exit 2; }
	$(BIN)/python scripts/record.py $(OUT) $(RECORD_ARGS)

# Check a folder of recordings against the spec: exit 1 when the spec contradicts an answer.
drift: $(STAMP)
	@test -n "$(DIR)" || { echo "usage: make drift DIR=folder [DRIFT_ARGS=--json]"; exit 2; }
	$(BIN)/python scripts/drift.py $(DIR) $(DRIFT_ARGS)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

bench: $(STAMP)
	for script in scripts/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
