package functions

import (
	"bytes"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/template"

	"github.com/blockless/avs/httpcall"
)

// The sources of `blockless function new`: the templates and each
// language's HTTP helper, copied into the new function's directory so it
// builds on its own.
//
//go:embed go/bhttp/bhttp.go go/bhttp/call_wasip1.go go/bhttp/call_other.go c/bhttp.h rust/bhttp.rs as/bhttp.ts js/blockless.d.ts templates
var sources embed.FS

// Templates and Languages that Scaffold knows.
var (
	Templates = []string{"oracle", "indexer", "trigger"}
	Languages = []string{"go", "rust", "c", "as", "js", "ts", "python"}
)

var namePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// Scaffold is a new function: its name, template and language.
type Scaffold struct {
	Name, Template, Lang string
}

// example is a template's sample run: the input, the calls it makes
// answered as operators would agree on them, and the output.
type example struct {
	hosts  []string
	input  string
	calls  []httpcall.Entry
	output []byte
}

func get(url, rule string, status int, body string) httpcall.Entry {
	r, _ := httpcall.ParseRule(rule)
	return httpcall.Entry{Request: httpcall.Request{Method: "GET", URL: url, Rule: r},
		Response: httpcall.Response{Status: status, Body: []byte(body)}}
}

func examples(template string) example {
	switch template {
	case "oracle":
		out := make([]byte, 32)
		big.NewInt(6_500_050).FillBytes(out)
		return example{
			hosts: []string{"prices-a.example", "prices-b.example", "prices-c.example"},
			input: "https://prices-a.example/btc\nhttps://prices-b.example/btc\nhttps://prices-c.example/btc\n",
			calls: []httpcall.Entry{
				get("https://prices-a.example/btc", "median:price", 200, `{"price":"6500000"}`),
				get("https://prices-b.example/btc", "median:price", 200, `{"price":6500100,"source":"b"}`),
				get("https://prices-c.example/btc", "median:price", 503, `unavailable`),
			},
			output: out,
		}
	case "trigger":
		return example{
			hosts:  []string{"prices-a.example"},
			input:  "https://prices-a.example/btc\n> 6000000\n",
			calls:  []httpcall.Entry{get("https://prices-a.example/btc", "median:price", 200, `{"price":"6500000"}`)},
			output: []byte("true\n"),
		}
	default: // indexer
		return example{
			hosts: []string{"logs.example"},
			input: "Transfer\nhttps://logs.example/page/1\nhttps://logs.example/page/2\n",
			calls: []httpcall.Entry{
				get("https://logs.example/page/1", "identical", 200, "100 Transfer 0xa 0xb 5\n101 Approval 0xc 0xd 1\n"),
				get("https://logs.example/page/2", "identical", 200, "102 Transfer 0xe 0xf 7\n"),
			},
			output: []byte("100 Transfer 0xa 0xb 5\n102 Transfer 0xe 0xf 7\n"),
		}
	}
}

// Check validates the choice.
func (s Scaffold) Check() error {
	switch {
	case !namePattern.MatchString(s.Name):
		return fmt.Errorf("name %q: lower-case letters, digits and _, starting with a letter, at most 40", s.Name)
	case !slices.Contains(Templates, s.Template):
		return fmt.Errorf("template %q: want one of %s", s.Template, strings.Join(Templates, ", "))
	case !slices.Contains(Languages, s.Lang):
		return fmt.Errorf("language %q: want one of %s", s.Lang, strings.Join(Languages, ", "))
	}
	return nil
}

