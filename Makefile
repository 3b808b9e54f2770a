# Two commands for a fresh machine: `make crawl` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: crawl test demo clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

## crawl: run the main job on the embedded demo site (no network needed)
crawl: $(BIN)/.installed
	$(BIN)/scrapy crawl aggregator

## test: the whole test suite
test: $(BIN)/.installed
	$(BIN)/python -m pytest

## demo: rebuild the embedded demo site and its expected records
demo:
	$(PYTHON) scripts/build_demo.py

clean:
	rm -rf $(VENV) output .pytest_cache
