package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/blockless/avs/fetch"
	"github.com/blockless/avs/taskwatch"
)

// maxFetchedInput caps inputs fetched by URI.
const maxFetchedInput = 64 << 20

// inputFetcher returns a task's input: inline from the event, or fetched from its URI under the
// operator's fetch policy and checked against the digest the task committed to.
type inputFetcher struct {
	policy fetch.Policy
}

func newInputFetcher(p fetch.Policy) *inputFetcher { return &inputFetcher{policy: p} }

// get fails with an unavailable error when the input cannot be had (the caller retries within
// the fetch window, then skips the task); a task without any input source is a skip at once.
func (f *inputFetcher) get(ctx context.Context, ev taskwatch.Event) ([]byte, error) {
	if len(ev.Input) > 0 {
		return ev.Input, nil
	}
	if ev.InputURI == "" {
		if inputDigestOK(nil, ev.Task.InputDigest) {
			return []byte{}, nil
		}
		return nil, skipErr("input", errors.New("task has neither inline input nor input URI"))
	}
	b, err := f.policy.Get(ctx, ev.InputURI, maxFetchedInput)
	if err != nil {
		return nil, unavailable("input", fmt.Errorf("fetch input: %w", err))
	}
	if !inputDigestOK(b, ev.Task.InputDigest) {
		return nil, unavailable("input", errors.New("fetched input does not match the task's input digest"))
	}
	return b, nil
}
