# Dossier: `make site` builds the report into Public/, `make test` runs the tests.
# Both install what is missing first (libcmark-dev and libjemalloc-dev through apt-get).

SWIFT   ?= swift
CONTENT ?= Content
OUTPUT  ?= Public
DOSSIER  = .build/debug/dossier
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PREFIX  ?= /usr/local

.PHONY: site check test bench serve deps build install format clean

site: build
	$(DOSSIER) build --content $(CONTENT) --templates Templates --output $(OUTPUT)

check: build
	$(DOSSIER) check --content $(CONTENT) --templates Templates

serve: build
	$(DOSSIER) serve --content $(CONTENT) --templates Templates --output $(OUTPUT)

# The tests are XCTest; without --disable-swift-testing the run would end on Swift Testing's
# "0 tests" line, which reads as if nothing ran.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

bench: deps
	$(SWIFT) build -c release --product dossier
	$(SWIFT) build -c release --product dossier-bench
	.build/release/dossier-bench $(BENCH_ARGS)

build: deps
	$(SWIFT) build --product dossier

# A dossier that runs without this repository or the Swift toolchain: the theme is embedded and
# the Swift libraries are linked in; libcmark and jemalloc stay the system's. The reference that
# `dossier --help` points to goes with it, into share/doc/dossier/. Built in a folder
# of its own, so that neither this build nor `make bench` undoes the other's flags.
install: deps
	$(SWIFT) build -c release --product dossier --static-swift-stdlib --scratch-path .build-install
	install -d $(DESTDIR)$(PREFIX)/bin
	install -s -m 755 .build-install/release/dossier $(DESTDIR)$(PREFIX)/bin/dossier
	install -d $(DESTDIR)$(PREFIX)/share/doc/dossier
	install -m 644 README.md Docs/content.md $(DESTDIR)$(PREFIX)/share/doc/dossier/

# libcmark and jemalloc are system libraries: install them (and pkg-config, which finds
# them) when missing. A fresh machine may have no package lists yet, so update them first
# when they are empty.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null || [ ! -f /usr/include/cmark.h ] || ! pkg-config --exists jemalloc 2>/dev/null; then \
		echo "Installing libcmark-dev, libjemalloc-dev and pkg-config with apt-get"; \
		if [ -z "$$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then $(SUDO) apt-get update -qq; fi; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev libjemalloc-dev pkg-config \
			|| { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev libjemalloc-dev pkg-config; }; \
	fi

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build .build-install $(OUTPUT)/*
