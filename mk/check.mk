# check: the fast local gate, about a minute when the Go build cache is warm: gofmt, go vet,
# staticcheck and the unit tests. `make test` stays the full gate (what CI runs).
#
# The unit tests are every package under -short: the integration tests that start a devnet
# (anvil; tests/, devnet/) skip themselves under -short, as do the tests that compile large
# guests (Cranelift or a toolchain: seconds to a minute each), and the tests that need what make
# builds under build/ (the emulator's corpus and wasip1 build) skip while it is missing, naming
# the make target (internal/built). Nothing here builds those artifacts: after `make test` or
# `make emulator-corpus emulator-wasm` the tests that use them run here too.
#
# staticcheck runs through `go run` at a pinned version (downloaded once into the module cache,
# so it needs no install step) with its default checks. Fix what it reports; code that must stay
# as it is carries a `//lint:ignore <check> <reason>` line above it.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
CHECK_TEST_FLAGS ?= -short -timeout 10m
# bindings/ is generated (make bindings): gofmt and staticcheck leave it to the generator.
GO_SOURCES = $(shell git ls-files '*.go' | grep -v '^bindings/')

.PHONY: check gofmt-check vet staticcheck test-unit
check: gofmt-check vet staticcheck test-unit ## fast gate (about a minute): gofmt, go vet, staticcheck, go test -short (no anvil; needs nothing make-built)

gofmt-check: ## fail when a Go file (bindings/ aside) needs gofmt
	@out=$$(gofmt -l $(GO_SOURCES) 2>/dev/null); \
	  if [ -n "$$out" ]; then echo "gofmt needed:" >&2; echo "$$out" >&2; exit 1; fi

vet: ## go vet ./...
	$(GO) vet ./...

staticcheck: ## staticcheck (version pinned in mk/check.mk)
	$(STATICCHECK) $$($(GO) list ./... | grep -v '/bindings/')

test-unit: ## go test -short ./...: unit tests without the devnet integration tests
	$(GO) test $(CHECK_TEST_FLAGS) ./...
