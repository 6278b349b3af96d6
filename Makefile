# openai_client: `make test` and `make demo` set up everything they need in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)

SPEC := openapi.yaml
PACKAGE := openai_client

.PHONY: all setup python-check generate check templates-diff lint typecheck unit test test-deep demo bench spec-drift clean

all: test

# One line when the interpreter is too old, instead of a resolver error later.
python-check:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null || \
		{ echo "openai_client needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) -c 'import platform; print("Python", platform.python_version())' 2>/dev/null || echo "not a working Python"): run make PYTHON=python3.11 (or newer)"; exit 1; }

# Which interpreter made a venv: its base installation and version.
PYTHON_ID := import sys; print(sys.base_prefix, sys.version_info[:3])

$(STAMP): requirements/dev.txt requirements/constraints.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt -c requirements/constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
	touch $(STAMP)

# A .venv made by another interpreter (another version, or one since removed) is rebuilt, not reused.
setup: python-check
	@if [ -d $(VENV) ] && [ "$$($(BIN)/python -c '$(PYTHON_ID)' 2>/dev/null)" != "$$($(PYTHON) -c '$(PYTHON_ID)')" ]; then \
		echo "rebuilding $(VENV): it was made by another Python"; rm -rf $(VENV); fi
	@$(MAKE) --no-print-directory -s $(STAMP)

# Regenerate openai_client/api/ and openai_client/models/ from openapi.yaml (into a temporary
# directory first, then swapped in); the package's handwritten modules are never touched.
generate: setup
	$(BIN)/python codegen/generate.py $(SPEC) --output $(PACKAGE)

# Regenerate into a temporary directory and fail if a generated file differs from what is committed.
check: setup
	$(BIN)/python codegen/generate.py $(SPEC) --check $(PACKAGE)

# How each custom template differs from the pinned generator's default (for upgrades).
templates-diff: setup
	$(BIN)/python codegen/template_diff.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check --exclude $(PACKAGE)/api --exclude $(PACKAGE)/models .

typecheck: setup
	$(BIN)/mypy $(PACKAGE) openai_client_helpers tests codegen examples bench

# Two workers: the machine's two cores (pytest-xdist). The slow packaging checks (a wheel
# built and installed, the generator run on a changed spec) wait for `make test-deep`.
unit: setup
	$(BIN)/python -m pytest -q -n 2 -m "not slow"

test: lint typecheck check unit

# What changed upstream, by meaning: make spec-drift UPSTREAM=path/to/openapi.yaml
spec-drift: setup
	@if [ -z "$(UPSTREAM)" ]; then echo "usage: make spec-drift UPSTREAM=path/to/openai-openapi.yaml"; exit 2; fi
	$(BIN)/python codegen/spec_drift.py "$(UPSTREAM)"

# Everything, deeper: the slow packaging checks, and many more property-based examples.
test-deep: setup
	HYPOTHESIS_PROFILE=deep $(BIN)/python -m pytest -q -n 2

demo: setup
	$(BIN)/python examples/demo.py

bench: setup
	$(BIN)/python bench/bench.py

clean:
	rm -rf build $(VENV)
