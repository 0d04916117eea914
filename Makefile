# councilkg — run `make help` for the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .councilkg/store
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help demo test lint bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP) ## Create the venv, build the bundled plans into $(STORE) and show what was built
	$(BIN)/councilkg build --store $(STORE)
	$(BIN)/councilkg plans --store $(STORE)
	$(BIN)/councilkg stats --store $(STORE)
	$(BIN)/councilkg validate --store $(STORE)

test: $(STAMP) ## Run the test suite (unit, end-to-end, CLI, doctests)
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff and mypy
	$(BIN)/ruff check councilkg tests bench
	$(BIN)/mypy

bench: $(STAMP) ## Measure build and query speed; writes bench/results/<date>.json
	$(BIN)/python bench/run.py

clean: ## Remove the venv, the demo store and caches
	rm -rf $(VENV) .councilkg .pytest_cache .ruff_cache .mypy_cache
