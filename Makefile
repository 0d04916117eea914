# councilkg — run `make help` for the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .councilkg/store
DEMO ?= demo
# Running councilkg needs only its dependencies; the tests, linters and benchmarks add the dev extra.
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.DEFAULT_GOAL := help
.PHONY: help demo test lint bench bench-5m bench-wild bench-reprint fuzz docs clean

# The help text is the "## " comment of each target, with $(STORE) and $(DEMO) written as their values.
help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) \
		| sed -e 's|$$(STORE)|$(STORE)|g' -e 's|$$(DEMO)|$(DEMO)|g' \
		| awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(DEV_STAMP) $(STAMP)

demo: $(STAMP) ## Create the venv with what running needs, build the bundled plans into $(STORE), show them, write thread views to $(DEMO)/
	$(BIN)/councilkg build --store $(STORE)
	$(BIN)/councilkg plans --store $(STORE)
	$(BIN)/councilkg stats --store $(STORE)
	$(BIN)/councilkg validate --store $(STORE)
	$(BIN)/councilkg appraisals load councilkg/data/appraisals/lambeth-2020-21-example.csv --store $(STORE)
	$(BIN)/councilkg thread CSOB05 --down --include-private --store $(STORE)
	$(BIN)/councilkg gaps --summary --store $(STORE)
	$(BIN)/councilkg view thread "Goal 3.3" --include-private -o $(DEMO)/thread-goal-3-3.html --store $(STORE)
	$(BIN)/councilkg view plan lambeth-childrens-directorate-plan-2020-21 -o $(DEMO)/plan-lambeth-2020-21.html --store $(STORE)

test: $(DEV_STAMP) ## Install the dev extra and run the test suite (unit, end-to-end, CLI, doctests); skips say why
	$(BIN)/python -m pytest -rs

lint: $(DEV_STAMP) ## ruff and mypy
	$(BIN)/ruff check councilkg tests bench
	$(BIN)/mypy

docs: $(STAMP) ## Regenerate docs/queries.md (every named query with its output on the bundled plans) and docs/vocabulary.md/.html (the vocabulary reference)
	$(BIN)/python -m councilkg.cli.catalogue docs/queries.md
	$(BIN)/python -m councilkg.cli.vocabulary docs

bench: $(DEV_STAMP) ## Measure the bundled plans, then synthetic corpora of 0.1M and 1M triples against raw pyoxigraph and rdflib; writes bench/results/
	$(BIN)/python bench/run.py
	$(BIN)/python bench/scale.py --sizes 0.1m,1m

bench-5m: $(DEV_STAMP) ## The 5M-triple corpus too (about an hour on 2 cores); adds to bench/results/<date>-scale.json
	$(BIN)/python bench/scale.py --sizes 5m --runs 2

bench-wild: $(DEV_STAMP) ## Score the reading engine on the wild corpus of real councils' plans; writes bench/results/<date>-wild.json
	$(BIN)/python bench/wild.py --speed

bench-reprint: $(DEV_STAMP) ## Read each released wild-corpus plan printed other ways (bullets, tabs, blank lines, capitals, wrapping): items read the same, lost, gained; writes bench/results/<date>-reprint.json
	$(BIN)/python bench/reprint.py

fuzz: $(DEV_STAMP) ## A 12-minute fuzz campaign over the parsing core, every loader and the endpoint; writes bench/results/<date>-fuzz.json
	$(BIN)/python bench/fuzz.py --minutes 12

clean: ## Remove the venv, the demo store and caches
	rm -rf $(VENV) .councilkg $(DEMO) .pytest_cache .ruff_cache .mypy_cache bench/corpus
