// Package modstore is the content-addressed store of function modules.
//
// A module is identified by its Digest: sha256 over its raw bytes (see
// Digest for why not an IPFS CID, and Digest.CIDv1 for the equivalent CID).
// The URI a module is fetched from is never trusted; only the digest is.
//
// Store keeps verified modules in a local directory (one file per digest,
// least recently used evicted past a size cap) and fetches missing ones from
// file:// and http(s):// URIs with a size cap and a timeout, verifying the
// digest before anything is kept. Handler serves a Store over HTTP:
//
//	GET  /modules/{digest}   module bytes (404 if absent)
//	HEAD /modules/{digest}   existence and size
//	PUT  /modules/{digest}   upload; the body must hash to {digest} (400 if not)
//	POST /modules            upload; responds 201 with {"digest": "..."}
//
// A URL of the form http://host:port/modules/{digest} is what a function
// registration lists as a fetch URI.
package modstore
