//go:build linux && amd64

package emulator_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/blockless/avs/emulator"
)

// busyboxPath is Debian's busybox-static (glibc, static): a real program
// nobody here wrote. deps/apt.txt installs it.
const busyboxPath = "/bin/busybox"

// TestBusybox runs busybox applets natively and through the emulator on the
// same stdin and compares output and exit status.
func TestBusybox(t *testing.T) {
	img, err := os.ReadFile(busyboxPath)
	if err != nil {
		t.Fatalf("%v: install busybox-static ('make deps')", err)
	}
	var nums, words bytes.Buffer
	for i := 1; i <= 3000; i++ {
		fmt.Fprintf(&nums, "%d\n", (i*7919)%10007)
		fmt.Fprintf(&words, "line %d %s\n", i, strings.Repeat(string(rune('a'+i%26)), i%13))
	}
	gz := runNative(t, busyboxPath, []string{"busybox", "gzip", "-c"}, words.Bytes()).stdout
	cases := []struct {
		args  string
		stdin []byte
	}{
		{"sha256sum", words.Bytes()},
		{"sha512sum", words.Bytes()},
		{"sha1sum", nums.Bytes()},
		{"md5sum", nums.Bytes()},
		{"sort -n", nums.Bytes()},
		{"sort -r -k3", words.Bytes()},
		{"uniq -c", words.Bytes()},
		{"awk {s+=$1;q+=$1*$1/7}END{printf(\"%d_%.6f_%g_%e\\n\",s,q/NR,s/3,q*1e10)}", nums.Bytes()},
		{"awk {n[$3]++}END{for(k_in_n)c++;print_c,NR}", words.Bytes()},
		{"sed -e s/line/LINE/ -e /7/d", words.Bytes()},
		{"base64", words.Bytes()},
		{"base64 -d", []byte("QmxvY2tsZXNzIEFWUwo=\n")},
		{"od -A x -t x1 -c", nums.Bytes()[:2000]},
		{"factor", []byte("1000000007 600851475143 9999999967 123456789012 4294967297\n")},
		{"wc", words.Bytes()},
		{"gzip -c -9", words.Bytes()},
		{"gunzip -c", gz},
		{"bzip2 -c", nums.Bytes()},
		{"tr a-z A-Z", words.Bytes()},
		{"cut -d_ -f2", words.Bytes()},
		{"dc", []byte("2 200 ^ p 10 k 2 v p 1 3 / p\n")},
		{"bc -l", []byte("scale=40; 4*a(1); e(2); sqrt(2); 2^100\n")},
		{"expr 123456789 * 987 % 1000003", nil},
		{"seq -s, 1 7 200", nil},
		{"printf %5.2f|%x|%s|%e\\n 3.14159 255 str 12345.678", nil},
		{"xxd", nums.Bytes()[:600]},
		{"sha3sum", words.Bytes()},
		{"uuencode -", nums.Bytes()[:3000]},
		{"hexdump -C", words.Bytes()[:3000]},
		{"tac", words.Bytes()},
		{"nl", words.Bytes()},
		{"lzop -c", words.Bytes()},
		{"grep -c 7", nums.Bytes()},
		{"egrep -o [0-9]+7$", nums.Bytes()},
		{"paste - -", words.Bytes()},
		{"sh -c x=0;for_i_in_1_2_3;do_x=$((x+i*i));done;echo_$x", nil},
		// Shell redirections: open /dev/null, dup2 onto stdio, /dev/stdin.
		{"sh -c echo_gone_>/dev/null;echo_to_stderr_1>&2;echo_done;echo_$0", nil},
		{"sh -c read_x_</dev/stdin;echo_got_$x;read_y_</dev/null;echo_$?_$y.", []byte("hello there\n")},
		{"sh -c exec_3>&1;echo_via_fd3_>&3;exec_3>&-;echo_closed_>&3;echo_$?", nil},
		// Called by argv[0], as through a symlink: busybox picks the applet
		// from its own name.
		{"@sha256sum", words.Bytes()},
		{"@/usr/bin/md5sum", nums.Bytes()},
		{"@wc -l", words.Bytes()},
	}
	for _, tc := range cases {
		args := append([]string{"busybox"}, strings.Fields(tc.args)...)
		if argv0, ok := strings.CutPrefix(tc.args, "@"); ok {
			args = strings.Fields(argv0)
		}
		for i, a := range args {
			if len(args) > 1 && ((args[1] == "sh" && i == 3) || (args[1] == "awk" && i == 2)) {
				args[i] = strings.ReplaceAll(a, "_", " ")
			}
		}
		t.Run(strings.Fields(tc.args)[0], func(t *testing.T) {
			t.Parallel()
			want := runNative(t, busyboxPath, args, tc.stdin)
			if len(want.stdout) == 0 || want.exit != 0 {
				t.Fatalf("%q: native run gave exit %d and %d bytes (stderr %s); the case is not testing anything", args, want.exit, len(want.stdout), want.stderr)
			}
			got, res := runEmulated(t, img, args, tc.stdin)
			if got.exit != want.exit || !bytes.Equal(got.stdout, want.stdout) || !bytes.Equal(got.stderr, want.stderr) {
				t.Errorf("%q: status %s %s exit %d want %d\n got: %s\nwant: %s\n got stderr: %s\nwant stderr: %s",
					args, res.Status, res.Message, got.exit, want.exit, clip(got.stdout), clip(want.stdout), clip(got.stderr), clip(want.stderr))
			}
		})
	}
}

