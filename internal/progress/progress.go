// Package progress shows what a long command is doing: a status line for the CLI's slow
// operations (waiting for a task's answer, uploading a module, starting the devnet, a zk setup).
//
// A Line goes through stages (Stage) and ends once (Done or Fail). What it writes depends on
// where it writes:
//
//   - Not a terminal (a pipe, a file, a bytes.Buffer; or TERM=dumb): plain lines only, one per
//     stage as it begins plus the final line, never a carriage return or an escape sequence.
//     Status and Update print nothing, so logs and tests see the stages and nothing per tick.
//   - A terminal (an *os.File that is a character device): one line redrawn in place with "\r"
//     and clear-to-end-of-line ("\x1b[K"): a spinner, the stage, its status, a bar with a
//     percentage when the total is known, and the seconds spent in the stage. When the next
//     stage begins, the finished one stays on screen as a plain line (with its duration when it
//     took a second or more); Done and Fail end with a newline.
//
// Every method is safe for concurrent use (an upload's body is read on the HTTP transport's
// goroutine while the caller calls Stage), and every method of a nil *Line does nothing, so a
// library can take an optional *Line and call it unconditionally. A Line on a terminal runs one
// goroutine for the spinner until Done or Fail: end every Line, e.g. with defer l.Done("").
package progress

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