// contract is the consumer contract's name: the function's name in
// CamelCase and "Consumer".
func (s Scaffold) contract() string {
	var b strings.Builder
	for _, part := range strings.Split(s.Name, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String() + "Consumer"
}

// Write creates directory dir (which must not exist) holding the new
// function: its source and the language's HTTP helper, a Makefile (build,
// test, deploy), a sample input with the transcript its calls replay from
// and the expected output, a README, and for an oracle a consumer contract
// with forge tests of its callback. It returns the files written.
func (s Scaffold) Write(dir string) ([]string, error) {
	if err := s.Check(); err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); err == nil {
		return nil, fmt.Errorf("%s already exists", dir)
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	ex := examples(s.Template)
	files := map[string][]byte{}
	copyFile := func(from, to string) error {
		b, err := sources.ReadFile(from)
		if err != nil {
			return err
		}
		files[to] = bytes.ReplaceAll(b, []byte("{{.Name}}"), []byte(s.Name))
		return nil
	}
	var src []string
	var err error
	switch s.Lang {
	case "go":
		src = []string{"main.go", "go.mod", "bhttp/bhttp.go", "bhttp/call_wasip1.go", "bhttp/call_other.go"}
		err = errors.Join(copyFile("templates/go/"+s.Template+".go.tmpl", "main.go"),
			copyFile("go/bhttp/bhttp.go", "bhttp/bhttp.go"), copyFile("go/bhttp/call_wasip1.go", "bhttp/call_wasip1.go"),
			copyFile("go/bhttp/call_other.go", "bhttp/call_other.go"))
		files["go.mod"] = []byte("module " + s.Name + "\n\ngo 1.22\n")
	case "c":
		src = []string{s.Name + ".c", "bhttp.h"}
		err = errors.Join(copyFile("templates/c/"+s.Template+".c", s.Name+".c"), copyFile("c/bhttp.h", "bhttp.h"))
		if s.Template != "indexer" {
			src = append(src, "price.h")
			err = errors.Join(err, copyFile("templates/c/price.h", "price.h"))
		}
	case "rust":
		src = []string{s.Name + ".rs", "bhttp.rs"}
		err = errors.Join(copyFile("templates/rust/"+s.Template+".rs", s.Name+".rs"), copyFile("rust/bhttp.rs", "bhttp.rs"))
		if s.Template != "indexer" {
			src = append(src, "price.rs")
			err = errors.Join(err, copyFile("templates/rust/price.rs", "price.rs"))
		}
	case "js":
		src = []string{s.Name + ".js"}
		err = copyFile("templates/js/"+s.Template+".js", s.Name+".js")
	case "ts":
		src = []string{s.Name + ".ts", "blockless.d.ts"}
		err = errors.Join(copyFile("templates/ts/"+s.Template+".ts", s.Name+".ts"), copyFile("js/blockless.d.ts", "blockless.d.ts"))
	case "python":
		src = []string{s.Name + ".py"}
		err = copyFile("templates/python/"+s.Template+".py", s.Name+".py")
	case "as":
		src = []string{s.Name + ".ts", "bhttp.ts", "stdin.ts"}
		err = errors.Join(copyFile("templates/as/"+s.Template+".ts", s.Name+".ts"), copyFile("as/bhttp.ts", "bhttp.ts"),
			copyFile("templates/as/stdin.ts", "stdin.ts"))
		if s.Template != "indexer" {
			src = append(src, "price.ts")
			err = errors.Join(err, copyFile("templates/as/price.ts", "price.ts"))
		}
		files["package.json"] = []byte(`{
  "name": "` + s.Name + `",
  "private": true,
  "devDependencies": {
    "assemblyscript": "0.28.20",
    "@assemblyscript/wasi-shim": "0.1.0"
  }
}
`)
	}
	if err != nil {
		return nil, fmt.Errorf("template sources: %w", err)
	}
	tr, err := json.MarshalIndent(httpcall.Transcript(ex.calls), "", "  ")
	if err != nil {
		return nil, err
	}
	files["testdata/transcript.json"] = append(tr, '\n')
	files["testdata/input.txt"] = []byte(ex.input)
	files["testdata/expected.out"] = ex.output
	files["Makefile"] = []byte(s.makefile(src, ex.hosts))
	files["README.md"] = []byte(s.readme(ex.hosts))
	if s.Template == "oracle" {
		data := map[string]string{"Name": s.Name, "Contract": s.contract(), "ExpectedHex": hex.EncodeToString(ex.output),
			"ExpectedPrice": new(big.Int).SetBytes(ex.output).String()}
		for from, to := range map[string]string{"templates/sol/Consumer.sol": "contracts/" + s.contract() + ".sol",
			"templates/sol/Consumer.t.sol": "contracts/test/" + s.contract() + ".t.sol"} {
			b, err := sources.ReadFile(from)
			if err != nil {
				return nil, err
			}
			t, err := template.New(from).Parse(string(b))
			if err != nil {
				return nil, err
			}
			var out bytes.Buffer
			if err := t.Execute(&out, data); err != nil {
				return nil, err
			}
			files[to] = out.Bytes()
		}
		files["foundry.toml"] = []byte("[profile.default]\nsrc = \"contracts\"\ntest = \"contracts/test\"\nout = \"build/forge\"\ncache_path = \"build/forge-cache\"\n")
	}
	var written []string
	for name := range files {
		written = append(written, name)
	}
	slices.Sort(written)
	for _, name := range written {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return nil, err
		}
	}
	return written, nil
}

