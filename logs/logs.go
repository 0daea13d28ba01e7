// Package logs sets up zerolog for every binary and adapts it to eigensdk-go's logger
// interface, so SDK services log through the same sink and format.
package logs

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/Layr-Labs/eigensdk-go/logging"
	"github.com/rs/zerolog"
)

// New returns a logger writing to w at the named level ("debug", "info", ...); pretty selects
// the human console format instead of JSON lines.
func New(w io.Writer, level string, pretty bool) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(strings.ToLower(level))
	if err != nil {
		return zerolog.Logger{}, fmt.Errorf("log level %q: %w", level, err)
	}
	if pretty {
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly}
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

// Stderr is New on os.Stderr, falling back to info on a bad level.
func Stderr(level string, pretty bool) zerolog.Logger {
	l, err := New(os.Stderr, level, pretty)
	if err != nil {
		l, _ = New(os.Stderr, "info", pretty)
		l.Warn().Err(err).Msg("using log level info")
	}
	return l
}

// Eigen adapts a zerolog logger to eigensdk-go's logging.Logger.
func Eigen(l zerolog.Logger) logging.Logger { return eigenLogger{l: l} }

type eigenLogger struct{ l zerolog.Logger }

func (e eigenLogger) log(ev *zerolog.Event, msg string, tags []any) {
	for i := 0; i+1 < len(tags); i += 2 {
		ev = ev.Interface(fmt.Sprint(tags[i]), tags[i+1])
	}
	if len(tags)%2 == 1 {
		ev = ev.Interface("extra", tags[len(tags)-1])
	}
	ev.Msg(msg)
}

func (e eigenLogger) Debug(msg string, tags ...any) { e.log(e.l.Debug(), msg, tags) }
func (e eigenLogger) Info(msg string, tags ...any)  { e.log(e.l.Info(), msg, tags) }
func (e eigenLogger) Warn(msg string, tags ...any)  { e.log(e.l.Warn(), msg, tags) }
func (e eigenLogger) Error(msg string, tags ...any) { e.log(e.l.Error(), msg, tags) }

// Fatal logs at error level: an SDK service must never exit our process.
func (e eigenLogger) Fatal(msg string, tags ...any) { e.log(e.l.Error(), msg, tags) }

func (e eigenLogger) Debugf(t string, a ...any) { e.l.Debug().Msgf(t, a...) }
func (e eigenLogger) Infof(t string, a ...any)  { e.l.Info().Msgf(t, a...) }
func (e eigenLogger) Warnf(t string, a ...any)  { e.l.Warn().Msgf(t, a...) }
func (e eigenLogger) Errorf(t string, a ...any) { e.l.Error().Msgf(t, a...) }
func (e eigenLogger) Fatalf(t string, a ...any) { e.l.Error().Msgf(t, a...) }

func (e eigenLogger) With(tags ...any) logging.Logger {
	ctx := e.l.With()
	for i := 0; i+1 < len(tags); i += 2 {
		ctx = ctx.Interface(fmt.Sprint(tags[i]), tags[i+1])
	}
	return eigenLogger{l: ctx.Logger()}
}