// TestBusyboxFiles runs applets on files: natively on a real temporary
// file, emulated on the same bytes mounted read-only at the same path.
func TestBusyboxFiles(t *testing.T) {
	img, err := os.ReadFile(busyboxPath)
	if err != nil {
		t.Fatalf("%v: install busybox-static ('make deps')", err)
	}
	dir := t.TempDir()
	var text bytes.Buffer
	for i := 1; i <= 2000; i++ {
		fmt.Fprintf(&text, "%d %s\n", (i*7919)%10007, strings.Repeat("xy", i%9))
	}
	a, b := dir+"/a.txt", dir+"/b.txt"
	if err := os.WriteFile(a, text.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("second file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{a: text.Bytes(), b: []byte("second file\n")}
	for _, args := range [][]string{
		{"sha256sum", a, b},
		{"md5sum", a},
		{"wc", a, b},
		{"sort", "-n", a},
		{"head", "-n", "4", a},
		{"tail", "-c", "100", a},
		{"gzip", "-c", a},
		{"cat", b, dir + "/missing", b},
		{"awk", "{n+=$1}END{print n}", a},
		{"grep", "-c", "xyxy", a, b},
		{"stat", "-c", "%s %a %F", a},
		// Directories of the mounted files, and the device files.
		{"ls", dir},
		{"find", dir, "-name", "a.*"}, // host directory order is not ours: one match
		{"wc", "-c", "/dev/null", a},
		{"head", "-c", "8", "/dev/zero"},
		{"stat", "-c", "%F", dir, "/dev/null"},
	} {
		args := append([]string{"busybox"}, args...)
		t.Run(args[1], func(t *testing.T) {
			want := runNative(t, busyboxPath, args, nil)
			if len(want.stdout) == 0 {
				t.Fatalf("%q: native run printed nothing (stderr %s)", args, want.stderr)
			}
			res, err := emulator.Run(context.Background(), emulator.Config{ELF: img, Args: args, Env: corpusEnv, Files: files})
			if err != nil {
				t.Fatal(err)
			}
			if res.ExitCode != want.exit || !bytes.Equal(res.Stdout, want.stdout) || !bytes.Equal(res.Stderr, want.stderr) {
				t.Errorf("%q: exit %d want %d\n got: %s\nwant: %s\n got stderr: %s\nwant stderr: %s",
					args, res.ExitCode, want.exit, clip(res.Stdout), clip(want.stdout), res.Stderr, want.stderr)
			}
		})
	}
}

// TestBusyboxProcesses: a program that tries to start another process gets
// a clean error (one process, one thread) and goes on; the emulator never
// crashes on fork, clone or exec.
func TestBusyboxProcesses(t *testing.T) {
	img, err := os.ReadFile(busyboxPath)
	if err != nil {
		t.Fatalf("%v: install busybox-static ('make deps')", err)
	}
	for _, tc := range []struct {
		args       []string
		wantStderr string
		wantExit   int
	}{
		// A pipeline forks: the shell reports it and goes on.
		{[]string{"busybox", "sh", "-c", "echo a | cat; echo after $?"}, "can't fork: Resource temporarily unavailable", -1},
		// env execs without forking: execve fails with EACCES.
		{[]string{"busybox", "env", "true"}, "Permission denied", 126},
		{[]string{"busybox", "sh", "-c", "exec /bin/true"}, "Permission denied", -1},
	} {
		t.Run(tc.args[1]+"/"+tc.args[len(tc.args)-1], func(t *testing.T) {
			res, err := emulator.Run(context.Background(), emulator.Config{ELF: img, Args: tc.args, Env: corpusEnv, InstructionBudget: 5e9})
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != emulator.StatusExit {
				t.Fatalf("status %s (%s), want a normal exit", res.Status, res.Message)
			}
			if !strings.Contains(string(res.Stderr), tc.wantStderr) {
				t.Errorf("stderr %q, want it to contain %q", res.Stderr, tc.wantStderr)
			}
			if tc.wantExit >= 0 && res.ExitCode != tc.wantExit {
				t.Errorf("exit %d, want %d", res.ExitCode, tc.wantExit)
			}
			for _, nr := range []uint64{56, 57, 58, 59} {
				if res.UnknownSyscalls[nr] != 0 {
					t.Errorf("syscall %d answered as unknown", nr)
				}
			}
		})
	}
}

// TestScratchFiles: every run has a writable in-memory file system,
// mounted files included, bounded by the memory limit and the same on
// every run.
func TestScratchFiles(t *testing.T) {
	img, err := os.ReadFile(busyboxPath)
	if err != nil {
		t.Fatalf("%v: install busybox-static ('make deps')", err)
	}
	files := map[string][]byte{"/data/in.txt": []byte("original\n")}
	run := func(t *testing.T, maxMem uint64, args ...string) emulator.Result {
		t.Helper()
		res, err := emulator.Run(context.Background(), emulator.Config{ELF: img, Args: append([]string{"busybox"}, args...),
			Env: corpusEnv, Files: files, Time: 1_700_000_000, MaxMemory: maxMem, InstructionBudget: 5e9})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	t.Run("write and read back", func(t *testing.T) {
		res := run(t, 0, "sh", "-c", `echo hi > /tmp/x; echo more >> /tmp/x; while read l; do echo "[$l]"; done < /tmp/x; echo changed > /data/in.txt; read y < /data/in.txt; echo $y`)
		if res.ExitCode != 0 || string(res.Stdout) != "[hi]\n[more]\nchanged\n" {
			t.Fatalf("exit %d stdout %q stderr %q", res.ExitCode, res.Stdout, res.Stderr)
		}
		if string(files["/data/in.txt"]) != "original\n" {
			t.Fatal("the mounted bytes changed outside the run")
		}
	})
	t.Run("fresh every run", func(t *testing.T) {
		res := run(t, 0, "ls", "-a", "/tmp")
		if string(res.Stdout) != ".\n..\n" {
			t.Fatalf("/tmp at start: %q", res.Stdout)
		}
	})
	t.Run("deterministic metadata", func(t *testing.T) {
		a := run(t, 0, "ls", "-lniR", "--full-time", "/data", "/dev", "/tmp")
		b := run(t, 0, "ls", "-lniR", "--full-time", "/data", "/dev", "/tmp")
		if a.ExitCode != 0 || !bytes.Equal(a.Stdout, b.Stdout) || !strings.Contains(string(a.Stdout), "2023-11-14 22:13:20") {
			t.Fatalf("exit %d\n%s\nthen\n%s\nstderr %s", a.ExitCode, a.Stdout, b.Stdout, a.Stderr)
		}
	})
	t.Run("memory limit", func(t *testing.T) {
		res := run(t, 32<<20, "dd", "if=/dev/zero", "of=/tmp/big", "bs=1M", "count=64")
		if res.Status != emulator.StatusExit || res.ExitCode == 0 || !strings.Contains(string(res.Stderr), "No space left on device") {
			t.Fatalf("status %s exit %d stderr %q", res.Status, res.ExitCode, res.Stderr)
		}
		// What fits is written.
		res = run(t, 32<<20, "dd", "if=/dev/zero", "of=/tmp/big", "bs=1M", "count=8")
		if res.ExitCode != 0 {
			t.Fatalf("8 MiB under a 32 MiB limit: exit %d stderr %q", res.ExitCode, res.Stderr)
		}
	})
}
