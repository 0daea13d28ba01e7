//go:build !linux

package capacity

// machineMemory is unknown off Linux: the operator gives --memory-mib.
func machineMemory() uint64 { return 0 }
