// Package aggregator is the Blockless AVS aggregator: it follows TaskCreated events, receives
// operators' BLS-signed responses over HTTP (API.md), aggregates them per response digest with
// eigensdk-go's BLS aggregation service, and submits the certificate with respondToTask.
// State (tasks, accepted responses, outcomes, the watcher cursor) lives in a bbolt file so a
// restart loses nothing: pending tasks are reloaded and their signatures replayed.
//
// Files: store.go (persistence), api.go (HTTP routes), reply.go (the one error body and the
// body decoding of every endpoint), accept.go (the checks of POST /v1/responses), task.go
// (per-task state, tracking, setup), phase.go (a task's life and its transitions), round.go
// (blsagg rounds and forwarding), tally.go (stake per response digest and the threshold rule),
// settle.go (submission of respondToTask and respondWithProof, recording outcomes), batch.go,
// batchsubmit.go, batchapi.go, batchstore.go (batches: grouping, proposals, batch signatures,
// respondToTasks, fallback to single answers; docs/batching.md), expire.go (deadline expiry and its
// reason), reorg.go (outcomes watched against reorganisations), registry.go (operator state
// pinned for blsagg), submitter.go (transactions), chain.go (what is read from the chain,
// behind an interface so unit tests run on an in-memory fake), limits.go (semaphores, failure
// rate limits, log throttling), zk.go (POST /v1/proofs, verifying keys, the proof
// submission loop), fetchphase.go (the fetch phase of functions that make HTTP calls: POST
// /v1/observations, extending a task's agreed transcript, GET /v1/transcripts/{id}),
// metrics.go, service.go (wiring, lifecycle).
//
// No chain transaction runs inside an HTTP handler: POST /v1/responses stores a signature for
// the aggregation rounds, POST /v1/proofs queues a verified proof for proofLoop, and both answer
// 202. Every transaction is sent by a goroutine of the Service (submit, expire), under its
// context and wait group, with the same retries until the deadline.
//
// # Untrusted input
//
// The HTTP API is open to anyone, and chain data (function URIs, manifests) is written by
// anyone. So: requests are checked cheapest first and the expensive steps (BLS pairings,
// Groth16 verifications, artifact fetches) are bounded (API.md, "Limits"); URIs from chain data
// are fetched only through the fetch policy, with tight size caps, into a private cache that is
// never served (the public module store is a separate service, cmd/modstore, holding only what
// authenticated publishers uploaded);
// replies and recorded reasons never carry fetched contents, digests of fetched data, paths,
// URLs or RPC addresses.
//
// # Task identity and reorgs
//
// A task is (taskId, taskHash): a TaskCreated seen again with the same id and another hash
// replaces the stored task and drops its responses; the old in-memory task is retired, so its
// late outcomes (a submission, a round's result) are not recorded over the new one.
//
// An outcome (our respondToTask or expireTask, or a response found on chain) is watched for
// Config.ReorgDepth blocks (reorg.go): one header read per poll checks the newest outcome's
// block hash; when it changed, the affected tasks are read again and those pending on chain
// are reopened, so their stored signatures are aggregated and submitted again.
//
// # Deadlines: blocks on chain, wall clock in eigensdk-go
//
// A task's deadline is a block number; blsagg expires a task on a timer. The aggregator treats
// the deadline block as the truth: a head poller expires a task once head >= deadlineBlock
// (a response mined after head would be late), records why, and calls expireTask when
// configured. Each blsagg round gets a wall-clock lifetime of
//
//	max((deadlineBlock - head + 1) * BlockTime + 5 s, MinAggregationTTL)
//
// and when a round times out while the deadline block is still ahead (slow chain, idle
// automine devnet) a new round starts under a fresh blsagg task index and replays every
// stored signature, so a slow chain costs a re-aggregation, never a lost task.
//
// # Using blsagg safely
//
// eigensdk-go v0.3.0's service never forgets a task index: once a task's goroutine has
// returned (certificate sent, expired, or failed to initialise), a further signature for that
// index blocks its single dispatch loop, and with it every task. The aggregator therefore
//   - checks operators and signatures itself before forwarding (so the API can answer 403, 401
//     and 409 precisely, before anything is stored),
//   - keeps its own stake tally per digest and stops forwarding to a round as soon as a digest
//     reaches the threshold (blsagg then sends that digest's certificate; a later signature
//     for another digest would also overwrite the digest blsagg reports),
//   - stops forwarding 5 s before a round's wall-clock expiry,
//   - serves blsagg the operator state it already fetched (registry.go), so a round cannot
//     fail to initialise, and
//   - calls ProcessNewSignature with a background context (a cancelled caller would leave the
//     task goroutine blocked on its reply).
//
// The shared, unbuffered response channel is drained by one goroutine into an unbounded
// queue, so aggregation never waits on the aggregator's locks.
package aggregator
