package modstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Timeouts of a Server. Uploads extend their own read deadline to the publisher's
// UploadTimeout, so ReadTimeout only bounds requests that are not uploads.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

// Server is the module store run as its own service: a Publisher's routes and GET /healthz
// on one listener. cmd/modstore runs it; the devnet tests run the same code in-process.
type Server struct {
	pub *Publisher
	ln  net.Listener
	srv *http.Server
}

// NewServer opens the publisher of cfg and binds listen (a ":0"-style port picks a free
// one), so Addr is known before Run.
func NewServer(listen string, cfg PublisherConfig) (*Server, error) {
	pub, err := NewPublisher(cfg)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return nil, fmt.Errorf("modstore: listen %s: %w", listen, err)
	}
	s := &Server{pub: pub, ln: ln}
	s.srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		// The write deadline runs from the end of the request headers, so it must outlast the
		// longest upload body for the upload's reply to get out.
		WriteTimeout: pub.cfg.UploadTimeout + time.Minute, IdleTimeout: idleTimeout}
	return s, nil
}

// Handler serves the publisher's routes (see the package doc) and GET /healthz.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("/modules/", s.pub)
	mux.Handle("/modules", s.pub)
	return mux
}

// Addr is the address (host:port) the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Publisher is the store the server publishes.
func (s *Server) Publisher() *Publisher { return s.pub }

// Run serves until ctx ends, then stops taking connections and lets requests in flight finish
// for a few seconds. It returns nil after a clean shutdown, or the error that stopped it.
func (s *Server) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("modstore: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := s.srv.Shutdown(sctx); err != nil {
		_ = s.srv.Close() // uploads still running past the grace period are cut off
		return fmt.Errorf("modstore: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("modstore: serve: %w", err)
	}
	return nil
}

// Close releases a Server that was created but never Run.
func (s *Server) Close() error { return s.ln.Close() }
