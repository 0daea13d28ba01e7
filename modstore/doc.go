// Package modstore is the content-addressed store of function modules.
//
// A module is identified by its Digest: sha256 over its raw bytes (see
// Digest for why not an IPFS CID, and Digest.CIDv1 for the equivalent CID).
// The URI a module is fetched from is never trusted; only the digest is.
//
// Two roles, kept apart:
//
// Store is a private cache (operators, the aggregator): verified modules in a
// local directory, least recently used evicted past a size cap, missing ones
// fetched from URIs under a fetch.Policy (the URIs come from chain data, so
// from anyone) and verified before anything is kept. It is not served.
//
// Publisher is the public module store: it serves anonymously what
// authenticated uploaders published through it, and never evicts it.
//
//	GET    /modules/{digest}   module bytes, streamed from disk (404 if absent)
//	HEAD   /modules/{digest}   existence and size
//	PUT    /modules/{digest}   upload; the body must hash to {digest} (400 if not)
//	POST   /modules            upload; responds 201 with {"digest": "...", "cid": "..."}
//	DELETE /modules/{digest}   removal, by the uploader that published it
//
// Uploads need "Authorization: Bearer <token>" (401 otherwise; tokens from
// LoadTokens), are capped at MaxModuleSize (413), charged to the uploader's
// quota and the store's total cap (507 when either would be exceeded: a full
// store refuses new modules rather than dropping published ones), and limited
// in number at once (503). Re-uploading a published module answers 200.
//
// Server runs a Publisher as its own service (cmd/modstore serve), adding
// GET /healthz; no other process hosts these routes.
//
// A URL of the form http://host:port/modules/{digest} is what a function
// registration lists as a fetch URI.
package modstore
