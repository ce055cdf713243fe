# The two commands: `make run` (set up and start the app) and `make test` (set up and run every check).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint format bench demo bundle bundle-test sysdeps venv clean screenshots schema xvfb-walk

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test,build]'
	@touch $(STAMP)

venv: $(STAMP)

sysdeps:
	@bash scripts/sysdeps.sh

run: venv sysdeps
	$(BIN)/assessor

test: venv sysdeps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadgroup -q

lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

format: venv
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

schema: venv
	$(BIN)/python -m assessor.core.schema docs/assessment.schema.json

bench: venv sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

demo: venv
	$(BIN)/assessor demo -o demo-high.g4sa --tier high --force
	$(BIN)/assessor demo -o demo-moderate.g4sa --tier moderate --force
	$(BIN)/assessor demo -o demo-low.g4sa --tier low --force

bundle: venv sysdeps
	bash packaging/sysdeps.sh
	$(BIN)/python packaging/build.py

# Builds the installers, then checks them as a user gets them (tests/packaging/test_bundle.py: the frozen app's
# self-test, its window on X11, the unpacked tarball, the .deb's layout, installing and purging it) and prints
# sizes and start-up times. CI runs it after `make test`.
bundle-test: venv sysdeps
	bash packaging/sysdeps.sh
	$(BIN)/python packaging/build.py
	ASSESSOR_BUNDLE_TESTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging -q
	$(BIN)/python packaging/measure.py

screenshots: venv
	@bash scripts/sysdeps.sh --docs
	bash docs/make-screenshots.sh

# The real window under Xvfb, driven by xdotool alone from a new assessment to a saved complete one.
xvfb-walk: venv
	@bash scripts/sysdeps.sh --docs
	$(BIN)/python scripts/xvfb_walk.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
