# Blockless AVS — build, test and devnet entry points.
# Feature areas add their own targets in mk/*.mk; they extend TEST_PREREQS,
# BUILD_TARGETS and the apt package list in deps/apt.txt.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
FORGE := $(CURDIR)/node_modules/@foundry-rs/forge-linux-amd64/bin/forge
ANVIL := $(CURDIR)/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil
CAST  := $(CURDIR)/node_modules/@foundry-rs/cast-linux-amd64/bin/cast
GO    ?= go
export CGO_ENABLED := 1

TEST_PREREQS :=
BUILD_TARGETS :=

-include mk/*.mk

.PHONY: help
help: ## list targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

.PHONY: deps
deps: .stamps/apt .stamps/npm .stamps/go ## install everything the project needs (idempotent)

.stamps/apt: deps/apt.txt
	@mkdir -p .stamps
	bash script/install-apt.sh deps/apt.txt
	@touch $@

.stamps/npm: package.json package-lock.json
	@mkdir -p .stamps
	npm ci --no-audit --no-fund
	@touch $@

.stamps/go: go.mod go.sum
	@mkdir -p .stamps
	$(GO) mod download
	@touch $@
