//go:build !linux

package node

// machineMemory is the machine's physical memory in bytes, where it is not read: a
// conservative guess.
func machineMemory() uint64 { return fallbackMachineMemory }
