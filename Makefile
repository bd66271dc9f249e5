# Everyday targets. Only Python 3.11 is needed on a fresh machine: the first target
# that needs the environment creates .venv and installs the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# JupyterLab refuses to run as root unless told; pass the flag only when we are root.
ROOT_FLAG := $(shell [ "$$(id -u)" = "0" ] && echo --allow-root)

.PHONY: install run build notebooks briefs test lint format bench lab clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

install: $(STAMP)

## run: rebuild data/clean from data/raw, execute the notebooks to reports/, write the briefs
run: build notebooks briefs

build: $(STAMP)
	$(BIN)/cwlib build

notebooks: $(STAMP)
	$(BIN)/cwlib report

briefs: $(STAMP)
	$(BIN)/cwlib brief --lang en -o reports/brief_en.xlsx
	$(BIN)/cwlib brief --lang lt -o reports/brief_lt.xlsx

## test: every test (unit, golden, genre texts, notebooks, workbooks) plus lint
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(PY) benchmarks/run.py

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/

clean:
	rm -rf reports .pytest_cache .hypothesis
