# fuzz: every Go fuzz target in the repository for FUZZTIME each (default 10s), one after the
# other (a fuzz run uses every core; running them side by side would only share the cores).
#
#   make fuzz                  # what CI runs (part of `make test`): about 10s per target
#                              (script/fuzz-one.sh runs each; it tells Go 1.26's end-of-fuzztime race
#                              from a finding)
#   make fuzz FUZZTIME=5m      # a longer local session
#
# Crashes become regression seeds: when a target fails, `go test -fuzz` writes the input to
# <package>/testdata/fuzz/<Target>/<hash> and prints it. Fix the bug and commit that file:
# testdata/fuzz is part of the tree, and every plain `go test` of the package runs its files as
# seeds (no -fuzz needed), so the bug cannot come back unnoticed. The corpus the fuzzer grows
# while exploring stays in the Go build cache (`go env GOCACHE`)/fuzz, not in the tree.
#
# Each target is listed explicitly (package and name). `make fuzz-check`, which `make fuzz`
# runs first, fails when a `func Fuzz...` in a *_test.go file is missing from FUZZ_TARGETS, so a
# new target cannot silently stay out of CI: add it both to FUZZ_TARGETS and to the recipe.
FUZZTIME ?= 10s

FUZZ_TARGETS := \
	./engine:FuzzModuleLoad \
	./engine:FuzzWASIInput \
	./engine:FuzzX86Translate \
	./modstore:FuzzParseDigest \
	./emulator:FuzzRun \
	./emulator/internal/elf:FuzzLoadELF \
	./emulator/internal/cpu:FuzzDecode \
	./emulator/internal/linux:FuzzSyscalls \
	./scratchfs:FuzzOps \
	./taskwatch:FuzzTaskCreatedLog \
	./protocol:FuzzSignedResponse \
	./protocol:FuzzProofResponse \
	./protocol:FuzzG1Point \
	./httpcall:FuzzAgree \
	./zk/artifacts:FuzzParseManifest \
	./fetch:FuzzParseURI \
	./aggregator:FuzzPostResponse \
	./aggregator:FuzzPostBatchSignature \
	./aggregator:FuzzPostBatchDecline \
	./aggregator:FuzzPostProof \
	./sealed:FuzzParse

.PHONY: fuzz fuzz-check
fuzz: fuzz-check ## run every Go fuzz target for FUZZTIME each (default 10s); failing inputs land in <pkg>/testdata/fuzz
	GO=$(GO) bash script/fuzz-one.sh ./engine FuzzModuleLoad $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./engine FuzzWASIInput $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./engine FuzzX86Translate $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./modstore FuzzParseDigest $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./emulator FuzzRun $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./emulator/internal/elf FuzzLoadELF $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./emulator/internal/cpu FuzzDecode $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./emulator/internal/linux FuzzSyscalls $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./scratchfs FuzzOps $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./taskwatch FuzzTaskCreatedLog $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./protocol FuzzSignedResponse $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./protocol FuzzProofResponse $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./protocol FuzzG1Point $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./httpcall FuzzAgree $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./zk/artifacts FuzzParseManifest $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./fetch FuzzParseURI $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./aggregator FuzzPostResponse $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./aggregator FuzzPostBatchSignature $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./aggregator FuzzPostBatchDecline $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./aggregator FuzzPostProof $(FUZZTIME)
	GO=$(GO) bash script/fuzz-one.sh ./sealed FuzzParse $(FUZZTIME)

fuzz-check: ## fail when a Fuzz* target in the tree is not listed in mk/fuzz.mk
	@missing=0; for f in $$(grep -rl --include='*_test.go' --exclude-dir=node_modules --exclude-dir=build '^func Fuzz' .); do \
	  pkg=$$(dirname $$f); \
	  for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
	    case " $(FUZZ_TARGETS) " in *" $$pkg:$$name "*) ;; \
	      *) echo "mk/fuzz.mk: $$pkg:$$name is not listed in FUZZ_TARGETS and the fuzz recipe" >&2; missing=1;; esac; \
	  done; \
	done; exit $$missing
