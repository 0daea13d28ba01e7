package aggregator

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the aggregator's Prometheus series, on their own registry (no global state).
type Metrics struct {
	Registry *prometheus.Registry

	tasksSeen          prometheus.Counter
	tasksAnswered      prometheus.Counter
	tasksExpired       prometheus.Counter
	signaturesAccepted prometheus.Counter
	signaturesRejected *prometheus.CounterVec
	proofsAccepted     prometheus.Counter
	proofsRefused      prometheus.Counter
	signatureChecks    prometheus.Counter
	committeeSeats     prometheus.Histogram
	proofChecks        prometheus.Counter
	proofsRejected     *prometheus.CounterVec
	latencySeconds     prometheus.Histogram
	latencyBlocks      prometheus.Histogram
	respondGas         prometheus.Histogram
	batchTasks         prometheus.Histogram
	batchGas           prometheus.Histogram
	pending            prometheus.Gauge
	tasksReopened      prometheus.Counter
	batches            *prometheus.CounterVec
	batchSigsRejected  *prometheus.CounterVec

	// fetch phase (fetchphase.go)
	observationsAccepted prometheus.Counter
	observationsRejected *prometheus.CounterVec
	observationChecks    prometheus.Counter
	transcriptRounds     prometheus.Counter

	// decryption share relay (shares.go)
	shareBundles         prometheus.Counter
	shareBundlesRejected *prometheus.CounterVec
}

// Reasons a signed response is rejected (label values of signatures_rejected_total).
const (
	rejectMalformed     = "malformed"
	rejectTooLarge      = "too_large"
	rejectUnknownTask   = "unknown_task"
	rejectClosed        = "task_closed"
	rejectNotReady      = "not_ready"
	rejectUnknownOp     = "unknown_operator"
	rejectBadSignature  = "bad_signature"
	rejectDuplicate     = "duplicate"
	rejectBusy          = "busy"
	rejectRateLimited   = "rate_limited"
	rejectInternalError = "internal"
	// proofs only
	rejectNotZk        = "not_zk"
	rejectUnavailable  = "unavailable"
	rejectBadProof     = "bad_proof"
	rejectBadArtifacts = "bad_artifacts"
	rejectRefused      = "refused"
	// observations only
	rejectStalePrefix = "stale_prefix"
)

func newMetrics() *Metrics {
	const ns, sub = "blockless", "aggregator"
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		tasksSeen: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "tasks_seen_total",
			Help: "Tasks read from TaskCreated events."}),
		tasksAnswered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "tasks_answered_total",
			Help: "Tasks answered on chain (by this aggregator or found answered)."}),
		tasksExpired: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "tasks_expired_total",
			Help: "Tasks whose deadline block passed unanswered."}),
		signaturesAccepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_accepted_total",
			Help: "Signed responses accepted (202)."}),
		signaturesRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_rejected_total",
			Help: "Signed responses rejected, by reason."}, []string{"reason"}),
		proofsAccepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "proofs_accepted_total",
			Help: "zk proofs verified off chain and taken for submission (202)."}),
		proofsRefused: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "proofs_refused_onchain_total",
			Help: "zk proofs verified off chain that the TaskManager then refused (the task takes another proof)."}),
		proofsRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "proofs_rejected_total",
			Help: "zk proofs rejected, by reason."}, []string{"reason"}),
		signatureChecks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signature_checks_total",
			Help: "BLS pairing checks run for POST /v1/responses."}),
		committeeSeats: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "committee_seats_signed",
			Help: "Seats held by the signers of a committee certificate.", Buckets: []float64{1, 2, 3, 4, 5, 8, 10, 16, 32, 64}}),
		proofChecks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "proof_checks_total",
			Help: "Groth16 verifications run for POST /v1/proofs."}),
		latencySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "response_latency_seconds",
			Help:    "Block timestamp of the response's block minus that of the TaskCreated block.",
			Buckets: []float64{1, 2, 4, 8, 12, 16, 24, 36, 60, 120, 300, 600}}),
		latencyBlocks: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "response_latency_blocks",
			Help: "Blocks from TaskCreated to the response being mined.", Buckets: []float64{1, 2, 3, 4, 5, 8, 10, 20, 50, 100}}),
		respondGas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "respond_gas_used",
			Help: "Gas per answered task: a respondToTask's gas, or a respondToTasks transaction's gas divided by its tasks.", Buckets: prometheus.ExponentialBuckets(5_000, 1.6, 12)}),
		batchTasks: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "batch_tasks",
			Help: "Tasks answered by one mined respondToTasks.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256}}),
		batchGas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "batch_gas_used",
			Help: "Gas used by one mined respondToTasks.", Buckets: prometheus.ExponentialBuckets(100_000, 2, 8)}),
		tasksReopened: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "tasks_reopened_total",
			Help: "Settled tasks worked on again because a reorganisation removed the block of their response or expiry."}),
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "batches_total",
			Help: "Batches by event: proposed, submitted (respondToTasks mined), reproposed (a task was stale), fallback (tasks answered alone), declined (an operator declined leaves), withdrawn (declines left the batch short of its threshold)."}, []string{"event"}),
		batchSigsRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "batch_signatures_rejected_total",
			Help: "Batch signatures refused, by reason."}, []string{"reason"}),
		observationsAccepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "observations_accepted_total",
			Help: "Signed fetch-phase observations accepted (202)."}),
		observationsRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "observations_rejected_total",
			Help: "Signed fetch-phase observations rejected, by reason."}, []string{"reason"}),
		observationChecks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "observation_checks_total",
			Help: "Signature checks (two pairings each) run for POST /v1/observations."}),
		transcriptRounds: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "transcript_rounds_total",
			Help: "Fetch-phase rounds that extended a task's agreed transcript."}),
		shareBundles: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "share_bundles_accepted_total",
			Help: "Signed bundles of wrapped decryption shares accepted for relay (202)."}),
		shareBundlesRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "share_bundles_rejected_total",
			Help: "Bundles of wrapped decryption shares rejected, by reason."}, []string{"reason"}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "tasks_pending",
			Help: "Tasks the aggregator is working on."}),
	}
	m.Registry.MustRegister(m.tasksSeen, m.tasksAnswered, m.tasksExpired, m.signaturesAccepted, m.signaturesRejected, m.proofsAccepted, m.proofsRefused, m.proofsRejected, m.signatureChecks, m.committeeSeats, m.proofChecks,
		m.latencySeconds, m.latencyBlocks, m.respondGas, m.batchTasks, m.batchGas, m.pending, m.tasksReopened, m.batches, m.batchSigsRejected,
		m.observationsAccepted, m.observationsRejected, m.observationChecks, m.transcriptRounds,
		m.shareBundles, m.shareBundlesRejected,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// Expose every reason from the start so rate() queries see zeros rather than gaps.
	for _, r := range []string{rejectMalformed, rejectTooLarge, rejectUnknownTask, rejectClosed, rejectNotReady,
		rejectUnknownOp, rejectBadSignature, rejectDuplicate, rejectBusy, rejectRateLimited, rejectInternalError} {
		m.signaturesRejected.WithLabelValues(r)
	}
	for _, r := range []string{rejectMalformed, rejectTooLarge, rejectUnknownTask, rejectClosed, rejectNotReady,
		rejectUnknownOp, rejectBadSignature, rejectDuplicate, rejectStalePrefix, rejectBusy, rejectRateLimited, rejectInternalError} {
		m.observationsRejected.WithLabelValues(r)
	}
	return m
}
