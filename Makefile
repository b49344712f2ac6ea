# Two commands are all a newcomer needs: `make build` and `make test`.
# Both create .venv and install the project into it when it is missing or stale.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CLI    := $(VENV)/bin/zone-measures
STAMP  := $(VENV)/.installed
GOLD   ?= evaluation/gold/seeds.jsonl

.PHONY: help build test test-slow eval report export notebook bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Bytecode written ahead: where PYTHONDONTWRITEBYTECODE is set (some shells and CI images), every
# process would otherwise compile the pipeline's sources again (~0.25 s CPU a process);
# compileall skips what is up to date, and Python checks each .pyc against its source's mtime.
BYTECODE := $(PY) -m compileall -q pipeline

build: $(STAMP)  ## build seeds/ into data/ (Parquet, codebook.md, report.html)
	@$(BYTECODE)
	$(CLI) build seeds --out data

test: $(STAMP)  ## the whole test suite: in two processes (pytest-xdist), then the tests that time themselves, alone
	$(PY) -m pytest -q -n 2 --dist loadfile -m "not slow and not serial"; parallel=$$?; \
	$(PY) -m pytest -q -m serial && exit $$parallel

test-slow: $(STAMP)  ## the long property-test run (>= 10,000 examples)
	$(PY) -m pytest -q -m slow

eval: build  ## score data/ against the seeds' gold files
	$(CLI) eval --gold $(GOLD) --data data

report: $(STAMP)  ## write data/report.html again from data/*.parquet
	$(CLI) report --data data

export: build  ## data/export/: CSV (UTF-8 with BOM), Stata .dta, SQLite
	$(CLI) export --data data

notebook: build  ## run notebooks/explore.ipynb on data/, executed copy in data/explore.ipynb
	$(PY) notebooks/execute.py data data/explore.ipynb

bench: $(STAMP)  ## throughput, memory and jieba ratio at 10 and 100 MB (BENCH_ARGS=--gb adds 1 GB)
	$(PY) bench/run.py $(BENCH_ARGS)

clean:  ## remove outputs and the virtualenv
	rm -rf data test-artifacts $(VENV)
