//go:build linux && amd64

package emulator_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/blockless/avs/emulator"
)

// Real static programs from Debian, called the way their users call them,
// compared with their native runs: a shell, a filesystem checker, a
// signature checker. deps/apt.txt installs them.

// requireBin returns the bytes of a Debian program or fails naming 'make deps'.
func requireBin(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run 'make deps' (deps/apt.txt)", err)
	}
	return b
}

// compareNative runs args natively and emulated (with files mounted at the
// same paths, at time now) and demands the same stdout, stderr and status.
func compareNative(t *testing.T, elf []byte, path string, args []string, files map[string][]byte, now uint64, env []string) outcome {
	t.Helper()
	cmd := exec.Command(path, args[1:]...)
	cmd.Args[0] = args[0]
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	exit := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("native %q: %v", args, err)
		}
		exit = ee.ExitCode()
	}
	res, err := emulator.Run(context.Background(), emulator.Config{ELF: elf, Args: args, Env: env, Files: files, Time: now, InstructionBudget: 2e10})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != emulator.StatusExit || res.ExitCode != exit || !bytes.Equal(res.Stdout, out.Bytes()) || !bytes.Equal(res.Stderr, errb.Bytes()) {
		t.Fatalf("%q: status %s %s exit %d want %d\n got: %s\nwant: %s\n got stderr: %s\nwant stderr: %s",
			args, res.Status, res.Message, res.ExitCode, exit, clip(res.Stdout), clip(out.Bytes()), clip(res.Stderr), clip(errb.Bytes()))
	}
	return outcome{stdout: out.Bytes(), stderr: errb.Bytes(), exit: exit}
}

func TestDebianShells(t *testing.T) {
	zsh := requireBin(t, "/bin/zsh-static")
	dir := t.TempDir() // the script writes here natively; emulated, in its own memory
	script := `D=` + dir + `/work
typeset -a xs; xs=(3 1 2)
print -l ${(o)xs}
for ((i = 0; i < 5; i++)); do s+=$((i * i)); done; echo sum $s
printf '%05.1f|%x|%s\n' 3.14159 255 "${0:t}"
f() { echo "in f: $# args: $*"; return 3 }; f a b c; echo status $?
print -r -- ${(U)${:-hello}} ${#xs}
echo line1 > $D/z; echo line2 >> $D/z
while read -r l; do echo "[$l]"; done < $D/z
print -l $D/*(N:t)
exec 3>&1; echo via fd3 >&3; exec 3>&-
echo err >&2
x=$(echo no fork here) 2>/dev/null
echo "after: ${x:-empty}"
`
	// The directory exists natively; emulated, the mounted .keep creates it.
	if err := os.Mkdir(filepath.Join(dir, "work"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Run("zsh", func(t *testing.T) {
		// Command substitution forks: natively it works, emulated it fails
		// with zsh's own message, so compare the script without it.
		s := script[:bytes.Index([]byte(script), []byte("x=$("))] + "echo done\n"
		compareNative(t, zsh, "/bin/zsh-static", []string{"zsh", "-f", "-c", s}, map[string][]byte{dir + "/work/.keep": nil}, 0, corpusEnv)
	})
	t.Run("zsh-fork", func(t *testing.T) {
		res, err := emulator.Run(context.Background(), emulator.Config{ELF: zsh, Args: []string{"zsh", "-f", "-c", "x=$(echo sub); echo after $?"}, Env: corpusEnv, InstructionBudget: 5e9})
		if err != nil {
			t.Fatal(err)
		}
		// zsh gives up on the script when it cannot fork, with its own message.
		if res.Status != emulator.StatusExit || res.ExitCode != 1 || !bytes.Contains(res.Stderr, []byte("fork failed: resource temporarily unavailable")) {
			t.Fatalf("status %s exit %d stdout %q stderr %q", res.Status, res.ExitCode, res.Stdout, res.Stderr)
		}
	})
	t.Run("sash", func(t *testing.T) {
		sash := requireBin(t, "/bin/sash")
		compareNative(t, sash, "/bin/sash", []string{"sash", "-c", "-echo hello from sash"}, nil, 0, corpusEnv)
	})
}

// TestDebianE2fsck checks a fresh and a damaged ext2 image with Debian's
// static e2fsck, read-only (-n), as an operator would check a user's image.
func TestDebianE2fsck(t *testing.T) {
	e2fsck := requireBin(t, "/sbin/e2fsck.static")
	dir := t.TempDir()
	img := filepath.Join(dir, "fs.img")
	for _, c := range [][]string{
		{"mke2fs", "-q", "-F", "-t", "ext2", "-E", "root_owner=0:0", img, "2M"},
		{"cp", img, img + ".bad"},
		{"debugfs", "-w", "-R", "clri <2>", img + ".bad"},
	} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%q: %v %s (run 'make deps': e2fsprogs)", c, err, out)
		}
	}
	for _, name := range []string{img, img + ".bad"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		o := compareNative(t, e2fsck, "/sbin/e2fsck.static", []string{"e2fsck", "-fn", name}, map[string][]byte{name: b}, 0, corpusEnv)
		if (name == img) != (o.exit == 0) {
			t.Errorf("%s: e2fsck exit %d", name, o.exit)
		}
	}
}

// TestDebianGpgv verifies a detached signature with Debian's static gpgv:
// a good one, and the same signature over changed data.
func TestDebianGpgv(t *testing.T) {
	gpgv := requireBin(t, "/usr/bin/gpgv-static")
	if _, err := exec.LookPath("gpg"); err != nil {
		t.Fatalf("%v: run 'make deps' (gpg)", err)
	}
	home, dir := t.TempDir(), t.TempDir()
	if err := os.Chmod(home, 0o700); err != nil {
		t.Fatal(err)
	}
	gpg := func(args ...string) {
		t.Helper()
		cmd := exec.Command("gpg", append([]string{"--batch", "--homedir", home, "--passphrase", "", "--pinentry-mode", "loopback"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("gpg %q: %v %s", args, err, out)
		}
	}
	t.Cleanup(func() { _ = exec.Command("gpgconf", "--homedir", home, "--kill", "gpg-agent").Run() })
	data := filepath.Join(dir, "data")
	if err := os.WriteFile(data, []byte("release v1.2.3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gpg("--quick-gen-key", "Release Signer <release@example.com>", "ed25519", "sign", "never")
	gpg("--yes", "--detach-sign", "-o", data+".sig", data)
	gpg("--yes", "-o", filepath.Join(dir, "key.gpg"), "--export")
	files := map[string][]byte{}
	for _, n := range []string{"data", "data.sig", "key.gpg"} {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Join(dir, n)] = b
	}
	// The emulated clock must be after the key's creation, as the host's is.
	now := uint64(time.Now().Unix()) + 60
	args := []string{"gpgv", "--keyring", filepath.Join(dir, "key.gpg"), data + ".sig", data}
	env := append([]string{"HOME=" + home}, corpusEnv...)
	if o := compareNative(t, gpgv, "/usr/bin/gpgv-static", args, files, now, env); o.exit != 0 || !bytes.Contains(o.stderr, []byte("Good signature")) {
		t.Fatalf("good signature: exit %d stderr %s", o.exit, o.stderr)
	}
	if err := os.WriteFile(data, []byte("release v1.2.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files[data] = []byte("release v1.2.4\n")
	if o := compareNative(t, gpgv, "/usr/bin/gpgv-static", args, files, now, env); o.exit == 0 || !bytes.Contains(o.stderr, []byte("BAD signature")) {
		t.Fatalf("changed data: exit %d stderr %s", o.exit, o.stderr)
	}
}