func (s Scaffold) makefile(src, hosts []string) string {
	var build string
	switch s.Lang {
	case "go":
		build = "GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 $(GO) build -trimpath -o $@ ."
	case "c":
		build = "$(WASI_CC) --target=wasm32-wasi -O2 -Wall -Werror -o $@ " + s.Name + ".c"
	case "rust":
		build = "$(RUSTC) --edition 2021 --target wasm32-wasi -C opt-level=3 -C strip=symbols -o $@ " + s.Name + ".rs"
	case "as":
		build = "$(ASC) " + s.Name + ".ts --config $(ASC_CONFIG) -O3 --runtime incremental -o $@"
	case "js", "ts":
		// QuickJS and the runtime (and esbuild, for TypeScript) come from the blockless source tree (mk/js.mk).
		build = "@test -n \"$(BLOCKLESS_SRC)\" || { echo 'set BLOCKLESS_SRC to a blockless source tree (it builds QuickJS)' >&2; exit 2; }\n\t" +
			"$(MAKE) --no-print-directory -C $(BLOCKLESS_SRC) js-function JS=$(abspath " + s.Name + "." + s.Lang + ") OUT=$(abspath $@)"
	case "python":
		// CPython for WASI and the runtime are built by the blockless source tree (mk/python.mk).
		build = "@test -n \"$(BLOCKLESS_SRC)\" || { echo 'set BLOCKLESS_SRC to a blockless source tree (it builds CPython)' >&2; exit 2; }\n\t" +
			"$(MAKE) --no-print-directory -C $(BLOCKLESS_SRC) py-function PY=$(abspath " + s.Name + ".py) OUT=$(abspath $@)"
	}
	forge := ""
	if s.Template == "oracle" {
		forge = "\n# The consumer contract's callback (Foundry).\ntest-contract:\n\t$(FORGE) test\n"
	}
	return fmt.Sprintf(`# %[1]s: a Blockless function (%[2]s template, %[3]s). Targets: build, test, deploy.
BLOCKLESS  ?= blockless
GO         ?= go
WASI_CC    ?= clang
RUSTC      ?= /usr/bin/rustc
ASC        ?= npx asc
ASC_CONFIG ?= node_modules/@assemblyscript/wasi-shim/asconfig.json
FORGE      ?= forge
BLOCKLESS_SRC ?=
# The hosts the function may call: declared on chain when it is deployed.
HOSTS      ?= %[4]s
WASM       := build/%[1]s.wasm

.PHONY: build test deploy test-contract
build: $(WASM)

$(WASM): %[5]s
	@mkdir -p build
	%[6]s

# Runs the function on the sample input with its HTTP calls answered from
# testdata/transcript.json (as operators answer them once agreed), offline.
test: $(WASM)
	$(BLOCKLESS) run --replay testdata/transcript.json $(HOSTS:%%=--http-host %%) $(WASM) < testdata/input.txt > build/output
	cmp build/output testdata/expected.out
	@echo "%[1]s: ok"
%[7]s
# Publishes the module and registers the function with its hosts
# (chain flags: see blockless function deploy --help).
deploy: $(WASM)
	$(BLOCKLESS) function deploy $(HOSTS:%%=--http-host %%) $(DEPLOY_FLAGS) $(WASM)
`, s.Name, s.Template, s.Lang, strings.Join(hosts, " "), strings.Join(src, " "), build, forge)
}

func (s Scaffold) readme(hosts []string) string {
	what := map[string]string{
		"oracle":  "fetches a price from each source URL (stdin, one per line) under the rule `median:price` and prints their median as a 32-byte uint256; `contracts/` holds a consumer contract for it",
		"trigger": "fetches a price (URL on the first line of stdin) and prints `true` or `false` for the condition on the second line (`> 6000000`)",
		"indexer": "fetches pages (the text to match on the first line of stdin, then one URL per line) under the rule `identical` and prints the matching lines",
	}[s.Template]
	return fmt.Sprintf(`# %[1]s

A Blockless function (%[2]s template, %[3]s): it %[4]s.

- `+"`make build`"+` builds `+"`build/%[1]s.wasm`"+`.
- `+"`make test`"+` runs it on `+"`testdata/input.txt`"+` with its HTTP calls answered from
  `+"`testdata/transcript.json`"+` and compares the output with `+"`testdata/expected.out`"+`.
  Try it live with `+"`blockless run --http-host HOST build/%[1]s.wasm < input`"+`, and save what
  it fetched with `+"`--transcript FILE`"+`.
- `+"`make deploy HOSTS=\"%[5]s\"`"+` publishes it and registers it with the hosts it may call.

Operators each fetch every call, agree on one response per call (the rule the call names:
`+"`identical`, `majority` or `median:PATH`"+`), run the function on the agreed responses and sign
the result with the transcript's digest; `+"`blockless replay TASK`"+` re-runs an answered task.
`, s.Name, s.Template, s.Lang, what, strings.Join(hosts, " "))
}
