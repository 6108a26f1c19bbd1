# Two commands on a fresh machine:
#   make run    installs what is missing, builds, makes the sample's quarterly report in out/
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLE ?= Samples/sopcop
PERIOD ?= 2024-Q4
# The commune sample carries the economic models the district sample has not.
COMMUNE ?= Samples/muongchien
COMMUNE_PERIOD ?= 2020-Q2
OUT ?= out

.PHONY: run test build setup test-setup sample clean

run: setup build
	@.build/release/baocao generate --data $(SAMPLE) --period $(PERIOD) --out $(OUT) | sed 's/^/wrote /'
	@.build/release/baocao generate --data $(COMMUNE) --period $(COMMUNE_PERIOD) --out $(OUT) | sed 's/^/wrote /'

build:
	swift build -c release --product baocao

test: setup test-setup
	swift test

# pkg-config (SwiftPM asks it for the C libraries' flags) and the C libraries:
# libxlsxwriter, SQLite, libxml2 (whose SAX parser reads Excel datasets) and
# OpenSSL's libcrypto (SHA-256 sums in batch manifests).
setup:
	@missing=""; \
	command -v pkg-config >/dev/null || missing="pkg-config"; \
	pkg-config --exists xlsxwriter 2>/dev/null || missing="$$missing libxlsxwriter-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists libcrypto 2>/dev/null || missing="$$missing libssl-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing with apt-get…"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# The independent XLSX reader the tests check workbooks with, the PDF reader that
# measures printed text sizes (with LibreOffice, when installed), and PyYAML for
# Tools/messages.py, which checks the message catalogs.
test-setup:
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl
	@python3 -c 'import pdfminer' 2>/dev/null || python3 -m pip install --quiet pdfminer.six
	@python3 -c 'import yaml' 2>/dev/null || python3 -m pip install --quiet pyyaml

# Regenerates the samples (deterministic: same bytes every time) and checks them.
sample:
	python3 Samples/make_sopcop.py
	python3 Samples/make_muongchien.py
	python3 Samples/check_sopcop.py >/dev/null
	python3 Samples/check_sopcop_inspections.py >/dev/null
	python3 Samples/check_muongchien.py >/dev/null
	python3 Samples/check_ratings_meetings.py >/dev/null

clean:
	rm -rf .build $(OUT)