const (
	tickEvery  = 100 * time.Millisecond // spinner and elapsed-time redraws on a terminal
	redrawMin  = 50 * time.Millisecond  // Update redraws at most this often (Reader calls it per read)
	barWidth   = 20
	clearLine  = "\r\x1b[K"
	spinFrames = `|/-\`
)

// Line is one live status line; see the package documentation. Make it with New.
type Line struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	live  bool // redrawn in place (a terminal)
	width int  // columns the live line may use

	redrawMin  time.Duration
	now        func() time.Time
	stageStart time.Time
	lastDraw   time.Time

	stage, status string
	done, total   int64
	bar           bool // Update or Reader called in this stage
	bytes         bool // done/total count bytes (Reader): shown as sizes
	spin          int
	drawn         bool // the live line is on screen (the cursor is at its end)
	partial       bool // Output left the cursor mid-line
	ended         bool

	stop, stopped chan struct{} // the spinner goroutine (terminal only)
}

// New makes a line writing to w, with label (e.g. "task 12"; may be empty) before each stage's
// text. It draws live only when w is a terminal (see the package documentation).
func New(w io.Writer, label string) *Line {
	return newLine(w, label, options{live: isTerminal(w), width: columns(), tick: tickEvery, redrawMin: redrawMin})
}

// options are New's choices, forced by the tests.
type options struct {
	live      bool
	width     int
	tick      time.Duration // 0: no spinner goroutine
	redrawMin time.Duration
	now       func() time.Time
}

func newLine(w io.Writer, label string, o options) *Line {
	if o.now == nil {
		o.now = time.Now
	}
	if o.width < 20 {
		o.width = 80
	}
	l := &Line{w: w, label: label, live: o.live, width: o.width, redrawMin: o.redrawMin, now: o.now}
	l.stageStart = o.now()
	if o.live && o.tick > 0 {
		l.stop, l.stopped = make(chan struct{}), make(chan struct{})
		go l.spinner(o.tick)
	}
	return l
}

// isTerminal: w is an *os.File on a character device, and TERM does not say the terminal
// cannot move its cursor.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// columns is the terminal's width as the shell exports it ($COLUMNS), else 80.
func columns() int {
	n, err := strconv.Atoi(os.Getenv("COLUMNS"))
	if err != nil || n < 20 {
		return 80
	}
	return n
}

func (l *Line) spinner(every time.Duration) {
	defer close(l.stopped)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-t.C:
			l.mu.Lock()
			if !l.ended && !l.partial {
				l.spin++
				l.draw()
			}
			l.mu.Unlock()
		}
	}
}

// Live reports whether the line is redrawn in place (a terminal). Status and Update show
// nothing otherwise: callers may skip the work that only feeds them (polling a block number).
func (l *Line) Live() bool {
	if l == nil {
		return false
	}
	return l.live
}

// Stage begins a new stage described by format and args (fmt.Sprintf). Not on a terminal it is
// printed at once as one line ("label: text"); on a terminal the previous stage is left on
// screen as a line and the new one is drawn live. It clears the status and the bar.
func (l *Line) Stage(format string, args ...any) {
	if l == nil {
		return
	}
	text := fmt.Sprintf(format, args...)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ended {
		return
	}
	if l.live {
		l.finishStage()
	} else {
		l.println(l.prefixed(text))
	}
	l.stage, l.status = text, ""
	l.done, l.total, l.bar, l.bytes = 0, 0, false, false
	l.stageStart = l.now()
	if l.live {
		l.draw()
	}
}

// Status sets a detail of the current stage shown after its text on a terminal (e.g. "head
// block 45"); it prints nothing when not on a terminal.
func (l *Line) Status(format string, args ...any) {
	if l == nil {
		return
	}
	text := fmt.Sprintf(format, args...)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ended || !l.live || text == l.status {
		return
	}
	l.status = text
	l.draw()
}

// Update sets the current stage's progress: done of total (total <= 0: unknown, no bar). On a
// terminal it draws a bar with a percentage; it prints nothing when not on a terminal.
func (l *Line) Update(done, total int64) {
	l.update(done, total, false)
}

func (l *Line) update(done, total int64, bytes bool) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ended || !l.live {
		return
	}
	l.done, l.total, l.bar, l.bytes = done, total, true, bytes
	if now := l.now(); now.Sub(l.lastDraw) >= l.redrawMin || (total > 0 && done >= total) {
		l.draw()
	}
}

// Done ends the line: the current stage is left on screen (terminal), then format and args,
// when format is not empty, are printed as the last line ("label: text"). Only the first Done
// or Fail counts, so defer l.Done("") is a safe way to end a line on every path; it waits for
// the spinner goroutine to stop.
func (l *Line) Done(format string, args ...any) {
	if l == nil {
		return
	}
	var text string
	if format != "" {
		text = l.prefixed(fmt.Sprintf(format, args...))
	}
	l.end(text)
}

// Fail ends the line like Done with the last line "label: failed: err" (or "label: failed" for a
// nil err). A caller that returns err to be printed by someone else should end with Done("")
// instead, so that the error is not printed twice.
func (l *Line) Fail(err error) {
	if l == nil {
		return
	}
	text := "failed"
	if err != nil {
		text += ": " + err.Error()
	}
	l.end(l.prefixed(text))
}

func (l *Line) end(last string) {
	l.mu.Lock()
	if l.ended {
		l.mu.Unlock()
		return
	}
	if l.live {
		l.finishStage()
	}
	if last != "" {
		l.println(last)
	}
	l.ended = true
	l.mu.Unlock()
	if l.stop != nil {
		close(l.stop)
		<-l.stopped
	}
}

// Output returns a writer for other text that goes to the same place (e.g. a child process's
// output): on a terminal it takes the live line off the screen, writes, and draws it again
// below once the text ends a line. Not on a terminal it writes through unchanged.
func (l *Line) Output() io.Writer {
	if l == nil {
		return io.Discard
	}
	return output{l}
}

type output struct{ l *Line }

func (o output) Write(p []byte) (int, error) {
	l := o.l
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(p) == 0 {
		return 0, nil
	}
	l.undraw()
	n, err := l.w.Write(p)
	l.partial = p[len(p)-1] != '\n'
	if l.live && !l.ended {
		l.draw()
	}
	return n, err
}

// Reader returns r counting the bytes read from it (an upload's body) into l's bar, with total
// the bytes expected (<= 0: unknown); sizes are shown in B/KiB/MiB. Call it after the Stage it
// belongs to. For a nil l it returns r itself.
func Reader(r io.Reader, total int64, l *Line) io.Reader {
	if l == nil {
		return r
	}
	l.update(0, total, true)
	return &reader{r: r, total: total, l: l}
}

type reader struct {
	r        io.Reader
	n, total int64
	l        *Line
}

func (c *reader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.n += int64(n)
		c.l.update(c.n, c.total, true)
	}
	return n, err
}

// prefixed is text after the label.
func (l *Line) prefixed(text string) string {
	if l.label == "" {
		return text
	}
	return l.label + ": " + text
}

// println writes one permanent line (mu held), after ending a line Output left open.
func (l *Line) println(s string) {
	if l.partial {
		s = "\n" + s
		l.partial = false
	}
	_, _ = io.WriteString(l.w, s+"\n")
}

// undraw takes the live line off the screen (mu held).
func (l *Line) undraw() {
	if l.drawn {
		_, _ = io.WriteString(l.w, clearLine)
		l.drawn = false
	}
}

// finishStage replaces the live line by the current stage as a permanent line (terminal, mu held).
func (l *Line) finishStage() {
	l.undraw()
	if l.stage == "" {
		return
	}
	s := l.prefixed(l.stage)
	if d := l.now().Sub(l.stageStart); d >= time.Second {
		s += fmt.Sprintf(" (%ds)", int(d.Seconds()))
	}
	l.println(s)
}

// draw redraws the live line (terminal, mu held); nothing while Output left a line open.
func (l *Line) draw() {
	if !l.live || l.ended || l.partial {
		return
	}
	if l.stage == "" && !l.bar && l.status == "" {
		return
	}
	l.lastDraw = l.now()
	_, _ = io.WriteString(l.w, clearLine+l.render())
	l.drawn = true
}

// render is the live line's text: spinner, label, stage, status, then bar, percentage, sizes
// and elapsed seconds; the text part is cut to fit the width.
func (l *Line) render() string {
	head := string(spinFrames[l.spin%len(spinFrames)]) + " " + l.prefixed(l.stage)
	status := l.status
	if status != "" && l.stage != "" {
		status = ": " + status
	}
	var tail []string
	if l.bar && l.total > 0 {
		done := min(max(l.done, 0), l.total)
		fill := int(done * barWidth / l.total)
		bar := strings.Repeat("=", fill)
		if fill < barWidth {
			bar += ">" + strings.Repeat(" ", barWidth-fill-1)
		}
		tail = append(tail, "["+bar+"]", fmt.Sprintf("%3d%%", done*100/l.total))
	}
	if l.bar && l.bytes {
		if l.total > 0 {
			tail = append(tail, Size(l.done)+"/"+Size(l.total))
		} else {
			tail = append(tail, Size(l.done))
		}
	}
	tail = append(tail, fmt.Sprintf("%ds", int(l.now().Sub(l.stageStart).Seconds())))
	t := " " + strings.Join(tail, " ")
	// Too long: the stage's text gives way first (the status is what changes), then the status.
	room := l.width - 1 - utf8.RuneCountInString(t)
	if n := utf8.RuneCountInString(status); utf8.RuneCountInString(head)+n > room {
		if keep := room - n; keep >= 12 {
			head = cut(head, keep)
		} else {
			head, status = cut(head+status, room), ""
		}
	}
	return head + status + t
}

// cut shortens s to n runes, the last one an ellipsis.
func cut(s string, n int) string {
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Size formats a byte count for people: 512 B, 1.5 KiB, 12.0 MiB, 1.2 GiB.
func Size(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v, u := float64(n)/unit, "KiB"
	for _, next := range []string{"MiB", "GiB", "TiB"} {
		if v < unit {
			break
		}
		v, u = v/unit, next
	}
	return fmt.Sprintf("%.1f %s", v, u)
}
