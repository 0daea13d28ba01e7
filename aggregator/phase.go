package aggregator

// phase is where a task is in its life. The phases are exclusive; what is orthogonal to them
// (a proof being checked, the failure counts, whether a digest reached the threshold in the
// current round) stays in separate fields of task.
//
// Transitions (all under task.mu):
//
//	loading       -> collecting     begin/startRound: operator set loaded, first round started
//	collecting    -> closing        forward: a digest reached the threshold, or the round's
//	                                wall-clock margin passed (no more forwarding: doc.go)
//	collecting,
//	closing       -> submitting     handleResult: blsagg sent a certificate
//	              -> batched        handleResult: ... and the batcher took it (batch.go)
//	batched       -> submitting     its batch's certificate is ready (all its tasks move
//	                                together), or it goes alone (batch not signed in time,
//	                                refused, or the task neared its deadline)
//	              -> betweenRounds  handleResult: the round ended without one, deadline ahead
//	              -> stalled        handleResult: ... deadline reached, or unusable result
//	betweenRounds -> collecting     the next round started (replaying stored signatures)
//	              -> stalled        it could not start
//	any but submitting, expiring, done
//	              -> submitting     POST /v1/proofs: a verified proof was queued (202);
//	                                proofLoop sends it in the background
//	submitting    -> stalled        the transaction was refused for good (a refused proof
//	                                leaves the task open to another proof), or a queued
//	                                proof was dropped because the service stopped
//	              -> expiring       submitLate: it missed the deadline
//	any but submitting, expiring, done
//	              -> expiring       expireDue: the head reached the deadline block
//	expiring      -> stalled        the service stopped mid-expiry (a restart expires it)
//	any           -> done           settle or retire: final record written, or replaced (reorg)
//
// Signatures are forwarded to blsagg only in collecting; blsagg's reports are acted on only
// in collecting and closing; the head loop expires only tasks that nothing else is settling.
type phase uint8

const (
	phaseLoading       phase = iota // operator set not loaded yet, no round
	phaseCollecting                 // a round is open and receives signatures
	phaseClosing                    // a round is open, no longer fed; waiting for its report
	phaseBetweenRounds              // a round ended without a certificate; the next starts shortly
	phaseSubmitting                 // respondToTask, respondToTasks or respondWithProof being sent
	phaseBatched                    // certificate ready, held by the batcher (a group or a batch)
	phaseStalled                    // nothing running: waits for the deadline to expire it
	phaseExpiring                   // past the deadline, expireTask or the reason being recorded
	phaseDone                       // settled (answered or expired) or retired by a reorg
)

func (p phase) String() string {
	switch p {
	case phaseLoading:
		return "loading"
	case phaseCollecting:
		return "collecting"
	case phaseClosing:
		return "closing"
	case phaseBetweenRounds:
		return "betweenRounds"
	case phaseSubmitting:
		return "submitting"
	case phaseBatched:
		return "batched"
	case phaseStalled:
		return "stalled"
	case phaseExpiring:
		return "expiring"
	case phaseDone:
		return "done"
	}
	return "unknown"
}

// settling reports whether something already drives the task to its end (a submission, the
// batcher, an expiry) or it has ended: then neither a new submission nor an expiry may start.
// The batcher hands a task back to respondToTask before its deadline margin.
func (p phase) settling() bool {
	return p == phaseSubmitting || p == phaseBatched || p == phaseExpiring || p == phaseDone
}

// roundOpen reports whether a blsagg round of the task is waiting to report back.
func (p phase) roundOpen() bool { return p == phaseCollecting || p == phaseClosing }
