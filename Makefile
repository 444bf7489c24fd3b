# Two commands are all anyone needs: `make brief` and `make test`. Both build .venv when it is missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: brief test lint bench schemas clean-venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,llm]'
	$(BIN)/python -m compileall -q summariser  # as a wheel install does; kept when PYTHONDONTWRITEBYTECODE is set
	touch $(STAMP)

brief: $(STAMP)
	mkdir -p out
	$(BIN)/summarise brief seeds/*.txt -o out/briefing.md
	$(BIN)/summarise brief seeds/*.txt --format html -o out/briefing.html
	@echo "memo: out/briefing.md  (HTML: out/briefing.html)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest --record-mode=none --block-network

bench: $(STAMP)
	$(BIN)/python bench/run.py

schemas: $(STAMP)
	$(BIN)/summarise schema --write schemas

clean-venv:
	rm -rf $(VENV)
