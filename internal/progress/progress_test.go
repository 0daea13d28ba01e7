package progress

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// fakeClock is a settable time for the tests' lines.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// syncBuffer is a bytes.Buffer safe for the spinner goroutine and the test together.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func terminal(w io.Writer, clock *fakeClock) *Line {
	return newLine(w, "upload", options{live: true, width: 120, now: clock.now})
}

// TestNotATerminal: a writer that is no terminal gets the stage lines, the output passed
// through and the last line, and not one control character.
func TestNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, "task 12")
	if l.Live() {
		t.Fatal("a bytes.Buffer is not a terminal")
	}
	l.Stage("created in block %d", 40)
	l.Status("head block %d", 41)
	l.Update(1, 10)
	if _, err := io.Copy(io.Discard, Reader(strings.NewReader(strings.Repeat("x", 5000)), 5000, l)); err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(l.Output(), "go: downloading something\n")
	l.Stage("waiting for signatures (deadline block %d)", 140)
	fmt.Fprint(l.Output(), "no newline")
	l.Done("answered in block %d", 47)
	l.Done("twice")     // ignored
	l.Fail(io.EOF)      // ignored
	l.Stage("too late") // ignored
	l.Update(10, 10)    // ignored
	want := "task 12: created in block 40\ngo: downloading something\ntask 12: waiting for signatures (deadline block 140)\n" +
		"no newline\ntask 12: answered in block 47\n"
	if got := buf.String(); got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestNotATerminalFail(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, "")
	l.Stage("deploying")
	l.Fail(errors.New("boom"))
	if got, want := buf.String(), "deploying\nfailed: boom\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestRegularFileIsNotATerminal: New looks at the *os.File it is given.
func TestRegularFileIsNotATerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l := New(f, "x")
	defer l.Done("")
	if l.Live() {
		t.Fatal("a regular file is not a terminal")
	}
}

// TestTerminal: the live line is redrawn with \r and clear-to-end-of-line, shows a bar with a
// percentage and sizes, and finished stages stay as plain lines.
func TestTerminal(t *testing.T) {
	var buf bytes.Buffer
	clock := &fakeClock{t: time.Unix(1000, 0)}
	l := terminal(&buf, clock)
	if !l.Live() {
		t.Fatal("forced terminal is not live")
	}
	l.Stage("publishing oracle.wasm (%s)", Size(4096))
	r := Reader(bytes.NewReader(make([]byte, 4096)), 4096, l)
	p := make([]byte, 1024)
	if _, err := io.ReadFull(r, p); err != nil {
		t.Fatal(err)
	}
	clock.add(2 * time.Second)
	if _, err := io.ReadFull(r, p); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{clearLine + "| upload: publishing oracle.wasm (4.0 KiB) [=====>", " 25% 1.0 KiB/4.0 KiB 0s", " 50% 2.0 KiB/4.0 KiB 2s"} {
		if !strings.Contains(out, want) {
			t.Fatalf("no %q in %q", want, out)
		}
	}
	if strings.Contains(out, "\n") {
		t.Fatalf("a newline before the stage ended: %q", out)
	}
	if _, err := io.Copy(io.Discard, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "[====================] 100% 4.0 KiB/4.0 KiB") {
		t.Fatalf("no full bar: %q", buf.String())
	}
	l.Stage("registering")
	l.Status("tx %d", 3)
	l.Update(3, 0) // unknown total: no bar
	l.Done("function %d", 7)
	out = buf.String()
	lines := strings.Split(out, "\n")
	if len(lines) != 4 || lines[3] != "" {
		t.Fatalf("want three lines ending in a newline, got %q", out)
	}
	if !strings.HasSuffix(lines[0], clearLine+"upload: publishing oracle.wasm (4.0 KiB) (2s)") {
		t.Fatalf("finished stage: %q", lines[0])
	}
	if !strings.Contains(lines[1], clearLine+"| upload: registering: tx 3 0s") || strings.Contains(lines[1], "%") {
		t.Fatalf("second stage: %q", lines[1])
	}
	if !strings.HasSuffix(lines[1], clearLine+"upload: registering") || lines[2] != "upload: function 7" {
		t.Fatalf("end: %q", out)
	}
}

// TestTerminalOutput: other output takes the live line off the screen and it is drawn again
// after a complete line, not after a partial one.
func TestTerminalOutput(t *testing.T) {
	var buf bytes.Buffer
	clock := &fakeClock{t: time.Unix(1000, 0)}
	l := terminal(&buf, clock)
	l.Stage("compiling")
	buf.Reset()
	fmt.Fprint(l.Output(), "partial")
	if got, want := buf.String(), clearLine+"partial"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	l.Status("ignored while a line is open")
	fmt.Fprint(l.Output(), " line\n")
	if got, want := buf.String(), clearLine+"partial line\n"+clearLine+"| upload: compiling: ignored while a line is open 0s"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	l.Fail(errors.New("exit status 1"))
	if !strings.HasSuffix(buf.String(), clearLine+"upload: compiling\nupload: failed: exit status 1\n") {
		t.Fatalf("fail: %q", buf.String())
	}
}

