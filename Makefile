PY := .venv/bin/python
PIP := .venv/bin/pip
STAMP := .venv/.installed
# the web app's browser libraries, installed by npm and copied into an ignored static folder
VENDOR := src/newscoder/web/static/vendor/versions.json

.PHONY: setup tables bytecode run test lint bench build-data clean

setup: $(STAMP) $(VENDOR) tables bytecode

# Tables built on this machine (the gazetteer) are rebuilt when a pulled change alters what
# they are built from; otherwise this only compares fingerprints.
tables: $(STAMP)
	$(PY) -m newscoder.build --if-missing

# An editable install leaves the package's modules uncompiled, and with PYTHONDONTWRITEBYTECODE
# set (as on our machines) every start compiled them anew: half a second of a one-sentence run.
# compileall writes what a wheel install would, and rewrites only what changed.
bytecode: $(STAMP)
	$(PY) -m compileall -q src

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || python3.11 -m venv .venv || python3 -m venv .venv
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c constraints.txt -e ".[dev,ray]"
	touch $(STAMP)

$(VENDOR): package.json package-lock.json scripts/vendor_web.py | $(STAMP)
	npm ci --no-audit --no-fund
	$(PY) scripts/vendor_web.py

run: setup
	.venv/bin/newscoder analyze examples/
	.venv/bin/newscoder ingest examples/ --db newscoder.db
	.venv/bin/newscoder serve --db newscoder.db

test: setup
	.venv/bin/ruff check src tests $(wildcard bench)
	.venv/bin/pytest -q

bench: setup
	$(PY) bench/throughput.py

build-data: setup
	$(PY) -m newscoder.build

clean:
	rm -rf .venv build *.egg-info
