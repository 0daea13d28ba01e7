package cliapp

import (
	"bytes"
	"errors"
	"testing"

	"github.com/urfave/cli/v2"
)

func TestRunStatusAndMessage(t *testing.T) {
	cases := []struct {
		name string
		err  error
		code int
		out  string
	}{
		{"ok", nil, 0, ""},
		{"plain error", errors.New("boom"), 1, "error: boom\n"},
		{"exit coder", cli.Exit("bad flag", 2), 2, "error: bad flag\n"},
		{"wrapped exit coder", errors.Join(errors.New("ctx"), cli.Exit("inner", 3)), 3, "error: ctx\ninner\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stderr bytes.Buffer
			app := &cli.App{Name: "x", Action: func(*cli.Context) error { return c.err }}
			if got := Run(app, []string{"x"}, &stderr); got != c.code || stderr.String() != c.out {
				t.Fatalf("Run = %d, stderr %q; want %d, %q", got, stderr.String(), c.code, c.out)
			}
		})
	}
}
