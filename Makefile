# openai_client: `make test` and `make demo` set up everything they need in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)

SPEC := openapi.yaml
PACKAGE := openai_client
BUILD := build

.PHONY: all setup generate check lint typecheck unit test demo bench clean

all: test

$(STAMP): requirements/dev.txt requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt -c requirements/constraints.txt
	touch $(STAMP)

setup: $(STAMP)

# Regenerate openai_client/ from openapi.yaml (into $(BUILD)/out first, then swap in).
generate: $(STAMP)
	$(BIN)/python codegen/generate.py $(SPEC) --output $(PACKAGE)

# Regenerate into a temporary directory and fail if it differs from what is committed.
check: $(STAMP)
	$(BIN)/python codegen/generate.py $(SPEC) --check $(PACKAGE)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check --exclude $(PACKAGE) .

typecheck: $(STAMP)
	$(BIN)/mypy $(PACKAGE) openai_client_helpers tests codegen examples bench

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck check unit

demo: $(STAMP)
	$(BIN)/python examples/demo.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/bench.txt -c requirements/constraints.txt
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(BUILD) $(VENV)
