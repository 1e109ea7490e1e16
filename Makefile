# The two commands of the README: `make run` (ingest the seeds, serve the API on the
# embedded engine) and `make test` (the whole test suite). Each sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test bench install install-test lint-tools browser wrk serve stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test lint-tools browser

# Debian's Chromium for the browser tests (root on CI; a developer without it sees the tests
# fail with what to install). Playwright drives it; it downloads no browser of its own.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "chromium is missing: sudo apt-get install chromium" >&2; fi; }

tools/cypher-lint/node_modules/.package-lock.json: tools/cypher-lint/package-lock.json
	cd tools/cypher-lint && npm ci --no-audit --no-fund --loglevel=error

lint-tools: tools/cypher-lint/node_modules/.package-lock.json

# Debian's wrk, the load generator of the API benchmark (without it, Python threads stand in).
wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null; \
	  else echo "wrk is missing (sudo apt-get install wrk); Python threads will load the API" >&2; fi; }

# The benchmarks of docs/scaling.md, printing their figures (ARGS="--only api" for one part).
bench: $(VENV)/.installed-test wrk
	$(BIN)/python -m bench.run $(ARGS)

run: install
	$(BIN)/diplograph ingest seeds
	$(BIN)/diplograph serve --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest

stop:
	$(BIN)/diplograph db stop

clean:
	rm -rf $(VENV) tools/cypher-lint/node_modules
