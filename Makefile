# Everything runs inside .venv, created on first use from requirements.txt.
# Needs only Python 3.11 and make.

PYTHON ?= python3.11
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(BIN):$(PATH)

# A pre-filled Keras cache (datasets and weights), even read-only, makes every target work
# offline: it is linked into a writable .keras_home/. Its place is KERAS_CACHE in
# src/dlcourse/settings.py (read here before the venv exists); override with `make KERAS_CACHE=/path`.
ifeq ($(origin KERAS_CACHE), undefined)
KERAS_CACHE := $(shell sed -n 's/^KERAS_CACHE = "\(.*\)"$$/\1/p' src/dlcourse/settings.py)
endif
ifeq ($(origin KERAS_HOME), undefined)
ifneq ($(wildcard $(KERAS_CACHE)),)
export KERAS_HOME := $(abspath .keras_home)
KERAS_HOME_STAMP := .keras_home/keras.json
endif
endif

ASSIGNMENTS := $(notdir $(patsubst %/,%,$(dir $(wildcard solutions/*/*.ipynb))))

.PHONY: help setup book test lint test-gpu test-backend exercises lab bench bench-grading grade mutation verdicts student-pack colab-cells test-bare clean clean-notebooks

help:
	@echo "make book        build the website into _build/html (creates .venv on first use)"
	@echo "make test        run the whole test suite"
	@echo "make lint        ruff check and ruff format --check (pyproject.toml's [tool.ruff])"
	@echo "make exercises   regenerate exercises/ from solutions/ with nbgrader"
	@echo "make lab         open JupyterLab on the course"
	@echo "make bench       run every notebook under nbval, alone, and write reports/bench.md from its record"
	@echo "make grade A=a01_ann   autograde submitted/*/a01_ann/ (sandboxed), export grades.csv and feedback"
	@echo "make bench-grading     time dlcourse grade against sequential nbgrader autograde"
	@echo "make mutation          mutmut's mutants of every reference solution, scored by the tests: reports/mutation.md"
	@echo "make verdicts A=a01_ann   the solution, release, variants and mutants of one assignment, scored"
	@echo "make student-pack      what students get (book notebooks, exercises, helpers; no answers) in _build/student-pack.zip"
	@echo "make test-gpu          every notebook under nbval on a GPU (fails at once without one)"
	@echo "make test-backend BACKEND=jax   every notebook under nbval on another Keras backend, on CPU"
	@echo "make colab-cells       rewrite the first code cell of each book notebook and exercise source (installs the helpers on Colab only) from _config.yml"
	@echo "make test-bare         every chapter notebook alone on a bare, Colab-like runtime with the dlcourse wheel: reports/bare-run.md"

$(STAMP): requirements.txt pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -r requirements.txt
	touch $@

$(KERAS_HOME_STAMP): | $(STAMP)
	$(BIN)/dlcourse keras-home $(KERAS_CACHE) .keras_home

setup: $(STAMP) $(KERAS_HOME_STAMP)

# The notebooks are executed first, several at a time (BOOK_WORKERS in src/dlcourse/settings.py),
# into the build's execution cache (tools/execute_book.py); the strict build then only reads them.
book: setup
	$(BIN)/python tools/execute_book.py
	$(BIN)/jupyter-book build . --builder html -nW --keep-going

# The suite runs in two pytest runs: the notebooks and the other tests in parallel workers (one
# file stays in one worker), then the website's tests (marked `site`), whose build reuses the
# notebooks' executions saved under _build/test-executions. Files go to the workers in collection
# order: the long grading files of tests/ first, the short solution notebooks last.
TEST_WORKERS ?= 2
TEST_EXECUTIONS := $(abspath _build/test-executions)

test: export DLCOURSE_EXECUTED := $(TEST_EXECUTIONS)
test: setup
	rm -rf $(TEST_EXECUTIONS)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder -m "not site"
	$(BIN)/python -m pytest -m site

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Every notebook of book/ and solutions/ under nbval, with a table of backend, device, time and
# key metrics in reports/ (the root conftest.py loads dlcourse.testing.plugin: the Keras cache, the table).
NOTEBOOK_TESTS = $(BIN)/python -m pytest book solutions

test-gpu: setup
	$(BIN)/python tools/check_gpu.py
	$(NOTEBOOK_TESTS) --timings-table reports/timings-$${KERAS_BACKEND:-tensorflow}-gpu.md

BACKEND ?= jax
test-backend: setup
	@if [ "$(BACKEND)" = jax ]; then $(BIN)/python -c "import jax" 2>/dev/null || $(BIN)/python -m pip install --quiet -r requirements-jax.txt; fi
	KERAS_BACKEND=$(BACKEND) $(NOTEBOOK_TESTS) --timings-table reports/timings-$(BACKEND)-cpu.md

exercises: setup
	@for assignment in $(ASSIGNMENTS); do \
		$(BIN)/nbgrader generate_assignment $$assignment --force --log-level=WARN || exit 1; \
	done
	@echo "exercises/ regenerated from solutions/: review and commit it."

lab: setup
	$(BIN)/jupyter lab --notebook-dir=.

# Every notebook under nbval in one process; tools/bench.py writes the table from the record the
# run saved (the same record `make test` saves for the website's build).
BENCH_EXECUTIONS := $(abspath _build/bench-executions)
bench: export DLCOURSE_EXECUTED := $(BENCH_EXECUTIONS)
bench: setup
	rm -rf $(BENCH_EXECUTIONS)
	$(NOTEBOOK_TESTS)
	$(BIN)/python tools/bench.py --executions $(BENCH_EXECUTIONS) --output reports/bench.md

grade: setup
	@test -n "$(A)" || { echo "usage: make grade A=<assignment>"; exit 2; }
	$(BIN)/dlcourse grade $(A)

bench-grading: setup
	$(BIN)/python tools/bench_grading.py --output reports/bench-grading.md

# Every single-change mutant of every reference solution (mutmut's operators), scored by the
# function's tests; survivors must be killed or listed in tests/mutants/<a>/equivalent.yml.
mutation: setup
	$(BIN)/python -m dlcourse.testing.mutation --output reports/mutation.md

verdicts: setup
	@test -n "$(A)" || { echo "usage: make verdicts A=<assignment>"; exit 2; }
	$(BIN)/python -m dlcourse.testing.verdicts $(A)

# What students get: the book's notebooks, the released exercises and the helpers; no answers.
student-pack: setup
	$(BIN)/python tools/student_pack.py --output _build/student-pack

# The first code cell of each book notebook and exercise source: on Colab only, it installs the
# helpers from _config.yml's repository and branch, and what else the notebook imports that Colab lacks.
colab-cells: setup
	$(BIN)/python tools/colab_cells.py

# Every chapter notebook on a bare runtime, standing in for Colab: a fresh environment outside the
# repository with only what Colab preinstalls and the dlcourse wheel, each notebook alone in an empty folder.
test-bare: setup
	$(BIN)/python tools/bare_run.py --keras-cache $(KERAS_CACHE) --output reports/bare-run.md

clean-notebooks: setup
	$(BIN)/python tools/clean_notebooks.py book solutions

clean:
	rm -rf _build reports .keras_home gradebook.db
