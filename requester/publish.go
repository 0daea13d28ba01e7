package requester

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/modstore"
)

// ModuleStore is where modules are published: a module store's base URL and
// the bearer token of an uploader it knows (the store refuses anonymous
// uploads).
type ModuleStore struct {
	URL   string
	Token string
	// Progress, when set, shows each upload as a stage with the bytes sent (and the other
	// steps of DeployZkFunctionTo); nil: silent.
	Progress *progress.Line
}

// Publish uploads a module (PUT /modules/{sha256}) and returns its digest
// and the URI operators fetch it from. Publishing a module the store already
// holds succeeds without charging the quota again.
func (s ModuleStore) Publish(ctx context.Context, module []byte) (modstore.Digest, string, error) {
	return s.PublishNamed(ctx, "module", module)
}

// PublishNamed is Publish with the name the upload is shown under on s.Progress (a file
// name); the store knows the module by its digest only.
func (s ModuleStore) PublishNamed(ctx context.Context, name string, module []byte) (modstore.Digest, string, error) {
	d := modstore.Sum(module)
	uri := strings.TrimRight(s.URL, "/") + "/modules/" + d.String()
	s.Progress.Stage("publishing %s (%s) to %s", name, progress.Size(int64(len(module))), s.URL)
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, uri, bytes.NewReader(module))
	if err != nil {
		return d, "", fmt.Errorf("publish module: %w", err)
	}
	if s.Progress != nil && len(module) > 0 {
		// Count the bytes sent. A counting body hides the length and the rewind from net/http:
		// give both back (a resent request counts from the start again).
		body := func() io.ReadCloser {
			return io.NopCloser(progress.Reader(bytes.NewReader(module), int64(len(module)), s.Progress))
		}
		req.Body, req.ContentLength = body(), int64(len(module))
		req.GetBody = func() (io.ReadCloser, error) { return body(), nil }
	}
	if s.Token != "" {
		req.Header.Set("Authorization", "Bearer "+s.Token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return d, "", fmt.Errorf("publish module to %s: %w", s.URL, err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusCreated, http.StatusOK:
		return d, uri, nil
	case http.StatusUnauthorized:
		if s.Token == "" {
			return d, "", fmt.Errorf("publish module to %s: the store requires an upload token", s.URL)
		}
		return d, "", fmt.Errorf("publish module to %s: upload token refused", s.URL)
	}
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	return d, "", fmt.Errorf("publish module to %s: HTTP %d: %s", s.URL, resp.StatusCode, strings.TrimSpace(string(msg)))
}
