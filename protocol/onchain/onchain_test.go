package onchain

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestMatchesContract reads the enums from ITaskManager.sol: a reordered or inserted value there
// must fail here, not on a live chain.
func TestMatchesContract(t *testing.T) {
	raw, err := os.ReadFile("../../contracts/src/interfaces/ITaskManager.sol")
	if err != nil {
		t.Fatalf("read the contract: %v", err)
	}
	src := regexp.MustCompile(`//[^\n]*`).ReplaceAll(raw, nil) // comments inside enum bodies
	enum := func(name string) []string {
		m := regexp.MustCompile(`enum ` + name + ` \{([^}]*)\}`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("enum %s not found in ITaskManager.sol", name)
		}
		var out []string
		for _, f := range strings.Split(string(m[1]), ",") {
			out = append(out, strings.TrimSpace(f))
		}
		return out
	}
	check := func(name string, want map[string]uint8) {
		got := enum(name)
		if len(got) != len(want) {
			t.Fatalf("%s: contract has %v, Go knows %d values", name, got, len(want))
		}
		for i, n := range got {
			if v, ok := want[n]; !ok || int(v) != i {
				t.Fatalf("%s.%s is %d on chain, Go has %v (known %t)", name, n, i, v, ok)
			}
		}
	}
	check("TaskState", map[string]uint8{"None": uint8(TaskNone), "Pending": uint8(TaskPending),
		"Responded": uint8(TaskResponded), "Expired": uint8(TaskExpired)})
	check("RuntimeKind", map[string]uint8{"Wasm": uint8(RuntimeWasm), "X86": uint8(RuntimeX86)})
	check("VerificationMode", map[string]uint8{"Quorum": uint8(ModeQuorum), "Zk": uint8(ModeZk)})
	check("ResultStatus", map[string]uint8{"Ok": uint8(StatusOK), "Trap": uint8(StatusTrap), "OutOfFuel": uint8(StatusOutOfFuel),
		"OutOfMemory": uint8(StatusOutOfMemory), "OutputTooLarge": uint8(StatusOutputTooLarge),
		"InvalidModule": uint8(StatusInvalidModule), "BadImports": uint8(StatusBadImports), "BadEntry": uint8(StatusBadEntry),
		"ExitNonZero": uint8(StatusExitNonZero), "Timeout": uint8(StatusTimeout)})
}

func TestStatusStrings(t *testing.T) {
	for s := Status(0); s < statusCount; s++ {
		p, err := ParseStatus(s.String())
		if err != nil || p != s {
			t.Fatalf("%d: %v", s, err)
		}
	}
	if Status(200).String() != "status(200)" || Status(200).Signable() {
		t.Fatal("unknown status")
	}
	if StatusTimeout.Signable() || !StatusExitNonZero.Signable() {
		t.Fatal("only timeouts are unsignable")
	}
}

func TestNames(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{TaskPending.String(), "pending"}, {TaskResponded.String(), "answered"}, {TaskExpired.String(), "expired"},
		{TaskState(9).String(), "state(9)"}, {RuntimeX86.String(), "x86"}, {ModeZk.String(), "zk"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
	if TaskPending.Settled() || !TaskResponded.Settled() || !TaskExpired.Settled() || TaskNone.Settled() {
		t.Error("Settled")
	}
}
