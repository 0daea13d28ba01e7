// Package httpcall is outgoing HTTP for functions, made deterministic by
// agreement: what a function fetched is part of what operators sign.
//
// A function calls the host module "blockless_http" (engine) with a request
// and a per-call agreement rule. Every operator fetches on its own, so the
// bodies they see may differ (a price moved, a server lies to some of them).
// The protocol turns those observations into one agreed transcript, the
// ordered list of (request, agreed response), and every operator then runs the
// function on that transcript and signs the result together with the
// transcript's digest:
//
//  1. An operator runs the function with the agreed prefix P (empty at first).
//     Calls 0..len(P)-1 are answered from P (the function's requests must
//     equal P's, else the run is invalid); calls beyond P are fetched live.
//  2. If the run made no call beyond P, its result is final: the operator
//     signs it with TranscriptDigest(P).
//  3. Otherwise it reports its live observations. The aggregator extends P
//     (Extend) call by call: the request must be the same for a quorum of
//     stake, and the call's rule picks the agreed response among what those
//     operators observed (Agree). A call on which they disagree becomes an
//     agreed "no-agreement" entry, which the function sees as an error and
//     may handle; it never leaves the task unanswered.
//  4. Repeat with the longer P. Each round adds at least one entry, and a
//     task makes at most MaxCalls calls, so there are at most MaxCalls+1
//     rounds.
//
// Everything here is pure and shared by engine, operator, aggregator and the
// CLI, so each computes the same digests and the same agreed entries.
package httpcall
