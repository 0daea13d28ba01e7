package cpu

// flagEffect classifies an instruction for flag liveness: reads means it
// may observe the arithmetic flags (or must preserve some of them, which
// needs their current values); writesAll means it overwrites all six.
func flagEffect(in *Inst) (reads, writesAll bool) {
	switch in.Op {
	case OpALUEG, OpALUGE, OpALUEI:
		return in.Sub == 2 || in.Sub == 3, true
	case OpTestEG, OpTestEI, OpNeg, OpCmpxchg, OpXadd, OpImulGE, OpImulGEI, OpMul, OpImul1, OpPopcnt, OpPopf:
		return false, true
	case OpShift:
		if in.Sub == 2 || in.Sub == 3 {
			return true, false // rcl/rcr read CF
		}
		if in.Sub <= 1 || in.Size2 == 1 {
			// Rotates keep SF/ZF/PF and a CL count may be 0: like a move,
			// they need the flags before them exactly when the flags after
			// them are live.
			return false, false
		}
		m := uint64(31)
		if in.Size == 8 {
			m = 63
		}
		if in.Imm&m == 0 {
			return false, false
		}
		return false, true
	case OpSSE:
		if in.Sub == 0x2e || in.Sub == 0x2f {
			return false, true
		}
		return false, false
	case OpX87:
		if !in.Mem {
			switch {
			case (in.Sub == 3 || in.Sub == 7) && (in.Reg == 5 || in.Reg == 6):
				return false, true // fcomi, fucomi(p)
			case in.Sub == 2 || (in.Sub == 3 && in.Reg <= 3):
				return true, false // fcmov
			}
		}
		return false, false
	case OpCall, OpRet:
		// Compiled code never passes flags across calls and returns.
		return false, true
	case OpMovEG, OpMovGE, OpMovEI, OpMovzx, OpMovsx, OpLea, OpPush, OpPushI, OpPop, OpNop,
		OpXchg, OpCbw, OpCwd, OpNot, OpBswap, OpMovs, OpStos, OpLods, OpSSEImm, OpLdmxcsr,
		OpStmxcsr, OpLeave, OpCpuid, OpRdtsc, OpRdtscp, OpXlat, OpMovSeg, OpDiv, OpIdiv, OpJmp,
		OpCld, OpStd:
		return false, false
	}
	return true, false
}

// markDeadFlags sets NoFlags on instructions whose flag results are
// overwritten before anything in the block can read them. Flags are
// assumed live at the end of a block unless it ends in a call or return.
func markDeadFlags(insts []Inst) {
	live := true
	for i := len(insts) - 1; i >= 0; i-- {
		in := &insts[i]
		end := i == len(insts)-1
		in.NoFlags = !live && !(end && endsCallOrRet(in))
		live = flagsLiveBefore(in, end, live)
	}
}

// endsCallOrRet reports whether in, ending a block, is a call or return:
// compiled code never passes flags across those.
func endsCallOrRet(in *Inst) bool {
	return in.Op == OpCall || in.Op == OpRet || in.Op == OpCallE
}

// flagsLiveBefore reports whether the flags may be read after the point
// before in, given whether they may be read after it (liveAfter); end
// says in ends its block.
func flagsLiveBefore(in *Inst, end, liveAfter bool) bool {
	if end && endsCallOrRet(in) {
		return false
	}
	reads, writesAll := flagEffect(in)
	return reads || liveAfter && !writesAll
}
