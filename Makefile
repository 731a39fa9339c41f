# Two commands matter: `make run` (serve everything on http://localhost:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test lint bench bench-matching index clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

# serving needs no torch: the default encoder is the bundled e5 on ONNX Runtime
$(VENV)/.run-installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	touch $@

# sentence-transformers needs torch: take the machine's local CPU build first
$(VENV)/.dev-installed: pyproject.toml clients/python/pyproject.toml | $(PY)
	$(PIP) install torch==2.13.0
	$(PIP) install -e '.[dev,st]'
	$(PIP) install -e clients/python
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(PY) -m trajectoires.cli run

index: $(VENV)/.run-installed
	$(PY) -m trajectoires.cli index

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy shared services trajectoires
	$(VENV)/bin/lint-imports

test: lint
	$(VENV)/bin/pytest

# the Python client of the public API, generated from the gateway's OpenAPI document
client: $(VENV)/.dev-installed
	$(PY) -m gateway.openapi clients/openapi.json
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" sh clients/generate.sh clients/openapi.json clients/python

bench: $(VENV)/.dev-installed
	$(PY) -m bench.skeleton

# métier recall, offer filters, ingestion, latency, index size (stop `make run` first)
bench-matching: $(VENV)/.dev-installed
	$(PY) -m bench.matching

clean:
	rm -rf $(VENV) .data
