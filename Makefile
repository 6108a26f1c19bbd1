# Two commands on a fresh machine:
#   make run    installs what is missing, builds, makes the sample's quarterly report in out/
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLE ?= Samples/sopcop
PERIOD ?= 2024-Q4
OUT ?= out

.PHONY: run test build setup test-setup sample clean

run: setup build
	@.build/release/baocao generate --data $(SAMPLE) --period $(PERIOD) --out $(OUT) \
	  | sed 's/^/wrote /'

build:
	swift build -c release --product baocao

test: setup test-setup
	swift test

# libxlsxwriter (and pkg-config, which SwiftPM asks for its flags).
setup:
	@if ! pkg-config --exists xlsxwriter 2>/dev/null; then \
	  echo "Installing libxlsxwriter-dev with apt-get…"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libxlsxwriter-dev libsqlite3-dev pkg-config; \
	fi

# The independent XLSX reader the tests check workbooks with.
test-setup:
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl

# Regenerates the Sốp Cộp sample (deterministic: same bytes every time).
sample:
	python3 Samples/make_sopcop.py

clean:
	rm -rf .build $(OUT)