// TestTerminalWidth: the live line fits the width, the text cut with an ellipsis.
func TestTerminalWidth(t *testing.T) {
	var buf bytes.Buffer
	clock := &fakeClock{t: time.Unix(1000, 0)}
	l := newLine(&buf, "task 12", options{live: true, width: 40, now: clock.now})
	l.Stage("created in tx 0x%s (block 40)", strings.Repeat("ab", 32))
	l.Update(1, 3)
	for _, seg := range strings.Split(buf.String(), clearLine) {
		if n := utf8.RuneCountInString(seg); n > 39 {
			t.Fatalf("%d columns: %q", n, seg)
		}
	}
	if !strings.Contains(buf.String(), "…") || !strings.Contains(buf.String(), " 33% 0s") {
		t.Fatalf("got %q", buf.String())
	}
	l.Done("")
	if !strings.HasSuffix(buf.String(), "(block 40)\n") {
		t.Fatalf("the finished stage is cut: %q", buf.String())
	}

	// The stage's text gives way to the status.
	buf.Reset()
	l = newLine(&buf, "task 12", options{live: true, width: 70, now: clock.now})
	l.Stage("waiting for the operators' signatures and the certificate (deadline block 140)")
	l.Update(5, 100)
	l.Status("block 45, 95 to go")
	last := buf.String()[strings.LastIndex(buf.String(), clearLine)+len(clearLine):]
	if want := "…: block 45, 95 to go [=>                  ]   5% 0s"; !strings.HasSuffix(last, want) || utf8.RuneCountInString(last) != 69 {
		t.Fatalf("got %q, want it to end in %q and fill 69 columns", last, want)
	}
	l.Done("")
}

// TestSpinner: on a terminal the line is redrawn on its own while nothing is reported.
func TestSpinner(t *testing.T) {
	var buf syncBuffer
	l := newLine(&buf, "", options{live: true, width: 80, tick: time.Millisecond})
	l.Stage("waiting")
	deadline := time.Now().Add(5 * time.Second)
	for strings.Count(buf.String(), clearLine) < 5 {
		if time.Now().After(deadline) {
			t.Fatalf("no redraws: %q", buf.String())
		}
		time.Sleep(time.Millisecond)
	}
	l.Done("")
	n := len(buf.String())
	time.Sleep(10 * time.Millisecond)
	if len(buf.String()) != n || !strings.HasSuffix(buf.String(), "waiting\n") {
		t.Fatalf("drawn after Done: %q", buf.String())
	}
	for _, frame := range []string{"| waiting", "/ waiting"} {
		if !strings.Contains(buf.String(), frame) {
			t.Fatalf("no %q: %q", frame, buf.String())
		}
	}
}

// TestConcurrent: updates, stages, statuses, output and the spinner at once (go test -race).
func TestConcurrent(t *testing.T) {
	for _, live := range []bool{false, true} {
		var buf syncBuffer
		l := newLine(&buf, "x", options{live: live, width: 80, tick: time.Millisecond})
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := Reader(strings.NewReader(strings.Repeat("y", 1000)), 1000, l)
				p := make([]byte, 7)
				for i := 0; i < 300; i++ {
					l.Update(int64(i), 300)
					l.Status("status %d", i)
					_, _ = r.Read(p)
					if i%100 == 0 {
						l.Stage("stage %d.%d", g, i)
						fmt.Fprintf(l.Output(), "output %d.%d\n", g, i)
					}
					_ = l.Live()
				}
			}()
		}
		wg.Wait()
		var ends sync.WaitGroup
		for i := 0; i < 3; i++ {
			ends.Add(1)
			go func() { defer ends.Done(); l.Done("done") }()
		}
		ends.Wait()
		out := buf.String()
		if strings.Count(out, "x: done\n") != 1 || strings.Count(out, "x: stage ") < 24 {
			t.Fatalf("live %v: %q", live, out)
		}
		if !live && strings.ContainsAny(out, "\r\x1b") {
			t.Fatalf("control characters when not a terminal: %q", out)
		}
	}
}

func TestNilLine(t *testing.T) {
	var l *Line
	l.Stage("a")
	l.Status("b")
	l.Update(1, 2)
	l.Done("c")
	l.Fail(io.EOF)
	if l.Live() {
		t.Fatal("nil line is live")
	}
	if _, err := l.Output().Write([]byte("x")); err != nil {
		t.Fatal(err)
	}
	r := strings.NewReader("z")
	if Reader(r, 1, nil) != io.Reader(r) {
		t.Fatal("Reader with a nil line wraps")
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1024: "1.0 KiB", 1536: "1.5 KiB", 12 << 20: "12.0 MiB", 3 << 30: "3.0 GiB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
