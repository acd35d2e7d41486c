# Two commands on a fresh machine (Python >= 3.10 with venv):
#   make demo   set up .venv and run the batch helper over samples/ into out/samples.jsonl
#   make test   set up .venv and run the tests (README doctest included)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml $(shell find src models -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: demo test model quality speed clean

$(VENV)/.installed: $(SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test,dask]"
	touch $@

demo: $(VENV)/.installed
	mkdir -p out
	$(BIN)/pressextract batch samples -o out/samples.jsonl

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# Rebuild models/ from the sources (vocabularies and component settings); commit the result.
model: $(VENV)/.installed
	$(BIN)/python -m pressextract.rebuild

# Measurements on the shared corpora: SHARED=../shared by default.
SHARED ?= ../shared
quality: $(VENV)/.installed
	$(BIN)/python benchmarks/quality.py $(SHARED)

speed: $(VENV)/.installed
	$(BIN)/python benchmarks/speed.py $(SHARED)/corpora/press

clean:
	rm -rf $(VENV) out build dist .pytest_cache
