package aggregator

import "testing"

// Every phase has a name (logs and debugging), and only submitting, batched (the batcher
// drives it), expiring and done keep a new submission or expiry from starting.
func TestPhase(t *testing.T) {
	for p := phaseLoading; p <= phaseDone; p++ {
		if p.String() == "unknown" {
			t.Errorf("phase %d has no name", p)
		}
		want := p == phaseSubmitting || p == phaseBatched || p == phaseExpiring || p == phaseDone
		if p.settling() != want {
			t.Errorf("%v.settling() = %v", p, p.settling())
		}
		if p.roundOpen() != (p == phaseCollecting || p == phaseClosing) {
			t.Errorf("%v.roundOpen() = %v", p, p.roundOpen())
		}
	}
}
