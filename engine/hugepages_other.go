//go:build !linux

package engine

import "unsafe"

// adviseHugePages does nothing where Linux transparent huge pages do not
// exist.
func adviseHugePages(base unsafe.Pointer, limit uint64) error { return nil }
