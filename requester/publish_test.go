package requester

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

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
