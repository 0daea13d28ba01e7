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

GENERATED_CONTRACTS := TaskManager CommitteeRegistry ServiceManager TransparentUpgradeableProxy ProxyAdmin WrappedEther Slasher TriggerRegistry SecretRegistry
GO_TEST_FLAGS ?= -timeout 40m

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

# ------------------------------------------------------------------ contracts and generated code

.PHONY: contracts bindings check-bindings fixtures check-fixtures
contracts: .stamps/npm ## compile the Solidity contracts (forge via solc-js)
	$(FORGE) build

bindings: contracts ## regenerate Go bindings in bindings/ from the forge artifacts
	$(GO) run ./tools/genbindings -out bindings $(GENERATED_CONTRACTS)

check-bindings: contracts ## fail when bindings/ is stale against the contracts
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GO) run ./tools/genbindings -out $$tmp $(GENERATED_CONTRACTS) && \
	for c in $(GENERATED_CONTRACTS); do p=$$(echo $$c | tr A-Z a-z); \
	  diff -q $$tmp/$$p/binding.go bindings/$$p/binding.go >/dev/null || \
	  { echo "bindings/$$p is stale: run 'make bindings' and commit" >&2; exit 1; }; done
	@echo "bindings up to date"

fixtures: .stamps/go ## regenerate the BLS key fixtures the forge tests use
	$(GO) run ./tools/blsfixtures -out contracts/test/fixtures/bls.json

check-fixtures: .stamps/go ## fail when the forge fixtures are stale
	@tmp=$$(mktemp) && trap 'rm -f "$$tmp"' EXIT && \
	$(GO) run ./tools/blsfixtures -out $$tmp && cmp -s $$tmp contracts/test/fixtures/bls.json || \
	{ echo "contracts/test/fixtures/bls.json is stale: run 'make fixtures' and commit" >&2; exit 1; }
	@echo "fixtures up to date"

# ------------------------------------------------------------------ build

.PHONY: build
build: deps bin/operator bin/devnet bin/aggregator bin/modstore bin/demo $(BUILD_TARGETS) ## build every binary into ./bin

bin/%: FORCE
	@mkdir -p bin
	$(GO) build -o $@ ./cmd/$*

.PHONY: FORCE
FORCE:

# ------------------------------------------------------------------ checks and tests

.PHONY: lint test test-contracts test-go test-demo gas
lint: .stamps/npm gofmt-check vet staticcheck ## gofmt, go vet, staticcheck, forge fmt --check
	$(FORGE) fmt --check

test-contracts: contracts ## forge unit, fuzz and invariant tests (+ gas snapshots in snapshots/)
	$(FORGE) test

# BLOCKLESS_REQUIRE_BUILT: the TEST_PREREQS are built, so a test must not skip for want of one
# (internal/built).
test-go: $(TEST_PREREQS) ## Go unit and integration tests (integration tests start their own anvil)
	BLOCKLESS_REQUIRE_BUILT=1 $(GO) test $(GO_TEST_FLAGS) ./...

test-demo: build functions ## run the main job once, non-interactively (exits when its tasks are answered)
	./bin/demo --once --run-dir run/ci-demo

test: deps lint check-bindings check-fixtures test-contracts test-go test-demo fuzz ## everything CI runs

gas: contracts ## forge gas report of the TaskManager hot paths
	$(FORGE) test --match-contract TaskManagerTest --gas-report

# ------------------------------------------------------------------ main job and devnet

.PHONY: demo
demo: build functions ## the main job: devnet + 3 operators + aggregator + tasks answered on chain (Ctrl-C stops)
	./bin/demo --run-dir run/demo


.PHONY: devnet
devnet: deps bin/devnet ## start a devnet on 127.0.0.1:8545 (addresses in .devnet/addresses.json); Ctrl-C stops it
	./bin/devnet up --dir .devnet --port 8545
