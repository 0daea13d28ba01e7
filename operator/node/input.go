package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/blockless/avs/taskwatch"
)

// maxFetchedInput caps inputs fetched by URI.
const maxFetchedInput = 64 << 20

// inputFetcher returns a task's input: inline from the event, or fetched from its URI and
// checked against the digest the task committed to.
type inputFetcher struct {
	http *http.Client
}

func newInputFetcher() *inputFetcher {
	return &inputFetcher{http: &http.Client{Timeout: 30 * time.Second}}
}

func (f *inputFetcher) get(ctx context.Context, ev taskwatch.Event) ([]byte, error) {
	if len(ev.Input) > 0 {
		return ev.Input, nil
	}
	if ev.InputURI == "" {
		if inputDigestOK(nil, ev.Task.InputDigest) {
			return []byte{}, nil
		}
		return nil, errors.New("task has neither inline input nor input URI")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ev.InputURI, nil)
	if err != nil {
		return nil, fmt.Errorf("input URI %q: %w", ev.InputURI, err)
	}
	resp, err := f.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch input: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch input: HTTP %d", resp.StatusCode)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxFetchedInput+1))
	if err != nil {
		return nil, fmt.Errorf("read input: %w", err)
	}
	if len(b) > maxFetchedInput {
		return nil, fmt.Errorf("input larger than %d bytes", maxFetchedInput)
	}
	if !inputDigestOK(b, ev.Task.InputDigest) {
		return nil, errors.New("fetched input does not match the task's input digest")
	}
	return b, nil
}
