// Package fetch is the one policy for reading content from URIs that come
// from chain data (function modules, zk artifacts, task inputs).
//
// Anyone can register a function, so its URIs are attacker-controlled. A
// Policy therefore decides, before any byte is read, which schemes may be
// used, which network destinations may be dialled (checked on the resolved
// IP at connect time, so DNS rebinding cannot slip through), how many
// redirects are followed (each hop re-checked), which local directories
// file:// may read (regular files only, after symlink resolution), and how
// long one URI and one whole list of URIs may take. Reads are size-capped and
// fail rather than truncate.
//
// The zero Policy is the safe default: http and https to public addresses
// only, no file://, 3 redirects, 30 s per URI and 60 s in all.
package fetch
