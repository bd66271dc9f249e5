# Everyday targets. Only Python 3.11 is needed on a fresh machine: the first target
# that needs the environment creates .venv and installs the project into it, with the
# exact versions and hashes of requirements.lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
LOCK := requirements.lock
# The lock is resolved as the package index stood on this day, so `make lock` gives the same
# file until pyproject.toml changes (move the date forward to take newer releases).
LOCK_DATE := 2026-12-04T00:00:00Z
LOCK_ARGS := pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes \
	--exclude-newer $(LOCK_DATE) --no-header --quiet
# JupyterLab refuses to run as root unless told; pass the flag only when we are root.
ROOT_FLAG := $(shell [ "$$(id -u)" = "0" ] && echo --allow-root)

.PHONY: install bytecode run build notebooks briefs test lint format bench lab clean lock lock-check

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	@# --no-deps: the lock is the whole closure, pinned with hashes, so nothing is left to
	@# resolve. Resolving again made pip 23 look for the newest release that satisfies an
	@# extra (justext asks for lxml[html_clean]), which hash mode then refuses as unpinned.
	@# `pip check` fails the install if the lock ever misses a dependency.
	$(BIN)/pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/pip check
	$(BIN)/pip install --quiet --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	@# The same wheels, kept for the test that installs the lock into a fresh environment
	@# offline (tests/test_install.py); pip serves them from its cache.
	$(BIN)/pip download --quiet --no-deps --require-hashes -r $(LOCK) -d $(VENV)/wheelhouse 2>/dev/null
	touch $(STAMP)

install: $(STAMP)

## bytecode: the package's modules compiled to __pycache__, even where PYTHONDONTWRITEBYTECODE
## is set (pip byte-compiles a normal install, never an editable one): without it every
## process compiles the ~70 modules' source again, about 0.15 s before its first line of work
bytecode: $(STAMP)
	@$(PY) -m compileall -q cwlib

## lock: re-resolve requirements.lock from pyproject.toml, and environment.yml from the lock
lock: $(STAMP)
	$(BIN)/uv pip compile $(LOCK_ARGS) -o $(LOCK)
	$(PY) scripts/lock_environment.py

## lock-check: fail if `make lock` would change the lock (CI runs it)
lock-check: $(STAMP)
	@# Start from the committed lock, as `make lock` does: uv keeps the pins it finds in the
	@# output file, so a release newer than a pin changes nothing until someone relocks.
	cp $(LOCK) $(VENV)/lock-check.txt
	$(BIN)/uv pip compile $(LOCK_ARGS) -o $(VENV)/lock-check.txt
	diff -u $(LOCK) $(VENV)/lock-check.txt

## run: rebuild data/clean from data/raw, execute the notebooks to reports/, write the briefs
run: build notebooks briefs

build: $(STAMP) bytecode
	$(BIN)/cwlib build

notebooks: $(STAMP) bytecode
	$(BIN)/cwlib report

briefs: $(STAMP) bytecode
	$(BIN)/cwlib brief --lang en -o reports/brief_en.xlsx
	$(BIN)/cwlib brief --lang lt -o reports/brief_lt.xlsx

## test: every test (unit, golden, genre texts, notebooks, workbooks) plus lint
test: $(STAMP) bytecode
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP) bytecode
	$(PY) benchmarks/run.py

lab: $(STAMP) bytecode
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/

clean:
	rm -rf reports .pytest_cache .hypothesis
