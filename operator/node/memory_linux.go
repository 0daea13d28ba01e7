package node

import "syscall"

// machineMemory is the machine's physical memory in bytes.
func machineMemory() uint64 {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil || si.Totalram == 0 {
		return fallbackMachineMemory
	}
	return uint64(si.Totalram) * uint64(si.Unit)
}
