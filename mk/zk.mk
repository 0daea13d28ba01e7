# zk verification mode (zk/): example circuits, their gnark-exported verifiers
# (contracts/src/zk/*.sol) and the real proofs the forge tests check (contracts/test/fixtures/zk/).
# Setup is randomised, so zk-fixtures writes new keys each run; check-zk-fixtures checks that the
# committed files still match the circuits and each other (see tools/zkfixtures).

ZK_BUILD := build/zk
ZK_EXAMPLES := threshold merkle

.PHONY: zk-fixtures check-zk-fixtures zk-examples zk-test zk-bench
zk-fixtures: .stamps/go ## regenerate the zk example verifiers and forge proof fixtures (then: make bindings test-contracts)
	$(GO) run ./tools/zkfixtures

check-zk-fixtures: .stamps/go ## fail when the zk verifiers/fixtures are stale against the circuits
	$(GO) run ./tools/zkfixtures -check
	@echo "zk fixtures up to date"

# Witness modules of the examples (wasip1), what `blockless zk build` also produces. They link
# the circuit API (zk/), the witness entry point (zk/witness/) and their circuit package only.
$(ZK_BUILD)/%/witness.wasm: zk/examples/%/witness/main.go zk/examples/%/*.go zk/*.go zk/witness/*.go go.mod
	@mkdir -p $(@D)
	GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 $(GO) build -trimpath -o $@ ./zk/examples/$*/witness

zk-examples: bin/blockless ## build the example zk functions into build/zk/<name> (artifacts + manifest + verifier)
	@for e in $(ZK_EXAMPLES); do ./bin/blockless zk build --out $(ZK_BUILD)/$$e ./zk/examples/$$e || exit 1; done

zk-test: ## zk unit tests and the zk forge tests
	$(GO) test ./zk/... ./tools/zkfixtures ./cmd/blockless/ -run 'Zk|Threshold|Merkle|BadArtifacts|CircuitShape|Import|Prover|Fixtures|Build|Witness|Solc|Solidity'
	$(FORGE) test --match-contract TaskManagerZkTest

zk-bench: ## zk benchmarks once: examples and synthetic 2^16 / 2^18 circuits (slow: minutes)
	$(GO) test ./zk/bench -run '^$$' -bench . -benchtime 1x -timeout 60m

# The devnet zk test (tests/zk_test.go) builds the threshold witness module itself.
TEST_PREREQS += $(ZK_BUILD)/threshold/witness.wasm
