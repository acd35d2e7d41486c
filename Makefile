# Two commands on a fresh machine (Python >= 3.10 with venv):
#   make demo   set up .venv and run the batch helper over samples/ into out/samples.jsonl
#   make test   set up .venv and run the tests (README doctest included)
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml $(shell find src models -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: demo test model quality speed clean

# pip's own lines, less the noise: what it collects and installs shows that setup is moving.
$(VENV)/.installed: $(SOURCES)
	@echo "== setting up $(VENV): pressextract, spaCy, Natasha and their models (about a minute the first time)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install ".[test,dask]" 2>&1 \
		| grep --line-buffered -E '^(Collecting|Building|Installing|Successfully|ERROR|error)' \
		| sed -u -e 's/^/   /'
	@touch $@
	@echo "== $(VENV) is ready"

demo: $(VENV)/.installed
	@mkdir -p out
	@echo "== extracting samples/ into out/samples.jsonl (loading the models takes a few seconds)"
	$(BIN)/pressextract batch samples -o out/samples.jsonl
	@$(BIN)/python scripts/demo_summary.py out/samples.jsonl

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# Rebuild models/ from the sources (vocabularies and component settings); commit the result.
model: $(VENV)/.installed
	$(BIN)/python -m pressextract.rebuild

# Measurements on the shared corpora: SHARED=../shared by default.
SHARED ?= ../shared
quality: $(VENV)/.installed
	$(BIN)/python benchmarks/quality.py $(SHARED)
	$(BIN)/python benchmarks/quality.py $(SHARED) --facts

speed: $(VENV)/.installed
	$(BIN)/python benchmarks/speed.py $(SHARED)/corpora/press

clean:
	rm -rf $(VENV) out build dist .pytest_cache
