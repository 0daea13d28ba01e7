package requester

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/modstore"
)

func TestModuleStorePublish(t *testing.T) {
	const token = "uploader-token-0123456789"
	pub, err := modstore.NewPublisher(modstore.PublisherConfig{Dir: t.TempDir(), Tokens: map[string]string{token: "me"}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	ctx := context.Background()
	mod := []byte("\x00asm published")

	if _, _, err := (ModuleStore{URL: srv.URL}).Publish(ctx, mod); err == nil || !strings.Contains(err.Error(), "requires an upload token") {
		t.Fatalf("anonymous: %v", err)
	}
	if _, _, err := (ModuleStore{URL: srv.URL, Token: "not-the-token-0123456789"}).Publish(ctx, mod); err == nil || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("wrong token: %v", err)
	}
	d, uri, err := ModuleStore{URL: srv.URL + "/", Token: token}.Publish(ctx, mod)
	if err != nil || d != modstore.Sum(mod) || uri != srv.URL+"/modules/"+d.String() || !pub.Has(d) {
		t.Fatalf("publish: %s %s %v", d, uri, err)
	}
	// Again: already there, still fine.
	if _, _, err := (ModuleStore{URL: srv.URL, Token: token}).Publish(ctx, mod); err != nil {
		t.Fatalf("republish: %v", err)
	}
}

// TestModuleStorePublishProgress: with a progress line the upload is a stage, and the counting
// body still reaches the store whole (with its length).
func TestModuleStorePublishProgress(t *testing.T) {
	const token = "uploader-token-0123456789"
	pub, err := modstore.NewPublisher(modstore.PublisherConfig{Dir: t.TempDir(), Tokens: map[string]string{token: "me"}})
	if err != nil {
		t.Fatal(err)
	}
	var lengths []int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lengths = append(lengths, r.ContentLength)
		pub.ServeHTTP(w, r)
	}))
	defer srv.Close()
	var log bytes.Buffer
	line := progress.New(&log, "")
	mod := append([]byte("\x00asm"), bytes.Repeat([]byte("progress"), 40<<10)...)
	d, _, err := ModuleStore{URL: srv.URL, Token: token, Progress: line}.PublishNamed(context.Background(), "big.wasm", mod)
	line.Done("")
	if err != nil || !pub.Has(d) {
		t.Fatalf("publish: %v", err)
	}
	if len(lengths) != 1 || lengths[0] != int64(len(mod)) {
		t.Fatalf("Content-Length %v, want %d", lengths, len(mod))
	}
	if got, want := log.String(), "publishing big.wasm (320.0 KiB) to "+srv.URL+"\n"; got != want {
		t.Fatalf("progress %q, want %q", got, want)
	}
}
