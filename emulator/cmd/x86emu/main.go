// Command x86emu runs a static x86-64 Linux executable in the emulator with
// the host's stdin/stdout/stderr and exits with the program's status.
//
//	x86emu [flags] PROG [ARGS...]   read PROG from the file system
//	x86emu [flags] -framed [ARGS...] read the ELF from stdin: an 8-byte
//	                                  little-endian length, the ELF bytes,
//	                                  then the program's own stdin
//
// The framed form is for wasip1 hosts that give the module no file system.
// Output is written when the program ends (the emulator buffers it).
//
// Exit status: the program's; 128+n when it died of signal n (125 under
// wasip1, whose proc_exit only carries 0..125); 125 when the emulator
// stopped it (budget, illegal instruction...); 126 when the ELF cannot be
// loaded. Unless the program simply exited, the last stderr line is
//
//	x86emu: status=<status> exit=<code> signal=<n> instructions=<n> syscalls=<n> <message>
package main

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/blockless/avs/emulator"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(argv []string, stdinR io.Reader, stdoutW, stderrW io.Writer) int {
	fs := flag.NewFlagSet("x86emu", flag.ContinueOnError)
	fs.SetOutput(stderrW)
	framed := fs.Bool("framed", false, "read the ELF from stdin (8-byte little-endian length + bytes) before the program's stdin")
	seedHex := fs.String("seed", "", "32-byte seed in hex for AT_RANDOM and getrandom (default all zero)")
	now := fs.Uint64("time", 0, "wall-clock time at start, Unix seconds")
	budget := fs.Uint64("budget", 0, "instruction budget (0 = default)")
	maxOut := fs.Int("max-output", 0, "maximum stdout+stderr bytes (0 = unlimited)")
	maxMem := fs.Uint64("max-memory", 0, "maximum guest memory in bytes (0 = default)")
	stats := fs.Bool("stats", false, "print status and instruction count to stderr")
	translate := fs.Bool("translate", false, "translate hot code to wasm compiled by the host (wasip1 inside the engine only; needs its blockless_x86 imports)")
	stdinSize := fs.Int64("stdin-size", -1, "length of stdin in bytes when known (the engine passes it): read into one buffer instead of a growing one")
	argv0 := fs.String("argv0", "/prog", "argv[0] of the program in -framed mode (without -framed it is the program path given)")
	var envs, mounts multi
	fs.Var(&envs, "env", "environment variable NAME=VALUE (repeatable)")
	fs.Var(&mounts, "mount", "make host file or directory HOST readable in the guest as GUEST: HOST[:GUEST] (repeatable; GUEST defaults to HOST; read once at start)")
	if err := fs.Parse(argv); err != nil {
		return 2
	}
	args := fs.Args()
	var cfg emulator.Config
	stdin, err := readStdin(stdinR, *stdinSize)
	if err != nil {
		fmt.Fprintln(stderrW, "x86emu: read stdin:", err)
		return 125
	}
	if *framed {
		if len(stdin) < 8 {
			fmt.Fprintln(stderrW, "x86emu: -framed: stdin shorter than the 8-byte length")
			return 125
		}
		n := binary.LittleEndian.Uint64(stdin)
		if n > uint64(len(stdin)-8) {
			fmt.Fprintln(stderrW, "x86emu: -framed: ELF length exceeds stdin")
			return 125
		}
		cfg.ELF, stdin = stdin[8:8+n], stdin[8+n:]
		args = append([]string{*argv0}, args...)
	} else {
		if len(args) == 0 {
			fmt.Fprintln(stderrW, "usage: x86emu [flags] PROG [ARGS...] | x86emu [flags] -framed [ARGS...]")
			fs.PrintDefaults()
			return 2
		}
		cfg.ELF, err = os.ReadFile(args[0])
		if err != nil {
			fmt.Fprintln(stderrW, "x86emu:", err)
			return 125
		}
	}
	if *seedHex != "" {
		b, err := hex.DecodeString(*seedHex)
		if err != nil || len(b) != 32 {
			fmt.Fprintln(stderrW, "x86emu: -seed must be 64 hex digits")
			return 2
		}
		copy(cfg.Seed[:], b)
	}
	cfg.Args, cfg.Env, cfg.Stdin = args, envs, stdin
	for _, mnt := range mounts {
		host, guest, ok := strings.Cut(mnt, ":")
		if !ok {
			guest = host
		}
		if cfg.Files == nil {
			cfg.Files = map[string][]byte{}
		}
		if err := mountPath(cfg.Files, host, guest); err != nil {
			fmt.Fprintln(stderrW, "x86emu: -mount:", err)
			return 125
		}
	}
	cfg.Time, cfg.InstructionBudget, cfg.MaxOutput, cfg.MaxMemory = *now, *budget, *maxOut, *maxMem
	cfg.Translate = *translate
	res, err := emulator.Run(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(stderrW, "x86emu:", err)
		return 126
	}
	if _, err := stdoutW.Write(res.Stdout); err != nil && !errors.Is(err, os.ErrClosed) {
		fmt.Fprintln(stderrW, "x86emu: write stdout:", err)
	}
	stderrW.Write(res.Stderr)
	code := 125 // the emulator stopped the program (budget, internal error...)
	if res.Status == emulator.StatusExit || res.Signal != 0 {
		code = res.ExitCode
	}
	// WASI's proc_exit only carries 0..125, so under wasip1 a death by
	// signal (128+n) is reported as 125; the status line on stderr, always
	// the last line, then carries the real outcome.
	if code > 125 && runtime.GOOS == "wasip1" {
		code = 125
	}
	if *stats || code == 125 || res.Status != emulator.StatusExit {
		// In number order: the engine puts these lines in the task's
		// result, which every operator must produce byte for byte.
		for _, nr := range slices.Sorted(maps.Keys(res.UnknownSyscalls)) {
			fmt.Fprintf(stderrW, "x86emu: unknown syscall %d called %d times\n", nr, res.UnknownSyscalls[nr])
		}
		fmt.Fprintf(stderrW, "x86emu: status=%s exit=%d signal=%d instructions=%d syscalls=%d %s\n",
			res.Status, res.ExitCode, res.Signal, res.Instructions, res.Syscalls, res.Message)
	}
	return code
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

// mountPath reads host into files at guest: a file, or every regular file
// under a directory (in the walk's lexical order; symlinks and special
// files are left out, so what the guest sees never depends on where a link
// points on this host).
func mountPath(files map[string][]byte, host, guest string) error {
	info, err := os.Stat(host)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		b, err := os.ReadFile(host)
		if err != nil {
			return err
		}
		files[guest] = b
		return nil
	}
	return filepath.WalkDir(host, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(host, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files[path.Join(guest, filepath.ToSlash(rel))] = b
		return nil
	})
}

// readStdin reads all of r. With size known it reads into one buffer of
// that size: io.ReadAll's growing buffer copies a few MB of input several
// times over and makes the Go runtime collect between the copies, which
// inside wasm cost about 8 ms per MB. Data beyond size is still read.
func readStdin(r io.Reader, size int64) ([]byte, error) {
	if size < 0 {
		return io.ReadAll(r)
	}
	if size > 1<<32 {
		return nil, fmt.Errorf("-stdin-size %d is beyond the 4 GiB a wasm memory holds", size)
	}
	buf := make([]byte, size)
	if n, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("stdin ended after %d of the %d bytes of -stdin-size: %w", n, size, err)
	}
	rest, err := io.ReadAll(r)
	if len(rest) > 0 {
		buf = append(buf, rest...)
	}
	return buf, err
}
